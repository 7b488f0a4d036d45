#pragma once
// Per-route policies: a policy chosen by path prefix and method, with an optional default,
// built and validated as one unit.
//
//   cors::router_config rc;
//   rc.routes.push_back({{"/api/"}, {}, api_config});                 // any method under /api/
//   rc.routes.push_back({{"/admin/"}, {"GET"}, admin_config});
//   rc.default_policy = public_config;
//   const cors::router r = cors::router::build(rc);                 // throws cors::config_error
//   request.path = target;                                           // "/api/items?page=2"
//   const cors::decision d = r.evaluate(request);                    // noexcept, no allocation
//
// Matching uses the path and the method only, never Host: a browser's preflight cannot carry
// a Host of the script's choosing, and the Host a server sees is set by whoever sits in front
// of it. The method a route matches is the one the request will use: for a preflight, its
// Access-Control-Request-Method, not OPTIONS.
//
// A route path ending in '/' covers everything below it ("/api/" covers "/api/x", not "/api");
// one without covers itself and everything below ("/api" covers "/api" and "/api/x", not
// "/apix"). The longest matching path wins; at equal length a route listing the method beats
// a route for any method. A route listing GET covers HEAD (servers answer HEAD with the GET
// handler).
//
// A request never gets the policy of a route the server will not run (detail/route_path.hpp):
// paths servers read differently (dot segments, "//", ';' parameters, a backslash, control or
// non-ASCII bytes, a percent-encoded '/', '.', '%', ';', '\', '?' or '#', longer than
// max_request_path_length, not starting with '/') get reason::no_policy; and a path or method
// that selects different policies depending on whether the server percent-decodes it, folds
// its case or upper-cases the method gets reason::no_policy too. No CORS header is always the
// safe answer.
//
// Kong's declarative routes (cors/kong.hpp) need three more things, off by default: other
// path kinds (route_path_kind), routes tried in a given order (route_order::as_listed), and
// methods read exactly as listed (router_config::exact_methods). The rules above hold for
// them too: every reading must select the same policy.

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config.hpp"
#include "decision.hpp"
#include "errors.hpp"
#include "observer.hpp"
#include "policy.hpp"
#include "request.hpp"
#include "detail/config.hpp"
#include "detail/ascii.hpp"
#include "detail/cross_origin_protection.hpp"
#include "detail/fetch.hpp"
#include "detail/regex.hpp"
#include "detail/route_path.hpp"

namespace cors {
inline namespace v1 {

// How a route's paths cover a request path.
enum class route_path_kind : unsigned char {
    segments,  // "/api" covers "/api" and "/api/x", not "/apix"; "/api/" covers what is below it
    prefix,    // any byte prefix: "/api" covers "/apix" too (Kong's plain paths)
    regex,     // a regex (detail/regex.hpp) matching the path from its start (Kong's "~" paths, without '~')
};

// Which route covering a request wins.
enum class route_order : unsigned char {
    most_specific,  // the longest path; at equal length, the route listing the method
    as_listed,      // the first route in routes, then its first path (Kong's order, sorted by the loader)
};

struct route {
    std::vector<std::string> paths;    // path prefixes, e.g. "/api/"
    std::vector<std::string> methods;  // methods the route covers; empty: every method
    cors::v1::config config;           // the policy as written; built_route::policy is it built
    route_path_kind path_kind = route_path_kind::segments;
    // The route covers requests but selects no policy, shadowing later routes (a Kong route
    // without a cors plugin); `config` is not read.
    bool no_policy = false;
    // route_order::as_listed: adjacent routes with the same non-zero tie are in no defined order
    // (Kong sorts with an unstable sort); a request two of them cover with different policies
    // gets no policy.
    std::size_t tie = 0;
};

struct router_config {
    std::vector<route> routes;
    // For requests no route covers; without it they get reason::no_policy.
    std::optional<config> default_policy;
    // Told about every decision of the router, reason::no_policy included (see
    // cors/observer.hpp). The routes' own config::observer, if any, are called as well.
    std::shared_ptr<decision_observer> observer;
    route_order order = route_order::most_specific;
    // Methods are also read exactly as listed, as Kong's router does: HEAD without the GET
    // route, and a preflight as OPTIONS besides its Access-Control-Request-Method. Readings
    // that select different policies give no policy.
    bool exact_methods = false;
};

// A route as built: normalised methods and its policy.
struct built_route {
    std::vector<std::string> paths;
    std::vector<std::string> methods;
    cors::v1::policy policy;
    route_path_kind path_kind = route_path_kind::segments;
    bool no_policy = false;  // `policy` allows every origin and is never selected
};

class router;

namespace detail {

// Longest method a route may list (the router upper-cases request methods up to this length).
inline constexpr std::size_t max_route_method_length = 32;

struct compiled_router {
    std::vector<built_route> routes;
    std::optional<policy> default_policy;
    std::vector<diagnostic> warnings;
    std::shared_ptr<decision_observer> observer;

    struct entry {
        std::string prefix;
        std::size_t route;
        bool any_method;
        route_path_kind kind = route_path_kind::segments;
        std::size_t tie = 0;
        std::size_t policy_route;                      // whose policy the entry selects (routes sharing one policy)
        std::optional<regex> matcher, folded_matcher;  // kind regex: "(?:prefix).*", exact and caseless
    };
    std::vector<entry> table;  // in the order routes are tried

    bool has_upper = false;  // an upper-case letter in some route path, or a regex path
    bool exact_methods = false;
    static constexpr const policy* ambiguous = nullptr;  // readability: a tie selects nothing
    // When some policy protects against cross-origin requests, the requests without a policy are
    // checked too (no origin trusted, no bypass): the router cannot tell which handler they reach.
    compiled_cross_origin_protection unrouted_protection;

    // A route covers a method it lists, and HEAD when it lists GET (servers answer HEAD with
    // the GET handler) unless `exact`.
    static bool covers_method(const built_route& r, std::string_view method, bool exact) noexcept {
        const auto listed = [&r](std::string_view m) noexcept {
            return std::find(r.methods.begin(), r.methods.end(), m) != r.methods.end();
        };
        return listed(method) || (!exact && method == "HEAD" && listed("GET"));
    }

    const policy* selected(const entry& e) const noexcept {
        const built_route& r = routes[e.policy_route];
        return r.no_policy ? nullptr : &r.policy;
    }

    static bool entry_covers(const entry& e, std::string_view path, bool fold) noexcept {
        switch (e.kind) {
            case route_path_kind::segments:
                return path_covers(e.prefix, path, fold);
            case route_path_kind::prefix:
                return path.size() >= e.prefix.size() && (fold ? iequals(path.substr(0, e.prefix.size()), e.prefix)
                                                               : path.substr(0, e.prefix.size()) == e.prefix);
            case route_path_kind::regex:
                return (fold ? *e.folded_matcher : *e.matcher).full_match(path);
        }
        return false;
    }

    // The policy for one reading of the path and method.
    const policy* pick(std::string_view path, bool fold, std::string_view method, bool exact = false) const noexcept {
        for (std::size_t i = 0; i < table.size(); ++i) {
            const entry& e = table[i];
            const built_route& r = routes[e.route];
            if (!entry_covers(e, path, fold) || !(e.any_method || covers_method(r, method, exact))) continue;
            const policy* chosen = selected(e);
            for (std::size_t j = i + 1; e.tie != 0 && j < table.size() && table[j].tie == e.tie; ++j) {
                const built_route& other = routes[table[j].route];
                const policy* alternative = selected(table[j]);
                if (alternative != chosen && entry_covers(table[j], path, fold) &&
                    (table[j].any_method || covers_method(other, method, exact)))
                    return ambiguous;
            }
            return chosen;
        }
        return default_policy ? &*default_policy : nullptr;
    }

    // The policy every reading selects, or nullptr when they disagree (see detail/route_path.hpp).
    const policy* select(std::string_view target, std::string_view method) const noexcept {
        char buffer[max_request_path_length];
        request_path path;
        if (!read_request_path(target, buffer, path)) return nullptr;
        const policy* chosen = pick(path.raw, false, method);
        const std::string_view paths[2] = {path.raw, path.decoded};
        const std::size_t path_readings = path.decoded.data() == path.raw.data() ? 1 : 2;
        // Some servers upper-case the method; a longer method matches no listed one either way.
        char upper[max_route_method_length];
        std::string_view methods[2] = {method, {}};
        std::size_t method_readings = 1;
        if (method.size() <= max_route_method_length) {
            bool lower = false;
            for (std::size_t i = 0; i < method.size(); ++i) {
                lower = lower || is_lower_alpha(method[i]);
                upper[i] = is_lower_alpha(method[i]) ? static_cast<char>(method[i] - 'a' + 'A') : method[i];
            }
            if (lower) methods[method_readings++] = std::string_view(upper, method.size());
        }
        const int folds = path.has_upper || has_upper ? 2 : 1;
        const int exact_readings = exact_methods ? 2 : 1;
        for (std::size_t p = 0; p < path_readings; ++p)
            for (int f = 0; f < folds; ++f)
                for (std::size_t m = 0; m < method_readings; ++m)
                    for (int x = 0; x < exact_readings; ++x)
                        if (pick(paths[p], f == 1, methods[m], x == 1) != chosen) return nullptr;
        return chosen;
    }
};

// Builds a policy whose diagnostics are reported under `prefix` ("/routes/2/policy").
inline build_result build_nested(config c, build_options options, const std::string& prefix) {
    for (diagnostic& d : options.prior) d.field = prefix + d.field;
    auto inner = std::move(options.rename_field);
    options.rename_field = [inner = std::move(inner), prefix](const std::string& field) {
        return prefix + (inner ? inner(field) : field);
    };
    if (options.order_by_field) {
        auto order = std::move(options.order_by_field);
        options.order_by_field = [order = std::move(order), n = prefix.size()](const std::string& a,
                                                                               const std::string& b) {
            return order(a.substr(n), b.substr(n));
        };
    }
    return policy::try_build(std::move(c), std::move(options));
}

// What loaders pass for each policy of a router (see cors/json.hpp); empty options otherwise.
struct router_build_inputs {
    std::vector<build_options> route_options;
    build_options default_options;
    std::vector<diagnostic> prior;
    std::vector<std::string> route_fields;   // where route i is in the source; "/routes/i" when absent
    std::vector<std::string> policy_fields;  // where route i's policy is; route_fields[i] + "/config" when absent
    std::vector<std::vector<std::string>> path_fields;  // where path j of route i is; "<route>/paths/j" when absent
    // Route i selects the policy of route policy_of[i] <= i, built once (its own is not read);
    // i when absent. Readings that select routes sharing a policy agree.
    std::vector<std::size_t> policy_of;
    std::string default_field = "/default_policy";
};

inline router_build_result build_router(router_config c, router_build_inputs in);

}  // namespace detail

class router {
public:
    // Moving copies the reference, as for policy: a moved-from router still decides.
    router(const router&) = default;
    router& operator=(const router&) = default;
    router(router&& other) noexcept
        : impl_(other.impl_) {}  // NOLINT(performance-move-constructor-init): copying is the point
    router& operator=(router&& other) noexcept {
        impl_ = other.impl_;
        return *this;
    }
    ~router() = default;

    static router_build_result try_build(router_config c) {
        return detail::build_router(std::move(c), detail::router_build_inputs{});
    }
    // Throws config_error listing every problem of every route.
    static router build(router_config c) {
        router_build_result r = try_build(std::move(c));
        if (!r) CORS_THROW(config_error(r.diagnostics()));
        return std::move(r).value();
    }

    // The policy for a request target and method, or nullptr when none applies.
    const policy* select(std::string_view target, std::string_view method) const noexcept {
        return impl_->select(target, method);
    }

    // Decides with the policy selected by request.path and the method the request will use.
    // Without one: no CORS header, action::forward, reason::no_policy (a request without
    // Origin is not CORS and stays reason::allowed).
    decision evaluate(const request_view& r) const& noexcept {
        decision d = decide(r);
        if (impl_->observer) impl_->observer->on_decision(r, d);
        return d;
    }
    decision evaluate(const request_view& r) const&& = delete;

    // A copy of this router whose observer is `observer` (nullptr: none); cheap, the routes'
    // policies are shared.
    router with_observer(std::shared_ptr<decision_observer> observer) const {
        if (observer == impl_->observer) return *this;
        auto copy = std::make_shared<detail::compiled_router>(*impl_);
        copy->observer = std::move(observer);
        return router(std::move(copy));
    }

    const std::vector<built_route>& routes() const noexcept { return impl_->routes; }
    const std::optional<policy>& default_policy() const noexcept { return impl_->default_policy; }
    // Warnings of every policy (fields under /routes/N/policy and /default_policy) and of the routes.
    const std::vector<diagnostic>& warnings() const noexcept { return impl_->warnings; }

private:
    friend router_build_result detail::build_router(router_config, detail::router_build_inputs);
    explicit router(std::shared_ptr<const detail::compiled_router> impl) noexcept : impl_(std::move(impl)) {}

    decision decide(const request_view& r) const noexcept {
        const bool is_preflight = r.is_preflight_shaped();
        const std::string_view method = is_preflight ? r.access_control_request_method.value : r.method;
        const policy* p = select(r.path, method);
        // Kong routes a preflight by its own method: the OPTIONS route must agree.
        if (p && is_preflight && impl_->exact_methods && select(r.path, "OPTIONS") != p) p = nullptr;
        if (p) return p->evaluate(r);
        decision d;
        d.action_ = action::forward;
        if (r.origin.present()) {
            d.kind_ = is_preflight ? request_kind::preflight : request_kind::actual;
            d.reason_ = reason::no_policy;
        }
        if (impl_->unrouted_protection.enabled) protect_unrouted(r, d);
        return d;
    }

    CORS_COLD void protect_unrouted(const request_view& r, decision& d) const noexcept {
        const detail::compiled_cross_origin_protection& c = impl_->unrouted_protection;
        const detail::cross_origin_verdict v = detail::check_cross_origin(r, false, c);
        if (detail::depends_on_sec_fetch_site(v)) policy::vary_on_sec_fetch_site(d);
        if (!detail::passes(v)) policy::block_cross_origin(r, d, c.status);
    }

    std::shared_ptr<const detail::compiled_router> impl_;
};

namespace detail {

// The first protecting policy gives its status to the requests without a policy.
inline void protect_unrouted_like(compiled_cross_origin_protection& unrouted, const policy& p) {
    const cross_origin_protection_config& c = p.source().cross_origin_protection;
    if (unrouted.enabled || !c.enabled) return;
    unrouted.enabled = true;
    unrouted.status = static_cast<std::uint16_t>(c.status);
}

inline router_build_result build_router(router_config c, router_build_inputs in) {
    std::vector<diagnostic> diagnostics = std::move(in.prior);
    const auto report = [&](errc code, std::string field, std::string_view value, std::string message) {
        diagnostics.push_back({code, severity::error, std::move(field), std::string(value), std::move(message)});
    };
    compiled_router out;
    bool failed = false;
    struct pending {
        std::vector<std::string> paths, methods;
        std::optional<policy> built;
        std::string field;
        route_path_kind kind;
        bool no_policy;
        std::size_t tie;
        std::size_t shared;
        std::vector<std::optional<regex>> matchers, folded_matchers;
    };
    std::vector<pending> routes;
    const auto keep = [&](build_result r) -> std::optional<policy> {
        for (const diagnostic& d : r.diagnostics()) diagnostics.push_back(d);
        if (!r) {
            failed = true;
            return std::nullopt;
        }
        return std::move(r).value();
    };

    if (c.routes.empty() && !c.default_policy)
        report(errc::routes_missing, "/routes", "", "a router needs at least one route or a default policy");

    for (std::size_t i = 0; i < c.routes.size(); ++i) {
        route& rt = c.routes[i];
        const std::string at = i < in.route_fields.size() ? in.route_fields[i] : "/routes/" + std::to_string(i);
        pending br;
        br.field = at;
        br.kind = rt.path_kind;
        br.no_policy = rt.no_policy;
        br.tie = rt.tie;
        if (rt.paths.empty()) report(errc::route_path_invalid, at + "/paths", "", "a route needs at least one path");
        for (std::size_t j = 0; j < rt.paths.size(); ++j) {
            const std::string& path = rt.paths[j];
            const std::string path_at = i < in.path_fields.size() && j < in.path_fields[i].size()
                                            ? in.path_fields[i][j]
                                            : at + "/paths/" + std::to_string(j);
            if (rt.path_kind == route_path_kind::regex) {
                // Matched from the start of the path to anywhere: Kong's anchored ("a") regex find.
                regex_error problem;
                const std::string anchored = "(?:" + path + ").*";
                br.matchers.push_back(regex::compile(anchored, problem));
                if (br.matchers.back()) br.folded_matchers.push_back(regex::compile(anchored, problem, true));
                if (!br.matchers.back() || !br.folded_matchers.back()) {
                    // The path alone places the error in what was written ("/a(" closes on
                    // the wrapper's ')', leaving the wrapper's "(?:" open at offset 0).
                    regex_error alone;
                    const bool alone_compiles = regex::compile(path, alone).has_value();
                    const std::size_t position =
                        alone_compiles ? (problem.position > 2 ? problem.position - 3 : 0) : alone.position;
                    report(errc::route_path_invalid, path_at, path,
                           "the path regex does not compile at offset " + std::to_string(position) + ": " +
                               (alone_compiles ? problem.message : alone.message));
                }
                br.paths.push_back(path);
                continue;
            }
            if (!is_valid_route_path(path))
                report(errc::route_path_invalid, path_at, path,
                       "a route path starts with '/', is at most " + std::to_string(max_request_path_length) +
                           " bytes of letters, digits and -._~!$&'()*+,=:@/, and has no query, fragment, "
                           "percent sign, ';', dot segment, empty segment or segment ending in '.'");
            br.paths.push_back(path);
        }
        for (std::size_t j = 0; j < rt.methods.size(); ++j) {
            const std::string& m = rt.methods[j];
            if (!is_token(m) || is_forbidden_method(m) || m.size() > max_route_method_length)
                report(errc::route_method_invalid, at + "/methods/" + std::to_string(j), m,
                       "a route method is a method token of at most " + std::to_string(max_route_method_length) +
                           " bytes (CONNECT, TRACE and TRACK excluded); leave methods empty to cover every method");
            else
                br.methods.push_back(normalize_method(m));
        }
        build_options options = i < in.route_options.size() ? std::move(in.route_options[i]) : build_options{};
        const std::size_t shared = i < in.policy_of.size() && in.policy_of[i] < i ? in.policy_of[i] : i;
        br.shared = shared;
        if (shared != i) {
            br.built = routes[shared].built;
            br.no_policy = routes[shared].no_policy;
        } else if (rt.no_policy) {
            config any;  // never selected; built_route needs a policy
            any.origins = {"*"};
            br.built = policy::try_build(std::move(any)).value();
        } else {
            const std::string policy_at =
                i < in.policy_fields.size() && !in.policy_fields[i].empty() ? in.policy_fields[i] : at + "/config";
            br.built = keep(build_nested(std::move(rt.config), std::move(options), policy_at));
        }
        routes.push_back(std::move(br));
    }
    if (c.default_policy) {
        out.default_policy =
            keep(build_nested(std::move(*c.default_policy), std::move(in.default_options), in.default_field));
    }

    // The same path and method in two routes would make one of them dead; so would two paths
    // that differ only in case (a case-insensitive server runs one handler for both, so the
    // router gives either no policy).
    const auto covers_any = [](const std::vector<std::string>& methods, const std::string& m) {
        const auto listed = [&methods](std::string_view x) {
            return std::find(methods.begin(), methods.end(), x) != methods.end();
        };
        return listed(m) || (m == "HEAD" && listed("GET")) || (m == "GET" && listed("HEAD"));
    };
    for (std::size_t i = 0; i < routes.size(); ++i) {
        for (std::size_t j = 0; j <= i; ++j) {
            const pending& a = routes[j];
            const pending& b = routes[i];
            bool methods_overlap = a.methods.empty() && b.methods.empty();
            for (const std::string& m : b.methods) methods_overlap = methods_overlap || covers_any(a.methods, m);
            for (std::size_t k = 0; k < b.paths.size(); ++k) {
                for (std::size_t l = 0; l < (i == j ? k : a.paths.size()); ++l) {
                    const std::string& p = a.paths[l];
                    if (p != b.paths[k] && iequals(p, b.paths[k]))
                        report(errc::route_conflict, b.field + "/paths/" + std::to_string(k), b.paths[k],
                               "differs only in case from " + p + " at " + a.field +
                                   ": a case-insensitive server runs one handler for both");
                    else if (i != j && methods_overlap && p == b.paths[k] && c.order == route_order::most_specific)
                        report(errc::route_conflict, b.field + "/paths/" + std::to_string(k), b.paths[k],
                               "the route at " + a.field + " already covers this path for these methods");
                }
            }
        }
    }

    for (const diagnostic& d : diagnostics) failed = failed || d.severity == severity::error;
    if (failed) return router_build_result::failure(std::move(diagnostics));

    for (std::size_t i = 0; i < routes.size(); ++i) {
        pending& r = routes[i];
        for (std::size_t j = 0; j < r.paths.size(); ++j) {
            compiled_router::entry e{r.paths[j], i, r.methods.empty(), r.kind, r.tie, r.shared, {}, {}};
            if (r.kind == route_path_kind::regex) {
                e.matcher = std::move(r.matchers[j]);
                e.folded_matcher = std::move(r.folded_matchers[j]);
                out.has_upper = true;  // a regex may match letters of either case (\x41, [A-z])
            }
            for (char ch : e.prefix) out.has_upper = out.has_upper || is_upper_alpha(ch);
            out.table.push_back(std::move(e));
        }
        out.routes.push_back({std::move(r.paths), std::move(r.methods), std::move(*r.built), r.kind, r.no_policy});
    }
    if (c.order == route_order::most_specific)
        std::stable_sort(out.table.begin(), out.table.end(), [](const auto& a, const auto& b) {
            if (a.prefix.size() != b.prefix.size()) return a.prefix.size() > b.prefix.size();
            return !a.any_method && b.any_method;
        });
    out.exact_methods = c.exact_methods;
    for (const built_route& r : out.routes) protect_unrouted_like(out.unrouted_protection, r.policy);
    if (out.default_policy) protect_unrouted_like(out.unrouted_protection, *out.default_policy);
    out.warnings = diagnostics;
    out.observer = std::move(c.observer);
    return router_build_result::success(router(std::make_shared<const compiled_router>(std::move(out))),
                                        std::move(diagnostics));
}

}  // namespace detail

}  // namespace v1
}  // namespace cors
