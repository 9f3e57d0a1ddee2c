/* CLS501 matter-clause: Article 1 of a decree states the community or regional matter it regulates. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind != LEGES_ACT_DECREE)
		return rc;
	if (!d->narticles)
		return 0;
	if (leges_article_is(d, 0, LEGES_F_MATTER))
		return 0;
	return leges_report(ctx, ctx->doc->provs[d->articles[0].prov].node, NULL,
			    "Artikel 1 of a decree must say which matter it regulates: 'Dit decreet regelt een "
			    "gemeenschapsaangelegenheid.', '…een gewestaangelegenheid.' or '…een gemeenschaps- en "
			    "gewestaangelegenheid.'");
}

const struct leges_rule leges_rule_cls501 = {
	.code = "CLS501",
	.name = "matter-clause",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "Artikel 1 of a decree does not state the community or regional matter it regulates",
	.source = "Bijzondere wet 8 augustus 1980, art. 19, §1; Vlaamse praktijk (RULES.md 1E CLS-ART1-MATTER)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
