/* consolidate.c - the text in force on a date (see consolidate.h). */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/hash.h>

#include "parser/error.h"
#include "parser/formula.h"
#include "parser/pinpoint.h"
#include "transform/akn-build.h"
#include "transform/amend.h"
#include "transform/consolidate.h"

/* One textualMod to apply, with everything resolved from the amending act. */
struct tm {
	xmlNode *node;			/* the textualMod */
	struct leges_doc *act;
	size_t act_index, order;
	const char *type;
	char *dest;			/* eId, "" for the whole act */
	const char *pos;
	char date[11];
	xmlNode *mod;			/* source mod, or NULL */
	char *old_text;			/* old (words or anchor), or NULL */
	char *new_text;			/* new words, or NULL */
	xmlNode *new_struct;		/* quotedStructure, or NULL */
	bool incomplete;
	int sentence;			/* a sentence of the destination (1-based), 0 for none */
	const char *why;		/* set when it cannot be applied at all */
};

struct cctx {
	struct leges_consolidation *res;
	struct leges_doc *base;
	struct leges_doc **acts;
	size_t nacts;
	xmlDocPtr out;
	xmlNode *main, *body, *meta;
	xmlHashTablePtr ids;		/* eId -> node (checked on use) */
	xmlHashTablePtr done;		/* eId -> "date act" of a unit replaced or repealed */
	xmlNode **grave;		/* nodes unlinked during the run, freed at the end */
	size_t ngrave, capgrave;
	xmlNode *notes;
	unsigned nnotes;
	bool in_place;		/* out is the base's tree: its model's eId index is valid */
	/* numbers already used in the base for the ids this run adds */
	unsigned off_evt, off_tmpg, off_pmod, off_nt, off_pasref;
	xmlHashTablePtr passive;	/* base passive textualMods by source href */
	char lang[16];
};

const char *leges_mod_status_name(enum leges_mod_status s)
{
	static const char *const names[] = {
		"applied", "target-not-found", "old-text-not-found", "conflict", "not-yet-in-force", "unsupported"
	};

	return (size_t)s < sizeof(names) / sizeof(names[0]) ? names[s] : "unsupported";
}

static bool named(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static void free_entry(void *p, const xmlChar *name)
{
	(void)name;
	free(p);
}

static xmlNode *first_el(xmlNode *n)
{
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

static void bury(struct cctx *c, xmlNode *n)
{
	xmlUnlinkNode(n);
	if (c->ngrave == c->capgrave) {
		size_t cap = c->capgrave ? c->capgrave * 2 : 64;
		xmlNode **g = realloc(c->grave, cap * sizeof(*g));

		if (!g) {
			xmlFreeNode(n);
			return;
		}
		c->grave = g;
		c->capgrave = cap;
	}
	c->grave[c->ngrave++] = n;
}

/* --- eId index -------------------------------------------------------------- */

static void index_tree(struct cctx *c, xmlNode *n)
{
	xmlNode *ch;

	for (ch = n->children; ch; ch = ch->next) {
		const char *e;

		if (ch->type != XML_ELEMENT_NODE)
			continue;
		e = leges_akn_eid(ch);
		if (e)
			xmlHashUpdateEntry(c->ids, (const xmlChar *)e, ch, NULL);
		index_tree(c, ch);
	}
}

static bool attached(const struct cctx *c, const xmlNode *n)
{
	for (; n; n = n->parent)
		if (n == c->body)
			return true;
	return false;
}

static xmlNode *scan(xmlNode *n, const char *eid)
{
	xmlNode *ch, *r;

	for (ch = n->children; ch; ch = ch->next) {
		const char *e;

		if (ch->type != XML_ELEMENT_NODE || named(ch, "mod") || named(ch, "quotedStructure"))
			continue;
		e = leges_akn_eid(ch);
		if (e && !strcmp(e, eid))
			return ch;
		if ((r = scan(ch, eid)))
			return r;
	}
	return NULL;
}

static xmlNode *lookup(struct cctx *c, const char *eid)
{
	xmlNode *n;

	if (!*eid)
		return c->body;
	n = xmlHashLookup(c->ids, (const xmlChar *)eid);
	if (n && attached(c, n) && leges_akn_eid(n) && !strcmp(leges_akn_eid(n), eid))
		return n;
	if (c->in_place) {
		n = leges_doc_find_eid(c->base, 0, eid);
		if (n && attached(c, n) && leges_akn_eid(n) && !strcmp(leges_akn_eid(n), eid))
			return n;
	}
	n = scan(c->body, eid);
	if (n)
		xmlHashUpdateEntry(c->ids, (const xmlChar *)eid, n, NULL);
	return n;
}

/* New eIds after a change at node; the index learns them. */
static void renumber(struct cctx *c, xmlNode *node)
{
	const char *name = (const char *)node->name;
	xmlNode *scope = node;

	leges_akn_assign_one(node);
	/* a counted unit (lid, list) renumbered its parent's subtree: learn all of it */
	if (!strcmp(name, "alinea") || !strcmp(name, "list") || !strcmp(name, "indent")) {
		scope = node->parent;
		while (scope && scope->type == XML_ELEMENT_NODE && !leges_akn_eid(scope) && scope != c->body)
			scope = scope->parent;
	}
	if (scope && scope->type == XML_ELEMENT_NODE) {
		const char *e = leges_akn_eid(scope);

		if (e)
			xmlHashUpdateEntry(c->ids, (const xmlChar *)e, scope, NULL);
		index_tree(c, scope);
	}
}

/* --- collecting ------------------------------------------------------------- */

/* Every eId of an amending act (its tree may have been marked up after the model was built). */
static void index_all(xmlHashTablePtr h, xmlNode *n)
{
	for (; n; n = n->next) {
		const char *e;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		e = leges_akn_eid(n);
		if (e)
			xmlHashAddEntry(h, (const xmlChar *)e, n);
		index_all(h, n->children);
	}
}

static xmlNode *find_by_eid(xmlHashTablePtr h, const char *href)
{
	if (!href || href[0] != '#')
		return NULL;
	return xmlHashLookup(h, (const xmlChar *)href + 1);
}

/* The date a force/@period resolves to, or false. */
static bool force_date(xmlHashTablePtr doc, xmlNode *tmod, char out[11])
{
	xmlNode *force = leges_child(tmod, "force"), *grp, *ti, *ev;
	const char *date;

	if (!force)
		return false;
	grp = find_by_eid(doc, leges_attr(force, "period"));
	ti = grp ? leges_child(grp, "timeInterval") : NULL;
	ev = ti ? find_by_eid(doc, leges_attr(ti, "start")) : NULL;
	date = ev ? leges_attr(ev, "date") : NULL;
	if (!date || strlen(date) != 10)
		return false;
	memcpy(out, date, 11);
	return true;
}

/*
 * The destination eId if href names the base's Work, else NULL.  AKN IRIs
 * carry it after '~' (older ones after '#'); LegalDocML.de ELI paths as the
 * last path step, before an optional character range ("…/text-1/9-34.xml").
 */
static char *dest_eid(const char *href, const char *work)
{
	size_t n = strlen(work);
	const char *tilde, *end, *slash;

	if (!href || !work || strncmp(href, work, n) || (href[n] != '/' && href[n] != '\0' && href[n] != '~'))
		return NULL;
	tilde = strchr(href + n, '~');
	if (!tilde)
		tilde = strchr(href + n, '#');
	if (tilde)
		return strdup(tilde + 1);
	if (strncmp(href, "eli/", 4))
		return strdup("");
	/* ELI path: drop ".xml" and a "N-M" range, then take the last step if it is an eId */
	end = href + strlen(href);
	if (end - href > 4 && !strcmp(end - 4, ".xml"))
		end -= 4;
	slash = end;
	while (slash > href && slash[-1] != '/')
		slash--;
	if (slash > href && strspn(slash, "0123456789-") == (size_t)(end - slash)) {
		end = slash - 1;
		slash = end;
		while (slash > href && slash[-1] != '/')
			slash--;
	}
	if (!memchr(slash, '_', (size_t)(end - slash)))
		return strdup("");
	return strndup(slash, (size_t)(end - slash));
}

/* The first max quotedText/quotedStructure elements inside n, in document order. */
static size_t quoted_texts(xmlNode *n, xmlNode **out, size_t max)
{
	xmlNode *c;
	size_t k = 0;

	for (c = n->children; c && k < max; c = c->next) {
		if (named(c, "quotedText") || named(c, "quotedStructure"))
			out[k++] = c;
		else if (c->type == XML_ELEMENT_NODE)
			k += quoted_texts(c, out + k, max - k);
	}
	return k;
}

static int tm_cmp(const void *a, const void *b)
{
	const struct tm *x = a, *y = b;
	int r = strcmp(x->date, y->date);

	if (r)
		return r;
	if (x->act_index != y->act_index)
		return x->act_index < y->act_index ? -1 : 1;
	return x->order < y->order ? -1 : (x->order > y->order);
}

static int act_cmp_date(struct leges_doc *a, struct leges_doc *b)
{
	const char *da = a->frbr.work.val[LEGES_FRBR_DATE], *db = b->frbr.work.val[LEGES_FRBR_DATE];

	return strcmp(da ? da : "", db ? db : "");
}

/*
 * A modification of one sentence ("de tweede zin wordt opgeheven / vervangen
 * door de volgende zin: …"): AKN has no element for a sentence, so amend marks
 * it incomplete.  Read the sentence back from the mod's own words; true when
 * it can be applied (m->sentence set, the new sentence as text).
 */
/* The words of a mod, with its quoted texts but without its quoted structures. */
static void mod_words_r(const xmlNode *n, char **buf, size_t *len, size_t *cap)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			size_t k = strlen((const char *)c->content);

			if (*len + k + 1 > *cap) {
				size_t ncap = (*len + k + 1) * 2;
				char *nb = realloc(*buf, ncap);

				if (!nb)
					return;
				*buf = nb;
				*cap = ncap;
			}
			memcpy(*buf + *len, c->content, k + 1);
			*len += k;
		} else if (c->type == XML_ELEMENT_NODE && !named(c, "quotedStructure")) {
			mod_words_r(c, buf, len, cap);
		}
	}
}

static char *mod_words(const xmlNode *mod)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	mod_words_r(mod, &buf, &len, &cap);
	return buf ? buf : strdup("");
}

static bool sentence_of(struct tm *m)
{
	struct leges_formula f;
	struct leges_pinpoint p;
	const char *where;
	char *text;
	bool ok = false;

	if (!m->mod || (strcmp(m->type, "repeal") && strcmp(m->type, "substitution")))
		return false;
	text = mod_words(m->mod);
	if (!text)
		return false;
	if (leges_formula_parse(&f, text, strlen(text), false) || f.op == LEGES_FOP_NONE) {
		leges_formula_release(&f);
		if (leges_formula_parse(&f, text, strlen(text), true))
			f.op = LEGES_FOP_NONE;
	}
	/* the sentence is named in the location, or else in the intro's target */
	where = f.loc ? f.loc : f.target;
	if ((f.op == LEGES_FOP_REPEALUNIT || f.op == LEGES_FOP_REPLACE) && where &&
	    !leges_pinpoint_parse(&p, NULL, where) && p.sentence > 0 && !p.heading) {
		m->sentence = p.sentence;
		ok = true;
		if (f.op == LEGES_FOP_REPLACE) {
			/* the new sentence: the quoted text, or the text of the quoted lines */
			if (m->new_struct) {
				char *t = leges_akn_text(m->new_struct);

				if (t) {
					free(m->new_text);
					m->new_text = t;
				}
				m->new_struct = NULL;
			}
			ok = m->new_text != NULL;
		}
	}
	leges_formula_release(&f);
	free(text);
	if (ok)
		m->incomplete = false;
	else
		m->sentence = 0;
	return ok;
}

static int collect(struct cctx *c, struct tm **out, size_t *count)
{
	const char *work = c->base->frbr.work.val[LEGES_FRBR_URI];
	struct tm *v = NULL;
	size_t n = 0, cap = 0, a;

	*out = NULL;
	*count = 0;
	char nnwork[512] = "";

	if (!work)
		return leges_error_set(LEGES_EINVAL, "%s: the base act has no FRBR Work URI", c->base->in->path);
	/* An act cited without its number ("het decreet van 20 december 2002") is marked up as …/nn. */
	{
		const char *slash = strrchr(work, '/');

		if (slash && strcmp(slash, "/nn"))
			snprintf(nnwork, sizeof(nnwork), "%.*s/nn", (int)(slash - work), work);
	}
	for (a = 0; a < c->nacts; a++) {
		struct leges_doc *act = c->acts[a];
		xmlNode *meta = leges_child(act->main, "meta"), *an, *am, *t;
		size_t order = 0;
		xmlHashTablePtr h = xmlHashCreate(256);

		if (!h)
			goto nomem;
		index_all(h, act->main);
		an = meta ? leges_child(meta, "analysis") : NULL;
		am = an ? leges_child(an, "activeModifications") : NULL;
		for (t = am ? am->children : NULL; t; t = t->next) {
			struct tm *m;
			xmlNode *d, *o, *nw;
			char *eid;

			if (!named(t, "textualMod"))
				continue;
			d = leges_child(t, "destination");
			eid = d ? dest_eid(leges_attr(d, "href"), work) : NULL;
			if (!eid && d && *nnwork)
				eid = dest_eid(leges_attr(d, "href"), nnwork);
			if (!eid)
				continue;	/* another act */
			if (n == cap) {
				struct tm *nv = realloc(v, (cap ? cap * 2 : 64) * sizeof(*nv));

				if (!nv) {
					free(eid);
					xmlHashFree(h, NULL);
					goto nomem;
				}
				v = nv;
				cap = cap ? cap * 2 : 64;
			}
			m = &v[n++];
			memset(m, 0, sizeof(*m));
			m->node = t;
			m->act = act;
			m->act_index = a;
			m->order = order++;
			m->type = leges_attr(t, "type") ? leges_attr(t, "type") : "";
			m->dest = eid;
			m->pos = leges_attr(d, "pos");
			m->incomplete = leges_attr(t, "incomplete") && !strcmp(leges_attr(t, "incomplete"), "true");
			/* the source that is (or holds) the mod: older markup also lists the act's ref */
			{
				xmlNode *src;

				for (src = t->children; src; src = src->next) {
					xmlNode *x = named(src, "source") ? find_by_eid(h, leges_attr(src, "href")) : NULL;
					xmlNode *q[1] = { NULL };

					if (x && (named(x, "mod") || quoted_texts(x, q, 1) || !m->mod))
						m->mod = x;
					if (m->mod && named(m->mod, "mod"))
						break;
				}
			}
			if (!leges_child(t, "force")) {
				/* no force of its own: the amending act's entry into force, else its date */
				xmlNode *pub = leges_child(meta, "publication");
				const char *pd = pub ? leges_attr(pub, "date") : NULL;

				if (!pd)
					pd = act->frbr.work.val[LEGES_FRBR_DATE];
				if (pd && strlen(pd) == 10)
					memcpy(m->date, pd, 11);
				else
					m->why = "it has no force date, and the act no date";
			} else if (!force_date(h, t, m->date)) {
				m->why = "its force date does not resolve";
			}
			o = leges_child(t, "old");
			if (o) {
				xmlNode *q = find_by_eid(h, leges_attr(o, "href"));

				if (q)
					m->old_text = leges_akn_text(q);
				else
					m->why = "its old text does not resolve";
			}
			nw = leges_child(t, "new");
			if (nw) {
				xmlNode *q = find_by_eid(h, leges_attr(nw, "href"));

				if (q && named(q, "quotedStructure"))
					m->new_struct = q;
				else if (q)
					m->new_text = leges_akn_text(q);
				else
					m->why = "its new text does not resolve";
			}
			if (!o && !nw && m->mod && !strcmp(m->type, "substitution")) {
				/* LegalDocML.de: "wird die Angabe „X“ durch die Angabe „Y“ ersetzt" */
				xmlNode *q[2] = { NULL, NULL };

				quoted_texts(m->mod, q, 2);
				if (q[0] && q[1] && !named(q[1], "quotedStructure")) {
					m->old_text = leges_akn_text(q[0]);
					m->new_text = leges_akn_text(q[1]);
				} else if (q[0] && named(q[0], "quotedStructure")) {
					m->new_struct = q[0];
				}
			}
			if (m->incomplete && !sentence_of(m))
				m->why = "marked incomplete (@incomplete): it cannot be applied automatically";
		}
		xmlHashFree(h, NULL);
	}
	qsort(v, n, sizeof(*v), tm_cmp);
	*out = v;
	*count = n;
	return 0;
nomem:
	for (a = 0; a < n; a++) {
		free(v[a].dest);
		free(v[a].old_text);
		free(v[a].new_text);
	}
	free(v);
	return leges_error_set(LEGES_ENOMEM, "out of memory");
}

/* --- text operations ------------------------------------------------------------ */

static void text_nodes(xmlNode *n, xmlNode ***v, size_t *count, size_t *cap)
{
	xmlNode *ch;

	for (ch = n->children; ch; ch = ch->next) {
		if (ch->type == XML_TEXT_NODE) {
			if (*count == *cap) {
				xmlNode **nv = realloc(*v, (*cap ? *cap * 2 : 16) * sizeof(*nv));

				if (!nv)
					return;
				*v = nv;
				*cap = *cap ? *cap * 2 : 16;
			}
			(*v)[(*count)++] = ch;
		} else if (ch->type == XML_ELEMENT_NODE && !named(ch, "num") && !named(ch, "noteRef") &&
			   !named(ch, "mod") && !named(ch, "quotedStructure") && !named(ch, "heading")) {
			text_nodes(ch, v, count, cap);
		}
	}
}

/*
 * Change the words of el: where = "replace" (old -> new), "after"/"before"
 * (new beside old), "end" (new at the end), "remove" (old deleted).
 */
static bool edit_words(xmlNode *el, const char *where, const char *old, const char *new_)
{
	xmlNode **v = NULL;
	size_t n = 0, cap = 0, i;
	bool done = false;

	text_nodes(el, &v, &n, &cap);
	if (!strcmp(where, "end")) {
		for (i = n; i-- > 0 && !done;) {
			const char *t = (const char *)v[i]->content;
			size_t len = strlen(t), k = len;
			char *s;

			while (k && isspace((unsigned char)t[k - 1]))
				k--;
			if (!k)
				continue;
			s = malloc(len + strlen(new_) + 3);
			if (!s)
				break;
			if (isupper((unsigned char)new_[0]) || (unsigned char)new_[0] >= 0xc0) {
				/* a sentence: after the final stop */
				sprintf(s, "%.*s %s%s", (int)k, t, new_, t + k);
			} else if (strchr(".;:", t[k - 1])) {
				sprintf(s, "%.*s%s%s%s", (int)(k - 1), t, new_[0] == ',' ? "" : " ", new_, t + k - 1);
			} else {
				sprintf(s, "%.*s%s%s%s", (int)k, t, new_[0] == ',' ? "" : " ", new_, t + k);
			}
			xmlNodeSetContent(v[i], (const xmlChar *)s);
			free(s);
			done = true;
		}
		free(v);
		return done;
	}
	for (i = 0; i < n && !done; i++) {
		const char *t = (const char *)v[i]->content, *hit = strstr(t, old);
		size_t pre, olen = strlen(old);
		char *s;

		if (!hit)
			continue;
		pre = (size_t)(hit - t);
		s = malloc(strlen(t) + (new_ ? strlen(new_) : 0) + 3);
		if (!s)
			break;
		if (!strcmp(where, "replace")) {
			sprintf(s, "%.*s%s%s", (int)pre, t, new_, hit + olen);
		} else if (!strcmp(where, "after")) {
			bool glue = strchr(",.;:", new_[0]) != NULL;

			sprintf(s, "%.*s%s%s%s", (int)(pre + olen), t, glue ? "" : " ", new_, hit + olen);
		} else if (!strcmp(where, "before")) {
			sprintf(s, "%.*s%s %s", (int)pre, t, new_, hit);
		} else {
			/* remove: drop one space so that no double space or " ," is left */
			const char *after = hit + olen;

			if (pre && t[pre - 1] == ' ' && (*after == ' ' || *after == ',' || *after == '.' || *after == ';' || !*after))
				pre--;
			else if (!pre && *after == ' ')
				after++;
			sprintf(s, "%.*s%s", (int)pre, t, after);
		}
		xmlNodeSetContent(v[i], (const xmlChar *)s);
		free(s);
		done = true;
	}
	free(v);
	return done;
}

/* --- notes --------------------------------------------------------------------- */

static xmlNode *last_p(xmlNode *n)
{
	xmlNode *ch, *r = NULL;

	if (named(n, "p"))
		return n;
	for (ch = n->children; ch; ch = ch->next)
		if (ch->type == XML_ELEMENT_NODE && !named(ch, "num") && !named(ch, "heading")) {
			xmlNode *p = last_p(ch);

			if (p)
				r = p;
		}
	return r;
}

/* "artikel 7, 2°" for a mod in an amending act. */
static void provision_of(const xmlNode *mod, char *buf, size_t size)
{
	const xmlNode *n;
	char art[64] = "", pt[32] = "";

	for (n = mod; n; n = n->parent) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (named(n, "point") && !*pt) {
			xmlNode *num = leges_child(n, "num");
			char *t = num ? leges_akn_text(num) : NULL;

			snprintf(pt, sizeof(pt), "%s", t ? t : "");
			free(t);
		}
		if (named(n, "article")) {
			char id[48];

			leges_pinpoint_num_ident(n, id, sizeof(id));
			for (char *p = id; *p; p++)
				if (*p == '-')
					*p = '/';
			snprintf(art, sizeof(art), "%s", id);
			break;
		}
	}
	if (*pt)
		snprintf(buf, size, "%s, %s,", art, pt);
	else
		snprintf(buf, size, "%s", art);
}

static const char *verb(const struct tm *m, const char *lang)
{
	static const char *const nl[] = { "Gewijzigd", "Vervangen", "Ingevoegd", "Opgeheven", "Vernummerd" };
	static const char *const fr[] = { "Modifié", "Remplacé", "Inséré", "Abrogé", "Renuméroté" };
	static const char *const en[] = { "Amended", "Replaced", "Inserted", "Repealed", "Renumbered" };
	const char *const *w = !strcmp(lang, "fra") ? fr : !strcmp(lang, "eng") ? en : nl;
	bool words = m->old_text || m->new_text || m->sentence;

	if (!strcmp(m->type, "renumbering"))
		return w[4];
	if (words)
		return w[0];
	if (!strcmp(m->type, "substitution"))
		return w[1];
	if (!strcmp(m->type, "insertion"))
		return w[2];
	return w[3];
}

static void add_note(struct cctx *c, xmlNode *el, const struct tm *m)
{
	char id[32], href[40], marker[16], prov[128], d1[48], d2[48], text[512];
	const char *subtype = m->act->frbr.work.val[LEGES_FRBR_SUBTYPE];
	const char *wdate = m->act->frbr.work.val[LEGES_FRBR_DATE];
	xmlNode *num, *host, *ref, *note;

	if (!subtype)
		subtype = "act";
	c->nnotes++;
	snprintf(id, sizeof(id), "nt_%u", c->nnotes + c->off_nt);
	snprintf(href, sizeof(href), "#%s", id);
	snprintf(marker, sizeof(marker), "%u", c->nnotes + c->off_nt);
	provision_of(m->mod, prov, sizeof(prov));
	leges_akn_date_words(d1, sizeof(d1), wdate, c->lang);
	leges_akn_date_words(d2, sizeof(d2), m->date, c->lang);
	if (!strcmp(c->lang, "fra"))
		snprintf(text, sizeof(text), "%s par l'article %s du %s du %s (entrée en vigueur : %s).", verb(m, c->lang),
			 prov, subtype, d1, d2);
	else if (!strcmp(c->lang, "eng"))
		snprintf(text, sizeof(text), "%s by article %s of the %s of %s (in force: %s).", verb(m, c->lang), prov,
			 subtype, d1, d2);
	else
		snprintf(text, sizeof(text), "%s bij artikel %s van %s %s van %s (inwerkingtreding: %s).",
			 verb(m, c->lang), prov, !strcmp(subtype, "wet") || !strcmp(subtype, "codex") ? "de" : "het",
			 subtype, d1, d2);
	note = leges_akn_add(c->notes, "note", NULL);
	if (!note)
		return;
	xmlSetProp(note, (const xmlChar *)"eId", (const xmlChar *)id);
	leges_akn_add(note, "p", text);
	num = leges_child(el, "num");
	host = num ? num : last_p(el);
	if (!host)
		return;
	ref = leges_akn_add(host, "noteRef", NULL);
	if (ref) {
		xmlSetProp(ref, (const xmlChar *)"href", (const xmlChar *)href);
		xmlSetProp(ref, (const xmlChar *)"marker", (const xmlChar *)marker);
	}
}

/* --- unit operations ------------------------------------------------------------ */

/* A copy of the quoted units, without the eIds and wIds of the amending act. */
static void strip_ids(xmlNode *n)
{
	xmlNode *ch;

	for (ch = n; ch; ch = ch->next) {
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		xmlUnsetProp(ch, (const xmlChar *)"eId");
		xmlUnsetProp(ch, (const xmlChar *)"wId");
		strip_ids(ch->children);
	}
}

static xmlNode *copy_units(struct cctx *c, const xmlNode *qs)
{
	xmlNode *first = NULL, *last = NULL, *ch;

	for (ch = qs->children; ch; ch = ch->next) {
		xmlNode *cp;

		if (ch->type != XML_ELEMENT_NODE)
			continue;
		cp = xmlDocCopyNode(ch, c->out, 1);
		if (!cp)
			continue;
		if (cp->nsDef) {
			xmlFreeNsList(cp->nsDef);
			cp->nsDef = NULL;
		}
		cp->ns = c->main->ns;
		strip_ids(cp);
		/* Chain them as siblings without a parent yet. */
		if (last) {
			last->next = cp;
			cp->prev = last;
		} else {
			first = cp;
		}
		last = cp;
	}
	return first;
}

static void set_ns(xmlNode *n, xmlNs *ns)
{
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE) {
			n->ns = ns;
			set_ns(n->children, ns);
		}
}

/* Insert the chain of units after (or before) ref; returns the first inserted. */
static void insert_chain(xmlNode *ref, xmlNode *chain, bool before, xmlNode **inserted, size_t *ninserted)
{
	xmlNode *n = chain, *next, *at = ref;

	while (n) {
		next = n->next;
		n->next = n->prev = NULL;
		if (before)
			xmlAddPrevSibling(ref, n);
		else
			at = xmlAddNextSibling(at, n);
		if (*ninserted < 16)
			inserted[(*ninserted)++] = n;
		n = next;
	}
}

static void append_chain(xmlNode *parent, xmlNode *chain, xmlNode **inserted, size_t *ninserted)
{
	xmlNode *n = chain, *next;
	xmlNode *wrap = NULL;

	for (xmlNode *ch = parent->children; ch; ch = ch->next)
		if (named(ch, "wrapUp"))
			wrap = ch;
	while (n) {
		next = n->next;
		n->next = n->prev = NULL;
		if (wrap)
			xmlAddPrevSibling(wrap, n);
		else
			xmlAddChild(parent, n);
		if (*ninserted < 16)
			inserted[(*ninserted)++] = n;
		n = next;
	}
}

/* The list of container that new points go into (the last one at the shallowest depth). */
static xmlNode *list_of(xmlNode *container)
{
	xmlNode *ch, *found = NULL;

	if (named(container, "list"))
		return container;
	for (ch = container->children; ch; ch = ch->next)
		if (named(ch, "list"))
			found = ch;
	if (found)
		return found;
	for (ch = container->children; ch; ch = ch->next)
		if (named(ch, "alinea") || named(ch, "content"))
			if (list_of(ch))
				found = list_of(ch);
	return found;
}

/* Make sure container's leden are <alinea>s (a single lid is content or a list). */
static void ensure_alineas(struct cctx *c, xmlNode *container)
{
	xmlNode *ch, *next, *al = NULL;

	for (ch = container->children; ch; ch = ch->next)
		if (named(ch, "alinea"))
			return;
	for (ch = container->children; ch; ch = next) {
		next = ch->next;
		if (ch->type != XML_ELEMENT_NODE || named(ch, "num") || named(ch, "heading") || named(ch, "subheading"))
			continue;
		if (!al) {
			al = leges_akn_new(c->out, "alinea");
			if (!al)
				return;
			xmlAddPrevSibling(ch, al);
		}
		xmlUnlinkNode(ch);
		xmlAddChild(al, ch);
	}
}

static void collect_named(xmlNode *n, const char *name, xmlNode ***v, size_t *count, size_t *cap)
{
	xmlNode *ch;

	for (ch = n->children; ch; ch = ch->next) {
		if (ch->type != XML_ELEMENT_NODE || named(ch, "mod") || named(ch, "quotedStructure"))
			continue;
		if (!strcmp((const char *)ch->name, name)) {
			if (*count == *cap) {
				xmlNode **nv = realloc(*v, (*cap ? *cap * 2 : 32) * sizeof(*nv));

				if (!nv)
					return;
				*v = nv;
				*cap = *cap ? *cap * 2 : 32;
			}
			(*v)[(*count)++] = ch;
			continue;
		}
		collect_named(ch, name, v, count, cap);
	}
}

static bool num_of(const xmlNode *el, struct leges_num *out)
{
	xmlNode *num = leges_child(el, "num");
	char *t;
	bool ok;

	if (!num)
		return false;
	t = leges_akn_text(num);
	ok = t && leges_num_parse(out, t, strlen(t)) != LEGES_NUM_NONE;
	free(t);
	return ok;
}

/* Insert by number among the units of the same kind below container. */
static bool insert_by_number(xmlNode *container, xmlNode *chain, xmlNode **inserted, size_t *ninserted)
{
	xmlNode **v = NULL, *after = NULL;
	size_t n = 0, cap = 0, i;
	struct leges_num nn, cur;

	collect_named(container, (const char *)chain->name, &v, &n, &cap);
	if (!num_of(chain, &nn)) {
		free(v);
		return false;
	}
	for (i = 0; i < n; i++)
		if (num_of(v[i], &cur) && leges_num_cmp(&cur, &nn, true) < 0)
			after = v[i];
	if (after)
		insert_chain(after, chain, false, inserted, ninserted);
	else if (n)
		insert_chain(v[0], chain, true, inserted, ninserted);
	else
		append_chain(container, chain, inserted, ninserted);
	free(v);
	return true;
}

static void repeal_unit(struct cctx *c, xmlNode *el)
{
	xmlNode *ch, *next, *content;
	const char *word = !strcmp(c->lang, "fra") ? "(abrogé)" : !strcmp(c->lang, "eng") ? "(repealed)" : "(opgeheven)";

	for (ch = el->children; ch; ch = next) {
		next = ch->next;
		if (named(ch, "num") || named(ch, "heading"))
			continue;
		bury(c, ch);
	}
	content = leges_akn_add(el, "content", NULL);
	if (content)
		leges_akn_add(content, "p", word);
}

static bool renumber_unit(xmlNode *el, const char *newtext)
{
	struct leges_pinpoint p;
	xmlNode *num = leges_child(el, "num");
	char old[48], neww[48], *t, *hit, buf[256];
	size_t i;

	if (!num || leges_pinpoint_parse(&p, NULL, newtext) || !p.n)
		return false;
	snprintf(neww, sizeof(neww), "%s", p.steps[p.n - 1].num);
	leges_pinpoint_num_ident(el, old, sizeof(old));
	for (i = 0; old[i]; i++)
		if (old[i] == '-')
			old[i] = '/';
	for (i = 0; neww[i]; i++)
		if (neww[i] == '-')
			neww[i] = '/';
	t = leges_akn_text(num);
	if (!t || !*old || !(hit = strstr(t, old))) {
		free(t);
		return false;
	}
	snprintf(buf, sizeof(buf), "%.*s%s%s", (int)(hit - t), t, neww, hit + strlen(old));
	free(t);
	/* The num keeps no noteRef of its own here: renumbering comes first. */
	{
		xmlNode *ch, *next;

		for (ch = num->children; ch; ch = next) {
			next = ch->next;
			if (ch->type == XML_TEXT_NODE) {
				xmlUnlinkNode(ch);
				xmlFreeNode(ch);
			}
		}
		if (num->children)
			xmlAddPrevSibling(num->children, xmlNewDocText(num->doc, (const xmlChar *)buf));
		else
			xmlNodeAddContent(num, (const xmlChar *)buf);
	}
	return true;
}

static void set_status(struct leges_mod_report *r, enum leges_mod_status s, const char *fmt, ...)
	LEGES_PRINTF(3, 4);

static void set_status(struct leges_mod_report *r, enum leges_mod_status s, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	r->status = s;
	if (fmt) {
		va_start(ap, fmt);
		vsnprintf(buf, sizeof(buf), fmt, ap);
		va_end(ap);
		free(r->reason);
		r->reason = strdup(buf);
	}
}

/* Apply one modification; fills r and returns the changed elements for notes. */
/*
 * Replace (new_ not NULL) or remove sentence n of el: sentences end with ". "
 * (or the end) before a capital letter; only one text node is changed.
 */
static bool edit_sentence(xmlNode *el, int n, const char *new_)
{
	xmlNode **v = NULL;
	size_t cnt = 0, cap = 0, i;
	int seen = 0;
	bool done = false;

	text_nodes(el, &v, &cnt, &cap);
	for (i = 0; i < cnt && !done; i++) {
		const char *t = (const char *)v[i]->content, *start = t, *q;

		while (*start == ' ' || *start == '\n')
			start++;
		while (*start && !done) {
			const char *end = NULL;

			for (q = start; *q; q++)
				if (*q == '.' && (q[1] == '\0' || (q[1] == ' ' && (isupper((unsigned char)q[2]) ||
							(unsigned char)q[2] >= 0xc0)))) {
					end = q + 1;
					break;
				}
			if (!end)
				end = start + strlen(start);
			if (++seen == n) {
				size_t len = strlen(t) + (new_ ? strlen(new_) : 0) + 2;
				char *s = malloc(len);
				const char *rest = end;

				if (!s)
					break;
				if (new_) {
					snprintf(s, len, "%.*s%s%s", (int)(start - t), t, new_, rest);
				} else {
					/* drop the sentence and the space that separates it */
					if (*rest == ' ')
						rest++;
					else if (start > t && start[-1] == ' ')
						start--;
					snprintf(s, len, "%.*s%s", (int)(start - t), t, rest);
				}
				xmlNodeSetContent(v[i], (const xmlChar *)s);
				free(s);
				done = true;
				break;
			}
			start = end;
			while (*start == ' ')
				start++;
		}
	}
	free(v);
	return done;
}

static void apply(struct cctx *c, const struct tm *m, struct leges_mod_report *r, xmlNode **changed,
		  size_t *nchanged)
{
	xmlNode *d = lookup(c, m->dest);
	char key[64];
	const char *prev;

	*nchanged = 0;
	if (!d) {
		set_status(r, LEGES_MOD_TARGET_NOT_FOUND, "no element '%s' in the text in force", m->dest);
		return;
	}
	snprintf(key, sizeof(key), "%s %zu", m->date, m->act_index);
	prev = *m->dest ? xmlHashLookup(c->done, (const xmlChar *)m->dest) : NULL;
	if (prev && strncmp(prev, m->date, 10) == 0 && strcmp(prev, key)) {
		set_status(r, LEGES_MOD_CONFLICT, "'%s' was already replaced or repealed on %s by another act", m->dest,
			   m->date);
		return;
	}
	if (m->sentence) {
		if (!edit_sentence(d, m->sentence, !strcmp(m->type, "repeal") ? NULL : m->new_text)) {
			set_status(r, LEGES_MOD_OLD_NOT_FOUND, "'%s' has no sentence %d", m->dest, m->sentence);
			return;
		}
		changed[(*nchanged)++] = d;
	} else if (!strcmp(m->type, "substitution")) {
		if (m->new_struct) {
			xmlNode *chain = copy_units(c, m->new_struct), *n, *next;

			if (!chain) {
				set_status(r, LEGES_MOD_UNSUPPORTED, "the quoted structure is empty");
				return;
			}
			set_ns(chain, c->main->ns);
			for (n = chain; n; n = next) {
				next = n->next;
				n->next = n->prev = NULL;
				xmlAddPrevSibling(d, n);
				if (*nchanged < 16)
					changed[(*nchanged)++] = n;
			}
			bury(c, d);
			xmlHashUpdateEntry(c->done, (const xmlChar *)m->dest, strdup(key), free_entry);
		} else if (m->old_text && m->new_text) {
			if (!edit_words(d, "replace", m->old_text, m->new_text)) {
				set_status(r, LEGES_MOD_OLD_NOT_FOUND, "'%s' is not in '%s'", m->old_text, m->dest);
				return;
			}
			changed[(*nchanged)++] = d;
		} else {
			set_status(r, LEGES_MOD_UNSUPPORTED, "a substitution needs old and new text, or a new unit");
			return;
		}
	} else if (!strcmp(m->type, "repeal")) {
		if (!*m->dest) {
			set_status(r, LEGES_MOD_UNSUPPORTED, "repeal of the whole act");
			return;
		}
		if (m->old_text) {
			if (!edit_words(d, "remove", m->old_text, NULL)) {
				set_status(r, LEGES_MOD_OLD_NOT_FOUND, "'%s' is not in '%s'", m->old_text, m->dest);
				return;
			}
		} else {
			repeal_unit(c, d);
			xmlHashUpdateEntry(c->done, (const xmlChar *)m->dest, strdup(key), free_entry);
		}
		changed[(*nchanged)++] = d;
	} else if (!strcmp(m->type, "insertion")) {
		const char *pos = m->pos ? m->pos : "unspecified";

		if (m->new_text) {
			bool ok;

			if (m->old_text)
				ok = edit_words(d, !strcmp(pos, "before") ? "before" : "after", m->old_text, m->new_text);
			else
				ok = edit_words(d, "end", NULL, m->new_text);
			if (!ok) {
				set_status(r, LEGES_MOD_OLD_NOT_FOUND, "'%s' is not in '%s'",
					   m->old_text ? m->old_text : "(text)", m->dest);
				return;
			}
			changed[(*nchanged)++] = d;
		} else if (m->new_struct) {
			xmlNode *chain = copy_units(c, m->new_struct);
			const char *kind;

			if (!chain) {
				set_status(r, LEGES_MOD_UNSUPPORTED, "the quoted structure is empty");
				return;
			}
			set_ns(chain, c->main->ns);
			kind = (const char *)chain->name;
			if (!strcmp(pos, "after") || !strcmp(pos, "before")) {
				insert_chain(d, chain, !strcmp(pos, "before"), changed, nchanged);
			} else if (!strcmp(pos, "end") || !strcmp(pos, "start")) {
				xmlNode *host = d;

				if (!strcmp(kind, "point"))
					host = list_of(d);
				else if (!strcmp(kind, "alinea"))
					ensure_alineas(c, d);
				if (!host) {
					xmlFreeNodeList(chain);
					set_status(r, LEGES_MOD_TARGET_NOT_FOUND, "'%s' has no list to add points to", m->dest);
					return;
				}
				append_chain(host, chain, changed, nchanged);
			} else {
				if (!insert_by_number(d, chain, changed, nchanged)) {
					xmlFreeNodeList(chain);
					set_status(r, LEGES_MOD_UNSUPPORTED, "the new unit has no number to place it by");
					return;
				}
			}
		} else {
			set_status(r, LEGES_MOD_UNSUPPORTED, "an insertion needs new text or a new unit");
			return;
		}
	} else if (!strcmp(m->type, "renumbering")) {
		if (!m->new_text || !renumber_unit(d, m->new_text)) {
			set_status(r, LEGES_MOD_UNSUPPORTED, "cannot read the new number of '%s'", m->dest);
			return;
		}
		changed[(*nchanged)++] = d;
	} else {
		set_status(r, LEGES_MOD_UNSUPPORTED, "type '%s' is not applied", m->type);
		return;
	}
	set_status(r, LEGES_MOD_APPLIED, NULL);
}

/* --- meta ------------------------------------------------------------------------ */

static void set_value(xmlNode *level, const char *el, const char *attr, const char *value)
{
	xmlNode *n = level ? leges_child(level, el) : NULL;

	if (n)
		xmlSetProp(n, (const xmlChar *)attr, (const xmlChar *)value);
}

/* Replace the version after '@' in an expression/manifestation IRI. */
static void reversion(xmlNode *level, const char *el, const char *date)
{
	xmlNode *n = level ? leges_child(level, el) : NULL;
	const char *v = n ? leges_attr(n, "value") : NULL;
	const char *at, *end;
	char buf[1024];

	if (!v || !(at = strchr(v, '@')))
		return;
	end = at + 1;
	while (*end && *end != '/' && *end != '.' && *end != '~' && *end != '!')
		end++;
	snprintf(buf, sizeof(buf), "%.*s%s%s", (int)(at + 1 - v), v, date, end);
	xmlSetProp(n, (const xmlChar *)"value", (const xmlChar *)buf);
}

static void act_name(const struct leges_doc *act, const char *lang, char *buf, size_t size)
{
	char d[48];
	const char *subtype = act->frbr.work.val[LEGES_FRBR_SUBTYPE];

	leges_akn_date_words(d, sizeof(d), act->frbr.work.val[LEGES_FRBR_DATE], lang);
	snprintf(buf, size, "%s %s %s", subtype ? subtype : "act",
		 !strcmp(lang, "fra") ? "du" : !strcmp(lang, "eng") ? "of" : "van", d);
}

static int finish_meta(struct cctx *c, const struct tm *mods, size_t nmods, xmlNode *const *final)
{
	struct leges_consolidation *res = c->res;
	const char *src = c->base->frbr.source ? c->base->frbr.source : "#source";
	xmlNode *ident = leges_child(c->meta, "identification");
	xmlNode *expr = ident ? leges_child(ident, "FRBRExpression") : NULL;
	xmlNode *manif = ident ? leges_child(ident, "FRBRManifestation") : NULL;
	xmlNode *lc, *an, *pm, *td, *refs, *n;
	bool *used = calloc(c->nacts ? c->nacts : 1, sizeof(bool));
	size_t i, j;
	char id[48], href[1100], name[128];

	if (!used)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlSetProp(c->main, (const xmlChar *)"contains", (const xmlChar *)"singleVersion");
	if (*res->last) {
		reversion(expr, "FRBRthis", res->last);
		reversion(expr, "FRBRuri", res->last);
		set_value(expr, "FRBRdate", "date", res->last);
		reversion(manif, "FRBRthis", res->last);
		reversion(manif, "FRBRuri", res->last);
	}
	for (i = 0, j = 0; i < res->nmods; i++)
		j += res->mods[i].status == LEGES_MOD_APPLIED && !res->mods[i].in_base;
	if (!j) {
		free(used);
		return 0;
	}
	lc = leges_meta_child(c->meta, "lifecycle", src);
	an = leges_meta_child(c->meta, "analysis", src);
	td = leges_meta_child(c->meta, "temporalData", src);
	refs = leges_meta_child(c->meta, "references", src);
	if (!lc || !an || !td || !refs) {
		free(used);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	if (!leges_child(lc, "eventRef")) {
		n = leges_akn_add(lc, "eventRef", NULL);
		xmlSetProp(n, (const xmlChar *)"eId", (const xmlChar *)"evt_1");
		xmlSetProp(n, (const xmlChar *)"date", (const xmlChar *)(c->base->frbr.work.val[LEGES_FRBR_DATE] ?
			   c->base->frbr.work.val[LEGES_FRBR_DATE] : "0001-01-01"));
		xmlSetProp(n, (const xmlChar *)"source", (const xmlChar *)"#original");
		xmlSetProp(n, (const xmlChar *)"type", (const xmlChar *)"generation");
	}
	/* One eventRef and temporalGroup per (date, act) applied. */
	for (i = 0; i < res->nevents; i++) {
		struct leges_event *e = &res->events[i];
		xmlNode *g, *ti;
		bool any = false;

		for (j = 0; j < res->nmods; j++)
			if (res->mods[j].status == LEGES_MOD_APPLIED && !res->mods[j].in_base &&
			    res->mods[j].act_index == e->act_index && !strcmp(res->mods[j].date, e->date))
				any = true;
		if (!any)
			continue;
		used[e->act_index] = true;
		snprintf(id, sizeof(id), "evt_%zu", i + 1 + c->off_evt);
		n = leges_akn_add(lc, "eventRef", NULL);
		xmlSetProp(n, (const xmlChar *)"eId", (const xmlChar *)id);
		xmlSetProp(n, (const xmlChar *)"date", (const xmlChar *)e->date);
		snprintf(href, sizeof(href), "#pasref_%zu", e->act_index + 1 + c->off_pasref);
		xmlSetProp(n, (const xmlChar *)"source", (const xmlChar *)href);
		xmlSetProp(n, (const xmlChar *)"type", (const xmlChar *)"amendment");
		g = leges_akn_add(td, "temporalGroup", NULL);
		snprintf(id, sizeof(id), "tmpg_%zu", i + 1 + c->off_tmpg);
		xmlSetProp(g, (const xmlChar *)"eId", (const xmlChar *)id);
		ti = leges_akn_add(g, "timeInterval", NULL);
		snprintf(href, sizeof(href), "#evt_%zu", i + 1 + c->off_evt);
		xmlSetProp(ti, (const xmlChar *)"start", (const xmlChar *)href);
		xmlSetProp(ti, (const xmlChar *)"refersTo", (const xmlChar *)"#inforce");
	}
	pm = leges_child(an, "passiveModifications");
	if (!pm)
		pm = leges_akn_add(an, "passiveModifications", NULL);
	for (i = 0, j = 0; pm && i < nmods; i++) {
		const struct leges_mod_report *r = &res->mods[i];
		const struct tm *m = &mods[i];
		xmlNode *t, *x;
		size_t e;
		const char *aexpr = m->act->frbr.expr.val[LEGES_FRBR_URI] ? m->act->frbr.expr.val[LEGES_FRBR_URI] :
				    m->act->frbr.work.val[LEGES_FRBR_URI];

		if (r->status != LEGES_MOD_APPLIED || r->in_base)
			continue;
		t = leges_akn_add(pm, "textualMod", NULL);
		snprintf(id, sizeof(id), "pmod_%zu", ++j + c->off_pmod);
		xmlSetProp(t, (const xmlChar *)"eId", (const xmlChar *)id);
		xmlSetProp(t, (const xmlChar *)"type", (const xmlChar *)m->type);
		snprintf(href, sizeof(href), "%s~%s", aexpr ? aexpr : "", r->source);
		x = leges_akn_add(t, "source", NULL);
		xmlSetProp(x, (const xmlChar *)"href", (const xmlChar *)href);
		/* The destination as it is named in this version (later changes may renumber it). */
		{
			const char *now = final[i] && attached(c, final[i]) ? leges_akn_eid(final[i]) : NULL;

			snprintf(href, sizeof(href), "#%s", now ? now : *r->dest ? r->dest : "body");
		}
		x = leges_akn_add(t, "destination", NULL);
		xmlSetProp(x, (const xmlChar *)"href", (const xmlChar *)href);
		for (e = 0; e < res->nevents; e++)
			if (res->events[e].act_index == m->act_index && !strcmp(res->events[e].date, m->date))
				break;
		snprintf(href, sizeof(href), "#tmpg_%zu", e + 1 + c->off_tmpg);
		x = leges_akn_add(t, "force", NULL);
		xmlSetProp(x, (const xmlChar *)"period", (const xmlChar *)href);
	}
	/* references: original, passiveRefs, the in-force concept */
	{
		bool has_orig = false, has_inforce = false;
		xmlNode *first = first_el(refs->children);

		for (n = refs->children; n; n = n->next) {
			const char *e = leges_akn_eid(n);

			if (named(n, "original"))
				has_orig = true;
			if (e && !strcmp(e, "inforce"))
				has_inforce = true;
		}
		if (!has_orig) {
			xmlNode *o = leges_akn_new(c->out, "original");
			const char *ex = c->base->frbr.expr.val[LEGES_FRBR_URI];

			xmlSetProp(o, (const xmlChar *)"eId", (const xmlChar *)"original");
			xmlSetProp(o, (const xmlChar *)"href", (const xmlChar *)(ex ? ex : ""));
			xmlSetProp(o, (const xmlChar *)"showAs", (const xmlChar *)"originele versie");
			if (first)
				xmlAddPrevSibling(first, o);
			else
				xmlAddChild(refs, o);
			first = o;
		}
		for (i = 0; i < c->nacts; i++) {
			xmlNode *pr;

			if (!used[i])
				continue;
			pr = leges_akn_new(c->out, "passiveRef");
			snprintf(id, sizeof(id), "pasref_%zu", i + 1 + c->off_pasref);
			xmlSetProp(pr, (const xmlChar *)"eId", (const xmlChar *)id);
			xmlSetProp(pr, (const xmlChar *)"href", (const xmlChar *)(c->acts[i]->frbr.work.val[LEGES_FRBR_URI] ?
				   c->acts[i]->frbr.work.val[LEGES_FRBR_URI] : ""));
			act_name(c->acts[i], c->lang, name, sizeof(name));
			xmlSetProp(pr, (const xmlChar *)"showAs", (const xmlChar *)name);
			/* passiveRefs follow the original, before the TLCs */
			{
				xmlNode *after = first;

				while (after && after->next && first_el(after->next) && named(first_el(after->next), "passiveRef"))
					after = first_el(after->next);
				xmlAddNextSibling(after, pr);
			}
		}
		if (!has_inforce) {
			n = leges_akn_add(refs, "TLCConcept", NULL);
			xmlSetProp(n, (const xmlChar *)"eId", (const xmlChar *)"inforce");
			xmlSetProp(n, (const xmlChar *)"href", (const xmlChar *)"/ontology/concept/inforce");
			xmlSetProp(n, (const xmlChar *)"showAs", (const xmlChar *)"in werking");
		}
	}
	free(used);
	return 0;
}

/* --- a base that is already a consolidated version ---------------------------------- */

static void offset_of(const char *eid, const char *prefix, unsigned *max)
{
	size_t n = strlen(prefix);
	char *end;
	unsigned long v;

	if (strncmp(eid, prefix, n) || !isdigit((unsigned char)eid[n]))
		return;
	v = strtoul(eid + n, &end, 10);
	if (!*end && v > *max && v < 1000000)
		*max = (unsigned)v;
}

/* The highest numbers the base already uses, so that added ids stay unique. */
static void base_offsets(struct cctx *c)
{
	size_t i;

	c->off_evt = 1;	/* evt_1 is the act's own generation */
	for (i = 0; i < c->base->neids; i++) {
		const char *e = c->base->eids[i].value;

		offset_of(e, "evt_", &c->off_evt);
		offset_of(e, "tmpg_", &c->off_tmpg);
		offset_of(e, "pmod_", &c->off_pmod);
		offset_of(e, "nt_", &c->off_nt);
		offset_of(e, "pasref_", &c->off_pasref);
	}
}

/* The base's passive textualMods by source href. */
static int base_passives(struct cctx *c)
{
	xmlNode *an, *pm, *t;

	c->passive = xmlHashCreate(64);
	if (!c->passive)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (an = c->meta->children; an; an = an->next) {
		if (!named(an, "analysis"))
			continue;
		for (pm = an->children; pm; pm = pm->next) {
			if (!named(pm, "passiveModifications"))
				continue;
			for (t = pm->children; t; t = t->next) {
				xmlNode *src = named(t, "textualMod") ? leges_child(t, "source") : NULL;
				const char *h = src ? leges_attr(src, "href") : NULL;

				if (h)
					xmlHashAddEntry(c->passive, (const xmlChar *)h, t);
			}
		}
	}
	return 0;
}

/*
 * True when the base already records m as applied (a passive modification
 * with the same source); r says so, or says how the two disagree.
 */
static bool in_base(struct cctx *c, const struct tm *m, struct leges_mod_report *r)
{
	const char *expr = m->act->frbr.expr.val[LEGES_FRBR_URI] ? m->act->frbr.expr.val[LEGES_FRBR_URI] :
			   m->act->frbr.work.val[LEGES_FRBR_URI];
	char key[1100];
	xmlNode *p;
	const char *type;

	if (!expr || !m->mod || !leges_akn_eid(m->mod))
		return false;
	snprintf(key, sizeof(key), "%s~%s", expr, leges_akn_eid(m->mod));
	p = xmlHashLookup(c->passive, (const xmlChar *)key);
	if (!p)
		return false;
	type = leges_attr(p, "type");
	if (!type || strcmp(type, m->type))
		set_status(r, LEGES_MOD_CONFLICT, "the base's passive modification %s is a %s, the act's textualMod a %s",
			   leges_akn_eid(p) ? leges_akn_eid(p) : "?", type ? type : "(no type)", m->type);
	else {
		set_status(r, LEGES_MOD_APPLIED, "already applied in the base (%s)",
			   leges_akn_eid(p) ? leges_akn_eid(p) : "?");
		r->in_base = true;
	}
	return true;
}

/* --- driver ---------------------------------------------------------------------- */

static int add_event(struct leges_consolidation *res, const char *date, size_t act)
{
	size_t i;
	struct leges_event *v;

	for (i = 0; i < res->nevents; i++)
		if (res->events[i].act_index == act && !strcmp(res->events[i].date, date)) {
			res->events[i].nmods++;
			return 0;
		}
	v = realloc(res->events, (res->nevents + 1) * sizeof(*v));
	if (!v)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	res->events = v;
	memcpy(v[res->nevents].date, date, 11);
	v[res->nevents].act_index = act;
	v[res->nevents].nmods = 1;
	res->nevents++;
	return 0;
}

int leges_consolidate(struct leges_consolidation *res, struct leges_doc *base, struct leges_doc **amending,
		      size_t n, const char *at, unsigned flags)
{
	struct cctx c;
	struct tm *mods = NULL;
	size_t nmods = 0, i, j;
	struct leges_doc **acts = NULL;
	xmlNode **final = NULL;
	int rc = 0;

	memset(res, 0, sizeof(*res));
	memset(&c, 0, sizeof(c));
	if (!base->main)
		return leges_error_set(LEGES_EINVAL, "%s: not an AKN document", base->in->path);
	/* Acts in the order of their Work dates, then as given (stable insertion sort). */
	acts = calloc(n ? n : 1, sizeof(*acts));
	if (!acts)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		j = i;
		while (j > 0 && act_cmp_date(acts[j - 1], amending[i]) > 0) {
			acts[j] = acts[j - 1];
			j--;
		}
		acts[j] = amending[i];
	}
	for (i = 0; i < n; i++) {
		if (!leges_amend_has_markup(acts[i])) {
			struct leges_amend_opts ao = { base };
			struct leges_amend_result ar;

			rc = leges_amend(acts[i], &ao, &ar);
			leges_amend_result_release(&ar);
			if (rc && rc != LEGES_EINVAL)
				goto out;
			rc = 0;
		}
	}
	c.res = res;
	c.base = base;
	c.acts = acts;
	c.nacts = n;
	snprintf(c.lang, sizeof(c.lang), "%s", *base->lang ? base->lang : "nld");
	rc = collect(&c, &mods, &nmods);
	if (rc)
		goto out;
	res->mods = calloc(nmods ? nmods : 1, sizeof(*res->mods));
	if (!res->mods) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	res->nmods = nmods;
	for (i = 0; i < nmods; i++) {
		struct leges_mod_report *r = &res->mods[i];
		const char *w = mods[i].act->frbr.work.val[LEGES_FRBR_URI];

		memcpy(r->date, mods[i].date, 11);
		r->act = strdup(w ? w : "");
		r->source = strdup(mods[i].mod && leges_akn_eid(mods[i].mod) ? leges_akn_eid(mods[i].mod) : "?");
		r->tmod = strdup(leges_akn_eid(mods[i].node) ? leges_akn_eid(mods[i].node) : "?");
		r->type = strdup(mods[i].type);
		r->dest = strdup(mods[i].dest);
		r->act_index = mods[i].act_index;
		r->order = mods[i].order;
		if (*mods[i].date && (rc = add_event(res, mods[i].date, mods[i].act_index)))
			goto out;
	}
	if (!at)
		goto out;

	c.in_place = flags & LEGES_CONSOLIDATE_IN_PLACE;
	c.out = c.in_place ? base->in->xml : xmlCopyDoc(base->in->xml, 1);
	c.ids = xmlHashCreate(1024);
	c.done = xmlHashCreate(64);
	if (!c.out || !c.ids || !c.done) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	for (c.main = first_el(xmlDocGetRootElement(c.out)->children); c.main && !leges_child(c.main, "body");
	     c.main = first_el(c.main->next))
		;
	c.body = c.main ? leges_child(c.main, "body") : NULL;
	c.meta = c.main ? leges_child(c.main, "meta") : NULL;
	if (!c.body || !c.meta) {
		rc = leges_error_set(LEGES_EINVAL, "%s: no meta or body", base->in->path);
		goto out;
	}
	c.notes = leges_akn_new(c.out, "notes");
	xmlSetProp(c.notes, (const xmlChar *)"source",
		   (const xmlChar *)(base->frbr.source ? base->frbr.source : "#source"));
	base_offsets(&c);
	rc = base_passives(&c);
	if (rc)
		goto out;
	/* In place, the model's eId index serves until a change makes its own entries. */
	if (!c.in_place)
		index_tree(&c, c.body);
	final = calloc(nmods ? nmods : 1, sizeof(*final));
	if (!final) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}

	for (i = 0; i < nmods; i++) {
		struct leges_mod_report *r = &res->mods[i];
		xmlNode *changed[16];
		size_t nchanged = 0, k;

		if (mods[i].why) {
			set_status(r, LEGES_MOD_UNSUPPORTED, "%s", mods[i].why);
			res->failed++;
			continue;
		}
		if (strcmp(mods[i].date, at) > 0) {
			set_status(r, LEGES_MOD_NOT_YET, "in force on %s", mods[i].date);
			res->not_yet++;
			continue;
		}
		if (in_base(&c, &mods[i], r)) {
			if (r->status == LEGES_MOD_APPLIED)
				res->applied++;
			else
				res->failed++;
			continue;
		}
		apply(&c, &mods[i], r, changed, &nchanged);
		if (r->status != LEGES_MOD_APPLIED) {
			res->failed++;
			continue;
		}
		res->applied++;
		memcpy(res->last, mods[i].date, 11);
		for (k = 0; k < nchanged; k++) {
			/* Words change no eId; units do, in the profile's scheme (AKN 3.0 only). */
			if ((mods[i].new_struct || !strcmp(mods[i].type, "renumbering")) &&
			    base->dialect == LEGES_DIALECT_AKN30)
				renumber(&c, changed[k]);
			add_note(&c, changed[k], &mods[i]);
		}
		if (nchanged)
			final[i] = changed[0];
		if (nchanged && leges_akn_eid(changed[0]) && base->dialect == LEGES_DIALECT_AKN30) {
			free(r->dest);
			r->dest = strdup(leges_akn_eid(changed[0]));
		}
	}
	if (c.notes->children) {
		xmlNode *after = NULL, *ch;

		finish_meta(&c, mods, nmods, final);
		/* notes come after references (and before proprietary, presentation) */
		for (ch = c.meta->children; ch; ch = ch->next)
			if (named(ch, "identification") || named(ch, "publication") || named(ch, "classification") ||
			    named(ch, "lifecycle") || named(ch, "workflow") || named(ch, "analysis") ||
			    named(ch, "temporalData") || named(ch, "references"))
				after = ch;
		if (after)
			xmlAddNextSibling(after, c.notes);
		else
			xmlAddChild(c.meta, c.notes);
		c.notes = NULL;
	} else {
		finish_meta(&c, mods, nmods, final);
	}
	/* Indent what was added: the meta blocks and the changed units. */
	leges_akn_reindent(c.meta, leges_akn_depth(c.meta));
	for (i = 0; i < nmods; i++)
		if (final[i] && attached(&c, final[i]))
			leges_akn_reindent_node(final[i]);
	res->out = c.out;
	res->out_borrowed = c.in_place;
	c.out = NULL;
out:
	if (c.notes)
		xmlFreeNode(c.notes);
	for (i = 0; i < c.ngrave; i++)
		xmlFreeNode(c.grave[i]);
	free(c.grave);
	if (c.ids)
		xmlHashFree(c.ids, NULL);
	if (c.passive)
		xmlHashFree(c.passive, NULL);
	if (c.done)
		xmlHashFree(c.done, free_entry);
	if (c.out && !c.in_place)
		xmlFreeDoc(c.out);
	for (i = 0; i < nmods; i++) {
		free(mods[i].dest);
		free(mods[i].old_text);
		free(mods[i].new_text);
	}
	free(mods);
	free(acts);
	free(final);
	return rc;
}

void leges_consolidation_release(struct leges_consolidation *res)
{
	size_t i;

	for (i = 0; i < res->nmods; i++) {
		free(res->mods[i].act);
		free(res->mods[i].source);
		free(res->mods[i].tmod);
		free(res->mods[i].type);
		free(res->mods[i].dest);
		free(res->mods[i].reason);
	}
	free(res->mods);
	free(res->events);
	if (res->out && !res->out_borrowed)
		xmlFreeDoc(res->out);
	memset(res, 0, sizeof(*res));
}
