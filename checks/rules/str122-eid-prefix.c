/* STR122 eid-prefix: the context prefix of an eId is not the eId of an ancestor. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_doc *doc = ctx->doc;
	size_t i;
	int rc = 0;

	for (i = 0; i < doc->neids && !rc; i++) {
		const struct leges_eid *e = &doc->eids[i];
		size_t plen;
		long a;
		bool found = false;

		if (e->label || !e->valid || !e->last_step)
			continue;
		plen = e->last_step - 2;
		/* The ancestors with an eId, innermost first. */
		for (a = e->parent; a >= 0 && !found; a = doc->eids[a].parent) {
			const char *v = doc->eids[a].value;

			found = !strncmp(v, e->value, plen) && !v[plen];
		}
		if (!found)
			rc = leges_report(ctx, e->node, doc->eid_attr,
					  "eId '%s' has the prefix '%.*s', which is the eId of none of its ancestors",
					  e->value, (int)plen, e->value);
	}
	return rc;
}

const struct leges_rule leges_rule_str122 = {
	.code = "STR122",
	.name = "eid-prefix",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the prefix of an eId is not the eId of one of the element's ancestors",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 5.4 (RULES.md 4E AKN-EID-PREFIX)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
