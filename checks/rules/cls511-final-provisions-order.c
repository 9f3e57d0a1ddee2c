/* CLS511 final-provisions-order: definitions, amending, repealing, entry into force, execution, in order. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/draft.h"

enum klass { K_NONE = -1, K_INTRO, K_DEFS, K_AMEND, K_REPEAL, K_TRANS, K_EIF, K_SUNSET, K_EXEC };

static const char *const names[] = {
	"introductory provision", "definitions", "amending provision", "repealing provision",
	"transitional provision", "entry into force", "temporal scope", "execution clause"
};

/* "Overgangsbepaling(en)" in the heading of provision p (memo[p]: 0 unknown, 1 no, 2 yes). */
static bool transitional_heading(const struct leges_doc *doc, size_t p, signed char *memo)
{
	if (!memo[p]) {
		xmlNode *h = doc->provs[p].heading_node;
		xmlChar *t = h ? xmlNodeGetContent(h) : NULL;

		memo[p] = t && leges_match("\\bovergang", (const char *)t) ? 2 : 1;
		xmlFree(t);
	}
	return memo[p] == 2;
}

/*
 * "Overgangsbepaling(en)" in the heading of the article or of a division
 * around it: the provisions whose elements enclose it directly (the body's
 * children are not headings).  A division's heading is read once for all
 * its articles.
 */
static bool transitional(const struct leges_doc *doc, size_t p, signed char *memo)
{
	for (;;) {
		long up = doc->provs[p].parent;

		if (transitional_heading(doc, p, memo))
			return true;
		if (up < 0 || doc->provs[p].node->parent != doc->provs[up].node)
			return false;
		p = (size_t)up;
	}
}

static bool has_mod(const xmlNode *n)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && (!strcmp((const char *)c->name, "mod") || has_mod(c)))
			return true;
	return false;
}

static enum klass classify(const struct leges_doc *doc, const struct leges_draft *d, size_t i, signed char *memo)
{
	const xmlNode *node = doc->provs[d->articles[i].prov].node;

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
	if (transitional(doc, d->articles[i].prov, memo))
		return K_TRANS;
	if (leges_article_is(d, i, LEGES_F_REPEAL))
		return K_REPEAL;
	if (leges_article_is(d, i, LEGES_F_AMEND_IN) || leges_article_is(d, i, LEGES_F_AMEND_ARTICLE) ||
	    (leges_doc_may_name(doc, "mod") && has_mod(node)))
		return K_AMEND;
	return K_NONE;
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	enum klass highest = K_NONE;
	signed char *memo;
	size_t i, at = 0;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind == LEGES_ACT_OTHER || !d->narticles)
		return rc;
	memo = calloc(ctx->doc->nprovs, 1);
	if (!memo)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < d->narticles && !rc; i++) {
		const xmlNode *node = ctx->doc->provs[d->articles[i].prov].node;
		enum klass k = classify(ctx->doc, d, i, memo);

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
	free(memo);
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
