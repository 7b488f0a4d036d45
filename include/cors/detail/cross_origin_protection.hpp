#pragma once
// Cross-origin request protection: refuses the state-changing requests a browser sends on a
// foreign page's behalf (a <form method=POST>, a fetch with a safelisted content type), which
// CORS lets through because it only decides what the page may read. The rules are those of
// Go's net/http.CrossOriginProtection, with the trusted origins being the ones the CORS policy
// allows (see docs/cross_origin_protection.md):
// - GET, HEAD and OPTIONS pass (safe methods; compared case-sensitively, as Go does);
// - Sec-Fetch-Site "same-origin" or "none" passes; any other value passes only for an origin
//   the policy allows or a bypass path;
// - without Sec-Fetch-Site: no Origin passes (not a browser, or an old one); an Origin whose
//   host[:port] is the request's authority passes; otherwise as for "cross-site".
// Everything here is noexcept and allocation-free, and reads each header at most once.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../errors.hpp"
#include "../origin.hpp"
#include "../request.hpp"
#include "ascii.hpp"
#include "origin_parser.hpp"
#include "route_path.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// The protection as built from config::cross_origin_protection.
struct compiled_cross_origin_protection {
    bool enabled = false;
    std::uint16_t status = 403;
    std::vector<std::string> bypass_paths;  // valid route paths (is_valid_route_path)
};

enum class cross_origin_verdict : std::uint8_t {
    safe_method,          // GET, HEAD, OPTIONS
    same_origin,          // Sec-Fetch-Site: same-origin or none
    no_browser_headers,   // neither Sec-Fetch-Site nor Origin
    origin_matches_host,  // no Sec-Fetch-Site, the Origin's host[:port] is the request's authority
    trusted_origin,       // the CORS policy allows the Origin
    bypass_path,          // the path is one of the bypass paths
    blocked,
};

constexpr bool passes(cross_origin_verdict v) noexcept { return v != cross_origin_verdict::blocked; }

// Whether a response reached through this verdict would have differed with another
// Sec-Fetch-Site: everything past the method check that a bypass path does not settle.
constexpr bool depends_on_sec_fetch_site(cross_origin_verdict v) noexcept {
    return v != cross_origin_verdict::safe_method && v != cross_origin_verdict::bypass_path;
}

inline bool is_safe_method(std::string_view method) noexcept {
    return equals(method, "GET") || equals(method, "HEAD") || equals(method, "OPTIONS");
}

// The authority the request is addressed to: an absolute-form target's, else :authority (HTTP/2
// and 3), else Host. Empty when it cannot be told (repeated, userinfo in the target).
inline std::string_view request_authority(const request_view& r) noexcept {
    const std::string_view target = r.path;
    if (!target.empty() && target[0] != '/') {
        const std::size_t scheme_end = target.find("://");
        if (scheme_end == std::string_view::npos) return {};
        const std::string_view rest = target.substr(scheme_end + 3);
        const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
        return authority.find('@') == std::string_view::npos ? authority : std::string_view();
    }
    if (r.authority.present()) return r.authority.count == 1 ? r.authority.value : std::string_view();
    return r.host.count == 1 ? r.host.value : std::string_view();
}

// Whether `origin` is a serialized origin whose host[:port] is `authority` (hosts compare
// case-insensitively; an authority naming the origin scheme's default port matches it without).
// Bounded by max_origin_length: longer values are refused before their bytes are read.
inline bool origin_matches_authority(std::string_view origin, std::string_view authority) noexcept {
    if (authority.empty() || authority.size() > max_origin_length) return false;
    origin_view o;
    if (!parse_request_origin(origin, o) || o.is_null) return false;
    const std::string_view own = origin.substr(o.scheme.size() + 3);  // canonical: no default port
    if (iequals(own, authority)) return true;
    const std::string_view port = default_port(o.scheme);
    return !port.empty() && authority.size() == own.size() + 1 + port.size() && o.port.empty() &&
           iequals(authority.substr(0, own.size()), own) && authority[own.size()] == ':' &&
           authority.substr(own.size() + 1) == port;
}

// Whether a bypass path covers the request target. "/hooks/" covers itself and what is below it;
// "/login" covers only itself (Go's pattern semantics, narrower than a route's). A target that
// servers could read in two ways (see route_path.hpp) never bypasses, nor one that is covered
// only once percent-decoded: a bypass must not match more than it says (Go's CVE-2025-47910).
inline bool is_bypass_path(const std::vector<std::string>& bypass_paths, std::string_view target) noexcept {
    if (bypass_paths.empty()) return false;
    char buffer[max_request_path_length];
    request_path path;
    if (!read_request_path(target, buffer, path)) return false;
    for (const std::string& p : bypass_paths) {
        const std::string_view prefix(p);
        const auto covers = [prefix](std::string_view s) noexcept {
            return prefix.back() == '/' ? path_covers(prefix, s, false) : s == prefix;
        };
        if (covers(path.raw) && covers(path.decoded)) return true;
    }
    return false;
}

// The check. `origin_allowed`: the CORS policy allows the request's (single) Origin.
inline cross_origin_verdict check_cross_origin(const request_view& r, bool origin_allowed,
                                               const compiled_cross_origin_protection& c) noexcept {
    if (is_safe_method(r.method)) return cross_origin_verdict::safe_method;
    const auto exempt = [&]() noexcept {
        if (is_bypass_path(c.bypass_paths, r.path)) return cross_origin_verdict::bypass_path;
        return origin_allowed ? cross_origin_verdict::trusted_origin : cross_origin_verdict::blocked;
    };
    // An empty value counts as absent (Go reads it so); a repeated one is never trusted.
    if (r.sec_fetch_site.present() && !r.sec_fetch_site.value.empty()) {
        const std::string_view site = r.sec_fetch_site.value;
        if (r.sec_fetch_site.count == 1 && (equals(site, "same-origin") || equals(site, "none")))
            return cross_origin_verdict::same_origin;
        return exempt();
    }
    if (!r.origin.present()) return cross_origin_verdict::no_browser_headers;
    if (r.origin.count == 1 && origin_matches_authority(r.origin.value, request_authority(r)))
        return cross_origin_verdict::origin_matches_host;
    return exempt();
}

// Build-time validation; `error(field, value, message)` reports each problem.
template <class Report>
compiled_cross_origin_protection compile_cross_origin_protection(bool enabled, int status,
                                                                 const std::vector<std::string>& bypass_paths,
                                                                 Report&& error) {
    compiled_cross_origin_protection out;
    out.enabled = enabled;
    if (status < 400 || status > 599)
        error(errc::cross_origin_protection_status_invalid, "/cross_origin_protection/status", std::to_string(status),
              "the status of a refused cross-origin request must be 400-599");
    else
        out.status = static_cast<std::uint16_t>(status);
    for (std::size_t i = 0; i < bypass_paths.size(); ++i) {
        const std::string& p = bypass_paths[i];
        if (!is_valid_route_path(p) || p.find('*') != std::string::npos)
            error(errc::cross_origin_bypass_path_invalid, "/cross_origin_protection/bypass_paths/" + std::to_string(i),
                  p,
                  "a bypass path follows the route path rules (starts with '/', letters, digits and "
                  "-._~!$&'()*+,=:@/, no query, fragment, percent sign, ';', dot segment, empty segment or "
                  "segment ending in '.'); \"/hooks/\" covers what is below it, \"/login\" only itself, and "
                  "there are no wildcards");
        else
            out.bypass_paths.push_back(p);
    }
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
