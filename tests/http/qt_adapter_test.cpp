// cors/adapters/qt.hpp: the decoration of QHttpServerResponse (ACAO owned by the engine, Vary
// merged) without a network; install() on a loopback QHttpServer: preflights answered before
// the routes, every other response (Qt's 404 included) decorated, on_denied heard once.
// The example server's headers are covered by the loopback and browser tests.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaObject>
#include <QtHttpServer/QHttpServer>
#include <QtNetwork/QHostAddress>

#include <cors.hpp>
#include <cors/adapters/qt.hpp>

#include "../catch.hpp"
#include "../test_support.hpp"

namespace {

cors::policy listed() {
    cors::config c = test::typical_adapter_config();
    return cors::policy::build(c);
}

cors::request_view get(const char* origin) {
    cors::request_view v;
    v.method = "GET";
    if (origin) v.add_header("Origin", origin);
    return v;
}

QCoreApplication& application() {
    static int argc = 1;
    static char name[] = "cors-qt-adapter-tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// One HTTP/1.1 exchange on its own connection: the raw response, read up to the end of its
// body (by Content-Length: Qt 6.4 keeps the connection open), or empty after 5 s.
std::string round_trip(unsigned short port, const std::string& head) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string out;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0) {
        const std::string request = head + "Host: 127.0.0.1\r\n\r\n";
        if (::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
            char buffer[4096];
            for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
                out.append(buffer, static_cast<std::size_t>(n));
                const std::size_t end = out.find("\r\n\r\n");
                if (end == std::string::npos) continue;
                std::size_t length = 0;
                const std::size_t at = out.find("\r\nContent-Length: ");
                if (at != std::string::npos && at < end) length = std::stoul(out.substr(at + 18));
                if (out.size() >= end + 4 + length) break;
            }
        }
    }
    ::close(fd);
    return out;
}

bool has_line(const std::string& response, const std::string& line) {
    return response.find("\r\n" + line + "\r\n") != std::string::npos;
}
std::size_t count_of(const std::string& response, const std::string& name) {
    std::size_t n = 0;
    for (std::size_t at = response.find("\r\n" + name + ":"); at != std::string::npos;
         at = response.find("\r\n" + name + ":", at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("qt apply: the engine owns ACAO and ACAC, other headers are replaced, Vary merged", "[qt]") {
    const cors::policy p = listed();
    QHttpServerResponse res(QByteArray("application/json"), QByteArray("{}"),
                            QHttpServerResponse::StatusCode::InternalServerError);
    res.addHeader("Access-Control-Allow-Origin", "https://handler.example");
    res.addHeader("access-control-allow-origin", "*");
    res.addHeader("Access-Control-Allow-Credentials", "false");
    res.addHeader("Access-Control-Expose-Headers", "X-Handler");
    res.addHeader("Vary", "Accept-Encoding");

    SECTION("allowed origin") {
        const cors::request_view v = get("https://app.example.com");
        cors::qt::apply(p.evaluate(v), res);
        CHECK(res.headers("Access-Control-Allow-Origin") == QList<QByteArray>{"https://app.example.com"});
        CHECK(res.headers("access-control-allow-origin").size() <= 1);  // the same line, if Qt folds case
        CHECK(res.headers("Access-Control-Allow-Credentials") == QList<QByteArray>{"true"});
        CHECK(res.headers("Access-Control-Expose-Headers") == QList<QByteArray>{"X-Request-Id"});
        CHECK(res.headers("Vary") == QList<QByteArray>{"Accept-Encoding, Origin"});
        CHECK(res.statusCode() == QHttpServerResponse::StatusCode::InternalServerError);
        CHECK(res.data() == "{}");
    }
    SECTION("denied origin: the handler's ACAO and ACAC are gone, in any case") {
        const cors::request_view v = get("https://evil.example");
        cors::qt::apply(p.evaluate(v), res);
        CHECK(res.headers("Access-Control-Allow-Origin").isEmpty());
        CHECK(res.headers("access-control-allow-origin").isEmpty());
        CHECK(res.headers("Access-Control-Allow-Credentials").isEmpty());
        CHECK(res.headers("Vary") == QList<QByteArray>{"Accept-Encoding, Origin"});
    }
    SECTION("no Origin: Vary Origin added, nothing else") {
        res.clearHeader("Vary");
        const cors::request_view v = get(nullptr);
        cors::qt::apply(p.evaluate(v), res);
        CHECK(res.headers("Access-Control-Allow-Origin").isEmpty());
        CHECK(res.headers("Vary") == QList<QByteArray>{"Origin"});
    }
    SECTION("no Vary token from the decision: the handler's Vary is untouched") {
        cors::config c;
        c.origins = {"*"};
        const cors::policy any = cors::policy::build(c);
        const cors::request_view v = get("https://evil.example");
        cors::qt::apply(any.evaluate(v), res);
        CHECK(res.headers("Access-Control-Allow-Origin") == QList<QByteArray>{"*"});
        CHECK(res.headers("Vary") == QList<QByteArray>{"Accept-Encoding"});
    }
}

TEST_CASE("qt method_name maps Qt's methods, unknown to empty", "[qt]") {
    using M = QHttpServerRequest::Method;
    CHECK(cors::qt::method_name(M::Options) == "OPTIONS");
    CHECK(cors::qt::method_name(M::Patch) == "PATCH");
    CHECK(cors::qt::method_name(M::Unknown).empty());
}

TEST_CASE("qt install answers preflights before the routes and decorates every other response", "[qt][denial]") {
    QCoreApplication& app = application();
    struct seen {
        cors::reason why;
        std::string value, path, method;
    };
    std::vector<seen> denials;
    int answered = 0, after = 0;
    cors::qt::hooks hooks;
    hooks.on_answer = [&](const QHttpServerRequest&, const cors::decision&) { ++answered; };
    hooks.after_request = [&](QHttpServerResponse&& res, const QHttpServerRequest&) {
        ++after;
        res.addHeader("Access-Control-Allow-Origin", "https://after.example");  // replaced by CORS
        return std::move(res);
    };
    hooks.on_denied = [&](const cors::denial& d) {
        denials.push_back({d.why(), std::string(d.offending_value()), std::string(d.path()), std::string(d.method())});
    };
    QHttpServer server;
    REQUIRE(cors::qt::install(server, listed(), std::move(hooks)));
    int options_handler = 0;
    server.route("/api/items", QHttpServerRequest::Method::Get, [] {
        QHttpServerResponse res(QByteArray("application/json"), QByteArray("{}"));
        res.addHeader("Vary", "Accept-Encoding");
        return res;
    });
    server.route("/api/items", QHttpServerRequest::Method::Options, [&options_handler] {
        ++options_handler;
        return QHttpServerResponse(QByteArray("text/plain"), QByteArray("options"));
    });
    const quint16 port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    REQUIRE(port != 0);

    std::vector<std::string> responses;
    std::thread client([&] {
        const std::string app_origin = "Origin: https://app.example.com\r\n";
        responses.push_back(round_trip(port, "GET /api/items HTTP/1.1\r\n" + app_origin));
        responses.push_back(round_trip(
            port, "OPTIONS /api/items HTTP/1.1\r\n" + app_origin + "Access-Control-Request-Method: PUT\r\n"));
        responses.push_back(round_trip(
            port, "OPTIONS /api/items HTTP/1.1\r\n" + app_origin + "Access-Control-Request-Method: PATCH\r\n"));
        responses.push_back(round_trip(port, "OPTIONS /api/items HTTP/1.1\r\n" + app_origin));  // not a preflight
        responses.push_back(
            round_trip(port, "GET /api/missing?token=secret HTTP/1.1\r\nOrigin: https://evil.example\r\n"));
        responses.push_back(round_trip(port, "GET /api/items HTTP/1.1\r\n" + app_origin + app_origin));
        QMetaObject::invokeMethod(
            &app, [&app] { app.quit(); }, Qt::QueuedConnection);
    });
    app.exec();
    client.join();

    REQUIRE(responses.size() == 6);
    const std::string& allowed = responses[0];
    INFO(allowed);
    CHECK(allowed.rfind("HTTP/1.1 200 ", 0) == 0);
    CHECK(has_line(allowed, "Access-Control-Allow-Origin: https://app.example.com"));
    CHECK(count_of(allowed, "Access-Control-Allow-Origin") == 1);
    CHECK(has_line(allowed, "Vary: Accept-Encoding, Origin"));

    const std::string& preflight = responses[1];
    INFO(preflight);
    CHECK(preflight.rfind("HTTP/1.1 204 ", 0) == 0);
    CHECK(has_line(preflight, "Access-Control-Allow-Origin: https://app.example.com"));
    CHECK(has_line(preflight, "Access-Control-Allow-Methods: PUT"));
    CHECK(has_line(preflight, "Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers"));
    CHECK(count_of(preflight, "Content-Length") == 0);  // a 204
    CHECK(count_of(preflight, "Content-Type") == 0);
    CHECK(preflight.substr(preflight.size() - 4) == "\r\n\r\n");  // no body

    const std::string& denied_preflight = responses[2];
    INFO(denied_preflight);
    CHECK(denied_preflight.rfind("HTTP/1.1 403 ", 0) == 0);
    CHECK(count_of(denied_preflight, "Access-Control-Allow-Origin") == 0);
    CHECK(has_line(denied_preflight, "Content-Length: 0"));

    const std::string& plain_options = responses[3];
    INFO(plain_options);
    CHECK(plain_options.find("\r\n\r\noptions") != std::string::npos);  // the route's handler
    CHECK(has_line(plain_options, "Access-Control-Allow-Origin: https://app.example.com"));

    const std::string& missing = responses[4];
    INFO(missing);
    CHECK(missing.rfind("HTTP/1.1 404 ", 0) == 0);  // Qt's own 404, through afterRequest
    CHECK(count_of(missing, "Access-Control-Allow-Origin") == 0);
    CHECK(has_line(missing, "Vary: Origin"));

    const std::string& two_origins = responses[5];
    INFO(two_origins);
    CHECK(count_of(two_origins, "Access-Control-Allow-Origin") == 0);  // Qt keeps both lines

    CHECK(options_handler == 1);
    CHECK(answered == 2);
    CHECK(after == 4);
    REQUIRE(denials.size() == 3);
    CHECK(denials[0].why == cors::reason::method_not_allowed);
    CHECK(denials[0].value == "PATCH");
    CHECK(denials[0].method == "OPTIONS");
    CHECK(denials[1].why == cors::reason::origin_not_allowed);
    CHECK(denials[1].path == "/api/missing");
    CHECK(denials[1].method == "GET");
    CHECK(denials[2].method == "GET");
}
