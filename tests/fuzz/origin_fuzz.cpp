// Fuzzes the Origin parser: it never crashes, and whatever it accepts is a canonical origin:
// printable ASCII, re-parsable, and consistent with its parts. The subdomain-match shortcut
// (canonical_with_known_suffix) must agree with it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <cors/detail/origin_parser.hpp>
#include <cors/origin.hpp>

#include "fuzz_support.hpp"

namespace {

// The shortcut for subdomain pattern hits agrees with the parser: when the host's last label(s)
// after some dot form a valid non-IP host (as a pattern's suffix is), checking only the rest
// gives the parser's answer.
void check_known_suffix(std::string_view input) {
    std::string_view scheme;
    if (input.substr(0, 8) == "https://")
        scheme = "https";
    else if (input.substr(0, 7) == "http://")
        scheme = "http";
    else
        return;
    const std::size_t start = scheme.size() + 3;
    std::size_t end = input.find(':', start);
    if (end == std::string_view::npos) end = input.size();
    const std::size_t dot = input.rfind('.', end == start ? start : end - 1);
    if (dot == std::string_view::npos || dot < start || dot + 1 >= end) return;
    const std::string_view suffix = input.substr(dot + 1, end - dot - 1);
    std::string suffix_origin(scheme);
    suffix_origin += "://";
    suffix_origin += suffix;
    const auto valid_suffix = cors::parse_origin(suffix_origin);
    if (!valid_suffix || valid_suffix->is_ip) return;
    cors::origin_view parsed;
    const bool expected = cors::detail::parse_request_origin(input, parsed);
    fuzz::check(cors::detail::canonical_with_known_suffix(input, scheme, start, end, suffix.size()) == expected,
                "known-suffix check agrees with the parser");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    check_known_suffix(input);
    const auto o = cors::parse_origin(input);
    // The one-pass request parser accepts exactly what the detailed parser accepts.
    cors::origin_view detailed;
    const bool detailed_ok = cors::detail::parse_origin_or_pattern(input, false, detailed) == cors::origin_error::none;
    fuzz::check(o.has_value() == detailed_ok, "fast and detailed parsers agree");
    if (!o) return 0;
    fuzz::check(o->host == detailed.host && o->port == detailed.port && o->scheme == detailed.scheme, "same parts");
    fuzz::check(o->serialized == input, "serialized is the input");
    fuzz::check(input.size() <= cors::max_origin_length, "length cap");
    for (char c : input)
        fuzz::check(static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f, "printable");
    if (o->is_null) {
        fuzz::check(input == "null", "null is only null");
        return 0;
    }
    std::string rebuilt(o->scheme);
    rebuilt += "://";
    rebuilt += o->host;
    if (!o->port.empty()) {
        rebuilt += ':';
        rebuilt += o->port;
    }
    fuzz::check(rebuilt == input, "parts rebuild the origin");
    for (char c : input) fuzz::check(!(c >= 'A' && c <= 'Z'), "no upper case");
    return 0;
}
