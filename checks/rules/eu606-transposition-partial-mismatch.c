/* EU606 transposition-partial-mismatch: the clause says complete (or partial) transposition but the correlation table says otherwise (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu606 = {
	.code = "EU606",
	.name = "transposition-partial-mismatch",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE | LEGES_PROFILE_GENERIC,
	.summary = "the clause says complete (or partial) transposition but the correlation table says otherwise",
	.source = "RULES.md 1E CLS-TRANSPOSITION-PARTIAL, 3D",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
