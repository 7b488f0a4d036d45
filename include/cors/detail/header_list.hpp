#pragma once
// One bounded, allocation-free pass over Access-Control-Request-Headers.
// Browsers send a sorted, lower-case, comma-joined list with no spaces; proxies may add a
// little whitespace or split it into several field lines. We accept those shapes, check every
// name, and refuse anything over hard caps before looking at a single byte, so a 1 MiB header
// costs the same as a short one.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../decision.hpp"
#include "../request.hpp"
#include "ascii.hpp"
#include "dots.hpp"
#include "string_set.hpp"
#include "config.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// Empty list elements tolerated in total (",,a" from sloppy joins), as jub0bs/cors does.
inline constexpr std::size_t max_empty_header_elements = 16;

struct header_list_result {
    cors::v1::reason reason = reason::allowed;
    std::string_view offending;  // the first bad element, for explanations
    std::size_t names = 0;       // number of non-empty names seen
};

// Total length of the lines once joined with ",".
constexpr std::size_t joined_length(const request_field_lines& f) noexcept {
    std::size_t n = 0;
    const std::size_t lines = f.count < request_field_lines::max_lines ? f.count : request_field_lines::max_lines;
    for (std::size_t i = 0; i < lines; ++i) n += f.lines[i].size() + (i ? 1 : 0);
    return n;
}

// Byte classes for the header-list scan.
struct header_byte_classes {
    static constexpr unsigned char tchar = 1;
    static constexpr unsigned char upper = 2;
    static constexpr unsigned char space = 4;
    static constexpr unsigned char comma = 8;
    static constexpr unsigned char bad = 0x80;  // neither tchar, space nor comma
    unsigned char table[256] = {};
    constexpr header_byte_classes() {
        for (int c = 0; c < 256; ++c) table[c] = is_tchar(static_cast<char>(c)) ? tchar : bad;
        for (int c = 'A'; c <= 'Z'; ++c) table[c] = tchar | upper;
        table[static_cast<unsigned char>(' ')] = space;
        table[static_cast<unsigned char>(',')] = comma;
    }
};
inline constexpr header_byte_classes header_bytes{};

// Whether a name has only lower-case token bytes: a-z 0-9 '-' eight at a time (what header
// names are made of), any other byte through the table.
inline bool is_plain_name(std::string_view name) noexcept {
    constexpr std::uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    for (std::size_t i = 0; i < name.size(); i += 8) {
        const std::size_t take = name.size() - i < 8 ? name.size() - i : 8;
        const std::uint64_t w = load_bytes(name.data() + i, take);
        const std::uint64_t y = w | high;  // no borrow below (bytes >= 0x80 fail anyway)
        const std::uint64_t at_a = y - 'a' * ones, past_z = y - ('z' + 1) * ones;
        const std::uint64_t at_0 = y - '0' * ones, past_9 = y - ('9' + 1) * ones;
        const std::uint64_t at_dash = y - '-' * ones, past_dash = y - ('-' + 1) * ones;
        const std::uint64_t plain = ((at_a & ~past_z) | (at_0 & ~past_9) | (at_dash & ~past_dash)) & ~w & high;
        const std::uint64_t wanted = take == 8 ? high : high & ((std::uint64_t{1} << (8 * take)) - 1);
        if (plain != wanted) {
            for (std::size_t k = i; k < i + take; ++k)
                if (header_bytes.table[static_cast<unsigned char>(name[k])] != header_byte_classes::tchar) return false;
        }
    }
    return true;
}

// The fast pass, for a policy with a list of names: split every line at its commas, eight
// bytes at a time, and look each element up as it is (is_listed: a lower-case lookup, so a
// "yes" proves the element is a lower-case token). True when that decides: every element
// listed (or empty, within the cap), or the first one that is not is a plain lower-case token,
// hence simply not allowed. False when the general scan below must say why (a space, an
// upper-case letter, a bad byte, too many empty elements).
template <class IsListed>
CORS_ALWAYS_INLINE bool scan_listed_names(const request_field_lines& f, const IsListed& is_listed,
                                          header_list_result& out) noexcept {
    std::size_t names = 0, empties = 0;
    for (std::size_t line = 0; line < f.count; ++line) {
        const char* const p = f.lines[line].data();
        const std::size_t n = f.lines[line].size();
        std::size_t start = 0;
        std::uint64_t commas = 0;
        for (std::size_t base = 0;;) {
            // The element [start, end): up to the next comma, or the end of the line.
            std::size_t end = n;
            while (commas == 0 && base < n) {
                commas = byte_mask(load_bytes(p + base, n - base), ',');  // zero-padded: no ','
                base += 8;
            }
            if (commas != 0) {
                end = base - 8 + lowest_flagged_byte(commas);
                commas &= commas - 1;
            }
            const std::string_view name(p + start, end - start);
            if (name.empty()) {
                if (++empties > max_empty_header_elements) return false;
            } else if (is_listed(name)) {
                ++names;
            } else {
                if (!is_plain_name(name)) return false;
                out.reason = reason::header_not_allowed;
                out.offending = name;
                return true;
            }
            if (end == n) break;
            start = end + 1;
        }
    }
    out.names = names;
    return true;
}

// Calls is_allowed(name, lower_case) for every non-empty element; stops at the first refusal.
// `lower_case` tells that the name has no upper-case letter (what browsers send).
// `listed`: when the policy allows exactly a list of names, that list (the fast pass above runs
// first; is_allowed must then agree with it).
template <class IsAllowed>
header_list_result scan_header_list(const request_field_lines& f, const IsAllowed& is_allowed,
                                    const ci_string_set* listed = nullptr) noexcept {
    header_list_result out;
    if (f.count > request_field_lines::max_lines || joined_length(f) > max_request_headers_length) {
        out.reason = reason::headers_too_large;
        return out;
    }
    if (listed != nullptr &&
        scan_listed_names(
            f, [listed](std::string_view name) noexcept { return listed->contains_lower(name); }, out))
        return out;
    const unsigned char* const t = header_bytes.table;
    std::size_t empties = 0;
    for (std::size_t line = 0; line < f.count; ++line) {
        const std::string_view s = f.lines[line];
        const unsigned char* const b = reinterpret_cast<const unsigned char*>(s.data());
        const std::size_t n = s.size();
        std::size_t i = 0;
        while (true) {
            const std::size_t start = i;
            unsigned seen = 0;
            unsigned char c = 0;
            while (i < n && !((c = t[b[i]]) & header_byte_classes::comma)) {
                seen |= c;
                ++i;
            }
            std::string_view name = s.substr(start, i - start);
            if (seen & header_byte_classes::space) {
                // Only spaces are tolerated around names: the list is echoed, and a tab would
                // be the one non-printable byte in our output.
                while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
                while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
                if (name.find(' ') != std::string_view::npos) seen |= 0x80;
            }
            if (name.empty()) {
                if (++empties > max_empty_header_elements) {
                    out.reason = reason::headers_too_large;
                    return out;
                }
            } else {
                if (seen & 0x80) {
                    out.reason = reason::headers_malformed;
                    out.offending = name;
                    return out;
                }
                if (!is_allowed(name, !(seen & header_byte_classes::upper))) {
                    out.reason = reason::header_not_allowed;
                    out.offending = name;
                    return out;
                }
                ++out.names;
            }
            if (i == n) break;
            ++i;  // skip ','
        }
    }
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
