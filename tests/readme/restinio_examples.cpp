// The RESTinio examples of docs/adapters.md, compiled and run: the handler wrap() gives answers
// a preflight itself, and decorates what the application builds, on a server on a free port.
#include <cors/adapters/restinio.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <string>

namespace {

// The docs' handler: every response the application builds is decorated before done().
auto docs_handler(const cors::policy& policy) {
    auto handler = cors::restinio::wrap(policy, [](const restinio::request_handle_t& req, const cors::decision& d) {
        auto res = req->create_response();  // 200, 404, 500: every response
        res.append_header(restinio::http_field::content_type, "application/json");
        res.set_body("[]");
        cors::restinio::apply(d, res);  // before done(): done() sends it
        return res.done();
    });
    return handler;
}

[[maybe_unused]] void docs_run(const cors::policy& policy) {
    auto handler = docs_handler(policy);
    restinio::run(restinio::on_this_thread().port(8080).address("127.0.0.1").request_handler(handler));
}

// Sends `request` to 127.0.0.1:port, returns the response's head (up to the blank line).
std::string send_and_read(unsigned short port, const std::string& request) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string out;
    if (fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0 &&
        ::write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
        char buffer[4096];
        while (out.find("\r\n\r\n") == std::string::npos) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0) break;
            out.append(buffer, static_cast<std::size_t>(n));
        }
    }
    if (fd >= 0) ::close(fd);
    return out.substr(0, out.find("\r\n\r\n"));
}

// Whether the response head has the header line `line`, exactly.
bool has_line(const std::string& head, const std::string& line) {
    return (head + "\r\n").find("\r\n" + line + "\r\n") != std::string::npos;
}

}  // namespace

int main() {
    cors::config c;
    c.origins = {"https://app.example.com"};
    c.methods = {"PUT"};
    const cors::policy policy = cors::policy::build(c);

    std::atomic<unsigned short> port{0};
    auto server = restinio::run_async(
        restinio::own_io_context(),
        restinio::server_settings_t<>{}
            .address("127.0.0.1")
            .port(0)
            .acceptor_post_bind_hook([&port](asio::ip::tcp::acceptor& a) { port = a.local_endpoint().port(); })
            .request_handler(docs_handler(policy)),
        1u);
    while (port == 0) ::usleep(1000);

    const std::string preflight =
        send_and_read(port.load(), "OPTIONS /api/items HTTP/1.1\r\nHost: api\r\nOrigin: https://app.example.com\r\n"
                       "Access-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n");
    const std::string actual =
        send_and_read(port.load(), "GET /api/items HTTP/1.1\r\nHost: api\r\nOrigin: https://app.example.com\r\nConnection: close\r\n\r\n");
    server->stop();
    server->wait();

    int failures = 0;
    const auto expect = [&failures](bool ok, const char* what, const std::string& head) {
        if (ok) return;
        std::fprintf(stderr, "restinio example: %s\n%s\n", what, head.c_str());
        ++failures;
    };
    expect(preflight.rfind("HTTP/1.1 204", 0) == 0, "the preflight is answered with 204", preflight);
    expect(has_line(preflight, "Access-Control-Allow-Methods: PUT"), "the preflight allows PUT", preflight);
    expect(actual.rfind("HTTP/1.1 200", 0) == 0, "the GET reaches the application", actual);
    expect(has_line(actual, "Access-Control-Allow-Origin: https://app.example.com"), "the GET is decorated", actual);
    expect(has_line(actual, "Vary: Origin"), "the GET varies on Origin", actual);
    return failures == 0 ? 0 : 1;
}
