// Per-route policies: selection by path prefix and method, validation as one unit.
#include <string>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::config allow(std::string origin, std::vector<std::string> methods = {}) {
    cors::config c;
    c.origins = {std::move(origin)};
    c.methods = std::move(methods);
    return c;
}

cors::router_config sample() {
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, allow("https://app.example.com", {"PUT", "DELETE"})});
    rc.routes.push_back({{"/api/admin/"}, {"GET", "delete"}, allow("https://admin.example.com", {"DELETE"})});
    rc.routes.push_back({{"/health"}, {}, allow("https://status.example.com")});
    rc.default_policy = allow("https://www.example.com");
    return rc;
}

// The origin an allowed request's ACAO carries, or "" when denied.
std::string acao(const cors::router& r, std::string path, std::string method, std::string origin,
                 std::string requested_method = "") {
    test::owned_request keep;
    keep.method = std::move(method);
    keep.path = std::move(path);
    keep.headers = {{"Origin", std::move(origin)}};
    if (!requested_method.empty()) keep.headers.emplace_back("Access-Control-Request-Method", requested_method);
    return std::string(r.evaluate(keep.view()).header_value("Access-Control-Allow-Origin"));
}

}  // namespace

TEST_CASE("router: the longest matching prefix wins, then the route naming the method", "[router]") {
    const cors::router r = cors::router::build(sample());
    CHECK(acao(r, "/api/items", "GET", "https://app.example.com") == "https://app.example.com");
    CHECK(acao(r, "/api/items", "GET", "https://admin.example.com").empty());
    CHECK(acao(r, "/api/admin/users", "GET", "https://admin.example.com") == "https://admin.example.com");
    // /api/admin/ covers GET and DELETE only: a PUT there falls back to the /api/ route.
    CHECK(acao(r, "/api/admin/users", "PUT", "https://app.example.com") == "https://app.example.com");
    CHECK(acao(r, "/api/admin/users", "PUT", "https://admin.example.com").empty());
    CHECK(acao(r, "/elsewhere", "GET", "https://www.example.com") == "https://www.example.com");
    CHECK(acao(r, "/elsewhere", "GET", "https://app.example.com").empty());
}

TEST_CASE("router: a preflight selects the route by the method it asks for, not OPTIONS", "[router]") {
    const cors::router r = cors::router::build(sample());
    CHECK(acao(r, "/api/admin/users", "OPTIONS", "https://admin.example.com", "DELETE") == "https://admin.example.com");
    CHECK(acao(r, "/api/admin/users", "OPTIONS", "https://app.example.com", "PUT") == "https://app.example.com");
    CHECK(acao(r, "/api/admin/users", "OPTIONS", "https://admin.example.com", "PUT").empty());
}

TEST_CASE("router: prefix semantics with and without a trailing slash", "[router]") {
    const cors::router r = cors::router::build(sample());
    const std::string status = "https://status.example.com";
    CHECK(acao(r, "/health", "GET", status) == status);
    CHECK(acao(r, "/health/live", "GET", status) == status);
    CHECK(acao(r, "/health?verbose=1", "GET", status) == status);
    CHECK(acao(r, "/healthz", "GET", status).empty());                 // not a path segment boundary
    CHECK(acao(r, "/api", "GET", "https://app.example.com").empty());  // "/api/" covers below only
    CHECK(r.select("/api/x", "GET") == &r.routes()[0].policy);
    CHECK(r.select("/api/x#frag", "GET") == &r.routes()[0].policy);
    CHECK(r.select("/nowhere", "GET") == &*r.default_policy());
}

TEST_CASE("router: ambiguous paths get no policy, never a more permissive route", "[router][security]") {
    const cors::router r = cors::router::build(sample());
    for (const char* path : {"/api/../admin", "/api/./x", "/api/%2e%2e/admin", "/api/%2E%2e/x", "/api/..%2fadmin",
                             "/api/%5cadmin", "/api/%252e%252e/", "/api//admin", "/api\\admin", "/api/x\r\n", "api/x",
                             "http://host/api/x", "*", "", "/api/.", "/api/..", "/api/%", "/api/%2"}) {
        INFO(path);
        CHECK(r.select(path, "GET") == nullptr);
        test::owned_request keep{"GET", {{"Origin", "https://app.example.com"}}, path};
        const cors::decision d = r.evaluate(keep.view());
        CHECK(d.why() == cors::reason::no_policy);
        CHECK_FALSE(d.allowed());
        CHECK(d.headers().empty());
        CHECK(d.action() == cors::action::forward);
    }
    // Percent-encoding that every reading routes alike is not ambiguous.
    CHECK(r.select("/api/it%65ms", "GET") == &r.routes()[0].policy);
    CHECK(r.select("/api/a%20b", "GET") == &r.routes()[0].policy);
}

TEST_CASE("router: without a default, uncovered requests get reason::no_policy", "[router]") {
    cors::router_config rc = sample();
    rc.default_policy.reset();
    const cors::router r = cors::router::build(rc);
    test::owned_request keep{
        "OPTIONS", {{"Origin", "https://www.example.com"}, {"Access-Control-Request-Method", "PUT"}}, "/other"};
    const cors::decision d = r.evaluate(keep.view());
    CHECK(d.kind() == cors::request_kind::preflight);
    CHECK(d.why() == cors::reason::no_policy);
    CHECK(d.action() == cors::action::forward);  // the server's own OPTIONS handling answers
    CHECK(d.headers().empty());
    // Not a CORS request: nothing to deny.
    test::owned_request plain{"GET", {}, "/other"};
    CHECK(r.evaluate(plain.view()).allowed());
    CHECK(r.evaluate(plain.view()).kind() == cors::request_kind::not_cors);
}

TEST_CASE("router: every problem of every route is reported at once, under its route", "[router][validation]") {
    cors::router_config rc;
    rc.routes.push_back({{"/api/", "api", "/a/../b", "/q?x"}, {"GET", "bad method", "TRACE"}, allow("*")});
    cors::config bad = allow("https://app.example.com/");
    bad.credentials = true;
    bad.max_age = -1;
    rc.routes.push_back({{}, {}, bad});
    rc.routes.push_back({{"/api/"}, {"GET"}, allow("https://x.example")});  // conflicts with route 0
    rc.default_policy = allow("null");
    const cors::router_build_result r = cors::router::try_build(rc);
    REQUIRE_FALSE(r);
    std::vector<std::string> fields;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.severity == cors::severity::error) fields.push_back(d.field + " " + std::string(cors::to_string(d.code)));
    CHECK(fields == std::vector<std::string>{
                        "/routes/0/paths/1 route_path_invalid",
                        "/routes/0/paths/2 route_path_invalid",
                        "/routes/0/paths/3 route_path_invalid",
                        "/routes/0/methods/1 route_method_invalid",
                        "/routes/0/methods/2 route_method_invalid",
                        "/routes/1/paths route_path_invalid",
                        "/routes/1/config/origins/0 origin_malformed",
                        "/routes/1/config/max_age max_age_negative",
                        "/default_policy/origins/0 origin_null",
                        "/routes/2/paths/0 route_conflict",
                    });
    CHECK_THROWS_AS(cors::router::build(rc), cors::config_error);
    CHECK(test::error_codes(cors::router::try_build(cors::router_config{})) ==
          std::vector<cors::errc>{cors::errc::routes_missing});
}

TEST_CASE("router: routes for disjoint methods on one path do not conflict; warnings are kept", "[router]") {
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {"GET"}, allow("https://a.example")});
    rc.routes.push_back({{"/api/"}, {"PUT"}, allow("http://b.example")});  // warning: cleartext
    const cors::router_build_result r = cors::router::try_build(rc);
    REQUIRE(r);
    REQUIRE(r->warnings().size() == 1);
    CHECK(r->warnings()[0].field == "/routes/1/config/origins/0");
    CHECK(r->warnings()[0].code == cors::errc::origin_insecure);
    CHECK(acao(*r, "/api/x", "GET", "https://a.example") == "https://a.example");
    CHECK(acao(*r, "/api/x", "PUT", "http://b.example") == "http://b.example");
}
