#pragma once
// Counters of decisions by request kind, outcome and reason, and their export in the Prometheus
// text exposition format.
//
//   auto counters = std::make_shared<cors::metrics>();
//   config.observer = counters;                        // or policy.with_observer(counters)
//   ...
//   response.body = counters->prometheus();            // GET /metrics
//
// Recording is one relaxed atomic increment: lock-free, allocation-free, noexcept.

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "decision.hpp"
#include "observer.hpp"
#include "request.hpp"

namespace cors {
inline namespace v1 {

class metrics final : public decision_observer {
public:
    void on_decision(const request_view&, const decision& d) noexcept override { record(d); }

    void record(const decision& d) noexcept { slot(d.kind(), d.why()).fetch_add(1, std::memory_order_relaxed); }

    std::uint64_t count(request_kind kind, reason why) const noexcept {
        return counts_[index(kind, why)].load(std::memory_order_relaxed);
    }
    // Decisions of one kind (every reason), or of every kind.
    std::uint64_t count(request_kind kind) const noexcept {
        std::uint64_t n = 0;
        for (std::size_t r = 0; r < reason_count; ++r) n += count(kind, static_cast<reason>(r));
        return n;
    }
    std::uint64_t total() const noexcept {
        return count(request_kind::not_cors) + count(request_kind::actual) + count(request_kind::preflight);
    }

    // One sample per kind and reason seen so far (counters that are still zero are left out), e.g.
    //   cors_decisions_total{kind="preflight",outcome="denied",reason="header_not_allowed"} 3
    // `name` must be a valid Prometheus metric name.
    std::string prometheus(std::string_view name = "cors_decisions_total") const {
        std::string out;
        out.append("# HELP ").append(name).append(" CORS decisions by request kind, outcome and reason.\n");
        out.append("# TYPE ").append(name).append(" counter\n");
        for (request_kind kind : {request_kind::not_cors, request_kind::actual, request_kind::preflight}) {
            for (std::size_t r = 0; r < reason_count; ++r) {
                const auto why = static_cast<reason>(r);
                const std::uint64_t n = count(kind, why);
                if (n == 0) continue;
                out.append(name)
                    .append("{kind=\"")
                    .append(to_string(kind))
                    .append("\",outcome=\"")
                    .append(why == reason::allowed ? "allowed" : "denied")
                    .append("\",reason=\"")
                    .append(to_string(why))
                    .append("\"} ")
                    .append(std::to_string(n))
                    .append("\n");
            }
        }
        return out;
    }

private:
    static constexpr std::size_t kinds = request_kind_count;
    static constexpr std::size_t index(request_kind kind, reason why) noexcept {
        return static_cast<std::size_t>(kind) * reason_count + static_cast<std::size_t>(why);
    }
    std::atomic<std::uint64_t>& slot(request_kind kind, reason why) noexcept { return counts_[index(kind, why)]; }

    std::array<std::atomic<std::uint64_t>, kinds * reason_count> counts_{};
};

}  // namespace v1
}  // namespace cors
