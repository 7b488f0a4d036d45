// cors-restinio-server: a small RESTinio server with CORS from a JSON policy (or a router of
// policies), through cors/adapters/restinio.hpp. The application (command line, routes, 404, 500,
// static files) is examples/app.hpp, shared with the other example servers; this file is
// RESTinio's calls only: the handler, the server, its threads.
//
//   cors-restinio-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <pthread.h>

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
    const std::optional<app::options> args = app::parse_command_line(argc, argv);
    if (!args) {
        app::print_usage(program);
        return app::exit_usage;
    }
    const std::unique_ptr<app::state> state = app::load(*args, program);
    if (!state) return app::exit_policy;

    // SIGINT and SIGTERM are taken by sigwait below; RESTinio's threads inherit the blocked mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    cors::restinio::hooks hooks;
    hooks.on_answer = [&state](const restinio::request_t&, const cors::decision& d) { app::count(*state, d); };
    hooks.on_denied = app::denial_log(*state);
    app::state& s = *state;
    auto app_handler = [&s](const restinio::request_handle_t& req, const cors::decision& d) {
        return serve(s, req, d);
    };
    using handler_t = std::function<restinio::request_handling_status_t(restinio::request_handle_t)>;
    const handler_t handler =
        state->observed.router
            ? handler_t(cors::restinio::wrap(*state->observed.router, app_handler, std::move(hooks)))
            : handler_t(cors::restinio::wrap(*state->observed.policy, app_handler, std::move(hooks)));

    try {
        auto server = restinio::run_async(restinio::own_io_context(),
                                          restinio::server_settings_t<>{}
                                              .address("127.0.0.1")
                                              .port(args->port)
                                              .acceptor_post_bind_hook([](asio::ip::tcp::acceptor& acceptor) {
                                                  std::printf("listening on http://127.0.0.1:%u\n",
                                                              static_cast<unsigned>(acceptor.local_endpoint().port()));
                                                  std::fflush(stdout);
                                              })
                                              .request_handler(handler),
                                          4u);
        int signal = 0;
        sigwait(&stop_signals, &signal);
        server->stop();
        server->wait();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: cannot listen on 127.0.0.1:%u: %s\n", program, static_cast<unsigned>(args->port),
                     e.what());
        return 1;
    }
    return 0;
}
