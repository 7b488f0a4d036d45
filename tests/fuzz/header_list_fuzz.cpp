// Fuzzes the Access-Control-Request-Headers scanner through preflights: no crash, bounded work,
// an allowed list echoes only token bytes, commas and spaces, and the listed-names fast pass
// answers exactly as the byte-by-byte scan.
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

    static const cors::detail::ci_string_set listed = [] {
        cors::detail::ci_string_set s;
        for (const char* name : {"content-type", "x-requested-with", "authorization", "x-a"}) s.insert(name);
        return s;
    }();
    const auto is_allowed = [](std::string_view name, bool lower_case) noexcept {
        return lower_case ? listed.contains_lower(name) : listed.contains(name);
    };
    const cors::detail::header_list_result fast =
        cors::detail::scan_header_list(r.access_control_request_headers, is_allowed, &listed);
    const cors::detail::header_list_result full =
        cors::detail::scan_header_list(r.access_control_request_headers, is_allowed);
    fuzz::check(fast.reason == full.reason && fast.offending == full.offending, "fast pass agrees with the full scan");
    fuzz::check(fast.reason != cors::reason::allowed || fast.names == full.names, "fast pass counts the same names");
    return 0;
}
