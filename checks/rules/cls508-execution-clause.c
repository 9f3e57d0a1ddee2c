/* CLS508 execution-clause: a BVR ends with the execution clause; a decree has none. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || !d->narticles)
		return rc;
	if (d->kind == LEGES_ACT_BESLUIT && !d->ministerial && !leges_article_is(d, d->narticles - 1, LEGES_F_EXECUTION))
		return leges_report(ctx, ctx->doc->provs[d->articles[d->narticles - 1].prov].node, NULL,
				    "the last article of a besluit van de Vlaamse Regering is the execution clause: 'De "
				    "Vlaamse minister, bevoegd voor …, is belast met de uitvoering van dit besluit.'");
	for (i = 0; (d->kind == LEGES_ACT_DECREE || d->ministerial) && i < d->narticles && !rc; i++)
		if (leges_article_is(d, i, LEGES_F_ANY_EXECUTION))
			rc = leges_report(ctx, ctx->doc->provs[d->articles[i].prov].node, NULL,
					  "a decree has no execution clause: it belongs to a besluit van de Vlaamse Regering");
	return rc;
}

const struct leges_rule leges_rule_cls508 = {
	.code = "CLS508",
	.name = "execution-clause",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "a BVR does not end with the execution clause, or a decree has one",
	.source = "VL-WT, Opstellen van een decreet, BVR of MB (8: uitvoeringsbepaling, enkel voor BVR) (RULES.md 1E CLS-EXEC)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
