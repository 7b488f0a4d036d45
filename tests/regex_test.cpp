#include "catch.hpp"

#include <cors/detail/regex.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#if defined(__GNUC__) && !defined(__clang__)
// GCC 12 reports a false -Wmaybe-uninitialized inside libstdc++'s <regex> (the differential oracle).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop
#else
#include <regex>
#endif
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using cors::detail::regex;
using cors::detail::regex_error;

regex compile_ok(std::string_view pattern) {
    regex_error error;
    std::optional<regex> compiled = regex::compile(pattern, error);
    INFO("pattern: " << pattern << "  error at " << error.position << ": " << error.message);
    REQUIRE(compiled.has_value());
    return *std::move(compiled);
}

struct match_case {
    std::string pattern;
    std::string subject;
    bool expected;
};

void check_matches(const std::vector<match_case>& cases) {
    for (const match_case& c : cases) {
        const regex compiled = compile_ok(c.pattern);
        INFO("pattern: " << c.pattern << "  subject: \"" << c.subject << "\"");
        CHECK(compiled.full_match(c.subject) == c.expected);
    }
}

struct refusal {
    std::string pattern;
    std::size_t position;
    std::string message_part;
};

void check_refusals(const std::vector<refusal>& cases) {
    for (const refusal& c : cases) {
        regex_error error;
        const std::optional<regex> compiled = regex::compile(c.pattern, error);
        INFO("pattern: " << c.pattern << "  error at " << error.position << ": " << error.message);
        CHECK_FALSE(compiled.has_value());
        CHECK(error.position == c.position);
        CHECK(error.message.find(c.message_part) != std::string::npos);
    }
}

std::string repeated(char c, std::size_t count) { return std::string(count, c); }

}  // namespace

TEST_CASE("regex: literals and escapes", "[regex]") {
    check_matches({
        {"abc", "abc", true},
        {"abc", "ab", false},
        {"abc", "abcd", false},
        {"abc", "ABC", false},  // case-sensitive
        {"a b", "a b", true},
        {"a\\.b", "a.b", true},
        {"a\\.b", "axb", false},
        {"a\\\\b", "a\\b", true},
        {"https:\\/\\/x", "https://x", true},
        {"\\-\\:\\@\\!\\#\\%\\&\\~", "-:@!#%&~", true},
        {"\\{\\}\\[\\]\\(\\)\\*\\+\\?\\|\\^\\$\\.", "{}[]()*+?|^$.", true},
        {"\\t\\n\\r\\f", "\t\n\r\f", true},
        {"\\x41\\x7a", "Az", true},
        {"\\x2E", ".", true},
        {"\\x2e", "a", false},
        {"\\xff", "\xff", true},
        {"a\\x00b", std::string("a\0b", 3), true},
        {"\\d\\D", "1a", true},
        {"\\d", "a", false},
        {"\\D", "7", false},
        {"\\w+", "a_Z9", true},
        {"\\w", "-", false},
        {"\\W", "-", true},
        {"\\s\\S", " x", true},
        {"\\s", "\v", true},
        {"\\S", " ", false},
    });
}

TEST_CASE("regex: the dot matches exactly one byte other than newline", "[regex]") {
    check_matches({
        {".", "a", true},
        {".", "", false},
        {".", "ab", false},
        {".", "\n", false},
        {".", "\r", true},
        {".", "\x80", true},
        {".", std::string(1, '\0'), true},
        {"a.c", "a.c", true},
        {"a.c", "abc", true},
        {"a.c", "ac", false},
        {"a.c",
         "a\xc3\xa9"
         "c",
         false},  // two bytes
        {"a..c",
         "a\xc3\xa9"
         "c",
         true},
    });
}

TEST_CASE("regex: character classes, negation, ranges and class escapes", "[regex]") {
    check_matches({
        {"[abc]", "b", true},
        {"[abc]", "d", false},
        {"[abc]", "ab", false},
        {"[a-z]", "m", true},
        {"[a-z]", "A", false},
        {"[a-z0-9-]", "-", true},
        {"[a-z0-9-]", "7", true},
        {"[a-z0-9-]", "_", false},
        {"[-a]", "-", true},
        {"[a-]", "-", true},
        {"[^-a]", "-", false},
        {"[^a-z]", "A", true},
        {"[^a-z]", "q", false},
        {"[^a]", "\n", true},
        {"[^a]", "\xc3", true},
        {"[\\.]", ".", true},
        {"[\\.]", "a", false},
        {"[.]", "a", false},
        {"[\\-a]", "-", true},
        {"[a\\-z]", "b", false},
        {"[a\\-z]", "-", true},
        {"[\\]]", "]", true},
        {"[\\\\]", "\\", true},
        {"[\\d]", "5", true},
        {"[\\d_]", "_", true},
        {"[\\w.]", "x", true},
        {"[\\w.]", ".", true},
        {"[\\s]", "\t", true},
        {"[^\\d]", "a", true},
        {"[^\\d]", "1", false},
        {"[\\d-z]", "-", true},  // '-' after a set is literal,
                                 // as in PCRE
        {"[\\d-z]", "y", false},
        {"[a-c-e]", "-", true},  // '-' right after a range is literal
        {"[a-c-e]", "d", false},
        {"[\\x41-\\x43]", "B", true},
        {"[\\x41-\\x43]", "D", false},
        {"[$^]", "^", true},
        {"[a|b]", "|", true},
        {"[[]", "[", true},
        {"[(*+?{]", "{", true},
    });
}

TEST_CASE("regex: groups and alternation", "[regex]") {
    check_matches({
        {"(ab)", "ab", true},
        {"(?:ab)c", "abc", true},
        {"(?<host>[a-z]+)\\.com", "x.com", true},
        {"(?P<host>[a-z]+)", "abc", true},
        {"(?'label'a)b", "ab", true},
        {"a|b|c", "c", true},
        {"a|b|c", "ab", false},
        {"(a|)", "", true},
        {"(a|)", "a", true},
        {"(|a)b", "b", true},
        {"(|a)b", "ab", true},
        {"a|", "", true},
        {"|a", "a", true},
        {"()", "", true},
        {"(())a", "a", true},
        {"((a|b)c|d)e", "bce", true},
        {"((a|b)c|d)e", "de", true},
        {"((a|b)c|d)e", "ce", false},
    });
}

TEST_CASE("regex: quantifiers", "[regex]") {
    check_matches({
        {"ab?c", "ac", true},
        {"ab?c", "abc", true},
        {"ab?c", "abbc", false},
        {"ab*c", "ac", true},
        {"ab*c", "abbbbc", true},
        {"ab+c", "ac", false},
        {"ab+c", "abc", true},
        {"ab+c", "abbbc", true},
        {"a{3}", "aa", false},
        {"a{3}", "aaa", true},
        {"a{3}", "aaaa", false},
        {"a{0}", "", true},
        {"a{0}", "a", false},
        {"a{2,}", "a", false},
        {"a{2,}", "aa", true},
        {"a{2,}", repeated('a', 50), true},
        {"a{0,}", "", true},
        {"a{1,}", "", false},
        {"a{2,4}", "a", false},
        {"a{2,4}", "aa", true},
        {"a{2,4}", "aaaa", true},
        {"a{2,4}", "aaaaa", false},
        {"a{0,1}", "", true},
        {"a{0,0}", "", true},
        {"a{0,0}", "a", false},
        {"a{100}", repeated('a', 100), true},
        {"a{100}", repeated('a', 99), false},
        {"a{0,100}", repeated('a', 100), true},
        {"a{0,100}", repeated('a', 101), false},
        {"(ab){1,2}", "abab", true},
        {"(ab){1,2}", "ababab", false},
        {"(a{2}){3}", "aaaaaa", true},
        {"(a{2}){3}", "aaaaa", false},
        {"(a?){3}", "aa", true},
        {"(a*)*", "", true},
        {"(a*)+b", "b", true},
        {"(a|b){2,3}c", "abc", true},
        {"(a|b){2,3}c", "ac", false},
        // Lazy forms accept the same strings.
        {"a*?", "aaa", true},
        {"a+?", "", false},
        {"a??", "a", true},
        {"a{2,3}?", "aaa", true},
        {"a{2,}?", "aa", true},
        {"a{2}?", "aa", true},
        {"a{2}?", "aaa", false},
    });
}

TEST_CASE("regex: full match is implicit and ^ $ are zero-width assertions", "[regex]") {
    check_matches({
        {"a\\.test|b\\.test", "http://a.test.evil.com", false},
        {"a\\.test|b\\.test", "a.test.evil.com", false},
        {"a\\.test|b\\.test", "xa.test", false},
        {"a\\.test|b\\.test", "a.test", true},
        {"a\\.test|b\\.test", "b.test", true},
        {"^abc$", "abc", true},
        {"^abc", "abc", true},
        {"abc$", "abc", true},
        {"^^abc$$", "abc", true},
        {"^abc$", "xabc", false},
        // Each alternative must consume the whole subject on its own.
        {"^a|b$", "a", true},
        {"^a|b$", "b", true},
        {"^a|b$", "ab", false},
        {"a^b", "ab", false},
        {"a$b", "ab", false},
        {"(^a|b)+", "abb", true},
        {"(^a|b)+", "aa", false},
        {"(^a|b)+", "ba", false},
        {"(a|^)b", "b", true},
        {"(a|^)b", "ab", true},
        {"x(a|^)b", "xb", false},
        {"a(b|$)", "a", true},
        {"a(b|$)", "ab", true},
        {"a($|b)c", "ac", false},
        {"^$", "", true},
        {"^$", "a", false},
        {"$^", "", true},
        {"(^)*a", "a", true},
        {"a(^)*", "a", true},
        {"a(^)+", "a", false},
        {"a($)+", "a", true},
        {"($)+a", "a", false},
        {"(^|$)+", "", true},
        {"(?:^|\\.)example\\.com", ".example.com", true},
        {"(?:^|\\.)example\\.com", "example.com", true},
        {"(?:^|\\.)example\\.com", "x.example.com", false},
    });
}

TEST_CASE("regex: Kong-style origin patterns", "[regex]") {
    const std::string subdomains = "^https?://([a-z0-9-]+\\.)*example\\.com$";
    const std::string optional_prefix = "(.*\\.)?example\\.test";
    const std::string loose = ".*\\.?example(?:-foo)?\\.test";
    check_matches({
        {subdomains, "http://example.com", true},
        {subdomains, "https://example.com", true},
        {subdomains, "https://a.b-c.example.com", true},
        {subdomains, "https://deep.sub.example.com", true},
        {subdomains, "https://example.com.evil.net", false},
        {subdomains, "https://evilexample.com", false},
        {subdomains, "https://a_b.example.com", false},
        {subdomains, "https://.example.com", false},
        {subdomains, "ftp://example.com", false},
        {subdomains, "https://example.com:8443", false},
        {subdomains, "HTTPS://EXAMPLE.COM", false},
        // The optional prefix must end with a dot, so a bare scheme does not fit it.
        {optional_prefix, "example.test", true},
        {optional_prefix, "https://a.example.test", true},
        {optional_prefix, "https://example.test", false},
        {optional_prefix, "https://evil.com/.example.test", true},
        {optional_prefix, "https://example.test.evil", false},
        // "\.?" makes the dot optional: any prefix is accepted, including "evil".
        {loose, "https://example.test", true},
        {loose, "https://example-foo.test", true},
        {loose, "https://sub.example.test", true},
        {loose, "https://evilexample.test", true},
        {loose, "https://example-bar.test", false},
        {loose, "https://example.test.evil", false},
    });
}

TEST_CASE("regex: refused constructs report what and where", "[regex]") {
    check_refusals({
        {"(a)\\1", 3, "back-references are not supported"},
        {"\\9", 0, "back-reference"},
        {"(?<n>a)\\k<n>", 7, "back-reference"},
        {"a\\g1", 1, "back-reference"},
        {"(?P<n>a)(?P=n)", 8, "back-reference"},
        {"a(?=b)", 1, "look-ahead"},
        {"a(?!b)", 1, "look-ahead"},
        {"(?<=a)b", 0, "look-behind"},
        {"(?<!a)b", 0, "look-behind"},
        {"(?>a+)b", 0, "atomic"},
        {"a*+", 1, "possessive"},
        {"a++", 1, "possessive"},
        {"a?+", 1, "possessive"},
        {"a{2}+", 1, "possessive"},
        {"a{2,}+", 1, "possessive"},
        {"a{1,2}+", 1, "possessive"},
        {"(?i)abc", 0, "inline flags"},
        {"(?i:abc)", 0, "inline flags"},
        {"(?-i)a", 0, "inline flags"},
        {"(?^)a", 0, "inline flags"},
        {"a(?s)", 1, "inline flags"},
        {"(?R)", 0, "recursion"},
        {"(a(?1))", 2, "recursion"},
        {"(?0)", 0, "recursion"},
        {"(?+1)", 0, "recursion"},
        {"(?-1)", 0, "recursion"},
        {"(?&n)", 0, "recursion"},
        {"(?P>n)", 0, "recursion"},
        {"(?(1)a|b)", 0, "conditional"},
        {"(?#note)a", 0, "comment"},
        {"(?|a)", 0, "branch-reset"},
        {"(?)", 0, "unsupported group syntax"},
        {"(?<1a>x)", 0, "group name"},
        {"(?<a", 0, "group name"},
        {"\\bfoo", 0, "word-boundary"},
        {"foo\\B", 3, "word-boundary"},
        {"\\Afoo", 0, "\\A"},
        {"foo\\z", 3, "\\z"},
        {"foo\\Z", 3, "\\Z"},
        {"\\Gfoo", 0, "\\G"},
        {"\\p{L}", 0, "unicode properties"},
        {"a\\PL", 1, "unicode properties"},
        {"\\q", 0, "unsupported escape"},
        {"\\0", 0, "octal"},
        {"\\x4", 0, "two hex digits"},
        {"\\x{41}", 0, "two hex digits"},
        {"abc\\", 3, "lone backslash"},
        {"(ab", 0, "unbalanced parenthesis"},
        {"a(b(c)d", 1, "unbalanced parenthesis"},
        {"(?", 0, "unbalanced parenthesis"},
        {"ab)", 2, "unbalanced parenthesis"},
        {"(a))", 3, "unbalanced parenthesis"},
        {"[ab", 0, "unbalanced bracket"},
        {"x[^", 1, "unbalanced bracket"},
        {"[a-", 0, "unbalanced bracket"},
        {"ab]", 2, "unbalanced bracket"},
        {"a}", 1, "unbalanced brace"},
        {"[]a]", 1, "ambiguous"},
        {"[^]a]", 2, "ambiguous"},
        {"[z-a]", 2, "start is greater than end"},
        {"[a-\\d]", 2, "single character"},
        {"[[:alpha:]]", 1, "POSIX"},
        {"*a", 0, "nothing to repeat"},
        {"a|*b", 2, "nothing to repeat"},
        {"(+a)", 1, "nothing to repeat"},
        {"?", 0, "nothing to repeat"},
        {"{2}", 0, "nothing to repeat"},
        {"^*", 1, "nothing to repeat"},
        {"a$+", 2, "nothing to repeat"},
        {"a**", 2, "another quantifier"},
        {"a{2}{3}", 4, "another quantifier"},
        {"a*??", 3, "another quantifier"},
        {"a{3,2}", 1, "n greater than m"},
        {"a{101}", 2, "greater than 100"},
        {"a{1,101}", 4, "greater than 100"},
        {"a{99999999999999999999}", 2, "greater than 100"},
        {"a{", 1, "invalid quantifier"},
        {"a{x}", 1, "invalid quantifier"},
        {"a{1", 1, "invalid quantifier"},
        {"a{1,2", 1, "invalid quantifier"},
        {"a{,3}", 1, "invalid quantifier"},
        {"a{1,x}", 1, "invalid quantifier"},
        {"caf\xc3\xa9", 3, "non-ASCII"},
        {"", 0, "empty pattern"},
        {repeated('a', 1025), 1024, "longer than 1024 bytes"},
    });
}

TEST_CASE("regex: error is left untouched on success", "[regex]") {
    regex_error error{7, "previous"};
    REQUIRE(regex::compile("a", error).has_value());
    CHECK(error.position == 7);
    CHECK(error.message == "previous");
}

TEST_CASE("regex: size budgets are enforced before expansion", "[regex]") {
    CHECK(compile_ok(repeated('a', 1024)).full_match(repeated('a', 1024)));  // the longest pattern

    const regex full_budget = compile_ok("(?:a{64}){16}");  // exactly 1024 positions
    CHECK(full_budget.full_match(repeated('a', 1024)));
    CHECK_FALSE(full_budget.full_match(repeated('a', 1023)));

    std::string ten_labels;
    for (int i = 0; i < 10; ++i) ten_labels += repeated('x', 100) + ".";
    CHECK(compile_ok("(?:[a-z]{100}\\.){10}").full_match(ten_labels));

    CHECK(compile_ok(repeated('(', 100) + "a" + repeated(')', 100)).full_match("a"));

    check_refusals({
        {"(a{100}){100}", 8, "more than 1024 character positions"},
        {"(?:a{64}){16}a", 13, "more than 1024 character positions"},
        {"(?:[a-z]{100}\\.){11}", 16, "more than 1024 character positions"},
        {"((((a{10}){10}){10}){10}){10}", 20, "more than 1024 character positions"},
        {"(((){100}){100}){100}", 10, "more than 8192 nodes"},
        {repeated('(', 101) + "a" + repeated(')', 101), 100, "nested deeper than 100"},
    });
}

TEST_CASE("regex: a pattern with a huge DFA falls back to the position automaton", "[regex]") {
    // The DFA must remember which of the last 13 bytes were 'a': 2^13 states.
    const regex thirteenth_from_end = compile_ok("[ab]*a[ab]{12}");
    CHECK_FALSE(thirteenth_from_end.is_deterministic());
    CHECK(compile_ok("[ab]*a[ab]{3}").is_deterministic());

    const auto expected = [](const std::string& s) { return s.size() >= 13 && s[s.size() - 13] == 'a'; };
    std::mt19937 rng(12345);
    for (int i = 0; i < 2000; ++i) {
        std::string subject(std::uniform_int_distribution<std::size_t>(0, 40)(rng), 'a');
        for (char& c : subject) c = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? 'a' : 'b';
        INFO("subject: " << subject);
        CHECK(thirteenth_from_end.full_match(subject) == expected(subject));
    }
    CHECK_FALSE(thirteenth_from_end.full_match(""));
    CHECK_FALSE(thirteenth_from_end.full_match("ac" + repeated('b', 11)));
    CHECK(thirteenth_from_end.full_match(repeated('b', 10000) + "a" + repeated('b', 12)));
    CHECK_FALSE(thirteenth_from_end.full_match(repeated('b', 10000) + "a" + repeated('b', 13)));
}

TEST_CASE("regex: pathological patterns stay linear", "[regex]") {
    const std::string a10k = repeated('a', 10000);
    check_matches({
        {"(a|a)*b", a10k, false},
        {"(a|a)*b", a10k + "b", true},
        {"(a*)*b", a10k, false},
        {"(a*)*b", a10k + "b", true},
        {"(a+)+$", a10k, true},
        {"(a+)+$", a10k + "!", false},
        {"(.*)*x", repeated('y', 10000), false},
        {"(.*)*x", repeated('y', 10000) + "x", true},
        {"(x+x+)+y", repeated('x', 10000), false},
        {"(a?){50}a{50}", repeated('a', 50), true},
        {"^https://(a|a)*b\\.example$", "https://" + repeated('a', 200), false},
        {"^https://(a|a)*b\\.example$", "https://" + repeated('a', 200) + "b.example", true},
        {"([a-z0-9-]+\\.)*example\\.com", repeated('a', 10000) + ".example.co", false},
    });
    // The same on the position automaton (the second branch forces it, and never matches).
    const regex forced = compile_ok("(a|a)*b|(a*)*c|[ab]*a[ab]{12}x");
    REQUIRE_FALSE(forced.is_deterministic());
    CHECK_FALSE(forced.full_match(a10k));
    CHECK(forced.full_match(a10k + "b"));
    CHECK(forced.full_match(a10k + "c"));
}

TEST_CASE("regex: empty subject", "[regex]") {
    check_matches({
        {"a*", "", true},
        {"a", "", false},
        {"(a|)", "", true},
        {"^", "", true},
        {"$", "", true},
        {"a?b?", "", true},
        {"[^a]", "", false},
        {".*", "", true},
        {"a*|[ab]*a[ab]{12}", "", true},  // position automaton
        {"a|[ab]*a[ab]{12}", "", false},
    });
}

TEST_CASE("regex: newlines and bytes >= 0x80 in the subject", "[regex]") {
    check_matches({
        {"a.c", "a\nc", false},
        {"[^x]", "\n", true},
        {".*", "ab\ncd", false},
        {"[\\s\\S]*", "ab\ncd", true},
        {"ab\\ncd", "ab\ncd", true},
        {"\\xC3\\xA9", "\xc3\xa9", true},
        {"caf.", "caf\xc3", true},
        {"caf..", "caf\xc3\xa9", true},
        {"[a-z]+", "caf\xc3\xa9", false},
        {"[^/]+", "\xc3\xa9\xff", true},
        {"\\W", "\x80", true},
        {"\\w", "\xe9", false},
        {"\\S", "\xff", true},
        {"[\\x80-\\xff]+", "\x80\xc3\xff", true},
        {"[\\x80-\\xff]+", "\x80\x7f", false},
        {"https://[a-z]+\\.com", "https://ex\xc3\xa4mple.com", false},
    });
}

TEST_CASE("regex: copies and moves keep matching", "[regex]") {
    for (const char* pattern : {"^https://([a-z0-9-]+\\.)*example\\.com$", "[ab]*a[ab]{12}|x"}) {
        const regex original = compile_ok(pattern);
        const auto works = [&](const regex& r) {
            CHECK(r.pattern() == pattern);
            CHECK(r.full_match(original.is_deterministic() ? "https://a.example.com" : "x"));
            CHECK_FALSE(r.full_match("https://example.org"));
        };
        regex copy = original;
        works(copy);
        regex moved = std::move(copy);
        works(moved);
        regex assigned = compile_ok("z");
        assigned = original;
        works(assigned);
        regex move_assigned = compile_ok("z");
        move_assigned = std::move(assigned);
        works(move_assigned);
        std::vector<regex> many;
        for (int i = 0; i < 20; ++i) many.push_back(original);  // reallocations move them
        for (const regex& r : many) works(r);
        works(original);
    }
}

TEST_CASE("regex: pattern() returns the source text", "[regex]") {
    const regex compiled = compile_ok("(?:^|\\.)example\\.com");
    CHECK(compiled.pattern() == "(?:^|\\.)example\\.com");
}

namespace {

// Random patterns from the supported subset that std::regex (ECMAScript) also understands.
class pattern_generator {
public:
    explicit pattern_generator(std::uint32_t seed) : rng_(seed) {}

    std::string alternation(int depth) {
        std::string out = concat(depth);
        for (int branches = pick(4) == 0 ? 1 + pick(2) : 0; branches > 0; --branches) {
            out += '|';
            out += concat(depth);
        }
        return out;
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(rng_); }

    std::string concat(int depth) {
        std::string out;
        for (int items = pick(4); items > 0; --items) {
            const int anchor = pick(16);
            if (anchor == 0) out += "^";
            if (anchor == 1) out += "$";
            out += quantified(depth);
        }
        return out;
    }

    std::string quantified(int depth) {
        static const char* const quantifiers[] = {"",    "",      "",      "?",     "*",    "+",    "{0}", "{1}",
                                                  "{2}", "{0,1}", "{1,2}", "{0,2}", "{2,}", "{0,}", "{1,}"};
        std::string out = atom(depth);
        const std::string quantifier = quantifiers[pick(15)];
        out += quantifier;
        if (!quantifier.empty() && pick(4) == 0) out += "?";  // lazy
        return out;
    }

    std::string atom(int depth) {
        static const char* const sets[] = {"[ab]", "[^a]", "[a-b]", "[^bc]", "[b-c]", "[a-c]", "\\w", "[c]", "\\D"};
        switch (pick(depth > 0 ? 6 : 4)) {
            case 0:
            case 1:
                return std::string(1, "abc"[pick(3)]);
            case 2:
                return ".";
            case 3:
                return sets[pick(9)];
            default: {
                const std::string open = pick(2) == 0 ? "(" : "(?:";  // drawn first on every compiler
                return open + alternation(depth - 1) + ")";
            }
        }
    }

    std::mt19937 rng_;
};

// Every string over {a,b,c} up to `max_size` bytes, then `random_count` longer ones.
std::vector<std::string> differential_subjects(std::size_t max_size, int random_count) {
    std::vector<std::string> subjects{""};
    for (std::size_t begin = 0; subjects[begin].size() < max_size; ++begin) {
        for (const char c : {'a', 'b', 'c'}) subjects.push_back(subjects[begin] + c);
    }
    std::mt19937 rng(99);
    for (int i = 0; i < random_count; ++i) {
        std::string subject(std::uniform_int_distribution<std::size_t>(max_size + 1, 10)(rng), 'a');
        for (char& c : subject) c = "abc"[std::uniform_int_distribution<int>(0, 2)(rng)];
        subjects.push_back(subject);
    }
    return subjects;
}

// Returns whether the pattern compiled to a DFA.
bool check_against_std_regex(const std::string& pattern, const std::vector<std::string>& subjects) {
    const std::regex reference(pattern, std::regex::ECMAScript);
    const regex compiled = compile_ok(pattern);
    // Same language on the position automaton: the extra branch needs an 'x' to match.
    const regex simulated = compile_ok("(?:" + pattern + ")|[ab]*a[ab]{9}x");
    REQUIRE_FALSE(simulated.is_deterministic());
    for (const std::string& subject : subjects) {
        const bool expected = std::regex_match(subject, reference);
        INFO("pattern: " << pattern << "  subject: \"" << subject << "\"");
        CHECK(compiled.full_match(subject) == expected);
        CHECK(simulated.full_match(subject) == expected);
    }
    return compiled.is_deterministic();
}

}  // namespace

// std::regex backtracks, so it is exponential on nested quantifiers: deeply nested patterns
// only meet short subjects.
TEST_CASE("regex: agrees with std::regex_match on random patterns", "[regex]") {
    const std::vector<std::string> short_subjects = differential_subjects(4, 0);
    const std::vector<std::string> longer_subjects = differential_subjects(4, 20);
    pattern_generator generator(20240607);
    int patterns = 0;
    int deterministic = 0;
    for (int i = 0; i < 600; ++i) {
        const bool nested = i % 2 == 0;
        const std::string pattern = generator.alternation(nested ? 2 : 1);
        if (pattern.empty()) continue;  // refused, tested elsewhere
        ++patterns;
        deterministic += check_against_std_regex(pattern, nested ? short_subjects : longer_subjects) ? 1 : 0;
    }
    CHECK(patterns > 450);
    CHECK(deterministic > 400);  // the fallback covers the rest, and every pattern through `simulated`
}

// Literal bytes every match starts and ends with are compared first and skipped by the DFA;
// the answers must be std::regex_match's, for DFA and position-automaton patterns alike.
TEST_CASE("regex: literal prefixes and suffixes agree with std::regex", "[regex]") {
    const std::vector<std::string> patterns = {
        "^https://a\\.b$",     // wholly literal: all prefix
        "abc(x|y)*def",        // both
        "^(ab)c.*d(ef)$",      // literals inside groups
        "ab.*ba",              // they may meet but not overlap in a subject
        "(a|b)c",              // suffix only
        "ab(c|d)",             // prefix only
        "a|ab",                // neither
        "^$",                  // empty
        "x(a|b)*a(a|b){12}y",  // too big a DFA: the position automaton, with both literals
        "^https://([a-z0-9-]+\\.)*example\\.com$",
        "^https://(a|a)*b\\.example$"};
    const std::vector<std::string> alphabet = {"a",  "b",  "c",        "d", "e",       "f",    "x",  "y",
                                               "ab", "ba", "https://", ".", "example", ".com", "\\", "b.example"};
    std::mt19937 rng(99);
    for (const std::string& pattern : patterns) {
        const regex compiled = compile_ok(pattern);
        const std::regex oracle(pattern);
        for (int i = 0; i < 3000; ++i) {
            std::string subject;
            for (std::size_t k = std::uniform_int_distribution<std::size_t>(0, 8)(rng); k > 0; --k)
                subject += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
            INFO("pattern: " << pattern << "  subject: \"" << subject << "\"");
            CHECK(compiled.full_match(subject) == std::regex_match(subject, oracle));
        }
    }
    const regex nfa = compile_ok("x(a|b)*a(a|b){12}y");
    CHECK_FALSE(nfa.is_deterministic());
    CHECK(nfa.full_match("xa" + repeated('b', 12) + "y"));
    CHECK_FALSE(nfa.full_match("xa" + repeated('b', 12)));
    CHECK(compile_ok("ab.*ba").full_match("abba"));
    CHECK_FALSE(compile_ok("ab.*ba").full_match("aba"));
}
