#pragma once
// The enums written as one X-macro table each (request_kind, reason, errc, origin_error): a row
// is X(name) or X(name, text). The enum takes its enumerators from the table and a constexpr
// array its names (or texts), in the same order, so that to_string is one lookup and an
// enumerator cannot lose its name.

#include <cstddef>
#include <string_view>

// The columns of a row, as enumerators or array elements.
#define CORS_DETAIL_ENUMERATOR(name) name,
#define CORS_DETAIL_ENUMERATOR_OF_ROW(name, text) name,
#define CORS_DETAIL_NAME(name) #name,
#define CORS_DETAIL_NAME_OF_ROW(name, text) #name,
#define CORS_DETAIL_TEXT_OF_ROW(name, text) text,

namespace cors {
inline namespace v1 {
namespace detail {

// The entry of `column` for `value` (a value outside the table, from a cast: "unknown").
template <class Enum, std::size_t N>
constexpr std::string_view table_entry(const std::string_view (&column)[N], Enum value) noexcept {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? column[i] : std::string_view("unknown");
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
