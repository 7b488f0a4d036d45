// Fuzzes the JSON policy loader: any input gives a policy or diagnostics, never a crash or an
// exception; a failed load always says why, and every diagnostic is printable.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <cors/json.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const cors::build_result r = cors::policy_from_json(text);
    if (!r) {
        bool has_error = false;
        for (const cors::diagnostic& d : r.diagnostics()) has_error = has_error || d.severity == cors::severity::error;
        fuzz::check(has_error, "a failed load has an error");
    }
    for (const cors::diagnostic& d : r.diagnostics()) {
        const std::string line = d.to_string();
        for (char c : line) fuzz::check(c != '\r' && c != '\n' && c != '\0', "diagnostics print on one line");
    }
    return 0;
}
