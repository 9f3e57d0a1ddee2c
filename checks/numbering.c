/* numbering.c - sequences of provision numbers (see numbering.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "checks/numbering.h"

struct group {
	size_t *members;
	size_t n, cap;
	bool lead_unnumbered;	/* a sibling without a number comes first */
};

static bool numbered(const struct leges_provision *p)
{
	return p->num.kind == LEGES_NUM_ARABIC || p->num.kind == LEGES_NUM_ROMAN || p->num.kind == LEGES_NUM_LETTER;
}

const char *leges_prov_label(const struct leges_provision *p, char *buf, size_t size)
{
	snprintf(buf, size, "%s", p->num_text ? p->num_text : p->name);
	return buf;
}

static void free_group(void *payload, const xmlChar *name)
{
	struct group *g = payload;

	(void)name;
	free(g->members);
	free(g);
}

struct walk {
	struct leges_check_ctx *ctx;
	enum leges_seq_event want;
	leges_seq_fn fn;
	int rc;
};

static void number_key(const struct leges_num *n, bool as_roman, char *buf, size_t size)
{
	int i, w;

	w = snprintf(buf, size, "%d:%ld.%d.%d", n->kind == LEGES_NUM_ARABIC ? 0 : as_roman ? 1 : 2,
		     leges_num_value(n, as_roman), n->latin, n->suffix);
	for (i = 0; i < n->nsub && w > 0 && (size_t)w < size; i++)
		w += snprintf(buf + w, size - (size_t)w, "/%ld", n->sub[i]);
}

enum reading { READ_ARABIC, READ_LETTER, READ_ROMAN };

/*
 * How to read cur: "i", "v", "x" are letters or roman numerals.  A roman
 * series starts at "i" (unless it follows "h") and goes on while the values
 * follow each other; everything else is read as a letter.
 */
static enum reading read_as(const struct leges_provision *cur, const struct leges_provision *last_roman,
			    const struct leges_provision *prev)
{
	if (cur->num.kind == LEGES_NUM_ARABIC)
		return READ_ARABIC;
	if (cur->num.kind == LEGES_NUM_ROMAN)
		return READ_ROMAN;
	if (!cur->num.roman)
		return READ_LETTER;
	if (prev && prev == last_roman && cur->num.roman == last_roman->num.roman + 1)
		return READ_ROMAN;
	if (cur->num.roman == 1 && !(prev && prev->num.kind == LEGES_NUM_LETTER && prev != last_roman &&
				     prev->num.letter == 8))
		return READ_ROMAN;
	return READ_LETTER;
}

static void judge(void *payload, void *data, const xmlChar *name)
{
	struct group *g = payload;
	struct walk *wk = data;
	const struct leges_provision *provs = wk->ctx->doc->provs;
	const struct leges_provision *last[3] = { NULL, NULL, NULL }, *prev_item = NULL;
	xmlHashTablePtr seen = NULL;
	size_t i;

	(void)name;
	if (wk->rc || !g->n)
		return;
	if (wk->want == LEGES_SEQ_DUPLICATE && !(seen = xmlHashCreate(16))) {
		wk->rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		return;
	}
	for (i = 0; i < g->n && !wk->rc; i++) {
		const struct leges_provision *cur = &provs[g->members[i]];
		enum reading r = read_as(cur, last[READ_ROMAN], prev_item);
		bool roman = r == READ_ROMAN;
		const struct leges_provision *prev = last[r];
		char key[128];

		prev_item = cur;
		if (seen) {
			number_key(&cur->num, roman, key, sizeof(key));
			if (xmlHashLookup(seen, (const xmlChar *)key))
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_DUPLICATE, prev, cur, roman);
			else if (xmlHashAddEntry(seen, (const xmlChar *)key, (void *)cur) < 0)
				wk->rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			last[r] = cur;
			continue;
		}
		if (!prev) {
			/* Only the first number of the whole sequence must be 1. */
			if (wk->want == LEGES_SEQ_GAP && i == 0 && !g->lead_unnumbered &&
			    !leges_num_is_insertion(&cur->num) &&
			    leges_num_value(&cur->num, roman) != 1)
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_GAP, NULL, cur, roman);
			last[r] = cur;
			continue;
		}
		{
			int c = leges_num_cmp(&prev->num, &cur->num, roman);
			long pv = leges_num_value(&prev->num, roman), cv = leges_num_value(&cur->num, roman);

			if (c > 0 && wk->want == LEGES_SEQ_ORDER)
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_ORDER, prev, cur, roman);
			if (c < 0 && wk->want == LEGES_SEQ_GAP &&
			    (leges_num_is_insertion(&cur->num) ? cv > pv : cv > pv + 1))
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_GAP, prev, cur, roman);
			/* After an out-of-order number, judge the next against the higher one. */
			if (c < 0)
				last[r] = cur;
		}
	}
	if (seen)
		xmlHashFree(seen, NULL);
}

int leges_numbering_walk(struct leges_check_ctx *ctx, enum leges_seq_event want, leges_seq_fn fn)
{
	struct leges_doc *doc = ctx->doc;
	struct walk wk = { ctx, want, fn, 0 };
	xmlHashTablePtr groups;
	bool sections_hold_articles = false;
	size_t i;

	for (i = 0; i < doc->nprovs; i++) {
		const struct leges_provision *p = &doc->provs[i];

		if (!strcmp(p->name, "article") && p->parent >= 0 && !p->quoted) {
			long a;

			for (a = p->parent; a >= 0; a = doc->provs[a].parent)
				if (!strcmp(doc->provs[a].name, "section")) {
					sections_hold_articles = true;
					break;
				}
		}
		if (sections_hold_articles)
			break;
	}
	groups = xmlHashCreate(256);
	if (!groups)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < doc->nprovs && !wk.rc; i++) {
		const struct leges_provision *p = &doc->provs[i];
		struct group *g;
		char key[160];
		long container = p->parent;

		if (p->quoted || !strcmp(p->name, "list"))
			continue;
		if (!strcmp(p->name, "article") || (!strcmp(p->name, "section") && !sections_hold_articles))
			container = -1;
		/* An hcontainer's kind is its @name ("regulation", "crossheading"). */
		snprintf(key, sizeof(key), "%u/%ld/%s/%.40s", p->component, container, p->name,
			 strcmp(p->name, "hcontainer") ? "" : leges_attr(p->node, "name") ? leges_attr(p->node, "name") : "");
		g = xmlHashLookup(groups, (const xmlChar *)key);
		if (!g) {
			g = calloc(1, sizeof(*g));
			if (!g || xmlHashAddEntry(groups, (const xmlChar *)key, g) < 0) {
				free(g);
				wk.rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
		}
		if (!numbered(p)) {
			if (!g->n)
				g->lead_unnumbered = true;
			continue;
		}
		if (g->n == g->cap) {
			size_t cap = g->cap ? g->cap * 2 : 8;
			size_t *m = realloc(g->members, cap * sizeof(*m));

			if (!m) {
				wk.rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
			g->members = m;
			g->cap = cap;
		}
		g->members[g->n++] = i;
	}
	if (!wk.rc)
		xmlHashScan(groups, judge, &wk);
	xmlHashFree(groups, free_group);
	return wk.rc;
}
