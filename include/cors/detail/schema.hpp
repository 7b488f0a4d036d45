#pragma once
// The JSON schemas, one table each: the policy object (Kong's CORS plugin config, which Kong's
// declarative files embed unchanged), its cross_origin_protection object, the router document
// and its route objects. A row is {JSON key, C++ name where it differs, C++ member, kind,
// default, one-line doc}, and everything about a key follows from its row:
//   - cors/json.hpp reads an object by looking each key up in its table (the kind says how);
//   - the unknown-field message lists the table's keys, in table order;
//   - a policy's diagnostics come out in table order (document order);
//   - cors/fmt.hpp prints a policy row by row;
//   - tests/schema_test.cpp checks that docs/json.md has a row for each key, in table order,
//     with the table's default, and that the JSON defaults are what the loader applies.
// A new JSON field is one row here, the C++ member in config.hpp, a row in docs/json.md, and
// whatever the builder validates.
//
// Standard library and core types only: the JSON and fmt components include this, the core
// does not.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "../config.hpp"
#include "../router.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// How a field is read (cors/json.hpp) and shown (cors/fmt.hpp).
enum class field_kind : std::uint8_t {
    origins,          // array of strings, read Kong's way: "*", origins, our patterns, regexes
    methods,          // array of method names (TRACE and CONNECT dropped with a warning)
    request_headers,  // array of header names; absent: the preflight's are echoed
    strings,          // array of strings
    boolean,          // true or false, always shown (name=value)
    flag,             // true or false, an opt-in: shown by name when on
    seconds,          // whole seconds, optional: shown when set
    status,           // an HTTP status (consecutive status rows are shown as one: a/b)
    object,           // an object with a table of its own
    policy,           // a policy object (policy_schema)
    routes,           // an array of route objects (route_schema)
};

// The C++ member a row reads into: one pointer-to-member, of the type the kind reads.
template <class Owner>
using schema_member = std::variant<bool Owner::*, int Owner::*, std::optional<std::int64_t> Owner::*,
                                   std::vector<std::string> Owner::*, cross_origin_protection_config Owner::*,
                                   config Owner::*, std::optional<config> Owner::*, std::vector<route> Owner::*>;

template <class Owner>
struct schema_field {
    std::string_view key;            // the JSON key
    std::string_view cpp_name;       // the C++ member's name, only where it differs from the key
    schema_member<Owner> member;     // where the value goes
    field_kind kind;                 // how it is read and shown
    std::string_view default_value;  // when the document leaves it out (docs/json.md's default)
    std::string_view doc;            // one line; docs/json.md has the full story
    constexpr std::string_view name() const noexcept { return cpp_name.empty() ? key : cpp_name; }
};

// Kong's CORS plugin config plus our extensions, in Kong's order then ours: the order of the
// unknown-field message, of diagnostics and of the printer.
inline constexpr schema_field<config> policy_schema[] = {
    {"origins", "", &config::origins, field_kind::origins, "every origin (*)",
     "allowed origins: exact, *, our wildcard patterns, or regexes (Kong's reading)"},
    {"methods", "", &config::methods, field_kind::methods, "GET, HEAD, PUT, PATCH, POST, DELETE, OPTIONS",
     "methods a preflight may ask for"},
    {"headers", "request_headers", &config::request_headers, field_kind::request_headers,
     "echo what the preflight asks for", "request headers a preflight may ask for"},
    {"exposed_headers", "", &config::exposed_headers, field_kind::strings, "none", "Access-Control-Expose-Headers"},
    {"credentials", "", &config::credentials, field_kind::boolean, "false", "Access-Control-Allow-Credentials: true"},
    {"max_age", "", &config::max_age, field_kind::seconds, "absent", "Access-Control-Max-Age, sent whenever set"},
    {"private_network", "", &config::private_network, field_kind::flag, "false",
     "legacy Private Network Access (deprecated)"},
    {"preflight_continue", "", &config::preflight_continue, field_kind::flag, "false",
     "forward preflights to the handler, with the CORS headers"},
    {"allow_origin_absent", "", &config::allow_origin_absent, field_kind::boolean, "true",
     "with any origin, also answer requests without Origin with Access-Control-Allow-Origin: *"},
    {"preflight_status", "preflight_success_status", &config::preflight_success_status, field_kind::status, "200",
     "status of a successful preflight (200-299)"},
    {"preflight_failure_status", "", &config::preflight_failure_status, field_kind::status, "403",
     "status of a denied preflight (200-599)"},
    {"debug", "", &config::debug, field_kind::flag, "false", "debug mode, for development servers only"},
    {"cross_origin_protection", "", &config::cross_origin_protection, field_kind::object, "off",
     "refuse unsafe-method requests from origins the policy does not allow"},
    {"dangerously_allow_insecure_origins", "", &config::dangerously_allow_insecure_origins, field_kind::flag, "false",
     "http:// and ws:// origins with credentials"},
    {"dangerously_allow_public_suffix_wildcards", "", &config::dangerously_allow_public_suffix_wildcards,
     field_kind::flag, "false", "https://*.github.io and the like with credentials"},
    {"dangerously_allow_null_origin", "", &config::dangerously_allow_null_origin, field_kind::flag, "false",
     "allow listing null"},
    {"dangerously_reflect_any_origin_with_credentials", "", &config::dangerously_reflect_any_origin_with_credentials,
     field_kind::flag, "false", "\"*\" with credentials reflects any origin (Kong's behaviour)"},
};

// "cross_origin_protection": {...}
inline constexpr schema_field<cross_origin_protection_config> cross_origin_protection_schema[] = {
    {"enabled", "", &cross_origin_protection_config::enabled, field_kind::flag, "false", "turn the protection on"},
    {"bypass_paths", "", &cross_origin_protection_config::bypass_paths, field_kind::strings, "none",
     "paths that skip the check, with the router's path rules"},
    {"status", "", &cross_origin_protection_config::status, field_kind::status, "403",
     "status of a refused request (400-599)"},
};

// A router document: {"routes": [...], "default": {...}}.
inline constexpr schema_field<router_config> router_schema[] = {
    {"routes", "", &router_config::routes, field_kind::routes, "none", "the routes, each with its policy"},
    {"default", "default_policy", &router_config::default_policy, field_kind::policy, "none",
     "the policy of requests no route covers"},
};

// One route of a router document.
inline constexpr schema_field<route> route_schema[] = {
    {"paths", "", &route::paths, field_kind::strings, "none", "path prefixes (\"/api/\") and exact paths"},
    {"methods", "", &route::methods, field_kind::strings, "every method", "methods the route covers"},
    {"policy", "config", &route::config, field_kind::policy, "required", "the route's policy object"},
};

// The keys of a table, in its order (for messages and "did you mean").
template <class Owner, std::size_t N>
constexpr std::array<std::string_view, N> schema_keys(const schema_field<Owner> (&table)[N]) noexcept {
    std::array<std::string_view, N> keys{};
    for (std::size_t i = 0; i < N; ++i) keys[i] = table[i].key;
    return keys;
}

// The row of `key`, or nullptr.
template <class Owner, std::size_t N>
constexpr const schema_field<Owner>* find_field(const schema_field<Owner> (&table)[N], std::string_view key) noexcept {
    for (const schema_field<Owner>& f : table)
        if (f.key == key) return &f;
    return nullptr;
}

// The row's member of `owner`, when the row's member has type T (else nullptr).
template <class T, class Owner>
T* member_of(const schema_field<Owner>& f, Owner& owner) noexcept {
    T Owner::*const* m = std::get_if<T Owner::*>(&f.member);
    return m ? &(owner.**m) : nullptr;
}
template <class T, class Owner>
const T* member_of(const schema_field<Owner>& f, const Owner& owner) noexcept {
    T Owner::*const* m = std::get_if<T Owner::*>(&f.member);
    return m ? &(owner.**m) : nullptr;
}

// The default of a status row ("200"), as a number.
template <class Owner>
constexpr int default_status(const schema_field<Owner>& f) noexcept {
    int n = 0;
    for (char c : f.default_value) n = n * 10 + (c - '0');
    return n;
}

// "routes or default" for two keys, "one of a, b, c" for more: what an unknown-field message
// says is expected.
template <std::size_t N>
std::string expected_keys(const std::array<std::string_view, N>& keys) {
    std::string out = N == 2 ? "" : "one of ";
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) out += N == 2 ? " or " : ", ";
        out += keys[i];
    }
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
