// The JSON component's consumer program.
#include <cstdio>

#include <cors/json.hpp>

int main() {
    const cors::build_result r = cors::policy_from_json(R"({"origins": ["https://app.example.com"]})");
    if (!r) return 1;
    cors::request_view request;
    request.method = "GET";
    request.add_header("Origin", "https://app.example.com");
    if (!r->evaluate(request).allowed()) return 2;
    std::printf("cors::json: ok\n");
    return 0;
}
