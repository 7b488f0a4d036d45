// cors-bench's RESTinio rows (see adapter_rows.hpp for why they are a translation unit of their
// own).
#include <cstdint>
#include <string>
#include <vector>

#include <restinio/all.hpp>

#include <cors.hpp>
#include <cors/adapters/restinio.hpp>

#include "adapter_rows.hpp"

namespace cors_bench {
namespace {

// RESTinio: what cors::restinio::handler runs for one request, on RESTinio's own request header
// and on the response header a response_builder_t holds before done() (a builder needs a live
// connection): make_request + evaluate, then apply()'s decoration (the handler's two fields
// first), or prepare_answer()'s for a preflight.
struct restinio_rows {
    const cors::policy* policy = nullptr;
    ::restinio::http_request_header_t actual;
    ::restinio::http_request_header_t preflight;
    header_lines actual_headers;
    header_lines preflight_headers;
    int preflight_status = 0;
};
restinio_rows* g_restinio = nullptr;

header_lines restinio_lines(const ::restinio::http_response_header_t& res) {
    header_lines out;
    res.for_each_field([&out](const ::restinio::http_header_field_t& f) { out.emplace_back(f.name(), f.value()); });
    return out;
}

inline void restinio_handler_fields(::restinio::http_response_header_t& res) {
    res.status_line(::restinio::status_ok());
    res.set_field(::restinio::http_field::content_type, "application/json");
    res.set_field("X-Request-Id", "42");
}

inline void restinio_adapter(const restinio_rows& r, const ::restinio::http_request_header_t& req,
                             ::restinio::http_response_header_t& res) {
    const cors::decision d = r.policy->evaluate(cors::restinio::make_request(req));
    if (d.action() == cors::action::respond) {  // prepare_answer()
        res.status_line(
            ::restinio::http_status_line_t(::restinio::http_status_code_t(static_cast<std::uint16_t>(d.status())),
                                           cors::restinio::reason_phrase(d.status())));
        cors::restinio::detail::header_calls calls(res, d.status());
        cors::detail::decorate(d, calls);
        calls.erase("Content-Type");
        return;
    }
    restinio_handler_fields(res);
    cors::restinio::detail::header_calls calls(res, 200);  // apply()
    cors::detail::decorate(d, calls);
}

void make_restinio_rows(const cors::policy& policy) {
    static restinio_rows rows;
    rows.policy = &policy;
    rows.actual = ::restinio::http_request_header_t(::restinio::http_method_get(), "/api/items");
    rows.preflight = ::restinio::http_request_header_t(::restinio::http_method_options(), "/api/items");
    for (auto* req : {&rows.actual, &rows.preflight}) {
        for (const auto& [n, v] : browser_fields) req->add_field(n, v);
        req->add_field("Origin", adapter_origin);
    }
    rows.preflight.add_field("Access-Control-Request-Method", "PUT");
    rows.preflight.add_field("Access-Control-Request-Headers", adapter_acrh);

    ::restinio::http_response_header_t a, p;
    restinio_adapter(rows, rows.actual, a);
    for (const auto& [n, v] : restinio_lines(a))
        if (n != "Content-Type" && n != "X-Request-Id") rows.actual_headers.emplace_back(n, v);
    restinio_adapter(rows, rows.preflight, p);
    rows.preflight_status = static_cast<int>(p.status_code().raw_code());
    rows.preflight_headers = restinio_lines(p);
    g_restinio = &rows;
}

inline void restinio_by_hand(const restinio_rows& r, ::restinio::http_response_header_t& res) {
    restinio_handler_fields(res);
    for (const auto& [n, v] : r.actual_headers) res.set_field(n, v);
}
inline void restinio_preflight_by_hand(const restinio_rows& r, ::restinio::http_response_header_t& res) {
    res.status_line(
        ::restinio::http_status_line_t(::restinio::http_status_code_t(static_cast<std::uint16_t>(r.preflight_status)),
                                       cors::restinio::reason_phrase(r.preflight_status)));
    for (const auto& [n, v] : r.preflight_headers) res.set_field(n, v);
}

bool check_restinio_rows() {
    const restinio_rows& r = *g_restinio;
    ::restinio::http_response_header_t a, b, pa, pb;
    restinio_adapter(r, r.actual, a);
    restinio_by_hand(r, b);
    restinio_adapter(r, r.preflight, pa);
    restinio_preflight_by_hand(r, pb);
    return r.actual_headers.size() == 4 &&
           same_lines("adapter/restinio_allowed", restinio_lines(a), restinio_lines(b)) &&
           same_lines("adapter/restinio_preflight", restinio_lines(pa), restinio_lines(pb)) &&
           pa.status_code().raw_code() == pb.status_code().raw_code();
}

template <bool Preflight, bool ByHand>
void run_adapter_restinio(benchmark::State& state) {
    const restinio_rows& r = *g_restinio;
    const ::restinio::http_request_header_t& req = Preflight ? r.preflight : r.actual;
    const long before = counting_new::allocations.load(std::memory_order_relaxed);
    for (auto _ : state) {
        ::restinio::http_response_header_t res;
        if constexpr (!ByHand)
            restinio_adapter(r, req, res);
        else if constexpr (Preflight)
            restinio_preflight_by_hand(r, res);
        else
            restinio_by_hand(r, res);
        benchmark::DoNotOptimize(res);
        benchmark::ClobberMemory();
    }
    report_allocs(state, before);
}

}  // namespace

bool register_restinio_rows(const cors::policy& typical, std::vector<benchmark::internal::Benchmark*>& registered) {
    make_restinio_rows(typical);
    if (!check_restinio_rows()) return false;
    registered.push_back(benchmark::RegisterBenchmark("adapter/restinio_allowed", run_adapter_restinio<false, false>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/restinio_by_hand", run_adapter_restinio<false, true>));
    registered.push_back(benchmark::RegisterBenchmark("adapter/restinio_preflight", run_adapter_restinio<true, false>));
    registered.push_back(
        benchmark::RegisterBenchmark("adapter/restinio_preflight_by_hand", run_adapter_restinio<true, true>));
    return true;
}

}  // namespace cors_bench
