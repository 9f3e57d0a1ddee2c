/* CLS507 delegated-entry-into-force: a date left to the Government needs a latest date. */
#include "config.h"

#include "checks/draft.h"

static const char delegated[] =
	"\\bop\\s+(?:de|een)\\s+(?:door\\s+de\\s+Vlaamse\\s+Regering|bij\\s+(?:koninklijk\\s+)?besluit|"
	"door\\s+de\\s+Koning)\\s+(?:te\\s+bepalen|vast\\s+te\\s+stellen)\\s+datum|"
	"\\bop\\s+datum\\s+vast\\s+te\\s+stellen\\s+door\\s+de\\s+Vlaamse\\s+Regering|"
	"\\bop\\s+(?:de|een)\\s+datum\\s+die\\s+(?:de\\s+Vlaamse\\s+Regering|de\\s+Koning)\\s+(?:bepaalt|vaststelt)|"
	"\\b(?:Vlaamse\\s+Regering|Koning)\\s+bepaalt\\b[^.;]*?\\bdatum\\s+van\\s+(?:de\\s+)?inwerkingtreding\\b";
static const char latest[] = "\\buiterlijk\\b|\\bten\\s+laatste\\b";

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	for (i = 0; !rc && i < d->narticles; i++)
		if (leges_match(delegated, d->articles[i].text) && !leges_match(latest, d->articles[i].text))
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
