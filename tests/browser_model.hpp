#pragma once
// What a browser does with a response, written from the Fetch standard's text: the CORS check
// (#concept-cors-check), the CORS-preflight fetch checks (#cors-preflight-fetch-0, step 7) and
// the exposed-header filter. Tests feed it our responses to ask "would a browser accept this?".
// Deliberately independent of the engine's code.

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cors.hpp>

namespace browser {

struct response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;  // field lines, in order

    // Fetch "get": every line of that name joined with ", "; nullopt when absent.
    std::optional<std::string> get(std::string_view name) const {
        std::optional<std::string> out;
        for (const auto& [n, v] : headers) {
            if (!iequal(n, name)) continue;
            if (out)
                *out += ", ";
            else
                out.emplace();
            *out += v;
        }
        return out;
    }

    static bool iequal(std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
                return false;
        return true;
    }
};

// The request as the browser sees it.
struct request {
    std::string origin;
    std::string method = "GET";
    std::vector<std::string> unsafe_headers;  // CORS-unsafe request-header names, lower case
    bool credentials = false;                 // credentials mode "include"
};

// Turns an engine decision into the response a server following it would send.
inline response from_decision(const cors::decision& d, int handler_status = 200) {
    response r;
    r.status = d.action() == cors::action::respond ? d.status() : handler_status;
    for (const cors::header& h : d.headers()) r.headers.emplace_back(std::string(h.name), std::string(h.value));
    if (!d.vary().empty()) {
        std::string vary;
        for (std::string_view t : d.vary()) {
            if (!vary.empty()) vary += ", ";
            vary += t;
        }
        r.headers.emplace_back("Vary", vary);
    }
    return r;
}

inline bool is_tchar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// Fetch "extract header list values": nullopt on parse failure (one bad element poisons all).
inline std::optional<std::vector<std::string>> extract_list(const std::optional<std::string>& value) {
    std::vector<std::string> out;
    if (!value) return out;
    std::string_view s = *value;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t comma = s.find(',', start);
        if (comma == std::string_view::npos) comma = s.size();
        std::string_view e = s.substr(start, comma - start);
        while (!e.empty() && (e.front() == ' ' || e.front() == '\t')) e.remove_prefix(1);
        while (!e.empty() && (e.back() == ' ' || e.back() == '\t')) e.remove_suffix(1);
        if (!e.empty()) {
            for (char c : e)
                if (!is_tchar(c)) return std::nullopt;
            out.emplace_back(e);
        }
        start = comma + 1;
    }
    return out;
}

// #concept-cors-check
inline bool cors_check(const request& req, const response& res) {
    const std::optional<std::string> origin = res.get("Access-Control-Allow-Origin");
    if (!origin) return false;
    if (!req.credentials && *origin == "*") return true;
    if (*origin != req.origin) return false;
    if (!req.credentials) return true;
    const std::optional<std::string> credentials = res.get("Access-Control-Allow-Credentials");
    return credentials && *credentials == "true";
}

inline bool contains_ci(const std::vector<std::string>& list, std::string_view name) {
    for (const std::string& e : list)
        if (response::iequal(e, name)) return true;
    return false;
}

// #cors-preflight-fetch-0 step 7: would the browser proceed to the actual request?
inline bool preflight_check(const request& req, const response& res) {
    if (!cors_check(req, res) || res.status < 200 || res.status > 299) return false;
    const auto methods = extract_list(res.get("Access-Control-Allow-Methods"));
    const auto names = extract_list(res.get("Access-Control-Allow-Headers"));
    if (!methods || !names) return false;
    const bool safelisted = req.method == "GET" || req.method == "HEAD" || req.method == "POST";
    bool method_listed = false, method_star = false;
    for (const std::string& m : *methods) {
        if (m == req.method) method_listed = true;
        if (m == "*") method_star = true;
    }
    if (!method_listed && !safelisted && (req.credentials || !method_star)) return false;
    bool header_star = false;
    for (const std::string& n : *names)
        if (n == "*") header_star = true;
    for (const std::string& h : req.unsafe_headers) {
        if (response::iequal(h, "authorization") && !contains_ci(*names, h)) return false;
        if (!contains_ci(*names, h) && (req.credentials || !header_star)) return false;
    }
    return true;
}

// After a successful CORS check: may a script read response header `name`?
inline bool exposed(const request& req, const response& res, std::string_view name) {
    for (std::string_view safe :
         {"cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"})
        if (response::iequal(safe, name)) return true;
    if (response::iequal(name, "set-cookie") || response::iequal(name, "set-cookie2")) return false;
    const auto list = extract_list(res.get("Access-Control-Expose-Headers"));
    if (!list) return false;
    if (!req.credentials && contains_ci(*list, "*")) return true;
    return contains_ci(*list, name);
}

}  // namespace browser
