#pragma once
// What an adapter's on_denied hook hears (cors::beast::hooks, cors::httplib::hooks): why CORS
// denied a request, the value that made it deny, and where; the way to log denials:
//
//   hooks.on_denied = [](const cors::denial& d) {
//       std::fprintf(stderr, "CORS denied %s %s: %s \"%s\"\n", ...d.method_for_log(), d.path_for_log(),
//                    cors::to_string(d.why()), d.value_for_log());
//   };
//
// The *_for_log views are safe to write to a log as they are: printable ASCII kept, any other
// byte (CR, LF, NUL, non-ASCII) and '"' and '\' as \xHH, cut after max_logged_length bytes of
// input with "...". The raw views carry the client's bytes unchanged. Everything is valid only
// during the call; the hook runs on the request's thread, concurrently with other requests,
// and must not throw.
//
// Standard library only; a custom server builds one from its request view and decision.
//
// A hook rather than a cors::decision_observer (cors/observer.hpp), which stays the engine's
// own: an engine has one observer (with_observer replaces it; the example servers' counts
// metrics), it is a class to derive, and only the adapter knows when a request is decided
// twice (httplib's two routing hooks) but must be reported once. An observer can still build
// a denial from the request and decision it is given.

#include <cstddef>
#include <functional>
#include <string_view>

#include "../decision.hpp"
#include "../detail/ascii.hpp"  // escape_for_line
#include "../request.hpp"

namespace cors {
inline namespace v1 {

class denial {
public:
    // Bytes of a raw value shown in a *_for_log view (a hostile 8 KiB Origin stays one short line).
    static constexpr std::size_t max_logged_length = 128;

    denial(const request_view& request, const decision& d) noexcept
        : reason_(d.why()),
          kind_(d.kind()),
          method_(request.method),
          path_(request.path.substr(0, request.path.find('?'))),
          value_(d.offending_value()),
          method_log_(method_),
          path_log_(path_),
          value_log_(value_) {}
    denial(const denial&) = delete;
    denial& operator=(const denial&) = delete;

    cors::v1::reason why() const noexcept { return reason_; }
    // The rule behind why(), in words an operator can act on.
    std::string_view explanation() const noexcept { return explain(reason_); }
    request_kind kind() const noexcept { return kind_; }

    // Raw client bytes: escape them before logging (or use the *_for_log views).
    std::string_view method() const noexcept { return method_; }
    // The request target without its query (which may carry secrets), undecoded.
    std::string_view path() const noexcept { return path_; }
    // The origin, method or header name that made the engine deny; empty when the request is
    // denied for its path (reason::no_policy).
    std::string_view offending_value() const noexcept { return value_; }

    std::string_view method_for_log() const noexcept { return method_log_.view(); }
    std::string_view path_for_log() const noexcept { return path_log_.view(); }
    std::string_view value_for_log() const noexcept { return value_log_.view(); }

private:
    class escaped {
    public:
        explicit escaped(std::string_view raw) noexcept {
            const bool clipped = raw.size() > max_logged_length;
            if (clipped) raw = raw.substr(0, max_logged_length);
            detail::escape_for_line(raw, detail::quotes::escaped, [this](char c) noexcept { text_[length_++] = c; });
            if (clipped)
                for (int i = 0; i < 3; ++i) text_[length_++] = '.';
        }
        std::string_view view() const noexcept { return {text_, length_}; }

    private:
        std::size_t length_ = 0;
        char text_[max_logged_length * 4 + 3];
    };

    cors::v1::reason reason_;
    request_kind kind_;
    std::string_view method_;
    std::string_view path_;
    std::string_view value_;
    escaped method_log_;
    escaped path_log_;
    escaped value_log_;
};

// The type of every adapter's on_denied hook.
using denial_hook = std::function<void(const denial&)>;

}  // namespace v1
}  // namespace cors
