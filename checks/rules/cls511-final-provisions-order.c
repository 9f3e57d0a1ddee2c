/* CLS511 final-provisions-order: definitions, amending, repealing, entry into force, execution, in order. */
#include "config.h"

#include <string.h>

#include "checks/draft.h"

enum klass { K_NONE = -1, K_INTRO, K_DEFS, K_AMEND, K_REPEAL, K_TRANS, K_EIF, K_SUNSET, K_EXEC };

static const char *const names[] = {
	"introductory provision", "definitions", "amending provision", "repealing provision",
	"transitional provision", "entry into force", "temporal scope", "execution clause"
};

/* "Overgangsbepaling(en)" in the heading of the article or of a division around it. */
static bool transitional(const xmlNode *n)
{
	/* The article and the divisions around it; the body's children are not headings. */
	for (; n && n->type == XML_ELEMENT_NODE && leges_is_provision_name((const char *)n->name); n = n->parent) {
		xmlNode *h = leges_child(n, "heading");
		xmlChar *t = h ? xmlNodeGetContent(h) : NULL;
		bool yes = t && leges_match("\\bovergang", (const char *)t);

		xmlFree(t);
		if (yes)
			return true;
	}
	return false;
}

static bool has_mod(const xmlNode *n)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && (!strcmp((const char *)c->name, "mod") || has_mod(c)))
			return true;
	return false;
}

static enum klass classify(const struct leges_draft *d, const xmlNode *node, size_t i)
{
	if (leges_article_is(d, i, LEGES_F_MATTER) || leges_article_is(d, i, LEGES_F_TRANSPOSITION))
		return K_INTRO;
	if ((long)i == d->defs_article)
		return K_DEFS;
	if (leges_article_is(d, i, LEGES_F_EXEC_BESLUIT))
		return K_EXEC;
	if (leges_article_is(d, i, LEGES_F_SUNSET))
		return K_SUNSET;
	if (leges_article_is(d, i, LEGES_F_EIF))
		return K_EIF;
	if (transitional(node))
		return K_TRANS;
	if (leges_article_is(d, i, LEGES_F_REPEAL))
		return K_REPEAL;
	if (has_mod(node) || leges_article_is(d, i, LEGES_F_AMEND_IN) || leges_article_is(d, i, LEGES_F_AMEND_ARTICLE))
		return K_AMEND;
	return K_NONE;
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	enum klass highest = K_NONE;
	size_t i, at = 0;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind == LEGES_ACT_OTHER)
		return rc;
	for (i = 0; i < d->narticles && !rc; i++) {
		const xmlNode *node = ctx->doc->provs[d->articles[i].prov].node;
		enum klass k = classify(d, node, i);

		if (k == K_NONE)
			continue;
		if (k < highest)
			rc = leges_report(ctx, node, NULL, "this %s comes after the %s of article %zu: the order is "
					  "introduction, definitions, rules, amending, repealing, transitional provisions, "
					  "entry into force, temporal scope, execution", leges_tr(names[k], ctx->opts->lang),
					  leges_tr(names[highest], ctx->opts->lang), at + 1);
		else {
			highest = k;
			at = i;
		}
	}
	return rc;
}

const struct leges_rule leges_rule_cls511 = {
	.code = "CLS511",
	.name = "final-provisions-order",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "the kinds of provisions do not follow the prescribed order of the dispositief",
	.source = "VL-WT, Opstellen van een decreet, BVR of MB (order a)-8)) (RULES-VL.md 1F CLS-FINAL-ORDER)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
