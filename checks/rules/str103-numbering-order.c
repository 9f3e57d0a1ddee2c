/* STR103 numbering-order: a provision number is lower than the one before it. */
#include "config.h"

#include "checks/numbering.h"

static int on_order(struct leges_check_ctx *ctx, enum leges_seq_event ev, const struct leges_provision *prev,
		    const struct leges_provision *cur, bool as_roman)
{
	char a[64], b[64];

	(void)ev; (void)as_roman;
	return leges_report(ctx, cur->num_node, NULL, "'%s' comes after '%s': numbers are out of order",
			    leges_prov_label(cur, b, sizeof(b)), leges_prov_label(prev, a, sizeof(a)));
}

static int check(struct leges_check_ctx *ctx)
{
	return leges_numbering_walk(ctx, LEGES_SEQ_ORDER, on_order);
}

const struct leges_rule leges_rule_str103 = {
	.code = "STR103",
	.name = "numbering-order",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a provision number is lower than the number before it",
	.source = "RvS Beginselen van de wetgevingstechniek (2008), recs. 123-124 on insertions; RULES.md 1A STR-LIST-SEQ",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN_ALL,
};
