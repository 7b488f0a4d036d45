// Origin matching: exact, "*", subdomain and port wildcards, regexes, the predicate, null.
#include <initializer_list>
#include <string>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

cors::policy make(std::vector<std::string> origins, bool credentials = false) {
    cors::config c;
    c.origins = std::move(origins);
    c.credentials = credentials;
    return cors::policy::build(c);
}

bool allows(const cors::policy& p, const std::string& origin) {
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", origin}}, keep);
    if (d.allowed()) {
        CHECK(d.header_value("Access-Control-Allow-Origin") ==
              (d.header_value("Access-Control-Allow-Origin") == "*" ? "*" : origin));
    } else {
        CHECK_FALSE(d.has_header("Access-Control-Allow-Origin"));
    }
    return d.allowed();
}

// Each origin of `allowed` allowed, each of `refused` refused (allows() checks the headers).
void check_origins(const cors::policy& p, std::initializer_list<std::string> allowed,
                   std::initializer_list<std::string> refused) {
    for (const std::string& origin : allowed) {
        INFO(origin);
        CHECK(allows(p, origin));
    }
    for (const std::string& origin : refused) {
        INFO(origin);
        CHECK_FALSE(allows(p, origin));
    }
}

}  // namespace

TEST_CASE("exact origins match byte for byte", "[matching]") {
    const cors::policy p = make({"https://app.example.com", "http://localhost:3000", "http://[::1]:8080"});
    CHECK(allows(p, "https://app.example.com"));
    CHECK(allows(p, "http://localhost:3000"));
    CHECK(allows(p, "http://[::1]:8080"));
    for (const char* denied :
         {"http://app.example.com", "https://app.example.com:8443", "https://APP.example.com",
          "https://app.example.com.", "https://app.example.com.evil.net", "https://evilapp.example.com",
          "https://app.example.co", "https://pp.example.com", "http://localhost:3001", "http://localhost",
          "https://app.example.com/", "https://app.example.com:443"}) {
        CAPTURE(denied);
        CHECK_FALSE(allows(p, denied));
    }
}

TEST_CASE("any origin without credentials answers *", "[matching]") {
    const cors::policy p = make({"*"});
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", "https://anything.example"}}, keep);
    CHECK(d.allowed());
    CHECK(d.header_value("Access-Control-Allow-Origin") == "*");
    CHECK(d.vary().empty());  // the answer does not depend on the Origin
    // "*" covers the opaque origin too (browsers accept ACAO * for Origin: null).
    const cors::decision n = test::evaluate(p, "GET", {{"Origin", "null"}}, keep);
    CHECK(n.allowed());
    CHECK(n.header_value("Access-Control-Allow-Origin") == "*");
}

TEST_CASE("subdomain wildcards match one or more labels, never the apex or look-alikes", "[matching]") {
    const cors::policy p = make({"https://*.example.com"});
    CHECK(allows(p, "https://a.example.com"));
    CHECK(allows(p, "https://deep.sub.example.com"));
    CHECK(allows(p, "https://my_app.example.com"));
    for (const char* denied : {"https://example.com", "https://evilexample.com", "https://a.example.com.evil.net",
                               "http://a.example.com", "https://a.example.com:8443", "https://a.example.com.",
                               "https://a.example.co", "https://.example.com", "https://a.eexample.com"}) {
        CAPTURE(denied);
        CHECK_FALSE(allows(p, denied));
    }
}

TEST_CASE("port wildcards match any port including the default", "[matching]") {
    const cors::policy p = make({"http://localhost:*", "https://*.dev.example:*"});
    check_origins(p,
                  {"http://localhost", "http://localhost:1", "http://localhost:65535", "https://a.dev.example:8443",
                   "https://a.dev.example"},
                  {"https://localhost:3000", "http://localhost.evil.net:3000", "http://sub.localhost:3000",
                   "https://dev.example:8443"});
}

TEST_CASE("a wildcard with a fixed port matches only that port", "[matching]") {
    const cors::policy p = make({"https://*.example.com:8443"});
    CHECK(allows(p, "https://a.example.com:8443"));
    CHECK_FALSE(allows(p, "https://a.example.com"));
    CHECK_FALSE(allows(p, "https://a.example.com:8444"));
}

TEST_CASE("many patterns coexist", "[matching]") {
    std::vector<std::string> origins;
    for (int i = 0; i < 1000; ++i) origins.push_back("https://*.t" + std::to_string(i) + ".example");
    for (int i = 0; i < 1000; ++i) origins.push_back("https://o" + std::to_string(i) + ".example.net");
    const cors::policy p = make(origins);
    check_origins(p, {"https://x.t999.example", "https://x.y.t0.example", "https://o999.example.net"},
                  {"https://t999.example", "https://x.t1000.example", "https://o1000.example.net"});
}

TEST_CASE("regexes match the whole origin, in linear time", "[matching]") {
    cors::config c;
    c.origin_regexes = {{R"(^https://([a-z0-9-]+\.)*example\.com$)", cors::regex_target::origin},
                        {R"(a\.test|b\.test)", cors::regex_target::host}};
    const cors::policy p = cors::policy::build(c);
    check_origins(p, {"https://example.com", "https://a.b.example.com"},
                  {"https://a.b.example.com.evil.net", "http://example.com"});
    // host-only regexes ignore scheme and port (Kong's reading) but still match the whole host
    check_origins(p, {"http://a.test", "https://b.test:8443"}, {"http://a.test.evil.com", "http://xa.test"});
    // A non-canonical origin never reaches the regex.
    CHECK_FALSE(allows(p, "https://EXAMPLE.com"));
}

TEST_CASE("a pathological regex stays linear", "[matching]") {
    cors::config c;
    c.origin_regexes = {{R"(^https://(a|a)*b\.example$)", cors::regex_target::origin}};
    const cors::policy p = cors::policy::build(c);
    CHECK_FALSE(allows(p, "https://" + std::string(250, 'a')));
    CHECK(allows(p, "https://aaaab.example"));
}

TEST_CASE("the predicate decides what nothing else expresses", "[matching]") {
    cors::config c;
    c.origin_predicate = [](std::string_view origin) {
        return origin.size() == 22 && origin.substr(0, 8) == "https://";
    };
    const cors::policy p = cors::policy::build(c);
    CHECK(allows(p, "https://abc.example.io"));
    CHECK_FALSE(allows(p, "https://abcd.example.io"));
    // It only ever sees canonical origins, and never "null".
    CHECK_FALSE(allows(p, "https://ABC.example.io"));
    CHECK_FALSE(allows(p, "null"));
}

TEST_CASE("null matches only through the dangerous opt-in", "[matching]") {
    CHECK_FALSE(allows(make({"https://app.example.com"}), "null"));
    cors::config c;
    c.origins = {"null"};
    c.dangerously_allow_null_origin = true;
    const cors::policy p = cors::policy::build(c);
    CHECK(allows(p, "null"));
    CHECK_FALSE(allows(p, "https://app.example.com"));
}

TEST_CASE("reflecting any origin with credentials needs the dangerous opt-in", "[matching]") {
    cors::config c;
    c.origins = {"*"};
    c.credentials = true;
    c.dangerously_reflect_any_origin_with_credentials = true;
    const cors::policy p = cors::policy::build(c);
    test::owned_request keep;
    const cors::decision d = test::evaluate(p, "GET", {{"Origin", "https://any.example"}}, keep);
    CHECK(d.header_value("Access-Control-Allow-Origin") == "https://any.example");
    CHECK(d.header_value("Access-Control-Allow-Credentials") == "true");
    CHECK(test::vary_string(d) == "Origin");
    // Still only canonical origins, and never null without its own opt-in.
    CHECK_FALSE(test::evaluate(p, "GET", {{"Origin", "https://EVIL.example"}}, keep).allowed());
    CHECK(test::evaluate(p, "GET", {{"Origin", "null"}}, keep).why() == cors::reason::origin_null);
}

TEST_CASE("patterns with long schemes match only their own scheme", "[origin][matching]") {
    const std::string a(40, 'a');
    const std::string b = std::string(39, 'a') + "b";  // same length, edges differ only at the end
    const std::string c = std::string(20, 'a') + "c" + std::string(19, 'a');  // differs in the middle
    cors::config cfg;
    cfg.origins = {a + "://*.example.com", "https://*.example.org"};
    const cors::policy p = cors::policy::build(cfg);
    test::owned_request keep;
    for (const auto& [scheme, allowed] :
         std::vector<std::pair<std::string, bool>>{{a, true}, {b, false}, {c, false}, {"https", false}}) {
        CAPTURE(scheme);
        CHECK(test::evaluate(p, "GET", {{"Origin", scheme + "://x.example.com"}}, keep).allowed() == allowed);
    }
    CHECK(test::evaluate(p, "GET", {{"Origin", "https://x.example.org"}}, keep).allowed());
}
