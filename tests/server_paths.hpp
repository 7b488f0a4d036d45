#pragma once
// How real servers read a request target before routing it, written independently of the
// router (tests/router_differential_test.cpp, tests/http/httplib_adapter_test.cpp and the router
// fuzz target use them): a router's selection must agree with the route every one of these
// servers dispatches to, or be "no policy".

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <cors.hpp>

namespace server_paths {

inline std::string path_of(std::string_view target) {
    return std::string(target.substr(0, target.find_first_of("?#")));
}

inline int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes %XX; `only_unreserved`: RFC 3986 normalisation decodes ALPHA DIGIT - . _ ~ only.
inline std::string percent_decode(std::string_view s, bool only_unreserved) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            const char c = static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            const bool unreserved =
                std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~';
            if (!only_unreserved || unreserved) {
                out += c;
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// RFC 3986 section 5.2.4.
inline std::string remove_dot_segments(std::string in) {
    std::string out;
    while (!in.empty()) {
        if (in.rfind("../", 0) == 0)
            in.erase(0, 3);
        else if (in.rfind("./", 0) == 0)
            in.erase(0, 2);
        else if (in.rfind("/./", 0) == 0)
            in.erase(0, 2);
        else if (in == "/.")
            in = "/";
        else if (in.rfind("/../", 0) == 0 || in == "/..") {
            in = in == "/.." ? "/" : in.substr(3);
            const std::size_t slash = out.rfind('/');
            out.erase(slash == std::string::npos ? 0 : slash);
        } else if (in == "." || in == "..")
            in.clear();
        else {
            const std::size_t next = in.find('/', 1);
            out += in.substr(0, next);
            in.erase(0, next == std::string::npos ? in.size() : next);
        }
    }
    return out;
}

inline std::string merge_slashes(std::string s) {
    std::string out;
    for (char c : s)
        if (!(c == '/' && !out.empty() && out.back() == '/')) out += c;
    return out;
}

inline std::string strip_path_parameters(std::string_view s) {  // "/a;x/b;y" -> "/a/b"
    std::string out;
    bool in_parameter = false;
    for (char c : s) {
        if (c == '/') in_parameter = false;
        if (c == ';') in_parameter = true;
        if (!in_parameter) out += c;
    }
    return out;
}

inline std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

inline std::string trim_segment_ends(std::string s) {  // Windows: "a." and "a " name "a"
    std::string out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find('/', start);
        if (end == std::string::npos) end = s.size();
        std::string segment = s.substr(start, end - start);
        while (!segment.empty() && segment != "." && segment != ".." &&
               (segment.back() == '.' || segment.back() == ' '))
            segment.pop_back();
        out += segment;
        if (end < s.size()) out += '/';
        start = end + 1;
    }
    return out;
}

struct server {
    const char* name;
    std::string (*path)(std::string_view target);
    bool case_insensitive;
    bool upper_cases_method;
};

// The readings: a Beast application routing the raw target; cpp-httplib (decodes every %XX);
// Kong 3 (decodes unreserved, resolves dot segments); a Java servlet container (strips ';'
// parameters, decodes, resolves dot segments); nginx (decodes, merges slashes, resolves dot
// segments); a case-insensitive server that upper-cases methods; IIS-like segment trimming.
inline const std::vector<server>& servers() {
    static const std::vector<server> all = {
        {"raw (Beast example)", [](std::string_view t) { return path_of(t); }, false, false},
        {"decode all (cpp-httplib)", [](std::string_view t) { return percent_decode(path_of(t), false); }, false,
         false},
        {"Kong 3", [](std::string_view t) { return remove_dot_segments(percent_decode(path_of(t), true)); }, false,
         false},
        {"servlet",
         [](std::string_view t) {
             return remove_dot_segments(percent_decode(strip_path_parameters(path_of(t)), false));
         },
         false, false},
        {"nginx",
         [](std::string_view t) { return remove_dot_segments(merge_slashes(percent_decode(path_of(t), false))); },
         false, false},
        {"case-insensitive", [](std::string_view t) { return percent_decode(path_of(t), false); }, true, true},
        {"segment trimming",
         [](std::string_view t) { return remove_dot_segments(trim_segment_ends(percent_decode(path_of(t), false))); },
         true, false},
    };
    return all;
}

// The route a server with this reading of the path runs, as a policy of `r` (nullptr: none):
// the same longest-prefix rule the router documents, applied to the server's path.
inline const cors::policy* dispatch(const cors::router& r, std::string path, std::string method, bool case_insensitive,
                                    bool upper_cases_method) {
    if (upper_cases_method)
        for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (case_insensitive) path = lower(path);
    const cors::policy* best = nullptr;
    std::size_t best_length = 0;
    bool best_names_method = false;
    for (const cors::built_route& route : r.routes()) {
        bool names_method = false;
        for (const std::string& m : route.methods)
            names_method = names_method || m == method || (method == "HEAD" && m == "GET");
        if (!route.methods.empty() && !names_method) continue;
        for (std::string prefix : route.paths) {
            if (case_insensitive) prefix = lower(prefix);
            if (path.compare(0, prefix.size(), prefix) != 0) continue;
            if (!(prefix.back() == '/' || path.size() == prefix.size() || path[prefix.size()] == '/')) continue;
            if (!best || prefix.size() > best_length ||
                (prefix.size() == best_length && names_method && !best_names_method)) {
                best = &route.policy;
                best_length = prefix.size();
                best_names_method = names_method;
            }
        }
    }
    if (best) return best;
    return r.default_policy() ? &*r.default_policy() : nullptr;
}

}  // namespace server_paths
