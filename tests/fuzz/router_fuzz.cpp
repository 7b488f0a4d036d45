// Fuzzes route selection: a fixed router against fuzzed request targets and methods.
// Invariants, whatever the input:
//  - the router selects nothing, or the policy of the route that every server reading of the
//    target (tests/server_paths.hpp: raw, cpp-httplib, Kong, servlet, nginx, case-insensitive,
//    segment trimming) dispatches to;
//  - a plain path (lower-case letters, digits, '-', '/') selects exactly that route;
//  - selection and evaluation allocate nothing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include <cors.hpp>

#include "../server_paths.hpp"
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

// Lower-case letters, digits, '-' and single '/' between non-empty segments: every server
// reads such a path the same way, so the router must select exactly what they dispatch to.
bool plain(std::string_view target) {
    const std::string_view path = target.substr(0, target.find_first_of("?#"));
    if (path.empty() || path[0] != '/' || path.size() > cors::max_request_path_length) return false;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/')) return false;
        if (c == '/' && i > 0 && path[i - 1] == '/') return false;
    }
    return true;
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
    for (const server_paths::server& s : server_paths::servers()) {
        const cors::policy* dispatched =
            server_paths::dispatch(r, s.path(target), method, s.case_insensitive, s.upper_cases_method);
        fuzz::check(selected == nullptr || selected == dispatched,
                    "the router agrees with every server, or selects none");
        if (plain(target) && method != "get")
            fuzz::check(selected == dispatched, "a plain path selects what every server dispatches to");
    }
    fuzz::check((selected == nullptr) == (d.why() == cors::reason::no_policy), "no policy means reason::no_policy");
    return 0;
}
