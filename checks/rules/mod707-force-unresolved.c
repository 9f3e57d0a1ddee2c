/* MOD707 force-unresolved: force/@period leads to a temporalGroup whose start is a dated eventRef. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"
#include "parser/uri.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	size_t nt = 0, i;
	int rc = leges_tmods_collect(ctx->doc, &t, &nt);

	for (i = 0; i < nt && !rc; i++) {
		xmlNode *f = leges_child(t[i].node, "force"), *g, *ti, *ev;
		const char *period, *start, *date;

		if (!f)
			continue;
		period = leges_attr(f, "period");
		g = leges_href_target(ctx->doc, period);
		if (!g || strcmp((const char *)g->name, "temporalGroup")) {
			rc = leges_report(ctx, f, "period", "force period '%s' names no temporalGroup",
					  period ? period : "");
			continue;
		}
		ti = leges_child(g, "timeInterval");
		start = ti ? leges_attr(ti, "start") : NULL;
		ev = leges_href_target(ctx->doc, start);
		date = ev ? leges_attr(ev, "date") : NULL;
		if (!ev || strcmp((const char *)ev->name, "eventRef"))
			rc = leges_report(ctx, f, "period", "the start of '%s' names no eventRef", period);
		else if (!date || !leges_is_iso_date(date, strlen(date), false))
			rc = leges_report(ctx, f, "period", "the start of '%s' has no date", period);
	}
	free(t);
	return rc;
}

const struct leges_rule leges_rule_mod707 = {
	.code = "MOD707",
	.name = "force-unresolved",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the force date of a modification does not resolve to a dated event",
	.source = "RULES.md 4C AKN-MOD-FORCE, 4D AKN-TD-REFS",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
