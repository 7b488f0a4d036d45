// Cross-origin request protection (config::cross_origin_protection): Go's CrossOriginProtection
// test table as vectors (tests/data/go_csrf_vectors.json), unit tests, a property test against a
// small reference model, hostile Sec-Fetch-Site and Host values, routers and the JSON forms.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <cors/json.hpp>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

using json = nlohmann::json;

// A passing request reaches the handler (200); a refused one is answered with the decision's status.
int served_status(const cors::decision& d) { return d.action() == cors::action::respond ? d.status() : 200; }

cors::config protected_config(std::vector<std::string> origins, std::vector<std::string> bypass = {}) {
    cors::config c;
    c.origins = std::move(origins);
    c.cross_origin_protection.enabled = true;
    c.cross_origin_protection.bypass_paths = std::move(bypass);
    return c;
}

struct request_spec {
    std::string method = "POST";
    std::string path = "/";
    std::string host = "example.com";
    std::string sec_fetch_site;  // empty: absent
    std::string origin;          // empty: absent
};

test::owned_request owned(const request_spec& s) {
    test::owned_request r;
    r.method = s.method;
    r.path = s.path;
    if (!s.host.empty()) r.headers.emplace_back("Host", s.host);
    if (!s.sec_fetch_site.empty()) r.headers.emplace_back("Sec-Fetch-Site", s.sec_fetch_site);
    if (!s.origin.empty()) r.headers.emplace_back("Origin", s.origin);
    return r;
}

bool has_vary(const cors::decision& d, std::string_view token) {
    for (std::string_view t : d.vary())
        if (t == token) return true;
    return false;
}

}  // namespace

TEST_CASE("Go's CrossOriginProtection test table: same outcome, or a listed difference", "[csrf][vectors]") {
    std::ifstream in(CORS_TEST_DATA_DIR "/go_csrf_vectors.json");
    REQUIRE(in);
    const json vectors = json::parse(in);
    std::size_t same = 0, listed = 0;
    for (const json& group : vectors.at("groups")) {
        const std::string test_name = group.at("test").get<std::string>();
        std::vector<std::string> trusted = group.at("trusted").get<std::vector<std::string>>();
        if (trusted.empty()) trusted.push_back("https://placeholder.invalid");  // Go trusts none
        std::vector<std::string> bypass;
        const json unsupported = group.value("unsupported_bypass", json::object());
        for (const std::string& p : group.at("bypass").get<std::vector<std::string>>()) {
            if (!unsupported.contains(p)) {
                bypass.push_back(p);
                continue;
            }
            // A pattern we cannot write is refused when building, never silently read otherwise.
            INFO(test_name << ": " << p);
            const cors::build_result refused = cors::policy::try_build(protected_config(trusted, {p}));
            CHECK(test::error_codes(refused) == std::vector<cors::errc>{cors::errc::cross_origin_bypass_path_invalid});
        }
        cors::config c = protected_config(trusted, bypass);
        c.cross_origin_protection.status = group.value("deny_status", 403);
        const cors::policy p = cors::policy::build(c);
        for (const json& v : group.at("cases")) {
            request_spec s;
            s.method = v.at("method").get<std::string>();
            s.path = v.value("path", "/");
            s.host = group.at("host").get<std::string>();
            s.sec_fetch_site = v.at("sec_fetch_site").get<std::string>();
            s.origin = v.at("origin").get<std::string>();
            const test::owned_request r = owned(s);
            const cors::decision d = p.evaluate(r.view());
            const int go = v.at("status").get<int>();
            INFO(test_name << " / " << v.at("name").get<std::string>());
            if (v.contains("difference")) {
                CHECK(served_status(d) == v.at("ours").get<int>());
                CHECK(go != v.at("ours").get<int>());
                ++listed;
            } else {
                CHECK(served_status(d) == go);
                ++same;
            }
            if (served_status(d) != 200) {
                CHECK(d.why() == cors::reason::cross_origin_request_blocked);
                CHECK(d.headers().empty());
            }
        }
    }
    for (const json& v : vectors.at("trusted_origin_validation").at("cases")) {
        INFO(v.at("name").get<std::string>());
        cors::config c = protected_config({v.at("origin").get<std::string>()});
        CHECK(bool(cors::policy::try_build(c)) == v.at("valid").get<bool>());
        ++same;
    }
    // The counts the closing note of issue 19 reports.
    CHECK(same == 54);
    CHECK(listed == 2);
}

TEST_CASE("protection is off by default and changes nothing then", "[csrf]") {
    cors::config c;
    c.origins = {"https://app.example.com"};
    const cors::policy p = cors::policy::build(c);
    const test::owned_request r = owned({"POST", "/", "api.example.com", "cross-site", "https://evil.example"});
    const cors::decision d = p.evaluate(r.view());
    CHECK(d.action() == cors::action::forward);
    CHECK(d.why() == cors::reason::origin_not_allowed);
    CHECK(!has_vary(d, "Sec-Fetch-Site"));
}

TEST_CASE("a refused request: 403 (configurable), respond, no CORS header, Vary", "[csrf]") {
    cors::config c = protected_config({"https://app.example.com"});
    c.credentials = true;
    const cors::policy p = cors::policy::build(c);
    const test::owned_request evil = owned({"POST", "/", "api.example.com", "cross-site", "https://evil.example"});
    const cors::decision d = p.evaluate(evil.view());
    CHECK(d.kind() == cors::request_kind::actual);
    CHECK(d.why() == cors::reason::cross_origin_request_blocked);
    CHECK(!d.allowed());
    CHECK(d.action() == cors::action::respond);
    CHECK(d.status() == 403);
    CHECK(d.headers().empty());
    CHECK(test::vary_string(d) == "Origin, Sec-Fetch-Site");
    CHECK(d.offending_value() == "https://evil.example");

    // The allowed origin gets its CORS headers and passes; the response varies on Sec-Fetch-Site.
    const test::owned_request app = owned({"POST", "/", "api.example.com", "cross-site", "https://app.example.com"});
    const cors::decision ok = p.evaluate(app.view());
    CHECK(ok.allowed());
    CHECK(ok.action() == cors::action::forward);
    CHECK(ok.header_value("Access-Control-Allow-Origin") == "https://app.example.com");
    CHECK(test::vary_string(ok) == "Origin, Sec-Fetch-Site");

    // Without Origin: a cross-site no-cors request still refused (kind not_cors).
    const test::owned_request bare = owned({"DELETE", "/", "api.example.com", "same-site", ""});
    const cors::decision no_origin = p.evaluate(bare.view());
    CHECK(no_origin.kind() == cors::request_kind::not_cors);
    CHECK(no_origin.why() == cors::reason::cross_origin_request_blocked);
    CHECK(no_origin.offending_value() == "same-site");

    c.cross_origin_protection.status = 400;
    const cors::policy status_400 = cors::policy::build(c);
    CHECK(status_400.evaluate(evil.view()).status() == 400);
}

TEST_CASE("safe methods and preflights pass and do not vary on Sec-Fetch-Site", "[csrf]") {
    const cors::policy p = cors::policy::build(protected_config({"https://app.example.com"}));
    for (const char* m : {"GET", "HEAD", "OPTIONS"}) {
        const test::owned_request r = owned({m, "/", "api.example.com", "cross-site", "https://evil.example"});
        const cors::decision d = p.evaluate(r.view());
        CHECK(d.why() != cors::reason::cross_origin_request_blocked);
        CHECK(!has_vary(d, "Sec-Fetch-Site"));
    }
    // A preflight is OPTIONS: CORS answers it as before.
    test::owned_request pre;
    pre.method = "OPTIONS";
    pre.headers = {{"Origin", "https://app.example.com"},
                   {"Access-Control-Request-Method", "PUT"},
                   {"Sec-Fetch-Site", "cross-site"}};
    cors::config c = protected_config({"https://app.example.com"});
    c.methods = {"PUT"};
    const cors::policy with_put = cors::policy::build(c);
    const cors::decision d = with_put.evaluate(pre.view());
    CHECK(d.kind() == cors::request_kind::preflight);
    CHECK(d.allowed());
    CHECK(d.status() == 204);
    // Methods are compared as sent: a lower-case "get" is not a safe method (Go reads it so too).
    const test::owned_request lower = owned({"get", "/", "api.example.com", "cross-site", ""});
    CHECK(p.evaluate(lower.view()).why() == cors::reason::cross_origin_request_blocked);
}

TEST_CASE("Origin against the request's authority: Host, :authority, absolute-form target", "[csrf]") {
    const cors::policy p = cors::policy::build(protected_config({"https://app.example.com"}));
    const auto status = [&](std::string target, test::header_list headers) {
        test::owned_request r;
        r.method = "POST";
        r.path = std::move(target);
        r.headers = std::move(headers);
        return served_status(p.evaluate(r.view()));
    };
    const std::string origin = "https://api.example.com:8443";
    CHECK(status("/", {{"Host", "api.example.com:8443"}, {"Origin", origin}}) == 200);
    CHECK(status("/", {{"Host", "API.Example.com:8443"}, {"Origin", origin}}) == 200);  // hosts fold case
    CHECK(status("/", {{"Host", "api.example.com"}, {"Origin", origin}}) == 403);       // port differs
    CHECK(status("/", {{"Host", "api.example.com:443"}, {"Origin", "https://api.example.com"}}) == 200);
    CHECK(status("/", {{"Host", "api.example.com:80"}, {"Origin", "https://api.example.com"}}) == 403);
    CHECK(status("/", {{":authority", "api.example.com:8443"}, {"Origin", origin}}) == 200);
    // :authority wins over Host, an absolute-form target over both.
    CHECK(status("/", {{":authority", "evil.example"}, {"Host", "api.example.com:8443"}, {"Origin", origin}}) == 403);
    CHECK(status("https://api.example.com:8443/x", {{"Host", "evil.example"}, {"Origin", origin}}) == 200);
    CHECK(status("https://evil.example/x", {{"Host", "api.example.com:8443"}, {"Origin", origin}}) == 403);
    CHECK(status("https://u@api.example.com:8443/x", {{"Origin", origin}}) == 403);  // userinfo: no authority
    // A repeated Host or Origin is never read as a match.
    CHECK(status("/", {{"Host", "api.example.com:8443"}, {"Host", "api.example.com:8443"}, {"Origin", origin}}) == 403);
    CHECK(status("/", {{"Host", "api.example.com:8443"}, {"Origin", origin}, {"Origin", origin}}) == 403);
    // The Host match is only for browsers without Sec-Fetch-Site: a cross-site request is judged by it.
    CHECK(status("/", {{"Host", "api.example.com:8443"}, {"Origin", origin}, {"Sec-Fetch-Site", "cross-site"}}) == 403);
    // No Host at all: only the policy's origins.
    CHECK(status("/", {{"Origin", origin}}) == 403);
    CHECK(status("/", {{"Origin", "https://app.example.com"}}) == 200);
}

TEST_CASE("Sec-Fetch-Site values: exact, case-sensitive; empty is absent; repeated is untrusted", "[csrf]") {
    const cors::policy p = cors::policy::build(protected_config({"https://app.example.com"}));
    const auto status = [&](test::header_list headers) {
        test::owned_request r;
        r.method = "POST";
        r.headers = std::move(headers);
        return served_status(p.evaluate(r.view()));
    };
    CHECK(status({{"Sec-Fetch-Site", "same-origin"}}) == 200);
    CHECK(status({{"sec-fetch-site", "none"}}) == 200);
    CHECK(status({{"Sec-Fetch-Site", "  same-origin  "}}) == 200);  // whitespace trimmed, as parsers do
    CHECK(status({{"Sec-Fetch-Site", "Same-Origin"}}) == 403);
    CHECK(status({{"Sec-Fetch-Site", "same-origin, same-origin"}}) == 403);
    CHECK(status({{"Sec-Fetch-Site", "same-origin"}, {"Sec-Fetch-Site", "same-origin"}}) == 403);
    CHECK(status({{"Sec-Fetch-Site", ""}}) == 200);  // Go reads an empty value as absent
    CHECK(status({{"Sec-Fetch-Site", ""}, {"Origin", "https://evil.example"}}) == 403);
    CHECK(status({{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://app.example.com"}}) == 200);
    CHECK(status({{"Sec-Fetch-Site", "same-site"}, {"Origin", "https://app.example.com"}}) == 200);
    CHECK(status({{"Sec-Fetch-Site", "same-site"}, {"Origin", "https://sub.app.example.com"}}) == 403);
}

TEST_CASE("the trusted origins are the policy's: patterns, regexes, predicates, null opt-in", "[csrf]") {
    cors::config c = protected_config({"https://*.example.com"});
    c.origin_predicate = [](std::string_view o) { return o == "https://predicate.test"; };
    c.origins.push_back("null");
    c.dangerously_allow_null_origin = true;
    const cors::policy p = cors::policy::build(c);
    const auto status = [&](std::string origin) {
        return served_status(p.evaluate(owned({"PATCH", "/", "api.example.net", "cross-site", origin}).view()));
    };
    CHECK(status("https://a.example.com") == 200);
    CHECK(status("https://example.com") == 403);
    CHECK(status("https://predicate.test") == 200);
    CHECK(status("null") == 200);
    CHECK(status("https://a.example.com.evil.test") == 403);
    CHECK(status("https://A.example.com") == 403);  // not canonical: CORS refuses it, so does the protection
}

TEST_CASE("bypass paths: exact or prefix, never a path servers could read in two ways", "[csrf][security]") {
    const cors::policy p =
        cors::policy::build(protected_config({"https://app.example.com"}, {"/hooks/", "/login", "/Case/"}));
    const auto status = [&](std::string path) {
        return served_status(
            p.evaluate(owned({"POST", path, "api.example.com", "cross-site", "https://evil.example"}).view()));
    };
    CHECK(status("/hooks/") == 200);
    CHECK(status("/hooks/github") == 200);
    CHECK(status("/hooks/github?x=1") == 200);
    CHECK(status("/hooks/%78") == 200);  // both readings are under /hooks/
    CHECK(status("/hooks") == 403);
    CHECK(status("/login") == 200);
    CHECK(status("/login?next=/") == 200);
    CHECK(status("/login/") == 403);
    CHECK(status("/login/x") == 403);
    CHECK(status("/loginx") == 403);
    CHECK(status("/api/x") == 403);
    // CVE-2025-47910's shape: what a server may route elsewhere never bypasses.
    CHECK(status("/hooks/../api/x") == 403);
    CHECK(status("/hooks/%2e%2e/api/x") == 403);
    CHECK(status("/hooks/..%2fapi") == 403);
    CHECK(status("/hooks//x") == 403);
    CHECK(status("/hooks/x;jsessionid=1") == 403);
    CHECK(status("/hooks/x\\..\\api") == 403);
    CHECK(status("/h%6foks/x") == 403);  // under /hooks/ only once decoded
    CHECK(status("/HOOKS/x") == 403);    // case: compared as written
    CHECK(status("/case/x") == 403);
    CHECK(status("/Case/x") == 200);
    CHECK(status("") == 403);  // no path set: nothing bypasses
    CHECK(status("https://api.example.com/hooks/x") == 403);
    CHECK(status("/hooks/" + std::string(cors::max_request_path_length, 'a')) == 403);
}

TEST_CASE("validation: bypass paths, status, the any-origin warning", "[csrf][validation]") {
    for (const char* bad :
         {"hooks/", "/hooks/*", "/a/../b", "/a//b", "/a;b", "/a%2fb", "/a?b", "/only/{id}", "", "POST /x"}) {
        INFO(bad);
        const cors::build_result r = cors::policy::try_build(protected_config({"https://a.example"}, {bad}));
        REQUIRE(test::error_codes(r) == std::vector<cors::errc>{cors::errc::cross_origin_bypass_path_invalid});
        CHECK(r.diagnostics()[0].field == "/cross_origin_protection/bypass_paths/0");
        CHECK(r.diagnostics()[0].message.find("bypass path") != std::string::npos);
    }
    for (int status : {200, 399, 600, 0, -1}) {
        cors::config c = protected_config({"https://a.example"});
        c.cross_origin_protection.status = status;
        CHECK(test::error_codes(cors::policy::try_build(c)) ==
              std::vector<cors::errc>{cors::errc::cross_origin_protection_status_invalid});
    }
    CHECK(test::warning_codes(cors::policy::try_build(protected_config({"*"}))) ==
          std::vector<cors::errc>{cors::errc::cross_origin_protection_trusts_any_origin});
    // Disabled, a "*" policy does not warn.
    cors::config off;
    off.origins = {"*"};
    CHECK(test::warning_codes(cors::policy::try_build(off)).empty());
}

TEST_CASE("hostile Sec-Fetch-Site and Host: refused or ignored, never reflected", "[csrf][hostile]") {
    const cors::policy p = cors::policy::build(protected_config({"https://app.example.com"}));
    const std::string huge(1 << 20, 'x');
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>(i % 256);
    for (const std::string* value : {&huge, static_cast<const std::string*>(&garbage)}) {
        test::owned_request r;
        r.method = "POST";
        r.headers = {{"Sec-Fetch-Site", *value}, {"Host", *value}, {"Origin", "https://app.example.com"}};
        const cors::decision allowed = p.evaluate(r.view());  // the allowed origin passes whatever they say
        CHECK(allowed.allowed());
        for (const cors::header& h : allowed.headers()) CHECK(h.value.size() < 100);
        r.headers = {{"Sec-Fetch-Site", *value}, {"Host", *value}, {"Origin", "https://" + value->substr(0, 300)}};
        const cors::decision d = p.evaluate(r.view());
        CHECK(d.why() == cors::reason::cross_origin_request_blocked);
        CHECK(d.headers().empty());
        r.headers = {{"Host", *value}, {"Origin", "https://evil.example"}};
        CHECK(p.evaluate(r.view()).why() == cors::reason::cross_origin_request_blocked);
        r.headers = {{":authority", *value}, {"Host", "evil.example"}, {"Origin", "https://evil.example"}};
        CHECK(p.evaluate(r.view()).why() == cors::reason::cross_origin_request_blocked);
    }
    // A Host of the Origin's host with garbage after it is not the Origin's authority.
    test::owned_request r;
    r.method = "POST";
    r.headers = {{"Host", std::string("evil.example\0", 13)}, {"Origin", "https://evil.example"}};
    CHECK(p.evaluate(r.view()).why() == cors::reason::cross_origin_request_blocked);
}

TEST_CASE("routers: per-route protection; requests without a policy are protected too", "[csrf][router]") {
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, protected_config({"https://app.example.com"}, {"/api/hooks/"})});
    cors::config open;
    open.origins = {"https://app.example.com"};
    rc.routes.push_back({{"/public/"}, {}, open});
    const cors::router router = cors::router::build(rc);
    const auto decide = [&](std::string path, std::string sfs, std::string origin) {
        const test::owned_request r = owned({"POST", path, "api.example.com", sfs, origin});
        return router.evaluate(r.view());
    };
    CHECK(decide("/api/items", "cross-site", "https://evil.example").why() ==
          cors::reason::cross_origin_request_blocked);
    CHECK(decide("/api/items", "cross-site", "https://app.example.com").allowed());
    CHECK(decide("/api/hooks/x", "cross-site", "https://evil.example").action() == cors::action::forward);
    CHECK(decide("/public/x", "cross-site", "https://evil.example").action() == cors::action::forward);
    // Paths the router gives no policy (ambiguous or uncovered): no origin is trusted, no bypass.
    const cors::decision unrouted = decide("/api/../api/items", "cross-site", "https://app.example.com");
    CHECK(unrouted.why() == cors::reason::cross_origin_request_blocked);
    CHECK(unrouted.action() == cors::action::respond);
    CHECK(unrouted.status() == 403);
    CHECK(has_vary(unrouted, "Sec-Fetch-Site"));
    CHECK(decide("/other", "cross-site", "").why() == cors::reason::cross_origin_request_blocked);
    CHECK(decide("/other", "same-origin", "").action() == cors::action::forward);
    CHECK(decide("/other", "", "").action() == cors::action::forward);

    // No route protecting: unrouted requests are as before.
    cors::router_config plain;
    plain.routes.push_back({{"/public/"}, {}, open});
    const cors::router r2 = cors::router::build(plain);
    const test::owned_request other =
        owned({"POST", "/other", "api.example.com", "cross-site", "https://evil.example"});
    CHECK(r2.evaluate(other.view()).why() == cors::reason::no_policy);
}

TEST_CASE("JSON: cross_origin_protection in policies and router routes", "[csrf][json]") {
    const cors::build_result p = cors::policy_from_json(R"({"origins": ["https://app.example.com"],
        "cross_origin_protection": {"enabled": true, "bypass_paths": ["/hooks/"], "status": 418}})");
    REQUIRE(p);
    CHECK(p->source().cross_origin_protection.enabled);
    CHECK(p->source().cross_origin_protection.bypass_paths == std::vector<std::string>{"/hooks/"});
    const test::owned_request evil = owned({"POST", "/x", "api.example.com", "cross-site", "https://evil.example"});
    CHECK(p->evaluate(evil.view()).status() == 418);

    const cors::build_result bad = cors::policy_from_json(R"({"origins": ["https://app.example.com"],
        "cross_origin_protection": {"enabled": true, "bypass_paths": ["/ok/", "/a/../b"], "bogus": 1}})");
    REQUIRE(!bad);
    std::set<std::string> fields;
    for (const cors::diagnostic& d : bad.diagnostics()) fields.insert(d.field);
    CHECK(fields == std::set<std::string>{"/cross_origin_protection/bypass_paths/1", "/cross_origin_protection/bogus"});
    CHECK(test::error_codes(cors::policy_from_json(R"({"origins": ["https://a.example"],
        "cross_origin_protection": true})")) == std::vector<cors::errc>{cors::errc::json_type});

    const cors::router_build_result r = cors::router_from_json(R"({"routes": [{"paths": ["/api/"],
        "policy": {"origins": ["https://app.example.com"], "cross_origin_protection": {"enabled": true}}}]})");
    REQUIRE(r);
    const test::owned_request api = owned({"POST", "/api/x", "api.example.com", "cross-site", "https://evil.example"});
    CHECK(r->evaluate(api.view()).why() == cors::reason::cross_origin_request_blocked);
}

namespace {

// The reference model: the issue's rules written as plainly as possible, over a small alphabet.
struct model_request {
    std::string method, path, host, sec_fetch_site, origin;
    bool has_sfs = false, has_origin = false, has_host = false;
    int sfs_count = 1, origin_count = 1;
};

bool model_bypass(const std::string& path) {
    // Hand-labelled for bypass paths {"/hooks/", "/login"}.
    static const std::set<std::string> yes = {"/hooks/", "/hooks/x", "/hooks/x?y=1", "/hooks/%78", "/login"};
    return yes.count(path) > 0;
}

std::string lower(std::string s) {
    for (char& ch : s)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}

bool model_host_match(const model_request& r) {
    if (!r.has_host || r.origin == "null") return false;
    const std::size_t sep = r.origin.find("://");
    const std::string scheme = r.origin.substr(0, sep), own = r.origin.substr(sep + 3);
    const std::string host = lower(r.host);
    if (host == own) return true;
    return (scheme == "https" && host == own + ":443") || (scheme == "http" && host == own + ":80");
}

bool model_passes(const model_request& r, const std::set<std::string>& trusted) {
    if (r.method == "GET" || r.method == "HEAD" || r.method == "OPTIONS") return true;
    const bool exempt = model_bypass(r.path) || (r.has_origin && r.origin_count == 1 && trusted.count(r.origin));
    if (r.has_sfs && !r.sec_fetch_site.empty())
        return (r.sfs_count == 1 && (r.sec_fetch_site == "same-origin" || r.sec_fetch_site == "none")) || exempt;
    if (!r.has_origin) return true;
    if (r.origin_count == 1 && model_host_match(r)) return true;
    return exempt;
}

}  // namespace

TEST_CASE("property: the engine agrees with the reference model", "[csrf][property]") {
    const std::set<std::string> trusted = {"https://app.example.com", "http://localhost:3000"};
    const cors::policy p = cors::policy::build(
        protected_config(std::vector<std::string>(trusted.begin(), trusted.end()), {"/hooks/", "/login"}));
    const std::vector<std::string> methods = {"GET",    "HEAD",  "OPTIONS", "POST", "PUT",
                                              "DELETE", "PATCH", "get",     "QUERY"};
    const std::vector<std::string> paths = {"/",        "/hooks/",   "/hooks/x", "/hooks/x?y=1", "/hooks/%78",
                                            "/login",   "/login/",   "/hooks",   "/hooks/../x",  "/h%6foks/x",
                                            "/HOOKS/x", "/hooks//x", "/api/x"};
    const std::vector<std::string> sites = {"same-origin", "none", "same-site", "cross-site", "", "bogus", "None"};
    const std::vector<std::string> origins = {"https://app.example.com", "http://localhost:3000",
                                              "https://api.example.com", "https://api.example.com:8443",
                                              "http://api.example.com",  "null",
                                              "https://evil.example"};
    const std::vector<std::string> hosts = {"api.example.com",    "API.example.com",      "api.example.com:443",
                                            "api.example.com:80", "api.example.com:8443", "localhost:3000",
                                            "evil.example"};
    std::mt19937 rng(19);
    const auto pick = [&](const std::vector<std::string>& v) {
        return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
    };
    const auto coin = [&] { return std::uniform_int_distribution<int>(0, 3)(rng) != 0; };
    std::size_t blocked = 0;
    for (int i = 0; i < 20000; ++i) {
        model_request m;
        m.method = pick(methods);
        m.path = pick(paths);
        m.has_sfs = coin();
        m.sec_fetch_site = pick(sites);
        m.has_origin = coin();
        m.origin = pick(origins);
        m.has_host = coin();
        m.host = pick(hosts);
        m.sfs_count = std::uniform_int_distribution<int>(0, 9)(rng) == 0 ? 2 : 1;
        m.origin_count = std::uniform_int_distribution<int>(0, 9)(rng) == 0 ? 2 : 1;
        test::owned_request r;
        r.method = m.method;
        r.path = m.path;
        if (m.has_host) r.headers.emplace_back("Host", m.host);
        for (int k = 0; m.has_sfs && k < m.sfs_count; ++k) r.headers.emplace_back("Sec-Fetch-Site", m.sec_fetch_site);
        for (int k = 0; m.has_origin && k < m.origin_count; ++k) r.headers.emplace_back("Origin", m.origin);
        const cors::decision d = p.evaluate(r.view());
        const bool expected = model_passes(m, trusted);
        INFO(m.method << " " << m.path << " host=" << (m.has_host ? m.host : "-")
                      << " sfs=" << (m.has_sfs ? m.sec_fetch_site : "-") << "x" << m.sfs_count
                      << " origin=" << (m.has_origin ? m.origin : "-") << "x" << m.origin_count);
        REQUIRE((d.why() != cors::reason::cross_origin_request_blocked) == expected);
        if (!expected) {
            ++blocked;
            REQUIRE(d.action() == cors::action::respond);
            REQUIRE(d.status() == 403);
            REQUIRE(d.headers().empty());
        }
        const bool safe = m.method == "GET" || m.method == "HEAD" || m.method == "OPTIONS";
        if (safe) REQUIRE(!has_vary(d, "Sec-Fetch-Site"));
        if (!expected) REQUIRE(has_vary(d, "Sec-Fetch-Site"));
    }
    CHECK(blocked > 1000);
}
