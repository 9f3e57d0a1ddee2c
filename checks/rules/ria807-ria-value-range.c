/* RIA807 ria-value-range: a figure of the SKM table is not a number or out of range (negative N, BAU outside 0-1 ...). */
#include "config.h"

#include "checks/engine.h"
#include "checks/ria.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	size_t i;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	for (i = 0; ria && !rc && i < ria->nprobs; i++)
		if (ria->probs[i].kind == LEGES_RIA_PROB_RANGE)
			rc = leges_report(ctx, ria->probs[i].node, NULL, "%s", ria->probs[i].message);
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria807 = {
	.code = "RIA807",
	.name = "ria-value-range",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a figure of the SKM table is not a number or out of range (negative N, BAU outside 0-1 ...)",
	.source = "Standard Cost Model, EU common methodology SEC(2005) 1329 section 3 (RULES.md 2C)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
