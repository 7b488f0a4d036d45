// The POCO examples of docs/adapters.md and README.md, compiled and run: wrap() gives a factory
// HTTPServer accepts, and a preflight sent to it is answered without the application's factory.
#include <cors/adapters/poco.hpp>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <cstdio>
#include <utility>

namespace {

struct no_handlers : Poco::Net::HTTPRequestHandlerFactory {
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
        return nullptr;
    }
};

// The status of a preflight sent to `server` (listening on `socket`).
int preflight_status(Poco::Net::HTTPServer& server, const Poco::Net::ServerSocket& socket) {
    server.start();
    Poco::Net::HTTPClientSession session("127.0.0.1", socket.address().port());
    Poco::Net::HTTPRequest req("OPTIONS", "/api/items", Poco::Net::HTTPMessage::HTTP_1_1);
    req.add("Origin", "https://app.example.com");
    req.add("Access-Control-Request-Method", "GET");
    session.sendRequest(req);
    Poco::Net::HTTPResponse res;
    session.receiveResponse(res);
    server.stopAll(true);
    return static_cast<int>(res.getStatus());
}

int poco_docs(const cors::policy& policy, Poco::Net::HTTPRequestHandlerFactory::Ptr factory) {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    // Wrap the application's factory: HTTPServer owns the result, which owns `factory`.
    Poco::Net::HTTPServer server(cors::poco::wrap(policy, factory), socket, new Poco::Net::HTTPServerParams);
    return preflight_status(server, socket);
}

int poco_hooks_docs(const cors::policy& policy, Poco::Net::HTTPRequestHandlerFactory::Ptr factory) {
    cors::poco::hooks app;
    app.on_answer = [](const Poco::Net::HTTPServerRequest&, const cors::decision&) {};
    Poco::Net::HTTPRequestHandlerFactory::Ptr wrapped = cors::poco::wrap(policy, factory, std::move(app));
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::HTTPServer server(wrapped, socket, new Poco::Net::HTTPServerParams);
    return preflight_status(server, socket);
}

}  // namespace

int main() {
    cors::config c;
    c.origins = {"https://app.example.com"};
    const cors::policy policy = cors::policy::build(c);
    // The application's factory returns no handler: a 501 would show that it was asked.
    const int a = poco_docs(policy, new no_handlers), b = poco_hooks_docs(policy, new no_handlers);
    const bool ok = a == 204 && b == 204;
    std::printf("poco examples: %s (%d, %d)\n", ok ? "ok" : "preflight not answered", a, b);
    return ok ? 0 : 1;
}
