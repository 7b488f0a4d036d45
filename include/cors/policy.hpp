#pragma once
// cors::policy: a validated, immutable, thread-shareable CORS policy, and the decision engine.
//
//   cors::config c;
//   c.origins = {"https://app.example.com"};
//   c.methods = {"PUT", "DELETE"};
//   const cors::policy p = cors::policy::build(c);      // throws cors::config_error
//   cors::decision d = p.evaluate(request);             // noexcept, no allocation

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "build_result.hpp"
#include "config.hpp"
#include "decision.hpp"
#include "errors.hpp"
#include "observer.hpp"
#include "origin.hpp"
#include "request.hpp"
#include "detail/config.hpp"
#include "detail/compiled_policy.hpp"
#include "detail/fetch.hpp"
#include "detail/header_list.hpp"
#include "detail/origin_matcher.hpp"
#include "detail/policy_builder.hpp"

namespace cors {
inline namespace v1 {

// For loaders that read a policy from another format (see cors/json.hpp): they report fields
// in their own terms and may add diagnostics of their own.
struct build_options {
    // Maps an engine field pointer ("/origin_regexes/0") to the caller's ("/origins/3").
    std::function<std::string(const std::string& field)> rename_field;
    // Diagnostics found before the engine ran; any error among them fails the build.
    std::vector<diagnostic> prior;
    // When set, all diagnostics are stably sorted by field with this "less than".
    std::function<bool(const std::string& a, const std::string& b)> order_by_field;
    // When set, diagnostics (after rename_field) for which it returns true are left out: a
    // loader's own defaults are not the user's mistakes.
    std::function<bool(const diagnostic&)> discard;
};

class policy {
public:
    // Validates and compiles `c`. Throws config_error listing every problem when there is
    // at least one error; warnings are available from warnings().
    static policy build(config c);
    // Same without throwing for invalid configs (std::bad_alloc can still escape).
    static build_result try_build(config c);
    static build_result try_build(config c, build_options options);

    // Moving copies the reference to the compiled form, so a moved-from policy still decides
    // (one reference count, at start-up): evaluate is never undefined.
    policy(const policy&) = default;
    policy& operator=(const policy&) = default;
    policy(policy&& other) noexcept
        : impl_(other.impl_) {}  // NOLINT(performance-move-constructor-init): copying is the point
    policy& operator=(policy&& other) noexcept {
        impl_ = other.impl_;
        return *this;
    }
    ~policy() = default;

    // Decides a request. noexcept, allocation-free, lock-free; safe to call concurrently.
    decision evaluate(const request_view& request) const& noexcept;
    // A decision may point into the policy: evaluating a temporary policy would dangle.
    decision evaluate(const request_view& request) const&& = delete;

    // A copy of this policy that calls `observer` after every decision (nullptr: none). The
    // compiled form is rebuilt from source(); the warnings are kept.
    policy with_observer(std::shared_ptr<decision_observer> observer) const;

    // Diagnostics of severity warning found while building.
    const std::vector<diagnostic>& warnings() const noexcept { return impl_->warnings; }
    // The config this policy was built from, with methods normalised and request header
    // names lower-cased.
    const config& source() const noexcept { return impl_->source; }

private:
    explicit policy(std::shared_ptr<const detail::compiled_policy> impl) noexcept : impl_(std::move(impl)) {}

    decision decide(const request_view& request) const noexcept;  // a request with an Origin
    decision decide_without_origin() const noexcept;
    void protect(const request_view& request, decision& d) const noexcept;
    // Shared with the router, which protects the requests it has no policy for.
    friend class router;
    static void vary_on_sec_fetch_site(decision& d) noexcept;
    static void block_cross_origin(const request_view& request, decision& d, std::uint16_t status) noexcept;
    void debug_denied_preflight(decision& d, std::string_view origin, std::string_view method,
                                std::string_view echoed_headers) const noexcept;

    // Copies are cheap (one reference count) and share the immutable compiled form.
    std::shared_ptr<const detail::compiled_policy> impl_;
};

inline build_result policy::try_build(config c) { return try_build(std::move(c), build_options{}); }

inline build_result policy::try_build(config c, build_options options) {
    detail::policy_builder builder(std::move(c));
    detail::compiled_policy compiled = builder.build();
    std::vector<diagnostic> diagnostics = std::move(options.prior);
    for (diagnostic& d : builder.diagnostics()) {
        if (options.rename_field) d.field = options.rename_field(d.field);
        if (options.discard && options.discard(d)) continue;
        diagnostics.push_back(std::move(d));
    }
    if (options.order_by_field)
        std::stable_sort(diagnostics.begin(), diagnostics.end(), [&](const diagnostic& a, const diagnostic& b) {
            return options.order_by_field(a.field, b.field);
        });
    for (const diagnostic& d : diagnostics)
        if (d.severity == severity::error) return build_result::failure(std::move(diagnostics));
    compiled.warnings = diagnostics;
    return build_result::success(policy(std::make_shared<const detail::compiled_policy>(std::move(compiled))),
                                 std::move(diagnostics));
}

inline policy policy::with_observer(std::shared_ptr<decision_observer> observer) const {
    if (observer == impl_->observer) return *this;
    config c = impl_->source;
    c.observer = std::move(observer);
    detail::policy_builder builder(std::move(c));
    detail::compiled_policy compiled = builder.build();
    compiled.warnings = impl_->warnings;
    return policy(std::make_shared<const detail::compiled_policy>(std::move(compiled)));
}

inline policy policy::build(config c) {
    build_result r = try_build(std::move(c));
    if (!r) CORS_THROW(config_error(r.diagnostics()));
    return std::move(r).value();
}

// Small enough to inline: a request without Origin (most of a server's traffic) is answered
// here; a CORS request costs one call to decide().
inline decision policy::evaluate(const request_view& r) const& noexcept {
    decision d = r.origin.present() ? decide(r) : decide_without_origin();
    if (impl_->protection.enabled) protect(r, d);
#ifdef CORS_CHECK_LIFETIMES
    d.set_owner(impl_);
#endif
    // Without an observer this is one predictable branch.
    if (impl_->observer) impl_->observer->on_decision(r, d);
    return d;
}

inline decision policy::decide_without_origin() const noexcept {
    const detail::compiled_policy& p = *impl_;
    decision d;
    d.kind_ = request_kind::not_cors;
    if (p.vary_on_origin_always())
        d.vary_.push_back(header_name::origin);
    else {
        d.headers_.push_back({header_name::allow_origin, "*"});
        if (!p.expose_value.empty()) d.headers_.push_back({header_name::expose_headers, p.expose_value});
    }
    return d;
}

// Out of line on purpose: one copy of the CORS path however many callers inline evaluate().
CORS_NOINLINE decision policy::decide(const request_view& r) const noexcept {
    const detail::compiled_policy& p = *impl_;
    decision d;
    const bool dynamic = p.varies_on_origin();

    const bool is_preflight = r.is_preflight_shaped();
    d.kind_ = is_preflight ? request_kind::preflight : request_kind::actual;
    const std::string_view origin = r.origin.value;

    // Origin.
    reason why = reason::allowed;
    if (r.origin.count > 1)
        why = reason::origin_duplicated;
    else
        p.origins.check(origin, why, d.origin_reason_deferred_);

    if (is_preflight) {
        std::string_view* vary = d.vary_.data();  // 3 or 4 of 4
        vary[0] = header_name::origin;
        vary[1] = header_name::request_method;
        vary[2] = header_name::request_headers;
        const bool pna_requested = r.access_control_request_private_network.present() &&
                                   detail::equals(r.access_control_request_private_network.value, "true");
        const bool pna_varies = p.private_network || r.access_control_request_private_network.present();
        if (pna_varies) vary[3] = header_name::request_private_network;
        d.vary_.set_size(pna_varies ? 4 : 3);
        std::string_view method = r.access_control_request_method.value;
        std::string_view echoed_headers;
        const bool origin_ok = why == reason::allowed;
        const bool safelisted_method = detail::is_safelisted_request_method(method);
        if (why == reason::allowed) {
            // A listed method is a token (the builder checked): the lookup comes first.
            const bool listed = !safelisted_method && p.methods.contains_few(method);
            if (r.access_control_request_method.count > 1 || method.size() > max_method_length ||
                (!listed && !detail::is_token(method))) {
                why = reason::method_malformed;
                d.offending_ = method;
            } else if (!listed && !safelisted_method && !p.any_method) {
                why = reason::method_not_allowed;
                d.offending_ = method;
            }
        } else {
            d.offending_ = origin;
        }
        if (why == reason::allowed && r.access_control_request_headers.present()) {
            const auto is_allowed = [&p](std::string_view name, bool lower_case) noexcept {
                switch (p.request_headers) {
                    case detail::headers_mode::reflect:
                        return true;
                    case detail::headers_mode::any:
                        return p.authorization_listed || !detail::iequals(name, "authorization");
                    case detail::headers_mode::list:
                        return lower_case ? p.allowed_headers.contains_lower(name) : p.allowed_headers.contains(name);
                }
                return false;
            };
            const detail::header_list_result scan = detail::scan_header_list(
                r.access_control_request_headers, is_allowed,
                p.request_headers == detail::headers_mode::list ? &p.allowed_headers : nullptr);
            why = scan.reason;
            d.offending_ = scan.offending;
            if (why == reason::allowed && scan.names > 0) {
                const request_field_lines& lines = r.access_control_request_headers;
                if (lines.count == 1) {
                    echoed_headers = lines.lines[0];
                } else {
                    std::size_t n = 0;
                    for (std::size_t i = 0; i < lines.count; ++i) {
                        if (i) d.joined_[n++] = ',';
                        std::memcpy(d.joined_ + n, lines.lines[i].data(), lines.lines[i].size());
                        n += lines.lines[i].size();
                    }
                    d.joined_length_ = n;
                    echoed_headers = std::string_view(d.joined_, n);
                }
            }
        }
        if (why == reason::allowed && pna_requested && !p.private_network) {
            why = reason::private_network_not_allowed;
            d.offending_ = r.access_control_request_private_network.value;
        }
        d.reason_ = why;
        d.action_ = p.preflight_continue ? action::forward : action::respond;
        if (why != reason::allowed) {
            if (p.debug) {
                debug_denied_preflight(d, origin_ok ? origin : std::string_view(), method, echoed_headers);
                return d;
            }
            d.status_ = p.failure_status;
            return d;
        }
        d.offending_ = {};
        d.status_ = p.success_status;
        header* h = d.headers_.data();  // at most 6 of 8
        std::size_t n = 0;
        h[n++] = {header_name::allow_origin, dynamic ? origin : std::string_view("*")};
        if (p.credentials) h[n++] = {header_name::allow_credentials, "true"};
        if (!safelisted_method) h[n++] = {header_name::allow_methods, method};
        if (!echoed_headers.empty()) h[n++] = {header_name::allow_headers, echoed_headers};
        if (!p.max_age_value.empty()) h[n++] = {header_name::max_age, p.max_age_value};
        if (pna_requested) h[n++] = {header_name::allow_private_network, "true"};
        d.headers_.set_size(n);
        return d;
    }

    // Actual request.
    d.action_ = action::forward;
    d.reason_ = why;
    if (why != reason::allowed || p.vary_on_origin_always()) d.vary_.push_back(header_name::origin);
    if (why != reason::allowed) {
        d.offending_ = origin;
        return d;
    }
    header* h = d.headers_.data();  // at most 3 of 8
    std::size_t n = 0;
    h[n++] = {header_name::allow_origin, dynamic ? origin : std::string_view("*")};
    if (p.credentials) h[n++] = {header_name::allow_credentials, "true"};
    if (!p.expose_value.empty()) h[n++] = {header_name::expose_headers, p.expose_value};
    d.headers_.set_size(n);
    return d;
}

// Cross-origin request protection, once CORS has decided whether it allows the Origin: the
// trusted origins are exactly the ones CORS allows.
CORS_NOINLINE void policy::protect(const request_view& r, decision& d) const noexcept {
    const detail::compiled_cross_origin_protection& c = impl_->protection;
    const bool origin_allowed = d.kind_ == request_kind::actual && d.reason_ == reason::allowed;
    const detail::cross_origin_verdict v = detail::check_cross_origin(r, origin_allowed, c);
    if (detail::depends_on_sec_fetch_site(v)) vary_on_sec_fetch_site(d);
    if (!detail::passes(v)) block_cross_origin(r, d, c.status);
}

// The outcome depends on Sec-Fetch-Site and on the Origin (a request decision has at most one
// Vary token before this, of four).
inline void policy::vary_on_sec_fetch_site(decision& d) noexcept {
    bool has_origin = false;
    for (std::string_view t : d.vary_) has_origin = has_origin || t == header_name::origin;
    if (!has_origin) d.vary_.push_back(header_name::origin);
    d.vary_.push_back(header_name::sec_fetch_site);
}

// Respond with `status` and no CORS header: the handler never runs.
inline void policy::block_cross_origin(const request_view& r, decision& d, std::uint16_t status) noexcept {
    d.reason_ = reason::cross_origin_request_blocked;
    d.origin_reason_deferred_ = false;
    d.action_ = action::respond;
    d.status_ = status;
    d.headers_.clear();
    d.offending_ = r.origin.present() ? r.origin.value : r.sec_fetch_site.value;
}

// Debug mode: answer a denied preflight so that the browser's own check fails on the real
// cause and its console says which: no Access-Control-Allow-Origin for an origin, the allowed
// methods for a method, the allowed headers for a header, no Allow-Private-Network for PNA.
inline void policy::debug_denied_preflight(decision& d, std::string_view origin, std::string_view method,
                                           std::string_view echoed_headers) const noexcept {
    const detail::compiled_policy& p = *impl_;
    d.status_ = p.success_status;
    if (origin.empty()) return;
    d.headers_.push_back({header_name::allow_origin, p.varies_on_origin() ? origin : std::string_view("*")});
    if (p.credentials) d.headers_.push_back({header_name::allow_credentials, "true"});
    if (d.reason_ == reason::method_not_allowed) {
        if (!p.methods_value.empty()) d.headers_.push_back({header_name::allow_methods, p.methods_value});
        return;
    }
    if (!detail::is_safelisted_request_method(method) && d.reason_ != reason::method_malformed)
        d.headers_.push_back({header_name::allow_methods, method});
    if (d.reason_ == reason::header_not_allowed && !p.headers_value.empty())
        d.headers_.push_back({header_name::allow_headers, p.headers_value});
    if (d.reason_ == reason::private_network_not_allowed && !echoed_headers.empty())
        d.headers_.push_back({header_name::allow_headers, echoed_headers});
}

// Free-function spelling, for symmetry with other engines.
inline decision evaluate(const policy& p, const request_view& r) noexcept { return p.evaluate(r); }

}  // namespace v1
}  // namespace cors
