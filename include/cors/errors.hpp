#pragma once
// Diagnostics produced when a policy is built. Every problem is reported at once, each with a
// stable code, the JSON pointer of the config field it comes from, the offending value and a
// message a person can act on. Warnings do not stop the build; errors do.

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Builds without exceptions (-fno-exceptions) abort where they would have thrown; use
// policy::try_build there. The decision path never throws either way.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define CORS_THROW(exception) throw exception
#else
#define CORS_THROW(exception) std::abort()
#endif

namespace cors {
inline namespace v1 {

enum class errc : std::uint8_t {
    // origins
    origins_missing,                   // nothing allowed at all
    origin_malformed,                  // not a canonical origin or origin pattern
    origin_null,                       // "null" without dangerously_allow_null_origin
    origin_wildcard_with_credentials,  // "*" with credentials
    origin_insecure_with_credentials,  // http:// or ws:// (not loopback) with credentials
    origin_public_suffix_wildcard,     // "*." over a public suffix (error with credentials, else warning)
    origin_regex_invalid,              // does not compile, or uses an unsupported construct
    origin_regex_unescaped_dot,        // warning: "." outside a class matches any byte
    origin_duplicate,                  // warning: listed twice
    origin_wildcard_absorbs,           // warning: "*" makes other entries pointless
    origin_insecure,                   // warning: http:// or ws:// (not loopback), without credentials
    origin_regex_any_scheme,           // warning: a regex on the host alone accepts any scheme and port
    // methods
    method_invalid,
    method_forbidden,  // CONNECT, TRACE, TRACK
    method_duplicate,  // warning: listed twice
    // request headers
    request_header_invalid,
    request_header_forbidden,                    // Fetch forbidden request-header names
    request_header_prohibited,                   // response-only names such as access-control-allow-origin
    request_headers_conflict,                    // a list together with reflect_request_headers
    request_header_duplicate,                    // warning: listed twice
    request_headers_reflected_with_credentials,  // warning: any header is allowed on credentialed requests
    // exposed headers
    exposed_header_invalid,
    exposed_header_forbidden,   // set-cookie, set-cookie2
    exposed_header_prohibited,  // request-only or preflight-only names
    exposed_header_wildcard_with_credentials,
    exposed_header_sensitive,  // warning: credentials or tokens (Authorization, WWW-Authenticate...)
    exposed_header_duplicate,  // warning: listed twice
    // the rest
    max_age_negative,
    max_age_too_large,                 // error above 2^31-1
    max_age_above_browser_cap,         // warning above 7200 (Chromium's cap)
    preflight_status_invalid,          // success status outside 200-299
    preflight_failure_status_invalid,  // outside 200-599
    debug_enabled,                     // warning: denied preflights disclose the policy (development only)
    private_network_deprecated,        // warning: Private Network Access preflights are gone from browsers
    // routers (cors/router.hpp)
    route_path_invalid,  // not an absolute path prefix
    route_method_invalid,
    route_conflict,  // the same path prefix and method in two routes
    routes_missing,  // neither a route nor a default policy
    // loaders (cors/json.hpp)
    json_invalid,  // not JSON, or not an object
    json_type,     // a field of the wrong type
    json_unknown_field,
};

constexpr std::string_view to_string(errc code) noexcept {
    switch (code) {
        case errc::origins_missing:
            return "origins_missing";
        case errc::origin_malformed:
            return "origin_malformed";
        case errc::origin_null:
            return "origin_null";
        case errc::origin_wildcard_with_credentials:
            return "origin_wildcard_with_credentials";
        case errc::origin_insecure_with_credentials:
            return "origin_insecure_with_credentials";
        case errc::origin_public_suffix_wildcard:
            return "origin_public_suffix_wildcard";
        case errc::origin_regex_invalid:
            return "origin_regex_invalid";
        case errc::origin_regex_unescaped_dot:
            return "origin_regex_unescaped_dot";
        case errc::origin_duplicate:
            return "origin_duplicate";
        case errc::origin_wildcard_absorbs:
            return "origin_wildcard_absorbs";
        case errc::method_invalid:
            return "method_invalid";
        case errc::method_forbidden:
            return "method_forbidden";
        case errc::request_header_invalid:
            return "request_header_invalid";
        case errc::request_header_forbidden:
            return "request_header_forbidden";
        case errc::request_header_prohibited:
            return "request_header_prohibited";
        case errc::request_headers_conflict:
            return "request_headers_conflict";
        case errc::exposed_header_invalid:
            return "exposed_header_invalid";
        case errc::exposed_header_forbidden:
            return "exposed_header_forbidden";
        case errc::exposed_header_prohibited:
            return "exposed_header_prohibited";
        case errc::exposed_header_wildcard_with_credentials:
            return "exposed_header_wildcard_with_credentials";
        case errc::max_age_negative:
            return "max_age_negative";
        case errc::max_age_too_large:
            return "max_age_too_large";
        case errc::max_age_above_browser_cap:
            return "max_age_above_browser_cap";
        case errc::preflight_status_invalid:
            return "preflight_status_invalid";
        case errc::preflight_failure_status_invalid:
            return "preflight_failure_status_invalid";
        case errc::origin_insecure:
            return "origin_insecure";
        case errc::origin_regex_any_scheme:
            return "origin_regex_any_scheme";
        case errc::method_duplicate:
            return "method_duplicate";
        case errc::request_header_duplicate:
            return "request_header_duplicate";
        case errc::request_headers_reflected_with_credentials:
            return "request_headers_reflected_with_credentials";
        case errc::exposed_header_sensitive:
            return "exposed_header_sensitive";
        case errc::exposed_header_duplicate:
            return "exposed_header_duplicate";
        case errc::debug_enabled:
            return "debug_enabled";
        case errc::private_network_deprecated:
            return "private_network_deprecated";
        case errc::route_path_invalid:
            return "route_path_invalid";
        case errc::route_method_invalid:
            return "route_method_invalid";
        case errc::route_conflict:
            return "route_conflict";
        case errc::routes_missing:
            return "routes_missing";
        case errc::json_invalid:
            return "json_invalid";
        case errc::json_type:
            return "json_type";
        case errc::json_unknown_field:
            return "json_unknown_field";
    }
    return "unknown";
}

enum class severity : std::uint8_t { error, warning };

constexpr std::string_view to_string(severity s) noexcept { return s == severity::error ? "error" : "warning"; }

struct diagnostic {
    errc code;
    cors::v1::severity severity;
    std::string field;    // JSON pointer into the config, e.g. "/origins/2"
    std::string value;    // the offending value, as given
    std::string message;  // what is wrong and what to do

    // "/origins/2: error origin_malformed: ... (value: "https://a.example/")", on one line:
    // control and non-ASCII bytes are escaped as \xHH.
    std::string to_string() const {
        std::string out;
        append_escaped(out, field);
        out += ": ";
        out += cors::v1::to_string(severity);
        out += ' ';
        out += cors::v1::to_string(code);
        out += ": ";
        append_escaped(out, message);
        if (!value.empty()) {
            out += " (value: \"";
            append_escaped(out, value);
            out += "\")";
        }
        return out;
    }

private:
    static void append_escaped(std::string& out, std::string_view text) {
        constexpr char hex[] = "0123456789abcdef";
        for (char c : text) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u >= 0x7f || c == '\\') {
                out += "\\x";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
};

// Thrown by policy::build when the config has at least one error; holds every diagnostic
// (errors and warnings) so that all problems can be fixed in one go.
class config_error : public std::invalid_argument {
public:
    explicit config_error(std::vector<diagnostic> diagnostics)
        : std::invalid_argument(summarize(diagnostics)), diagnostics_(std::move(diagnostics)) {}

    const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }

private:
    static std::string summarize(const std::vector<diagnostic>& ds) {
        std::string out = "invalid CORS policy:";
        for (const diagnostic& d : ds) {
            if (d.severity != severity::error) continue;
            out += "\n  ";
            out += d.to_string();
        }
        return out;
    }

    std::vector<diagnostic> diagnostics_;
};

}  // namespace v1
}  // namespace cors
