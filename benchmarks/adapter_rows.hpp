#pragma once
// What the adapter rows of cors-bench share (cors_bench.cpp, and restinio_rows.cpp: RESTinio's
// standalone Asio cannot share a translation unit with Boost.Asio): the typical requests'
// fields, the comparison of an adapter's response with its by-hand row's, and the allocation
// counter.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <cors.hpp>

#include "../tests/counting_new_count.hpp"

namespace cors_bench {

inline void report_allocs(benchmark::State& state, long before) {
    const long after = counting_new::allocations.load(std::memory_order_relaxed);
    state.counters["allocs"] =
        benchmark::Counter(static_cast<double>(after - before), benchmark::Counter::kAvgIterations);
}

// The request fields a browser sends with the typical requests (besides the CORS ones).
inline const std::pair<const char*, const char*> browser_fields[] = {
    {"Host", "api.example.com"},
    {"User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"},
    {"Accept", "*/*"},
    {"Accept-Encoding", "gzip, deflate, br"},
    {"Accept-Language", "en-US,en;q=0.9"},
    {"Referer", "https://app.example.com/"},
    {"Sec-Fetch-Mode", "cors"},
    {"Sec-Fetch-Site", "cross-site"},
};
inline constexpr const char* adapter_origin = "https://app.example.com";
inline constexpr const char* adapter_acrh = "authorization,content-type,x-request-id";

// The header lines a response holds, in order, for comparing the adapter's output with by_hand.
using header_lines = std::vector<std::pair<std::string, std::string>>;

inline bool same_lines(const char* row, const header_lines& adapter, const header_lines& by_hand) {
    header_lines a = adapter, b = by_hand;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a == b) return true;
    std::fprintf(stderr, "cors-bench: %s: the adapter and by_hand responses differ\n", row);
    for (const auto& [n, v] : adapter) std::fprintf(stderr, "  adapter: %s: %s\n", n.c_str(), v.c_str());
    for (const auto& [n, v] : by_hand) std::fprintf(stderr, "  by_hand: %s: %s\n", n.c_str(), v.c_str());
    return false;
}

#if defined(CORS_BENCH_RESTINIO)
// restinio_rows.cpp: builds and checks RESTinio's rows, then registers them (false: they differ).
bool register_restinio_rows(const cors::policy& typical, std::vector<benchmark::internal::Benchmark*>& registered);
#endif

}  // namespace cors_bench
