/* RIA801 ria-section-missing: a heading of the RIA template has no section. */
#include "config.h"

#include "checks/engine.h"
#include "checks/ria.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	int s, rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	/* The JoKER section is needed only when minors are affected (RIA805). */
	for (s = 0; ria && !rc && s < LEGES_RIA_JOKER; s++)
		if (!ria->sections[s])
			rc = leges_report(ctx, ria->node, NULL,
					  "the RIA has no section '%s' (<hcontainer name=\"%s\">) of the template",
					  leges_ria_section_heading((enum leges_ria_section)s),
					  leges_ria_section_name((enum leges_ria_section)s));
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria801 = {
	.code = "RIA801",
	.name = "ria-section-missing",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a section of the Flemish RIA template is missing",
	.source = "RIA handleiding 2006; Omzendbrief VR 2014/13 (RULES.md 2A RIA-SECTIONS; headings to verify)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
