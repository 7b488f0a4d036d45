// cors-decide: decides requests read as JSON Lines against a policy in Kong's JSON schema and
// prints one JSON decision per request, so that a policy can be tried (or tested end to end)
// without a server.
//
//   echo '{"method":"GET","headers":[["Origin","https://app.example.com"]]}' |
//       cors-decide --policy-json '{"origins":["https://app.example.com"]}'
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include <cors.hpp>
#include <cors/json.hpp>

namespace {

constexpr int exit_usage = 64;  // EX_USAGE
constexpr int exit_policy = 2;

constexpr const char* usage_text =
    "usage: cors-decide --policy FILE.json\n"
    "       cors-decide --policy-json TEXT\n"
    "\n"
    "Reads one request per line on standard input, as JSON:\n"
    "  {\"method\":\"OPTIONS\",\"headers\":[[\"Origin\",\"https://app.example.com\"],"
    "[\"Access-Control-Request-Method\",\"PUT\"]]}\n"
    "and writes the decision for each on its own line of standard output:\n"
    "  {\"kind\":...,\"allowed\":...,\"reason\":...,\"action\":...,\"status\":...,\"headers\":[...],\"vary\":[...]}\n"
    "A line that is not such a request gets {\"error\":...} and the next line is read.\n"
    "\n"
    "Exit status: 0 at end of input, 2 when the policy does not load, 64 on a bad command line.\n";

struct command_line {
    bool help = false;
    bool policy_is_file = false;
    std::string policy;  // a path, or JSON text
};

// Empty when the command line is wrong.
std::optional<command_line> parse_command_line(int argc, char** argv) {
    command_line out;
    bool have_policy = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            out.help = true;
            continue;
        }
        const bool is_file = arg == "--policy";
        if (!is_file && arg != "--policy-json") return std::nullopt;
        if (have_policy || i + 1 == argc) return std::nullopt;
        out.policy_is_file = is_file;
        out.policy = argv[++i];
        have_policy = true;
    }
    if (!have_policy && !out.help) return std::nullopt;
    return out;
}

// Returns 0 or an errno value. std::FILE reports reading a directory (EISDIR), which
// std::ifstream would pass off as an empty file.
int read_file(const std::string& path, std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return errno;
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
    const int error = std::ferror(file) ? errno : 0;
    std::fclose(file);
    return error;
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

nlohmann::ordered_json error_json(const std::string& message) {
    nlohmann::ordered_json out;
    out["error"] = message;
    return out;
}

// The answer to one input line.
nlohmann::ordered_json decide(const cors::policy& policy, const std::string& line) {
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
    return to_json(policy.evaluate(request));
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

    std::string policy_text;
    if (!args->policy_is_file) {
        policy_text = args->policy;
    } else if (const int error = read_file(args->policy, policy_text)) {
        std::fprintf(stderr, "cors-decide: cannot read %s: %s\n", args->policy.c_str(), std::strerror(error));
        return exit_policy;
    }

    const cors::build_result loaded = cors::policy_from_json(policy_text);
    // Errors and warnings alike: when the policy fails, the warnings are worth fixing too.
    for (const cors::diagnostic& d : loaded.diagnostics()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    if (!loaded) return exit_policy;
    const cors::policy& policy = loaded.value();

    std::string line;
    while (std::getline(std::cin, line)) {
        // Everything printed is ASCII or comes whole from a parsed JSON string, so it is valid
        // UTF-8; replace rather than throw should that ever stop being true.
        std::cout << decide(policy, line).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n'
                  << std::flush;  // answer each line as it comes, for interactive use
        if (!std::cout) {
            std::fputs("cors-decide: cannot write standard output\n", stderr);
            return 1;
        }
    }
    return 0;
}
