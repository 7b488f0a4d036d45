#pragma once
// The library version, defined once here; CMake reads it from this file.

#define CORS_VERSION_MAJOR 0
#define CORS_VERSION_MINOR 1
#define CORS_VERSION_PATCH 0
#define CORS_VERSION_STRING "0.1.0"

namespace cors {
inline namespace v1 {

struct version_info {
    int major;
    int minor;
    int patch;
};

inline constexpr version_info version{CORS_VERSION_MAJOR, CORS_VERSION_MINOR, CORS_VERSION_PATCH};

}  // namespace v1
}  // namespace cors
