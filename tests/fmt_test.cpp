// fmt formatters: a decision, a reason, a diagnostic and a policy print as one readable line.
#include <cstddef>
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
          "credentials=true max_age=600 allow_origin_absent=true preflight_status=204/403");
}

TEST_CASE("a policy prints every field of the policy table, set or not", "[fmt]") {
    namespace d = cors::detail;
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.max_age = 0;
    c.cross_origin_protection.enabled = true;
    c.cross_origin_protection.bypass_paths = {"/hooks/"};
    // Every opt-in on: each is shown by name.
    for (const auto& f : d::policy_schema)
        if (f.kind == d::field_kind::flag) *d::member_of<bool>(f, c) = true;
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE(r);
    const std::string line = fmt::format("{}", *r);
    std::size_t previous = 0;
    for (const auto& f : d::policy_schema) {
        // request_headers is config's name ("(reflect)" is config's state); the rest are JSON keys.
        const std::string name(f.kind == d::field_kind::request_headers ? f.name() : f.key);
        INFO(line << "\nfield " << name);
        const std::size_t at = line.find(name);
        if (f.kind == d::field_kind::status && name != "preflight_status") {
            CHECK(line.find("preflight_status=204/403") != std::string::npos);  // the pair, as one
            continue;
        }
        REQUIRE(at != std::string::npos);
        CHECK(at >= previous);  // in table order
        previous = at;
    }
    CHECK(line.find("allow_origin_absent=true") != std::string::npos);
    c.allow_origin_absent = false;
    CHECK(fmt::format("{}", cors::policy::build(c)).find("allow_origin_absent=false") != std::string::npos);
    // cross_origin_protection(status=403 bypass_paths=[/hooks/]), shown when enabled.
    const std::string protection = line.substr(line.find("cross_origin_protection("));
    for (const auto& f : d::cross_origin_protection_schema) {
        INFO(protection << "\nfield " << f.key);
        if (f.kind != d::field_kind::flag) CHECK(protection.find(std::string(f.key) + "=") != std::string::npos);
    }
}
