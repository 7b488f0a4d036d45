// Every case of the Fetch/wpt conformance vectors (tests/data/fetch_spec.json) that a
// server-side engine can decide: the request from the vector goes through the engine under the
// policy the vector describes, and the browser model (tests/browser_model.hpp, written from the
// Fetch standard) says whether a browser accepts our response.
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "browser_model.hpp"
#include "catch.hpp"
#include "test_support.hpp"

namespace {

using json = nlohmann::json;

const char* const wpt_origin = "http://web-platform.test:8000";

test::owned_request request_of(const json& v) {
    test::owned_request r;
    r.method = v.at("request").at("method").get<std::string>();
    for (const auto& [name, value] : v.at("request").at("headers").items())
        r.headers.emplace_back(name, value.get<std::string>());
    return r;
}

// The browser's view of the request: a preflight carries the method and unsafe headers asked for.
browser::request browser_request_of(const test::owned_request& r, bool credentials) {
    browser::request b;
    b.credentials = credentials;
    b.method = r.method;
    for (const auto& [name, value] : r.headers) {
        if (name == "Origin") b.origin = value;
        if (name == "Access-Control-Request-Method") b.method = value;
        if (name == "Access-Control-Request-Headers") {
            const auto names = browser::extract_list(value);
            REQUIRE(names);
            b.unsafe_headers = *names;
        }
    }
    return b;
}

struct outcome {
    std::optional<cors::policy> policy;
    cors::decision decision;
    browser::response response;
    browser::request request;
    test::owned_request keep;
};

// Runs the vector's request through a policy built from `c` and models the browser.
std::unique_ptr<outcome> run(const json& v, const cors::config& c, bool credentials, int handler_status = 200) {
    auto o = std::make_unique<outcome>();
    o->keep = request_of(v);
    o->policy = cors::policy::build(c);
    o->decision = o->policy->evaluate(o->keep.view());
    o->response = browser::from_decision(o->decision, handler_status);
    o->request = browser_request_of(o->keep, credentials);
    return o;
}

bool accepted(const outcome& o) {
    return o.decision.kind() == cors::request_kind::preflight ? browser::preflight_check(o.request, o.response)
                                                              : browser::cors_check(o.request, o.response);
}

cors::config allow_wpt() {
    cors::config c;
    c.origins = {wpt_origin};
    return c;
}

// A preflight for a safelisted method asking for one header: accepted with that header
// allowed, and no Access-Control-Allow-Methods (a safelisted method needs none).
void check_safelisted_method_preflight(const json& v, const char* request_header) {
    cors::config c = allow_wpt();
    c.request_headers = {request_header};
    const auto o = run(v, c, false);
    CHECK(accepted(*o));
    CHECK_FALSE(o->decision.has_header("Access-Control-Allow-Methods"));
}

// Whether the browser lets the page read `name` from the response.
bool exposed(const outcome& o, const char* name) { return browser::exposed(o.request, o.response, name); }

// Each header of `readable` exposed to the page, each of `hidden` not.
void check_exposed(const outcome& o, std::initializer_list<const char*> readable,
                   std::initializer_list<const char*> hidden) {
    for (const char* name : readable) {
        INFO(name);
        CHECK(exposed(o, name));
    }
    for (const char* name : hidden) {
        INFO(name);
        CHECK_FALSE(exposed(o, name));
    }
}

// wpt's origin with credentials (its origins are http: an opt-in).
cors::config allow_wpt_credentialed() {
    cors::config c = allow_wpt();
    c.credentials = true;
    c.dangerously_allow_insecure_origins = true;
    return c;
}

using check_fn = std::function<void(const json&)>;

const std::map<std::string, check_fn>& decidable() {
    static const std::map<std::string, check_fn> cases = {
        {"preflight-acrh-sorted-lowercase-no-spaces",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"content-type",    "x-test-header-a", "x-test-header-b", "x-test-header-c",
                                  "x-test-header-d", "x-test-header1",  "x-test-header2",  "x-test-header3"};
             CHECK(accepted(*run(v, c, false)));
             cors::config any;
             any.origins = {"*"};
             any.request_headers = {"*"};
             CHECK(accepted(*run(v, any, false)));
             c.request_headers.pop_back();  // one name missing: denied
             CHECK_FALSE(accepted(*run(v, c, false)));
         }},
        {"preflight-no-acrh-when-only-safelisted-headers",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.methods = {"PUT"};
             CHECK(accepted(*run(v, c, false)));
             c.methods = {};
             CHECK_FALSE(accepted(*run(v, c, false)));
         }},
        {"preflight-custom-method-case-sensitive",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.methods = {"patcH"};
             const auto o = run(v, c, false);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Methods") == "patcH");
             c.methods = {"PATCH"};
             CHECK_FALSE(accepted(*run(v, c, false)));
         }},
        {"preflight-put-lowercase-acam-rejected",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.origins = {"http://web-platform.test:8000"};
             c.credentials = true;
             c.dangerously_allow_insecure_origins = true;  // wpt's origins are http
             c.methods = {"put"};                          // normalised to PUT, as browsers normalise the request
             const auto o = run(v, c, true);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Methods") == "PUT");
             // The model agrees with wpt that a literal "put" would fail.
             browser::response bad = o->response;
             for (auto& h : bad.headers)
                 if (h.first == "Access-Control-Allow-Methods") h.second = "put";
             CHECK_FALSE(browser::preflight_check(o->request, bad));
         }},
        {"preflight-safelisted-method-ignores-acam",
         [](const json& v) { check_safelisted_method_preflight(v, "x-test"); }},
        {"preflight-wildcard-method-noncredentialed",
         [](const json& v) {
             cors::config c;
             c.origins = {"*"};
             c.methods = {"*"};
             c.request_headers = {"x-test"};
             CHECK(accepted(*run(v, c, false)));
         }},
        {"preflight-wildcards-with-credentials-rejected",
         [](const json& v) {
             // "*" in a credentialed policy is expanded by the engine (echo), so the browser accepts.
             cors::config c = allow_wpt_credentialed();
             c.methods = {"*"};
             c.request_headers = {"*"};
             const auto o = run(v, c, true);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Methods") == "OK");
             CHECK(o->decision.header_value("Access-Control-Allow-Headers") == "x-test");
             // A literal "*" response would be rejected, as the vector says.
             browser::response star = o->response;
             for (auto& h : star.headers)
                 if (h.first == "Access-Control-Allow-Methods" || h.first == "Access-Control-Allow-Headers")
                     h.second = "*";
             CHECK_FALSE(browser::preflight_check(o->request, star));
         }},
        {"preflight-literal-star-method-and-header-credentialed",
         [](const json& v) {
             cors::config c = allow_wpt_credentialed();
             c.methods = {"*"};
             c.request_headers = {"*"};
             CHECK(accepted(*run(v, c, true)));
         }},
        {"preflight-authorization-not-covered-by-wildcard",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"*"};
             const auto denied = run(v, c, false);
             CHECK(denied->decision.why() == cors::reason::header_not_allowed);
             CHECK_FALSE(accepted(*denied));
             c.request_headers = {"*", "Authorization"};
             const auto o = run(v, c, false);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Headers") == "authorization");
         }},
        {"preflight-authorization-explicit",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"Authorization"};
             CHECK(accepted(*run(v, c, false)));
         }},
        {"preflight-status-must-be-ok",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"x-force-preflight"};
             for (int status : {200, 204, 299}) {
                 c.preflight_success_status = status;
                 const auto o = run(v, c, false);
                 CHECK(o->decision.status() == status);
                 CHECK(accepted(*o));
             }
         }},
        {"preflight-redirect-rejected",
         [](const json& v) {
             // The engine never answers a preflight with a redirect, allowed or denied.
             cors::config c = allow_wpt();
             c.request_headers = {"x-force-preflight"};
             const auto ok = run(v, c, false);
             CHECK(ok->decision.action() == cors::action::respond);
             CHECK((ok->decision.status() < 300 || ok->decision.status() >= 400));
             c.request_headers = {};
             const auto denied = run(v, c, false);
             CHECK((denied->decision.status() < 300 || denied->decision.status() >= 400));
         }},
        {"preflight-invalid-acah-token-poisons-list",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"x-force-preflight", "header name with space"};
             CHECK_FALSE(cors::policy::try_build(c));  // never emitted: refused when built
             c.request_headers = {"x-force-preflight"};
             const auto o = run(v, c, false);
             CHECK(browser::extract_list(o->response.get("Access-Control-Allow-Headers")));
             CHECK(accepted(*o));
         }},
        {"preflight-invalid-acam-token",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"x-force-preflight"};
             c.methods = {"Bad method name"};
             CHECK_FALSE(cors::policy::try_build(c));
             c.methods = {"PUT"};
             CHECK(accepted(*run(v, c, false)));
         }},
        {"preflight-acah-empty-elements-and-case",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"y-lol", "x-PriNT", "Y-PRINT"};
             CHECK(accepted(*run(v, c, false)));
         }},
        {"actual-acao-exact-origin",
         [](const json& v) {
             const auto o = run(v, allow_wpt(), false);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Origin") == wpt_origin);
         }},
        {"actual-acao-different-port-is-different-origin",
         [](const json& v) {
             cors::config c;
             c.origins = {"http://web-platform.test:8001"};
             const auto o = run(v, c, false);
             CHECK_FALSE(accepted(*o));
             CHECK(o->decision.headers().empty());
         }},
        {"actual-multiple-acao-rejected",
         [](const json& v) {
             cors::config c;
             c.origins = {wpt_origin, "http://example.com", "http://web-platform.test:8001"};
             const auto o = run(v, c, false);
             int lines = 0;
             for (const auto& h : o->response.headers) lines += h.first == "Access-Control-Allow-Origin";
             CHECK(lines == 1);
             CHECK(accepted(*o));
         }},
        {"credentialed-acao-star-rejected",
         [](const json& v) {
             cors::config c = allow_wpt_credentialed();
             const auto o = run(v, c, true);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Origin") == wpt_origin);
             cors::config star;
             star.origins = {"*"};
             star.credentials = true;
             star.dangerously_allow_insecure_origins = true;  // wpt's origins are http
             CHECK_FALSE(cors::policy::try_build(star));
         }},
        {"credentialed-acac-exact-true",
         [](const json& v) {
             cors::config c = allow_wpt_credentialed();
             const auto o = run(v, c, true);
             CHECK(o->decision.header_value("Access-Control-Allow-Credentials") == "true");
             CHECK(accepted(*o));
         }},
        {"null-origin-from-data-url",
         [](const json& v) {
             cors::config c = allow_wpt_credentialed();
             const auto o = run(v, c, true);
             CHECK(o->decision.why() == cors::reason::origin_null);
             CHECK_FALSE(accepted(*o));
             c.origins.push_back("null");
             CHECK_FALSE(cors::policy::try_build(c));
         }},
        {"redirect-taint-origin-null",
         [](const json& v) {
             cors::config any;
             any.origins = {"*"};
             CHECK(accepted(*run(v, any, false)));
             CHECK_FALSE(accepted(*run(v, allow_wpt(), false)));
         }},
        {"redirect-same-origin-to-cors-keeps-origin",
         [](const json& v) { CHECK(accepted(*run(v, allow_wpt(), false))); }},
        {"expose-headers-star-noncredentialed",
         [](const json& v) {
             cors::config c;
             c.origins = {"*"};
             c.exposed_headers = {"*"};
             const auto o = run(v, c, false);
             CHECK(accepted(*o));
             check_exposed(*o, {"Test", "*"}, {"Set-Cookie"});
         }},
        {"expose-headers-star-credentialed-literal",
         [](const json& v) {
             cors::config c = allow_wpt_credentialed();
             c.exposed_headers = {"*"};
             CHECK_FALSE(cors::policy::try_build(c));  // would expose nothing: refused
             c.exposed_headers = {"Test"};
             const auto o = run(v, c, true);
             CHECK(accepted(*o));
             check_exposed(*o, {"Test", "Content-Type"}, {"Other"});
         }},
        {"expose-headers-parsing-all-or-nothing",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.exposed_headers = {"bb-8", "no no"};
             CHECK_FALSE(cors::policy::try_build(c));
             c.exposed_headers = {"BB-8", "'bb-8'"};
             const auto o = run(v, c, false);
             CHECK(exposed(*o, "bb-8"));
         }},
        {"json-post-requires-preflight", [](const json& v) { check_safelisted_method_preflight(v, "Content-Type"); }},
        {"range-header-safelisting",
         [](const json& v) {
             const auto o = run(v, allow_wpt(), false);
             CHECK(o->decision.kind() == cors::request_kind::actual);
             CHECK(accepted(*o));
         }},
        {"actual-non-2xx-status-with-cors",
         [](const json& v) {
             const auto o = run(v, allow_wpt(), false, 400);
             CHECK(o->response.status == 400);
             CHECK(accepted(*o));  // the decision does not depend on the handler's status
         }},
        {"preflight-max-age-cache",
         [](const json& v) {
             cors::config c = allow_wpt();
             c.request_headers = {"x-test-header"};
             c.max_age = 12000;
             const cors::build_result built = cors::policy::try_build(c);
             REQUIRE(built);
             // The WPT origin is cleartext: a warning of its own.
             CHECK(test::warning_codes(built) ==
                   std::vector<cors::errc>{cors::errc::origin_insecure, cors::errc::max_age_above_browser_cap});
             const auto o = run(v, c, false);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Max-Age") == "12000");
         }},
        {"pna-legacy-preflight",
         [](const json& v) {
             cors::config c;
             c.origins = {"https://public.example"};
             c.private_network = true;
             const auto o = run(v, c, false);
             CHECK(accepted(*o));
             CHECK(o->decision.header_value("Access-Control-Allow-Private-Network") == "true");
             c.private_network = false;
             CHECK_FALSE(run(v, c, false)->decision.has_header("Access-Control-Allow-Private-Network"));
         }},
        {"same-origin-post-carries-origin",
         [](const json& v) {
             // The server's own origin is not listed: the request still reaches the handler.
             const auto o = run(v, allow_wpt(), false);
             CHECK(o->decision.kind() == cors::request_kind::actual);
             CHECK(o->decision.action() == cors::action::forward);
         }},
    };
    return cases;
}

// Vectors about what the browser does with redirects and its HTTP cache: nothing for the
// engine to decide (it never redirects and never caches), so they are listed, not run.
const std::map<std::string, std::string>& not_decidable() {
    static const std::map<std::string, std::string> cases = {
        {"redirect-to-userinfo-rejected", "about a redirect's Location URL; the engine never redirects"},
        {"304-inherits-stored-cors-headers",
         "about the browser's cache merging a 304; the engine decorates 304s like any response"},
    };
    return cases;
}

}  // namespace

TEST_CASE("fetch conformance vectors", "[fetch-vectors]") {
    std::ifstream in(CORS_TEST_DATA_DIR "/fetch_spec.json");
    REQUIRE(in);
    const json vectors = json::parse(in);
    REQUIRE(vectors.size() == 34);
    std::size_t run_count = 0;
    for (const json& v : vectors) {
        const std::string name = v.at("name").get<std::string>();
        const auto it = decidable().find(name);
        if (it == decidable().end()) {
            CAPTURE(name);
            CHECK(not_decidable().count(name) == 1);  // every vector is accounted for
            continue;
        }
        SECTION(name) { it->second(v); }
        ++run_count;
    }
    CHECK(run_count == decidable().size());
    CHECK(run_count + not_decidable().size() == vectors.size());
}
