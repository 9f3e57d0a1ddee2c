/* STR110 empty-provision: a provision with a number or heading but no text and no parts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"

/* Elements that are content even without text. */
static bool is_content_element(const char *name)
{
	static const char *const names[] = {
		"img", "table", "object", "embeddedStructure", "quotedStructure", "subFlow", "foreign",
		"componentRef", "documentRef", "mod", NULL
	};
	int i;

	for (i = 0; names[i]; i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

static bool is_label(const char *name)
{
	return !strcmp(name, "num") || !strcmp(name, "heading") || !strcmp(name, "subheading");
}

/* True when node's subtree, labels left aside, holds text or content. */
static bool has_content(const xmlNode *node)
{
	const xmlNode *n = node->children;

	while (n && n != node) {
		bool down = false;

		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			const char *p;

			for (p = (const char *)n->content; p && *p; p++)
				if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
					return true;
		} else if (n->type == XML_ELEMENT_NODE && !is_label((const char *)n->name)) {
			if (is_content_element((const char *)n->name))
				return true;
			if (n->children) {
				n = n->children;
				down = true;
			}
		}
		if (down)
			continue;
		while (n != node && !n->next)
			n = n->parent;
		if (n != node)
			n = n->next;
	}
	return false;
}

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
	/* Only leaves are read, so every text node is looked at once at most. */
	for (i = 0; i < doc->nprovs && !rc; i++) {
		const struct leges_provision *p = &doc->provs[i];

		/* An hcontainer may rightly be a heading alone (a crossheading). */
		if (parent[i] || p->quoted || !strcmp(p->name, "hcontainer") || has_content(p->node))
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
