/* numbering.c - sequences of provision numbers (see numbering.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <stdint.h>

#include "checks/numbering.h"

/* One sequence: its numbered members, in document order. */
struct group {
	const size_t *members;
	size_t n;
	bool lead_unnumbered;	/* a sibling without a number comes first */
};

/*
 * Every sequence of a document, worked out once for STR101, STR102 and STR103
 * and kept in the doc's cache.
 */
struct sequences {
	size_t *members;	/* of every group, group after group */
	struct group *groups;
	size_t ngroups, longest;
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


struct walk {
	struct leges_check_ctx *ctx;
	enum leges_seq_event want;
	leges_seq_fn fn;
	struct member *m;	/* room for the longest sequence */
	int rc;
};


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

struct member {
	size_t prov;
	enum reading r;
};

static int cmp_member(const void *pa, const void *pb, const struct leges_provision *provs)
{
	const struct member *a = pa, *b = pb;
	int c;

	if (a->r != b->r)
		return a->r < b->r ? -1 : 1;
	c = leges_numkey_cmp(&provs[a->prov].num, &provs[b->prov].num, a->r == READ_ROMAN);
	if (c)
		return c;
	return a->prov < b->prov ? -1 : a->prov > b->prov;
}

/* qsort() takes no context: the provisions of the sequence being sorted, per thread. */
static _Thread_local const struct leges_provision *tl_provs;

static int cmp_member_tl(const void *a, const void *b)
{
	return cmp_member(a, b, tl_provs);
}

/* Judge one sequence: its members in document order. */
static void judge(const struct group *g, struct walk *wk)
{
	const struct leges_provision *provs = wk->ctx->doc->provs;
	const struct leges_provision *last[3] = { NULL, NULL, NULL }, *prev_item = NULL;
	struct member *m = wk->m;
	size_t i;

	if (wk->rc || !g->n)
		return;
	/* How each number reads depends on the ones before it. */
	for (i = 0; i < g->n; i++) {
		const struct leges_provision *cur = &provs[g->members[i]];

		m[i].prov = g->members[i];
		m[i].r = read_as(cur, last[READ_ROMAN], prev_item);
		prev_item = cur;
		last[m[i].r] = cur;
	}
	if (wk->want == LEGES_SEQ_DUPLICATE) {
		/* Equal numbers sort side by side; each later one is a duplicate. */
		tl_provs = provs;
		qsort(m, g->n, sizeof(*m), cmp_member_tl);
		for (i = 1; i < g->n && !wk->rc; i++)
			if (m[i].r == m[i - 1].r &&
			    !leges_numkey_cmp(&provs[m[i].prov].num, &provs[m[i - 1].prov].num, m[i].r == READ_ROMAN))
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_DUPLICATE, &provs[m[i - 1].prov], &provs[m[i].prov],
						m[i].r == READ_ROMAN);
		return;
	}
	last[0] = last[1] = last[2] = NULL;
	prev_item = NULL;
	for (i = 0; i < g->n && !wk->rc; i++) {
		const struct leges_provision *cur = &provs[m[i].prov];
		/* Read again against the sequence as judged: an out-of-order number is not "last". */
		enum reading r = read_as(cur, last[READ_ROMAN], prev_item);
		bool roman = r == READ_ROMAN;
		const struct leges_provision *prev = last[r];

		prev_item = cur;

		if (!prev) {
			/* Only the first number of the whole sequence must be 1. */
			if (wk->want == LEGES_SEQ_GAP && i == 0 && !g->lead_unnumbered &&
			    !leges_numkey_is_insertion(&cur->num) && leges_numkey_value(&cur->num, roman) != 1)
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_GAP, NULL, cur, roman);
			last[r] = cur;
			continue;
		}
		{
			int c = leges_numkey_cmp(&prev->num, &cur->num, roman);
			long pv = leges_numkey_value(&prev->num, roman), cv = leges_numkey_value(&cur->num, roman);

			if (c > 0 && wk->want == LEGES_SEQ_ORDER)
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_ORDER, prev, cur, roman);
			if (c < 0 && wk->want == LEGES_SEQ_GAP &&
			    (leges_numkey_is_insertion(&cur->num) ? cv > pv : cv > pv + 1))
				wk->rc = wk->fn(wk->ctx, LEGES_SEQ_GAP, prev, cur, roman);
			/* After an out-of-order number, judge the next against the higher one. */
			if (c < 0)
				last[r] = cur;
		}
	}
}

/* A provision's place in a sequence: what it is numbered among. */
struct item {
	size_t prov;
	unsigned comp;
	long container;
	const char *name;	/* interned by libxml2's dictionary: equal names, equal pointers */
	const char *hname;	/* an hcontainer's @name, or "" */
};

static int cmp_item(const void *pa, const void *pb)
{
	const struct item *a = pa, *b = pb;
	int c;

	if (a->comp != b->comp)
		return a->comp < b->comp ? -1 : 1;
	if (a->container != b->container)
		return a->container < b->container ? -1 : 1;
	if (a->name != b->name)
		return (uintptr_t)a->name < (uintptr_t)b->name ? -1 : 1;
	/* Nearly every hname is the same "": no call to strcmp() then. */
	if (a->hname != b->hname && (c = strcmp(a->hname, b->hname)))
		return c;
	return a->prov < b->prov ? -1 : a->prov > b->prov;
}

static bool same_sequence(const struct item *a, const struct item *b)
{
	return a->comp == b->comp && a->container == b->container && a->name == b->name &&
	       (a->hname == b->hname || !strcmp(a->hname, b->hname));
}

static void sequences_free(void *p)
{
	struct sequences *seq = p;

	if (seq) {
		free(seq->members);
		free(seq->groups);
		free(seq);
	}
}

static int sequences_build(const struct leges_doc *doc, struct sequences **out)
{
	struct sequences *seq = NULL;
	struct item *items = NULL;
	bool sections_hold_articles = false;
	size_t i, k, n = 0, nm = 0;
	int rc = 0;

	*out = NULL;
	for (i = 0; i < doc->nprovs && !sections_hold_articles; i++) {
		const struct leges_provision *p = &doc->provs[i];

		if (!strcmp(p->name, "article") && p->parent >= 0 && !p->quoted) {
			long a;

			for (a = p->parent; a >= 0; a = doc->provs[a].parent)
				if (!strcmp(doc->provs[a].name, "section")) {
					sections_hold_articles = true;
					break;
				}
		}
	}
	seq = calloc(1, sizeof(*seq));
	items = malloc((doc->nprovs + 1) * sizeof(*items));
	if (seq) {
		seq->members = malloc((doc->nprovs + 1) * sizeof(*seq->members));
		seq->groups = malloc((doc->nprovs + 1) * sizeof(*seq->groups));
	}
	if (!seq || !items || !seq->members || !seq->groups) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < doc->nprovs; i++) {
		const struct leges_provision *p = &doc->provs[i];
		const char *hname;

		if (p->quoted || !strcmp(p->name, "list"))
			continue;
		items[n].prov = i;
		items[n].comp = p->component;
		/* Articles, and sections that are the article-level unit, are numbered across the act. */
		items[n].container = !strcmp(p->name, "article") || (!strcmp(p->name, "section") && !sections_hold_articles)
				     ? -1 : p->parent;
		items[n].name = p->name;
		/* An hcontainer's kind is its @name ("regulation", "crossheading"). */
		hname = strcmp(p->name, "hcontainer") ? NULL : leges_attr(p->node, "name");
		items[n].hname = hname ? hname : "";
		n++;
	}
	qsort(items, n, sizeof(*items), cmp_item);
	for (i = 0; i < n; i = k) {
		struct group *g = &seq->groups[seq->ngroups++];

		g->members = seq->members + nm;
		g->n = 0;
		g->lead_unnumbered = !numbered(&doc->provs[items[i].prov]);
		for (k = i; k < n && same_sequence(&items[i], &items[k]); k++)
			if (numbered(&doc->provs[items[k].prov]))
				seq->members[nm + g->n++] = items[k].prov;
		nm += g->n;
		if (g->n > seq->longest)
			seq->longest = g->n;
	}
	*out = seq;
	seq = NULL;
out:
	free(items);
	sequences_free(seq);
	return rc;
}

/* The address is the key of the sequences in the doc's cache. */
static const char sequences_key;

int leges_numbering_walk(struct leges_check_ctx *ctx, enum leges_seq_event want, leges_seq_fn fn)
{
	struct walk wk = { ctx, want, fn, NULL, 0 };
	struct sequences *seq = leges_doc_cache_get(ctx->doc, &sequences_key);
	size_t i;
	int rc;

	if (!seq) {
		rc = sequences_build(ctx->doc, &seq);
		if (!rc && (rc = leges_doc_cache_put(ctx->doc, &sequences_key, seq, sequences_free)))
			sequences_free(seq);
		if (rc)
			return rc;
	}
	wk.m = malloc((seq->longest + 1) * sizeof(*wk.m));
	if (!wk.m)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < seq->ngroups && !wk.rc; i++)
		judge(&seq->groups[i], &wk);
	free(wk.m);
	return wk.rc;
}
