#pragma once
// Shared by the libFuzzer targets: a checked abort that says what broke, and a counter of heap
// allocations switched on around the calls that must not allocate. The counter uses the
// sanitizer allocator's hook, so operator new stays ASan's own.
#include <atomic>
#include <cstdio>
#include <cstdlib>

#include <sanitizer/allocator_interface.h>

namespace fuzz {

inline std::atomic<bool> counting{false};
inline std::atomic<long> allocations{0};

inline void on_malloc(const volatile void*, std::size_t) {
    if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
}
inline void on_free(const volatile void*) {}

// Installs the hooks once, before the first input.
inline const bool hooks_installed = (__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free), true);

[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

inline void check(bool ok, const char* what) {
    if (!ok) fail(what);
}

}  // namespace fuzz

// Proves the allocation counter counts before any input runs.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::counting = true;
    int* probe = new int(1);
    fuzz::counting = false;
    fuzz::check(fuzz::allocations.exchange(0) > 0 && *probe == 1, "the allocation counter counts");
    delete probe;
    return 0;
}
