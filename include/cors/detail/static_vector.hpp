#pragma once
// Fixed-capacity vector for the decision's header list: no heap, trivially cheap to build.

#include <array>
#include <cstddef>

namespace cors {
inline namespace v1 {
namespace detail {

template <class T, std::size_t Capacity>
class static_vector {
public:
    using value_type = T;
    using const_iterator = const T*;

    static_vector() noexcept {}
    static_vector(const static_vector& o) noexcept { *this = o; }
    static_vector& operator=(const static_vector& o) noexcept {
        for (std::size_t i = 0; i < o.size_; ++i) items_[i] = o.items_[i];
        size_ = o.size_;
        return *this;
    }

    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    static constexpr std::size_t capacity() noexcept { return Capacity; }

    constexpr const T* begin() const noexcept { return items_; }
    constexpr const T* end() const noexcept { return items_ + size_; }
    constexpr T* begin() noexcept { return items_; }
    constexpr T* end() noexcept { return items_ + size_; }
    constexpr const T& operator[](std::size_t i) const noexcept { return items_[i]; }
    constexpr T& operator[](std::size_t i) noexcept { return items_[i]; }

    // Capacity is sized for the worst case by construction; a full vector drops the item
    // rather than overflow (the decision path must never fail or throw).
    constexpr void push_back(const T& value) noexcept {
        if (size_ < Capacity) items_[size_++] = value;
    }
    constexpr void clear() noexcept { size_ = 0; }

    // Filling in place on the decision path: write items [0, n) through data(), then set the
    // count once (no bounds check and no reload of the count per item; n <= Capacity is the
    // caller's to know).
    constexpr T* data() noexcept { return items_; }
    constexpr void set_size(std::size_t n) noexcept { size_ = n <= Capacity ? n : Capacity; }

private:
    // Not value-initialised: only [0, size_) is ever read or copied.
    union {
        T items_[Capacity];
    };
    std::size_t size_ = 0;
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
