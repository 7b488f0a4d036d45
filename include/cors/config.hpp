#pragma once
// The plain, user-facing description of a CORS policy. Fill it in, then hand it to
// cors::policy::build (throws cors::config_error) or cors::policy::try_build (does not).
// Nothing here is trusted: every field is validated when the policy is built.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cors {
inline namespace v1 {

// What an origin regular expression is matched against.
enum class regex_target : std::uint8_t {
    origin,  // the whole serialized origin, "https://app.example.com:8443"
    host,    // the host alone (Kong's reading of a regex without ':'): ignores scheme and port
};

// A regular expression for origins, kept apart from plain origins on purpose. It must match the
// whole subject (it is anchored at both ends whatever it says), matching is linear in the
// length of the Origin, and back-references and look-around are refused.
struct origin_regex {
    std::string pattern;
    regex_target target = regex_target::origin;
};

class decision_observer;  // cors/observer.hpp

// Cross-origin request protection (docs/cross_origin_protection.md): beyond CORS, refuses the
// unsafe-method requests (POST, PUT, DELETE...) that a browser sends from a page of an origin the
// policy does not allow; CORS alone lets them reach the handler. Off by default.
struct cross_origin_protection_config {
    bool enabled = false;
    // Paths that skip the check, with the router's path rules: "/hooks/" covers what is below it,
    // "/login" only itself; a path servers could read in two ways never bypasses.
    std::vector<std::string> bypass_paths;
    // Status of a refused request (400-599).
    int status = 403;
};

struct config {
    // Allowed origins. Each entry is one of:
    //   "https://app.example.com"   an exact, canonical origin
    //   "*"                         any origin (never with credentials)
    //   "https://*.example.com"     any subdomain, one or more labels deep (not the apex)
    //   "http://localhost:*"        any port (combinable: "https://*.example.com:*")
    std::vector<std::string> origins;
    // Allowed origins described by regular expressions (see origin_regex).
    std::vector<origin_regex> origin_regexes;
    // For what nothing else expresses: called with a request's validated, canonical origin.
    // Must be thread-safe and must not throw (the decision path is noexcept).
    std::function<bool(std::string_view origin)> origin_predicate;

    // Methods a preflight may ask for, case-sensitive except the six Fetch normalises
    // (DELETE, GET, HEAD, OPTIONS, POST, PUT). "*" allows any method. GET, HEAD and POST
    // are always allowed (CORS-safelisted).
    std::vector<std::string> methods;

    // Request header names a preflight may ask for (case-insensitive). "*" allows any name
    // except Authorization, which must be listed by name (Fetch: "*" never covers it).
    // With credentials, "*" allows any name, Authorization included.
    std::vector<std::string> request_headers;
    // Allow whatever the preflight asks for and echo it (Kong's behaviour when `headers` is
    // unset). Exclusive with request_headers.
    bool reflect_request_headers = false;

    // Response header names scripts may read. "*" exposes all (never with credentials).
    std::vector<std::string> exposed_headers;

    // Send Access-Control-Allow-Credentials: true, letting scripts send and read cookies.
    bool credentials = false;

    // Access-Control-Max-Age in seconds. Absent: no header (browsers then cache 5 s).
    // 0: the header is sent as 0 (no caching). Browsers cap it (Chromium 7200, Firefox 86400,
    // Safari 600).
    std::optional<std::int64_t> max_age;

    // Legacy Private Network Access: answer a successful preflight that carries
    // Access-Control-Request-Private-Network: true with Access-Control-Allow-Private-Network: true.
    // Deprecated, kept for Kong parity; building warns (private_network_deprecated). Chrome put these
    // preflights on hold in October 2024 and shipped Local Network Access in Chrome 142 instead: a
    // permission prompt for the user, no preflight, nothing needed from the server.
    bool private_network = false;

    // Forward preflights to the handler (with the CORS headers) instead of answering them.
    bool preflight_continue = false;

    // Kong's field: when the policy allows any origin ("*"), also send Access-Control-Allow-Origin: *
    // (and the exposed headers) on responses to requests without an Origin.
    bool allow_origin_absent = true;

    // Status of a successful preflight (200-299) and of a denied one (200-599).
    int preflight_success_status = 204;
    int preflight_failure_status = 403;

    // Development aid, off by default: a denied preflight is answered with the success status and
    // the headers that let the browser console name the real cause (the allowed methods and
    // request headers are disclosed). Never enable it in production; building warns.
    bool debug = false;

    // See cross_origin_protection_config. Bypass paths need request_view::path set.
    cross_origin_protection_config cross_origin_protection;

    // Told about every decision (metrics, logging); see cors/observer.hpp. Must not throw.
    std::shared_ptr<decision_observer> observer;

    // Dangerous opt-ins. Each re-enables something insecure; read the docs first.
    bool dangerously_allow_null_origin = false;                    // "null" may be listed
    bool dangerously_allow_insecure_origins = false;               // http:// and ws:// origins with credentials
    bool dangerously_allow_public_suffix_wildcards = false;        // "https://*.github.io" with credentials
    bool dangerously_reflect_any_origin_with_credentials = false;  // "*" with credentials reflects any origin

    // The two questions behind origin_public_suffix_wildcard, asked of X for each "*.X" entry
    // (lower-case A-labels, no port), only while building. "*.X" is refused with credentials (a
    // warning without) when either answer is yes, since "*.X" matches names at any depth below X.
    // Each defaults to the built-in table (a snapshot of the Public Suffix List, include/cors/detail/
    // public_suffix_table.hpp), and each replaces only its own question: injecting is_public_suffix
    // alone keeps the built-in answer to has_public_suffix_below, so the depth check never turns
    // off by accident. To rely on your own list alone, inject both (has_public_suffix_below may be
    // [](std::string_view) { return false; } if your list has nothing below a wildcard's base).
    //
    // Is X itself a public suffix? ("com", "co.uk", "github.io", "foo.kawasaki.jp")
    std::function<bool(std::string_view domain)> is_public_suffix;
    // Is some domain strictly below X a public suffix? ("amazonaws.com": "s3.amazonaws.com" is;
    // "kawasaki.jp": every "<label>.kawasaki.jp" is, by the rule "*.kawasaki.jp")
    std::function<bool(std::string_view domain)> has_public_suffix_below;
};

}  // namespace v1
}  // namespace cors
