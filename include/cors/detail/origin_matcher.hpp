#pragma once
// The compiled origin allow-list. Every lookup is precomputed when the policy is built:
// exact origins in a hash set, host and subdomain patterns in a hash map keyed by
// "scheme://host" or "scheme://*.suffix" (a subdomain match tries each label boundary of the
// request's host, so the cost depends on the Origin, never on the number of patterns), then
// linear-time regexes and the user predicate.

#include <cstddef>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../config.hpp"
#include "../origin.hpp"
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
        std::string key(p.scheme);
        key += p.any_subdomain ? "://*." : "://";
        key += p.host;
        const std::string port = p.any_port ? std::string("*") : std::string(p.port);
        std::size_t index = patterns_.find(key);
        if (index == string_set::npos) {
            patterns_.insert(key);
            index = patterns_.find(key);
            ports_.resize(patterns_.size());
        }
        std::vector<std::string>& ports = ports_[index];
        for (const std::string& existing : ports)
            if (existing == port) return false;
        ports.push_back(port);
        return true;
    }

    void add_regex(regex program, regex_target target) { regexes_.push_back({std::move(program), target}); }
    void set_predicate(std::function<bool(std::string_view)> p) { predicate_ = std::move(p); }

    bool empty() const noexcept { return exact_.empty() && patterns_.empty() && regexes_.empty() && !predicate_; }

private:
    bool port_allowed(std::size_t index, std::string_view port) const noexcept {
        for (const std::string& p : ports_[index])
            if (p == "*" || p == port) return true;
        return false;
    }

    bool matches_pattern(const origin_view& o) const noexcept {
        // "scheme://" + "*." + host fits: the origin was length-checked when parsed.
        char key[max_origin_length + 8];
        std::size_t n = 0;
        std::memcpy(key, o.scheme.data(), o.scheme.size());
        n += o.scheme.size();
        for (char c : {':', '/', '/'}) key[n++] = c;
        const std::size_t prefix = n;
        std::memcpy(key + n, o.host.data(), o.host.size());
        std::size_t index = patterns_.find(std::string_view(key, n + o.host.size()));
        if (index != string_set::npos && port_allowed(index, o.port)) return true;
        if (o.is_ip) return false;
        // Subdomain patterns: try every proper suffix that starts at a label boundary.
        key[prefix] = '*';
        key[prefix + 1] = '.';
        for (std::size_t dot = o.host.find('.'); dot != std::string_view::npos && dot + 1 < o.host.size();
             dot = o.host.find('.', dot + 1)) {
            const std::string_view suffix = o.host.substr(dot + 1);
            std::memcpy(key + prefix + 2, suffix.data(), suffix.size());
            index = patterns_.find(std::string_view(key, prefix + 2 + suffix.size()));
            if (index != string_set::npos && port_allowed(index, o.port)) return true;
        }
        return false;
    }

    string_set exact_;
    string_set patterns_;
    std::vector<std::vector<std::string>> ports_;  // parallel to patterns_.items()
    std::vector<compiled_origin_regex> regexes_;
    std::function<bool(std::string_view)> predicate_;
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
