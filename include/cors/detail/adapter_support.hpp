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
#include <string_view>

#include "../adapters/denial.hpp"
#include "../decision.hpp"
#include "../request.hpp"
#include "../response.hpp"

namespace cors {
inline namespace v1 {
namespace detail {

// Decorates a response, whatever its status:
// - removes any Access-Control-Allow-Origin and Access-Control-Allow-Credentials already set:
//   the engine owns these two, so a response never carries two ACAO lines, and a denied origin
//   gets no ACAO even if the handler set one;
// - sets each of the decision's headers, replacing any value of that name;
// - merges the decision's Vary tokens into the response's Vary (all its lines joined), each
//   token once, keeping the handler's own tokens (`Vary: Accept-Encoding, Origin`).
template <class Calls>
void decorate(const decision& d, Calls& calls) {
    response_header_set set(d);
    if (set.merges_vary()) calls.for_each_vary([&set](std::string_view line) { set.add_existing_vary(line); });
    set.finish(d);
    // An owned name the decision sets is replaced below (one lookup instead of two); the
    // decision's names are the canonical header_name spellings, so == will do.
    for (const std::string_view name : owned_header_names) {
        bool set_below = false;
        for (const header& h : d.headers()) set_below = set_below || h.name == name;
        if (!set_below) calls.erase(name);
    }
    for (const header h : set) calls.replace(h.name, h.value);
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

// The index of `name` (exact spelling) in contract_header_names, or contract_header_count.
inline std::size_t contract_header_index(std::string_view name) noexcept {
    std::size_t i = 0;
    while (i < contract_header_count && contract_header_names[i] != name) ++i;
    return i;
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

}  // namespace detail
}  // namespace v1
}  // namespace cors
