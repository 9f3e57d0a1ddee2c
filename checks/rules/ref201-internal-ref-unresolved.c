/* REF201 internal-ref-unresolved: href="#X" names no eId of the document. */
#include "config.h"

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_doc *doc = ctx->doc;
	size_t i;
	int rc = 0;

	for (i = 0; i < doc->nhrefs && !rc; i++) {
		const struct leges_href *h = &doc->hrefs[i];

		if (h->quoted || h->value[0] != '#')
			continue;
		if (!h->value[1])
			rc = leges_report(ctx, h->node, "href", "href '#' names no element");
		else if (!leges_doc_find_eid(doc, 0, h->value + 1))
			rc = leges_report(ctx, h->node, "href", "href '%s' names no eId in this document", h->value);
	}
	return rc;
}

const struct leges_rule leges_rule_ref201 = {
	.code = "REF201",
	.name = "internal-ref-unresolved",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an internal reference href=\"#...\" points to no element of the document",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 4.8 (RULES.md 4E AKN-REF-HREF)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
