#pragma once
// Merging the decision's Vary tokens into a response's existing Vary value: adapters need it,
// and getting it wrong (overwriting Vary, or adding duplicates) breaks caches.

#include <string>
#include <string_view>
#include <utility>

#include "decision.hpp"
#include "detail/ascii.hpp"

namespace cors {
inline namespace v1 {

namespace detail {

// True when the comma-separated `list` holds `token` (case-insensitive) or "*".
inline bool vary_contains(std::string_view list, std::string_view token) noexcept {
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view item = trim_ows(list.substr(0, comma));
        if (item == "*" || iequals(item, token)) return true;
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return false;
}

// The Vary merge, written once for merge_vary (into a std::string) and response_header_set
// (into a fixed buffer). `Out` has: std::string_view view() const, void append(std::string_view),
// void truncate(std::size_t).

// Adds one existing Vary line (several lines are joined with ", "; empty ones are skipped).
template <class Out>
void append_vary_line(Out& out, std::string_view line) {
    line = trim_ows(line);
    if (line.empty()) return;
    if (!out.view().empty()) out.append(", ");
    out.append(line);
}

// Appends each token the value lacks (in any case; a "*" already varies on everything), after
// dropping a trailing "," ("a," -> "a").
template <class Out, class Tokens>
void append_vary_tokens(Out& out, const Tokens& tokens) {
    std::size_t n = out.view().size();
    while (n > 0 && (out.view()[n - 1] == ',' || is_ows(out.view()[n - 1]))) --n;
    out.truncate(n);
    for (std::string_view token : tokens) {
        if (vary_contains(out.view(), token)) continue;
        if (!out.view().empty()) out.append(", ");
        out.append(token);
    }
}

struct string_vary_out {
    std::string value;
    std::string_view view() const noexcept { return value; }
    void append(std::string_view s) { value += s; }
    void truncate(std::size_t n) { value.resize(n); }
};

}  // namespace detail

// Returns `existing` (the response's current Vary value, possibly empty; several Vary lines
// should be joined with ", " first) with each token appended once. Tokens already present,
// in any case, are not repeated; a Vary of "*" already varies on everything. Adapters use the
// allocation-free response_header_set (cors/response.hpp) instead.
template <class Tokens>
std::string merge_vary(std::string_view existing, const Tokens& tokens) {
    detail::string_vary_out out;
    detail::append_vary_line(out, existing);
    detail::append_vary_tokens(out, tokens);
    return std::move(out.value);
}

inline std::string merge_vary(std::string_view existing, const decision& d) { return merge_vary(existing, d.vary()); }

}  // namespace v1
}  // namespace cors
