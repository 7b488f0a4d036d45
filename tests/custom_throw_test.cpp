// A user's CORS_THROW, defined before the first cors header, is the one the library uses
// (include/cors/detail/config.hpp defines each macro only if the user has not). A program of its
// own: every translation unit of a program must see the same definition.
#include <string>

namespace {
struct custom_failure {
    std::string message;
};
}  // namespace

#define CORS_THROW(exception) \
    throw custom_failure { (exception).what() }

#include <cors.hpp>

#include "catch.hpp"

TEST_CASE("config macros: a user-defined CORS_THROW replaces the library's") {
    cors::config c;
    c.origins = {"https://app.example.com/"};  // a trailing slash: origin_malformed
    bool caught = false;
    try {
        (void)cors::policy::build(c);
    } catch (const custom_failure& f) {
        caught = true;
        CHECK(f.message.find("https://app.example.com/") != std::string::npos);
    } catch (const cors::config_error&) {
        FAIL("the library threw its own exception, not the user's CORS_THROW");
    }
    CHECK(caught);

    // try_build never throws, whatever CORS_THROW is.
    CHECK_FALSE(cors::policy::try_build(c));
}
