// The example servers' application, written once: the command line, the policy, the startup
// and stop signals, the routes and the denial log. Each server (beast_server.cpp,
// httplib_server.cpp, qt_server.cpp, poco_server.cpp) only turns its requests into
// app::request, app::response into its responses, and wires the CORS adapter; tests/http runs
// the same checks (curl and three browser engines) against every server.
//
//   <server> --policy FILE.json [--port N] [--static DIR] [--log-denials]
//   <server> --kong kong.yml [--port N] [--static DIR] [--log-denials]
//
// Routes: GET POST PUT PATCH DELETE (and OPTIONS, reached only with preflight_continue or
// without Access-Control-Request-Method) /api/items; GET /api/cookie (sets a cookie),
// /api/whoami (did it come back?), /api/preflights (how many preflights arrived), /api/writes
// (how many POST, PUT, PATCH, DELETE reached /api/items: cross-origin protection), /metrics
// (CORS decisions in the Prometheus text format), /api/vary (the handler sets Vary:
// Accept-Encoding), /api/acao (the handler sets its own Access-Control-Allow-Origin),
// /api/boom (throws: the server answers 500 with internal_error()); anything else is 404
// (not_found()). With --static, GET of any other path serves a file from DIR (/ is /index.html).
// The application knows nothing of CORS but the preflight counter and the denial log.
#pragma once

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <pthread.h>
#include <time.h>

#include <cors.hpp>
#include <cors/adapters/denial.hpp>
#include <cors/json.hpp>

#include "policy_file.hpp"

namespace app {

constexpr int exit_usage = 64;  // EX_USAGE
constexpr int exit_policy = 2;

struct options {
    std::string policy_file;
    bool kong = false;        // policy_file is a Kong declarative file (--kong)
    unsigned short port = 0;  // 0: any free port
    std::string static_dir;
    bool log_denials = false;
};

inline void print_usage(const char* program) {
    std::fprintf(stderr,
                 "usage: %s (--policy FILE.json | --kong kong.yml) [--port N] [--static DIR] [--log-denials]\n"
                 "  --kong reads a Kong declarative file (YAML or JSON): its routes' cors plugins.\n"
                 "  --port 0 (the default) picks a free port; the server prints\n"
                 "  \"listening on http://127.0.0.1:PORT\" once it accepts connections.\n"
                 "  --log-denials prints one line per request CORS denies on standard error.\n",
                 program);
}

inline std::optional<options> parse_command_line(int argc, char** argv) {
    options out;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--log-denials") {
            out.log_denials = true;
            continue;
        }
        if (i + 1 == argc) return std::nullopt;
        const std::string value = argv[++i];
        if (arg == "--policy" || arg == "--kong") {
            if (!out.policy_file.empty()) return std::nullopt;  // one policy file
            out.policy_file = value;
            out.kong = arg == "--kong";
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

// What every request shares; the counters are atomics because servers may be multi-threaded.
struct state {
    policy_file::engine engine;    // the policy or router as loaded, unobserved
    policy_file::engine observed;  // the same, counting every decision into `metrics`
    std::shared_ptr<cors::metrics> metrics;
    std::string static_dir;
    bool log_denials = false;
    std::atomic<unsigned long> preflights{0};
    std::atomic<unsigned long> request_ids{0};
    std::atomic<unsigned long> writes{0};  // unsafe-method requests that reached a handler
};

// Reads and loads the policy, printing every diagnostic (or why the file cannot be read) on
// standard error; null when it does not load (exit with exit_policy).
inline std::unique_ptr<state> load(const options& o, const char* program) {
    std::string text;
    if (const int error = policy_file::read_file(o.policy_file, text)) {
        std::fprintf(stderr, "%s: cannot read %s: %s\n", program, o.policy_file.c_str(), std::strerror(error));
        return nullptr;
    }
    std::optional<policy_file::engine> engine =
        o.kong ? policy_file::load_kong_engine(text, program) : policy_file::load_engine(text);
    if (!engine) return nullptr;
    auto s = std::make_unique<state>();
    s->metrics = std::make_shared<cors::metrics>();
    s->observed = engine->with_observer(s->metrics);
    s->engine = std::move(*engine);
    s->static_dir = o.static_dir;
    s->log_denials = o.log_denials;
    return s;
}

// A server's first step: the command line read and the policy loaded. `app` is null when the
// server cannot start: the usage or every diagnostic has been printed; exit with `exit_code`.
struct startup {
    options args;
    std::unique_ptr<state> app;
    int exit_code = 0;
};

inline startup start(int argc, char** argv, const char* program) {
    startup out;
    std::optional<options> args = parse_command_line(argc, argv);
    if (!args) {
        print_usage(program);
        out.exit_code = exit_usage;
        return out;
    }
    out.args = std::move(*args);
    out.app = load(out.args, program);
    if (!out.app) out.exit_code = exit_policy;
    return out;
}

// The line the tests wait for (tests/http/servers.sh), once the server accepts connections.
inline void print_listening(unsigned port) {
    std::printf("listening on http://127.0.0.1:%u\n", port);
    std::fflush(stdout);
}

// Prints why the server cannot listen; returns the exit code.
inline int cannot_listen(const char* program, unsigned short port, const char* why = nullptr) {
    std::fprintf(stderr, "%s: cannot listen on 127.0.0.1:%u%s%s\n", program, static_cast<unsigned>(port),
                 why ? ": " : "", why ? why : "");
    return 1;
}

// SIGINT and SIGTERM, taken by one thread. The constructor blocks them, so it must run before
// the server starts its threads (they inherit the mask): then either wait() on the main thread,
// or call_on_signal(stop) to run `stop` on a thread of its own, and stop_watching() once the
// server has stopped (before what `stop` uses is destroyed).
class stop_signals {
public:
    stop_signals() {
        sigemptyset(&set_);
        sigaddset(&set_, SIGINT);
        sigaddset(&set_, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &set_, nullptr);
    }
    stop_signals(const stop_signals&) = delete;
    stop_signals& operator=(const stop_signals&) = delete;
    ~stop_signals() { stop_watching(); }

    void wait() const {
        int signal = 0;
        sigwait(&set_, &signal);
    }

    template <class Stop>
    void call_on_signal(Stop stop) {
        watcher_ = std::thread([this, stop] {
            const timespec tick{0, 50000000L};  // 50 ms: how soon stop_watching() is noticed
            while (!done_) {
                if (sigtimedwait(&set_, nullptr, &tick) < 0) continue;  // timeout (or EINTR)
                stop(done_);
                return;
            }
        });
    }

    void stop_watching() {
        done_ = true;
        if (watcher_.joinable()) watcher_.join();
    }

private:
    sigset_t set_{};
    std::atomic<bool> done_{false};  // passed to `stop`, which may wait on it
    std::thread watcher_;
};

// Counts the preflights that reach the server (the decision of the unobserved engine will do).
inline void count(state& s, const cors::decision& d) noexcept {
    if (d.kind() == cors::request_kind::preflight) ++s.preflights;
}

// The adapters' on_denied hook, when --log-denials is given: one line per denial, client bytes
// escaped and clipped (cors/adapters/denial.hpp), so a hostile Origin cannot forge log lines.
inline cors::denial_hook denial_log(const state& s) {
    if (!s.log_denials) return nullptr;
    return [](const cors::denial& d) {
        const std::string_view method = d.method_for_log(), path = d.path_for_log(), value = d.value_for_log();
        const std::string_view why = cors::to_string(d.why());
        std::fprintf(stderr, "cors: denied %.*s %.*s: %.*s \"%.*s\"\n", static_cast<int>(method.size()), method.data(),
                     static_cast<int>(path.size()), path.data(), static_cast<int>(why.size()), why.data(),
                     static_cast<int>(value.size()), value.data());
    };
}

// The parts of a request the application reads (views, valid during the call).
struct request {
    std::string_view method;
    std::string_view path;    // without the query
    std::string_view cookie;  // the Cookie header, or empty
};

struct response {
    int status = 200;
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string_view, std::string>> headers;  // besides Content-Type

    void json(int code, std::string text) {
        status = code;
        content_type = "application/json";
        body = std::move(text);
    }
    void set(std::string_view name, std::string value) { headers.emplace_back(name, std::move(value)); }
};

inline response not_found() {
    response r;
    r.json(404, "{\"error\":\"not found\"}");
    return r;
}
// The 500 for an exception: it never shows the exception's message.
inline response internal_error() {
    response r;
    r.json(500, "{\"error\":\"internal\"}");
    return r;
}
// A server's own error page (4xx, 5xx) when nothing wrote a body.
inline response error_page(int status) {
    if (status == 404) return not_found();
    response r;
    r.json(status, "{\"error\":\"" + std::to_string(status) + "\"}");
    return r;
}

struct route {
    std::string_view path;
    std::vector<std::string_view> methods;
    void (*handle)(state&, const request&, response&);
};

inline const std::vector<route>& routes() {
    static const std::vector<route> table = {
        {"/api/items",
         {"GET", "POST", "PUT", "PATCH", "DELETE"},
         [](state& s, const request& req, response& res) {
             if (req.method != "GET") ++s.writes;
             res.json(200, "{\"method\":\"" + std::string(req.method) + "\",\"path\":\"/api/items\"}");
             res.set("X-Request-Id", std::to_string(++s.request_ids));
             res.set("X-Secret", "s3cr3t");
         }},
        // Only with preflight_continue (or an OPTIONS that is not a preflight).
        {"/api/items",
         {"OPTIONS"},
         [](state&, const request&, response& res) {
             res.json(200, "{\"handler\":\"OPTIONS /api/items\"}");
             res.set("X-Handler", "options");
         }},
        {"/api/cookie",
         {"GET"},
         [](state&, const request&, response& res) {
             res.json(200, "{\"cookie\":\"set\"}");
             // Cross-port on the same host is same-site, so SameSite=Lax (no Secure, plain
             // http) comes back on a credentialed cross-origin fetch.
             res.set("Set-Cookie", "session=s3ss10n; Path=/; SameSite=Lax; HttpOnly");
         }},
        {"/api/whoami",
         {"GET"},
         [](state&, const request& req, response& res) {
             const bool known = req.cookie.find("session=s3ss10n") != std::string_view::npos;
             res.json(200, std::string("{\"cookie\":") + (known ? "true" : "false") + "}");
         }},
        {"/api/preflights",
         {"GET"},
         [](state& s, const request&, response& res) {
             res.json(200, "{\"preflights\":" + std::to_string(s.preflights.load()) + "}");
         }},
        {"/api/writes",
         {"GET"},
         [](state& s, const request&, response& res) {
             res.json(200, "{\"writes\":" + std::to_string(s.writes.load()) + "}");
         }},
        {"/metrics",
         {"GET"},
         [](state& s, const request&, response& res) {
             res.content_type = "text/plain; version=0.0.4";
             res.body = s.metrics->prometheus();
         }},
        {"/api/vary",
         {"GET"},
         [](state&, const request&, response& res) {
             res.json(200, "{\"vary\":\"Accept-Encoding\"}");
             res.set("Vary", "Accept-Encoding");
         }},
        // A handler that sets CORS headers itself: the adapter replaces them.
        {"/api/acao",
         {"GET"},
         [](state&, const request&, response& res) {
             res.json(200, "{\"acao\":\"handler\"}");
             res.set("Access-Control-Allow-Origin", "https://handler.example");
             res.set("Access-Control-Allow-Credentials", "true");
         }},
        {"/api/boom", {"GET"}, [](state&, const request&, response&) { throw std::runtime_error("boom"); }},
    };
    return table;
}

inline const route* find_route(std::string_view method, std::string_view path) {
    for (const route& r : routes())
        if (r.path == path)
            for (std::string_view m : r.methods)
                if (m == method) return &r;
    return nullptr;
}

inline std::string_view content_type_for(std::string_view path) {
    const auto ends_with = [path](std::string_view suffix) {
        return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
    };
    if (ends_with(".html")) return "text/html; charset=utf-8";
    if (ends_with(".js")) return "text/javascript; charset=utf-8";
    if (ends_with(".css")) return "text/css; charset=utf-8";
    if (ends_with(".json")) return "application/json";
    return "application/octet-stream";
}

// A file under --static, for a server without a static file handler of its own; false when
// there is none to serve.
inline bool serve_static(const state& s, const request& req, response& res) {
    if (s.static_dir.empty() || req.method != "GET" || req.path.substr(0, 5) == "/api/" ||
        req.path.find("..") != std::string_view::npos || req.path.find('\0') != std::string_view::npos)
        return false;
    std::string file = s.static_dir;
    file += req.path == "/" ? std::string_view("/index.html") : req.path;
    std::string body;
    if (policy_file::read_file(file, body) != 0) return false;  // missing, unreadable, or a directory
    res.status = 200;
    res.content_type = std::string(content_type_for(file));
    res.body = std::move(body);
    return true;
}

// The whole application for a server without a router of its own (exceptions included).
inline response handle(state& s, const request& req) {
    response res;
    try {
        if (const route* r = find_route(req.method, req.path))
            r->handle(s, req, res);
        else if (!serve_static(s, req, res))
            res = not_found();
    } catch (const std::exception&) {
        res = internal_error();
    }
    return res;
}

}  // namespace app
