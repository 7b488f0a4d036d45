// evaluate() makes zero heap allocations on every path. A counting global operator new proves it.
#include <atomic>
#include <cstdlib>
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

    // The counter does count: building a policy allocates.
    const long before_build = counting_new::allocations.load();
    cors::config c;
    c.origins = {"https://x.example"};
    (void)cors::policy::build(c);
    CHECK(counting_new::allocations.load() > before_build);
}

TEST_CASE("evaluate is noexcept", "[alloc]") {
    cors::config c;
    c.origins = {"*"};
    const cors::policy p = cors::policy::build(c);
    const cors::request_view v{};
    STATIC_REQUIRE(noexcept(p.evaluate(v)));
    STATIC_REQUIRE(noexcept(cors::parse_origin("x")));
}
