// cors-qt-server: a small Qt HTTP Server with CORS from a JSON policy (or a router of policies),
// through cors/adapters/qt.hpp. The application (command line, routes) is examples/app.hpp,
// shared with the other example servers; this file is Qt's calls only: its router (one rule per
// route, then a catch-all route for static files and the JSON 404), its event loop.
//
//   cors-qt-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <atomic>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaObject>
#include <QtCore/QUrl>
#include <QtHttpServer/QHttpServer>
#include <QtNetwork/QHostAddress>

#include <cors/adapters/qt.hpp>

#include "app.hpp"

namespace {

QByteArray bytes(std::string_view s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

QHttpServerResponse write(const app::response& out) {
    QHttpServerResponse res(bytes(out.content_type), bytes(out.body),
                            static_cast<QHttpServerResponse::StatusCode>(out.status));
    for (const auto& [name, value] : out.headers) res.addHeader(bytes(name), bytes(value));
    return res;
}

QHttpServerRequest::Methods methods_of(const app::route& route) {
    using M = QHttpServerRequest::Method;
    QHttpServerRequest::Methods out;
    for (const std::string_view m : route.methods) {
        if (m == "GET") out |= M::Get;
        if (m == "POST") out |= M::Post;
        if (m == "PUT") out |= M::Put;
        if (m == "PATCH") out |= M::Patch;
        if (m == "DELETE") out |= M::Delete;
        if (m == "OPTIONS") out |= M::Options;
    }
    return out;
}

// The application's request, as views into `target` and `cookie` (kept alive by the caller).
app::request to_app(const QHttpServerRequest& req, const QByteArray& path, const QByteArray& cookie) {
    return app::request{cors::qt::method_name(req.method()),
                        std::string_view(path.constData(), static_cast<std::size_t>(path.size())),
                        std::string_view(cookie.constData(), static_cast<std::size_t>(cookie.size()))};
}

}  // namespace

int main(int argc, char** argv) {
    const char* const program = "cors-qt-server";
    const app::startup started = app::start(argc, argv, program);
    if (!started.app) return started.exit_code;
    const app::options& args = started.args;
    app::state& state = *started.app;

    app::stop_signals stop;  // before Qt starts its threads

    int qt_argc = 1;
    QCoreApplication application(qt_argc, argv);
    QHttpServer server;

    cors::qt::hooks hooks;
    // Count the preflights that arrive: those CORS answers, and those it forwards
    // (preflight_continue); the unobserved engine, so that /metrics counts each request once.
    hooks.on_answer = [&state](const QHttpServerRequest&, const cors::decision& d) { app::count(state, d); };
    hooks.after_request = [&state](QHttpServerResponse&& res, const QHttpServerRequest& req) {
        const cors::qt::request r(req);
        app::count(state, state.engine.evaluate(r.view()));
        return std::move(res);
    };
    hooks.on_denied = app::denial_log(state);
    const bool installed = state.observed.router ? cors::qt::install(server, *state.observed.router, std::move(hooks))
                                                 : cors::qt::install(server, *state.observed.policy, std::move(hooks));
    if (!installed) {
        std::fprintf(stderr, "%s: cannot install CORS\n", program);
        return 1;
    }

    for (const app::route& route : app::routes()) {
        const QString pattern = QString::fromUtf8(route.path.data(), static_cast<qsizetype>(route.path.size()));
        server.route(pattern, methods_of(route), [&state, &route](const QHttpServerRequest& req) {
            const QByteArray path = req.url().path(QUrl::FullyEncoded).toUtf8(), cookie = req.value("Cookie");
            app::response out;
            try {
                route.handle(state, to_app(req, path, cookie), out);
            } catch (const std::exception&) {
                out = app::internal_error();  // Qt 6.4 would terminate on an exception
            }
            return write(out);
        });
    }
    // Anything else: a static file (--static) or the JSON 404. A route, not setMissingHandler:
    // Qt passes a route's response through afterRequest (CORS), not the missing handler's.
    server.route("/<arg>", [&state](const QUrl&, const QHttpServerRequest& req) {
        const QByteArray path = req.url().path(QUrl::FullyEncoded).toUtf8(), cookie = req.value("Cookie");
        app::response out;
        if (!app::serve_static(state, to_app(req, path, cookie), out)) out = app::not_found();
        return write(out);
    });

    const quint16 port = server.listen(QHostAddress(QHostAddress::LocalHost), args.port);
    if (port == 0) return app::cannot_listen(program, args.port);

    stop.call_on_signal([&application](const std::atomic<bool>&) {
        QMetaObject::invokeMethod(
            &application, [&application] { application.quit(); }, Qt::QueuedConnection);
    });
    app::print_listening(port);
    const int rc = application.exec();
    stop.stop_watching();  // before `application` goes
    return rc;
}
