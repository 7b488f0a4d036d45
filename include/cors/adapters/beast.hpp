#pragma once
// CORS for Boost.Beast HTTP servers (CMake target cors::beast; Boost 1.74 or later).
//
//   cors::beast::hooks hooks;                      // optional: hooks.on_denied logs denials
//   const cors::decision d = cors::beast::evaluate(policy, req, hooks);
//   if (auto preflight = cors::beast::preflight_response(d, req))
//       return send(std::move(*preflight));        // answered: the handler never runs
//   auto res = handle_request(req);                 // your router: 200, 404, 500 alike
//   cors::beast::apply(d, res);
//   send(std::move(res));
//
// (`policy.evaluate(cors::beast::make_request(req))` is the same decision without the hooks.)
// Lifetimes: the request view and the decision point into `req`'s fields and into the policy;
// keep both alive until the response has been decorated (apply copies the values into the
// response).
//
// What apply() and preflight_response() do to a response is the adapters' shared contract,
// cors::detail::decorate and finish_answer (cors/detail/adapter_support.hpp): the engine's
// Access-Control-Allow-Origin/-Credentials replace the handler's, the decision's headers are
// set, its Vary tokens merged into the response's Vary.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/status.hpp>

#include "../decision.hpp"
#include "../detail/adapter_support.hpp"
#include "../request.hpp"
#include "denial.hpp"

namespace cors {
inline namespace v1 {
namespace beast {

namespace detail {

// Beast's string_view is boost::string_view unless BOOST_BEAST_USE_STD_STRING_VIEW is defined.
inline std::string_view to_std(boost::beast::string_view s) noexcept { return {s.data(), s.size()}; }
inline boost::beast::string_view to_beast(std::string_view s) noexcept { return {s.data(), s.size()}; }

// The Beast field of a name the contract touches, so that Beast need not look the name up
// (string_to_field hashes it) on every call; field::unknown for the others (Boost 1.74 has no
// Access-Control-Allow-Private-Network).
inline boost::beast::http::field known_field(std::string_view name) noexcept {
    using boost::beast::http::field;
    static constexpr field fields[] = {field::access_control_allow_origin,
                                       field::access_control_allow_credentials,
                                       field::access_control_allow_methods,
                                       field::access_control_allow_headers,
                                       field::access_control_max_age,
                                       field::access_control_expose_headers,
                                       field::unknown,
                                       field::vary,
                                       field::content_type,
                                       field::content_length};
    static_assert(sizeof(fields) / sizeof(fields[0]) == cors::detail::contract_header_count);
    const std::size_t i = cors::detail::contract_header_index(name);
    return i < cors::detail::contract_header_count ? fields[i] : field::unknown;
}

// Beast's header calls for the adapters' contract (cors/detail/adapter_support.hpp). Fields
// has no in-place replace (an element holds its name and value in one allocation): set() finds
// the name with one lower_bound, unlinks its lines and links the new one (one allocation, as a
// handler's own set() makes). Generic over Fields, so a pool allocator is used as it is.
template <class Fields>
class header_calls {
public:
    explicit header_calls(boost::beast::http::header<false, Fields>& h) noexcept : h_(h) {}
    // A walk of the response's lines comparing Beast's field enum: a handler's response has a
    // few lines, and equal_range would compare names as strings down the tree.
    template <class F>
    void for_each_vary(F&& f) const {
        for (const auto& line : h_)
            if (line.name() == boost::beast::http::field::vary) f(to_std(line.value()));
    }
    void erase(std::string_view name) {
        const boost::beast::http::field f = known_field(name);
        if (f != boost::beast::http::field::unknown)
            h_.erase(f);
        else
            h_.erase(to_beast(name));
    }
    void replace(std::string_view name, std::string_view value) {
        const boost::beast::http::field f = known_field(name);
        if (f != boost::beast::http::field::unknown)
            h_.set(f, to_beast(value));
        else
            h_.set(to_beast(name), to_beast(value));
    }
    void clear_body() noexcept {}  // preflight_response builds an empty_body response
    int status() const noexcept { return static_cast<int>(h_.result_int()); }

private:
    boost::beast::http::header<false, Fields>& h_;
};

// Whether Beast's field enum names none of the headers the engine reads but the four
// make_request maps (Boost 1.74 knows neither Sec-Fetch-Site nor
// Access-Control-Request-Private-Network): then every other known field is skipped by its enum
// alone; otherwise its name is looked at too. Set once at start-up, read without a guard; read
// before that (from another static initializer) it is false, the path that looks at every name.
inline bool known_fields_are_mapped() {
    for (const char* name : {":authority", "sec-fetch-site", "access-control-request-private-network"})
        if (boost::beast::http::string_to_field(name) != boost::beast::http::field::unknown) return false;
    return true;
}
inline const bool other_known_fields_skippable = known_fields_are_mapped();

}  // namespace detail

// The engine's view of a Beast request: the method, the raw target (for cors::router) and every
// field line, as views into `req` (no copy). Keep `req` alive while the view and any decision
// made from it are in use. Beast has parsed each name to its field enum already, so most lines
// cost one switch on it, and the four CORS fields Beast knows no name comparison.
template <class Body, class Fields>
cors::request_view make_request(const boost::beast::http::request<Body, Fields>& req) noexcept {
    using boost::beast::http::field;
    using known = cors::request_view::known;
    cors::request_view view;
    view.method = detail::to_std(req.method_string());
    view.path = detail::to_std(req.target());
    for (const auto& line : req) {
        switch (line.name()) {
            case field::host:
                view.add_header(known::host, detail::to_std(line.value()));
                break;
            case field::origin:
                view.add_header(known::origin, detail::to_std(line.value()));
                break;
            case field::access_control_request_method:
                view.add_header(known::request_method, detail::to_std(line.value()));
                break;
            case field::access_control_request_headers:
                view.add_header(known::request_headers, detail::to_std(line.value()));
                break;
            default: {
                if (line.name() != field::unknown && detail::other_known_fields_skippable) break;
                const std::string_view name = detail::to_std(line.name_string());
                if (cors::detail::engine_may_read(name)) view.add_header(name, detail::to_std(line.value()));
                break;
            }
        }
    }
    return view;
}

// The application's hooks (all optional).
struct hooks {
    // Hears every request CORS denies, with the reason, the offending value and the path
    // (cors/adapters/denial.hpp); runs inside evaluate().
    cors::denial_hook on_denied;
};

// The decision for `req` (make_request + engine.evaluate), reported to hooks.on_denied when
// denied. `engine` is a cors::policy, a cors::router or a cors::shadowed of either; the
// decision points into it and into `req`, so neither may be a temporary.
template <class Engine, class Body, class Fields>
cors::decision evaluate(const Engine& engine, const boost::beast::http::request<Body, Fields>& req,
                        const hooks& app = {}) {
    const cors::request_view view = cors::beast::make_request(req);
    const cors::decision d = engine.evaluate(view);
    cors::detail::report_denial(app.on_denied, view, d);
    return d;
}
template <class Engine, class Body, class Fields>
void evaluate(const Engine&&, const boost::beast::http::request<Body, Fields>&, const hooks& = {}) = delete;
template <class Engine, class Body, class Fields>
void evaluate(const Engine&, const boost::beast::http::request<Body, Fields>&&, const hooks& = {}) = delete;

// The complete answer to a request the engine answers itself (a preflight, unless the policy
// sets preflight_continue), or nothing when the request goes to the handler. The response has
// the decided status, the decision's headers and Vary, no body, `Content-Length: 0` (none on
// a 204, which must not carry one), and the request's HTTP version and keep-alive.
template <class Body, class Fields>
std::optional<boost::beast::http::response<boost::beast::http::empty_body>> preflight_response(
    const cors::decision& d, const boost::beast::http::request<Body, Fields>& req) {
    if (d.action() != cors::action::respond) return std::nullopt;
    boost::beast::http::response<boost::beast::http::empty_body> res;
    res.version(req.version());
    res.result(static_cast<unsigned>(d.status()));
    res.keep_alive(req.keep_alive());
    detail::header_calls<boost::beast::http::fields> calls(res.base());
    cors::detail::decorate(d, calls);
    cors::detail::finish_answer(calls);
    return res;
}

// Decorates the handler's response to a forwarded request (any status, errors included):
// removes the handler's Access-Control-Allow-Origin and Access-Control-Allow-Credentials, sets
// the decision's headers and merges its Vary tokens into the existing Vary.
template <class Body, class Fields>
void apply(const cors::decision& d, boost::beast::http::response<Body, Fields>& res) {
    detail::header_calls<Fields> calls(res.base());
    cors::detail::decorate(d, calls);
}

}  // namespace beast
}  // namespace v1
}  // namespace cors
