// cors/adapters/httplib.hpp: request views and the decoration of responses (ACAO owned by the
// engine, Vary merged) without a network; install()'s on_denied hook on a loopback server.
// install()'s headers are covered by the loopback and browser tests.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include <cors.hpp>
#include <cors/adapters/httplib.hpp>

#include "../catch.hpp"
#include "../test_support.hpp"
#include "../server_paths.hpp"

namespace {

cors::policy listed() {
    cors::config c = test::typical_adapter_config();
    return cors::policy::build(c);
}

httplib::Request get(const std::string& origin) {
    httplib::Request req;
    req.method = "GET";
    if (!origin.empty()) req.headers.emplace("Origin", origin);
    req.headers.emplace("REMOTE_ADDR", "127.0.0.1");  // httplib adds these
    return req;
}

std::string value(const httplib::Response& res, const std::string& name) {
    const auto it = res.headers.find(name);
    return it == res.headers.end() ? std::string("<absent>") : it->second;
}

std::size_t lines(const httplib::Response& res, const std::string& name) { return res.headers.count(name); }

}  // namespace

TEST_CASE("httplib make_request views the request's headers without copying", "[httplib]") {
    httplib::Request req;
    req.method = "OPTIONS";
    req.target = "/api/items/%2e%2e?x=1";  // raw; httplib's req.path would be decoded
    req.path = "/api/items/..";
    req.headers.emplace("origin", "https://app.example.com");
    req.headers.emplace("Access-Control-Request-Method", "PUT");
    req.headers.emplace("Access-Control-Request-Headers", "x-custom");
    req.headers.emplace("access-control-request-headers", "content-type");
    const cors::request_view view = cors::httplib::make_request(req);
    CHECK(view.method == "OPTIONS");
    CHECK(view.method.data() == req.method.data());
    CHECK(view.path.data() == req.target.data());
    CHECK(view.origin.value == "https://app.example.com");
    REQUIRE(view.access_control_request_headers.count == 2);
    CHECK(view.access_control_request_headers.lines[0] == "x-custom");  // multimap keeps line order
    CHECK(view.access_control_request_headers.lines[1] == "content-type");

    const cors::policy p = listed();
    const cors::decision d = p.evaluate(view);
    CHECK(d.action() == cors::action::respond);
    CHECK(d.header_value("Access-Control-Allow-Headers") == "x-custom,content-type");
}

TEST_CASE("httplib apply: the engine owns ACAO and ACAC, other headers are replaced, Vary merged", "[httplib]") {
    const cors::policy p = listed();
    httplib::Response res;
    res.status = 500;
    res.headers.emplace("Access-Control-Allow-Origin", "https://handler.example");
    res.headers.emplace("access-control-allow-origin", "*");
    res.headers.emplace("Access-Control-Allow-Credentials", "false");
    res.headers.emplace("Access-Control-Expose-Headers", "X-Handler");
    res.headers.emplace("Vary", "Accept-Encoding");
    res.headers.emplace("vary", "accept-language, origin");

    SECTION("allowed origin") {
        const httplib::Request req = get("https://app.example.com");
        cors::httplib::apply(p.evaluate(cors::httplib::make_request(req)), res);
        CHECK(lines(res, "Access-Control-Allow-Origin") == 1);
        CHECK(value(res, "Access-Control-Allow-Origin") == "https://app.example.com");
        CHECK(value(res, "Access-Control-Allow-Credentials") == "true");
        CHECK(lines(res, "Access-Control-Expose-Headers") == 1);
        CHECK(value(res, "Access-Control-Expose-Headers") == "X-Request-Id");
        CHECK(lines(res, "Vary") == 1);
        CHECK(value(res, "Vary") == "Accept-Encoding, accept-language, origin");
        CHECK(res.status == 500);
    }
    SECTION("denied origin: the handler's ACAO and ACAC are gone") {
        const httplib::Request req = get("https://evil.example");
        cors::httplib::apply(p.evaluate(cors::httplib::make_request(req)), res);
        CHECK(lines(res, "Access-Control-Allow-Origin") == 0);
        CHECK(lines(res, "Access-Control-Allow-Credentials") == 0);
        CHECK(value(res, "Vary") == "Accept-Encoding, accept-language, origin");
    }
    SECTION("no Origin: Vary Origin added, nothing else") {
        res.headers.erase("Vary");
        const httplib::Request req = get("");
        cors::httplib::apply(p.evaluate(cors::httplib::make_request(req)), res);
        CHECK(lines(res, "Access-Control-Allow-Origin") == 0);
        CHECK(value(res, "Vary") == "Origin");
    }
    SECTION("no Vary token from the decision: the handler's Vary lines are untouched") {
        cors::config c;
        c.origins = {"*"};
        const cors::policy any = cors::policy::build(c);
        const httplib::Request req = get("https://evil.example");
        cors::httplib::apply(any.evaluate(cors::httplib::make_request(req)), res);
        CHECK(value(res, "Access-Control-Allow-Origin") == "*");
        CHECK(lines(res, "Vary") == 2);
    }
}

// cpp-httplib routes on req.path, which it decodes with detail::decode_url (every %XX): the
// router's selection for a target is that route's policy, or none.
TEST_CASE("httplib: the router never selects a route httplib's decoded path does not run", "[httplib][router]") {
    const auto credentialed = [](const char* origin) {
        cors::config c;
        c.origins = {origin};
        c.credentials = true;
        return c;
    };
    cors::router_config rc;
    rc.routes.push_back({{"/admin/"}, {}, credentialed("https://a.example")});
    rc.routes.push_back({{"/api/items"}, {"GET"}, credentialed("https://b.example")});
    rc.default_policy = credentialed("https://c.example");
    const cors::router r = cors::router::build(rc);
    const std::vector<std::string> pieces = {"/",      "/",   "admin", "api", "items", "%61", "%41", "%69",   "%2F",
                                             "%2E",    ".",   "..",    ";x",  "%3B",   "%25", "%5C", "ADMIN", "%20",
                                             "%u0061", "%C3", "%A9",   "x",   "?",     "%",   "a",   "%74ems"};
    std::mt19937 rng(17);
    std::size_t selected = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string target;
        for (std::size_t k = 0, parts = 1 + rng() % 5; k < parts; ++k) target += pieces[rng() % pieces.size()];
        const std::string path = target.substr(0, target.find('?'));
        const std::string decoded = httplib::detail::decode_url(path, false);
        if (path.find("%u") == std::string::npos) CHECK(decoded == server_paths::percent_decode(path, false));
        for (const char* method : {"GET", "HEAD", "PUT"}) {
            const cors::policy* ours = r.select(target, method);
            if (!ours) continue;
            ++selected;
            INFO(target << " " << method << " -> httplib path " << decoded);
            CHECK(ours == server_paths::dispatch(r, decoded, method, false, false));
        }
    }
    CHECK(selected > 1000);
}

TEST_CASE("httplib install reports each denied request once to on_denied", "[httplib][denial]") {
    struct seen {
        cors::reason why;
        std::string value, logged_value, path, method;
    };
    std::mutex m;
    std::vector<seen> denials;
    int app_post_routing = 0;
    cors::httplib::hooks hooks;
    hooks.post_routing = [&](const httplib::Request&, httplib::Response&) {
        const std::lock_guard<std::mutex> lock(m);
        ++app_post_routing;
    };
    hooks.on_denied = [&](const cors::denial& d) {
        const std::lock_guard<std::mutex> lock(m);
        denials.push_back({d.why(), std::string(d.offending_value()), std::string(d.value_for_log()),
                           std::string(d.path()), std::string(d.method())});
    };
    httplib::Server server;
    cors::httplib::install(server, listed(), std::move(hooks));
    server.Get("/api/items",
               [](const httplib::Request&, httplib::Response& res) { res.set_content("{}", "application/json"); });
    const int port = server.bind_to_any_port("127.0.0.1");
    REQUIRE(port > 0);
    std::thread listener([&server] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

    httplib::Client client("127.0.0.1", port);
    const auto allowed = client.Get("/api/items", {{"Origin", "https://app.example.com"}});
    REQUIRE(allowed);
    CHECK(allowed->get_header_value("Access-Control-Allow-Origin") == "https://app.example.com");
    const auto denied = client.Get("/api/items?token=secret", {{"Origin", "https://evil\"x.example"}});
    REQUIRE(denied);
    CHECK(denied->status == 200);  // forwarded, without CORS headers
    CHECK_FALSE(denied->has_header("Access-Control-Allow-Origin"));
    const auto preflight = client.Options(
        "/api/items", {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PATCH"}});
    REQUIRE(preflight);
    server.stop();
    listener.join();

    const std::lock_guard<std::mutex> lock(m);
    CHECK(app_post_routing == 3);
    REQUIRE(denials.size() == 2);  // once per request, though install() evaluates twice
    CHECK(denials[0].why == cors::reason::origin_malformed);
    CHECK(denials[0].value == "https://evil\"x.example");
    CHECK(denials[0].logged_value == "https://evil\\x22x.example");
    CHECK(denials[0].path == "/api/items");
    CHECK(denials[0].method == "GET");
    CHECK(denials[1].why == cors::reason::method_not_allowed);
    CHECK(denials[1].value == "PATCH");
    CHECK(denials[1].method == "OPTIONS");
}
