#pragma once
// Builds the tests with Catch2 v2 (Debian 12's catch2 package) or Catch2 v3.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
