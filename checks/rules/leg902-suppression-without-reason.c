/* LEG902 suppression-without-reason: raised by the engine (suppressions) or by leges check (configuration). */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_leg902 = {
	.code = "LEG902",
	.name = "suppression-without-reason",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a <?leges ignore …?> suppression gives no reason",
	.source = "DESIGN.md 5 (a reason is required)",
	.check = NULL,
	.dialects = ~0u,
};
