/* RIA808 ria-skm-table: the RIA has no readable SKM table: missing, a required column absent, a row without id or provision. */
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
		if (ria->probs[i].kind == LEGES_RIA_PROB_TABLE)
			rc = leges_report(ctx, ria->probs[i].node, NULL, "%s", ria->probs[i].message);
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria808 = {
	.code = "RIA808",
	.name = "ria-skm-table",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the RIA has no readable SKM table: missing, a required column absent, a row without id or provision",
	.source = "docs/profile.md RIA; DESIGN 4 (columns of table class=skm)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
