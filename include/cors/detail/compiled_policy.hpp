#pragma once
// The compiled form of a policy: what detail::policy_builder produces from a cors::config and
// the decision engine (policy.hpp) reads. Immutable once built; shared by every copy of a policy.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "../config.hpp"  // config, and decision_observer declared
#include "../errors.hpp"
#include "cross_origin_protection.hpp"
#include "origin_matcher.hpp"
#include "string_set.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

enum class headers_mode : std::uint8_t { list, any, reflect };

struct compiled_policy {
    config source;  // as given, with methods and header names normalised
    std::vector<diagnostic> warnings;

    bool credentials = false;
    origin_matcher origins;  // the allow-list, "*" and "null" included: the verdict on an Origin

    bool any_method = false;
    string_set methods;  // normalised, safelisted ones dropped

    headers_mode request_headers = headers_mode::list;
    ci_string_set allowed_headers;  // lower-case
    bool authorization_listed = false;

    std::string expose_value;  // joined Access-Control-Expose-Headers, empty when none
    // Debug mode only: the allowed methods and request headers, joined, for denied preflights.
    bool debug = false;
    std::string methods_value;
    std::string headers_value;
    // Told about every decision when set (config::observer).
    std::shared_ptr<decision_observer> observer;
    std::string max_age_value;  // empty when absent
    bool private_network = false;
    bool preflight_continue = false;
    bool allow_origin_absent = true;
    std::uint16_t success_status = 204;
    std::uint16_t failure_status = 403;
    compiled_cross_origin_protection protection;  // config::cross_origin_protection

    // The answer depends on the Origin (anything but a plain "*"): responses vary on it.
    bool varies_on_origin() const noexcept { return !origins.any_origin() || origins.reflects_any_origin(); }
    // A response may omit Vary: Origin only when it is the response to every request a browser
    // can send: no Origin, or any serialized origin. That holds for "*" answered alike with and
    // without Origin; the odd responses (a malformed or repeated Origin, denied) vary.
    bool vary_on_origin_always() const noexcept { return varies_on_origin() || !allow_origin_absent; }
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
