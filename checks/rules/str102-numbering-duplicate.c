/* STR102 numbering-duplicate: two provisions of one sequence have the same number. */
#include "config.h"

#include "checks/numbering.h"

static int on_dup(struct leges_check_ctx *ctx, enum leges_seq_event ev, const struct leges_provision *prev,
		  const struct leges_provision *cur, bool as_roman)
{
	char b[64];

	(void)ev; (void)prev; (void)as_roman;
	return leges_report(ctx, cur->num_node, NULL, "number '%s' is used twice among its sibling <%s> elements",
			    leges_prov_label(cur, b, sizeof(b)), cur->name);
}

static int check(struct leges_check_ctx *ctx)
{
	return leges_numbering_walk(ctx, LEGES_SEQ_DUPLICATE, on_dup);
}

const struct leges_rule leges_rule_str102 = {
	.code = "STR102",
	.name = "numbering-duplicate",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "two provisions of one sequence carry the same number",
	.source = "RvS Beginselen van de wetgevingstechniek (2008), numbering; EU Interinstitutional Style Guide 2.3 (RULES.md 1A STR-ART-SEQ)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN_ALL,
};
