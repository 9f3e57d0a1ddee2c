/* LEG901 unused-suppression: raised by the engine (suppressions) or by leges check (configuration). */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_leg901 = {
	.code = "LEG901",
	.name = "unused-suppression",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a <?leges ignore …?> suppression matches no finding",
	.source = "DESIGN.md 5 (suppressions; ruff RUF100 unused-noqa analogue)",
	.check = NULL,
	.dialects = ~0u,
};
