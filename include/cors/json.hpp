#pragma once
// Optional: read a policy from JSON in the schema of Kong Gateway's CORS plugin, plus our
// extension fields. Needs nlohmann_json (target cors::json); the core does not.
//
//   cors::build_result r = cors::policy_from_json(R"({"origins": ["https://app.example.com"]})");
//   if (!r) for (const auto& d : r.diagnostics()) std::cerr << d.to_string() << '\n';
//
// Every diagnostic carries the JSON pointer of the offending value ("/origins/2: ...").

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "config.hpp"
#include "errors.hpp"
#include "policy.hpp"
#include "router.hpp"
#include "detail/ascii.hpp"
#include "detail/fetch.hpp"
#include "detail/origin_parser.hpp"

namespace cors {
inline namespace v1 {

// Kong's default `methods`, in Kong's order.
inline const std::vector<std::string>& kong_default_methods() {
    static const std::vector<std::string> methods = {"GET",    "HEAD",    "PUT",   "PATCH",  "POST",
                                                     "DELETE", "OPTIONS", "TRACE", "CONNECT"};
    return methods;
}

namespace detail {

// How a Kong `origins` entry reads, in this order (docs/kong.md has the table):
// "*"; "null" (the engine decides: dangerous opt-in); a regex, when it has syntax only a regex
// has (a backslash, parentheses, braces, '|', '^', '$' or '+'), or has no "://" and is not
// made of plain host bytes (Kong matches those against the host alone); an origin otherwise,
// when it has "scheme://" (canonical, one of our patterns, or malformed: the engine says why);
// else a scheme-less plain entry.
enum class kong_origin_kind { any, origin, regex, schemeless };

constexpr bool is_regex_only_byte(char c) noexcept {
    return c == '\\' || c == '(' || c == ')' || c == '{' || c == '}' || c == '|' || c == '^' || c == '$' || c == '+';
}

inline kong_origin_kind classify_kong_origin(std::string_view entry) noexcept {
    if (entry == "*") return kong_origin_kind::any;
    if (entry == "null") return kong_origin_kind::origin;
    bool regex_syntax = false;
    bool plain = true;
    for (char c : entry) {
        regex_syntax = regex_syntax || is_regex_only_byte(c);
        plain = plain &&
                (is_lower_alpha(c) || is_upper_alpha(c) || is_digit(c) || c == '.' || c == ':' || c == '/' || c == '-');
    }
    if (regex_syntax) return kong_origin_kind::regex;
    // "*.example.org": a subdomain pattern without its scheme (as a regex it repeats nothing).
    if (starts_with(entry, "*.") && entry.find("://") == std::string_view::npos) {
        bool host = entry.size() > 2;
        for (char c : entry.substr(2)) host = host && (is_lower_alpha(c) || is_digit(c) || c == '.' || c == '-');
        if (host) return kong_origin_kind::schemeless;
    }
    const std::string_view trimmed = trim_ows(entry);
    const std::size_t sep = trimmed.find("://");
    bool scheme = sep != std::string_view::npos && sep > 0 && is_lower_alpha(to_lower(trimmed[0]));
    for (std::size_t i = 0; scheme && i < sep; ++i) {
        const char c = to_lower(trimmed[i]);
        scheme = is_lower_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
    }
    if (scheme) return kong_origin_kind::origin;
    return plain ? kong_origin_kind::schemeless : kong_origin_kind::regex;
}

// "https://b.test:443" -> "https://b.test" (Kong normalises an explicit default port); the
// entry itself when it has none.
inline std::string_view without_default_port(std::string_view entry) noexcept {
    const std::size_t sep = entry.find("://");
    const std::size_t colon = entry.rfind(':');
    if (sep == std::string_view::npos || colon <= sep || entry.back() == ']') return entry;
    // Only "host:port": another ':' outside an IPv6 literal ("a.test:80:443") is malformed, and
    // the engine must say so.
    const std::string_view host = entry.substr(sep + 3, colon - sep - 3);
    if (host.find(':') != std::string_view::npos && !(host.front() == '[' && host.back() == ']')) return entry;
    const std::string_view port = entry.substr(colon + 1);
    const std::string_view expected = default_port(entry.substr(0, sep));
    if (expected.empty() || port != expected || entry.find('/', sep + 3) != std::string_view::npos) return entry;
    return entry.substr(0, colon);
}

// Nesting the loaders read: a policy is 3 levels deep, a router 6, a gateway file about 10.
inline constexpr std::size_t max_json_depth = 64;

// A JSON value for a diagnostic: at most max_quoted_value_length bytes, however deep or long
// the value (recursion stops with the byte budget).
inline constexpr auto replace_invalid = nlohmann::json::error_handler_t::replace;
inline void dump_bounded(const nlohmann::json& v, std::string& out, std::size_t budget) {
    if (out.size() >= budget) return;
    if (v.is_array() || v.is_object()) {
        out += v.is_array() ? '[' : '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end() && out.size() < budget; ++it) {
            if (!first) out += ',';
            first = false;
            if (v.is_object()) out += nlohmann::json(it.key()).dump(-1, ' ', false, replace_invalid) + ":";
            dump_bounded(*it, out, budget);
        }
        out += v.is_array() ? ']' : '}';
        return;
    }
    out += v.dump(-1, ' ', false, replace_invalid);  // a value built in code may hold invalid UTF-8
}
inline std::string quote_json(const nlohmann::json& v) {
    // A string as given: diagnostic::to_string adds the one pair of quotes.
    if (v.is_string()) return clip_value(v.get_ref<const std::string&>());
    std::string out;
    dump_bounded(v, out, max_quoted_value_length + 1);
    return clip_value(out);
}

// Levenshtein distance, for "did you mean": keys are short, so the quadratic cost is nothing.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diag = up;
        }
    }
    return row[b.size()];
}

// "did you mean \"origins\"? " when a known key is within a third of the key's length, else "".
template <class Keys>
std::string_view closest_key(std::string_view key, const Keys& known) {
    std::string_view best;
    std::size_t best_distance = key.size() / 3 + 1;
    for (std::string_view k : known) {
        const std::size_t d = edit_distance(key, k);
        if (d < best_distance) best_distance = d, best = k;
    }
    return best;
}
template <class Keys>
std::string did_you_mean(std::string_view key, const Keys& known) {
    const std::string_view best = closest_key(key, known);
    return best.empty() ? std::string() : "did you mean \"" + std::string(best) + "\"? ";
}

// nlohmann's parse errors start with "[json.exception.parse_error.101] "; the rest says where
// (line and column) and what.
inline std::string parse_error_message(const nlohmann::detail::exception& e) {
    const std::string_view what = e.what();
    const std::size_t end = what.rfind("] ", what.find("parse error"));
    return std::string(what.substr(end == std::string_view::npos ? 0 : end + 2));
}

// "a, b, c": the keys of a schema, for the unknown-field message.
template <class Keys>
std::string join_keys(const Keys& known) {
    std::string out;
    for (std::string_view k : known) {
        if (!out.empty()) out += ", ";
        out += k;
    }
    return out;
}

// RFC 6901 escaping of one reference token.
inline std::string escape_pointer_token(std::string_view key) {
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

// One pass over JSON text before it is parsed into a value: refuses nesting deeper than
// max_json_depth (the value, and writing it into a diagnostic, would recurse that deep) and
// reports every duplicate key at its pointer (a parsed value silently keeps the last).
class json_structure_check final : public nlohmann::json_sax<nlohmann::json> {
public:
    std::vector<diagnostic> problems;
    bool stopped = false;  // too deep or not JSON: nothing else can be read

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        level& l = stack_.back();
        l.key = k;
        if (l.keys.insert(k).second) return true;
        // Bounded: a file of a million duplicates gets a hundred diagnostics, not a million.
        if (++duplicates_ <= max_reported_duplicates)
            problems.push_back({errc::json_duplicate_key, severity::error, clip_value(pointer()), clip_value(k),
                                duplicates_ < max_reported_duplicates
                                    ? "this key is given twice in one object; a JSON parser keeps only one of the "
                                      "two values, so remove the other"
                                    : "this key is given twice in one object (and further duplicates are not "
                                      "reported)"});
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        problems.push_back({errc::json_invalid, severity::error, "", "", parse_error_message(e)});
        stopped = true;
        return false;
    }

private:
    struct level {
        bool object;
        std::size_t index = 0;
        std::string key;
        std::unordered_set<std::string> keys;  // linear in the object's size, whatever its keys
    };
    static constexpr std::size_t max_reported_duplicates = 100;
    std::size_t duplicates_ = 0;
    std::string pointer() const {
        std::string out;
        for (const level& l : stack_) out += "/" + (l.object ? escape_pointer_token(l.key) : std::to_string(l.index));
        return out;
    }
    bool value() {
        if (!stack_.empty() && !stack_.back().object) ++stack_.back().index;
        return true;
    }
    bool open(bool object) {
        if (stack_.size() >= max_json_depth) {
            problems.push_back(
                {errc::json_too_deep, severity::error, pointer(), "",
                 "nested more than " + std::to_string(max_json_depth) + " levels deep; a policy file needs a handful"});
            stopped = true;
            return false;
        }
        stack_.push_back({object, 0, {}, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return value();
    }
    std::vector<level> stack_;
};

// Parses `text` after json_structure_check: the value, or nothing with the problems found.
// Duplicate keys are reported in `problems` but still parsed, so that everything else is
// reported too.
inline std::optional<nlohmann::json> parse_checked(std::string_view text, std::vector<diagnostic>& problems) {
    json_structure_check check;
    nlohmann::json::sax_parse(text.begin(), text.end(), &check);
    problems = std::move(check.problems);
    if (check.stopped) return std::nullopt;
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {  // out_of_range for huge numbers
        problems.push_back({errc::json_invalid, severity::error, "", "", parse_error_message(e)});
        return std::nullopt;
    }
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
    static std::string escape(std::string_view key) { return escape_pointer_token(key); }
    static std::string at(std::string_view field, std::size_t i) {
        return std::string(field) + "/" + std::to_string(i);
    }

    void error(errc code, const std::string& field, std::string_view value, std::string message) {
        prior_.push_back({code, severity::error, clip_value(field), clip_value(value), std::move(message)});
    }
    void warning(errc code, const std::string& field, std::string_view value, std::string message) {
        prior_.push_back({code, severity::warning, clip_value(field), clip_value(value), std::move(message)});
    }
    void type_error(const std::string& field, const nlohmann::json& value, const char* expected) {
        error(errc::json_type, field, quote_json(value),
              std::string("expected ") + expected + ", got " + value.type_name());
    }
    // A number the field cannot hold, quoted as written.
    void range_error(const std::string& field, const nlohmann::json& value, const std::string& range) {
        error(errc::json_out_of_range, field, quote_json(value), "out of range: expected " + range);
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
    // `prior`: problems found in the text already (duplicate keys), reported with the rest.
    explicit json_loader(std::vector<diagnostic> prior = {}) { prior_ = std::move(prior); }

    build_result load(const nlohmann::json& j) {
        prepared_policy p = prepare(j);
        if (!p.ok) return build_result::failure(mark_follow_ons(std::move(p.options.prior)));
        build_result r = policy::try_build(std::move(p.c), std::move(p.options));
        if (typos_.empty()) return r;
        std::vector<diagnostic> all = mark_follow_ons(r.diagnostics());
        return r ? build_result::success(std::move(r).value(), std::move(all)) : build_result::failure(std::move(all));
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
            else if (key == "cross_origin_protection")
                read_cross_origin_protection(value, field);
            else if (key == "dangerously_allow_insecure_origins")
                read_bool(value, field, c_.dangerously_allow_insecure_origins);
            else if (key == "dangerously_allow_public_suffix_wildcards")
                read_bool(value, field, c_.dangerously_allow_public_suffix_wildcards);
            else if (key == "dangerously_allow_null_origin")
                read_bool(value, field, c_.dangerously_allow_null_origin);
            else if (key == "dangerously_reflect_any_origin_with_credentials")
                read_bool(value, field, c_.dangerously_reflect_any_origin_with_credentials);
            else {
                error(errc::json_unknown_field, field, key,
                      "unknown field; " + did_you_mean(key, policy_keys) + "expected one of " + join_keys(policy_keys));
                const std::string_view known = closest_key(key, policy_keys);
                if (!known.empty() && !j.contains(known)) typos_.emplace_back(std::string(known), key);
            }
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
        if (!v.is_number_integer()) return type_error(field, v, "an integer");
        // An unsigned above INT64_MAX would read as negative through get<std::int64_t>().
        if (v.is_number_unsigned() ? v.get<std::uint64_t>() > 100000u
                                   : v.get<std::int64_t>() < -100000 || v.get<std::int64_t>() > 100000)
            return range_error(field, v, "an HTTP status");
        out = static_cast<int>(v.get<std::int64_t>());
    }

    // {"enabled": true, "bypass_paths": ["/hooks/"], "status": 403}
    void read_cross_origin_protection(const nlohmann::json& v, const std::string& field) {
        if (!v.is_object()) return type_error(field, v, "an object");
        cross_origin_protection_config& c = c_.cross_origin_protection;
        for (const auto& [key, value] : v.items()) {
            const std::string at = field + "/" + escape(key);
            if (key == "enabled")
                read_bool(value, at, c.enabled);
            else if (key == "bypass_paths")
                read_strings(value, at, c.bypass_paths);
            else if (key == "status")
                read_int(value, at, c.status);
            else
                error(errc::json_unknown_field, at, key,
                      "unknown field; expected one of enabled, bypass_paths, status");
        }
    }

    void read_max_age(const nlohmann::json& v) {
        if (v.is_number_unsigned() &&
            v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            range_error("/max_age", v, "a number of seconds (at most 2147483647)");
        } else if (v.is_number_integer()) {
            c_.max_age = v.get<std::int64_t>();
        } else if (v.is_number_float()) {
            const double d = v.get<double>();
            // Range first: converting an out-of-range double to an integer is undefined.
            if (!(d > -1e15 && d < 1e15))
                range_error("/max_age", v, "a number of seconds (at most 2147483647)");
            else if (d == static_cast<double>(static_cast<std::int64_t>(d)))
                c_.max_age = static_cast<std::int64_t>(d);
            else
                error(errc::json_type, "/max_age", quote_json(v), "max_age must be a whole number of seconds");
        } else {
            type_error("/max_age", v, "a number");
        }
    }

    void read_origins(const nlohmann::json& v) {
        std::vector<std::string> entries;
        std::vector<std::size_t> src;
        if (!read_strings(v, "/origins", entries, src)) return;
        origins_given_ = true;
        // Kong reads [] as every origin: a template that expands to nothing would open the policy.
        if (v.empty())
            error(errc::origins_missing, "/origins", "[]",
                  "an empty origins list allows nothing here (Kong would allow every origin); write [\"*\"] if "
                  "every origin is meant, or remove the field");
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const std::string& e = entries[k];
            const std::string field = at("/origins", src[k]);
            switch (classify_kong_origin(e)) {
                case kong_origin_kind::any:
                    c_.origins.push_back(e);
                    origin_src_.push_back(field);
                    break;
                case kong_origin_kind::origin: {
                    // Canonical, our pattern, or malformed: the engine validates it and says why.
                    const std::string_view canonical = without_default_port(e);
                    if (canonical.size() != e.size())
                        warning(errc::origin_default_port, field, e,
                                "the default port is implied: read as " + std::string(canonical) +
                                    " (browsers never send it; Kong normalises it the same way)");
                    c_.origins.emplace_back(canonical);
                    origin_src_.push_back(field);
                    break;
                }
                case kong_origin_kind::schemeless:
                    error(errc::origin_malformed, field, e,
                          "an origin needs a scheme (write https://" + e +
                              "); Kong accepts a scheme-less entry but it never matches a browser's Origin");
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
            bool in_kong = false;
            for (const std::string& kong : kong_default_methods()) in_kong = in_kong || m == kong;
            if (m == "TRACE" || m == "CONNECT") {
                warning(errc::method_ignored, field, m,
                        "browsers never send " + m + " from scripts, so allowing it has no effect; ignored");
                continue;
            }
            // Any other method token is read (the engine validates it); Kong accepts only its nine.
            if (!in_kong && is_token(m) && !is_forbidden_method(m))
                warning(errc::method_not_in_kong, field, m,
                        "not one of Kong's methods (GET, HEAD, PUT, PATCH, POST, DELETE, OPTIONS, TRACE, CONNECT): "
                        "this file loads here, but Kong itself would refuse it");
            c_.methods.push_back(m);
            method_src_.push_back(field);
        }
    }

    void read_headers(const nlohmann::json& v) {
        std::vector<std::string> entries;
        std::vector<std::size_t> src;
        if (!read_strings(v, "/headers", entries, src)) return;
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const std::string field = at("/headers", src[k]);
            if (is_token(entries[k]) && is_forbidden_request_header(to_lower_copy(entries[k]))) {
                warning(errc::request_header_ignored, field, entries[k],
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
        if (!origins_given_) {
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

    build_options finish() {
        build_options options;
        options.prior = std::move(prior_);
        options.order_by_field = document_order;
        // Kong's default methods list GET, HEAD and POST: no note about an entry nobody wrote.
        options.discard = [](const diagnostic& d) {
            return d.code == errc::method_safelisted && ends_with(d.field, "/methods");
        };
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

    static constexpr std::string_view policy_keys[] = {"origins",
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
                                                       "cross_origin_protection",
                                                       "dangerously_allow_insecure_origins",
                                                       "dangerously_allow_public_suffix_wildcards",
                                                       "dangerously_allow_null_origin",
                                                       "dangerously_reflect_any_origin_with_credentials"};

    // Diagnostics come out in schema order (origins first), array elements by index.
    // A diagnostic about a field the document left to its default, when an unknown key looks like
    // that field's name, says so: the typo, not the default, is what to fix.
    std::vector<diagnostic> mark_follow_ons(std::vector<diagnostic> all) const {
        for (diagnostic& d : all)
            for (const auto& [known, typo] : typos_)
                if (d.code != errc::json_unknown_field &&
                    (d.field == "/" + known || starts_with(d.field, "/" + known + "/")))
                    d.message.append(" (this follows from the default of \"")
                        .append(known)
                        .append("\", which applies because \"")
                        .append(typo)
                        .append("\" is not a known field)");
        return all;
    }

    static bool document_order(const std::string& a, const std::string& b) {
        const auto& fields = policy_keys;
        const auto key = [](const std::string& pointer) {
            const std::size_t slash = pointer.find('/', 1);
            const std::string name = pointer.substr(1, slash == std::string::npos ? std::string::npos : slash - 1);
            std::size_t rank = 0;  // unknown keys first: a typo explains what follows
            for (std::size_t i = 0; i < std::size(fields); ++i)
                if (name == fields[i]) rank = i + 1;
            std::size_t index = 0;
            if (slash != std::string::npos)
                for (char ch : pointer.substr(slash + 1))
                    index = is_digit(ch) ? index * 10 + static_cast<std::size_t>(ch - '0') : index;
            return std::make_pair(rank, index);
        };
        return key(a) < key(b);
    }

    config c_;
    std::vector<std::pair<std::string, std::string>> typos_;  // {known key left absent, the unknown key}
    bool origins_given_ = false, methods_given_ = false, headers_given_ = false;
    std::vector<std::string> origin_src_, regex_src_, method_src_, header_src_;
    std::vector<std::size_t> exposed_src_;
};

// Reads {"routes": [{"paths": [...], "methods": [...], "policy": {...}}], "default": {...}}.
class router_loader : private json_reader {
public:
    explicit router_loader(std::vector<diagnostic> prior = {}) { prior_ = std::move(prior); }

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
                error(errc::json_unknown_field, "/" + escape(key), key,
                      "unknown field; " +
                          did_you_mean(key, std::initializer_list<std::string_view>{"routes", "default"}) +
                          "expected routes or default");
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
                      "unknown field; " +
                          did_you_mean(key, std::initializer_list<std::string_view>{"paths", "methods", "policy"}) +
                          "expected one of paths, methods, policy");
            }
        }
        if (!has_policy) error(errc::json_type, field + "/policy", "", "a route needs a policy object");
        if (!p) return;
        rt.config = std::move(p->c);
        rc_.routes.push_back(std::move(rt));
        inputs_.route_options.push_back(std::move(p->options));
        inputs_.route_fields.push_back(field);
        inputs_.policy_fields.push_back(field + "/policy");  // the JSON key, not the C++ member
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
    std::vector<diagnostic> problems;
    std::optional<nlohmann::json> j = detail::parse_checked(text, problems);
    if (!j) return router_build_result::failure(std::move(problems));
    return detail::router_loader{std::move(problems)}.load(*j);
}
inline router_build_result router_from_json(const char* text) { return router_from_json(std::string_view(text)); }
inline router_build_result router_from_json(const std::string& text) {
    return router_from_json(std::string_view(text));
}

// Builds a policy from a parsed JSON object in Kong's CORS plugin schema (plus our extension
// fields). Never throws for bad input: everything wrong is in the result's diagnostics.
inline build_result policy_from_json(const nlohmann::json& j) { return detail::json_loader{}.load(j); }

// Same from JSON text; a syntax error is reported as a diagnostic at "".
// Nesting deeper than detail::max_json_depth and duplicate keys are errors at their pointer.
inline build_result policy_from_json(std::string_view text) {
    std::vector<diagnostic> problems;
    std::optional<nlohmann::json> j = detail::parse_checked(text, problems);
    if (!j) return build_result::failure(std::move(problems));
    return detail::json_loader{std::move(problems)}.load(*j);
}
// Text overloads, so that a string literal or std::string is read as JSON text, not as a JSON string.
inline build_result policy_from_json(const char* text) { return policy_from_json(std::string_view(text)); }
inline build_result policy_from_json(const std::string& text) { return policy_from_json(std::string_view(text)); }

}  // namespace v1
}  // namespace cors
