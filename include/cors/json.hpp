#pragma once
// Optional: read a policy from JSON in the schema of Kong Gateway's CORS plugin, plus our
// extension fields. Needs nlohmann_json (target cors::json); the core does not.
//
//   cors::build_result r = cors::policy_from_json(R"({"origins": ["https://app.example.com"]})");
//   if (!r) for (const auto& d : r.diagnostics()) std::cerr << d.to_string() << '\n';
//
// Every diagnostic carries the JSON pointer of the offending value ("/origins/2: ...").

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "config.hpp"
#include "errors.hpp"
#include "policy.hpp"
#include "router.hpp"
#include "detail/ascii.hpp"
#include "detail/policy_builder.hpp"

namespace cors {
inline namespace v1 {

// Kong's default `methods`, in Kong's order.
inline const std::vector<std::string>& kong_default_methods() {
    static const std::vector<std::string> methods = {"GET",    "HEAD",    "PUT",   "PATCH",  "POST",
                                                     "DELETE", "OPTIONS", "TRACE", "CONNECT"};
    return methods;
}

namespace detail {

// How a Kong `origins` entry reads: "*", a plain origin, one of our patterns (or "null"), a regex.
enum class kong_origin_kind { any, plain, pattern, regex };

inline kong_origin_kind classify_kong_origin(std::string_view entry) noexcept {
    if (entry == "*") return kong_origin_kind::any;
    if (entry == "null") return kong_origin_kind::pattern;  // the engine decides (dangerous opt-in)
    bool plain = true;
    for (char c : entry)
        if (!(is_lower_alpha(c) || is_upper_alpha(c) || is_digit(c) || c == '.' || c == ':' || c == '/' || c == '-'))
            plain = false;
    if (plain) return kong_origin_kind::plain;
    // Our wildcard shapes, which Kong would misread as regexes: scheme://*.host[:port], scheme://host:*
    const std::size_t sep = entry.find("://");
    if (sep != std::string_view::npos && sep > 0) {
        const std::string_view authority = entry.substr(sep + 3);
        bool shape = true;
        for (char c : authority)
            if (!(is_lower_alpha(c) || is_upper_alpha(c) || is_digit(c) || c == '.' || c == ':' || c == '-' ||
                  c == '_' || c == '*'))
                shape = false;
        if (shape && (starts_with(authority, "*.") || ends_with(authority, ":*"))) return kong_origin_kind::pattern;
    }
    return kong_origin_kind::regex;
}

// A policy read from JSON, ready for policy::try_build (or a router's build).
struct prepared_policy {
    bool ok = false;  // false when the JSON is not an object: nothing to build
    config c;
    build_options options;
};

// What the policy and router loaders share: diagnostics with JSON pointers, typed reads.
class json_reader {
protected:
    static std::string escape(std::string_view key) {  // RFC 6901
        std::string out;
        for (char ch : key) {
            if (ch == '~')
                out += "~0";
            else if (ch == '/')
                out += "~1";
            else
                out += ch;
        }
        return out;
    }
    static std::string at(std::string_view field, std::size_t i) {
        return std::string(field) + "/" + std::to_string(i);
    }

    void error(errc code, std::string field, std::string_view value, std::string message) {
        prior_.push_back({code, severity::error, std::move(field), std::string(value), std::move(message)});
    }
    void warning(errc code, std::string field, std::string_view value, std::string message) {
        prior_.push_back({code, severity::warning, std::move(field), std::string(value), std::move(message)});
    }
    void type_error(const std::string& field, const nlohmann::json& value, const char* expected) {
        error(errc::json_type, field, value.dump(), std::string("expected ") + expected + ", got " + value.type_name());
    }

    // Reads an array of strings; `src` records each kept element's index in the JSON array.
    bool read_strings(const nlohmann::json& v, const std::string& field, std::vector<std::string>& out,
                      std::vector<std::size_t>& src) {
        if (!v.is_array()) {
            type_error(field, v, "an array of strings");
            return false;
        }
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string()) {
                type_error(at(field, i), v[i], "a string");
                continue;
            }
            out.push_back(v[i].get<std::string>());
            src.push_back(i);
        }
        return true;
    }
    // Reads an array of strings when the source indices do not matter.
    bool read_strings(const nlohmann::json& v, const std::string& field, std::vector<std::string>& out) {
        std::vector<std::size_t> unused;
        return read_strings(v, field, out, unused);
    }

    std::vector<diagnostic> prior_;
};

class json_loader : private json_reader {
public:
    build_result load(const nlohmann::json& j) {
        prepared_policy p = prepare(j);
        if (!p.ok) return build_result::failure(std::move(p.options.prior));
        return policy::try_build(std::move(p.c), std::move(p.options));
    }

    prepared_policy prepare(const nlohmann::json& j) {
        if (!j.is_object()) {
            error(errc::json_invalid, "", "", "a policy must be a JSON object");
            prepared_policy failed;
            failed.options.prior = std::move(prior_);
            return failed;
        }
        for (const auto& [key, value] : j.items()) {
            if (value.is_null()) continue;  // Kong: an explicit null is the same as absent
            const std::string field = "/" + escape(key);
            if (key == "origins")
                read_origins(value);
            else if (key == "methods")
                read_methods(value);
            else if (key == "headers")
                read_headers(value);
            else if (key == "exposed_headers")
                read_strings(value, field, c_.exposed_headers, exposed_src_);
            else if (key == "credentials")
                read_bool(value, field, c_.credentials);
            else if (key == "max_age")
                read_max_age(value);
            else if (key == "private_network")
                read_bool(value, field, c_.private_network);
            else if (key == "preflight_continue")
                read_bool(value, field, c_.preflight_continue);
            else if (key == "allow_origin_absent")
                read_bool(value, field, c_.allow_origin_absent);
            else if (key == "preflight_status")
                read_int(value, field, c_.preflight_success_status);
            else if (key == "preflight_failure_status")
                read_int(value, field, c_.preflight_failure_status);
            else if (key == "debug")
                read_bool(value, field, c_.debug);
            else if (key == "dangerously_allow_insecure_origins")
                read_bool(value, field, c_.dangerously_allow_insecure_origins);
            else if (key == "dangerously_allow_public_suffix_wildcards")
                read_bool(value, field, c_.dangerously_allow_public_suffix_wildcards);
            else if (key == "dangerously_allow_null_origin")
                read_bool(value, field, c_.dangerously_allow_null_origin);
            else if (key == "dangerously_reflect_any_origin_with_credentials")
                read_bool(value, field, c_.dangerously_reflect_any_origin_with_credentials);
            else
                error(errc::json_unknown_field, field, key,
                      "unknown field; expected one of origins, methods, headers, exposed_headers, credentials, "
                      "max_age, private_network, preflight_continue, allow_origin_absent, preflight_status, "
                      "preflight_failure_status, debug, dangerously_allow_insecure_origins, "
                      "dangerously_allow_public_suffix_wildcards, dangerously_allow_null_origin, "
                      "dangerously_reflect_any_origin_with_credentials");
        }
        apply_defaults(j);
        prepared_policy out;
        out.ok = true;
        out.c = std::move(c_);
        out.options = finish();
        return out;
    }

private:
    void read_bool(const nlohmann::json& v, const std::string& field, bool& out) {
        if (v.is_boolean())
            out = v.get<bool>();
        else
            type_error(field, v, "a boolean");
    }

    void read_int(const nlohmann::json& v, const std::string& field, int& out) {
        if (v.is_number_integer() && v.get<std::int64_t>() >= -100000 && v.get<std::int64_t>() <= 100000)
            out = static_cast<int>(v.get<std::int64_t>());
        else
            type_error(field, v, "an integer");
    }

    void read_max_age(const nlohmann::json& v) {
        if (v.is_number_integer()) {
            c_.max_age = v.get<std::int64_t>();
        } else if (v.is_number_float()) {
            const double d = v.get<double>();
            // Range first: converting an out-of-range double to an integer is undefined.
            if (d > -1e15 && d < 1e15 && d == static_cast<double>(static_cast<std::int64_t>(d)))
                c_.max_age = static_cast<std::int64_t>(d);
            else
                error(errc::json_type, "/max_age", v.dump(), "max_age must be a whole number of seconds");
        } else {
            type_error("/max_age", v, "a number");
        }
    }

    void read_origins(const nlohmann::json& v) {
        std::vector<std::string> entries;
        std::vector<std::size_t> src;
        if (!read_strings(v, "/origins", entries, src)) return;
        origins_given_ = true;
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const std::string& e = entries[k];
            const std::string field = at("/origins", src[k]);
            switch (classify_kong_origin(e)) {
                case kong_origin_kind::any:
                case kong_origin_kind::pattern:
                    c_.origins.push_back(e);
                    origin_src_.push_back(field);
                    break;
                case kong_origin_kind::plain:
                    if (e.find("://") == std::string::npos) {
                        error(errc::origin_malformed, field, e,
                              "an origin needs a scheme (write https://" + e +
                                  "); Kong accepts a scheme-less entry but it never matches a browser's Origin");
                        break;
                    }
                    c_.origins.push_back(e);
                    origin_src_.push_back(field);
                    break;
                case kong_origin_kind::regex:
                    // Kong matches a regex without ':' against the host alone.
                    c_.origin_regexes.push_back(
                        {e, e.find(':') == std::string::npos ? regex_target::host : regex_target::origin});
                    regex_src_.push_back(field);
                    break;
            }
        }
    }

    void read_methods(const nlohmann::json& v) {
        std::vector<std::string> entries;
        std::vector<std::size_t> src;
        if (!read_strings(v, "/methods", entries, src)) return;
        methods_given_ = true;
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const std::string& m = entries[k];
            const std::string field = at("/methods", src[k]);
            bool known = false;
            for (const std::string& allowed : kong_default_methods()) known = known || m == allowed;
            if (!known) {
                error(errc::method_invalid, field, m,
                      "expected one of: GET, HEAD, PUT, PATCH, POST, DELETE, OPTIONS, TRACE, CONNECT");
            } else if (m == "TRACE" || m == "CONNECT") {
                warning(errc::method_forbidden, field, m,
                        "browsers never send " + m + " from scripts, so allowing it has no effect; ignored");
            } else {
                c_.methods.push_back(m);
                method_src_.push_back(field);
            }
        }
    }

    void read_headers(const nlohmann::json& v) {
        std::vector<std::string> entries;
        std::vector<std::size_t> src;
        if (!read_strings(v, "/headers", entries, src)) return;
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const std::string field = at("/headers", src[k]);
            if (is_token(entries[k]) && is_forbidden_request_header(to_lower_copy(entries[k]))) {
                warning(errc::request_header_forbidden, field, entries[k],
                        "browsers forbid scripts to set this header, so it never appears in a preflight; ignored");
                continue;
            }
            c_.request_headers.push_back(entries[k]);
            header_src_.push_back(field);
        }
        headers_given_ = !entries.empty();
    }

    void apply_defaults(const nlohmann::json& j) {
        // Kong: no origins (or an empty list) allows every origin.
        if (!origins_given_ || (c_.origins.empty() && c_.origin_regexes.empty() && !has_origin_errors())) {
            c_.origins.emplace_back("*");
            origin_src_.emplace_back("/origins");
        }
        if (!methods_given_) {
            for (const std::string& m : kong_default_methods())
                if (m != "TRACE" && m != "CONNECT") {
                    c_.methods.push_back(m);
                    method_src_.emplace_back("/methods");
                }
        }
        // Kong: without `headers`, a preflight's Access-Control-Request-Headers is echoed.
        if (!headers_given_) {
            c_.request_headers.clear();
            header_src_.clear();
            c_.reflect_request_headers = true;
        }
        // Kong answers preflights with 200.
        if (!j.contains("preflight_status") || j["preflight_status"].is_null()) c_.preflight_success_status = 200;
    }

    bool has_origin_errors() const {
        for (const diagnostic& d : prior_)
            if (d.severity == severity::error && starts_with(d.field, "/origins")) return true;
        return false;
    }

    build_options finish() {
        build_options options;
        options.prior = std::move(prior_);
        options.order_by_field = document_order;
        options.rename_field = [origin_src = origin_src_, regex_src = regex_src_, method_src = method_src_,
                                header_src = header_src_, exposed_src = exposed_src_](const std::string& field) {
            const auto remap = [&](std::string_view prefix, const std::vector<std::string>& table) -> std::string {
                const std::size_t i = static_cast<std::size_t>(std::stoul(field.substr(prefix.size())));
                return i < table.size() ? table[i] : field;
            };
            const auto remap_index = [&](std::string_view prefix, std::string_view to,
                                         const std::vector<std::size_t>& table) -> std::string {
                const std::size_t i = static_cast<std::size_t>(std::stoul(field.substr(prefix.size())));
                return i < table.size() ? std::string(to) + std::to_string(table[i]) : field;
            };
            if (starts_with(field, "/origins/")) return remap("/origins/", origin_src);
            if (starts_with(field, "/origin_regexes/")) return remap("/origin_regexes/", regex_src);
            if (starts_with(field, "/methods/")) return remap("/methods/", method_src);
            if (starts_with(field, "/request_headers/")) return remap("/request_headers/", header_src);
            if (field == "/request_headers") return std::string("/headers");
            if (starts_with(field, "/exposed_headers/"))
                return remap_index("/exposed_headers/", "/exposed_headers/", exposed_src);
            if (field == "/preflight_success_status") return std::string("/preflight_status");
            return field;
        };
        return options;
    }

    // Diagnostics come out in schema order (origins first), array elements by index.
    static bool document_order(const std::string& a, const std::string& b) {
        static const char* const fields[] = {"origins",
                                             "methods",
                                             "headers",
                                             "exposed_headers",
                                             "credentials",
                                             "max_age",
                                             "private_network",
                                             "preflight_continue",
                                             "allow_origin_absent",
                                             "preflight_status",
                                             "preflight_failure_status",
                                             "debug",
                                             "dangerously_allow_insecure_origins",
                                             "dangerously_allow_public_suffix_wildcards",
                                             "dangerously_allow_null_origin",
                                             "dangerously_reflect_any_origin_with_credentials"};
        const auto key = [](const std::string& pointer) {
            const std::size_t slash = pointer.find('/', 1);
            const std::string name = pointer.substr(1, slash == std::string::npos ? std::string::npos : slash - 1);
            std::size_t rank = std::size(fields);
            for (std::size_t i = 0; i < std::size(fields); ++i)
                if (name == fields[i]) rank = i;
            std::size_t index = 0;
            if (slash != std::string::npos)
                for (char ch : pointer.substr(slash + 1))
                    index = is_digit(ch) ? index * 10 + static_cast<std::size_t>(ch - '0') : index;
            return std::make_pair(rank, index);
        };
        return key(a) < key(b);
    }

    config c_;
    bool origins_given_ = false, methods_given_ = false, headers_given_ = false;
    std::vector<std::string> origin_src_, regex_src_, method_src_, header_src_;
    std::vector<std::size_t> exposed_src_;
};

// Reads {"routes": [{"paths": [...], "methods": [...], "policy": {...}}], "default": {...}}.
class router_loader : private json_reader {
public:
    router_build_result load(const nlohmann::json& j) {
        if (!j.is_object()) {
            error(errc::json_invalid, "", "", "a router must be a JSON object with \"routes\" and/or \"default\"");
            return router_build_result::failure(std::move(prior_));
        }
        inputs_.default_field = "/default";
        for (const auto& [key, value] : j.items()) {
            if (key == "default")
                read_default(value);
            else if (key == "routes")
                read_routes(value);
            else
                error(errc::json_unknown_field, "/" + escape(key), key, "unknown field; expected routes or default");
        }
        if (!j.contains("routes") && !j.contains("default"))
            error(errc::routes_missing, "", "", "a router needs \"routes\", \"default\" or both");
        inputs_.prior = std::move(prior_);
        return build_router(std::move(rc_), std::move(inputs_));
    }

private:
    // A policy read under `field`; when it is not even an object, its diagnostics are ours.
    std::optional<prepared_policy> read_policy(const nlohmann::json& v, const std::string& field) {
        prepared_policy p = json_loader{}.prepare(v);
        if (p.ok) return p;  // build_router reports its diagnostics under `field`
        for (const diagnostic& d : p.options.prior) error(d.code, field + d.field, d.value, d.message);
        return std::nullopt;
    }

    void read_default(const nlohmann::json& v) {
        std::optional<prepared_policy> p = read_policy(v, "/default");
        if (!p) return;
        rc_.default_policy = std::move(p->c);
        inputs_.default_options = std::move(p->options);
    }

    void read_routes(const nlohmann::json& v) {
        if (!v.is_array()) return type_error("/routes", v, "an array of routes");
        for (std::size_t i = 0; i < v.size(); ++i) read_route(v[i], at("/routes", i));
    }

    void read_route(const nlohmann::json& r, const std::string& field) {
        if (!r.is_object()) return type_error(field, r, "a route object {\"paths\", \"methods\", \"policy\"}");
        route rt;
        std::optional<prepared_policy> p;
        bool has_policy = false;
        for (const auto& [key, v] : r.items()) {
            if (key == "paths") {
                read_strings(v, field + "/paths", rt.paths);
            } else if (key == "methods") {
                read_strings(v, field + "/methods", rt.methods);
            } else if (key == "policy") {
                has_policy = true;
                p = read_policy(v, field + "/policy");
            } else {
                error(errc::json_unknown_field, field + "/" + escape(key), key,
                      "unknown field; expected one of paths, methods, policy");
            }
        }
        if (!has_policy) error(errc::json_type, field + "/policy", "", "a route needs a policy object");
        if (!p) return;
        rt.policy = std::move(p->c);
        rc_.routes.push_back(std::move(rt));
        inputs_.route_options.push_back(std::move(p->options));
        inputs_.route_fields.push_back(field);
    }

    router_config rc_;
    router_build_inputs inputs_;
};

}  // namespace detail

// Builds a router from a parsed JSON object:
//   {"routes": [{"paths": ["/api/"], "methods": ["GET"], "policy": {...}}], "default": {...}}
// where each policy is in the same schema as policy_from_json. Never throws for bad input.
inline router_build_result router_from_json(const nlohmann::json& j) { return detail::router_loader{}.load(j); }

inline router_build_result router_from_json(std::string_view text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {
        return router_build_result::failure({{errc::json_invalid, severity::error, "", "", e.what()}});
    }
    return router_from_json(j);
}
inline router_build_result router_from_json(const char* text) { return router_from_json(std::string_view(text)); }
inline router_build_result router_from_json(const std::string& text) {
    return router_from_json(std::string_view(text));
}

// Builds a policy from a parsed JSON object in Kong's CORS plugin schema (plus our extension
// fields). Never throws for bad input: everything wrong is in the result's diagnostics.
inline build_result policy_from_json(const nlohmann::json& j) { return detail::json_loader{}.load(j); }

// Same from JSON text; a syntax error is reported as a diagnostic at "".
inline build_result policy_from_json(std::string_view text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for huge numbers
        return build_result::failure({{errc::json_invalid, severity::error, "", "", e.what()}});
    }
    return policy_from_json(j);
}
// Text overloads, so that a string literal or std::string is read as JSON text, not as a JSON string.
inline build_result policy_from_json(const char* text) { return policy_from_json(std::string_view(text)); }
inline build_result policy_from_json(const std::string& text) { return policy_from_json(std::string_view(text)); }

}  // namespace v1
}  // namespace cors
