#pragma once
// Build-time analyses of a compiled origin regex, answered on its DFA (never on the pattern
// text): can it accept an origin the plain-origin rules would refuse? Only policy_builder uses
// them; they allocate freely and never run on the decision path.
//
// Both analyses search the DFA over the strings that can reach it: the engine hands a regex
// only canonical origins (regex_target::origin) or their hosts (regex_target::host).
//
// cleartext_witness: is there an origin "http://H[:port]" or "ws://H[:port]" with a
//   non-loopback host H that the regex accepts? Answered exactly (up to the over-approximations
//   below) by a breadth-first search of the product of three DFAs: the regex's, one for
//   cleartext canonical origins and one for loopback origins; a product state in which the
//   regex and the cleartext DFA accept and the loopback DFA does not is a witness, and the
//   search finds the shortest. Over-approximations (they can only add witnesses): label and
//   host lengths are not bounded, IPv6 hosts are any bracketed hex-and-colon text, ports any
//   1-5 digits without a leading zero other than 80.
//
// public_suffix_witness: does the regex let the label directly before a public suffix vary,
//   so that whoever registers a name under the suffix is trusted ("https://*.github.io" as a
//   regex)? Three steps on the DFA:
//   1. the states at the start of a host label: after "scheme://" (any canonical scheme) and
//      any number of "label." (for a host target, from the start);
//   2. from each, every label x (bytes a-z 0-9 - _) the regex can read, noting whether x was
//      chosen freely: a transition some two label bytes share (a class such as [a-z], [^.], .)
//      or a state on a cycle of label bytes (an unbounded label, + or *) lies on its path;
//      a literal alternation such as (app|admin) is neither, and counts as a list of names;
//   3. the suffixes S such that one of the states reached by a freely chosen x reads ".S" and
//      then ends (or ends after ":port"), enumerated backwards from the end, shortest first, so
//      that a literal tail (".github.io") is found in as many steps as it has bytes whatever
//      precedes it; bytes that lead to the same set of states are tried once (one byte of a
//      class); at most `tail_budget` suffixes; each is asked of the public-suffix predicate.
//   Sound for the shapes that matter: a free label before a literal suffix
//   ("[a-z0-9-]+\.github\.io", ".*\.github\.io", "[^.]+\.co\.uk",
//   "(foo|bar|[a-z]+)\.herokuapp\.com"), and before a free last label ("[a-z]+\.[a-z]+": every
//   single label is a public suffix). A public suffix that needs one particular byte of a class
//   in the suffix itself ("[a-z]+\.s[0-9]\.example") is tried with one byte of that class only.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../config.hpp"
#include "regex.hpp"

namespace cors {
inline namespace v1 {
namespace detail {
namespace regex_analysis {

constexpr bool is_label_byte(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Canonical origins are printable ASCII. Searches try bytes in this order, so that examples
// read like names: letters, digits, '-', '_', '.', then the rest.
inline const std::vector<unsigned char>& search_order() {
    static const std::vector<unsigned char> order = [] {
        std::vector<unsigned char> out;
        for (char c = 'a'; c <= 'z'; ++c) out.push_back(static_cast<unsigned char>(c));
        for (char c = '0'; c <= '9'; ++c) out.push_back(static_cast<unsigned char>(c));
        for (const char c : {'-', '_', '.'}) out.push_back(static_cast<unsigned char>(c));
        for (unsigned b = 0x21; b <= 0x7e; ++b) {
            const auto c = static_cast<unsigned char>(b);
            if (!is_label_byte(c) && c != '.') out.push_back(c);
        }
        return out;
    }();
    return order;
}

inline regex must_compile(std::string_view pattern) {
    regex_error error;
    std::optional<regex> r = regex::compile(pattern, error);
    return *std::move(r);  // fixed patterns, tested to compile to a DFA
}

// Cleartext origins whose host is canonical as far as a regular language can say (see above).
inline std::string cleartext_pattern(bool with_scheme) {
    const std::string last_label =
        "(?:[a-z_-][a-z0-9_-]*|[1-9][0-9]*[a-z_-][a-z0-9_-]*|0(?:[a-wyz_-]|[0-9]+[a-z_-])[a-z0-9_-]*)";
    const std::string octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    std::string host =
        "(?:(?:[a-z0-9_-]+\\.)*" + last_label + "\\.?|(?:" + octet + "\\.){3}" + octet + "\\.?|\\[[0-9a-f:]+\\])";
    if (!with_scheme) return host;
    return "(?:http|ws)://" + host + "(?::(?:[1-79][0-9]{0,4}|8(?:[1-9][0-9]{0,3}|0[0-9]{1,3})?))?";
}

// Loopback hosts, within the cleartext language: localhost, *.localhost (one trailing dot
// ignored), 127/8, [::1].
inline std::string loopback_pattern(bool with_scheme) {
    const std::string host = "(?:(?:[a-z0-9_-]+\\.)*localhost\\.?|127(?:\\.[0-9]+){3}\\.?|\\[::1\\])";
    return with_scheme ? "[a-z]+://" + host + "(?::[0-9]+)?" : host;
}

// Shortest string from `from` (or empty): breadth-first search over product states; `step`
// gives the next product state for a byte (nullopt: dead), `goal` says whether a state is one.
template <typename State, typename Step, typename Goal>
std::optional<std::string> shortest(const State& from, Step step, Goal goal, std::size_t budget = 1u << 20) {
    std::map<State, std::pair<State, char>> parent;
    std::vector<State> frontier{from};
    parent.emplace(from, std::make_pair(from, '\0'));
    const auto path = [&](State s) {
        std::string out;
        while (!(s == from)) {
            const auto& p = parent.at(s);
            out.insert(out.begin(), p.second);
            s = p.first;
        }
        return out;
    };
    for (std::size_t head = 0; head < frontier.size() && head < budget; ++head) {
        const State s = frontier[head];
        if (goal(s)) return path(s);
        for (const unsigned char b : search_order()) {
            const std::optional<State> next = step(s, b);
            if (next && parent.emplace(*next, std::make_pair(s, static_cast<char>(b))).second)
                frontier.push_back(*next);
        }
    }
    return std::nullopt;
}

// An origin (or, for a host target, a host) with a cleartext scheme and a non-loopback host
// that `r` accepts, or nullopt. `r` must be deterministic.
inline std::optional<std::string> cleartext_witness(const regex& r, regex_target target) {
    const bool with_scheme = target == regex_target::origin;
    const regex cleartext = must_compile(cleartext_pattern(with_scheme));
    const regex loopback = must_compile(loopback_pattern(with_scheme));
    using state = std::array<std::size_t, 3>;
    const auto step = [&](const state& s, unsigned char b) -> std::optional<state> {
        const state next{r.dfa_next(s[0], b), cleartext.dfa_next(s[1], b), loopback.dfa_next(s[2], b)};
        if (next[0] == regex::dfa_dead || next[1] == regex::dfa_dead) return std::nullopt;
        return next;
    };
    const auto goal = [&](const state& s) {
        return r.dfa_accepting(s[0]) && cleartext.dfa_accepting(s[1]) && !loopback.dfa_accepting(s[2]);
    };
    return shortest(state{regex::dfa_start, regex::dfa_start, regex::dfa_start}, step, goal);
}

struct public_suffix_finding {
    std::string witness;  // an origin (host, for a host target) the regex accepts: "https://a.github.io"
    std::string label;    // the freely chosen label in it: "a"
    std::string suffix;   // the public suffix after it: "github.io"
};

class public_suffix_search {
public:
    public_suffix_search(const regex& r, regex_target target, std::function<bool(std::string_view)> is_public_suffix)
        : r_(r), target_(target), is_public_suffix_(std::move(is_public_suffix)), states_(r.dfa_state_count()) {}

    std::optional<public_suffix_finding> run() {
        find_label_starts();
        find_cycles();
        // (state, chosen freely) -> the string that reaches it from the start
        std::map<std::pair<std::size_t, bool>, std::string> reached;
        std::vector<std::pair<std::size_t, bool>> frontier;
        for (const auto& start : label_starts_) {
            if (reached.emplace(std::make_pair(start.first, false), start.second).second)
                frontier.emplace_back(start.first, false);
        }
        for (std::size_t head = 0; head < frontier.size(); ++head) {
            const auto current = frontier[head];
            const std::string text = reached.at(current);
            // Count, per next state, how many label bytes lead there.
            std::map<std::size_t, std::pair<unsigned, unsigned char>> targets;
            for (const unsigned char b : search_order()) {
                if (!is_label_byte(b)) continue;
                const std::size_t next = r_.dfa_next(current.first, b);
                if (next == regex::dfa_dead) continue;
                auto& t = targets[next];
                if (t.first++ == 0) t.second = b;
            }
            for (const auto& [next, count_and_byte] : targets) {
                const bool free = current.second || count_and_byte.first >= 2 || on_cycle_[next];
                const auto key = std::make_pair(next, free);
                if (reached.emplace(key, text + static_cast<char>(count_and_byte.second)).second)
                    frontier.push_back(key);
            }
        }
        std::map<std::size_t, std::string> free_states;  // state -> shortest string ending in a free label
        for (const auto& [key, text] : reached) {
            if (!key.second) continue;
            const auto found = free_states.emplace(key.first, text);
            if (!found.second && text.size() < found.first->second.size()) found.first->second = text;
        }
        if (free_states.empty()) return std::nullopt;
        return search_suffixes(free_states);
    }

    static constexpr std::size_t tail_budget = 1000;

private:
    // States at the start of a host label, each with the shortest string reaching it.
    void find_label_starts() {
        // phase: 0-4 reading "scheme://" (origin target), 5 at a label start, 6 inside a label
        using state = std::pair<std::size_t, int>;
        std::map<state, std::string> seen;
        std::vector<state> frontier;
        const state start{regex::dfa_start, target_ == regex_target::origin ? 0 : 5};
        // "https://" first, when the regex takes it, so that examples use it.
        if (target_ == regex_target::origin) {
            std::size_t after = regex::dfa_start;
            for (const char c : std::string_view("https://")) after = r_.dfa_next(after, static_cast<unsigned char>(c));
            if (after != regex::dfa_dead) {
                seen.emplace(state{after, 5}, "https://");
                frontier.emplace_back(state{after, 5});
            }
        }
        seen.emplace(start, "");
        frontier.push_back(start);
        for (std::size_t head = 0; head < frontier.size(); ++head) {
            const state s = frontier[head];
            const std::string text = seen.at(s);
            for (const unsigned char c : search_order()) {
                const int phase = next_phase(s.second, c);
                if (phase < 0) continue;
                const std::size_t next = r_.dfa_next(s.first, c);
                if (next == regex::dfa_dead) continue;
                const state n{next, phase};
                if (seen.emplace(n, text + static_cast<char>(c)).second) frontier.push_back(n);
            }
        }
        // Breadth first: the first string seen per state is a shortest one.
        for (const state& s : frontier)
            if (s.second == 5) label_starts_.emplace(s.first, seen.at(s));
    }

    static int next_phase(int phase, unsigned char c) {
        const bool lower = c >= 'a' && c <= 'z';
        switch (phase) {
            case 0:
                return lower ? 1 : -1;
            case 1:
                if (c == ':') return 2;
                return lower || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' ? 1 : -1;
            case 2:
                return c == '/' ? 3 : -1;
            case 3:
                return c == '/' ? 5 : -1;
            case 5:
                return is_label_byte(c) ? 6 : -1;
            case 6:
                return is_label_byte(c) ? 6 : c == '.' ? 5 : -1;
            default:
                return -1;
        }
    }

    // on_cycle_[q]: q can be reached again from q through one or more label bytes.
    void find_cycles() {
        on_cycle_.assign(states_, false);
        std::vector<std::vector<std::size_t>> next_states(states_);
        for (std::size_t q = 1; q < states_; ++q) {
            for (unsigned b = 0; b < 256; ++b) {
                if (!is_label_byte(static_cast<unsigned char>(b))) continue;
                const std::size_t n = r_.dfa_next(q, static_cast<unsigned char>(b));
                if (n != regex::dfa_dead) next_states[q].push_back(n);
            }
        }
        for (std::size_t q = 1; q < states_; ++q) {
            std::vector<bool> seen(states_, false);
            std::vector<std::size_t> stack(next_states[q]);
            while (!stack.empty() && !on_cycle_[q]) {
                const std::size_t s = stack.back();
                stack.pop_back();
                if (s == q) on_cycle_[q] = true;
                if (seen[s]) continue;
                seen[s] = true;
                for (const std::size_t n : next_states[s]) stack.push_back(n);
            }
        }
    }

    // The shortest port (1-5 digits, no leading zero) after which `state` accepts, via ':'.
    std::optional<std::string> port_after(std::size_t state) const {
        if (target_ != regex_target::origin) return std::nullopt;
        const std::size_t colon = r_.dfa_next(state, ':');
        if (colon == regex::dfa_dead) return std::nullopt;
        using entry = std::pair<std::size_t, std::string>;
        std::vector<entry> frontier{{colon, ""}};
        std::map<std::pair<std::size_t, std::size_t>, bool> seen;
        for (std::size_t head = 0; head < frontier.size(); ++head) {
            const entry e = frontier[head];
            if (!e.second.empty() && r_.dfa_accepting(e.first)) return e.second;
            if (e.second.size() == 5) continue;
            for (char d = e.second.empty() ? '1' : '0'; d <= '9'; ++d) {
                const std::size_t n = r_.dfa_next(e.first, static_cast<unsigned char>(d));
                if (n != regex::dfa_dead && seen.emplace(std::make_pair(n, e.second.size() + 1), true).second)
                    frontier.emplace_back(n, e.second + d);
            }
        }
        return std::nullopt;
    }

    // Suffixes S such that a free state reads ".S" and then ends (or ends after ":port"),
    // enumerated backwards from the end, shortest first: a literal tail (".github.io") is
    // reached in as many steps as it has bytes, whatever comes before it. Bytes that lead to
    // the same set of states are tried once (one byte of a class). Each S is asked of the
    // predicate.
    std::optional<public_suffix_finding> search_suffixes(const std::map<std::size_t, std::string>& free_states) {
        // How each state may end: "" when it accepts, ":port" when a port then the end does.
        std::vector<std::optional<std::string>> end(states_);
        for (std::size_t q = 1; q < states_; ++q) {
            if (r_.dfa_accepting(q))
                end[q] = "";
            else if (std::optional<std::string> port = port_after(q))
                end[q] = ":" + *port;
        }
        // predecessors[b][q]: the states that go to q on host byte b
        std::map<unsigned char, std::vector<std::vector<std::size_t>>> predecessors;
        for (const unsigned char b : search_order()) {
            if (!is_label_byte(b) && b != '.') continue;
            auto& rows = predecessors[b];
            rows.assign(states_, {});
            for (std::size_t q = 1; q < states_; ++q) {
                const std::size_t n = r_.dfa_next(q, b);
                if (n != regex::dfa_dead) rows[n].push_back(q);
            }
        }
        using set = std::vector<bool>;
        const auto before = [&](const set& after, unsigned char b) {
            set out(states_, false);
            const auto& rows = predecessors.at(b);
            for (std::size_t q = 1; q < states_; ++q)
                if (after[q])
                    for (const std::size_t p : rows[q]) out[p] = true;
            return out;
        };
        struct node {
            set states;          // the states from which `suffix` then an end is accepted
            std::string suffix;  // built backwards
        };
        set ends(states_, false);
        bool any = false;
        for (std::size_t q = 1; q < states_; ++q) any = (ends[q] = end[q].has_value()) || any;
        if (!any) return std::nullopt;
        std::vector<node> frontier{{ends, ""}};
        for (std::size_t head = 0; head < frontier.size() && head < tail_budget; ++head) {
            const node n = frontier[head];
            const bool label_complete = !n.suffix.empty() && n.suffix.front() != '.';
            if (label_complete) {
                const set at_dot = before(n.states, '.');
                for (const auto& [q, text] : free_states) {
                    if (!at_dot[q] || !is_public_suffix_(n.suffix)) continue;
                    std::size_t last = r_.dfa_next(q, '.');
                    for (const char c : n.suffix) last = r_.dfa_next(last, static_cast<unsigned char>(c));
                    std::size_t label_start = text.find_last_of(".:/");
                    label_start = label_start == std::string::npos ? 0 : label_start + 1;
                    return public_suffix_finding{text + "." + n.suffix + end[last].value_or(""),
                                                 text.substr(label_start), n.suffix};
                }
            }
            if (n.suffix.size() >= max_host_length) continue;
            std::map<set, unsigned char> groups;  // one byte per distinct set of states
            for (const unsigned char b : search_order()) {
                if (!is_label_byte(b) && !(b == '.' && label_complete)) continue;
                set prior = before(n.states, b);
                bool live = false;
                for (std::size_t q = 1; q < states_ && !live; ++q) live = prior[q];
                if (live) groups.emplace(std::move(prior), b);
            }
            // In search order, so that examples read like names.
            std::vector<std::pair<unsigned char, const set*>> ordered;
            ordered.reserve(groups.size());
            for (const auto& [states, b] : groups) ordered.emplace_back(b, &states);
            std::sort(ordered.begin(), ordered.end(),
                      [](const auto& x, const auto& y) { return order_rank(x.first) < order_rank(y.first); });
            for (const auto& [b, states] : ordered) frontier.push_back({*states, static_cast<char>(b) + n.suffix});
        }
        return std::nullopt;
    }

    static std::size_t order_rank(unsigned char b) {
        const std::vector<unsigned char>& order = search_order();
        return static_cast<std::size_t>(std::find(order.begin(), order.end(), b) - order.begin());
    }

    static constexpr std::size_t max_host_length = 253;

    const regex& r_;
    regex_target target_;
    std::function<bool(std::string_view)> is_public_suffix_;
    std::size_t states_;
    std::map<std::size_t, std::string> label_starts_;
    std::vector<bool> on_cycle_;
};

// A freely chosen label directly before a public suffix that `r` accepts, or nullopt. `r`
// must be deterministic.
inline std::optional<public_suffix_finding> public_suffix_witness(
    const regex& r, regex_target target, std::function<bool(std::string_view)> is_public_suffix) {
    return public_suffix_search(r, target, std::move(is_public_suffix)).run();
}

}  // namespace regex_analysis
}  // namespace detail
}  // namespace v1
}  // namespace cors
