// CORS_CHECK_LIFETIMES (include/cors/detail/config.hpp): a decision read after its policy died is
// reported. A program of its own, with a violation handler that records instead of aborting
// (every translation unit of a program must see the same macros).
#include <memory>
#include <optional>
#include <string>

namespace {
int violations = 0;
std::string last_message;
}  // namespace

#ifndef CORS_CHECK_LIFETIMES
#define CORS_CHECK_LIFETIMES 1
#endif
#define CORS_LIFETIME_VIOLATION(message) (++violations, last_message = (message))

#include <cors.hpp>

#include "catch.hpp"
#include "test_support.hpp"

namespace {
cors::config one_origin() { return test::typical_config(); }

// A GET from the allowed origin (string literals: the view outlives the test's policies).
cors::request_view app_get() {
    cors::request_view r;
    r.method = "GET";
    r.add_header("Origin", "https://app.example.com");
    return r;
}
}  // namespace

TEST_CASE("lifetime check: a decision read while its policy lives is not reported") {
    violations = 0;
    const cors::policy p = cors::policy::build(one_origin());
    cors::request_view r = app_get();
    const cors::decision d = p.evaluate(r);
    const cors::decision copy = d;  // NOLINT(performance-unnecessary-copy-initialization): copies keep the check
    CHECK(d.header_value("Access-Control-Allow-Origin") == "https://app.example.com");
    CHECK(copy.headers().size() == d.headers().size());
    CHECK(violations == 0);
}

TEST_CASE("lifetime check: a decision read after its policy died is reported, with what to do") {
    violations = 0;
    cors::request_view r = app_get();
    std::optional<cors::decision> kept;
    {
        const cors::policy p = cors::policy::build(one_origin());
        kept = p.evaluate(r);
        CHECK(violations == 0);
    }
    (void)kept->headers();
    CHECK(violations == 1);
    CHECK(last_message.find("after the policy that made it was destroyed") != std::string::npos);
    CHECK(last_message.find("Keep the policy") != std::string::npos);
    (void)kept->header_value("Vary");
    (void)kept->has_header("Vary");
    (void)kept->vary();
    CHECK(violations == 4);
    // What does not point into the policy stays readable without a report.
    CHECK(kept->allowed());
    CHECK(violations == 4);
}

TEST_CASE("lifetime check: a copy of the policy keeps its decisions valid; a router's route policies too") {
    violations = 0;
    cors::request_view r = app_get();
    r.path = "/api/items";
    std::optional<cors::policy> copy;
    std::optional<cors::decision> kept;
    {
        const cors::policy p = cors::policy::build(one_origin());
        copy = p;
        kept = p.evaluate(r);
    }
    (void)kept->headers();
    CHECK(violations == 0);  // the compiled form lives on in `copy`

    std::optional<cors::decision> from_router;
    {
        cors::router_config rc;
        rc.routes.push_back({{"/api/"}, {}, one_origin()});
        const cors::router router = cors::router::build(rc);
        from_router = router.evaluate(r);
        CHECK(from_router->allowed());
        (void)from_router->headers();
        CHECK(violations == 0);
    }
    (void)from_router->headers();
    CHECK(violations == 1);
}
