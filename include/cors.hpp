#pragma once
// Umbrella header: the whole core engine (standard library only).
// Optional extras live in their own headers and targets.

#include "cors/build_result.hpp"
#include "cors/config.hpp"
#include "cors/decision.hpp"
#include "cors/errors.hpp"
#include "cors/metrics.hpp"
#include "cors/observer.hpp"
#include "cors/origin.hpp"
#include "cors/policy.hpp"
#include "cors/reloadable_policy.hpp"
#include "cors/request.hpp"
#include "cors/response.hpp"
#include "cors/router.hpp"
#include "cors/shadow.hpp"
#include "cors/vary.hpp"
#include "cors/version.hpp"
