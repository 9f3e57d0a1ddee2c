/* amend.c - amending formulas to AKN modification markup (see amend.h). */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parser/error.h"
#include "parser/formula.h"
#include "parser/pinpoint.h"
#include "transform/akn-build.h"
#include "transform/amend.h"

#define MAXEIF 32

struct eif {
	long from, to;		/* article numbers; 0, 0 = the whole act */
	char date[11];
};

struct ctx {
	struct leges_doc *doc;
	const struct leges_amend_opts *opts;
	struct leges_amend_result *res;
	xmlNode *meta, *amods;
	char work[512];		/* the amending act's own Work IRI */
	char last_act[512];	/* Work IRI of the last act cited in full */
	char lang[8];
	struct eif eif[MAXEIF];
	size_t neif;
	char dates[MAXEIF][11];	/* temporal groups, in order of first use */
	size_t ndates;
	unsigned nmod, ntmod;
};

static int issue(struct ctx *c, const xmlNode *node, const char *fmt, ...) LEGES_PRINTF(3, 4);

static int issue(struct ctx *c, const xmlNode *node, const char *fmt, ...)
{
	struct leges_amend_issue *v;
	struct leges_pos pos = leges_doc_pos(c->doc, node);
	va_list ap;
	char buf[1024];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	v = realloc(c->res->issues, (c->res->nissues + 1) * sizeof(*v));
	if (!v)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	c->res->issues = v;
	v[c->res->nissues].line = pos.line;
	v[c->res->nissues].col = pos.col;
	v[c->res->nissues].message = strdup(buf);
	c->res->nissues++;
	return 0;
}

static bool named(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static long article_number(const xmlNode *art)
{
	char id[64];

	leges_pinpoint_num_ident(art, id, sizeof(id));
	return atol(id);
}

/* --- entry into force ------------------------------------------------------- */

static const char *const eif_verbs[] = {
	"in werking op ", "in werking treden op ", "in werking treedt op ", "entre en vigueur le ", "entrent en vigueur le ", "into force on ", NULL
};

/* Read the entry-into-force provisions of one article's text. */
static void read_eif(struct ctx *c, const char *text)
{
	const char *p;
	size_t i;

	for (i = 0; eif_verbs[i]; i++) {
		for (p = strstr(text, eif_verbs[i]); p; p = strstr(p + 1, eif_verbs[i])) {
			char date[11];
			const char *d = p + strlen(eif_verbs[i]);
			const char *sent, *exc;
			struct eif *e;

			if (!leges_formula_date(date, d) || c->neif >= MAXEIF)
				continue;
			/* The start of the sentence. */
			for (sent = p; sent > text && !(sent[-1] == '.' && sent[0] == ' '); sent--)
				;
			e = &c->eif[c->neif];
			memset(e, 0, sizeof(*e));
			memcpy(e->date, date, sizeof(date));
			exc = strstr(sent, "met uitzondering van ");
			if (!exc)
				exc = strstr(sent, "à l'exception de ");
			if (exc && exc < p) {
				/* "…, met uitzondering van artikel N tot en met M, die in werking treden op D2." */
				const char *a = strpbrk(exc, "0123456789");

				if (a && a < p) {
					const char *b;

					e->from = e->to = atol(a);
					b = a;
					while (isdigit((unsigned char)*b))
					b++;
					if (!strncmp(b, " tot en met ", 12) || !strncmp(b, " en ", 4) || !strncmp(b, " à ", 4))
						e->to = atol(strpbrk(b, "0123456789"));
				}
				c->neif++;
				continue;
			}
			if (!strncasecmp(sent, "Artikel ", 8) || !strncasecmp(sent, "Art. ", 5) ||
			    !strncasecmp(sent, "L'article ", 10) || !strncasecmp(sent, "Article ", 8)) {
				const char *a = strpbrk(sent, "0123456789");

				e->from = e->to = a ? atol(a) : 0;
				if (a) {
					const char *b = a;

					while (isdigit((unsigned char)*b))
						b++;
					if (!strncmp(b, " tot en met ", 12) || !strncmp(b, " en ", 4))
						e->to = atol(strpbrk(b, "0123456789"));
				}
			}
			c->neif++;
		}
	}
}

/* The date on which article number art enters into force, or NULL. */
static const char *force_date(const struct ctx *c, long art)
{
	size_t i;
	const char *whole = NULL;

	for (i = 0; i < c->neif; i++) {
		if (!c->eif[i].from && !c->eif[i].to)
			whole = c->eif[i].date;
		else if (art >= c->eif[i].from && art <= c->eif[i].to)
			return c->eif[i].date;
	}
	return whole;
}

static int date_group(struct ctx *c, const char *date)
{
	size_t i;

	for (i = 0; i < c->ndates; i++)
		if (!strcmp(c->dates[i], date))
			return (int)i + 1;
	if (c->ndates >= MAXEIF)
		return 0;
	memcpy(c->dates[c->ndates++], date, 11);
	return (int)c->ndates;
}

/* --- the act cited ------------------------------------------------------------ */

static const char *const act_types[] = { "decreet", "besluit", "wet", "codex", "ordonnantie", "décret", "loi",
					 "arrêté", "ordonnance", "Act", "Decree", NULL };

/* Work IRI for a full citation ("het decreet van 20 december 2002 betreffende …"). */
static int cite_work(struct ctx *c, const char *act, char *out, size_t size)
{
	const char *type = NULL, *p;
	char date[11] = "";
	size_t i;

	if (!strncasecmp(act, "hetzelfde", 9) || !strncasecmp(act, "dezelfde", 8) ||
	    !strncasecmp(act, "het voormelde", 13) || !strncasecmp(act, "même", 5) ||
	    !strncasecmp(act, "the same", 8)) {
		if (!*c->last_act)
			return LEGES_ENOTFOUND;
		snprintf(out, size, "%s", c->last_act);
		return 0;
	}
	for (i = 0; act_types[i] && !type; i++)
		if (strstr(act, act_types[i]))
			type = act_types[i];
	for (p = act; *p && !*date; p++)
		if (isdigit((unsigned char)*p) && (p == act || !isdigit((unsigned char)p[-1])))
			leges_formula_date(date, p);
	if (!type || !*date)
		return LEGES_ENOTFOUND;
	if (c->opts->target && c->opts->target->frbr.work.val[LEGES_FRBR_URI] &&
	    c->opts->target->frbr.work.val[LEGES_FRBR_DATE] &&
	    !strcmp(c->opts->target->frbr.work.val[LEGES_FRBR_DATE], date))
		snprintf(out, size, "%s", c->opts->target->frbr.work.val[LEGES_FRBR_URI]);
	else {
		char t[32];

		snprintf(t, sizeof(t), "%s", type);
		if (!strcmp(t, "décret"))
			strcpy(t, "decreet");
		for (i = 0; t[i]; i++)
			t[i] = (char)tolower((unsigned char)t[i]);
		snprintf(out, size, "/akn/%s/act/%s/%s/nn", *c->doc->country ? c->doc->country : "be", t, date);
	}
	snprintf(c->last_act, sizeof(c->last_act), "%s", out);
	return 0;
}

/* --- the mod ------------------------------------------------------------------ */

struct span {
	size_t start, end;	/* bytes of the text wrapped in quotedText */
};

static const char *const opens[] = { "“", "„", "«", "\"", NULL };
static const char *const closes[] = { "”", "“", "»", "\"", NULL };

static size_t at_any(const char *s, const char *const *set)
{
	size_t i;

	for (i = 0; set[i]; i++)
		if (!strncmp(s, set[i], strlen(set[i])))
			return strlen(set[i]);
	return 0;
}

/* The quoted spans of text (inside the quote marks, spaces trimmed). */
static size_t find_spans(const char *text, struct span *spans, size_t max)
{
	size_t n = 0, i = 0, len = strlen(text), k;

	while (i < len && n < max) {
		if (!(k = at_any(text + i, opens))) {
			i++;
			continue;
		}
		{
			size_t s = i + k, e = s;

			while (e < len && !at_any(text + e, closes))
				e++;
			if (e >= len)
				break;
			k = at_any(text + e, closes);
			i = e + k;
			while (s < e && text[s] == ' ')
				s++;
			while (e > s && text[e - 1] == ' ')
				e--;
			spans[n].start = s;
			spans[n].end = e;
			n++;
		}
	}
	return n;
}

/*
 * Replace the content of p by <mod eId="mod_N"> holding the same text, with
 * each quoted span in a <quotedText>.  qt[] receives the quotedText eIds.
 */
static xmlNode *make_mod(struct ctx *c, xmlNode *p, const char *text, const struct span *spans, size_t nspans,
			 char qt[][48])
{
	xmlNode *mod, *child, *next;
	char id[32];
	size_t i, at = 0;

	for (child = p->children; child; child = next) {
		next = child->next;
		xmlUnlinkNode(child);
		xmlFreeNode(child);
	}
	mod = leges_akn_add(p, "mod", NULL);
	if (!mod)
		return NULL;
	snprintf(id, sizeof(id), "mod_%u", c->nmod);
	xmlSetProp(mod, (const xmlChar *)"eId", (const xmlChar *)id);
	for (i = 0; i < nspans; i++) {
		xmlNode *q;

		if (spans[i].start > at)
			xmlNodeAddContentLen(mod, (const xmlChar *)text + at, (int)(spans[i].start - at));
		q = leges_akn_add(mod, "quotedText", NULL);
		xmlNodeAddContentLen(q, (const xmlChar *)text + spans[i].start, (int)(spans[i].end - spans[i].start));
		snprintf(qt[i], 48, "mod_%u__qtext_%zu", c->nmod, i + 1);
		xmlSetProp(q, (const xmlChar *)"eId", (const xmlChar *)qt[i]);
		at = spans[i].end;
	}
	xmlNodeAddContent(mod, (const xmlChar *)text + at);
	return mod;
}

static const char *mod_type(enum leges_formula_op op)
{
	switch (op) {
	case LEGES_FOP_SUBST:
	case LEGES_FOP_SUBSTRESP:
	case LEGES_FOP_REPLACE:
		return "substitution";
	case LEGES_FOP_INSERTWORDS:
	case LEGES_FOP_ADDWORDS:
	case LEGES_FOP_INSERTUNIT:
	case LEGES_FOP_ADDUNIT:
		return "insertion";
	case LEGES_FOP_REPEALWORDS:
	case LEGES_FOP_REPEALUNIT:
	case LEGES_FOP_REPEALACT:
		return "repeal";
	case LEGES_FOP_RENUM:
		return "renumbering";
	default:
		return NULL;
	}
}

static void add_href(xmlNode *parent, const char *name, const char *href, const char *pos)
{
	xmlNode *n = leges_akn_add(parent, name, NULL);

	if (!n)
		return;
	xmlSetProp(n, (const xmlChar *)"href", (const xmlChar *)href);
	if (pos)
		xmlSetProp(n, (const xmlChar *)"pos", (const xmlChar *)pos);
}

/* Expand "het eerste" + "het tweede lid" to "het eerste lid" (the noun is shared). */
static void expand_anchor(char *out, size_t size, const char *anchor, const char *anchor2)
{
	const char *noun;

	snprintf(out, size, "%s", anchor);
	if (!anchor2 || strchr(anchor, ' ') == NULL)
		return;
	noun = strrchr(anchor2, ' ');
	if (!noun)
		return;
	{
		const char *last = strrchr(anchor, ' ') + 1;

		if (isalpha((unsigned char)last[0]) && leges_ordinal(last, strlen(last)) && strcmp(last, noun + 1))
			snprintf(out, size, "%s%s", anchor, noun);
	}
}

struct dest {
	char eid[256];
	bool whole;		/* the whole act (no portion) */
	bool found;		/* resolved in the target */
	bool incomplete;	/* sentence-level: cannot be applied automatically */
};

/* Build a destination from pinpoint text relative to base (NULL: the act). */
static int resolve_dest(struct ctx *c, struct dest *d, const struct leges_pinpoint *base, const char *text,
			const xmlNode *where)
{
	struct leges_pinpoint p;

	memset(d, 0, sizeof(*d));
	if (leges_pinpoint_parse(&p, base, text)) {
		issue(c, where, "cannot read the provision '%s'; not marked up", text ? text : "");
		return LEGES_EINVAL;
	}
	if (!p.n) {
		d->whole = true;
		return 0;
	}
	d->incomplete = p.sentence != 0 || p.heading;
	leges_pinpoint_eid(&p, d->eid, sizeof(d->eid));
	if (c->opts->target && c->opts->target->main) {
		xmlNode *body = leges_child(c->opts->target->main, "body");
		xmlNode *n = body ? leges_pinpoint_resolve(body, &p) : NULL;

		if (n && leges_akn_eid(n)) {
			snprintf(d->eid, sizeof(d->eid), "%s", leges_akn_eid(n));
			d->found = true;
		}
	}
	return 0;
}

static void dest_href(const struct ctx *c, const struct dest *d, const char *work, char *out, size_t size)
{
	const char *lang = *c->doc->lang ? c->doc->lang : "nld";

	if (c->opts->target && *c->opts->target->lang)
		lang = c->opts->target->lang;
	if (d->whole)
		snprintf(out, size, "%s/%s@", work, lang);
	else
		snprintf(out, size, "%s/%s@~%s", work, lang, d->eid);
}

/*
 * One recognised instruction.  p is the formula's <p>; quoted holds the
 * lines of the quoted new text that followed it (already unlinked).
 */
static int emit(struct ctx *c, const struct leges_formula *f, xmlNode *p, const struct leges_pinpoint *base,
		char **lines, size_t nlines, long artnum)
{
	struct span spans[LEGES_FORMULA_MAXQ * 2 + 2];
	char qt[LEGES_FORMULA_MAXQ * 2 + 2][48];
	char work[512], href[1024], tid[32], period[32];
	struct dest d, anchor_d;
	struct leges_pinpoint local;
	xmlNode *mod, *tm, *qs = NULL;
	xmlChar *raw;
	char *text = NULL;
	size_t nspans, i, npairs;
	const char *type = mod_type(f->op), *date, *pos = NULL;
	bool have_anchor = false;
	int rc = 0;

	if (!type)
		return 0;
	if (cite_work(c, f->act ? f->act : "hetzelfde", work, sizeof(work))) {
		issue(c, p, "cannot tell which act '%s' is; not marked up", f->act ? f->act : "(none)");
		c->res->nskipped++;
		return 0;
	}
	/* The local base: the intro target (+ item location). */
	if (f->op == LEGES_FOP_REPEALACT) {
		memset(&d, 0, sizeof(d));
		d.whole = true;
	} else {
		if (leges_pinpoint_parse(&local, base, f->target)) {
			issue(c, p, "cannot read the provision '%s'; not marked up", f->target);
			c->res->nskipped++;
			return 0;
		}
		if (resolve_dest(c, &d, &local, f->loc, p)) {
			c->res->nskipped++;
			return 0;
		}
	}
	if ((f->op == LEGES_FOP_INSERTUNIT || f->op == LEGES_FOP_ADDUNIT) && f->anchor) {
		char a[256];
		bool absolute;

		expand_anchor(a, sizeof(a), f->anchor, f->anchor2);
		absolute = !strncasecmp(a, "artikel", 7) || !strncasecmp(a, "hoofdstuk", 9) ||
			   !strncasecmp(a, "het artikel", 11);
		if (resolve_dest(c, &anchor_d, absolute ? NULL : (d.whole ? NULL : &local), a, p) == 0) {
			if (!absolute && f->loc) {
				struct leges_pinpoint withloc;

				if (!leges_pinpoint_parse(&withloc, &local, f->loc))
					resolve_dest(c, &anchor_d, &withloc, a, p);
			}
			have_anchor = true;
		}
	}
	if (f->op == LEGES_FOP_ADDUNIT)
		pos = "end";
	else if (f->op == LEGES_FOP_INSERTUNIT)
		pos = have_anchor ? f->pos : "unspecified";
	else if (f->op == LEGES_FOP_INSERTWORDS)
		pos = f->pos;
	else if (f->op == LEGES_FOP_ADDWORDS)
		pos = "end";

	raw = xmlNodeGetContent(p);
	if (raw) {
		text = leges_akn_text(p);
		xmlFree(raw);
	}
	if (!text)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	/* one slot stays free for the quotedText of added words (below) */
	nspans = find_spans(text, spans, sizeof(spans) / sizeof(spans[0]) - 1);
	/* A renumbering: wrap the new number as the quoted new text. */
	if (f->op == LEGES_FOP_RENUM && f->newnum && nspans == 0) {
		const char *last = NULL, *s;

		for (s = strstr(text, f->newnum); s; s = strstr(s + 1, f->newnum))
			last = s;
		if (last) {
			spans[0].start = (size_t)(last - text);
			spans[0].end = spans[0].start + strlen(f->newnum);
			nspans = 1;
		}
	}
	c->nmod++;
	mod = make_mod(c, p, text, spans, nspans, qt);
	if (!mod) {
		free(text);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	c->res->nmods++;
	if (nlines && f->op == LEGES_FOP_ADDWORDS) {
		/* Words or a sentence added: the quoted text is text, not structure. */
		xmlNode *q = leges_akn_add(mod, "quotedText", NULL);
		size_t k;

		for (k = 0; q && k < nlines; k++) {
			if (k)
				xmlNodeAddContent(q, (const xmlChar *)" ");
			xmlNodeAddContent(q, (const xmlChar *)lines[k]);
		}
		snprintf(qt[nspans], 48, "mod_%u__qtext_%zu", c->nmod, nspans + 1);
		if (q)
			xmlSetProp(q, (const xmlChar *)"eId", (const xmlChar *)qt[nspans]);
		nspans++;
	} else if (nlines) {
		char id[48], wprefix[256] = "";

		qs = leges_akn_add(mod, "quotedStructure", NULL);
		snprintf(id, sizeof(id), "mod_%u__qstr_1", c->nmod);
		xmlSetProp(qs, (const xmlChar *)"eId", (const xmlChar *)id);
		rc = leges_akn_parse_quoted(qs, lines, nlines);
		if (rc)
			goto out;
		/* wIds: the eIds the new units will have in the amended act. */
		if (!d.whole) {
			const char *e = have_anchor ? anchor_d.eid : d.eid;
			const char *cut = strrchr(e, '_');

			if (f->op == LEGES_FOP_REPLACE || have_anchor) {
				/* siblings of the destination: its parent's eId */
				const char *sep = NULL, *s;

				for (s = strstr(e, "__"); s; s = strstr(s + 2, "__"))
					sep = s;
				snprintf(wprefix, sizeof(wprefix), "%.*s", sep ? (int)(sep - e) : 0, e);
			} else {
				snprintf(wprefix, sizeof(wprefix), "%s", e);
			}
			(void)cut;
		}
		leges_akn_assign_eids(qs, id, wprefix);
	}

	date = force_date(c, artnum);
	npairs = f->op == LEGES_FOP_SUBSTRESP ? (f->nold < f->nnew ? f->nold : f->nnew) : 1;
	/* "telkens": one textualMod per occurrence in the target (RULES-VL 2.4). */
	if (f->telkens && f->nold && f->old[0] && *f->old[0]) {
		if (d.found) {
			struct leges_pinpoint tp;
			xmlNode *tb = leges_child(c->opts->target->main, "body"), *tn = NULL;

			if (!leges_pinpoint_parse(&tp, &local, f->loc) && tb)
				tn = leges_pinpoint_resolve(tb, &tp);
			if (tn) {
				char *tt = leges_akn_text(tn);
				const char *s;
				size_t k = 0;

				for (s = tt ? strstr(tt, f->old[0]) : NULL; s; s = strstr(s + strlen(f->old[0]), f->old[0]))
					k++;
				if (k > 1)
					npairs = k;
				free(tt);
			}
		} else {
			issue(c, p, "mod_%u: 'telkens' needs --target to count the occurrences; one modification written",
			      c->nmod);
		}
	}
	for (i = 0; i < npairs; i++) {
		tm = leges_akn_add(c->amods, "textualMod", NULL);
		if (!tm) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			goto out;
		}
		snprintf(tid, sizeof(tid), "tmod_%u", ++c->ntmod);
		xmlSetProp(tm, (const xmlChar *)"eId", (const xmlChar *)tid);
		xmlSetProp(tm, (const xmlChar *)"type", (const xmlChar *)type);
		if (d.incomplete)
			xmlSetProp(tm, (const xmlChar *)"incomplete", (const xmlChar *)"true");
		snprintf(href, sizeof(href), "#mod_%u", c->nmod);
		add_href(tm, "source", href, NULL);
		dest_href(c, have_anchor ? &anchor_d : &d, work, href, sizeof(href));
		add_href(tm, "destination", href, pos);
		if (date) {
			snprintf(period, sizeof(period), "#tmpg_%d", date_group(c, date));
			{
				xmlNode *fo = leges_akn_add(tm, "force", NULL);

				xmlSetProp(fo, (const xmlChar *)"period", (const xmlChar *)period);
			}
		}
		switch (f->op) {
		case LEGES_FOP_SUBST:
		case LEGES_FOP_REPEALWORDS:
			if (nspans >= 1) {
				snprintf(href, sizeof(href), "#%s", qt[0]);
				add_href(tm, "old", href, NULL);
			}
			if (f->op == LEGES_FOP_SUBST && nspans >= 2) {
				snprintf(href, sizeof(href), "#%s", qt[1]);
				add_href(tm, "new", href, NULL);
			}
			break;
		case LEGES_FOP_SUBSTRESP:
			if (i >= nspans)
				break;
			snprintf(href, sizeof(href), "#%s", qt[i]);
			add_href(tm, "old", href, NULL);
			if (f->nold + i < nspans) {
				snprintf(href, sizeof(href), "#%s", qt[f->nold + i]);
				add_href(tm, "new", href, NULL);
			}
			break;
		case LEGES_FOP_INSERTWORDS:
			/*
			 * The anchor words are kept as old (RULES-VL 2.4, design proposal).
			 * Dutch names the anchor first, French and English the new words.
			 */
			if (nspans >= 2) {
				size_t a = 0, w = nspans - 1;

				if (f->lang != LEGES_FLANG_NL) {
					a = 1;
					w = 0;
				}
				snprintf(href, sizeof(href), "#%s", qt[a]);
				add_href(tm, "old", href, NULL);
				snprintf(href, sizeof(href), "#%s", qt[w]);
				add_href(tm, "new", href, NULL);
			}
			break;
		case LEGES_FOP_ADDWORDS:
			if (nspans >= 1) {
				snprintf(href, sizeof(href), "#%s", qt[nspans - 1]);
				add_href(tm, "new", href, NULL);
			} else if (qs) {
				snprintf(href, sizeof(href), "#mod_%u__qstr_1", c->nmod);
				add_href(tm, "new", href, NULL);
			}
			break;
		case LEGES_FOP_RENUM:
			if (nspans >= 1) {
				snprintf(href, sizeof(href), "#%s", qt[0]);
				add_href(tm, "new", href, NULL);
			}
			break;
		case LEGES_FOP_REPLACE:
			if (qs) {
				snprintf(href, sizeof(href), "#mod_%u__qstr_1", c->nmod);
				add_href(tm, "new", href, NULL);
			} else if (nspans >= 1) {
				snprintf(href, sizeof(href), "#%s", qt[nspans - 1]);
				add_href(tm, "new", href, NULL);
			}
			break;
		case LEGES_FOP_INSERTUNIT:
		case LEGES_FOP_ADDUNIT:
			if (qs) {
				snprintf(href, sizeof(href), "#mod_%u__qstr_1", c->nmod);
				add_href(tm, "new", href, NULL);
			}
			break;
		default:
			break;
		}
		c->res->ntextual++;
	}
	if (!date)
		issue(c, p, "no entry-into-force date for article %ld; mod_%u has no force", artnum, c->nmod);
	if (f->op == LEGES_FOP_SUBSTRESP && (f->nold != f->nnew || f->nold >= LEGES_FORMULA_MAXQ))
		issue(c, p, "mod_%u: 'respectievelijk' with %zu old and %zu new texts (at most %d each are read)", c->nmod,
		      f->nold, f->nnew, LEGES_FORMULA_MAXQ - 1);
	if (f->quoted_follows && !nlines && f->op != LEGES_FOP_ADDWORDS)
		issue(c, p, "mod_%u: the quoted new text that should follow ':' is missing", c->nmod);
	if (c->opts->target && !d.whole && !d.found && f->op != LEGES_FOP_INSERTUNIT &&
	    f->op != LEGES_FOP_ADDUNIT)
		issue(c, p, "mod_%u: '%s' does not exist in the target", c->nmod, d.eid);
	/* The old words (or the anchor words) must be in the target provision. */
	if (d.found && (f->op == LEGES_FOP_SUBST || f->op == LEGES_FOP_SUBSTRESP || f->op == LEGES_FOP_REPEALWORDS ||
			(f->op == LEGES_FOP_INSERTWORDS && f->anchor))) {
		struct leges_pinpoint tp;
		xmlNode *tb = leges_child(c->opts->target->main, "body"), *tn = NULL;

		if (!leges_pinpoint_parse(&tp, &local, f->loc) && tb)
			tn = leges_pinpoint_resolve(tb, &tp);
		if (tn) {
			char *tt = leges_akn_text(tn);
			size_t k, nw = f->op == LEGES_FOP_INSERTWORDS ? 1 : f->nold;

			for (k = 0; tt && k < nw; k++) {
				const char *w = f->op == LEGES_FOP_INSERTWORDS ? f->anchor : f->old[k];

				if (w && *w && !strstr(tt, w))
					issue(c, p, "mod_%u: '%s' is not in '%s' of the target", c->nmod, w, d.eid);
			}
			free(tt);
		}
	}
	if (have_anchor && c->opts->target && !anchor_d.found)
		issue(c, p, "mod_%u: '%s' does not exist in the target", c->nmod, anchor_d.eid);
out:
	free(text);
	return rc;
}

/* --- reading the body ----------------------------------------------------------- */

static const char *const amend_words[] = {
	"vervangen", "ingevoegd", "toegevoegd", "opgeheven", "aangevuld", "vernummerd", "hernummerd",
	"aangebracht", "remplacé", "inséré", "abrogé", "complété", "replaced", "inserted", "repealed", NULL
};

static bool looks_amending(const char *text)
{
	size_t i;

	for (i = 0; amend_words[i]; i++)
		if (strstr(text, amend_words[i]))
			return true;
	return false;
}

static bool opens_quote(const char *s)
{
	while (*s == ' ')
		s++;
	return at_any(s, opens) > 0;
}

/* True when the line closes the quoted text: ends with a closing mark, then "." or ";" */
static bool closes_quote(const char *s)
{
	size_t n = strlen(s), i;

	while (n && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ';'))
		n--;
	for (i = 0; closes[i]; i++) {
		size_t k = strlen(closes[i]);

		if (n >= k && !strncmp(s + n - k, closes[i], k))
			return true;
	}
	return false;
}

/* Strip the opening mark of the first line and the closing mark (+ . ;) of the last. */
static void strip_quotes(char **lines, size_t n)
{
	size_t k, len, i;

	if (!n)
		return;
	k = at_any(lines[0], opens);
	if (k)
		memmove(lines[0], lines[0] + k, strlen(lines[0] + k) + 1);
	len = strlen(lines[n - 1]);
	while (len && (lines[n - 1][len - 1] == ' ' || lines[n - 1][len - 1] == '.' || lines[n - 1][len - 1] == ';'))
		len--;
	for (i = 0; closes[i]; i++) {
		k = strlen(closes[i]);
		if (len >= k && !strncmp(lines[n - 1] + len - k, closes[i], k)) {
			lines[n - 1][len - k] = '\0';
			break;
		}
	}
	/* Keep the unit's own final punctuation ("… gegeven.”." -> "… gegeven."); drop the
	 * spaces French quotes leave inside ("« Art. 4/1. … »"). */
	for (i = 0; i < n; i++) {
		char *l = lines[i];
		size_t lead = strspn(l, " "), len2;

		if (lead)
			memmove(l, l + lead, strlen(l + lead) + 1);
		len2 = strlen(l);
		while (len2 && l[len2 - 1] == ' ')
			l[--len2] = '\0';
	}
}

/*
 * Handle the sequence of <p> elements in one block (an article's content,
 * or a point of a list of changes).
 */
static int do_paras(struct ctx *c, xmlNode *container, const struct leges_pinpoint *base, bool item, long artnum)
{
	xmlNode *p, *next;
	int rc = 0;

	for (p = container->children; p; p = next) {
		struct leges_formula f;
		char *text;
		char *lines[512];
		size_t nlines = 0, i;

		next = p->next;
		if (!named(p, "p"))
			continue;
		text = leges_akn_text(p);
		if (!text)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		rc = leges_formula_parse(&f, text, strlen(text), item);
		if (rc) {
			free(text);
			return rc;
		}
		if (f.op == LEGES_FOP_NONE || f.op == LEGES_FOP_LIST) {
			if (f.op == LEGES_FOP_NONE && looks_amending(text) && !opens_quote(text)) {
				issue(c, p, "cannot read this amending sentence; not marked up: %.80s%s", text,
				      strlen(text) > 80 ? "…" : "");
				c->res->nskipped++;
			}
			leges_formula_release(&f);
			free(text);
			continue;
		}
		/* The quoted new text follows in the next paragraphs. */
		while (next && next->type != XML_ELEMENT_NODE)
			next = next->next;
		if (f.quoted_follows && next && named(next, "p")) {
			char *t = leges_akn_text(next);

			if (t && opens_quote(t)) {
				free(t);
				while (next && named(next, "p") && nlines < 512) {
					xmlNode *q = next;
					bool last;

					lines[nlines] = leges_akn_text(q);
					last = closes_quote(lines[nlines]);
					nlines++;
					next = q->next;
					while (next && next->type != XML_ELEMENT_NODE)
						next = next->next;
					xmlUnlinkNode(q);
					xmlFreeNode(q);
					if (last)
						break;
				}
				strip_quotes(lines, nlines);
			} else {
				free(t);
			}
		}
		rc = emit(c, &f, p, base, lines, nlines, artnum);
		for (i = 0; i < nlines; i++)
			free(lines[i]);
		leges_formula_release(&f);
		free(text);
		if (rc)
			return rc;
	}
	return 0;
}

static int do_article(struct ctx *c, xmlNode *art)
{
	long artnum = article_number(art);
	xmlNode *ch;
	int rc = 0;

	for (ch = art->children; ch && !rc; ch = ch->next) {
		if (named(ch, "content") || named(ch, "alinea")) {
			xmlNode *host = named(ch, "alinea") ? leges_child(ch, "content") : ch;

			if (host)
				rc = do_paras(c, host, NULL, false, artnum);
		} else if (named(ch, "list")) {
			xmlNode *intro = leges_child(ch, "intro"), *ip, *pt;
			struct leges_formula f;
			struct leges_pinpoint base;
			char *text;

			ip = intro ? leges_child(intro, "p") : NULL;
			if (!ip)
				continue;
			text = leges_akn_text(ip);
			if (!text)
				return leges_error_set(LEGES_ENOMEM, "out of memory");
			rc = leges_formula_parse(&f, text, strlen(text), false);
			free(text);
			if (rc)
				return rc;
			if (f.op != LEGES_FOP_LIST) {
				leges_formula_release(&f);
				continue;
			}
			{
				char work[512];

				if (cite_work(c, f.act ? f.act : "hetzelfde", work, sizeof(work)))
					issue(c, ip, "cannot tell which act '%s' is", f.act ? f.act : "(none)");
			}
			if (leges_pinpoint_parse(&base, NULL, f.target)) {
				issue(c, ip, "cannot read the provision '%s'; list not marked up", f.target ? f.target : "");
				leges_formula_release(&f);
				continue;
			}
			for (pt = ch->children; pt && !rc; pt = pt->next) {
				xmlNode *content;

				if (!named(pt, "point"))
					continue;
				content = leges_child(pt, "content");
				if (content)
					rc = do_paras(c, content, &base, true, artnum);
			}
			leges_formula_release(&f);
		}
	}
	return rc;
}

static void collect_articles(xmlNode *n, xmlNode ***v, size_t *count, size_t *cap)
{
	xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || named(c, "quotedStructure") || named(c, "mod"))
			continue;
		if (named(c, "article")) {
			if (*count == *cap) {
				xmlNode **nv = realloc(*v, (*cap ? *cap * 2 : 32) * sizeof(**v));

				if (!nv)
					return;
				*v = nv;
				*cap = *cap ? *cap * 2 : 32;
			}
			(*v)[(*count)++] = c;
			continue;
		}
		collect_articles(c, v, count, cap);
	}
}

/* --- meta --------------------------------------------------------------------- */

bool leges_amend_has_markup(const struct leges_doc *doc)
{
	xmlNode *meta = doc->main ? leges_child(doc->main, "meta") : NULL;
	xmlNode *an = meta ? leges_child(meta, "analysis") : NULL;

	return an && leges_child(an, "activeModifications");
}

static int finish_meta(struct ctx *c)
{
	const char *src = c->doc->frbr.source ? c->doc->frbr.source : "#source";
	xmlNode *lc, *td, *refs, *n;
	const char *wdate = c->doc->frbr.work.val[LEGES_FRBR_DATE];
	const char *expr = c->doc->frbr.expr.val[LEGES_FRBR_URI];
	size_t i;
	char id[32], start[40];

	if (!c->ndates)
		return 0;
	lc = leges_meta_child(c->meta, "lifecycle", src);
	td = leges_meta_child(c->meta, "temporalData", src);
	refs = leges_meta_child(c->meta, "references", src);
	if (!lc || !td || !refs)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	if (!lc->children || !leges_child(lc, "eventRef")) {
		n = leges_akn_add(lc, "eventRef", NULL);
		xmlSetProp(n, (const xmlChar *)"eId", (const xmlChar *)"evt_1");
		xmlSetProp(n, (const xmlChar *)"date", (const xmlChar *)(wdate ? wdate : c->dates[0]));
		xmlSetProp(n, (const xmlChar *)"source", (const xmlChar *)"#original");
		xmlSetProp(n, (const xmlChar *)"type", (const xmlChar *)"generation");
	}
	for (i = 0; i < c->ndates; i++) {
		xmlNode *g, *ti;

		snprintf(id, sizeof(id), "evt_%zu", i + 2);
		n = leges_akn_add(lc, "eventRef", NULL);
		xmlSetProp(n, (const xmlChar *)"eId", (const xmlChar *)id);
		xmlSetProp(n, (const xmlChar *)"date", (const xmlChar *)c->dates[i]);
		xmlSetProp(n, (const xmlChar *)"source", (const xmlChar *)"#original");
		xmlSetProp(n, (const xmlChar *)"type", (const xmlChar *)"generation");
		g = leges_akn_add(td, "temporalGroup", NULL);
		snprintf(id, sizeof(id), "tmpg_%zu", i + 1);
		xmlSetProp(g, (const xmlChar *)"eId", (const xmlChar *)id);
		ti = leges_akn_add(g, "timeInterval", NULL);
		snprintf(start, sizeof(start), "#evt_%zu", i + 2);
		xmlSetProp(ti, (const xmlChar *)"start", (const xmlChar *)start);
		xmlSetProp(ti, (const xmlChar *)"refersTo", (const xmlChar *)"#inforce");
	}
	/* references: the original expression and the in-force concept the groups use */
	{
		bool has_orig = false, has_inforce = false;

		for (n = refs->children; n; n = n->next) {
			const char *e = leges_akn_eid(n);

			if (named(n, "original"))
				has_orig = true;
			if (e && !strcmp(e, "inforce"))
				has_inforce = true;
		}
		if (!has_orig) {
			xmlNode *o = leges_akn_new(c->meta->doc, "original");

			xmlSetProp(o, (const xmlChar *)"eId", (const xmlChar *)"original");
			xmlSetProp(o, (const xmlChar *)"href", (const xmlChar *)(expr ? expr : c->work));
			xmlSetProp(o, (const xmlChar *)"showAs", (const xmlChar *)"originele versie");
			if (refs->children)
				xmlAddPrevSibling(refs->children, o);
			else
				xmlAddChild(refs, o);
		}
		if (!has_inforce) {
			n = leges_akn_add(refs, "TLCConcept", NULL);
			xmlSetProp(n, (const xmlChar *)"eId", (const xmlChar *)"inforce");
			xmlSetProp(n, (const xmlChar *)"href", (const xmlChar *)"/ontology/concept/inforce");
			xmlSetProp(n, (const xmlChar *)"showAs", (const xmlChar *)"in werking");
		}
	}
	return 0;
}

int leges_amend(struct leges_doc *doc, const struct leges_amend_opts *opts, struct leges_amend_result *res)
{
	struct ctx c;
	xmlNode *body, *an, **arts = NULL;
	size_t narts = 0, cap = 0, i;
	int rc = 0;

	memset(res, 0, sizeof(*res));
	memset(&c, 0, sizeof(c));
	c.doc = doc;
	c.opts = opts;
	c.res = res;
	if (!doc->main || !(body = leges_child(doc->main, "body")) || !(c.meta = leges_child(doc->main, "meta")))
		return leges_error_set(LEGES_EINVAL, "%s: no meta or body to amend", doc->in->path);
	if (leges_amend_has_markup(doc))
		return leges_error_set(LEGES_EINVAL, "%s: already has activeModifications", doc->in->path);
	snprintf(c.work, sizeof(c.work), "%s", doc->frbr.work.val[LEGES_FRBR_URI] ? doc->frbr.work.val[LEGES_FRBR_URI] : "");
	collect_articles(body, &arts, &narts, &cap);
	for (i = 0; i < narts; i++) {
		char *t = leges_akn_text(arts[i]);

		if (t)
			read_eif(&c, t);
		free(t);
	}
	an = leges_meta_child(c.meta, "analysis", doc->frbr.source ? doc->frbr.source : "#source");
	c.amods = an ? leges_akn_add(an, "activeModifications", NULL) : NULL;
	if (!c.amods) {
		free(arts);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	for (i = 0; i < narts && !rc; i++)
		rc = do_article(&c, arts[i]);
	free(arts);
	if (!rc && !c.ntmod) {
		/* Nothing recognised: leave no empty analysis behind. */
		xmlUnlinkNode(an);
		xmlFreeNode(an);
	} else if (!rc) {
		rc = finish_meta(&c);
		leges_akn_reindent(c.meta, leges_akn_depth(c.meta));
	}
	return rc;
}

void leges_amend_result_release(struct leges_amend_result *res)
{
	size_t i;

	for (i = 0; i < res->nissues; i++)
		free(res->issues[i].message);
	free(res->issues);
	memset(res, 0, sizeof(*res));
}
