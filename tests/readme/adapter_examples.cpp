// The adapter examples of README.md and docs/adapters.md, compiled and run (check_docs.cmake
// fails when a block is not found here verbatim, indentation aside). The by-hand calls for Beast
// and httplib are run against responses whose handler already set Access-Control-Allow-Origin:
// each must end with exactly one line of it, and Vary merged.
// clang-format off: the snippets are the docs' text, laid out as there.
#include <cors/adapters/httplib.hpp>

#include <cors/adapters/beast.hpp>

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cors.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/version.hpp>

namespace {

namespace http = boost::beast::http;

// The README's warning, checked: on Boost 1.74 Beast's string_view is boost::string_view, which a
// std::string_view does not convert to (main checks that insert and set_header append).
#if BOOST_VERSION <= 107400 && !defined(BOOST_BEAST_USE_STD_STRING_VIEW)
static_assert(!std::is_convertible<std::string_view, boost::beast::string_view>::value,
              "Beast takes boost::string_view here");
#endif

int failures = 0;
void expect(bool ok, const char* what) {
    if (!ok) {
        std::cerr << "adapter example failed: " << what << '\n';
        ++failures;
    }
}

void list_items(const httplib::Request&, httplib::Response& res) { res.set_content("[]", "application/json"); }

void httplib_readme(const cors::policy& policy) {
httplib::Server server;
cors::httplib::install(server, policy);   // policy, router, or cors::shadowed of either
server.Get("/api/items", [](const httplib::Request&, httplib::Response& res) { res.set_content("[]", "application/json"); });
}

void httplib_docs(const cors::policy& policy) {
httplib::Server server;
cors::httplib::install(server, policy);   // before listen(); keeps a copy (shared state: cheap)
server.Get("/api/items", list_items);     // routes as usual
}

void httplib_hooks(httplib::Server& server, const cors::policy& policy) {
cors::httplib::hooks app;
app.pre_routing = [](const httplib::Request&, httplib::Response&) {   // authentication...
    return httplib::Server::HandlerResponse::Unhandled;
};
app.post_routing = [](const httplib::Request&, httplib::Response&) { /* logging... */ };
cors::httplib::install(server, policy, std::move(app));
}

http::response<http::string_body> route(const http::request<http::string_body>& req) {
    http::response<http::string_body> res(http::status::not_found, req.version());
    res.set(http::field::access_control_allow_origin, "*");  // a handler's own value, to be replaced
    res.set(http::field::vary, "Accept-Encoding");
    return res;
}

struct sent {
    unsigned status = 0;
    std::size_t acao_lines = 0;
    std::string acao, vary;
};
template <class Body>
sent record(const http::response<Body>& res) {
    sent s;
    s.status = res.result_int();
    s.acao_lines = res.count(http::field::access_control_allow_origin);
    s.acao = std::string(res[http::field::access_control_allow_origin]);
    s.vary = std::string(res[http::field::vary]);
    return s;
}

void beast_handler(const cors::policy& policy, const http::request<http::string_body>& req, sent& out) {
    const auto send = [&out](auto&& response) { out = record(response); };
const cors::decision d = policy.evaluate(cors::beast::make_request(req));
if (auto preflight = cors::beast::preflight_response(d, req))
    return send(std::move(*preflight));          // the router never sees it

http::response<http::string_body> res = route(req);   // 200, 404, 500 (catch exceptions there)
cors::beast::apply(d, res);
send(std::move(res));
}

sent beast_by_hand(const cors::decision& d, http::response<http::string_body> res) {
    const auto beast_view = [](std::string_view s) { return boost::beast::string_view(s.data(), s.size()); };
    for (std::string_view name : cors::owned_header_names) res.erase(beast_view(name));
    const boost::beast::string_view vary = res[boost::beast::http::field::vary];
    for (const cors::header h : cors::response_headers(d, std::string_view(vary.data(), vary.size())))
        res.set(beast_view(h.name), beast_view(h.value));   // set replaces; insert would add a line
    return record(res);
}

httplib::Response httplib_by_hand(const cors::decision& d, httplib::Response res) {
    for (std::string_view name : cors::owned_header_names) res.headers.erase(std::string(name));
    for (const cors::header h : cors::response_headers(d, res.get_header_value("Vary"))) {
        res.headers.erase(std::string(h.name));   // set_header would add a second line
        res.set_header(std::string(h.name), std::string(h.value));
    }
    return res;
}

}  // namespace

int main() {
    cors::config config;
    config.origins = {"https://app.example.com"};
    config.credentials = true;
    const cors::policy policy = cors::policy::build(config);

    httplib_readme(policy);
    httplib_docs(policy);
    httplib::Server server;
    httplib_hooks(server, policy);

    http::request<http::string_body> req(http::verb::get, "/api/items", 11);
    req.set(http::field::origin, "https://app.example.com");
    sent handled;
    beast_handler(policy, req, handled);
    expect(handled.status == 404 && handled.acao_lines == 1 && handled.acao == "https://app.example.com" &&
               handled.vary == "Accept-Encoding, Origin",
           "beast handler");

    http::request<http::string_body> preflight(http::verb::options, "/api/items", 11);
    preflight.set(http::field::origin, "https://app.example.com");
    preflight.set(http::field::access_control_request_method, "PUT");
    sent answered;
    beast_handler(policy, preflight, answered);
    expect(answered.status == 403, "beast preflight answered (PUT not allowed)");

    const cors::decision d = policy.evaluate(cors::beast::make_request(req));
    const sent by_hand = beast_by_hand(d, route(req));
    expect(by_hand.acao_lines == 1 && by_hand.acao == "https://app.example.com" && by_hand.vary == "Accept-Encoding, Origin",
           "beast by hand");

    httplib::Response res;
    res.set_header("Access-Control-Allow-Origin", "*");
    res.set_header("Vary", "Accept-Encoding");
    const httplib::Response decorated = httplib_by_hand(d, res);
    expect(decorated.headers.count("Access-Control-Allow-Origin") == 1 &&
               decorated.get_header_value("Access-Control-Allow-Origin") == "https://app.example.com" &&
               decorated.headers.count("Vary") == 1 && decorated.get_header_value("Vary") == "Accept-Encoding, Origin" &&
               decorated.get_header_value("Access-Control-Allow-Credentials") == "true",
           "httplib by hand");

    // Why the by-hand calls are what they are: Beast's insert and httplib's set_header append.
    http::response<http::string_body> appended = route(req);
    appended.insert(http::field::access_control_allow_origin, "https://app.example.com");
    expect(appended.count(http::field::access_control_allow_origin) == 2, "beast insert appends");
    httplib::Response twice;
    twice.set_header("Access-Control-Allow-Origin", "*");
    twice.set_header("Access-Control-Allow-Origin", "https://app.example.com");
    expect(twice.headers.count("Access-Control-Allow-Origin") == 2, "httplib set_header appends");
    return failures == 0 ? 0 : 1;
}
