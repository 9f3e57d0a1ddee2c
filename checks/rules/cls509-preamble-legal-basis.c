/* CLS509 preamble-legal-basis: a BVR preamble opens with the heading Rechtsgrond (2019 model). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/draft.h"

/* Each line (block) of the preamble, in order, folded to lower case. */
int leges_preamble_lines(struct leges_doc *doc, char ***out, xmlNode ***nodes, size_t *n)
{
	xmlNode *pre = leges_child(doc->main, "preamble");
	size_t r, k = 0;
	int rc;

	*out = NULL;
	*nodes = NULL;
	*n = 0;
	if (!pre)
		return 0;
	rc = leges_doc_text_runs(doc);
	if (rc)
		return rc;
	for (r = 0; r < doc->nruns; r++) {
		const xmlNode *b = doc->runs[r].block;
		const xmlNode *a;
		char **g;
		xmlNode **gn;

		for (a = b; a && a != pre; a = a->parent)
			;
		if (!a)
			continue;
		g = realloc(*out, (k + 1) * sizeof(*g));
		if (g)
			*out = g;
		gn = g ? realloc(*nodes, (k + 1) * sizeof(*gn)) : NULL;
		if (!gn)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		*nodes = gn;
		(*out)[k] = leges_fold(doc->runs[r].text, doc->runs[r].len);
		(*nodes)[k] = doc->runs[r].block;
		if (!(*out)[k])
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		*n = ++k;
	}
	return 0;
}

void leges_preamble_lines_free(char **lines, xmlNode **nodes, size_t n)
{
	while (n)
		free(lines[--n]);
	free(lines);
	free(nodes);
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	char **lines = NULL;
	xmlNode **nodes = NULL;
	size_t n = 0, i;
	bool found = false;
	const xmlNode *at;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || d->kind != LEGES_ACT_BESLUIT)
		return rc;
	at = leges_child(ctx->doc->main, "preamble");
	if (!at)
		at = ctx->doc->main;
	rc = leges_preamble_lines(ctx->doc, &lines, &nodes, &n);
	for (i = 0; !rc && i < n && !found; i++)
		found = leges_match("^\\s*rechtsgrond(?:en)?\\s*:?\\s*$", lines[i]) ||
			leges_match("^\\s*dit\\s+besluit\\s+is\\s+gebaseerd\\s+op\\s*:", lines[i]);
	if (!rc && !found)
		rc = leges_report(ctx, at, NULL,
				  "the preamble of a besluit has no heading 'Rechtsgrond' ('Dit besluit is gebaseerd op:'), "
				  "the first of the 2019 headings Rechtsgrond, Vormvereisten, Motivering");
	leges_preamble_lines_free(lines, nodes, n);
	return rc;
}

const struct leges_rule leges_rule_cls509 = {
	.code = "CLS509",
	.name = "preamble-legal-basis",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "the preamble of a BVR lacks the 2019 heading Rechtsgrond",
	.source = "VL-WT 'Heerlijk helder' (18 November 2019): headings Rechtsgrond, Vormvereisten, Motivering (RULES-VL.md 1F CLS-BVR-PREAMBLE)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
