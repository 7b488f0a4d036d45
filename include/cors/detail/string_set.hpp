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

template <bool FoldCase>
class basic_string_set {
public:
    basic_string_set() = default;
    basic_string_set(const basic_string_set& other) { *this = other; }
    basic_string_set& operator=(const basic_string_set& other) {
        if (this != &other) {
            strings_ = other.strings_;
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
        if (strings_.size() * 2 > slots_.size()) {
            rebuild();  // doubles: amortised constant per insert
        } else {
            place(strings_.size() - 1);
        }
        return true;
    }

    bool contains(std::string_view s) const noexcept { return find(s) != npos; }

    // For a case-folding set: lookup of a probe known to have no upper-case letter, compared
    // byte for byte (stored strings are lower case).
    bool contains_lower(std::string_view s) const noexcept {
        if (slots_.empty() || s.size() > max_length_) return false;
        const std::uint64_t h = hash_bytes<FoldCase>(s);
        for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
            const slot& sl = slots_[i];
            if (sl.index == empty_slot) return false;
            if (sl.hash == h && std::string_view(strings_[sl.index]) == s) return true;
        }
    }

    // Index of `s` in items(), or npos.
    std::size_t find(std::string_view s) const noexcept {
        if (slots_.empty() || s.size() > max_length_) return npos;
        const std::uint64_t h = hash_bytes<FoldCase>(s);
        for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
            const slot& sl = slots_[i];
            if (sl.index == empty_slot) return npos;
            if (sl.hash == h && equal(strings_[sl.index], s)) return sl.index;
        }
    }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::size_t size() const noexcept { return strings_.size(); }
    bool empty() const noexcept { return strings_.empty(); }
    std::size_t max_length() const noexcept { return max_length_; }
    const std::vector<std::string>& items() const noexcept { return strings_; }

private:
    static constexpr std::uint32_t empty_slot = 0xFFFFFFFFu;
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t index = empty_slot;
    };

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

    // Load factor at most 1/2 keeps probe sequences short; rebuilt only while building.
    void rebuild() {
        std::size_t capacity = 8;
        while (capacity < strings_.size() * 4) capacity *= 2;
        slots_.assign(capacity, slot{});
        mask_ = capacity - 1;
        for (std::size_t n = 0; n < strings_.size(); ++n) place(n);
    }

    void place(std::size_t n) {
        const std::uint64_t h = hash_bytes<FoldCase>(strings_[n]);
        std::size_t i = static_cast<std::size_t>(h) & mask_;
        while (slots_[i].index != empty_slot) i = (i + 1) & mask_;
        slots_[i] = slot{h, static_cast<std::uint32_t>(n)};
    }

    std::vector<std::string> strings_;
    std::vector<slot> slots_;
    std::size_t mask_ = 0;
    std::size_t max_length_ = 0;
};

using string_set = basic_string_set<false>;
using ci_string_set = basic_string_set<true>;

}  // namespace detail
}  // namespace v1
}  // namespace cors
