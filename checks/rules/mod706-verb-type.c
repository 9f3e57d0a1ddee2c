/* MOD706 verb-type: the verb of the mod's text agrees with the textualMod type. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"

static const struct { const char *stem, *type; } verbs[] = {
	{ "vervangen", "substitution" }, { "remplacé", "substitution" }, { "replaced", "substitution" },
	{ "substituted", "substitution" }, { "ingevoegd", "insertion" }, { "toegevoegd", "insertion" },
	{ "aangevuld", "insertion" }, { "inséré", "insertion" }, { "ajouté", "insertion" },
	{ "complété", "insertion" }, { "inserted", "insertion" }, { "added", "insertion" },
	{ "opgeheven", "repeal" }, { "ingetrokken", "repeal" }, { "abrogé", "repeal" }, { "repealed", "repeal" },
	{ "deleted", "repeal" }, { "vernummerd", "renumbering" }, { "hernummerd", "renumbering" },
	{ "renuméroté", "renumbering" }, { "renumbered", "renumbering" }, { NULL, NULL }
};

/* The mod's own words: its text without the quoted texts. */
static void own_text(const xmlNode *n, char *buf, size_t size, size_t *len)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			size_t k = strlen((const char *)c->content);

			if (*len + k + 1 < size) {
				memcpy(buf + *len, c->content, k);
				*len += k;
				buf[*len] = '\0';
			}
		} else if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, "quotedText") &&
			   strcmp((const char *)c->name, "quotedStructure")) {
			own_text(c, buf, size, len);
		}
	}
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	size_t nt = 0, i, k;
	int rc = leges_tmods_collect(ctx->doc, &t, &nt);
	char buf[4096];

	for (i = 0; i < nt && !rc; i++) {
		xmlNode *src = leges_child(t[i].node, "source"), *mod;
		const char *type = leges_attr(t[i].node, "type");
		const char *seen = NULL;
		bool agrees = false;
		size_t len = 0;

		if (t[i].passive || !type)
			continue;
		mod = src ? leges_href_target(ctx->doc, leges_attr(src, "href")) : NULL;
		if (!mod)
			continue;
		buf[0] = '\0';
		own_text(mod, buf, sizeof(buf), &len);
		for (k = 0; verbs[k].stem; k++)
			if (strstr(buf, verbs[k].stem)) {
				seen = seen ? seen : verbs[k].stem;
				agrees |= !strcmp(verbs[k].type, type) ||
					  (!strcmp(type, "replacement") && !strcmp(verbs[k].type, "substitution"));
			}
		if (seen && !agrees)
			rc = leges_report(ctx, t[i].node, "type", "the mod says '%s' but the textualMod type is '%s'", seen,
					  type);
	}
	free(t);
	return rc;
}

const struct leges_rule leges_rule_mod706 = {
	.code = "MOD706",
	.name = "verb-type",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the verb of the amending text does not agree with the textualMod type",
	.source = "RULES.md 4C AKN-MOD-TYPE; RULES-VL.md 2.4",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
