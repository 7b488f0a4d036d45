#pragma once
// The origin parsers behind cors/origin.hpp. parse_origin_or_pattern is the detailed one: it
// reads allow-list entries (pattern mode) and says why a value is not a canonical origin.
// parse_request_origin is the request path's: one pass with a byte-class table, no error
// detail, the detailed parser only for rare shapes. canonical_with_known_suffix checks an
// Origin a subdomain pattern matched (origin_matcher.hpp) for a fraction of that work.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "../origin.hpp"
#include "ascii.hpp"
#include "dots.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

constexpr std::string_view default_port(std::string_view scheme) noexcept {
    if (scheme == "http" || scheme == "ws") return "80";
    if (scheme == "https" || scheme == "wss") return "443";
    if (scheme == "ftp") return "21";
    return {};
}

// The digits after the host's ':' as a browser serializes them: 1-65535 in decimal without a
// leading zero (else port_invalid), never the scheme's default port (port_default). Sets
// `number` only when the port is valid. Both parsers read ports with it.
inline origin_error check_port(std::string_view port, std::string_view scheme, std::uint16_t& number) noexcept {
    if (port.empty() || port.size() > 5 || port[0] == '0') return origin_error::port_invalid;
    unsigned value = 0;
    for (char c : port) {
        if (!is_digit(c)) return origin_error::port_invalid;
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    if (value > 65535) return origin_error::port_invalid;
    if (port == default_port(scheme)) return origin_error::port_default;
    number = static_cast<std::uint16_t>(value);
    return origin_error::none;
}

inline origin_error check_ipv4(std::string_view h) noexcept {
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t start = i;
        unsigned value = 0;
        while (i < h.size() && is_digit(h[i])) {
            value = value * 10 + static_cast<unsigned>(h[i] - '0');
            if (value > 255) return origin_error::ipv4_not_canonical;
            ++i;
        }
        const std::size_t len = i - start;
        if (len == 0 || (len > 1 && h[start] == '0')) return origin_error::ipv4_not_canonical;
        ++parts;
        if (i == h.size()) break;
        if (h[i] != '.' || parts == 4) return origin_error::ipv4_not_canonical;
        ++i;
    }
    return parts == 4 ? origin_error::none : origin_error::ipv4_not_canonical;
}

// Parses the inside of "[...]" and checks it is exactly the RFC 5952 text a browser produces.
inline origin_error check_ipv6(std::string_view h) noexcept {
    if (h.empty() || h.size() > 39) return origin_error::ipv6_invalid;
    std::uint16_t groups[8] = {};
    int count = 0;
    int compress_at = -1;
    std::size_t i = 0;
    if (h.size() >= 2 && h[0] == ':' && h[1] == ':') {
        compress_at = 0;
        i = 2;
    } else if (h[0] == ':') {
        return origin_error::ipv6_invalid;
    }
    while (i < h.size()) {
        if (count == 8) return origin_error::ipv6_invalid;
        unsigned value = 0;
        std::size_t start = i;
        while (i < h.size() && i - start < 5 && hex_value(h[i]) >= 0) {
            value = value * 16 + static_cast<unsigned>(hex_value(h[i]));
            ++i;
        }
        const std::size_t len = i - start;
        if (len == 0 || len > 4) return origin_error::ipv6_invalid;
        if (i < h.size() && h[i] == '.') return origin_error::ipv6_not_canonical;  // embedded IPv4
        groups[count++] = static_cast<std::uint16_t>(value);
        if (i == h.size()) break;
        if (h[i] != ':') return origin_error::ipv6_invalid;
        ++i;
        if (i < h.size() && h[i] == ':') {
            if (compress_at >= 0) return origin_error::ipv6_invalid;
            compress_at = count;
            ++i;
        } else if (i == h.size()) {
            return origin_error::ipv6_invalid;  // trailing single ':'
        }
    }
    if (compress_at < 0 && count != 8) return origin_error::ipv6_invalid;
    if (compress_at >= 0 && count == 8) return origin_error::ipv6_not_canonical;
    std::uint16_t full[8] = {};
    if (compress_at < 0) {
        for (int k = 0; k < 8; ++k) full[k] = groups[k];
    } else {
        const int tail = count - compress_at;
        for (int k = 0; k < compress_at; ++k) full[k] = groups[k];
        for (int k = 0; k < tail; ++k) full[8 - tail + k] = groups[compress_at + k];
    }
    // Serialize canonically (longest run of >= 2 zero groups compressed, first on ties).
    int best_start = -1, best_len = 0;
    for (int k = 0; k < 8;) {
        if (full[k] != 0) {
            ++k;
            continue;
        }
        int run = k;
        while (run < 8 && full[run] == 0) ++run;
        if (run - k > best_len && run - k >= 2) {
            best_start = k;
            best_len = run - k;
        }
        k = run;
    }
    char buf[40];
    std::size_t n = 0;
    constexpr char digits[] = "0123456789abcdef";
    for (int k = 0; k < 8; ++k) {
        if (k == best_start) {
            buf[n++] = ':';
            if (k == 0) buf[n++] = ':';
            k += best_len - 1;
            continue;
        }
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const int d = (full[k] >> shift) & 0xF;
            if (d != 0 || started || shift == 0) {
                buf[n++] = digits[d];
                started = true;
            }
        }
        if (k != 7) buf[n++] = ':';
    }
    return std::string_view(buf, n) == h ? origin_error::none : origin_error::ipv6_not_canonical;
}

// Checks a domain-or-IPv4 host; `s` excludes any "*." prefix.
inline origin_error check_host(std::string_view h, bool allow_trailing_dot, bool& is_ip) noexcept {
    is_ip = false;
    if (h.empty()) return origin_error::host_empty;
    if (h.back() == '.') {
        if (!allow_trailing_dot) return origin_error::trailing_dot;
        h.remove_suffix(1);
        if (h.empty()) return origin_error::host_invalid;
    }
    if (h.size() > max_host_length) return origin_error::host_invalid;
    std::size_t label_start = 0;
    for (std::size_t i = 0; i <= h.size(); ++i) {
        if (i == h.size() || h[i] == '.') {
            const std::size_t len = i - label_start;
            if (len == 0 || len > max_label_length) return origin_error::host_invalid;
            label_start = i + 1;
            continue;
        }
        const char c = h[i];
        if (is_upper_alpha(c)) return origin_error::host_not_lower;
        if (!(is_lower_alpha(c) || is_digit(c) || c == '-' || c == '_')) return origin_error::host_invalid;
    }
    // The URL standard parses a host whose last label is numeric (or hex) as IPv4.
    const std::size_t last_dot = h.rfind('.');
    const std::string_view last = last_dot == std::string_view::npos ? h : h.substr(last_dot + 1);
    bool numeric = true;
    for (char c : last)
        if (!is_digit(c)) numeric = false;
    if (numeric || starts_with(last, "0x")) {
        is_ip = true;
        return check_ipv4(h);
    }
    return origin_error::none;
}

// The detailed parser: a serialized origin, or with `pattern` an allow-list entry (a leading
// "*." label, a ":*" port; no trailing dot), with the reason when it is neither.
inline origin_error parse_origin_or_pattern(std::string_view s, bool pattern, origin_view& out) noexcept {
    out = origin_view{};
    out.serialized = s;
    if (s.empty()) return origin_error::empty;
    if (s.size() > max_origin_length) return origin_error::too_long;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '%' || c == '\\' || c == '"' || c == '<' || c == '>')
            return origin_error::invalid_byte;
    }
    if (s == "null") {
        out.is_null = true;
        return origin_error::none;
    }
    // scheme
    std::size_t i = 0;
    while (i < s.size() && s[i] != ':' && s[i] != '/' && s[i] != '?' && s[i] != '#' && s[i] != '@') ++i;
    const std::string_view scheme = s.substr(0, i);
    if (scheme.empty() || scheme.size() > max_scheme_length ||
        !(is_lower_alpha(scheme[0]) || is_upper_alpha(scheme[0])))
        return origin_error::scheme_invalid;
    for (char c : scheme) {
        if (is_upper_alpha(c)) return origin_error::scheme_not_lower;
        if (!(is_lower_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.'))
            return origin_error::scheme_invalid;
    }
    if (s.substr(i, 3) != "://") return origin_error::missing_separator;
    if (scheme == "file") return origin_error::file_scheme;
    out.scheme = scheme;
    std::string_view rest = s.substr(i + 3);
    // Nothing may follow the authority; userinfo is reported first, as the likelier trick.
    if (rest.find('@') != std::string_view::npos) return origin_error::userinfo;
    for (char c : rest) {
        if (c == '/') return origin_error::path;
        if (c == '?') return origin_error::query;
        if (c == '#') return origin_error::fragment;
    }
    std::string_view host;
    std::string_view port_text;
    bool has_port = false;
    if (!rest.empty() && rest[0] == '[') {
        const std::size_t close = rest.find(']');
        if (close == std::string_view::npos) return origin_error::ipv6_invalid;
        host = rest.substr(0, close + 1);
        const std::string_view after = rest.substr(close + 1);
        if (!after.empty()) {
            if (after[0] != ':') return origin_error::ipv6_invalid;
            has_port = true;
            port_text = after.substr(1);
        }
        for (char c : host.substr(1, host.size() - 2))
            if (is_upper_alpha(c)) return origin_error::ipv6_not_canonical;
        const origin_error e = check_ipv6(host.substr(1, host.size() - 2));
        if (e != origin_error::none) return e;
        out.is_ip = true;
    } else {
        const std::size_t colon = rest.find(':');
        host = rest.substr(0, colon);
        if (colon != std::string_view::npos) {
            has_port = true;
            port_text = rest.substr(colon + 1);
        }
        if (pattern && starts_with(host, "*.")) {
            out.any_subdomain = true;
            host.remove_prefix(2);
        }
        if (host.find('*') != std::string_view::npos) return origin_error::wildcard_invalid;
        const origin_error e = check_host(host, !pattern, out.is_ip);
        if (e != origin_error::none) return e;
        if (out.any_subdomain && out.is_ip) return origin_error::wildcard_ip;
    }
    if (host.empty()) return origin_error::host_empty;
    out.host = host;
    if (has_port) {
        if (pattern && port_text == "*") {
            out.any_port = true;
        } else {
            if (port_text.find('*') != std::string_view::npos) return origin_error::wildcard_invalid;
            const origin_error e = check_port(port_text, scheme, out.port_number);
            if (e != origin_error::none) return e;
            out.port = port_text;
        }
    }
    return origin_error::none;
}

// The request path's parser: one pass with a byte-class table, no error detail. It accepts
// exactly what parse_origin_or_pattern(s, false, out) accepts (tests/origin_test.cpp and the origin fuzzer
// check it); rare shapes (IPv6, IPv4, a trailing dot) are handed to the detailed parser.
namespace byte_class {
inline constexpr unsigned char lower = 1, digit = 2, scheme_extra = 4 /* + - . */, host_extra = 8 /* - _ */,
                               host_or_dot = 16 /* lower, digit, - _ . */;
struct table {
    unsigned char bits[256] = {};
    constexpr table() {
        for (int c = 'a'; c <= 'z'; ++c) bits[c] = lower | host_or_dot;
        for (int c = '0'; c <= '9'; ++c) bits[c] = digit | host_or_dot;
        bits[static_cast<unsigned char>('+')] = scheme_extra;
        bits[static_cast<unsigned char>('.')] = scheme_extra | host_or_dot;
        bits[static_cast<unsigned char>('-')] = scheme_extra | host_extra | host_or_dot;
        bits[static_cast<unsigned char>('_')] = host_extra | host_or_dot;
    }
};
inline constexpr table classes{};
constexpr unsigned char of(char c) noexcept { return classes.bits[static_cast<unsigned char>(c)]; }
}  // namespace byte_class

// Whether `s` is a canonical origin, given that it is scheme "://" host [":" port] with the
// host s[host_start, host_end) (host_end is s.size() or the ':') ending in `suffix_length`
// bytes that are known to be a valid, non-numeric host (an origin pattern's suffix) preceded by
// a '.'. Only the rest is checked: the labels before the suffix, the lengths, the port.
// Agrees with parse_request_origin on such strings, for a fraction of its work.
inline bool canonical_with_known_suffix(std::string_view s, std::string_view scheme, std::size_t host_start,
                                        std::size_t host_end, std::size_t suffix_length) noexcept {
    if (s.size() > max_origin_length || host_end - host_start > max_host_length) return false;
    const char* p = s.data();
    const std::size_t dot = host_end - suffix_length - 1;  // p[dot] == '.'
    std::size_t label = host_start;
    for (std::size_t i = host_start; i < dot; ++i) {
        if (p[i] == '.') {
            if (i == label || i - label > max_label_length) return false;
            label = i + 1;
        } else if (!(byte_class::of(p[i]) & byte_class::host_or_dot)) {
            return false;
        }
    }
    if (dot == label || dot - label > max_label_length) return false;
    std::uint16_t port_number = 0;
    return host_end == s.size() || check_port(std::string_view(p + host_end + 1, s.size() - host_end - 1), scheme,
                                              port_number) == origin_error::none;
}

inline bool parse_request_origin(std::string_view s, origin_view& out) noexcept {
    const std::size_t n = s.size();
    if (n == 0 || n > max_origin_length) return false;
    const char* p = s.data();
    std::size_t i = 0;
    // The two usual schemes as one comparison each; the rest byte by byte.
    if (n >= 9 && std::memcmp(p, "https://", 8) == 0) {
        i = 5;
    } else if (n >= 8 && std::memcmp(p, "http://", 7) == 0) {
        i = 4;
    } else {
        if (n == 4 && s == "null") {
            out = origin_view{};
            out.serialized = s;
            out.is_null = true;
            return true;
        }
        if (!is_lower_alpha(p[0])) return false;
        i = 1;
        while (i < n && (byte_class::of(p[i]) & (byte_class::lower | byte_class::digit | byte_class::scheme_extra)))
            ++i;
        if (i > max_scheme_length || n - i < 4 || p[i] != ':' || p[i + 1] != '/' || p[i + 2] != '/') return false;
        if (std::string_view(p, i) == "file") return false;
    }
    const std::string_view scheme(p, i);
    i += 3;
    if (p[i] == '[') return parse_origin_or_pattern(s, false, out) == origin_error::none;
    const std::size_t host_start = i;
    // Host bytes, dots included, and label structure (none empty, none over 63 bytes) in one
    // pass, eight bytes at a time while they last: a long label fails as soon as it is long.
    std::size_t label = host_start;  // where the current label starts
    while (i + 8 <= n && (byte_class::of(p[i]) & byte_class::of(p[i + 1]) & byte_class::of(p[i + 2]) &
                          byte_class::of(p[i + 3]) & byte_class::of(p[i + 4]) & byte_class::of(p[i + 5]) &
                          byte_class::of(p[i + 6]) & byte_class::of(p[i + 7]) & byte_class::host_or_dot)) {
        for (std::uint64_t dots = byte_mask(load_bytes(p + i, 8), '.'); dots != 0; dots &= dots - 1) {
            const std::size_t dot = i + lowest_flagged_byte(dots);
            if (dot == label || dot - label > max_label_length) return false;
            label = dot + 1;
        }
        i += 8;
        if (i - label > max_label_length) return false;
    }
    for (; i < n && (byte_class::of(p[i]) & byte_class::host_or_dot); ++i) {
        if (p[i] != '.') continue;
        if (i == label || i - label > max_label_length) return false;
        label = i + 1;
    }
    if (i - label > max_label_length) return false;
    if (i < n && p[i] != ':') return false;
    const std::string_view host(p + host_start, i - host_start);
    if (host.empty()) return parse_origin_or_pattern(s, false, out) == origin_error::none;
    const std::size_t label_start = label;
    // IPv4 (the last label is numeric or hex: it starts with a digit) and trailing dots: the
    // detailed parser decides.
    if (label_start == i || (byte_class::of(p[label_start]) & byte_class::digit))
        return parse_origin_or_pattern(s, false, out) == origin_error::none;
    if (host.size() > max_host_length) return false;
    std::string_view port;
    std::uint16_t port_number = 0;
    if (i < n) {  // p[i] == ':'
        port = s.substr(i + 1);
        if (check_port(port, scheme, port_number) != origin_error::none) return false;
    }
    // Field by field: `out = origin_view{}` builds and copies a whole temporary (~70
    // instructions, a quarter of this function on a typical origin).
    out.serialized = s;
    out.scheme = scheme;
    out.host = host;
    out.port = port;
    out.port_number = port_number;
    out.is_ip = false;
    out.is_null = false;
    out.any_subdomain = false;
    out.any_port = false;
    return true;
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
