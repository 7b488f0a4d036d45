#pragma once
// The count kept by counting_new.hpp's operator new, for the other translation units of a
// program that includes counting_new.hpp in one.
#include <atomic>

namespace counting_new {
inline std::atomic<long> allocations{0};
}  // namespace counting_new
