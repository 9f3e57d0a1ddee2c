/* CLS507 delegated-entry-into-force: a date left to the Government needs a latest date. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	for (i = 0; !rc && i < d->narticles; i++)
		if (leges_article_is(d, i, LEGES_F_EIF_DELEGATED) && !leges_article_is(d, i, LEGES_F_EIF_LATEST))
			rc = leges_report(ctx, ctx->doc->provs[d->articles[i].prov].node, NULL,
					  "the Government sets the date of entry into force: add a latest date ('…, en "
					  "uiterlijk op 1 januari 2028')");
	return rc;
}

const struct leges_rule leges_rule_cls507 = {
	.code = "CLS507",
	.name = "delegated-entry-into-force",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "the entry into force is left to the executive without a latest date",
	.source = "RvS via elfri.be (Wanneer treedt een wet in werking); RULES-VL.md 1F CLS-EIF-DELEGATION-DEADLINE",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
