#pragma once
// Small helpers shared by the unit tests.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cors.hpp>

namespace test {

using header_list = std::vector<std::pair<std::string, std::string>>;

// The unit tests' typical policy: an exact origin with credentials, a method and a request
// header beyond the safelisted ones, an exposed header and a max-age. A test that needs another
// shape starts from it and writes down only what differs.
inline cors::config typical_config() {
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.methods = {"PUT"};
    c.request_headers = {"Content-Type"};
    c.exposed_headers = {"X-Request-Id"};
    c.credentials = true;
    c.max_age = 600;
    return c;
}

// The adapter tests' policy: the typical one, whose preflights also ask for X-Custom.
inline cors::config typical_adapter_config() {
    cors::config c = typical_config();
    c.request_headers = {"X-Custom", "Content-Type"};
    return c;
}

// A request that owns its strings, so tests can build one inline and evaluate it.
struct owned_request {
    std::string method;
    header_list headers;
    std::string path = "/";

    cors::request_view view() const {
        cors::request_view r = cors::make_request(method, headers);
        r.path = path;
        return r;
    }
};

inline cors::decision evaluate(const cors::policy& p, std::string method, header_list headers, owned_request& keep) {
    keep = owned_request{std::move(method), std::move(headers)};
    return p.evaluate(keep.view());
}
// A decision points into its policy: evaluating a temporary one would dangle (CORS_CHECK_LIFETIMES
// caught a test doing it).
cors::decision evaluate(const cors::policy&& p, std::string method, header_list headers, owned_request& keep) = delete;

template <class T>
std::vector<cors::errc> error_codes(const cors::basic_build_result<T>& r) {
    std::vector<cors::errc> out;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.severity == cors::severity::error) out.push_back(d.code);
    return out;
}

template <class T>
std::vector<cors::errc> warning_codes(const cors::basic_build_result<T>& r) {
    std::vector<cors::errc> out;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.severity == cors::severity::warning) out.push_back(d.code);
    return out;
}

inline std::string vary_string(const cors::decision& d) {
    std::string out;
    for (std::string_view t : d.vary()) {
        if (!out.empty()) out += ", ";
        out += t;
    }
    return out;
}

}  // namespace test
