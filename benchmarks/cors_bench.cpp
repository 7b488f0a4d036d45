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

#include "../tests/counting_new.hpp"

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

void report_allocs(benchmark::State& state, long before) {
    const long after = counting_new::allocations.load(std::memory_order_relaxed);
    state.counters["allocs"] =
        benchmark::Counter(static_cast<double>(after - before), benchmark::Counter::kAvgIterations);
}

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
