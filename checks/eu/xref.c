/*
 * xref.c - EU citations, transposition clause, correlation table, deadlines
 * and copied regulations of one document (see xref.h).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pcre2.h>

#include "checks/eu/xref.h"
#include "checks/prefilter.h"
#include "parser/cite-scan.h"
#include "parser/error.h"
#include "parser/load.h"

/* --- patterns ---------------------------------------------------------------------- */

#define MONTHS_NL "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
#define MONTHS_FR "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
#define MONTHS_EN "January|February|March|April|May|June|July|August|September|October|November|December"

/* CLS-TRANSPOS (RULES.md 1E) in Dutch, French and English. */
static const char clause_src[] =
	"(?i)(?:\\b(?:Dit|Deze)\\s+(?:decreet|besluit|wet|codex|ordonnantie)\\s+voorziet\\s+in\\s+de\\s+"
	"(?<pn>gedeeltelijke\\s+)?omzetting\\s+van"
	"|\\bLe\\s+pr[ée]sent\\s+(?:d[ée]cret|arr[êe]t[ée]|loi|code|ordonnance)\\s+transpose\\s+(?<pf>partiellement\\s+)?"
	"|\\bThis\\s+(?:Act|Decree|Order|Code)\\s+(?<pe>partially\\s+)?(?:transposes|implements))";

/* CLS-EIF with a fixed date. */
static const char eif_src[] =
	"(?i)(?:treedt\\s+in\\s+werking\\s+op|entre\\s+en\\s+vigueur\\s+le|enters?\\s+into\\s+force\\s+on)\\s+"
	"(?<d>\\d{1,2}|1\\s?(?:ste|er))\\s+(?<m>" MONTHS_NL "|" MONTHS_FR "|" MONTHS_EN ")\\s+(?<y>\\d{4})";

/* A directive article in a correlation table: "Art. 5, lid 1", "artikel 7", "Article 12(3)". */
static const char article_src[] = "(?i)\\bart(?:ikel|icle|\\.)?\\s*(?<a>\\d+[a-z]?)";

static struct {
	pthread_once_t once;
	pcre2_code *clause, *eif, *article;
	struct leges_prefilter *clause_words;	/* the clause's literals; NULL (no memory): every run is tried */
} pat = { PTHREAD_ONCE_INIT, NULL, NULL, NULL, NULL };

static void init(void)
{
	const char *const src[] = { clause_src };
	const bool caseless[] = { false };	/* (?i) is in the pattern */
	int err;
	PCRE2_SIZE off;
	uint32_t o = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;

	pat.clause = pcre2_compile((PCRE2_SPTR)clause_src, PCRE2_ZERO_TERMINATED, o, &err, &off, NULL);
	pat.eif = pcre2_compile((PCRE2_SPTR)eif_src, PCRE2_ZERO_TERMINATED, o, &err, &off, NULL);
	pat.article = pcre2_compile((PCRE2_SPTR)article_src, PCRE2_ZERO_TERMINATED, o, &err, &off, NULL);
	if (pat.clause)
		(void)pcre2_jit_compile(pat.clause, PCRE2_JIT_COMPLETE);
	if (pat.eif)
		(void)pcre2_jit_compile(pat.eif, PCRE2_JIT_COMPLETE);
	pat.clause_words = leges_prefilter_new(src, caseless, 1);
}

static bool group(const pcre2_code *re, pcre2_match_data *md, const char *name, size_t *s, size_t *e)
{
	int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

	if (n < 0 || ov[2 * n] == PCRE2_UNSET)
		return false;
	*s = ov[2 * n];
	*e = ov[2 * n + 1];
	return true;
}

/* --- small helpers ------------------------------------------------------------------- */

static int grow(void **v, size_t *cap, size_t need, size_t size)
{
	void *p;
	size_t n;

	if (need <= *cap)
		return 0;
	n = *cap ? *cap * 2 : 8;
	while (n < need)
		n *= 2;
	p = realloc(*v, n * size);
	if (!p)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	*v = p;
	*cap = n;
	return 0;
}

/* A copy of s[0, n) with runs of white space as one space, trimmed. */
static char *squeeze(const char *s, size_t n)
{
	char *out = malloc(n + 1);
	size_t o = 0, i;
	bool space = false;

	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			space = o > 0;
			continue;
		}
		/* No-break spaces (U+00A0, U+202F) count as spaces. */
		if (i + 1 < n && !memcmp(s + i, "\xc2\xa0", 2)) {
			space = o > 0;
			i++;
			continue;
		}
		if (i + 2 < n && !memcmp(s + i, "\xe2\x80\xaf", 3)) {
			space = o > 0;
			i += 2;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = false;
		out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

static char *node_text(const xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	char *s = squeeze(t ? (const char *)t : "", t ? strlen((const char *)t) : 0);

	xmlFree(t);
	return s;
}

static const char *nearest_eid(const struct leges_doc *doc, const xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		const char *v = leges_attr(n, doc->eid_attr);

		if (v)
			return v;
	}
	return NULL;
}

static bool is_el(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int add_finding(struct leges_xref *x, size_t *cap, const char *code, const char *file, struct leges_pos pos,
		       const xmlNode *node, const char *fix, const char *fmt, ...) LEGES_PRINTF(8, 9);

static int add_finding(struct leges_xref *x, size_t *cap, const char *code, const char *file, struct leges_pos pos,
		       const xmlNode *node, const char *fix, const char *fmt, ...)
{
	struct leges_xref_finding *f;
	va_list ap;
	int rc;

	if ((rc = grow((void **)&x->findings, cap, x->nfindings + 1, sizeof(*x->findings))))
		return rc;
	f = &x->findings[x->nfindings];
	memset(f, 0, sizeof(*f));
	f->code = code;
	f->file = file;
	f->pos = pos;
	f->node = node;
	/* The translation has the same conversions, in the same order (checks/messages.c). */
	va_start(ap, fmt);
	rc = vsnprintf(NULL, 0, leges_tr(fmt, x->lang), ap);
	va_end(ap);
	f->message = rc >= 0 ? malloc((size_t)rc + 1) : NULL;
	if (!f->message)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	va_start(ap, fmt);
	vsnprintf(f->message, (size_t)rc + 1, leges_tr(fmt, x->lang), ap);
	va_end(ap);
	if (fix && !(f->fix = strdup(fix))) {
		free(f->message);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	x->nfindings++;
	return 0;
}

bool leges_xref_celex_of(char out[16], const char *s)
{
	struct leges_eu_cites c = { 0 };
	bool ok = false;

	if (!leges_cite_eu_find(&c, s, strlen(s)) && c.n) {
		memcpy(out, c.v[0].celex, 16);
		ok = true;
	}
	leges_eu_cites_release(&c);
	return ok;
}

static char doc_lang(const struct leges_doc *doc)
{
	if (!strncmp(doc->lang, "fr", 2))
		return 'f';
	if (!strncmp(doc->lang, "en", 2))
		return 'e';
	return 'n';
}

/* --- citations ------------------------------------------------------------------------ */

/* True when node lies inside the correlation table attachment (found first, see read_table_xml). */
static bool in_table(const struct leges_xref *x, const xmlNode *n)
{
	if (!x->table_node)
		return false;
	for (; n; n = n->parent)
		if (n == x->table_node)
			return true;
	return false;
}

static bool seg_in_ref(const struct leges_textrun *run, size_t at)
{
	size_t i;

	for (i = 0; i < run->nsegs; i++)
		if (at >= run->segs[i].start && at < run->segs[i].start + run->segs[i].len)
			return run->segs[i].in_ref;
	return false;
}

/* The right form of a citation, or "" when it is written right. */
static void correct_form(struct leges_xref_cite *xc, const char *runtext, char lang)
{
	const struct leges_eu_cite *c = &xc->c;
	char canon[64], *num;

	xc->correct[0] = '\0';
	if (c->form == LEGES_EU_FORM_ELI || c->form == LEGES_EU_FORM_CELEX || c->form == LEGES_EU_FORM_URL)
		return;
	leges_eu_cite_canonical(canon, sizeof(canon), c, c->lang ? c->lang : lang, xc->act ? xc->act->adopted : NULL);
	num = squeeze(runtext + c->num_start, c->num_end - c->num_start);
	if (num && strcmp(num, canon)) {
		if (c->list_member)
			snprintf(xc->correct, sizeof(xc->correct), "%s", canon);
		else
			snprintf(xc->correct, sizeof(xc->correct), "%.*s %s", (int)(c->num_start - c->start),
				 runtext + c->start, canon);
		/* The type word may have carried a line break: squeeze it too. */
		{
			char *sq = squeeze(xc->correct, strlen(xc->correct));

			if (sq) {
				snprintf(xc->correct, sizeof(xc->correct), "%s", sq);
				free(sq);
			}
		}
	}
	free(num);
}

/*
 * Documents without AKN blocks (Formex, other XML): every text node on its
 * own, so that EU texts can be scanned too.  Such citations have no run.
 */
static int find_citations_plain(struct leges_xref *x, const struct leges_eu_register *reg, size_t *cap)
{
	xmlNode *n = x->doc->root;
	int rc = 0;

	while (n && !rc) {
		if (n->type == XML_TEXT_NODE && n->content) {
			const char *text = (const char *)n->content;
			struct leges_eu_cites c = { 0 };
			size_t i;

			rc = leges_cite_eu_find(&c, text, strlen(text));
			for (i = 0; i < c.n && !rc; i++) {
				struct leges_xref_cite *xc;

				if ((rc = grow((void **)&x->cites, cap, x->ncites + 1, sizeof(*x->cites))))
					break;
				xc = &x->cites[x->ncites];
				memset(xc, 0, sizeof(*xc));
				xc->c = c.v[i];
				xc->written = squeeze(text + c.v[i].start, c.v[i].end - c.v[i].start);
				if (!xc->written) {
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
					break;
				}
				x->ncites++;
				xc->pos = leges_pos_text(&x->doc->in->map, n, c.v[i].start);
				xc->act = leges_eu_register_find(reg, c.v[i].celex);
			}
			leges_eu_cites_release(&c);
		}
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n && n != x->doc->root && !n->next)
			n = n->parent;
		if (!n || n == x->doc->root)
			break;
		n = n->next;
	}
	return rc;
}

/*
 * Positions, on first use: leges check asks only for those of its findings
 * (struct leges_xref_opts.positions).
 */
static struct leges_pos cite_pos(struct leges_xref *x, struct leges_xref_cite *xc)
{
	if (!xc->pos.line && xc->run)
		xc->pos = leges_textrun_pos(x->doc, xc->run, xc->c.start);
	return xc->pos;
}

static struct leges_pos clause_pos(struct leges_xref *x)
{
	if (!x->clause_pos.line && x->clause)
		x->clause_pos = leges_textrun_pos(x->doc, x->clause, x->clause_off);
	return x->clause_pos;
}

static struct leges_pos eif_pos(struct leges_xref *x)
{
	if (!x->eif_pos.line && x->eif_run)
		x->eif_pos = leges_textrun_pos(x->doc, x->eif_run, x->eif_off);
	return x->eif_pos;
}

/* Where a finding about the whole draft goes: the clause, else the document element. */
static struct leges_pos where_pos(struct leges_xref *x, const xmlNode *where)
{
	return x->clause ? clause_pos(x) : leges_doc_pos(x->doc, where);
}

/* All of them, for leges xref. */
static void all_positions(struct leges_xref *x)
{
	size_t i;

	for (i = 0; i < x->ncites; i++)
		cite_pos(x, &x->cites[i]);
	for (i = 0; i < x->nbecites; i++)
		if (!x->becites[i].pos.line && x->becites[i].run)
			x->becites[i].pos = leges_textrun_pos(x->doc, x->becites[i].run, x->becites[i].c.start);
	clause_pos(x);
	eif_pos(x);
}

static int find_citations(struct leges_xref *x, const struct leges_eu_register *reg, size_t *fcap)
{
	struct leges_doc *doc = x->doc;
	size_t cap = 0, becap = 0, r, i;
	char lang = doc_lang(doc);
	int rc = 0;

	if (doc->dialect == LEGES_DIALECT_NONE || doc->dialect == LEGES_DIALECT_UNKNOWN)
		return find_citations_plain(x, reg, &cap);
	for (r = 0; r < doc->nruns && !rc; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		struct leges_eu_cites c = { 0 };
		struct leges_be_cites b = { 0 };

		rc = leges_cite_eu_find(&c, run->text, run->len);
		if (!rc)
			rc = leges_cite_be_find(&b, run->text, run->len);
		for (i = 0; i < c.n && !rc; i++) {
			struct leges_xref_cite *xc;

			if ((rc = grow((void **)&x->cites, &cap, x->ncites + 1, sizeof(*x->cites))))
				break;
			xc = &x->cites[x->ncites];
			memset(xc, 0, sizeof(*xc));
			xc->c = c.v[i];
			xc->run = run;
			xc->written = squeeze(run->text + c.v[i].start, c.v[i].end - c.v[i].start);
			if (!xc->written) {
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
			x->ncites++;
			xc->eid = nearest_eid(doc, run->block);
			xc->act = leges_eu_register_find(reg, c.v[i].celex);
			xc->in_ref = seg_in_ref(run, c.v[i].start);
			xc->in_table = in_table(x, run->block);
			correct_form(xc, run->text, lang);
			if (xc->correct[0])
				rc = add_finding(x, fcap, "EU601", NULL, cite_pos(x, xc), run->block, xc->correct,
						 "'%s' is not the form of %s %s: write '%s'", xc->written,
						 leges_eu_kind_name(xc->c.kind), xc->c.celex, xc->correct);
		}
		for (i = 0; i < b.n && !rc; i++) {
			struct leges_xref_becite *xb;

			if ((rc = grow((void **)&x->becites, &becap, x->nbecites + 1, sizeof(*x->becites))))
				break;
			xb = &x->becites[x->nbecites];
			memset(xb, 0, sizeof(*xb));
			xb->c = b.v[i];
			xb->written = squeeze(run->text + b.v[i].start, b.v[i].end - b.v[i].start);
			if (!xb->written) {
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
			x->nbecites++;
			xb->run = run;
			xb->eid = nearest_eid(doc, run->block);
		}
		leges_eu_cites_release(&c);
		leges_be_cites_release(&b);
	}
	return rc;
}

/* --- transposition clause and entry into force ---------------------------------------- */

static int month_of(const char *s, size_t n)
{
	static const char *const names[] = {
		"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
		"november", "december", "janvier", "f\xc3\xa9vrier", "mars", "avril", "mai", "juin", "juillet",
		"ao\xc3\xbbt", "septembre", "octobre", "novembre", "d\xc3\xa9" "cembre", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"fevrier", "aout", "decembre",
	};
	static const int fix[] = { 2, 8, 12 };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == n && !strncasecmp(s, names[i], n))
			return i < 36 ? (int)(i % 12) + 1 : fix[i - 36];
	return 0;
}

static int find_clause_and_eif(struct leges_xref *x)
{
	struct leges_doc *doc = x->doc;
	pcre2_match_data *md = pcre2_match_data_create(16, NULL);
	size_t r;

	if (!md)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (r = 0; r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		size_t s, e;

		if (x->clause && x->eif[0])
			break;
		if (!run->in_body || in_table(x, run->block))
			continue;
		/* A pattern runs only where a cheap scan says it can match: few runs hold a clause or a date. */
		if (!x->clause && (!pat.clause_words || leges_prefilter_scan(pat.clause_words, run->text, run->len)) &&
		    pcre2_match(pat.clause, (PCRE2_SPTR)run->text, run->len, 0, 0, md, NULL) >= 0) {
			x->clause = run;
			x->clause_off = ov[0];
			x->clause_partial = group(pat.clause, md, "pn", &s, &e) || group(pat.clause, md, "pf", &s, &e) ||
					    group(pat.clause, md, "pe", &s, &e);
		}
		if (!x->eif[0] && leges_cite_scan_month_year(run->text, run->len) &&
		    pcre2_match(pat.eif, (PCRE2_SPTR)run->text, run->len, 0, 0, md, NULL) >= 0) {
			size_t ds = 0, de = 0, ms = 0, me = 0, ys = 0, ye = 0;
			int d, m, y;

			group(pat.eif, md, "d", &ds, &de);
			group(pat.eif, md, "m", &ms, &me);
			group(pat.eif, md, "y", &ys, &ye);
			d = de - ds > 2 || (de - ds == 2 && !(run->text[ds + 1] >= '0' && run->text[ds + 1] <= '9')) ?
				    1 : atoi(run->text + ds);
			m = month_of(run->text + ms, me - ms);
			y = atoi(run->text + ys);
			if (m && d >= 1 && d <= 31 && y >= 1000 && y <= 9999) {
				char date[32];

				snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m, d);
				memcpy(x->eif, date, sizeof(x->eif) - 1);
				x->eif_run = run;
				x->eif_off = ov[0];
				x->eif_node = run->block;
			}
		}
	}
	pcre2_match_data_free(md);
	return 0;
}

/* --- correlation table ------------------------------------------------------------------ */

static void article_of(char out[16], const char *s)
{
	pcre2_match_data *md = pcre2_match_data_create(4, NULL);
	size_t a, b;

	out[0] = '\0';
	if (md && pcre2_match(pat.article, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) >= 0 &&
	    group(pat.article, md, "a", &a, &b))
		snprintf(out, 16, "%.*s", (int)(b - a), s + a);
	pcre2_match_data_free(md);
}

/* "art_5__para_1" -> "5". */
static void article_of_eid(char out[16], const char *portion)
{
	size_t n;

	out[0] = '\0';
	if (strncmp(portion, "art_", 4))
		return;
	n = strcspn(portion + 4, "_");
	snprintf(out, 16, "%.*s", (int)(n < 15 ? n : 15), portion + 4);
}

static void lower_ascii(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

static int row_add_eid(struct leges_xref_row *row, const char *eid, size_t n, xmlNode *node)
{
	char **v;
	xmlNode **nv;

	v = realloc(row->eids, (row->neids + 1) * sizeof(*v));
	if (!v)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	row->eids = v;
	nv = realloc(row->eid_nodes, (row->neids + 1) * sizeof(*nv));
	if (!nv)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	row->eid_nodes = nv;
	if (!(v[row->neids] = strndup(eid, n)))
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	nv[row->neids++] = node;
	return 0;
}

/* Every <ref href="#..."> below cell. */
static int collect_eids(struct leges_xref_row *row, xmlNode *cell)
{
	xmlNode *n = cell->children;
	int rc = 0;

	while (n && n != cell && !rc) {
		if (is_el(n, "ref")) {
			const char *h = leges_attr(n, "href");

			if (h && h[0] == '#' && h[1])
				rc = row_add_eid(row, h + 1, strlen(h + 1), n);
		}
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n != cell && !n->next)
			n = n->parent;
		if (n != cell)
			n = n->next;
	}
	return rc;
}

/* The directive and article of the first cell: from a <ref> to an EU ELI, else from the text. */
/* The first <ref> with an href at or below n, or NULL. */
static xmlNode *first_ref(xmlNode *n)
{
	for (; n; n = n->next) {
		xmlNode *r;

		if (is_el(n, "ref") && leges_attr(n, "href"))
			return n;
		if (n->type == XML_ELEMENT_NODE && (r = first_ref(n->children)))
			return r;
	}
	return NULL;
}

static void directive_cell(struct leges_xref_row *row, xmlNode *cell)
{
	xmlNode *n = first_ref(cell->children);

	if (n) {
		const char *h = leges_attr(n, "href"), *tilde;

		if (leges_xref_celex_of(row->celex, h) && (tilde = strchr(h, '~')))
			article_of_eid(row->article, tilde + 1);
	}
	if (!row->celex[0])
		leges_xref_celex_of(row->celex, row->provision);
	if (!row->article[0])
		article_of(row->article, row->provision);
}

static void row_release(struct leges_xref_row *row)
{
	size_t i;

	free(row->provision);
	free(row->national);
	free(row->status);
	for (i = 0; i < row->neids; i++)
		free(row->eids[i]);
	free(row->eids);
	free(row->eid_nodes);
}

/*
 * The attached <doc name="omzettingstabel">: looked for only where documents
 * are attached (attachments, components, collections), not in the body.
 */
static xmlNode *find_table_doc(xmlNode *n, int depth)
{
	static const char *const containers[] = {
		"attachments", "attachment", "components", "component", "collectionBody", "interstitial",
	};
	size_t i;

	for (; n && depth < 16; n = n->next) {
		xmlNode *found;
		bool descend = false;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is_el(n, "doc") && leges_attr(n, "name") && !strcmp(leges_attr(n, "name"), "omzettingstabel"))
			return n;
		for (i = 0; i < sizeof(containers) / sizeof(containers[0]); i++)
			descend = descend || !strcmp((const char *)n->name, containers[i]);
		/* The root's document element and attached documents hold further attachments. */
		descend = descend || depth < 2 || (n->parent && is_el(n->parent, "attachment")) ||
			  (n->parent && is_el(n->parent, "component"));
		if (descend && (found = find_table_doc(n->children, depth + 1)))
			return found;
	}
	return NULL;
}

static int read_table_xml(struct leges_xref *x, size_t *rcap)
{
	xmlNode *tdoc = find_table_doc(x->doc->root, 0), *n;
	int rc = 0;

	if (!tdoc)
		return 0;
	x->table_source = "attachment";
	x->table_node = tdoc;
	/* Walk the attachment for rows; a row of th cells is a header. */
	n = tdoc->children;
	while (n && n != tdoc && !rc) {
		if (is_el(n, "tr")) {
			xmlNode *cells[4] = { NULL, NULL, NULL, NULL }, *c;
			struct leges_xref_row row;
			size_t k = 0;

			for (c = n->children; c; c = c->next)
				if ((is_el(c, "td") || is_el(c, "th")) && k < 4)
					cells[k++] = c;
			if (k >= 2 && is_el(cells[0], "td")) {
				memset(&row, 0, sizeof(row));
				row.node = n;
				row.pos = leges_doc_pos(x->doc, n);
				row.provision = node_text(cells[0]);
				row.national = node_text(cells[1]);
				row.status = k > 2 ? node_text(cells[2]) : strdup("");
				if (!row.provision || !row.national || !row.status)
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				if (!rc) {
					lower_ascii(row.status);
					directive_cell(&row, cells[0]);
					rc = collect_eids(&row, cells[1]);
				}
				if (!rc)
					rc = grow((void **)&x->rows, rcap, x->nrows + 1, sizeof(*x->rows));
				if (rc) {
					row_release(&row);
					break;
				}
				x->rows[x->nrows++] = row;
			}
		}
		if (n->type == XML_ELEMENT_NODE && n->children && !is_el(n, "tr")) {
			n = n->children;
			continue;
		}
		while (n != tdoc && !n->next)
			n = n->parent;
		if (n != tdoc)
			n = n->next;
	}
	return rc;
}

/* Split one CSV line (RFC 4180 quotes) into at most max fields; returns the count. */
static size_t csv_fields(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p = line, *o;

	while (n < max) {
		f[n++] = o = p;
		if (*p == '"') {
			p++;
			while (*p) {
				if (*p == '"' && p[1] == '"') {
					*o++ = '"';
					p += 2;
				} else if (*p == '"') {
					p++;
					break;
				} else {
					*o++ = *p++;
				}
			}
			while (*p && *p != ',' && *p != ';')
				p++;
		} else {
			while (*p && *p != ',' && *p != ';')
				*o++ = *p++;
		}
		if (!*p) {
			*o = '\0';
			break;
		}
		p++;
		*o = '\0';
	}
	return n;
}

/*
 * The CSV table: a header line, then directive,provision,national,status[,comment]
 * per line; directive is a CELEX, ELI or citation, or empty for the draft's one directive.
 */
static int read_table_csv(struct leges_xref *x, const char *path, size_t *rcap)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	unsigned long lineno = 0;
	ssize_t len;
	int rc = 0;

	if (!fp)
		return leges_error_set(LEGES_EIO, "cannot open '%s': %s", path, strerror(errno));
	x->table_source = "csv";
	while ((len = getline(&line, &cap, fp)) >= 0 && !rc) {
		char *f[5] = { NULL };
		struct leges_xref_row row;
		size_t k;
		const char *p;

		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (lineno == 1 || !len)
			continue;	/* the header */
		k = csv_fields(line, f, 5);
		if (k < 3) {
			rc = leges_error_set(LEGES_EPARSE, "%s:%lu: expected directive,provision,national,status", path,
					     lineno);
			break;
		}
		memset(&row, 0, sizeof(row));
		row.pos.line = lineno;
		row.pos.col = 1;
		if (f[0][0])
			leges_xref_celex_of(row.celex, f[0]);
		row.provision = squeeze(f[1], strlen(f[1]));
		row.national = squeeze(f[2], strlen(f[2]));
		row.status = squeeze(k > 3 ? f[3] : "", k > 3 ? strlen(f[3]) : 0);
		if (!row.provision || !row.national || !row.status) {
			row_release(&row);
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			break;
		}
		lower_ascii(row.status);
		article_of(row.article, row.provision);
		/* National provisions: eIds separated by spaces, commas or semicolons, "#" optional. */
		for (p = row.national; *p && !rc;) {
			size_t n;

			p += strspn(p, " ,;#");
			n = strcspn(p, " ,;");
			if (n)
				rc = row_add_eid(&row, p, n, NULL);
			p += n;
		}
		if (!rc)
			rc = grow((void **)&x->rows, rcap, x->nrows + 1, sizeof(*x->rows));
		if (rc) {
			row_release(&row);
			break;
		}
		x->rows[x->nrows++] = row;
	}
	free(line);
	fclose(fp);
	return rc;
}

/* --- directives ------------------------------------------------------------------------ */

static struct leges_xref_directive *directive_add(struct leges_xref *x, size_t *cap, const char *celex,
						  const struct leges_eu_register *reg, unsigned via)
{
	size_t i;
	struct leges_xref_directive *d;

	for (i = 0; i < x->ndirs; i++)
		if (!strcmp(x->dirs[i].celex, celex)) {
			x->dirs[i].via |= via;
			return &x->dirs[i];
		}
	if (grow((void **)&x->dirs, cap, x->ndirs + 1, sizeof(*x->dirs)))
		return NULL;
	d = &x->dirs[x->ndirs++];
	memset(d, 0, sizeof(*d));
	snprintf(d->celex, sizeof(d->celex), "%s", celex);
	d->act = leges_eu_register_find(reg, celex);
	d->via = via;
	return d;
}

static bool covering_status(const char *s)
{
	return !strcmp(s, "volledig") || !strcmp(s, "gedeeltelijk") || !strcmp(s, "bestaand recht") ||
	       !strcmp(s, "niet van toepassing") || !strcmp(s, "complete") || !strcmp(s, "partial") ||
	       !strcmp(s, "existing law") || !strcmp(s, "not applicable") || !strcmp(s, "compl\xc3\xa8te") ||
	       !strcmp(s, "partielle") || !strcmp(s, "droit existant") || !strcmp(s, "sans objet");
}

static bool partial_status(const char *s)
{
	return !strcmp(s, "gedeeltelijk") || !strcmp(s, "partial") || !strcmp(s, "partielle");
}

/* A readable name for a directive: its citation form from the register, else its CELEX. */
static void act_name(char *buf, size_t size, const struct leges_xref_directive *d, char lang)
{
	struct leges_eu_cite c;
	char num[64];
	static const char *const words[3][4] = {
		{ "Richtlijn", "Verordening", "Besluit", "Kaderbesluit" },
		{ "directive", "r\xc3\xa8glement", "d\xc3\xa9" "cision", "d\xc3\xa9" "cision-cadre" },
		{ "Directive", "Regulation", "Decision", "Framework Decision" },
	};
	int l = lang == 'f' ? 1 : lang == 'e' ? 2 : 0;
	char kind = d->celex[5];
	int k = kind == 'L' ? 0 : kind == 'R' ? 1 : kind == 'F' ? 3 : 2;

	memset(&c, 0, sizeof(c));
	c.kind = kind;
	c.year = atoi((char[5]){ d->celex[1], d->celex[2], d->celex[3], d->celex[4], 0 });
	c.number = (unsigned)atoi(d->celex + 6);
	if (d->act && d->act->domain)
		snprintf(c.domain, sizeof(c.domain), "%s", d->act->domain);
	snprintf(buf, size, "%s %s", words[l][k],
		 leges_eu_cite_canonical(num, sizeof(num), &c, lang, d->act ? d->act->adopted : NULL));
}

static int judge(struct leges_xref *x, const struct leges_eu_register *reg, const struct leges_xref_opts *opts,
		 size_t *fcap)
{
	struct leges_doc *doc = x->doc;
	size_t dcap = 0, i, j, k;
	char lang = doc_lang(doc), name[96];
	const char *table_file = x->table_source && !strcmp(x->table_source, "csv") ? opts->table_csv : NULL;
	const xmlNode *where = x->clause ? x->clause->block : doc->main ? doc->main : doc->root;
	int rc = 0;

	/* What the draft transposes: the clause, the table, the command line. */
	for (i = 0; i < x->ncites; i++)
		if (x->clause && x->cites[i].run == x->clause &&
		    !directive_add(x, &dcap, x->cites[i].c.celex, reg, LEGES_XREF_VIA_CLAUSE))
			return LEGES_ENOMEM;
	/* A row without a directive belongs to the draft's only directive, if it has one. */
	for (i = 0; i < x->nrows; i++)
		if (!x->rows[i].celex[0] && x->ndirs == 1)
			memcpy(x->rows[i].celex, x->dirs[0].celex, sizeof(x->rows[i].celex));
	for (i = 0; i < x->nrows; i++)
		if (x->rows[i].celex[0] && !directive_add(x, &dcap, x->rows[i].celex, reg, LEGES_XREF_VIA_TABLE))
			return LEGES_ENOMEM;
	for (i = 0; opts->transposes && opts->transposes[i]; i++) {
		char celex[16];

		if (!leges_xref_celex_of(celex, opts->transposes[i]))
			snprintf(celex, sizeof(celex), "%s", opts->transposes[i]);
		if (!directive_add(x, &dcap, celex, reg, LEGES_XREF_VIA_OPTION))
			return LEGES_ENOMEM;
	}

	for (i = 0; i < x->ndirs && !rc; i++) {
		struct leges_xref_directive *d = &x->dirs[i];
		bool has_rows = false;

		act_name(name, sizeof(name), d, lang);
		if (d->celex[5] != 'L') {
			/* At the clause if it names the act, else at the first row that does. */
			const struct leges_xref_row *first = NULL;

			for (j = 0; j < x->nrows && !first && !(d->via & LEGES_XREF_VIA_CLAUSE); j++)
				if (!strcmp(x->rows[j].celex, d->celex))
					first = &x->rows[j];
			rc = add_finding(x, fcap, "EU608", first && table_file ? table_file : NULL,
					 first ? first->pos : where_pos(x, where), first && first->node ? first->node : where, NULL,
					 "%s is a %s: it applies directly and is not transposed; refer to it instead",
					 name, leges_eu_kind_name(d->celex[5]));
			continue;
		}
		if (!(d->via & LEGES_XREF_VIA_CLAUSE)) {
			rc = add_finding(x, fcap, "EU602", NULL, where_pos(x, where), where, NULL,
					 x->clause ? "the transposition clause does not name %s, which the draft transposes" :
						     "the draft transposes %s but has no transposition clause "
						     "('Dit decreet voorziet in de omzetting van ...')",
					 name);
			if (rc)
				break;
		}
		if (d->act) {
			for (k = 0; k < d->act->ndeadlines; k++)
				if (!d->act->deadlines[k].apply) {
					d->deadline = d->act->deadlines[k].date;
					d->deadline_set_by = d->act->deadlines[k].set_by;
					break;
				}
		}
		for (j = 0; j < x->nrows; j++)
			if (!strcmp(x->rows[j].celex, d->celex)) {
				has_rows = true;
				if (partial_status(x->rows[j].status))
					d->partial_rows = true;
			}
		/* Coverage: every article the register says needs transposition has a row. */
		if (d->act && has_rows) {
			d->required = d->act->nto_transpose;
			for (k = 0; k < d->act->nto_transpose && !rc; k++) {
				const char *art = d->act->to_transpose[k];
				bool found = false;

				for (j = 0; j < x->nrows && !found; j++)
					found = !strcmp(x->rows[j].celex, d->celex) && !strcmp(x->rows[j].article, art) &&
						covering_status(x->rows[j].status);
				if (found) {
					d->covered++;
					continue;
				}
				if (grow((void **)&d->missing, &(size_t){ d->nmissing }, d->nmissing + 1, sizeof(char *)) ||
				    !(d->missing[d->nmissing] = strdup(art)))
					return leges_error_set(LEGES_ENOMEM, "out of memory");
				d->nmissing++;
				rc = add_finding(x, fcap, "EU603", table_file,
						 table_file ? (struct leges_pos){ 1, 1, 0, false } :
							      leges_doc_pos(doc, x->table_node),
						 x->table_node, NULL,
						 "article %s of %s needs transposition but has no row in the correlation "
						 "table%s", art, name,
						 d->act->to_transpose_verified ? "" : leges_tr(" (register: unverified)", x->lang));
			}
		}
		if (rc)
			break;
		/* Partial rows or gaps while the clause claims complete transposition. */
		if (x->clause && (d->via & LEGES_XREF_VIA_CLAUSE) && has_rows) {
			if (!x->clause_partial && (d->partial_rows || d->nmissing))
				rc = add_finding(x, fcap, "EU606", NULL, clause_pos(x), x->clause->block, NULL,
						 "the clause claims complete transposition of %s, but the correlation "
						 "table has %s: write 'gedeeltelijke omzetting'", name,
						 d->partial_rows ? leges_tr("'gedeeltelijk' rows", x->lang) :
								   leges_tr("provisions without a row", x->lang));
			else if (x->clause_partial && !d->partial_rows && !d->nmissing && d->required)
				rc = add_finding(x, fcap, "EU606", NULL, clause_pos(x), x->clause->block, NULL,
						 "the clause says 'gedeeltelijke omzetting' of %s, but the correlation "
						 "table covers every provision in full", name);
			if (rc)
				break;
		}
		/*
		 * The deadline against the entry into force written in the draft.  A draft
		 * without a fixed date is not judged: a later, partial transposition is
		 * often the completion of an earlier one.
		 */
		if (d->deadline && x->eif[0] && strcmp(x->eif, d->deadline) > 0)
			rc = add_finding(x, fcap, "EU607", NULL, eif_pos(x), x->eif_node, NULL,
					 "the draft enters into force on %s, after the transposition deadline of "
					 "%s (%s%s%s)", x->eif, name, d->deadline, d->deadline_set_by ? ", " : "",
					 d->deadline_set_by ? d->deadline_set_by : "");
	}
	if (rc)
		return rc;

	/* Rows: national provisions that do not exist, duplicates, unknown status. */
	for (i = 0; i < x->nrows && !rc; i++) {
		struct leges_xref_row *row = &x->rows[i];

		for (k = 0; k < row->neids && !rc; k++)
			if (!leges_doc_find_eid(doc, 0, row->eids[k]))
				rc = add_finding(x, fcap, "EU604", table_file,
						 row->eid_nodes[k] ? leges_doc_pos_attr(doc, row->eid_nodes[k], "href") :
								     row->pos,
						 row->eid_nodes[k] ? row->eid_nodes[k] : row->node, NULL,
						 "the correlation table names national provision '%s', which the draft "
						 "does not have", row->eids[k]);
		for (j = 0; j < i && !rc; j++) {
			const struct leges_xref_row *o = &x->rows[j];

			if (!strcmp(o->celex, row->celex) && !strcmp(o->provision, row->provision) &&
			    !strcmp(o->national, row->national)) {
				rc = add_finding(x, fcap, "EU605", table_file, row->pos, row->node, NULL,
						 "the correlation table lists '%s' -> '%s' twice (first on line %lu)",
						 row->provision, row->national, o->pos.line);
				break;
			}
		}
	}
	return rc;
}

/* --- copied regulations ------------------------------------------------------------------ */

#define SHINGLE 8

struct shingles {
	uint64_t *v;
	size_t n;
};

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The sorted, unique hashes of every run of SHINGLE words of s. */
static int shingle(struct shingles *out, const char *s)
{
	uint64_t words[SHINGLE];
	size_t nw = 0, cap = 0, i, o;
	const unsigned char *p = (const unsigned char *)s;

	out->v = NULL;
	out->n = 0;
	while (*p) {
		uint64_t h = 14695981039346656037ULL;
		bool any = false;

		while (*p && !(*p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')))
			p++;
		while (*p && (*p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))) {
			unsigned char ch = *p >= 'A' && *p <= 'Z' ? (unsigned char)(*p | 0x20) : *p;

			h = (h ^ ch) * 1099511628211ULL;
			p++;
			any = true;
		}
		if (!any)
			break;
		if (nw == SHINGLE) {
			memmove(words, words + 1, (SHINGLE - 1) * sizeof(words[0]));
			words[SHINGLE - 1] = h;
		} else {
			words[nw++] = h;
		}
		if (nw == SHINGLE) {
			uint64_t sh = 1469598103934665603ULL;

			for (i = 0; i < SHINGLE; i++)
				sh = (sh ^ words[i]) * 1099511628211ULL + i;
			if (grow((void **)&out->v, &cap, out->n + 1, sizeof(uint64_t))) {
				free(out->v);
				out->v = NULL;
				return LEGES_ENOMEM;
			}
			out->v[out->n++] = sh;
		}
	}
	if (out->n) {
		qsort(out->v, out->n, sizeof(uint64_t), cmp_u64);
		for (i = 1, o = 1; i < out->n; i++)
			if (out->v[i] != out->v[o - 1])
				out->v[o++] = out->v[i];
		out->n = o;
	}
	return 0;
}

static double jaccard(const struct shingles *a, const struct shingles *b)
{
	size_t i = 0, j = 0, both = 0;

	if (!a->n || !b->n)
		return 0;
	while (i < a->n && j < b->n) {
		if (a->v[i] == b->v[j]) {
			both++;
			i++;
			j++;
		} else if (a->v[i] < b->v[j]) {
			i++;
		} else {
			j++;
		}
	}
	return (double)both / (double)(a->n + b->n - both);
}

struct eu_article {
	char *label;
	struct shingles sh;
};

/* Articles of an AKN (<article>) or Formex (<ARTICLE>) text, with their numbers. */
static int eu_articles(struct eu_article **out, size_t *n, xmlNode *root)
{
	xmlNode *a = root;
	size_t cap = 0;
	int rc = 0;

	*out = NULL;
	*n = 0;
	while (a && !rc) {
		bool art = is_el(a, "article") || is_el(a, "ARTICLE");

		if (art) {
			struct eu_article ea = { NULL, { NULL, 0 } };
			xmlNode *c;
			char *text;

			for (c = a->children; c && !ea.label; c = c->next)
				if (is_el(c, "num") || is_el(c, "TI.ART"))
					ea.label = node_text(c);
			if (!ea.label) {
				const char *id = leges_attr(a, "IDENTIFIER");

				ea.label = strdup(id ? id : "?");
			}
			text = node_text(a);
			if (!ea.label || !text || shingle(&ea.sh, text) ||
			    grow((void **)out, &cap, *n + 1, sizeof(**out))) {
				free(text);
				free(ea.label);
				free(ea.sh.v);
				return leges_error_set(LEGES_ENOMEM, "out of memory");
			}
			free(text);
			(*out)[(*n)++] = ea;
		}
		if (!art && a->type == XML_ELEMENT_NODE && a->children) {
			a = a->children;
			continue;
		}
		while (a && a != root && !a->next)
			a = a->parent;
		if (!a || a == root)
			break;
		a = a->next;
	}
	return rc;
}

static int find_copies(struct leges_xref *x, const struct leges_xref_opts *opts, size_t *fcap)
{
	struct leges_input *in = NULL;
	struct eu_article *arts = NULL;
	size_t narts = 0, cap = 0, i, k;
	double threshold = opts->threshold > 0 ? opts->threshold : 0.5;
	int rc;

	rc = leges_load_file(&in, opts->eu_text, NULL);
	if (rc && (rc != LEGES_EPARSE || !in))
		goto out;
	if (!in->xml) {
		rc = leges_error_set(LEGES_EPARSE, "%s:%lu:%lu: %s", opts->eu_text, in->nerrs ? in->errs[0].line : 0,
				     in->nerrs ? in->errs[0].col : 0, in->nerrs ? in->errs[0].message : "not well-formed");
		goto out;
	}
	if ((rc = eu_articles(&arts, &narts, xmlDocGetRootElement(in->xml))))
		goto out;
	for (i = 0; i < x->doc->nprovs && !rc; i++) {
		const struct leges_provision *p = &x->doc->provs[i];
		struct shingles sh;
		double best = 0;
		size_t bi = 0;
		char *text;

		if (p->quoted || strcmp(p->name, "article") || in_table(x, p->node))
			continue;
		text = node_text(p->node);
		if (!text || shingle(&sh, text)) {
			free(text);
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			break;
		}
		free(text);
		for (k = 0; k < narts; k++) {
			double j = jaccard(&sh, &arts[k].sh);

			if (j > best) {
				best = j;
				bi = k;
			}
		}
		free(sh.v);
		if (best < threshold)
			continue;
		if ((rc = grow((void **)&x->copies, &cap, x->ncopies + 1, sizeof(*x->copies))))
			break;
		x->copies[x->ncopies].national_eid = p->eid;
		x->copies[x->ncopies].pos = leges_doc_pos(x->doc, p->node);
		x->copies[x->ncopies].node = p->node;
		x->copies[x->ncopies].similarity = best;
		if (!(x->copies[x->ncopies].eu_article = strdup(arts[bi].label))) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			break;
		}
		x->ncopies++;
		rc = add_finding(x, fcap, "EU609", NULL, x->copies[x->ncopies - 1].pos, p->node, NULL,
				 "%s copies '%s' of the EU regulation text (similarity %.2f): refer to the "
				 "regulation instead of copying it", p->num_text ? p->num_text : p->eid ? p->eid : leges_tr("article", x->lang),
				 arts[bi].label, best);
	}
out:
	for (k = 0; k < narts; k++) {
		free(arts[k].label);
		free(arts[k].sh.v);
	}
	free(arts);
	leges_input_free(in);
	return rc;
}

/* --- the whole analysis ----------------------------------------------------------------- */

static int cmp_finding(const void *a, const void *b)
{
	const struct leges_xref_finding *x = a, *y = b;
	int c;

	if ((x->file != NULL) != (y->file != NULL))
		return x->file ? 1 : -1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	if ((c = strcmp(x->code, y->code)))
		return c;
	return strcmp(x->message, y->message);
}

int leges_xref_analyse(struct leges_xref **out, struct leges_doc *doc, const struct leges_xref_opts *opts)
{
	struct leges_xref *x;
	const struct leges_eu_register *reg = opts && opts->reg ? opts->reg : leges_eu_register_builtin();
	struct leges_xref_opts none;
	size_t fcap = 0, rcap = 0;
	int rc;

	*out = NULL;
	if (!opts) {
		memset(&none, 0, sizeof(none));
		opts = &none;
	}
	pthread_once(&pat.once, init);
	if (!pat.clause || !pat.eif || !pat.article || !reg)
		return leges_error_set(LEGES_EINTERNAL, "cannot build the EU analysis (patterns or register)");
	if ((rc = leges_doc_text_runs(doc)))
		return rc;
	x = calloc(1, sizeof(*x));
	if (!x)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	x->doc = doc;
	x->lang = opts->lang;
	/* The table first: citations and the clause are judged by whether they lie inside it. */
	rc = opts->table_csv ? read_table_csv(x, opts->table_csv, &rcap) : read_table_xml(x, &rcap);
	if (!rc)
		rc = find_citations(x, reg, &fcap);
	if (!rc)
		rc = find_clause_and_eif(x);
	if (!rc)
		rc = judge(x, reg, opts, &fcap);
	if (!rc && opts->eu_text)
		rc = find_copies(x, opts, &fcap);
	if (rc) {
		leges_xref_free(x);
		return rc;
	}
	if (opts->positions)
		all_positions(x);
	if (x->nfindings)
		qsort(x->findings, x->nfindings, sizeof(*x->findings), cmp_finding);
	*out = x;
	return 0;
}

void leges_xref_free(struct leges_xref *x)
{
	size_t i, k;

	if (!x)
		return;
	for (i = 0; i < x->ncites; i++)
		free(x->cites[i].written);
	free(x->cites);
	for (i = 0; i < x->nbecites; i++)
		free(x->becites[i].written);
	free(x->becites);
	for (i = 0; i < x->nrows; i++)
		row_release(&x->rows[i]);
	free(x->rows);
	for (i = 0; i < x->ndirs; i++) {
		for (k = 0; k < x->dirs[i].nmissing; k++)
			free(x->dirs[i].missing[k]);
		free(x->dirs[i].missing);
	}
	free(x->dirs);
	for (i = 0; i < x->ncopies; i++)
		free(x->copies[i].eu_article);
	free(x->copies);
	for (i = 0; i < x->nfindings; i++) {
		free(x->findings[i].message);
		free(x->findings[i].fix);
	}
	free(x->findings);
	free(x);
}

/* True when the engine runs rule r on ctx's document (as leges_check_doc decides). */
static bool eu_rule_runs(const struct leges_check_ctx *ctx, const struct leges_rule *r)
{
	unsigned profile = ctx->opts->profile ? ctx->opts->profile : leges_doc_profile(ctx->doc);
	unsigned dialects = r->dialects ? r->dialects : (1u << LEGES_DIALECT_AKN30);

	return r->check == leges_xref_check && leges_rule_selected(r, ctx->opts) &&
	       (dialects & (1u << ctx->doc->dialect)) && (r->profiles & profile);
}

/*
 * One analysis serves every EU6xx rule: the first of them that runs on the
 * document analyses it and reports the findings of all the EU rules that
 * run; the others find their work done.
 */
int leges_xref_check(struct leges_check_ctx *ctx)
{
	const struct leges_rule *const *rules;
	struct leges_xref *x = NULL;
	size_t n, i;
	int rc;

	rules = leges_rules(&n);
	for (i = 0; i < n && !eu_rule_runs(ctx, rules[i]); i++)
		;
	if (i == n || rules[i] != ctx->rule)
		return 0;
	{
		struct leges_xref_opts xo;

		memset(&xo, 0, sizeof(xo));
		xo.lang = ctx->opts->lang;
		rc = leges_xref_analyse(&x, ctx->doc, &xo);
	}
	for (i = 0; !rc && i < x->nfindings; i++) {
		const struct leges_rule *r = leges_rule_find(x->findings[i].code);
		struct leges_check_ctx one = *ctx;

		if (!r || x->findings[i].file || !eu_rule_runs(ctx, r))
			continue;
		one.rule = r;
		rc = leges_report_pos(&one, x->findings[i].pos, x->findings[i].node, "%s", x->findings[i].message);
	}
	leges_xref_free(x);
	return rc;
}
