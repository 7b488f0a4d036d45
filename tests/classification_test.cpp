// Request classification exactly as the Fetch standard defines it.
#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::policy simple_policy() { return cors::policy::build(test::typical_config()); }

}  // namespace

TEST_CASE("classification", "[classification]") {
    const cors::policy p = simple_policy();
    struct row {
        const char* method;
        test::header_list headers;
        cors::request_kind kind;
    };
    const row rows[] = {
        {"GET", {}, cors::request_kind::not_cors},
        {"OPTIONS", {}, cors::request_kind::not_cors},
        // ACRM without Origin: not a CORS request at all.
        {"OPTIONS", {{"Access-Control-Request-Method", "PUT"}}, cors::request_kind::not_cors},
        {"GET", {{"Origin", "https://app.example.com"}}, cors::request_kind::actual},
        {"POST", {{"Origin", "https://app.example.com"}}, cors::request_kind::actual},
        // OPTIONS without ACRM is an actual request (fetch(url, {method: "OPTIONS"})).
        {"OPTIONS", {{"Origin", "https://app.example.com"}}, cors::request_kind::actual},
        {"OPTIONS",
         {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}},
         cors::request_kind::preflight},
        // Methods are case-sensitive: "options" is not OPTIONS.
        {"options",
         {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}},
         cors::request_kind::actual},
        // A GET carrying ACRM is still an actual request.
        {"GET",
         {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}},
         cors::request_kind::actual},
        // Header names are case-insensitive.
        {"OPTIONS",
         {{"origin", "https://app.example.com"}, {"ACCESS-CONTROL-REQUEST-METHOD", "PUT"}},
         cors::request_kind::preflight},
    };
    for (const row& r : rows) {
        CAPTURE(r.method, r.headers);
        test::owned_request keep;
        CHECK(test::evaluate(p, r.method, r.headers, keep).kind() == r.kind);
    }
}

TEST_CASE("actual requests are forwarded, preflights answered", "[classification]") {
    const cors::policy p = simple_policy();
    test::owned_request keep;
    const cors::decision actual = test::evaluate(p, "GET", {{"Origin", "https://evil.example"}}, keep);
    CHECK(actual.action() == cors::action::forward);  // denial only withholds headers; the handler still runs
    CHECK_FALSE(actual.allowed());
    const cors::decision pre = test::evaluate(
        p, "OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}}, keep);
    CHECK(pre.action() == cors::action::respond);
    CHECK(pre.status() == 204);
    const cors::decision none = test::evaluate(p, "OPTIONS", {}, keep);
    CHECK(none.action() == cors::action::forward);
    CHECK(none.allowed());
    CHECK(none.why() == cors::reason::allowed);
}

TEST_CASE("request_view collects field lines without copying", "[classification]") {
    cors::request_view r;
    const std::string origin = "https://app.example.com";
    r.add_header("Origin", origin);
    r.add_header("Access-Control-Request-Headers", " a ");
    r.add_header("access-control-request-headers", "b");
    r.add_header("Accept", "*/*");
    r.add_header("O", "ignored");
    CHECK(r.origin.value.data() == origin.data());
    CHECK(r.origin.count == 1);
    CHECK(r.access_control_request_headers.count == 2);
    CHECK(r.access_control_request_headers.lines[0] == "a");  // OWS trimmed, as HTTP parsers do
    CHECK(r.access_control_request_headers.lines[1] == "b");
    CHECK_FALSE(r.access_control_request_method.present());
    r.add_header("ORIGIN", "https://other.example");
    CHECK(r.origin.count == 2);
    CHECK(r.origin.value == origin);
}
