/* MOD701 mod-pair: every mod has a textualMod, and every textualMod's source is a mod. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"

/* True when n is the mod or one of its ancestors (older markup points at the item holding the mod). */
static bool covers(const xmlNode *n, const xmlNode *mod)
{
	for (; mod; mod = mod->parent)
		if (mod == n)
			return true;
	return false;
}

/* True when el contains a mod. */
static bool holds_mod(const xmlNode *el)
{
	const xmlNode *c;

	for (c = el->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && (!strcmp((const char *)c->name, "mod") || holds_mod(c)))
			return true;
	return false;
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	xmlNode **mods = NULL;
	size_t nt = 0, nm = 0, i, j;
	int rc;

	rc = leges_tmods_collect(ctx->doc, &t, &nt);
	if (!rc)
		rc = leges_mods_collect(ctx->doc, &mods, &nm);
	/* A document with mods and no activeModifications at all: say it once. */
	for (i = 0, j = 0; i < nt; i++)
		j += !t[i].passive;
	if (!rc && nm && !j) {
		rc = leges_report(ctx, mods[0], NULL, "%zu mod%s but no activeModifications/textualMod", nm,
				  nm == 1 ? "" : "s");
		nm = 0;
	}
	for (i = 0; i < nm && !rc; i++) {
		const char *eid = leges_attr(mods[i], "eId");
		bool found = false;

		if (!eid) {
			rc = leges_report(ctx, mods[i], NULL, "this mod has no eId, so no textualMod can point at it");
			continue;
		}
		for (j = 0; j < nt && !found; j++) {
			xmlNode *src;

			if (t[j].passive)
				continue;
			for (src = t[j].node->children; src && !found; src = src->next) {
				const char *h = src->type == XML_ELEMENT_NODE && !strcmp((const char *)src->name, "source") ?
						leges_attr(src, "href") : NULL;

				found = h && h[0] == '#' && covers(leges_href_target(ctx->doc, h), mods[i]);
			}
		}
		if (!found)
			rc = leges_report(ctx, mods[i], "eId", "mod '%s' has no textualMod in activeModifications", eid);
	}
	for (i = 0; i < nt && !rc; i++) {
		xmlNode *src;

		if (t[i].passive)
			continue;
		for (src = t[i].node->children; src && !rc; src = src->next) {
			const char *h;
			xmlNode *m;

			if (src->type != XML_ELEMENT_NODE || strcmp((const char *)src->name, "source"))
				continue;
			h = leges_attr(src, "href");
			if (!h || h[0] != '#')
				continue;
			m = leges_href_target(ctx->doc, h);
			/* a reference to the amending act in meta/references is allowed as a second source */
			if (m && (!strcmp((const char *)m->name, "activeRef") || !strcmp((const char *)m->name, "passiveRef") ||
				  !strcmp((const char *)m->name, "original")))
				continue;
			if (!m || (strcmp((const char *)m->name, "mod") && !holds_mod(m)))
				rc = leges_report(ctx, src, "href", "the source '%s' of this textualMod is not a mod of the document",
						  h);
		}
	}
	free(t);
	free(mods);
	return rc;
}

const struct leges_rule leges_rule_mod701 = {
	.code = "MOD701",
	.name = "mod-pair",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a mod without a textualMod, or a textualMod whose source is not a mod",
	.source = "RULES.md 4C AKN-MOD-PAIR; DESIGN 7 (the ris-norms lessons)",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
