// cors/adapters/restinio.hpp without a network: request views (every field line, in order, the
// method as received, the raw request target), the decoration of a response builder before
// done() (ACAO owned by the engine, Vary merged) and the answers the adapter builds itself. The
// wrapping handler (answers before the application, every other response decorated) is covered
// on a real server by the loopback and browser suites of cors-restinio-server.
#include <string>
#include <vector>

#include <restinio/all.hpp>

#include <cors.hpp>
#include <cors/adapters/restinio.hpp>

#include "../catch.hpp"
#include "../test_support.hpp"

namespace {

using builder = restinio::response_builder_t<restinio::restinio_controlled_output_t>;

builder make_response(std::uint16_t status = 200) {
    return builder(restinio::http_status_line_t(restinio::http_status_code_t(status), "X"), nullptr,
                   restinio::request_id_t{1}, true);
}

std::vector<std::string> values(const builder& res, const std::string& name) {
    std::vector<std::string> out;
    res.header().for_each_field([&](const restinio::http_header_field_t& f) {
        if (cors::detail::iequals(f.name(), name)) out.push_back(f.value());
    });
    return out;
}

// The decisions view the policy: one that outlives them.
const cors::policy& typical() {
    static const cors::policy p = cors::policy::build(test::typical_config());
    return p;
}

restinio::http_request_header_t preflight_header() {
    restinio::http_request_header_t h(restinio::http_method_options(), "/api/items/%2e%2e?x=1");
    h.add_field("origin", "https://app.example.com");
    h.add_field("Access-Control-Request-Method", "PUT");
    h.add_field("Access-Control-Request-Headers", "content-type");
    h.add_field("X-Other", "1");
    return h;
}

}  // namespace

TEST_CASE("restinio make_request views the method, the raw target and the field lines", "[restinio]") {
    const restinio::http_request_header_t h = preflight_header();
    const cors::request_view view = cors::restinio::make_request(h);
    CHECK(view.method == "OPTIONS");
    CHECK(view.path == "/api/items/%2e%2e?x=1");
    CHECK(view.path.data() == h.request_target().data());  // a view, no copy
    const cors::decision d = typical().evaluate(view);
    CHECK(d.kind() == cors::request_kind::preflight);
    CHECK(d.allowed());
    CHECK(d.action() == cors::action::respond);
}

TEST_CASE("restinio prepare_answer: the decided status, the decision's headers, no Content-Type", "[restinio]") {
    const restinio::http_request_header_t h = preflight_header();
    const cors::decision d = typical().evaluate(cors::restinio::make_request(h));
    builder res = make_response(200);
    res.append_header("Content-Type", "text/html");
    cors::restinio::prepare_answer(d, res);
    CHECK(res.header().status_code().raw_code() == d.status());
    CHECK(values(res, "Access-Control-Allow-Origin") == std::vector<std::string>{"https://app.example.com"});
    CHECK(values(res, "Access-Control-Allow-Credentials") == std::vector<std::string>{"true"});
    CHECK(values(res, "Access-Control-Allow-Methods").size() == 1);
    CHECK(values(res, "Access-Control-Max-Age") == std::vector<std::string>{"600"});
    CHECK(values(res, "Content-Type").empty());
    CHECK(values(res, "Vary").size() == 1);
}

TEST_CASE("restinio apply: the engine owns ACAO and ACAC, Vary is merged", "[restinio]") {
    restinio::http_request_header_t h(restinio::http_method_get(), "/api/items");
    h.add_field("Origin", "https://app.example.com");
    const cors::decision d = typical().evaluate(cors::restinio::make_request(h));
    REQUIRE(d.allowed());
    REQUIRE(d.action() != cors::action::respond);
    builder res = make_response(404);
    res.append_header("access-control-allow-origin", "https://handler.example");
    res.append_header("Access-Control-Allow-Origin", "https://second.example");
    res.append_header("Vary", "Accept-Encoding");
    res.append_header("Content-Type", "application/json");
    cors::restinio::apply(d, res);
    CHECK(values(res, "Access-Control-Allow-Origin") == std::vector<std::string>{"https://app.example.com"});
    CHECK(values(res, "Access-Control-Allow-Credentials") == std::vector<std::string>{"true"});
    CHECK(values(res, "Access-Control-Expose-Headers") == std::vector<std::string>{"X-Request-Id"});
    CHECK(values(res, "Vary") == std::vector<std::string>{"Accept-Encoding, Origin"});
    CHECK(values(res, "Content-Type") == std::vector<std::string>{"application/json"});
    CHECK(res.header().status_code().raw_code() == 404);
}

TEST_CASE("restinio apply: a denied origin gets no ACAO, even the handler's", "[restinio]") {
    restinio::http_request_header_t h(restinio::http_method_get(), "/api/items");
    h.add_field("Origin", "https://evil.example");
    const cors::decision d = typical().evaluate(cors::restinio::make_request(h));
    REQUIRE_FALSE(d.allowed());
    builder res = make_response(200);
    res.append_header("Access-Control-Allow-Origin", "*");
    res.append_header("Access-Control-Allow-Credentials", "true");
    cors::restinio::apply(d, res);
    CHECK(values(res, "Access-Control-Allow-Origin").empty());
    CHECK(values(res, "Access-Control-Allow-Credentials").empty());
    CHECK(values(res, "Vary") == std::vector<std::string>{"Origin"});
}

TEST_CASE("restinio make_request works with a cors::router", "[restinio]") {
    cors::config other_origin = test::typical_config();
    other_origin.origins = {"https://other.example"};
    cors::router_config rc;
    rc.routes.push_back({{"/api/"}, {}, test::typical_config()});
    rc.default_policy = other_origin;
    const cors::router r = cors::router::build(rc);
    restinio::http_request_header_t h(restinio::http_method_get(), "/api/items");
    h.add_field("Origin", "https://app.example.com");
    CHECK(r.evaluate(cors::restinio::make_request(h)).allowed());
    restinio::http_request_header_t other(restinio::http_method_get(), "/static/x");
    other.add_field("Origin", "https://app.example.com");
    CHECK_FALSE(r.evaluate(cors::restinio::make_request(other)).allowed());
}
