// The Kong component's consumer program: a declarative file (YAML) with a service plugin and a
// route plugin becomes a router; the route's plugin wins, and a path no route covers gets none.
#include <cstdio>
#include <string>

#include <cors/kong.hpp>

namespace {

bool allowed(const cors::router& r, const char* path, const char* origin) {
    cors::request_view request;
    request.method = "GET";
    request.path = path;
    request.add_header("Origin", origin);
    return r.evaluate(request).allowed();
}

}  // namespace

int main() {
    const cors::router_build_result r = cors::router_from_kong(R"(_format_version: "3.0"
services:
  - name: api
    plugins: [{name: cors, config: {origins: [https://app.example.com]}}]
    routes:
      - {name: api, paths: [/api]}
      - name: admin
        paths: [/api/admin]
        plugins: [{name: cors, config: {origins: [https://admin.example.com]}}]
)");
    if (!r) {
        for (const cors::diagnostic& d : r.diagnostics()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
        return 1;
    }
    if (!allowed(*r, "/api/items", "https://app.example.com")) return 2;
    if (!allowed(*r, "/api/admin/users", "https://admin.example.com")) return 3;
    if (allowed(*r, "/api/admin/users", "https://app.example.com")) return 4;
    if (allowed(*r, "/elsewhere", "https://app.example.com")) return 5;
    std::printf("cors::kong: ok\n");
    return 0;
}
