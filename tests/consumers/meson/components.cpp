// One optional component through its Meson dependency (cors-<name>), chosen by
// -DCORS_CONSUMER_<NAME>: a request from the library's own type, decided and applied.
#include <cstdio>
#include <string>

#include <cors.hpp>
#if defined(CORS_CONSUMER_FMT)
#include <cors/fmt.hpp>
#elif defined(CORS_CONSUMER_BEAST)
#include <cors/adapters/beast.hpp>
#elif defined(CORS_CONSUMER_HTTPLIB)
#include <cors/adapters/httplib.hpp>
#elif defined(CORS_CONSUMER_QT)
#include <cors/adapters/qt.hpp>
#elif defined(CORS_CONSUMER_POCO)
#include <cors/adapters/poco.hpp>
#elif defined(CORS_CONSUMER_RESTINIO)
#include <cors/adapters/restinio.hpp>
#else
#error "define CORS_CONSUMER_<component>"
#endif

namespace {

constexpr const char* origin = "https://app.example.com";

// The component's result: the Access-Control-Allow-Origin it sets (or prints), else "".
std::string check(const cors::policy& p) {
#if defined(CORS_CONSUMER_FMT)
    cors::request_view request;
    request.method = "GET";
    request.add_header("Origin", origin);
    const std::string line = fmt::format("{}", p.evaluate(request));
    std::printf("%s\n", line.c_str());
    const std::string expected = std::string("Access-Control-Allow-Origin: ") + origin;
    return line.find(expected) == std::string::npos ? std::string() : std::string(origin);
#elif defined(CORS_CONSUMER_BEAST)
    boost::beast::http::request<boost::beast::http::empty_body> req{boost::beast::http::verb::get, "/", 11};
    req.set(boost::beast::http::field::origin, origin);
    const cors::decision d = p.evaluate(cors::beast::make_request(req));
    boost::beast::http::response<boost::beast::http::empty_body> res;
    cors::beast::apply(d, res);
    return std::string(res[boost::beast::http::field::access_control_allow_origin]);
#elif defined(CORS_CONSUMER_HTTPLIB)
    httplib::Request req;
    req.method = "GET";
    req.headers.emplace("Origin", origin);
    const cors::decision d = p.evaluate(cors::httplib::make_request(req));
    httplib::Response res;
    cors::httplib::apply(d, res);
    return res.get_header_value("Access-Control-Allow-Origin");
#elif defined(CORS_CONSUMER_QT)
    cors::request_view request;
    request.method = "GET";
    request.add_header("Origin", origin);
    const cors::decision d = p.evaluate(request);
    QHttpServerResponse res(QHttpServerResponse::StatusCode::Ok);
    cors::qt::apply(d, res);
    const QList<QByteArray> values = res.headers("Access-Control-Allow-Origin");
    return values.size() == 1 ? values.front().toStdString() : std::string();
#elif defined(CORS_CONSUMER_POCO)
    Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/");
    req.set("Origin", origin);
    const cors::decision d = p.evaluate(cors::poco::make_request(req));
    Poco::Net::HTTPResponse res;
    cors::poco::apply(d, res);
    return res.get("Access-Control-Allow-Origin", "");
#elif defined(CORS_CONSUMER_RESTINIO)
    // A response builder needs a connection: the header the server parsed, and the decision.
    restinio::http_request_header_t header(restinio::http_method_get(), "/");
    header.set_field("Origin", origin);
    const cors::decision d = p.evaluate(cors::restinio::make_request(header));
    return std::string(d.header_value("Access-Control-Allow-Origin"));
#endif
}

}  // namespace

int main() {
    cors::config c;
    c.origins = {origin};
    const cors::build_result r = cors::policy::try_build(c);
    if (!r) return 1;
    const std::string allowed = check(*r);
    if (allowed != origin) {
        std::fprintf(stderr, "Access-Control-Allow-Origin: \"%s\", expected \"%s\"\n", allowed.c_str(), origin);
        return 2;
    }
    std::printf("ok\n");
    return 0;
}
