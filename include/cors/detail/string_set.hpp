#pragma once
// Open-addressing hash set of strings, built once when the policy is built and only read
// afterwards: lookups are noexcept, allocation-free and safe from many threads at once.
// Two flavours: byte-exact (origins, methods) and ASCII case-insensitive (header names).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.hpp"
#include "hash_index.hpp"
#include "config.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// Word-at-a-time multiplicative hash, for strings longer than short_key::max_length.
// When `fold_case` is set, bit 0x20 is forced on every byte so that "Content-Type" and
// "content-type" hash alike (a few non-letters collide too; equality is checked after).
template <bool FoldCase>
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t fold = FoldCase ? 0x2020202020202020ull : 0;
    std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * k);
    const char* p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ (w | fold)) * k;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        // The tail: when the string is at least 8 bytes long (always, for the strings over
        // short_key::max_length this hashes), re-read its last 8 bytes (overlapping) and shift
        // the already-hashed ones out.
        std::uint64_t w = 0;
        if (s.size() >= 8) {
            std::memcpy(&w, p + n - 8, 8);
            w >>= 8 * (8 - n);
        } else {
            w = load_bytes(p, n);
        }
        const std::uint64_t mask = (std::uint64_t{1} << (8 * n)) - 1;
        h = (h ^ ((w | fold) & mask)) * k;
        h ^= h >> 29;
    }
    return h;
}

// The bytes of a string of at most 32 bytes as its length and four 8-byte words: windows at
// 0, 8, 16 and the last 8 bytes (clamped, so they overlap on shorter strings). Two such
// strings are equal exactly when their lengths and words are: a lookup compares four words
// instead of calling memcmp.
struct short_key {
    static constexpr std::size_t max_length = 32;
    std::uint64_t length = 0;
    std::uint64_t w[4] = {};

    CORS_ALWAYS_INLINE static short_key of(const char* p, std::size_t n) noexcept {
        short_key k;
        k.length = n;
        if (n >= 8) {
            std::memcpy(&k.w[0], p, 8);
            std::memcpy(&k.w[1], p + (n >= 16 ? 8 : n - 8), 8);
            std::memcpy(&k.w[2], p + (n >= 24 ? 16 : n - 8), 8);
            std::memcpy(&k.w[3], p + n - 8, 8);
        } else {
            k.w[0] = load_bytes(p, n);
        }
        return k;
    }
    // Independent multiplications: the CPU overlaps them. Up to 16 bytes, w[1] and w[2] repeat
    // w[3] and add nothing.
    CORS_ALWAYS_INLINE std::uint64_t hash() const noexcept {
        std::uint64_t h = (w[0] * 0x9E3779B97F4A7C15ull) ^ (w[3] * 0x27D4EB2F165667C5ull) ^ (length << 56);
        if (length > 16) h ^= (w[1] * 0xC2B2AE3D27D4EB4Full) ^ (w[2] * 0x165667B19E3779F9ull);
        h ^= h >> 32;  // fold the high bits, where the products mix best, into the index bits
        h *= 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 29);
    }
    bool operator==(const short_key& o) const noexcept {
        return length == o.length && w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2] && w[3] == o.w[3];
    }
};

template <bool FoldCase>
class basic_string_set {
public:
    // Inserts unless an equal string is present; returns whether it was inserted.
    bool insert(std::string_view s) {
        if (contains(s)) return false;
        if constexpr (FoldCase)
            strings_.push_back(to_lower_copy(s));
        else
            strings_.emplace_back(s);
        if (s.size() > max_length_) max_length_ = s.size();
        const std::string& stored = strings_.back();
        const bool is_short = stored.size() <= short_key::max_length;
        keys_.push_back(is_short ? short_key::of(stored.data(), stored.size()) : long_key());
        index_.add(strings_.size() - 1, is_short ? keys_.back().hash() : hash_bytes<FoldCase>(stored));
        return true;
    }

    CORS_ALWAYS_INLINE bool contains(std::string_view s) const noexcept { return find(s) != npos; }

    // For a case-folding set: lookup of a probe known to have no upper-case letter (what
    // browsers send), with no folding pass.
    CORS_ALWAYS_INLINE bool contains_lower(std::string_view s) const noexcept {
        if (s.size() > max_length_) return false;
        if (s.size() <= short_key::max_length) return find_short_in_few(short_key::of(s.data(), s.size())) != npos;
        return find_long(s) != npos;
    }

    // contains() for a byte-exact set that is usually a handful of short entries (methods).
    CORS_ALWAYS_INLINE bool contains_few(std::string_view s) const noexcept {
        if (s.size() > max_length_) return false;
        if (s.size() <= short_key::max_length) return find_short_in_few(short_key::of(s.data(), s.size())) != npos;
        return find(s) != npos;
    }

    // Index of `s` in items(), or npos.
    CORS_ALWAYS_INLINE std::size_t find(std::string_view s) const noexcept {
        if (s.size() > max_length_) return npos;
        if (s.size() > short_key::max_length) return find_long(s);
        if constexpr (FoldCase) {
            char lower[short_key::max_length];
            for (std::size_t i = 0; i < s.size(); ++i) lower[i] = to_lower(s[i]);
            return find_short(short_key::of(lower, s.size()));
        } else {
            return find_short(short_key::of(s.data(), s.size()));
        }
    }

    static constexpr std::size_t npos = hash_index::npos;

    std::size_t size() const noexcept { return strings_.size(); }
    bool empty() const noexcept { return strings_.empty(); }
    const std::vector<std::string>& items() const noexcept { return strings_; }

private:
    static short_key long_key() noexcept {
        short_key k;
        k.length = ~std::uint64_t{0};  // never equal to a short probe's key
        return k;
    }

    CORS_ALWAYS_INLINE std::size_t find_short(const short_key& k) const noexcept {
        return index_.find(k.hash(), [&](std::size_t i) { return keys_[i] == k; });
    }

    // For sets that are usually a handful of entries (methods, request headers): with few
    // entries, comparing (lengths first: one instruction rules most out) beats hashing. Not
    // inside find_short: the exact-origin lookup, the refusal's whole cost, measured slower
    // with the extra test (actual_denied 6.9 -> 7.1-7.9 ns).
    CORS_ALWAYS_INLINE std::size_t find_short_in_few(const short_key& k) const noexcept {
        if (keys_.size() > max_scanned) return find_short(k);
        for (std::size_t i = 0; i < keys_.size(); ++i)
            if (keys_[i] == k) return i;
        return npos;
    }

    static constexpr std::size_t max_scanned = 6;

    std::size_t find_long(std::string_view s) const noexcept {
        return index_.find(hash_bytes<FoldCase>(s), [&](std::size_t i) { return equal(strings_[i], s); });
    }

    // `stored` is one of ours (lower-cased when FoldCase), `probe` comes from the request.
    static bool equal(std::string_view stored, std::string_view probe) noexcept {
        if constexpr (FoldCase) {
            if (stored.size() != probe.size()) return false;
            for (std::size_t i = 0; i < stored.size(); ++i)
                if (stored[i] != to_lower(probe[i])) return false;
            return true;
        } else {
            return stored == probe;
        }
    }

    std::vector<std::string> strings_;
    std::vector<short_key> keys_;  // parallel to strings_: what a lookup compares
    hash_index index_;
    std::size_t max_length_ = 0;
};

using string_set = basic_string_set<false>;
using ci_string_set = basic_string_set<true>;

}  // namespace detail
}  // namespace v1
}  // namespace cors
