// Vary: Origin on every response whose CORS headers depend on the Origin; preflights also vary
// on the request's method and headers (and private network, when that is in play).
#include <string_view>
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
    CHECK(test::vary_string(test::evaluate(listed(true), "OPTIONS", pre, keep)) ==
          "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, "
          "Access-Control-Request-Private-Network");
    test::header_list asked = pre;
    asked.emplace_back("Access-Control-Request-Private-Network", "true");
    CHECK(test::vary_string(test::evaluate(listed(false), "OPTIONS", asked, keep)) ==
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
