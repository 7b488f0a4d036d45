// Reading a policy file for the example programs: a Kong CORS plugin config, or a router of
// them ({"routes": [...], "default": {...}}).
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <string>

#include <cors/json.hpp>

namespace examples {

// Returns 0 or an errno value. std::FILE reports reading a directory (EISDIR), which
// std::ifstream would pass off as an empty file.
inline int read_file(const std::string& path, std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return errno;
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
    const int error = std::ferror(file) ? errno : 0;
    std::fclose(file);
    return error;
}

// A router file has "routes" or "default" at the top; anything else is read as one policy.
inline bool is_router(const std::string& text) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    return j.is_object() && (j.contains("routes") || j.contains("default"));
}

}  // namespace examples
