/* CLS510 preamble-old-style: 'Gelet op', 'Overwegende' and 'Op voorstel van' are no longer used. */
#include "config.h"

#include "checks/draft.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	char **lines = NULL;
	xmlNode **nodes = NULL;
	size_t n = 0, i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind != LEGES_ACT_BESLUIT)
		return rc;
	rc = leges_preamble_lines(ctx->doc, &lines, &nodes, &n);
	for (i = 0; !rc && i < n; i++)
		if (leges_match("^\\s*(?:gelet\\s+op|overwegende|op\\s+voorstel\\s+van)\\b", lines[i]))
			rc = leges_report(ctx, nodes[i], NULL,
					  "since 25 October 2019 the preamble of a besluit uses the headings Rechtsgrond, "
					  "Vormvereisten and Motivering, not 'Gelet op', 'Overwegende' or 'Op voorstel van'");
	leges_preamble_lines_free(lines, nodes, n);
	return rc;
}

const struct leges_rule leges_rule_cls510 = {
	.code = "CLS510",
	.name = "preamble-old-style",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "the preamble of a BVR uses 'Gelet op' / 'Overwegende' instead of the 2019 headings",
	.source = "VL-WT 'Heerlijk helder' (18 November 2019) (RULES-VL.md 1F CLS-PREAMBLE-OLD)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
