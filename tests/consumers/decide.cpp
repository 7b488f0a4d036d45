// The program every consumer test builds: one decision, checked.
#include <cstdio>

#include <cors.hpp>

int main() {
    cors::config c;
    c.origins = {"https://app.example.com"};
    const cors::build_result r = cors::policy::try_build(c);
    if (!r) return 1;
    cors::request_view request;
    request.method = "GET";
    request.add_header("Origin", "https://app.example.com");
    const cors::decision d = r->evaluate(request);
    if (!d.allowed() || d.header_value("Access-Control-Allow-Origin") != "https://app.example.com") return 2;
    std::printf("cors %s: ok\n", CORS_VERSION_STRING);
    return 0;
}
