/* akn-build.c - building AKN structure and eIds (see akn-build.h). */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parser/error.h"
#include "parser/load.h"
#include "parser/model.h"
#include "parser/num.h"
#include "transform/akn-build.h"

xmlNode *leges_akn_new(xmlDoc *doc, const char *name)
{
	xmlNode *root = xmlDocGetRootElement(doc);

	return xmlNewDocNode(doc, root ? root->ns : NULL, (const xmlChar *)name, NULL);
}

xmlNode *leges_akn_add(xmlNode *parent, const char *name, const char *text)
{
	xmlNode *n = leges_akn_new(parent->doc, name);

	if (!n)
		return NULL;
	if (text && *text)
		xmlNodeAddContent(n, (const xmlChar *)text);
	xmlAddChild(parent, n);
	return n;
}

bool leges_akn_is_division(const char *name)
{
	static const char *const divs[] = {
		"book", "chapter", "division", "part", "section", "subchapter", "subdivision", "subpart",
		"subsection", "subtitle", "title", "tome", NULL
	};
	size_t i;

	for (i = 0; divs[i]; i++)
		if (!strcmp(divs[i], name))
			return true;
	return false;
}

const char *leges_akn_eid(const xmlNode *el)
{
	const xmlAttr *a;
	const char *id = NULL;

	for (a = el->properties; a; a = a->next) {
		if (!a->children || a->ns)
			continue;
		if (!strcmp((const char *)a->name, "eId"))
			return (const char *)a->children->content;
		/* AKN 1.0 and 2.0 name elements with id */
		if (!strcmp((const char *)a->name, "id"))
			id = (const char *)a->children->content;
	}
	return id;
}

char *leges_akn_text(const xmlNode *el)
{
	xmlChar *t = xmlNodeGetContent(el);
	char *out, *o;
	const char *p;
	bool sp = false;

	if (!t)
		return strdup("");
	out = malloc(strlen((const char *)t) + 1);
	if (out) {
		for (p = (const char *)t, o = out; *p; p++) {
			if (isspace((unsigned char)*p)) {
				sp = o != out;
				continue;
			}
			if (sp)
				*o++ = ' ';
			sp = false;
			*o++ = *p;
		}
		*o = '\0';
	}
	xmlFree(t);
	return out;
}

/* --- quoted structure ----------------------------------------------------- */

enum tok_kind { T_TEXT, T_SUB, T_PT, T_PARA, T_ART, T_SEC, T_CHP };

struct tok {
	enum tok_kind kind;
	char num[64];	/* as written: "Art. 5/1.", "§ 2.", "3°", "a)" */
	const char *text;	/* the rest of the line (heading for divisions) */
};

static size_t word(const char *s, const char *w)
{
	size_t n = strlen(w);

	return !strncmp(s, w, n) && s[n] == ' ' ? n + 1 : 0;
}

/* Read a number ("5/1", "173septies", "1.4.3", "XI") followed by "." and a space or end. */
static size_t numdot(const char *s)
{
	size_t i = 0;

	while (s[i] && (isalnum((unsigned char)s[i]) || s[i] == '/' ||
			(s[i] == '.' && isalnum((unsigned char)s[i + 1]))))
		i++;
	if (!i || s[i] != '.' || (s[i + 1] && s[i + 1] != ' '))
		return 0;
	return i + 1;
}

static void tokenise(struct tok *t, const char *line)
{
	size_t n, k;

	memset(t, 0, sizeof(*t));
	t->kind = T_TEXT;
	t->text = line;
	if ((n = word(line, "Hoofdstuk")) || (n = word(line, "Afdeling")) || (n = word(line, "Onderafdeling")) ||
	    (n = word(line, "Titel")) || (n = word(line, "Chapitre")) || (n = word(line, "Chapter"))) {
		if ((k = numdot(line + n))) {
			t->kind = (line[0] == 'A' || line[0] == 'O') ? T_SEC : T_CHP;
			snprintf(t->num, sizeof(t->num), "%.*s", (int)(n + k), line);
			t->text = line + n + k + (line[n + k] == ' ');
			return;
		}
	}
	if ((n = word(line, "Art.")) || (n = word(line, "Artikel")) || (n = word(line, "Article"))) {
		if ((k = numdot(line + n))) {
			t->kind = T_ART;
			snprintf(t->num, sizeof(t->num), "%.*s", (int)(n + k), line);
			t->text = line + n + k + (line[n + k] == ' ');
			return;
		}
	}
	if (!strncmp(line, "§", 2)) {
		const char *p = line + 2;

		if (*p == ' ')
			p++;
		if ((k = numdot(p))) {
			t->kind = T_PARA;
			snprintf(t->num, sizeof(t->num), "%.*s", (int)(p + k - line), line);
			t->text = p + k + (p[k] == ' ');
			return;
		}
	}
	if (isdigit((unsigned char)line[0])) {
		const char *p = line;

		while (isdigit((unsigned char)*p))
			p++;
		if (!strncmp(p, "°", 2)) {
			p += 2;
			while (*p == '/' && isdigit((unsigned char)p[1])) {
				p++;
				while (isdigit((unsigned char)*p))
					p++;
			}
			if (*p == ' ' || !*p) {
				t->kind = T_PT;
				snprintf(t->num, sizeof(t->num), "%.*s", (int)(p - line), line);
				t->text = p + (*p == ' ');
				return;
			}
		}
	}
	if (islower((unsigned char)line[0])) {
		const char *p = line;

		while (islower((unsigned char)*p) || *p == '/' || isdigit((unsigned char)*p))
			p++;
		if (*p == ')' && p - line <= 4 && (p[1] == ' ' || !p[1])) {
			t->kind = T_SUB;
			snprintf(t->num, sizeof(t->num), "%.*s", (int)(p + 1 - line), line);
			t->text = p + 1 + (p[1] == ' ');
		}
	}
}

struct qp {
	struct tok *t;
	size_t n, i;
};

static xmlNode *p_block(xmlNode *parent, const char *name, const char *text)
{
	xmlNode *c = leges_akn_add(parent, name, NULL);

	if (c)
		leges_akn_add(c, "p", text);
	return c;
}

/* A point and its sub-points. */
static void parse_point(struct qp *q, xmlNode *parent, enum tok_kind kind)
{
	struct tok *t = &q->t[q->i++];
	xmlNode *pt = leges_akn_add(parent, "point", NULL);

	leges_akn_add(pt, "num", t->num);
	if (kind == T_PT && q->i < q->n && q->t[q->i].kind == T_SUB) {
		xmlNode *list = leges_akn_add(pt, "list", NULL);

		p_block(list, "intro", t->text);
		while (q->i < q->n && q->t[q->i].kind == T_SUB)
			parse_point(q, list, T_SUB);
		return;
	}
	p_block(pt, "content", t->text);
}

/*
 * Leden of a container, up to a token of a higher level: each text line
 * opens a lid; the points after it are its list.
 */
static void parse_leden(struct qp *q, xmlNode *parent, bool force_alinea)
{
	size_t start = q->i, nleden = 0, j;

	for (j = q->i; j < q->n && q->t[j].kind <= T_PT; j++)
		if (q->t[j].kind == T_TEXT || j == start)
			nleden++;
	while (q->i < q->n && q->t[q->i].kind <= T_PT) {
		xmlNode *host = parent;
		struct tok *t = &q->t[q->i];

		if (nleden > 1 || force_alinea)
			host = leges_akn_add(parent, "alinea", NULL);
		if (t->kind == T_TEXT) {
			q->i++;
			if (q->i < q->n && (q->t[q->i].kind == T_PT || q->t[q->i].kind == T_SUB)) {
				xmlNode *list = leges_akn_add(host, "list", NULL);

				p_block(list, "intro", t->text);
				while (q->i < q->n && (q->t[q->i].kind == T_PT || q->t[q->i].kind == T_SUB))
					parse_point(q, list, q->t[q->i].kind);
			} else {
				p_block(host, "content", t->text);
			}
		} else {
			/* Points with no lead-in: the quoted text is the points themselves. */
			while (q->i < q->n && (q->t[q->i].kind == T_PT || q->t[q->i].kind == T_SUB))
				parse_point(q, host, q->t[q->i].kind);
		}
	}
}

static void parse_unit(struct qp *q, xmlNode *parent)
{
	struct tok *t = &q->t[q->i];
	xmlNode *u;

	switch (t->kind) {
	case T_CHP:
	case T_SEC:
		u = leges_akn_add(parent, t->kind == T_CHP ? "chapter" : "section", NULL);
		leges_akn_add(u, "num", t->num);
		if (*t->text)
			leges_akn_add(u, "heading", t->text);
		q->i++;
		while (q->i < q->n && q->t[q->i].kind < t->kind && q->t[q->i].kind >= T_ART)
			parse_unit(q, u);
		if (q->i < q->n && q->t[q->i].kind < T_ART)
			parse_leden(q, u, false);
		return;
	case T_ART:
	case T_PARA: {
		char *rest;

		u = leges_akn_add(parent, t->kind == T_ART ? "article" : "paragraph", NULL);
		leges_akn_add(u, "num", t->num);
		/* The rest of the line is the next token: "Art. 9. § 1. De ..." */
		rest = (char *)t->text;
		if (*rest) {
			tokenise(t, rest);
			if (t->kind > T_PARA || (t->kind == T_PARA && u->name[0] == 'p')) {
				t->kind = T_TEXT;
				t->text = rest;
			}
		} else {
			q->i++;
		}
		if (q->i < q->n && q->t[q->i].kind == T_PARA && u->name[0] == 'a') {
			while (q->i < q->n && q->t[q->i].kind == T_PARA)
				parse_unit(q, u);
			return;
		}
		parse_leden(q, u, false);
		return;
	}
	default:
		parse_leden(q, parent, t->kind == T_TEXT);
		return;
	}
}

int leges_akn_parse_quoted(xmlNode *parent, char **lines, size_t n)
{
	struct qp q = { 0 };

	if (!n)
		return leges_error_set(LEGES_EINVAL, "no quoted text");
	q.t = calloc(n, sizeof(*q.t));
	if (!q.t)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (q.n = 0; q.n < n; q.n++)
		tokenise(&q.t[q.n], lines[q.n]);
	while (q.i < q.n)
		parse_unit(&q, parent);
	free(q.t);
	return 0;
}

/* --- eIds ---------------------------------------------------------------- */

static const struct { const char *el, *ref; bool counted; } refs[] = {
	{ "alinea", "al", true }, { "article", "art", false }, { "book", "book", false },
	{ "chapter", "chp", false }, { "indent", "indent", true }, { "intro", "intro", false },
	{ "list", "list", true }, { "paragraph", "para", false }, { "part", "part", false },
	{ "point", "point", false }, { "section", "sec", false }, { "subsection", "subsec", false },
	{ "title", "title", false }, { "wrapUp", "wrapup", false }, { NULL, NULL, false }
};

static void num_ident(const xmlNode *el, char *buf, size_t size)
{
	const xmlNode *c;
	struct leges_num num;

	buf[0] = '\0';
	for (c = el->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, "num")) {
			xmlChar *t = xmlNodeGetContent(c);

			if (t && leges_num_parse(&num, (const char *)t, strlen((const char *)t)) != LEGES_NUM_NONE)
				snprintf(buf, size, "%s", num.ident);
			xmlFree(t);
			return;
		}
}

static void set_attr(xmlNode *el, const char *name, const char *value)
{
	xmlSetProp(el, (const xmlChar *)name, (const xmlChar *)value);
}

/*
 * prefix: eId of the context; top: true while no division or unit encloses
 * (top-level divisions take no prefix, articles never do).
 */
static void assign(xmlNode *el, const char *prefix, const char *wprefix, bool in_division)
{
	xmlNode *c;
	unsigned counts[sizeof(refs) / sizeof(refs[0])] = { 0 };

	for (c = el->children; c; c = c->next) {
		char id[512], wid[512], ident[64];
		size_t r;
		bool div;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		for (r = 0; refs[r].el; r++)
			if (!strcmp(refs[r].el, (const char *)c->name))
				break;
		if (!refs[r].el) {
			/* content, p, num ...: no eId; pass the context through. */
			if (strcmp((const char *)c->name, "mod") && strcmp((const char *)c->name, "quotedStructure"))
				assign(c, prefix, wprefix, in_division);
			continue;
		}
		div = leges_akn_is_division(refs[r].el);
		if (refs[r].counted)
			snprintf(ident, sizeof(ident), "_%u", ++counts[r]);
		else if (!strcmp(refs[r].ref, "intro") || !strcmp(refs[r].ref, "wrapup"))
			ident[0] = '\0';
		else {
			char n[48];

			num_ident(c, n, sizeof(n));
			snprintf(ident, sizeof(ident), "_%s", *n ? n : "1");
		}
		if (!strcmp(refs[r].ref, "art") || (div && !in_division)) {
			/* Articles and top-level divisions take no prefix, except inside a mod. */
			bool quoted = !strncmp(prefix, "mod_", 4);

			snprintf(id, sizeof(id), "%s%s%s%s", quoted ? prefix : "", quoted ? "__" : "", refs[r].ref, ident);
			snprintf(wid, sizeof(wid), "%s%s", refs[r].ref, ident);
		} else {
			snprintf(id, sizeof(id), "%s%s%s%s", prefix, *prefix ? "__" : "", refs[r].ref, ident);
			if (wprefix)
				snprintf(wid, sizeof(wid), "%s%s%s%s", wprefix, *wprefix ? "__" : "", refs[r].ref, ident);
		}
		set_attr(c, "eId", id);
		if (wprefix)
			set_attr(c, "wId", wid);
		assign(c, id, wprefix ? wid : NULL, in_division || div);
	}
}

void leges_akn_assign_eids(xmlNode *el, const char *prefix, const char *wprefix)
{
	bool in_div = leges_akn_is_division((const char *)el->name);

	assign(el, prefix ? prefix : "", wprefix, in_div);
}

void leges_akn_date_words(char *buf, size_t size, const char *iso, const char *lang)
{
	static const char *const nl[] = { "januari", "februari", "maart", "april", "mei", "juni", "juli",
					  "augustus", "september", "oktober", "november", "december" };
	static const char *const fr[] = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
					  "août", "septembre", "octobre", "novembre", "décembre" };
	static const char *const en[] = { "January", "February", "March", "April", "May", "June", "July",
					  "August", "September", "October", "November", "December" };
	int y, m, d;

	if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		snprintf(buf, size, "%s", iso ? iso : "?");
		return;
	}
	if (lang && !strcmp(lang, "fra"))
		snprintf(buf, size, "%d%s %s %d", d, d == 1 ? "er" : "", fr[m - 1], y);
	else if (lang && !strcmp(lang, "eng"))
		snprintf(buf, size, "%d %s %d", d, en[m - 1], y);
	else
		snprintf(buf, size, "%d %s %d", d, nl[m - 1], y);
}

int leges_akn_save(xmlDoc *doc, FILE *out)
{
	/*
	 * The original layout is kept; elements added without whitespace around
	 * them are indented by libxml2's formatter (it indents where an element
	 * has no text children).
	 */
	if (xmlDocFormatDump(out, doc, 0) < 0)
		return leges_error_set(LEGES_EIO, "cannot write the document");
	return 0;
}

int leges_akn_open(struct leges_doc **out, const char *path)
{
	struct leges_input *in = NULL;
	int rc;

	*out = NULL;
	rc = leges_load_file(&in, path, NULL);
	if (rc == LEGES_EPARSE) {
		size_t i;

		for (i = 0; i < in->nerrs; i++)
			if (in->errs[i].kind == LEGES_XMLERR_FATAL)
				break;
		if (i == in->nerrs)
			i = 0;
		rc = leges_error_set(LEGES_EPARSE, "%s:%lu:%lu: not well-formed: %s", path,
				     in->nerrs ? in->errs[i].line : 1, in->nerrs ? in->errs[i].col : 1,
				     in->nerrs ? in->errs[i].message : "refused");
		leges_input_free(in);
		return rc;
	}
	if (rc)
		return rc;
	rc = leges_doc_build(out, in);
	if (!rc && !(*out)->main) {
		leges_doc_free(*out);
		*out = NULL;
		return leges_error_set(LEGES_EPARSE, "%s:1:1: not an Akoma Ntoso document", path);
	}
	return rc;
}

static const char *const meta_order[] = {
	"identification", "publication", "classification", "lifecycle", "workflow", "analysis",
	"temporalData", "references", "notes", "proprietary", "presentation", NULL
};

static int meta_rank(const char *name)
{
	int i;

	for (i = 0; meta_order[i]; i++)
		if (!strcmp(meta_order[i], name))
			return i;
	return 99;
}

xmlNode *leges_meta_child(xmlNode *meta, const char *name, const char *source)
{
	xmlNode *c, *n;
	int r = meta_rank(name);

	for (c = meta->children; c; c = c->next)
		if ((c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, name)))
			return c;
	n = leges_akn_new(meta->doc, name);
	if (!n)
		return NULL;
	if (source)
		xmlSetProp(n, (const xmlChar *)"source", (const xmlChar *)source);
	for (c = meta->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && meta_rank((const char *)c->name) > r)
			return xmlAddPrevSibling(c, n);
	return xmlAddChild(meta, n);
}


void leges_akn_assign_one(xmlNode *node)
{
	xmlNode *anc;
	const char *prefix = "";
	char buf[512], id[512], ident[64];
	const char *name = (const char *)node->name;
	bool in_div = false;
	size_t r;

	for (r = 0; refs[r].el; r++)
		if (!strcmp(refs[r].el, name))
			break;
	if (!refs[r].el || refs[r].counted || !node->parent || node->parent->type != XML_ELEMENT_NODE) {
		/* Counted units depend on their siblings: renumber the parent's subtree. */
		xmlNode *p = node->parent;

		while (p && p->type == XML_ELEMENT_NODE && !leges_akn_eid(p) && strcmp((const char *)p->name, "body"))
			p = p->parent;
		if (p && p->type == XML_ELEMENT_NODE) {
			const char *pe = leges_akn_eid(p);

			snprintf(buf, sizeof(buf), "%s", pe ? pe : "");
			leges_akn_assign_eids(p, buf, NULL);
		}
		return;
	}
	for (anc = node->parent; anc && anc->type == XML_ELEMENT_NODE; anc = anc->parent) {
		if (leges_akn_is_division((const char *)anc->name))
			in_div = true;
		if (leges_akn_eid(anc) && !*prefix)
			prefix = leges_akn_eid(anc);
	}
	num_ident(node, ident, sizeof(ident));
	if (!strcmp(refs[r].ref, "art") || (leges_akn_is_division(name) && !in_div))
		snprintf(id, sizeof(id), "%s_%s", refs[r].ref, *ident ? ident : "1");
	else
		snprintf(id, sizeof(id), "%s%s%s_%s", prefix, *prefix ? "__" : "", refs[r].ref, *ident ? ident : "1");
	set_attr(node, "eId", id);
	leges_akn_assign_eids(node, id, NULL);
}

/* Elements whose text is content: no whitespace is ever added inside them. */
static bool holds_text(const char *name)
{
	static const char *const names[] = {
		"a", "abbr", "b", "block", "concept", "date", "def", "docDate", "docNumber", "docProponent",
		"docStage", "docStatus", "docTitle", "docType", "entity", "heading", "i", "inline", "ins", "del",
		"location", "mod", "mref", "num", "organization", "p", "person", "quantity", "quotedText", "ref",
		"role", "rref", "shortTitle", "span", "sub", "subheading", "sup", "term", "time", "u", NULL
	};
	size_t i;

	for (i = 0; names[i]; i++)
		if (!strcmp(names[i], name))
			return true;
	return false;
}

static void add_ws(xmlNode *before, xmlNode *parent, int depth)
{
	char buf[128];
	xmlNode *t;
	int n = depth * 2;

	if (n > 120)
		n = 120;
	buf[0] = '\n';
	memset(buf + 1, ' ', (size_t)n);
	buf[n + 1] = '\0';
	t = xmlNewDocText(parent->doc, (const xmlChar *)buf);
	if (!t)
		return;
	if (before)
		xmlAddPrevSibling(before, t);
	else
		xmlAddChild(parent, t);
}

void leges_akn_reindent(xmlNode *el, int depth)
{
	xmlNode *c, *last = NULL;
	bool any = false;

	if (el->type != XML_ELEMENT_NODE || holds_text((const char *)el->name))
		return;
	for (c = el->children; c; c = c->next) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !xmlIsBlankNode(c))
			return;	/* mixed content: leave it as it is */
		if (c->type == XML_ELEMENT_NODE)
			any = true;
	}
	if (!any)
		return;
	for (c = el->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!c->prev || c->prev->type != XML_TEXT_NODE)
			add_ws(c, el, depth + 1);
		leges_akn_reindent(c, depth + 1);
		last = c;
	}
	if (last && (!last->next || last->next->type != XML_TEXT_NODE))
		add_ws(NULL, el, depth);
}

int leges_akn_depth(const xmlNode *n)
{
	int d = -1;

	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		d++;
	return d;
}

void leges_akn_reindent_node(xmlNode *node)
{
	xmlNode *parent = node->parent;
	int depth = leges_akn_depth(node);
	xmlNode *c;

	if (!parent || parent->type != XML_ELEMENT_NODE || holds_text((const char *)parent->name))
		return;
	for (c = parent->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !xmlIsBlankNode(c))
			return;	/* mixed content */
	if (!node->prev || node->prev->type != XML_TEXT_NODE)
		add_ws(node, parent, depth);
	if (node->next && node->next->type != XML_TEXT_NODE)
		add_ws(node->next, parent, depth);
	else if (!node->next)
		add_ws(NULL, parent, depth - 1);
	leges_akn_reindent(node, depth);
}
