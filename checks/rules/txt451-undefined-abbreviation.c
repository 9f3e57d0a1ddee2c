/* TXT451 undefined-abbreviation: an abbreviation is used without being defined. */
#include "config.h"

#include "checks/capitals.h"

static int check(struct leges_check_ctx *ctx)
{
	return leges_caps_scan(ctx, LEGES_CAPS_ABBREVIATIONS);
}

const struct leges_rule leges_rule_txt451 = {
	.code = "TXT451",
	.name = "undefined-abbreviation",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an abbreviation is used without being written out or defined",
	.source = "Belgian practice ('hierna VLAIO te noemen', or the definitions article) (RULES.md 1D LNG-ABBREV)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
