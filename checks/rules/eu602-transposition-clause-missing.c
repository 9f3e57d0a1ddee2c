/* EU602 transposition-clause-missing: the draft transposes a directive but no transposition clause names it (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu602 = {
	.code = "EU602",
	.name = "transposition-clause-missing",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE | LEGES_PROFILE_GENERIC,
	.summary = "the draft transposes a directive but no transposition clause names it",
	.source = "directive reference clause; RULES.md 1E CLS-TRANSPOSITION, 3A EUX-REF-CLAUSE",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
