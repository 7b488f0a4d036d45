#include <cors.hpp>
#include <cors/json.hpp>

bool allowed_in_a(const cors::policy& p, const cors::request_view& r);

int main() {
    const cors::build_result r = cors::policy_from_json(R"({"origins": ["https://app.example.com"]})");
    cors::request_view request;
    request.method = "GET";
    request.add_header("Origin", "https://app.example.com");
    return r && allowed_in_a(*r, request) && r->evaluate(request).allowed() ? 0 : 1;
}
