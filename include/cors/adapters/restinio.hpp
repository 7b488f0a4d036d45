#pragma once
// CORS for RESTinio 0.6 (CMake target cors::restinio; tested with Debian's 0.6.16).
//
//   restinio::run(restinio::on_this_thread().port(8080).request_handler(
//       cors::restinio::wrap(policy, [](const restinio::request_handle_t& req, const cors::decision& d) {
//           auto res = req->create_response();
//           res.set_body("hello");
//           cors::restinio::apply(d, res);  // before done(): done() sends at once
//           return res.done();
//       })));
//
// RESTinio's response_builder_t::done() serializes and writes the response at once: no stage
// after the application's handler can touch its headers. So wrap() decides once per request,
// before the application:
// - a request the engine answers itself (a preflight, unless the policy sets
//   preflight_continue; a request cross-origin protection refuses, whatever its method) gets the
//   decided status, the decision's headers and Vary and no body from wrap() itself: the
//   application's handler never sees it;
// - any other request goes to the application's handler with the decision, and the handler
//   calls cors::restinio::apply(d, response) on every response it builds (404 and 500 pages
//   alike) before done(). The decision views the request: it stays valid while the
//   request_handle_t does (copy both into an asynchronous handler).
// A handler that throws, or returns request_rejected (RESTinio then answers 501 by itself), is
// not decorated: wrap() answers a rejected request with a decorated 501 itself.
//
// What the decoration does is the adapters' shared contract, cors::detail::decorate
// (cors/detail/adapter_support.hpp). Allocations beyond RESTinio's own: none in the decision
// path; RESTinio's header calls take std::string names and values.
//
// To log denials, set hooks::on_denied (cors/adapters/denial.hpp): it hears each denied request
// once, on the thread that runs the handler.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <restinio/all.hpp>

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
namespace restinio {

// The engine's view of a RESTinio request header: views into its method, request target and
// field lines, in order (no copy). Keep the request alive while the view and any decision made
// from it are in use.
inline cors::request_view make_request(const ::restinio::http_request_header_t& header) noexcept {
    cors::request_view view;
    view.method = header.method().c_str();
    view.path = header.request_target();
    header.for_each_field([&view](const ::restinio::http_header_field_t& field) {
        if (cors::detail::engine_may_read(field.name())) view.add_header(field.name(), field.value());
    });
    return view;
}

inline cors::request_view make_request(const ::restinio::request_t& req) noexcept { return make_request(req.header()); }

namespace detail {

// RESTinio's header calls for the adapters' contract. RESTinio compares names
// case-insensitively; remove_field() removes one line, set_field() overwrites the first.
class header_calls {
public:
    explicit header_calls(::restinio::http_header_fields_t& fields, int status) noexcept
        : fields_(fields), status_(status) {}
    template <class F>
    void for_each_vary(F&& f) const {
        fields_.for_each_field([&f](const ::restinio::http_header_field_t& field) {
            if (cors::detail::iequals(field.name(), cors::header_name::vary)) f(std::string_view(field.value()));
        });
    }
    void erase(std::string_view name) noexcept {
        while (fields_.remove_field(name)) {
        }
    }
    void replace(std::string_view name, std::string_view value) {
        std::size_t n = 0;
        fields_.for_each_field([&](const ::restinio::http_header_field_t& field) {
            n += cors::detail::iequals(field.name(), name) ? 1 : 0;
        });
        if (n > 1) erase(name);
        fields_.set_field(std::string(name), std::string(value));
    }
    void clear_body() noexcept {}  // answers are built without one
    int status() const noexcept { return status_; }

private:
    ::restinio::http_header_fields_t& fields_;
    int status_;
};

}  // namespace detail

// Decorates a response builder's header with a decision (call it before done()): removes
// Access-Control-Allow-Origin and -Credentials, sets the decision's headers, merges its Vary.
template <class Output>
void apply(const cors::decision& d, ::restinio::response_builder_t<Output>& res) {
    auto& header = res.header();
    detail::header_calls calls(header, static_cast<int>(header.status_code().raw_code()));
    cors::detail::decorate(d, calls);
}

// The reason phrase RESTinio's status line needs for the statuses an answer may carry.
constexpr const char* reason_phrase(int status) noexcept {
    switch (status) {
        case 200:
            return "OK";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 500:
            return "Internal Server Error";
        default:
            return "";
    }
}

// Makes `res` the answer to a request the engine answers itself (d.action() == action::respond),
// to send with done(): the decided status, the decision's headers and Vary, no Content-Type, no
// body (done() writes `Content-Length: 0`, on a 204 too: see respond()).
template <class Output>
void prepare_answer(const cors::decision& d, ::restinio::response_builder_t<Output>& res) {
    res.header().status_line(::restinio::http_status_line_t(
        ::restinio::http_status_code_t(static_cast<std::uint16_t>(d.status())), reason_phrase(d.status())));
    detail::header_calls calls(res.header(), d.status());
    cors::detail::decorate(d, calls);
    calls.erase("Content-Type");
}

// Sends the answer to a request the engine answers itself (see prepare_answer).
inline ::restinio::request_handling_status_t respond(const cors::decision& d, ::restinio::request_t& req) {
    // Known gap: RESTinio 0.6 writes a Content-Length on every response (chunked output aside),
    // so a 204 answer carries `Content-Length: 0` (the contract says none).
    auto res = req.create_response();
    prepare_answer(d, res);
    return res.done();
}

// The application's hooks (all optional).
struct hooks {
    // Runs for each request the engine answers itself (a preflight), before the answer is sent.
    std::function<void(const ::restinio::request_t&, const cors::decision&)> on_answer;
    // Hears every request CORS denies, once (cors/adapters/denial.hpp).
    cors::denial_hook on_denied;
};

// The request handler (see the top of this file). `Engine` is a cors::policy, a cors::router or
// a cors::shadowed of either; `Handler` is called as handler(req, decision) and returns a
// request_handling_status_t.
template <class Engine, class Handler>
class handler {
public:
    handler(Engine engine, Handler app, hooks h = {})
        : engine_(std::move(engine)), app_(std::move(app)), hooks_(std::move(h)) {}

    ::restinio::request_handling_status_t operator()(::restinio::request_handle_t req) const {
        const cors::request_view view = cors::restinio::make_request(*req);
        const cors::decision d = engine_.evaluate(view);
        cors::detail::report_denial(hooks_.on_denied, view, d);
        if (d.action() == cors::action::respond) {
            if (hooks_.on_answer) hooks_.on_answer(*req, d);
            return respond(d, *req);
        }
        const ::restinio::request_handling_status_t status = app_(req, d);
        if (status == ::restinio::request_rejected()) {
            auto res = req->create_response(::restinio::status_not_implemented());
            apply(d, res);
            return res.done();
        }
        return status;
    }

private:
    Engine engine_;
    Handler app_;
    hooks hooks_;
};

template <class Engine, class Handler>
handler<Engine, std::decay_t<Handler>> wrap(Engine engine, Handler&& app, hooks h = {}) {
    return handler<Engine, std::decay_t<Handler>>(std::move(engine), std::forward<Handler>(app), std::move(h));
}

}  // namespace restinio
}  // namespace v1
}  // namespace cors
