/* STR124 eid-missing: a document that uses eIds leaves a provision without one. */
#include "config.h"

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_doc *doc = ctx->doc;
	bool uses = false;
	size_t i;
	int rc = 0;

	for (i = 0; i < doc->nprovs && !uses; i++)
		uses = doc->provs[i].eid != NULL;
	for (i = 0; uses && i < doc->nprovs && !rc; i++)
		if (!doc->provs[i].eid)
			rc = leges_report(ctx, doc->provs[i].node, NULL,
					  "<%s>%s%s%s has no eId while the other provisions have one", doc->provs[i].name,
					  doc->provs[i].num_text ? " '" : "",
					  doc->provs[i].num_text ? doc->provs[i].num_text : "",
					  doc->provs[i].num_text ? "'" : "");
	return rc;
}

const struct leges_rule leges_rule_str124 = {
	.code = "STR124",
	.name = "eid-missing",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "eIds are used, but not on every provision (all or none)",
	.source = "OASIS Akoma Ntoso Version 1.0 Part 2 section 3, conformance level 2, attribute group idreq (RULES.md 4A)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
