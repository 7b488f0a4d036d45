// Differential property test: random valid policies times random requests (hostile bytes
// included), where the engine and the reference model (tests/reference_model.hpp) must agree on
// the kind, the outcome, the status, the emitted headers and the Vary tokens.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"
#include "reference_model.hpp"
#include "test_support.hpp"

namespace {

class generator {
public:
    explicit generator(std::uint32_t seed) : rng_(seed) {}

    bool chance(int percent) { return pick(100) < static_cast<std::size_t>(percent); }
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    template <class T>
    const T& one_of(const std::vector<T>& v) {
        return v[pick(v.size())];
    }

    template <class T>
    std::vector<T> some_of(const std::vector<T>& v, std::size_t max) {
        std::vector<T> out;
        const std::size_t n = pick(max + 1);
        for (std::size_t i = 0; i < n; ++i) out.push_back(one_of(v));
        return out;
    }

    cors::config policy() {
        static const std::vector<std::string> origins = {"https://app.example.com",
                                                         "http://localhost:3000",
                                                         "https://*.example.com",
                                                         "http://localhost:*",
                                                         "https://*.example.org:8443",
                                                         "http://[::1]:8080",
                                                         "http://127.0.0.1:*",
                                                         "*",
                                                         "null",
                                                         "chrome-extension://abcdef",
                                                         "https://a.b.example.net",
                                                         "https://*.example.com:*"};
        static const std::vector<cors::origin_regex> regexes = {
            {R"(^https://([a-z0-9-]+\.)*example\.net$)", cors::regex_target::origin},
            {R"(a\.test|b\.test)", cors::regex_target::host},
            {R"([a-z]+\.dev)", cors::regex_target::host}};
        static const std::vector<std::string> methods = {"PUT", "DELETE", "PATCH", "patch",
                                                         "*",   "CUSTOM", "put",   "GET"};
        static const std::vector<std::string> headers = {"Content-Type", "X-Requested-With", "Authorization", "*",
                                                         "x-custom"};
        static const std::vector<std::string> exposed = {"X-Request-Id", "x-request-id", "X-Other", "*"};
        cors::config c;
        c.origins = some_of(origins, 4);
        if (chance(20)) c.origin_regexes = some_of(regexes, 2);
        if (chance(5)) c.origin_predicate = [](std::string_view o) { return o.size() % 7 == 0; };
        c.methods = some_of(methods, 3);
        c.credentials = chance(40);
        if (chance(15))
            c.reflect_request_headers = true;
        else
            c.request_headers = some_of(headers, 3);
        c.exposed_headers = some_of(exposed, 2);
        if (chance(50)) c.max_age = static_cast<std::int64_t>(pick(1000));
        c.private_network = chance(20);
        c.preflight_continue = chance(15);
        c.allow_origin_absent = chance(70);
        if (chance(30)) c.preflight_success_status = 200;
        if (chance(30)) c.preflight_failure_status = 400;
        // The dangerous opt-ins widen what the generator reaches; they change no other rule.
        c.dangerously_allow_insecure_origins = chance(80);
        c.dangerously_allow_null_origin = chance(50);
        c.dangerously_reflect_any_origin_with_credentials = chance(50);
        c.dangerously_allow_public_suffix_wildcards = true;
        return c;
    }

    std::string hostile() {
        std::string s;
        const std::size_t n = pick(40);
        for (std::size_t i = 0; i < n; ++i) s += static_cast<char>(pick(256));
        if (chance(50)) s = "https://app.example.com" + s;
        return s;
    }

    model::request request() {
        static const std::vector<std::string> origins = {"https://app.example.com",
                                                         "https://a.example.com",
                                                         "https://deep.a.example.com",
                                                         "https://example.com",
                                                         "https://evil.com",
                                                         "http://localhost:5173",
                                                         "http://localhost",
                                                         "http://localhost:3000",
                                                         "https://x.example.org:8443",
                                                         "https://x.example.org",
                                                         "http://[::1]:8080",
                                                         "http://127.0.0.1:9",
                                                         "null",
                                                         "https://app.example.com.",
                                                         "HTTPS://APP.EXAMPLE.COM",
                                                         "https://app.example.com/",
                                                         "",
                                                         "http://a.test",
                                                         "http://a.test.evil.com",
                                                         "https://q.example.net",
                                                         "https://q.r.example.net",
                                                         "https://x.dev",
                                                         "chrome-extension://abcdef",
                                                         "https://a.example.com:8443",
                                                         "https://a.b.example.net",
                                                         "http://example.com:80",
                                                         "https://[::1]:8080"};
        static const std::vector<std::string> methods = {"GET", "OPTIONS", "POST", "options", "PUT"};
        static const std::vector<std::string> acrms = {"PUT",    "GET",  "POST", "patch", "PATCH", "DELETE",
                                                       "CUSTOM", "P UT", "",     "*",     "put"};
        static const std::vector<std::string> names = {
            "content-type", "x-requested-with", "authorization", "x-custom", "X-Custom", "x-evil", "bad name", "", " ",
            "a\tb"};
        model::request r;
        r.method = chance(40) ? "OPTIONS" : one_of(methods);
        const std::size_t origin_lines = chance(90) ? 1 : (chance(50) ? 0 : 2);
        for (std::size_t i = 0; i < origin_lines; ++i)
            r.headers.emplace_back(chance(50) ? "Origin" : "origin",
                                   chance(10) ? hostile() : (chance(2) ? std::string(400, 'a') : one_of(origins)));
        if (chance(60)) r.headers.emplace_back("Access-Control-Request-Method", one_of(acrms));
        if (chance(3)) r.headers.emplace_back("Access-Control-Request-Method", one_of(acrms));
        const std::size_t acrh_lines = chance(50) ? 0 : pick(4);
        for (std::size_t i = 0; i < acrh_lines; ++i) {
            std::string line;
            for (const std::string& n : some_of(names, 4)) line += (line.empty() ? "" : (chance(50) ? "," : ", ")) + n;
            if (chance(3)) line = std::string(2100, ',');
            if (chance(5)) line = "x-custom" + std::string(10 + pick(10), ',');  // around the empty-element cap
            r.headers.emplace_back("Access-Control-Request-Headers", line);
        }
        if (chance(15)) r.headers.emplace_back("Access-Control-Request-Private-Network", chance(80) ? "true" : "false");
        if (chance(20)) r.headers.emplace_back("Accept", "*/*");
        return r;
    }

private:
    std::mt19937 rng_;
};

std::string describe(const model::request& r) {
    std::string out = r.method;
    for (const auto& [n, v] : r.headers) out += " | " + n + ": " + v;
    return out;
}

}  // namespace

TEST_CASE("engine and reference model agree on random policies and requests", "[property]") {
    generator gen(20261127);
    std::size_t cases = 0, policies = 0, refused = 0, allowed = 0, preflights = 0;
    while (cases < 100000) {
        const cors::config c = gen.policy();
        const cors::build_result built = cors::policy::try_build(c);
        if (!built) {
            ++refused;
            continue;
        }
        ++policies;
        for (int i = 0; i < 100; ++i, ++cases) {
            const model::request req = gen.request();
            const cors::request_view view = cors::make_request(req.method, req.headers);
            const cors::decision d = built->evaluate(view);
            const model::result expected = model::decide(c, req);

            std::vector<std::pair<std::string, std::string>> headers;
            for (const cors::header& h : d.headers()) headers.emplace_back(std::string(h.name), std::string(h.value));
            std::vector<std::string> vary(d.vary().begin(), d.vary().end());
            const bool same = std::string(cors::to_string(d.kind())) == expected.kind &&
                              d.allowed() == expected.allowed && headers == expected.headers && vary == expected.vary &&
                              (d.action() == cors::action::respond) == expected.status.has_value() &&
                              (!expected.status || d.status() == *expected.status);
            if (!same) {
                INFO("request: " << describe(req));
                INFO("engine: " << cors::to_string(d.kind()) << " " << cors::to_string(d.why()));
                INFO("model: " << expected.kind << " allowed=" << expected.allowed);
                CHECK(headers == expected.headers);
                CHECK(vary == expected.vary);
                REQUIRE(same);
            }
            allowed += d.allowed() && d.kind() != cors::request_kind::not_cors;
            preflights += d.kind() == cors::request_kind::preflight;
        }
    }
    // The generator must reach every region, or the agreement means little.
    CHECK(policies > 500);
    CHECK(allowed > 10000);
    CHECK(preflights > 20000);
    CHECK(refused > 0);
}

// The engine refuses an Origin that no exact entry or pattern can match without parsing it,
// and accepts a pattern match after only validating it (origin_matcher::prematch): pattern-heavy
// policies (few and many distinct suffix lengths, ports, "host:*", IP literals) against origins
// assembled from parts near the edges (ports, trailing dots, numeric labels, brackets, case,
// stray bytes). The outcome must match the model and the reason must be the one parsing gives.
TEST_CASE("pattern prefilter agrees with the model and with full parsing", "[property]") {
    generator gen(7);
    static const std::vector<std::string> entries = {
        "https://*.example.com",      "https://*.a.example.com",  "https://*.t1.example",
        "https://*.t22.example",      "https://*.t333.example",   "http://*.localhost:*",
        "https://*.example.org:8443", "https://*.x.io",           "https://*.co",
        "https://*.b.c.d.e.example",  "http://127.0.0.1:*",       "http://[::1]:*",
        "https://api.example.net:*",  "https://*.0a.example",     "https://exact.example.com",
        "http://*.example.com:8080",  "https://*.zz-top.example", "https://*.sub_domain.example"};
    static const std::vector<std::string> schemes = {"https://", "http://", "HTTPS://", "ftp://",
                                                     "https:/",  "wss://",  ""};
    static const std::vector<std::string> labels = {
        "a",  "x",      "example",    "com", "t1",  "t22", "t333",  "localhost", "org", "io",
        "co", "b",      "c",          "d",   "e",   "1",   "0a",    "127",       "0",   "",
        "A",  "zz-top", "sub_domain", "api", "net", "0x1", "exact", "[::1]",     "-",   std::string(64, 'q')};
    static const std::vector<std::string> ports = {"",   "",       "",  ":443", ":80", ":8443", ":8080",
                                                   ":0", ":99999", ":", ":8a",  ":1",  "::1"};
    std::size_t checked = 0, allowed = 0, refused_malformed = 0;
    for (int p = 0; p < 400; ++p) {
        cors::config c;
        c.origins = gen.some_of(entries, 12);
        c.origins.push_back(gen.one_of(entries));
        c.dangerously_allow_insecure_origins = true;
        c.dangerously_allow_public_suffix_wildcards = true;
        const cors::build_result plain = cors::policy::try_build(c);
        for (const cors::diagnostic& d : plain.diagnostics()) INFO(d.field << ": " << d.message);
        REQUIRE(plain);
        // The same policy with a regex that matches nothing: every Origin is parsed first.
        cors::config parsed_first = c;
        parsed_first.origin_regexes = {{R"(^https://never\.invalid$)", cors::regex_target::origin}};
        const cors::build_result slow = cors::policy::try_build(parsed_first);
        REQUIRE(slow);
        for (int i = 0; i < 250; ++i) {
            std::string origin;
            if (gen.chance(50)) {
                // One of the policy's entries, instantiated: "*." becomes labels, ":*" a port.
                origin = gen.one_of(c.origins);
                if (const std::size_t star = origin.find("*."); star != std::string::npos)
                    origin.replace(star, 1, gen.one_of(labels) + (gen.chance(30) ? "." + gen.one_of(labels) : ""));
                if (origin.size() >= 2 && origin.compare(origin.size() - 2, 2, ":*") == 0)
                    origin.replace(origin.size() - 2, 2, gen.one_of(ports));
                if (gen.chance(10) && origin.find('[') == std::string::npos)
                    origin.insert(gen.pick(origin.size() + 1), gen.one_of(labels));
            } else {
                origin = gen.one_of(schemes);
                const std::size_t n = 1 + gen.pick(5);
                for (std::size_t k = 0; k < n; ++k) origin += (k ? "." : "") + gen.one_of(labels);
                if (gen.chance(5)) origin += ".";
                origin += gen.one_of(ports);
            }
            // (Not inside IPv6 literals: the model accepts any bracketed hex, canonical or not.)
            if (!origin.empty() && origin.find('[') == std::string::npos && gen.chance(5))
                origin[gen.pick(origin.size())] = static_cast<char>(gen.pick(256));
            if (gen.chance(2)) origin = "null";

            const model::request req{"GET", {{"Origin", origin}}};
            const bool expected = model::decide(c, req).allowed;
            const cors::request_view view = cors::make_request(req.method, req.headers);
            const cors::decision fast = plain->evaluate(view);
            const cors::decision full = slow->evaluate(view);
            const std::string value = model::values(req, "Origin").front();  // OWS-trimmed, as the engine sees it
            cors::reason expected_reason = cors::reason::allowed;
            if (!expected)
                expected_reason = value == "null"       ? cors::reason::origin_null
                                  : model::parse(value) ? cors::reason::origin_not_allowed
                                                        : cors::reason::origin_malformed;
            INFO("origin: " << origin);
            REQUIRE(fast.allowed() == expected);
            REQUIRE(fast.why() == expected_reason);
            REQUIRE(full.why() == expected_reason);
            const cors::decision copy = fast;  // the deferred reason survives a copy
            REQUIRE(copy.why() == expected_reason);
            ++checked;
            allowed += expected;
            refused_malformed += expected_reason == cors::reason::origin_malformed;
        }
    }
    CHECK(checked == 100000);
    CHECK(allowed > 5000);
    CHECK(refused_malformed > 5000);
}
