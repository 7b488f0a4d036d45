// cors-httplib-server: a small cpp-httplib server with CORS from a JSON policy (or a router of
// policies), through cors/adapters/httplib.hpp. The application (command line, routes) is
// examples/app.hpp, shared with cors-beast-server; this file is httplib's calls only: its
// routing (httplib's own 404 for no route), its static files, its error and exception handlers.
//
//   cors-httplib-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>

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
    const app::startup started = app::start(argc, argv, program);
    if (!started.app) return started.exit_code;
    const app::options& args = started.args;
    app::state& state = *started.app;

    app::stop_signals stop;  // before httplib starts its workers

    httplib::Server server;
    // httplib writes a response's header and body in two sends: without TCP_NODELAY, Nagle's
    // algorithm holds the body until the client's delayed ACK (about 40 ms per keep-alive request).
    server.set_tcp_nodelay(true);
    cors::httplib::hooks hooks;
    // Runs on every response before the CORS decoration, preflights answered by CORS included;
    // the unobserved engine, so that /metrics counts each request once.
    hooks.post_routing = [&state](const httplib::Request& req, httplib::Response&) {
        app::count(state, state.engine.evaluate(cors::httplib::make_request(req)));
    };
    hooks.on_denied = app::denial_log(state);
    if (state.observed.router)
        cors::httplib::install(server, *state.observed.router, std::move(hooks));
    else
        cors::httplib::install(server, *state.observed.policy, std::move(hooks));

    for (const app::route& route : app::routes()) add_route(server, state, route);

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

    if (!args.static_dir.empty() && !server.set_mount_point("/", args.static_dir)) {
        std::fprintf(stderr, "%s: cannot serve %s\n", program, args.static_dir.c_str());
        return 1;
    }

    const int port = args.port == 0 ? server.bind_to_any_port("127.0.0.1") : args.port;
    if (port < 0 || (args.port != 0 && !server.bind_to_port("127.0.0.1", port)))
        return app::cannot_listen(program, args.port);

    stop.call_on_signal([&server](const std::atomic<bool>& done) {
        // A signal may come before listen_after_bind() runs: stop() only acts on a running
        // server (and must be called once), so wait for it to run.
        while (!done && !server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (!done) server.stop();
    });
    app::print_listening(static_cast<unsigned>(port));
    const bool ok = server.listen_after_bind();
    stop.stop_watching();  // also when listening failed without a signal
    return ok ? 0 : 1;
}
