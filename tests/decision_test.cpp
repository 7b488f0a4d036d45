// Decisions and the exact headers they emit.
#include <string>
#include <type_traits>
#include <utility>

#include "browser_model.hpp"
#include "catch.hpp"
#include "test_support.hpp"

namespace {

// Lists of two and three, to see how the decision joins them.
cors::config typical() {
    cors::config c = test::typical_config();
    c.methods = {"PUT", "PATCH", "DELETE"};
    c.request_headers = {"Content-Type", "Authorization"};
    c.exposed_headers = {"X-Request-Id", "X-RateLimit-Remaining"};
    return c;
}

test::header_list preflight_headers(const char* method, const char* acrh = nullptr,
                                    const char* origin = "https://app.example.com") {
    test::header_list h = {{"Origin", origin}, {"Access-Control-Request-Method", method}};
    if (acrh) h.emplace_back("Access-Control-Request-Headers", acrh);
    return h;
}

}  // namespace

TEST_CASE("allowed actual request: ACAO, ACAC, ACEH; no preflight-only headers", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep);
    CHECK(d.kind() == cors::request_kind::actual);
    CHECK(d.allowed());
    CHECK(d.action() == cors::action::forward);
    REQUIRE(d.headers().size() == 3);
    CHECK(d.headers()[0].name == "Access-Control-Allow-Origin");
    CHECK(d.headers()[0].value == "https://app.example.com");
    CHECK(d.headers()[1].name == "Access-Control-Allow-Credentials");
    CHECK(d.headers()[1].value == "true");
    CHECK(d.headers()[2].name == "Access-Control-Expose-Headers");
    CHECK(d.headers()[2].value == "X-Request-Id,X-RateLimit-Remaining");
    // The reflected origin is the request's own bytes, not a copy of the policy's.
    CHECK(d.headers()[0].value.data() == keep.headers[0].second.data());
}

TEST_CASE("denied actual request: no CORS headers at all, not even ACAC", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "POST", {{"Origin", "https://evil.example"}}, keep);
    CHECK_FALSE(d.allowed());
    CHECK(d.why() == cors::reason::origin_not_allowed);
    CHECK(d.offending_value() == "https://evil.example");
    CHECK(d.headers().empty());
    CHECK(d.action() == cors::action::forward);
}

TEST_CASE("allowed preflight: echoes method and headers, adds max-age", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "authorization,content-type"), keep);
    CHECK(d.kind() == cors::request_kind::preflight);
    CHECK(d.allowed());
    CHECK(d.action() == cors::action::respond);
    CHECK(d.status() == 204);
    CHECK(d.header_value("Access-Control-Allow-Origin") == "https://app.example.com");
    CHECK(d.header_value("Access-Control-Allow-Credentials") == "true");
    CHECK(d.header_value("Access-Control-Allow-Methods") == "PUT");
    CHECK(d.header_value("Access-Control-Allow-Headers") == "authorization,content-type");
    CHECK(d.header_value("Access-Control-Max-Age") == "600");
    CHECK_FALSE(d.has_header("Access-Control-Expose-Headers"));  // ignored on preflights
    CHECK(d.headers().size() == 5);
}

TEST_CASE("safelisted methods need no Access-Control-Allow-Methods", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    for (const char* m : {"GET", "HEAD", "POST"}) {
        const cors::decision d = test::evaluate(p, "OPTIONS", preflight_headers(m, "content-type"), keep);
        CHECK(d.allowed());
        CHECK_FALSE(d.has_header("Access-Control-Allow-Methods"));
    }
}

TEST_CASE("method matching is byte-exact after Fetch normalisation", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    CHECK(test::evaluate(p, "OPTIONS", preflight_headers("PATCH"), keep).allowed());
    const cors::decision lower = test::evaluate(p, "OPTIONS", preflight_headers("patch"), keep);
    CHECK(lower.why() == cors::reason::method_not_allowed);
    CHECK(lower.offending_value() == "patch");
    CHECK(test::evaluate(p, "OPTIONS", preflight_headers("put"), keep).why() == cors::reason::method_not_allowed);
    CHECK(test::evaluate(p, "OPTIONS", preflight_headers("OPTIONS"), keep).why() == cors::reason::method_not_allowed);
    CHECK(test::evaluate(p, "OPTIONS", preflight_headers("P UT"), keep).why() == cors::reason::method_malformed);
    CHECK(test::evaluate(p, "OPTIONS", preflight_headers(""), keep).why() == cors::reason::method_malformed);
    test::header_list twice = preflight_headers("PUT");
    twice.emplace_back("Access-Control-Request-Method", "PUT");
    CHECK(test::evaluate(p, "OPTIONS", twice, keep).why() == cors::reason::method_malformed);
}

TEST_CASE("* methods echo any method", "[decision]") {
    cors::config c = typical();
    c.methods = {"*"};
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "OPTIONS", preflight_headers("CUSTOM"), keep);
    CHECK(d.allowed());
    CHECK(d.header_value("Access-Control-Allow-Methods") == "CUSTOM");
}

TEST_CASE("denied preflight: failure status and no CORS headers", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    const cors::decision by_origin =
        test::evaluate(p, "OPTIONS", preflight_headers("PUT", nullptr, "https://evil.example"), keep);
    CHECK(by_origin.why() == cors::reason::origin_not_allowed);
    CHECK(by_origin.status() == 403);
    CHECK(by_origin.action() == cors::action::respond);
    CHECK(by_origin.headers().empty());
    const cors::decision by_method = test::evaluate(p, "OPTIONS", preflight_headers("PURGE"), keep);
    CHECK(by_method.why() == cors::reason::method_not_allowed);
    CHECK(by_method.headers().empty());
    const cors::decision by_header = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "x-evil"), keep);
    CHECK(by_header.why() == cors::reason::header_not_allowed);
    CHECK(by_header.headers().empty());
}

TEST_CASE("configurable preflight statuses", "[decision]") {
    cors::config c = typical();
    c.preflight_success_status = 200;
    c.preflight_failure_status = 200;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    CHECK(test::evaluate(p, "OPTIONS", preflight_headers("PUT"), keep).status() == 200);
    const cors::decision denied = test::evaluate(p, "OPTIONS", preflight_headers("PURGE"), keep);
    CHECK(denied.status() == 200);
    CHECK(denied.headers().empty());  // a 2xx without ACAO still fails in the browser
}

TEST_CASE("max-age: absent sends nothing, 0 sends 0", "[decision]") {
    cors::config c = typical();
    test::owned_request keep;
    c.max_age.reset();
    const cors::policy no_max_age = cors::policy::build(c);
    CHECK_FALSE(
        test::evaluate(no_max_age, "OPTIONS", preflight_headers("PUT"), keep).has_header("Access-Control-Max-Age"));
    c.max_age = 0;
    const cors::policy zero_max_age = cors::policy::build(c);
    CHECK(test::evaluate(zero_max_age, "OPTIONS", preflight_headers("PUT"), keep)
              .header_value("Access-Control-Max-Age") == "0");
}

TEST_CASE("preflight_continue forwards preflights with their headers", "[decision]") {
    cors::config c = typical();
    c.preflight_continue = true;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "OPTIONS", preflight_headers("PUT"), keep);
    CHECK(d.allowed());
    CHECK(d.action() == cors::action::forward);
    CHECK(d.header_value("Access-Control-Allow-Methods") == "PUT");
    const cors::decision denied = test::evaluate(p, "OPTIONS", preflight_headers("PURGE"), keep);
    CHECK(denied.action() == cors::action::forward);
    CHECK(denied.headers().empty());
}

TEST_CASE("private network access: granted only on a passing preflight, only when enabled", "[decision]") {
    cors::config c = typical();
    test::header_list h = preflight_headers("PUT");
    h.emplace_back("Access-Control-Request-Private-Network", "true");
    test::owned_request keep;
    const cors::policy without = cors::policy::build(c);
    const cors::decision off = test::evaluate(without, "OPTIONS", h, keep);
    CHECK(off.why() == cors::reason::private_network_not_allowed);
    CHECK_FALSE(off.has_header("Access-Control-Allow-Private-Network"));

    c.private_network = true;
    const cors::policy p = cors::policy::build(c);
    const cors::decision on = test::evaluate(p, "OPTIONS", h, keep);
    CHECK(on.allowed());
    CHECK(on.header_value("Access-Control-Allow-Private-Network") == "true");
    // Not for a foreign origin.
    h[0].second = "https://evil.example";
    const cors::decision foreign = test::evaluate(p, "OPTIONS", h, keep);
    CHECK_FALSE(foreign.allowed());
    CHECK(foreign.headers().empty());
    // Not on preflights that did not ask, nor on actual requests.
    CHECK_FALSE(test::evaluate(p, "OPTIONS", preflight_headers("PUT"), keep)
                    .has_header("Access-Control-Allow-Private-Network"));
    CHECK_FALSE(
        test::evaluate(
            p, "GET", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Private-Network", "true"}}, keep)
            .has_header("Access-Control-Allow-Private-Network"));
}

TEST_CASE("any-origin policy: * on CORS and, with allow_origin_absent, on non-CORS responses", "[decision]") {
    cors::config c;
    c.origins = {"*"};
    c.exposed_headers = {"*"};
    test::owned_request keep;
    const cors::policy p = cors::policy::build(c);
    const cors::decision none = test::evaluate(p, "GET", {}, keep);
    CHECK(none.kind() == cors::request_kind::not_cors);
    CHECK(none.header_value("Access-Control-Allow-Origin") == "*");
    CHECK(none.header_value("Access-Control-Expose-Headers") == "*");
    c.allow_origin_absent = false;
    const cors::policy without_absent = cors::policy::build(c);
    CHECK(test::evaluate(without_absent, "GET", {}, keep).headers().empty());
    const cors::decision pre = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "x-a", "https://x.example"), keep);
    CHECK(pre.why() == cors::reason::method_not_allowed);
}

TEST_CASE("non-CORS requests to an origin-dependent policy get no CORS headers", "[decision]") {
    const cors::policy p = cors::policy::build(typical());
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {}, keep);
    CHECK(d.kind() == cors::request_kind::not_cors);
    CHECK(d.allowed());
    CHECK(d.headers().empty());
}

namespace {
template <class P, class = void>
struct can_evaluate : std::false_type {};
template <class P>
struct can_evaluate<P, std::void_t<decltype(std::declval<P>().evaluate(std::declval<const cors::request_view&>()))>>
    : std::true_type {};
}  // namespace

TEST_CASE("a temporary policy cannot be evaluated (its decision would dangle)", "[decision]") {
    STATIC_REQUIRE(can_evaluate<const cors::policy&>::value);
    STATIC_REQUIRE_FALSE(can_evaluate<cors::policy&&>::value);
}

TEST_CASE("debug mode: a denied preflight lets the browser console name the real cause", "[decision][debug]") {
    cors::config c = typical();
    c.debug = true;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;

    // Method: the browser sees the allowed methods, without the one it asked for.
    cors::decision d = test::evaluate(p, "OPTIONS", preflight_headers("PURGE"), keep);
    CHECK_FALSE(d.allowed());
    CHECK(d.why() == cors::reason::method_not_allowed);
    CHECK(d.status() == 204);
    CHECK(d.header_value("Access-Control-Allow-Origin") == "https://app.example.com");
    CHECK(d.header_value("Access-Control-Allow-Credentials") == "true");
    CHECK(d.header_value("Access-Control-Allow-Methods") == "PUT,PATCH,DELETE");
    CHECK_FALSE(d.has_header("Access-Control-Max-Age"));  // a failure is never cached

    // Header: the allowed header names, and the method that passed.
    d = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "content-type,x-evil"), keep);
    CHECK(d.why() == cors::reason::header_not_allowed);
    CHECK(d.offending_value() == "x-evil");
    CHECK(d.header_value("Access-Control-Allow-Methods") == "PUT");
    CHECK(d.header_value("Access-Control-Allow-Headers") == "content-type,authorization");

    // Origin: no Access-Control-Allow-Origin at all, but a success status, so the console says
    // the header is missing instead of "does not have HTTP ok status".
    d = test::evaluate(p, "OPTIONS", preflight_headers("PUT", nullptr, "https://evil.example"), keep);
    CHECK(d.why() == cors::reason::origin_not_allowed);
    CHECK(d.status() == 204);
    CHECK(d.headers().empty());

    // Private network: everything but Access-Control-Allow-Private-Network.
    test::header_list pna = preflight_headers("PUT", "content-type");
    pna.emplace_back("Access-Control-Request-Private-Network", "true");
    d = test::evaluate(p, "OPTIONS", pna, keep);
    CHECK(d.why() == cors::reason::private_network_not_allowed);
    CHECK(d.header_value("Access-Control-Allow-Headers") == "content-type");
    CHECK_FALSE(d.has_header("Access-Control-Allow-Private-Network"));

    // A debug answer never makes a browser proceed: its own check fails, on the real cause.
    const auto browser_proceeds = [](const char* origin, const char* method, std::vector<std::string> headers,
                                     const cors::decision& decision) {
        const browser::request req{origin, method, std::move(headers), true};
        return browser::preflight_check(req, browser::from_decision(decision));
    };
    d = test::evaluate(p, "OPTIONS", preflight_headers("PURGE"), keep);
    CHECK_FALSE(browser_proceeds("https://app.example.com", "PURGE", {}, d));
    d = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "content-type,x-evil"), keep);
    CHECK_FALSE(browser_proceeds("https://app.example.com", "PUT", {"content-type", "x-evil"}, d));
    d = test::evaluate(p, "OPTIONS", preflight_headers("PUT", nullptr, "https://evil.example"), keep);
    CHECK_FALSE(browser_proceeds("https://evil.example", "PUT", {}, d));
    d = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "content-type"), keep);
    CHECK(browser_proceeds("https://app.example.com", "PUT", {"content-type"}, d));  // the model is not blind

    // Off by default: the same preflight gets the failure status and nothing else.
    const cors::policy quiet = cors::policy::build(typical());
    d = test::evaluate(quiet, "OPTIONS", preflight_headers("PURGE"), keep);
    CHECK(d.status() == 403);
    CHECK(d.headers().empty());
    // Debug mode never changes an allowed decision or an actual request.
    test::owned_request keep2;  // a decision views its request: one each
    const cors::decision a = test::evaluate(p, "OPTIONS", preflight_headers("PUT", "content-type"), keep);
    const cors::decision b = test::evaluate(quiet, "OPTIONS", preflight_headers("PUT", "content-type"), keep2);
    CHECK_FALSE(cors::compare(a, b).any());
    const cors::decision e = test::evaluate(p, "GET", {{"Origin", "https://evil.example"}}, keep);
    CHECK(e.headers().empty());
}
