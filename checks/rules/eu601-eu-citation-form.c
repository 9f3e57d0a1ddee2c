/* EU601 eu-citation-form: an EU act is cited in a wrong or outdated form (numbering, domain tag, 'nr.') (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu601 = {
	.code = "EU601",
	.name = "eu-citation-form",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an EU act is cited in a wrong or outdated form (numbering, domain tag, 'nr.')",
	.source = "EU Interinstitutional Style Guide 1.2.2 (RULES.md 1C REF-EU-FORMAT, 3B)",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
