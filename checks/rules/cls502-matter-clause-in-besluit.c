/* CLS502 matter-clause-in-besluit: the matter clause belongs to decrees, not to besluiten. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind != LEGES_ACT_BESLUIT)
		return rc;
	for (i = 0; i < d->narticles && !rc; i++)
		if (leges_article_is(d, i, LEGES_F_BESLUIT_MATTER) || leges_article_is(d, i, LEGES_F_MATTER))
			rc = leges_report(ctx, ctx->doc->provs[d->articles[i].prov].node, NULL,
					  "a besluit does not state a community or regional matter: that clause belongs to decrees");
	return rc;
}

const struct leges_rule leges_rule_cls502 = {
	.code = "CLS502",
	.name = "matter-clause-in-besluit",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "a besluit carries the 'regelt een …aangelegenheid' clause of a decree",
	.source = "Belgian practice (RULES.md 1E CLS-ART1-NOT-IN-BESLUIT)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
