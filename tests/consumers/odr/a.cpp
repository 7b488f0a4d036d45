// Two translation units including every public header, linked together: no ODR or
// multiple-definition errors (everything in a header must be inline).
#include <cors.hpp>
#include <cors/json.hpp>

bool allowed_in_a(const cors::policy& p, const cors::request_view& r) { return p.evaluate(r).allowed(); }
