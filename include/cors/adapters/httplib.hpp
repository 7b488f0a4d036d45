#pragma once
// CORS for cpp-httplib servers (CMake target cors::httplib; tested with 0.11.4).
//
//   httplib::Server server;
//   cors::httplib::install(server, policy);   // before listen()
//   server.Get("/api/items", ...);            // routes as usual
//
// install() takes the server's pre-routing and post-routing handler slots:
// - pre-routing: a request the engine answers itself (a preflight, unless the policy sets
//   preflight_continue) gets the decided status and is not routed (no handler, no static file,
//   its body is not read);
// - post-routing: every response is decorated just before it is written: handler responses,
//   static files, httplib's own 404 (no route), 500 (exception), 400/413/414/416 and the
//   error handler's pages alike. httplib 0.11 calls the post-routing handler for all of them.
// An application that needs those slots itself passes its handlers in `cors::httplib::hooks`:
// its pre-routing handler runs for every request the engine does not answer, its post-routing
// handler runs on every response before the CORS decoration (so CORS has the last word on its
// own headers).
//
// What the decoration does to a response:
// - It removes any Access-Control-Allow-Origin and Access-Control-Allow-Credentials already
//   set: the engine owns these two, so a response never carries two ACAO lines, and a denied
//   origin gets no ACAO even if the handler set one.
// - It sets each of the decision's headers, replacing any value of that name.
// - It merges the decision's Vary tokens into the response's Vary (all its Vary lines joined),
//   each token once, keeping the handler's own tokens (`Vary: Accept-Encoding, Origin`).
// - On an answered preflight it also drops any body (an error handler may have set one for a
//   4xx), and sends `Content-Length: 0` (none with a 204, which must not carry one).

#include <string>
#include <string_view>
#include <utility>

#include <httplib.h>

#include "../decision.hpp"
#include "../policy.hpp"
#include "../request.hpp"
#include "../response.hpp"
#include "../router.hpp"
#include "../shadow.hpp"

namespace cors {
inline namespace v1 {
namespace httplib {

// The engine's view of an httplib request: views into `req.method`, `req.target` (the raw,
// undecoded target, for cors::router) and `req.headers` (no copy). Keep `req` alive while the
// view and any decision made from it are in use.
inline cors::request_view make_request(const ::httplib::Request& req) noexcept {
    cors::request_view view = cors::make_request(req.method, req.headers);
    view.path = req.target;
    return view;
}

// Decorates a response with a decision, as install() does: removes Access-Control-Allow-Origin
// and Access-Control-Allow-Credentials, sets the decision's headers, merges its Vary tokens.
inline void apply(const cors::decision& d, ::httplib::Response& res) {
    cors::response_header_set set(d);
    const auto lines = res.headers.equal_range(std::string(cors::header_name::vary));
    for (auto it = lines.first; it != lines.second; ++it) set.add_existing_vary(it->second);
    set.finish(d);
    for (std::string_view name : cors::owned_header_names) res.headers.erase(std::string(name));
    for (const cors::header h : set) {
        std::string name(h.name);
        res.headers.erase(name);
        res.headers.emplace(std::move(name), std::string(h.value));
    }
}

// The application's own routing hooks, for install() to chain (see the top of this file).
struct hooks {
    ::httplib::Server::HandlerWithResponse pre_routing;
    ::httplib::Server::Handler post_routing;
};

namespace detail {

// The same engine without its observer or shadow candidate: the pre-routing hook only needs to
// know whether to answer, and the post-routing hook reports the request.
inline cors::policy quiet(const cors::policy& p) { return p.with_observer(nullptr); }
inline cors::router quiet(const cors::router& r) { return r.with_observer(nullptr); }
template <class Engine>
Engine quiet(const cors::shadowed<Engine>& s) {
    return quiet(s.enforced());
}

}  // namespace detail

// Installs CORS on `server` with a copy of `engine`: a cors::policy, a cors::router (routes by
// the raw request target) or a cors::shadowed of either (copies are cheap: they share their
// state). Call it before listen(); it replaces the server's pre- and post-routing handlers.
// Each request is evaluated twice (httplib has no place to carry a decision between the hooks),
// but the engine's observer and shadow callback hear of it once, from the post-routing hook
// (an observer set on one route's own policy hears both).
template <class Engine>
void install(::httplib::Server& server, Engine engine, hooks app = {}) {
    server.set_pre_routing_handler([quiet = detail::quiet(engine), pre = std::move(app.pre_routing)](
                                       const ::httplib::Request& req, ::httplib::Response& res) {
        const cors::decision d = quiet.evaluate(cors::httplib::make_request(req));
        if (d.action() == cors::action::respond) {
            res.status = d.status();
            return ::httplib::Server::HandlerResponse::Handled;
        }
        return pre ? pre(req, res) : ::httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_post_routing_handler([engine = std::move(engine), post = std::move(app.post_routing)](
                                        const ::httplib::Request& req, ::httplib::Response& res) {
        if (post) post(req, res);
        // evaluate is cheap (no allocation): deciding again beats carrying state between
        // the two hooks, which httplib gives no place for.
        const cors::decision d = engine.evaluate(cors::httplib::make_request(req));
        cors::httplib::apply(d, res);
        if (d.action() == cors::action::respond) {
            res.body.clear();
            res.headers.erase("Content-Type");
            res.headers.erase("Content-Length");
            if (res.status != 204) res.headers.emplace("Content-Length", "0");
        }
    });
}

}  // namespace httplib
}  // namespace v1
}  // namespace cors
