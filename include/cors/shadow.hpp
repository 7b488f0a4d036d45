#pragma once
// Shadow rollout: evaluate a candidate policy (or router) beside the enforced one on live
// traffic. The enforced decision is the one returned; the candidate's is computed too, and a
// callback hears of every request where the two would differ, with both decisions.
//
//   cors::shadowed<cors::policy> engine(enforced, candidate, [](const cors::shadow_report& r) {
//       log("{} would become {}", r.enforced.why(), r.candidate.why());
//   });
//   const cors::decision d = engine.evaluate(request);   // always the enforced decision
//
// Without a candidate, evaluate costs what the enforced engine costs plus one branch.

#include <functional>
#include <optional>
#include <utility>

#include "decision.hpp"
#include "detail/ascii.hpp"
#include "request.hpp"

namespace cors {
inline namespace v1 {

// Which browser-visible parts of two decisions differ.
struct decision_diff {
    bool outcome = false;  // allowed() differs
    bool reason = false;   // why() differs
    bool action = false;   // respond / forward
    bool status = false;   // the status of a response (when both respond)
    bool headers = false;  // the set of headers, or a value
    bool vary = false;     // the set of Vary tokens

    bool any() const noexcept { return outcome || reason || action || status || headers || vary; }
};

namespace detail {

template <class List, class Same>
bool same_members(const List& a, const List& b, Same same) noexcept {
    if (a.size() != b.size()) return false;
    for (const auto& x : a) {
        bool found = false;
        for (const auto& y : b) found = found || same(x, y);
        if (!found) return false;
    }
    return true;
}

}  // namespace detail

// Compares two decisions as a browser would see them: headers and Vary tokens as sets (names
// case-insensitively, values exactly).
inline decision_diff compare(const decision& a, const decision& b) noexcept {
    decision_diff d;
    d.outcome = a.allowed() != b.allowed();
    d.reason = a.why() != b.why();
    d.action = a.action() != b.action();
    d.status = a.action() == action::respond && b.action() == action::respond && a.status() != b.status();
    d.headers = !detail::same_members(a.headers(), b.headers(), [](const header& x, const header& y) {
        return detail::iequals(x.name, y.name) && x.value == y.value;
    });
    d.vary = !detail::same_members(a.vary(), b.vary(),
                                   [](std::string_view x, std::string_view y) { return detail::iequals(x, y); });
    return d;
}

// What the callback receives; every reference is valid only during the call.
struct shadow_report {
    const request_view& request;
    const decision& enforced;
    const decision& candidate;
    decision_diff differences;
};

// Engine: anything with `decision evaluate(const request_view&) const& noexcept` (cors::policy,
// cors::router).
template <class Engine>
class shadowed {
public:
    // Called on the request's thread, concurrently: must be thread-safe and must not throw.
    using callback = std::function<void(const shadow_report&)>;

    explicit shadowed(Engine enforced) : enforced_(std::move(enforced)) {}
    shadowed(Engine enforced, Engine candidate, callback on_difference)
        : enforced_(std::move(enforced)), candidate_(std::move(candidate)), on_difference_(std::move(on_difference)) {}

    // The enforced decision. When a candidate is set, the candidate decides too and the
    // callback hears of any difference.
    decision evaluate(const request_view& request) const& noexcept {
        decision enforced = enforced_.evaluate(request);
        if (candidate_) report(request, enforced);
        return enforced;
    }
    decision evaluate(const request_view& request) const&& = delete;

    const Engine& enforced() const noexcept { return enforced_; }
    const std::optional<Engine>& candidate() const noexcept { return candidate_; }

private:
    void report(const request_view& request, const decision& enforced) const noexcept {
        const decision candidate = candidate_->evaluate(request);
        const decision_diff differences = compare(enforced, candidate);
        if (differences.any() && on_difference_)
            on_difference_(shadow_report{request, enforced, candidate, differences});
    }

    Engine enforced_;
    std::optional<Engine> candidate_;
    callback on_difference_;
};

}  // namespace v1
}  // namespace cors
