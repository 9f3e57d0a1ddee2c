/* STR131 insertion-number: new units inserted into an act are numbered 5/1, not 5bis. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"
#include "checks/draft.h"

static const char inserted_latin[] =
	"\\b(?:[Aa]rtikel|[Pp]unt|[Pp]aragraaf|[Hh]oofdstuk|[Aa]fdeling)\\s+\\d+\\s?(?:bis|ter|quater|quinquies|"
	"sexies|septies|octies|novies|nonies|decies)\\b[^.;:]*?\\b(?:ingevoegd|toegevoegd)\\b(?!\\s+bij\\b)";

/* The amending words around a quoted structure (its mod without the quotations). */
static bool inserts(const xmlNode *n)
{
	const xmlNode *mod, *c;
	char buf[2048];
	size_t len = 0;

	for (mod = n; mod && !(mod->type == XML_ELEMENT_NODE && !strcmp((const char *)mod->name, "mod")); mod = mod->parent)
		;
	if (!mod)
		return false;
	buf[0] = '\0';
	for (c = mod->children; c && len < sizeof(buf) - 1; c = c->next) {
		xmlChar *t;

		if (c->type == XML_ELEMENT_NODE && (!strcmp((const char *)c->name, "quotedStructure") ||
						    !strcmp((const char *)c->name, "quotedText")))
			continue;
		t = xmlNodeGetContent(c);
		if (t) {
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s ", (const char *)t);
			xmlFree(t);
		}
	}
	return leges_match("\\b(?:ingevoegd|toegevoegd)\\b(?!\\s+bij\\b)", buf) && !leges_match("\\bvervangen\\b", buf);
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_doc *doc = ctx->doc;
	size_t i, r;
	int rc = leges_doc_text_runs(doc);

	/* A quoted new article numbered with a Latin suffix. */
	for (i = 0; !rc && i < doc->nprovs; i++) {
		const struct leges_provision *p = &doc->provs[i];

		if (p->quoted && p->num_node && p->num.latin && inserts(p->node))
			rc = leges_report(ctx, p->num_node, NULL,
					  "number an inserted unit with a slash ('%ld/1'), not with '%s', unless the act "
					  "already uses bis, ter …", p->num.base, p->num_text);
	}
	/* The amending sentence that inserts it. */
	for (r = 0; !rc && r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t off = 0, ms, me;

		/* The pattern needs "ingevoegd" or "toegevoegd": most runs have neither. */
		if (!run->in_body || !strstr(run->text, "gevoegd"))
			continue;
		while (!rc && leges_match_at(inserted_latin, run->text, run->len, off, &ms, &me)) {
			rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, ms), run->block,
					      "insert new units with a slash number (5/1), not 5bis, unless the act already "
					      "uses bis, ter …");
			off = me;
		}
	}
	return rc;
}

const struct leges_rule leges_rule_str131 = {
	.code = "STR131",
	.name = "insertion-number",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "a unit inserted into an act is numbered 5bis rather than 5/1",
	.source = "RvS Beginselen van de wetgevingstechniek (2008), recs. 123-124 (RULES.md 1A STR-INSERT-SLASH)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
