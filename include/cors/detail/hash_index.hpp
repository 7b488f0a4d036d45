#pragma once
// An open-addressing index from 64-bit hashes to item numbers (linear probing, load factor at
// most 1/4, so a run rarely spans more than a slot or two), built once and then only read:
// the lookup structure under string_set and the origin matcher's pattern table. The items,
// and what makes two of them equal, stay with the caller.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "ascii.hpp"
#include "config.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

class hash_index {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // Adds item number `n` with hash `h`. The table doubles (amortised constant per add) when
    // the load would pass 1/4.
    void add(std::size_t n, std::uint64_t h) {
        if (count_ * 4 >= slots_.size()) {
            std::vector<slot> old = std::move(slots_);
            slots_.assign(old.empty() ? 16 : old.size() * 2, slot{});
            mask_ = slots_.size() - 1;
            for (const slot& s : old)
                if (s.index != empty_slot) place(s);
        }
        place(slot{h, static_cast<std::uint32_t>(n)});
        ++count_;
    }

    // The first item with hash `h` for which is_match(item) holds, or npos. Slots hold only
    // the hash and the item number (16 bytes, four to a cache line); is_match runs only on a
    // full hash match.
    template <class IsMatch>
    CORS_ALWAYS_INLINE std::size_t find(std::uint64_t h, const IsMatch& is_match) const noexcept {
        if (slots_.empty()) return npos;
        for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
            const slot& s = slots_[i];
            if (s.index == empty_slot) return npos;
            if (s.hash == h && is_match(static_cast<std::size_t>(s.index))) return s.index;
        }
    }

private:
    static constexpr std::uint32_t empty_slot = 0xFFFFFFFFu;
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t index = empty_slot;
    };

    void place(const slot& s) {
        std::size_t i = static_cast<std::size_t>(s.hash) & mask_;
        while (slots_[i].index != empty_slot) i = (i + 1) & mask_;
        slots_[i] = s;
    }

    std::vector<slot> slots_;
    std::size_t mask_ = 0;
    std::size_t count_ = 0;
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
