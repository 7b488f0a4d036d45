// Every C++ example of README.md and docs/*.md but the adapters' (adapter_examples.cpp), compiled and run. check_readme.cmake fails when a README
// block is not found here verbatim (indentation aside), so the README cannot rot.
// clang-format off: the snippets are the README's text, laid out as there.
#include <cors.hpp>
#include <cors/fmt.hpp>
#include <cors/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// Stand-ins for a server's types.
struct fake_response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> fields;
    void set(std::string_view name, std::string_view value) {
        for (auto& f : fields)
            if (f.first == name) {
                f.second = std::string(value);
                return;
            }
        fields.emplace_back(name, value);
    }
    void erase(std::string_view name) {
        for (auto it = fields.begin(); it != fields.end();)
            it = it->first == name ? fields.erase(it) : it + 1;
    }
    std::string get(std::string_view name) const {
        for (const auto& f : fields)
            if (f.first == name) return f.second;
        return {};
    }
};
int handler_calls = 0;
void run_handler() { ++handler_calls; }
std::vector<std::string> logged;
void log(const std::string& line) { logged.push_back(line); }

using header_list = std::vector<std::pair<std::string_view, std::string_view>>;

fake_response using_it(std::string_view method, const header_list& headers) {
    fake_response response;
    cors::config config;
    config.origins = {"https://app.example.com", "https://*.admin.example.com"};
    config.methods = {"PUT", "DELETE"};
    config.request_headers = {"Content-Type", "Authorization"};
    config.exposed_headers = {"X-Request-Id"};
    config.credentials = true;
    config.max_age = 600;
    // preflights are answered 204 (preflight_success_status); a JSON policy answers 200, as Kong does

    const cors::policy policy = cors::policy::build(config);  // throws cors::config_error

    cors::request_view request;
    request.method = method;                     // std::string_view
    for (const auto& [name, value] : headers)    // every field line, in order
        request.add_header(name, value);         // keeps only what CORS needs
    // or: auto request = cors::make_request(method, headers);  // any range of pairs

    const cors::decision d = policy.evaluate(request);   // noexcept, no allocation

    if (d.action() == cors::action::respond) {
        // A preflight: answer now, do not call the handler (nor authentication: preflights carry no cookies).
        response.status = d.status();
    } else {
        run_handler();                            // whatever its status, 404 and 500 included
    }
    for (std::string_view name : cors::owned_header_names)
        response.erase(name);                     // the engine owns Allow-Origin and Allow-Credentials
    for (const cors::header h : cors::response_headers(d, response.get("Vary")))
        response.set(h.name, h.value);            // set (replace): the decision's headers, then Vary merged
    return response;
}

int without_exceptions(const cors::config& config) {
    cors::build_result r = cors::policy::try_build(config);
    if (!r) {
        for (const cors::diagnostic& d : r.diagnostics())
            std::cerr << d.to_string() << '\n';   // "/origins/1: error origin_malformed: ..."
    return 1;
}
const cors::policy policy = std::move(r).value();
    return policy.warnings().empty() ? 0 : 2;
}

bool hot_reload(const cors::config& config, const cors::config& new_config, const cors::request_view& request) {
    cors::reloadable_policy current(cors::policy::build(config));

    // request threads: take a snapshot (one reference-count increment) and keep it while the
    // decision is in use
    const cors::policy snapshot = current.load();
    const cors::decision d = snapshot.evaluate(request);

    // on SIGHUP, from any thread
    cors::build_result r = current.reload(new_config);
    if (!r)
        for (const cors::diagnostic& diag : r.diagnostics()) log(diag.to_string());  // old policy kept
    return d.allowed() && !r;
}

void fmt_example(const cors::decision& d) {
    fmt::print("{}\n", d);
    // preflight denied: header_not_allowed "x-evil" (a requested header is not among the policy's
    // request headers); respond 403; Vary += Origin Access-Control-Request-Method Access-Control-Request-Headers
}

bool from_json() {
    cors::build_result r = cors::policy_from_json(R"({
        "origins": ["https://app.example.com", "https://*.example.org", "^https://[a-z]+\\.example\\.net$"],
        "methods": ["PUT", "DELETE"],
        "headers": ["Content-Type", "Authorization"],
        "exposed_headers": ["X-Request-Id"],
        "credentials": true,
        "max_age": 600
    })");
    if (!r)
        for (const cors::diagnostic& d : r.diagnostics()) std::cerr << d.to_string() << '\n';
    if (!r || !r.diagnostics().empty()) return false;  // the README's policy loads without a warning
    // The preflight defaults side by side: 200 from JSON (the C++ 204 is checked in main).
    cors::request_view preflight;
    preflight.method = "OPTIONS";
    preflight.add_header("Origin", "https://app.example.com");
    preflight.add_header("Access-Control-Request-Method", "PUT");
    const cors::decision d = r->evaluate(preflight);
    return d.allowed() && d.status() == 200;
}

bool origin_parsing() {
    if (const std::optional<cors::origin_view> o = cors::parse_origin("https://app.example.com:8443")) {
        // o->scheme == "https", o->host == "app.example.com", o->port == "8443", o->port_number == 8443
    }
    const cors::origin_error why = cors::check_origin("https://app.example.com/");  // origin_error::path
    std::puts(cors::to_string(why).data());  // "an origin has no path, not even a trailing '/'"
    const auto o = cors::parse_origin("https://app.example.com:8443");
    return o && o->scheme == "https" && o->host == "app.example.com" && o->port_number == 8443 &&
           why == cors::origin_error::path && cors::version.major == CORS_VERSION_MAJOR;
}

bool smaller_pieces(const cors::policy& policy, const cors::request_view& request, const cors::config& config) {
    const cors::decision same = cors::evaluate(policy, request);          // free-function spelling
    std::string_view acao = same.header_value(cors::header_name::allow_origin);  // canonical names
    cors::build_options options;                                          // for loaders of other formats:
    options.rename_field = [](const std::string& field) { return "/cors" + field; };  // report fields in their terms
    cors::build_result renamed = cors::policy::try_build(config, options);
    return acao == "https://app.example.com" && !renamed && renamed.diagnostics().front().field == "/cors/origins/0";
}

int failures = 0;
bool routes(const cors::config& api_config, const cors::config& admin_config, const cors::config& public_config,
            cors::request_view request) {
cors::router_config rc;
rc.routes.push_back({{"/api/"}, {}, api_config});             // any method under /api/
rc.routes.push_back({{"/admin/"}, {"GET", "DELETE"}, admin_config});
rc.default_policy = public_config;                          // everything else
const cors::router router = cors::router::build(rc);        // throws cors::config_error

request.path = "/api/items?page=2";                         // the request target; the query is ignored
const cors::decision d = router.evaluate(request);          // noexcept, no allocation
    request.path = "/api/../admin/x";
    const cors::decision ambiguous = router.evaluate(request);
    return d.allowed() && ambiguous.why() == cors::reason::no_policy;
}

bool shadow(const cors::policy& enforced, const cors::policy& candidate, const cors::request_view& request) {
const cors::shadowed<cors::policy> engine(enforced, candidate, [](const cors::shadow_report& r) {
    log(fmt::format("candidate differs: {} -> {}", r.enforced, r.candidate));
});
const cors::decision d = engine.evaluate(request);  // the enforced decision, always
    return d.allowed() && logged.size() == 2;
}

std::string prometheus(const cors::policy& loaded, const cors::request_view& request) {
auto counters = std::make_shared<cors::metrics>();
const cors::policy policy = loaded.with_observer(counters);  // or config.observer = counters
policy.evaluate(request);                                      // counted
std::string body = counters->prometheus();                     // serve it at GET /metrics
    return body;
}

void expect(bool ok, const char* what) {
    if (!ok) {
        std::cerr << "README example failed: " << what << '\n';
        ++failures;
    }
}

}  // namespace

int main() {
    const fake_response pre = using_it("OPTIONS", {{"Origin", "https://app.example.com"},
                                                   {"Access-Control-Request-Method", "PUT"},
                                                   {"Access-Control-Request-Headers", "content-type"}});
    expect(pre.status == 204 && pre.get("Access-Control-Allow-Methods") == "PUT" && handler_calls == 0, "preflight");
    const fake_response actual = using_it("GET", {{"Origin", "https://eu.admin.example.com"}});
    expect(actual.get("Access-Control-Allow-Origin") == "https://eu.admin.example.com" && handler_calls == 1 &&
               actual.get("Vary") == "Origin",
           "actual request");

    cors::config good;
    good.origins = {"https://app.example.com"};
    expect(without_exceptions(good) == 0, "try_build succeeds");
    cors::config bad;
    bad.origins = {"https://app.example.com/"};
    expect(without_exceptions(bad) == 1, "try_build reports");

    cors::request_view request;
    request.method = "GET";
    request.add_header("Origin", "https://app.example.com");
    expect(hot_reload(good, bad, request) && logged.size() == 1, "reload keeps the old policy on errors");

    expect(from_json(), "policy_from_json");
    expect(origin_parsing(), "origin parsing");
    expect(smaller_pieces(cors::policy::build(good), request, bad), "smaller pieces");

    const cors::policy p = cors::policy::build(good);
    cors::request_view evil;
    evil.method = "OPTIONS";
    evil.add_header("Origin", "https://app.example.com");
    evil.add_header("Access-Control-Request-Method", "PUT");
    fmt_example(p.evaluate(evil));

    cors::config admin;
    admin.origins = {"https://admin.example.com"};
    cors::config everyone;
    everyone.origins = {"*"};
    expect(routes(good, admin, everyone, request), "router");
    cors::config candidate = good;
    candidate.origins = {"https://new.example.com"};
    expect(shadow(p, cors::policy::build(candidate), request), "shadow");
    expect(prometheus(p, request).find("cors_decisions_total{kind=\"actual\",outcome=\"allowed\",reason=\"allowed\"} 1\n") !=
               std::string::npos,
           "metrics");
    return failures == 0 ? 0 : 1;
}
