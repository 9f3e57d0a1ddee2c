/* EU604 correlation-national-missing: the correlation table names a national provision the draft does not have (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu604 = {
	.code = "EU604",
	.name = "correlation-national-missing",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE | LEGES_PROFILE_GENERIC,
	.summary = "the correlation table names a national provision the draft does not have",
	.source = "RULES.md 3D (national provisions that no longer exist)",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
