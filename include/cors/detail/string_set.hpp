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

namespace cors {
inline namespace v1 {
namespace detail {

// Word-at-a-time multiplicative hash: fast for the 10-60 byte strings we store.
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
        // The tail without a variable-length memcpy: when the string is at least 8 bytes
        // long, re-read its last 8 bytes (overlapping) and shift the already-hashed ones out.
        std::uint64_t w = 0;
        if (s.size() >= 8) {
            std::memcpy(&w, p + n - 8, 8);
            w >>= 8 * (8 - n);
        } else if (n >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            w = lo | (std::uint64_t{hi} << (8 * (n - 4)));
        } else {
            w = static_cast<unsigned char>(p[0]) |
                (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << (8 * (n / 2))) |
                (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << (8 * (n - 1)));
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
            for (std::size_t i = 0; i < n; ++i) k.w[0] |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
        }
        return k;
    }
    // Independent multiplications: the CPU overlaps them.
    CORS_ALWAYS_INLINE std::uint64_t hash() const noexcept {
        std::uint64_t h = (w[0] * 0x9E3779B97F4A7C15ull) ^ (w[1] * 0xC2B2AE3D27D4EB4Full) ^
                          (w[2] * 0x165667B19E3779F9ull) ^ (w[3] * 0x27D4EB2F165667C5ull) ^ (length << 56);
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
    basic_string_set() = default;
    basic_string_set(const basic_string_set& other) { *this = other; }
    basic_string_set& operator=(const basic_string_set& other) {
        if (this != &other) {
            strings_ = other.strings_;
            keys_ = other.keys_;
            slots_ = other.slots_;
            mask_ = other.mask_;
            max_length_ = other.max_length_;
        }
        return *this;
    }
    basic_string_set(basic_string_set&&) noexcept = default;
    basic_string_set& operator=(basic_string_set&&) noexcept = default;

    // Inserts unless an equal string is present; returns whether it was inserted.
    bool insert(std::string_view s) {
        if (contains(s)) return false;
        if constexpr (FoldCase)
            strings_.push_back(to_lower_copy(s));
        else
            strings_.emplace_back(s);
        if (s.size() > max_length_) max_length_ = s.size();
        const std::string& stored = strings_.back();
        keys_.push_back(stored.size() <= short_key::max_length ? short_key::of(stored.data(), stored.size())
                                                               : long_key());
        if (strings_.size() * 4 > slots_.size()) {
            rebuild();  // doubles: amortised constant per insert
        } else {
            place(strings_.size() - 1);
        }
        return true;
    }

    bool contains(std::string_view s) const noexcept { return find(s) != npos; }

    // For a case-folding set: lookup of a probe known to have no upper-case letter (what
    // browsers send), with no folding pass.
    bool contains_lower(std::string_view s) const noexcept {
        if (slots_.empty() || s.size() > max_length_) return false;
        if (s.size() <= short_key::max_length) return find_short(short_key::of(s.data(), s.size())) != npos;
        return find_long(s) != npos;
    }

    // Index of `s` in items(), or npos.
    std::size_t find(std::string_view s) const noexcept {
        if (slots_.empty() || s.size() > max_length_) return npos;
        if (s.size() > short_key::max_length) return find_long(s);
        if constexpr (FoldCase) {
            char lower[short_key::max_length];
            for (std::size_t i = 0; i < s.size(); ++i) lower[i] = to_lower(s[i]);
            return find_short(short_key::of(lower, s.size()));
        } else {
            return find_short(short_key::of(s.data(), s.size()));
        }
    }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::size_t size() const noexcept { return strings_.size(); }
    bool empty() const noexcept { return strings_.empty(); }
    std::size_t max_length() const noexcept { return max_length_; }
    const std::vector<std::string>& items() const noexcept { return strings_; }

private:
    static constexpr std::uint32_t empty_slot = 0xFFFFFFFFu;
    // Slots hold only the hash and an index (16 bytes, four to a cache line); the keys to
    // compare on a hash match sit apart, in keys_.
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t index = empty_slot;
    };

    static short_key long_key() noexcept {
        short_key k;
        k.length = ~std::uint64_t{0};  // never equal to a short probe's key
        return k;
    }

    CORS_ALWAYS_INLINE std::size_t find_short(const short_key& k) const noexcept {
        const std::uint64_t h = k.hash();
        for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
            const slot& sl = slots_[i];
            if (sl.index == empty_slot) return npos;
            if (sl.hash == h && keys_[sl.index] == k) return sl.index;
        }
    }

    std::size_t find_long(std::string_view s) const noexcept {
        const std::uint64_t h = hash_bytes<FoldCase>(s);
        for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
            const slot& sl = slots_[i];
            if (sl.index == empty_slot) return npos;
            if (sl.hash == h && equal(strings_[sl.index], s)) return sl.index;
        }
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

    // Load factor at most 1/4 keeps linear-probing runs short whatever the keys (at 1/2, one
    // origin in a thousand can sit twenty slots from home); rebuilt only while building.
    void rebuild() {
        std::size_t capacity = 16;
        while (capacity < strings_.size() * 8) capacity *= 2;
        slots_.assign(capacity, slot{});
        mask_ = capacity - 1;
        for (std::size_t n = 0; n < strings_.size(); ++n) place(n);
    }

    void place(std::size_t n) {
        const std::string& stored = strings_[n];
        slot fresh;
        fresh.index = static_cast<std::uint32_t>(n);
        fresh.hash = stored.size() <= short_key::max_length ? keys_[n].hash() : hash_bytes<FoldCase>(stored);
        std::size_t i = static_cast<std::size_t>(fresh.hash) & mask_;
        while (slots_[i].index != empty_slot) i = (i + 1) & mask_;
        slots_[i] = fresh;
    }

    std::vector<std::string> strings_;
    std::vector<short_key> keys_;  // parallel to strings_
    std::vector<slot> slots_;
    std::size_t mask_ = 0;
    std::size_t max_length_ = 0;
};

using string_set = basic_string_set<false>;
using ci_string_set = basic_string_set<true>;

}  // namespace detail
}  // namespace v1
}  // namespace cors
