// Origin parsing: the strict serialized-origin grammar for requests and for allow-list patterns.
#include <cstdint>
#include <string>

#include "catch.hpp"
#include <cors/detail/origin_parser.hpp>
#include <cors/origin.hpp>

using cors::origin_error;

namespace {

origin_error request_error(std::string_view s) { return cors::check_origin(s); }

origin_error pattern_error(std::string_view s) {
    cors::origin_view o;
    return cors::detail::parse_origin_or_pattern(s, true, o);
}

}  // namespace

TEST_CASE("canonical origins parse", "[origin]") {
    struct row {
        const char* text;
        const char* scheme;
        const char* host;
        const char* port;
        bool ip;
    };
    const row rows[] = {
        {"https://example.com", "https", "example.com", "", false},
        {"http://localhost:8080", "http", "localhost", "8080", false},
        {"https://a.b.c.example.co.uk", "https", "a.b.c.example.co.uk", "", false},
        {"http://127.0.0.1:3000", "http", "127.0.0.1", "3000", true},
        {"http://[::1]:8080", "http", "[::1]", "8080", true},
        {"https://[2001:db8::1]", "https", "[2001:db8::1]", "", true},
        {"chrome-extension://abcdefghijklmnop", "chrome-extension", "abcdefghijklmnop", "", false},
        {"capacitor://localhost", "capacitor", "localhost", "", false},
        {"https://my_app.example.com", "https", "my_app.example.com", "", false},
        {"https://xn--bcher-kva.example", "https", "xn--bcher-kva.example", "", false},
        {"https://example.com:65535", "https", "example.com", "65535", false},
        {"https://123.example", "https", "123.example", "", false},
        {"https://example.com.", "https", "example.com.", "", false},  // distinct origin browsers can send
    };
    for (const row& r : rows) {
        CAPTURE(r.text);
        const auto o = cors::parse_origin(r.text);
        REQUIRE(o);
        CHECK(o->scheme == r.scheme);
        CHECK(o->host == r.host);
        CHECK(o->port == r.port);
        CHECK(o->is_ip == r.ip);
        CHECK(o->serialized == r.text);
        CHECK_FALSE(o->is_null);
    }
}

TEST_CASE("null is an origin, case-sensitively", "[origin]") {
    const auto o = cors::parse_origin("null");
    REQUIRE(o);
    CHECK(o->is_null);
    CHECK_FALSE(cors::parse_origin("NULL"));
    CHECK_FALSE(cors::parse_origin("Null"));
}

TEST_CASE("non-canonical and malformed origins are refused with the right reason", "[origin]") {
    struct row {
        std::string text;
        origin_error expected;
    };
    const row rows[] = {
        {"", origin_error::empty},
        {std::string(400, 'a'), origin_error::too_long},
        {"https://example.com/", origin_error::path},
        {"https://example.com/path", origin_error::path},
        {"https://example.com?", origin_error::query},
        {"https://example.com#x", origin_error::fragment},
        {"https://user@example.com", origin_error::userinfo},
        {"https://example.com@evil.net", origin_error::userinfo},
        {"https://evil.net\\@example.com", origin_error::invalid_byte},
        {"HTTPS://example.com", origin_error::scheme_not_lower},
        {"https://Example.com", origin_error::host_not_lower},
        {"https://example.com:443", origin_error::port_default},
        {"http://example.com:80", origin_error::port_default},
        {"wss://example.com:443", origin_error::port_default},
        {"https://example.com:0", origin_error::port_invalid},
        {"https://example.com:65536", origin_error::port_invalid},
        {"https://example.com:08080", origin_error::port_invalid},
        {"https://example.com:", origin_error::port_invalid},
        {"https://example.com:123456", origin_error::port_invalid},
        {"https://example.com:80a", origin_error::port_invalid},
        {"https://", origin_error::host_empty},
        {"https://a..b", origin_error::host_invalid},
        {"https://.example.com", origin_error::host_invalid},
        {"https://" + std::string(64, 'a') + ".com", origin_error::host_invalid},
        {"https://exa$mple.com", origin_error::host_invalid},
        {"example.com", origin_error::missing_separator},
        {"https:/example.com", origin_error::missing_separator},
        {"1https://example.com", origin_error::scheme_invalid},
        {"://example.com", origin_error::scheme_invalid},
        {"https://127.1", origin_error::ipv4_not_canonical},
        {"https://0x7f.0.0.1", origin_error::ipv4_not_canonical},
        {"https://127.0.0.01", origin_error::ipv4_not_canonical},
        {"https://256.0.0.1", origin_error::ipv4_not_canonical},
        {"https://example.255", origin_error::ipv4_not_canonical},
        {"http://[0:0:0:0:0:0:0:1]", origin_error::ipv6_not_canonical},
        {"http://[::0001]", origin_error::ipv6_not_canonical},
        {"http://[::FFFF]", origin_error::ipv6_not_canonical},
        {"http://[::ffff:1.2.3.4]", origin_error::ipv6_not_canonical},
        {"http://[1::1:1:1:1:1:1:1]", origin_error::ipv6_not_canonical},
        {"http://[::1", origin_error::ipv6_invalid},
        {"http://[::1%25eth0]", origin_error::invalid_byte},
        {"http://[:::1]", origin_error::ipv6_invalid},
        {"file://", origin_error::file_scheme},
        {"https://exa mple.com", origin_error::invalid_byte},
        {"https://example.com\r\nX: y", origin_error::invalid_byte},
        {std::string("https://example.com\0", 20), origin_error::invalid_byte},
        {"https://b\xc3\xbc"
         "cher.example",
         origin_error::invalid_byte},
        {"https://example.com, https://other.example", origin_error::invalid_byte},
        {"https://*.example.com", origin_error::wildcard_invalid},  // only patterns have wildcards
        {"http://localhost:*", origin_error::wildcard_invalid},
    };
    for (const row& r : rows) {
        CAPTURE(r.text);
        CHECK(request_error(r.text) == r.expected);
    }
}

TEST_CASE("IPv6 compression must be the canonical one", "[origin]") {
    CHECK(request_error("http://[1:0:1:1:1:1:1:1]") == origin_error::none);                // single 0 not compressed
    CHECK(request_error("http://[1::1:1:1:1:1]") == origin_error::none);                   // two zero groups compressed
    CHECK(request_error("http://[1::1:1:1:1:1:1]") == origin_error::ipv6_not_canonical);   // "::" for one group
    CHECK(request_error("http://[1:0:0:1:0:0:0:1]") == origin_error::ipv6_not_canonical);  // longest run first
    CHECK(request_error("http://[1:0:0:1::1]") == origin_error::none);
    CHECK(request_error("http://[1::1:0:0:0:1]") == origin_error::ipv6_not_canonical);
    CHECK(request_error("http://[::]") == origin_error::none);
    CHECK(request_error("http://[2001:db8::]") == origin_error::none);
    CHECK(request_error("http://[::ffff:102:304]") == origin_error::none);
}

TEST_CASE("patterns: subdomain and port wildcards", "[origin]") {
    cors::origin_view o;
    REQUIRE(cors::detail::parse_origin_or_pattern("https://*.example.com", true, o) == origin_error::none);
    CHECK(o.any_subdomain);
    CHECK(o.host == "example.com");
    REQUIRE(cors::detail::parse_origin_or_pattern("http://localhost:*", true, o) == origin_error::none);
    CHECK(o.any_port);
    CHECK(o.host == "localhost");
    REQUIRE(cors::detail::parse_origin_or_pattern("https://*.example.com:*", true, o) == origin_error::none);
    CHECK(o.any_port);
    CHECK(o.any_subdomain);

    CHECK(pattern_error("https://*example.com") == origin_error::wildcard_invalid);
    CHECK(pattern_error("https://**.example.com") == origin_error::wildcard_invalid);
    CHECK(pattern_error("https://a.*.example.com") == origin_error::wildcard_invalid);
    CHECK(pattern_error("https://*.127.0.0.1") == origin_error::wildcard_ip);
    CHECK(pattern_error("https://example.com:8*") == origin_error::wildcard_invalid);
    CHECK(pattern_error("*://example.com") == origin_error::scheme_invalid);
    CHECK(pattern_error("https://example.com.") == origin_error::trailing_dot);  // refused in allow-lists
    CHECK(pattern_error("https://*.") == origin_error::host_empty);
}

TEST_CASE("the one-pass request parser agrees with the detailed parser", "[origin]") {
    // Random strings built from origin-shaped pieces, plus single-byte mutations of valid ones.
    const std::string long_label(64, 'a');
    const char* const pieces[] = {"https",
                                  "http",
                                  "ws",
                                  "chrome-extension",
                                  "://",
                                  ":",
                                  "/",
                                  ".",
                                  "..",
                                  "a",
                                  "b-c",
                                  "_x",
                                  "example",
                                  "com",
                                  "0x7f",
                                  "127",
                                  "0",
                                  "1",
                                  "255",
                                  "256",
                                  "[",
                                  "]",
                                  "::1",
                                  "8080",
                                  "443",
                                  "80",
                                  "65535",
                                  "65536",
                                  "0080",
                                  "*",
                                  "@",
                                  "?",
                                  "#",
                                  "%",
                                  "A",
                                  " ",
                                  "\r",
                                  "\n",
                                  "null",
                                  "file",
                                  long_label.c_str(),
                                  "-",
                                  "+"};
    std::uint32_t state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    std::size_t accepted = 0;
    for (int i = 0; i < 200000; ++i) {
        std::string s;
        const std::uint32_t count = 1 + next() % 7;
        for (std::uint32_t k = 0; k < count; ++k) s += pieces[next() % (sizeof pieces / sizeof *pieces)];
        if (next() % 3 == 0) s = "https://a" + s;
        cors::origin_view slow;
        const bool slow_ok = cors::detail::parse_origin_or_pattern(s, false, slow) == origin_error::none;
        const auto fast = cors::parse_origin(s);
        INFO(s);
        REQUIRE(fast.has_value() == slow_ok);
        if (slow_ok) {
            ++accepted;
            CHECK(fast->scheme == slow.scheme);
            CHECK(fast->host == slow.host);
            CHECK(fast->port == slow.port);
            CHECK(fast->port_number == slow.port_number);
            CHECK(fast->is_null == slow.is_null);
            CHECK(fast->is_ip == slow.is_ip);
        }
    }
    CHECK(accepted > 1000);
}
