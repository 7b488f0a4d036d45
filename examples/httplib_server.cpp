// cors-httplib-server: a small cpp-httplib server with CORS from a JSON policy (or a router of
// policies), through cors/adapters/httplib.hpp. The application (command line, routes) is
// examples/app.hpp, shared with cors-beast-server; this file is httplib's calls only: its
// routing (httplib's own 404 for no route), its static files, its error and exception handlers.
//
//   cors-httplib-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include <pthread.h>
#include <time.h>

#include <httplib.h>

#include <cors/adapters/httplib.hpp>

#include "app.hpp"

namespace {

void write(const app::response& out, httplib::Response& res) {
    res.status = out.status;
    res.set_content(out.body, out.content_type.c_str());
    for (const auto& [name, value] : out.headers) res.set_header(std::string(name).c_str(), value);
}

// Registers one route of the application with httplib's router.
void add_route(httplib::Server& server, app::state& state, const app::route& route) {
    const httplib::Server::Handler handler = [&state, &route](const httplib::Request& req, httplib::Response& res) {
        const std::string cookie = req.get_header_value("Cookie");
        app::response out;
        route.handle(state, app::request{req.method, req.path, cookie}, out);  // throws: the exception handler
        write(out, res);
    };
    const std::string pattern(route.path);
    for (const std::string_view method : route.methods) {
        if (method == "GET")
            server.Get(pattern, handler);
        else if (method == "POST")
            server.Post(pattern, handler);
        else if (method == "PUT")
            server.Put(pattern, handler);
        else if (method == "PATCH")
            server.Patch(pattern, handler);
        else if (method == "DELETE")
            server.Delete(pattern, handler);
        else if (method == "OPTIONS")
            server.Options(pattern, handler);
    }
}

}  // namespace

int main(int argc, char** argv) {
    const char* const program = "cors-httplib-server";
    const std::optional<app::options> args = app::parse_command_line(argc, argv);
    if (!args) {
        app::print_usage(program);
        return app::exit_usage;
    }
    const std::unique_ptr<app::state> state = app::load(*args, program);
    if (!state) return app::exit_policy;

    // SIGINT and SIGTERM are taken by one thread (sigwait) that stops the server; every other
    // thread, httplib's workers included, inherits the blocked mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    httplib::Server server;
    cors::httplib::hooks hooks;
    // Runs on every response before the CORS decoration, preflights answered by CORS included;
    // the unobserved engine, so that /metrics counts each request once.
    hooks.post_routing = [&state](const httplib::Request& req, httplib::Response&) {
        app::count(*state, state->engine.evaluate(cors::httplib::make_request(req)));
    };
    hooks.on_denied = app::denial_log(*state);
    if (state->observed.router)
        cors::httplib::install(server, *state->observed.router, std::move(hooks));
    else
        cors::httplib::install(server, *state->observed.policy, std::move(hooks));

    for (const app::route& route : app::routes()) add_route(server, *state, route);

    // Errors: a JSON body for 4xx and 5xx (called for every status >= 400, a denied preflight's
    // included; the CORS decoration drops the body there), and a 500 that does not leak the
    // exception's message (without a handler, httplib 0.11 sends it in an EXCEPTION_WHAT header).
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;  // the handler (or the exception handler) wrote one
        write(app::error_page(res.status), res);
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr&) {
        write(app::internal_error(), res);
    });

    if (!args->static_dir.empty() && !server.set_mount_point("/", args->static_dir)) {
        std::fprintf(stderr, "%s: cannot serve %s\n", program, args->static_dir.c_str());
        return 1;
    }

    const int port = args->port == 0 ? server.bind_to_any_port("127.0.0.1") : args->port;
    if (port < 0 || (args->port != 0 && !server.bind_to_port("127.0.0.1", port))) {
        std::fprintf(stderr, "%s: cannot listen on 127.0.0.1:%u\n", program, static_cast<unsigned>(args->port));
        return 1;
    }

    std::atomic<bool> done{false};
    std::thread stopper([&server, &stop_signals, &done] {
        const timespec tick{0, 50000000L};  // 50 ms
        while (!done) {
            if (sigtimedwait(&stop_signals, nullptr, &tick) < 0) continue;  // timeout (or EINTR)
            // A signal may come before listen_after_bind() runs: stop() only acts on a running
            // server (and must be called once), so wait for it to run.
            while (!done && !server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
            if (!done) server.stop();
            return;
        }
    });

    std::printf("listening on http://127.0.0.1:%d\n", port);
    std::fflush(stdout);
    const bool ok = server.listen_after_bind();
    done = true;  // also ends the stopper when listening failed without a signal
    stopper.join();
    return ok ? 0 : 1;
}
