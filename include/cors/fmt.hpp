#pragma once
// Optional: {fmt} formatters (target cors::fmt, Debian libfmt-dev), so that
//   fmt::print("{}\n", decision);
// prints a line an operator understands:
//   preflight denied: header_not_allowed "x-evil" (a requested header is not among the policy's request headers)
// Request bytes in the line are escaped: a log line never carries CR, LF or control bytes.

#include <cstddef>
#include <cstdint>
#include <optional>
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
#include "detail/schema.hpp"

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

// The policy's normalised config, on one line, a field for each row of detail::policy_schema
// in its order (named as there; request_headers by its C++ name, since "(reflect)" is config's).
template <>
struct fmt::formatter<cors::policy> {
    constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }

    template <class FormatContext>
    auto format(const cors::policy& p, FormatContext& ctx) const {
        namespace d = cors::detail;
        const cors::config& c = p.source();
        auto out = ctx.out();
        const auto list = [&](std::string_view name, const std::vector<std::string>& items) {
            out = fmt::format_to(out, "{}=[", name);
            for (std::size_t i = 0; i < items.size(); ++i) out = fmt::format_to(out, "{}{}", i ? ", " : "", items[i]);
            out = fmt::format_to(out, "]");
        };
        bool first = true, after_status = false;
        const auto space = [&] {
            if (!first) out = fmt::format_to(out, " ");
            first = false;
        };
        for (const d::schema_field<cors::config>& f : d::policy_schema) {
            const bool status = f.kind == d::field_kind::status;
            switch (f.kind) {
                case d::field_kind::origins:
                    space();
                    list(f.key, *d::member_of<std::vector<std::string>>(f, c));
                    // What the origins entries became besides origins (regexes), or what only C++ sets.
                    if (!c.origin_regexes.empty()) {
                        out = fmt::format_to(out, " origin_regexes=[");
                        for (std::size_t i = 0; i < c.origin_regexes.size(); ++i)
                            out =
                                fmt::format_to(out, "{}{}{}", i ? ", " : "", c.origin_regexes[i].pattern,
                                               c.origin_regexes[i].target == cors::regex_target::host ? " (host)" : "");
                        out = fmt::format_to(out, "]");
                    }
                    if (c.origin_predicate) out = fmt::format_to(out, " origin_predicate");
                    break;
                case d::field_kind::request_headers:
                    space();
                    if (c.reflect_request_headers)
                        out = fmt::format_to(out, "{}=(reflect)", f.name());
                    else
                        list(f.name(), *d::member_of<std::vector<std::string>>(f, c));
                    break;
                case d::field_kind::methods:
                case d::field_kind::strings:
                    space();
                    list(f.key, *d::member_of<std::vector<std::string>>(f, c));
                    break;
                case d::field_kind::boolean:
                    space();
                    out = fmt::format_to(out, "{}={}", f.key, *d::member_of<bool>(f, c));
                    break;
                case d::field_kind::flag:
                    if (*d::member_of<bool>(f, c)) {
                        space();
                        out = fmt::format_to(out, "{}", f.key);
                    }
                    break;
                case d::field_kind::seconds:
                    if (const auto& v = *d::member_of<std::optional<std::int64_t>>(f, c)) {
                        space();
                        out = fmt::format_to(out, "{}={}", f.key, *v);
                    }
                    break;
                case d::field_kind::status:
                    // preflight_status=204/403: the success and the failure status.
                    if (after_status) {
                        out = fmt::format_to(out, "/{}", *d::member_of<int>(f, c));
                    } else {
                        space();
                        out = fmt::format_to(out, "{}={}", f.key, *d::member_of<int>(f, c));
                    }
                    break;
                case d::field_kind::object: {
                    const cors::cross_origin_protection_config& o =
                        *d::member_of<cors::cross_origin_protection_config>(f, c);
                    if (o.enabled) {
                        space();
                        out = fmt::format_to(out, "{}(status={} ", f.key, o.status);
                        list("bypass_paths", o.bypass_paths);
                        out = fmt::format_to(out, ")");
                    }
                    break;
                }
                case d::field_kind::policy:
                case d::field_kind::routes:
                    break;  // not in a policy
            }
            after_status = status;
        }
        return out;
    }
};
