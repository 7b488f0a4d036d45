// Prints the decision and the headers to emit for a handful of typical requests against a
// typical policy. Run: cmake --workflow --preset demo
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cors.hpp>

namespace {

using header_list = std::vector<std::pair<std::string_view, std::string_view>>;

// Request bytes can be anything; show control bytes escaped.
std::string printable(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f) {
            out += c;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        }
    }
    return out;
}

void show(const cors::policy& policy, std::string_view title, std::string_view method, const header_list& headers) {
    const cors::request_view request = cors::make_request(method, headers);
    const cors::decision d = policy.evaluate(request);
    std::printf("== %.*s\n   %.*s", static_cast<int>(title.size()), title.data(), static_cast<int>(method.size()),
                method.data());
    for (const auto& [name, value] : headers)
        std::printf("  %.*s: %s", static_cast<int>(name.size()), name.data(), printable(value).c_str());
    const std::string_view kind = cors::to_string(d.kind());
    const std::string_view why = cors::to_string(d.why());
    const std::string_view act = cors::to_string(d.action());
    if (d.allowed())
        std::printf("\n   -> %.*s, allowed, %.*s", static_cast<int>(kind.size()), kind.data(),
                    static_cast<int>(act.size()), act.data());
    else
        std::printf("\n   -> %.*s, denied (%.*s), %.*s", static_cast<int>(kind.size()), kind.data(),
                    static_cast<int>(why.size()), why.data(), static_cast<int>(act.size()), act.data());
    if (d.action() == cors::action::respond) std::printf(" with status %d", d.status());
    std::printf("\n");
    for (const cors::header& h : d.headers())
        std::printf("      %.*s: %.*s\n", static_cast<int>(h.name.size()), h.name.data(),
                    static_cast<int>(h.value.size()), h.value.data());
    if (!d.vary().empty()) {
        std::printf("      Vary (append):");
        for (std::string_view token : d.vary()) std::printf(" %.*s", static_cast<int>(token.size()), token.data());
        std::printf("\n");
    }
}

}  // namespace

int main() {
    cors::config config;
    config.origins = {"https://app.example.com", "https://*.admin.example.com"};
    config.methods = {"PUT", "DELETE"};  // GET, HEAD and POST are always allowed
    config.request_headers = {"Content-Type", "Authorization"};
    config.exposed_headers = {"X-Request-Id"};
    config.credentials = true;
    config.max_age = 600;

    const cors::policy policy = cors::policy::build(config);
    std::printf(
        "Policy: origins https://app.example.com, https://*.admin.example.com; methods GET POST PUT DELETE;\n"
        "        request headers Content-Type, Authorization; exposes X-Request-Id; credentials; max-age 600\n\n");

    show(policy, "Simple GET from an allowed origin", "GET", {{"Origin", "https://app.example.com"}});
    show(policy, "GET from a subdomain of a wildcard", "GET", {{"Origin", "https://eu.admin.example.com"}});
    show(policy, "GET from a foreign origin", "GET", {{"Origin", "https://evil.example"}});
    show(policy, "GET without Origin (same-origin or not a browser)", "GET", {});
    show(policy, "Preflight for PUT with JSON and a bearer token", "OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Headers", "authorization,content-type"}});
    show(policy, "Preflight asking for a header the policy does not allow", "OPTIONS",
         {{"Origin", "https://app.example.com"},
          {"Access-Control-Request-Method", "PUT"},
          {"Access-Control-Request-Headers", "x-evil"}});
    show(policy, "Preflight for a method the policy does not allow", "OPTIONS",
         {{"Origin", "https://app.example.com"}, {"Access-Control-Request-Method", "PATCH"}});
    show(policy, "Origin with a CR/LF injection attempt", "GET",
         {{"Origin", "https://app.example.com\r\nSet-Cookie: x=1"}});
    return 0;
}
