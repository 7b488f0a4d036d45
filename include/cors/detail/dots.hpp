#pragma once
// Finding the dots of a host name eight bytes at a time: the origin parser checks label
// structure with it, the origin matcher finds label boundaries with it.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "ascii.hpp"
#include "config.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// Bit 8k+7 is set for each byte k of w that equals c: exact per byte (no borrow between bytes).
CORS_ALWAYS_INLINE std::uint64_t byte_mask(std::uint64_t w, char c) noexcept {
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    const std::uint64_t x = w ^ (0x0101010101010101ull * static_cast<unsigned char>(c));  // zero bytes where w has c
    return ~(((x & low7) + low7) | x) & ~low7;
}

// Bit 8k+7 is set for each '.' among s[base, base + 8); bytes past the end count as not '.'.
// Needs base < s.size().
CORS_ALWAYS_INLINE std::uint64_t dot_mask(std::string_view s, std::size_t base) noexcept {
    std::uint64_t w = 0;
    const std::size_t left = s.size() - base;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (left >= 8) {
        std::memcpy(&w, s.data() + base, 8);
    } else if (s.size() >= 8) {  // re-read the last 8 bytes and shift the bytes before base out
        std::memcpy(&w, s.data() + s.size() - 8, 8);
        w >>= 8 * (8 - left);
    } else
#endif
    {
        w = load_bytes(s.data() + base, left);
    }
    return byte_mask(w, '.');
}

// Index (0-7) of the lowest and highest byte flagged in a non-zero dot_mask.
inline std::size_t lowest_flagged_byte(std::uint64_t mask) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<std::size_t>(__builtin_ctzll(mask)) >> 3;
#else
    std::size_t i = 0;
    while (!((mask >> (8 * i + 7)) & 1)) ++i;
    return i;
#endif
}

inline std::size_t highest_flagged_byte(std::uint64_t mask) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<std::size_t>(63 - __builtin_clzll(mask)) >> 3;
#else
    std::size_t i = 7;
    while (!((mask >> (8 * i + 7)) & 1)) --i;
    return i;
#endif
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
