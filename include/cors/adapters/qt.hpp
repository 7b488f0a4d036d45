#pragma once
// CORS for Qt HTTP Server (CMake target cors::qt; Qt 6.4 or later, tested with Debian's 6.4.2).
//
//   QHttpServer server;
//   cors::qt::install(server, policy);   // first: before any route()
//   server.route("/api/items", ...);     // routes as usual, each returning a QHttpServerResponse
//
// Qt 6.4 has no pre-routing hook, so install() adds a router rule of its own, which must be the
// first (QHttpServerRouter tries its rules in the order they were added): it matches exactly
// the requests the engine answers itself (a preflight, unless the policy sets
// preflight_continue; a request cross-origin protection refuses) and answers them with the
// decided status; any other request, an OPTIONS without Access-Control-Request-Method
// included, goes on to the application's routes. Every other response is decorated by the
// afterRequest handler install() registers: the routes' QHttpServerResponse and Qt's own 404
// for a request no rule matches alike. Not decorated, because Qt never passes them through
// afterRequest: what a route writes itself through a QHttpServerResponder, and the 404 of a
// missing handler set with setMissingHandler (use a last catch-all route instead, e.g.
// route("/<arg>", [](const QUrl&) {...})). An application that needs afterRequest itself
// passes its handler in `cors::qt::hooks`: it runs on every decorated response before the
// CORS decoration (so CORS has the last word on its own headers); a second afterRequest
// registered on the server would run after it.
//
// What the decoration does to a response is the adapters' shared contract, cors::detail::decorate
// and finish_answer (cors/detail/adapter_support.hpp): the engine's Access-Control-Allow-Origin
// and -Credentials replace the handler's, the decision's headers are set, its Vary tokens
// merged into the response's Vary; an answered preflight has no body and no Content-Type, and
// `Content-Length: 0` (none with a 204: it is written through a QHttpServerResponder, since a
// QHttpServerResponse always carries a Content-Length).
//
// What the engine sees of a request: Qt's method (a method Qt does not know is the empty
// string), the path and query as Qt's QUrl re-encodes them (Qt decodes an escaped unreserved
// character, %69 is i, and routes on that path: cors::router sees what Qt routes on), every
// header line (Qt keeps repeated lines, so two Origin lines are denied as elsewhere).
//
// To log denials, set hooks::on_denied (cors/adapters/denial.hpp): it hears each denied
// request once. Qt's server runs in its thread's event loop: every hook runs there.

#include <cstddef>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>
#include <QtHttpServer/QHttpServerRouterRule>

#include "../decision.hpp"
#include "../detail/adapter_support.hpp"
#include "../policy.hpp"
#include "../request.hpp"
#include "../router.hpp"
#include "../shadow.hpp"
#include "denial.hpp"

namespace cors {
inline namespace v1 {
namespace qt {

// The method's name for Qt's enumeration; empty for Method::Unknown (and any other value).
inline std::string_view method_name(QHttpServerRequest::Method m) noexcept {
    using M = QHttpServerRequest::Method;
    switch (m) {
        case M::Get:
            return "GET";
        case M::Put:
            return "PUT";
        case M::Delete:
            return "DELETE";
        case M::Post:
            return "POST";
        case M::Head:
            return "HEAD";
        case M::Options:
            return "OPTIONS";
        case M::Patch:
            return "PATCH";
        case M::Connect:
            return "CONNECT";
        case M::Trace:
            return "TRACE";
        default:
            return {};
    }
}

// The engine's view of a Qt request. QHttpServerRequest has no raw target and returns its
// headers by value, so this holds what the view points into: the header list (Qt's implicitly
// shared byte arrays, not copied) and the target. Neither copyable nor movable; keep it alive
// while the view and any decision made from it are in use.
class request {
public:
    explicit request(const QHttpServerRequest& req)
        : headers_(req.headers()), target_(req.url().path(QUrl::FullyEncoded).toUtf8()) {
        const QUrl url = req.url();
        if (url.hasQuery()) target_ += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        view_.method = method_name(req.method());
        view_.path = std::string_view(target_.constData(), static_cast<std::size_t>(target_.size()));
        for (const auto& field : headers_)
            view_.add_header(std::string_view(field.first.constData(), static_cast<std::size_t>(field.first.size())),
                             std::string_view(field.second.constData(), static_cast<std::size_t>(field.second.size())));
    }
    request(const request&) = delete;
    request& operator=(const request&) = delete;

    const cors::request_view& view() const noexcept { return view_; }

private:
    QList<QPair<QByteArray, QByteArray>> headers_;
    QByteArray target_;
    cors::request_view view_;
};

namespace detail {

inline QByteArray bytes(std::string_view s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

// The header names as QByteArrays, built once (QHttpServerResponse's calls take QByteArray).
inline const QByteArray& known_key(std::string_view name, QByteArray& scratch) {
    if (const QByteArray* known = cors::detail::contract_header_as<QByteArray>(name, bytes)) return *known;
    scratch = bytes(name);
    return scratch;
}

// The same in lower case: Qt 6.4 compares names case-sensitively, so each call also clears the
// lower-case spelling a handler may have used (a lambda of its own: a table of its own).
inline const QByteArray& known_lower_key(std::string_view name, QByteArray& scratch) {
    const auto lower = [](std::string_view s) { return bytes(s).toLower(); };
    if (const QByteArray* known = cors::detail::contract_header_as<QByteArray>(name, lower)) return *known;
    scratch = lower(name);
    return scratch;
}

// QHttpServerResponse's header calls for the adapters' contract (cors/detail/adapter_support.hpp).
// Qt 6.4 compares header names case-sensitively: a handler's lower-case spelling of a name the
// engine owns is removed too.
class header_calls {
public:
    explicit header_calls(QHttpServerResponse& res) noexcept : res_(res) {}
    template <class F>
    void for_each_vary(F&& f) const {
        QByteArray scratch, lower_scratch;
        lines_ = res_.headers(known_key(cors::header_name::vary, scratch));
        lines_ += res_.headers(known_lower_key(cors::header_name::vary, lower_scratch));
        for (const QByteArray& line : lines_)
            f(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
    }
    void erase(std::string_view name) {
        QByteArray scratch, lower_scratch;
        res_.clearHeader(known_key(name, scratch));
        res_.clearHeader(known_lower_key(name, lower_scratch));
    }
    void replace(std::string_view name, std::string_view value) {
        QByteArray scratch, lower_scratch;
        res_.clearHeader(known_lower_key(name, lower_scratch));
        res_.setHeader(known_key(name, scratch), bytes(value));
    }
    void clear_body() noexcept {}  // only forwarded responses are decorated here
    int status() const noexcept { return static_cast<int>(res_.statusCode()); }

private:
    QHttpServerResponse& res_;
    mutable QList<QByteArray> lines_;  // the Vary lines, alive while decorate reads them
};

// The headers of an answered preflight, before they are written through a responder.
class answer_calls {
public:
    explicit answer_calls(int status) noexcept : status_(status) {}
    template <class F>
    void for_each_vary(F&&) const {}
    void erase(std::string_view name) {
        for (auto it = lines_.begin(); it != lines_.end();) it = it->first == bytes(name) ? lines_.erase(it) : it + 1;
    }
    void replace(std::string_view name, std::string_view value) {
        erase(name);
        lines_.emplace_back(bytes(name), bytes(value));
    }
    void clear_body() noexcept {}
    int status() const noexcept { return status_; }
    const std::vector<std::pair<QByteArray, QByteArray>>& lines() const noexcept { return lines_; }

private:
    int status_;
    std::vector<std::pair<QByteArray, QByteArray>> lines_;
};

}  // namespace detail

// Decorates a response with a decision, as install()'s afterRequest handler does: removes
// Access-Control-Allow-Origin and Access-Control-Allow-Credentials, sets the decision's
// headers, merges its Vary tokens.
inline void apply(const cors::decision& d, QHttpServerResponse& res) {
    detail::header_calls calls(res);
    cors::detail::decorate(d, calls);
}

// Writes the complete answer to a request the engine answers itself (d.action() ==
// action::respond): the decided status, the decision's headers and Vary, no body, and
// `Content-Length: 0` except on a 204.
inline void respond(const cors::decision& d, QHttpServerResponder&& responder) {
    detail::answer_calls calls(d.status());
    cors::detail::decorate(d, calls);
    cors::detail::finish_answer(calls);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(d.status()));
    for (const auto& line : calls.lines()) responder.writeHeader(line.first, line.second);
    responder.writeBody(QByteArray());
}

// The application's hooks, for install() to chain (all optional; see the top of this file).
struct hooks {
    // The application's afterRequest handler: runs on every response install() decorates,
    // before the decoration.
    std::function<QHttpServerResponse(QHttpServerResponse&&, const QHttpServerRequest&)> after_request;
    // Runs for each request the engine answers itself (a preflight), whose response never
    // passes through afterRequest, just before it is written.
    std::function<void(const QHttpServerRequest&, const cors::decision&)> on_answer;
    // Hears every request CORS denies, once, with the reason, the offending value and the path
    // (cors/adapters/denial.hpp).
    cors::denial_hook on_denied;
};

namespace detail {

// The router rule that answers the requests the engine answers itself, whatever their path.
class answer_rule : public QHttpServerRouterRule {
public:
    answer_rule(std::function<bool(const QHttpServerRequest&)> answers, RouterHandler handler)
        : QHttpServerRouterRule(QString(), QHttpServerRequest::Method::AnyKnown, std::move(handler)),
          answers_(std::move(answers)) {}

protected:
    bool matches(const QHttpServerRequest& req, QRegularExpressionMatch*) const override { return answers_(req); }

private:
    std::function<bool(const QHttpServerRequest&)> answers_;
};

}  // namespace detail

// Installs CORS on `server` with a copy of `engine`: a cors::policy, a cors::router or a
// cors::shadowed of either (copies are cheap: they share their state). Call it before the first
// route(): it adds the rule that answers preflights, which must come first, and registers an
// afterRequest handler. Returns false when Qt refuses the rule (nothing is installed then).
// An answered preflight is evaluated twice (in the rule's match, without the observer, and
// when answered); the engine's observer and shadow callback hear of each request once.
template <class Engine>
bool install(QHttpServer& server, Engine engine, hooks app = {}) {
    auto answers = [quiet = cors::detail::quiet(engine)](const QHttpServerRequest& req) {
        // Every method: a refused cross-origin POST is answered too, never routed.
        const request r(req);
        return quiet.evaluate(r.view()).action() == cors::action::respond;
    };
    auto answer = [engine, on_answer = std::move(app.on_answer), on_denied = app.on_denied](
                      const QHttpServerRequest& req, QHttpServerResponder&& responder) {
        const request r(req);
        const cors::decision d = engine.evaluate(r.view());
        if (on_answer) on_answer(req, d);
        cors::detail::report_denial(on_denied, r.view(), d);
        respond(d, std::move(responder));
    };
    if (!server.route<detail::answer_rule>(std::move(answers), std::move(answer))) return false;
    server.afterRequest(
        [engine = std::move(engine), after = std::move(app.after_request), on_denied = std::move(app.on_denied)](
            QHttpServerResponse&& res, const QHttpServerRequest& req) {
            QHttpServerResponse out = after ? after(std::move(res), req) : std::move(res);
            const request r(req);
            const cors::decision d = engine.evaluate(r.view());
            apply(d, out);
            cors::detail::report_denial(on_denied, r.view(), d);
            return out;
        });
    return true;
}

}  // namespace qt
}  // namespace v1
}  // namespace cors
