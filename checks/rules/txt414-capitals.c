/* TXT414 capitals: words written in capitals in the normative text. */
#include "config.h"

#include "checks/capitals.h"

static int check(struct leges_check_ctx *ctx)
{
	return leges_caps_scan(ctx, LEGES_CAPS_WORDS);
}

const struct leges_rule leges_rule_txt414 = {
	.code = "TXT414",
	.name = "capitals",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "words are written in capitals outside the fixed formulas",
	.source = "VL-LTA, spelling (no words in capitals except the fixed formulas and surnames of signatories) (RULES-VL.md 1B LNG-CAPS)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
