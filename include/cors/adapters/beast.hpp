#pragma once
// CORS for Boost.Beast HTTP servers (CMake target cors::beast; Boost 1.74 or later).
//
//   const cors::decision d = policy.evaluate(cors::beast::make_request(req));
//   if (auto preflight = cors::beast::preflight_response(d, req))
//       return send(std::move(*preflight));        // answered: the handler never runs
//   auto res = handle_request(req);                 // your router: 200, 404, 500 alike
//   cors::beast::apply(d, res);
//   send(std::move(res));
//
// Lifetimes: the request view and the decision point into `req`'s fields and into the policy;
// keep both alive until the response has been decorated (apply copies the values into the
// response).
//
// What apply() does to a response:
// - It removes any Access-Control-Allow-Origin and Access-Control-Allow-Credentials the
//   handler set: the engine owns these two, so a response never carries two ACAO lines, and a
//   denied origin gets no ACAO even if the handler set one.
// - It sets each of the decision's headers, replacing any value the handler gave that name.
// - It merges the decision's Vary tokens into the response's Vary (all its Vary lines joined),
//   each token once, keeping the handler's own tokens (`Vary: Accept-Encoding, Origin`).

#include <optional>
#include <string>
#include <string_view>

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/status.hpp>

#include "../decision.hpp"
#include "../request.hpp"
#include "../response.hpp"

namespace cors {
inline namespace v1 {
namespace beast {

namespace detail {

// Beast's string_view is boost::string_view unless BOOST_BEAST_USE_STD_STRING_VIEW is defined.
inline std::string_view to_std(boost::beast::string_view s) noexcept { return {s.data(), s.size()}; }
inline boost::beast::string_view to_beast(std::string_view s) noexcept { return {s.data(), s.size()}; }

template <class Fields>
void set_headers(const cors::decision& d, Fields& fields) {
    cors::response_header_set set(d);
    const auto lines = fields.equal_range(boost::beast::http::field::vary);
    for (auto line = lines.first; line != lines.second; ++line) set.add_existing_vary(to_std(line->value()));
    set.finish(d);
    for (const cors::header h : set) fields.set(to_beast(h.name), to_beast(h.value));
}

}  // namespace detail

// The engine's view of a Beast request: the method, the raw target (for cors::router) and every
// field line, as views into `req` (no copy). Keep `req` alive while the view and any decision
// made from it are in use.
template <class Body, class Fields>
cors::request_view make_request(const boost::beast::http::request<Body, Fields>& req) noexcept {
    cors::request_view view;
    view.method = detail::to_std(req.method_string());
    view.path = detail::to_std(req.target());
    for (const auto& field : req) view.add_header(detail::to_std(field.name_string()), detail::to_std(field.value()));
    return view;
}

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
    detail::set_headers(d, res.base());
    if (res.result() != boost::beast::http::status::no_content) res.content_length(0);
    return res;
}

// Decorates the handler's response to a forwarded request (any status, errors included):
// removes the handler's Access-Control-Allow-Origin and Access-Control-Allow-Credentials, sets
// the decision's headers and merges its Vary tokens into the existing Vary.
template <class Body, class Fields>
void apply(const cors::decision& d, boost::beast::http::response<Body, Fields>& res) {
    for (std::string_view name : cors::owned_header_names) res.erase(detail::to_beast(name));
    detail::set_headers(d, res.base());
}

}  // namespace beast
}  // namespace v1
}  // namespace cors
