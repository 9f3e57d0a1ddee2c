/* EU608 regulation-transposed: a regulation or decision is treated as if it were transposed (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu608 = {
	.code = "EU608",
	.name = "regulation-transposed",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a regulation or decision is treated as if it were transposed",
	.source = "CJEU 34/73 Variola (RULES.md 1E CLS-NO-REG-TRANSCRIPTION, 3A EUX-NO-COPY-REG)",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
