#pragma once
// Strict parser for the serialized origin grammar of the Fetch standard (`origin-or-null`).
// Browsers only ever send canonical origins, so the parser accepts exactly those and never
// normalises: a value that is not canonical is not an origin a browser sent, and gets no CORS
// headers. The same parser, in pattern mode, reads allow-list entries such as
// `https://*.example.com` and `http://localhost:*`. This header is the parser's public face
// (limits, errors, the parsed view, parse_origin, check_origin); the parsers themselves are in
// detail/origin_parser.hpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/enum_table.hpp"

namespace cors {
inline namespace v1 {

// Longest origin we consider: scheme (64) + "://" + host (253 + trailing dot) + ":" + port (5).
inline constexpr std::size_t max_origin_length = 64 + 3 + 254 + 1 + 5;
inline constexpr std::size_t max_scheme_length = 64;
inline constexpr std::size_t max_host_length = 253;
inline constexpr std::size_t max_label_length = 63;

// Why a value is not a canonical serialized origin (or origin pattern), once: X(name, message).
// The enum and to_string (the message) read this list.
//   invalid_byte: control, space, non-ASCII or a byte no origin contains
//   scheme_invalid: must be lower-alpha *( lower-alpha / digit / "+" / "-" / "." )
//   missing_separator: no "://"
//   host_invalid: bad character, empty label, label or name too long
//   trailing_dot: a different origin; refused in allow-lists
//   port_invalid: empty, leading zero, more than 5 digits, 0 or above 65535
//   port_default: the scheme's default port written out: browsers omit it
//   wildcard_invalid: "*" anywhere but a leading "*." label or a ":*" port
//   wildcard_ip: "*." in front of an IP address
//   file_scheme: file: origins serialize as "null"
#define CORS_ORIGIN_ERROR_TABLE(X)                                                                                    \
    X(none, "ok")                                                                                                     \
    X(empty, "the origin is empty")                                                                                   \
    X(too_long, "the origin is longer than any valid origin")                                                         \
    X(invalid_byte,                                                                                                   \
      "the origin contains a byte no serialized origin contains (control, space, non-ASCII, '%' or '\\')")            \
    X(scheme_invalid, "the scheme must start with a letter and contain only a-z, 0-9, '+', '-', '.'")                 \
    X(scheme_not_lower, "the scheme must be lower case (browsers send lower case)")                                   \
    X(missing_separator, "expected '://' after the scheme")                                                           \
    X(userinfo, "an origin has no userinfo ('@')")                                                                    \
    X(path, "an origin has no path, not even a trailing '/'")                                                         \
    X(query, "an origin has no query ('?')")                                                                          \
    X(fragment, "an origin has no fragment ('#')")                                                                    \
    X(host_empty, "the host is empty")                                                                                \
    X(host_not_lower, "the host must be lower case (browsers send lower case)")                                       \
    X(host_invalid,                                                                                                   \
      "the host must be dot-separated labels of a-z, 0-9, '-', '_' (1-63 bytes each, 253 in all; use "                \
      "punycode for IDNs)")                                                                                           \
    X(trailing_dot, "a trailing dot makes a different origin; remove it")                                             \
    X(ipv4_not_canonical, "an IPv4 host must be four decimal octets without leading zeros, as browsers serialize it") \
    X(ipv6_invalid, "an IPv6 host must be a bracketed IPv6 address without zone")                                     \
    X(ipv6_not_canonical,                                                                                             \
      "an IPv6 host must be in the canonical RFC 5952 form browsers send (lower case, compressed, no "                \
      "leading zeros, no embedded IPv4)")                                                                             \
    X(port_invalid, "the port must be 1-65535 in decimal without leading zeros")                                      \
    X(port_default, "the scheme's default port is never sent by browsers; remove it")                                 \
    X(wildcard_invalid, "'*' is allowed only as a leading '*.' label or as the port ':*'")                            \
    X(wildcard_ip, "a subdomain wildcard cannot apply to an IP address")                                              \
    X(file_scheme, "file: origins are serialized as \"null\" by browsers")

enum class origin_error : std::uint8_t { CORS_ORIGIN_ERROR_TABLE(CORS_DETAIL_ENUMERATOR_OF_ROW) };

namespace detail {
// NOLINTNEXTLINE(bugprone-suspicious-missing-comma): a row's text may be literals joined
inline constexpr std::string_view origin_error_messages[] = {CORS_ORIGIN_ERROR_TABLE(CORS_DETAIL_TEXT_OF_ROW)};
}  // namespace detail

constexpr std::string_view to_string(origin_error e) noexcept {
    return detail::table_entry(detail::origin_error_messages, e);
}

// A parsed origin: non-owning views into the parsed text.
struct origin_view {
    std::string_view serialized;  // the whole value
    std::string_view scheme;      // "https"
    std::string_view host;        // "api.example.com", "127.0.0.1", "[::1]"; without "*." for patterns
    std::string_view port;        // digits, empty when absent (the scheme's default)
    std::uint16_t port_number = 0;
    bool is_ip = false;
    bool is_null = false;        // the opaque origin "null"
    bool any_subdomain = false;  // pattern "scheme://*.host"
    bool any_port = false;       // pattern "scheme://host:*"
};

namespace detail {
// The parsers, in detail/origin_parser.hpp (included at the end of this file).
inline bool parse_request_origin(std::string_view s, origin_view& out) noexcept;
inline origin_error parse_origin_or_pattern(std::string_view s, bool pattern, origin_view& out) noexcept;
}  // namespace detail

// Parses a request's Origin value. Returns nothing unless it is exactly the canonical
// serialization a browser sends (or "null"). A single trailing dot on the host is accepted:
// it is a distinct origin that browsers can send. noexcept, no allocation.
inline std::optional<origin_view> parse_origin(std::string_view value) noexcept {
    origin_view out;
    if (!detail::parse_request_origin(value, out)) return std::nullopt;
    return out;
}

// Same, reporting why the value is not a canonical origin.
inline origin_error check_origin(std::string_view value) noexcept {
    origin_view out;
    return detail::parse_origin_or_pattern(value, false, out);
}

}  // namespace v1
}  // namespace cors

#include "detail/origin_parser.hpp"
