#pragma once

// Linear-time regular expressions for origin allow-lists.
//
// The Origin header is attacker-controlled, so matching must never backtrack: one bad
// pattern would otherwise let a crafted header stall the server. Patterns (a PCRE subset)
// are compiled into a Glushkov position automaton, which is then determinised into a DFA
// when that stays small; otherwise full_match simulates the position automaton with bit
// sets. Either way a match costs O(subject size) with a constant fixed at compile time,
// never allocates and never mutates the regex, so a const regex is safe to share.
//
// Semantics are PCRE's byte mode without flags: case-sensitive, byte by byte. '.' matches
// any byte except '\n'; negated sets ([^...], \D, \W, \S) match every byte they do not
// list, '\n' included. So bytes >= 0x80 (never valid in an origin) are matched only by '.',
// negated sets and \xHH. '^' holds only at offset 0 and '$' only at the very end of the
// subject (no multi-line mode, no "before a final newline" rule). full_match always anchors
// at both ends.

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ascii.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

struct regex_error {
    std::size_t position = 0;  // byte offset in the pattern where the problem is
    std::string message;
};

// Limits bound both the work done by compile() and the per-byte cost of full_match().
namespace regex_limits {
inline constexpr std::size_t pattern_bytes = 1024;
inline constexpr unsigned repeat_bound = 100;        // largest n or m in {n,m}
inline constexpr std::size_t group_depth = 100;      // keeps the recursive parser shallow
inline constexpr std::size_t positions = 1024;       // byte-consuming automaton positions
inline constexpr std::size_t expanded_nodes = 8192;  // syntax nodes after copying {n,m} operands
inline constexpr std::size_t dfa_states = 512;       // beyond this, simulate the NFA instead
}  // namespace regex_limits

namespace regex_impl {

using byte_set = std::bitset<256>;

// One bit per automaton position, `words` 64-bit words long.
using position_set = std::vector<std::uint64_t>;

inline constexpr std::size_t word_bits = 64;
inline constexpr std::size_t max_position_words = regex_limits::positions / word_bits;

inline std::size_t word_count(std::size_t positions) { return (positions + word_bits - 1) / word_bits; }

inline void insert(position_set& set, std::size_t position) {
    set[position / word_bits] |= std::uint64_t{1} << (position % word_bits);
}

inline void unite(std::uint64_t* into, const std::uint64_t* from, std::size_t words) noexcept {
    for (std::size_t w = 0; w < words; ++w) into[w] |= from[w];
}

inline void unite(position_set& into, const position_set& from) { unite(into.data(), from.data(), into.size()); }

inline bool intersects(const std::uint64_t* a, const std::uint64_t* b, std::size_t words) noexcept {
    for (std::size_t w = 0; w < words; ++w) {
        if ((a[w] & b[w]) != 0) return true;
    }
    return false;
}

inline std::size_t lowest_set_bit(std::uint64_t bits) noexcept {
#if defined(__GNUC__)  // also clang
    return static_cast<std::size_t>(__builtin_ctzll(bits));
#else
    std::size_t index = 0;
    for (; (bits & 1u) == 0; bits >>= 1) ++index;
    return index;
#endif
}

template <typename Visit>
void for_each_position(const std::uint64_t* set, std::size_t words, Visit&& visit) {
    for (std::size_t w = 0; w < words; ++w) {
        for (std::uint64_t bits = set[w]; bits != 0; bits &= bits - 1) visit(w * word_bits + lowest_set_bit(bits));
    }
}

inline byte_set single_byte_set(char c) {
    byte_set set;
    set.set(static_cast<unsigned char>(c));
    return set;
}

inline byte_set byte_range(unsigned first, unsigned last) {
    byte_set set;
    for (unsigned b = first; b <= last; ++b) set.set(b);
    return set;
}

inline byte_set digit_set() { return byte_range('0', '9'); }

inline byte_set word_set() { return byte_range('a', 'z') | byte_range('A', 'Z') | digit_set() | single_byte_set('_'); }

inline byte_set space_set() { return byte_range('\t', '\r') | single_byte_set(' '); }  // \t \n \v \f \r

// The byte a set holds when it holds exactly one, else -1; class ranges need single-byte
// endpoints.
inline int only_byte(const byte_set& set) {
    if (set.count() != 1) return -1;
    int b = 0;
    while (!set.test(static_cast<std::size_t>(b))) ++b;
    return b;
}

inline bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(int c) { return c >= '0' && c <= '9'; }

enum class node_kind : std::uint8_t { empty, bytes, concat, alternation, repeat, caret, dollar };

inline constexpr unsigned unbounded = ~0u;

struct node {
    node_kind kind = node_kind::empty;
    std::size_t offset = 0;             // where the node starts in the pattern (its quantifier, for repeat)
    byte_set bytes;                     // bytes: what the position consumes
    std::vector<std::size_t> children;  // concat, alternation; repeat has exactly one
    unsigned min = 0;                   // repeat bounds; max may be `unbounded`
    unsigned max = 0;
};

inline const char* const back_reference_message = "back-references are not supported (linear-time matching)";
inline const char* const recursion_message = "recursion and subroutine calls are not supported";
inline const char* const malformed_quantifier_message =
    "invalid quantifier: expected {n}, {n,} or {n,m}; escape a literal '{' as \\{";

// Recursive-descent parser from the pattern to a tree of nodes. Every refusal names the
// construct and its offset.
class parser {
public:
    parser(std::string_view pattern, regex_error& error) : pattern_(pattern), error_(error) {}

    bool parse(std::size_t& root) {
        if (!parse_alternation(root)) return false;
        // parse_alternation stops only at the end or at a ')' it cannot close.
        if (pos_ < pattern_.size()) return fail(pos_, "unbalanced parenthesis: ')' has no matching '('");
        return true;
    }

    const std::vector<node>& nodes() const { return nodes_; }

private:
    bool fail(std::size_t position, std::string message) {
        error_.position = position;
        error_.message = std::move(message);
        return false;
    }

    // The byte `ahead` bytes from the cursor, or -1 past the end (patterns are ASCII).
    int peek(std::size_t ahead = 0) const { return pos_ + ahead < pattern_.size() ? pattern_[pos_ + ahead] : -1; }

    std::size_t add(node n) {
        nodes_.push_back(std::move(n));
        return nodes_.size() - 1;
    }

    std::size_t add_leaf(node_kind kind, std::size_t offset, const byte_set& bytes = {}) {
        node n;
        n.kind = kind;
        n.offset = offset;
        n.bytes = bytes;
        return add(std::move(n));
    }

    std::size_t add_parent(node_kind kind, std::size_t offset, std::vector<std::size_t> children) {
        node n;
        n.kind = kind;
        n.offset = offset;
        n.children = std::move(children);
        return add(std::move(n));
    }

    bool parse_alternation(std::size_t& out) {
        const std::size_t start = pos_;
        std::vector<std::size_t> branches;
        for (;;) {
            std::size_t branch = 0;
            if (!parse_concat(branch)) return false;
            branches.push_back(branch);
            if (peek() != '|') break;
            ++pos_;
        }
        out = branches.size() == 1 ? branches.front() : add_parent(node_kind::alternation, start, std::move(branches));
        return true;
    }

    bool parse_concat(std::size_t& out) {
        const std::size_t start = pos_;
        std::vector<std::size_t> items;
        while (peek() != -1 && peek() != '|' && peek() != ')') {
            std::size_t item = 0;
            if (!parse_repeat(item)) return false;
            items.push_back(item);
        }
        if (items.empty()) {
            out = add_leaf(node_kind::empty, start);
        } else {
            out = items.size() == 1 ? items.front() : add_parent(node_kind::concat, start, std::move(items));
        }
        return true;
    }

    static bool is_quantifier_start(int c) { return c == '?' || c == '*' || c == '+' || c == '{'; }

    bool parse_repeat(std::size_t& out) {
        bool repeatable = true;
        if (!parse_atom(out, repeatable)) return false;
        if (!is_quantifier_start(peek())) return true;
        const std::size_t quantifier = pos_;
        if (!repeatable) return fail(quantifier, "quantifier has nothing to repeat (it follows an anchor)");
        unsigned min = 0;
        unsigned max = 0;
        if (!parse_quantifier(min, max)) return false;
        if (peek() == '+') return fail(quantifier, "possessive quantifiers are not supported");
        if (peek() == '?') ++pos_;  // lazy: same language, so the same full-match answer
        if (is_quantifier_start(peek())) {
            return fail(pos_, "quantifier follows another quantifier; wrap the operand in (?:...)");
        }
        node n;
        n.kind = node_kind::repeat;
        n.offset = quantifier;
        n.children = {out};
        n.min = min;
        n.max = max;
        out = add(std::move(n));
        return true;
    }

    bool parse_quantifier(unsigned& min, unsigned& max) {
        const std::size_t start = pos_;
        switch (pattern_[pos_++]) {
            case '?':
                min = 0;
                max = 1;
                return true;
            case '*':
                min = 0;
                max = unbounded;
                return true;
            case '+':
                min = 1;
                max = unbounded;
                return true;
            default:
                break;  // '{'
        }
        if (!parse_bound(min, start)) return false;
        if (peek() == '}') {
            ++pos_;
            max = min;
            return true;
        }
        if (peek() != ',') return fail(start, malformed_quantifier_message);
        ++pos_;
        if (peek() == '}') {
            ++pos_;
            max = unbounded;
            return true;
        }
        if (!parse_bound(max, start)) return false;
        if (peek() != '}') return fail(start, malformed_quantifier_message);
        ++pos_;
        if (min > max) return fail(start, "invalid quantifier: {n,m} with n greater than m");
        return true;
    }

    bool parse_bound(unsigned& value, std::size_t quantifier) {
        const std::size_t start = pos_;
        value = 0;
        while (is_ascii_digit(peek())) {
            // Saturate: only "greater than the limit" matters.
            if (value <= regex_limits::repeat_bound) value = value * 10 + static_cast<unsigned>(peek() - '0');
            ++pos_;
        }
        if (pos_ == start) return fail(quantifier, malformed_quantifier_message);
        if (value > regex_limits::repeat_bound) {
            return fail(start, "repetition bound greater than " + std::to_string(regex_limits::repeat_bound));
        }
        return true;
    }

    bool parse_atom(std::size_t& out, bool& repeatable) {
        const std::size_t start = pos_;
        switch (pattern_[pos_]) {
            case '(':
                return parse_group(out);
            case '[':
                return parse_class(out);
            case '\\': {
                byte_set bytes;
                if (!parse_escape(bytes)) return false;
                out = add_leaf(node_kind::bytes, start, bytes);
                return true;
            }
            case '.':
                ++pos_;
                out = add_leaf(node_kind::bytes, start, ~single_byte_set('\n'));
                return true;
            case '^':
            case '$':
                repeatable = false;
                out = add_leaf(pattern_[pos_++] == '^' ? node_kind::caret : node_kind::dollar, start);
                return true;
            case '*':
            case '+':
            case '?':
            case '{':
                return fail(start, "quantifier has nothing to repeat");
            case ']':
                return fail(start, "unbalanced bracket: ']' has no matching '['; escape a literal ']' as \\]");
            case '}':
                return fail(start, "unbalanced brace: '}' has no matching '{'; escape a literal '}' as \\}");
            default:
                out = add_leaf(node_kind::bytes, start, single_byte_set(pattern_[pos_++]));
                return true;
        }
    }

    bool parse_group(std::size_t& out) {
        const std::size_t open = pos_++;
        if (peek() == '?' && !parse_group_prefix(open)) return false;
        if (depth_ == regex_limits::group_depth) {
            return fail(open, "groups nested deeper than " + std::to_string(regex_limits::group_depth) + " levels");
        }
        ++depth_;
        const bool parsed = parse_alternation(out);
        --depth_;
        if (!parsed) return false;
        if (peek() != ')') return fail(open, "unbalanced parenthesis: '(' is never closed");
        ++pos_;
        return true;
    }

    // After "(?": accepts the non-capturing and named forms (all groups are plain groups
    // here) and refuses every extension that is not regular or needs flags.
    bool parse_group_prefix(std::size_t open) {
        const int kind = peek(1);
        switch (kind) {
            case ':':
                pos_ += 2;
                return true;
            case '<':
                if (peek(2) == '=' || peek(2) == '!') {
                    return fail(open, "look-behind assertions are not supported (linear-time matching)");
                }
                pos_ += 2;
                return parse_group_name(open, '>');
            case '\'':
                pos_ += 2;
                return parse_group_name(open, '\'');
            case 'P':
                if (peek(2) == '<') {
                    pos_ += 3;
                    return parse_group_name(open, '>');
                }
                if (peek(2) == '=') return fail(open, back_reference_message);
                if (peek(2) == '>') return fail(open, recursion_message);
                return fail(open, "unsupported group syntax \"(?P\"");
            case '=':
            case '!':
                return fail(open, "look-ahead assertions are not supported (linear-time matching)");
            case '>':
                return fail(open, "atomic groups are not supported");
            case '(':
                return fail(open, "conditional groups are not supported");
            case '#':
                return fail(open, "comment groups (?#...) are not supported");
            case '|':
                return fail(open, "branch-reset groups (?|...) are not supported");
            case 'R':
            case '&':
            case '+':
                return fail(open, recursion_message);
            case -1:
                return fail(open, "unbalanced parenthesis: '(' is never closed");
            default:
                break;
        }
        if (is_ascii_digit(kind) || (kind == '-' && is_ascii_digit(peek(2)))) return fail(open, recursion_message);
        if (is_ascii_letter(kind) || kind == '-' || kind == '^') {
            return fail(open, "inline flags / modifiers such as (?i) are not supported; matching is case-sensitive");
        }
        return fail(open, std::string("unsupported group syntax \"(?") + static_cast<char>(kind) + '"');
    }

    bool parse_group_name(std::size_t open, char terminator) {
        const std::size_t name_start = pos_;
        while (is_ascii_letter(peek()) || peek() == '_' || (pos_ > name_start && is_ascii_digit(peek()))) ++pos_;
        if (pos_ == name_start || peek() != terminator) return fail(open, "invalid group name");
        ++pos_;
        return true;
    }

    bool parse_class(std::size_t& out) {
        const std::size_t open = pos_++;
        const bool negated = peek() == '^';
        if (negated) ++pos_;
        // PCRE reads "[]a]" as a class holding ']', ECMAScript as an empty class: refuse both.
        if (peek() == ']') return fail(pos_, "']' right after '[' or '[^' is ambiguous; escape it as \\]");
        byte_set bytes;
        int range_start = -1;  // the previous item, when it was a single byte
        for (;;) {
            const int c = peek();
            if (c == -1) return fail(open, "unbalanced bracket: '[' is never closed");
            if (c == ']') break;
            const std::size_t item = pos_;
            // '-' is literal first, last, or right after a range or a set like \d.
            if (c == '-' && range_start != -1 && peek(1) != ']' && peek(1) != -1) {
                ++pos_;
                byte_set end_bytes;
                if (!parse_class_item(end_bytes)) return false;
                const int range_end = only_byte(end_bytes);
                if (range_end == -1)
                    return fail(item, "invalid range in character class: the end must be a single character");
                if (range_end < range_start)
                    return fail(item, "invalid range in character class: start is greater than end");
                bytes |= byte_range(static_cast<unsigned>(range_start), static_cast<unsigned>(range_end));
                range_start = -1;
                continue;
            }
            byte_set item_bytes;
            if (!parse_class_item(item_bytes)) return false;
            bytes |= item_bytes;
            range_start = only_byte(item_bytes);
        }
        ++pos_;
        out = add_leaf(node_kind::bytes, open, negated ? ~bytes : bytes);
        return true;
    }

    bool parse_class_item(byte_set& out) {
        if (peek() == '\\') return parse_escape(out);
        if (peek() == '[' && (peek(1) == ':' || peek(1) == '.' || peek(1) == '=')) {
            return fail(pos_, "POSIX character classes such as [:alpha:] are not supported");
        }
        out = single_byte_set(pattern_[pos_++]);
        return true;
    }

    bool parse_escape(byte_set& out) {
        const std::size_t start = pos_++;
        if (peek() == -1) return fail(start, "pattern ends with a lone backslash");
        const char c = pattern_[pos_++];
        switch (c) {
            case 'd':
                out = digit_set();
                return true;
            case 'D':
                out = ~digit_set();
                return true;
            case 'w':
                out = word_set();
                return true;
            case 'W':
                out = ~word_set();
                return true;
            case 's':
                out = space_set();
                return true;
            case 'S':
                out = ~space_set();
                return true;
            case 't':
                out = single_byte_set('\t');
                return true;
            case 'n':
                out = single_byte_set('\n');
                return true;
            case 'r':
                out = single_byte_set('\r');
                return true;
            case 'f':
                out = single_byte_set('\f');
                return true;
            case 'x': {
                // peek() is -1 past the end, which is no hex digit either.
                const int high = peek() < 0 ? -1 : detail::hex_value(static_cast<char>(peek()));
                const int low = peek(1) < 0 ? -1 : detail::hex_value(static_cast<char>(peek(1)));
                if (high < 0 || low < 0) return fail(start, "\\x must be followed by exactly two hex digits");
                out.reset();
                out.set(static_cast<std::size_t>(high) * 16 + static_cast<std::size_t>(low));
                pos_ += 2;
                return true;
            }
            case 'g':
            case 'k':
                return fail(start, back_reference_message);
            case '0':
                return fail(start, "octal escapes are not supported; use \\xHH");
            case 'b':
            case 'B':
                return fail(start, "word-boundary assertions \\b and \\B are not supported");
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return fail(start, "anchors \\A, \\z, \\Z and \\G are not supported; use ^ and $");
            case 'p':
            case 'P':
                return fail(start, "unicode properties \\p and \\P are not supported");
            default:
                if (is_ascii_digit(c)) return fail(start, back_reference_message);  // \1 to \9
                if (is_ascii_letter(c)) return fail(start, std::string("unsupported escape \\") + c);
                out = single_byte_set(c);  // escaped punctuation stands for itself
                return true;
        }
    }

    std::string_view pattern_;
    regex_error& error_;
    std::size_t pos_ = 0;
    std::size_t depth_ = 0;
    std::vector<node> nodes_;
};

struct expanded_size {
    std::size_t positions = 0;
    std::size_t nodes = 0;
};

// Size of the tree once every {n,m} operand is copied, refused before building anything
// so that "(a{100}){100}" costs nothing.
inline bool measure(const std::vector<node>& nodes, std::size_t index, expanded_size& out, regex_error& error) {
    const node& n = nodes[index];
    const auto within_budget = [&](const expanded_size& size, std::size_t offset) {
        if (size.positions > regex_limits::positions) {
            error.position = offset;
            error.message = "pattern too large: more than " + std::to_string(regex_limits::positions) +
                            " character positions after expanding repetitions";
            return false;
        }
        if (size.nodes > regex_limits::expanded_nodes) {
            error.position = offset;
            error.message = "pattern too large: more than " + std::to_string(regex_limits::expanded_nodes) +
                            " nodes after expanding repetitions";
            return false;
        }
        return true;
    };
    out = {n.kind == node_kind::bytes ? 1u : 0u, 1};
    for (const std::size_t child : n.children) {
        expanded_size child_size;
        if (!measure(nodes, child, child_size, error)) return false;
        if (n.kind == node_kind::repeat) {
            // Copies made by glushkov_builder::build_repeat.
            const std::size_t copies = n.max == unbounded ? std::max(n.min, 1u) : n.max;
            out.positions = child_size.positions * copies;
            out.nodes += child_size.nodes * copies;
            return within_budget(out, n.offset);
        }
        out.positions += child_size.positions;
        out.nodes += child_size.nodes;
        if (!within_budget(out, nodes[child].offset)) return false;
    }
    return true;
}

// Zero-width paths through a fragment are labelled by the anchors they cross: bit 0 set
// when they cross a '^', bit 1 when they cross a '$'. A '^' can hold only before the first
// byte is consumed and a '$' only after the last, so a path between two consumed bytes must
// cross neither; a path to the first byte must not cross '$'; a path from the last byte
// must not cross '^'.
inline constexpr unsigned crosses_nothing = 0;
inline constexpr unsigned crosses_caret = 1;
inline constexpr unsigned crosses_dollar = 2;

// A set of labels, bit `label` set when a path with that label exists.
inline std::uint8_t label_bit(unsigned label) { return static_cast<std::uint8_t>(1u << label); }
inline bool has_label(std::uint8_t labels, unsigned label) { return ((labels >> label) & 1u) != 0; }

// Labels of a path through `first` followed by a path through `second`.
inline std::uint8_t join_labels(std::uint8_t first, std::uint8_t second) {
    std::uint8_t joined = 0;
    for (unsigned a = 0; a < 4; ++a) {
        for (unsigned b = 0; b < 4; ++b) {
            if (has_label(first, a) && has_label(second, b))
                joined = static_cast<std::uint8_t>(joined | label_bit(a | b));
        }
    }
    return joined;
}

// Labels of one or more paths with `labels` in a row.
inline std::uint8_t repeated_labels(std::uint8_t labels) {
    for (;;) {
        const auto joined = static_cast<std::uint8_t>(labels | join_labels(labels, labels));
        if (joined == labels) return labels;
        labels = joined;
    }
}

// Glushkov attributes of a sub-expression.
struct fragment {
    std::uint8_t empty_labels = 0;    // labels of the ways it matches the empty string
    position_set first;               // positions it can consume first, crossing no anchor
    position_set first_after_caret;   // ... crossing a '^' (so usable only at offset 0)
    position_set last;                // positions it can consume last, crossing no anchor
    position_set last_before_dollar;  // ... crossing a '$' (so usable only at the end)
};

// Builds the position automaton: what each position consumes and which positions may
// follow it. Positions of copies made for {n,m} are distinct.
class glushkov_builder {
public:
    glushkov_builder(const std::vector<node>& nodes, std::size_t positions)
        : nodes_(nodes), words_(word_count(positions)), follow_(positions * words_) {
        position_bytes_.reserve(positions);
    }

    fragment build(std::size_t index) {
        const node& n = nodes_[index];
        switch (n.kind) {
            case node_kind::empty:
                return zero_width(label_bit(crosses_nothing));
            case node_kind::caret:
                return zero_width(label_bit(crosses_caret));
            case node_kind::dollar:
                return zero_width(label_bit(crosses_dollar));
            case node_kind::bytes: {
                fragment f = zero_width(0);
                insert(f.first, position_bytes_.size());
                insert(f.last, position_bytes_.size());
                position_bytes_.push_back(n.bytes);
                return f;
            }
            case node_kind::concat:
            case node_kind::alternation: {
                fragment f = build(n.children.front());
                for (std::size_t i = 1; i < n.children.size(); ++i) {
                    f = n.kind == node_kind::concat ? concat(std::move(f), build(n.children[i]))
                                                    : alternate(std::move(f), build(n.children[i]));
                }
                return f;
            }
            case node_kind::repeat:
                return build_repeat(n);
        }
        return zero_width(0);  // unreachable: the switch covers every kind
    }

    std::size_t words() const { return words_; }
    const std::vector<byte_set>& position_bytes() const { return position_bytes_; }
    // Row p (words() wide) holds the positions that may be consumed right after p.
    const std::vector<std::uint64_t>& follow() const { return follow_; }

private:
    fragment zero_width(std::uint8_t empty_labels) const {
        fragment f;
        f.empty_labels = empty_labels;
        f.first.assign(words_, 0);
        f.first_after_caret.assign(words_, 0);
        f.last.assign(words_, 0);
        f.last_before_dollar.assign(words_, 0);
        return f;
    }

    void add_follow(const position_set& from, const position_set& to) {
        for_each_position(from.data(), words_, [&](std::size_t p) { unite(&follow_[p * words_], to.data(), words_); });
    }

    fragment concat(fragment a, const fragment& b) {
        add_follow(a.last, b.first);
        if (has_label(a.empty_labels, crosses_nothing)) {
            unite(a.first, b.first);
            unite(a.first_after_caret, b.first_after_caret);
        }
        if (has_label(a.empty_labels, crosses_caret)) {
            unite(a.first_after_caret, b.first);
            unite(a.first_after_caret, b.first_after_caret);
        }
        position_set last_before_dollar = b.last_before_dollar;
        if (has_label(b.empty_labels, crosses_nothing)) unite(last_before_dollar, a.last_before_dollar);
        if (has_label(b.empty_labels, crosses_dollar)) {
            unite(last_before_dollar, a.last);
            unite(last_before_dollar, a.last_before_dollar);
        }
        position_set last = b.last;
        if (has_label(b.empty_labels, crosses_nothing)) unite(last, a.last);
        a.last = std::move(last);
        a.last_before_dollar = std::move(last_before_dollar);
        a.empty_labels = join_labels(a.empty_labels, b.empty_labels);
        return a;
    }

    static fragment alternate(fragment a, const fragment& b) {
        unite(a.first, b.first);
        unite(a.first_after_caret, b.first_after_caret);
        unite(a.last, b.last);
        unite(a.last_before_dollar, b.last_before_dollar);
        a.empty_labels = static_cast<std::uint8_t>(a.empty_labels | b.empty_labels);
        return a;
    }

    static fragment optional(fragment a) {
        a.empty_labels = static_cast<std::uint8_t>(a.empty_labels | label_bit(crosses_nothing));
        return a;
    }

    // a+ (or a* when `may_skip`). Iterations that match empty may sit anywhere in the loop.
    fragment loop(fragment a, bool may_skip) {
        add_follow(a.last, a.first);
        if (has_label(a.empty_labels, crosses_caret)) unite(a.first_after_caret, a.first);
        if (has_label(a.empty_labels, crosses_dollar)) unite(a.last_before_dollar, a.last);
        const std::uint8_t labels = repeated_labels(a.empty_labels);
        a.empty_labels = may_skip ? static_cast<std::uint8_t>(labels | label_bit(crosses_nothing)) : labels;
        return a;
    }

    fragment build_repeat(const node& n) {
        const std::size_t child = n.children.front();
        fragment result = zero_width(label_bit(crosses_nothing));
        if (n.max == unbounded) {
            // x{n,} is n-1 copies then x+, one copy fewer than x{n}x*.
            for (unsigned i = 1; i < n.min; ++i) result = concat(std::move(result), build(child));
            return concat(std::move(result), loop(build(child), n.min == 0));
        }
        for (unsigned i = 0; i < n.min; ++i) result = concat(std::move(result), build(child));
        // x{0,k} as (x(x(...)?)?)?: same language as k x?, fewer follow edges.
        fragment optional_tail = zero_width(label_bit(crosses_nothing));
        for (unsigned i = n.min; i < n.max; ++i) optional_tail = optional(concat(build(child), optional_tail));
        return concat(std::move(result), optional_tail);
    }

    const std::vector<node>& nodes_;
    std::size_t words_;
    std::vector<std::uint64_t> follow_;
    std::vector<byte_set> position_bytes_;
};

// The literal bytes every match of node `i` starts with (or, `at_end`, ends with), added to
// `out` (appended, or prepended). Returns true when the node is nothing else (zero-width or
// literal), so that the next node (the previous one, `at_end`) extends them.
inline bool literal_edge(const std::vector<node>& nodes, std::size_t i, bool at_end, std::string& out) {
    const node& n = nodes[i];
    switch (n.kind) {
        case node_kind::caret:
        case node_kind::dollar:
        case node_kind::empty:
            return true;
        case node_kind::bytes: {
            const int b = only_byte(n.bytes);
            if (b < 0) return false;
            out.insert(at_end ? out.begin() : out.end(), static_cast<char>(b));
            return true;
        }
        case node_kind::concat:
            for (std::size_t k = 0; k < n.children.size(); ++k)
                if (!literal_edge(nodes, n.children[at_end ? n.children.size() - 1 - k : k], at_end, out)) return false;
            return true;
        default:
            return false;
    }
}

}  // namespace regex_impl

// Copyable and movable; a moved-from regex may only be assigned to or destroyed.
class regex {
public:
    // Compiles `pattern`. On failure returns std::nullopt and fills `error` (left untouched
    // on success). May allocate. `fold_case`: ASCII letters match either case (PCRE's
    // caseless mode; the router's reading of a path by a case-insensitive server).
    static std::optional<regex> compile(std::string_view pattern, regex_error& error, bool fold_case = false) {
        using namespace regex_impl;
        const auto refuse = [&](std::size_t position, std::string message) {
            error.position = position;
            error.message = std::move(message);
            return std::nullopt;
        };
        if (pattern.empty()) return refuse(0, "empty pattern");
        if (pattern.size() > regex_limits::pattern_bytes) {
            return refuse(regex_limits::pattern_bytes,
                          "pattern longer than " + std::to_string(regex_limits::pattern_bytes) + " bytes");
        }
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (static_cast<unsigned char>(pattern[i]) >= 0x80)
                return refuse(i, "non-ASCII byte in pattern; write it as \\xHH");
        }
        parser syntax(pattern, error);
        std::size_t root = 0;
        if (!syntax.parse(root)) return std::nullopt;
        std::vector<node> nodes = syntax.nodes();
        for (node& n : nodes) {
            for (unsigned c = 'a'; fold_case && c <= 'z'; ++c) {
                const bool either = n.bytes.test(c) || n.bytes.test(c - 'a' + 'A');
                n.bytes.set(c, either);
                n.bytes.set(c - 'a' + 'A', either);
            }
        }
        expanded_size size;
        if (!measure(nodes, root, size, error)) return std::nullopt;
        glushkov_builder builder(nodes, size.positions);
        const fragment whole = builder.build(root);

        regex compiled;
        compiled.source_ = std::string(pattern);
        // Literal bytes every match starts and ends with ("https://", ".example.com"): compared
        // first, and skipped by the DFA (which starts in the state after the prefix and knows,
        // per state, whether the suffix leads to acceptance). A wholly literal pattern is all
        // prefix. The two never overlap in a subject: a non-literal node separates them.
        if (!literal_edge(nodes, root, false, compiled.prefix_)) literal_edge(nodes, root, true, compiled.suffix_);
        compiled.build_matcher(builder, whole);
        return compiled;
    }

    // True when the whole subject matches. noexcept, allocation-free, const (thread-safe),
    // O(subject.size()) with a constant bounded at compile time.
    bool full_match(std::string_view subject) const noexcept {
        const std::size_t np = prefix_.size(), ns = suffix_.size();
        if (np + ns != 0) {
            if (subject.size() < np + ns || !same_bytes(subject.data(), prefix_.data(), np) ||
                !same_bytes(subject.data() + subject.size() - ns, suffix_.data(), ns))
                return false;
            if (deterministic_) return dfa_run(prefix_row_, subject.substr(np, subject.size() - np - ns), true);
        }
        return deterministic_ ? dfa_run(class_count_ + 1, subject, false) : nfa_full_match(subject);
    }

    std::string_view pattern() const noexcept { return source_; }

    // Whether matching runs on a DFA (otherwise on the position automaton, for patterns
    // whose DFA would exceed regex_limits::dfa_states).
    bool is_deterministic() const noexcept { return deterministic_; }

    // Build-time inspection of the DFA (only when is_deterministic()), for the policy
    // builder's analyses: states are 0 (dead) to dfa_state_count() - 1, 1 is the start.
    // dfa_next(state, byte) is the state after one byte, dfa_accepting(state) whether the
    // subject may end there. Running them over a subject gives full_match's answer.
    std::size_t dfa_state_count() const noexcept { return deterministic_ ? dfa_.size() / (class_count_ + 1) : 0; }
    static constexpr std::size_t dfa_dead = 0;
    static constexpr std::size_t dfa_start = 1;
    std::size_t dfa_next(std::size_t state, unsigned char byte) const noexcept {
        return dfa_[state * (class_count_ + 1) + byte_class_[byte]] / (class_count_ + 1);
    }
    bool dfa_accepting(std::size_t state) const noexcept {
        return dfa_[state * (class_count_ + 1) + class_count_] != 0;
    }

private:
    regex() = default;

    void build_matcher(const regex_impl::glushkov_builder& builder, const regex_impl::fragment& whole) {
        using namespace regex_impl;
        words_ = builder.words();
        start_positions_ = whole.first;  // at offset 0 a crossed '^' holds
        unite(start_positions_, whole.first_after_caret);
        accepting_positions_ = whole.last;  // at the end a crossed '$' holds
        unite(accepting_positions_, whole.last_before_dollar);
        matches_empty_ = whole.empty_labels != 0;  // both anchors hold on an empty subject

        // Bytes consumed by exactly the same positions share a class; DFA rows and NFA
        // masks are per class, not per byte.
        const std::vector<byte_set>& position_bytes = builder.position_bytes();
        std::map<position_set, std::uint8_t> class_of;
        for (unsigned b = 0; b < 256; ++b) {
            position_set consumers(words_, 0);
            for (std::size_t p = 0; p < position_bytes.size(); ++p) {
                if (position_bytes[p].test(b)) insert(consumers, p);
            }
            const auto found = class_of.emplace(consumers, static_cast<std::uint8_t>(class_of.size()));
            if (found.second) class_positions_.insert(class_positions_.end(), consumers.begin(), consumers.end());
            byte_class_[b] = found.first->second;
        }
        class_count_ = class_of.size();

        deterministic_ = determinise(builder.follow());
        if (deterministic_) skip_literals();
        if (deterministic_) {
            class_positions_ = {};
            start_positions_ = {};
            accepting_positions_ = {};
        } else {
            follow_ = builder.follow();
        }
    }

    // Subset construction. DFA state 0 is the dead state (no live position), state 1 the
    // start; other states are sets of positions just consumed. Gives up past the budget.
    bool determinise(const std::vector<std::uint64_t>& follow) {
        using namespace regex_impl;
        const std::size_t row_width = class_count_ + 1;
        std::vector<position_set> states{position_set(words_, 0), start_positions_};
        std::map<position_set, std::uint32_t> state_of{{states[0], 0}};  // excludes the start
        std::vector<std::uint32_t> table(2 * row_width, 0);
        position_set reachable(words_);
        for (std::size_t state = 1; state < states.size(); ++state) {
            if (state == 1) {
                reachable = start_positions_;
            } else {
                reachable.assign(words_, 0);
                for_each_position(states[state].data(), words_,
                                  [&](std::size_t p) { unite(reachable.data(), &follow[p * words_], words_); });
            }
            for (std::size_t byte_class = 0; byte_class < class_count_; ++byte_class) {
                position_set target = reachable;
                for (std::size_t w = 0; w < words_; ++w) target[w] &= class_positions_[byte_class * words_ + w];
                const auto found = state_of.emplace(std::move(target), static_cast<std::uint32_t>(states.size()));
                if (found.second) {
                    if (states.size() == regex_limits::dfa_states) return false;
                    states.push_back(found.first->first);
                    table.resize(states.size() * row_width, 0);
                }
                table[state * row_width + byte_class] = static_cast<std::uint32_t>(found.first->second * row_width);
            }
            const bool accepting =
                state == 1 ? matches_empty_ : intersects(states[state].data(), accepting_positions_.data(), words_);
            table[state * row_width + class_count_] = accepting ? 1 : 0;
        }
        dfa_ = std::move(table);
        return true;
    }

    // Runs the DFA from `row` over `bytes`; then accepts as the state does, or (`then_suffix`)
    // as the state does after suffix_. Rows are [next row offset per byte class..., accepting
    // flag]; row 0 is dead, row class_count_ + 1 the start.
    bool dfa_run(std::size_t row, std::string_view bytes, bool then_suffix) const noexcept {
        const std::uint32_t* const table = dfa_.data();
        if (row == 0) return false;
        for (const char c : bytes) {
            row = table[row + byte_class_[static_cast<unsigned char>(c)]];
            if (row == 0) return false;
        }
        return then_suffix ? suffix_accepts_[row / (class_count_ + 1)] != 0 : table[row + class_count_] != 0;
    }

    // The row after the prefix, and per state whether the suffix leads to acceptance.
    void skip_literals() {
        const std::size_t row_width = class_count_ + 1;
        const auto run = [&](std::size_t row, const std::string& bytes) {
            for (const char c : bytes)
                if (row != 0) row = dfa_[row + byte_class_[static_cast<unsigned char>(c)]];
            return row;
        };
        prefix_row_ = run(row_width, prefix_);
        const std::size_t states = dfa_.size() / row_width;
        suffix_accepts_.assign(states, 0);
        for (std::size_t state = 1; state < states; ++state) {
            const std::size_t row = run(state * row_width, suffix_);
            suffix_accepts_[state] = row != 0 && dfa_[row + class_count_] != 0;
        }
    }

    bool nfa_full_match(std::string_view subject) const noexcept {
        using namespace regex_impl;
        if (subject.empty()) return matches_empty_;
        const std::size_t words = words_;
        std::array<std::uint64_t, max_position_words> reachable{};
        std::array<std::uint64_t, max_position_words> active{};
        std::copy(start_positions_.begin(), start_positions_.end(), reachable.begin());
        for (std::size_t i = 0;;) {
            const std::uint64_t* consumers =
                &class_positions_[byte_class_[static_cast<unsigned char>(subject[i])] * words];
            bool alive = false;
            for (std::size_t w = 0; w < words; ++w) {
                active[w] = reachable[w] & consumers[w];
                alive = alive || active[w] != 0;
            }
            if (!alive) return false;
            if (++i == subject.size()) break;
            std::fill(reachable.begin(), reachable.begin() + static_cast<std::ptrdiff_t>(words), 0);
            for_each_position(active.data(), words,
                              [&](std::size_t p) { unite(reachable.data(), &follow_[p * words], words); });
        }
        return intersects(active.data(), accepting_positions_.data(), words);
    }

    std::string source_;
    std::string prefix_, suffix_;               // literal bytes every match starts / ends with
    std::size_t prefix_row_ = 0;                // DFA row after prefix_
    std::vector<std::uint8_t> suffix_accepts_;  // per DFA state: accepting after suffix_
    bool deterministic_ = false;
    bool matches_empty_ = false;
    std::array<std::uint8_t, 256> byte_class_{};
    std::size_t class_count_ = 0;
    std::vector<std::uint32_t> dfa_;  // see dfa_run
    // Position automaton, kept only when there is no DFA (words_ 64-bit words per set).
    std::size_t words_ = 0;
    std::vector<std::uint64_t> follow_;           // row per position
    std::vector<std::uint64_t> class_positions_;  // row per byte class: positions consuming it
    std::vector<std::uint64_t> start_positions_;
    std::vector<std::uint64_t> accepting_positions_;  // positions after which the subject may end
};

}  // namespace detail
}  // namespace v1
}  // namespace cors
