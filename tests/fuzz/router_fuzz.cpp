// Fuzzes route selection: a fixed router against fuzzed request targets and methods.
// Invariants, whatever the input:
//  - the router selects nothing, or the policy of the route that every server reading of the
//    target (tests/server_paths.hpp: raw, cpp-httplib, Kong, servlet, nginx, case-insensitive,
//    segment trimming) dispatches to;
//  - a plain path (lower-case letters, digits, '-', '/') selects exactly that route;
//  - selection and evaluation allocate nothing.
// The same for a router of Kong's kinds (byte-prefix and regex paths, routes tried as listed,
// exact methods), against a first-match reference with std::regex.
#include <algorithm>
#include <regex>
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

// As cors::router_from_kong builds them: listed in Kong's order, regex paths first.
const cors::router& kong_router() {
    static const cors::router r = [] {
        cors::router_config rc;
        rc.order = cors::route_order::as_listed;
        rc.exact_methods = true;
        const auto add = [&rc](std::string path, cors::route_path_kind kind, std::vector<std::string> methods,
                               const char* origin) {
            cors::route rt{{std::move(path)}, std::move(methods), allow(origin ? origin : "*")};
            rt.path_kind = kind;
            rt.no_policy = origin == nullptr;
            rc.routes.push_back(std::move(rt));
        };
        add("/api/admin", cors::route_path_kind::prefix, {"GET", "OPTIONS"}, "https://b.example");
        add("/api/v\\d+/items$", cors::route_path_kind::regex, {}, "https://c.example");
        add("/(api|API)/[a-z]+/", cors::route_path_kind::regex, {}, nullptr);
        add("/api/private", cors::route_path_kind::prefix, {}, nullptr);
        add("/api", cors::route_path_kind::prefix, {}, "https://a.example");
        return cors::router::build(rc);
    }();
    return r;
}

// The route a server with this reading runs in a Kong-ordered router: the first that covers.
const cors::policy* kong_dispatch(const cors::router& r, std::string path, std::string method, bool case_insensitive,
                                  bool upper_cases_method, bool head_as_get) {
    if (upper_cases_method)
        for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const cors::built_route& route : r.routes()) {
        bool names_method = route.methods.empty();
        for (const std::string& m : route.methods)
            names_method = names_method || m == method || (head_as_get && method == "HEAD" && m == "GET");
        if (!names_method) continue;
        const std::string& p = route.paths[0];
        bool covers = false;
        if (route.path_kind == cors::route_path_kind::regex) {
            const auto flags = case_insensitive ? std::regex::ECMAScript | std::regex::icase : std::regex::ECMAScript;
            covers = std::regex_search(path, std::regex(p, flags), std::regex_constants::match_continuous);
        } else {
            covers = path.size() >= p.size() &&
                     (case_insensitive ? server_paths::lower(path.substr(0, p.size())) == server_paths::lower(p)
                                       : path.compare(0, p.size(), p) == 0);
        }
        if (covers) return route.no_policy ? nullptr : &route.policy;
    }
    return nullptr;
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

    const cors::router& k = kong_router();
    fuzz::counting = true;
    const cors::policy* kong_selected = k.select(target, method);
    const cors::decision kd = k.evaluate(request);
    fuzz::counting = false;
    fuzz::check(fuzz::allocations.exchange(0) == 0, "Kong-kind selection allocates nothing");
    for (const server_paths::server& s : server_paths::servers()) {
        for (bool head_as_get : {false, true}) {
            const cors::policy* dispatched =
                kong_dispatch(k, s.path(target), method, s.case_insensitive, s.upper_cases_method, head_as_get);
            fuzz::check(kong_selected == nullptr || kong_selected == dispatched,
                        "the Kong-kind router agrees with every server, or selects none");
            if (plain(target) && method != "get")
                fuzz::check(kong_selected == dispatched, "a plain path selects what every server dispatches to");
        }
    }
    fuzz::check((kong_selected == nullptr) == (kd.why() == cors::reason::no_policy),
                "no policy means reason::no_policy");
    return 0;
}
