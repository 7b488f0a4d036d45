// The adapters' shared contract (cors/detail/adapter_support.hpp) through the smallest adapter
// there is: a list of header lines and the five header calls. Every server adapter is this
// plus its server's calls (tests/http runs the real ones).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cors/detail/adapter_support.hpp>

#include "catch.hpp"
#include "test_support.hpp"

namespace {

struct list_response {
    int code = 200;
    std::string body = "handler body";
    std::vector<std::pair<std::string, std::string>> lines;
    int inserts = 0;  // lines added (not overwritten in place)

    std::vector<std::string> values(std::string_view name) const {
        std::vector<std::string> out;
        for (const auto& [n, v] : lines)
            if (cors::detail::iequals(n, name)) out.push_back(v);
        return out;
    }
};

class list_calls {
public:
    explicit list_calls(list_response& r) : r_(r) {}
    template <class F>
    void for_each_vary(F&& f) const {
        for (const auto& [n, v] : r_.lines)
            if (cors::detail::iequals(n, "Vary")) f(std::string_view(v));
    }
    void erase(std::string_view name) {
        std::vector<std::pair<std::string, std::string>> kept;
        for (auto& line : r_.lines)
            if (!cors::detail::iequals(line.first, name)) kept.push_back(std::move(line));
        r_.lines = std::move(kept);
    }
    // The first line of `name` overwritten, the others erased.
    void replace(std::string_view name, std::string_view value) {
        bool done = false;
        std::vector<std::pair<std::string, std::string>> kept;
        for (auto& line : r_.lines) {
            if (!cors::detail::iequals(line.first, name)) {
                kept.push_back(std::move(line));
            } else if (!done) {
                line.second = std::string(value);
                kept.push_back(std::move(line));
                done = true;
            }
        }
        r_.lines = std::move(kept);
        if (done) return;
        r_.lines.emplace_back(std::string(name), std::string(value));
        ++r_.inserts;
    }
    void clear_body() { r_.body.clear(); }
    int status() const { return r_.code; }

private:
    list_response& r_;
};

cors::policy credentialed() { return cors::policy::build(test::typical_config()); }

}  // namespace

TEST_CASE("decorate: the engine owns ACAO and ACAC, sets its headers once, merges every Vary line", "[adapter]") {
    const cors::policy p = credentialed();
    test::owned_request keep;
    list_response res;
    res.lines = {{"access-control-allow-origin", "*"},
                 {"Access-Control-Allow-Origin", "https://handler.example"},
                 {"Access-Control-Expose-Headers", "X-Handler"},
                 {"Vary", "Accept-Encoding"},
                 {"vary", "accept-language,"}};
    list_calls calls(res);

    SECTION("allowed") {
        cors::detail::decorate(test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep), calls);
        CHECK(res.values("Access-Control-Allow-Origin") == std::vector<std::string>{"https://app.example.com"});
        CHECK(res.values("Access-Control-Allow-Credentials") == std::vector<std::string>{"true"});
        CHECK(res.values("Access-Control-Expose-Headers") == std::vector<std::string>{"X-Request-Id"});
        CHECK(res.values("Vary") == std::vector<std::string>{"Accept-Encoding, accept-language, Origin"});
        CHECK(res.inserts == 1);  // ACAC; the handler's first ACAO line is overwritten, the other erased
        CHECK(res.body == "handler body");
    }
    SECTION("denied: no ACAO, whatever the handler set") {
        cors::detail::decorate(test::evaluate(p, "GET", {{"Origin", "https://evil.example"}}, keep), calls);
        CHECK(res.values("Access-Control-Allow-Origin").empty());
        CHECK(res.values("Access-Control-Expose-Headers") == std::vector<std::string>{"X-Handler"});
        CHECK(res.values("Vary").front() == "Accept-Encoding, accept-language, Origin");
    }
}

TEST_CASE("finish_answer: no body, Content-Length 0 except on a 204", "[adapter]") {
    list_response res;
    res.lines = {{"Content-Type", "application/json"}, {"Content-Length", "12"}};
    list_calls calls(res);
    SECTION("200") {
        cors::detail::finish_answer(calls);
        CHECK(res.body.empty());
        CHECK(res.values("Content-Type").empty());
        CHECK(res.values("Content-Length") == std::vector<std::string>{"0"});
    }
    SECTION("204") {
        res.code = 204;
        cors::detail::finish_answer(calls);
        CHECK(res.body.empty());
        CHECK(res.values("Content-Length").empty());
    }
}

TEST_CASE("report_denial: the hook hears denials only", "[adapter]") {
    const cors::policy p = credentialed();
    test::owned_request keep;
    int heard = 0;
    const cors::denial_hook hook = [&heard](const cors::denial& d) {
        ++heard;
        CHECK(d.why() == cors::reason::origin_not_allowed);
        CHECK(d.value_for_log() == "https://evil.example");
        CHECK(d.explanation() == cors::explain(cors::reason::origin_not_allowed));
    };
    const cors::decision allowed = test::evaluate(p, "GET", {{"Origin", "https://app.example.com"}}, keep);
    cors::detail::report_denial(hook, keep.view(), allowed);
    CHECK(heard == 0);
    const cors::decision denied = test::evaluate(p, "GET", {{"Origin", "https://evil.example"}}, keep);
    cors::detail::report_denial(hook, keep.view(), denied);
    CHECK(heard == 1);
    cors::detail::report_denial(nullptr, keep.view(), denied);  // no hook: nothing to call
    CHECK(heard == 1);
}

TEST_CASE("contract_header_index: every contract name, and nothing else", "[adapter]") {
    using cors::detail::contract_header_count;
    using cors::detail::contract_header_index;
    using cors::detail::contract_header_names;
    for (std::size_t i = 0; i < contract_header_count; ++i) {
        CHECK(contract_header_index(contract_header_names[i]) == i);
        // The exact spelling only: an adapter maps the names it sets itself.
        std::string lower(contract_header_names[i]);
        for (char& c : lower) c = cors::detail::to_lower(c);
        CHECK(contract_header_index(lower) == contract_header_count);
    }
    for (const std::string_view other :
         {"", "X-Request-Id", "Access-Control-Allow-Method", "Access-Control-Allow-Xethods",
          "Access-Control-Allow-Hxaders", "Access-Control-Request-Headers", "Origin", "Vory", "Content-Tipe",
          "Access-Control-Allow-Private-Networx"})
        CHECK(contract_header_index(other) == contract_header_count);
}

// The adapters' pre-filter must let through every name request_view::add_header records, in
// any case, and may drop only names add_header ignores.
TEST_CASE("engine_may_read: every name the engine reads passes, common others do not", "[adapter]") {
    using cors::detail::engine_may_read;
    const auto recorded = [](std::string_view name) {
        cors::request_view v;
        v.add_header(name, "x");
        return v.origin.present() || v.access_control_request_method.present() ||
               v.access_control_request_headers.present() || v.access_control_request_private_network.present() ||
               v.host.present() || v.authority.present() || v.sec_fetch_site.present();
    };
    for (const std::string_view name :
         {"Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers",
          "Access-Control-Request-Private-Network", "Host", ":authority", "Sec-Fetch-Site"}) {
        CHECK(recorded(name));
        std::string lower(name), upper(name);
        for (char& c : lower) c = cors::detail::to_lower(c);
        for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        CHECK(engine_may_read(name));
        CHECK(engine_may_read(lower));
        CHECK(engine_may_read(upper));
    }
    for (const std::string_view name :
         {"Accept", "Accept-Encoding", "Accept-Language", "User-Agent", "Referer", "Cookie", "Connection",
          "Content-Type", "Content-Length", "Authorization", "Cache-Control", "X-Request-Id", "", "Sec-Fetch-Mode-",
          "Sec-Fetch-Mode", "Sec-Fetch-Dest", "Sec-Fetch-User"}) {
        CHECK_FALSE(engine_may_read(name));
        CHECK_FALSE(recorded(name));
    }
}
