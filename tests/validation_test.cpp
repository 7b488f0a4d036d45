// Policy validation: every rule, every problem reported at once, with code, field, value, message.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

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
