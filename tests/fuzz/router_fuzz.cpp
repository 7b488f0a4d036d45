// Fuzzes route selection: a fixed router against fuzzed request targets and methods.
// Invariants, whatever the input:
//  - a target with a dot segment, an empty segment, a backslash, a control byte, or a
//    percent-encoded '.', '/', '\' or '%' in its path selects no route;
//  - otherwise the router picks what a slow reference picks (the longest covering prefix,
//    a route naming the method first, else the default);
//  - selection and evaluation allocate nothing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include <cors.hpp>

#include "fuzz_support.hpp"

namespace {

cors::config allow(const char* origin) {
    cors::config c;
    c.origins = {origin};
    return c;
}

const cors::router& fixed_router() {
    static const cors::router r = [] {
        cors::router_config rc;
        rc.routes.push_back({{"/api/"}, {}, allow("https://a.example")});
        rc.routes.push_back({{"/api/admin/"}, {"GET", "DELETE"}, allow("https://b.example")});
        rc.routes.push_back({{"/health", "/"}, {"PUT"}, allow("https://c.example")});
        rc.routes.push_back({{"/api/admin"}, {}, allow("https://d.example")});
        return cors::router::build(rc);
    }();
    return r;
}

bool ambiguous(std::string_view path) {
    if (path.empty() || path[0] != '/') return true;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const auto u = static_cast<unsigned char>(path[i]);
        if (u <= 0x20 || u >= 0x7f || path[i] == '\\') return true;
        if (path[i] == '%') {
            if (i + 2 >= path.size()) return true;
            const std::string code{path[i + 1], static_cast<char>(path[i + 2] | 0x20)};
            if (code == "2e" || code == "2f" || code == "25" || code == "5c") return true;
        }
    }
    // Segments: split on '/' after the leading one.
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, end - start);
        if (segment == "." || segment == "..") return true;
        if (segment.empty() && end < path.size()) return true;  // "//"
        start = end + 1;
    }
    return false;
}

bool covers(const std::string& prefix, std::string_view path) {
    if (path.substr(0, prefix.size()) != prefix) return false;
    return prefix.back() == '/' || path.size() == prefix.size() || path[prefix.size()] == '/';
}

const cors::policy* reference(const cors::router& r, std::string_view target, std::string_view method) {
    const std::string_view path = target.substr(0, target.find_first_of("?#"));
    if (ambiguous(path)) return nullptr;
    const cors::policy* best = nullptr;
    std::size_t best_length = 0;
    bool best_names_method = false;
    for (const cors::built_route& route : r.routes()) {
        bool names_method = false;
        for (const std::string& m : route.methods) names_method = names_method || m == method;
        if (!route.methods.empty() && !names_method) continue;
        for (const std::string& prefix : route.paths) {
            if (!covers(prefix, path)) continue;
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    static const char* const methods[] = {"GET", "PUT", "DELETE", "OPTIONS", "get"};
    const std::string method = methods[in.ConsumeIntegralInRange<std::size_t>(0, 4)];
    const std::string target = in.ConsumeRemainingBytesAsString();
    const cors::router& r = fixed_router();

    cors::request_view request;
    request.method = method;
    request.path = target;
    request.add_header("Origin", "https://a.example");
    fuzz::counting = true;
    const cors::policy* selected = r.select(target, method);
    const cors::decision d = r.evaluate(request);
    fuzz::counting = false;
    fuzz::check(fuzz::allocations.exchange(0) == 0, "selection and evaluation allocate nothing");
    fuzz::check(selected == reference(r, target, method), "the router agrees with the reference");
    fuzz::check((selected == nullptr) == (d.why() == cors::reason::no_policy), "no policy means reason::no_policy");
    return 0;
}
