#pragma once
// ASCII helpers shared by the parsers. Everything here is byte-oriented on purpose:
// HTTP field names and origins are ASCII, and locale-aware functions would be wrong and slow.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "config.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

constexpr bool is_lower_alpha(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_upper_alpha(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ows(char c) noexcept { return c == ' ' || c == '\t'; }

// The value of a hexadecimal digit, or -1.
constexpr int hex_value(char c) noexcept {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Lookup tables: the decision path classifies every byte of the request headers it reads.
struct ascii_tables {
    char lower[256] = {};
    bool tchar[256] = {};
    constexpr ascii_tables() {
        for (int c = 0; c < 256; ++c) lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (int c = '0'; c <= '9'; ++c) tchar[c] = true;
        for (int c = 'a'; c <= 'z'; ++c) tchar[c] = tchar[c - 'a' + 'A'] = true;
        // RFC 9110 tchar: the bytes allowed in a token (method names, header field names).
        for (char c : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
            tchar[static_cast<unsigned char>(c)] = true;
    }
};
inline constexpr ascii_tables tables{};

constexpr char to_lower(char c) noexcept { return tables.lower[static_cast<unsigned char>(c)]; }

constexpr bool is_tchar(char c) noexcept { return tables.tchar[static_cast<unsigned char>(c)]; }

constexpr bool is_token(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_tchar(c)) return false;
    return true;
}

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (to_lower(a[i]) != to_lower(b[i])) return false;
    return true;
}

constexpr bool starts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

constexpr bool ends_with(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr std::string_view trim_ows(std::string_view s) noexcept {
    while (!s.empty() && is_ows(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ows(s.back())) s.remove_suffix(1);
    return s;
}

// Up to 8 bytes as one word, first byte lowest, the rest zero (the short tails of the
// word-at-a-time hashes and scans). Two overlapping 4-byte loads, or three single bytes,
// instead of a loop: never reads outside [p, p + n).
CORS_ALWAYS_INLINE std::uint64_t load_bytes(const char* p, std::size_t n) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        return w;
    }
    if (n >= 4) {
        std::uint32_t low, high;
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + n - 4, 4);
        return std::uint64_t{low} | (std::uint64_t{high} << (8 * (n - 4)));
    }
    if (n == 0) return 0;
    const auto byte = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); };
    return byte(0) | byte(n / 2) | byte(n - 1);
#else
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < n && i < 8; ++i) w |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    return w;
#endif
}

// Byte equality of two ranges of n bytes, a word at a time (the last word overlapping): no
// library call for the short strings of the request path.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    if (n < 8) return load_bytes(a, n) == load_bytes(b, n);
    std::uint64_t x, y;
    for (std::size_t i = 0; i + 8 < n; i += 8) {
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y) return false;
    }
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
}

// Equality with a string literal as fixed-size loads: no library call on the request path.
template <std::size_t N>
inline bool equals(std::string_view s, const char (&literal)[N]) noexcept {
    return s.size() == N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}

inline std::string to_lower_copy(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = to_lower(c);
    return out;
}

// The one rule for writing bytes that may come from a client into a log or diagnostic line:
// printable ASCII is kept, any other byte (CR, LF, NUL, non-ASCII) and '\' become \xHH, and
// so does '"' when the text is printed between quotes (it could end them early).
enum class quotes : bool { kept, escaped };

template <class Put>
constexpr void escape_for_line(std::string_view text, quotes q, Put&& put) noexcept(noexcept(put('x'))) {
    constexpr char hex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && c != '\\' && !(c == '"' && q == quotes::escaped)) {
            put(c);
        } else {
            put('\\');
            put('x');
            put(hex[u >> 4]);
            put(hex[u & 0xF]);
        }
    }
}

inline void append_escaped(std::string& out, std::string_view text, quotes q) {
    escape_for_line(text, q, [&out](char c) { out += c; });
}

// A quoted value for a log line.
inline std::string escape_for_log(std::string_view text) {
    std::string out;
    append_escaped(out, text, quotes::escaped);
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
