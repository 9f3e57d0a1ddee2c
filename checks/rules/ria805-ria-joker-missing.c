/* RIA805 ria-joker-missing: minors or young people are affected and the RIA has no JoKER section. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/ria.h"

static bool inside(const xmlNode *n, const xmlNode *top)
{
	for (; n; n = n->parent)
		if (n == top)
			return true;
	return false;
}

static bool in_attachment(const xmlNode *n)
{
	for (; n; n = n->parent)
		if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, "attachment"))
			return true;
	return false;
}

#define ADVICE "add <hcontainer name=\"joker\"> (kind- en jongereneffectrapport)"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	struct leges_doc *doc = ctx->doc;
	size_t i;
	long at;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	if (rc || !ria || ria->sections[LEGES_RIA_JOKER]) {
		leges_ria_free(ria);
		return rc;
	}
	/* A target group of the table, then the RIA's own text, then the draft. */
	for (i = 0; i < ria->nobl; i++)
		if (leges_ria_minors(ria->obl[i].group, strlen(ria->obl[i].group)) >= 0) {
			rc = leges_report(ctx, ria->obl[i].row, NULL, "target group '%s' of %s includes minors or young "
					  "people, but the RIA has no JoKER section: " ADVICE,
					  ria->obl[i].group, ria->obl[i].id);
			goto out;
		}
	if ((rc = leges_doc_text_runs(doc)))
		goto out;
	for (i = 0; i < doc->nruns; i++) {
		const struct leges_textrun *run = &doc->runs[i];

		if (!inside(run->block, ria->node) || (at = leges_ria_minors(run->text, run->len)) < 0)
			continue;
		rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, (size_t)at), run->block,
				      "the RIA says the draft affects minors or young people, but has no JoKER section: "
				      ADVICE);
		goto out;
	}
	if (ria->draft && ria->draft != doc) {
		struct leges_doc *draft = (struct leges_doc *)ria->draft;

		if ((rc = leges_doc_text_runs(draft)))
			goto out;
		for (i = 0; i < draft->nruns; i++) {
			const struct leges_textrun *run = &draft->runs[i];
			struct leges_pos pos;

			if (!run->in_body || in_attachment(run->block) ||
			    (at = leges_ria_minors(run->text, run->len)) < 0)
				continue;
			pos = leges_textrun_pos(draft, run, (size_t)at);
			rc = leges_report(ctx, ria->node, NULL, "the draft speaks of minors or young people (line %lu), "
					  "but the RIA has no JoKER section: " ADVICE, pos.line);
			goto out;
		}
	} else if (ria->draft == doc) {
		for (i = 0; i < doc->nruns; i++) {
			const struct leges_textrun *run = &doc->runs[i];

			if (!run->in_body || in_attachment(run->block) ||
			    (at = leges_ria_minors(run->text, run->len)) < 0)
				continue;
			rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, (size_t)at), run->block,
					      "the draft speaks of minors or young people, but its RIA has no JoKER "
					      "section: " ADVICE);
			goto out;
		}
	}
out:
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria805 = {
	.code = "RIA805",
	.name = "ria-joker-missing",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "minors or young people are affected but the RIA has no JoKER section",
	.source = "JoKER handleiding; decreet van 15 juli 1997 and 2009 extension to under-25s (RULES.md 2A RIA-JOKER)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
