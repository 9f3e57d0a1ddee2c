/* CLS504 transposition-clause-place: the transposition article sits among the introductory provisions. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc)
		return rc;
	for (i = 0; i < d->narticles && !rc; i++)
		if (leges_article_is(d, i, LEGES_F_TRANSPOSITION) && i >= 3)
			rc = leges_report(ctx, ctx->doc->provs[d->articles[i].prov].node, NULL,
					  "the transposition clause is article %zu: put it among the introductory "
					  "provisions, right after Artikel 1", i + 1);
	return rc;
}

const struct leges_rule leges_rule_cls504 = {
	.code = "CLS504",
	.name = "transposition-clause-place",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "the transposition clause is not among the introductory provisions",
	.source = "RvS via elfri.be (article 1 states the directive transposed) (RULES.md 1E CLS-TRANSPOSITION-PLACE)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
