// cors-decide: decides requests read as JSON Lines against a policy in Kong's JSON schema (or a
// router of such policies, or a Kong declarative file with --kong) and prints one JSON decision
// per request, so that a policy can be
// tried, compared with a candidate, or tested end to end without a server.
//
//   echo '{"method":"GET","headers":[["Origin","https://app.example.com"]]}' |
//       cors-decide --policy-json '{"origins":["https://app.example.com"]}'
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <cors.hpp>
#include <cors/json.hpp>

#include "policy_file.hpp"

namespace {

constexpr int exit_usage = 64;  // EX_USAGE
constexpr int exit_policy = 2;

constexpr const char* usage_text =
    "usage: cors-decide --policy FILE.json [--shadow FILE.json]\n"
    "       cors-decide --policy-json TEXT [--shadow-json TEXT]\n"
    "       cors-decide --kong kong.yml [--shadow FILE.json]\n"
    "\n"
    "A policy is a Kong CORS plugin config, or a router of them:\n"
    "  {\"routes\":[{\"paths\":[\"/api/\"],\"methods\":[\"GET\"],\"policy\":{...}}],\"default\":{...}}\n"
    "or, with --kong, a Kong declarative file (YAML or JSON, as decK writes it): its services,\n"
    "routes and cors plugins, with Kong's precedence (route, then service, then global).\n"
    "Reads one request per line on standard input, as JSON (\"path\" is optional, default \"/\"):\n"
    "  {\"method\":\"OPTIONS\",\"path\":\"/api/x\",\"headers\":[[\"Origin\",\"https://app.example.com\"],"
    "[\"Access-Control-Request-Method\",\"PUT\"]]}\n"
    "and writes the decision for each on its own line of standard output:\n"
    "  {\"kind\":...,\"allowed\":...,\"reason\":...,\"action\":...,\"status\":...,\"headers\":[...],\"vary\":[...]}\n"
    "With a shadow (candidate) policy, a line whose candidate decision differs also gets\n"
    "  \"shadow\":{...the candidate's decision...,\"differs\":[\"outcome\",\"reason\",...]}\n"
    "A line that is not such a request gets {\"error\":...} and the next line is read.\n"
    "\n"
    "Exit status: 0 at end of input, 2 when a policy does not load, 64 on a bad command line.\n";

struct policy_source {
    bool is_file = false;
    std::string text;  // a path, or JSON text
    bool is_kong = false;
};

struct command_line {
    bool help = false;
    std::optional<policy_source> policy;
    std::optional<policy_source> shadow;
};

// Empty when the command line is wrong.
std::optional<command_line> parse_command_line(int argc, char** argv) {
    command_line out;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            out.help = true;
            continue;
        }
        const bool is_shadow = arg == "--shadow" || arg == "--shadow-json";
        const bool is_kong = arg == "--kong";
        const bool is_file = arg == "--policy" || arg == "--shadow" || is_kong;
        if (!is_shadow && !is_kong && arg != "--policy" && arg != "--policy-json") return std::nullopt;
        std::optional<policy_source>& slot = is_shadow ? out.shadow : out.policy;
        if (slot || i + 1 == argc) return std::nullopt;
        slot = policy_source{is_file, argv[++i], is_kong};
    }
    if (!out.policy && !out.help) return std::nullopt;
    return out;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Checks the shape of one request and, when it is right, records it in `request` with views
// into `j`'s strings. Returns an error message, or an empty string.
std::string read_request(const nlohmann::json& j, cors::request_view& request) {
    if (!j.is_object()) return "expected a request object";
    const auto method = j.find("method");
    if (method == j.end() || !method->is_string() || method->get_ref<const std::string&>().empty())
        return "/method: expected a non-empty string";
    request.method = method->get_ref<const std::string&>();
    request.path = "/";
    const auto path = j.find("path");
    if (path != j.end()) {
        if (!path->is_string()) return "/path: expected a string";
        request.path = path->get_ref<const std::string&>();
    }
    const auto headers = j.find("headers");
    if (headers != j.end()) {
        if (!headers->is_array()) return "/headers: expected an array of [name, value] pairs";
        for (std::size_t i = 0; i < headers->size(); ++i) {
            const nlohmann::json& field = (*headers)[i];
            if (!field.is_array() || field.size() != 2 || !field[0].is_string() || !field[1].is_string())
                return "/headers/" + std::to_string(i) + ": expected [name, value], two strings";
        }
        for (const nlohmann::json& field : *headers)
            request.add_header(field[0].get_ref<const std::string&>(), field[1].get_ref<const std::string&>());
    }
    return {};
}

nlohmann::ordered_json to_json(const cors::decision& d) {
    nlohmann::ordered_json out;
    out["kind"] = cors::to_string(d.kind());
    out["allowed"] = d.allowed();
    out["reason"] = cors::to_string(d.why());
    out["action"] = cors::to_string(d.action());
    if (d.action() == cors::action::respond) out["status"] = d.status();
    out["headers"] = nlohmann::ordered_json::array();
    for (const cors::header& h : d.headers())
        out["headers"].push_back(nlohmann::ordered_json::array({h.name, h.value}));
    out["vary"] = nlohmann::ordered_json::array();
    for (std::string_view token : d.vary()) out["vary"].push_back(token);
    return out;
}

// Reads the policy (a file or inline JSON); empty when it does not load.
std::optional<policy_file::engine> load(const policy_source& source) {
    std::string text;
    if (!source.is_file) {
        text = source.text;
    } else if (const int error = policy_file::read_file(source.text, text)) {
        std::fprintf(stderr, "cors-decide: cannot read %s: %s\n", source.text.c_str(), std::strerror(error));
        return std::nullopt;
    }
    return source.is_kong ? policy_file::load_kong_engine(text, "cors-decide") : policy_file::load_engine(text);
}

nlohmann::ordered_json differences_json(const cors::decision_diff& d) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    const std::pair<bool, const char*> parts[] = {{d.outcome, "outcome"}, {d.reason, "reason"},   {d.action, "action"},
                                                  {d.status, "status"},   {d.headers, "headers"}, {d.vary, "vary"}};
    for (const auto& [differs, name] : parts)
        if (differs) out.push_back(name);
    return out;
}

nlohmann::ordered_json error_json(const std::string& message) {
    nlohmann::ordered_json out;
    out["error"] = message;
    return out;
}

// The answer to one input line.
nlohmann::ordered_json decide(const policy_file::engine& enforced, const std::optional<policy_file::engine>& candidate,
                              const std::string& line) {
    if (is_blank(line)) return error_json("empty line: expected a request object");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        // Our own wording: nlohmann's messages change between versions and quote raw input.
        return error_json("invalid JSON (at byte " + std::to_string(e.byte) + ")");
    } catch (const nlohmann::json::exception&) {  // e.g. a number too large for a double
        return error_json("invalid JSON (a value out of range)");
    }
    cors::request_view request;
    const std::string problem = read_request(j, request);
    if (!problem.empty()) return error_json(problem);
    // The decision points into `j`'s strings: convert it while `j` lives.
    const cors::decision d = enforced.evaluate(request);
    nlohmann::ordered_json out = to_json(d);
    if (candidate) {
        const cors::decision c = candidate->evaluate(request);
        const cors::decision_diff diff = cors::compare(d, c);
        if (diff.any()) {
            out["shadow"] = to_json(c);
            out["shadow"]["differs"] = differences_json(diff);
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const std::optional<command_line> args = parse_command_line(argc, argv);
    if (!args) {
        std::fputs(usage_text, stderr);
        return exit_usage;
    }
    if (args->help) {
        std::fputs(usage_text, stdout);
        return 0;
    }

    const std::optional<policy_file::engine> enforced = load(*args->policy);
    if (!enforced) return exit_policy;
    std::optional<policy_file::engine> candidate;
    if (args->shadow) {
        candidate = load(*args->shadow);
        if (!candidate) return exit_policy;
    }

    std::string line;
    while (std::getline(std::cin, line)) {
        // Everything printed is ASCII or comes whole from a parsed JSON string, so it is valid
        // UTF-8; replace rather than throw should that ever stop being true.
        std::cout << decide(*enforced, candidate, line).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n'
                  << std::flush;  // answer each line as it comes, for interactive use
        if (!std::cout) {
            std::fputs("cors-decide: cannot write standard output\n", stderr);
            return 1;
        }
    }
    return 0;
}
