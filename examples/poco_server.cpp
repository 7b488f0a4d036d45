// cors-poco-server: a small POCO Net::HTTPServer with CORS from a JSON policy (or a router of
// policies), through cors/adapters/poco.hpp. The application (command line, routes, 404, 500,
// static files) is examples/app.hpp, shared with the other example servers; this file is
// POCO's calls only: a request handler factory, the server, its threads.
//
//   cors-poco-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <cstdio>
#include <exception>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <cors/adapters/poco.hpp>

#include "app.hpp"

namespace {

// Every request goes to the application (its routes, static files, 404 and 500).
class app_handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit app_handler(app::state& state) : state_(state) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& res) override {
        // The unobserved engine counts preflights that reach the application (preflight_continue).
        app::count(state_, state_.engine.evaluate(cors::poco::make_request(req)));
        const std::string& target = req.getURI();
        const std::string path = target.substr(0, target.find('?'));
        const std::string cookie = req.get("Cookie", "");
        const app::response out = app::handle(state_, app::request{req.getMethod(), path, cookie});
        // POCO leaves the body to the handler: unread, it would be parsed as the next request
        // on a kept-alive connection. The application reads none, so skip it (only a declared
        // one: without a length POCO would read a POST or OPTIONS until the client closes).
        if (req.getChunkedTransferEncoding() || req.hasContentLength())
            req.stream().ignore(std::numeric_limits<std::streamsize>::max());
        res.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(out.status));
        if (!out.content_type.empty()) res.setContentType(out.content_type);
        for (const auto& [name, value] : out.headers) res.add(std::string(name), value);
        res.sendBuffer(out.body.data(), out.body.size());
    }

private:
    app::state& state_;
};

class app_factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit app_factory(app::state& state) : state_(state) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
        return new app_handler(state_);
    }

private:
    app::state& state_;
};

}  // namespace

int main(int argc, char** argv) {
    const char* const program = "cors-poco-server";
    const app::startup started = app::start(argc, argv, program);
    if (!started.app) return started.exit_code;
    const app::options& args = started.args;
    app::state& state = *started.app;

    app::stop_signals stop;  // before POCO starts its threads

    cors::poco::hooks hooks;
    hooks.on_answer = [&state](const Poco::Net::HTTPServerRequest&, const cors::decision& d) { app::count(state, d); };
    hooks.on_denied = app::denial_log(state);
    Poco::Net::HTTPRequestHandlerFactory::Ptr factory = new app_factory(state);
    factory = state.observed.router ? cors::poco::wrap(*state.observed.router, factory, std::move(hooks))
                                    : cors::poco::wrap(*state.observed.policy, factory, std::move(hooks));

    try {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", args.port));
        Poco::Net::HTTPServer server(factory, socket, new Poco::Net::HTTPServerParams);
        server.start();
        app::print_listening(socket.address().port());
        stop.wait();
        server.stopAll(true);
    } catch (const std::exception& e) {
        return app::cannot_listen(program, args.port, e.what());
    }
    return 0;
}
