// A request never gets the policy of a route the server will not run: the reproduced route
// confusions, route path validation, and a differential test of the router's selection against
// how real servers read the same targets (tests/server_paths.hpp).
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"
#include "server_paths.hpp"
#include "test_support.hpp"

namespace {

cors::config credentialed(std::string origin, std::vector<std::string> exposed = {}) {
    cors::config c;
    c.origins = {std::move(origin)};
    c.credentials = true;
    c.exposed_headers = std::move(exposed);
    return c;
}

// The reproduced setup: a strict /admin/ route and a permissive default, both credentialed.
cors::router strict_admin() {
    cors::router_config rc;
    rc.routes.push_back({{"/admin/"}, {}, credentialed("https://a.example")});
    rc.routes.push_back({{"/reports/"}, {"GET"}, credentialed("https://a.example", {"X-Secret"})});
    rc.default_policy = credentialed("https://b.example", {"X-Secret"});
    return cors::router::build(rc);
}

cors::decision request(const cors::router& r, std::string method, std::string target, std::string origin,
                       test::owned_request& keep) {
    keep = test::owned_request{std::move(method), {{"Origin", std::move(origin)}}, std::move(target)};
    return r.evaluate(keep.view());
}

}  // namespace

TEST_CASE("router security: encodings, parameters and case never reach a looser route", "[router][security]") {
    const cors::router r = strict_admin();
    // Each of these reaches the /admin/ handler on some server (cpp-httplib decodes %61, Java
    // strips ;x and resolves ..;, a case-insensitive server folds ADMIN), so the default's
    // origin must not be granted.
    for (const char* target :
         {"/%61dmin/secret", "/%41dmin/secret", "/adm%69n/secret", "/admin;x/secret", "/public/..;/admin/secret",
          "/ADMIN/secret", "/Admin/secret", "/admin%2Fsecret", "/admin%2fsecret", "/admin%5Csecret",
          "/%2E%2E/admin/secret", "/admin%3Bx/secret", "/admin%25/secret", "/admin./secret", "/admin%20/secret",
          "/x/../admin/secret", "//admin/secret", "/admin/%C3%A9", "/%E2%84%AAey"}) {
        INFO(target);
        test::owned_request keep;
        const cors::decision d = request(r, "GET", target, "https://b.example", keep);
        CHECK(d.headers().empty());
        CHECK(d.why() == cors::reason::no_policy);
        CHECK(r.select(target, "GET") == nullptr);
    }
    // What every server reads alike keeps its route.
    test::owned_request keep;
    CHECK(request(r, "GET", "/admin/secret", "https://a.example", keep).allowed());
    CHECK(request(r, "GET", "/adminx/y", "https://b.example", keep).allowed());   // not under /admin/
    CHECK(request(r, "GET", "/other/%61", "https://b.example", keep).allowed());  // decoding changes nothing
    CHECK(request(r, "GET", "/admin/%61", "https://a.example", keep).allowed());
}

TEST_CASE("router security: HEAD selects the routes that list GET", "[router][security]") {
    const cors::router r = strict_admin();
    test::owned_request keep;
    // HEAD /reports/ runs the GET handler: the default's origin must not read its exposed headers.
    const cors::decision denied = request(r, "HEAD", "/reports/q3", "https://b.example", keep);
    CHECK_FALSE(denied.allowed());
    CHECK(denied.header_value("Access-Control-Expose-Headers").empty());
    CHECK(request(r, "HEAD", "/reports/q3", "https://a.example", keep).header_value("Access-Control-Expose-Headers") ==
          "X-Secret");
    CHECK(r.select("/reports/q3", "HEAD") == &r.routes()[1].policy);
    // A lower-case method that a server could upper-case into GET is ambiguous too.
    CHECK(r.select("/reports/q3", "get") == nullptr);
    CHECK(r.select("/reports/q3", "GET") == &r.routes()[1].policy);
}

TEST_CASE("router security: route paths are validated when the router is built", "[router][validation]") {
    const std::vector<std::string> bad = {"",
                                          "api",
                                          "/api//x",
                                          "/a/./b",
                                          "/a/..",
                                          "/a%2Fb",
                                          "/a;b",
                                          "/a?b",
                                          "/a#b",
                                          "/a\\b",
                                          "/a\tb",
                                          "/a b",
                                          "/caf\xC3\xA9",
                                          "/a./b",
                                          "/a.",
                                          std::string(cors::max_request_path_length + 1, 'a').insert(0, "/")};
    for (const std::string& path : bad) {
        INFO(path);
        cors::router_config rc;
        rc.routes.push_back({{path}, {}, credentialed("https://a.example")});
        const cors::router_build_result built = cors::router::try_build(rc);
        CHECK(test::error_codes(built) == std::vector<cors::errc>{cors::errc::route_path_invalid});
        REQUIRE(!built.diagnostics().empty());
        CHECK(built.diagnostics()[0].field == "/routes/0/paths/0");
    }
    cors::router_config rc;
    rc.routes.push_back({{"/api/", "/v1.2/x", "/~user/", "/a:b@c/", "/"}, {}, credentialed("https://a.example")});
    CHECK(cors::router::try_build(rc));

    // Paths that differ only in case, and GET beside HEAD on one path, conflict.
    cors::router_config cases;
    cases.routes.push_back({{"/Admin/"}, {"PUT"}, credentialed("https://a.example")});
    cases.routes.push_back({{"/admin/"}, {"DELETE"}, credentialed("https://b.example")});
    cases.routes.push_back({{"/r/"}, {"GET"}, credentialed("https://a.example")});
    cases.routes.push_back({{"/r/"}, {"HEAD"}, credentialed("https://b.example")});
    const cors::router_build_result conflicting = cors::router::try_build(cases);
    CHECK(test::error_codes(conflicting) ==
          std::vector<cors::errc>{cors::errc::route_conflict, cors::errc::route_conflict});
    cors::router_config methods;
    methods.routes.push_back({{"/a/"}, {std::string(33, 'X')}, credentialed("https://a.example")});
    CHECK(test::error_codes(cors::router::try_build(methods)) ==
          std::vector<cors::errc>{cors::errc::route_method_invalid});
}

TEST_CASE("router security: a path longer than the cap gets no policy, and nothing past the cap is read",
          "[router][security]") {
    const cors::router r = strict_admin();
    std::string target = "/admin/" + std::string(cors::max_request_path_length, 'a');
    CHECK(r.select(target, "GET") == nullptr);
    target = "/admin/" + std::string(cors::max_request_path_length - 8, 'a');
    CHECK(r.select(target, "GET") == &r.routes()[0].policy);
    CHECK(r.select(target + "?" + std::string(1 << 20, 'q'), "GET") == &r.routes()[0].policy);
}

// The differential test: generated targets built from the pieces that servers read differently.
TEST_CASE("router security: the selection agrees with every server's dispatch, or is no policy",
          "[router][security][differential]") {
    cors::router_config rc;
    rc.routes.push_back({{"/admin/"}, {}, credentialed("https://a.example")});
    rc.routes.push_back({{"/admin/public"}, {"GET"}, credentialed("https://b.example")});
    rc.routes.push_back({{"/api"}, {"PUT", "DELETE"}, credentialed("https://c.example")});
    rc.routes.push_back({{"/Docs/"}, {}, credentialed("https://d.example")});
    rc.routes.push_back({{"/a+b/", "/x:y@z/"}, {"GET"}, credentialed("https://e.example")});
    rc.default_policy = credentialed("https://f.example");
    const cors::router r = cors::router::build(rc);

    const std::vector<std::string> plain = {"/",    "/",   "/",     "admin", "public", "api",
                                            "Docs", "a+b", "x:y@z", "x",     "min"};
    const std::vector<std::string> pieces = {
        "/",   "/",    "admin", "ADMIN", "Admin", "public", "api", "docs", "Docs", "a+b",  "a%2Bb", "x:y@z",
        "%61", "%41",  "%64",   "%2F",   "%2f",   "%2E",    "%2e", ".",    "..",   ";",    ";x",    "%3B",
        "%25", "%5C",  "\\",    "?",     "#",     "%20",    " ",   "%C3",  "%A9",  "x",    "%00",   "~",
        "%7E", "dmin", "%6",    "%",     "-",     "%2D",    "min", "A",    "a",    "\xC3", "%3F",   "%23"};
    const std::vector<std::string> methods = {"GET", "HEAD", "PUT", "DELETE", "get", "put", "POST"};
    std::mt19937 rng(20261202);
    std::size_t selected = 0, none = 0;
    for (int n = 0; n < 60000; ++n) {
        std::string target;
        const std::size_t parts = 1 + rng() % 6;
        for (std::size_t k = 0; k < parts; ++k)
            target += rng() % 3 ? plain[rng() % plain.size()] : pieces[rng() % pieces.size()];
        const std::string& method = methods[rng() % methods.size()];
        const cors::policy* ours = r.select(target, method);
        (ours ? selected : none)++;
        if (!ours) continue;
        for (const server_paths::server& s : server_paths::servers()) {
            INFO(target << " " << method << " on " << s.name);
            CHECK(ours == server_paths::dispatch(r, s.path(target), method, s.case_insensitive, s.upper_cases_method));
        }
    }
    // The generator reaches both outcomes often.
    CHECK(selected > 5000);
    CHECK(none > 5000);
}
