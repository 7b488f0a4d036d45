#pragma once
// CORS for POCO Net::HTTPServer (CMake target cors::poco; POCO 1.11 or later, tested with
// Debian's 1.11.0).
//
//   Poco::Net::HTTPServer server(cors::poco::wrap(policy, new MyFactory), socket, params);
//
// wrap() returns an HTTPRequestHandlerFactory around the application's factory. For each
// request it decides once, before the application's factory is asked:
// - a request the engine answers itself (a preflight, unless the policy sets
//   preflight_continue; a request cross-origin protection refuses, whatever its method) gets
//   the decided status from a handler of its own: the application's factory and handler never
//   see it, POCO sends no `100 Continue`, its body is not read (so the connection is closed
//   after the answer when the request has one);
// - any other request goes to the application's handler, which is given a response that
//   decorates itself when the handler sends it (send(), sendBuffer(), sendFile(), redirect(),
//   requireAuthentication()), whatever the status: 404 and 500 pages alike. A handler that
//   throws before sending gets a decorated `500` (and `Connection: close`), then the exception
//   goes on to POCO. When the application's factory returns no handler, the answer is a
//   decorated 501 (POCO's own would carry no CORS headers). Not decorated: the 400 POCO sends
//   by itself for a malformed request, and what a handler writes through
//   request.response() instead of the response it is given.
//
// What the decoration does to a response is the adapters' shared contract, cors::detail::decorate
// and finish_answer (cors/detail/adapter_support.hpp): the engine's Access-Control-Allow-Origin
// and -Credentials replace the handler's, the decision's headers are set, its Vary tokens
// merged into the response's Vary; an answered request has no body, no Content-Type and
// `Content-Length: 0` (none with a 204).
//
// The engine sees the method, the raw request URI (for cors::router) and every header line it
// reads, as views into POCO's request. Allocations beyond POCO's own: one handler object per
// request (POCO's factory interface hands it over by pointer and deletes it), and the status
// reason copied from the handler's response when it differs and is longer than 15 bytes; the
// header calls reuse prebuilt keys and overwrite values in place.
//
// To log denials, set hooks::on_denied (cors/adapters/denial.hpp): it hears each denied
// request once, on the request's thread (POCO's worker threads: hooks run concurrently).

#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>

#include "../decision.hpp"
#include "../detail/adapter_support.hpp"
#include "../detail/ascii.hpp"
#include "../policy.hpp"
#include "../request.hpp"
#include "../router.hpp"
#include "../shadow.hpp"
#include "denial.hpp"

namespace cors {
inline namespace v1 {
namespace poco {

// The engine's view of a POCO request: views into its method, raw URI and header lines (no
// copy). Keep the request alive while the view and any decision made from it are in use.
inline cors::request_view make_request(const Poco::Net::HTTPRequest& req) noexcept {
    cors::request_view view;
    view.method = req.getMethod();
    view.path = req.getURI();
    for (const auto& field : req)
        if (cors::detail::engine_may_read(field.first)) view.add_header(field.first, field.second);
    return view;
}

namespace detail {

// POCO's calls take const std::string&: the names the contract touches as strings, built once
// (most are too long for the small-string buffer). Any other name: built in `scratch`.
inline const std::string& known_key(std::string_view name, std::string& scratch) {
    if (const std::string* known = cors::detail::contract_header_string(name)) return *known;
    scratch.assign(name.data(), name.size());
    return scratch;
}

// POCO's header calls for the adapters' contract (cors/detail/adapter_support.hpp). POCO
// compares names case-insensitively. NameValueCollection only hands out const iterators into
// the (non-const) response it owns: replace() overwrites the first line's value through one,
// so that no temporary std::string is built for a value.
class header_calls {
public:
    explicit header_calls(Poco::Net::HTTPResponse& res) noexcept : res_(res) {}
    template <class F>
    void for_each_vary(F&& f) const {
        for (const auto& field : res_)
            if (cors::detail::iequals(field.first, cors::header_name::vary)) f(std::string_view(field.second));
    }
    void erase(std::string_view name) {
        std::string scratch;
        res_.erase(known_key(name, scratch));
    }
    void replace(std::string_view name, std::string_view value) {
        std::string scratch;
        const std::string& key = known_key(name, scratch);
        auto first = res_.find(key);
        if (first == res_.end()) {  // the usual case: one insertion, then the value set in place
            insert(key, value);
            return;
        }
        // Further lines of the name (find() gives the first): rare, a handler's add() twice.
        std::size_t n = 0;
        for (const auto& field : res_) n += cors::detail::iequals(field.first, name) ? 1 : 0;
        if (n > 1) {
            res_.erase(key);
            insert(key, value);
            return;
        }
        const_cast<std::string&>(first->second).assign(value.data(), value.size());
    }
    void clear_body() noexcept {}  // answers are sent without one
    int status() const noexcept { return static_cast<int>(res_.getStatus()); }

private:
    // add() copies the value it is given (twice, as a pair and into the list): a temporary
    // std::string of `value` would be one allocation more than a handler's set(). Adding an
    // empty value and assigning the line's value in place costs one.
    void insert(const std::string& key, std::string_view value) {
        res_.add(key, std::string());
        // A name not yet present is appended (ListMap::insert puts it after its equals).
        auto line = res_.end();
        if (line != res_.begin() && (--line)->first == key && line->second.empty()) {
            const_cast<std::string&>(line->second).assign(value.data(), value.size());
            return;
        }
        res_.set(key, std::string(value));  // not where expected: POCO's own call
    }

    Poco::Net::HTTPResponse& res_;
};

}  // namespace detail

// Decorates a response with a decision (before it is sent): removes Access-Control-Allow-Origin
// and Access-Control-Allow-Credentials, sets the decision's headers, merges its Vary tokens.
inline void apply(const cors::decision& d, Poco::Net::HTTPResponse& res) {
    detail::header_calls calls(res);
    cors::detail::decorate(d, calls);
}

// Completes and sends the answer to a request the engine answers itself (d.action() ==
// action::respond): the decided status, the decision's headers and Vary, no body, and
// `Content-Length: 0` except on a 204. The connection is closed after it when the request has
// a body (it is not read).
inline void respond(const cors::decision& d, const Poco::Net::HTTPServerRequest& req,
                    Poco::Net::HTTPServerResponse& res) {
    res.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(d.status()));
    detail::header_calls calls(res);
    cors::detail::decorate(d, calls);
    cors::detail::finish_answer(calls);
    if (req.getChunkedTransferEncoding() || (req.hasContentLength() && req.getContentLength64() != 0))
        res.setKeepAlive(false);
    res.send();
}

// The application's hooks (all optional).
struct hooks {
    // Runs for each request the engine answers itself (a preflight), before the answer is sent.
    std::function<void(const Poco::Net::HTTPServerRequest&, const cors::decision&)> on_answer;
    // Hears every request CORS denies, once, with the reason, the offending value and the path
    // (cors/adapters/denial.hpp).
    cors::denial_hook on_denied;
};

namespace detail {

// The response the application's handler writes. It takes the server response's header lines
// (Date, Server, Connection) by swapping the collections, holds the handler's status and
// headers, and when the handler sends, swaps them back, copies the status line and decorates
// the server's response, then lets it send.
class decorating_response : public Poco::Net::HTTPServerResponse {
public:
    decorating_response(Poco::Net::HTTPServerResponse& real, const cors::decision& d) : real_(real), d_(d) {
        setVersion(real.getVersion());
        static_cast<Poco::Net::NameValueCollection&>(*this).swap(real);
    }
    ~decorating_response() override {
        if (!transferred_) static_cast<Poco::Net::NameValueCollection&>(*this).swap(real_);
    }
    decorating_response(const decorating_response&) = delete;
    decorating_response& operator=(const decorating_response&) = delete;

    void sendContinue() override { real_.sendContinue(); }
    std::ostream& send() override {
        transfer();
        return real_.send();
    }
    void sendFile(const std::string& path, const std::string& media_type) override {
        transfer();
        real_.sendFile(path, media_type);
    }
    void sendBuffer(const void* buffer, std::size_t length) override {
        transfer();
        real_.sendBuffer(buffer, length);
    }
    void redirect(const std::string& uri, HTTPStatus status = HTTP_FOUND) override {
        transfer();
        real_.redirect(uri, status);
    }
    void requireAuthentication(const std::string& realm) override {
        transfer();
        real_.requireAuthentication(realm);
    }
    bool sent() const override { return real_.sent(); }

private:
    void transfer() {
        if (transferred_) return;  // POCO refuses a second send itself
        transferred_ = true;
        static_cast<Poco::Net::NameValueCollection&>(*this).swap(real_);
        if (getVersion() != real_.getVersion()) real_.setVersion(getVersion());
        if (getStatus() != real_.getStatus() || getReason() != real_.getReason())
            real_.setStatusAndReason(getStatus(), getReason());
        apply(d_, real_);
    }

    Poco::Net::HTTPServerResponse& real_;
    const cors::decision& d_;
    bool transferred_ = false;
};

// Runs the application's handler (or answers 501 without one) with a decorating response.
class forwarding_handler : public Poco::Net::HTTPRequestHandler {
public:
    forwarding_handler(Poco::Net::HTTPRequestHandler* inner, const cors::decision& d) noexcept : inner_(inner), d_(d) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& res) override {
        decorating_response out(res, d_);
        if (!inner_) return send_empty(out, Poco::Net::HTTPResponse::HTTP_NOT_IMPLEMENTED);
        try {
            inner_->handleRequest(req, out);
        } catch (...) {
            if (!out.sent()) {
                out.clear();
                out.setKeepAlive(false);
                send_empty(out, Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
            }
            throw;
        }
    }

private:
    static void send_empty(decorating_response& out, Poco::Net::HTTPResponse::HTTPStatus status) {
        out.setStatusAndReason(status);
        out.setContentLength(0);
        out.send();
    }

    std::unique_ptr<Poco::Net::HTTPRequestHandler> inner_;
    cors::decision d_;  // views the request, alive while it is handled
};

// Sends the answer to a request the engine answers itself.
class answer_handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit answer_handler(const cors::decision& d) noexcept : d_(d) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& res) override {
        respond(d_, req, res);
    }

private:
    cors::decision d_;
};

}  // namespace detail

// The wrapping factory (see the top of this file). `Engine` is a cors::policy, a cors::router
// or a cors::shadowed of either (copies are cheap: they share their state).
template <class Engine>
class handler_factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    handler_factory(Engine engine, Poco::Net::HTTPRequestHandlerFactory::Ptr wrapped, hooks app = {})
        : engine_(std::move(engine)), wrapped_(std::move(wrapped)), app_(std::move(app)) {}

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& req) override {
        const cors::request_view view = cors::poco::make_request(req);
        const cors::decision d = engine_.evaluate(view);
        cors::detail::report_denial(app_.on_denied, view, d);
        if (d.action() == cors::action::respond) {
            if (app_.on_answer) app_.on_answer(req, d);
            // The status now: POCO sends `100 Continue` before the handler only on a 200.
            req.response().setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(d.status()));
            return new detail::answer_handler(d);
        }
        return new detail::forwarding_handler(wrapped_ ? wrapped_->createRequestHandler(req) : nullptr, d);
    }

private:
    Engine engine_;
    Poco::Net::HTTPRequestHandlerFactory::Ptr wrapped_;
    hooks app_;
};

// The factory to give Poco::Net::HTTPServer: CORS with a copy of `engine` around `wrapped`
// (which it owns when given as a raw pointer, as HTTPServer does).
template <class Engine>
Poco::Net::HTTPRequestHandlerFactory::Ptr wrap(Engine engine, Poco::Net::HTTPRequestHandlerFactory::Ptr wrapped,
                                               hooks app = {}) {
    return new handler_factory<Engine>(std::move(engine), std::move(wrapped), std::move(app));
}

}  // namespace poco
}  // namespace v1
}  // namespace cors
