#pragma once
// A second, slow, obviously correct implementation of the CORS decision, written from the Fetch
// standard's text and the README's rules, for differential testing. It shares nothing with the
// engine but the public config type: strings and std::regex, no caps on effort, no cleverness.
// It assumes the config is valid (the engine built it).

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include <cors/config.hpp>

namespace model {

struct request {
    std::string method;
    std::vector<std::pair<std::string, std::string>> headers;  // field lines, in order
};

struct result {
    std::string kind;  // "not_cors", "actual", "preflight"
    bool allowed = true;
    std::optional<int> status;  // when the server answers by itself
    std::vector<std::pair<std::string, std::string>> headers;
    std::vector<std::string> vary;
};

inline std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

inline bool is_token(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) ||
              std::string("!#$%&'*+-.^_`|~").find(c) != std::string::npos))
            return false;
    return true;
}

// Every value of a header (case-insensitive name), OWS-trimmed, in order.
inline std::vector<std::string> values(const request& r, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& [n, v] : r.headers) {
        if (lower(n) != lower(name)) continue;
        std::string t = v;
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(t.begin());
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
        out.push_back(t);
    }
    return out;
}

// The Fetch serialized-origin grammar, strictly (plus '_' in hosts and one trailing dot).
struct parsed_origin {
    std::string scheme, host, port;  // port "" when absent
    bool ip = false;
};

inline std::optional<parsed_origin> parse(const std::string& s) {
    static const std::regex shape(R"(([a-z][a-z0-9+.\-]*)://(\[[0-9a-f:]+\]|[a-z0-9_.\-]+)(?::([1-9][0-9]{0,4}))?)");
    if (s.size() > 327) return std::nullopt;
    std::smatch m;
    if (!std::regex_match(s, m, shape)) return std::nullopt;
    parsed_origin o{m[1], m[2], m[3], false};
    if (o.scheme.size() > 64 || o.scheme == "file") return std::nullopt;
    if (!o.port.empty()) {
        if (std::stol(o.port) > 65535) return std::nullopt;
        if ((o.port == "80" && (o.scheme == "http" || o.scheme == "ws")) ||
            (o.port == "443" && (o.scheme == "https" || o.scheme == "wss")) || (o.port == "21" && o.scheme == "ftp"))
            return std::nullopt;
    }
    if (o.host[0] == '[') {
        o.ip = true;  // only the IPv6 addresses the generator produces, all canonical
        return o;
    }
    std::string h = o.host;
    if (h.back() == '.') h.pop_back();
    if (h.size() > 253) return std::nullopt;
    std::vector<std::string> labels;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = h.find('.', start);
        labels.push_back(h.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    for (const std::string& l : labels)
        if (l.empty() || l.size() > 63) return std::nullopt;
    const std::string& last = labels.back();
    if (std::all_of(last.begin(), last.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
        last.rfind("0x", 0) == 0) {
        static const std::regex ipv4(
            R"((0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2}))");
        std::smatch q;
        if (!std::regex_match(h, q, ipv4)) return std::nullopt;
        for (std::size_t i = 1; i <= 4; ++i)
            if (std::stoi(q[i]) > 255) return std::nullopt;
        o.ip = true;
    }
    return o;
}

// Does allow-list entry `e` (exact, "*.", ":*") allow canonical origin `o` (text `s`)?
inline bool entry_allows(const std::string& e, const parsed_origin& o, const std::string& s) {
    if (e == s) return true;
    const std::size_t sep = e.find("://");
    if (sep == std::string::npos || e.substr(0, sep) != o.scheme) return false;
    std::string rest = e.substr(sep + 3);
    bool any_port = false;
    if (rest.size() >= 2 && rest.compare(rest.size() - 2, 2, ":*") == 0) {
        any_port = true;
        rest.resize(rest.size() - 2);
    }
    std::string port;
    if (!any_port && rest[0] != '[') {
        const std::size_t colon = rest.find(':');
        if (colon != std::string::npos) {
            port = rest.substr(colon + 1);
            rest.resize(colon);
        }
    }
    if (!any_port && port != o.port) return false;
    if (rest.rfind("*.", 0) == 0) {
        const std::string suffix = rest.substr(1);  // ".example.com"
        return !o.ip && o.host.size() > suffix.size() &&
               o.host.compare(o.host.size() - suffix.size(), suffix.size(), suffix) == 0;
    }
    return rest == o.host;
}

// Access-Control-Expose-Headers: the configured names, each once (case-insensitively).
inline std::string expose_value(const cors::config& c) {
    std::vector<std::string> seen;
    std::string expose;
    for (const std::string& h : c.exposed_headers) {
        if (std::find(seen.begin(), seen.end(), lower(h)) != seen.end()) continue;
        seen.push_back(lower(h));
        expose += (expose.empty() ? "" : ",") + h;
    }
    return expose;
}

inline result decide(const cors::config& c, const request& r) {
    result out;
    const std::string expose = expose_value(c);
    const std::vector<std::string> origins = values(r, "Origin");
    const bool any = std::find(c.origins.begin(), c.origins.end(), "*") != c.origins.end();
    const bool reflect_any = any && c.credentials;  // only valid with the dangerous opt-in
    const bool dynamic = !any || reflect_any;
    if (origins.empty()) {
        out.kind = "not_cors";
        // Without Vary, a cache hands this response to requests with an Origin: only "*"
        // answered alike without Origin may omit it.
        if (dynamic || !c.allow_origin_absent)
            out.vary = {"Origin"};
        else {
            out.headers.push_back({"Access-Control-Allow-Origin", "*"});
            if (!expose.empty()) out.headers.push_back({"Access-Control-Expose-Headers", expose});
        }
        return out;
    }
    const std::vector<std::string> acrm = values(r, "Access-Control-Request-Method");
    const bool preflight = r.method == "OPTIONS" && !acrm.empty();
    out.kind = preflight ? "preflight" : "actual";

    // The origin.
    bool ok = origins.size() == 1;
    const std::string origin = origins.front();
    if (ok) {
        if (origin == "null") {
            ok = std::find(c.origins.begin(), c.origins.end(), "null") != c.origins.end() || (any && !reflect_any);
        } else if (const std::optional<parsed_origin> o = parse(origin)) {
            ok = any;
            for (const std::string& e : c.origins) ok = ok || (e != "*" && e != "null" && entry_allows(e, *o, origin));
            for (const cors::origin_regex& rx : c.origin_regexes)
                ok = ok ||
                     std::regex_match(rx.target == cors::regex_target::host ? o->host : origin, std::regex(rx.pattern));
            if (c.origin_predicate) ok = ok || c.origin_predicate(origin);
        } else {
            ok = false;
        }
    }
    const std::string acao = dynamic ? origin : "*";

    if (!preflight) {
        out.allowed = ok;
        if (dynamic || !ok || !c.allow_origin_absent) out.vary = {"Origin"};
        if (!ok) return out;
        out.headers.push_back({"Access-Control-Allow-Origin", acao});
        if (c.credentials) out.headers.push_back({"Access-Control-Allow-Credentials", "true"});
        if (!expose.empty()) out.headers.push_back({"Access-Control-Expose-Headers", expose});
        return out;
    }

    out.vary = {"Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers"};
    const std::vector<std::string> pna = values(r, "Access-Control-Request-Private-Network");
    if (c.private_network || !pna.empty()) out.vary.push_back("Access-Control-Request-Private-Network");

    // The method: one token; safelisted, "*", or listed after Fetch normalisation.
    const std::string method = acrm.front();
    if (ok) ok = acrm.size() == 1 && is_token(method);
    const bool safelisted = method == "GET" || method == "HEAD" || method == "POST";
    if (ok && !safelisted) {
        bool listed = false;
        for (const std::string& m : c.methods) {
            std::string n = m;
            for (const char* known : {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"})
                if (lower(m) == lower(known)) n = known;
            listed = listed || m == "*" || n == method;
        }
        ok = listed;
    }

    // The header list: at most 8 lines and 2048 bytes joined, at most 16 empty elements, tokens,
    // each allowed.
    const std::vector<std::string> lines = values(r, "Access-Control-Request-Headers");
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) joined += (i ? "," : "") + lines[i];
    std::size_t names = 0;
    if (ok && !lines.empty()) {
        ok = lines.size() <= 8 && joined.size() <= 2048;
        std::size_t empties = 0;
        std::size_t start = 0;
        while (ok) {
            const std::size_t comma = joined.find(',', start);
            std::string e = joined.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            while (!e.empty() && e.front() == ' ') e.erase(e.begin());
            while (!e.empty() && e.back() == ' ') e.pop_back();
            if (e.empty()) {
                ok = ++empties <= 16;
            } else if (!is_token(e)) {
                ok = false;
            } else {
                ++names;
                const bool star =
                    std::find(c.request_headers.begin(), c.request_headers.end(), "*") != c.request_headers.end();
                bool allowed = c.reflect_request_headers || (star && c.credentials);
                for (const std::string& h : c.request_headers) allowed = allowed || (h != "*" && lower(h) == lower(e));
                if (star && lower(e) != "authorization") allowed = true;
                ok = allowed;
            }
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    const bool pna_asked = !pna.empty() && pna.front() == "true";
    if (ok && pna_asked && !c.private_network) ok = false;

    out.allowed = ok;
    if (!c.preflight_continue) out.status = ok ? c.preflight_success_status : c.preflight_failure_status;
    if (!ok) return out;
    out.headers.push_back({"Access-Control-Allow-Origin", acao});
    if (c.credentials) out.headers.push_back({"Access-Control-Allow-Credentials", "true"});
    if (!safelisted) out.headers.push_back({"Access-Control-Allow-Methods", method});
    if (names > 0) out.headers.push_back({"Access-Control-Allow-Headers", joined});
    if (c.max_age) out.headers.push_back({"Access-Control-Max-Age", std::to_string(*c.max_age)});
    if (pna_asked) out.headers.push_back({"Access-Control-Allow-Private-Network", "true"});
    return out;
}

}  // namespace model
