// The Qt HTTP Server example of docs/adapters.md, compiled and run: install() accepts the rule it
// adds, and the route added after it is kept (Qt tries rules in the order they were added).
#include <cors/adapters/qt.hpp>

#include <QCoreApplication>
#include <cstdio>
#include <utility>

namespace {

// A callable object, not a plain function: Qt 6.4's route() deduces the handler's arguments
// from its call operator.
const auto list_items = [] { return QHttpServerResponse("application/json", "[]"); };

bool qt_docs(const cors::policy& policy) {
    QHttpServer server;
    cors::qt::install(server, policy);   // first, before any route(): keeps a copy (shared state: cheap)
    server.route("/api/items", QHttpServerRequest::Method::Get, list_items);   // routes as usual
    QHttpServer again;
    return cors::qt::install(again, policy);
}

bool qt_hooks_docs(const cors::policy& policy) {
    QHttpServer server;
    cors::qt::hooks app;
    app.after_request = [](QHttpServerResponse&& res, const QHttpServerRequest&) { return std::move(res); };
    cors::qt::install(server, policy, std::move(app));
    QHttpServer again;
    return cors::qt::install(again, policy);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    cors::config c;
    c.origins = {"https://app.example.com"};
    const cors::policy policy = cors::policy::build(c);
    const bool ok = qt_docs(policy) && qt_hooks_docs(policy);
    std::puts(ok ? "qt examples: ok" : "qt examples: install refused its rule");
    return ok ? 0 : 1;
}
