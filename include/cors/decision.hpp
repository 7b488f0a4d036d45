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
#include <iterator>
#ifdef CORS_CHECK_LIFETIMES
#include <memory>
#endif
#include <string_view>

#include "origin.hpp"
#include "request.hpp"
#include "detail/ascii.hpp"
#include "detail/config.hpp"
#include "detail/enum_table.hpp"
#include "detail/origin_parser.hpp"
#include "detail/static_vector.hpp"

namespace cors {
inline namespace v1 {

// Every request kind, once: X(name). The enum, to_string and request_kind_count read this list.
//   not_cors:  no Origin header
//   actual:    has an Origin, is not a preflight
//   preflight: OPTIONS + Origin + Access-Control-Request-Method
#define CORS_REQUEST_KIND_TABLE(X) \
    X(not_cors)                    \
    X(actual)                      \
    X(preflight)

enum class request_kind : std::uint8_t { CORS_REQUEST_KIND_TABLE(CORS_DETAIL_ENUMERATOR) };

namespace detail {
inline constexpr std::string_view request_kind_names[] = {CORS_REQUEST_KIND_TABLE(CORS_DETAIL_NAME)};
}  // namespace detail

// The number of request_kind values, for tables indexed by request_kind.
inline constexpr std::size_t request_kind_count = std::size(detail::request_kind_names);

// Every reason, once: X(name, the rule behind it in words an operator can act on). The enum,
// to_string, explain and reason_count read this list. allowed: CORS allows it (or: not a CORS
// request, nothing to decide); origin_malformed also covers over-long values, CR/LF/NUL and
// non-ASCII; headers_too_large: over max_request_headers_length, too many empty elements or
// lines; no_policy comes from a router (cors/router.hpp); cross_origin_request_blocked from
// config::cross_origin_protection, refusing an unsafe-method request.
#define CORS_REASON_TABLE(X)                                                                                         \
    X(allowed, "the request passes the policy")                                                                      \
    X(origin_not_allowed, "the Origin matches no allowed origin, pattern, regex or predicate")                       \
    X(origin_null, "the Origin is \"null\" (sandboxed, file: or redirected), which the policy does not allow")       \
    X(origin_malformed, "the Origin is not a canonical serialized origin (browsers never send this)")                \
    X(origin_duplicated, "the request carries more than one Origin header")                                          \
    X(method_malformed, "Access-Control-Request-Method is not a single method token of at most 64 bytes")            \
    X(method_not_allowed, "the requested method is not among the policy's methods (matching is case-sensitive)")     \
    X(headers_malformed, "Access-Control-Request-Headers is not a comma-separated list of header names")             \
    X(headers_too_large,                                                                                             \
      "Access-Control-Request-Headers exceeds the engine's caps (2048 bytes, 8 lines, 16 empty elements)")           \
    X(header_not_allowed, "a requested header is not among the policy's request headers")                            \
    X(private_network_not_allowed, "the preflight asks for private network access, which the policy does not grant") \
    X(no_policy,                                                                                                     \
      "no route covers the path and method and there is no default policy, or servers could read the "               \
      "path or method in ways that select different policies (encoded separators, dot segments, "                    \
      "';' parameters, case, non-ASCII)")                                                                            \
    X(cross_origin_request_blocked,                                                                                  \
      "cross-origin request protection: an unsafe-method request (not GET, HEAD or OPTIONS) came from "              \
      "another site (Sec-Fetch-Site) or an Origin that is not the Host, and the policy does not allow "              \
      "that Origin")

enum class reason : std::uint8_t { CORS_REASON_TABLE(CORS_DETAIL_ENUMERATOR_OF_ROW) };

namespace detail {
inline constexpr std::string_view reason_names[] = {CORS_REASON_TABLE(CORS_DETAIL_NAME_OF_ROW)};
// NOLINTNEXTLINE(bugprone-suspicious-missing-comma): a row's text may be literals joined
inline constexpr std::string_view reason_texts[] = {CORS_REASON_TABLE(CORS_DETAIL_TEXT_OF_ROW)};

// The reason for refusing an Origin that matched nothing, from its bytes alone.
inline reason classify_refused_origin(std::string_view origin) noexcept {
    origin_view o;
    if (!parse_request_origin(origin, o)) return reason::origin_malformed;
    return o.is_null ? reason::origin_null : reason::origin_not_allowed;
}
}  // namespace detail

// The number of reason values, for tables indexed by reason.
inline constexpr std::size_t reason_count = std::size(detail::reason_names);

enum class action : std::uint8_t {
    forward,  // pass the request to the handler, then add headers() and vary() to its response
    respond,  // answer now with status(), headers() and vary(); do not call the handler
};

constexpr std::string_view to_string(request_kind k) noexcept {
    return detail::table_entry(detail::request_kind_names, k);
}

constexpr std::string_view to_string(reason r) noexcept { return detail::table_entry(detail::reason_names, r); }

// The rule behind a reason, in words an operator can act on.
constexpr std::string_view explain(reason r) noexcept { return detail::table_entry(detail::reason_texts, r); }

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
