#pragma once
// Validation: a cors::config into the compiled_policy the engine reads (compiled_policy.hpp),
// with a diagnostic for every problem. Every rule runs and every problem is collected, so one
// build reports all of them. The names the rules ask about are in fetch.hpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../config.hpp"
#include "../errors.hpp"
#include "../origin.hpp"
#include "../request.hpp"
#include "ascii.hpp"
#include "compiled_policy.hpp"
#include "cross_origin_protection.hpp"
#include "fetch.hpp"
#include "origin_matcher.hpp"
#include "origin_parser.hpp"
#include "public_suffix.hpp"
#include "regex.hpp"
#include "regex_analysis.hpp"
#include "string_set.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

class policy_builder {
public:
    explicit policy_builder(config c) { p_.source = std::move(c); }

    compiled_policy&& build() {
        const config& c = p_.source;
        p_.credentials = c.credentials;
        build_origins(c);
        build_methods();
        build_request_headers();
        build_exposed_headers(c);
        build_scalars(c);
        build_cross_origin_protection(c.cross_origin_protection);
        p_.observer = c.observer;
        p_.origins.finish();
        return std::move(p_);
    }

    std::vector<diagnostic>& diagnostics() noexcept { return diagnostics_; }

private:
    void report(errc code, severity s, std::string field, std::string_view value, std::string message) {
        diagnostics_.push_back({code, s, std::move(field), clip_value(value), std::move(message)});
    }
    void error(errc code, std::string field, std::string_view value, std::string message) {
        report(code, severity::error, std::move(field), value, std::move(message));
    }
    void warning(errc code, std::string field, std::string_view value, std::string message) {
        report(code, severity::warning, std::move(field), value, std::move(message));
    }
    static std::string at(std::string_view field, std::size_t i) {
        std::string out(field);
        out += '/';
        out += std::to_string(i);
        return out;
    }

    void build_origins(const config& c) {
        std::size_t others = 0;
        for (std::size_t i = 0; i < c.origins.size(); ++i) {
            const std::string& entry = c.origins[i];
            const std::string field = at("/origins", i);
            if (entry == "*") {
                bool reflect = false;
                if (c.credentials && !c.dangerously_reflect_any_origin_with_credentials) {
                    error(errc::origin_wildcard_with_credentials, field, entry,
                          "\"*\" cannot be combined with credentials: browsers reject it, and reflecting every "
                          "origin instead would let any site read credentialed responses; list the origins "
                          "(or set dangerously_reflect_any_origin_with_credentials)");
                } else if (c.credentials) {
                    reflect = true;
                }
                if (!p_.origins.add_any_origin(reflect))
                    warning(errc::origin_duplicate, field, entry, "\"*\" is listed more than once");
                continue;
            }
            ++others;
            if (entry == "null") {
                if (!c.dangerously_allow_null_origin)
                    error(errc::origin_null, field, entry,
                          "\"null\" is the origin of sandboxed iframes, data: URLs, file: pages and redirected "
                          "requests: any attacker can send it (set dangerously_allow_null_origin to allow it anyway)");
                if (!p_.origins.add_null())
                    warning(errc::origin_duplicate, field, entry, "\"null\" is listed more than once");
                continue;
            }
            origin_view o;
            const origin_error e = parse_origin_or_pattern(entry, true, o);
            if (e != origin_error::none) {
                std::string message(to_string(e));
                if (e == origin_error::path && ends_with(entry, "/") &&
                    entry.find('/', entry.find("://") + 3) == entry.size() - 1)
                    message += " (remove the trailing '/')";
                if (e == origin_error::missing_separator || e == origin_error::scheme_invalid)
                    message += "; an origin is scheme://host[:port], e.g. https://app.example.com";
                error(errc::origin_malformed, field, entry, std::move(message));
                continue;
            }
            if (c.credentials && is_cleartext_scheme(o.scheme) && !is_loopback_host(o.host) &&
                !c.dangerously_allow_insecure_origins) {
                error(errc::origin_insecure_with_credentials, field, entry,
                      "a cleartext origin with credentials lets any network attacker who injects script into "
                      "that site read credentialed responses; use https (loopback and localhost are exempt) "
                      "or set dangerously_allow_insecure_origins");
            } else if (!c.credentials && is_cleartext_scheme(o.scheme) && !is_loopback_host(o.host)) {
                warning(errc::origin_insecure, field, entry,
                        "a cleartext origin: anyone on the network path to that site can inject script into it "
                        "and read these responses; prefer https");
            }
            const std::string too_open =
                o.any_subdomain && o.host != "localhost" ? public_suffix_wildcard_reason(c, o.host) : std::string();
            if (!too_open.empty() && c.credentials && !c.dangerously_allow_public_suffix_wildcards)
                error(errc::origin_public_suffix_wildcard, field, entry,
                      too_open +
                          " and read credentialed responses (set dangerously_allow_public_suffix_wildcards to "
                          "allow it anyway)");
            else if (!too_open.empty() && !c.credentials)
                warning(errc::origin_public_suffix_wildcard, field, entry, too_open + "; this is as open as \"*\"");
            const bool added =
                (o.any_subdomain || o.any_port) ? p_.origins.add_pattern(o) : p_.origins.add_exact(entry);
            if (!added) warning(errc::origin_duplicate, field, entry, "this origin is listed more than once");
        }
        for (std::size_t i = 0; i < c.origin_regexes.size(); ++i) {
            const origin_regex& r = c.origin_regexes[i];
            const std::string field = at("/origin_regexes", i);
            regex_error err;
            std::optional<regex> program = regex::compile(r.pattern, err);
            if (!program) {
                error(errc::origin_regex_invalid, field, r.pattern,
                      err.message + " (at offset " + std::to_string(err.position) + ")");
                continue;
            }
            ++others;
            // The position-automaton fallback costs up to ~160 us per request on a long
            // Origin; only patterns with a DFA (a table step per byte) are accepted.
            if (!program->is_deterministic()) {
                error(errc::origin_regex_invalid, field, r.pattern,
                      "the pattern is too complex: its automaton would need more than " +
                          std::to_string(regex_limits::dfa_states) +
                          " states (typically a class or '.' under a repetition followed by a bounded "
                          "repetition, as in [a-z]*a[a-z]{12}); simplify it or split it into several regexes");
                continue;
            }
            check_regex(c, r, *program, field);
            p_.origins.add_regex(std::move(*program), r.target);
        }
        if (c.origin_predicate) {
            ++others;
            p_.origins.set_predicate(c.origin_predicate);
        }
        if (p_.origins.any_origin() && others > 0)
            warning(errc::origin_wildcard_absorbs, "/origins", "*",
                    "\"*\" allows every origin; the other origin entries have no effect");
        if (c.origins.empty() && c.origin_regexes.empty() && !c.origin_predicate)
            error(errc::origins_missing, "/origins", "",
                  "no origin is allowed: list origins, add a regex or a predicate, or use \"*\"");
    }

    // The plain-origin rules, asked of everything a regex accepts (regex_analysis.hpp): the
    // same codes, severities and opt-ins as for a plain origin, with an origin the regex
    // accepts as the example.
    void check_regex(const config& c, const origin_regex& r, const regex& program, const std::string& field) {
        const bool host_only = r.target == regex_target::host;
        if (host_only) {
            const std::string fix = "match the whole origin instead, e.g. ^https://" +
                                    std::string(r.pattern.substr(r.pattern.empty() || r.pattern[0] != '^' ? 0 : 1));
            if (c.credentials && !c.dangerously_allow_insecure_origins)
                error(errc::origin_regex_any_scheme, field, r.pattern,
                      "this regex is matched against the host alone (it has no ':'), so with credentials it trusts "
                      "http:// and ws:// as well as https:// on any port, and any network attacker can script "
                      "those; " +
                          fix + " (or set dangerously_allow_insecure_origins)");
            else
                warning(errc::origin_regex_any_scheme, field, r.pattern,
                        "this regex is matched against the host alone (it has no ':'), so it accepts http as well "
                        "as https and any port; " +
                            fix);
        } else if (const std::optional<std::string> bad = regex_analysis::cleartext_witness(program, r.target)) {
            if (c.credentials && !c.dangerously_allow_insecure_origins)
                error(errc::origin_insecure_with_credentials, field, r.pattern,
                      "this regex accepts cleartext origins such as \"" + *bad +
                          "\"; with credentials any network attacker who injects script into that site reads "
                          "credentialed responses; match https:// (and wss://) only, e.g. ^https:// rather than "
                          "^https?:// (loopback and localhost are exempt), or set dangerously_allow_insecure_origins");
            else if (!c.credentials)
                warning(errc::origin_insecure, field, r.pattern,
                        "this regex accepts cleartext origins such as \"" + *bad +
                            "\": anyone on the network path to that site can inject script into it and read these "
                            "responses; prefer https");
        }
        // As for "https://*.localhost", which the plain rule exempts.
        const auto is_public = [&c](std::string_view domain) {
            return domain != "localhost" && suffix_is_public(c, domain);
        };
        if (const std::optional<regex_analysis::public_suffix_finding> found =
                regex_analysis::public_suffix_witness(program, r.target, is_public)) {
            const std::string what = "this regex accepts any label in front of the public suffix \"" + found->suffix +
                                     "\" (e.g. \"" + found->witness + "\"): anyone can register a name under it";
            if (c.credentials && !c.dangerously_allow_public_suffix_wildcards)
                error(errc::origin_public_suffix_wildcard, field, r.pattern,
                      what +
                          " and read credentialed responses; spell out the names you own, e.g. "
                          "(app|admin)" +
                          escaped_dots(found->suffix) +
                          ", or list them as plain origins (or set "
                          "dangerously_allow_public_suffix_wildcards)");
            else if (!c.credentials)
                warning(errc::origin_public_suffix_wildcard, field, r.pattern, what + "; this is as open as \"*\"");
        }
        if (has_unescaped_dot(r.pattern)) {
            const std::string what =
                "an unescaped '.' matches any character: \"api.example.com\" also matches \"apixexample.com\", "
                "which anyone can register; escape it with a backslash or write [.]";
            if (c.credentials)
                error(errc::origin_regex_unescaped_dot, field, r.pattern, what + " (an error with credentials)");
            else
                warning(errc::origin_regex_unescaped_dot, field, r.pattern, what);
        }
    }

    static std::string escaped_dots(std::string_view domain) {
        std::string out = "\\.";
        for (const char ch : domain) out += ch == '.' ? std::string("\\.") : std::string(1, ch);
        return out;
    }

    // A '.' that is neither escaped nor inside a character class (where it is literal).
    static bool has_unescaped_dot(std::string_view pattern) {
        bool in_class = false;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            const char c = pattern[i];
            if (c == '\\')
                ++i;
            else if (c == '[')
                in_class = true;
            else if (c == ']')
                in_class = false;
            else if (c == '.' && !in_class)
                return true;
        }
        return false;
    }

    // Whether `host` is a public suffix, by the injected predicate or the built-in table.
    static bool suffix_is_public(const config& c, std::string_view host) {
        return c.is_public_suffix ? c.is_public_suffix(host) : is_public_suffix(host);
    }

    // Why "*.<host>" matches names anybody can register, as the start of a sentence; empty when
    // it does not. "*.X" matches at any depth, so X being a public suffix and a public suffix
    // lying below X are both reasons (config::is_public_suffix and config::has_public_suffix_below,
    // each defaulting to the built-in table on its own).
    static std::string public_suffix_wildcard_reason(const config& c, std::string_view host) {
        const std::string quoted = "\"" + std::string(host) + "\"";
        if (suffix_is_public(c, host)) return quoted + " is a public suffix: anyone can register a subdomain under it";
        const std::string deep =
            ", and this wildcard matches at any depth: anyone can register a name under that suffix";
        if (c.has_public_suffix_below) {
            if (c.has_public_suffix_below(host)) return quoted + " has a public suffix below it" + deep;
            return {};
        }
        const public_suffix_witness below = public_suffix_below(host);
        if (!below) return {};
        return quoted + " has a public suffix below it (Public Suffix List rule \"" + (below.wildcard ? "*." : "") +
               std::string(below.rule) + "\")" + deep;
    }

    void build_methods() {
        std::vector<std::string>& methods = p_.source.methods;
        string_set seen;
        for (std::size_t i = 0; i < methods.size(); ++i) {
            const std::string field = at("/methods", i);
            const std::string& m = methods[i];
            if (m == "*") {
                p_.any_method = true;
                continue;
            }
            if (!is_token(m) || m.size() > max_method_length) {
                error(errc::method_invalid, field, m,
                      "a method must be a non-empty token (no spaces, commas or separators) of at most " +
                          std::to_string(max_method_length) + " bytes");
                continue;
            }
            if (is_forbidden_method(m)) {
                error(errc::method_forbidden, field, m,
                      "CONNECT, TRACE and TRACK are forbidden methods: browsers never send them from scripts");
                continue;
            }
            const std::string given = m;
            methods[i] = normalize_method(m);
            if (!seen.insert(methods[i])) {
                warning(errc::method_duplicate, field, m, "this method is listed more than once");
                continue;
            }
            if (is_safelisted_method(methods[i])) {
                warning(errc::method_safelisted, field, given, std::string(safelisted_method_listed));
                continue;
            }
            p_.methods.insert(methods[i]);
            if (!p_.methods_value.empty()) p_.methods_value += ',';
            p_.methods_value += methods[i];
        }
    }

    void build_request_headers() {
        std::vector<std::string>& names = p_.source.request_headers;
        if (p_.source.reflect_request_headers) {
            p_.request_headers = headers_mode::reflect;
            if (!names.empty())
                error(errc::request_headers_conflict, "/request_headers", "",
                      "reflect_request_headers allows every requested header; leave request_headers empty");
        }
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string field = at("/request_headers", i);
            if (names[i] == "*") {
                if (p_.request_headers == headers_mode::list) p_.request_headers = headers_mode::any;
                continue;
            }
            if (!is_token(names[i])) {
                error(errc::request_header_invalid, field, names[i], "a header name must be a non-empty token");
                continue;
            }
            const std::string given = names[i];
            names[i] = to_lower_copy(names[i]);
            const std::string& n = names[i];
            if (is_forbidden_request_header(n)) {
                error(errc::request_header_forbidden, field, given,
                      "browsers forbid scripts to set this header, so it never needs allowing");
                continue;
            }
            if (is_prohibited_request_header(n)) {
                error(errc::request_header_prohibited, field, given,
                      "this is a response header; it makes no sense as an allowed request header");
                continue;
            }
            if (n == "authorization") p_.authorization_listed = true;
            if (!p_.allowed_headers.insert(n)) {
                warning(errc::request_header_duplicate, field, given, "this header is listed more than once");
                continue;
            }
            if (!p_.headers_value.empty()) p_.headers_value += ',';
            p_.headers_value += n;
        }
        // With credentials, "*" is literal for browsers, so the engine echoes what was asked: as
        // open as reflecting, Authorization included, and warned alike.
        if (p_.request_headers == headers_mode::any && p_.credentials) p_.request_headers = headers_mode::reflect;
        if (p_.request_headers == headers_mode::reflect && p_.credentials)
            warning(errc::request_headers_reflected_with_credentials, "/request_headers",
                    p_.source.reflect_request_headers ? "" : "*",
                    "every requested header, Authorization included, is allowed on credentialed requests; list "
                    "the headers the server actually reads");
    }

    void build_exposed_headers(const config& c) {
        ci_string_set seen;
        for (std::size_t i = 0; i < c.exposed_headers.size(); ++i) {
            const std::string field = at("/exposed_headers", i);
            const std::string& n = c.exposed_headers[i];
            if (n == "*" && c.credentials) {
                error(errc::exposed_header_wildcard_with_credentials, field, n,
                      "with credentials, browsers read \"*\" as a header literally named \"*\"; list the names");
                continue;
            }
            if (n != "*" && !is_token(n)) {
                error(errc::exposed_header_invalid, field, n, "a header name must be a non-empty token");
                continue;
            }
            const std::string lower = to_lower_copy(n);
            if (lower == "set-cookie" || lower == "set-cookie2") {
                error(errc::exposed_header_forbidden, field, n, "browsers never expose Set-Cookie to scripts");
                continue;
            }
            if (is_prohibited_exposed_header(lower)) {
                error(errc::exposed_header_prohibited, field, n,
                      "this is a request or preflight-only header; exposing it makes no sense");
                continue;
            }
            if (is_sensitive_exposed_header(lower))
                warning(errc::exposed_header_sensitive, field, n,
                        "this header carries credentials or tokens: every allowed origin's scripts can read it");
            if (!seen.insert(n)) {
                warning(errc::exposed_header_duplicate, field, n, "this header is listed more than once");
                continue;
            }
            if (!p_.expose_value.empty()) p_.expose_value += ',';
            p_.expose_value += n;
        }
    }

    void build_scalars(const config& c) {
        if (c.max_age) {
            const std::int64_t v = *c.max_age;
            if (v < 0) {
                error(errc::max_age_negative, "/max_age", std::to_string(v),
                      "max_age cannot be negative; use 0 to disable preflight caching");
            } else if (v > 2147483647) {
                error(errc::max_age_too_large, "/max_age", std::to_string(v), "max_age must be at most 2147483647");
            } else {
                if (v > 7200)
                    warning(
                        errc::max_age_above_browser_cap, "/max_age", std::to_string(v),
                        "browsers cap max_age (Chromium 7200 s, Firefox 86400 s, Safari 600 s); the excess is ignored");
                p_.max_age_value = std::to_string(v);
            }
        }
        if (c.preflight_success_status < 200 || c.preflight_success_status > 299)
            error(errc::preflight_status_invalid, "/preflight_success_status",
                  std::to_string(c.preflight_success_status),
                  "browsers accept a preflight only with a 2xx status (200-299)");
        else
            p_.success_status = static_cast<std::uint16_t>(c.preflight_success_status);
        if (c.preflight_failure_status < 200 || c.preflight_failure_status > 599)
            error(errc::preflight_failure_status_invalid, "/preflight_failure_status",
                  std::to_string(c.preflight_failure_status), "the status of a denied preflight must be 200-599");
        else
            p_.failure_status = static_cast<std::uint16_t>(c.preflight_failure_status);
        p_.private_network = c.private_network;
        if (c.private_network)
            warning(errc::private_network_deprecated, "/private_network", "true",
                    "Private Network Access is deprecated: Chrome put its preflights on hold in October 2024 and "
                    "replaced them in Chrome 142 with Local Network Access, a permission prompt for the user that "
                    "involves no preflight and needs nothing from the server; this setting is kept only for "
                    "compatibility with Kong");
        p_.preflight_continue = c.preflight_continue;
        p_.allow_origin_absent = c.allow_origin_absent;
        p_.debug = c.debug;
        if (c.debug)
            warning(errc::debug_enabled, "/debug", "true",
                    "debug mode answers denied preflights with a success status and the allowed methods and "
                    "headers, so that the browser console names the cause; for development servers only");
    }

    void build_cross_origin_protection(const cross_origin_protection_config& c) {
        p_.protection = compile_cross_origin_protection(
            c.enabled, c.status, c.bypass_paths,
            [this](errc code, std::string field, std::string_view value, std::string message) {
                error(code, std::move(field), value, std::move(message));
            });
        if (c.enabled && p_.origins.any_origin())
            warning(errc::cross_origin_protection_trusts_any_origin, "/cross_origin_protection/enabled", "true",
                    "the policy allows every origin (\"*\"), so every cross-site request from a page with an origin "
                    "is trusted: the protection refuses only requests whose Origin the policy refuses");
    }

    compiled_policy p_;
    std::vector<diagnostic> diagnostics_;
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
