// Bounded cost at every input size: the engine reads no byte of an input beyond its cap, so the
// cost of a decision cannot depend on how long the input is. Shown with guard pages: the bytes
// past the cap are mapped PROT_NONE, so a single read of one of them kills the test.
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "catch.hpp"
#include "test_support.hpp"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#include <unistd.h>

namespace {

// `size` bytes of `fill` (after `head`) of which only the first `readable` can be read.
class guarded_bytes {
public:
    guarded_bytes(std::string_view head, char fill, std::size_t size, std::size_t readable) : size_(size) {
        const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
        const std::size_t readable_pages = (readable + page - 1) / page;
        const std::size_t guarded_pages = (size - readable + page - 1) / page + 1;
        length_ = (readable_pages + guarded_pages) * page;
        void* p = mmap(nullptr, length_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(p != MAP_FAILED);
        base_ = static_cast<char*>(p);
        // The data ends its readable part exactly where the first guarded page starts.
        data_ = base_ + readable_pages * page - readable;
        std::memset(data_, fill, readable);
        std::memcpy(data_, head.data(), head.size() < readable ? head.size() : readable);
        REQUIRE(mprotect(base_ + readable_pages * page, guarded_pages * page, PROT_NONE) == 0);
    }
    ~guarded_bytes() { munmap(base_, length_); }
    guarded_bytes(const guarded_bytes&) = delete;
    guarded_bytes& operator=(const guarded_bytes&) = delete;
    std::string_view view() const { return {data_, size_}; }

private:
    char* base_ = nullptr;
    char* data_ = nullptr;
    std::size_t length_ = 0;
    std::size_t size_ = 0;
};

// A multi-domain policy: wildcards over nine suffix lengths, the shape that made the wildcard
// pre-check quadratic when it ran before the Origin cap.
cors::policy multi_domain() {
    cors::config c;
    for (const char* s : {"e.example", "ee.example", "eee.example", "eeee.example", "eeeee.example", "eeeeee.example",
                          "eeeeeee.example", "eeeeeeee.example", "eeeeeeeee.example", "eeeeeeeeee.example"})
        c.origins.push_back(std::string("https://*.") + s);
    c.origins.emplace_back("https://app.example.com");
    c.credentials = true;
    c.methods = {"PUT"};
    c.request_headers = {"x-a"};
    return cors::policy::build(c);
}

}  // namespace

TEST_CASE("bounded cost: no byte of an over-long Origin is read, on every path", "[security][hostile]") {
    const cors::policy p = multi_domain();
    cors::config debug_config = p.source();
    debug_config.debug = true;
    const cors::policy debug = cors::policy::build(debug_config);
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, p.source()});
    const cors::router router = cors::router::build(rc);
    const cors::shadowed<cors::policy> shadow(p, debug, [](const cors::shadow_report&) {});
    for (const std::size_t size : {std::size_t{8} << 10, std::size_t{64} << 10, std::size_t{1} << 20}) {
        // https:// then nothing readable: the cap is checked on the length alone.
        const guarded_bytes origin("", 'e', size, 0);
        for (const char* method : {"GET", "OPTIONS"}) {
            INFO(size << " " << method);
            cors::request_view r;
            r.method = method;
            r.path = "/api/x";
            r.add_header("Origin", origin.view());
            r.add_header("Access-Control-Request-Method", "PUT");
            for (const cors::decision& d : {p.evaluate(r), debug.evaluate(r), router.evaluate(r), shadow.evaluate(r)}) {
                CHECK(d.why() == cors::reason::origin_malformed);
                CHECK(d.headers().empty());
            }
        }
    }
}

TEST_CASE("bounded cost: over-long preflight fields and paths are refused within their caps", "[security][hostile]") {
    const cors::policy p = multi_domain();
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, p.source()});
    const cors::router router = cors::router::build(rc);
    for (const std::size_t size : {std::size_t{8} << 10, std::size_t{1} << 20}) {
        INFO(size);
        const guarded_bytes method("", 'X', size, 0);
        const guarded_bytes headers("", 'a', size, 0);
        cors::request_view r;
        r.method = "OPTIONS";
        r.add_header("Origin", "https://app.example.com");
        r.add_header("Access-Control-Request-Method", method.view());
        CHECK(p.evaluate(r).why() == cors::reason::method_malformed);
        cors::request_view h;
        h.method = "OPTIONS";
        h.add_header("Origin", "https://app.example.com");
        h.add_header("Access-Control-Request-Method", "PUT");
        h.add_header("Access-Control-Request-Headers", headers.view());
        CHECK(p.evaluate(h).why() == cors::reason::headers_too_large);
        // A path: the router reads up to the cap (and two bytes more for a '%' escape).
        const guarded_bytes target("/api/", 'a', size, cors::max_request_path_length + 2);
        CHECK(router.select(target.view(), "GET") == nullptr);
        cors::request_view g;
        g.method = "GET";
        g.path = target.view();
        g.add_header("Origin", "https://app.example.com");
        CHECK(router.evaluate(g).why() == cors::reason::no_policy);
    }
}

#endif

TEST_CASE("bounded cost: the reproduced quadratic Origin is refused as malformed", "[security][hostile]") {
    const cors::policy p = multi_domain();
    std::string origin = "https://";
    while (origin.size() < (64u << 10) / 2) origin += ".e";
    origin += std::string(64u << 10, 'e') + "1";
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", origin}}, keep);
    CHECK(d.why() == cors::reason::origin_malformed);
    CHECK(d.headers().empty());
    CHECK(d.vary().size() == 1);
}
