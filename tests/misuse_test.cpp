// Misuse fails safe: moved-from engines still decide, an empty build result never reads an
// empty optional, temporaries cannot be bound into a request view, and the documented lifetime
// contract (a decision is valid while the policy's compiled form and the request's strings
// live) holds under ASan. Plus response_headers, the one call that yields what to set.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

template <class, class = void>
struct can_add_header : std::false_type {};
template <class T>
struct can_add_header<
    T, std::void_t<decltype(std::declval<cors::request_view&>().add_header("Origin", std::declval<T>()))>>
    : std::true_type {};

template <class, class, class = void>
struct can_make_request : std::false_type {};
template <class M, class H>
struct can_make_request<M, H, std::void_t<decltype(cors::make_request(std::declval<M>(), std::declval<H>()))>>
    : std::true_type {};

using fields = std::vector<std::pair<std::string, std::string>>;

// Binding a temporary std::string (or a temporary header range) is a compile error.
// request.method = get_method(); (a std::string) would dangle at the end of the statement.
static_assert(!std::is_assignable_v<cors::viewed_string&, std::string>, "method/path from a temporary std::string");
static_assert(!std::is_assignable_v<cors::viewed_string&, const std::string&&>);
static_assert(std::is_assignable_v<cors::viewed_string&, std::string&> &&
              std::is_assignable_v<cors::viewed_string&, std::string_view> &&
              std::is_assignable_v<cors::viewed_string&, const char*>);
static_assert(std::is_same_v<decltype(cors::request_view::method), cors::viewed_string> &&
              std::is_same_v<decltype(cors::request_view::path), cors::viewed_string>);
static_assert(!can_add_header<std::string>::value, "add_header(name, std::string&&) must not compile");
static_assert(can_add_header<std::string&>::value && can_add_header<const std::string&>::value);
static_assert(can_add_header<std::string_view>::value && can_add_header<const char*>::value);
static_assert(!can_make_request<std::string_view, fields>::value, "make_request on a temporary range");
static_assert(!can_make_request<std::string, const fields&>::value, "make_request on a temporary method");
static_assert(can_make_request<std::string_view, const fields&>::value);
static_assert(can_make_request<const std::string&, fields&>::value && can_make_request<const char*, fields&>::value);

cors::config listed() {
    cors::config c = test::typical_config();
    c.request_headers = {"X-A", "X-B"};
    return c;
}

}  // namespace

TEST_CASE("misuse: a moved-from policy or router still decides", "[misuse]") {
    cors::policy a = cors::policy::build(listed());
    cors::policy b = std::move(a);
    test::owned_request keep{"GET", {{"Origin", "https://app.example.com"}}};
    CHECK(a.evaluate(keep.view()).allowed());  // NOLINT(bugprone-use-after-move): the point of the test
    CHECK(b.evaluate(keep.view()).allowed());
    cors::policy c = cors::policy::build(listed());
    c = std::move(b);
    CHECK(b.evaluate(keep.view()).allowed());  // NOLINT(bugprone-use-after-move)

    cors::router_config rc;
    rc.default_policy = listed();
    cors::router r = cors::router::build(rc);
    cors::router s = std::move(r);
    CHECK(r.evaluate(keep.view()).allowed());  // NOLINT(bugprone-use-after-move)
    CHECK(s.evaluate(keep.view()).allowed());
}

TEST_CASE("misuse: dereferencing a failed build result throws its diagnostics", "[misuse]") {
    cors::config bad;
    bad.origins = {"https://app.example.com/"};
    const cors::build_result r = cors::policy::try_build(bad);
    REQUIRE_FALSE(r);
    CHECK_THROWS_AS(*r, cors::config_error);
    CHECK_THROWS_AS(r->warnings(), cors::config_error);
    CHECK_THROWS_WITH(*r, Catch::Contains("origin_malformed"));
    const cors::router_build_result rr = cors::router::try_build(cors::router_config{});
    CHECK_THROWS_AS(*rr, cors::config_error);
}

TEST_CASE("misuse: a decision is valid while the compiled policy and the request's strings live", "[misuse]") {
    // The policy object the decision came from is gone; a copy keeps the compiled form alive.
    std::optional<cors::policy> original = cors::policy::build(listed());
    const cors::policy copy = *original;
    const std::string origin = "https://app.example.com";
    const std::string method = "OPTIONS";
    const std::vector<std::string> lines = {"x-a", "x-b"};  // two lines: joined inside the decision
    cors::request_view r;
    r.method = method;
    r.add_header("Origin", origin);
    r.add_header("Access-Control-Request-Method", std::string_view("PUT"));
    for (const std::string& line : lines) r.add_header("Access-Control-Request-Headers", line);
    cors::decision d = original->evaluate(r);
    original.reset();
    const cors::decision kept = d;  // copies re-point into their own buffer
    d = cors::decision();
    std::string all;
    for (const cors::header& h : kept.headers()) all += std::string(h.name) + ": " + std::string(h.value) + "\n";
    CHECK(all ==
          "Access-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Credentials: true\n"
          "Access-Control-Allow-Methods: PUT\nAccess-Control-Allow-Headers: x-a,x-b\nAccess-Control-Max-Age: 600\n");
    CHECK(copy.evaluate(r).allowed());
}

TEST_CASE("response_headers: the decision's headers, then Vary merged with the response's", "[misuse][vary]") {
    const cors::policy p = cors::policy::build(listed());
    test::owned_request keep{"GET", {{"Origin", "https://app.example.com"}}};
    const cors::decision d = p.evaluate(keep.view());
    const auto as_strings = [](const cors::response_header_set& set) {
        std::vector<std::string> out;
        for (const cors::header h : set) out.push_back(std::string(h.name) + ": " + std::string(h.value));
        return out;
    };
    const std::vector<std::string> expected = {
        "Access-Control-Allow-Origin: https://app.example.com", "Access-Control-Allow-Credentials: true",
        "Access-Control-Expose-Headers: X-Request-Id", "Vary: Accept-Encoding, Origin"};
    CHECK(as_strings(cors::response_headers(d, "Accept-Encoding")) == expected);
    CHECK(as_strings(cors::response_headers_for_lines(d, std::vector<std::string>{"Accept-Encoding", " "})) ==
          expected);
    CHECK(cors::response_headers(d).vary() == "Origin");
    CHECK(cors::response_headers(d, "origin, Accept").vary() == "origin, Accept");
    CHECK(cors::response_headers(d, "*").vary() == "*");
    CHECK(cors::response_headers(d, std::string(4000, 'a')).vary() == "*");  // over the buffer: vary on all
    // A copy of the set keeps its own Vary.
    const cors::response_header_set copy = cors::response_headers(d, "Accept");
    const cors::response_header_set again = copy;
    CHECK(again[again.size() - 1].value == "Accept, Origin");
    // Nothing to vary (a router without policy for the path): Vary is left alone.
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, listed()});
    const cors::router r = cors::router::build(rc);
    test::owned_request other{"GET", {{"Origin", "https://app.example.com"}}, "/other"};
    const cors::decision none = r.evaluate(other.view());
    CHECK(cors::response_headers(none, "Accept").size() == 0);
    CHECK(std::string_view(cors::owned_header_names[0]) == "Access-Control-Allow-Origin");
}
