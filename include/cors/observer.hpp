#pragma once
// Observing decisions: metrics, sampling, logging. Attach an observer through
// config::observer (or policy::with_observer for a policy loaded from JSON); every
// policy::evaluate then calls it with the request and the decision, on the request's thread.
// A policy without an observer pays one predictable branch.

#include "decision.hpp"
#include "request.hpp"

namespace cors {
inline namespace v1 {

class decision_observer {
public:
    decision_observer() = default;
    decision_observer(const decision_observer&) = delete;
    decision_observer& operator=(const decision_observer&) = delete;
    virtual ~decision_observer() = default;

    // Called concurrently from every thread that evaluates: must be thread-safe, must not throw,
    // and should not block (it runs on the request path). The request and the decision are
    // valid only during the call.
    virtual void on_decision(const request_view& request, const decision& d) noexcept = 0;
};

}  // namespace v1
}  // namespace cors
