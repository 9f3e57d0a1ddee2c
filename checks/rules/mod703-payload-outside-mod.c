/* MOD703 payload-outside-mod: old/new of a textualMod must be quoted text inside its source mod. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"

static bool inside(const xmlNode *n, const xmlNode *anc)
{
	for (; n; n = n->parent)
		if (n == anc)
			return true;
	return false;
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	size_t nt = 0, i;
	int rc = leges_tmods_collect(ctx->doc, &t, &nt);

	for (i = 0; i < nt && !rc; i++) {
		xmlNode *c, *src = leges_child(t[i].node, "source"), *mod;

		if (t[i].passive)
			continue;
		mod = src ? leges_href_target(ctx->doc, leges_attr(src, "href")) : NULL;
		if (!mod)
			continue;	/* MOD701 */
		for (c = t[i].node->children; c && !rc; c = c->next) {
			const char *h;
			xmlNode *q;

			if (c->type != XML_ELEMENT_NODE ||
			    (strcmp((const char *)c->name, "old") && strcmp((const char *)c->name, "new")))
				continue;
			h = leges_attr(c, "href");
			if (!h || h[0] != '#')
				continue;
			q = leges_href_target(ctx->doc, h);
			if (!q)
				rc = leges_report(ctx, c, "href", "<%s> '%s' names no element", (const char *)c->name, h);
			else if (strcmp((const char *)q->name, "quotedText") && strcmp((const char *)q->name, "quotedStructure"))
				rc = leges_report(ctx, c, "href", "<%s> '%s' names a <%s>, not quotedText or quotedStructure",
						  (const char *)c->name, h, (const char *)q->name);
			else if (!inside(q, mod))
				rc = leges_report(ctx, c, "href", "<%s> '%s' is not inside the source mod '%s'",
						  (const char *)c->name, h, leges_attr(mod, "eId") ? leges_attr(mod, "eId") : "?");
		}
	}
	free(t);
	return rc;
}

const struct leges_rule leges_rule_mod703 = {
	.code = "MOD703",
	.name = "payload-outside-mod",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the old or new text of a textualMod is not quoted text inside its source mod",
	.source = "RULES.md 4C AKN-MOD-OLDNEW; AKN Naming Convention v1.0 5.5.3.3",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
