// Fuzzes the Access-Control-Request-Headers scanner through preflights: no crash, bounded work,
// and an allowed list echoes only token bytes, commas and spaces.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include <cors.hpp>

#include "fuzz_support.hpp"

namespace {

const cors::policy& policy_for(int mode) {
    static const std::vector<cors::policy> policies = [] {
        std::vector<cors::policy> out;
        cors::config c;
        c.origins = {"https://app.example.com"};
        c.methods = {"PUT"};
        c.request_headers = {"content-type", "x-requested-with", "authorization"};
        out.push_back(cors::policy::build(c));
        c.request_headers = {"*"};
        out.push_back(cors::policy::build(c));
        c.request_headers.clear();
        c.reflect_request_headers = true;
        out.push_back(cors::policy::build(c));
        return out;
    }();
    return policies[static_cast<std::size_t>(mode)];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const int mode = in.ConsumeIntegralInRange<int>(0, 2);
    std::vector<std::string> lines;
    const int count = in.ConsumeIntegralInRange<int>(1, 10);
    for (int i = 0; i < count; ++i) lines.push_back(in.ConsumeRandomLengthString(4096));
    cors::request_view r;
    r.method = "OPTIONS";
    r.add_header("Origin", "https://app.example.com");
    r.add_header("Access-Control-Request-Method", "PUT");
    for (const std::string& line : lines) r.add_header("Access-Control-Request-Headers", line);

    const cors::policy& policy = policy_for(mode);  // built outside the counted region
    fuzz::counting = true;
    const cors::decision d = policy.evaluate(r);
    fuzz::counting = false;
    fuzz::check(fuzz::allocations.load() == 0, "no allocation");
    const std::string_view echoed = d.header_value("Access-Control-Allow-Headers");
    for (char c : echoed)
        fuzz::check(c == ',' || c == ' ' ||
                        (static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f &&
                         std::string_view("\"(),/:;<=>?@[\\]{}").find(c) == std::string_view::npos),
                    "echo is tokens, commas and spaces");
    fuzz::check(echoed.size() <= cors::max_request_headers_length, "echo within the cap");
    if (d.allowed())
        fuzz::check(d.has_header("Access-Control-Allow-Origin"), "allowed preflight has ACAO");
    else
        fuzz::check(d.headers().empty(), "denied preflight has no headers");
    return 0;
}
