// cors/adapters/poco.hpp: request views and the decoration of responses (ACAO owned by the
// engine, Vary merged) without a network; wrap() on a loopback Poco::Net::HTTPServer:
// preflights answered without the application's factory, every other response decorated when
// the handler sends it, on_denied heard once. The example server's headers are covered by the
// loopback and browser tests.
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Exception.h>
#include <Poco/StreamCopier.h>

#include <cors.hpp>
#include <cors/adapters/poco.hpp>

#include "../catch.hpp"
#include "../test_support.hpp"

namespace {

cors::policy listed() {
    cors::config c = test::typical_adapter_config();
    c.cross_origin_protection.enabled = true;  // a cross-site POST is refused, before the handler
    return cors::policy::build(c);
}

std::size_t lines(const Poco::Net::HTTPResponse& res, const std::string& name) {
    std::size_t n = 0;
    for (const auto& field : res) n += Poco::icompare(field.first, name) == 0 ? 1 : 0;
    return n;
}

// The application: a handler that sets its own ACAO (lower case) and Vary, and counts.
struct app_factory : Poco::Net::HTTPRequestHandlerFactory {
    struct handler : Poco::Net::HTTPRequestHandler {
        void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& res) override {
            res.add("access-control-allow-origin", "https://handler.example");
            res.add("Vary", "Accept-Encoding");
            res.setContentType("text/plain");
            if (req.getURI() == "/throw") throw Poco::Exception("handler failed");
            const std::string body = req.getMethod() == "OPTIONS" ? "options" : "app";
            res.setStatusAndReason(req.getURI() == "/missing" ? Poco::Net::HTTPResponse::HTTP_NOT_FOUND
                                                              : Poco::Net::HTTPResponse::HTTP_OK);
            res.sendBuffer(body.data(), body.size());
        }
    };
    std::mutex& m;
    int& created;
    app_factory(std::mutex& mutex, int& count) : m(mutex), created(count) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& req) override {
        const std::lock_guard<std::mutex> lock(m);
        ++created;
        return req.getURI() == "/none" ? nullptr : new handler;
    }
};

}  // namespace

TEST_CASE("poco make_request views the raw URI and every header line", "[poco]") {
    Poco::Net::HTTPRequest req("OPTIONS", "/api/items/%2e%2e?x=1");
    req.add("origin", "https://app.example.com");
    req.add("Access-Control-Request-Method", "PUT");
    req.add("Access-Control-Request-Headers", "x-custom");
    req.add("access-control-request-headers", "content-type");
    const cors::request_view view = cors::poco::make_request(req);
    CHECK(view.method == "OPTIONS");
    CHECK(view.path == "/api/items/%2e%2e?x=1");
    CHECK(view.path.data() == req.getURI().data());
    CHECK(view.origin.value == "https://app.example.com");
    REQUIRE(view.access_control_request_headers.count == 2);
    const cors::policy p = listed();
    const cors::decision d = p.evaluate(view);
    CHECK(d.action() == cors::action::respond);
    CHECK(d.header_value("Access-Control-Allow-Headers") == "x-custom,content-type");
}

TEST_CASE("poco apply: the engine owns ACAO and ACAC, other headers are replaced, Vary merged", "[poco]") {
    const cors::policy p = listed();
    Poco::Net::HTTPResponse res(Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
    res.add("Access-Control-Allow-Origin", "https://handler.example");
    res.add("access-control-allow-origin", "*");
    res.add("Access-Control-Allow-Credentials", "false");
    res.add("Access-Control-Expose-Headers", "X-Handler");
    res.add("Vary", "Accept-Encoding");
    res.add("vary", "accept-language, origin");
    Poco::Net::HTTPRequest allowed("GET", "/");
    allowed.add("Origin", "https://app.example.com");
    Poco::Net::HTTPRequest denied("GET", "/");
    denied.add("Origin", "https://evil.example");

    SECTION("allowed origin") {
        cors::poco::apply(p.evaluate(cors::poco::make_request(allowed)), res);
        CHECK(lines(res, "Access-Control-Allow-Origin") == 1);
        CHECK(res.get("Access-Control-Allow-Origin") == "https://app.example.com");
        CHECK(res.get("Access-Control-Allow-Credentials") == "true");
        CHECK(lines(res, "Access-Control-Expose-Headers") == 1);
        CHECK(res.get("Access-Control-Expose-Headers") == "X-Request-Id");
        CHECK(lines(res, "Vary") == 1);
        CHECK(res.get("Vary") == "Accept-Encoding, accept-language, origin");
        CHECK(res.getStatus() == Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
    }
    SECTION("denied origin: the handler's ACAO and ACAC are gone") {
        cors::poco::apply(p.evaluate(cors::poco::make_request(denied)), res);
        CHECK(lines(res, "Access-Control-Allow-Origin") == 0);
        CHECK(lines(res, "Access-Control-Allow-Credentials") == 0);
        CHECK(res.get("Vary") == "Accept-Encoding, accept-language, origin");
    }
}

TEST_CASE("poco wrap answers preflights itself and decorates the application's responses", "[poco][denial]") {
    std::mutex m;
    int created = 0, answered = 0;
    std::vector<std::string> denied_values;
    cors::poco::hooks hooks;
    hooks.on_answer = [&](const Poco::Net::HTTPServerRequest&, const cors::decision&) {
        const std::lock_guard<std::mutex> lock(m);
        ++answered;
    };
    hooks.on_denied = [&](const cors::denial& d) {
        const std::lock_guard<std::mutex> lock(m);
        denied_values.emplace_back(d.offending_value());
    };
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::HTTPServer server(cors::poco::wrap(listed(), new app_factory(m, created), std::move(hooks)), socket,
                                 new Poco::Net::HTTPServerParams);
    server.start();
    Poco::Net::HTTPClientSession session("127.0.0.1", socket.address().port());
    session.setKeepAlive(true);  // one connection, unless the server closes it

    const auto exchange = [&session](Poco::Net::HTTPRequest& req, Poco::Net::HTTPResponse& res) {
        session.sendRequest(req);
        std::ostringstream body;
        Poco::StreamCopier::copyStream(session.receiveResponse(res), body);
        return body.str();
    };

    Poco::Net::HTTPRequest get("GET", "/api/items", Poco::Net::HTTPMessage::HTTP_1_1);
    get.add("Origin", "https://app.example.com");
    Poco::Net::HTTPResponse got;
    CHECK(exchange(get, got) == "app");
    CHECK(lines(got, "Access-Control-Allow-Origin") == 1);
    CHECK(got.get("Access-Control-Allow-Origin") == "https://app.example.com");
    CHECK(got.get("Vary") == "Accept-Encoding, Origin");
    CHECK(got.getKeepAlive());

    Poco::Net::HTTPRequest preflight("OPTIONS", "/api/items", Poco::Net::HTTPMessage::HTTP_1_1);
    preflight.add("Origin", "https://app.example.com");
    preflight.add("Access-Control-Request-Method", "PUT");
    Poco::Net::HTTPResponse answer;
    CHECK(exchange(preflight, answer).empty());
    CHECK(answer.getStatus() == Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    CHECK(answer.get("Access-Control-Allow-Methods") == "PUT");
    CHECK(answer.get("Vary") == "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    CHECK_FALSE(answer.has("Content-Length"));  // a 204
    CHECK_FALSE(answer.has("Content-Type"));

    Poco::Net::HTTPRequest denied_preflight("OPTIONS", "/api/items", Poco::Net::HTTPMessage::HTTP_1_1);
    denied_preflight.add("Origin", "https://app.example.com");
    denied_preflight.add("Access-Control-Request-Method", "PATCH");
    Poco::Net::HTTPResponse refusal;
    CHECK(exchange(denied_preflight, refusal).empty());
    CHECK(refusal.getStatus() == Poco::Net::HTTPResponse::HTTP_FORBIDDEN);
    CHECK(refusal.get("Content-Length") == "0");
    CHECK(lines(refusal, "Access-Control-Allow-Origin") == 0);

    Poco::Net::HTTPRequest plain_options("OPTIONS", "/api/items", Poco::Net::HTTPMessage::HTTP_1_1);
    plain_options.add("Origin", "https://app.example.com");
    Poco::Net::HTTPResponse handled;
    CHECK(exchange(plain_options, handled) == "options");  // not a preflight: the application's
    CHECK(handled.get("Access-Control-Allow-Origin") == "https://app.example.com");

    Poco::Net::HTTPRequest missing("GET", "/missing", Poco::Net::HTTPMessage::HTTP_1_1);
    missing.add("Origin", "https://evil.example");
    Poco::Net::HTTPResponse not_found;
    CHECK(exchange(missing, not_found) == "app");
    CHECK(not_found.getStatus() == Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
    CHECK(lines(not_found, "Access-Control-Allow-Origin") == 0);
    CHECK(not_found.get("Vary") == "Accept-Encoding, Origin");

    // Cross-origin protection: a cross-site form POST is answered by CORS, whatever the method;
    // its body is not read, so the connection is closed after the answer.
    Poco::Net::HTTPRequest form("POST", "/api/items", Poco::Net::HTTPMessage::HTTP_1_1);
    form.add("Origin", "https://evil.example");
    form.add("Sec-Fetch-Site", "cross-site");
    form.setContentType("application/x-www-form-urlencoded");
    form.setContentLength(3);
    session.sendRequest(form) << "a=1";
    Poco::Net::HTTPResponse refused;
    std::ostringstream refused_body;
    Poco::StreamCopier::copyStream(session.receiveResponse(refused), refused_body);
    CHECK(refused_body.str().empty());
    CHECK(refused.getStatus() == Poco::Net::HTTPResponse::HTTP_FORBIDDEN);
    CHECK(refused.get("Content-Length") == "0");
    CHECK_FALSE(refused.getKeepAlive());
    CHECK(lines(refused, "Access-Control-Allow-Origin") == 0);

    // A handler that throws before sending: a decorated 500, the connection closed.
    Poco::Net::HTTPRequest throwing("GET", "/throw", Poco::Net::HTTPMessage::HTTP_1_1);
    throwing.add("Origin", "https://app.example.com");
    Poco::Net::HTTPResponse failed;
    CHECK(exchange(throwing, failed).empty());
    CHECK(failed.getStatus() == Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
    CHECK(failed.get("Access-Control-Allow-Origin") == "https://app.example.com");
    CHECK(failed.get("Vary") == "Origin");
    CHECK_FALSE(failed.getKeepAlive());

    // No handler from the application's factory: a decorated 501.
    Poco::Net::HTTPRequest none("GET", "/none", Poco::Net::HTTPMessage::HTTP_1_1);
    none.add("Origin", "https://app.example.com");
    Poco::Net::HTTPResponse not_implemented;
    CHECK(exchange(none, not_implemented).empty());
    CHECK(not_implemented.getStatus() == Poco::Net::HTTPResponse::HTTP_NOT_IMPLEMENTED);
    CHECK(not_implemented.get("Access-Control-Allow-Origin") == "https://app.example.com");

    server.stopAll(true);
    const std::lock_guard<std::mutex> lock(m);
    CHECK(created == 5);  // the preflights and the refused POST never reached the factory
    CHECK(answered == 3);
    CHECK(denied_values == std::vector<std::string>{"PATCH", "https://evil.example", "https://evil.example"});
}
