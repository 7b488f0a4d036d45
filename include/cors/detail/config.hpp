#pragma once
// The library's macros, in one place. Each is defined only if the user has not defined it
// first (before the first #include of a cors header), as fmt and nlohmann_json do.

#include <cstdlib>

// How a throwing entry point (policy::build, router::build, operator* of a failed
// build_result) reports failure. By default it throws; without exceptions (-fno-exceptions)
// it aborts, since there is nothing to throw: use try_build there. A user may install their own
// handler, e.g. `#define CORS_THROW(exception) my_fatal((exception).what())`; it must not
// return. The decision path never uses it.
#ifndef CORS_THROW
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define CORS_THROW(exception) throw exception
#else
#define CORS_THROW(exception) std::abort()
#endif
#endif

// For the few functions on the request path whose inlining decides its speed: small ones
// always inlined, cold or shared ones kept out of line (CORS_COLD: in-class members,
// CORS_NOINLINE: namespace-scope functions, which also need `inline`).
#ifndef CORS_ALWAYS_INLINE
#if defined(__GNUC__) || defined(__clang__)
#define CORS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CORS_ALWAYS_INLINE inline
#endif
#endif

#ifndef CORS_COLD
#if defined(__GNUC__) || defined(__clang__)
#define CORS_COLD __attribute__((noinline))
#else
#define CORS_COLD
#endif
#endif

#ifndef CORS_NOINLINE
#define CORS_NOINLINE inline CORS_COLD
#endif

// CORS_CHECK_LIFETIMES (define it in debug builds; the test preset does): a decision remembers
// the policy that made it and every read of its headers checks the policy is still alive, so
// a decision kept after its policy died is reported instead of reading freed memory. One weak
// reference per decision (a reference count, no allocation, no lock); off by default.
// CORS_LIFETIME_VIOLATION(message) is what a failed check does: by default it prints the message
// and aborts; a user (or a test) may define their own.
#if defined(CORS_CHECK_LIFETIMES) && !defined(CORS_LIFETIME_VIOLATION)
#include <cstdio>
#define CORS_LIFETIME_VIOLATION(message) (std::fputs(message, stderr), std::fputc('\n', stderr), std::abort())
#endif
