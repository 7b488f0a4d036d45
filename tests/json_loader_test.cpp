// The JSON loader: Kong's schema and defaults, our extension fields, strictness, JSON pointers.
#include <string>
#include <algorithm>
#include <vector>

#include <cors/json.hpp>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

std::vector<std::string> error_fields(const cors::build_result& r) {
    std::vector<std::string> out;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.severity == cors::severity::error) out.push_back(d.field);
    return out;
}

}  // namespace

TEST_CASE("origins are read as Kong reads them", "[json]") {
    const cors::build_result r = cors::policy_from_json(
        R"({"origins": ["https://app.example.com", "https://*.example.org", "http://localhost:*",
                        "^https://([a-z]+\\.)?example\\.net$", "a\\.test|b\\.test"]})");
    REQUIRE(r);
    const cors::config& c = r->source();
    CHECK(c.origins ==
          std::vector<std::string>{"https://app.example.com", "https://*.example.org", "http://localhost:*"});
    REQUIRE(c.origin_regexes.size() == 2);
    CHECK(c.origin_regexes[0].target == cors::regex_target::origin);  // has ':'
    CHECK(c.origin_regexes[1].target == cors::regex_target::host);    // no ':': the host alone
    test::owned_request keep;
    CHECK(test::evaluate(*r, "GET", {{"Origin", "https://x.example.net"}}, keep).allowed());
    CHECK(test::evaluate(*r, "GET", {{"Origin", "http://a.test"}}, keep).allowed());
    CHECK_FALSE(test::evaluate(*r, "GET", {{"Origin", "http://a.test.evil.com"}}, keep).allowed());
}

TEST_CASE("extension fields", "[json]") {
    const cors::build_result r = cors::policy_from_json(
        R"({"origins": ["http://app.example.com", "https://*.github.io", "null"], "credentials": true,
            "preflight_status": 204, "preflight_failure_status": 400,
            "dangerously_allow_insecure_origins": true, "dangerously_allow_public_suffix_wildcards": true,
            "dangerously_allow_null_origin": true})");
    REQUIRE(r);
    CHECK(r->source().preflight_success_status == 204);
    CHECK(r->source().preflight_failure_status == 400);
    const cors::build_result any =
        cors::policy_from_json(R"({"credentials": true, "dangerously_reflect_any_origin_with_credentials": true})");
    REQUIRE(any);
    test::owned_request keep;
    CHECK(test::evaluate(*any, "GET", {{"Origin", "https://x.example"}}, keep)
              .header_value("Access-Control-Allow-Origin") == "https://x.example");
}

TEST_CASE("strict: unknown keys, wrong types, invalid values, all at once with pointers", "[json]") {
    const cors::build_result r = cors::policy_from_json(
        R"({"origins": ["https://ok.example", 7, "example.com", "https://bad.example/"],
            "methods": "GET", "credentials": "yes", "max_age": 1.5, "preflight_status": 302,
            "headers": [["x"]], "exposed_headers": ["Set-Cookie"], "colour": "blue"})");
    REQUIRE_FALSE(r);
    const std::vector<std::string> fields = error_fields(r);
    for (const char* expected : {"/origins/1", "/origins/2", "/origins/3", "/methods", "/credentials", "/max_age",
                                 "/preflight_status", "/headers/0", "/exposed_headers/0", "/colour"}) {
        CAPTURE(expected);
        CHECK(std::find(fields.begin(), fields.end(), expected) != fields.end());
    }
    CHECK(fields.size() == 10);
}

TEST_CASE("null means absent, as in Kong", "[json]") {
    const cors::build_result r = cors::policy_from_json(R"({"origins": null, "methods": null, "max_age": null})");
    REQUIRE(r);
    CHECK(r->source().origins == std::vector<std::string>{"*"});
    CHECK_FALSE(r->source().max_age);
}

TEST_CASE("max_age 0 is sent", "[json]") {
    const cors::build_result r =
        cors::policy_from_json(R"({"origins": ["https://a.example"], "max_age": 0, "methods": ["PUT"]})");
    REQUIRE(r);
    test::owned_request keep;
    CHECK(
        test::evaluate(*r, "OPTIONS", {{"Origin", "https://a.example"}, {"Access-Control-Request-Method", "PUT"}}, keep)
            .header_value("Access-Control-Max-Age") == "0");
}

TEST_CASE("forbidden methods and request headers from Kong configs are dropped with a warning", "[json]") {
    const cors::build_result r =
        cors::policy_from_json(R"({"origins": ["https://a.example"], "methods": ["GET", "TRACE", "CONNECT", "PUT"],
                                   "headers": ["DNT", "Keep-Alive", "X-Custom"]})");
    REQUIRE(r);
    CHECK(r->source().methods == std::vector<std::string>{"GET", "PUT"});
    CHECK(r->source().request_headers == std::vector<std::string>{"x-custom"});
    CHECK(r->warnings().size() == 5);  // and GET: safelisted, needs no listing
    std::vector<std::string> fields;
    for (const cors::diagnostic& d : r->warnings()) fields.push_back(d.field);
    std::sort(fields.begin(), fields.end());
    CHECK(fields == std::vector<std::string>{"/headers/0", "/headers/1", "/methods/0", "/methods/1", "/methods/2"});
}

TEST_CASE("engine errors carry the JSON pointer of the Kong field", "[json]") {
    const cors::build_result r = cors::policy_from_json(
        R"({"origins": ["https://ok.example", "(a)\\1", "https://*.com"], "credentials": true,
            "headers": ["X-Ok", "Access-Control-Allow-Origin"], "exposed_headers": [5, "Set-Cookie"]})");
    REQUIRE_FALSE(r);
    std::vector<std::string> fields = error_fields(r);
    std::sort(fields.begin(), fields.end());
    CHECK(fields == std::vector<std::string>{"/exposed_headers/0", "/exposed_headers/1", "/headers/1", "/origins/1",
                                             "/origins/2"});
}

TEST_CASE("not JSON, not an object", "[json]") {
    const cors::build_result bad = cors::policy_from_json("{\"origins\": [");
    REQUIRE_FALSE(bad);
    CHECK(bad.diagnostics().size() == 1);
    CHECK(bad.diagnostics()[0].code == cors::errc::json_invalid);
    CHECK(bad.diagnostics()[0].field.empty());
    const cors::build_result array = cors::policy_from_json("[]");
    REQUIRE_FALSE(array);
    CHECK(array.diagnostics()[0].code == cors::errc::json_invalid);
}

TEST_CASE("fuzz finding: a number too large for a double is a diagnostic, not an exception", "[json]") {
    const cors::build_result r = cors::policy_from_json(R"({"max_age": 8888e88887})");
    REQUIRE_FALSE(r);
    CHECK(r.diagnostics().front().code == cors::errc::json_invalid);
}

TEST_CASE("fuzz finding: a huge fractional max_age is an error, without undefined behaviour", "[json]") {
    // Found by cors-fuzz-json_policy under UBSan: the range check came after the conversion.
    const cors::build_result r =
        cors::policy_from_json(R"({"origins": ["https://a.example"], "max_age": 2.0222222222222222222e68})");
    REQUIRE_FALSE(r);
    CHECK(r.diagnostics().front().field == "/max_age");
    CHECK(cors::policy_from_json(R"({"origins": ["https://a.example"], "max_age": 600.0})"));
}

TEST_CASE("router from JSON: routes, default, Kong defaults per policy", "[json][router]") {
    const cors::router_build_result r = cors::router_from_json(R"({
        "routes": [
            {"paths": ["/api/"], "methods": ["GET", "PUT"],
             "policy": {"origins": ["https://app.example.com"], "credentials": true, "headers": ["Content-Type"]}},
            {"paths": ["/public/", "/docs"], "policy": {}}
        ],
        "default": {"origins": ["https://www.example.com"], "debug": true}
    })");
    REQUIRE(r);
    CHECK(r->routes().size() == 2);
    CHECK(r->routes()[0].methods == std::vector<std::string>{"GET", "PUT"});
    CHECK(r->routes()[1].policy.source().origins == std::vector<std::string>{"*"});  // Kong: no origins = any
    REQUIRE(r->warnings().size() == 1);
    CHECK(r->warnings()[0].field == "/default/debug");
    CHECK(r->warnings()[0].code == cors::errc::debug_enabled);
    CHECK(r->select("/api/x", "PUT") == &r->routes()[0].policy);
    CHECK(r->select("/docs", "DELETE") == &r->routes()[1].policy);
    CHECK(r->select("/other", "GET") == &*r->default_policy());
}

TEST_CASE("router from JSON: every problem, with its JSON pointer", "[json][router]") {
    const cors::router_build_result r = cors::router_from_json(R"({
        "routes": [
            {"paths": ["/api/"], "policy": {"origins": ["https://app.example.com/"], "methods": ["FA KE"]}},
            42,
            {"paths": ["/x/../y"], "methods": [7], "policy": {"credentials": "yes"}, "host": "a"},
            {"paths": ["/api/"], "policy": {"origins": ["https://b.example"]}},
            {"paths": ["/z/"]}
        ],
        "default": [],
        "extra": 1
    })");
    REQUIRE_FALSE(r);
    std::vector<std::string> got;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.severity == cors::severity::error) got.push_back(d.field + " " + std::string(cors::to_string(d.code)));
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<std::string>{
                     "/default json_invalid",
                     "/extra json_unknown_field",
                     "/routes/0/policy/methods/0 method_invalid",
                     "/routes/0/policy/origins/0 origin_malformed",
                     "/routes/1 json_type",
                     "/routes/2/host json_unknown_field",
                     "/routes/2/methods/0 json_type",
                     "/routes/2/paths/0 route_path_invalid",
                     "/routes/2/policy/credentials json_type",
                     "/routes/3/paths/0 route_conflict",
                     "/routes/4/policy json_type",
                 });
    CHECK_FALSE(cors::router_from_json("[1]"));
    CHECK_FALSE(cors::router_from_json("{}"));
    CHECK_FALSE(cors::router_from_json("{"));
}

TEST_CASE("json: an unknown key names the closest known key; a string value is quoted once") {
    const cors::build_result r = cors::policy_from_json(R"({"orgins": ["https://a.example"], "credentials": 1})");
    bool typo = false, type = false;
    for (const cors::diagnostic& d : r.diagnostics()) {
        const std::string s = d.to_string();
        typo =
            typo || (d.code == cors::errc::json_unknown_field &&
                     s.rfind("/orgins: error json_unknown_field: unknown field; did you mean \"origins\"? ", 0) == 0);
        type = type || s == "/credentials: error json_type: expected a boolean, got number (value: \"1\")";
    }
    CHECK(typo);
    CHECK(type);
    const cors::build_result q = cors::policy_from_json(R"({"origins": "https://a.example"})");
    REQUIRE(!q.diagnostics().empty());
    CHECK(q.diagnostics()[0].to_string() ==
          "/origins: error json_type: expected an array of strings, got string (value: \"https://a.example\")");
    const cors::router_build_result rr = cors::router_from_json(R"({"rotues": []})");
    REQUIRE(!rr.diagnostics().empty());
    CHECK(rr.diagnostics()[0].to_string() ==
          "/rotues: error json_unknown_field: unknown field; did you mean \"routes\"? expected routes or default "
          "(value: \"rotues\")");
}

TEST_CASE("json: a typo comes first, and what its default causes says so", "[json]") {
    const cors::build_result r =
        cors::policy_from_json(R"({"orgins": ["https://app.example.com"], "credentials": true})");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics().size() >= 2);
    CHECK(r.diagnostics()[0].code == cors::errc::json_unknown_field);
    CHECK(r.diagnostics()[0].field == "/orgins");
    const cors::diagnostic& follow_on = r.diagnostics()[1];
    CHECK(follow_on.code == cors::errc::origin_wildcard_with_credentials);
    CHECK(follow_on.message.find("(this follows from the default of \"origins\", which applies because \"orgins\" "
                                 "is not a known field)") != std::string::npos);
}

TEST_CASE("json: syntax errors say where, under a pointer that is never empty", "[json]") {
    const cors::build_result r = cors::policy_from_json("{\"origins\": [\"https://a.example\",]}");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics().size() == 1);
    const std::string text = r.diagnostics()[0].to_string();
    CHECK(text.rfind("(document): error json_invalid: parse error at line 1, column ", 0) == 0);
    CHECK(text.find("[json.exception") == std::string::npos);
}

TEST_CASE("json: a scheme-less subdomain pattern suggests its https form", "[json]") {
    const cors::build_result r = cors::policy_from_json(R"({"origins": ["*.example.org"]})");
    REQUIRE_FALSE(r);
    CHECK(r.diagnostics()[0].to_string() ==
          "/origins/0: error origin_malformed: an origin needs a scheme (write https://*.example.org); Kong accepts "
          "a scheme-less entry but it never matches a browser's Origin (value: \"*.example.org\")");
}

TEST_CASE("json: GET, HEAD or POST in methods gets a note that they never need listing", "[json]") {
    const cors::build_result r =
        cors::policy_from_json(R"({"origins": ["https://a.example"], "methods": ["PUT", "get", "POST"]})");
    REQUIRE(r);
    std::vector<std::string> texts;
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.code == cors::errc::method_safelisted) texts.push_back(d.to_string());
    CHECK(texts == std::vector<std::string>{
                       "/methods/1: warning method_safelisted: GET, HEAD and POST are CORS-safelisted: a browser "
                       "never asks a preflight for them, so listing them changes nothing; remove this entry (value: "
                       "\"get\")",
                       "/methods/2: warning method_safelisted: GET, HEAD and POST are CORS-safelisted: a browser "
                       "never asks a preflight for them, so listing them changes nothing; remove this entry (value: "
                       "\"POST\")"});
    // Kong's default methods (no `methods` key) list GET, HEAD and POST without a note.
    const cors::build_result defaults = cors::policy_from_json(R"({"origins": ["https://a.example"]})");
    for (const cors::diagnostic& d : defaults.diagnostics()) CHECK(d.code != cors::errc::method_safelisted);
}
