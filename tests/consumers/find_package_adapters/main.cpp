// Both adapters from an installed copy: a request view from each server's request type.
#include <cstdio>

#include <cors/adapters/beast.hpp>
#include <cors/adapters/httplib.hpp>
#include <cors/json.hpp>

int main() {
    const cors::build_result r = cors::policy_from_json(R"({"origins": ["https://app.example.com"]})");
    if (!r) return 1;
    boost::beast::http::request<boost::beast::http::empty_body> beast_request{boost::beast::http::verb::get, "/", 11};
    beast_request.set(boost::beast::http::field::origin, "https://app.example.com");
    httplib::Request httplib_request;
    httplib_request.method = "GET";
    httplib_request.headers.emplace("Origin", "https://app.example.com");
    const bool ok = r->evaluate(cors::beast::make_request(beast_request)).allowed() &&
                    r->evaluate(cors::httplib::make_request(httplib_request)).allowed();
    std::printf("cors::beast and cors::httplib: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 2;
}
