// Hostile input gets a denial in bounded time: never a crash, never a reflected byte.
#include <string>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::policy typical() {
    cors::config c;
    c.origins = {"https://app.example.com", "https://*.example.org"};
    c.origin_regexes = {{R"(https://([a-z]+\.)*example\.net)", cors::regex_target::origin}};
    c.methods = {"PUT"};
    c.request_headers = {"*"};
    c.credentials = false;
    return cors::policy::build(c);
}

// No header value may carry a byte the request sent unless it is printable ASCII.
void check_clean(const cors::decision& d) {
    for (const cors::header& h : d.headers())
        for (char c : h.value) {
            const auto u = static_cast<unsigned char>(c);
            CHECK(u >= 0x20);
            CHECK(u < 0x7f);
        }
}

}  // namespace

TEST_CASE("malformed Origins are denied and never reflected", "[hostile]") {
    const cors::policy p = typical();
    const std::string hostile[] = {
        "https://app.example.com\r\nSet-Cookie: x=1",
        "https://app.example.com\n",
        "https://app.example.com\r",
        std::string("https://app.example.com\0", 24),
        std::string("https://app.example.com\0evil", 28),
        "https://app.example.com\x7f",
        "https://app.\xc3\xa9xample.com",
        "https://app.example.com https://evil.example",
        "https://app.example.com, https://evil.example",
        "https://evil.example\\@app.example.com",
        "https://app.example.com@evil.example",
        "https://" + std::string(64 * 1024, 'a') + ".example.org",
        std::string(1 << 20, '\n'),
        "HTTPS://APP.EXAMPLE.COM",
    };
    for (const std::string& origin : hostile) {
        CAPTURE(origin.size());
        test::owned_request keep;
        const cors::decision actual = test::evaluate(p, "GET", {{"Origin", origin}}, keep);
        CHECK_FALSE(actual.allowed());
        CHECK(actual.why() == cors::reason::origin_malformed);
        CHECK(actual.headers().empty());
        const cors::decision pre =
            test::evaluate(p, "OPTIONS", {{"Origin", origin}, {"Access-Control-Request-Method", "PUT"}}, keep);
        CHECK_FALSE(pre.allowed());
        CHECK(pre.headers().empty());
        check_clean(pre);
    }
}

TEST_CASE("two Origin values are denied, even when both are allowed", "[hostile]") {
    const cors::policy p = typical();
    test::owned_request keep;
    const cors::decision d =
        test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}, {"Origin", "https://app.example.com"}}, keep);
    CHECK(d.why() == cors::reason::origin_duplicated);
    CHECK(d.headers().empty());
}

TEST_CASE("a 1 MiB Access-Control-Request-Headers is refused before it is scanned", "[hostile]") {
    const cors::policy p = typical();
    test::owned_request keep;
    for (const std::string& acrh : {std::string(1 << 20, ','), std::string(1 << 20, 'a'), std::string(1 << 20, '-')}) {
        const cors::decision d = test::evaluate(p, "OPTIONS",
                                                {{"Origin", "https://app.example.com"},
                                                 {"Access-Control-Request-Method", "PUT"},
                                                 {"Access-Control-Request-Headers", acrh}},
                                                keep);
        CHECK(d.why() == cors::reason::headers_too_large);
        CHECK(d.headers().empty());
    }
    std::string names;
    for (int i = 0; i < 10000; ++i) names += "x-h" + std::to_string(i) + ",";
    const cors::decision many = test::evaluate(p, "OPTIONS",
                                               {{"Origin", "https://app.example.com"},
                                                {"Access-Control-Request-Method", "PUT"},
                                                {"Access-Control-Request-Headers", names}},
                                               keep);
    CHECK(many.why() == cors::reason::headers_too_large);
    test::header_list lines = {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}};
    for (int i = 0; i < 1000; ++i) lines.emplace_back("Access-Control-Request-Headers", "x-a");
    CHECK(test::evaluate(p, "OPTIONS", lines, keep).why() == cors::reason::headers_too_large);
}

TEST_CASE("CR, LF and NUL in the method or header list are never echoed", "[hostile]") {
    const cors::policy p = typical();
    test::owned_request keep;
    const cors::decision m = test::evaluate(
        p, "OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT\r\nX: y"}}, keep);
    CHECK(m.why() == cors::reason::method_malformed);
    CHECK(m.headers().empty());
    const cors::decision h = test::evaluate(p, "OPTIONS",
                                            {{"Origin", "https://app.example.com"},
                                             {"Access-Control-Request-Method", "PUT"},
                                             {"Access-Control-Request-Headers", std::string("x-a\0x-b", 7)}},
                                            keep);
    CHECK(h.why() == cors::reason::headers_malformed);
    CHECK(h.headers().empty());
}

TEST_CASE("allowed decisions only ever contain printable ASCII", "[hostile]") {
    const cors::policy p = typical();
    test::owned_request keep;
    check_clean(test::evaluate(p, "GET", {{"Origin", "https://deep.a.example.org"}}, keep));
    check_clean(test::evaluate(p, "OPTIONS",
                               {{"Origin", "https://a.example.net"},
                                {"Access-Control-Request-Method", "PUT"},
                                {"Access-Control-Request-Headers", "x-a, x-b"}},
                               keep));
    // A tab inside the list would be echoed, so it is refused (browsers never send one).
    CHECK(test::evaluate(p, "OPTIONS",
                         {{"Origin", "https://a.example.net"},
                          {"Access-Control-Request-Method", "PUT"},
                          {"Access-Control-Request-Headers", "x-a,\tx-b"}},
                         keep)
              .why() == cors::reason::headers_malformed);
}
