// cors-restinio-server: a small RESTinio server with CORS from a JSON policy (or a router of
// policies), through cors/adapters/restinio.hpp. The application (command line, routes, 404, 500,
// static files) is examples/app.hpp, shared with the other example servers; this file is
// RESTinio's calls only: the handler, the server, its threads.
//
//   cors-restinio-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <cstdio>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <restinio/all.hpp>

#include <cors/adapters/restinio.hpp>

#include "app.hpp"

namespace {

// Every request that reaches the application (its routes, static files, 404 and 500): each
// response is decorated with the request's decision before done() sends it.
restinio::request_handling_status_t serve(app::state& state, const restinio::request_handle_t& req,
                                          const cors::decision& d) {
    // The unobserved engine counts preflights that reach the application (preflight_continue).
    app::count(state, state.engine.evaluate(cors::restinio::make_request(*req)));
    const auto& header = req->header();
    const std::string cookie = header.get_field_or(restinio::http_field::cookie, "");
    const app::response out =
        app::handle(state, app::request{header.method().c_str(), std::string_view(header.path()), cookie});
    auto res = req->create_response(
        restinio::http_status_line_t(restinio::http_status_code_t(static_cast<std::uint16_t>(out.status)),
                                     cors::restinio::reason_phrase(out.status)));
    if (!out.content_type.empty()) res.append_header(restinio::http_field::content_type, out.content_type);
    for (const auto& [name, value] : out.headers) res.append_header(std::string(name), value);
    res.set_body(out.body);
    cors::restinio::apply(d, res);
    return res.done();
}

}  // namespace

int main(int argc, char** argv) {
    const char* const program = "cors-restinio-server";
    const app::startup started = app::start(argc, argv, program);
    if (!started.app) return started.exit_code;
    const app::options& args = started.args;
    app::state& state = *started.app;
    app::stop_signals stop;  // before RESTinio starts its threads

    cors::restinio::hooks hooks;
    hooks.on_answer = [&state](const restinio::request_t&, const cors::decision& d) { app::count(state, d); };
    hooks.on_denied = app::denial_log(state);
    auto app_handler = [&state](const restinio::request_handle_t& req, const cors::decision& d) {
        return serve(state, req, d);
    };
    using handler_t = std::function<restinio::request_handling_status_t(restinio::request_handle_t)>;
    const handler_t handler =
        state.observed.router ? handler_t(cors::restinio::wrap(*state.observed.router, app_handler, std::move(hooks)))
                              : handler_t(cors::restinio::wrap(*state.observed.policy, app_handler, std::move(hooks)));

    try {
        auto server = restinio::run_async(restinio::own_io_context(),
                                          restinio::server_settings_t<>{}
                                              .address("127.0.0.1")
                                              .port(args.port)
                                              .acceptor_post_bind_hook([](asio::ip::tcp::acceptor& acceptor) {
                                                  app::print_listening(acceptor.local_endpoint().port());
                                              })
                                              .request_handler(handler),
                                          4u);
        stop.wait();
        server->stop();
        server->wait();
    } catch (const std::exception& e) {
        return app::cannot_listen(program, args.port, e.what());
    }
    return 0;
}
