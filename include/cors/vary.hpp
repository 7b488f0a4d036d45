#pragma once
// Merging the decision's Vary tokens into a response's existing Vary value: adapters need it,
// and getting it wrong (overwriting Vary, or adding duplicates) breaks caches.

#include <string>
#include <string_view>

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

}  // namespace detail

// Returns `existing` (the response's current Vary value, possibly empty; several Vary lines
// should be joined with ", " first) with each token appended once. Tokens already present,
// in any case, are not repeated; a Vary of "*" already varies on everything.
template <class Tokens>
std::string merge_vary(std::string_view existing, const Tokens& tokens) {
    std::string_view kept = detail::trim_ows(existing);
    while (!kept.empty() && (kept.back() == ',' || detail::is_ows(kept.back()))) kept.remove_suffix(1);  // "a," -> "a"
    std::string out(kept);
    for (std::string_view token : tokens) {
        if (detail::vary_contains(out, token)) continue;
        if (!out.empty()) out += ", ";
        out += token;
    }
    return out;
}

inline std::string merge_vary(std::string_view existing, const decision& d) { return merge_vary(existing, d.vary()); }

}  // namespace v1
}  // namespace cors
