#pragma once
// How a router reads a request target, so that a request never gets the policy of a route the
// server will not run. Servers disagree on paths: cpp-httplib percent-decodes before routing,
// Beast applications usually route the raw target, Kong decodes unreserved characters and
// resolves dot segments, Java servers strip ";parameters", some servers fold case. So:
// - only what every server reads the same way is accepted at all (an allowlist of bytes, no
//   dot segment, no empty segment, no segment ending in '.' or ' ' that Windows would trim);
// - what servers may read in two ways (a percent-encoded byte, upper case, a lower-case
//   method, HEAD answered by the GET handler) is matched under every reading, and when the
//   readings select different policies the answer is no policy: no CORS header at all.

#include <cstddef>
#include <string_view>

#include "ascii.hpp"

namespace cors {
inline namespace v1 {

// Longest request path (the target before '?' or '#') a router matches; longer paths get no
// policy. The router reads at most this many bytes of a target, plus two.
inline constexpr std::size_t max_request_path_length = 2048;

namespace detail {

// Byte classes of a request path.
struct path_byte_classes {
    static constexpr unsigned char raw = 1;        // may appear as it is
    static constexpr unsigned char decodable = 2;  // may appear percent-encoded (decoded when matching)
    unsigned char table[256] = {};
    constexpr path_byte_classes() {
        // RFC 3986 pchar and '/', without ';' (path parameters, which Java servers strip) and '%'.
        for (int c = 'a'; c <= 'z'; ++c) table[c] = table[c - 'a' + 'A'] = raw;
        for (int c = '0'; c <= '9'; ++c) table[c] = raw;
        for (char c : {'-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', '=', ':', '@', '/'})
            table[static_cast<unsigned char>(c)] = raw;
        // Printable ASCII and space may be percent-encoded, except what changes the path's
        // structure once decoded: '/', '.', '%' (double decoding), ';', '\\', '?' and '#'.
        for (int c = 0x20; c < 0x7f; ++c) table[c] |= decodable;
        for (char c : {'/', '.', '%', ';', '\\', '?', '#'})
            table[static_cast<unsigned char>(c)] &= static_cast<unsigned char>(~decodable);
    }
};
inline constexpr path_byte_classes path_bytes{};

// The two readings of a request path that servers apply.
struct request_path {
    std::string_view raw;      // as sent, query and fragment cut
    std::string_view decoded;  // percent-decoded (the same view when nothing was encoded)
    bool has_upper = false;    // an upper-case letter in either reading
};

// Reads the path of `target` into `out`, decoding into `buffer`; false when the path is one
// that servers could route differently from each other (see the top of this file) or is
// longer than max_request_path_length.
inline bool read_request_path(std::string_view target, char (&buffer)[max_request_path_length],
                              request_path& out) noexcept {
    if (target.empty() || target[0] != '/') return false;
    buffer[0] = '/';
    std::size_t n = 1;      // decoded bytes written
    std::size_t start = 1;  // where the current decoded segment starts
    bool encoded = false;
    bool upper = false;
    const auto segment_ok = [&]() noexcept {
        if (n == start) return false;  // "//": servers merge or keep empty segments
        const char last = buffer[n - 1];
        return last != '.' && last != ' ';  // ".", "..", and names Windows trims
    };
    std::size_t i = 1;
    for (; i < target.size(); ++i) {
        char c = target[i];
        if (c == '?' || c == '#') break;
        if (i >= max_request_path_length) return false;
        if (c == '%') {
            if (target.size() - i < 3) return false;
            const int hi = hex_value(target[i + 1]);
            const int lo = hex_value(target[i + 2]);
            if (hi < 0 || lo < 0) return false;
            c = static_cast<char>(hi * 16 + lo);
            if (!(path_bytes.table[static_cast<unsigned char>(c)] & path_byte_classes::decodable)) return false;
            encoded = true;
            i += 2;
        } else if (!(path_bytes.table[static_cast<unsigned char>(c)] & path_byte_classes::raw)) {
            return false;
        }
        if (c == '/') {
            if (!segment_ok()) return false;
            start = n + 1;
        }
        upper = upper || is_upper_alpha(c);
        buffer[n++] = c;
    }
    if (n > start && !segment_ok()) return false;  // the last segment (empty after a final '/')
    out.raw = target.substr(0, i);
    out.decoded = encoded ? std::string_view(buffer, n) : out.raw;
    out.has_upper = upper;
    return true;
}

// Whether a route path prefix covers a path: "/api/" covers what is below it, "/api" covers
// itself and what is below it. `fold`: compare letters case-insensitively.
constexpr bool path_covers(std::string_view prefix, std::string_view path, bool fold) noexcept {
    if (path.size() < prefix.size()) return false;
    if (fold ? !iequals(path.substr(0, prefix.size()), prefix) : path.substr(0, prefix.size()) != prefix) return false;
    if (prefix.back() == '/' || path.size() == prefix.size()) return true;
    return path[prefix.size()] == '/';
}

// Whether a route path is one the router can match: exactly what read_request_path accepts,
// unencoded, without query or fragment.
inline bool is_valid_route_path(std::string_view path) noexcept {
    if (path.size() > max_request_path_length || path.find_first_of("%?#") != std::string_view::npos) return false;
    char buffer[max_request_path_length];
    request_path read;
    return read_request_path(path, buffer, read) && read.raw.size() == path.size();
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
