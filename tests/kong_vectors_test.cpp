// Kong Gateway's own CORS plugin tests (tests/data/kong_spec.json, kong_schema.json), run through
// the JSON loader and the engine. For every vector, a browser given our response must accept
// exactly when it accepts Kong's (the Fetch CORS check and preflight check, with and without
// credentials); where it does not, the vector must fall under one of the documented
// "Differences from Kong" (docs/kong.md), and the test names which.
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <cors/json.hpp>
#include <nlohmann/json.hpp>

#include "browser_model.hpp"
#include "catch.hpp"
#include "test_support.hpp"

namespace {

using json = nlohmann::json;

json load(const char* name) {
    std::ifstream in(std::string(CORS_TEST_DATA_DIR) + "/" + name);
    REQUIRE(in);
    return json::parse(in);
}

// The "Differences from Kong" of docs/kong.md, by the names used there.
enum class difference {
    none,
    credentials_with_any_origin,  // Kong reflects any Origin with credentials; we refuse the policy
    scheme_less_origin,           // Kong accepts "example.com"; we refuse it (it never matches a browser)
    empty_origins_refused,        // origins: [] is every origin in Kong; refused here (write ["*"])
    non_browser_origin,           // Kong normalises Origin values no browser sends; we deny them
    unanchored_alternation,       // Kong anchors only the last branch of "a|b"; we match the whole origin
    preflight_continue_headers,   // Kong forwards preflights bare; we forward them with the CORS headers
};

const char* name_of(difference d) {
    switch (d) {
        case difference::none:
            return "none";
        case difference::credentials_with_any_origin:
            return "credentials_with_any_origin";
        case difference::scheme_less_origin:
            return "scheme_less_origin";
        case difference::empty_origins_refused:
            return "empty_origins_refused";
        case difference::non_browser_origin:
            return "non_browser_origin";
        case difference::unanchored_alternation:
            return "unanchored_alternation";
        case difference::preflight_continue_headers:
            return "preflight_continue_headers";
    }
    return "?";
}

// Kong's response as its test asserts it: a string is one line, an array several, null absent.
browser::response kong_response(const json& v) {
    browser::response r;
    const json& status = v.at("expect").at("status");
    r.status = status.is_number() ? status.get<int>() : v.value("/upstream/status"_json_pointer, 200);
    for (const auto& [name, value] : v.at("expect").at("headers").items()) {
        if (value.is_string())
            r.headers.emplace_back(name, value.get<std::string>());
        else if (value.is_array())
            for (const json& line : value) r.headers.emplace_back(name, line.get<std::string>());
    }
    return r;
}

// What a server using our decision sends: its own upstream response, then the engine's headers
// set (the engine owns Access-Control-Allow-Origin/-Credentials) and Vary merged.
browser::response our_response(const cors::decision& d, const json& v) {
    browser::response r;
    if (d.action() == cors::action::respond) {
        r.status = d.status();
    } else {
        r.status = v.value("/upstream/status"_json_pointer, 200);
        if (v.contains("upstream") && v["upstream"].contains("headers"))
            for (const auto& [name, value] : v["upstream"]["headers"].items())
                if (!browser::response::iequal(name, "Access-Control-Allow-Origin") &&
                    !browser::response::iequal(name, "Access-Control-Allow-Credentials"))
                    r.headers.emplace_back(name, value.get<std::string>());
    }
    for (const cors::header& h : d.headers()) r.headers.emplace_back(std::string(h.name), std::string(h.value));
    for (std::string_view token : d.vary()) r.headers.emplace_back("Vary", std::string(token));
    return r;
}

struct request_facts {
    test::owned_request request;
    std::optional<std::string> origin;
    bool preflight = false;
    browser::request browser_request;
};

request_facts facts_of(const json& v) {
    request_facts f;
    f.request.method = v.at("request").at("method").get<std::string>();
    std::optional<std::string> acrm, acrh;
    for (const auto& [name, value] : v.at("request").at("headers").items()) {
        f.request.headers.emplace_back(name, value.get<std::string>());
        if (browser::response::iequal(name, "Origin")) f.origin = value.get<std::string>();
        if (browser::response::iequal(name, "Access-Control-Request-Method")) acrm = value.get<std::string>();
        if (browser::response::iequal(name, "Access-Control-Request-Headers")) acrh = value.get<std::string>();
    }
    f.preflight = f.request.method == "OPTIONS" && f.origin && !f.origin->empty() && acrm;
    f.browser_request.origin = f.origin.value_or("");
    f.browser_request.method = f.preflight ? *acrm : f.request.method;
    if (f.preflight && acrh)
        f.browser_request.unsafe_headers = browser::extract_list(acrh).value_or(std::vector<std::string>{});
    return f;
}

bool browser_accepts(const request_facts& f, const browser::response& r, bool credentials) {
    browser::request b = f.browser_request;
    b.credentials = credentials;
    return f.preflight ? browser::preflight_check(b, r) : browser::cors_check(b, r);
}

// Why a refused config is refused, in terms of the differences.
difference refusal_reason(const cors::build_result& r) {
    for (const cors::diagnostic& d : r.diagnostics()) {
        if (d.severity != cors::severity::error) continue;
        if (d.code == cors::errc::origin_wildcard_with_credentials) return difference::credentials_with_any_origin;
        if (d.code == cors::errc::origin_malformed && d.message.find("needs a scheme") != std::string::npos)
            return difference::scheme_less_origin;
        if (d.code == cors::errc::origins_missing && d.field == "/origins") return difference::empty_origins_refused;
    }
    return difference::none;
}

// Why both answers differ for a config we accept.
difference outcome_reason(const json& v, const request_facts& f) {
    if (f.origin && !f.origin->empty() && !cors::parse_origin(*f.origin)) return difference::non_browser_origin;
    const json& cfg = v.at("config");
    if (f.preflight && cfg.value("preflight_continue", false)) return difference::preflight_continue_headers;
    if (cfg.contains("origins") && cfg["origins"].is_array())
        for (const json& o : cfg["origins"])
            if (o.get<std::string>().find('|') != std::string::npos &&
                o.get<std::string>().find('(') == std::string::npos)
                return difference::unanchored_alternation;
    return difference::none;
}

}  // namespace

TEST_CASE("Kong access vectors: same browser outcome, or a documented difference", "[kong]") {
    const json vectors = load("kong_spec.json");
    REQUIRE(vectors.size() == 173);
    std::map<std::string, int> counts;
    for (const json& v : vectors) {
        const std::string name = v.at("name").get<std::string>();
        CAPTURE(name);
        const cors::build_result built = cors::policy_from_json(v.at("config"));
        request_facts f = facts_of(v);
        if (!built) {
            const difference why = refusal_reason(built);
            CHECK(why != difference::none);
            ++counts[std::string("refused: ") + name_of(why)];
            continue;
        }
        const cors::decision d = built->evaluate(f.request.view());
        const browser::response ours = our_response(d, v);
        const browser::response kong = kong_response(v);
        bool same = true;
        for (bool credentials : {false, true})
            if (browser_accepts(f, ours, credentials) != browser_accepts(f, kong, credentials)) same = false;
        if (!same) {
            const difference why = outcome_reason(v, f);
            CHECK(why != difference::none);
            ++counts[std::string("differs: ") + name_of(why)];
            continue;
        }
        ++counts["same browser outcome"];
        // Values Kong asserts and we also emit must match exactly (ACAM and ACAH excepted: we
        // echo what was asked instead of listing the policy; Vary compared as tokens).
        for (const auto& [header, expected] : v.at("expect").at("headers").items()) {
            if (!expected.is_string()) continue;
            if (browser::response::iequal(header, "Access-Control-Allow-Methods") ||
                browser::response::iequal(header, "Access-Control-Allow-Headers") ||
                browser::response::iequal(header, "Content-Length"))
                continue;
            const std::optional<std::string> got = ours.get(header);
            if (got) {
                CAPTURE(header);
                CHECK(*got == expected.get<std::string>());
            }
        }
        // Kong answers every preflight 200, rejected ones included; we answer allowed ones 200 too.
        if (d.allowed() && d.action() == cors::action::respond && v.at("expect").at("status").is_number())
            CHECK(d.status() == v["expect"]["status"].get<int>());
    }
    int total = 0;
    std::cout << "Kong access vectors:\n";
    for (const auto& [what, n] : counts) {
        std::cout << "  " << n << "  " << what << "\n";
        total += n;
    }
    CHECK(total == 173);
    CHECK(counts["same browser outcome"] > 0);
}

TEST_CASE("Kong schema vectors: what Kong rejects, we reject, at the same field", "[kong]") {
    const json vectors = load("kong_schema.json");
    REQUIRE(vectors.size() == 14);
    for (const json& v : vectors) {
        CAPTURE(v.at("name").get<std::string>());
        const cors::build_result built = cors::policy_from_json(v.at("config"));
        if (v.at("expect").at("valid").get<bool>()) continue;  // we may refuse more (see docs/kong.md)
        // An extension: any method token loads (Kong allows nine), with a warning saying Kong
        // would refuse the file.
        if (v.at("name").get<std::string>() == "methods: FAKE rejected") {
            REQUIRE(built);
            CHECK(built.diagnostics().front().code == cors::errc::method_not_in_kong);
            CHECK(built.diagnostics().front().field == "/methods/0");
            continue;
        }
        CHECK_FALSE(built);
        // Kong's "config.origins[2]" (1-based) is our "/origins/1".
        std::string path = v["expect"]["error"]["path"].get<std::string>();
        const std::size_t open = path.find('[');
        const std::string field =
            "/" + path.substr(7, open - 7) + "/" + std::to_string(std::stoi(path.substr(open + 1)) - 1);
        bool found = false;
        for (const cors::diagnostic& d : built.diagnostics())
            if (d.severity == cors::severity::error && d.field == field) found = true;
        CHECK(found);
    }
}

TEST_CASE("Kong defaults", "[kong]") {
    const cors::build_result r = cors::policy_from_json(json::object());
    REQUIRE(r);
    const cors::config& c = r->source();
    CHECK(c.origins == std::vector<std::string>{"*"});
    CHECK(c.methods == std::vector<std::string>{"GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS"});
    CHECK(c.reflect_request_headers);
    CHECK(c.allow_origin_absent);
    CHECK_FALSE(c.credentials);
    CHECK_FALSE(c.max_age);
    CHECK(c.preflight_success_status == 200);
}
