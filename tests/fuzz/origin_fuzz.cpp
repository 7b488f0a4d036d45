// Fuzzes the Origin parser: it never crashes, and whatever it accepts is a canonical origin:
// printable ASCII, re-parsable, and consistent with its parts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <cors/origin.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto o = cors::parse_origin(input);
    // The one-pass request parser accepts exactly what the detailed parser accepts.
    cors::origin_view detailed;
    const bool detailed_ok = cors::detail::parse_origin(input, false, detailed) == cors::origin_error::none;
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
