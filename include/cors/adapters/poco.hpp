#pragma once
// CORS for POCO Net::HTTPServer (CMake target cors::poco; POCO 1.11 or later).
//
//   Poco::Net::HTTPServer server(cors::poco::wrap(policy, new MyFactory), socket, params);
//
// wrap() returns an HTTPRequestHandlerFactory around the application's factory. For each
// request it decides once:
// - a request the engine answers itself (a preflight, unless the policy sets
//   preflight_continue) gets the decided status from a handler of its own; the application's
//   factory is not asked (its body is not read);
// - any other request goes to the application's handler, which is given a response that
//   decorates itself when the handler sends it (send(), sendBuffer(), sendFile(), redirect(),
//   requireAuthentication()): whatever status, 404 and 500 pages of the application alike.
//   When the application's factory returns no handler, the answer is a decorated 501 (POCO's
//   own would carry no CORS headers). What POCO sends by itself (400 for a malformed request,
//   500 when a handler throws before sending) is not decorated.
//
// What the decoration does to a response is the adapters' shared contract, cors::detail::decorate
// and finish_answer (cors/detail/adapter_support.hpp): the engine's Access-Control-Allow-Origin
// and -Credentials replace the handler's, the decision's headers are set, its Vary tokens
// merged into the response's Vary; an answered preflight has no body and `Content-Length: 0`
// (none with a 204).
//
// The engine sees the raw request URI (for cors::router), the method and every header line.
// To log denials, set hooks::on_denied (cors/adapters/denial.hpp): it hears each denied request
// once, on the request's thread (POCO's worker threads: hooks run concurrently).

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
#include <Poco/String.h>

#include "../decision.hpp"
#include "../detail/adapter_support.hpp"
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
    for (const auto& field : req) view.add_header(field.first, field.second);
    return view;
}

namespace detail {

// POCO's header calls for the adapters' contract (cors/detail/adapter_support.hpp); names are
// compared case-insensitively by POCO.
class header_calls {
public:
    explicit header_calls(Poco::Net::HTTPResponse& res) noexcept : res_(res) {}
    template <class F>
    void for_each_vary(F&& f) const {
        for (const auto& field : res_)
            if (Poco::icompare(field.first, std::string("Vary")) == 0) f(std::string_view(field.second));
    }
    void erase(std::string_view name) {
        const std::string key(name);
        while (res_.has(key)) res_.erase(key);
    }
    void replace(std::string_view name, std::string_view value) {
        erase(name);
        res_.add(std::string(name), std::string(value));
    }
    void clear_body() noexcept {}  // the answer is sent without one
    int status() const noexcept { return static_cast<int>(res_.getStatus()); }

private:
    Poco::Net::HTTPResponse& res_;
};

}  // namespace detail

// Decorates a response with a decision (before it is sent): removes Access-Control-Allow-Origin
// and Access-Control-Allow-Credentials, sets the decision's headers, merges its Vary tokens.
inline void apply(const cors::decision& d, Poco::Net::HTTPResponse& res) {
    detail::header_calls calls(res);
    cors::detail::decorate(d, calls);
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

// The response the application's handler writes: it holds the handler's status and headers and
// hands them, decorated, to the server's response when the handler sends.
class decorating_response : public Poco::Net::HTTPServerResponse {
public:
    decorating_response(Poco::Net::HTTPServerResponse& real, const cors::decision& d) : real_(real), d_(d) {
        setVersion(real.getVersion());
        setStatusAndReason(real.getStatus(), real.getReason());
        for (const auto& field : real) add(field.first, field.second);  // Date, Server, Connection
    }
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
        real_.clear();
        real_.setVersion(getVersion());
        real_.setStatusAndReason(getStatus(), getReason());
        for (const auto& field : *this) real_.add(field.first, field.second);
        apply(d_, real_);
    }
    Poco::Net::HTTPServerResponse& real_;
    const cors::decision& d_;
};

// Runs the application's handler (or answers 501 without one) with a decorating response.
class forwarding_handler : public Poco::Net::HTTPRequestHandler {
public:
    forwarding_handler(Poco::Net::HTTPRequestHandler* inner, const cors::decision& d) : inner_(inner), d_(d) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& res) override {
        decorating_response out(res, d_);
        if (inner_) {
            inner_->handleRequest(req, out);
        } else {
            out.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_IMPLEMENTED);
            out.setContentLength(0);
            out.send();
        }
    }

private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> inner_;
    cors::decision d_;  // views the request, alive while it is handled
};

// Sends the answer to a request the engine answers itself.
class answer_handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit answer_handler(const cors::decision& d) : d_(d) {}
    void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& res) override {
        res.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(d_.status()));
        header_calls calls(res);
        cors::detail::decorate(d_, calls);
        cors::detail::finish_answer(calls);
        res.send();
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
