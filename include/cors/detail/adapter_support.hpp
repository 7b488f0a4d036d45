#pragma once
// The adapters' contract, written once: what every server adapter (cors/adapters/*.hpp) does to
// a response for a decision. An adapter is its server's header calls, as a small class:
//
//   struct calls {
//       // f(std::string_view) for each Vary line of the response, in order
//       template <class F> void for_each_vary(F&& f) const;
//       void erase(std::string_view name);                            // every line of `name`
//       void replace(std::string_view name, std::string_view value);  // leaves one line `name: value`
//       // for finish_answer only:
//       void clear_body();
//       int status() const;
//   };
//
// Names are compared case-insensitively by the server (HTTP field names). `replace` should
// overwrite an existing line in place where the server allows it (no erase-then-insert), and
// nothing here builds a temporary string: the merged Vary lives in response_header_set's buffer.

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "../adapters/denial.hpp"
#include "../decision.hpp"
#include "../request.hpp"
#include "../policy.hpp"
#include "../response.hpp"
#include "../router.hpp"
#include "../shadow.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// Whether two names are the same spelling; the decision's names are the header_name constants,
// so the same view mostly (no byte compared).
constexpr bool same_spelling(std::string_view a, std::string_view b) noexcept {
    return (a.data() == b.data() && a.size() == b.size()) || a == b;
}

// The engine's Access-Control-Allow-Origin and -Credentials, when the decision does not set
// them, are erased (one the decision sets is replaced: one lookup instead of two); the
// decision's names are the canonical header_name spellings, so an exact comparison will do.
template <class Calls>
void erase_owned_headers(const decision& d, Calls& calls) {
    for (const std::string_view name : owned_header_names) {
        bool set_below = false;
        for (const header& h : d.headers()) set_below = set_below || same_spelling(h.name, name);
        if (!set_below) calls.erase(name);
    }
}

// decorate() when the response has Vary lines: merged in response_header_set's buffer.
template <class Calls>
void decorate_merged(const decision& d, Calls& calls) {
    response_header_set set(d);
    if (set.merges_vary()) calls.for_each_vary([&set](std::string_view line) { set.add_existing_vary(line); });
    set.finish(d);
    erase_owned_headers(d, calls);
    for (const header h : set) calls.replace(h.name, h.value);
}

// Room for the decision's Vary tokens joined (at most four header names, the longest 38 bytes).
inline constexpr std::size_t vary_join_capacity = 256;

// Decorates a response, whatever its status:
// - removes any Access-Control-Allow-Origin and Access-Control-Allow-Credentials already set:
//   the engine owns these two, so a response never carries two ACAO lines, and a denied origin
//   gets no ACAO even if the handler set one;
// - sets each of the decision's headers, replacing any value of that name;
// - merges the decision's Vary tokens into the response's Vary (all its lines joined), each
//   token once, keeping the handler's own tokens (`Vary: Accept-Encoding, Origin`).
template <class Calls>
void decorate(const decision& d, Calls& calls) {
    const auto& tokens = d.vary();
    bool has_vary_line = false;
    if (!tokens.empty()) calls.for_each_vary([&has_vary_line](std::string_view) { has_vary_line = true; });
    if (has_vary_line) return decorate_merged(d, calls);
    // The usual case, no Vary to merge with: the decision's headers as they are, and Vary the
    // tokens joined, each once, as the merge would make it (vary.hpp), in a small buffer.
    char vary[vary_join_capacity];
    std::size_t n = 0;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const std::string_view token = tokens[t];
        bool seen = false;
        for (std::size_t i = 0; i < t && !seen; ++i) seen = iequals(tokens[i], token);
        if (seen) continue;
        // Not with the engine's tokens (header names); the merge knows what to do.
        if (token.empty() || token == "*" || n + token.size() + 2 > sizeof(vary)) return decorate_merged(d, calls);
        if (n) {
            vary[n++] = ',';
            vary[n++] = ' ';
        }
        std::memcpy(vary + n, token.data(), token.size());
        n += token.size();
    }
    erase_owned_headers(d, calls);
    for (const header& h : d.headers()) calls.replace(h.name, h.value);
    if (n) calls.replace(header_name::vary, std::string_view(vary, n));
}

// Whether request_view::add_header can record a field of this name: a length and a first
// byte (case-insensitively) that one of its names has (and for Sec-Fetch-Site, byte 10) (host, origin, :authority,
// sec-fetch-site, access-control-request-method, -headers, -private-network). The adapters
// skip every other field without a name comparison; tests/adapter_support_test.cpp holds the
// two lists together.
inline bool engine_may_read(std::string_view name) noexcept {
    if (name.empty()) return false;
    const char first = to_lower(name[0]);
    switch (name.size()) {
        case 4:
            return first == 'h';
        case 6:
            return first == 'o';
        case 10:
            return first == ':';
        case 14:  // and byte 10: a browser sends Sec-Fetch-Mode, -Dest and -User too
            return first == 's' && to_lower(name[10]) == 's';
        case 29:
        case 30:
        case 38:
            return first == 'a';
        default:
            return false;
    }
}

// Every header name the contract touches (the decision's, Vary, and finish_answer's), so that
// an adapter can map them to its server's own keys once (a Beast field, a prebuilt std::string).
inline constexpr std::string_view contract_header_names[] = {header_name::allow_origin,
                                                             header_name::allow_credentials,
                                                             header_name::allow_methods,
                                                             header_name::allow_headers,
                                                             header_name::max_age,
                                                             header_name::expose_headers,
                                                             header_name::allow_private_network,
                                                             header_name::vary,
                                                             "Content-Type",
                                                             "Content-Length"};
inline constexpr std::size_t contract_header_count = sizeof(contract_header_names) / sizeof(contract_header_names[0]);

// The index of `name` (exact spelling) in contract_header_names, or contract_header_count: one
// switch on the length (only Allow-Methods and Allow-Headers share one, told apart by byte 21),
// then one comparison, since an adapter maps every header it sets through this.
// clang-format off
inline std::size_t contract_header_index(std::string_view name) noexcept {
    // By length: Vary, Content-Type, Content-Length, -Max-Age, -Allow-Origin, -Allow-Methods or
    // -Allow-Headers, -Expose-Headers, -Allow-Credentials, -Allow-Private-Network.
    std::size_t i = contract_header_count;
    switch (name.size()) {
        case 4: i = 7; break;
        case 12: i = 8; break;
        case 14: i = 9; break;
        case 22: i = 4; break;
        case 27: i = 0; break;
        case 28: i = name[21] == 'M' ? 2 : 3; break;
        case 29: i = 5; break;
        case 32: i = 1; break;
        case 36: i = 6; break;
        default: return contract_header_count;
    }
    return same_spelling(contract_header_names[i], name) ? i : contract_header_count;
}
// clang-format on

// The contract's names in a server's own string type (make(std::string_view) builds one), built
// once: for header calls that take const std::string& or a QByteArray, since most names are
// too long for a small-string buffer and a string made per call would allocate. Any other
// name: null (the caller makes one).
template <class String, class Make>
const String* contract_header_as(std::string_view name, Make make) {
    struct table {
        String names[contract_header_count];
        explicit table(Make& m) {
            for (std::size_t i = 0; i < contract_header_count; ++i) names[i] = m(contract_header_names[i]);
        }
    };
    static const table t(make);
    const std::size_t i = contract_header_index(name);
    return i < contract_header_count ? &t.names[i] : nullptr;
}

inline const std::string* contract_header_string(std::string_view name) {
    return contract_header_as<std::string>(name, [](std::string_view s) { return std::string(s); });
}

// Completes a response the engine answers itself (decision::action() == action::respond, its
// status already set): no body (an error page may have set one for a 4xx), no Content-Type,
// and `Content-Length: 0`, except on a 204, which must not carry one.
template <class Calls>
void finish_answer(Calls& calls) {
    calls.clear_body();
    calls.erase("Content-Type");
    if (calls.status() == 204)
        calls.erase("Content-Length");
    else
        calls.replace("Content-Length", "0");
}

// Calls the adapter's on_denied hook, if any, when CORS denied the request.
inline void report_denial(const denial_hook& on_denied, const request_view& request, const decision& d) {
    if (on_denied && !d.allowed()) on_denied(denial(request, d));
}

// The same engine without its observer or shadow candidate, for an adapter's early look (is this
// a request the engine answers itself?): the call that decides the response reports it.
inline cors::policy quiet(const cors::policy& p) { return p.with_observer(nullptr); }
inline cors::router quiet(const cors::router& r) { return r.with_observer(nullptr); }
template <class Engine>
Engine quiet(const cors::shadowed<Engine>& s) {
    return quiet(s.enforced());
}

}  // namespace detail
}  // namespace v1
}  // namespace cors
