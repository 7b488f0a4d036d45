// cors-lint: checks a policy file (a Kong CORS plugin config, a router of them, or a Kong
// declarative file: kong.yml, YAML or JSON, recognised by its _format_version) and prints the
// normalised policy (for a Kong file, each route's and where it came from) and every diagnostic, each with a stable
// code, so that what is valid but risky is seen before it ships.
//
//   cors-lint policy.json
//   policy: origins=[https://app.example.com] methods=[PUT] ...
//   /origins/1: warning origin_insecure: a cleartext origin: ... (value: "http://app.example.com")
//   1 warning, 0 errors
//
// Exit status: 0 clean, 1 warnings only, 2 errors (or an unreadable file), 64 bad command line.
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include <cors.hpp>
#include <cors/fmt.hpp>
#include <cors/json.hpp>

#include "policy_file.hpp"

namespace {

constexpr int exit_clean = 0;
constexpr int exit_warnings = 1;
constexpr int exit_errors = 2;
constexpr int exit_usage = 64;  // EX_USAGE

constexpr const char* usage_text =
    "usage: cors-lint POLICY.json | kong.yml\n"
    "\n"
    "Prints the normalised policy (each route's, for a router; for a Kong declarative file, each\n"
    "route's in the order Kong tries them, with the cors plugin it comes from: route, service or\n"
    "global) and every diagnostic:\n"
    "  FIELD: SEVERITY CODE: MESSAGE (value: \"...\")\n"
    "Codes are stable; README.md lists them.\n"
    "\n"
    "Exit status: 0 clean, 1 warnings only, 2 errors or an unreadable file, 64 bad command line.\n";

// "[GET, PUT]", or "any" for an empty list.
std::string join_or_any(const std::vector<std::string>& items) {
    return items.empty() ? std::string("any") : fmt::format("[{}]", fmt::join(items, ", "));
}

template <class Result>
int report(const Result& loaded) {
    std::size_t errors = 0, warnings = 0;
    for (const cors::diagnostic& d : loaded.diagnostics()) {
        fmt::print("{}\n", d);
        ++(d.severity == cors::severity::error ? errors : warnings);
    }
    fmt::print("{} warning{}, {} error{}\n", warnings, warnings == 1 ? "" : "s", errors, errors == 1 ? "" : "s");
    if (errors > 0) return exit_errors;
    return warnings > 0 ? exit_warnings : exit_clean;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && (std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h")) {
        std::fputs(usage_text, stdout);
        return exit_clean;
    }
    if (argc != 2 || argv[1][0] == '-') {
        std::fputs(usage_text, stderr);
        return exit_usage;
    }
    std::string text;
    if (const int error = policy_file::read_file(argv[1], text)) {
        std::fprintf(stderr, "cors-lint: cannot read %s: %s\n", argv[1], std::strerror(error));
        return exit_errors;
    }

    if (policy_file::is_kong(text)) {
#ifdef CORS_POLICY_FILE_KONG
        std::vector<cors::kong_route_source> sources;
        const cors::router_build_result loaded = cors::router_from_kong(text, {}, &sources);
        if (loaded) {
            const std::vector<cors::built_route>& routes = loaded->routes();
            for (std::size_t i = 0; i < routes.size() && i < sources.size(); ++i) {
                const cors::kong_route_source& s = sources[i];
                const std::string name = s.name.empty() ? std::string() : fmt::format(" ({})", s.name);
                const std::string route =
                    fmt::format("route {}{} path={} methods={}", s.route, name, s.path, join_or_any(routes[i].methods));
                if (s.scope == cors::kong_plugin_scope::none)
                    fmt::print("{}: no cors plugin (route, service or global): no policy\n", route);
                else
                    fmt::print("{}: from {} {}: {}\n", route, cors::to_string(s.scope), s.plugin, routes[i].policy);
            }
        }
        return report(loaded);
#else
        std::fprintf(stderr, "cors-lint: built without cors::kong (yaml-cpp), cannot read the Kong file %s\n", argv[1]);
        return exit_errors;
#endif
    }
    if (policy_file::is_router(text)) {
        const cors::router_build_result loaded = cors::router_from_json(text);
        if (loaded) {
            for (const cors::built_route& r : loaded->routes())
                fmt::print("route paths={} methods={}: {}\n", join_or_any(r.paths), join_or_any(r.methods), r.policy);
            if (loaded->default_policy()) fmt::print("default: {}\n", *loaded->default_policy());
        }
        return report(loaded);
    }
    const cors::build_result loaded = cors::policy_from_json(text);
    if (loaded) fmt::print("policy: {}\n", *loaded);
    return report(loaded);
}
