// cors-bench: the cost of one decision, per scenario, against a "floor" (the least work any
// engine can do for the typical allowed request) and "naive_set_lookup" (a hash-set lookup and
// the same header writes), both measured in the same binary and run.
//
// Every scenario evaluates one prebuilt cors::request_view against one prebuilt policy and
// consumes the decision with benchmark::DoNotOptimize + ClobberMemory; the floor consumes its
// output the same way. Each reports a user counter `allocs`: heap allocations per decision,
// counted by the global operator new below.
//
// Run through benchmarks/run.sh, which computes the ratios to the floor from the JSON output
// and compares with rs/cors. See benchmarks/README.md.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <cors.hpp>

#if defined(CORS_BENCH_BEAST)
#include <boost/beast/http.hpp>
#include <cors/adapters/beast.hpp>
#endif
#if defined(CORS_BENCH_HTTPLIB)
#include <cors/adapters/httplib.hpp>
#endif
#if defined(CORS_BENCH_POCO)
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <cors/adapters/poco.hpp>
#endif

#include "../tests/counting_new.hpp"
#include "adapter_rows.hpp"

using namespace cors_bench;

namespace {

// ---------------------------------------------------------------------------------------------
// Policies.

cors::config typical_base() {
    cors::config c;
    c.methods = {"GET", "POST", "PUT", "DELETE", "PATCH"};
    c.request_headers = {"Content-Type", "Authorization", "X-Requested-With", "X-Request-Id"};
    c.exposed_headers = {"X-Request-Id", "X-RateLimit-Remaining"};
    c.credentials = true;
    c.max_age = 600;
    return c;
}

std::vector<std::string> typical_origins() {
    std::vector<std::string> o = {"https://app.example.com", "https://admin.example.com", "https://www.example.org"};
    for (int i = 1; i <= 7; ++i) o.push_back("https://o" + std::to_string(i) + ".example.net");
    return o;
}

cors::policy build_or_die(const char* name, cors::config c) {
    cors::build_result r = cors::policy::try_build(std::move(c));
    if (!r) {
        std::fprintf(stderr, "cors-bench: policy '%s' does not build:\n", name);
        for (const cors::diagnostic& d : r.diagnostics()) std::fprintf(stderr, "  %s\n", d.to_string().c_str());
        std::exit(2);
    }
    return std::move(r).value();
}

// A pattern near every regex limit that policies still accept: with 60 names its DFA has 504
// states (the budget is 512) from about 800 positions, and it takes a 64-byte scheme, a
// 253-byte host with a trailing dot and a port, so a 327-byte Origin (max_origin_length) runs
// through the whole automaton. With 70 names it needs more than 512 states and is refused.
std::string largest_accepted_regex(int names) {
    std::string alternatives;
    for (int i = 0; i < names; ++i) {
        if (i) alternatives += '|';
        alternatives += "svc" + std::to_string(i * 7919 % 100000) + "-api";
    }
    return "^[a-z][a-z0-9+.-]*e://(?:[a-z0-9-]+\\.)*(?:" + alternatives + ")\\.example\\.com\\.?(?::[1-9][0-9]{0,4})?$";
}

// 327 bytes: a 64-byte scheme, "://", 253 host bytes and a trailing dot, ":65535".
std::string largest_origin() {
    std::string origin = std::string(63, 'a') + "e://";
    for (int i = 0; i < 3; ++i) origin += std::string(63, 'b') + ".";
    origin += std::string(40, 'c') + ".svc0-api.example.com.:65535";
    return origin;
}

struct policies {
    cors::policy typical;
    cors::policy wildcard;
    cors::policy large;
    cors::policy regex;
    cors::policy regex_pathological;
    cors::policy multi_domain;
    cors::policy regex_largest;
    cors::policy protected_typical;  // typical + cross_origin_protection

    static policies make() {
        cors::config t = typical_base();
        t.origins = typical_origins();

        cors::config w = typical_base();
        w.origins = {"https://*.example.com"};

        cors::config l = typical_base();
        for (int i = 0; i < 1000; ++i) l.origins.push_back("https://o" + std::to_string(i) + ".example.net");
        for (int i = 0; i < 1000; ++i) l.origins.push_back("https://*.t" + std::to_string(i) + ".example");

        cors::config r = typical_base();
        r.origin_regexes = {{R"(^https://([a-z0-9-]+\.)*example\.com$)", cors::regex_target::origin}};

        cors::config p = typical_base();
        p.origin_regexes = {{R"(^https://(a|a)*b\.example$)", cors::regex_target::origin}};
        // "(a|a)*b" is a freely chosen label in front of the public suffix "example": refused with
        // credentials, which this scenario is not about.
        p.dangerously_allow_public_suffix_wildcards = true;

        // Wildcards over ten suffix lengths (a multi-domain policy).
        cors::config m = typical_base();
        for (std::size_t n = 1; n <= 10; ++n) m.origins.push_back("https://*." + std::string(n, 'e') + ".example");
        cors::config g = typical_base();
        g.origin_regexes = {{largest_accepted_regex(60), cors::regex_target::origin}};
        cors::config c = typical_base();
        c.origins = typical_origins();
        c.cross_origin_protection.enabled = true;

        return policies{build_or_die("typical", std::move(t)),
                        build_or_die("wildcard", std::move(w)),
                        build_or_die("large", std::move(l)),
                        build_or_die("regex", std::move(r)),
                        build_or_die("regex_pathological", std::move(p)),
                        build_or_die("multi_domain", std::move(m)),

                        build_or_die("regex_largest", std::move(g)),
                        build_or_die("protected_typical", std::move(c))};
    }
};

// ---------------------------------------------------------------------------------------------
// Scenarios: a policy, an owned request, the view of it, and the outcome it must produce.

struct scenario {
    std::string name;
    const cors::policy* policy = nullptr;
    std::string method;
    std::vector<std::pair<std::string, std::string>> fields;
    cors::request_view view;  // points into method and fields; the scenario never moves
    cors::request_kind expected_kind = cors::request_kind::actual;
    cors::reason expected_reason = cors::reason::allowed;
    std::size_t expected_headers = 0;
};

std::vector<std::unique_ptr<scenario>> g_scenarios;  // global: reachable memory for ClobberMemory

scenario& add(std::string name, const cors::policy& p, std::string method,
              std::vector<std::pair<std::string, std::string>> fields, cors::request_kind kind, cors::reason why,
              std::size_t headers) {
    auto s = std::make_unique<scenario>();
    s->name = std::move(name);
    s->policy = &p;
    s->method = std::move(method);
    s->fields = std::move(fields);
    s->view = cors::make_request(std::string_view(s->method), s->fields);
    s->expected_kind = kind;
    s->expected_reason = why;
    s->expected_headers = headers;
    g_scenarios.push_back(std::move(s));
    return *g_scenarios.back();
}

void make_scenarios(const policies& p) {
    using cors::reason;
    using cors::request_kind;
    const std::string acrh = "authorization,content-type,x-request-id";
    const auto get = [](std::string origin) {
        return std::vector<std::pair<std::string, std::string>>{{"Origin", std::move(origin)}};
    };
    const auto preflight = [](std::string origin, std::string headers) {
        return std::vector<std::pair<std::string, std::string>>{{"Origin", std::move(origin)},
                                                                {"Access-Control-Request-Method", "PUT"},
                                                                {"Access-Control-Request-Headers", std::move(headers)}};
    };
    // Actual allowed: Allow-Origin, Allow-Credentials, Expose-Headers (+ Vary: Origin).
    // Preflight allowed: Allow-Origin, Allow-Credentials, Allow-Methods, Allow-Headers, Max-Age.
    add("typical/actual_allowed", p.typical, "GET", get("https://app.example.com"), request_kind::actual,
        reason::allowed, 3);
    add("typical/actual_denied", p.typical, "GET", get("https://evil.example.net"), request_kind::actual,
        reason::origin_not_allowed, 0);
    add("typical/no_origin", p.typical, "GET", {}, request_kind::not_cors, reason::allowed, 0);
    // Cross-origin request protection on: a cross-site form POST from a foreign origin, refused.
    add("protection/cross_site_post_refused", p.protected_typical, "POST",
        {{"Host", "api.example.com"}, {"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example.net"}},
        request_kind::actual, reason::cross_origin_request_blocked, 0);
    add("typical/preflight_allowed", p.typical, "OPTIONS", preflight("https://app.example.com", acrh),
        request_kind::preflight, reason::allowed, 5);
    add("typical/preflight_denied_header", p.typical, "OPTIONS", preflight("https://app.example.com", "x-evil"),
        request_kind::preflight, reason::header_not_allowed, 0);
    add("typical/preflight_denied_origin", p.typical, "OPTIONS", preflight("https://evil.example.net", acrh),
        request_kind::preflight, reason::origin_not_allowed, 0);

    add("wildcard/wildcard_allowed", p.wildcard, "GET", get("https://deep.sub.example.com"), request_kind::actual,
        reason::allowed, 3);

    add("large/large_allowed", p.large, "GET", get("https://o999.example.net"), request_kind::actual, reason::allowed,
        3);
    add("large/large_denied", p.large, "GET", get("https://evil.example.net"), request_kind::actual,
        reason::origin_not_allowed, 0);
    // Same depth as wildcard_allowed (two labels under the pattern's suffix).
    add("large/large_wildcard_allowed", p.large, "GET", get("https://deep.sub.t999.example"), request_kind::actual,
        reason::allowed, 3);

    add("regex/regex_allowed", p.regex, "GET", get("https://deep.sub.example.com"), request_kind::actual,
        reason::allowed, 3);
    add("regex/regex_denied", p.regex, "GET", get("https://app.example.com.evil.net"), request_kind::actual,
        reason::origin_not_allowed, 0);
    // The brief's input: a 200-byte host label is not a canonical origin (labels are at most
    // 63 bytes), so the engine refuses it before any regex runs.
    add("regex/regex_pathological", p.regex_pathological, "GET", get("https://" + std::string(200, 'a')),
        request_kind::actual, reason::origin_malformed, 0);
    // Extra: the longest label that does reach the regex (63 'a's), to show the regex itself.
    add("regex/regex_pathological_63a", p.regex_pathological, "GET", get("https://" + std::string(63, 'a')),
        request_kind::actual, reason::origin_not_allowed, 0);

    add("hostile/regex_largest_accepted", p.regex_largest, "GET", get(largest_origin()), request_kind::actual,
        reason::allowed, 3);

    add("hostile/hostile_origin_64k", p.typical, "GET", get("https://" + std::string(65536 - 8, 'a')),
        request_kind::actual, reason::origin_malformed, 0);
    // The shape that made the wildcard pre-check quadratic before the Origin cap came first.
    for (const auto& [label, size] :
         {std::pair<const char*, std::size_t>{"8k", 8u << 10}, {"64k", 64u << 10}, {"1mib", 1u << 20}}) {
        std::string origin = "https://";
        while (origin.size() < size / 2) origin += ".e";
        origin += std::string(size - origin.size() - 1, 'e') + "1";
        add(std::string("hostile/hostile_wildcard_shape_") + label, p.multi_domain, "GET", get(origin),
            request_kind::actual, reason::origin_malformed, 0);
    }
    add("hostile/hostile_acrh_1mib_commas", p.typical, "OPTIONS",
        preflight("https://app.example.com", std::string(1 << 20, ',')), request_kind::preflight,
        reason::headers_too_large, 0);
    std::string names;
    for (int i = 0; i < 10000; ++i) {
        if (i) names += ',';
        names += "x-h" + std::to_string(i);
    }
    add("hostile/hostile_acrh_10000_names", p.typical, "OPTIONS", preflight("https://app.example.com", names),
        request_kind::preflight, reason::headers_too_large, 0);
}

// Checks that every scenario produces the decision it is meant to measure.
bool check_scenarios() {
    bool ok = true;
    for (const auto& s : g_scenarios) {
        const cors::decision d = s->policy->evaluate(s->view);
        if (d.kind() != s->expected_kind || d.why() != s->expected_reason ||
            d.headers().size() != s->expected_headers) {
            std::fprintf(stderr, "cors-bench: scenario %s: got kind=%s reason=%s headers=%zu, expected %s %s %zu\n",
                         s->name.c_str(), std::string(cors::to_string(d.kind())).c_str(),
                         std::string(cors::to_string(d.why())).c_str(), d.headers().size(),
                         std::string(cors::to_string(s->expected_kind)).c_str(),
                         std::string(cors::to_string(s->expected_reason)).c_str(), s->expected_headers);
            ok = false;
        }
    }
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Benchmarks.

void run_engine(benchmark::State& state, const scenario* s) {
    const cors::policy& p = *s->policy;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        cors::decision d = p.evaluate(s->view);
        benchmark::DoNotOptimize(d);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
    state.SetLabel(std::string(cors::to_string(s->expected_reason)));
}

// The floor: the least work any engine can do for typical/actual_allowed. One switch on the
// Origin's length and one byte that tells that length's origins apart pick the only candidate,
// one comparison confirms it, then four precomputed header views (Allow-Origin: <origin>,
// Allow-Credentials, Expose-Headers, Vary) are written into a fixed array. The switch is
// written for the typical policy's ten origins (checked against them in main).
struct floor_output {
    std::array<cors::header, 4> headers;
    std::size_t size;
};

struct floor_data {
    std::vector<std::string> origins;  // typical_origins(), in order
    std::unordered_set<std::string_view> allowed;
    std::array<cors::header, 4> precomputed;
};

floor_data* g_floor = nullptr;

// The typical origin `o` is, or null: one length switch, one byte, one comparison.
inline const std::string* floor_match(const floor_data& f, std::string_view o) noexcept {
    const std::string* candidate = nullptr;
    switch (o.size()) {
        case 22:  // https://o1.example.net ... https://o7.example.net
            if (o[9] >= '1' && o[9] <= '7') candidate = &f.origins[3 + static_cast<std::size_t>(o[9] - '1')];
            break;
        case 23:  // https://app.example.com, https://www.example.org
            if (o[8] == 'a')
                candidate = &f.origins[0];
            else if (o[8] == 'w')
                candidate = &f.origins[2];
            break;
        case 25:  // https://admin.example.com
            candidate = &f.origins[1];
            break;
        default:
            break;
    }
    return candidate && std::string_view(*candidate) == o ? candidate : nullptr;
}

void run_floor(benchmark::State& state, const scenario* s) {
    const floor_data& f = *g_floor;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    floor_output out;  // outside the loop: zeroing 136 bytes per iteration would cost more than the rest
    for (auto _ : state) {
        out.size = 0;
        if (const std::string* o = floor_match(f, s->view.origin.value)) {
            out.headers = f.precomputed;
            out.headers[0].value = *o;
            out.size = 4;
        }
        benchmark::DoNotOptimize(out);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}

// The former "floor", under its real name: the Origin looked up in a
// std::unordered_set<std::string_view> of the ten origins (hashing the whole Origin), then the
// same four header writes. Slower than the engine itself.
void run_naive_set_lookup(benchmark::State& state, const scenario* s) {
    const floor_data& f = *g_floor;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    floor_output out;
    for (auto _ : state) {
        out.size = 0;
        const auto it = f.allowed.find(s->view.origin.value);
        if (it != f.allowed.end()) {
            out.headers = f.precomputed;
            out.headers[0].value = *it;
            out.size = 4;
        }
        benchmark::DoNotOptimize(out);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}

// What the position-automaton fallback, no longer accepted in policies, costs on the same
// 327-byte Origin: the pattern with 70 names, whose DFA would exceed the budget.
void run_refused_fallback(benchmark::State& state) {
    cors::detail::regex_error error;
    const std::optional<cors::detail::regex> r = cors::detail::regex::compile(largest_accepted_regex(70), error);
    if (!r || r->is_deterministic()) {
        state.SkipWithError("expected a pattern on the position automaton");
        return;
    }
    const std::string origin = largest_origin();
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        bool matched = r->full_match(origin);
        benchmark::DoNotOptimize(matched);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}

// ---------------------------------------------------------------------------------------------
// Adapter rows: what a user runs. From a server's parsed request object (the typical actual
// request; the typical preflight) to its response holding two handler fields (Content-Type,
// X-Request-Id): `<server>_allowed` and `<server>_preflight` through the adapter, as the user
// runs it; `<server>_by_hand` and `<server>_preflight_by_hand` set the same header values,
// precomputed, with the server's own calls. The response is built inside the loop in every
// row, so the server's own allocations are in all of them alike.

#if defined(CORS_BENCH_BEAST)
namespace bhttp = boost::beast::http;

struct beast_rows {
    const cors::policy* policy = nullptr;
    bhttp::request<bhttp::string_body> actual;
    bhttp::request<bhttp::string_body> preflight;
    // The values the decision produces, precomputed (names as Beast fields where known).
    std::vector<std::pair<bhttp::field, std::string>> actual_headers;
    std::vector<std::pair<bhttp::field, std::string>> preflight_headers;
    unsigned preflight_status = 0;
};
beast_rows* g_beast = nullptr;

template <class Fields>
header_lines beast_lines(const Fields& fields) {
    header_lines out;
    for (const auto& f : fields) out.emplace_back(std::string(f.name_string()), std::string(f.value()));
    return out;
}

// The handler's response: a 200 with two fields.
inline bhttp::response<bhttp::string_body> beast_handler_response(unsigned version) {
    bhttp::response<bhttp::string_body> res{bhttp::status::ok, version};
    res.set(bhttp::field::content_type, "application/json");
    res.set("X-Request-Id", "42");
    return res;
}

inline void beast_adapter_allowed(const cors::policy& policy, const bhttp::request<bhttp::string_body>& req,
                                  bhttp::response<bhttp::string_body>& res) {
    const cors::decision d = cors::beast::evaluate(policy, req);
    if (auto preflight = cors::beast::preflight_response(d, req)) std::abort();  // not a preflight
    res = beast_handler_response(req.version());
    cors::beast::apply(d, res);
}

inline std::optional<bhttp::response<bhttp::empty_body>> beast_adapter_preflight(
    const cors::policy& policy, const bhttp::request<bhttp::string_body>& req) {
    const cors::decision d = cors::beast::evaluate(policy, req);
    return cors::beast::preflight_response(d, req);
}

void make_beast_rows(const cors::policy& policy) {
    static beast_rows rows;
    rows.policy = &policy;
    for (auto* req : {&rows.actual, &rows.preflight}) {
        req->version(11);
        req->target("/api/items");
        for (const auto& [n, v] : browser_fields) req->insert(n, v);
        req->insert(bhttp::field::origin, adapter_origin);
    }
    rows.actual.method(bhttp::verb::get);
    rows.preflight.method(bhttp::verb::options);
    rows.preflight.insert(bhttp::field::access_control_request_method, "PUT");
    rows.preflight.insert(bhttp::field::access_control_request_headers, adapter_acrh);

    bhttp::response<bhttp::string_body> res;
    beast_adapter_allowed(policy, rows.actual, res);
    for (const auto& f : res)
        if (f.name() != bhttp::field::content_type && f.name_string() != "X-Request-Id")
            rows.actual_headers.emplace_back(f.name(), std::string(f.value()));
    const auto pre = beast_adapter_preflight(policy, rows.preflight);
    if (!pre) std::abort();
    rows.preflight_status = pre->result_int();
    for (const auto& f : *pre) rows.preflight_headers.emplace_back(f.name(), std::string(f.value()));
    g_beast = &rows;
}

inline void beast_by_hand(const beast_rows& r, bhttp::response<bhttp::string_body>& res) {
    res = beast_handler_response(r.actual.version());
    for (const auto& [f, v] : r.actual_headers) res.set(f, v);
}
inline void beast_by_hand_insert(const beast_rows& r, bhttp::response<bhttp::string_body>& res) {
    res = beast_handler_response(r.actual.version());
    for (const auto& [f, v] : r.actual_headers) res.insert(f, v);
}
inline bhttp::response<bhttp::empty_body> beast_preflight_by_hand(const beast_rows& r) {
    bhttp::response<bhttp::empty_body> res;
    res.version(r.preflight.version());
    res.result(r.preflight_status);
    res.keep_alive(r.preflight.keep_alive());
    for (const auto& [f, v] : r.preflight_headers) res.set(f, v);
    return res;
}

bool check_beast_rows() {
    const beast_rows& r = *g_beast;
    bhttp::response<bhttp::string_body> a, b, c;
    beast_adapter_allowed(*r.policy, r.actual, a);
    beast_by_hand(r, b);
    beast_by_hand_insert(r, c);
    const auto pa = beast_adapter_preflight(*r.policy, r.preflight);
    const auto pb = beast_preflight_by_hand(r);
    return r.actual_headers.size() == 4 && same_lines("adapter/beast_allowed", beast_lines(a), beast_lines(b)) &&
           same_lines("adapter/beast_by_hand_insert", beast_lines(c), beast_lines(b)) &&
           same_lines("adapter/beast_preflight", beast_lines(*pa), beast_lines(pb)) &&
           pa->result_int() == pb.result_int();
}

// One function per row so that callgrind counts it (run.sh --toggle-collect='*run_adapter*').
void run_adapter_beast_allowed(benchmark::State& state) {
    const beast_rows& r = *g_beast;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        bhttp::response<bhttp::string_body> res;
        beast_adapter_allowed(*r.policy, r.actual, res);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
void run_adapter_beast_by_hand(benchmark::State& state) {
    const beast_rows& r = *g_beast;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        bhttp::response<bhttp::string_body> res;
        beast_by_hand(r, res);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
void run_adapter_beast_by_hand_insert(benchmark::State& state) {
    const beast_rows& r = *g_beast;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        bhttp::response<bhttp::string_body> res;
        beast_by_hand_insert(r, res);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
void run_adapter_beast_preflight(benchmark::State& state) {
    const beast_rows& r = *g_beast;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        auto res = beast_adapter_preflight(*r.policy, r.preflight);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
void run_adapter_beast_preflight_by_hand(benchmark::State& state) {
    const beast_rows& r = *g_beast;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        auto res = beast_preflight_by_hand(r);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
#endif  // CORS_BENCH_BEAST

#if defined(CORS_BENCH_HTTPLIB)
struct httplib_rows {
    const cors::policy* policy = nullptr;
    std::optional<cors::policy> quiet;  // what install() evaluates in its pre-routing hook
    ::httplib::Request actual;
    ::httplib::Request preflight;
    header_lines actual_headers;
    header_lines preflight_headers;
    int preflight_status = 0;
};
httplib_rows* g_httplib = nullptr;

header_lines httplib_lines(const ::httplib::Response& res) {
    return header_lines(res.headers.begin(), res.headers.end());
}

// What cors::httplib::install() runs for one request: the pre-routing hook (answers a preflight),
// the handler (two fields), the post-routing hook (decorates). httplib gives the Response.
inline void httplib_adapter(const httplib_rows& r, const ::httplib::Request& req, ::httplib::Response& res) {
    const cors::decision pre = r.quiet->evaluate(cors::httplib::make_request(req));
    if (pre.action() == cors::action::respond) {
        res.status = pre.status();
    } else {
        res.status = 200;
        res.set_header("Content-Type", "application/json");
        res.set_header("X-Request-Id", "42");
    }
    const cors::request_view view = cors::httplib::make_request(req);
    const cors::decision d = r.policy->evaluate(view);
    cors::httplib::detail::header_calls calls(res);
    cors::detail::decorate(d, calls);
    if (d.action() == cors::action::respond) cors::detail::finish_answer(calls);
}

void make_httplib_rows(const cors::policy& policy) {
    static httplib_rows rows;
    rows.policy = &policy;
    rows.quiet.emplace(policy.with_observer(nullptr));
    for (auto* req : {&rows.actual, &rows.preflight}) {
        req->version = "HTTP/1.1";
        req->target = "/api/items";
        req->path = "/api/items";
        for (const auto& [n, v] : browser_fields) req->headers.emplace(n, v);
        req->headers.emplace("Origin", adapter_origin);
    }
    rows.actual.method = "GET";
    rows.preflight.method = "OPTIONS";
    rows.preflight.headers.emplace("Access-Control-Request-Method", "PUT");
    rows.preflight.headers.emplace("Access-Control-Request-Headers", adapter_acrh);

    ::httplib::Response a, p;
    httplib_adapter(rows, rows.actual, a);
    for (const auto& [n, v] : a.headers)
        if (n != "Content-Type" && n != "X-Request-Id") rows.actual_headers.emplace_back(n, v);
    httplib_adapter(rows, rows.preflight, p);
    rows.preflight_status = p.status;
    rows.preflight_headers = httplib_lines(p);
    g_httplib = &rows;
}

inline void httplib_by_hand(const httplib_rows& r, ::httplib::Response& res) {
    res.status = 200;
    res.set_header("Content-Type", "application/json");
    res.set_header("X-Request-Id", "42");
    for (const auto& [n, v] : r.actual_headers) res.set_header(n.c_str(), v);
}
inline void httplib_preflight_by_hand(const httplib_rows& r, ::httplib::Response& res) {
    res.status = r.preflight_status;
    for (const auto& [n, v] : r.preflight_headers) res.set_header(n.c_str(), v);
}

bool check_httplib_rows() {
    const httplib_rows& r = *g_httplib;
    ::httplib::Response a, b, pa, pb;
    httplib_adapter(r, r.actual, a);
    httplib_by_hand(r, b);
    httplib_adapter(r, r.preflight, pa);
    httplib_preflight_by_hand(r, pb);
    return r.actual_headers.size() == 4 && same_lines("adapter/httplib_allowed", httplib_lines(a), httplib_lines(b)) &&
           same_lines("adapter/httplib_preflight", httplib_lines(pa), httplib_lines(pb)) && pa.status == pb.status;
}

template <bool Preflight, bool ByHand>
void run_adapter_httplib(benchmark::State& state) {
    const httplib_rows& r = *g_httplib;
    const ::httplib::Request& req = Preflight ? r.preflight : r.actual;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        ::httplib::Response res;
        if constexpr (!ByHand)
            httplib_adapter(r, req, res);
        else if constexpr (Preflight)
            httplib_preflight_by_hand(r, res);
        else
            httplib_by_hand(r, res);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
#endif  // CORS_BENCH_HTTPLIB

#if defined(CORS_BENCH_POCO)
// POCO: what cors::poco::wrap's factory and its response wrapper do for one request, on POCO's
// own message classes (an HTTPServerRequest needs a live session). Not counted: the handler
// object wrap() allocates per request, next to the one the application's factory allocates.
struct poco_rows {
    const cors::policy* policy = nullptr;
    Poco::Net::HTTPRequest actual;
    Poco::Net::HTTPRequest preflight;
    header_lines actual_headers;
    header_lines preflight_headers;
    int preflight_status = 0;
};
poco_rows* g_poco = nullptr;

header_lines poco_lines(const Poco::Net::HTTPResponse& res) {
    header_lines out;
    for (const auto& [n, v] : res) out.emplace_back(n, v);
    return out;
}

inline void poco_handler_fields(Poco::Net::HTTPResponse& res) {
    res.setStatus(Poco::Net::HTTPResponse::HTTP_OK);
    res.set("Content-Type", "application/json");
    res.set("X-Request-Id", "42");
}

inline void poco_adapter(const poco_rows& r, const Poco::Net::HTTPRequest& req, Poco::Net::HTTPResponse& res) {
    const cors::decision d = r.policy->evaluate(cors::poco::make_request(req));
    cors::poco::detail::header_calls calls(res);
    if (d.action() == cors::action::respond) {
        res.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(d.status()));
        cors::detail::decorate(d, calls);
        cors::detail::finish_answer(calls);
        return;
    }
    poco_handler_fields(res);
    cors::detail::decorate(d, calls);
}

void make_poco_rows(const cors::policy& policy) {
    static poco_rows rows;
    rows.policy = &policy;
    for (auto* req : {&rows.actual, &rows.preflight}) {
        req->setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
        req->setURI("/api/items");
        for (const auto& [n, v] : browser_fields) req->add(n, v);
        req->add("Origin", adapter_origin);
    }
    rows.actual.setMethod("GET");
    rows.preflight.setMethod("OPTIONS");
    rows.preflight.add("Access-Control-Request-Method", "PUT");
    rows.preflight.add("Access-Control-Request-Headers", adapter_acrh);

    Poco::Net::HTTPResponse a, p;
    poco_adapter(rows, rows.actual, a);
    for (const auto& [n, v] : a)
        if (n != "Content-Type" && n != "X-Request-Id") rows.actual_headers.emplace_back(n, v);
    poco_adapter(rows, rows.preflight, p);
    rows.preflight_status = static_cast<int>(p.getStatus());
    rows.preflight_headers = poco_lines(p);
    g_poco = &rows;
}

inline void poco_by_hand(const poco_rows& r, Poco::Net::HTTPResponse& res) {
    poco_handler_fields(res);
    for (const auto& [n, v] : r.actual_headers) res.set(n, v);
}
inline void poco_preflight_by_hand(const poco_rows& r, Poco::Net::HTTPResponse& res) {
    res.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.preflight_status));
    for (const auto& [n, v] : r.preflight_headers) res.set(n, v);
}

bool check_poco_rows() {
    const poco_rows& r = *g_poco;
    Poco::Net::HTTPResponse a, b, pa, pb;
    poco_adapter(r, r.actual, a);
    poco_by_hand(r, b);
    poco_adapter(r, r.preflight, pa);
    poco_preflight_by_hand(r, pb);
    return r.actual_headers.size() == 4 && same_lines("adapter/poco_allowed", poco_lines(a), poco_lines(b)) &&
           same_lines("adapter/poco_preflight", poco_lines(pa), poco_lines(pb)) && pa.getStatus() == pb.getStatus();
}

template <bool Preflight, bool ByHand>
void run_adapter_poco(benchmark::State& state) {
    const poco_rows& r = *g_poco;
    const Poco::Net::HTTPRequest& req = Preflight ? r.preflight : r.actual;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        Poco::Net::HTTPResponse res;
        if constexpr (!ByHand)
            poco_adapter(r, req, res);
        else if constexpr (Preflight)
            poco_preflight_by_hand(r, res);
        else
            poco_by_hand(r, res);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}
#endif  // CORS_BENCH_POCO

}  // namespace

// --cors_iterations=N runs every benchmark exactly N iterations (no calibration runs), so that
// two runs under valgrind --tool=callgrind give exact instructions per decision by difference
// (run.sh --instructions). Removed from argv before Google Benchmark sees it.
std::size_t take_iterations_flag(int& argc, char** argv) {
    static constexpr std::string_view flag = "--cors_iterations=";
    std::size_t iterations = 0;
    int kept = 0;
    for (int i = 0; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i > 0 && arg.substr(0, flag.size()) == flag) {
            iterations = static_cast<std::size_t>(std::strtoull(argv[i] + flag.size(), nullptr, 10));
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    return iterations;
}

int main(int argc, char** argv) {
    const std::size_t fixed_iterations = take_iterations_flag(argc, argv);
    const policies p = policies::make();
    make_scenarios(p);
    if (!check_scenarios()) return 1;

    floor_data f;
    f.origins = typical_origins();
    for (const std::string& o : f.origins) f.allowed.insert(o);
    f.precomputed = {cors::header{cors::header_name::allow_origin, {}},
                     cors::header{cors::header_name::allow_credentials, "true"},
                     cors::header{cors::header_name::expose_headers, "X-Request-Id, X-RateLimit-Remaining"},
                     cors::header{cors::header_name::vary, "Origin"}};
    g_floor = &f;
    // The floor's switch must accept exactly the typical origins.
    for (const std::string& o : f.origins)
        if (floor_match(f, o) != &o) {
            std::fprintf(stderr, "cors-bench: the floor does not match %s\n", o.c_str());
            return 1;
        }
    for (const char* o : {"https://evil.example.net", "https://o8.example.net", "https://wpp.example.com", ""})
        if (floor_match(f, o) != nullptr) {
            std::fprintf(stderr, "cors-bench: the floor matches %s\n", o);
            return 1;
        }

    const scenario* actual_allowed = g_scenarios.front().get();
    std::vector<benchmark::internal::Benchmark*> registered;
    registered.push_back(benchmark::RegisterBenchmark("floor", run_floor, actual_allowed));
    registered.push_back(benchmark::RegisterBenchmark("naive_set_lookup", run_naive_set_lookup, actual_allowed));
    for (const auto& s : g_scenarios)
        registered.push_back(benchmark::RegisterBenchmark(s->name.c_str(), run_engine, s.get()));
#if defined(CORS_BENCH_BEAST)
    make_beast_rows(p.typical);
    if (!check_beast_rows()) return 1;
    registered.push_back(benchmark::RegisterBenchmark("adapter/beast_allowed", run_adapter_beast_allowed));
    registered.push_back(benchmark::RegisterBenchmark("adapter/beast_by_hand", run_adapter_beast_by_hand));
    registered.push_back(
        benchmark::RegisterBenchmark("adapter/beast_by_hand_insert", run_adapter_beast_by_hand_insert));
    registered.push_back(benchmark::RegisterBenchmark("adapter/beast_preflight", run_adapter_beast_preflight));
    registered.push_back(
        benchmark::RegisterBenchmark("adapter/beast_preflight_by_hand", run_adapter_beast_preflight_by_hand));
#endif
#if defined(CORS_BENCH_HTTPLIB)
    make_httplib_rows(p.typical);
    if (!check_httplib_rows()) return 1;
    registered.push_back(benchmark::RegisterBenchmark("adapter/httplib_allowed", run_adapter_httplib<false, false>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/httplib_by_hand", run_adapter_httplib<false, true>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/httplib_preflight", run_adapter_httplib<true, false>));
    registered.push_back(
        benchmark::RegisterBenchmark("adapter/httplib_preflight_by_hand", run_adapter_httplib<true, true>));
#endif
#if defined(CORS_BENCH_POCO)
    make_poco_rows(p.typical);
    if (!check_poco_rows()) return 1;
    registered.push_back(benchmark::RegisterBenchmark("adapter/poco_allowed", run_adapter_poco<false, false>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/poco_by_hand", run_adapter_poco<false, true>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/poco_preflight", run_adapter_poco<true, false>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/poco_preflight_by_hand", run_adapter_poco<true, true>));
#endif
#if defined(CORS_BENCH_RESTINIO)
    if (!register_restinio_rows(p.typical, registered)) return 1;
#endif
    registered.push_back(benchmark::RegisterBenchmark("hostile/regex_refused_fallback_match", run_refused_fallback));
    if (fixed_iterations > 0)
        for (benchmark::internal::Benchmark* b : registered)
            b->Iterations(static_cast<benchmark::IterationCount>(fixed_iterations));

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
