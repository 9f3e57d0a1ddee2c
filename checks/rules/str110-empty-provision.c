/* STR110 empty-provision: a provision with a number or heading but no text and no parts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_doc *doc = ctx->doc;
	bool *parent = NULL;
	size_t i;
	int rc = 0;

	if (!doc->nprovs)
		return 0;
	parent = calloc(doc->nprovs, sizeof(*parent));
	if (!parent)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < doc->nprovs; i++)
		if (doc->provs[i].parent >= 0)
			parent[doc->provs[i].parent] = true;
	/* A leaf holds no sub-provisions, so what it holds is all its own (model.h). */
	for (i = 0; i < doc->nprovs && !rc; i++) {
		const struct leges_provision *p = &doc->provs[i];

		/* An hcontainer may rightly be a heading alone (a crossheading). */
		if (parent[i] || p->quoted || !strcmp(p->name, "hcontainer") || p->has_content)
			continue;
		rc = leges_report(ctx, p->node, NULL, "<%s>%s%s%s has no text and no parts", p->name,
				  p->num_text ? " '" : "", p->num_text ? p->num_text : "", p->num_text ? "'" : "");
	}
	free(parent);
	return rc;
}

const struct leges_rule leges_rule_str110 = {
	.code = "STR110",
	.name = "empty-provision",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a provision has no text and no sub-provisions",
	.source = "AKN Part 1 hierarchy model (RULES.md 4E); a repealed provision keeps the text '(opgeheven)'",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN_ALL,
};
