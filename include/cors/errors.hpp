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

#include "detail/ascii.hpp"   // escape_for_line
#include "detail/config.hpp"  // CORS_THROW
#include "detail/enum_table.hpp"

namespace cors {
inline namespace v1 {

// Every diagnostic code, once: X(name, what it means). The enum, to_string and the README
// check (tests/readme) all read this list.
#define CORS_ERRC_TABLE(X)                                                                                         \
    X(origins_missing, "nothing allowed at all")                                                                   \
    X(origin_malformed, "not a canonical origin or origin pattern")                                                \
    X(origin_null, "\"null\" without dangerously_allow_null_origin")                                               \
    X(origin_wildcard_with_credentials, "\"*\" with credentials")                                                  \
    X(origin_insecure_with_credentials, "http:// or ws:// (not loopback) with credentials")                        \
    X(origin_public_suffix_wildcard,                                                                               \
      "\"*.\" over a public suffix or a domain with one below it (error with credentials, else warning)")          \
    X(origin_regex_invalid, "does not compile, or uses an unsupported construct")                                  \
    X(origin_regex_unescaped_dot, "\".\" outside a class matches any byte (error with credentials, else warning)") \
    X(origin_duplicate, "warning: listed twice")                                                                   \
    X(origin_wildcard_absorbs, "warning: \"*\" makes other entries pointless")                                     \
    X(origin_insecure, "warning: http:// or ws:// (not loopback), without credentials")                            \
    X(origin_regex_any_scheme, "a regex on the host alone accepts any scheme and port (error with credentials)")   \
    X(origin_default_port, "warning: the Kong loader read \"https://host:443\" as \"https://host\"")               \
    X(method_invalid, "method invalid")                                                                            \
    X(method_forbidden, "CONNECT, TRACE, TRACK")                                                                   \
    X(method_duplicate, "warning: listed twice")                                                                   \
    X(method_safelisted, "warning: GET, HEAD or POST listed; they are always allowed")                             \
    X(method_ignored, "warning: the Kong loader drops TRACE and CONNECT (browsers never send them)")               \
    X(method_not_in_kong, "warning: a method token outside Kong's nine; Kong itself would refuse the file")        \
    X(request_header_invalid, "request header invalid")                                                            \
    X(request_header_forbidden, "Fetch forbidden request-header names")                                            \
    X(request_header_prohibited, "response-only names such as access-control-allow-origin")                        \
    X(request_headers_conflict, "a list together with reflect_request_headers")                                    \
    X(request_header_duplicate, "warning: listed twice")                                                           \
    X(request_header_ignored, "warning: the Kong loader drops a forbidden request-header name")                    \
    X(request_headers_reflected_with_credentials, "warning: any header is allowed on credentialed requests")       \
    X(exposed_header_invalid, "exposed header invalid")                                                            \
    X(exposed_header_forbidden, "set-cookie, set-cookie2")                                                         \
    X(exposed_header_prohibited, "request-only or preflight-only names")                                           \
    X(exposed_header_wildcard_with_credentials, "exposed header wildcard with credentials")                        \
    X(exposed_header_sensitive, "warning: credentials or tokens (Authorization, WWW-Authenticate...)")             \
    X(exposed_header_duplicate, "warning: listed twice")                                                           \
    X(max_age_negative, "max age negative")                                                                        \
    X(max_age_too_large, "error above 2^31-1")                                                                     \
    X(max_age_above_browser_cap, "warning above 7200 (Chromium's cap)")                                            \
    X(preflight_status_invalid, "success status outside 200-299")                                                  \
    X(preflight_failure_status_invalid, "outside 200-599")                                                         \
    X(debug_enabled, "warning: denied preflights disclose the policy (development only)")                          \
    X(private_network_deprecated, "warning: Private Network Access preflights are gone from browsers")             \
    X(route_path_invalid, "not an absolute path prefix")                                                           \
    X(route_method_invalid, "route method invalid")                                                                \
    X(route_conflict, "the same path prefix and method in two routes")                                             \
    X(routes_missing, "neither a route nor a default policy")                                                      \
    X(cross_origin_protection_status_invalid, "the status of a refused cross-origin request outside 400-599")      \
    X(cross_origin_bypass_path_invalid, "a bypass path the router's path rules refuse")                            \
    X(cross_origin_protection_trusts_any_origin, "warning: with \"*\" every origin is trusted")                    \
    X(route_needs_host, "a Kong route told apart by hosts, headers, snis or sources alone")                        \
    X(kong_format_version, "a Kong file's _format_version missing or not 1.1, 2.1, 3.0")                           \
    X(kong_reference_unknown, "a Kong plugin or route names an undefined service or route")                        \
    X(kong_name_duplicate, "a Kong name or id used twice, or two cors plugins in one scope")                       \
    X(kong_ignored, "warning: a Kong setting left out (consumer plugin, grpc route, hosts)")                       \
    X(yaml_invalid, "not YAML")                                                                                    \
    X(json_invalid, "not JSON, or not an object")                                                                  \
    X(json_type, "a field of the wrong type")                                                                      \
    X(json_unknown_field, "json unknown field")                                                                    \
    X(json_duplicate_key, "an object key given twice (the last would silently win)")                               \
    X(json_too_deep, "nested deeper than the loader reads (max_json_depth)")                                       \
    X(json_out_of_range, "a number outside what the field can hold")

enum class errc : std::uint8_t { CORS_ERRC_TABLE(CORS_DETAIL_ENUMERATOR_OF_ROW) };

namespace detail {
inline constexpr std::string_view errc_names[] = {CORS_ERRC_TABLE(CORS_DETAIL_NAME_OF_ROW)};
// NOLINTNEXTLINE(bugprone-suspicious-missing-comma): a row's text may be literals joined
inline constexpr std::string_view errc_texts[] = {CORS_ERRC_TABLE(CORS_DETAIL_TEXT_OF_ROW)};
}  // namespace detail

constexpr std::string_view to_string(errc code) noexcept { return detail::table_entry(detail::errc_names, code); }

// What a code means, in one line.
constexpr std::string_view describe(errc code) noexcept { return detail::table_entry(detail::errc_texts, code); }

// The longest value a diagnostic quotes; longer ones are cut there and end in "...", so that a
// hostile 1 MiB entry does not become a 1 MiB log line.
inline constexpr std::size_t max_quoted_value_length = 200;

namespace detail {
inline std::string clip_value(std::string_view value) {
    if (value.size() <= max_quoted_value_length) return std::string(value);
    std::size_t n = max_quoted_value_length;
    while (n > 0 && (static_cast<unsigned char>(value[n]) & 0xC0) == 0x80) --n;  // not inside a UTF-8 sequence
    return std::string(value.substr(0, n)) + "...";
}
}  // namespace detail

enum class severity : std::uint8_t { error, warning };

constexpr std::string_view to_string(severity s) noexcept { return s == severity::error ? "error" : "warning"; }

struct diagnostic {
    errc code;
    cors::v1::severity severity;
    std::string field;    // JSON pointer into the config, e.g. "/origins/2"
    std::string value;    // the offending value, as given
    std::string message;  // what is wrong and what to do

    // "/origins/2: error origin_malformed: ... (value: "https://a.example/")", on one line:
    // control and non-ASCII bytes are escaped as \xHH (detail::escape_for_line), and '"' in the value.
    std::string to_string() const {
        std::string out;
        if (field.empty())
            out += "(document)";  // the pointer "" is the whole document
        else
            detail::append_escaped(out, field, detail::quotes::kept);
        out += ": ";
        out += cors::v1::to_string(severity);
        out += ' ';
        out += cors::v1::to_string(code);
        out += ": ";
        detail::append_escaped(out, message, detail::quotes::kept);
        if (!value.empty()) {
            out += " (value: \"";
            detail::append_escaped(out, value, detail::quotes::escaped);
            out += "\")";
        }
        return out;
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
