// Loaders never crash and never guess: depth, duplicate keys, out-of-range numbers, empty
// origins, bounded quoting; and the Kong loader reads origins the way a person means them.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "test_support.hpp"

#include <cors/json.hpp>

namespace {

const cors::diagnostic* find(const std::vector<cors::diagnostic>& all, cors::errc code) {
    for (const cors::diagnostic& d : all)
        if (d.code == code) return &d;
    return nullptr;
}

bool allows(const cors::policy& p, const std::string& origin) {
    test::owned_request keep;
    return test::evaluate(p, "GET", {{"Origin", origin}}, keep).allowed();
}

}  // namespace

TEST_CASE("json: 200 000-deep values are refused at their pointer, never a crash", "[json][security]") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    for (const std::string& text : {"{\"origins\":" + deep + "}", "{\"methods\":[\"GET\"],\"debug\":" + deep + "}"}) {
        const cors::build_result r = cors::policy_from_json(text);
        REQUIRE_FALSE(r);
        REQUIRE(find(r.diagnostics(), cors::errc::json_too_deep));
        CHECK(find(r.diagnostics(), cors::errc::json_too_deep)->field.rfind("/", 0) == 0);
    }
    const cors::router_build_result rr =
        cors::router_from_json("{\"routes\":[{\"policy\":{\"origins\":" + deep + "}}]}");
    REQUIRE_FALSE(rr);
    CHECK(find(rr.diagnostics(), cors::errc::json_too_deep)->field.rfind("/routes/0/policy/origins", 0) == 0);
    // An already parsed deep value: the diagnostic quotes at most 200 bytes of it.
    nlohmann::json v = nlohmann::json::array();
    for (int i = 0; i < 100000; ++i) v = nlohmann::json::array({std::move(v)});
    nlohmann::json object = nlohmann::json::object();
    object["credentials"] = std::move(v);  // moved: copying a deep value recurses in nlohmann
    const cors::build_result parsed = cors::policy_from_json(object);
    REQUIRE_FALSE(parsed);
    CHECK(find(parsed.diagnostics(), cors::errc::json_type)->value.size() <= cors::max_quoted_value_length + 3);
}

TEST_CASE("json: duplicate keys are errors at their pointer, in every object", "[json][security]") {
    const cors::build_result r = cors::policy_from_json(R"({"origins":["https://a.example"],"origins":["*"]})");
    REQUIRE_FALSE(r);
    CHECK(find(r.diagnostics(), cors::errc::json_duplicate_key)->field == "/origins");
    const cors::router_build_result rr = cors::router_from_json(
        R"({"routes":[{"paths":["/a/"],"policy":{"credentials":true,"origins":["https://a.example"],"credentials":false}}]})");
    REQUIRE_FALSE(rr);
    CHECK(find(rr.diagnostics(), cors::errc::json_duplicate_key)->field == "/routes/0/policy/credentials");
}

TEST_CASE("json: many duplicates or long keys stay bounded (red-team findings)", "[json][security]") {
    std::string text = "{\"" + std::string(100000, 'k') + "\":{";
    for (int i = 0; i < 2000; ++i) text += std::string(i ? "," : "") + "\"a\":0";
    text += "}}";
    const cors::build_result r = cors::policy_from_json(text);
    REQUIRE_FALSE(r);
    std::size_t bytes = 0, duplicates = 0;
    for (const cors::diagnostic& d : r.diagnostics()) {
        bytes += d.field.size() + d.value.size() + d.message.size();
        duplicates += d.code == cors::errc::json_duplicate_key;
    }
    CHECK(duplicates == 100);
    CHECK(bytes < 100000);
    // A value built in code with invalid UTF-8 is quoted, never thrown.
    nlohmann::json j = nlohmann::json::object();
    j["credentials"] = "\xff";
    const cors::build_result bad = cors::policy_from_json(j);
    REQUIRE_FALSE(bad);
    CHECK(bad.diagnostics()[0].code == cors::errc::json_type);
    // "host:80:443" is malformed, not "host:80" with a default-port warning.
    const cors::build_result port = cors::policy_from_json(R"({"origins": ["https://x.example.com:80:443"]})");
    REQUIRE_FALSE(port);
    CHECK(port.diagnostics()[0].code == cors::errc::origin_malformed);
}

TEST_CASE("json: out-of-range numbers say so, with the number as written", "[json]") {
    const cors::build_result r = cors::policy_from_json(R"({"max_age": 18446744073709551615})");
    REQUIRE_FALSE(r);
    CHECK(r.diagnostics()[0].code == cors::errc::json_out_of_range);
    CHECK(r.diagnostics()[0].value == "18446744073709551615");
    const cors::build_result s = cors::policy_from_json(R"({"preflight_status": 18446744073709551615})");
    REQUIRE_FALSE(s);
    CHECK(s.diagnostics()[0].code == cors::errc::json_out_of_range);
    CHECK(cors::policy_from_json(R"({"max_age": 1e300})").diagnostics()[0].code == cors::errc::json_out_of_range);
}

TEST_CASE("json: an explicitly empty origins list is refused (Kong would allow every origin)", "[json][security]") {
    const cors::build_result r = cors::policy_from_json(R"({"origins": []})");
    REQUIRE_FALSE(r);
    CHECK(r.diagnostics()[0].code == cors::errc::origins_missing);
    CHECK(r.diagnostics()[0].message.find("[\"*\"]") != std::string::npos);
    CHECK(cors::policy_from_json(R"({"origins": null})"));  // null is absent: Kong's default "*"
}

TEST_CASE("json: a quoted value is at most 200 bytes", "[json][security]") {
    const std::string huge(1 << 20, 'a');
    const cors::build_result r = cors::policy_from_json(nlohmann::json{{"origins", {"https://" + huge}}});
    REQUIRE_FALSE(r);
    CHECK(r.diagnostics()[0].value.size() == cors::max_quoted_value_length + 3);
}

TEST_CASE("Kong loader: origin-shaped entries are origins, never regexes", "[json][kong][security]") {
    // A canonical IPv6 origin is exact (it used to be read as a character class).
    const cors::build_result v6 = cors::policy_from_json(R"({"origins": ["http://[::1]:8080"]})");
    REQUIRE(v6);
    CHECK(allows(*v6, "http://[::1]:8080"));
    // Not canonical: origin_malformed with the engine's reason, not a regex that matches nothing.
    for (const char* entry :
         {"https://user:pw@example.com", "https://example.com:6060?foo=bar", "https://example.com#nav",
          " https://example.com ", "https://Example.com", "http://fooo.*.example.com:3999"}) {
        INFO(entry);
        const cors::build_result r = cors::policy_from_json(nlohmann::json{{"origins", {entry}}});
        REQUIRE_FALSE(r);
        CHECK(r.diagnostics()[0].code == cors::errc::origin_malformed);
        CHECK(r.diagnostics()[0].field == "/origins/0");
    }
    // An explicit default port is the canonical origin, with a warning.
    const cors::build_result port = cors::policy_from_json(R"({"origins": ["https://b.test:443"]})");
    REQUIRE(port);
    CHECK(test::warning_codes(port) == std::vector<cors::errc>{cors::errc::origin_default_port});
    CHECK(allows(*port, "https://b.test"));
    // Regex syntax still reads as a regex.
    const cors::build_result rx = cors::policy_from_json(R"({"origins": ["^https://(app|api)\\.example\\.com$"]})");
    REQUIRE(rx);
    CHECK(allows(*rx, "https://api.example.com"));
    CHECK_FALSE(allows(*rx, "https://apixexample.com"));
}

TEST_CASE("Kong loader: any method token is read; TRACE and CONNECT are ignored", "[json][kong]") {
    const cors::build_result r = cors::policy_from_json(R"({"methods": ["PURGE", "get", "TRACE", "PROPFIND"]})");
    REQUIRE(r);
    CHECK(r->source().methods == std::vector<std::string>{"PURGE", "GET", "PROPFIND"});
    CHECK(test::warning_codes(r) == std::vector<cors::errc>{cors::errc::method_not_in_kong,
                                                            cors::errc::method_not_in_kong,
                                                            cors::errc::method_safelisted, cors::errc::method_ignored,
                                                            cors::errc::method_not_in_kong});
    CHECK(test::error_codes(cors::policy_from_json(R"({"methods": ["BAD METHOD"]})")) ==
          std::vector<cors::errc>{cors::errc::method_invalid});
}

TEST_CASE("Kong loader: its downgrades have codes of their own, always warnings", "[json][kong]") {
    // The loader drops what browsers never send, with method_ignored / request_header_ignored
    // warnings; the core refuses the same entries with method_forbidden / request_header_forbidden
    // errors. One severity per code.
    const cors::build_result r =
        cors::policy_from_json(R"({"methods": ["PUT", "CONNECT"], "headers": ["Cookie", "X-Token", "Sec-Foo"]})");
    REQUIRE(r);
    CHECK(test::error_codes(r).empty());
    CHECK(test::warning_codes(r) == std::vector<cors::errc>{cors::errc::method_ignored,
                                                            cors::errc::request_header_ignored,
                                                            cors::errc::request_header_ignored});
    CHECK(r->source().methods == std::vector<std::string>{"PUT"});
    CHECK(r->source().request_headers == std::vector<std::string>{"x-token"});  // normalised
    for (const cors::diagnostic& d : r.diagnostics()) {
        CHECK(d.code != cors::errc::method_forbidden);
        CHECK(d.code != cors::errc::request_header_forbidden);
    }
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.methods = {"PUT", "CONNECT"};
    c.request_headers = {"Cookie", "X-Token"};
    CHECK(test::error_codes(cors::policy::try_build(c)) ==
          std::vector<cors::errc>{cors::errc::method_forbidden, cors::errc::request_header_forbidden});
    CHECK(test::warning_codes(cors::policy::try_build(c)).empty());
}

TEST_CASE("headers [\"*\"] with credentials warns as reflecting does", "[validation]") {
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.credentials = true;
    c.request_headers = {"*"};
    CHECK(test::warning_codes(cors::policy::try_build(c)) ==
          std::vector<cors::errc>{cors::errc::request_headers_reflected_with_credentials});
}

#ifdef CORS_SOURCE_DIR
#include <filesystem>
#include <fstream>
#include <sstream>

TEST_CASE("every diagnostic code is documented in README.md or docs/", "[docs]") {
    std::string docs;
    std::vector<std::filesystem::path> files{CORS_SOURCE_DIR "/README.md"};
    for (const auto& entry : std::filesystem::directory_iterator(CORS_SOURCE_DIR "/docs"))
        if (entry.path().extension() == ".md") files.push_back(entry.path());
    for (const auto& file : files) {
        std::ifstream in(file);
        REQUIRE(in);
        std::stringstream text;
        text << in.rdbuf();
        docs += text.str();
    }
#define CORS_CHECK_DOCUMENTED(name, doc) CHECK(docs.find("| `" #name "` |") != std::string::npos);
    CORS_ERRC_TABLE(CORS_CHECK_DOCUMENTED)
#undef CORS_CHECK_DOCUMENTED
}
#endif
