#pragma once
// Optional: {fmt} formatters (target cors::fmt, Debian libfmt-dev), so that
//   fmt::print("{}\n", decision);
// prints a line an operator understands:
//   preflight denied: header_not_allowed "x-evil" (a requested header is not among the policy's request headers)
// Request bytes in the line are escaped: a log line never carries CR, LF or control bytes.

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "config.hpp"
#include "decision.hpp"
#include "detail/ascii.hpp"  // escape_for_log
#include "errors.hpp"
#include "policy.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// The enums printed by name (their to_string), with the string_view format specs ("{:>20}"):
// one formatter for all of them below; an enum joins by one line here.
template <class T>
struct formatted_by_name : std::false_type {};
template <>
struct formatted_by_name<reason> : std::true_type {};
template <>
struct formatted_by_name<request_kind> : std::true_type {};
template <>
struct formatted_by_name<errc> : std::true_type {};

}  // namespace detail
}  // namespace v1
}  // namespace cors

template <class Enum>
struct fmt::formatter<Enum, char, std::enable_if_t<cors::detail::formatted_by_name<Enum>::value>>
    : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(Enum e, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(cors::to_string(e), ctx);
    }
};

// "preflight allowed: respond 204; Access-Control-Allow-Origin: https://a.example; ...; Vary += Origin"
// "actual denied: origin_not_allowed "https://evil.example" (the Origin matches no allowed origin, ...)"
template <>
struct fmt::formatter<cors::decision> {
    constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }

    template <class FormatContext>
    auto format(const cors::decision& d, FormatContext& ctx) const {
        auto out = ctx.out();
        if (d.kind() == cors::request_kind::not_cors) {
            out = fmt::format_to(out, "not a CORS request");
        } else if (d.allowed()) {
            out = fmt::format_to(out, "{} allowed", d.kind());
        } else {
            out = fmt::format_to(out, "{} denied: {}", d.kind(), d.why());
            if (!d.offending_value().empty())
                out = fmt::format_to(out, " \"{}\"", cors::detail::escape_for_log(d.offending_value()));
            out = fmt::format_to(out, " ({})", cors::explain(d.why()));
        }
        if (d.action() == cors::action::respond) out = fmt::format_to(out, "; respond {}", d.status());
        for (const cors::header& h : d.headers()) out = fmt::format_to(out, "; {}: {}", h.name, h.value);
        if (!d.vary().empty()) {
            out = fmt::format_to(out, "; Vary +=");
            for (std::string_view t : d.vary()) out = fmt::format_to(out, " {}", t);
        }
        return out;
    }
};

// "/origins/1: error origin_malformed: ... (value: "https://a.example/")"
template <>
struct fmt::formatter<cors::diagnostic> : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(const cors::diagnostic& d, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(d.to_string(), ctx);
    }
};

// The policy's normalised config, on one line.
template <>
struct fmt::formatter<cors::policy> {
    constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }

    template <class FormatContext>
    auto format(const cors::policy& p, FormatContext& ctx) const {
        const cors::config& c = p.source();
        auto out = ctx.out();
        const auto list = [&](std::string_view name, const std::vector<std::string>& items) {
            out = fmt::format_to(out, "{}=[", name);
            for (std::size_t i = 0; i < items.size(); ++i) out = fmt::format_to(out, "{}{}", i ? ", " : "", items[i]);
            out = fmt::format_to(out, "]");
        };
        list("origins", c.origins);
        if (!c.origin_regexes.empty()) {
            out = fmt::format_to(out, " origin_regexes=[");
            for (std::size_t i = 0; i < c.origin_regexes.size(); ++i)
                out = fmt::format_to(out, "{}{}{}", i ? ", " : "", c.origin_regexes[i].pattern,
                                     c.origin_regexes[i].target == cors::regex_target::host ? " (host)" : "");
            out = fmt::format_to(out, "]");
        }
        if (c.origin_predicate) out = fmt::format_to(out, " origin_predicate");
        out = fmt::format_to(out, " ");
        list("methods", c.methods);
        out = fmt::format_to(out, " ");
        if (c.reflect_request_headers)
            out = fmt::format_to(out, "request_headers=(reflect)");
        else
            list("request_headers", c.request_headers);
        out = fmt::format_to(out, " ");
        list("exposed_headers", c.exposed_headers);
        out = fmt::format_to(out, " credentials={}", c.credentials);
        if (c.max_age) out = fmt::format_to(out, " max_age={}", *c.max_age);
        if (c.private_network) out = fmt::format_to(out, " private_network");
        if (c.preflight_continue) out = fmt::format_to(out, " preflight_continue");
        out = fmt::format_to(out, " preflight_status={}/{}", c.preflight_success_status, c.preflight_failure_status);
        if (c.debug) out = fmt::format_to(out, " debug");
        if (c.cross_origin_protection.enabled) {
            out = fmt::format_to(out, " cross_origin_protection(status={} ", c.cross_origin_protection.status);
            list("bypass_paths", c.cross_origin_protection.bypass_paths);
            out = fmt::format_to(out, ")");
        }
        for (const auto& [on, name] :
             {std::pair{c.dangerously_allow_null_origin, "dangerously_allow_null_origin"},
              std::pair{c.dangerously_allow_insecure_origins, "dangerously_allow_insecure_origins"},
              std::pair{c.dangerously_allow_public_suffix_wildcards, "dangerously_allow_public_suffix_wildcards"},
              std::pair{c.dangerously_reflect_any_origin_with_credentials,
                        "dangerously_reflect_any_origin_with_credentials"}})
            if (on) out = fmt::format_to(out, " {}", name);
        return out;
    }
};
