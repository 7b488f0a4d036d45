// Observers and metrics, shadow rollout, and comparing decisions.
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::config strict() { return test::typical_config(); }

struct recorder final : cors::decision_observer {
    std::mutex lock;
    std::vector<std::string> seen;
    void on_decision(const cors::request_view& r, const cors::decision& d) noexcept override {
        const std::lock_guard<std::mutex> guard(lock);
        seen.push_back(std::string(r.method) + " " + std::string(cors::to_string(d.why())));
    }
};

}  // namespace

TEST_CASE("an observer hears every decision, with the request", "[observer]") {
    auto log = std::make_shared<recorder>();
    cors::config c = strict();
    c.observer = log;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep);
    test::evaluate(p, "POST", {{"Origin", "https://evil.example"}}, keep);
    test::evaluate(p, "OPTIONS", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PATCH"}},
                   keep);
    CHECK(log->seen ==
          std::vector<std::string>{"GET allowed", "POST origin_not_allowed", "OPTIONS method_not_allowed"});
}

TEST_CASE("with_observer: the same decisions, now observed; the original stays unobserved", "[observer]") {
    const cors::policy plain = cors::policy::build(strict());
    auto counters = std::make_shared<cors::metrics>();
    const cors::policy observed = plain.with_observer(counters);
    test::owned_request keep, keep2;  // one per live decision: a decision views its request
    for (const char* origin : {"https://app.example.com", "https://evil.example", "null", "https://app.example.com"}) {
        const cors::decision a = test::evaluate(plain, "GET", {{"Origin", origin}}, keep);
        const cors::decision b = test::evaluate(observed, "GET", {{"Origin", origin}}, keep2);
        CHECK_FALSE(cors::compare(a, b).any());
    }
    test::evaluate(observed, "GET", {}, keep);
    CHECK(counters->count(cors::request_kind::actual, cors::reason::allowed) == 2);
    CHECK(counters->count(cors::request_kind::actual, cors::reason::origin_not_allowed) == 1);
    CHECK(counters->count(cors::request_kind::actual, cors::reason::origin_null) == 1);
    CHECK(counters->count(cors::request_kind::not_cors) == 1);
    CHECK(counters->total() == 5);
}

TEST_CASE("metrics: Prometheus text format, counts exact under concurrency", "[observer][metrics]") {
    auto counters = std::make_shared<cors::metrics>();
    const cors::policy p = cors::policy::build(strict()).with_observer(counters);
    constexpr int threads = 4, per_thread = 2500;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&p] {
            test::owned_request ok{"OPTIONS",
                                   {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}}};
            test::owned_request bad{"OPTIONS",
                                    {{"Origin", "https://app.example.com"},
                                     {"Access-Control-Request-Method", "PUT"},
                                     {"Access-Control-Request-Headers", "x-evil"}}};
            for (int i = 0; i < per_thread; ++i) {
                p.evaluate(ok.view());
                p.evaluate(bad.view());
            }
        });
    for (std::thread& t : pool) t.join();
    CHECK(counters->total() == 2 * threads * per_thread);
    CHECK(counters->prometheus() ==
          "# HELP cors_decisions_total CORS decisions by request kind, outcome and reason.\n"
          "# TYPE cors_decisions_total counter\n"
          "cors_decisions_total{kind=\"preflight\",outcome=\"allowed\",reason=\"allowed\"} 10000\n"
          "cors_decisions_total{kind=\"preflight\",outcome=\"denied\",reason=\"header_not_allowed\"} 10000\n");
    CHECK(cors::metrics{}.prometheus("x").find("# TYPE x counter\n") != std::string::npos);
}

TEST_CASE("compare: headers and Vary as sets, names case-insensitively", "[shadow]") {
    const cors::policy a = cors::policy::build(strict());
    cors::config wider = strict();
    wider.origins.push_back("https://new.example.com");
    const cors::policy b = cors::policy::build(wider);
    test::owned_request k1, k2, k3, k4;  // one per live decision: a decision views its request
    const cors::decision same1 = test::evaluate(a, "GET", {{"Origin", "https://app.example.com"}}, k1);
    const cors::decision same2 = test::evaluate(b, "GET", {{"Origin", "https://APP.example.com"}}, k2);
    CHECK(cors::compare(same1, same2).any());  // an upper-case Origin is malformed: denied, so they differ
    const cors::decision same3 = test::evaluate(b, "GET", {{"origin", "https://app.example.com"}}, k2);
    CHECK_FALSE(cors::compare(same1, same3).any());
    const cors::decision denied = test::evaluate(a, "GET", {{"Origin", "https://new.example.com"}}, k3);
    const cors::decision allowed = test::evaluate(b, "GET", {{"Origin", "https://new.example.com"}}, k4);
    const cors::decision_diff diff = cors::compare(denied, allowed);
    CHECK(diff.outcome);
    CHECK(diff.reason);
    CHECK(diff.headers);
    CHECK_FALSE(diff.action);
    CHECK_FALSE(diff.status);
    CHECK_FALSE(diff.vary);  // both vary on Origin
}

TEST_CASE("shadow: the enforced decision applies; the callback hears only differences", "[shadow]") {
    cors::config candidate_config = strict();
    candidate_config.methods = {"PUT", "DELETE"};
    std::vector<std::string> reports;
    const cors::shadowed<cors::policy> engine(
        cors::policy::build(strict()), cors::policy::build(candidate_config), [&reports](const cors::shadow_report& r) {
            reports.push_back(std::string(r.request.method) + " " + std::string(cors::to_string(r.enforced.why())) +
                              " -> " + std::string(cors::to_string(r.candidate.why())));
        });
    test::owned_request put{"OPTIONS",
                            {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PUT"}}};
    test::owned_request del{"OPTIONS",
                            {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "DELETE"}}};
    CHECK(engine.evaluate(put.view()).allowed());
    CHECK(reports.empty());
    const cors::decision d = engine.evaluate(del.view());
    CHECK_FALSE(d.allowed());  // enforced
    CHECK(d.status() == 403);
    CHECK(reports == std::vector<std::string>{"OPTIONS method_not_allowed -> allowed"});

    // Without a candidate: the enforced engine alone.
    const cors::shadowed<cors::policy> alone(cors::policy::build(strict()));
    CHECK_FALSE(alone.candidate().has_value());
    CHECK_FALSE(alone.evaluate(del.view()).allowed());
}

TEST_CASE("shadow works for routers too", "[shadow][router]") {
    cors::router_config enforced;
    enforced.routes.push_back({{"/api/"}, {}, strict()});
    cors::router_config candidate = enforced;
    candidate.routes[0].paths = {"/api/v2/"};
    int differences = 0;
    const cors::shadowed<cors::router> engine(cors::router::build(enforced), cors::router::build(candidate),
                                              [&differences](const cors::shadow_report& r) {
                                                  CHECK(r.candidate.why() == cors::reason::no_policy);
                                                  ++differences;
                                              });
    test::owned_request v1{"GET", {{"Origin", "https://app.example.com"}}, "/api/v1/x"};
    test::owned_request v2{"GET", {{"Origin", "https://app.example.com"}}, "/api/v2/x"};
    CHECK(engine.evaluate(v1.view()).allowed());
    CHECK(engine.evaluate(v2.view()).allowed());
    CHECK(differences == 1);
}

TEST_CASE("a router's observer hears every decision once, no_policy included", "[observer][router]") {
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, strict()});
    auto counters = std::make_shared<cors::metrics>();
    rc.observer = counters;
    const cors::router r = cors::router::build(rc);
    test::owned_request inside{"GET", {{"Origin", "https://app.example.com"}}, "/api/x"};
    test::owned_request outside{"GET", {{"Origin", "https://app.example.com"}}, "/other"};
    r.evaluate(inside.view());
    r.evaluate(outside.view());
    CHECK(counters->count(cors::request_kind::actual, cors::reason::allowed) == 1);
    CHECK(counters->count(cors::request_kind::actual, cors::reason::no_policy) == 1);
    // with_observer: a copy; the original keeps its observer, the quiet copy has none.
    const cors::router quiet = r.with_observer(nullptr);
    quiet.evaluate(inside.view());
    CHECK(counters->total() == 2);
    r.evaluate(inside.view());
    CHECK(counters->total() == 3);
}
