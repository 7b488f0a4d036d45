#pragma once
// Optional: a router from a Kong Gateway declarative file (kong.yml as decK writes it, YAML or
// JSON) with services, routes and cors plugins. Needs yaml-cpp and nlohmann_json (target
// cors::kong).
//
//   cors::router_build_result r = cors::router_from_kong(read_file("kong.yml"));
//   if (!r) for (const auto& d : r.diagnostics()) std::cerr << d.to_string() << '\n';
//
// Each route of the file becomes a route of the router, in the order Kong's traditional router
// tries them, with the cors plugin Kong would run for it: the route's, else its service's, else
// the global one; a route without any selects no policy. Diagnostics carry the pointer into the
// file ("/services/1/routes/0/plugins/0/config/origins/2") and, for YAML, its line and column.
// docs/kong_declarative.md has the mapping and the Kong sources it follows.

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "errors.hpp"
#include "json.hpp"
#include "router.hpp"
#include "detail/ascii.hpp"
#include "detail/fetch.hpp"

namespace cors {
inline namespace v1 {

struct kong_options {
    // Reads routes that Kong tells apart by hosts, headers, snis or sources as if those were
    // absent (the router never matches on them): a hosts-only route covers every path.
    bool dangerously_ignore_route_hosts = false;
};

// Where the cors plugin a route of the router runs comes from (cors-lint prints it).
enum class kong_plugin_scope { none, global, service, route };

inline const char* to_string(kong_plugin_scope s) noexcept {
    switch (s) {
        case kong_plugin_scope::global:
            return "global";
        case kong_plugin_scope::service:
            return "service";
        case kong_plugin_scope::route:
            return "route";
        default:
            return "none";
    }
}

// One route of the router built from a Kong file, in the router's order (routes()[i]): a Kong
// route with several paths gives one router route per path.
struct kong_route_source {
    std::string route;   // the Kong route's pointer, "/services/0/routes/1"
    std::string name;    // its name, else its id, else ""
    std::string path;    // the path as written in the file ("~/items/\d+" for a regex)
    std::string plugin;  // the pointer of the cors plugin Kong runs for it; "" for none
    kong_plugin_scope scope = kong_plugin_scope::none;
};

namespace detail {

// Where each value of a YAML document is: JSON pointer -> 1-based line and column.
using kong_source_marks = std::map<std::string, std::pair<std::size_t, std::size_t>>;

// YAML to JSON, reporting duplicate keys, depth and size like the JSON loaders do.
class kong_yaml_reader {
public:
    std::vector<diagnostic> problems;
    kong_source_marks marks;

    std::optional<nlohmann::json> read(std::string_view text) {
        YAML::Node root;
        try {
            root = YAML::Load(std::string(text));
        } catch (const YAML::Exception& e) {
            problems.push_back({errc::yaml_invalid, severity::error, "", "",
                                "line " + std::to_string(e.mark.line + 1) + ", column " +
                                    std::to_string(e.mark.column + 1) + ": " + e.msg});
            return std::nullopt;
        }
        nlohmann::json out;
        if (!convert(root, out, "", 0)) return std::nullopt;
        return out;
    }

private:
    static constexpr std::size_t max_nodes = 1000000;  // aliases can multiply a small text
    std::size_t nodes_ = 0;

    bool fail(errc code, const std::string& at, std::string message) {
        problems.push_back({code, severity::error, clip_value(at), "", std::move(message)});
        return false;
    }

    // YAML 1.2 core schema for plain scalars; quoted ones are strings.
    static nlohmann::json scalar(const YAML::Node& n) {
        const std::string& s = n.Scalar();
        if (n.Tag() == "!") return s;
        if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
        if (s == "true" || s == "True" || s == "TRUE") return true;
        if (s == "false" || s == "False" || s == "FALSE") return false;
        const char* end = s.data() + s.size();
        const char* first = s.data() + (s[0] == '+' ? 1 : 0);
        std::int64_t i = 0;
        if (auto [p, ec] = std::from_chars(first, end, i); ec == std::errc() && p == end) return i;
        std::uint64_t u = 0;
        if (auto [p, ec] = std::from_chars(first, end, u); ec == std::errc() && p == end) return u;
        bool number = first != end;
        for (const char* c = first; c != end; ++c)
            number = number && (is_digit(*c) || *c == '.' || *c == 'e' || *c == 'E' || *c == '-' || *c == '+');
        if (number) {
            try {
                return nlohmann::json::parse(s);
            } catch (const nlohmann::json::exception&) {  // "1.", "-": not JSON numbers, strings in YAML too
            }
        }
        return s;
    }

    bool convert(const YAML::Node& n, nlohmann::json& out, const std::string& at, std::size_t depth) {
        if (++nodes_ > max_nodes) return fail(errc::yaml_invalid, at, "more than a million values (aliases?)");
        if (depth > max_json_depth)
            return fail(errc::json_too_deep, at, "nested more than " + std::to_string(max_json_depth) + " levels deep");
        const YAML::Mark m = n.Mark();
        if (m.line >= 0) marks.emplace(at, std::make_pair(std::size_t(m.line) + 1, std::size_t(m.column) + 1));
        switch (n.Type()) {
            case YAML::NodeType::Scalar:
                out = scalar(n);
                return true;
            case YAML::NodeType::Sequence: {
                out = nlohmann::json::array();
                std::size_t i = 0;
                for (const YAML::Node& item : n) {
                    nlohmann::json v;
                    if (!convert(item, v, at + "/" + std::to_string(i++), depth + 1)) return false;
                    out.push_back(std::move(v));
                }
                return true;
            }
            case YAML::NodeType::Map: {
                out = nlohmann::json::object();
                for (const auto& kv : n) {
                    if (!kv.first.IsScalar()) return fail(errc::yaml_invalid, at, "a mapping key must be a scalar");
                    const std::string key = kv.first.Scalar();
                    const std::string field = at + "/" + escape_pointer_token(key);
                    nlohmann::json v;
                    if (!convert(kv.second, v, field, depth + 1)) return false;
                    if (out.contains(key)) {
                        const YAML::Mark k = kv.first.Mark();
                        problems.push_back(
                            {errc::json_duplicate_key, severity::error, clip_value(field), clip_value(key),
                             "this key is given twice in one mapping (line " + std::to_string(k.line + 1) +
                                 ", column " + std::to_string(k.column + 1) + "); remove one"});
                        continue;
                    }
                    out[key] = std::move(v);
                }
                return true;
            }
            default:
                out = nullptr;
                return true;
        }
    }
};

// A reference to a service, route or consumer: "name-or-id" or {"id": ...} / {"name": ...}.
inline std::optional<std::string> kong_reference(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object()) {
        for (const char* key : {"id", "name"})
            if (v.contains(key) && v[key].is_string()) return v[key].get<std::string>();
    }
    return std::nullopt;
}

class kong_loader {
public:
    explicit kong_loader(kong_options options, std::vector<diagnostic> prior,
                         std::vector<kong_route_source>* sources = nullptr)
        : options_(options), diagnostics_(std::move(prior)), sources_(sources) {}

    router_build_result load(const nlohmann::json& j) {
        if (!j.is_object()) {
            error(errc::json_invalid, "", "", "a Kong declarative file is a mapping with _format_version");
            return router_build_result::failure(std::move(diagnostics_));
        }
        read_format_version(j);
        if (j.contains("services")) read_services(j["services"]);
        if (j.contains("routes")) read_top_routes(j["routes"]);
        if (j.contains("consumers") && j["consumers"].is_array())
            for (std::size_t i = 0; i < j["consumers"].size(); ++i) {
                const nlohmann::json& c = j["consumers"][i];
                if (c.is_object() && c.contains("plugins"))
                    read_plugins(c["plugins"], "/consumers/" + std::to_string(i) + "/plugins", scope{}, true);
            }
        if (j.contains("plugins")) read_plugins(j["plugins"], "/plugins", scope{}, false);
        resolve_plugin_scopes();
        return build();
    }

private:
    struct scope {
        std::optional<std::size_t> service, route;
    };
    struct plugin {
        std::string at;  // the plugin's pointer
        scope where;
        std::optional<std::string> service_ref, route_ref;  // top-level plugins, resolved later
        prepared_policy prepared;
    };
    struct kong_route {
        std::string at;
        std::optional<std::size_t> service;
        const nlohmann::json* value;
    };
    struct split {  // one path of one route, as Kong's router sorts them
        std::size_t route;
        std::string path, path_at, written;
        route_path_kind kind;
        std::vector<std::string> methods;
        const plugin* source;
        // Kong's sort keys (kong/router/traditional.lua sort_categories, sort_routes)
        unsigned match_weight = 0, category = 0, submatch = 0;
        std::size_t headers = 0, max_uri_length = 0;
        long long regex_priority = 0;
        std::optional<double> created_at;
    };

    void error(errc code, const std::string& at, std::string_view value, std::string message) {
        diagnostics_.push_back({code, severity::error, clip_value(at), clip_value(value), std::move(message)});
    }
    void warning(errc code, const std::string& at, std::string_view value, std::string message) {
        diagnostics_.push_back({code, severity::warning, clip_value(at), clip_value(value), std::move(message)});
    }
    static std::string name_of(const nlohmann::json& v, const char* key) {
        return v.is_object() && v.contains(key) && v[key].is_string() ? v[key].get<std::string>() : std::string();
    }

    void read_format_version(const nlohmann::json& j) {
        // kong/db/schema/others/declarative_config.lua: one_of {"1.1", "2.1", "3.0"}
        if (!j.contains("_format_version"))
            return error(errc::kong_format_version, "/_format_version", "",
                         "a Kong declarative file needs _format_version: \"3.0\"");
        const nlohmann::json& v = j["_format_version"];
        const std::string s = v.is_string() ? v.get<std::string>() : v.dump();
        if (s != "1.1" && s != "2.1" && s != "3.0")
            return error(errc::kong_format_version, "/_format_version", s,
                         "expected \"1.1\", \"2.1\" or \"3.0\" (the versions Kong and decK read)");
        legacy_paths_ = s != "3.0";
    }

    // Names and ids are references: each names one entity.
    void remember(std::map<std::string, std::size_t>& index, const nlohmann::json& v, const std::string& at,
                  std::size_t i, const char* what) {
        for (const char* key : {"name", "id"}) {
            const std::string n = name_of(v, key);
            if (n.empty()) continue;
            if (!index.emplace(n, i).second)
                error(errc::kong_name_duplicate, at + "/" + key, n,
                      std::string("another ") + what + " has this " + key + "; references to it would be ambiguous");
        }
    }

    void read_services(const nlohmann::json& v) {
        if (!v.is_array()) return error(errc::json_type, "/services", "", "expected an array of services");
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string at = "/services/" + std::to_string(i);
            const nlohmann::json& s = v[i];
            if (!s.is_object()) {
                error(errc::json_type, at, "", "expected a service object");
                continue;
            }
            remember(services_, s, at, i, "service");
            if (s.contains("routes")) {
                if (!s["routes"].is_array()) {
                    error(errc::json_type, at + "/routes", "", "expected an array of routes");
                } else {
                    for (std::size_t k = 0; k < s["routes"].size(); ++k)
                        add_route(s["routes"][k], at + "/routes/" + std::to_string(k), i);
                }
            }
            if (s.contains("plugins")) read_plugins(s["plugins"], at + "/plugins", scope{i, std::nullopt}, false);
        }
    }

    void read_top_routes(const nlohmann::json& v) {
        if (!v.is_array()) return error(errc::json_type, "/routes", "", "expected an array of routes");
        for (std::size_t k = 0; k < v.size(); ++k) {
            const std::string at = "/routes/" + std::to_string(k);
            std::optional<std::size_t> service;
            if (v[k].is_object() && v[k].contains("service") && !v[k]["service"].is_null()) {
                const std::optional<std::string> ref = kong_reference(v[k]["service"]);
                const auto found = ref ? services_.find(*ref) : services_.end();
                if (found == services_.end()) {
                    error(errc::kong_reference_unknown, at + "/service", ref.value_or(""),
                          "no service in the file has this name or id");
                    continue;
                }
                service = found->second;
            }
            add_route(v[k], at, service);
        }
    }

    void add_route(const nlohmann::json& r, const std::string& at, std::optional<std::size_t> service) {
        if (!r.is_object()) return error(errc::json_type, at, "", "expected a route object");
        const std::size_t i = routes_.size();
        remember(route_index_, r, at, i, "route");
        routes_.push_back({at, service, &r});
        if (r.contains("plugins")) read_plugins(r["plugins"], at + "/plugins", scope{service, i}, false);
    }

    void read_plugins(const nlohmann::json& v, const std::string& at, scope where, bool under_consumer) {
        if (!v.is_array()) return error(errc::json_type, at, "", "expected an array of plugins");
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string p_at = at + "/" + std::to_string(i);
            const nlohmann::json& p = v[i];
            if (!p.is_object()) {
                error(errc::json_type, p_at, "", "expected a plugin object");
                continue;
            }
            if (name_of(p, "name") != "cors") continue;  // other plugins do not change CORS
            if (p.contains("enabled") && p["enabled"].is_boolean() && !p["enabled"].get<bool>()) {
                warning(errc::kong_ignored, p_at + "/enabled", "false",
                        "a disabled cors plugin: skipped, as Kong does");
                continue;
            }
            if (under_consumer || (p.contains("consumer") && !p["consumer"].is_null())) {
                warning(errc::kong_ignored, under_consumer ? p_at : p_at + "/consumer", "",
                        "a cors plugin scoped to a consumer is ignored: a preflight is answered before any consumer "
                        "is authenticated (Kong's cors schema refuses consumers)");
                continue;
            }
            plugin out;
            out.at = p_at;
            out.where = where;
            if (p.contains("service") && !p["service"].is_null()) out.service_ref = kong_reference(p["service"]);
            if (p.contains("route") && !p["route"].is_null()) out.route_ref = kong_reference(p["route"]);
            const nlohmann::json config =
                p.contains("config") && !p["config"].is_null() ? p["config"] : nlohmann::json::object();
            out.prepared = json_loader{}.prepare(config);
            if (!out.prepared.ok) {
                for (const diagnostic& d : out.prepared.options.prior)
                    diagnostics_.push_back({d.code, d.severity, p_at + "/config" + d.field, d.value, d.message});
                continue;
            }
            plugins_.push_back(std::move(out));
        }
    }

    void resolve_plugin_scopes() {
        std::set<std::pair<std::optional<std::size_t>, std::optional<std::size_t>>> seen;
        for (plugin& p : plugins_) {
            bool unresolved = false;
            if (p.service_ref) {
                const auto found = services_.find(*p.service_ref);
                unresolved = found == services_.end();
                if (unresolved)
                    error(errc::kong_reference_unknown, p.at + "/service", *p.service_ref,
                          "no service in the file has this name or id");
                else
                    p.where.service = found->second;
            }
            if (p.route_ref) {
                const auto found = route_index_.find(*p.route_ref);
                if (found == route_index_.end()) {
                    unresolved = true;
                    error(errc::kong_reference_unknown, p.at + "/route", *p.route_ref,
                          "no route in the file has this name or id");
                } else {
                    p.where.route = found->second;
                }
            }
            if (unresolved) continue;  // not global either: no second error for its scope
            // A plugin nested under a route is scoped to the route alone (its service is implied).
            const bool nested_in_route = p.where.route && !p.service_ref && p.at.find("/routes/") != std::string::npos;
            const auto key = std::make_pair(nested_in_route ? std::nullopt : p.where.service, p.where.route);
            if (!seen.insert(key).second)
                error(errc::kong_name_duplicate, p.at, "cors",
                      "a second cors plugin for the same route, service or global scope (Kong keeps one per scope)");
            if (nested_in_route) p.where.service.reset();
        }
    }

    // The plugin Kong runs for a route (kong/runloop/plugins_iterator.lua lookup_cfg): the one
    // for this route and its service, else this route, else its service, else global.
    const plugin* plugin_for(std::size_t route) const {
        const std::optional<std::size_t> service = routes_[route].service;
        const auto find = [this](std::optional<std::size_t> s, std::optional<std::size_t> r) -> const plugin* {
            for (const plugin& p : plugins_)
                if (p.where.service == s && p.where.route == r) return &p;
            return nullptr;
        };
        if (service)
            if (const plugin* p = find(service, route)) return p;
        if (const plugin* p = find(std::nullopt, route)) return p;
        if (service)
            if (const plugin* p = find(service, std::nullopt)) return p;
        return find(std::nullopt, std::nullopt);
    }

    static bool non_empty(const nlohmann::json& r, const char* key) {
        return r.contains(key) && (r[key].is_array() || r[key].is_object()) && !r[key].empty();
    }

    // Kong 1.1/2.1 paths: a regex when it is not made of [a-zA-Z0-9.-_~/%]
    // (kong/db/migrations/migrate_path_280_300.lua is_not_regex).
    static bool legacy_plain(std::string_view p) {
        for (char c : p)
            if (!(is_lower_alpha(c) || is_upper_alpha(c) || is_digit(c) || c == '.' || c == '-' || c == '_' ||
                  c == '~' || c == '/' || c == '%'))
                return false;
        return true;
    }

    void read_route(std::size_t index, std::vector<split>& out) {
        const kong_route& kr = routes_[index];
        const nlohmann::json& r = *kr.value;
        const std::string& at = kr.at;
        if (non_empty(r, "protocols")) {
            bool http = false;
            for (const nlohmann::json& p : r["protocols"])
                http = http || (p.is_string() && (p.get<std::string>() == "http" || p.get<std::string>() == "https"));
            if (!http) {
                warning(errc::kong_ignored, at + "/protocols", r["protocols"].dump(),
                        "a route without http or https never serves a browser's request: left out");
                return;
            }
        }
        const plugin* source = plugin_for(index);
        const bool paths = non_empty(r, "paths"), methods = non_empty(r, "methods");
        const bool hosts = non_empty(r, "hosts"), headers = non_empty(r, "headers");
        std::string host_like;
        for (const char* key : {"hosts", "headers", "snis", "sources", "destinations"})
            if (host_like.empty() && non_empty(r, key)) host_like = key;

        split base;
        base.route = index;
        base.source = source;
        if (methods) {
            if (!r["methods"].is_array()) return error(errc::json_type, at + "/methods", "", "expected an array");
            for (std::size_t k = 0; k < r["methods"].size(); ++k) {
                const nlohmann::json& m = r["methods"][k];
                if (!m.is_string()) {
                    error(errc::json_type, at + "/methods/" + std::to_string(k), m.dump(), "expected a method");
                    continue;
                }
                std::string upper = m.get<std::string>();
                for (char& c : upper) c = is_lower_alpha(c) ? static_cast<char>(c - 'a' + 'A') : c;  // Kong upper()s
                if (is_forbidden_method(upper)) {
                    warning(errc::kong_ignored, at + "/methods/" + std::to_string(k), upper,
                            "browsers never send CONNECT, TRACE or TRACK: left out of the route");
                    continue;
                }
                base.methods.push_back(upper);
            }
            if (base.methods.empty()) return;  // nothing a browser sends
        }
        base.match_weight =
            unsigned(hosts) + unsigned(headers) + unsigned(paths) + unsigned(methods) + unsigned(non_empty(r, "snis"));
        base.category = (hosts ? 0x40u : 0u) | (headers ? 0x20u : 0u) | (paths ? 0x10u : 0u) | (methods ? 0x08u : 0u) |
                        (non_empty(r, "snis") ? 0x04u : 0u);
        if (hosts) {
            bool wildcard = false, wildcard_port = false;
            for (const nlohmann::json& h : r["hosts"]) {
                const std::string s = h.is_string() ? h.get<std::string>() : "";
                const bool w = s.find('*') != std::string::npos;
                wildcard = wildcard || w;
                wildcard_port = wildcard_port || (w && s.find(':') != std::string::npos);
            }
            base.submatch |= (wildcard ? 0u : 0x02u) | (wildcard_port ? 0x04u : 0u);
        }
        if (headers && r["headers"].is_object())
            for (const auto& h : r["headers"].items()) base.headers += iequals(h.key(), "host") ? 0u : 1u;
        if (r.contains("regex_priority") && r["regex_priority"].is_number_integer())
            base.regex_priority = r["regex_priority"].get<long long>();
        if (r.contains("created_at") && r["created_at"].is_number()) base.created_at = r["created_at"].get<double>();

        if (!host_like.empty()) {
            const bool alone = !paths && !methods;
            if (alone && source && !options_.dangerously_ignore_route_hosts) {
                error(errc::route_needs_host, at + "/" + host_like, "",
                      "this route matches on " + host_like +
                          " alone and a cors plugin applies to it; the router never matches on hosts, headers, snis "
                          "or sources (Kong's docs: CORS cannot rely on the Host, match such routes on paths or "
                          "methods). Set dangerously_ignore_route_hosts to read it as covering every path");
                return;
            }
            if (alone && !source) {
                warning(errc::kong_ignored, at + "/" + host_like, "",
                        "a route told apart by " + host_like + " alone, without a cors plugin: left out");
                return;
            }
            warning(errc::kong_ignored, at + "/" + host_like, "",
                    "the router never matches on " + host_like + ": this route is read as matching its " +
                        (paths ? "paths" : "methods") + " on any host");
        }

        if (!paths && !methods && host_like.empty())
            return error(errc::route_path_invalid, at, "",
                         "a Kong route needs paths, methods or hosts (Kong refuses it too); this one would match "
                         "every request");
        if (!paths) {  // methods alone: every path
            split s = base;
            s.path = "/";
            s.written = "/";
            s.path_at = at + "/methods";
            s.kind = route_path_kind::prefix;
            out.push_back(std::move(s));
            return;
        }
        if (!r["paths"].is_array()) return error(errc::json_type, at + "/paths", "", "expected an array of paths");
        for (std::size_t k = 0; k < r["paths"].size(); ++k) {
            const nlohmann::json& p = r["paths"][k];
            const std::string p_at = at + "/paths/" + std::to_string(k);
            if (!p.is_string()) {
                error(errc::json_type, p_at, p.dump(), "expected a path");
                continue;
            }
            std::string path = p.get<std::string>();
            split s = base;
            s.written = path;
            s.path_at = p_at;
            // kong/router/traditional.lua marshall_route: "~" starts a regex, else a plain prefix.
            const bool regex = legacy_paths_ ? !legacy_plain(path) : !path.empty() && path[0] == '~';
            if (regex && !legacy_paths_) path.erase(0, 1);
            s.kind = regex ? route_path_kind::regex : route_path_kind::prefix;
            s.max_uri_length = regex ? 0 : path.size();
            s.submatch |= regex ? 0x01u : 0u;
            s.path = std::move(path);
            out.push_back(std::move(s));
        }
    }

    // Kong's order: categories by match weight then bits (sort_categories), then sort_routes.
    static bool before(const split& a, const split& b) {
        if (a.match_weight != b.match_weight) return a.match_weight > b.match_weight;
        if (a.category != b.category) return a.category > b.category;
        if (a.submatch != b.submatch) return a.submatch > b.submatch;
        if (a.headers != b.headers) return a.headers > b.headers;
        if ((a.submatch & 0x01u) && a.regex_priority != b.regex_priority) return a.regex_priority > b.regex_priority;
        if (a.max_uri_length != b.max_uri_length) return a.max_uri_length > b.max_uri_length;
        if (a.created_at && b.created_at) return *a.created_at < *b.created_at;
        return false;
    }

    // Routes that only hosts (or headers...) tell apart from a route with another policy.
    void check_told_apart(const std::vector<split>& all) {
        std::set<std::size_t> reported;
        for (std::size_t i = 0; i < all.size(); ++i) {
            for (std::size_t k = 0; k < i; ++k) {
                const split& a = all[k];
                const split& b = all[i];
                if (a.route == b.route || a.source == b.source || a.kind != b.kind || a.path != b.path) continue;
                bool overlap = a.methods.empty() || b.methods.empty();
                for (const std::string& m : b.methods)
                    overlap = overlap || std::find(a.methods.begin(), a.methods.end(), m) != a.methods.end();
                if (!overlap) continue;
                const std::size_t told = non_host_like(a.route) ? b.route : a.route;
                if (non_host_like(told) || options_.dangerously_ignore_route_hosts || !reported.insert(told).second)
                    continue;
                error(errc::route_needs_host, routes_[told].at, b.path,
                      "this route and the one at " + routes_[told == a.route ? b.route : a.route].at +
                          " match the same path and methods and differ only by hosts, headers, snis or sources, "
                          "with different cors plugins; the router never matches on those (Kong's docs: CORS "
                          "cannot rely on the Host). Give them different paths");
            }
        }
    }
    kong_route_source source_of(const split& s) const {
        kong_route_source out;
        const kong_route& kr = routes_[s.route];
        out.route = kr.at;
        out.name = name_of(*kr.value, "name");
        if (out.name.empty()) out.name = name_of(*kr.value, "id");
        out.path = s.written;
        if (s.source) {
            out.plugin = s.source->at;
            out.scope = s.source->where.route     ? kong_plugin_scope::route
                        : s.source->where.service ? kong_plugin_scope::service
                                                  : kong_plugin_scope::global;
        }
        return out;
    }

    bool non_host_like(std::size_t route) const {
        const nlohmann::json& r = *routes_[route].value;
        for (const char* key : {"hosts", "headers", "snis", "sources", "destinations"})
            if (non_empty(r, key)) return false;
        return true;
    }

    router_build_result build() {
        std::vector<split> all;
        for (std::size_t i = 0; i < routes_.size(); ++i) read_route(i, all);
        std::stable_sort(all.begin(), all.end(), before);
        check_told_apart(all);

        router_config rc;
        rc.order = route_order::as_listed;
        rc.exact_methods = true;
        router_build_inputs in;
        std::size_t tie = 0;
        std::map<const plugin*, std::size_t> first_with;  // each plugin's policy is built once
        for (std::size_t i = 0; i < all.size(); ++i) {
            split& s = all[i];
            const bool tied_before = i > 0 && !before(all[i - 1], s);
            tie = tied_before ? tie : tie + 1;
            route rt;
            rt.paths = {s.path};
            rt.methods = s.methods;
            rt.path_kind = s.kind;
            rt.tie = tie;
            rt.no_policy = s.source == nullptr;
            in.route_fields.push_back(routes_[s.route].at);
            in.path_fields.push_back({s.path_at});
            in.policy_of.push_back(first_with.emplace(s.source, i).first->second);
            if (s.source && in.policy_of.back() == i) {
                rt.config = s.source->prepared.c;
                in.route_options.push_back(s.source->prepared.options);
                in.policy_fields.push_back(s.source->at + "/config");
            } else {
                in.route_options.emplace_back();
                in.policy_fields.emplace_back();
            }
            rc.routes.push_back(std::move(rt));
            if (sources_) sources_->push_back(source_of(s));
        }
        if (rc.routes.empty())
            error(errc::routes_missing, "/routes", "", "the file has no route a browser's request can reach");
        in.prior = std::move(diagnostics_);
        return build_router(std::move(rc), std::move(in));
    }

    kong_options options_;
    std::vector<diagnostic> diagnostics_;
    bool legacy_paths_ = false;
    std::map<std::string, std::size_t> services_, route_index_;
    std::vector<kong_route> routes_;
    std::vector<plugin> plugins_;
    std::vector<kong_route_source>* sources_;
};

// Appends "(line L, column C)" to each diagnostic whose pointer, or the nearest value above
// it, is in `marks`.
inline void add_source_marks(std::vector<diagnostic>& diagnostics, const kong_source_marks& marks) {
    for (diagnostic& d : diagnostics) {
        std::string at = d.field;
        for (;;) {
            const auto found = marks.find(at);
            if (found != marks.end()) {
                d.message += " (line " + std::to_string(found->second.first) + ", column " +
                             std::to_string(found->second.second) + ")";
                break;
            }
            const std::size_t slash = at.rfind('/');
            if (at.empty() || slash == std::string::npos) break;
            at.erase(slash);
        }
    }
}

}  // namespace detail

// Builds a router from a Kong declarative file, YAML or JSON (JSON when it starts with '{').
// Never throws for bad input: everything wrong is in the result's diagnostics. When it loads,
// `sources` (if given) gets one entry per route of the router, in its order.
inline router_build_result router_from_kong(std::string_view text, kong_options options,
                                            std::vector<kong_route_source>* sources) {
    if (sources) sources->clear();
    std::size_t first = 0;
    while (first < text.size() &&
           (text[first] == ' ' || text[first] == '\t' || text[first] == '\n' || text[first] == '\r'))
        ++first;
    if (first < text.size() && text[first] == '{') {
        std::vector<diagnostic> problems;
        std::optional<nlohmann::json> j = detail::parse_checked(text, problems);
        if (!j) return router_build_result::failure(std::move(problems));
        router_build_result r = detail::kong_loader{options, std::move(problems), sources}.load(*j);
        if (!r && sources) sources->clear();
        return r;
    }
    detail::kong_yaml_reader yaml;
    std::optional<nlohmann::json> j = yaml.read(text);
    if (!j) return router_build_result::failure(std::move(yaml.problems));
    router_build_result r = detail::kong_loader{options, std::move(yaml.problems), sources}.load(*j);
    std::vector<diagnostic> diagnostics = r.diagnostics();
    detail::add_source_marks(diagnostics, yaml.marks);
    if (!r) {
        if (sources) sources->clear();
        return router_build_result::failure(std::move(diagnostics));
    }
    return router_build_result::success(std::move(r).value(), std::move(diagnostics));
}

inline router_build_result router_from_kong(std::string_view text, kong_options options = {}) {
    return router_from_kong(text, options, nullptr);
}

}  // namespace v1
}  // namespace cors
