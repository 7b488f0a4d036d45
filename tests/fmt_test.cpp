// fmt formatters: a decision, a reason, a diagnostic and a policy print as one readable line.
#include <string>

#include <cors/fmt.hpp>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::policy typical() {
    cors::config c = test::typical_config();
    c.exposed_headers.clear();  // keeps the expected lines short
    return cors::policy::build(c);
}

}  // namespace

TEST_CASE("a denial names the reason, the offending value and the rule", "[fmt]") {
    const cors::policy p = typical();
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "OPTIONS",
                                            {{"Origin", "https://app.example.com"},
                                             {"Access-Control-Request-Method", "PUT"},
                                             {"Access-Control-Request-Headers", "x-evil"}},
                                            keep);
    CHECK(fmt::format("{}", d) ==
          "preflight denied: header_not_allowed \"x-evil\" (a requested header is not among the policy's request "
          "headers); respond 403; Vary += Origin Access-Control-Request-Method Access-Control-Request-Headers");
}

TEST_CASE("an allowed decision lists its headers", "[fmt]") {
    const cors::policy p = typical();
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep);
    CHECK(
        fmt::format("{}", d) ==
        "actual allowed; Access-Control-Allow-Origin: https://app.example.com; Access-Control-Allow-Credentials: true; "
        "Vary += Origin");
    CHECK(fmt::format("{}", test::evaluate(p, "GET", {}, keep)) == "not a CORS request; Vary += Origin");
}

TEST_CASE("hostile bytes are escaped in the log line", "[fmt]") {
    const cors::policy p = typical();
    test::owned_request keep;
    const std::string line =
        fmt::format("{}", test::evaluate(p, "GET", {{"Origin", "https://a\r\nSet-Cookie: x"}}, keep));
    CHECK(line.find('\r') == std::string::npos);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find("https://a\\x0d\\x0aSet-Cookie: x") != std::string::npos);
}

TEST_CASE("reasons, codes, diagnostics and policies format", "[fmt]") {
    CHECK(fmt::format("{:>20}", cors::reason::origin_null) == "         origin_null");
    CHECK(fmt::format("{}", cors::errc::origin_malformed) == "origin_malformed");
    CHECK(fmt::format("{:<10}|", cors::request_kind::preflight) == "preflight |");
    // The one formatter prints every enumerator of each table by its name.
#define CORS_CHECK_NAME(name, ...) CHECK(fmt::format("{}", cors::reason::name) == #name);
    CORS_REASON_TABLE(CORS_CHECK_NAME)
#undef CORS_CHECK_NAME
#define CORS_CHECK_NAME(name, ...) CHECK(fmt::format("{}", cors::errc::name) == #name);
    CORS_ERRC_TABLE(CORS_CHECK_NAME)
#undef CORS_CHECK_NAME
#define CORS_CHECK_NAME(name) CHECK(fmt::format("{}", cors::request_kind::name) == #name);
    CORS_REQUEST_KIND_TABLE(CORS_CHECK_NAME)
#undef CORS_CHECK_NAME
    cors::config bad;
    bad.origins = {"https://a.example/"};
    const cors::build_result r = cors::policy::try_build(bad);
    REQUIRE_FALSE(r);
    CHECK(fmt::format("{}", r.diagnostics().front()) == r.diagnostics().front().to_string());
    CHECK(fmt::format("{}", typical()) ==
          "origins=[https://app.example.com] methods=[PUT] request_headers=[content-type] exposed_headers=[] "
          "credentials=true max_age=600 preflight_status=204/403");
}
