// Vary: Origin on every response whose CORS headers depend on the Origin; preflights also vary
// on the request's method and headers (and private network, when that is in play).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::policy listed(bool pna = false) {
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.methods = {"PUT"};
    c.private_network = pna;
    return cors::policy::build(c);
}

cors::policy any_origin() {
    cors::config c;
    c.origins = {"*"};
    c.methods = {"PUT"};
    return cors::policy::build(c);
}

}  // namespace

TEST_CASE("origin-dependent policy: Vary Origin on allowed, denied and non-CORS responses", "[vary]") {
    const cors::policy p = listed();
    test::owned_request keep;
    CHECK(test::vary_string(test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep)) == "Origin");
    CHECK(test::vary_string(test::evaluate(p, "GET", {{"Origin", "https://evil.example"}}, keep)) == "Origin");
    CHECK(test::vary_string(test::evaluate(p, "GET", {}, keep)) == "Origin");
    CHECK(test::vary_string(test::evaluate(p, "GET", {{"Origin", "bad origin"}}, keep)) == "Origin");
}

TEST_CASE("preflights vary on Origin, method and headers, allowed or denied", "[vary]") {
    const cors::policy p = listed();
    test::owned_request keep;
    const char* expected = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";
    CHECK(test::vary_string(test::evaluate(
              p, "OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}}, keep)) ==
          expected);
    CHECK(test::vary_string(test::evaluate(
              p, "OPTIONS", {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "PUT"}}, keep)) ==
          expected);
    CHECK(test::vary_string(test::evaluate(
              p, "OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PURGE"}},
              keep)) == expected);
}

TEST_CASE("private network adds its request header to Vary when enabled or asked for", "[vary]") {
    test::owned_request keep;
    const test::header_list pre = {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}};
    const cors::policy enabled = listed(true);
    CHECK(test::vary_string(test::evaluate(enabled, "OPTIONS", pre, keep)) ==
          "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, "
          "Access-Control-Request-Private-Network");
    test::header_list asked = pre;
    asked.emplace_back("Access-Control-Request-Private-Network", "true");
    const cors::policy disabled = listed(false);
    CHECK(test::vary_string(test::evaluate(disabled, "OPTIONS", asked, keep)) ==
          "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, "
          "Access-Control-Request-Private-Network");
}

TEST_CASE("a plain * policy does not vary on Origin, except to deny garbage", "[vary]") {
    const cors::policy p = any_origin();
    test::owned_request keep;
    CHECK(test::evaluate(p, "GET", {{"Origin", "https://x.example"}}, keep).vary().empty());
    CHECK(test::evaluate(p, "GET", {}, keep).vary().empty());
    // A malformed Origin is denied, so that response does depend on the Origin.
    CHECK(test::vary_string(test::evaluate(p, "GET", {{"Origin", "https://x.example\r\n"}}, keep)) == "Origin");
}

TEST_CASE("Vary is never among the headers to set", "[vary]") {
    const cors::policy p = listed();
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep);
    CHECK_FALSE(d.has_header("Vary"));
}

TEST_CASE("merge_vary appends each token once and never drops what is there", "[vary]") {
    const std::vector<std::string_view> tokens = {"Origin", "Access-Control-Request-Method"};
    CHECK(cors::merge_vary("", tokens) == "Origin, Access-Control-Request-Method");
    CHECK(cors::merge_vary("Accept-Encoding", tokens) == "Accept-Encoding, Origin, Access-Control-Request-Method");
    CHECK(cors::merge_vary("accept-encoding, origin", tokens) ==
          "accept-encoding, origin, Access-Control-Request-Method");
    CHECK(cors::merge_vary(" Accept-Encoding ,ORIGIN ", tokens) ==
          "Accept-Encoding ,ORIGIN, Access-Control-Request-Method");
    CHECK(cors::merge_vary("*", tokens) == "*");
    CHECK(cors::merge_vary("Accept-Encoding, ", tokens) == "Accept-Encoding, Origin, Access-Control-Request-Method");
    CHECK(cors::merge_vary("Origin-Agent", std::vector<std::string_view>{"Origin"}) == "Origin-Agent, Origin");
    CHECK(cors::merge_vary("Accept", std::vector<std::string_view>{}) == "Accept");
    const cors::policy p = listed();
    test::owned_request keep;
    CHECK(cors::merge_vary("Accept-Encoding", test::evaluate(p, "GET", {}, keep)) == "Accept-Encoding, Origin");
}

// A shared cache hands a response without Vary: Origin to every later request for the URL,
// whatever its Origin. So such a response must be exactly the response to every request a
// browser can send (no Origin, or any serialized origin, allowed or not, or "null"); responses
// that differ from it must vary. Checked over every policy shape.
TEST_CASE("Vary: a response without Vary: Origin is the right response for every browser request", "[vary][security]") {
    struct shape {
        std::vector<std::string> origins;
        bool credentials, allow_origin_absent, reflect, exposed;
    };
    std::vector<shape> shapes;
    for (const std::vector<std::string>& origins : {std::vector<std::string>{"*"},
                                                    {"https://app.example.com"},
                                                    {"https://*.example.com"},
                                                    {"https://app.example.com", "null"},
                                                    {"*", "https://app.example.com"}})
        for (bool credentials : {false, true})
            for (bool absent : {false, true})
                for (bool exposed : {false, true})
                    shapes.push_back({origins, credentials, absent, credentials, exposed});
    const std::vector<test::header_list> browser = {{},
                                                    {{"Origin", "https://app.example.com"}},
                                                    {{"Origin", "https://x.example.com"}},
                                                    {{"Origin", "https://evil.example"}},
                                                    {{"Origin", "null"}}};
    const std::vector<test::header_list> odd = {
        {{"Origin", "https://app.example.com/"}},
        {{"Origin", "garbage"}},
        {{"Origin", "https://app.example.com"}, {"Origin", "https://b.example"}}};
    const auto headers_of = [](const cors::decision& d) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const cors::header& h : d.headers()) out.emplace_back(h.name, h.value);
        return out;
    };
    const auto varies = [](const cors::decision& d) {
        for (std::string_view t : d.vary())
            if (t == "Origin") return true;
        return false;
    };
    std::size_t checked = 0;
    for (const shape& s : shapes) {
        cors::config c;
        c.origins = s.origins;
        c.credentials = s.credentials;
        c.allow_origin_absent = s.allow_origin_absent;
        c.dangerously_reflect_any_origin_with_credentials = s.reflect;
        c.dangerously_allow_null_origin = true;
        if (s.exposed) c.exposed_headers = {"X-Request-Id"};
        const cors::build_result built = cors::policy::try_build(c);
        REQUIRE(built);
        for (const char* method : {"GET", "POST"}) {
            std::vector<test::owned_request> keep(browser.size() + odd.size());
            std::vector<cors::decision> browser_decisions, odd_decisions;
            for (std::size_t i = 0; i < browser.size(); ++i) {
                keep[i] = test::owned_request{method, browser[i]};
                browser_decisions.push_back(built->evaluate(keep[i].view()));
            }
            for (std::size_t i = 0; i < odd.size(); ++i) {
                keep[browser.size() + i] = test::owned_request{method, odd[i]};
                odd_decisions.push_back(built->evaluate(keep[browser.size() + i].view()));
            }
            for (std::size_t i = 0; i < browser_decisions.size(); ++i) {
                if (varies(browser_decisions[i])) continue;
                for (std::size_t j = 0; j < browser_decisions.size(); ++j) {
                    INFO("origins " << s.origins.front() << " credentials " << s.credentials << " absent "
                                    << s.allow_origin_absent << ": request " << i << " has no Vary, request " << j);
                    CHECK(headers_of(browser_decisions[i]) == headers_of(browser_decisions[j]));
                    ++checked;
                }
            }
            for (std::size_t i = 0; i < odd_decisions.size(); ++i) {
                const bool differs = headers_of(odd_decisions[i]) != headers_of(browser_decisions[0]) ||
                                     headers_of(odd_decisions[i]) != headers_of(browser_decisions[1]);
                if (differs) CHECK(varies(odd_decisions[i]));
            }
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("Vary: \"*\" without allow_origin_absent varies on Origin with and without Origin (reproduced)",
          "[vary][security]") {
    cors::config c;
    c.origins = {"*"};
    c.allow_origin_absent = false;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    const cors::decision without = test::evaluate(p, "GET", {}, keep);
    CHECK_FALSE(without.has_header("Access-Control-Allow-Origin"));
    CHECK(test::vary_string(without) == "Origin");
    const cors::decision with = test::evaluate(p, "GET", {{"Origin", "https://a.example"}}, keep);
    CHECK(with.header_value("Access-Control-Allow-Origin") == "*");
    CHECK(test::vary_string(with) == "Origin");
}
