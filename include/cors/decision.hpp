#pragma once
// The result of evaluating a request against a policy: what kind of request it is, whether
// CORS allows it and why not, what the server must do, and the exact headers to emit.
//
// Lifetimes: header names are static strings; values point into the policy (precomputed
// values), into the request (the echoed Origin, method and header list) or into the decision
// itself (a joined multi-line header list). A decision is valid while the policy and the
// request's strings live; copying a decision keeps it valid.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#ifdef CORS_CHECK_LIFETIMES
#include <memory>
#endif
#include <string_view>

#include "origin.hpp"
#include "request.hpp"
#include "detail/ascii.hpp"
#include "detail/config.hpp"
#include "detail/origin_parser.hpp"
#include "detail/static_vector.hpp"

namespace cors {
inline namespace v1 {

enum class request_kind : std::uint8_t {
    not_cors,   // no Origin header
    actual,     // has an Origin, is not a preflight
    preflight,  // OPTIONS + Origin + Access-Control-Request-Method
};

enum class reason : std::uint8_t {
    allowed,             // CORS allows it (or: not a CORS request, nothing to decide)
    origin_not_allowed,  // a well-formed origin the policy does not allow
    origin_null,         // "null" and the policy does not allow it
    origin_malformed,    // not a canonical serialized origin (also: over-long, CR/LF/NUL, non-ASCII)
    origin_duplicated,   // more than one Origin field line
    method_malformed,    // Access-Control-Request-Method is not one token (or repeated)
    method_not_allowed,
    headers_malformed,            // Access-Control-Request-Headers is not a list of tokens
    headers_too_large,            // over max_request_headers_length, too many empty elements or lines
    header_not_allowed,           // one requested header name is not allowed
    private_network_not_allowed,  // Access-Control-Request-Private-Network: true, policy says no
    no_policy,                    // a router has no policy for this path and method (cors/router.hpp)
    // Cross-origin request protection (config::cross_origin_protection) refused an unsafe-method request.
    cross_origin_request_blocked,
};

namespace detail {
// The reason for refusing an Origin that matched nothing, from its bytes alone.
inline reason classify_refused_origin(std::string_view origin) noexcept {
    origin_view o;
    if (!parse_request_origin(origin, o)) return reason::origin_malformed;
    return o.is_null ? reason::origin_null : reason::origin_not_allowed;
}
}  // namespace detail

// The number of reason values, for tables indexed by reason.
inline constexpr std::size_t reason_count = static_cast<std::size_t>(reason::cross_origin_request_blocked) + 1;

enum class action : std::uint8_t {
    forward,  // pass the request to the handler, then add headers() and vary() to its response
    respond,  // answer now with status(), headers() and vary(); do not call the handler
};

constexpr std::string_view to_string(request_kind k) noexcept {
    switch (k) {
        case request_kind::not_cors:
            return "not_cors";
        case request_kind::actual:
            return "actual";
        case request_kind::preflight:
            return "preflight";
    }
    return "unknown";
}

constexpr std::string_view to_string(reason r) noexcept {
    switch (r) {
        case reason::allowed:
            return "allowed";
        case reason::origin_not_allowed:
            return "origin_not_allowed";
        case reason::origin_null:
            return "origin_null";
        case reason::origin_malformed:
            return "origin_malformed";
        case reason::origin_duplicated:
            return "origin_duplicated";
        case reason::method_malformed:
            return "method_malformed";
        case reason::method_not_allowed:
            return "method_not_allowed";
        case reason::headers_malformed:
            return "headers_malformed";
        case reason::headers_too_large:
            return "headers_too_large";
        case reason::header_not_allowed:
            return "header_not_allowed";
        case reason::private_network_not_allowed:
            return "private_network_not_allowed";
        case reason::no_policy:
            return "no_policy";
        case reason::cross_origin_request_blocked:
            return "cross_origin_request_blocked";
    }
    return "unknown";
}

// The rule behind a reason, in words an operator can act on.
constexpr std::string_view explain(reason r) noexcept {
    switch (r) {
        case reason::allowed:
            return "the request passes the policy";
        case reason::origin_not_allowed:
            return "the Origin matches no allowed origin, pattern, regex or predicate";
        case reason::origin_null:
            return "the Origin is \"null\" (sandboxed, file: or redirected), which the policy does not allow";
        case reason::origin_malformed:
            return "the Origin is not a canonical serialized origin (browsers never send this)";
        case reason::origin_duplicated:
            return "the request carries more than one Origin header";
        case reason::method_malformed:
            return "Access-Control-Request-Method is not a single method token of at most 64 bytes";
        case reason::method_not_allowed:
            return "the requested method is not among the policy's methods (matching is case-sensitive)";
        case reason::headers_malformed:
            return "Access-Control-Request-Headers is not a comma-separated list of header names";
        case reason::headers_too_large:
            return "Access-Control-Request-Headers exceeds the engine's caps (2048 bytes, 8 lines, 16 empty elements)";
        case reason::header_not_allowed:
            return "a requested header is not among the policy's request headers";
        case reason::private_network_not_allowed:
            return "the preflight asks for private network access, which the policy does not grant";
        case reason::no_policy:
            return "no route covers the path and method and there is no default policy, or servers could read the "
                   "path or method in ways that select different policies (encoded separators, dot segments, "
                   "';' parameters, case, non-ASCII)";
        case reason::cross_origin_request_blocked:
            return "cross-origin request protection: an unsafe-method request (not GET, HEAD or OPTIONS) came from "
                   "another site (Sec-Fetch-Site) or an Origin that is not the Host, and the policy does not allow "
                   "that Origin";
    }
    return "unknown";
}

constexpr std::string_view to_string(action a) noexcept { return a == action::respond ? "respond" : "forward"; }

// Canonical spellings of the header names the engine emits or reads.
namespace header_name {
inline constexpr std::string_view allow_origin = "Access-Control-Allow-Origin";
inline constexpr std::string_view allow_credentials = "Access-Control-Allow-Credentials";
inline constexpr std::string_view allow_methods = "Access-Control-Allow-Methods";
inline constexpr std::string_view allow_headers = "Access-Control-Allow-Headers";
inline constexpr std::string_view max_age = "Access-Control-Max-Age";
inline constexpr std::string_view expose_headers = "Access-Control-Expose-Headers";
inline constexpr std::string_view allow_private_network = "Access-Control-Allow-Private-Network";
inline constexpr std::string_view origin = "Origin";
inline constexpr std::string_view request_method = "Access-Control-Request-Method";
inline constexpr std::string_view request_headers = "Access-Control-Request-Headers";
inline constexpr std::string_view request_private_network = "Access-Control-Request-Private-Network";
inline constexpr std::string_view vary = "Vary";
inline constexpr std::string_view sec_fetch_site = "Sec-Fetch-Site";
}  // namespace header_name

// One header to set on the response (replace any existing value of that name).
struct header {
    std::string_view name;
    std::string_view value;
};

class policy;

class decision {
public:
    decision() noexcept = default;
    decision(const decision& other) noexcept { copy_from(other); }
    decision& operator=(const decision& other) noexcept {
        if (this != &other) copy_from(other);
        return *this;
    }

    request_kind kind() const noexcept { return kind_; }
    // True unless CORS denies the request (a non-CORS request is "allowed": nothing to deny).
    bool allowed() const noexcept { return reason_ == reason::allowed; }
    // For a refused Origin the engine may not have parsed it (the policy refuses it either
    // way); it is then classified here, each time this is called: one bounded parse of the
    // Origin (at most max_origin_length bytes), no allocation.
    cors::v1::reason why() const noexcept {
        return origin_reason_deferred_ ? detail::classify_refused_origin(offending_) : reason_;
    }
    // The offending input when denied (the origin, method or header name); may contain any
    // byte the client sent: escape it before logging.
    std::string_view offending_value() const noexcept { return offending_; }
    cors::v1::action action() const noexcept { return action_; }
    // The status to answer with; meaningful only when action() == action::respond.
    int status() const noexcept { return status_; }
    // Headers to set (replace) on the response. Vary is not among them: see vary().
    const detail::static_vector<header, 8>& headers() const noexcept {
        check_alive();
        return headers_;
    }
    // Tokens to append to the response's Vary header (merge; never overwrite).
    const detail::static_vector<std::string_view, 4>& vary() const noexcept {
        check_alive();
        return vary_;
    }

    // The value of one emitted header, or an empty view when absent (names are compared
    // case-insensitively).
    std::string_view header_value(std::string_view name) const noexcept {
        check_alive();
        for (const header& h : headers_)
            if (detail::iequals(h.name, name)) return h.value;
        return {};
    }
    bool has_header(std::string_view name) const noexcept {
        check_alive();
        for (const header& h : headers_)
            if (detail::iequals(h.name, name)) return true;
        return false;
    }

private:
    friend class policy;
    friend class router;

#ifdef CORS_CHECK_LIFETIMES
    // The header values point into the policy's compiled form (detail/config.hpp).
    void check_alive() const noexcept {
        if (owner_checked_ && owner_.expired())
            CORS_LIFETIME_VIOLATION(
                "cors: a decision was read after the policy that made it was destroyed; its header values "
                "pointed into that policy (CORS_CHECK_LIFETIMES). Keep the policy (or router) alive while "
                "its decisions are used.");
    }
    void set_owner(const std::shared_ptr<const void>& owner) noexcept {
        owner_ = owner;
        owner_checked_ = true;
    }
    std::weak_ptr<const void> owner_;
    bool owner_checked_ = false;
#else
    static constexpr void check_alive() noexcept {}
#endif

    void copy_from(const decision& other) noexcept {
        kind_ = other.kind_;
        reason_ = other.reason_;
        origin_reason_deferred_ = other.origin_reason_deferred_;
        action_ = other.action_;
        status_ = other.status_;
        headers_ = other.headers_;
        vary_ = other.vary_;
        offending_ = other.offending_;
#ifdef CORS_CHECK_LIFETIMES
        owner_ = other.owner_;
        owner_checked_ = other.owner_checked_;
#endif
        joined_length_ = other.joined_length_;
        std::memcpy(joined_, other.joined_, joined_length_);
        // Re-point values that lived in the other decision's buffer.
        for (header& h : headers_) {
            const std::less_equal<const char*> le;
            const std::less<const char*> lt;
            if (le(other.joined_, h.value.data()) && lt(h.value.data(), other.joined_ + sizeof(joined_)))
                h.value = std::string_view(joined_ + (h.value.data() - other.joined_), h.value.size());
        }
    }

    request_kind kind_ = request_kind::not_cors;
    cors::v1::reason reason_ = reason::allowed;
    bool origin_reason_deferred_ = false;  // reason_ is a placeholder: see why()
    cors::v1::action action_ = action::forward;
    std::uint16_t status_ = 0;
    detail::static_vector<header, 8> headers_;
    detail::static_vector<std::string_view, 4> vary_;
    std::string_view offending_;
    std::size_t joined_length_ = 0;
    char joined_[max_request_headers_length];  // multi-line Access-Control-Request-Headers, joined
};

}  // namespace v1
}  // namespace cors
