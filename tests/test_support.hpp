#pragma once
// Small helpers shared by the unit tests.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cors.hpp>

namespace test {

using header_list = std::vector<std::pair<std::string, std::string>>;

// A request that owns its strings, so tests can build one inline and evaluate it.
struct owned_request {
    std::string method;
    header_list headers;

    cors::request_view view() const { return cors::make_request(method, headers); }
};

inline cors::decision evaluate(const cors::policy& p, std::string method, header_list headers, owned_request& keep) {
    keep = owned_request{std::move(method), std::move(headers)};
    return p.evaluate(keep.view());
}

inline std::vector<cors::errc> error_codes(const cors::build_result& r) {
    std::vector<cors::errc> out;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.severity == cors::severity::error) out.push_back(d.code);
    return out;
}

inline std::vector<cors::errc> warning_codes(const cors::build_result& r) {
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
