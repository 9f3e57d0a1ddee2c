/* DEF302 term-defined-twice: the same term is defined twice. */
#include "config.h"

#include <string.h>

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i, k;
	int rc = leges_draft_get(ctx->doc, &d);

	for (i = 1; !rc && i < d->ndefs; i++)
		for (k = 0; k < i; k++)
			if (!strcmp(d->defs[i].key, d->defs[k].key)) {
				rc = leges_report(ctx, d->defs[i].node, NULL, "the term '%s' is defined twice (also on line %lu)",
						  d->defs[i].term, leges_doc_pos(ctx->doc, d->defs[k].node).line);
				break;
			}
	return rc;
}

const struct leges_rule leges_rule_def302 = {
	.code = "DEF302",
	.name = "term-defined-twice",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a term is defined twice in the same act",
	.source = "VL-LTA, dispositief, definities; general principle of one meaning per term (RULES.md 1F DEF-USED)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
