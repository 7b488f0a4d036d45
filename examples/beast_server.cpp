// cors-beast-server: a small Boost.Beast HTTP/1.1 server (one thread, asio, keep-alive) with
// CORS from a JSON policy (or a router of policies), through cors/adapters/beast.hpp. tests/http
// drives it with curl and headless Chromium.
//
//   cors-beast-server --policy policy.json [--port N] [--static DIR]
//
// Routes: GET POST PUT PATCH DELETE (and OPTIONS, reached only with preflight_continue or
// without Access-Control-Request-Method) /api/items; GET /api/cookie (sets a cookie),
// /api/whoami (did it come back?), /api/preflights (how many preflights arrived), /api/writes
// (how many POST, PUT, PATCH, DELETE reached /api/items),
// /metrics (CORS decisions in the Prometheus text format),
// /api/vary (the handler sets Vary: Accept-Encoding), /api/acao (the handler sets its own
// Access-Control-Allow-Origin), /api/boom (throws: 500); anything else under /api/ is 404.
// With --static, GET of any other path serves a file from DIR (/ is /index.html).
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
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

#include <cors.hpp>
#include <cors/adapters/beast.hpp>
#include <cors/json.hpp>

#include "policy_file.hpp"

namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr int exit_usage = 64;
constexpr int exit_policy = 2;

constexpr const char* usage_text =
    "usage: cors-beast-server --policy FILE.json [--port N] [--static DIR]\n"
    "  --port 0 (the default) picks a free port; the server prints\n"
    "  \"listening on http://127.0.0.1:PORT\" once it accepts connections.\n";

struct options {
    std::string policy_file;
    unsigned short port = 0;
    std::string static_dir;
};

std::optional<options> parse_command_line(int argc, char** argv) {
    options out;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 == argc) return std::nullopt;
        const std::string value = argv[++i];
        if (arg == "--policy") {
            out.policy_file = value;
        } else if (arg == "--static") {
            out.static_dir = value;
        } else if (arg == "--port") {
            char* end = nullptr;
            errno = 0;
            const unsigned long port = std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || errno != 0 || port > 65535) return std::nullopt;
            out.port = static_cast<unsigned short>(port);
        } else {
            return std::nullopt;
        }
    }
    if (out.policy_file.empty()) return std::nullopt;
    return out;
}

std::string_view to_std(boost::beast::string_view s) { return {s.data(), s.size()}; }
boost::beast::string_view to_beast(std::string_view s) { return {s.data(), s.size()}; }

// What every connection shares (one thread: no locking needed; atomics for clarity).
struct app {
    examples::engine engine;  // a policy or a router, observed by `metrics`
    std::shared_ptr<cors::metrics> metrics;
    std::string static_dir;
    std::atomic<unsigned long> preflights{0};
    std::atomic<unsigned long> request_ids{0};
    std::atomic<unsigned long> writes{0};  // unsafe-method requests that reached a handler
};

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

void set_json(response& res, http::status status, std::string body) {
    res.result(status);
    res.set(http::field::content_type, "application/json");
    res.body() = std::move(body);
}

std::string_view content_type_for(std::string_view path) {
    const auto ends_with = [path](std::string_view suffix) {
        return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
    };
    if (ends_with(".html")) return "text/html; charset=utf-8";
    if (ends_with(".js")) return "text/javascript; charset=utf-8";
    if (ends_with(".css")) return "text/css; charset=utf-8";
    if (ends_with(".json")) return "application/json";
    return "application/octet-stream";
}

void api(app& state, const request& req, std::string_view path, response& res) {
    const http::verb method = req.method();
    const bool get = method == http::verb::get;
    if (path == "/api/items") {
        switch (method) {
            case http::verb::get:
            case http::verb::post:
            case http::verb::put:
            case http::verb::patch:
            case http::verb::delete_:
                if (!get) ++state.writes;
                set_json(res, http::status::ok,
                         "{\"method\":\"" + std::string(to_std(req.method_string())) + "\",\"path\":\"/api/items\"}");
                res.set("X-Request-Id", std::to_string(++state.request_ids));
                res.set("X-Secret", "s3cr3t");
                return;
            case http::verb::options:
                // Only with preflight_continue (or an OPTIONS that is not a preflight).
                set_json(res, http::status::ok, "{\"handler\":\"OPTIONS /api/items\"}");
                res.set("X-Handler", "options");
                return;
            default:
                set_json(res, http::status::method_not_allowed, "{\"error\":\"method not allowed\"}");
                res.set(http::field::allow, "GET, POST, PUT, PATCH, DELETE, OPTIONS");
                return;
        }
    }
    if (get && path == "/api/cookie") {
        set_json(res, http::status::ok, "{\"cookie\":\"set\"}");
        // Cross-port on the same host is same-site, so SameSite=Lax (no Secure, plain http)
        // comes back on a credentialed cross-origin fetch.
        res.set(http::field::set_cookie, "session=s3ss10n; Path=/; SameSite=Lax; HttpOnly");
        return;
    }
    if (get && path == "/api/whoami") {
        const auto cookie = req.find(http::field::cookie);
        const bool known =
            cookie != req.end() && to_std(cookie->value()).find("session=s3ss10n") != std::string_view::npos;
        set_json(res, http::status::ok, std::string("{\"cookie\":") + (known ? "true" : "false") + "}");
        return;
    }
    if (get && path == "/api/writes") {
        set_json(res, http::status::ok, "{\"writes\":" + std::to_string(state.writes.load()) + "}");
        return;
    }
    if (get && path == "/api/preflights") {
        set_json(res, http::status::ok, "{\"preflights\":" + std::to_string(state.preflights.load()) + "}");
        return;
    }
    if (get && path == "/api/vary") {
        set_json(res, http::status::ok, "{\"vary\":\"Accept-Encoding\"}");
        res.set(http::field::vary, "Accept-Encoding");
        return;
    }
    if (get && path == "/api/acao") {
        // A handler that sets CORS headers itself: the adapter replaces them.
        set_json(res, http::status::ok, "{\"acao\":\"handler\"}");
        res.set(http::field::access_control_allow_origin, "https://handler.example");
        res.set(http::field::access_control_allow_credentials, "true");
        return;
    }
    if (get && path == "/api/boom") throw std::runtime_error("boom");
    set_json(res, http::status::not_found, "{\"error\":\"not found\"}");
}

void serve_static(const app& state, const request& req, std::string_view path, response& res) {
    if (state.static_dir.empty() || req.method() != http::verb::get || path.find("..") != std::string_view::npos ||
        path.find('\0') != std::string_view::npos) {
        set_json(res, http::status::not_found, "{\"error\":\"not found\"}");
        return;
    }
    std::string file = state.static_dir;
    file += path == "/" ? std::string_view("/index.html") : path;
    std::string body;
    if (examples::read_file(file, body) != 0) {  // missing, unreadable, or a directory
        set_json(res, http::status::not_found, "{\"error\":\"not found\"}");
        return;
    }
    res.result(http::status::ok);
    res.set(http::field::content_type, to_beast(content_type_for(file)));
    res.body() = std::move(body);
}

// The application's router: knows nothing of CORS.
response route(app& state, const request& req) {
    response res;
    res.version(req.version());
    res.keep_alive(req.keep_alive());
    const std::string_view target = to_std(req.target());
    const std::string_view path = target.substr(0, target.find('?'));
    try {
        if (path.substr(0, 5) == "/api/") {
            api(state, req, path, res);
        } else if (path == "/metrics" && req.method() == http::verb::get) {
            res.result(http::status::ok);
            res.set(http::field::content_type, "text/plain; version=0.0.4");
            res.body() = state.metrics->prometheus();
        } else {
            serve_static(state, req, path, res);
        }
    } catch (const std::exception&) {
        res = response();
        res.version(req.version());
        res.keep_alive(req.keep_alive());
        set_json(res, http::status::internal_server_error, "{\"error\":\"internal\"}");
    }
    res.prepare_payload();
    return res;
}

class session : public std::enable_shared_from_this<session> {
public:
    session(tcp::socket socket, app& state) : stream_(std::move(socket)), state_(state) {}

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

        // CORS first: a preflight is answered here and never reaches the router.
        const cors::decision d = state_.engine.evaluate(cors::beast::make_request(request_));
        if (d.kind() == cors::request_kind::preflight) ++state_.preflights;
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
    app& state_;
};

class listener : public std::enable_shared_from_this<listener> {
public:
    listener(asio::io_context& ioc, tcp::acceptor acceptor, app& state)
        : ioc_(ioc), acceptor_(std::move(acceptor)), state_(state) {}

    void accept() {
        acceptor_.async_accept(asio::make_strand(ioc_),
                               [self = shared_from_this()](boost::beast::error_code ec, tcp::socket socket) {
                                   if (ec == asio::error::operation_aborted) return;
                                   if (!ec) std::make_shared<session>(std::move(socket), self->state_)->start();
                                   self->accept();
                               });
    }

private:
    asio::io_context& ioc_;
    tcp::acceptor acceptor_;
    app& state_;
};

}  // namespace

int main(int argc, char** argv) {
    const std::optional<options> args = parse_command_line(argc, argv);
    if (!args) {
        std::fputs(usage_text, stderr);
        return exit_usage;
    }

    std::string policy_text;
    if (const int error = examples::read_file(args->policy_file, policy_text)) {
        std::fprintf(stderr, "cors-beast-server: cannot read %s: %s\n", args->policy_file.c_str(),
                     std::strerror(error));
        return exit_policy;
    }
    const std::optional<examples::engine> engine = examples::load_engine(policy_text);
    if (!engine) return exit_policy;

    // Every decision is counted for /metrics (the policy's observer).
    auto metrics = std::make_shared<cors::metrics>();
    app state{engine->with_observer(metrics), metrics, args->static_dir};

    asio::io_context ioc{1};
    tcp::acceptor acceptor(ioc);
    try {
        const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), args->port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(asio::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(asio::socket_base::max_listen_connections);
    } catch (const boost::system::system_error& e) {
        std::fprintf(stderr, "cors-beast-server: cannot listen on 127.0.0.1:%u: %s\n",
                     static_cast<unsigned>(args->port), e.what());
        return 1;
    }
    const unsigned port = acceptor.local_endpoint().port();

    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&ioc](boost::beast::error_code, int) { ioc.stop(); });

    std::make_shared<listener>(ioc, std::move(acceptor), state)->accept();
    std::printf("listening on http://127.0.0.1:%u\n", port);
    std::fflush(stdout);
    ioc.run();
    return 0;
}
