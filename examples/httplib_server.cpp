// cors-httplib-server: a small cpp-httplib server with CORS from a JSON policy (or a router of
// policies, {"routes": [...], "default": {...}}), through cors/adapters/httplib.hpp. The same routes as
// cors-beast-server, so that tests/http can run the same checks (curl and headless Chromium) against both.
//
//   cors-httplib-server --policy policy.json [--port N] [--static DIR]
//
// Routes: GET POST PUT PATCH DELETE (and OPTIONS, reached only with preflight_continue or
// without Access-Control-Request-Method) /api/items; GET /api/cookie (sets a cookie),
// /api/whoami (did it come back?), /api/preflights (how many preflights arrived), /api/writes
// (how many POST, PUT, PATCH, DELETE reached /api/items), /metrics
// (CORS decisions in the Prometheus text format),
// /api/vary (the handler sets Vary: Accept-Encoding), /api/acao (the handler sets its own
// Access-Control-Allow-Origin), /api/boom (throws: 500); anything else under /api/ is 404
// (httplib's own "no route" answer). With --static, GET of any other path serves a file from
// DIR (/ is /index.html).
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
#include <thread>
#include <utility>

#include <pthread.h>
#include <time.h>

#include <httplib.h>

#include <cors.hpp>
#include <cors/adapters/httplib.hpp>
#include <cors/json.hpp>

#include "policy_file.hpp"

namespace {

constexpr int exit_usage = 64;
constexpr int exit_policy = 2;

constexpr const char* usage_text =
    "usage: cors-httplib-server --policy FILE.json [--port N] [--static DIR]\n"
    "  --port 0 (the default) picks a free port; the server prints\n"
    "  \"listening on http://127.0.0.1:PORT\" once it accepts connections.\n";

struct options {
    std::string policy_file;
    int port = 0;
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
            out.port = static_cast<int>(port);
        } else {
            return std::nullopt;
        }
    }
    if (out.policy_file.empty()) return std::nullopt;
    return out;
}

constexpr const char* json = "application/json";

}  // namespace

int main(int argc, char** argv) {
    const std::optional<options> args = parse_command_line(argc, argv);
    if (!args) {
        std::fputs(usage_text, stderr);
        return exit_usage;
    }

    std::string policy_text;
    if (const int error = examples::read_file(args->policy_file, policy_text)) {
        std::fprintf(stderr, "cors-httplib-server: cannot read %s: %s\n", args->policy_file.c_str(),
                     std::strerror(error));
        return exit_policy;
    }
    const std::optional<examples::engine> engine = examples::load_engine(policy_text);
    if (!engine) return exit_policy;
    // The adapter's engine counts every decision for /metrics; `engine` itself stays unobserved
    // for the preflight counter below.
    const auto metrics = std::make_shared<cors::metrics>();
    const examples::engine observed = engine->with_observer(metrics);

    // SIGINT and SIGTERM are taken by one thread (sigwait) that stops the server; every other
    // thread, httplib's workers included, inherits the blocked mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    httplib::Server server;
    std::atomic<unsigned long> preflights{0};
    std::atomic<unsigned long> request_ids{0};
    std::atomic<unsigned long> writes{0};  // unsafe-method requests that reached a handler

    cors::httplib::hooks app_hooks;
    // Runs on every response before the CORS decoration, preflights answered by CORS included.
    app_hooks.post_routing = [&engine, &preflights](const httplib::Request& req, httplib::Response&) {
        if (engine->evaluate(cors::httplib::make_request(req)).kind() == cors::request_kind::preflight) ++preflights;
    };
    if (observed.router)
        cors::httplib::install(server, *observed.router, std::move(app_hooks));
    else
        cors::httplib::install(server, *observed.policy, std::move(app_hooks));

    // The application: knows nothing of CORS.
    const auto item = [&request_ids, &writes](const httplib::Request& req, httplib::Response& res) {
        if (req.method != "GET") ++writes;
        res.set_content("{\"method\":\"" + req.method + "\",\"path\":\"/api/items\"}", json);
        res.set_header("X-Request-Id", std::to_string(++request_ids));
        res.set_header("X-Secret", "s3cr3t");
    };
    server.Get("/api/items", item);
    server.Post("/api/items", item);
    server.Put("/api/items", item);
    server.Patch("/api/items", item);
    server.Delete("/api/items", item);
    // Only with preflight_continue (or an OPTIONS that is not a preflight).
    server.Options("/api/items", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"handler\":\"OPTIONS /api/items\"}", json);
        res.set_header("X-Handler", "options");
    });
    server.Get("/api/cookie", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"cookie\":\"set\"}", json);
        // Cross-port on the same host is same-site, so SameSite=Lax (no Secure, plain http)
        // comes back on a credentialed cross-origin fetch.
        res.set_header("Set-Cookie", "session=s3ss10n; Path=/; SameSite=Lax; HttpOnly");
    });
    server.Get("/api/whoami", [](const httplib::Request& req, httplib::Response& res) {
        const bool known = req.get_header_value("Cookie").find("session=s3ss10n") != std::string::npos;
        res.set_content(std::string("{\"cookie\":") + (known ? "true" : "false") + "}", json);
    });
    server.Get("/api/writes", [&writes](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"writes\":" + std::to_string(writes.load()) + "}", json);
    });
    server.Get("/api/preflights", [&preflights](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"preflights\":" + std::to_string(preflights.load()) + "}", json);
    });
    server.Get("/metrics", [&metrics](const httplib::Request&, httplib::Response& res) {
        res.set_content(metrics->prometheus(), "text/plain; version=0.0.4");
    });
    server.Get("/api/vary", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"vary\":\"Accept-Encoding\"}", json);
        res.set_header("Vary", "Accept-Encoding");
    });
    server.Get("/api/acao", [](const httplib::Request&, httplib::Response& res) {
        // A handler that sets CORS headers itself: the adapter replaces them.
        res.set_content("{\"acao\":\"handler\"}", json);
        res.set_header("Access-Control-Allow-Origin", "https://handler.example");
        res.set_header("Access-Control-Allow-Credentials", "true");
    });
    server.Get("/api/boom", [](const httplib::Request&, httplib::Response&) { throw std::runtime_error("boom"); });

    // Errors: a JSON body for 4xx and 5xx (called for every status >= 400, a denied preflight's
    // included; the CORS decoration drops the body there), and a 500 that does not leak the
    // exception's message (without a handler, httplib 0.11 sends it in an EXCEPTION_WHAT header).
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;  // the handler (or the exception handler) wrote one
        res.set_content(
            res.status == 404 ? "{\"error\":\"not found\"}" : "{\"error\":\"" + std::to_string(res.status) + "\"}",
            json);
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr&) {
        res.status = 500;
        res.set_content("{\"error\":\"internal\"}", json);
    });

    if (!args->static_dir.empty() && !server.set_mount_point("/", args->static_dir)) {
        std::fprintf(stderr, "cors-httplib-server: cannot serve %s\n", args->static_dir.c_str());
        return 1;
    }

    const int port = args->port == 0 ? server.bind_to_any_port("127.0.0.1") : args->port;
    if (port < 0 || (args->port != 0 && !server.bind_to_port("127.0.0.1", port))) {
        std::fprintf(stderr, "cors-httplib-server: cannot listen on 127.0.0.1:%d\n", args->port);
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
