/* EU605 correlation-duplicate: the correlation table lists the same row twice (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu605 = {
	.code = "EU605",
	.name = "correlation-duplicate",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE | LEGES_PROFILE_GENERIC,
	.summary = "the correlation table lists the same row twice",
	.source = "RULES.md 3D; DESIGN 4 (one row per directive provision)",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
