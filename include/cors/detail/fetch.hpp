#pragma once
// The Fetch standard's vocabulary: safelisted and forbidden methods, method normalisation,
// forbidden and prohibited header names, and the origin facts (loopback hosts, cleartext
// schemes) the validation rules ask about. Read by the policy builder, the JSON and Kong
// loaders, the router and the decision engine.

#include <string>
#include <string_view>

#include "../origin.hpp"
#include "ascii.hpp"
#include "origin_parser.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

constexpr bool is_forbidden_method(std::string_view m) noexcept {
    return iequals(m, "CONNECT") || iequals(m, "TRACE") || iequals(m, "TRACK");
}

// Fetch "normalize a method": only these six are upper-cased.
inline std::string normalize_method(std::string_view m) {
    for (std::string_view known : {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"})
        if (iequals(m, known)) return std::string(known);
    return std::string(m);
}

constexpr bool is_safelisted_method(std::string_view m) noexcept { return m == "GET" || m == "HEAD" || m == "POST"; }
// The note for a safelisted method given in `methods`.
inline constexpr std::string_view safelisted_method_listed =
    "GET, HEAD and POST are CORS-safelisted: a browser never asks a preflight for them, so listing them changes "
    "nothing; remove this entry";
// The same on the request path, as fixed-size comparisons.
inline bool is_safelisted_request_method(std::string_view m) noexcept {
    return equals(m, "GET") || equals(m, "POST") || equals(m, "HEAD");
}

// Fetch forbidden request-header names (lower-case input). Scripts cannot set them, so
// allowing them is a misunderstanding.
constexpr bool is_forbidden_request_header(std::string_view n) noexcept {
    for (std::string_view f : {"accept-charset",
                               "accept-encoding",
                               "access-control-request-headers",
                               "access-control-request-method",
                               "access-control-request-private-network",
                               "connection",
                               "content-length",
                               "cookie",
                               "cookie2",
                               "date",
                               "dnt",
                               "expect",
                               "host",
                               "keep-alive",
                               "origin",
                               "referer",
                               "set-cookie",
                               "te",
                               "trailer",
                               "transfer-encoding",
                               "upgrade",
                               "via"})
        if (n == f) return true;
    return starts_with(n, "proxy-") || starts_with(n, "sec-");
}

// Response-only CORS names: listing them as request headers shows a misunderstanding.
constexpr bool is_prohibited_request_header(std::string_view n) noexcept {
    return starts_with(n, "access-control-allow-") || n == "access-control-max-age" ||
           n == "access-control-expose-headers";
}

// Response headers that carry credentials or tokens: exposing them hands them to every allowed
// origin's scripts.
constexpr bool is_sensitive_exposed_header(std::string_view n) noexcept {
    for (std::string_view f : {"authorization", "proxy-authorization", "www-authenticate", "proxy-authenticate",
                               "x-api-key", "x-auth-token", "x-csrf-token", "x-xsrf-token", "x-amz-security-token"})
        if (n == f) return true;
    return false;
}

constexpr bool is_prohibited_exposed_header(std::string_view n) noexcept {
    for (std::string_view f : {"origin", "access-control-request-method", "access-control-request-headers",
                               "access-control-request-private-network", "access-control-allow-methods",
                               "access-control-allow-headers", "access-control-max-age"})
        if (n == f) return true;
    return false;
}

// Hosts that are loopback by definition (RFC 6761 localhost names, 127/8, ::1).
inline bool is_loopback_host(std::string_view host) noexcept {
    if (host == "localhost" || ends_with(host, ".localhost")) return true;
    if (host == "[::1]") return true;
    return starts_with(host, "127.") && check_ipv4(host) == origin_error::none;
}

inline bool is_cleartext_scheme(std::string_view scheme) noexcept { return scheme == "http" || scheme == "ws"; }

}  // namespace detail
}  // namespace v1
}  // namespace cors
