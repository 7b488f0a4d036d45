// Tests for cors::detail::is_public_suffix and the generated Public Suffix List table.
#include "catch.hpp"

#include <cors/detail/public_suffix.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using cors::detail::is_public_suffix;

namespace {

struct Case {
    std::string_view host;
    bool expected;
    const char* why;
};

void check_cases(const Case* begin, const Case* end) {
    for (const Case* c = begin; c != end; ++c) {
        INFO("host = \"" << std::string(c->host) << "\" (" << c->why << ")");
        CHECK(is_public_suffix(c->host) == c->expected);
    }
}

template <std::size_t N>
void check_cases(const Case (&cases)[N]) {
    check_cases(cases, cases + N);
}

bool is_rule_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

template <std::size_t N>
void check_table(const std::uint32_t (&table)[N], std::size_t expected_count, bool want_dot) {
    REQUIRE(N == expected_count);
    REQUIRE(N > 0);
    for (std::size_t i = 0; i < N; ++i) {
        const std::string_view rule = cors::detail::psl_rule(table[i]);
        INFO("entry " << i << " = \"" << std::string(rule) << "\"");
        REQUIRE(!rule.empty());
        CHECK(rule.front() != '.');
        CHECK(rule.back() != '.');
        CHECK(rule.find("..") == std::string_view::npos);
        if (want_dot) CHECK(rule.find('.') != std::string_view::npos);
        bool chars_ok = true;
        for (char c : rule) chars_ok = chars_ok && is_rule_char(c);
        CHECK(chars_ok);
        // Strictly increasing in std::string_view order: binary search is valid, no duplicates.
        if (i > 0) CHECK(cors::detail::psl_rule(table[i - 1]) < rule);
    }
}

}  // namespace

// The lookup is usable in constant expressions.
static_assert(is_public_suffix("com"), "single label");
static_assert(is_public_suffix("co.uk"), "plain rule");
static_assert(is_public_suffix("github.io"), "private rule");
static_assert(is_public_suffix("foo.ck"), "wildcard rule");
static_assert(!is_public_suffix("www.ck"), "exception rule");
static_assert(!is_public_suffix("example.com"), "registrable domain");
static_assert(!is_public_suffix(""), "empty");

TEST_CASE("public suffix: well-known suffixes", "[public_suffix]") {
    static const Case cases[] = {
        {"com", true, "ICANN TLD"},
        {"co.uk", true, "ICANN second level"},
        {"github.io", true, "PRIVATE section"},
        {"herokuapp.com", true, "PRIVATE section"},
        {"vercel.app", true, "PRIVATE section"},
        {"s3.amazonaws.com", true, "PRIVATE section"},
        {"blogspot.com", true, "PRIVATE section"},
        {"com.", true, "one trailing dot ignored"},
        {"co.uk.", true, "one trailing dot ignored"},
        {"github.io.", true, "one trailing dot ignored"},
        {"org", true, "ICANN TLD"},
        {"net.ac", true, "ICANN second level"},
        {"app", true, "ICANN gTLD"},
    };
    check_cases(cases);
}

TEST_CASE("public suffix: registrable domains and their subdomains", "[public_suffix]") {
    static const Case cases[] = {
        {"example.com", false, "registrable under com"},
        {"foo.github.io", false, "registrable under github.io"},
        {"example.co.uk", false, "registrable under co.uk"},
        {"www.example.co.uk", false, "subdomain"},
        {"www.ck", false, "exception rule !www.ck"},
        {"example.com.", false, "trailing dot ignored, still registrable"},
        {"myapp.herokuapp.com", false, "registrable under herokuapp.com"},
        {"bucket.s3.amazonaws.com", false, "registrable under s3.amazonaws.com"},
        {"foo.unknowntld", false, "implicit * rule: only the TLD is public"},
        {"a.b.c.d.e.f.example", false, "deep name under unknown TLD"},
        {"uk.com.example", false, "labels of suffixes in the wrong order"},
        {"com.uk.co", false, "labels of suffixes in the wrong order"},
    };
    check_cases(cases);
}

TEST_CASE("public suffix: wildcard and exception rules", "[public_suffix]") {
    static const Case cases[] = {
        // *.ck, !www.ck
        {"ck", true, "single label"},
        {"foo.ck", true, "*.ck"},
        {"foo.ck.", true, "*.ck, trailing dot"},
        {"www.ck", false, "!www.ck"},
        {"www.ck.", false, "!www.ck, trailing dot"},
        {"a.www.ck", false, "below exception !www.ck"},
        {"bar.foo.ck", false, "registrable under foo.ck"},
        // *.kawasaki.jp, !city.kawasaki.jp (no plain kawasaki.jp rule)
        {"foo.kawasaki.jp", true, "*.kawasaki.jp"},
        {"city.kawasaki.jp", false, "!city.kawasaki.jp"},
        {"kawasaki.jp", false, "wildcard does not cover its own base"},
        {"jp", true, "TLD"},
        {"city.kobe.jp", false, "!city.kobe.jp"},
        {"foo.kobe.jp", true, "*.kobe.jp"},
        // *.bd (no exception)
        {"com.bd", true, "*.bd"},
        {"anything.bd", true, "*.bd"},
        {"example.com.bd", false, "registrable under com.bd"},
        // PRIVATE-section wildcards
        {"us-east-1.compute.amazonaws.com", true, "*.compute.amazonaws.com"},
        {"compute.amazonaws.com", false, "wildcard base is not itself a rule"},
        {"host.us-east-1.compute.amazonaws.com", false, "registrable under the wildcard"},
        {"x.on-k3s.io", true, "*.on-k3s.io"},
        {"y.x.on-k3s.io", false, "registrable under x.on-k3s.io"},
    };
    check_cases(cases);
}

TEST_CASE("public suffix: Unicode rules are stored as A-labels", "[public_suffix]") {
    // The .dat file lists these in Unicode only; the generator converts them to punycode.
    static const Case cases[] = {
        {"xn--p1ai", true, "\u0440\u0444 (Russian Federation), TLD rule"},
        {"xn--fiqs8s", true, "\u4e2d\u56fd (China), TLD rule"},
        {"xn--55qx5d.cn", true, "\u516c\u53f8.cn"},
        {"xn--4dbgdty6c.xn--4dbrk0ce", true, "Hebrew academic .il rule; A-label given in the PSL comment"},
        {"xn--hebda8b.xn--4dbrk0ce", true, "Hebrew government .il rule"},
        {"xn--4dbrk0ce", true, "Israel IDN TLD"},
        {"example.xn--p1ai", false, "registrable under \u0440\u0444"},
        {"example.xn--55qx5d.cn", false, "registrable under \u516c\u53f8.cn"},
        {"\xd1\x80\xd1\x84.", true, "raw UTF-8 single label: implicit * rule"},
        {"\xe5\x85\xac\xe5\x8f\xb8.cn", false, "raw UTF-8 is not looked up; caller converts to A-labels"},
    };
    check_cases(cases);
}

TEST_CASE("public suffix: single labels use the implicit * rule", "[public_suffix]") {
    static const Case cases[] = {
        {"localhost", true, "not in the list, single label"},
        {"example", true, "not in the list, single label"},
        {"a", true, "one character"},
        {"internal", true, "not in the list, single label"},
        {"uk", true, "in the list"},
        {"localhost.", true, "trailing dot"},
    };
    check_cases(cases);
}

TEST_CASE("public suffix: empty and malformed input", "[public_suffix]") {
    static const Case cases[] = {
        {"", false, "empty"},
        {".", false, "only the trailing dot"},
        {"..", false, "empty labels"},
        {"com..", false, "only one trailing dot is ignored"},
        {".com", false, "leading dot"},
        {"co..uk", false, "empty label"},
        {".co.uk", false, "leading dot"},
        {"..ck", false, "empty label before wildcard base"},
    };
    check_cases(cases);
    // Characters are not validated: a byte string without a dot is one label (implicit * rule),
    // which errs on the safe side for the wildcard check.
    CHECK(is_public_suffix(std::string_view("co\0uk", 5)));
    CHECK_FALSE(is_public_suffix(std::string_view("a.co\0uk", 8)));
    // A string_view that is not NUL-terminated.
    const char buf[] = {'c', 'o', '.', 'u', 'k', 'x'};
    CHECK(is_public_suffix(std::string_view(buf, 5)));
    CHECK(is_public_suffix(std::string_view(buf, 2)));  // "co": single label
}

TEST_CASE("public suffix: caller must lower-case", "[public_suffix]") {
    // Documented contract: the host is lower-case ASCII. Upper-case input is not found in the
    // tables; only the implicit single-label rule still applies.
    static const Case cases[] = {
        {"COM", true, "single label: implicit * rule"},
        {"Com.", true, "single label with trailing dot"},
        {"CO.UK", false, "not found: not lower-cased"},
        {"GitHub.io", false, "not found: not lower-cased"},
        {"Foo.ck", true, "wildcard *.ck matches any first label, even upper-case"},
        {"WWW.ck", true, "exception !www.ck not found when upper-case; wildcard still matches"},
        {"co.UK", false, "not found: not lower-cased"},
    };
    check_cases(cases);
}

TEST_CASE("public suffix: generated table is well-formed", "[public_suffix]") {
    check_table(cors::detail::psl_plain, cors::detail::psl_plain_count, false);
    check_table(cors::detail::psl_wildcard, cors::detail::psl_wildcard_count, false);
    check_table(cors::detail::psl_exception, cors::detail::psl_exception_count, true);
    // Every exception rule "y.x" sits below a wildcard rule "*.x".
    for (std::uint32_t e : cors::detail::psl_exception) {
        std::string_view rule = cors::detail::psl_rule(e);
        rule.remove_prefix(rule.find('.') + 1);
        INFO("exception parent = " << std::string(rule));
        CHECK(cors::detail::psl_contains(cors::detail::psl_wildcard, rule));
    }
    // Every plain rule is a public suffix; "x.<rule>" is not unless a wildcard covers it.
    std::size_t checked = 0;
    for (std::uint32_t e : cors::detail::psl_plain) {
        const std::string_view rule = cors::detail::psl_rule(e);
        if (!is_public_suffix(rule)) FAIL("plain rule not a public suffix: " << std::string(rule));
        const std::string child = "zz-not-a-rule." + std::string(rule);
        if (is_public_suffix(child) != cors::detail::psl_contains(cors::detail::psl_wildcard, rule))
            FAIL("unexpected result for " << child);
        ++checked;
    }
    CHECK(checked == cors::detail::psl_plain_count);
    // Sizes from the 2023-02-09 snapshot; generous bounds so a regenerated table still passes.
    CHECK(cors::detail::psl_plain_count > 5000);
    CHECK(cors::detail::psl_wildcard_count > 50);
    CHECK(cors::detail::psl_exception_count >= 1);
}
