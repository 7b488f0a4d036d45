// Access-Control-Request-Headers: one bounded pass, tolerant of real-world shapes, with caps.
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::policy policy_with(std::vector<std::string> headers, bool credentials = false) {
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.methods = {"PUT"};
    c.request_headers = std::move(headers);
    c.credentials = credentials;
    return cors::policy::build(c);
}

cors::decision preflight(const cors::policy& p, std::vector<std::string> acrh_lines, test::owned_request& keep) {
    test::header_list h = {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}};
    for (std::string& line : acrh_lines) h.emplace_back("Access-Control-Request-Headers", std::move(line));
    return test::evaluate(p, "OPTIONS", h, keep);
}

}  // namespace

TEST_CASE("accepted shapes, echoed as sent", "[header-list]") {
    const cors::policy p = policy_with({"Content-Type", "X-Requested-With", "Authorization"});
    struct row {
        std::vector<std::string> lines;
        const char* echoed;
    };
    const row rows[] = {
        {{"content-type"}, "content-type"},
        {{"authorization,content-type,x-requested-with"}, "authorization,content-type,x-requested-with"},
        {{"Content-Type, X-Requested-With"}, "Content-Type, X-Requested-With"},    // old Blink ", " and mixed case
        {{"x-requested-with,content-type"}, "x-requested-with,content-type"},      // any order
        {{"content-type,,x-requested-with,"}, "content-type,,x-requested-with,"},  // empty elements
        {{"content-type", "x-requested-with"}, "content-type,x-requested-with"},   // several lines joined
        {{"content-type", "", "authorization"}, "content-type,,authorization"},
    };
    for (const row& r : rows) {
        CAPTURE(r.lines);
        test::owned_request keep;
        const cors::decision d = preflight(p, r.lines, keep);
        CHECK(d.allowed());
        CHECK(d.header_value("Access-Control-Allow-Headers") == r.echoed);
    }
}

TEST_CASE("an empty list asks for nothing", "[header-list]") {
    const cors::policy p = policy_with({});
    test::owned_request keep;
    for (const char* empty : {"", ",", " , ,"}) {
        const cors::decision d = preflight(p, {empty}, keep);
        CHECK(d.allowed());
        CHECK_FALSE(d.has_header("Access-Control-Allow-Headers"));
    }
}

TEST_CASE("refusals name the offending element", "[header-list]") {
    const cors::policy p = policy_with({"content-type"});
    struct row {
        std::string line;
        cors::reason why;
        const char* offending;
    };
    const row rows[] = {
        {"content-type,x-evil", cors::reason::header_not_allowed, "x-evil"},
        {"x-evil", cors::reason::header_not_allowed, "x-evil"},
        {"authorization", cors::reason::header_not_allowed, "authorization"},
        {"content type", cors::reason::headers_malformed, "content type"},
        {"content-type;x", cors::reason::headers_malformed, "content-type;x"},
        {"content-type\r\nx-evil", cors::reason::headers_malformed, "content-type\r\nx-evil"},
        {"content-(type)", cors::reason::headers_malformed, "content-(type)"},
    };
    for (const row& r : rows) {
        CAPTURE(r.line);
        test::owned_request keep;
        const cors::decision d = preflight(p, {r.line}, keep);
        CHECK(d.why() == r.why);
        CHECK(d.offending_value() == r.offending);
        CHECK(d.headers().empty());
        CHECK(d.status() == 403);
    }
}

TEST_CASE("hard caps: length, empty elements, lines", "[header-list]") {
    const cors::policy p = policy_with({"*"});
    test::owned_request keep;
    CHECK(preflight(p, {std::string(cors::max_request_headers_length, 'a')}, keep).allowed());
    CHECK(preflight(p, {std::string(cors::max_request_headers_length + 1, 'a')}, keep).why() ==
          cors::reason::headers_too_large);
    CHECK(preflight(p, {std::string(15, ',')}, keep).allowed());  // 16 empty elements
    CHECK(preflight(p, {std::string(16, ',')}, keep).why() == cors::reason::headers_too_large);
    CHECK(preflight(p, std::vector<std::string>(8, "x-a"), keep).allowed());
    CHECK(preflight(p, std::vector<std::string>(9, "x-a"), keep).why() == cors::reason::headers_too_large);
    // The cap counts the joined length across lines.
    CHECK(preflight(p, {std::string(1024, 'a'), std::string(1024, 'b')}, keep).why() ==
          cors::reason::headers_too_large);
}

TEST_CASE("* allows any name but Authorization, unless listed", "[header-list]") {
    test::owned_request keep;
    const cors::policy star = policy_with({"*"});
    CHECK(preflight(star, {"x-anything,x-other"}, keep).allowed());
    CHECK(preflight(star, {"authorization"}, keep).why() == cors::reason::header_not_allowed);
    const cors::policy star_auth = policy_with({"*", "Authorization"});
    CHECK(preflight(star_auth, {"authorization,x-anything"}, keep).allowed());
    // With credentials "*" is literal for browsers, so the engine echoes anything, Authorization included.
    const cors::policy star_creds = policy_with({"*"}, true);
    const cors::decision d = preflight(star_creds, {"authorization,x-anything"}, keep);
    CHECK(d.allowed());
    CHECK(d.header_value("Access-Control-Allow-Headers") == "authorization,x-anything");
}

TEST_CASE("reflect mode echoes whatever was asked (Kong's unset headers)", "[header-list]") {
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.methods = {"PUT"};
    c.reflect_request_headers = true;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    const cors::decision d = preflight(p, {"authorization", "x-custom"}, keep);
    CHECK(d.allowed());
    CHECK(d.header_value("Access-Control-Allow-Headers") == "authorization,x-custom");
    CHECK(preflight(p, {"bad name"}, keep).why() == cors::reason::headers_malformed);
}

TEST_CASE("a copied decision keeps its joined header list valid", "[header-list]") {
    const cors::policy p = policy_with({"x-a", "x-b"});
    test::owned_request keep;
    cors::decision copy;
    {
        const cors::decision d = preflight(p, {"x-a", "x-b"}, keep);
        copy = d;
    }
    CHECK(copy.header_value("Access-Control-Allow-Headers") == "x-a,x-b");
}

// The fast pass (split at commas, look names up as they are) must agree with the byte-by-byte
// scan on every list: same reason, same offending element, same count of names.
TEST_CASE("the listed-names fast pass agrees with the full scan", "[header-list]") {
    cors::detail::ci_string_set allowed;
    for (const char* name : {"content-type", "authorization", "x-requested-with", "x-request-id", "x-a"})
        allowed.insert(name);
    const auto is_allowed = [&](std::string_view name, bool lower_case) noexcept {
        return lower_case ? allowed.contains_lower(name) : allowed.contains(name);
    };
    const std::vector<std::string> pieces = {"content-type",
                                             "authorization",
                                             "x-requested-with",
                                             "x-request-id",
                                             "x-a",
                                             "X-A",
                                             "x-evil",
                                             "",
                                             " x-a",
                                             "x-a ",
                                             "x a",
                                             "x-\x01",
                                             "\xC3\xA9",
                                             "x_b",
                                             "x.c",
                                             "x-requested-with-longer-than-thirty-two"};
    std::mt19937 rng(11);
    const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    std::size_t fast_answers = 0;
    for (int i = 0; i < 20000; ++i) {
        std::vector<std::string> lines(1 + pick(3));
        for (std::string& line : lines)
            for (std::size_t k = pick(6); k > 0; --k) line += pieces[pick(pieces.size())] + (k > 1 ? "," : "");
        if (pick(20) == 0) lines[0] += std::string(20, ',');
        cors::request_field_lines f;
        for (const std::string& line : lines) f.add(line);
        const cors::detail::header_list_result fast = cors::detail::scan_header_list(f, is_allowed, &allowed);
        const cors::detail::header_list_result full = cors::detail::scan_header_list(f, is_allowed);
        cors::detail::header_list_result probe;
        fast_answers += cors::detail::scan_listed_names(
            f, [&](std::string_view name) { return allowed.contains_lower(name); }, probe);
        INFO("lines: " << lines.size() << " first: " << lines[0]);
        REQUIRE(fast.reason == full.reason);
        REQUIRE(fast.offending == full.offending);
        if (fast.reason == cors::reason::allowed) REQUIRE(fast.names == full.names);
    }
    CHECK(fast_answers > 5000);  // the fast pass decides most lists on its own
}
