// evaluate() makes zero heap allocations on every path, for policies, routers and shadowed
// engines, with debug mode and an observer. A counting global operator new proves it.
#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

#include "counting_new.hpp"

TEST_CASE("evaluate allocates nothing, on every path", "[alloc]") {
    std::vector<cors::policy> policies;
    {
        cors::config c;
        c.origins = {"https://app.example.com", "https://*.example.org", "http://localhost:*"};
        c.origin_regexes = {{R"(^https://([a-z0-9-]+\.)*example\.com$)", cors::regex_target::origin},
                            {R"(^https://(a|a)*b\.example$)", cors::regex_target::origin},
                            {R"(x\.test)", cors::regex_target::host}};
        c.origin_predicate = [](std::string_view o) { return o == "https://predicate.example"; };
        c.methods = {"PUT", "PATCH"};
        c.request_headers = {"Content-Type", "Authorization", "X-Request-Id"};
        c.exposed_headers = {"X-Request-Id"};
        c.credentials = true;
        // The regexes above are here for the decision path, not for validation: the pathological
        // one lets a label vary in front of the public suffix "example", the host-only one trusts
        // http:// as well.
        c.dangerously_allow_public_suffix_wildcards = true;
        c.dangerously_allow_insecure_origins = true;
        c.max_age = 600;
        c.private_network = true;
        policies.push_back(cors::policy::build(c));
        c.preflight_continue = true;
        c.request_headers.clear();
        c.reflect_request_headers = true;
        policies.push_back(cors::policy::build(c));
    }
    {
        cors::config c;
        c.origins = {"*"};
        c.methods = {"*"};
        c.request_headers = {"*"};
        c.exposed_headers = {"*"};
        policies.push_back(cors::policy::build(c));
    }
    {
        cors::config c;
        c.origins = {"*", "null"};
        c.credentials = true;
        c.dangerously_reflect_any_origin_with_credentials = true;
        c.dangerously_allow_null_origin = true;
        c.request_headers = {"*"};
        policies.push_back(cors::policy::build(c));
    }

    cors::config debug_config;  // debug answers, and an observer counting every decision
    debug_config.origins = {"https://app.example.com"};
    debug_config.methods = {"PUT"};
    debug_config.request_headers = {"content-type"};
    debug_config.debug = true;
    const auto counters = std::make_shared<cors::metrics>();
    policies.push_back(cors::policy::build(debug_config).with_observer(counters));

    const std::string big(1 << 20, ',');
    const std::string long_origin = "https://" + std::string(70000, 'a');
    const std::vector<test::owned_request> requests = {
        {"GET", {}},
        {"GET", {{"Origin", "https://app.example.com"}}},
        {"GET", {{"Origin", "https://deep.sub.example.org"}}},
        {"GET", {{"Origin", "http://localhost:5173"}}},
        {"GET", {{"Origin", "https://a.b.example.com"}}},
        {"GET", {{"Origin", "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab.example"}}},
        {"GET", {{"Origin", "http://x.test:81"}}},
        {"GET", {{"Origin", "https://predicate.example"}}},
        {"GET", {{"Origin", "https://evil.example"}}},
        {"GET", {{"Origin", "null"}}},
        {"GET", {{"Origin", long_origin}}},
        {"GET", {{"Origin", "https://app.example.com\r\n"}}},
        {"GET", {{"Origin", "https://app.example.com"}, {"Origin", "https://app.example.com"}}},
        {"OPTIONS", {{"Origin", "https://app.example.com"}}},
        {"OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}}},
        {"OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Headers", "authorization,content-type"}}},
        {"OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Headers", "content-type"},
          {"Access-Control-Request-Headers", "x-request-id"}}},
        {"OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Headers", "x-evil"}}},
        {"OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Headers", big}}},
        {"OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PURGE"}}},
        {"OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "P U T"}}},
        {"OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Private-Network", "true"}}},
        {"OPTIONS", {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "PUT"}}},
    };
    std::vector<cors::request_view> views;
    for (const test::owned_request& r : requests) views.push_back(r.view());

    long kinds = 0;
    const long before = counting_new::allocations.load();
    for (const cors::policy& p : policies)
        for (const cors::request_view& v : views) {
            const cors::decision d = p.evaluate(v);
            const cors::decision copy = d;
            kinds += static_cast<long>(copy.kind()) + static_cast<long>(copy.headers().size());
        }
    const long after = counting_new::allocations.load();
    CHECK(after - before == 0);
    CHECK(kinds > 0);
    CHECK(counters->total() == views.size());  // the observer did run

    // Routers (with an observer) and shadow rollout, on covered, uncovered and ambiguous paths.
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, debug_config});
    rc.routes.push_back({{"/admin"}, {"GET"}, debug_config});
    rc.default_policy = debug_config;
    rc.observer = counters;
    const cors::router with_default = cors::router::build(rc);
    rc.default_policy.reset();
    const cors::router without_default = cors::router::build(rc);
    long differences = 0;
    const cors::shadowed<cors::router> shadow(with_default, without_default,
                                              [&differences](const cors::shadow_report&) { ++differences; });
    const long before_routers = counting_new::allocations.load();
    for (cors::request_view v : views)
        for (const char* path : {"/api/items?x=1", "/admin", "/elsewhere", "/api/../admin", "*"}) {
            v.path = path;
            kinds += static_cast<long>(with_default.evaluate(v).why()) + static_cast<long>(shadow.evaluate(v).why());
        }
    CHECK(counting_new::allocations.load() - before_routers == 0);
    CHECK(differences > 0);  // the candidate ran and differed (no default: no_policy)

    // The counter does count: building a policy allocates.
    const long before_build = counting_new::allocations.load();
    cors::config c;
    c.origins = {"https://x.example"};
    (void)cors::policy::build(c);
    CHECK(counting_new::allocations.load() > before_build);
}

TEST_CASE("cross-origin request protection allocates nothing, refused or passed", "[alloc][csrf]") {
    cors::config c;
    c.origins = {"https://app.example.com", "https://*.example.org"};
    c.cross_origin_protection.enabled = true;
    c.cross_origin_protection.bypass_paths = {"/hooks/", "/login"};
    const cors::policy p = cors::policy::build(c);
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, c});
    const cors::router r = cors::router::build(rc);
    const std::string huge(1 << 16, 'x');
    std::vector<test::owned_request> requests = {
        {"POST", {{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}}},
        {"POST", {{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://app.example.com"}}},
        {"PUT", {{"Sec-Fetch-Site", "same-site"}, {"Origin", "https://a.example.org"}}},
        {"DELETE", {{"Sec-Fetch-Site", "same-origin"}}},
        {"POST", {{"Host", "api.example.com"}, {"Origin", "https://api.example.com"}}},
        {"POST", {{":authority", "api.example.com:443"}, {"Origin", "https://api.example.com"}}},
        {"POST", {{"Host", huge}, {"Sec-Fetch-Site", huge}, {"Origin", "https://evil.example"}}},
        {"POST", {{"Host", "api.example.com"}, {"Origin", "null"}}},
        {"POST", {}},
        {"GET", {{"Sec-Fetch-Site", "cross-site"}}},
    };
    std::vector<cors::request_view> views;
    for (const test::owned_request& o : requests) views.push_back(o.view());
    long blocked = 0;
    const long before = counting_new::allocations.load();
    for (cors::request_view v : views)
        for (const char* path : {"/", "/hooks/x", "/login", "/api/x", "/api/../x", "https://api.example.com/x"}) {
            v.path = path;
            blocked += p.evaluate(v).why() == cors::reason::cross_origin_request_blocked;
            blocked += r.evaluate(v).why() == cors::reason::cross_origin_request_blocked;
        }
    CHECK(counting_new::allocations.load() - before == 0);
    CHECK(blocked > 10);
}

TEST_CASE("evaluate is noexcept", "[alloc]") {
    cors::config c;
    c.origins = {"*"};
    const cors::policy p = cors::policy::build(c);
    const cors::request_view v{};
    STATIC_REQUIRE(noexcept(p.evaluate(v)));
    const cors::router r = cors::router::build(cors::router_config{{}, c, {}});
    STATIC_REQUIRE(noexcept(r.evaluate(v)));
    const cors::shadowed<cors::policy> s(p);
    STATIC_REQUIRE(noexcept(s.evaluate(v)));
    STATIC_REQUIRE(noexcept(cors::parse_origin("x")));
}
