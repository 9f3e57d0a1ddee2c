/* RIA802 ria-options: fewer than two options, or none of them the baseline. */
#include "config.h"

#include "checks/engine.h"
#include "checks/ria.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	const xmlNode *sec;
	size_t i;
	bool baseline = false;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	if (rc || !ria)
		return rc;
	/* Without an options section RIA801 speaks. */
	sec = ria->sections[LEGES_RIA_OPTIONS];
	for (i = 0; i < ria->noptions; i++)
		baseline = baseline || ria->options[i].baseline;
	if (sec && ria->noptions < 2)
		rc = leges_report(ctx, sec, NULL,
				  "the RIA describes %zu option%s (<hcontainer name=\"optie\">); it must compare at least two, "
				  "one of them the baseline", ria->noptions, ria->noptions == 1 ? "" : "s");
	else if (sec && !baseline)
		rc = leges_report(ctx, sec, NULL,
				  "no option is the baseline: mark the 'niets doen' option class=\"nuloptie\"");
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria802 = {
	.code = "RIA802",
	.name = "ria-options",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the RIA compares fewer than two options, or none is the baseline (nuloptie)",
	.source = "RIA handleiding 2006; EU Better Regulation Guidelines SWD(2021) 305 ch. 4 (RULES.md 2A RIA-NULOPTIE)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
