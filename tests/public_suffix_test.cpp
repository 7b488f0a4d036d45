// Tests for cors::detail::is_public_suffix, public_suffix_below and the generated Public Suffix
// List table, and for how the policy builder uses them on subdomain wildcards.
#include <cors/detail/public_suffix.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

using cors::detail::has_public_suffix_at_or_below;
using cors::detail::has_public_suffix_below;
using cors::detail::is_public_suffix;
using cors::detail::public_suffix_below;

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
static_assert(has_public_suffix_below("amazonaws.com"), "s3.amazonaws.com lies below it");
static_assert(public_suffix_below("kawasaki.jp").wildcard, "*.kawasaki.jp lies below it");
static_assert(!has_public_suffix_below("example.com"), "registrable domain");
static_assert(!has_public_suffix_below("city.kawasaki.jp"), "an exception rule is registrable");
static_assert(has_public_suffix_at_or_below("github.io") && !has_public_suffix_below("github.io"), "a leaf rule");

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
        // *.er (no exception)
        {"com.er", true, "*.er"},
        {"anything.er", true, "*.er"},
        {"example.com.er", false, "registrable under com.er"},
        // bd: "*.bd" in the 2023-02-09 snapshot, explicit second levels in the current list
        {"com.bd", true, "plain rule com.bd"},
        {"anything.bd", false, "no longer covered by a wildcard"},
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

TEST_CASE("public suffix: domains with a public suffix below them", "[public_suffix]") {
    struct row {
        std::string_view domain;
        bool below;
        std::string_view witness;  // the rule public_suffix_below names, "*." for a wildcard rule
        const char* why;
    };
    static const row rows[] = {
        {"amazonaws.com", true, "s3.amazonaws.com", "not a rule itself; many PRIVATE rules below it"},
        {"amazonaws.com.", true, "s3.amazonaws.com", "one trailing dot ignored"},
        {"compute.amazonaws.com", true, "*.compute.amazonaws.com", "the wildcard's own base"},
        {"kawasaki.jp", true, "*.kawasaki.jp", "the wildcard's own base; not a public suffix itself"},
        {"jp", true, "ac.jp", "fewest labels, then shortest, then byte order"},
        {"com", true, "4u.com", "a TLD with PRIVATE rules below it"},
        {"ngrok.io", true, "ap.ngrok.io", "regional ngrok suffixes"},
        {"github.io", false, "", "a rule with nothing below it"},
        {"ngrok-free.app", false, "", "a rule with nothing below it"},
        {"example.com", false, "", "registrable"},
        {"api.example.com", false, "", "below a registrable domain"},
        {"s3.amazonaws.com", false, "", "a rule with nothing below it"},
        {"foo.kawasaki.jp", false, "", "a public suffix (by *.kawasaki.jp), nothing below it"},
        {"city.kawasaki.jp", false, "", "exception rule: registrable, nothing below it"},
        {"www.ck", false, "", "exception rule: registrable, nothing below it"},
        {"unknowntld", false, "", "not in the list at all"},
        {"", false, "", "empty"},
        {".com", false, "", "empty label"},
        {"com..", false, "", "only one trailing dot is ignored"},
    };
    for (const row& r : rows) {
        INFO("domain = \"" << std::string(r.domain) << "\" (" << r.why << ")");
        const cors::detail::public_suffix_witness w = public_suffix_below(r.domain);
        CHECK(static_cast<bool>(w) == r.below);
        CHECK(has_public_suffix_below(r.domain) == r.below);
        CHECK((w.wildcard ? "*." : "") + std::string(w.rule) == r.witness);
        CHECK(has_public_suffix_at_or_below(r.domain) == (r.below || is_public_suffix(r.domain)));
    }
}

namespace {

std::vector<std::string_view> rules_of(const std::uint32_t* begin, const std::uint32_t* end) {
    std::vector<std::string_view> out;
    for (const std::uint32_t* e = begin; e != end; ++e) out.push_back(cors::detail::psl_rule(*e));
    return out;
}

template <std::size_t N>
std::vector<std::string_view> rules_of(const std::uint32_t (&table)[N]) {
    return rules_of(table, table + N);
}

// `name` lies strictly below `domain`: it ends with "." + domain.
bool strictly_below(std::string_view name, std::string_view domain) {
    return name.size() > domain.size() + 1 && name.substr(name.size() - domain.size()) == domain &&
           name[name.size() - domain.size() - 1] == '.';
}

std::string_view parent_of(std::string_view name) {
    const std::size_t dot = name.find('.');
    return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

std::size_t labels(std::string_view name) {
    return static_cast<std::size_t>(std::count(name.begin(), name.end(), '.')) + 1;
}

// What a scan of every rule of the table says about the wildcard "*.x", written from the PSL's
// definition and nothing else (no psl_below, no is_public_suffix).
struct brute_force {
    std::vector<std::string_view> plain = rules_of(cors::detail::psl_plain);
    std::vector<std::string_view> wildcard = rules_of(cors::detail::psl_wildcard);     // "*.y" stored as y
    std::vector<std::string_view> exceptions = rules_of(cors::detail::psl_exception);  // "!y" stored as y

    struct answer {
        bool is_public = false;  // x itself is a public suffix
        bool below = false;      // some rule lies strictly below x
        std::string witness;     // public_suffix_below's choice: fewest labels, then shortest, then first
        std::string attack;      // a host "*.x" matches that is a public suffix or one label under one
    };

    answer operator()(std::string_view x) const {
        answer a;
        // The PSL algorithm: an exception rule matching x or a parent of x prevails, and makes the
        // public suffix shorter than x; otherwise x is a public suffix when a rule matches all of it.
        bool excepted = false;
        for (std::string_view e : exceptions) excepted = excepted || e == x || strictly_below(x, e);
        bool matched = x.find('.') == std::string_view::npos;  // the implicit "*" rule
        for (std::string_view p : plain) matched = matched || p == x;
        for (std::string_view y : wildcard) matched = matched || y == parent_of(x);
        a.is_public = matched && !excepted;

        std::tuple<std::size_t, std::size_t, std::string> best{SIZE_MAX, 0, ""};
        const auto consider = [&](std::string shown, std::string attack) {
            a.below = true;
            std::tuple<std::size_t, std::size_t, std::string> key{labels(shown), shown.size(), shown};
            if (key < best) best = key;
            if (a.attack.empty()) a.attack = std::move(attack);
        };
        for (std::string_view p : plain)
            if (strictly_below(p, x)) consider(std::string(p), "attacker." + std::string(p));
        for (std::string_view y : wildcard)
            if (y == x || strictly_below(y, x)) consider("*." + std::string(y), "attacker.zz." + std::string(y));
        // An exception rule below x counts too (it always sits under a wildcard rule, also below x).
        for (std::string_view e : exceptions)
            if (strictly_below(e, x)) {
                const bool had = a.below;
                a.below = true;
                if (!had) a.attack = "attacker.zz." + std::string(parent_of(e));
            }
        a.witness = std::get<2>(best);
        if (a.is_public) a.attack = "attacker." + std::string(x);
        return a;
    }
};

// Domains to ask about: every wildcard base and exception rule, every parent of a rule, and
// random samples of plain rules, of names one and two labels below rules, and of names no rule
// is near. Deterministic.
std::vector<std::string> sample_domains(const brute_force& table) {
    std::set<std::string> out;
    for (std::string_view y : table.wildcard) {
        out.emplace(y);
        out.insert("zz." + std::string(y));
        out.insert("a.zz." + std::string(y));
    }
    for (std::string_view e : table.exceptions) {
        out.emplace(e);
        out.insert("a." + std::string(e));
    }
    for (const std::vector<std::string_view>* rules : {&table.plain, &table.wildcard, &table.exceptions})
        for (std::string_view r : *rules)
            for (std::string_view p = parent_of(r); !p.empty(); p = parent_of(p)) out.emplace(p);
    std::mt19937 rng(20260819);
    const auto pick = [&](const std::vector<std::string_view>& v) {
        return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
    };
    for (int i = 0; i < 1500; ++i) out.emplace(pick(table.plain));
    for (int i = 0; i < 1500; ++i) out.insert("zz-child." + std::string(pick(table.plain)));
    for (int i = 0; i < 300; ++i) out.insert("a.b." + std::string(pick(table.plain)));
    const char* const tlds[] = {"com", "net", "org", "io", "app", "dev", "jp", "uk", "de", "example", "internal"};
    for (int i = 0; i < 500; ++i) {
        std::string name = "r" + std::to_string(rng() % 100000) + "-not-a-rule";
        if (i % 2 == 0) name += ".sub" + std::to_string(rng() % 1000);
        out.insert(name + "." + tlds[rng() % (sizeof(tlds) / sizeof(tlds[0]))]);
    }
    out.erase("localhost");  // exempt from the wildcard rule by design
    return std::vector<std::string>(out.begin(), out.end());
}

}  // namespace

TEST_CASE("public suffix: the generated below-table agrees with a scan of every rule", "[public_suffix]") {
    const brute_force scan;
    REQUIRE(cors::detail::psl_below_count > 1000);  // 1211 in the 2026-08-19 list
    const std::vector<std::string_view> below = rules_of(cors::detail::psl_below);
    for (std::size_t i = 1; i < below.size(); ++i) REQUIRE(below[i - 1] < below[i]);  // sorted, no duplicates
    // Every entry has a rule below it, and every domain with one is an entry.
    std::set<std::string_view> expected;
    for (std::string_view p : scan.plain)
        for (std::string_view d = parent_of(p); !d.empty(); d = parent_of(d)) expected.insert(d);
    for (std::string_view y : scan.wildcard)
        for (std::string_view d = y; !d.empty(); d = parent_of(d)) expected.insert(d);
    for (std::string_view e : scan.exceptions)
        for (std::string_view d = parent_of(e); !d.empty(); d = parent_of(d)) expected.insert(d);
    CHECK(std::set<std::string_view>(below.begin(), below.end()) == expected);

    const std::vector<std::string> domains = sample_domains(scan);
    INFO(domains.size() << " domains");
    REQUIRE(domains.size() > 4000);
    std::size_t with_below = 0;
    for (const std::string& x : domains) {
        const brute_force::answer want = scan(x);
        const cors::detail::public_suffix_witness got = public_suffix_below(x);
        if (static_cast<bool>(got) != want.below || is_public_suffix(x) != want.is_public ||
            has_public_suffix_at_or_below(x) != (want.is_public || want.below) ||
            (got.wildcard ? "*." : "") + std::string(got.rule) != want.witness)
            FAIL("\"" << x << "\": below " << static_cast<bool>(got) << " (scan " << want.below << "), witness \""
                      << (got.wildcard ? "*." : "") << std::string(got.rule) << "\" (scan \"" << want.witness
                      << "\"), public " << is_public_suffix(x) << " (scan " << want.is_public << ")");
        with_below += want.below ? 1 : 0;
    }
    // The sample reaches both answers in numbers.
    CHECK(with_below > 1000);
    CHECK(domains.size() - with_below > 3000);
}

namespace {

cors::build_result build_wildcard(const std::string& domain, bool credentials, bool dangerously = false) {
    cors::config c;
    c.origins = {"https://*." + domain};
    c.credentials = credentials;
    c.dangerously_allow_public_suffix_wildcards = dangerously;
    return cors::policy::try_build(c);
}

bool refused_as_public_suffix(const cors::build_result& r) {
    const std::vector<cors::errc> e = test::error_codes(r);
    return !r && e == std::vector<cors::errc>{cors::errc::origin_public_suffix_wildcard};
}

}  // namespace

TEST_CASE("public suffix: *.x is refused with credentials exactly when a rule is x or below it, and the danger is real",
          "[public_suffix][validation]") {
    const brute_force scan;
    const std::vector<std::string> domains = sample_domains(scan);
    std::size_t refused = 0;
    for (const std::string& x : domains) {
        const brute_force::answer want = scan(x);
        const bool too_open = want.is_public || want.below;
        INFO("pattern https://*." << x << ": public " << want.is_public << ", rule below " << want.below);
        const cors::build_result with = build_wildcard(x, true);
        if (too_open != refused_as_public_suffix(with)) {
            for (const cors::diagnostic& d : with.diagnostics()) UNSCOPED_INFO(d.to_string());
            FAIL("credentials: refused " << !with << ", expected " << too_open);
        }
        if (!with && !too_open) FAIL("refused for another reason");
        const cors::build_result without = build_wildcard(x, false);
        REQUIRE(without);
        if (test::warning_codes(without) !=
            (too_open ? std::vector<cors::errc>{cors::errc::origin_public_suffix_wildcard} : std::vector<cors::errc>{}))
            FAIL("without credentials: warnings do not match");
        if (!too_open) continue;
        ++refused;

        // The pattern really matches a host that anybody can register: a public suffix, or one
        // label under one. Built anyway, it reflects that origin with credentials.
        const std::string_view host = want.attack;
        if (!is_public_suffix(host) && !is_public_suffix(parent_of(host)))
            FAIL("attack host " << want.attack << " is not a public suffix nor one label under one");
        const cors::build_result dangerous = build_wildcard(x, true, true);
        REQUIRE(dangerous);
        test::owned_request keep;
        const std::string origin = "https://" + want.attack;
        const cors::decision d = test::evaluate(*dangerous, "GET", {{"Origin", origin}}, keep);
        if (!d.allowed() || d.header_value("Access-Control-Allow-Origin") != origin ||
            d.header_value("Access-Control-Allow-Credentials") != "true")
            FAIL("the pattern does not reflect " << origin << " with credentials");
    }
    CHECK(refused > 1000);
}
