// cors-beast-server: a small Boost.Beast HTTP/1.1 server (one thread, asio, keep-alive) with
// CORS from a JSON policy (or a router of policies), through cors/adapters/beast.hpp. The
// application (command line, routes) is examples/app.hpp, shared with cors-httplib-server;
// this file is Beast's calls only.
//
//   cors-beast-server --policy policy.json [--port N] [--static DIR] [--log-denials]
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <cors/adapters/beast.hpp>

#include "app.hpp"

namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

std::string_view to_std(boost::beast::string_view s) { return {s.data(), s.size()}; }
boost::beast::string_view to_beast(std::string_view s) { return {s.data(), s.size()}; }

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

// The application's answer as a Beast response.
response route(app::state& state, const request& req) {
    const std::string_view target = to_std(req.target());
    const auto cookie = req.find(http::field::cookie);
    const app::request in{to_std(req.method_string()), target.substr(0, target.find('?')),
                          cookie == req.end() ? std::string_view() : to_std(cookie->value())};
    app::response out = app::handle(state, in);
    response res;
    res.version(req.version());
    res.keep_alive(req.keep_alive());
    res.result(static_cast<unsigned>(out.status));
    res.set(http::field::content_type, to_beast(out.content_type));
    for (const auto& [name, value] : out.headers) res.insert(to_beast(name), to_beast(value));
    res.body() = std::move(out.body);
    res.prepare_payload();
    return res;
}

class session : public std::enable_shared_from_this<session> {
public:
    session(tcp::socket socket, app::state& state, const cors::beast::hooks& hooks)
        : stream_(std::move(socket)), state_(state), hooks_(hooks) {}

    void start() {
        asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
    }

private:
    void read() {
        request_ = {};
        stream_.expires_after(std::chrono::seconds(30));
        http::async_read(stream_, buffer_, request_,
                         [self = shared_from_this()](boost::beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(boost::beast::error_code ec) {
        if (ec == http::error::end_of_stream) return close();
        if (ec) return;  // timeout, reset, malformed request: drop the connection

        // CORS first: a preflight is answered here and never reaches the router. Every
        // decision is counted for /metrics (the observed engine's observer).
        const cors::decision d = cors::beast::evaluate(state_.observed, request_, hooks_);
        app::count(state_, d);
        if (auto preflight = cors::beast::preflight_response(d, request_)) return send(std::move(*preflight));

        response res = route(state_, request_);
        cors::beast::apply(d, res);  // whatever the status, 404 and 500 included
        send(std::move(res));
    }

    template <class Message>
    void send(Message&& message) {
        auto owned = std::make_shared<std::decay_t<Message>>(std::forward<Message>(message));
        http::async_write(stream_, *owned,
                          [self = shared_from_this(), owned](boost::beast::error_code ec, std::size_t) {
                              if (ec) return;
                              if (owned->need_eof()) return self->close();
                              self->read();
                          });
    }

    void close() {
        boost::beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    boost::beast::tcp_stream stream_;
    boost::beast::flat_buffer buffer_;
    request request_;
    app::state& state_;
    const cors::beast::hooks& hooks_;
};

class listener : public std::enable_shared_from_this<listener> {
public:
    listener(asio::io_context& ioc, tcp::acceptor acceptor, app::state& state, const cors::beast::hooks& hooks)
        : ioc_(ioc), acceptor_(std::move(acceptor)), state_(state), hooks_(hooks) {}

    void accept() {
        acceptor_.async_accept(
            asio::make_strand(ioc_), [self = shared_from_this()](boost::beast::error_code ec, tcp::socket socket) {
                if (ec == asio::error::operation_aborted) return;
                if (!ec) std::make_shared<session>(std::move(socket), self->state_, self->hooks_)->start();
                self->accept();
            });
    }

private:
    asio::io_context& ioc_;
    tcp::acceptor acceptor_;
    app::state& state_;
    const cors::beast::hooks& hooks_;
};

}  // namespace

int main(int argc, char** argv) {
    const char* const program = "cors-beast-server";
    const app::startup started = app::start(argc, argv, program);
    if (!started.app) return started.exit_code;
    const app::options& args = started.args;
    app::state& state = *started.app;

    cors::beast::hooks hooks;  // outlives every session (declared before the io_context)
    hooks.on_denied = app::denial_log(state);

    asio::io_context ioc{1};
    tcp::acceptor acceptor(ioc);
    try {
        const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), args.port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(asio::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(asio::socket_base::max_listen_connections);
    } catch (const boost::system::system_error& e) {
        return app::cannot_listen(program, args.port, e.what());
    }
    const unsigned port = acceptor.local_endpoint().port();

    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&ioc](boost::beast::error_code, int) { ioc.stop(); });

    std::make_shared<listener>(ioc, std::move(acceptor), state, hooks)->accept();
    app::print_listening(port);
    ioc.run();
    return 0;
}
