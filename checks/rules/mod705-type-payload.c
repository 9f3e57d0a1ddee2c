/* MOD705 type-payload: the textualMod type fits what it carries (old, new, previous). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"

static const char *const types[] = {
	"repeal", "substitution", "insertion", "replacement", "renumbering", "split", "join", NULL
};

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	size_t nt = 0, i, k;
	int rc = leges_tmods_collect(ctx->doc, &t, &nt);

	for (i = 0; i < nt && !rc; i++) {
		xmlNode *n = t[i].node, *newn = leges_child(n, "new"), *oldn = leges_child(n, "old");
		const char *type = leges_attr(n, "type");
		bool known = false, new_text = false;

		if (t[i].passive)
			continue;	/* a passive record carries no payload */
		if (!type) {
			rc = leges_report(ctx, n, NULL, "this textualMod has no type");
			continue;
		}
		for (k = 0; types[k]; k++)
			known |= !strcmp(types[k], type);
		if (!known) {
			rc = leges_report(ctx, n, "type", "'%s' is not a textualMod type", type);
			continue;
		}
		if (newn) {
			xmlNode *q = leges_href_target(ctx->doc, leges_attr(newn, "href"));

			new_text = q && !strcmp((const char *)q->name, "quotedText");
		}
		if ((!strcmp(type, "substitution") || !strcmp(type, "insertion") || !strcmp(type, "replacement")) && !newn)
			rc = leges_report(ctx, n, "type", "%s %s needs a <new>", type[0] == 'i' ? "an" : "a", type);
		else if (!strcmp(type, "substitution") && new_text && !oldn)
			rc = leges_report(ctx, n, "type", "a substitution of words needs the <old> words too");
		else if (!strcmp(type, "repeal") && newn)
			rc = leges_report(ctx, n, "type", "a repeal has no <new>; is it a substitution?");
		else if (!strcmp(type, "renumbering") && !newn && !leges_child(n, "previous"))
			rc = leges_report(ctx, n, "type", "a renumbering needs the new number (<new>) or <previous>");
	}
	free(t);
	return rc;
}

const struct leges_rule leges_rule_mod705 = {
	.code = "MOD705",
	.name = "type-payload",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a textualMod type that does not fit its payload (old, new, previous)",
	.source = "RULES.md 4C AKN-MOD-OLDNEW (OASIS AKN examples 5.10.2)",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
