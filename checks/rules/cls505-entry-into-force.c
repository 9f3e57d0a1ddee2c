/* CLS505 entry-into-force: without an entry-into-force clause the default of ten days applies. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind == LEGES_ACT_OTHER || !d->narticles)
		return rc;
	for (i = 0; i < d->narticles; i++)
		if (leges_article_is(d, i, LEGES_F_EIF))
			return 0;
	return leges_report(ctx, ctx->doc->provs[d->articles[d->narticles - 1].prov].node, NULL,
			    "no entry-into-force clause: the act enters into force on the tenth day after its "
			    "publication in the Belgisch Staatsblad");
}

const struct leges_rule leges_rule_cls505 = {
	.code = "CLS505",
	.name = "entry-into-force",
	.severity = LEGES_SEV_INFO,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "there is no entry-into-force clause, so the default (tenth day after publication) applies",
	.source = "Wet 31 mei 1961, art. 4; Bijzondere wet 8 augustus 1980, art. 84 (RULES.md 1E CLS-EIF-DEFAULT)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
