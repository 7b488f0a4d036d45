#pragma once
// A non-owning view of the parts of an HTTP request that CORS looks at. Build it from any
// server's header container without copying: call add_header for each field line (it ignores
// the names it does not need), or use make_request with a range of name/value pairs.
// The viewed strings must outlive the request_view and any decision made from it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "detail/ascii.hpp"

namespace cors {
inline namespace v1 {

namespace detail {
// A std::string that a view would outlive (an rvalue), for the deleted overloads below.
template <class S>
inline constexpr bool is_temporary_string =
    std::is_same_v<std::remove_cv_t<std::remove_reference_t<S>>, std::string> && !std::is_lvalue_reference_v<S>;
}  // namespace detail

// Caps on what the engine reads of a request; each is checked before any byte is looked at
// (max_origin_length is in origin.hpp, max_request_path_length in detail/route_path.hpp).
// Longest Access-Control-Request-Headers (all lines joined) the engine accepts.
inline constexpr std::size_t max_request_headers_length = 2048;
// Longest method (Access-Control-Request-Method, or a listed method) the engine accepts.
inline constexpr std::size_t max_method_length = 64;

// One request header: its first value and how many field lines carried it.
struct request_field {
    std::string_view value;
    std::uint32_t count = 0;

    constexpr bool present() const noexcept { return count > 0; }
    constexpr void add(std::string_view v) noexcept {
        if (count == 0) value = v;
        if (count != 0xFFFFFFFFu) ++count;
    }
};

// Access-Control-Request-Headers may arrive as several field lines (some proxies split it).
struct request_field_lines {
    static constexpr std::size_t max_lines = 8;
    std::string_view lines[max_lines];
    std::uint32_t count = 0;  // may exceed max_lines; the extra lines are not kept

    constexpr bool present() const noexcept { return count > 0; }
    constexpr void add(std::string_view v) noexcept {
        if (count < max_lines) lines[count] = v;
        if (count != 0xFFFFFFFFu) ++count;
    }
};

// A std::string_view that cannot be bound to a temporary std::string: `view.method =
// get_method();` (a function returning std::string) would dangle at the end of the statement,
// so it does not compile. Everything else about it is a std::string_view.
class viewed_string : public std::string_view {
public:
    constexpr viewed_string() noexcept = default;
    constexpr viewed_string(std::string_view s) noexcept : std::string_view(s) {}
    constexpr viewed_string(const char* s) noexcept : std::string_view(s) {}
    constexpr viewed_string(const char* s, std::size_t n) noexcept : std::string_view(s, n) {}
    viewed_string(const std::string& s) noexcept : std::string_view(s) {}
    viewed_string(std::string&&) = delete;
    viewed_string(const std::string&&) = delete;
};

struct request_view {
    viewed_string method;
    // The request target (path and query); only routers read it (cors/router.hpp).
    viewed_string path;
    request_field origin;
    request_field access_control_request_method;
    request_field_lines access_control_request_headers;
    request_field access_control_request_private_network;
    // Read only by cross-origin request protection (config::cross_origin_protection).
    request_field host;
    request_field authority;  // HTTP/2 and HTTP/3 ":authority", when the server passes it on
    request_field sec_fetch_site;

    // OPTIONS with Access-Control-Request-Method: with an Origin, Fetch's CORS preflight.
    bool is_preflight_shaped() const noexcept {
        return detail::equals(method, "OPTIONS") && access_control_request_method.present();
    }

    // The request headers the engine reads, for a server that already knows which one a field
    // line is (Beast's field enum): add_header(which, value) records it without a name
    // comparison.
    enum class known : std::uint8_t {
        host,
        origin,
        authority,
        sec_fetch_site,
        request_method,
        request_headers,
        request_private_network
    };

    // Records one field line if it is one CORS needs; the name is matched case-insensitively
    // and leading/trailing whitespace of the value is dropped, as HTTP parsers do.
    constexpr void add_header(std::string_view name, std::string_view value) noexcept {
        // The length picks the one name it can be (one comparison per field line; most lines
        // a server passes have another length and cost one switch).
        switch (name.size()) {
            case 4:
                if (detail::iequals(name, "host")) add_header(known::host, value);
                break;
            case 6:
                if (detail::iequals(name, "origin")) add_header(known::origin, value);
                break;
            case 10:
                if (detail::iequals(name, ":authority")) add_header(known::authority, value);
                break;
            case 14:
                if (detail::iequals(name, "sec-fetch-site")) add_header(known::sec_fetch_site, value);
                break;
            case 29:
                if (detail::iequals(name, "access-control-request-method")) add_header(known::request_method, value);
                break;
            case 30:
                if (detail::iequals(name, "access-control-request-headers")) add_header(known::request_headers, value);
                break;
            case 38:
                if (detail::iequals(name, "access-control-request-private-network"))
                    add_header(known::request_private_network, value);
                break;
            default:
                break;
        }
    }
    // The same for a field line whose name is known to be `which`.
    constexpr void add_header(known which, std::string_view value) noexcept {
        const std::string_view v = trimmed(value);
        switch (which) {
            case known::host:
                return host.add(v);
            case known::origin:
                return origin.add(v);
            case known::authority:
                return authority.add(v);
            case known::sec_fetch_site:
                return sec_fetch_site.add(v);
            case known::request_method:
                return access_control_request_method.add(v);
            case known::request_headers:
                return access_control_request_headers.add(v);
            case known::request_private_network:
                return access_control_request_private_network.add(v);
        }
    }
    // A temporary std::string value would dangle: the view keeps no copy.
    template <class S, std::enable_if_t<detail::is_temporary_string<S>, int> = 0>
    void add_header(std::string_view name, S&& value) = delete;
    template <class S, std::enable_if_t<detail::is_temporary_string<S>, int> = 0>
    void add_header(known which, S&& value) = delete;

private:
    // A value over every cap is refused by its length alone, so none of its bytes is read.
    static constexpr std::string_view trimmed(std::string_view value) noexcept {
        return value.size() <= max_request_headers_length ? detail::trim_ows(value) : value;
    }
};

// Lifetimes: a request_view and every decision made from it point into the strings it views
// (and into the policy). Binding a temporary std::string is refused at compile time: the
// method and path (viewed_string), add_header, make_request. A view of a string that dies
// later (a std::string_view made by hand) cannot be caught: keep the strings alive.
// Builds a request view from any range whose elements are pair-like (`.first`, `.second`
// convertible to std::string_view), e.g. std::multimap<std::string, std::string> or a
// std::vector<std::pair<std::string_view, std::string_view>>.
template <class HeaderRange>
request_view make_request(std::string_view method, const HeaderRange& headers) noexcept {
    request_view r;
    r.method = method;
    for (const auto& field : headers) r.add_header(std::string_view(field.first), std::string_view(field.second));
    return r;
}
// A temporary range, or a temporary method string, would dangle as soon as this returns.
template <class HeaderRange>
request_view make_request(std::string_view method, const HeaderRange&& headers) = delete;
template <class S, class HeaderRange, std::enable_if_t<detail::is_temporary_string<S>, int> = 0>
request_view make_request(S&& method, const HeaderRange& headers) = delete;

}  // namespace v1
}  // namespace cors
