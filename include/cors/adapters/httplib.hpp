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
// What the decoration does to a response is the adapters' shared contract, cors::detail::decorate
// and finish_answer (cors/detail/adapter_support.hpp): the engine's Access-Control-Allow-Origin
// and -Credentials replace the handler's, the decision's headers are set, its Vary tokens
// merged into the response's Vary; an answered preflight loses any body (an error handler may
// have set one for a 4xx) and sends `Content-Length: 0` (none with a 204).
//
// To log denials, set hooks::on_denied (cors/adapters/denial.hpp): it hears each denied
// request once, from the post-routing hook.

#include <iterator>
#include <string>
#include <tuple>
#include <string_view>
#include <utility>

#include <httplib.h>

#include "../decision.hpp"
#include "../detail/adapter_support.hpp"
#include "../policy.hpp"
#include "../request.hpp"
#include "../router.hpp"
#include "../shadow.hpp"
#include "denial.hpp"

namespace cors {
inline namespace v1 {
namespace httplib {

// The engine's view of an httplib request: views into `req.method`, `req.target` (the raw,
// undecoded target, for cors::router) and `req.headers` (no copy). Keep `req` alive while the
// view and any decision made from it are in use.
inline cors::request_view make_request(const ::httplib::Request& req) noexcept {
    cors::request_view view;
    view.method = req.method;
    view.path = req.target;
    for (const auto& [name, value] : req.headers)
        if (cors::detail::engine_may_read(name)) view.add_header(name, value);
    return view;
}

namespace detail {

// The multimap's key for a header name the contract touches: httplib's comparator is not
// transparent, so a lookup needs a std::string. Any other name: null (the caller makes one).
inline const std::string* known_key(std::string_view name) { return cors::detail::contract_header_string(name); }

// httplib's header calls for the adapters' contract (cors/detail/adapter_support.hpp).
class header_calls {
public:
    explicit header_calls(::httplib::Response& res) noexcept : res_(res) {}
    template <class F>
    void for_each_vary(F&& f) const {
        const std::string& key = *known_key(header_name::vary);
        for (auto it = res_.headers.lower_bound(key); is(it, key); ++it) f(std::string_view(it->second));
    }
    void erase(std::string_view name) {
        if (const std::string* key = known_key(name))
            res_.headers.erase(*key);
        else
            res_.headers.erase(std::string(name));
    }
    // Overwrites the first line of `name` in place (its string keeps its capacity) and erases
    // the others; inserts one line when there is none. One lower_bound either way: the insert
    // is hinted with it (the line goes before the first greater name, as emplace puts it).
    void replace(std::string_view name, std::string_view value) {
        const std::string* key = known_key(name);
        if (!key) return replace_key(std::string(name), value);
        replace_key(*key, value);
    }
    void clear_body() noexcept { res_.body.clear(); }
    int status() const noexcept { return res_.status; }

private:
    using headers = ::httplib::Headers;
    // Whether `it` is a line of `key` (it is at or after lower_bound(key)).
    bool is(headers::const_iterator it, const std::string& key) const {
        return it != res_.headers.end() && !res_.headers.key_comp()(key, it->first);
    }
    void replace_key(const std::string& key, std::string_view value) {
        auto first = res_.headers.lower_bound(key);
        if (!is(first, key)) {
            res_.headers.emplace_hint(first, std::piecewise_construct, std::forward_as_tuple(key),
                                      std::forward_as_tuple(value.data(), value.size()));
            return;
        }
        first->second.assign(value.data(), value.size());
        auto last = std::next(first);
        while (is(last, key)) last = res_.headers.erase(last);
    }

    ::httplib::Response& res_;
};

}  // namespace detail

// Decorates a response with a decision, as install() does: removes Access-Control-Allow-Origin
// and Access-Control-Allow-Credentials, sets the decision's headers, merges its Vary tokens.
inline void apply(const cors::decision& d, ::httplib::Response& res) {
    detail::header_calls calls(res);
    cors::detail::decorate(d, calls);
}

// The application's own routing hooks, for install() to chain (see the top of this file).
struct hooks {
    ::httplib::Server::HandlerWithResponse pre_routing;
    ::httplib::Server::Handler post_routing;
    // Hears every request CORS denies, once, with the reason, the offending value and the path
    // (cors/adapters/denial.hpp); runs in the post-routing hook, after `post_routing`.
    cors::denial_hook on_denied;
};

// Installs CORS on `server` with a copy of `engine`: a cors::policy, a cors::router (routes by
// the raw request target) or a cors::shadowed of either (copies are cheap: they share their
// state). Call it before listen(); it replaces the server's pre- and post-routing handlers.
// Each request is evaluated twice (httplib has no place to carry a decision between the hooks),
// but the engine's observer and shadow callback hear of it once, from the post-routing hook
// (an observer set on one route's own policy hears both).
template <class Engine>
void install(::httplib::Server& server, Engine engine, hooks app = {}) {
    server.set_pre_routing_handler([quiet = cors::detail::quiet(engine), pre = std::move(app.pre_routing)](
                                       const ::httplib::Request& req, ::httplib::Response& res) {
        const cors::decision d = quiet.evaluate(cors::httplib::make_request(req));
        if (d.action() == cors::action::respond) {
            res.status = d.status();
            return ::httplib::Server::HandlerResponse::Handled;
        }
        return pre ? pre(req, res) : ::httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_post_routing_handler(
        [engine = std::move(engine), post = std::move(app.post_routing), on_denied = std::move(app.on_denied)](
            const ::httplib::Request& req, ::httplib::Response& res) {
            if (post) post(req, res);
            // evaluate is cheap (no allocation): deciding again beats carrying state between
            // the two hooks, which httplib gives no place for.
            const cors::request_view view = cors::httplib::make_request(req);
            const cors::decision d = engine.evaluate(view);
            detail::header_calls calls(res);
            cors::detail::decorate(d, calls);
            if (d.action() == cors::action::respond) cors::detail::finish_answer(calls);
            cors::detail::report_denial(on_denied, view, d);
        });
}

}  // namespace httplib
}  // namespace v1
}  // namespace cors
