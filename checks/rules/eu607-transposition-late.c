/* EU607 transposition-late: the draft enters into force after the directive's transposition deadline (the analysis is checks/eu/xref.c). */
#include "config.h"

#include "checks/engine.h"
#include "checks/eu/xref.h"

const struct leges_rule leges_rule_eu607 = {
	.code = "EU607",
	.name = "transposition-late",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE | LEGES_PROFILE_GENERIC,
	.summary = "the draft enters into force after the directive's transposition deadline",
	.source = "RULES.md 3A EUX-DEADLINE (Art. 258 and 260(3) TFEU)",
	.check = leges_xref_check,
	.dialects = LEGES_DIALECTS_AKN3,
};
