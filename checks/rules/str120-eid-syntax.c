/* STR120 eid-syntax: an eId does not follow the Naming Convention's syntax. */
#include "config.h"

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < ctx->doc->neids && !rc; i++)
		if (!ctx->doc->eids[i].label && !ctx->doc->eids[i].valid)
			rc = leges_report(ctx, ctx->doc->eids[i].node, ctx->doc->eid_attr,
					  "eId '%s' is not of the form element_number joined by '__' (e.g. art_5__para_2)",
					  ctx->doc->eids[i].value);
	return rc;
}

const struct leges_rule leges_rule_str120 = {
	.code = "STR120",
	.name = "eid-syntax",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an eId is not a list of element_number steps joined by '__'",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 sections 5.4-5.5 (RULES.md 4A AKN-EID-SYNTAX)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
