#pragma once
// The compiled origin allow-list. Every lookup is precomputed when the policy is built:
// exact origins in a hash set, host and subdomain patterns in a hash map keyed by
// "scheme://host" or "scheme://*.suffix" (a subdomain match tries each label boundary of the
// request's host, so the cost depends on the Origin, never on the number of patterns), then
// linear-time regexes and the user predicate.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../config.hpp"
#include "../origin.hpp"
#include "dots.hpp"
#include "hash_index.hpp"
#include "regex.hpp"
#include "string_set.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

struct compiled_origin_regex {
    regex program;
    regex_target target;
};

class origin_matcher {
public:
    // Byte-exact lookup of a canonical origin; the fast path taken before any parsing.
    bool matches_exact(std::string_view origin) const noexcept { return exact_.contains(origin); }

    // Patterns, regexes and the predicate, for an origin that parsed as canonical.
    bool matches_parsed(const origin_view& o) const noexcept {
        if (!patterns_.empty() && !o.is_null && matches_pattern(o)) return true;
        for (const compiled_origin_regex& r : regexes_) {
            const std::string_view subject = r.target == regex_target::host ? o.host : o.serialized;
            if (r.program.full_match(subject)) return true;
        }
        if (predicate_ && !o.is_null) return predicate_(o.serialized);
        return false;
    }

    // Building. Returns false when the entry was already present.
    bool add_exact(std::string_view origin) { return exact_.insert(origin); }

    bool add_pattern(const origin_view& p) {
        const std::string port = p.any_port ? std::string("*") : std::string(p.port);
        std::size_t scheme = scheme_index(p.scheme);
        if (scheme == scheme_names_.size()) scheme_names_.emplace_back(p.scheme);
        const std::size_t existing = probe(scheme, p.any_subdomain, p.host);
        if (existing != npos) {  // the same host or suffix: one more port
            std::vector<std::string>& ports = patterns_[existing].ports;
            for (const std::string& known : ports)
                if (known == port) return false;
            ports.push_back(port);
            return true;
        }
        patterns_.push_back({scheme, std::string(p.host), p.any_subdomain, {port}});
        index_.add(patterns_.size() - 1, key_hash(scheme, p.any_subdomain, p.host.data(), p.host.size()));
        if (p.any_subdomain) {
            suffix_lengths_[(p.host.size() >> 6) & 3] |= std::uint64_t{1} << (p.host.size() & 63);
            const auto first = static_cast<unsigned char>(p.host.empty() ? 0 : p.host[0]);
            suffix_first_bytes_[first >> 6] |= std::uint64_t{1} << (first & 63);
        } else {
            has_host_patterns_ = true;
        }
        return true;
    }

    void add_regex(regex program, regex_target target) { regexes_.push_back({std::move(program), target}); }
    void set_predicate(std::function<bool(std::string_view)> p) { predicate_ = std::move(p); }

    bool empty() const noexcept { return exact_.empty() && patterns_.empty() && regexes_.empty() && !predicate_; }

private:
    struct pattern {
        std::size_t scheme;  // index in scheme_names_
        std::string host;    // the host, or the suffix after "*."
        bool subdomain;
        std::vector<std::string> ports;  // "*" for any
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

    // The index of a scheme among the patterns' schemes (a handful at most), or
    // scheme_names_.size().
    std::size_t scheme_index(std::string_view scheme) const noexcept {
        std::size_t i = 0;
        while (i < scheme_names_.size() && !same_bytes(scheme_names_[i], scheme)) ++i;
        return i;
    }

    // An inline byte loop: schemes are a few bytes long, a memcmp call costs more.
    static bool same_bytes(std::string_view a, std::string_view b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) return false;
        return true;
    }

    static constexpr std::size_t npos = hash_index::npos;

    // The pattern for exactly this scheme, kind and host (or suffix), or npos. The index is at
    // most a quarter full: a miss (the usual case at all but one label boundary) ends on the
    // first or second slot.
    std::size_t probe(std::size_t scheme, bool subdomain, std::string_view host) const noexcept {
        return index_.find(key_hash(scheme, subdomain, host.data(), host.size()), [&](std::size_t i) {
            const pattern& e = patterns_[i];
            return e.subdomain == subdomain && e.scheme == scheme && e.host == host;
        });
    }

    bool port_allowed(std::size_t index, std::string_view port) const noexcept {
        for (const std::string& p : patterns_[index].ports)
            if (p == port || p == "*") return true;
        return false;
    }

    bool matches_pattern(const origin_view& o) const noexcept {
        const std::size_t scheme = scheme_index(o.scheme);
        if (scheme == scheme_names_.size()) return false;  // no pattern has this scheme
        std::size_t index = 0;
        if (has_host_patterns_ && (index = probe(scheme, false, o.host)) != npos && port_allowed(index, o.port))
            return true;
        if (o.is_ip) return false;
        // Subdomain patterns: every proper suffix that starts at a label boundary and has the
        // length and the first byte of some pattern's suffix (two bit tests skip the other
        // probes). The dots are
        // found eight bytes at a time.
        const std::string_view host = o.host;
        const std::size_t n = host.size();
        for (std::size_t base = 0; base < n; base += 8) {
            std::uint64_t dots = dot_mask(host, base);
            while (dots) {
                const std::size_t i = base + lowest_flagged_byte(dots);
                dots &= dots - 1;
                const std::size_t length = n - i - 1;
                if (length == 0 || !((suffix_lengths_[(length >> 6) & 3] >> (length & 63)) & 1)) continue;
                const auto first = static_cast<unsigned char>(host[i + 1]);
                if (!((suffix_first_bytes_[first >> 6] >> (first & 63)) & 1)) continue;
                if ((index = probe(scheme, true, host.substr(i + 1))) != npos && port_allowed(index, o.port))
                    return true;
            }
        }
        return false;
    }

    string_set exact_;
    std::vector<std::string> scheme_names_;  // of the patterns
    std::vector<pattern> patterns_;
    hash_index index_;  // over patterns_
    bool has_host_patterns_ = false;
    std::uint64_t suffix_lengths_[4] = {};      // bit n: some "*." pattern has an n-byte suffix
    std::uint64_t suffix_first_bytes_[4] = {};  // bit c: some "*." pattern's suffix starts with c
    std::vector<compiled_origin_regex> regexes_;
    std::function<bool(std::string_view)> predicate_;
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
