// Reading a policy file, for the tools (cors-decide, cors-lint) and the example servers: a Kong
// CORS plugin config, or a router of them ({"routes": [...], "default": {...}}), or (built
// with cors::kong, CORS_POLICY_FILE_KONG defined) a Kong declarative file (kong.yml).
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <cors/json.hpp>
#ifdef CORS_POLICY_FILE_KONG
#include <cors/kong.hpp>
#endif

namespace policy_file {

// Returns 0 or an errno value. std::FILE reports reading a directory (EISDIR), which
// std::ifstream would pass off as an empty file.
inline int read_file(const std::string& path, std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return errno;
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
    const int error = std::ferror(file) ? errno : 0;
    std::fclose(file);
    return error;
}

// A router file has "routes" or "default" at the top; anything else is read as one policy.
inline bool is_router(const std::string& text) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    return j.is_object() && (j.contains("routes") || j.contains("default"));
}

// A policy or a router, as the file says.
struct engine {
    std::optional<cors::policy> policy;
    std::optional<cors::router> router;

    cors::decision evaluate(const cors::request_view& r) const& noexcept {
        return router ? router->evaluate(r) : policy->evaluate(r);
    }
    cors::decision evaluate(const cors::request_view& r) const&& = delete;

    engine with_observer(std::shared_ptr<cors::decision_observer> observer) const {
        engine out;
        if (router) out.router = router->with_observer(std::move(observer));
        if (policy) out.policy = policy->with_observer(std::move(observer));
        return out;
    }
};

// Loads a policy or a router from JSON text and prints every diagnostic on standard error, one
// per line (errors and warnings alike: when a policy fails, its warnings are worth fixing too).
// Empty when it does not load.
inline std::optional<engine> load_engine(const std::string& text) {
    const auto report = [](const auto& loaded) {
        for (const cors::diagnostic& d : loaded.diagnostics()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
        return loaded.has_value();
    };
    engine out;
    if (is_router(text)) {
        cors::router_build_result loaded = cors::router_from_json(text);
        if (!report(loaded)) return std::nullopt;
        out.router = std::move(loaded).value();
    } else {
        cors::build_result loaded = cors::policy_from_json(text);
        if (!report(loaded)) return std::nullopt;
        out.policy = std::move(loaded).value();
    }
    return out;
}

// A Kong declarative file has "_format_version" at the top: a key of the JSON object, or a line
// that starts with it (YAML, or JSON that does not parse).
inline bool is_kong(const std::string& text) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_discarded()) return j.is_object() && j.contains("_format_version");
    std::size_t at = 0;
    for (;;) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '{')) ++at;
        for (const std::string_view key : {"_format_version", "\"_format_version\""}) {
            if (text.compare(at, key.size(), key) != 0) continue;
            std::size_t k = at + key.size();
            while (k < text.size() && text[k] == ' ') ++k;
            if (k < text.size() && text[k] == ':') return true;
        }
        const std::size_t line_end = text.find('\n', at);
        if (line_end == std::string::npos) return false;
        at = line_end + 1;
    }
}

// Loads a Kong declarative file (YAML or JSON) into a router, printing every diagnostic on
// standard error; empty when it does not load or the program was built without cors::kong.
inline std::optional<engine> load_kong_engine(const std::string& text, const char* program) {
#ifdef CORS_POLICY_FILE_KONG
    (void)program;
    cors::router_build_result loaded = cors::router_from_kong(text);
    for (const cors::diagnostic& d : loaded.diagnostics()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    if (!loaded) return std::nullopt;
    engine out;
    out.router = std::move(loaded).value();
    return out;
#else
    (void)text;
    std::fprintf(stderr, "%s: built without cors::kong (yaml-cpp), cannot read a Kong declarative file\n", program);
    return std::nullopt;
#endif
}

}  // namespace policy_file
