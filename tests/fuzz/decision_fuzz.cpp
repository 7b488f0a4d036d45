// Fuzzes the whole decision: a fuzzed policy (built from pools and fuzzed strings) and a fuzzed
// request. Invariants, whatever the input:
//  - never Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials;
//  - an emitted ACAO is "*" or byte-equal to the request's Origin, and the reference model
//    (tests/reference_model.hpp) allows that origin;
//  - no CR, LF, NUL or byte outside printable ASCII in any emitted value;
//  - Vary contains Origin whenever ACAO depends on the Origin;
//  - two evaluations give the same decision;
//  - no allocation during evaluation;
//  - with cross-origin request protection: GET, HEAD and OPTIONS are never refused, nor a
//    request without Sec-Fetch-Site and Origin; a refused one is answered with the configured
//    status and no header, and varies on Sec-Fetch-Site.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include <cors.hpp>

#include "../reference_model.hpp"
#include "fuzz_support.hpp"

namespace {

std::string pick_or_fuzz(FuzzedDataProvider& in, const std::vector<std::string>& pool) {
    if (in.ConsumeBool()) return in.ConsumeRandomLengthString(64);
    return pool[in.ConsumeIntegralInRange<std::size_t>(0, pool.size() - 1)];
}

cors::config fuzzed_policy(FuzzedDataProvider& in) {
    static const std::vector<std::string> origins = {
        "https://app.example.com", "https://*.example.com",     "http://localhost:*", "*", "null",
        "http://[::1]:8080",       "https://*.example.org:8443"};
    static const std::vector<std::string> methods = {"PUT", "PATCH", "*", "patch", "DELETE"};
    static const std::vector<std::string> headers = {"Content-Type", "Authorization", "*", "X-Custom"};
    cors::config c;
    for (int n = in.ConsumeIntegralInRange<int>(0, 3); n > 0; --n) c.origins.push_back(pick_or_fuzz(in, origins));
    if (in.ConsumeBool())
        c.origin_regexes.push_back({in.ConsumeRandomLengthString(40),
                                    in.ConsumeBool() ? cors::regex_target::host : cors::regex_target::origin});
    for (int n = in.ConsumeIntegralInRange<int>(0, 2); n > 0; --n) c.methods.push_back(pick_or_fuzz(in, methods));
    for (int n = in.ConsumeIntegralInRange<int>(0, 2); n > 0; --n)
        c.request_headers.push_back(pick_or_fuzz(in, headers));
    if (c.request_headers.empty()) c.reflect_request_headers = in.ConsumeBool();
    for (int n = in.ConsumeIntegralInRange<int>(0, 2); n > 0; --n)
        c.exposed_headers.push_back(in.ConsumeRandomLengthString(16));
    c.credentials = in.ConsumeBool();
    if (in.ConsumeBool()) c.max_age = in.ConsumeIntegralInRange<std::int64_t>(-2, 100000);
    c.private_network = in.ConsumeBool();
    c.preflight_continue = in.ConsumeBool();
    c.allow_origin_absent = in.ConsumeBool();
    c.dangerously_allow_insecure_origins = in.ConsumeBool();
    c.dangerously_allow_null_origin = in.ConsumeBool();
    c.dangerously_reflect_any_origin_with_credentials = in.ConsumeBool();
    c.dangerously_allow_public_suffix_wildcards = in.ConsumeBool();
    c.debug = in.ConsumeBool();
    c.cross_origin_protection.enabled = in.ConsumeBool();
    if (in.ConsumeBool()) c.cross_origin_protection.bypass_paths.push_back(in.ConsumeRandomLengthString(16));
    if (in.ConsumeBool()) c.cross_origin_protection.status = in.ConsumeIntegralInRange<int>(399, 600);
    return c;
}

bool printable(std::string_view v) {
    for (char c : v)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const cors::config c = fuzzed_policy(in);
    const cors::build_result built = cors::policy::try_build(c);
    if (!built) return 0;

    static const std::vector<std::string> names = {"Origin",
                                                   "Access-Control-Request-Method",
                                                   "Access-Control-Request-Headers",
                                                   "Access-Control-Request-Private-Network",
                                                   "Accept",
                                                   "Sec-Fetch-Site",
                                                   "Host",
                                                   ":authority"};
    static const std::vector<std::string> methods = {"OPTIONS", "POST", "GET", "PUT"};
    model::request req;
    req.method = in.ConsumeBool() ? methods[in.ConsumeIntegralInRange<std::size_t>(0, methods.size() - 1)]
                                  : in.ConsumeRandomLengthString(8);
    for (int n = in.ConsumeIntegralInRange<int>(0, 6); n > 0; --n)
        req.headers.emplace_back(names[in.ConsumeIntegralInRange<std::size_t>(0, names.size() - 1)],
                                 in.ConsumeRandomLengthString(300));
    cors::request_view view = cors::make_request(req.method, req.headers);
    const std::string path = in.ConsumeRandomLengthString(32);
    view.path = path;

    fuzz::counting = true;
    const cors::decision d = built->evaluate(view);
    const cors::decision again = built->evaluate(view);
    fuzz::counting = false;
    fuzz::check(fuzz::allocations.load() == 0, "no allocation during evaluation");

    fuzz::check(d.kind() == again.kind() && d.why() == again.why() && d.headers().size() == again.headers().size() &&
                    d.vary().size() == again.vary().size(),
                "deterministic");
    for (std::size_t i = 0; i < d.headers().size(); ++i)
        fuzz::check(d.headers()[i].value == again.headers()[i].value, "deterministic values");

    const std::string_view acao = d.header_value("Access-Control-Allow-Origin");
    fuzz::check(!(acao == "*" && d.has_header("Access-Control-Allow-Credentials")), "no * with credentials");
    for (const cors::header& h : d.headers()) fuzz::check(printable(h.value), "printable header values");
    if (d.has_header("Access-Control-Allow-Origin")) {
        fuzz::check(acao == "*" || acao == view.origin.value, "ACAO is * or the request's Origin");
        // The model matches regexes with std::regex, which backtracks and lacks some of our
        // syntax; the regex engine has its own differential test against it (tests/regex_test.cpp).
        if (c.origin_regexes.empty()) {
            const model::result expected = model::decide(c, req);
            fuzz::check(expected.allowed, "the reference model allows what the engine allows");
        }
        if (acao != "*") {
            bool varies = false;
            for (std::string_view t : d.vary()) varies = varies || t == "Origin";
            fuzz::check(varies, "Vary: Origin with a reflected origin");
        }
    }
    if (d.why() == cors::reason::cross_origin_request_blocked) {
        fuzz::check(c.cross_origin_protection.enabled, "only a protecting policy refuses cross-origin requests");
        fuzz::check(req.method != "GET" && req.method != "HEAD" && req.method != "OPTIONS", "safe methods pass");
        fuzz::check(view.sec_fetch_site.present() || view.origin.present(), "no browser headers: passes");
        fuzz::check(d.action() == cors::action::respond && d.headers().empty() &&
                        d.status() == c.cross_origin_protection.status,
                    "refused: respond, the configured status, no header");
        bool varies = false;
        for (std::string_view t : d.vary()) varies = varies || t == "Sec-Fetch-Site";
        fuzz::check(varies, "refused: Vary: Sec-Fetch-Site");
    }
    return 0;
}
