#pragma once
// The compiled origin allow-list. Every lookup is precomputed when the policy is built:
// exact origins in a hash set, host and subdomain patterns in a hash map keyed by
// "scheme://host" or "scheme://*.suffix" (a subdomain match tries each label boundary of the
// request's host, so the cost depends on the Origin, never on the number of patterns), then
// linear-time regexes and the user predicate. It also knows "*" and "null", and gives the
// verdict on a request's Origin in one call, check().

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../config.hpp"
#include "../decision.hpp"
#include "../origin.hpp"
#include "dots.hpp"
#include "hash_index.hpp"
#include "origin_parser.hpp"
#include "regex.hpp"
#include "string_set.hpp"
#include "config.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

struct compiled_origin_regex {
    regex program;
    regex_target target;
};

class origin_matcher {
public:
    // The verdict on a request's (single) Origin value: true when it is allowed; otherwise
    // false, with `why` set to the reason. `why` is left alone when the Origin is allowed (the
    // caller starts it at reason::allowed), and `why_deferred` is set when `why` is a
    // placeholder for one of the origin refusals, worked out only if someone asks
    // (decision::why()). noexcept, allocation-free; the cap on the length comes before any look
    // at the bytes, so every later step is bounded by it.
    CORS_ALWAYS_INLINE bool check(std::string_view origin, reason& why, bool& why_deferred) const noexcept {
        if (origin.size() > max_origin_length) {
            why = reason::origin_malformed;
            return false;
        }
        if (matches_exact(origin)) return true;  // entries are canonical: equal bytes are valid
        suffix_match where;
        const prematch_result pre = prematch(origin, where);
        if (pre == prematch_result::none && refuse_unmatched_) {
            // Refused whatever it is: which of origin_malformed, origin_null or
            // origin_not_allowed is worked out only if someone asks.
            why = reason::origin_not_allowed;
            why_deferred = true;
            return false;
        }
        if (pre == prematch_result::match_if_valid_prefix) {
            // A subdomain pattern matches; its suffix is valid, so only the rest is checked.
            const std::string_view scheme(origin.data(), where.host_start - 3);
            if (canonical_with_known_suffix(origin, scheme, where.host_start, where.host_end, where.suffix_length))
                return true;
            why = reason::origin_malformed;
            return false;
        }
        origin_view o;
        if (!parse_request_origin(origin, o)) {
            why = reason::origin_malformed;
            return false;
        }
        if (pre == prematch_result::match_if_valid) return true;
        if (o.is_null) {
            // "*" (without credentials) covers null for browsers too; reflecting it needs the opt-in.
            if (allow_null_ || (any_origin_ && !reflect_any_origin_)) return true;
            why = reason::origin_null;
            return false;
        }
        if (any_origin_ || matches_parsed(o, pre == prematch_result::none)) return true;
        why = reason::origin_not_allowed;
        return false;
    }

    // Building. Each add_ returns false when the entry was already present.
    // "*": every origin. `reflect`: answered by reflecting the Origin (credentials and
    // dangerously_reflect_any_origin_with_credentials), which leaves "null" out.
    bool add_any_origin(bool reflect) {
        reflect_any_origin_ = reflect_any_origin_ || reflect;
        return !std::exchange(any_origin_, true);
    }
    // "null" (dangerously_allow_null_origin).
    bool add_null() { return !std::exchange(allow_null_, true); }
    bool add_exact(std::string_view origin) { return exact_.insert(origin); }

    bool add_pattern(const origin_view& p) {
        std::size_t scheme = scheme_index(p.scheme);
        if (scheme == scheme_names_.size()) {
            scheme_names_.emplace_back(p.scheme);
            if (p.scheme == "http") http_scheme_ = scheme;
            if (p.scheme == "https") https_scheme_ = scheme;
        }
        const std::size_t existing = probe(scheme, p.any_subdomain, p.host);
        pattern* e = nullptr;
        if (existing != npos) {  // the same host or suffix: one more port
            e = &patterns_[existing];
        } else {
            patterns_.push_back({scheme, std::string(p.host), p.any_subdomain, false, false, {}});
            index_.add(patterns_.size() - 1, key_hash(scheme, p.any_subdomain, p.host.data(), p.host.size()));
            e = &patterns_.back();
            if (p.any_subdomain) {
                add_suffix_length(p.host.size());
                const auto first = static_cast<unsigned char>(p.host.empty() ? 0 : p.host[0]);
                suffix_first_bytes_[first >> 6] |= std::uint64_t{1} << (first & 63);
            } else {
                has_host_patterns_ = true;
            }
        }
        if (p.any_port) return !std::exchange(e->any_port, true);
        if (p.port.empty()) return !std::exchange(e->default_port, true);
        for (const std::string& known : e->ports)
            if (known == p.port) return false;
        e->ports.emplace_back(p.port);
        return true;
    }

    // Call when every entry is added: derives the fast paths' parameters (without it, every
    // Origin takes the general path, with the same answers) and whether an Origin no exact
    // entry or pattern matches can be refused unparsed.
    void finish() noexcept {
        // Only exact origins and patterns: an Origin neither matches is refused without parsing it.
        refuse_unmatched_ = !any_origin_ && !allow_null_ && regexes_.empty() && !predicate_;
        only_listed_suffixes_ = !has_host_patterns_ && suffix_length_count_ <= max_listed_lengths;
        // The one byte every "*." suffix starts with, if there is one.
        suffix_first_byte_ = 0;
        unsigned first_bytes = 0;
        for (unsigned c = 0; c < 256; ++c)
            if ((suffix_first_bytes_[c >> 6] >> (c & 63)) & 1) {
                suffix_first_byte_ = static_cast<unsigned char>(c);
                ++first_bytes;
            }
        if (first_bytes != 1) suffix_first_byte_ = 0;
        // Bit 8k+7 for each listed length shortest + 7 - k, when every length is within 7 of the
        // shortest; and the one scheme's prefix as a masked little-endian word.
        suffix_window_ = window_scheme_mask_ = window_scheme_ = 0;
        window_scheme_length_ = 0;
#if !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
        return;  // the window's bit layout is little-endian
#endif
        if (!only_listed_suffixes_ || suffix_length_count_ == 0 || scheme_names_.size() != 1) return;
        if (scheme_names_[0] != "https" && scheme_names_[0] != "http") return;
        for (std::size_t k = 0; k < suffix_length_count_; ++k) {
            const std::size_t above = suffix_length_list_[k] - suffix_length_list_[0];
            if (above > 7) {
                suffix_window_ = 0;
                return;
            }
            suffix_window_ |= std::uint64_t{0x80} << (8 * (7 - above));
        }
        const std::string_view prefix = scheme_names_[0] == "https" ? "https://" : "http://";
        window_scheme_length_ = prefix.size();
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            window_scheme_mask_ |= std::uint64_t{0xFF} << (8 * i);
            window_scheme_ |= std::uint64_t{static_cast<unsigned char>(prefix[i])} << (8 * i);
        }
    }

    void add_regex(regex program, regex_target target) { regexes_.push_back({std::move(program), target}); }
    void set_predicate(std::function<bool(std::string_view)> p) { predicate_ = std::move(p); }

    // What the engine reads besides the verdict: "*" is listed, and answered by reflecting the
    // Origin (with credentials and the dangerous opt-in) rather than with "*".
    bool any_origin() const noexcept { return any_origin_; }
    bool reflects_any_origin() const noexcept { return reflect_any_origin_; }

private:
    // Byte-exact lookup of a canonical origin; the fast path taken before any parsing.
    CORS_ALWAYS_INLINE bool matches_exact(std::string_view origin) const noexcept { return exact_.contains(origin); }

    // Patterns, regexes and the predicate, for an origin that parsed as canonical.
    // `patterns_checked`: prematch() already found that no pattern matches it.
    bool matches_parsed(const origin_view& o, bool patterns_checked = false) const noexcept {
        if (!patterns_checked && !patterns_.empty() && !o.is_null && matches_pattern(o)) return true;
        for (const compiled_origin_regex& r : regexes_) {
            const std::string_view subject = r.target == regex_target::host ? o.host : o.serialized;
            if (r.program.full_match(subject)) return true;
        }
        if (predicate_ && !o.is_null) return predicate_(o.serialized);
        return false;
    }

    // What the host and subdomain patterns say about a request's Origin, read from its bytes
    // before any validation (so that a refusal need not parse the Origin at all):
    //   none:           no pattern matches it, whether or not it is a canonical origin;
    //   match_if_valid: a host pattern matches it if it is a canonical origin (parse it);
    //   match_if_valid_prefix: a subdomain pattern matches it if it is a canonical origin,
    //                   which canonical_with_known_suffix() decides from the labels before the
    //                   pattern's suffix (host_start, host_end, suffix_length) and the port;
    //   unknown:        not an http(s) origin with a plain host: parse, then matches_parsed().
    // For an Origin that parses, the answer agrees with matches_pattern() on its parsed view:
    // scheme, host and port are the same bytes either way.
    enum class prematch_result : std::uint8_t { none, match_if_valid, match_if_valid_prefix, unknown };
    // Where the host and the matching pattern's suffix are, for match_if_valid_prefix (only
    // written then: the refusal path stores nothing).
    struct suffix_match {
        std::size_t host_start = 0, host_end = 0, suffix_length = 0;
    };
    CORS_ALWAYS_INLINE prematch_result prematch(std::string_view origin, suffix_match& where) const noexcept {
        if (patterns_.empty()) return prematch_result::none;
        if (suffix_window_ != 0) {
            // The common shape (one of http/https, a few suffix lengths within 8 bytes, no host
            // pattern), for an Origin without a port: a refusal costs two loads and two masks.
            // Where an Origin has a port it parses only without ':', so the dots counted from
            // the end are the host's whenever it is canonical; when it is not, "none" is right.
            const std::size_t n = origin.size();
            const char* p = origin.data();
            const std::size_t shortest = suffix_length_list_[0];
            if (n > window_scheme_length_ + shortest && !is_digit(p[n - 1])) {
                std::uint64_t head;
                std::memcpy(&head, p, 8);
                if ((head & window_scheme_mask_) == window_scheme_) {
                    const std::size_t last = n - 1 - shortest;  // where the shortest suffix's dot goes
                    std::uint64_t w;
                    std::memcpy(&w, p + last - 7, 8);
                    std::uint64_t dots = byte_mask(w, '.') & suffix_window_;
                    if (dots != 0 && suffix_first_byte_ != 0) {
                        std::memcpy(&w, p + last - 6, 8);  // the byte after each
                        dots &= byte_mask(w, static_cast<char>(suffix_first_byte_));
                    }
                    if (dots == 0) return prematch_result::none;
                    return prematch_window(origin, last - 7, dots, where);
                }
            }
        }
        return prematch_patterns(origin, where);
    }

    // The candidates prematch()'s window found: `dots` flags the bytes of origin[base, base + 8)
    // where a listed suffix's dot is. The Origin has no port and its last byte is not a digit
    // (so its host is no IP literal).
    CORS_COLD
    prematch_result prematch_window(std::string_view origin, std::size_t base, std::uint64_t dots,
                                    suffix_match& where) const noexcept {
        const std::size_t n = origin.size();
        for (; dots != 0; dots &= dots - 1) {
            const std::size_t dot = base + lowest_flagged_byte(dots);
            const std::string_view suffix(origin.data() + dot + 1, n - dot - 1);
            std::size_t index = npos;
            if (patterns_.size() <= max_compared_patterns) {
                // A handful of patterns (often one): comparing beats hashing.
                for (std::size_t i = 0; i < patterns_.size() && index == npos; ++i)
                    if (same_host(i, suffix)) index = i;
            } else {
                index = probe(0, true, suffix);
            }
            if (index != npos && port_allowed(index, std::string_view())) {
                where = {window_scheme_length_, n, n - dot - 1};
                return prematch_result::match_if_valid_prefix;
            }
        }
        return prematch_result::none;
    }

    CORS_COLD
    prematch_result prematch_patterns(std::string_view origin, suffix_match& where) const noexcept {
        const std::size_t n = origin.size();
        const char* p = origin.data();
        std::size_t scheme = 0, start = 0;
        if (n >= 9 && equals_prefix(p, "https://")) {
            scheme = https_scheme_;
            start = 8;
        } else if (n >= 8 && equals_prefix(p, "http://")) {
            scheme = http_scheme_;
            start = 7;
        } else {
            return prematch_result::unknown;
        }
        if (scheme == npos) return prematch_result::none;  // no pattern has this scheme
        if (p[start] == '[') return prematch_result::unknown;
        // The port is the digits after the last ':' among the last six bytes (when the last byte
        // is a digit); where the parser would find another host end, the Origin does not parse
        // and "none" is right either way.
        std::size_t end = n;
        if (is_digit(p[n - 1])) {
            const std::uint64_t colons = byte_mask(load_bytes(p + n - 8, 8), ':') & ~std::uint64_t{0xFFFF};
            if (colons != 0 && n - 8 + highest_flagged_byte(colons) >= start)
                end = n - 8 + highest_flagged_byte(colons);
        }
        if (!only_listed_suffixes_) return prematch_host(origin, scheme, start, end, where);
        // Listed suffix lengths: look where each would need its dot, and whether the byte after
        // it can start a pattern's suffix; probe only then, out of line. (No call inside the
        // loop and little kept live: this path needs no register saves.)
        const std::size_t hn = end - start;
        if (hn <= suffix_length_list_[0]) return prematch_result::none;
        const char* host = p + start;
        for (std::size_t k = 0; k < suffix_length_count_; ++k) {
            const std::size_t length = suffix_length_list_[k];  // ascending, at least 1
            if (length >= hn) break;
            const auto first = static_cast<unsigned char>(host[hn - length]);
            if (host[hn - 1 - length] == '.' && ((suffix_first_bytes_[first >> 6] >> (first & 63)) & 1))
                return prematch_host(origin, scheme, start, end, where);
        }
        return prematch_result::none;
    }

    // The full match of the host origin[start, end) and the port after it.
    CORS_COLD
    prematch_result prematch_host(std::string_view origin, std::size_t scheme, std::size_t start, std::size_t end,
                                  suffix_match& where) const noexcept {
        const std::size_t n = origin.size();
        const std::string_view host(origin.data() + start, end - start);
        const std::string_view port(origin.data() + end + (end < n), n - end - (end < n));
        const std::size_t matched = match_host(scheme, host, port, ip_unknown);
        if (matched == no_match) return prematch_result::none;
        if (matched == host_matched) return prematch_result::match_if_valid;
        where = {start, end, matched};
        return prematch_result::match_if_valid_prefix;
    }

    // Whether the host is an IP literal: known from a parsed view, worked out from the bytes
    // (a last label that starts with a digit) only when some suffix passes the cheap tests.
    enum ip_literal : std::uint8_t { ip_no, ip_yes, ip_unknown };

    struct pattern {
        std::size_t scheme;  // index in scheme_names_
        std::string host;    // the host, or the suffix after "*."
        bool subdomain;
        bool any_port;                   // ":*"
        bool default_port;               // no port
        std::vector<std::string> ports;  // explicit ports
    };

    // The key of a host (or host suffix) under a scheme: its length, its first and its last 8
    // bytes. Cheap for every label boundary of a request's host (no copy, no pass over the
    // middle); strings that agree on all three only share a probe chain, since equality is
    // checked on a hit.
    static std::uint64_t key_hash(std::size_t scheme, bool subdomain, const char* s, std::size_t n) noexcept {
        constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
        std::uint64_t first = 0, last = 0;
        if (n >= 8) {
            std::memcpy(&first, s, 8);
            std::memcpy(&last, s + n - 8, 8);
        } else {
            first = load_bytes(s, n);
        }
        // One multiplication on the dependency chain: a probe sits on the request path.
        std::uint64_t h =
            first ^ ((last << 29) | (last >> 35)) ^ (((n << 3) | (scheme << 1) | (subdomain ? 1u : 0u)) * k);
        h *= k;
        return h ^ (h >> 32);
    }

    void add_suffix_length(std::size_t length) noexcept {
        if (length == 0) return;  // an empty suffix matches nothing
        std::uint64_t& word = suffix_lengths_[(length >> 6) & 3];
        const std::uint64_t bit = std::uint64_t{1} << (length & 63);
        if (word & bit) return;
        word |= bit;
        if (suffix_length_count_ < max_listed_lengths) {
            std::size_t k = suffix_length_count_;
            for (; k > 0 && suffix_length_list_[k - 1] > length; --k)
                suffix_length_list_[k] = suffix_length_list_[k - 1];
            suffix_length_list_[k] = length;
        }
        ++suffix_length_count_;
    }

    template <std::size_t N>
    static bool equals_prefix(const char* p, const char (&literal)[N]) noexcept {
        return std::memcmp(p, literal, N - 1) == 0;
    }

    // The index of a scheme among the patterns' schemes (a handful at most), or
    // scheme_names_.size().
    std::size_t scheme_index(std::string_view scheme) const noexcept {
        std::size_t i = 0;
        while (i < scheme_names_.size() && !(scheme_names_[i].size() == scheme.size() &&
                                             same_bytes(scheme_names_[i].data(), scheme.data(), scheme.size())))
            ++i;
        return i;
    }

    static constexpr std::size_t npos = hash_index::npos;
    static constexpr std::size_t no_match = 0, host_matched = npos;

    // The pattern for exactly this scheme, kind and host (or suffix), or npos. The index is at
    // most a quarter full: a miss (the usual case at all but one label boundary) ends on the
    // first or second slot.
    std::size_t probe(std::size_t scheme, bool subdomain, std::string_view host) const noexcept {
        return index_.find(key_hash(scheme, subdomain, host.data(), host.size()), [&](std::size_t i) {
            const pattern& e = patterns_[i];
            return e.subdomain == subdomain && e.scheme == scheme && same_host(i, host);
        });
    }

    bool same_host(std::size_t index, std::string_view host) const noexcept {
        const std::string& h = patterns_[index].host;
        return h.size() == host.size() && same_bytes(h.data(), host.data(), host.size());
    }

    bool port_allowed(std::size_t index, std::string_view port) const noexcept {
        const pattern& e = patterns_[index];
        if (e.any_port) return true;
        if (port.empty()) return e.default_port;
        for (const std::string& p : e.ports)
            if (p == port) return true;
        return false;
    }

    // The probe for a suffix that passed the length and first-byte tests: out of line, so that
    // the scan in match_host keeps its few registers.
    CORS_COLD
    bool match_suffix(std::size_t scheme, std::string_view host, std::size_t dot, std::string_view port,
                      ip_literal ip) const noexcept {
        if (ip == ip_unknown && is_digit(host.back())) {
            // A host whose last byte is not a digit is no IPv4 address (nor one ending in a
            // numeric label, which would have to be one); otherwise look at its last label.
            const std::size_t last = last_label_start(host);
            ip = last < host.size() && is_digit(host[last]) ? ip_yes : ip_no;
        }
        if (ip == ip_yes) return false;
        const std::size_t index = probe(scheme, true, std::string_view(host.data() + dot + 1, host.size() - dot - 1));
        return index != npos && port_allowed(index, port);
    }

    // Offset in `host` of its last label (after the last dot; the end for a trailing dot).
    static std::size_t last_label_start(std::string_view host) noexcept {
        for (std::size_t base = (host.size() - 1) & ~std::size_t{7};; base -= 8) {
            const std::uint64_t dots = dot_mask(host, base);
            if (dots != 0) return base + highest_flagged_byte(dots) + 1;
            if (base == 0) return 0;
        }
    }

    bool matches_pattern(const origin_view& o) const noexcept {
        const std::size_t scheme = scheme_index(o.scheme);
        return scheme != scheme_names_.size() &&
               match_host(scheme, o.host, o.port, o.is_ip ? ip_yes : ip_no) != no_match;
    }

    // Host patterns, then subdomain patterns: every proper suffix of the host that starts at a
    // label boundary and has the length and the first byte of some pattern's suffix.
    // Returns no_match, host_matched, or the length of the matching subdomain pattern's suffix.
    CORS_ALWAYS_INLINE std::size_t match_host(std::size_t scheme, std::string_view host, std::string_view port,
                                              ip_literal ip) const noexcept {
        std::size_t index = 0;
        if (has_host_patterns_ && (index = probe(scheme, false, host)) != npos && port_allowed(index, port))
            return host_matched;
        const std::size_t n = host.size();
        const auto try_suffix = [&](std::size_t dot) noexcept {
            const auto first = static_cast<unsigned char>(host[dot + 1]);
            return ((suffix_first_bytes_[first >> 6] >> (first & 63)) & 1) && match_suffix(scheme, host, dot, port, ip);
        };
        if (suffix_length_count_ <= max_listed_lengths) {
            // Few distinct suffix lengths (the usual case): look where each would need its dot.
            for (std::size_t k = 0; k < suffix_length_count_; ++k) {
                const std::size_t length = suffix_length_list_[k];  // ascending, at least 1
                if (length >= n) break;
                if (host[n - 1 - length] == '.' && try_suffix(n - 1 - length)) return length;
            }
            return no_match;
        }
        // Otherwise every dot, found eight bytes at a time, against the length set.
        for (std::size_t base = 0; base < n; base += 8) {
            std::uint64_t dots = dot_mask(host, base);
            while (dots) {
                const std::size_t i = base + lowest_flagged_byte(dots);
                dots &= dots - 1;
                const std::size_t length = n - i - 1;
                if (length == 0 || !((suffix_lengths_[(length >> 6) & 3] >> (length & 63)) & 1)) continue;
                if (try_suffix(i)) return length;
            }
        }
        return no_match;
    }

    string_set exact_;
    std::vector<std::string> scheme_names_;  // of the patterns
    std::size_t http_scheme_ = npos;         // "http" in scheme_names_, npos when absent
    std::size_t https_scheme_ = npos;
    std::vector<pattern> patterns_;
    hash_index index_;  // over patterns_
    bool has_host_patterns_ = false;
    // In the padding before suffix_lengths_ (the layout the engine had before they moved here).
    bool any_origin_ = false;               // "*"
    bool reflect_any_origin_ = false;       // "*" + credentials + the dangerous opt-in
    bool allow_null_ = false;               // "null"
    bool refuse_unmatched_ = false;         // set by finish()
    std::uint64_t suffix_lengths_[4] = {};  // bit n: some "*." pattern has an n-byte suffix
    static constexpr std::size_t max_listed_lengths = 8;
    static constexpr std::size_t max_compared_patterns = 4;  // prematch_window compares up to this many
    std::size_t suffix_length_count_ = 0;                    // distinct lengths; listed when at most max_listed_lengths
    std::size_t suffix_length_list_[max_listed_lengths] = {};
    std::uint64_t suffix_first_bytes_[4] = {};  // bit c: some "*." pattern's suffix starts with c
    // Set by finish():
    bool only_listed_suffixes_ = false;    // no host pattern, at most max_listed_lengths suffix lengths
    unsigned char suffix_first_byte_ = 0;  // the first byte of every "*." suffix, 0 when they differ
    std::uint64_t suffix_window_ = 0;      // for one http(s) scheme and lengths within 8 bytes: where
                                           // their dots may be; 0 when not
    std::uint64_t window_scheme_mask_ = 0, window_scheme_ = 0;  // "https://" or "http://", little-endian
    std::size_t window_scheme_length_ = 0;
    std::vector<compiled_origin_regex> regexes_;
    std::function<bool(std::string_view)> predicate_;
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
