#pragma once
// The result of building without throwing (policy::try_build, router::try_build and the
// loaders): a value, or the diagnostics explaining why not; warnings either way.

#include <optional>
#include <utility>
#include <vector>

#include "errors.hpp"
#include "detail/config.hpp"

namespace cors {
inline namespace v1 {

class policy;
class router;

// Expected-like result of try_build: a value (a policy, a router), or the diagnostics explaining
// why not.
template <class T>
class basic_build_result {
public:
    bool has_value() const noexcept { return value_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }
    // Throws config_error when there is no value.
    const T& value() const& {
        if (!value_) CORS_THROW(config_error(diagnostics_));
        return *value_;
    }
    T&& value() && {
        if (!value_) CORS_THROW(config_error(diagnostics_));
        return std::move(*value_);
    }
    // Like value(): without a value these throw config_error (abort without exceptions), never
    // read an empty optional.
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    // Every diagnostic: errors (when there is no value) and warnings.
    const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }

    // A result without a value, for loaders that fail before there is a config to build.
    static basic_build_result failure(std::vector<diagnostic> all) {
        basic_build_result r;
        r.diagnostics_.swap(all);
        return r;
    }
    static basic_build_result success(T value, std::vector<diagnostic> all) {
        basic_build_result r;
        r.value_.emplace(std::move(value));
        r.diagnostics_.swap(all);
        return r;
    }

private:
    std::optional<T> value_;
    std::vector<diagnostic> diagnostics_;
};

using build_result = basic_build_result<policy>;
using router_build_result = basic_build_result<router>;

}  // namespace v1
}  // namespace cors
