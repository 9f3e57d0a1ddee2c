/* EU603 correlation-provision-missing: a directive provision that needs transposition has no row in the correlation table (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu603 = {
	.code = "EU603",
	.name = "correlation-provision-missing",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE | LEGES_PROFILE_GENERIC,
	.summary = "a directive provision that needs transposition has no row in the correlation table",
	.source = "RULES.md 3A EUX-CONCORDANCE, 3D; DESIGN 4 (omzettingstabel)",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
