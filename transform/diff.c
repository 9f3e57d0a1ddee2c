/* diff.c - structure-aware comparison of two expressions (see diff.h). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "parser/error.h"
#include "transform/akn-build.h"
#include "transform/diff.h"

struct prov {
	xmlNode *node;
	const char *eid;
	char *text;
	bool matched;
};

struct plist {
	struct prov *v;
	size_t n, cap;
	xmlHashTablePtr byid;
};

const char *leges_diff_kind_name(enum leges_diff_kind k)
{
	static const char *const names[] = { "changed", "inserted", "repealed", "renumbered" };

	return names[k];
}

static bool named(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

/* Only the structural units count; list, intro and wrapUp belong to their parent's text. */
/* The identifier a unit is matched by: its eId (id in AKN 1.0/2.0), else its xml:id (LEOS). */
static const char *unit_id(const xmlNode *n)
{
	const char *id = leges_akn_eid(n);
	const xmlAttr *a;

	if (id)
		return id;
	for (a = n->properties; a; a = a->next)
		if (a->ns && a->children && !strcmp((const char *)a->name, "id") &&
		    !strcmp((const char *)a->ns->href, (const char *)XML_XML_NAMESPACE))
			return (const char *)a->children->content;
	return NULL;
}

static bool is_unit(const xmlNode *n)
{
	static const char *const skip[] = { "list", "intro", "wrapUp", "content", "mod", "quotedStructure",
					    "quotedText", "noteRef", NULL };
	size_t i;

	for (i = 0; skip[i]; i++)
		if (!strcmp(skip[i], (const char *)n->name))
			return false;
	return unit_id(n) != NULL;
}

static void own_text(const xmlNode *n, char **buf, size_t *len, size_t *cap, bool top)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			size_t k = strlen((const char *)c->content);

			if (*len + k + 2 > *cap) {
				size_t ncap = (*len + k + 2) * 2;
				char *nb = realloc(*buf, ncap);

				if (!nb)
					return;
				*buf = nb;
				*cap = ncap;
			}
			memcpy(*buf + *len, c->content, k);
			*len += k;
			(*buf)[*len] = '\0';
		} else if (c->type == XML_ELEMENT_NODE && !named(c, "noteRef") && !(is_unit(c) && !top)) {
			/* a nested unit has its own entry, but list/intro text belongs here */
			if (is_unit(c))
				continue;
			if (named(c, "num") || named(c, "p") || named(c, "heading")) {
				if (*len && *len + 2 <= *cap) {
					(*buf)[(*len)++] = ' ';
					(*buf)[*len] = '\0';
				}
			}
			own_text(c, buf, len, cap, false);
		}
	}
}

static char *text_of(const xmlNode *n)
{
	char *buf = NULL, *o, *p;
	size_t len = 0, cap = 0;
	bool sp = false;

	own_text(n, &buf, &len, &cap, true);
	if (!buf)
		return strdup("");
	for (p = o = buf; *p; p++) {
		if (isspace((unsigned char)*p)) {
			sp = o != buf;
			continue;
		}
		if (sp)
			*o++ = ' ';
		sp = false;
		*o++ = *p;
	}
	*o = '\0';
	return buf;
}

static int collect(struct plist *l, xmlNode *n)
{
	xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || named(c, "mod") || named(c, "quotedStructure"))
			continue;
		if (is_unit(c)) {
			if (l->n == l->cap) {
				size_t cap = l->cap ? l->cap * 2 : 64;
				struct prov *v = realloc(l->v, cap * sizeof(*v));

				if (!v)
					return leges_error_set(LEGES_ENOMEM, "out of memory");
				l->v = v;
				l->cap = cap;
			}
			l->v[l->n].node = c;
			l->v[l->n].eid = unit_id(c);
			l->v[l->n].text = text_of(c);
			l->v[l->n].matched = false;
			xmlHashAddEntry(l->byid, (const xmlChar *)l->v[l->n].eid, (void *)(l->n + 1));
			l->n++;
		}
		if (collect(l, c))
			return LEGES_ENOMEM;
	}
	return 0;
}

static void plist_free(struct plist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	if (l->byid)
		xmlHashFree(l->byid, NULL);
}

/* Split into words (runs of non-spaces). */
static size_t words(const char *s, const char ***start, size_t **len)
{
	size_t n = 0, cap = 0;

	*start = NULL;
	*len = NULL;
	while (*s) {
		const char *b;

		while (*s == ' ')
			s++;
		if (!*s)
			break;
		b = s;
		while (*s && *s != ' ')
			s++;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			*start = realloc(*start, cap * sizeof(**start));
			*len = realloc(*len, cap * sizeof(**len));
			if (!*start || !*len)
				return 0;
		}
		(*start)[n] = b;
		(*len)[n] = (size_t)(s - b);
		n++;
	}
	return n;
}

static int push(struct leges_diff_change *c, char op, const char *s, size_t len)
{
	struct leges_diff_word *w;

	if (c->nwords && c->words[c->nwords - 1].op == op) {
		/* extend the run */
		struct leges_diff_word *last = &c->words[c->nwords - 1];
		size_t k = strlen(last->text);
		char *t = realloc(last->text, k + len + 2);

		if (!t)
			return LEGES_ENOMEM;
		t[k] = ' ';
		memcpy(t + k + 1, s, len);
		t[k + 1 + len] = '\0';
		last->text = t;
		return 0;
	}
	w = realloc(c->words, (c->nwords + 1) * sizeof(*w));
	if (!w)
		return LEGES_ENOMEM;
	c->words = w;
	w[c->nwords].op = op;
	w[c->nwords].text = strndup(s, len);
	if (!w[c->nwords].text)
		return LEGES_ENOMEM;
	c->nwords++;
	return 0;
}

#define MAXLCS 4000

/* Word-level diff by longest common subsequence (after the common prefix and suffix). */
static int word_diff(struct leges_diff_change *c, const char *a, const char *b)
{
	const char **as = NULL, **bs = NULL;
	size_t *al = NULL, *bl = NULL, na = words(a, &as, &al), nb = words(b, &bs, &bl);
	size_t pre = 0, suf = 0, i, j, m, n;
	unsigned *t = NULL;
	int rc = 0;

#define EQ(x, y) (al[x] == bl[y] && !memcmp(as[x], bs[y], al[x]))
	while (pre < na && pre < nb && EQ(pre, pre))
		pre++;
	while (suf < na - pre && suf < nb - pre && EQ(na - 1 - suf, nb - 1 - suf))
		suf++;
	for (i = 0; i < pre && !rc; i++)
		rc = push(c, '=', as[i], al[i]);
	m = na - pre - suf;
	n = nb - pre - suf;
	if (m && n && m * n <= (size_t)MAXLCS * MAXLCS / 16)
		t = calloc((m + 1) * (n + 1), sizeof(*t));
	if (t) {
		for (i = m; i-- > 0;)
			for (j = n; j-- > 0;)
				t[i * (n + 1) + j] = EQ(pre + i, pre + j) ? t[(i + 1) * (n + 1) + j + 1] + 1 :
						     (t[(i + 1) * (n + 1) + j] > t[i * (n + 1) + j + 1] ?
						      t[(i + 1) * (n + 1) + j] : t[i * (n + 1) + j + 1]);
		i = j = 0;
		while (!rc && (i < m || j < n)) {
			if (i < m && j < n && EQ(pre + i, pre + j)) {
				rc = push(c, '=', as[pre + i], al[pre + i]);
				i++;
				j++;
			} else if (i < m && (j == n || t[(i + 1) * (n + 1) + j] >= t[i * (n + 1) + j + 1])) {
				rc = push(c, '-', as[pre + i], al[pre + i]);
				i++;
			} else {
				rc = push(c, '+', bs[pre + j], bl[pre + j]);
				j++;
			}
		}
	} else {
		for (i = 0; i < m && !rc; i++)
			rc = push(c, '-', as[pre + i], al[pre + i]);
		for (j = 0; j < n && !rc; j++)
			rc = push(c, '+', bs[pre + j], bl[pre + j]);
	}
	for (i = na - suf; i < na && !rc; i++)
		rc = push(c, '=', as[i], al[i]);
#undef EQ
	free(t);
	free(as);
	free(bs);
	free(al);
	free(bl);
	return rc ? leges_error_set(LEGES_ENOMEM, "out of memory") : 0;
}

static struct leges_diff_change *add(struct leges_diff *d, enum leges_diff_kind k, const struct prov *p)
{
	struct leges_diff_change *v = realloc(d->v, (d->n + 1) * sizeof(*v)), *c;

	if (!v)
		return NULL;
	d->v = v;
	c = &v[d->n++];
	memset(c, 0, sizeof(*c));
	c->kind = k;
	c->eid = strdup(p->eid);
	c->element = strdup((const char *)p->node->name);
	return c;
}

static bool repealed_text(const char *t)
{
	return strstr(t, "(opgeheven)") || strstr(t, "(abrogé)") || strstr(t, "(repealed)");
}

int leges_diff_docs(struct leges_diff *out, const struct leges_doc *old, const struct leges_doc *new_)
{
	struct plist a = { 0 }, b = { 0 };
	xmlNode *ab = old->main ? leges_child(old->main, "body") : NULL;
	xmlNode *bb = new_->main ? leges_child(new_->main, "body") : NULL;
	size_t i, j;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (!ab || !bb)
		return leges_error_set(LEGES_EINVAL, "%s: no body to compare", !ab ? old->in->path : new_->in->path);
	a.byid = xmlHashCreate(256);
	b.byid = xmlHashCreate(256);
	if (!a.byid || !b.byid || collect(&a, ab) || collect(&b, bb)) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	/* Same eId in both. */
	for (i = 0; i < b.n && !rc; i++) {
		size_t k = (size_t)xmlHashLookup(a.byid, (const xmlChar *)b.v[i].eid);
		struct leges_diff_change *c;

		if (!k)
			continue;
		a.v[k - 1].matched = b.v[i].matched = true;
		if (!strcmp(a.v[k - 1].text, b.v[i].text))
			continue;
		c = add(out, repealed_text(b.v[i].text) && !repealed_text(a.v[k - 1].text) ? LEGES_DIFF_REPEALED :
			     LEGES_DIFF_CHANGED, &b.v[i]);
		if (!c) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			break;
		}
		c->old_text = strdup(a.v[k - 1].text);
		c->new_text = strdup(b.v[i].text);
		rc = word_diff(c, a.v[k - 1].text, b.v[i].text);
	}
	/* Only in OLD: renumbered when the same text is found unmatched in NEW, else repealed. */
	for (i = 0; i < a.n && !rc; i++) {
		struct leges_diff_change *c;
		const char *sp;
		bool ren = false;

		if (a.v[i].matched)
			continue;
		for (j = 0; j < b.n && !ren; j++) {
			const char *x = a.v[i].text, *y = b.v[j].text;

			if (b.v[j].matched || strcmp((const char *)a.v[i].node->name, (const char *)b.v[j].node->name))
				continue;
			/* compare without the number: the first word is the num */
			sp = strchr(x, ' ');
			x = sp ? sp : "";
			sp = strchr(y, ' ');
			y = sp ? sp : "";
			if (*x && !strcmp(x, y)) {
				ren = true;
				b.v[j].matched = true;
				c = add(out, LEGES_DIFF_RENUMBERED, &a.v[i]);
				if (!c) {
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
					break;
				}
				c->new_eid = strdup(b.v[j].eid);
				c->old_text = strdup(a.v[i].text);
				c->new_text = strdup(b.v[j].text);
			}
		}
		if (!ren && !rc) {
			c = add(out, LEGES_DIFF_REPEALED, &a.v[i]);
			if (!c)
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			else
				c->old_text = strdup(a.v[i].text);
		}
	}
	for (i = 0; i < b.n && !rc; i++) {
		struct leges_diff_change *c;

		if (b.v[i].matched)
			continue;
		/* a unit inside an inserted one is part of that insertion */
		{
			xmlNode *p;
			bool inside = false;

			for (p = b.v[i].node->parent; p && p != bb && !inside; p = p->parent) {
				const char *e = p->type == XML_ELEMENT_NODE ? unit_id(p) : NULL;

				inside = e && !xmlHashLookup(a.byid, (const xmlChar *)e);
			}
			if (inside)
				continue;
		}
		c = add(out, LEGES_DIFF_INSERTED, &b.v[i]);
		if (!c)
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		else
			c->new_text = strdup(b.v[i].text);
	}
out:
	plist_free(&a);
	plist_free(&b);
	if (rc)
		leges_diff_release(out);
	return rc;
}

void leges_diff_release(struct leges_diff *d)
{
	size_t i, j;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].eid);
		free(d->v[i].new_eid);
		free(d->v[i].element);
		free(d->v[i].old_text);
		free(d->v[i].new_text);
		for (j = 0; j < d->v[i].nwords; j++)
			free(d->v[i].words[j].text);
		free(d->v[i].words);
	}
	free(d->v);
	memset(d, 0, sizeof(*d));
}

xmlDocPtr leges_diff_to_xml(const struct leges_diff *d, const char *old_name, const char *new_name)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode *root, *c, *w;
	size_t i, j;

	if (!doc)
		return NULL;
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"diff", NULL);
	xmlDocSetRootElement(doc, root);
	xmlSetProp(root, (const xmlChar *)"old", (const xmlChar *)old_name);
	xmlSetProp(root, (const xmlChar *)"new", (const xmlChar *)new_name);
	for (i = 0; i < d->n; i++) {
		const struct leges_diff_change *ch = &d->v[i];

		c = xmlNewChild(root, NULL, (const xmlChar *)"change", NULL);
		xmlSetProp(c, (const xmlChar *)"kind", (const xmlChar *)leges_diff_kind_name(ch->kind));
		xmlSetProp(c, (const xmlChar *)"eId", (const xmlChar *)ch->eid);
		xmlSetProp(c, (const xmlChar *)"element", (const xmlChar *)ch->element);
		if (ch->new_eid)
			xmlSetProp(c, (const xmlChar *)"newEId", (const xmlChar *)ch->new_eid);
		if (ch->nwords) {
			for (j = 0; j < ch->nwords; j++) {
				w = xmlNewTextChild(c, NULL, (const xmlChar *)"w", (const xmlChar *)ch->words[j].text);
				xmlSetProp(w, (const xmlChar *)"op", (const xmlChar *)(ch->words[j].op == '+' ? "ins" :
					   ch->words[j].op == '-' ? "del" : "same"));
			}
		} else {
			if (ch->old_text)
				xmlNewTextChild(c, NULL, (const xmlChar *)"old", (const xmlChar *)ch->old_text);
			if (ch->new_text)
				xmlNewTextChild(c, NULL, (const xmlChar *)"new", (const xmlChar *)ch->new_text);
		}
	}
	return doc;
}
