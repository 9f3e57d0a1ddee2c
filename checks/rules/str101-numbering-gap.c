/* STR101 numbering-gap: a sequence of provision numbers skips a number. */
#include "config.h"

#include "checks/numbering.h"

static int on_gap(struct leges_check_ctx *ctx, enum leges_seq_event ev, const struct leges_provision *prev,
		  const struct leges_provision *cur, bool as_roman)
{
	char a[64], b[64];

	(void)ev;
	if (!prev)
		return leges_report(ctx, cur->num_node, NULL, "numbering of <%s> starts at '%s', not at 1",
				    cur->name, leges_prov_label(cur, b, sizeof(b)));
	if (cur->num.kind == LEGES_NUM_ARABIC && prev->num.kind == LEGES_NUM_ARABIC)
		return leges_report(ctx, cur->num_node, NULL, "'%s' follows '%s': number %ld is missing",
				    leges_prov_label(cur, b, sizeof(b)), leges_prov_label(prev, a, sizeof(a)),
				    leges_numkey_value(&prev->num, as_roman) + 1);
	return leges_report(ctx, cur->num_node, NULL, "'%s' follows '%s': a number is missing between them",
			    leges_prov_label(cur, b, sizeof(b)), leges_prov_label(prev, a, sizeof(a)));
}

static int check(struct leges_check_ctx *ctx)
{
	return leges_numbering_walk(ctx, LEGES_SEQ_GAP, on_gap);
}

const struct leges_rule leges_rule_str101 = {
	.code = "STR101",
	.name = "numbering-gap",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "provisions of one kind are not numbered consecutively from 1",
	.source = "RvS Beginselen van de wetgevingstechniek (2008), numbering; EU Interinstitutional Style Guide 2.3 (RULES.md 1A STR-ART-SEQ, STR-LIST-SEQ)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN_ALL,
};
