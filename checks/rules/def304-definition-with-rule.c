/* DEF304 definition-with-rule: a definition holds an obligation, a permission or a ban. */
#include "config.h"

#include "checks/draft.h"

static const char norm[] =
	"\\b(?:moet|moeten|mag|mogen|is\\s+verplicht|zijn\\s+verplicht|verbiedt|verbieden|is\\s+verboden|"
	"zijn\\s+verboden|kan\\s+worden\\s+verplicht)\\b";

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	for (i = 0; !rc && i < d->ndefs; i++)
		if (leges_match(norm, d->defs[i].body))
			rc = leges_report(ctx, d->defs[i].node, NULL,
					  "the definition of '%s' contains a rule (moet, mag, is verplicht …): put the rule "
					  "in an article of its own", d->defs[i].term);
	return rc;
}

const struct leges_rule leges_rule_def304 = {
	.code = "DEF304",
	.name = "definition-with-rule",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a definition contains an obligation, a permission or a ban",
	.source = "VL-LTA, dispositief, definities; general drafting principle (RULES.md 1F DEF-NO-NORMS)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
