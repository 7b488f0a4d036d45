#pragma once
// What a server sets on a response for a decision, in one call: the decision's headers and, when
// the decision varies, the response's Vary merged with its tokens. For custom servers and the
// adapters alike:
//
//   for (std::string_view name : cors::owned_header_names) response.erase(name);
//   for (const cors::header& h : cors::response_headers(d, response.get("Vary")))
//       response.set(h.name, h.value);                       // replace any value of that name
//
// Copying only decision::headers() would lose Vary, and a shared cache would then hand one
// origin's response to another. No allocation; the views live as long as the decision does.

#include <cstddef>
#include <cstring>
#include <iterator>
#include <string_view>

#include "decision.hpp"
#include "detail/static_vector.hpp"
#include "vary.hpp"

namespace cors {
inline namespace v1 {

// The response headers the engine owns: remove them before setting the decision's, so that a
// response never carries two Access-Control-Allow-Origin lines, nor the handler's own for an
// origin the policy denies.
inline constexpr std::string_view owned_header_names[] = {header_name::allow_origin, header_name::allow_credentials};

// The headers to set (each replacing any value of its name): the decision's, then Vary when the
// decision has Vary tokens. Cheap to copy; valid while the decision is.
class response_header_set {
public:
    // A merged Vary longer than this becomes "*" (varies on everything: never wrongly cached).
    static constexpr std::size_t max_vary_length = 1024;

    std::size_t size() const noexcept { return headers_.size() + (has_vary_ ? 1 : 0); }
    header operator[](std::size_t i) const noexcept {
        return i < headers_.size() ? headers_[i] : header{header_name::vary, vary()};
    }
    // The Vary value to set, or an empty view when Vary is left as it is.
    std::string_view vary() const noexcept {
        return has_vary_ ? std::string_view(vary_, vary_length_) : std::string_view();
    }

    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = header;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = header;
        header operator*() const noexcept { return (*set_)[i_]; }
        iterator& operator++() noexcept {
            ++i_;
            return *this;
        }
        iterator operator++(int) noexcept {
            iterator old = *this;
            ++i_;
            return old;
        }
        bool operator==(const iterator& o) const noexcept { return i_ == o.i_; }
        bool operator!=(const iterator& o) const noexcept { return i_ != o.i_; }

    private:
        friend class response_header_set;
        iterator(const response_header_set* set, std::size_t i) noexcept : set_(set), i_(i) {}
        const response_header_set* set_;
        std::size_t i_;
    };
    iterator begin() const noexcept { return iterator(this, 0); }
    iterator end() const noexcept { return iterator(this, size()); }

    // Builds the set for `d`; the response's existing Vary is given line by line (none: empty).
    explicit response_header_set(const decision& d) noexcept : headers_(d.headers()), has_vary_(!d.vary().empty()) {}
    // False when the decision has no Vary token: the response's Vary is then left as it is and
    // its lines need not be read.
    bool merges_vary() const noexcept { return has_vary_; }
    void add_existing_vary(std::string_view line) noexcept {
        if (!has_vary_) return;
        buffer_out out{*this};
        detail::append_vary_line(out, line);
    }
    void finish(const decision& d) noexcept {
        if (!has_vary_) return;
        buffer_out out{*this};
        detail::append_vary_tokens(out, d.vary());
        if (overflow_) {
            vary_[0] = '*';
            vary_length_ = 1;
        }
    }

private:
    // The fixed buffer as the output of the Vary merge (cors/vary.hpp); past max_vary_length
    // it only records the overflow.
    struct buffer_out {
        response_header_set& set;
        std::string_view view() const noexcept { return std::string_view(set.vary_, set.vary_length_); }
        void truncate(std::size_t n) noexcept { set.vary_length_ = n; }
        void append(std::string_view s) noexcept {
            if (set.overflow_ || s.size() > max_vary_length - set.vary_length_) {
                set.overflow_ = true;
                return;
            }
            std::memcpy(set.vary_ + set.vary_length_, s.data(), s.size());
            set.vary_length_ += s.size();
        }
    };

    detail::static_vector<header, 8> headers_;
    bool has_vary_ = false;
    bool overflow_ = false;
    std::size_t vary_length_ = 0;
    char vary_[max_vary_length];
};

// The headers to set for `d` on a response whose Vary value is `existing_vary` (several Vary
// lines: use the overload taking them all, or join them with ", ").
inline response_header_set response_headers(const decision& d, std::string_view existing_vary = {}) noexcept {
    response_header_set set(d);
    set.add_existing_vary(existing_vary);
    set.finish(d);
    return set;
}

// Same, with the response's Vary lines as any range of string-like values.
template <class VaryLines>
response_header_set response_headers_for_lines(const decision& d, const VaryLines& existing_vary_lines) noexcept {
    response_header_set set(d);
    for (const auto& line : existing_vary_lines) set.add_existing_vary(std::string_view(line));
    set.finish(d);
    return set;
}

}  // namespace v1
}  // namespace cors
