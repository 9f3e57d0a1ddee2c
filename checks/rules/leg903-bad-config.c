/* LEG903 bad-config: raised by the engine (suppressions) or by leges check (configuration). */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_leg903 = {
	.code = "LEG903",
	.name = "bad-config",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the .leges.ini configuration has an unknown section or key",
	.source = "DESIGN.md 5 (configuration .leges.ini)",
	.check = NULL,
	.dialects = ~0u,
};
