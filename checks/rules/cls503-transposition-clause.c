/* CLS503 transposition-clause: a draft with a correlation table says which directive it transposes. */
#include "config.h"

#include <string.h>

#include "checks/draft.h"

/* A correlation table (omzettingstabel) attached to the draft: it transposes. */
const xmlNode *leges_correlation_table(const struct leges_doc *doc)
{
	size_t i;

	for (i = 1; i < doc->ncomponents; i++) {
		const char *name = leges_attr(doc->components[i].node, "name");

		if (name && (!strcmp(name, "omzettingstabel") || !strcmp(name, "concordantietabel")))
			return doc->components[i].node;
	}
	return NULL;
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	const xmlNode *table;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || !(table = leges_correlation_table(ctx->doc)))
		return rc;
	for (i = 0; i < d->narticles; i++)
		if (leges_article_is(d, i, LEGES_F_TRANSPOSITION))
			return 0;
	return leges_report(ctx, table, NULL,
			    "the draft has a correlation table but no article 'Dit decreet voorziet in de (gedeeltelijke) "
			    "omzetting van Richtlijn …'");
}

const struct leges_rule leges_rule_cls503 = {
	.code = "CLS503",
	.name = "transposition-clause",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "a draft that transposes a directive has no transposition clause",
	.source = "Directives' final provisions ('…contain a reference to this Directive'); Flemish practice (RULES.md 1E CLS-TRANSPOSITION)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
