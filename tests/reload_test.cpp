// Hot reload: threads evaluate continuously while another thread swaps policies. Run under
// ThreadSanitizer in CI (preset tsan): no race may be reported, and every decision must be the
// one the old or the new policy gives, never a mix.
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::config allowing(const char* origin, const char* method) {
    cors::config c;
    c.origins = {origin};
    c.methods = {method};
    c.max_age = 60;
    return c;
}

}  // namespace

TEST_CASE("reload swaps atomically while readers evaluate", "[reload]") {
    const cors::config a = allowing("https://a.example", "PUT");
    const cors::config b = allowing("https://b.example", "PATCH");
    cors::reloadable_policy current(cors::policy::build(a));

    const test::header_list from_a = {{"Origin", "https://a.example"}, {"Access-Control-Request-Method", "PUT"}};
    const test::header_list from_b = {{"Origin", "https://b.example"}, {"Access-Control-Request-Method", "PATCH"}};
    const cors::request_view view_a = cors::make_request("OPTIONS", from_a);
    const cors::request_view view_b = cors::make_request("OPTIONS", from_b);

    std::atomic<bool> stop{false};
    std::atomic<long> evaluations{0}, inconsistent{0}, saw_a{0}, saw_b{0};
    std::vector<std::thread> readers;
    readers.reserve(3);
    for (int t = 0; t < 3; ++t)
        readers.emplace_back([&] {
            while (!stop.load()) {
                const cors::policy p = current.load();
                const bool is_a = p.source().origins.front() == "https://a.example";
                const cors::decision da = p.evaluate(view_a);
                const cors::decision db = p.evaluate(view_b);
                // Exactly the snapshot's answer: its own origin and method pass, the other's do not.
                const bool ok = da.allowed() == is_a && db.allowed() == !is_a &&
                                (is_a ? da.header_value("Access-Control-Allow-Methods") == "PUT"
                                      : db.header_value("Access-Control-Allow-Methods") == "PATCH");
                if (!ok) inconsistent.fetch_add(1);
                (is_a ? saw_a : saw_b).fetch_add(1);
                evaluations.fetch_add(1);
            }
        });
    for (int i = 0; i < 2000; ++i) {
        const cors::build_result r = current.reload(i % 2 ? a : b);
        REQUIRE(r);
    }
    // A config with errors is refused and the current policy stays.
    cors::config broken = allowing("https://c.example/", "PUT");
    const cors::policy before = current.load();
    CHECK_FALSE(current.reload(broken));
    CHECK(&current.load().source() == &before.source());
    stop.store(true);
    for (std::thread& t : readers) t.join();
    CHECK(inconsistent.load() == 0);
    CHECK(evaluations.load() > 0);
    CHECK(saw_a.load() > 0);
    CHECK(saw_b.load() > 0);
}
