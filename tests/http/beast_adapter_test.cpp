// cors/adapters/beast.hpp without a network: request views, preflight answers, and the
// decoration of handler responses (ACAO owned by the engine, Vary merged).
#include <cstddef>
#include <iterator>
#include <new>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cors.hpp>
#include <cors/adapters/beast.hpp>

#include "../catch.hpp"
#include "../counting_new.hpp"
#include "../test_support.hpp"

namespace {

namespace http = boost::beast::http;

cors::policy listed(int success_status = 204, bool preflight_continue = false) {
    cors::config c = test::typical_adapter_config();
    c.preflight_success_status = success_status;
    c.preflight_continue = preflight_continue;
    return cors::policy::build(c);
}

http::request<http::string_body> preflight(unsigned version = 11) {
    http::request<http::string_body> req{http::verb::options, "/api/items", version};
    req.set(http::field::origin, "https://app.example.com");
    req.set(http::field::access_control_request_method, "PUT");
    req.insert(http::field::access_control_request_headers, "x-custom");
    req.insert(http::field::access_control_request_headers, "content-type");
    return req;
}

http::request<http::string_body> get(std::string_view origin) {
    http::request<http::string_body> req{http::verb::get, "/api/items", 11};
    if (!origin.empty()) req.set(http::field::origin, boost::beast::string_view(origin.data(), origin.size()));
    return req;
}

std::string value(const http::fields& f, http::field name) {
    const auto it = f.find(name);
    return it == f.end() ? std::string("<absent>") : std::string(it->value());
}

std::size_t lines(const http::fields& f, http::field name) {
    const auto range = f.equal_range(name);
    std::size_t n = 0;
    for (auto it = range.first; it != range.second; ++it) ++n;
    return n;
}

// A fixed arena, as a pool allocator is: every allocation of the fields comes from it, none
// from the global heap (counting_new counts those).
struct arena {
    alignas(std::max_align_t) unsigned char bytes[64 * 1024];
    std::size_t used = 0;
};
arena g_arena;

template <class T>
struct arena_allocator {
    using value_type = T;
    arena_allocator() noexcept = default;
    template <class U>
    arena_allocator(const arena_allocator<U>&) noexcept {}
    T* allocate(std::size_t n) {
        constexpr std::size_t align = alignof(std::max_align_t);
        const std::size_t at = (g_arena.used + align - 1) / align * align;
        if (at + n * sizeof(T) > sizeof(g_arena.bytes)) throw std::bad_alloc();
        g_arena.used = at + n * sizeof(T);
        return reinterpret_cast<T*>(g_arena.bytes + at);
    }
    void deallocate(T*, std::size_t) noexcept {}
    friend bool operator==(const arena_allocator&, const arena_allocator&) noexcept { return true; }
    friend bool operator!=(const arena_allocator&, const arena_allocator&) noexcept { return false; }
};

}  // namespace

TEST_CASE("beast make_request views the request's fields without copying", "[beast]") {
    const auto req = preflight();
    const cors::request_view view = cors::beast::make_request(req);
    CHECK(view.method == "OPTIONS");
    CHECK(view.origin.value == "https://app.example.com");
    CHECK(view.origin.value.data() == req.find(http::field::origin)->value().data());
    CHECK(view.access_control_request_method.value == "PUT");
    REQUIRE(view.access_control_request_headers.count == 2);
    CHECK(view.access_control_request_headers.lines[0] == "x-custom");
    CHECK(view.access_control_request_headers.lines[1] == "content-type");
    CHECK(view.path == "/api/items");  // the raw target, for routers
    CHECK(view.path.data() == req.target().data());
}

// make_request skips most lines by Beast's field enum and records four without comparing their
// names: it must record exactly what the generic path (request_view::add_header on every line's
// name) records, for any mix of names, cases, repeats and values.
TEST_CASE("beast make_request records what add_header on every line would", "[beast][property]") {
    const char* const names[] = {"Origin",
                                 "origin",
                                 "ORIGIN",
                                 "Host",
                                 "hOST",
                                 "Sec-Fetch-Site",
                                 "sec-fetch-site",
                                 "Sec-Fetch-Mode",
                                 "Sec-Fetch-Dest",
                                 "Sec-Fetch-User",
                                 "Access-Control-Request-Method",
                                 "access-control-request-headers",
                                 "Access-Control-Request-Private-Network",
                                 ":authority",
                                 "Accept",
                                 "User-Agent",
                                 "X-Origin",
                                 "Origin2",
                                 "Vary",
                                 "Cookie"};
    const char* const values[] = {"https://app.example.com", "  padded\t", "", "PUT", "x-a, x-b", "same-origin"};
    std::mt19937 rng(20261204);
    const auto pick = [&rng](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    for (int round = 0; round < 2000; ++round) {
        http::request<http::string_body> req{round % 2 ? http::verb::options : http::verb::get, "/p", 11};
        std::vector<std::pair<std::string, std::string>> lines;
        for (std::size_t n = pick(12); n > 0; --n) {
            const std::string name = names[pick(std::size(names))], value = values[pick(std::size(values))];
            req.insert(boost::beast::string_view(name.data(), name.size()),
                       boost::beast::string_view(value.data(), value.size()));
        }
        for (const auto& f : req) lines.emplace_back(std::string(f.name_string()), std::string(f.value()));
        const cors::request_view beast = cors::beast::make_request(req);
        const cors::request_view generic = cors::make_request(beast.method, lines);
        const auto same = [](const cors::request_field& a, const cors::request_field& b) {
            return a.count == b.count && a.value == b.value;
        };
        INFO("round " << round);
        CHECK(same(beast.origin, generic.origin));
        CHECK(same(beast.host, generic.host));
        CHECK(same(beast.authority, generic.authority));
        CHECK(same(beast.sec_fetch_site, generic.sec_fetch_site));
        CHECK(same(beast.access_control_request_method, generic.access_control_request_method));
        CHECK(same(beast.access_control_request_private_network, generic.access_control_request_private_network));
        REQUIRE(beast.access_control_request_headers.count == generic.access_control_request_headers.count);
        for (std::uint32_t i = 0; i < beast.access_control_request_headers.count && i < 8; ++i)
            CHECK(beast.access_control_request_headers.lines[i] == generic.access_control_request_headers.lines[i]);
    }
}

TEST_CASE("beast preflight_response answers a preflight with no body", "[beast]") {
    const auto req = preflight();
    SECTION("204: no Content-Length") {
        const cors::policy p = listed();
        const cors::decision d = p.evaluate(cors::beast::make_request(req));
        const auto res = cors::beast::preflight_response(d, req);
        REQUIRE(res);
        CHECK(res->result_int() == 204);
        CHECK(res->version() == 11);
        CHECK(res->keep_alive());
        CHECK(value(*res, http::field::access_control_allow_origin) == "https://app.example.com");
        CHECK(value(*res, http::field::access_control_allow_credentials) == "true");
        CHECK(value(*res, http::field::access_control_allow_methods) == "PUT");
        CHECK(value(*res, http::field::access_control_allow_headers) == "x-custom,content-type");
        CHECK(value(*res, http::field::access_control_max_age) == "600");
        CHECK(value(*res, http::field::vary) ==
              "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        CHECK(lines(*res, http::field::content_length) == 0);
    }
    SECTION("200: Content-Length 0; HTTP/1.0 without keep-alive") {
        const auto old = preflight(10);
        const cors::policy p = listed(200);
        const cors::decision d = p.evaluate(cors::beast::make_request(old));
        const auto res = cors::beast::preflight_response(d, old);
        REQUIRE(res);
        CHECK(res->result_int() == 200);
        CHECK(res->version() == 10);
        CHECK_FALSE(res->keep_alive());
        CHECK(value(*res, http::field::content_length) == "0");
    }
    SECTION("denied: the failure status, no CORS header, Vary") {
        auto denied = preflight();
        denied.set(http::field::access_control_request_method, "PATCH");
        const cors::policy p = listed();
        const cors::decision d = p.evaluate(cors::beast::make_request(denied));
        const auto res = cors::beast::preflight_response(d, denied);
        REQUIRE(res);
        CHECK(res->result_int() == 403);
        CHECK(lines(*res, http::field::access_control_allow_origin) == 0);
        CHECK(lines(*res, http::field::access_control_allow_methods) == 0);
        CHECK(value(*res, http::field::vary) ==
              "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        CHECK(value(*res, http::field::content_length) == "0");
    }
    SECTION("nothing for actual requests and with preflight_continue") {
        const auto actual = get("https://app.example.com");
        const cors::policy p = listed();
        CHECK_FALSE(cors::beast::preflight_response(p.evaluate(cors::beast::make_request(actual)), actual));
        const cors::policy forward = listed(204, true);
        CHECK_FALSE(cors::beast::preflight_response(forward.evaluate(cors::beast::make_request(req)), req));
    }
}

TEST_CASE("beast apply: the engine owns ACAO and ACAC, other headers are replaced, Vary merged", "[beast]") {
    const cors::policy p = listed();
    http::response<http::string_body> res{http::status::not_found, 11};
    res.set(http::field::access_control_allow_origin, "https://handler.example");
    res.insert(http::field::access_control_allow_origin, "*");
    res.set(http::field::access_control_allow_credentials, "false");
    res.set(http::field::access_control_expose_headers, "X-Handler");
    res.insert(http::field::vary, "Accept-Encoding");
    res.insert(http::field::vary, "accept-language, origin");

    SECTION("allowed origin") {
        const auto req = get("https://app.example.com");
        cors::beast::apply(p.evaluate(cors::beast::make_request(req)), res);
        CHECK(lines(res, http::field::access_control_allow_origin) == 1);
        CHECK(value(res, http::field::access_control_allow_origin) == "https://app.example.com");
        CHECK(value(res, http::field::access_control_allow_credentials) == "true");
        CHECK(lines(res, http::field::access_control_expose_headers) == 1);
        CHECK(value(res, http::field::access_control_expose_headers) == "X-Request-Id");
        CHECK(lines(res, http::field::vary) == 1);
        CHECK(value(res, http::field::vary) == "Accept-Encoding, accept-language, origin");
        CHECK(res.result_int() == 404);
    }
    SECTION("denied origin: the handler's ACAO and ACAC are gone") {
        const auto req = get("https://evil.example");
        cors::beast::apply(p.evaluate(cors::beast::make_request(req)), res);
        CHECK(lines(res, http::field::access_control_allow_origin) == 0);
        CHECK(lines(res, http::field::access_control_allow_credentials) == 0);
        CHECK(value(res, http::field::vary) == "Accept-Encoding, accept-language, origin");
    }
    SECTION("Vary: * stays") {
        res.erase(http::field::vary);
        res.set(http::field::vary, "*");
        const auto req = get("https://app.example.com");
        cors::beast::apply(p.evaluate(cors::beast::make_request(req)), res);
        CHECK(value(res, http::field::vary) == "*");
    }
    SECTION("no Vary token from the decision: the handler's Vary lines are untouched") {
        cors::config c;
        c.origins = {"*"};
        const cors::policy any = cors::policy::build(c);
        const auto req = get("https://evil.example");
        cors::beast::apply(any.evaluate(cors::beast::make_request(req)), res);
        CHECK(value(res, http::field::access_control_allow_origin) == "*");
        CHECK(lines(res, http::field::vary) == 2);
    }
}

TEST_CASE("beast evaluate reports each denial to on_denied, escaped and clipped for logs", "[beast][denial]") {
    const cors::policy p = listed();
    int calls = 0;
    cors::reason why = cors::reason::allowed;
    std::string value, logged_value, path, logged_path, method;
    cors::beast::hooks hooks;
    hooks.on_denied = [&](const cors::denial& d) {
        ++calls;
        why = d.why();
        value = std::string(d.offending_value());
        logged_value = std::string(d.value_for_log());
        path = std::string(d.path());
        logged_path = std::string(d.path_for_log());
        method = std::string(d.method_for_log());
    };

    SECTION("allowed and non-CORS requests are not reported") {
        auto allowed = get("https://app.example.com");
        CHECK(cors::beast::evaluate(p, allowed, hooks).allowed());
        auto plain = get("");
        CHECK(cors::beast::evaluate(p, plain, hooks).allowed());
        CHECK(calls == 0);
    }
    SECTION("a denied origin: reason, raw value, path without the query") {
        auto req = get("https://evil.example");
        req.target("/api/items?token=secret");
        const cors::decision d = cors::beast::evaluate(p, req, hooks);
        CHECK_FALSE(d.allowed());
        CHECK(calls == 1);
        CHECK(why == cors::reason::origin_not_allowed);
        CHECK(value == "https://evil.example");
        CHECK(logged_value == "https://evil.example");
        CHECK(path == "/api/items");
        CHECK(method == "GET");
    }
    SECTION("a denied preflight header") {
        auto req = preflight();
        req.set(http::field::access_control_request_headers, "x-evil");
        const cors::decision d = cors::beast::evaluate(p, req, hooks);
        CHECK(d.action() == cors::action::respond);
        CHECK(calls == 1);
        CHECK(why == cors::reason::header_not_allowed);
        CHECK(value == "x-evil");
    }
    SECTION("client bytes never reach the log raw, and a long value is cut") {
        auto req = get("https://a\"b\x01\xc3\xa9.example");
        const cors::decision d = cors::beast::evaluate(p, req, hooks);
        CHECK(why == cors::reason::origin_malformed);
        CHECK(d.offending_value() == "https://a\"b\x01\xc3\xa9.example");
        CHECK(logged_value == "https://a\\x22b\\x01\\xc3\\xa9.example");
        const std::string long_origin = "https://" + std::string(300, 'a') + ".example";
        auto long_req = get(long_origin);
        cors::beast::evaluate(p, long_req, hooks);
        CHECK(value == long_origin);
        CHECK(logged_value == long_origin.substr(0, cors::denial::max_logged_length) + "...");
    }
    SECTION("without a hook, evaluate is the engine's decision") {
        auto req = get("https://evil.example");
        const cors::decision d = cors::beast::evaluate(p, req);
        CHECK(d.why() == p.evaluate(cors::beast::make_request(req)).why());
    }
}

// The Beast path is generic over the fields' allocator: with a pool allocator, make_request,
// evaluate and apply take nothing from the global heap, on both decoration paths (no Vary
// line; a handler's Vary merged).
TEST_CASE("beast apply with a pool allocator allocates nothing from the heap", "[beast][alloc]") {
    using fields = http::basic_fields<arena_allocator<char>>;
    const cors::policy p = listed();
    http::request<http::string_body, fields> req{http::verb::get, "/api/items", 11};
    req.set(http::field::origin, "https://app.example.com");
    req.set(http::field::host, "api.example.com");
    req.set("Sec-Fetch-Site", "cross-site");
    for (const bool handler_vary : {false, true}) {
        http::response<http::string_body, fields> res{http::status::ok, 11};
        res.set(http::field::content_type, "text/plain");
        if (handler_vary) res.set(http::field::vary, "Accept-Encoding");
        const long before = counting_new::allocations.load();
        const cors::decision d = cors::beast::evaluate(p, req);
        cors::beast::apply(d, res);
        CHECK(counting_new::allocations.load() - before == 0);
        CHECK(res[http::field::access_control_allow_origin] == "https://app.example.com");
        CHECK(res[http::field::vary] == (handler_vary ? "Accept-Encoding, Origin" : "Origin"));
    }
}
