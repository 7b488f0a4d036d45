// The JSON schema tables (include/cors/detail/schema.hpp) against what they drive: docs/json.md
// documents each key, in table order, with the table's default; the unknown-field messages list
// exactly the table's keys; and the defaults of the scalar fields are what the loader applies.
#include <algorithm>
#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <cors/json.hpp>

#include "catch.hpp"

namespace {

struct doc_row {
    std::string key, default_cell;
};

// The table rows ("| `key` | type | default | meaning |") of the section of docs/json.md under
// `heading` (up to the next heading of any level).
std::vector<doc_row> documented(const std::string& heading) {
    std::ifstream in(std::string(CORS_SOURCE_DIR) + "/docs/json.md");
    REQUIRE(in);
    std::vector<doc_row> rows;
    bool inside = false, found = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind('#', 0) == 0) {
            inside = line == heading;
            found = found || inside;
            continue;
        }
        if (!inside || line.rfind("| `", 0) != 0) continue;
        std::vector<std::string> cells;
        std::stringstream cells_in(line.substr(1));
        for (std::string cell; std::getline(cells_in, cell, '|');) cells.push_back(cell);
        REQUIRE(cells.size() >= 4);
        const std::size_t close = cells[0].find('`', 2);
        std::string def;
        for (char c : cells[2])
            if (c != '`') def += c;
        rows.push_back({cells[0].substr(2, close - 2), def});
    }
    INFO(heading);
    CHECK(found);
    return rows;
}

template <class Owner, std::size_t N>
void check_documented(const cors::detail::schema_field<Owner> (&table)[N], const std::string& heading) {
    const std::vector<doc_row> rows = documented(heading);
    std::vector<std::string> keys, doc_keys;
    for (const auto& f : table) keys.emplace_back(f.key);
    for (const doc_row& r : rows) doc_keys.push_back(r.key);
    INFO("docs/json.md, section " << heading);
    CHECK(doc_keys == keys);  // every key, no other, in table order
    for (std::size_t i = 0; i < rows.size() && i < N; ++i) {
        INFO(rows[i].key << ": default cell \"" << rows[i].default_cell << "\"");
        CHECK(rows[i].default_cell.find(table[i].default_value) != std::string::npos);
    }
}

// The keys an unknown-field message says are expected: "... expected one of a, b, c" or
// "... expected a or b".
std::vector<std::string> expected_in(const std::vector<cors::diagnostic>& diagnostics, const std::string& field) {
    for (const cors::diagnostic& d : diagnostics) {
        if (d.code != cors::errc::json_unknown_field || d.field != field) continue;
        const std::size_t at = d.message.find("expected ");
        REQUIRE(at != std::string::npos);
        std::string list = d.message.substr(at + 9);
        if (list.rfind("one of ", 0) == 0) list = list.substr(7);
        std::vector<std::string> keys;
        for (std::size_t pos = 0;;) {
            const std::size_t comma = list.find(", ", pos), either = list.find(" or ", pos);
            const std::size_t end = std::min(comma, either);
            keys.push_back(list.substr(pos, end - pos));
            if (end == std::string::npos) break;
            pos = end + (end == comma ? 2 : 4);
        }
        return keys;
    }
    FAIL("no unknown-field diagnostic at " << field);
    return {};
}

template <class Owner, std::size_t N>
std::vector<std::string> keys_of(const cors::detail::schema_field<Owner> (&table)[N]) {
    std::vector<std::string> keys;
    for (const auto& f : table) keys.emplace_back(f.key);
    return keys;
}

}  // namespace

TEST_CASE("docs/json.md documents every key of each schema table, in its order, with its default", "[schema]") {
    check_documented(cors::detail::policy_schema, "## Schema");
    check_documented(cors::detail::cross_origin_protection_schema, "### `cross_origin_protection`");
    check_documented(cors::detail::router_schema, "## Routers");
    check_documented(cors::detail::route_schema, "### A route");
}

TEST_CASE("the unknown-field messages list exactly the table's keys", "[schema]") {
    const cors::build_result policy = cors::policy_from_json(R"({"zzzzzzzzzzzz": 1})");
    CHECK(expected_in(policy.diagnostics(), "/zzzzzzzzzzzz") == keys_of(cors::detail::policy_schema));

    const cors::build_result protection = cors::policy_from_json(R"({"cross_origin_protection": {"zzzzzzzzzzzz": 1}})");
    CHECK(expected_in(protection.diagnostics(), "/cross_origin_protection/zzzzzzzzzzzz") ==
          keys_of(cors::detail::cross_origin_protection_schema));

    const cors::router_build_result router =
        cors::router_from_json(R"({"zzzzzzzzzzzz": 1, "routes": [{"zzzzzzzzzzzz": 1, "policy": {}}]})");
    CHECK(expected_in(router.diagnostics(), "/zzzzzzzzzzzz") == keys_of(cors::detail::router_schema));
    CHECK(expected_in(router.diagnostics(), "/routes/0/zzzzzzzzzzzz") == keys_of(cors::detail::route_schema));
}

TEST_CASE("the tables' defaults of the scalar fields are what a document without them gets", "[schema]") {
    namespace d = cors::detail;
    const cors::build_result r = cors::policy_from_json("{}");
    REQUIRE(r);
    const cors::config& c = r->source();
    for (const auto& f : d::policy_schema) {
        INFO(f.key);
        if (f.kind == d::field_kind::boolean || f.kind == d::field_kind::flag)
            CHECK(*d::member_of<bool>(f, c) == (f.default_value == "true"));
        if (f.kind == d::field_kind::status) CHECK(*d::member_of<int>(f, c) == d::default_status(f));
    }
    CHECK(c.preflight_success_status == 200);  // Kong's, where config's own is 204
    for (const auto& f : d::cross_origin_protection_schema) {
        INFO(f.key);
        if (f.kind == d::field_kind::flag) CHECK(*d::member_of<bool>(f, c.cross_origin_protection) == false);
        if (f.kind == d::field_kind::status)
            CHECK(*d::member_of<int>(f, c.cross_origin_protection) == d::default_status(f));
    }
}

TEST_CASE("a JSON key and its C++ member are named apart only where the table says so", "[schema]") {
    // The engine reports config's names; the loader reports the document's.
    const cors::build_result r =
        cors::policy_from_json(R"({"origins": ["https://a.example"], "headers": ["x y"], "preflight_status": 302})");
    REQUIRE_FALSE(r);
    std::vector<std::string> fields;
    for (const cors::diagnostic& diag : r.diagnostics()) fields.push_back(diag.field);
    CHECK(fields == std::vector<std::string>{"/headers/0", "/preflight_status"});
    std::vector<std::string> renamed;
    for (const auto& f : cors::detail::policy_schema)
        if (f.name() != f.key) renamed.push_back(std::string(f.key) + "/" + std::string(f.name()));
    for (const auto& f : cors::detail::router_schema)
        if (f.name() != f.key) renamed.push_back(std::string(f.key) + "/" + std::string(f.name()));
    for (const auto& f : cors::detail::route_schema)
        if (f.name() != f.key) renamed.push_back(std::string(f.key) + "/" + std::string(f.name()));
    CHECK(renamed == std::vector<std::string>{"headers/request_headers", "preflight_status/preflight_success_status",
                                              "default/default_policy", "policy/config"});
}
