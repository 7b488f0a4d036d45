// Policy validation: every rule, every problem reported at once, with code, field, value, message.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cors/detail/fetch.hpp>
#include <cors/detail/regex_analysis.hpp>

#include "catch.hpp"
#include "test_support.hpp"

using cors::errc;

namespace {

bool has(const std::vector<errc>& codes, errc code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

cors::config base() {
    cors::config c;
    c.origins = {"https://app.example.com"};
    return c;
}

const cors::diagnostic* find(const cors::build_result& r, errc code) {
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.code == code) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a valid policy builds without diagnostics", "[validation]") {
    cors::config c = base();
    c.methods = {"PUT", "delete", "PATCH"};
    c.request_headers = {"Content-Type", "X-Requested-With"};
    c.exposed_headers = {"X-Request-Id"};
    c.credentials = true;
    c.max_age = 600;
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE(r);
    CHECK(r.diagnostics().empty());
    // Normalisation: the six Fetch methods are upper-cased, others kept; header names lower-cased.
    CHECK(r->source().methods == std::vector<std::string>{"PUT", "DELETE", "PATCH"});
    CHECK(r->source().request_headers == std::vector<std::string>{"content-type", "x-requested-with"});
}

TEST_CASE("origin rules", "[validation]") {
    struct row {
        std::vector<std::string> origins;
        bool credentials;
        errc expected;
    };
    const row rows[] = {
        {{}, false, errc::origins_missing},
        {{"*"}, true, errc::origin_wildcard_with_credentials},
        {{"null"}, false, errc::origin_null},
        {{"https://app.example.com/"}, false, errc::origin_malformed},
        {{"https://app.example.com/path"}, false, errc::origin_malformed},
        {{"https://app.example.com?x"}, false, errc::origin_malformed},
        {{"https://app.example.com#x"}, false, errc::origin_malformed},
        {{"https://user@app.example.com"}, false, errc::origin_malformed},
        {{"https://App.example.com"}, false, errc::origin_malformed},
        {{"HTTPS://app.example.com"}, false, errc::origin_malformed},
        {{"https://app.example.com:443"}, false, errc::origin_malformed},
        {{"https://app.example.com."}, false, errc::origin_malformed},
        {{"http://127.1"}, false, errc::origin_malformed},
        {{"http://[0::1]"}, false, errc::origin_malformed},
        {{"https://" + std::string(330, 'a')}, false, errc::origin_malformed},
        {{"app.example.com"}, false, errc::origin_malformed},
        {{"https://b\xc3\xbc"
          "cher.example"},
         false,
         errc::origin_malformed},
        {{"https://*example.com"}, false, errc::origin_malformed},
        {{"file://"}, false, errc::origin_malformed},
        {{"http://app.example.com"}, true, errc::origin_insecure_with_credentials},
        {{"ws://app.example.com"}, true, errc::origin_insecure_with_credentials},
        {{"http://*.example.com"}, true, errc::origin_insecure_with_credentials},
        {{"https://*.com"}, true, errc::origin_public_suffix_wildcard},
        {{"https://*.co.uk"}, true, errc::origin_public_suffix_wildcard},
        {{"https://*.github.io"}, true, errc::origin_public_suffix_wildcard},
        // "*.x" matches at any depth: a rule below x is as bad as x being one (issue 14).
        {{"https://*.amazonaws.com"}, true, errc::origin_public_suffix_wildcard},  // s3.amazonaws.com
        {{"https://*.amazonaws.com:8443"}, true, errc::origin_public_suffix_wildcard},
        {{"https://*.amazonaws.com:*"}, true, errc::origin_public_suffix_wildcard},
        {{"https://*.kawasaki.jp"}, true, errc::origin_public_suffix_wildcard},            // *.kawasaki.jp
        {{"https://*.compute.amazonaws.com"}, true, errc::origin_public_suffix_wildcard},  // *.compute...
        {{"https://*.jp"}, true, errc::origin_public_suffix_wildcard},
        {{"https://*.ngrok-free.app"}, true, errc::origin_public_suffix_wildcard},  // not in the 2023 list
        {{"https://*.ngrok.io"}, true, errc::origin_public_suffix_wildcard},
    };
    for (const row& r : rows) {
        CAPTURE(r.origins, r.credentials);
        cors::config c;
        c.origins = r.origins;
        c.credentials = r.credentials;
        const cors::build_result result = cors::policy::try_build(c);
        CHECK_FALSE(result);
        CHECK(has(test::error_codes(result), r.expected));
    }
}

TEST_CASE("origins that are fine", "[validation]") {
    for (const char* ok : {"http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:5173",
                           "http://app.localhost", "https://*.example.com", "https://*.example.co.uk",
                           "https://*.api.example.com", "https://*.example.com:8443", "https://*.app.github.io",
                           "https://*.bucket.s3.amazonaws.com", "https://*.host.us-east-1.compute.amazonaws.com",
                           "http://localhost:*", "chrome-extension://abcdef", "https://[2001:db8::1]:8443"}) {
        CAPTURE(ok);
        cors::config c;
        c.origins = {ok};
        c.credentials = true;  // loopback and localhost are exempt from the insecure rule
        const cors::build_result r = cors::policy::try_build(c);
        CHECK(r);
        CHECK(test::error_codes(r).empty());
    }
}

TEST_CASE("dangerous opt-ins lift exactly their rule", "[validation]") {
    cors::config c;
    c.credentials = true;
    c.origins = {"http://app.example.com", "https://*.github.io", "null", "*"};
    const std::vector<errc> before = test::error_codes(cors::policy::try_build(c));
    CHECK(has(before, errc::origin_insecure_with_credentials));
    CHECK(has(before, errc::origin_public_suffix_wildcard));
    CHECK(has(before, errc::origin_null));
    CHECK(has(before, errc::origin_wildcard_with_credentials));
    c.dangerously_allow_insecure_origins = true;
    c.dangerously_allow_public_suffix_wildcards = true;
    c.dangerously_allow_null_origin = true;
    c.dangerously_reflect_any_origin_with_credentials = true;
    const cors::build_result r = cors::policy::try_build(c);
    CHECK(r);
    CHECK(test::error_codes(r).empty());
}

TEST_CASE("a public-suffix wildcard without credentials is a warning", "[validation]") {
    cors::config c;
    c.origins = {"https://*.github.io"};
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE(r);
    CHECK(has(test::warning_codes(r), errc::origin_public_suffix_wildcard));
    CHECK(r->warnings().size() == 1);
}

TEST_CASE("the public-suffix predicate can be injected", "[validation]") {
    cors::config c;
    c.origins = {"https://*.corp.example"};
    c.credentials = true;
    CHECK(cors::policy::try_build(c));
    c.is_public_suffix = [](std::string_view domain) { return domain == "corp.example"; };
    CHECK(has(test::error_codes(cors::policy::try_build(c)), errc::origin_public_suffix_wildcard));
}

TEST_CASE("a wildcard over a domain with a public suffix below it is refused with credentials", "[validation]") {
    // Issue 14: only "amazonaws.com" itself used to be looked up, so this built, and
    // "Origin: https://attacker-bucket.s3.amazonaws.com" was reflected with credentials.
    cors::config c;
    c.origins = {"https://*.amazonaws.com"};
    c.credentials = true;
    const cors::build_result refused = cors::policy::try_build(c);
    REQUIRE_FALSE(refused);
    const cors::diagnostic* d = find(refused, errc::origin_public_suffix_wildcard);
    REQUIRE(d);
    CHECK(d->severity == cors::severity::error);
    CHECK(d->field == "/origins/0");
    CHECK(d->value == "https://*.amazonaws.com");
    CHECK(d->message ==
          "\"amazonaws.com\" has a public suffix below it (Public Suffix List rule \"s3.amazonaws.com\"), and this "
          "wildcard matches at any depth: anyone can register a name under that suffix and read credentialed "
          "responses (set dangerously_allow_public_suffix_wildcards to allow it anyway)");

    // The danger is real: built anyway, the pattern reflects a bucket anybody can create.
    c.dangerously_allow_public_suffix_wildcards = true;
    const cors::build_result built = cors::policy::try_build(c);
    REQUIRE(built);
    CHECK(test::error_codes(built).empty());
    test::owned_request keep;
    const cors::decision allowed =
        test::evaluate(*built, "GET", {{"Origin", "https://attacker-bucket.s3.amazonaws.com"}}, keep);
    CHECK(allowed.allowed());
    CHECK(allowed.header_value("Access-Control-Allow-Origin") == "https://attacker-bucket.s3.amazonaws.com");
    CHECK(allowed.header_value("Access-Control-Allow-Credentials") == "true");

    // A wildcard rule below names itself; without credentials it is a warning.
    cors::config w;
    w.origins = {"https://*.kawasaki.jp"};
    const cors::build_result warned = cors::policy::try_build(w);
    REQUIRE(warned);
    REQUIRE(test::warning_codes(warned) == std::vector<errc>{errc::origin_public_suffix_wildcard});
    CHECK(warned.diagnostics()[0].message ==
          "\"kawasaki.jp\" has a public suffix below it (Public Suffix List rule \"*.kawasaki.jp\"), and this "
          "wildcard matches at any depth: anyone can register a name under that suffix; this is as open as \"*\"");
}

TEST_CASE("a wildcard over an exception rule of the list builds", "[validation]") {
    // "!city.kawasaki.jp" says Kawasaki city's own name is registrable, not a public suffix:
    // every name "*.city.kawasaki.jp" matches belongs to the city, as with "*.example.com".
    for (const char* ok : {"https://*.city.kawasaki.jp", "https://*.www.ck"}) {
        CAPTURE(ok);
        cors::config c;
        c.origins = {ok};
        c.credentials = true;
        const cors::build_result r = cors::policy::try_build(c);
        CHECK(r);
        CHECK(r.diagnostics().empty());
    }
}

TEST_CASE("each public-suffix question can be injected on its own", "[validation]") {
    cors::config c;
    c.origins = {"https://*.amazonaws.com", "https://*.corp.example"};
    c.credentials = true;
    const auto refused = [&c] {
        std::vector<std::string> fields;
        const cors::build_result r = cors::policy::try_build(c);
        for (const cors::diagnostic& d : r.diagnostics())
            if (d.code == errc::origin_public_suffix_wildcard) fields.push_back(d.field);
        return fields;
    };
    CHECK(refused() == std::vector<std::string>{"/origins/0"});
    // Replacing only "is x a public suffix?" keeps the built-in answer to "is there one below x?".
    c.is_public_suffix = [](std::string_view domain) { return domain == "corp.example"; };
    CHECK(refused() == (std::vector<std::string>{"/origins/0", "/origins/1"}));
    // Replacing the second question too leaves only the injected list.
    std::vector<std::string> asked;
    c.has_public_suffix_below = [&asked](std::string_view domain) {
        asked.emplace_back(domain);
        return false;
    };
    CHECK(refused() == std::vector<std::string>{"/origins/1"});
    CHECK(asked == std::vector<std::string>{"amazonaws.com"});  // not asked once x is a public suffix
    c.has_public_suffix_below = [](std::string_view domain) { return domain == "amazonaws.com"; };
    const cors::build_result r = cors::policy::try_build(c);
    const cors::diagnostic* d = find(r, errc::origin_public_suffix_wildcard);
    REQUIRE(d);
    CHECK(d->field == "/origins/0");
    CHECK(d->message.rfind("\"amazonaws.com\" has a public suffix below it, and this wildcard matches at any "
                           "depth: anyone can register a name under that suffix and read credentialed responses",
                           0) == 0);
    // Only the built-in predicate is consulted without injection; injected ones see lower-case
    // A-labels without the "*." and the port.
    cors::config p;
    p.origins = {"https://*.corp.example:8443"};
    p.credentials = true;
    std::vector<std::string> seen;
    p.is_public_suffix = [&seen](std::string_view domain) {
        seen.emplace_back(domain);
        return false;
    };
    CHECK(cors::policy::try_build(p));
    CHECK(seen == std::vector<std::string>{"corp.example"});
}

TEST_CASE("regexes: unsupported constructs are refused", "[validation]") {
    for (const char* bad : {R"((a)\1)", R"((?=a)b)", R"((?<!a)b)", "(", "[a-", "a{3,1}"}) {
        CAPTURE(bad);
        cors::config c;
        c.origin_regexes = {{bad, cors::regex_target::origin}};
        const cors::build_result r = cors::policy::try_build(c);
        CHECK_FALSE(r);
        const cors::diagnostic* d = find(r, errc::origin_regex_invalid);
        REQUIRE(d);
        CHECK(d->field == "/origin_regexes/0");
        CHECK(d->value == bad);
    }
}

TEST_CASE("warnings: duplicates, absorbed entries, max-age above browser caps", "[validation]") {
    cors::config c;
    c.origins = {"*", "https://a.example", "https://a.example"};
    c.max_age = 86400;
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE(r);
    const std::vector<errc> w = test::warning_codes(r);
    CHECK(has(w, errc::origin_duplicate));
    CHECK(has(w, errc::origin_wildcard_absorbs));
    CHECK(has(w, errc::max_age_above_browser_cap));
}

TEST_CASE("method rules", "[validation]") {
    cors::config c = base();
    c.methods = {"", "GET POST", "r\xc3\xa9sum\xc3\xa9", "CONNECT", "trace", "Track", "PUT", "*"};
    const cors::build_result r = cors::policy::try_build(c);
    CHECK_FALSE(r);
    const std::vector<errc> e = test::error_codes(r);
    CHECK(std::count(e.begin(), e.end(), errc::method_invalid) == 3);
    CHECK(std::count(e.begin(), e.end(), errc::method_forbidden) == 3);
    CHECK(e.size() == 6);
}

TEST_CASE("request header rules", "[validation]") {
    cors::config c = base();
    c.request_headers = {"",
                         "x y",
                         "Cookie",
                         "Sec-Fetch-Mode",
                         "Proxy-Authorization",
                         "Host",
                         "Origin",
                         "Access-Control-Allow-Origin",
                         "Access-Control-Max-Age",
                         "X-Ok",
                         "*"};
    const cors::build_result r = cors::policy::try_build(c);
    const std::vector<errc> e = test::error_codes(r);
    CHECK(std::count(e.begin(), e.end(), errc::request_header_invalid) == 2);
    CHECK(std::count(e.begin(), e.end(), errc::request_header_forbidden) == 5);
    CHECK(std::count(e.begin(), e.end(), errc::request_header_prohibited) == 2);
    CHECK(e.size() == 9);

    cors::config both = base();
    both.request_headers = {"x-a"};
    both.reflect_request_headers = true;
    CHECK(has(test::error_codes(cors::policy::try_build(both)), errc::request_headers_conflict));
}

TEST_CASE("exposed header rules", "[validation]") {
    cors::config c = base();
    c.credentials = true;
    c.exposed_headers = {"Set-Cookie", "set-cookie2", "*", "x y", "Access-Control-Allow-Headers", "X-Ok"};
    const std::vector<errc> e = test::error_codes(cors::policy::try_build(c));
    CHECK(std::count(e.begin(), e.end(), errc::exposed_header_forbidden) == 2);
    CHECK(has(e, errc::exposed_header_wildcard_with_credentials));
    CHECK(has(e, errc::exposed_header_invalid));
    CHECK(has(e, errc::exposed_header_prohibited));
    CHECK(e.size() == 5);
}

TEST_CASE("max-age and status rules", "[validation]") {
    cors::config c = base();
    c.max_age = -1;
    c.preflight_success_status = 302;
    c.preflight_failure_status = 99;
    const std::vector<errc> e = test::error_codes(cors::policy::try_build(c));
    CHECK(has(e, errc::max_age_negative));
    CHECK(has(e, errc::preflight_status_invalid));
    CHECK(has(e, errc::preflight_failure_status_invalid));
    c.max_age = 4294967296;
    CHECK(has(test::error_codes(cors::policy::try_build(c)), errc::max_age_too_large));
    c.max_age = 0;
    c.preflight_success_status = 200;
    c.preflight_failure_status = 200;
    CHECK(cors::policy::try_build(c));
}

TEST_CASE("every problem is reported at once, with field, value and message", "[validation]") {
    cors::config c;
    c.origins = {"https://ok.example", "https://bad.example/", "null"};
    c.methods = {"TRACE"};
    c.request_headers = {"Cookie"};
    c.exposed_headers = {"Set-Cookie"};
    c.max_age = -5;
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE_FALSE(r);
    CHECK(test::error_codes(r).size() == 6);

    const cors::diagnostic* d = find(r, errc::origin_malformed);
    REQUIRE(d);
    CHECK(d->field == "/origins/1");
    CHECK(d->value == "https://bad.example/");
    CHECK(d->message.find("trailing '/'") != std::string::npos);
    CHECK(d->to_string().rfind("/origins/1: error origin_malformed: ", 0) == 0);
    CHECK(find(r, errc::method_forbidden)->field == "/methods/0");
    CHECK(find(r, errc::request_header_forbidden)->field == "/request_headers/0");
    CHECK(find(r, errc::exposed_header_forbidden)->field == "/exposed_headers/0");
    CHECK(find(r, errc::max_age_negative)->field == "/max_age");

    // build() throws the same list.
    try {
        (void)cors::policy::build(c);
        FAIL("build should throw");
    } catch (const cors::config_error& e) {
        CHECK(e.diagnostics().size() == r.diagnostics().size());
        CHECK(std::string(e.what()).find("/origins/2: error origin_null") != std::string::npos);
    }
}

TEST_CASE("diagnostic text escapes control bytes of the offending value", "[validation]") {
    cors::config c;
    c.origins = {"https://a.example\r\nX-Injected: 1"};
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE_FALSE(r);
    const std::string text = r.diagnostics().front().to_string();
    CHECK(text.find('\r') == std::string::npos);
    CHECK(text.find("\\x0d\\x0a") != std::string::npos);
}

TEST_CASE("a quote in the offending value cannot end the quoted value early", "[validation]") {
    cors::config c;
    c.origins = {"https://a.example\") (forged: \"x"};
    const cors::build_result r = cors::policy::try_build(c);
    REQUIRE_FALSE(r);
    const std::string text = r.diagnostics().front().to_string();
    // Only the two quotes around the value are left unescaped.
    const std::size_t open = text.find("(value: \"");
    REQUIRE(open != std::string::npos);
    CHECK(text.substr(open) == "(value: \"https://a.example\\x22) (forged: \\x22x\")");
}

TEST_CASE("a policy is cheap to copy and shares its compiled form", "[validation]") {
    const cors::policy a = cors::policy::build(base());
    const cors::policy b = a;  // NOLINT(performance-unnecessary-copy-initialization)
    CHECK(&a.source() == &b.source());
}

TEST_CASE("a regex with an unescaped dot builds with a warning", "[validation]") {
    for (const char* pattern : {R"(^https://api.example\.com$)", R"(.*\.example\.com)"}) {
        CAPTURE(pattern);
        cors::config c;
        c.origin_regexes = {{pattern, cors::regex_target::origin}};
        const cors::build_result r = cors::policy::try_build(c);
        REQUIRE(r);
        CHECK(has(test::warning_codes(r), errc::origin_regex_unescaped_dot));
    }
    for (const char* pattern : {R"(^https://api\.example\.com$)", R"(^https://[a-z.]+\.example\.com$)"}) {
        CAPTURE(pattern);
        cors::config c;
        c.origin_regexes = {{pattern, cors::regex_target::origin}};
        const cors::build_result r = cors::policy::try_build(c);
        REQUIRE(r);
        CHECK(r.diagnostics().empty());
    }
    // It is a warning, not a guess: the regex still means what it says.
    cors::config c;
    c.origin_regexes = {{R"(^https://api.example\.com$)", cors::regex_target::origin}};
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    CHECK(test::evaluate(p, "GET", {{"Origin", "https://apixexample.com"}}, keep).allowed());
}

TEST_CASE("a regex with an unescaped dot is an error with credentials", "[validation][regex-rules]") {
    cors::config c;
    c.credentials = true;
    c.origin_regexes = {{R"(^https://app\.example.com$)", cors::regex_target::origin}};
    const cors::build_result r = cors::policy::try_build(c);
    CHECK_FALSE(r);
    const cors::diagnostic* d = find(r, errc::origin_regex_unescaped_dot);
    REQUIRE(d);
    CHECK(d->severity == cors::severity::error);
    CHECK(test::error_codes(r) == std::vector<errc>{errc::origin_regex_unescaped_dot});
    // Where the dot stands inside the registrable label, the public-suffix analysis sees it too:
    // "https://apiaexample.com" is a name anyone can register under "com".
    c.origin_regexes = {{R"(^https://api.example\.com$)", cors::regex_target::origin}};
    const cors::build_result api = cors::policy::try_build(c);
    CHECK(has(test::error_codes(api), errc::origin_regex_unescaped_dot));
    const cors::diagnostic* ps = find(api, errc::origin_public_suffix_wildcard);
    REQUIRE(ps);
    CHECK(ps->message.find("https://apiaexample.com") != std::string::npos);
    c.origin_regexes = {{R"(^https://app\.example\.com$)", cors::regex_target::origin}};
    CHECK(cors::policy::try_build(c).diagnostics().empty());
}

TEST_CASE("risky but valid: each gets its own warning code, exactly once", "[validation][lint]") {
    struct row {
        const char* what;
        std::function<void(cors::config&)> edit;
        errc expected;
        const char* field;
    };
    const row rows[] = {
        {"cleartext origin", [](cors::config& c) { c.origins = {"http://app.example.com"}; }, errc::origin_insecure,
         "/origins/0"},
        {"host-only regex",
         [](cors::config& c) {
             c.origin_regexes = {{"^app\\.example\\.com$", cors::regex_target::host}};
         },
         errc::origin_regex_any_scheme, "/origin_regexes/0"},
        {"duplicate method",
         [](cors::config& c) {
             c.methods = {"PUT", "put"};
         },
         errc::method_duplicate, "/methods/1"},
        {"safelisted method listed",
         [](cors::config& c) {
             c.methods = {"PUT", "get"};
         },
         errc::method_safelisted, "/methods/1"},
        {"duplicate request header",
         [](cors::config& c) {
             c.request_headers = {"X-A", "x-a"};
         },
         errc::request_header_duplicate, "/request_headers/1"},
        {"reflected headers with credentials",
         [](cors::config& c) {
             c.reflect_request_headers = true;
             c.credentials = true;
         },
         errc::request_headers_reflected_with_credentials, "/request_headers"},
        {"sensitive exposed header", [](cors::config& c) { c.exposed_headers = {"WWW-Authenticate"}; },
         errc::exposed_header_sensitive, "/exposed_headers/0"},
        {"duplicate exposed header",
         [](cors::config& c) {
             c.exposed_headers = {"X-A", "x-a"};
         },
         errc::exposed_header_duplicate, "/exposed_headers/1"},
        {"debug mode", [](cors::config& c) { c.debug = true; }, errc::debug_enabled, "/debug"},
        {"private network access", [](cors::config& c) { c.private_network = true; }, errc::private_network_deprecated,
         "/private_network"},
    };
    for (const row& r : rows) {
        CAPTURE(r.what);
        cors::config c = base();
        r.edit(c);
        const cors::build_result built = cors::policy::try_build(c);
        REQUIRE(built);
        REQUIRE(test::warning_codes(built) == std::vector<errc>{r.expected});
        CHECK(built.diagnostics()[0].field == r.field);
    }
    // Loopback is exempt from the cleartext warning; credentials turn it into an error.
    cors::config c = base();
    c.origins = {"http://localhost:3000", "http://127.0.0.1:8080"};
    CHECK(test::warning_codes(cors::policy::try_build(c)).empty());
}

// Issue 14: a regex is held to the rules a plain origin is held to, decided on its automaton.
TEST_CASE("regex origins: cleartext origins are refused with credentials, as plain ones are",
          "[validation][regex-rules]") {
    cors::config c;
    c.credentials = true;
    c.origin_regexes = {{R"(^https?://app\.example\.com$)", cors::regex_target::origin}};
    const cors::build_result r = cors::policy::try_build(c);
    CHECK_FALSE(r);
    REQUIRE(test::error_codes(r) == std::vector<errc>{errc::origin_insecure_with_credentials});
    const cors::diagnostic* d = find(r, errc::origin_insecure_with_credentials);
    CHECK(d->field == "/origin_regexes/0");
    CHECK(d->message.find("\"http://app.example.com\"") != std::string::npos);
    // The same origin written plainly gets the same code.
    cors::config plain;
    plain.credentials = true;
    plain.origins = {"http://app.example.com"};
    CHECK(test::error_codes(cors::policy::try_build(plain)) ==
          std::vector<errc>{errc::origin_insecure_with_credentials});
    // The opt-in lifts it, as for plain origins.
    c.dangerously_allow_insecure_origins = true;
    CHECK(cors::policy::try_build(c).diagnostics().empty());
    // Without credentials: the plain rule's warning.
    c.dangerously_allow_insecure_origins = false;
    c.credentials = false;
    const cors::build_result w = cors::policy::try_build(c);
    REQUIRE(w);
    CHECK(test::warning_codes(w) == std::vector<errc>{errc::origin_insecure});
    // ws:// and a scheme-less '.*' too; loopback and localhost are exempt.
    c.credentials = true;
    for (const char* bad :
         {R"(^wss?://app\.example\.com$)", R"(.*://app\.example\.com)", R"([a-z]+://app\.example\.com)",
          R"(^http://.*localhost$)", R"(^http://127\.0\.0\.\d+\.example\.com$)", R"(^https?://\[[0-9a-f:]+\]$)",
          R"(^http://(localhost|10\.0\.0\.1)$)"}) {
        CAPTURE(bad);
        c.origin_regexes = {{bad, cors::regex_target::origin}};
        CHECK(has(test::error_codes(cors::policy::try_build(c)), errc::origin_insecure_with_credentials));
    }
    for (const char* fine : {R"(^https://app\.example\.com$)", R"(^http://localhost:[0-9]+$)",
                             R"(^http://(localhost|127\.0\.0\.1)(:\d+)?$)", R"(^https?://[a-z]+\.localhost(:[0-9]+)?$)",
                             R"(^http://127\.0\.0\.\d+(:\d+)?$)", R"(^http://\[::1\]:\d+$)",
                             R"(^wss://app\.example\.com$)", R"(^(https|wss)://app\.example\.com(:\d+)?$)"}) {
        CAPTURE(fine);
        c.origin_regexes = {{fine, cors::regex_target::origin}};
        CHECK(cors::policy::try_build(c).diagnostics().empty());
    }
}

TEST_CASE("regex origins: a free label before a public suffix is a public-suffix wildcard",
          "[validation][regex-rules]") {
    cors::config c;
    c.credentials = true;
    c.origin_regexes = {{R"(^https://[a-z0-9-]+\.github\.io$)", cors::regex_target::origin}};
    const cors::build_result r = cors::policy::try_build(c);
    CHECK_FALSE(r);
    REQUIRE(test::error_codes(r) == std::vector<errc>{errc::origin_public_suffix_wildcard});
    CHECK(find(r, errc::origin_public_suffix_wildcard)->message.find("\"https://a.github.io\"") != std::string::npos);
    c.dangerously_allow_public_suffix_wildcards = true;
    CHECK(cors::policy::try_build(c).diagnostics().empty());
    c.dangerously_allow_public_suffix_wildcards = false;
    c.credentials = false;
    const cors::build_result w = cors::policy::try_build(c);
    REQUIRE(w);
    CHECK(test::warning_codes(w) == std::vector<errc>{errc::origin_public_suffix_wildcard});

    c.credentials = true;
    for (const char* bad :
         {R"(.*\.github\.io)", R"(^https://[^.]+\.co\.uk$)", R"(^https://(foo|bar|[a-z]+)\.herokuapp\.com$)",
          R"(^https://app[0-9]\.github\.io$)", R"(^https://(ab)+\.github\.io$)", R"(^https://[a-z]+\.[a-z]+$)",
          R"(^https://[a-z]+\.(com|org)$)", R"(^https://([a-z]+\.)*[a-z]+\.github\.io(:\d+)?$)",
          R"(^https://\w+\.com:8443$)"}) {
        CAPTURE(bad);
        c.origin_regexes = {{bad, cors::regex_target::origin}};
        CHECK(has(test::error_codes(cors::policy::try_build(c)), errc::origin_public_suffix_wildcard));
    }
    for (const char* fine : {R"(^https://(app|admin)\.example\.com$)", R"(^https://[a-z]+\.example\.com$)",
                             R"(^https://([a-z0-9-]+\.)*example\.com$)", R"(^https://example\.(com|org)$)",
                             R"(^https://(example|example-static)\.com$)", R"(^https://([a-z]+\.)?myapp\.github\.io$)",
                             R"(^https://[a-z]+\.example\.co\.uk$)", R"(^https://[a-z]+\.localhost$)"}) {
        CAPTURE(fine);
        c.origin_regexes = {{fine, cors::regex_target::origin}};
        CHECK(cors::policy::try_build(c).diagnostics().empty());
    }
    // The injected predicate is the one asked.
    c.origin_regexes = {{R"(^https://[a-z]+\.corp\.example$)", cors::regex_target::origin}};
    CHECK(cors::policy::try_build(c).diagnostics().empty());  // "example" is a public suffix, "corp" is literal
    c.is_public_suffix = [](std::string_view domain) { return domain == "corp.example"; };
    CHECK(has(test::error_codes(cors::policy::try_build(c)), errc::origin_public_suffix_wildcard));
    c.origin_regexes = {{R"(^https://[a-z]+\.github\.io$)", cors::regex_target::origin}};
    CHECK(cors::policy::try_build(c).diagnostics().empty());  // not a public suffix for this predicate
}

TEST_CASE("regex origins: a host-only regex is an error with credentials", "[validation][regex-rules]") {
    cors::config c;
    c.credentials = true;
    c.origin_regexes = {{R"(example\.net)", cors::regex_target::host}};
    const cors::build_result r = cors::policy::try_build(c);
    CHECK_FALSE(r);
    REQUIRE(test::error_codes(r) == std::vector<errc>{errc::origin_regex_any_scheme});
    CHECK(find(r, errc::origin_regex_any_scheme)->severity == cors::severity::error);
    // With the cleartext opt-in it is no worse than "http://example.net:*" and "https://example.net:*".
    c.dangerously_allow_insecure_origins = true;
    const cors::build_result lifted = cors::policy::try_build(c);
    REQUIRE(lifted);
    CHECK(test::warning_codes(lifted) == std::vector<errc>{errc::origin_regex_any_scheme});
    c.dangerously_allow_insecure_origins = false;
    c.credentials = false;
    const cors::build_result w = cors::policy::try_build(c);
    REQUIRE(w);
    CHECK(test::warning_codes(w) == std::vector<errc>{errc::origin_regex_any_scheme});
    // The public-suffix rule applies to host-only regexes too.
    c.origin_regexes = {{R"([a-z]+\.dev)", cors::regex_target::host}};
    CHECK(has(test::warning_codes(cors::policy::try_build(c)), errc::origin_public_suffix_wildcard));
}

TEST_CASE("regex origins: a pattern without a DFA is refused", "[validation][regex-rules]") {
    cors::config c;
    c.origin_regexes = {{R"(^https://[ab]*a[ab]{12}\.example\.com$)", cors::regex_target::origin}};
    const cors::build_result r = cors::policy::try_build(c);
    CHECK_FALSE(r);
    const cors::diagnostic* d = find(r, errc::origin_regex_invalid);
    REQUIRE(d);
    CHECK(d->message.find("too complex") != std::string::npos);
    c.origin_regexes = {{R"(^https://[ab]*a[ab]{3}\.example\.com$)", cors::regex_target::origin}};
    CHECK(cors::policy::try_build(c));
}

namespace {

// Random origin regexes built from the shapes that matter: optional 's' in the scheme, http and
// ws, classes and '.' before public-suffix tails, literal alternations, loopback hosts, ports.
class origin_regex_generator {
public:
    explicit origin_regex_generator(std::uint32_t seed) : rng_(seed) {}

    std::string next() {
        static const std::vector<std::string> schemes = {"https", "https?",      "http",   "wss?", "(https|http)",
                                                         "ws",    "(https|wss)", "[a-z]+", "wss",  "https"};
        static const std::vector<std::string> prefixes = {
            "", "", "", "app\\.", "([a-z]+\\.)?", "([a-z0-9-]+\\.)*", ".*", "(www\\.)?"};
        static const std::vector<std::string> labels = {"app",
                                                        "(app|admin)",
                                                        "[a-z]+",
                                                        "[a-z0-9-]+",
                                                        "[^.]+",
                                                        "(foo|bar|[a-z]+)",
                                                        "app[0-9]",
                                                        "a.b",
                                                        ".",
                                                        "(ab)+",
                                                        "\\w+",
                                                        "(foo|bar)",
                                                        "localhost",
                                                        "127\\.0\\.0\\.1",
                                                        "10\\.0\\.0\\.1",
                                                        "[a-z]",
                                                        "api.example",
                                                        "(example|example-static)"};
        static const std::vector<std::string> suffixes = {"\\.github\\.io",
                                                          "\\.co\\.uk",
                                                          "\\.herokuapp\\.com",
                                                          "\\.example\\.com",
                                                          "\\.com",
                                                          "\\.localhost",
                                                          "",
                                                          "\\.[a-z]+",
                                                          "\\.example\\.(com|org)",
                                                          "\\.example\\.co\\.uk",
                                                          "\\.io",
                                                          "\\.example.com",
                                                          "\\.(com|io)"};
        static const std::vector<std::string> ports = {"", "", "(:[0-9]+)?", ":8443", "(:\\d{1,5})?"};
        std::string host = one(prefixes) + one(labels) + one(suffixes);
        if (pick(5) == 0) host = "(" + host + "|" + one(labels) + one(suffixes) + ")";
        std::string pattern = one(schemes) + "://" + host + one(ports);
        if (pick(3) != 0) pattern = "^" + pattern + "$";
        return pattern;
    }

    std::string random_label() {
        std::string out;
        for (std::size_t n = 5 + static_cast<std::size_t>(pick(6)); n > 0; --n)
            out += "abcdefghijklmnopqrstuvwxyz0123456789"[pick(36)];
        return out;
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

private:
    const std::string& one(const std::vector<std::string>& v) {
        return v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
    }

    std::mt19937 rng_;
};

struct concrete_origin {
    std::string origin;
    std::string scheme;
    std::string host;
    bool random_first_label = false;  // the host's first label is a random one, not in any pattern
};

// Concrete origins to match the generated regexes against, by brute force.
std::vector<concrete_origin> brute_force_origins(origin_regex_generator& gen) {
    static const std::vector<std::string> suffixes = {
        "github.io", "co.uk", "herokuapp.com", "example.com",   "com",         "localhost",
        "io",        "uk",    "org",           "example.co.uk", "example.org", "dev"};
    static const std::vector<std::string> fixed_labels = {
        "app", "admin", "foo", "bar", "a", "ab", "abab", "app7", "example", "example-static", "www", "api"};
    std::vector<std::string> hosts = {"localhost", "127.0.0.1", "10.0.0.1", "apixexample.com",   "app.examplexcom",
                                      "[::1]",     "[::2]",     "a.b",      "www.app.github.io", "app.app.example.com"};
    std::vector<std::pair<std::string, bool>> labelled;
    for (const std::string& s : suffixes) {
        hosts.push_back(s);
        for (const std::string& l : fixed_labels) labelled.emplace_back(l + "." + s, false);
        for (int i = 0; i < 3; ++i) labelled.emplace_back(gen.random_label() + "." + s, true);
        labelled.emplace_back(gen.random_label() + ".app." + s, false);
    }
    for (const std::string& h : hosts) labelled.emplace_back(h, false);
    std::vector<concrete_origin> out;
    for (const char* scheme : {"https", "http", "ws", "wss", "ftp"})
        for (const auto& [host, random] : labelled)
            for (const char* port : {"", ":8443", ":3000"})
                out.push_back({std::string(scheme) + "://" + host + port, scheme, host, random});
    return out;
}

bool allowed_by(const cors::policy& p, const std::string& origin) {
    test::owned_request keep;
    return test::evaluate(p, "GET", {{"Origin", origin}}, keep).allowed();
}

// The plain rules' answer for an origin a regex accepted, with credentials and no opt-in: the
// origin listed plainly must build, and so must "scheme://*.rest" when its first label was
// chosen at random (the regex then lets that label vary, as a wildcard does).
bool plain_rules_accept(const concrete_origin& o) {
    cors::config plain;
    plain.credentials = true;
    plain.origins = {o.origin};
    if (!cors::policy::try_build(plain)) return false;
    if (o.random_first_label) {
        plain.origins = {o.scheme + "://*." + o.host.substr(o.host.find('.') + 1)};
        if (!cors::policy::try_build(plain)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("regex origins accepted with credentials accept only what the plain rules accept",
          "[validation][regex-rules]") {
    origin_regex_generator gen(20240614);
    const std::vector<concrete_origin> origins = brute_force_origins(gen);
    int accepted = 0, refused = 0, matched = 0;
    for (int i = 0; i < 250; ++i) {
        cors::config c;
        c.credentials = true;
        c.origin_regexes = {{gen.next(), cors::regex_target::origin}};
        CAPTURE(c.origin_regexes[0].pattern);
        const cors::build_result built = cors::policy::try_build(c);
        if (!built) {
            ++refused;
            continue;
        }
        ++accepted;
        for (const concrete_origin& o : origins) {
            if (!allowed_by(*built, o.origin)) continue;
            ++matched;
            CAPTURE(o.origin);
            CHECK(plain_rules_accept(o));
        }
    }
    // Neither side is empty: the generator reaches both outcomes, and accepted regexes match.
    CHECK(accepted > 40);
    CHECK(refused > 100);
    CHECK(matched > 100);
}

TEST_CASE("the regex analyses agree with brute-force matching", "[validation][regex-rules]") {
    namespace ra = cors::detail::regex_analysis;
    origin_regex_generator gen(777);
    const std::vector<concrete_origin> origins = brute_force_origins(gen);
    const auto is_ps = [](std::string_view d) { return d != "localhost" && cors::detail::is_public_suffix(d); };
    int cleartext_found = 0, cleartext_safe = 0, suffix_found = 0, suffix_safe = 0;
    for (int i = 0; i < 250; ++i) {
        const std::string pattern = gen.next();
        CAPTURE(pattern);
        cors::detail::regex_error error;
        const std::optional<cors::detail::regex> r = cors::detail::regex::compile(pattern, error);
        REQUIRE(r);
        REQUIRE(r->is_deterministic());
        const std::optional<std::string> cleartext = ra::cleartext_witness(*r, cors::regex_target::origin);
        const std::optional<ra::public_suffix_finding> suffix =
            ra::public_suffix_witness(*r, cors::regex_target::origin, is_ps);
        if (cleartext) {
            ++cleartext_found;
            CAPTURE(*cleartext);
            CHECK(r->full_match(*cleartext));
            CHECK(cors::parse_origin(*cleartext).has_value());
            cors::config plain;
            plain.credentials = true;
            plain.origins = {*cleartext};
            CHECK(test::error_codes(cors::policy::try_build(plain)) ==
                  std::vector<errc>{errc::origin_insecure_with_credentials});
        } else {
            ++cleartext_safe;
        }
        if (suffix) {
            ++suffix_found;
            CAPTURE(suffix->witness);
            CHECK(r->full_match(suffix->witness));
            const std::optional<cors::origin_view> o = cors::parse_origin(suffix->witness);
            REQUIRE(o.has_value());
            const std::string tail = suffix->label + "." + suffix->suffix;
            const std::string host(o->host);
            CHECK((host == tail || (host.size() > tail.size() &&
                                    host.compare(host.size() - tail.size() - 1, std::string::npos, "." + tail) == 0)));
            cors::config plain;
            plain.credentials = true;
            plain.dangerously_allow_insecure_origins = true;
            plain.origins = {std::string(o->scheme) + "://*." + suffix->suffix};
            CHECK(has(test::error_codes(cors::policy::try_build(plain)), errc::origin_public_suffix_wildcard));
        } else {
            ++suffix_safe;
        }
        for (const concrete_origin& o : origins) {
            if (!r->full_match(o.origin) || !cors::parse_origin(o.origin)) continue;
            CAPTURE(o.origin);
            if (!cleartext)
                CHECK_FALSE(((o.scheme == "http" || o.scheme == "ws") && !cors::detail::is_loopback_host(o.host)));
            if (!suffix && o.random_first_label) CHECK_FALSE(is_ps(o.host.substr(o.host.find('.') + 1)));
        }
    }
    CHECK(cleartext_found > 50);
    CHECK(cleartext_safe > 50);
    CHECK(suffix_found > 50);
    CHECK(suffix_safe > 50);
}
