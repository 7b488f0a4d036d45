// Each CORS_CASE binds a temporary to something that views it: every one must fail to compile
// (tests/compile_fail/CMakeLists.txt compiles this file once per case, and once with none, which
// must compile, so a failure is the case's and not a typo's).
#include <map>
#include <string>

#include <cors.hpp>

namespace {
std::string get_method() { return "PUT"; }
std::string get_origin() { return "https://app.example.com"; }
std::multimap<std::string, std::string> read_headers() { return {{"Origin", "https://app.example.com"}}; }
}  // namespace

int main() {
    const cors::policy policy = cors::policy::build([] {
        cors::config c;
        c.origins = {"https://app.example.com"};
        return c;
    }());
    const std::string method = get_method();
    const std::string origin = get_origin();
    const auto headers = read_headers();
    cors::request_view request;
    request.method = method;
    request.add_header("Origin", origin);
    request = cors::make_request(method, headers);
#if CORS_CASE == 1
    request.method = get_method();
#elif CORS_CASE == 2
    request.path = std::string("/api/items");
#elif CORS_CASE == 3
    request.add_header("Origin", get_origin());
#elif CORS_CASE == 4
    request = cors::make_request("GET", read_headers());
#elif CORS_CASE == 5
    request = cors::make_request(get_method(), headers);
#elif CORS_CASE == 6
    const cors::decision d = cors::policy::build(cors::config{}).evaluate(request);
    (void)d;
#endif
    return policy.evaluate(request).allowed() ? 0 : 1;
}
