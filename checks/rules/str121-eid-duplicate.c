/* STR121 eid-duplicate: an eId is used twice within one document component. */
#include "config.h"

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_doc *doc = ctx->doc;
	size_t i;
	int rc = 0;

	for (i = 0; i < doc->neids && !rc; i++) {
		const struct leges_eid *e = &doc->eids[i];
		xmlNode *first;

		if (!e->duplicate)
			continue;
		first = leges_doc_find_eid_in(doc, e->component, e->value);
		if (first && first != e->node)
			rc = leges_report(ctx, e->node, doc->eid_attr, "eId '%s' is already used on line %lu",
					  e->value, leges_doc_pos(doc, first).line);
	}
	return rc;
}

const struct leges_rule leges_rule_str121 = {
	.code = "STR121",
	.name = "eid-duplicate",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the same eId is used by two elements of one document",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 5.4; AKN 3.0 XSD identity constraints (RULES.md 4E AKN-EID-UNIQUE)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
