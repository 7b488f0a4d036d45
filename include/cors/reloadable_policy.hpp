#pragma once
// Replacing the policy of a running server atomically.
//
//   cors::reloadable_policy current(cors::policy::build(config));
//   // request threads:
//   const cors::policy p = current.load();      // never blocks; keep p while using the decision
//   const cors::decision d = p.evaluate(request);
//   // on SIGHUP, from any thread:
//   cors::build_result r = current.reload(new_config);  // validated first; the old policy stays on failure
//
// Readers never block and never see a half-built policy: a policy is fully built and validated
// before it is published, and publishing is one atomic store. Two slots alternate; a writer
// reuses a slot only once no reader is still copying out of it (readers hold a slot for the
// time of one reference-count increment, so writers wait nanoseconds).

#include <atomic>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "config.hpp"
#include "policy.hpp"

namespace cors {
inline namespace v1 {

class reloadable_policy {
public:
    explicit reloadable_policy(policy initial) : slots_{slot{std::move(initial)}, slot{std::nullopt}} {}

    reloadable_policy(const reloadable_policy&) = delete;
    reloadable_policy& operator=(const reloadable_policy&) = delete;

    // The current policy. Lock-free: it retries only if a writer published in between.
    policy load() const noexcept {
        while (true) {
            const std::size_t i = current_.load(std::memory_order_seq_cst);
            slots_[i].readers.fetch_add(1, std::memory_order_seq_cst);
            if (current_.load(std::memory_order_seq_cst) == i) {
                policy snapshot = *slots_[i].value;  // one reference-count increment
                slots_[i].readers.fetch_sub(1, std::memory_order_release);
                return snapshot;
            }
            slots_[i].readers.fetch_sub(1, std::memory_order_release);
        }
    }

    // Publishes an already built policy.
    void store(policy next) {
        const std::lock_guard<std::mutex> lock(writer_);
        const std::size_t target = 1 - current_.load(std::memory_order_seq_cst);
        // Readers that raced with the previous publication may still be copying from it.
        while (slots_[target].readers.load(std::memory_order_acquire) != 0) std::this_thread::yield();
        slots_[target].value = std::move(next);
        current_.store(target, std::memory_order_seq_cst);
    }

    // Validates and builds `c`; publishes it only when it has no error. The result holds the
    // diagnostics either way; on failure the current policy is untouched.
    build_result reload(config c) {
        build_result r = policy::try_build(std::move(c));
        if (r) store(*r);
        return r;
    }

private:
    struct slot {
        explicit slot(std::optional<policy> v) : value(std::move(v)) {}
        std::optional<policy> value;
        mutable std::atomic<std::size_t> readers{0};
    };

    slot slots_[2];
    std::atomic<std::size_t> current_{0};
    std::mutex writer_;
};

}  // namespace v1
}  // namespace cors
