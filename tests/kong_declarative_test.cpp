// Kong declarative files (cors/kong.hpp): Kong's documentation examples, a dump-shaped file,
// precedence, every error of issue 16, and a differential test against a model of Kong's
// traditional router (kong/router/traditional.lua).
#include <cors/kong.hpp>

#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

std::string read(const std::string& name) {
    std::ifstream in(std::string(CORS_TEST_DATA_DIR) + "/kong/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

cors::router load(const std::string& text, cors::kong_options options = {}) {
    cors::router_build_result r = cors::router_from_kong(text, options);
    if (!r)
        for (const cors::diagnostic& d : r.diagnostics()) FAIL_CHECK(d.to_string());
    REQUIRE(r);
    return std::move(r).value();
}

// The first origin of the selected policy; "" when none is selected.
std::string origin_for(const cors::router& r, const std::string& target, const std::string& method) {
    const cors::policy* p = r.select(target, method);
    return p ? p->source().origins.at(0) : std::string();
}

// The same through a request: a preflight when acrm is given. Returns the reason, not the
// decision: a decision views the request, which ends here.
cors::reason reason_for(const cors::router& r, std::string method, std::string target, std::string origin,
                        std::string acrm = "") {
    test::owned_request keep{std::move(method), {{"Origin", std::move(origin)}}, std::move(target)};
    if (!acrm.empty()) keep.headers.push_back({"Access-Control-Request-Method", std::move(acrm)});
    return r.evaluate(keep.view()).why();
}

const cors::diagnostic* find(const cors::router_build_result& r, cors::errc code) {
    for (const cors::diagnostic& d : r.diagnostics())
        if (d.code == code) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("kong: the documentation's global, per-service and per-route examples", "[kong]") {
    // The docs' global example allows http://mockbin.com with credentials: refused here (a
    // secure difference), at its place in the file.
    std::string docs = read("docs_global.yml");
    const cors::router_build_result refused = cors::router_from_kong(docs);
    CHECK_FALSE(refused);
    REQUIRE(find(refused, cors::errc::origin_insecure_with_credentials) != nullptr);
    CHECK(find(refused, cors::errc::origin_insecure_with_credentials)->field == "/plugins/0/config/origins/0");
    CHECK(find(refused, cors::errc::origin_insecure_with_credentials)->message.find("(line 14, column 11)") !=
          std::string::npos);
    docs.replace(docs.find("http://mockbin.com"), 4, "https");
    const cors::router global = load(docs);
    CHECK(origin_for(global, "/anything/x", "GET") == "https://mockbin.com");
    CHECK(origin_for(global, "/elsewhere", "GET").empty());  // no route: Kong answers 404
    CHECK(global.select("/anything", "GET")->source().credentials);
    CHECK(global.select("/anything", "GET")->source().max_age == 3600);

    const cors::router service = load(read("docs_service.yml"));
    CHECK(origin_for(service, "/anything", "POST") == "https://app.example.com");
    CHECK(origin_for(service, "/other", "GET").empty());  // a route of a service without cors

    const cors::router route = load(read("docs_route.yml"));
    CHECK(reason_for(route, "OPTIONS", "/anything/x", "https://app.example.com", "POST") == cors::reason::allowed);
    // Without OPTIONS in its methods, Kong never runs the route's plugin for a preflight (404).
    CHECK(reason_for(route, "OPTIONS", "/no-options", "https://app.example.com", "GET") == cors::reason::no_policy);
    CHECK(reason_for(route, "GET", "/no-options", "https://app.example.com") == cors::reason::allowed);
}

TEST_CASE("kong: a dump with every path kind, references and precedence", "[kong]") {
    const std::string yaml = read("dump.yml");
    cors::router_build_result built = cors::router_from_kong(yaml);
    REQUIRE(built);
    const cors::router r = built.value();

    // Route plugin beats service plugin beats global.
    CHECK(origin_for(r, "/shop/api/admin/users", "GET") == "https://admin.example.com");
    CHECK(origin_for(r, "/shop/api/cart", "GET") == "https://shop.example.com");
    CHECK(origin_for(r, "/status", "GET") == "https://www.example.com");
    // A top-level plugin naming the route (by name) and the service (by id).
    CHECK(origin_for(r, "/reports/q3", "POST") == "https://reports.example.com");
    CHECK(origin_for(r, "/blog/post", "GET") == "https://blog.example.com");
    // A disabled route plugin: the service's applies.
    CHECK(origin_for(r, "/blog/legacy/x", "GET") == "https://blog.example.com");
    // Plain paths are byte prefixes, as in Kong.
    CHECK(origin_for(r, "/shop/apix", "GET") == "https://shop.example.com");
    // Regex paths, anchored at the start, by regex_priority.
    CHECK(origin_for(r, "/shop/items/42", "GET") == "https://items.example.com");
    CHECK(origin_for(r, "/shop/items/42/reviews", "GET") == "https://shop.example.com");
    CHECK(origin_for(r, "/x/shop/items/42", "GET").empty());
    // Exact methods: HEAD is not GET for Kong, and the readings disagree.
    CHECK(origin_for(r, "/status", "HEAD").empty());
    CHECK(origin_for(r, "/status", "POST").empty());
    // The grpc route is left out; so is the consumer's plugin.
    CHECK(origin_for(r, "/shop.Inventory/Get", "POST").empty());
    CHECK(find(built, cors::errc::kong_ignored) != nullptr);
    std::size_t consumer = 0, disabled = 0, grpc = 0;
    for (const cors::diagnostic& d : built.diagnostics()) {
        consumer += d.field == "/consumers/0/plugins/0";
        disabled += d.field == "/services/1/routes/1/plugins/0/enabled";
        grpc += d.field == "/services/0/routes/4/protocols";
        CHECK(d.severity == cors::severity::warning);
    }
    CHECK(consumer == 1);
    CHECK(disabled == 1);
    CHECK(grpc == 1);

    // Preflights: the OPTIONS route must agree with the method's route.
    CHECK(reason_for(r, "OPTIONS", "/shop/api/admin", "https://admin.example.com", "POST") == cors::reason::allowed);
    CHECK(reason_for(r, "OPTIONS", "/shop/api/admin", "https://admin.example.com", "PUT") == cors::reason::no_policy);

    // The JSON form gives the same router.
    const cors::router j = load(read("dump.json"));
    for (const char* target : {"/shop/api/admin/users", "/shop/api/cart", "/status", "/reports/q3", "/blog/post",
                               "/blog/legacy/x", "/shop/items/42", "/shop/items/42/reviews", "/nothing"})
        for (const char* method : {"GET", "POST", "HEAD", "OPTIONS"})
            CHECK(origin_for(j, target, method) == origin_for(r, target, method));
}

TEST_CASE("kong: the router's security rules hold for Kong routes", "[kong][security]") {
    const cors::router r = load(R"(_format_version: "3.0"
routes:
  - name: admin
    paths: [/admin]
    plugins: [{name: cors, config: {origins: [https://admin.example], credentials: true}}]
  - name: open
    paths: [/]
    plugins: [{name: cors, config: {origins: ['*']}}]
)");
    CHECK(origin_for(r, "/admin/x", "GET") == "https://admin.example");
    CHECK(origin_for(r, "/public", "GET") == "*");
    // A percent-encoded or upper-case /admin must not get the open policy.
    CHECK(origin_for(r, "/%61dmin/x", "GET").empty());
    CHECK(origin_for(r, "/ADMIN/x", "GET").empty());
    CHECK(origin_for(r, "/x/../admin", "GET").empty());
    CHECK(origin_for(r, "//admin", "GET").empty());
}

TEST_CASE("kong: regex ties of equal priority are in no defined order", "[kong]") {
    const cors::router r = load(R"(_format_version: "3.0"
routes:
  - name: a
    paths: ['~/v\d+/']
    plugins: [{name: cors, config: {origins: [https://a.example]}}]
  - name: b
    paths: ['~/v1/items']
    plugins: [{name: cors, config: {origins: [https://b.example]}}]
)");
    CHECK(origin_for(r, "/v2/items", "GET") == "https://a.example");
    CHECK(origin_for(r, "/v1/items", "GET").empty());  // both match: Kong's unstable sort decides
}

TEST_CASE("kong: hosts, headers and the host-only routes", "[kong]") {
    const std::string told_apart = R"(_format_version: "3.0"
routes:
  - name: a
    hosts: [a.example.com]
    paths: [/api]
    plugins: [{name: cors, config: {origins: [https://a.example]}}]
  - name: b
    hosts: [b.example.com]
    paths: [/api]
    plugins: [{name: cors, config: {origins: [https://b.example]}}]
)";
    const cors::router_build_result r = cors::router_from_kong(told_apart);
    CHECK_FALSE(r);
    REQUIRE(find(r, cors::errc::route_needs_host) != nullptr);
    CHECK(find(r, cors::errc::route_needs_host)->field.rfind("/routes/", 0) == 0);

    const std::string host_only = R"(_format_version: "3.0"
routes:
  - name: a
    hosts: [a.example.com]
    plugins: [{name: cors}]
)";
    const cors::router_build_result h = cors::router_from_kong(host_only);
    CHECK_FALSE(h);
    REQUIRE(find(h, cors::errc::route_needs_host) != nullptr);
    CHECK(find(h, cors::errc::route_needs_host)->field == "/routes/0/hosts");
    CHECK(find(h, cors::errc::route_needs_host)->message.find("line 4, column 12") != std::string::npos);
    cors::kong_options dangerous;
    dangerous.dangerously_ignore_route_hosts = true;
    const cors::router any = load(host_only, dangerous);
    CHECK(origin_for(any, "/whatever", "GET") == "*");  // Kong: no origins means every origin

    // hosts beside paths, one policy: a warning, the host part ignored.
    const cors::router_build_result w = cors::router_from_kong(R"(_format_version: "3.0"
services:
  - name: s
    plugins: [{name: cors, config: {origins: [https://a.example]}}]
    routes:
      - {name: a, hosts: [a.example.com], paths: [/api]}
      - {name: b, hosts: [b.example.com], paths: [/api]}
)");
    REQUIRE(w);
    CHECK(find(w, cors::errc::kong_ignored) != nullptr);
    CHECK(origin_for(w.value(), "/api", "GET") == "https://a.example");
}

TEST_CASE("kong: every error of the issue, with its pointer", "[kong]") {
    struct error_case {
        const char* text;
        cors::errc code;
        const char* field;
    };
    const error_case cases[] = {
        {"_format_version: \"4.0\"\nroutes: [{paths: [/a]}]\n", cors::errc::kong_format_version, "/_format_version"},
        {"routes: [{paths: [/a]}]\n", cors::errc::kong_format_version, "/_format_version"},
        {"_format_version: \"3.0\"\nroutes: [{paths: [/a], service: nope}]\n", cors::errc::kong_reference_unknown,
         "/routes/0/service"},
        {"_format_version: \"3.0\"\nroutes: [{name: r, paths: [/a]}]\nplugins: [{name: cors, route: other}]\n",
         cors::errc::kong_reference_unknown, "/plugins/0/route"},
        {"_format_version: \"3.0\"\nroutes: [{name: r, paths: [/a]}]\nplugins: [{name: cors, service: s}]\n",
         cors::errc::kong_reference_unknown, "/plugins/0/service"},
        {"_format_version: \"3.0\"\nroutes: [{name: r, paths: [/a]}, {name: r, paths: [/b]}]\n",
         cors::errc::kong_name_duplicate, "/routes/1/name"},
        {"_format_version: \"3.0\"\nroutes: [{paths: ['~/a(']}]\n", cors::errc::route_path_invalid,
         "/routes/0/paths/0"},
        {"_format_version: \"3.0\"\nroutes: [{paths: [/a/../b]}]\n", cors::errc::route_path_invalid,
         "/routes/0/paths/0"},
        {"_format_version: \"3.0\"\nroutes: [{name: empty, paths: []}]\n", cors::errc::route_path_invalid, "/routes/0"},
        {"_format_version: \"3.0\"\nroutes: [{paths: [/a], plugins: [{name: cors, config: {origins: [1]}}]}]\n",
         cors::errc::json_type, "/routes/0/plugins/0/config/origins/0"},
        {"_format_version: \"3.0\"\nroutes: [{paths: [/a], plugins: [{name: cors}, {name: cors}]}]\n",
         cors::errc::kong_name_duplicate, "/routes/0/plugins/1"},
        {"_format_version: \"3.0\"\nroutes: [{paths: [/a]}\n", cors::errc::yaml_invalid, ""},
        {"_format_version: \"3.0\"\n_format_version: \"3.0\"\nroutes: [{paths: [/a]}]\n",
         cors::errc::json_duplicate_key, "/_format_version"},
        {"{\"_format_version\": \"3.0\", \"routes\": [{\"paths\": [\"/a\"]}], \"routes\": []}",
         cors::errc::json_duplicate_key, "/routes"},
    };
    for (const error_case& c : cases) {
        INFO(c.text);
        const cors::router_build_result r = cors::router_from_kong(c.text);
        CHECK_FALSE(r);
        const cors::diagnostic* d = find(r, c.code);
        REQUIRE(d != nullptr);
        CHECK(d->field == c.field);
        CHECK(d->severity == cors::severity::error);
    }
}

TEST_CASE("kong: a plugin's TRACE and Cookie are dropped with warnings of their own codes", "[kong]") {
    const cors::router_build_result r = cors::router_from_kong(
        "_format_version: \"3.0\"\nroutes: [{paths: [/a], plugins: [{name: cors, config: "
        "{origins: [https://a.example], methods: [PUT, TRACE], headers: [X-Token, Cookie]}}]}]\n");
    REQUIRE(r);
    const cors::diagnostic* m = find(r, cors::errc::method_ignored);
    const cors::diagnostic* h = find(r, cors::errc::request_header_ignored);
    REQUIRE(m != nullptr);
    REQUIRE(h != nullptr);
    CHECK(m->severity == cors::severity::warning);
    CHECK(m->field == "/routes/0/plugins/0/config/methods/1");
    CHECK(h->severity == cors::severity::warning);
    CHECK(h->field == "/routes/0/plugins/0/config/headers/1");
    CHECK(find(r, cors::errc::method_forbidden) == nullptr);
    CHECK(find(r, cors::errc::request_header_forbidden) == nullptr);
    CHECK(reason_for(*r, "OPTIONS", "/a", "https://a.example", "TRACE") == cors::reason::method_not_allowed);
    CHECK(reason_for(*r, "OPTIONS", "/a", "https://a.example", "PUT") == cors::reason::allowed);
}

TEST_CASE("kong: a bad config in a dump points into the file, with YAML line and column", "[kong]") {
    std::string text = read("dump.yml");
    const std::string good = "origins: [https://items.example.com]";
    const std::size_t at = text.find(good);
    REQUIRE(at != std::string::npos);
    text.replace(at, good.size(), "origins: [https://items.example.com, 'https://items.example.com/path']");
    const cors::router_build_result r = cors::router_from_kong(text);
    CHECK_FALSE(r);
    const cors::diagnostic* d = find(r, cors::errc::origin_malformed);
    REQUIRE(d != nullptr);
    CHECK(d->field == "/services/0/routes/2/plugins/0/config/origins/1");
    CHECK(d->message.find("(line ") != std::string::npos);
    CHECK(d->message.find(", column ") != std::string::npos);
    // Said once, though the plugin's routes are built separately.
    std::size_t same = 0;
    for (const cors::diagnostic& e : r.diagnostics()) same += e.field == d->field && e.code == d->code;
    CHECK(same == 1);
}

TEST_CASE("kong: _format_version 1.1 and 2.1 read regex paths without '~'", "[kong]") {
    const cors::router r = load(R"(_format_version: "2.1"
routes:
  - paths: ['/users/\d+']
    plugins: [{name: cors, config: {origins: [https://u.example]}}]
  - paths: [/users]
    plugins: [{name: cors, config: {origins: [https://l.example]}}]
)");
    CHECK(origin_for(r, "/users/7", "GET") == "https://u.example");
    CHECK(origin_for(r, "/users/me", "GET") == "https://l.example");
}

namespace {

// A small model of Kong's traditional router for routes with paths and methods: each path is
// its own route (marshall per path), sorted by category (match weight, then rule bits), then
// regex before plain, regex_priority, longer plain paths; the first that matches wins.
struct model_route {
    std::vector<std::string> paths, methods;
    int priority = 0;
    std::string origin;  // its cors plugin's origin, "" without one
};

std::string model_pick(const std::vector<model_route>& routes, const std::string& path, const std::string& method,
                       bool& tie) {
    struct split {
        std::size_t route;
        std::string path;
        bool regex;
    };
    std::vector<split> splits;
    for (std::size_t i = 0; i < routes.size(); ++i)
        for (const std::string& p : routes[i].paths) splits.push_back({i, p, p[0] == '~'});
    const auto key = [&](const split& s) {
        const model_route& r = routes[s.route];
        const int weight = 1 + (r.methods.empty() ? 0 : 1);
        return std::make_tuple(weight, s.regex ? 1 : 0, s.regex ? r.priority : 0, s.regex ? 0 : int(s.path.size()));
    };
    std::stable_sort(splits.begin(), splits.end(), [&](const split& a, const split& b) { return key(a) > key(b); });
    const auto matches = [&](const split& s) {
        const model_route& r = routes[s.route];
        if (!r.methods.empty() && std::find(r.methods.begin(), r.methods.end(), method) == r.methods.end())
            return false;
        if (s.regex)
            return std::regex_search(path, std::regex(s.path.substr(1)), std::regex_constants::match_continuous);
        return path.compare(0, s.path.size(), s.path) == 0;
    };
    tie = false;
    for (std::size_t i = 0; i < splits.size(); ++i) {
        if (!matches(splits[i])) continue;
        for (std::size_t j = i + 1; j < splits.size() && key(splits[j]) == key(splits[i]); ++j)
            tie = tie || (matches(splits[j]) && routes[splits[j].route].origin != routes[splits[i].route].origin);
        return routes[splits[i].route].origin;
    }
    return "";
}

}  // namespace

TEST_CASE("kong: differential against a model of Kong's traditional router", "[kong][property]") {
    std::mt19937 rng(16);
    const auto pick = [&rng](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    const char* const plain[] = {"/a", "/a/", "/ab", "/a/b", "/api", "/api/v1", "/b", "/"};
    const char* const regexes[] = {"~/a/\\d+", "~/api/(v1|v2)/", "~/b$", "~/a[b]?/", "~/[a-z]+/\\d"};
    const char* const segments[] = {"a", "ab", "b", "api", "v1", "v2", "1", "42"};
    const char* const methods[] = {"GET", "POST", "PUT", "OPTIONS"};
    std::size_t agreed = 0, selected = 0;
    for (int round = 0; round < 150; ++round) {
        std::vector<model_route> routes(1 + pick(5));
        std::ostringstream file;
        file << "_format_version: \"3.0\"\nroutes:\n";
        for (std::size_t i = 0; i < routes.size(); ++i) {
            model_route& r = routes[i];
            for (std::size_t k = 0, n = 1 + pick(2); k < n; ++k)
                r.paths.push_back(pick(3) == 0 ? regexes[pick(std::size(regexes))] : plain[pick(std::size(plain))]);
            if (pick(2) == 0)
                for (const char* m : methods)
                    if (pick(2) == 0) r.methods.push_back(m);
            r.priority = int(pick(3));
            if (pick(4) != 0) r.origin = "https://r" + std::to_string(i) + ".example";
            file << "  - paths: [";
            for (const std::string& p : r.paths) file << "'" << p << "', ";
            file << "]\n    methods: [";
            for (const std::string& m : r.methods) file << m << ", ";
            file << "]\n    regex_priority: " << r.priority << "\n";
            if (!r.origin.empty()) file << "    plugins: [{name: cors, config: {origins: ['" << r.origin << "']}}]\n";
        }
        const cors::router_build_result built = cors::router_from_kong(file.str());
        INFO(file.str());
        if (!built) continue;  // the same path twice with one policy and methods that do not overlap...
        const cors::router& router = built.value();
        for (int q = 0; q < 40; ++q) {
            std::string path;
            for (std::size_t k = 0, n = 1 + pick(3); k < n; ++k) path += std::string("/") + segments[pick(8)];
            if (pick(4) == 0) path += "/";
            const std::string method = methods[pick(3)];  // actual requests: GET, POST, PUT
            INFO(method << " " << path);
            bool tie = false;
            const std::string expected = model_pick(routes, path, method, tie);
            const std::string got = origin_for(router, path, method);
            // Never another policy than Kong's; none only where Kong's order is undefined or the
            // readings (HEAD, case, encodings) disagree.
            if (!got.empty()) CHECK(got == expected);
            selected += !got.empty();
            agreed += got == expected;
            if (!tie && method != "HEAD") CHECK(got == expected);
            // A preflight gets a policy only where Kong's OPTIONS route has that very policy.
            bool options_tie = false;
            const std::string for_options = model_pick(routes, path, "OPTIONS", options_tie);
            if (reason_for(router, "OPTIONS", path, "https://r0.example", method) != cors::reason::no_policy) {
                CHECK(got == expected);
                CHECK(for_options == expected);
            }
        }
    }
    CHECK(selected > 1000);  // the comparison is not vacuous
    CHECK(agreed > 4000);
}

TEST_CASE("kong: a plugin for a route and its service beats the route's own", "[kong]") {
    const cors::router r = load(R"(_format_version: "3.0"
services:
  - name: s
    routes:
      - name: a
        paths: [/a]
        plugins: [{name: cors, config: {origins: [https://route.example]}}]
      - name: b
        paths: [/b]
plugins:
  - {name: cors, route: a, service: s, config: {origins: [https://both.example]}}
  - {name: cors, service: s, config: {origins: [https://service.example]}}
  - {name: cors, config: {origins: [https://global.example]}}
)");
    CHECK(origin_for(r, "/a", "GET") == "https://both.example");
    CHECK(origin_for(r, "/b", "GET") == "https://service.example");
}

TEST_CASE("kong: YAML syntax errors, bad regex paths and unknown references say where", "[kong]") {
    // yaml-cpp's mark of the problem, 1-based.
    const cors::router_build_result syntax =
        cors::router_from_kong("_format_version: \"3.0\"\nroutes:\n  - paths: [/a\n  - name: b\n");
    REQUIRE_FALSE(syntax);
    REQUIRE(syntax.diagnostics().size() == 1);
    CHECK(syntax.diagnostics()[0].code == cors::errc::yaml_invalid);
    CHECK(syntax.diagnostics()[0].message.rfind("line 4, column 9: ", 0) == 0);

    // The offset is in the path as written, not in the anchored pattern built from it.
    const cors::router_build_result regex = cors::router_from_kong(
        "_format_version: \"3.0\"\nroutes:\n"
        "  - paths: ['~/files/(']\n");
    REQUIRE_FALSE(regex);
    const cors::diagnostic* d = find(regex, cors::errc::route_path_invalid);
    REQUIRE(d != nullptr);
    CHECK(d->field == "/routes/0/paths/0");
    CHECK(d->message.find("at offset 7: ") != std::string::npos);
    CHECK(d->message.find("(line 3, column 13)") != std::string::npos);

    // A plugin whose reference is unknown is one error, not also a second global plugin.
    const cors::router_build_result refs = cors::router_from_kong(
        "_format_version: \"3.0\"\nroutes: [{name: r, paths: [/a]}]\n"
        "plugins: [{name: cors}, {name: cors, route: nope}, {name: cors, service: nope}]\n");
    REQUIRE_FALSE(refs);
    std::size_t unknown = 0, duplicate = 0;
    for (const cors::diagnostic& e : refs.diagnostics()) {
        unknown += e.code == cors::errc::kong_reference_unknown;
        duplicate += e.code == cors::errc::kong_name_duplicate;
    }
    CHECK(unknown == 2);
    CHECK(duplicate == 0);
}

TEST_CASE("kong: each route of the router names the plugin it comes from", "[kong]") {
    std::vector<cors::kong_route_source> sources;
    const cors::router_build_result r = cors::router_from_kong(read("docs_service.yml"), {}, &sources);
    REQUIRE(r);
    REQUIRE(sources.size() == r->routes().size());
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].route == "/services/0/routes/0");
    CHECK(sources[0].name == "example-route");
    CHECK(sources[0].path == "/anything");
    CHECK(sources[0].plugin == "/services/0/plugins/0");
    CHECK(sources[0].scope == cors::kong_plugin_scope::service);
    CHECK(sources[1].name == "other-route");
    CHECK(sources[1].plugin.empty());
    CHECK(sources[1].scope == cors::kong_plugin_scope::none);
    CHECK(r->routes()[1].no_policy);

    const cors::router_build_result dump = cors::router_from_kong(read("dump.yml"), {}, &sources);
    REQUIRE(dump);
    REQUIRE(sources.size() == dump->routes().size());
    std::size_t route = 0, service = 0, global = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const cors::kong_route_source& s = sources[i];
        route += s.scope == cors::kong_plugin_scope::route;
        service += s.scope == cors::kong_plugin_scope::service;
        global += s.scope == cors::kong_plugin_scope::global;
        if (s.name == "shop-items-regex") {
            CHECK(s.path == "~/shop/items/\\d+$");
            CHECK(dump->routes()[i].path_kind == cors::route_path_kind::regex);
        }
        if (s.name == "reports") CHECK(s.plugin == "/plugins/1");
        if (s.name == "status") CHECK(s.scope == cors::kong_plugin_scope::global);
    }
    CHECK(route == 3);    // shop-admin, shop-items-regex, reports
    CHECK(service == 4);  // shop-api, shop-items-any, blog-public, blog-legacy (disabled plugin)
    CHECK(global == 1);   // status
    CHECK(std::string(cors::to_string(cors::kong_plugin_scope::service)) == "service");

    // A file that does not load leaves no sources.
    CHECK_FALSE(cors::router_from_kong("_format_version: \"9\"\n", {}, &sources));
    CHECK(sources.empty());
}
