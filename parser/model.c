/* model.c - the document model (see model.h). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eid.h"
#include "error.h"
#include "model.h"

static const char *const provision_names[] = {	/* sorted for bsearch */
	"alinea", "article", "book", "chapter", "clause", "division", "hcontainer", "indent", "item", "level",
	"list", "paragraph", "part", "point", "proviso", "rule", "section", "subchapter",
	"subclause", "subdivision", "sublist", "subparagraph", "subpart", "subrule", "subsection",
	"subtitle", "title", "tome", "transitional",
};

static const char *const doctype_names[] = {	/* sorted */
	"act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc",
	"documentCollection", "judgment", "officialGazette", "portion", "statement",
};

static int cmp_str(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

bool leges_is_provision_name(const char *name)
{
	return bsearch(name, provision_names, sizeof(provision_names) / sizeof(provision_names[0]),
		       sizeof(provision_names[0]), cmp_str) != NULL;
}

bool leges_is_doctype_name(const char *name)
{
	return bsearch(name, doctype_names, sizeof(doctype_names) / sizeof(doctype_names[0]),
		       sizeof(doctype_names[0]), cmp_str) != NULL;
}

const char *leges_dialect_name(enum leges_dialect d)
{
	switch (d) {
	case LEGES_DIALECT_AKN30: return "Akoma Ntoso 3.0";
	case LEGES_DIALECT_AKN30_DRAFT: return "a pre-standard Akoma Ntoso 3.0 draft";
	case LEGES_DIALECT_AKN20: return "Akoma Ntoso 2.0";
	case LEGES_DIALECT_AKN10: return "Akoma Ntoso 1.0";
	case LEGES_DIALECT_LDML_DE: return "LegalDocML.de";
	case LEGES_DIALECT_NONE: return "XML without a namespace";
	default: return "an unknown vocabulary";
	}
}

enum leges_dialect leges_dialect_of(const char *ns)
{
	static const char akn3[] = LEGES_NS_AKN30;

	if (!ns || !*ns)
		return LEGES_DIALECT_NONE;
	if (!strcmp(ns, akn3))
		return LEGES_DIALECT_AKN30;
	if (!strncmp(ns, akn3, sizeof(akn3) - 1) && ns[sizeof(akn3) - 1] == '/')
		return LEGES_DIALECT_AKN30_DRAFT;
	if (!strcmp(ns, "http://www.akomantoso.org/2.0"))
		return LEGES_DIALECT_AKN20;
	if (!strcmp(ns, "http://www.akomantoso.org/1.0"))
		return LEGES_DIALECT_AKN10;
	if (!strncmp(ns, "http://Inhaltsdaten.LegalDocML.de/", 34))
		return LEGES_DIALECT_LDML_DE;
	return LEGES_DIALECT_UNKNOWN;
}

bool leges_eid_is_label(const xmlNode *node)
{
	const char *name = (const char *)node->name;

	return !strncmp(name, "TLC", 3) || !strcmp(name, "keyword") || !strcmp(name, "componentData") ||
	       (node->parent && node->parent->type == XML_ELEMENT_NODE &&
		!strcmp((const char *)node->parent->name, "references"));
}

xmlNode *leges_child(const xmlNode *node, const char *name)
{
	xmlNode *c;

	if (!node)
		return NULL;
	for (c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, name))
			return c;
	return NULL;
}

/* The value of attribute a: "" when empty, NULL when it is not plain text. */
static const char *attr_value(const xmlAttr *a)
{
	if (!a->children)
		return "";
	if (a->children->type == XML_TEXT_NODE && !a->children->next)
		return (const char *)a->children->content;
	return NULL;
}

const char *leges_attr(const xmlNode *node, const char *name)
{
	xmlAttr *a;

	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = node->properties; a; a = a->next)
		if (!a->ns && !strcmp((const char *)a->name, name))
			return attr_value(a);
	return NULL;
}

/* --- growable arrays ------------------------------------------------------ */

static int grow(void **arr, size_t *cap, size_t need, size_t size)
{
	void *p;
	size_t n;

	if (need <= *cap)
		return 0;
	n = *cap ? *cap * 2 : 64;
	while (n < need)
		n *= 2;
	p = realloc(*arr, n * size);
	if (!p)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	*arr = p;
	*cap = n;
	return 0;
}

/* --- the string arena ------------------------------------------------------ */

/*
 * The doc's copies of eIds and <num> texts, packed in large blocks that never
 * move: one allocation for thousands of short strings, read in document order
 * by the rules, and freed in a few calls.
 */
struct leges_strings {
	struct leges_strings *next;
	size_t used, size;
	char data[];
};

#define STRINGS_BLOCK ((size_t)64 << 10)

/* Room for len bytes in the arena, or NULL. */
static char *strings_alloc(struct leges_strings **arena, size_t len)
{
	struct leges_strings *b = *arena;

	if (!b || b->size - b->used < len) {
		size_t size = len > STRINGS_BLOCK / 4 ? len : STRINGS_BLOCK;

		b = malloc(sizeof(*b) + size);
		if (!b)
			return NULL;
		b->used = 0;
		b->size = size;
		/* A block made for one large string goes behind the current one, which stays open. */
		if (*arena && size != STRINGS_BLOCK) {
			b->next = (*arena)->next;
			(*arena)->next = b;
		} else {
			b->next = *arena;
			*arena = b;
		}
	}
	b->used += len;
	return b->data + b->used - len;
}

static void strings_free(struct leges_strings *arena)
{
	while (arena) {
		struct leges_strings *next = arena->next;

		free(arena);
		arena = next;
	}
}

/* --- FRBR ------------------------------------------------------------------ */

static const struct { const char *element, *attr; } frbr_fields[LEGES_FRBR_NFIELDS] = {
	[LEGES_FRBR_THIS] = { "FRBRthis", "value" },
	[LEGES_FRBR_URI] = { "FRBRuri", "value" },
	[LEGES_FRBR_DATE] = { "FRBRdate", "date" },
	[LEGES_FRBR_AUTHOR] = { "FRBRauthor", "href" },
	[LEGES_FRBR_COUNTRY] = { "FRBRcountry", "value" },
	[LEGES_FRBR_SUBTYPE] = { "FRBRsubtype", "value" },
	[LEGES_FRBR_NUMBER] = { "FRBRnumber", "value" },
	[LEGES_FRBR_NAME] = { "FRBRname", "value" },
	[LEGES_FRBR_LANGUAGE] = { "FRBRlanguage", "language" },
};

static int read_level(struct leges_frbr_level *lv, xmlNode *node)
{
	xmlNode *c;
	int f;

	lv->node = node;
	if (!node)
		return 0;
	for (c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		for (f = 0; f < LEGES_FRBR_NFIELDS; f++) {
			const char *v;

			if (lv->el[f] || strcmp((const char *)c->name, frbr_fields[f].element))
				continue;
			lv->el[f] = c;
			v = leges_attr(c, frbr_fields[f].attr);
			if (v) {
				lv->val[f] = strdup(v);
				if (!lv->val[f])
					return leges_error_set(LEGES_ENOMEM, "out of memory");
			}
		}
	}
	return 0;
}

static void free_level(struct leges_frbr_level *lv)
{
	int f;

	for (f = 0; f < LEGES_FRBR_NFIELDS; f++)
		free(lv->val[f]);
}

static int read_frbr(struct leges_doc *doc)
{
	xmlNode *meta = leges_child(doc->main, "meta");
	xmlNode *id = leges_child(meta, "identification");
	const char *src;
	int rc;

	doc->frbr.identification = id;
	if (!id)
		return 0;
	src = leges_attr(id, "source");
	if (src && !(doc->frbr.source = strdup(src)))
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	rc = read_level(&doc->frbr.work, leges_child(id, "FRBRWork"));
	if (!rc)
		rc = read_level(&doc->frbr.expr, leges_child(id, "FRBRExpression"));
	if (!rc)
		rc = read_level(&doc->frbr.manif, leges_child(id, "FRBRManifestation"));
	if (rc)
		return rc;
	if (doc->frbr.expr.val[LEGES_FRBR_LANGUAGE])
		snprintf(doc->lang, sizeof(doc->lang), "%s", doc->frbr.expr.val[LEGES_FRBR_LANGUAGE]);
	if (doc->frbr.work.val[LEGES_FRBR_COUNTRY])
		snprintf(doc->country, sizeof(doc->country), "%s", doc->frbr.work.val[LEGES_FRBR_COUNTRY]);
	return 0;
}

/* --- the walk -------------------------------------------------------------- */

static bool is_quote_container(const char *name)
{
	return !strcmp(name, "quotedStructure") || !strcmp(name, "quotedText") ||
	       !strcmp(name, "embeddedStructure");
}

/* Copy r to out trimmed, with every run of spaces made one space; the length written. */
static size_t normalise(char *out, const char *r)
{
	char *w = out;
	bool space = false;

	for (; *r; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
			space = w != out;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = false;
		*w++ = *r;
	}
	*w = '\0';
	return (size_t)(w - out);
}

/* Elements that are content even without text (STR110). */
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

struct frame {
	xmlNode *node;
	long prov;		/* innermost provision at this level */
	long eid;		/* innermost element with an eId at this level (index into doc->eids) */
	unsigned comp;
	int quoted;
	bool in_title;		/* inside a num, heading or subheading of the innermost provision */
};

enum {
	NAME_PROVISION = 1, NAME_DOCTYPE = 2, NAME_QUOTE = 4, NAME_EID_LABEL = 8, NAME_REFERENCES = 16,
	NAME_TITLE = 32, NAME_CONTENT = 64, NAME_NUM = 128, NAME_HEADING = 256,
};

struct builder {
	struct leges_doc *doc;
	size_t cap_eids, cap_hrefs, cap_provs, cap_comps;
	char *text;		/* scratch for <num> texts */
	size_t cap_text;
	/* What each element name is, by the address of the name: libxml2 interns names, so the
	 * few names of a document are classified once rather than looked up for every element. */
	struct { const char *name; unsigned cls; } names[256];
};

static unsigned name_class(struct builder *b, const char *name)
{
	size_t slot = ((uintptr_t)name >> 3) % (sizeof(b->names) / sizeof(b->names[0]));

	if (b->names[slot].name != name) {
		b->names[slot].name = name;
		b->names[slot].cls = (leges_is_provision_name(name) ? NAME_PROVISION : 0) |
				     (leges_is_doctype_name(name) ? NAME_DOCTYPE : 0) |
				     (is_quote_container(name) ? NAME_QUOTE : 0) |
				     (!strncmp(name, "TLC", 3) || !strcmp(name, "keyword") ||
				      !strcmp(name, "componentData") ? NAME_EID_LABEL : 0) |
				     (!strcmp(name, "references") ? NAME_REFERENCES : 0) |
				     (!strcmp(name, "num") || !strcmp(name, "heading") ||
				      !strcmp(name, "subheading") ? NAME_TITLE : 0) |
				     (!strcmp(name, "num") ? NAME_NUM : 0) |
				     (!strcmp(name, "heading") ? NAME_HEADING : 0) |
				     (is_content_element(name) ? NAME_CONTENT : 0);
	}
	return b->names[slot].cls;
}

static uint32_t eid_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (uint32_t)(h ^ (h >> 32));
}

static xmlNode *eidmap_get(const struct leges_doc *doc, const struct leges_eidmap *m, const char *key)
{
	size_t i;
	uint32_t h;

	if (!m->cap)
		return NULL;
	h = eid_hash(key);
	for (i = h & (m->cap - 1); m->slots[i].eid; i = (i + 1) & (m->cap - 1))
		if (m->slots[i].hash == h && !strcmp(doc->eids[m->slots[i].eid - 1].value, key))
			return doc->eids[m->slots[i].eid - 1].node;
	return NULL;
}

/*
 * Put doc->eids[k] in m unless its value is there already (the first use
 * wins): 0, or 1 when it was there.  m has room (see index_eids()).
 */
static int eidmap_put(const struct leges_doc *doc, struct leges_eidmap *m, size_t k)
{
	const char *key = doc->eids[k].value;
	uint32_t h = eid_hash(key);
	size_t i;

	for (i = h & (m->cap - 1); m->slots[i].eid; i = (i + 1) & (m->cap - 1))
		if (m->slots[i].hash == h && !strcmp(doc->eids[m->slots[i].eid - 1].value, key))
			return 1;
	m->slots[i].hash = h;
	m->slots[i].eid = (uint32_t)(k + 1);
	m->n++;
	return 0;
}

/*
 * Fill each component's eId map once the walk has found every eId: each map
 * is sized once, and the tight loop keeps it in cache, where inserting while
 * walking the tree missed on nearly every probe.  Marks the duplicates.
 */
static int index_eids(struct leges_doc *doc)
{
	size_t *count = calloc(doc->ncomponents, sizeof(*count));
	size_t i;

	if (!count)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < doc->neids; i++)
		if (*doc->eids[i].value)
			count[doc->eids[i].component]++;
	for (i = 0; i < doc->ncomponents; i++) {
		struct leges_eidmap *m = &doc->components[i].eids;

		/* A load under 0.7, as a power of two. */
		for (m->cap = 256; count[i] * 10 >= m->cap * 7; m->cap *= 2)
			;
		m->slots = calloc(m->cap, sizeof(*m->slots));
		if (!m->slots) {
			free(count);
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		}
	}
	free(count);
	for (i = 0; i < doc->neids; i++)
		if (*doc->eids[i].value)
			doc->eids[i].duplicate = eidmap_put(doc, &doc->components[doc->eids[i].component].eids, i);
	return 0;
}

static int add_component(struct builder *b, xmlNode *node)
{
	struct leges_doc *doc = b->doc;
	int rc = grow((void **)&doc->components, &b->cap_comps, doc->ncomponents + 1,
		      sizeof(*doc->components));

	if (rc)
		return rc;
	memset(&doc->components[doc->ncomponents], 0, sizeof(doc->components[0]));
	doc->components[doc->ncomponents].node = node;
	doc->ncomponents++;
	return 0;
}

/* Record element n, whose eId is v, with what the rules ask of every eId. */
static int add_eid(struct builder *b, xmlNode *n, const char *v, const struct frame *parent, struct frame *self)
{
	struct leges_doc *doc = b->doc;
	size_t len = strlen(v), last;
	struct leges_eid *e;
	char *copy;
	int rc;

	rc = grow((void **)&doc->eids, &b->cap_eids, doc->neids + 1, sizeof(*doc->eids));
	if (rc)
		return rc;
	copy = strings_alloc(&doc->strings, len + 1);
	if (!copy)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	memcpy(copy, v, len + 1);
	e = &doc->eids[doc->neids];
	e->node = n;
	e->value = copy;
	e->parent = parent->eid;
	e->component = self->comp;
	e->label = (name_class(b, (const char *)n->name) & NAME_EID_LABEL) ||
		   (n->parent && n->parent->type == XML_ELEMENT_NODE &&
		    (name_class(b, (const char *)n->parent->name) & NAME_REFERENCES));
	e->valid = leges_eid_parse(copy, &last);
	e->last_step = e->valid ? (unsigned)last : 0;
	e->duplicate = false;
	self->eid = (long)doc->neids;
	doc->neids++;
	return 0;
}

/* Read the <num> of provision p: its text, and the number it gives. */
static int read_num(struct builder *b, struct leges_provision *p)
{
	const xmlNode *t = p->num_node->children;
	xmlChar *raw = NULL;
	struct leges_num num;
	const char *src;
	size_t len, ilen;
	char *copy;
	int rc;

	/* A <num> is nearly always a single text node: read it where it is. */
	if (t && !t->next && t->type == XML_TEXT_NODE) {
		src = t->content ? (const char *)t->content : "";
	} else {
		raw = xmlNodeGetContent(p->num_node);
		if (!raw)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		src = (const char *)raw;
	}
	rc = grow((void **)&b->text, &b->cap_text, strlen(src) + 1, 1);
	if (rc) {
		xmlFree(raw);
		return rc;
	}
	len = normalise(b->text, src);
	xmlFree(raw);
	leges_num_parse(&num, b->text, len);
	ilen = strlen(num.ident);
	/* The text and the eId part of its number, side by side. */
	copy = strings_alloc(&b->doc->strings, len + 1 + ilen + 1);
	if (!copy)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	memcpy(copy, b->text, len + 1);
	memcpy(copy + len + 1, num.ident, ilen + 1);
	p->num_text = copy;
	leges_numkey_set(&p->num, &num, copy + len + 1);
	return 0;
}

static int add_provision(struct builder *b, xmlNode *n, const struct frame *parent, struct frame *self)
{
	struct leges_doc *doc = b->doc;
	struct leges_provision *p;
	int rc;

	rc = grow((void **)&doc->provs, &b->cap_provs, doc->nprovs + 1, sizeof(*doc->provs));
	if (rc)
		return rc;
	p = &doc->provs[doc->nprovs];
	memset(p, 0, sizeof(*p));
	p->node = n;
	p->name = (const char *)n->name;
	p->eid = self->eid != parent->eid ? doc->eids[self->eid].value : NULL;
	p->parent = parent->prov;
	p->component = self->comp;
	p->quoted = self->quoted > 0;
	p->num.ident = "";
	/* Its num and heading are found when the walk meets them (visit()). */
	self->prov = (long)doc->nprovs;
	doc->nprovs++;
	return 0;
}

static int visit(struct builder *b, xmlNode *n, struct frame *parent, struct frame *self)
{
	struct leges_doc *doc = b->doc;
	const char *name = (const char *)n->name;
	const char *eid = NULL, *href = NULL;
	bool seen_eid = false, seen_href = false;
	const xmlAttr *a;
	int rc;

	unsigned cls = name_class(b, name);

	*self = *parent;
	self->node = n;
	if ((cls & NAME_DOCTYPE) && n != doc->main && n->parent &&
	    n->parent->type == XML_ELEMENT_NODE) {
		const char *pn = (const char *)n->parent->name;

		if (!strcmp(pn, "attachment") || !strcmp(pn, "component") || !strcmp(pn, "interstitial") ||
		    !strcmp(pn, "collectionBody") || !strcmp(pn, "akomaNtoso")) {
			rc = add_component(b, n);
			if (rc)
				return rc;
			self->comp = (unsigned)(doc->ncomponents - 1);
		}
	}
	if (cls & NAME_QUOTE)
		self->quoted++;
	/* Content of the innermost provision: an element such as <img>, outside its titles. */
	self->in_title = !(cls & NAME_PROVISION) && (parent->in_title || (cls & NAME_TITLE));
	if ((cls & NAME_CONTENT) && !self->in_title && self->prov >= 0)
		doc->provs[self->prov].has_content = true;

	/* The eId and the href, as leges_attr() would find them, in one pass. */
	for (a = n->properties; a && !(seen_eid && seen_href); a = a->next) {
		if (a->ns)
			continue;
		if (!seen_eid && !strcmp((const char *)a->name, doc->eid_attr)) {
			seen_eid = true;
			eid = attr_value(a);
		} else if (!seen_href && !strcmp((const char *)a->name, "href")) {
			seen_href = true;
			href = attr_value(a);
		}
	}
	if (eid && (rc = add_eid(b, n, eid, parent, self)))
		return rc;
	if (href) {
		rc = grow((void **)&doc->hrefs, &b->cap_hrefs, doc->nhrefs + 1, sizeof(*doc->hrefs));
		if (rc)
			return rc;
		doc->hrefs[doc->nhrefs].node = n;
		doc->hrefs[doc->nhrefs].value = href;
		doc->hrefs[doc->nhrefs].quoted = self->quoted > 0;
		doc->nhrefs++;
	}
	if (cls & NAME_PROVISION)
		return add_provision(b, n, parent, self);
	/*
	 * The first <num> and the first <heading> child of a provision: taken
	 * here, in the walk's order, rather than by a pass over the provision's
	 * children, which jumped across its whole subtree in memory.
	 */
	if ((cls & (NAME_NUM | NAME_HEADING)) && parent->prov >= 0 && doc->provs[parent->prov].node == n->parent) {
		struct leges_provision *p = &doc->provs[parent->prov];

		if ((cls & NAME_NUM) && !p->num_node) {
			p->num_node = n;
			return read_num(b, p);
		}
		if ((cls & NAME_HEADING) && !p->heading_node)
			p->heading_node = n;
	}
	return 0;
}

/* Text that gives the innermost provision content (STR110): not blank, outside its titles. */
static void note_text(struct leges_doc *doc, const struct frame *f, const xmlNode *t)
{
	const char *p;

	if (f->prov < 0 || f->in_title || doc->provs[f->prov].has_content ||
	    (t->type != XML_TEXT_NODE && t->type != XML_CDATA_SECTION_NODE))
		return;
	for (p = (const char *)t->content; p && *p; p++)
		if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
			doc->provs[f->prov].has_content = true;
			return;
		}
}

/*
 * Pre-order walk over elements, with an explicit stack: depth costs no C
 * stack.  The text between elements is only looked at for note_text().
 */
static int walk(struct builder *b)
{
	struct leges_doc *doc = b->doc;
	struct frame *stack = NULL;
	size_t cap = 0, depth = 0;
	struct frame top = { NULL, -1, -1, 0, 0, false };
	xmlNode *n = doc->root;
	int rc = 0;

	rc = grow((void **)&stack, &cap, 2, sizeof(*stack));
	if (rc)
		return rc;
	stack[0] = top;
	while (n) {
		rc = grow((void **)&stack, &cap, depth + 2, sizeof(*stack));
		if (rc)
			break;
		rc = visit(b, n, &stack[depth], &stack[depth + 1]);
		if (rc)
			break;
		/* Descend to the first element child, else move on. */
		{
			xmlNode *c = n->children;

			for (; c && c->type != XML_ELEMENT_NODE; c = c->next)
				note_text(doc, &stack[depth + 1], c);
			if (c) {
				depth++;
				n = c;
				continue;
			}
		}
		for (;;) {
			xmlNode *s = n->next;

			for (; s && s->type != XML_ELEMENT_NODE; s = s->next)
				note_text(doc, &stack[depth], s);
			if (s) {
				n = s;
				break;
			}
			if (depth == 0) {
				n = NULL;
				break;
			}
			n = n->parent;
			depth--;
		}
	}
	free(stack);
	return rc;
}

void leges_doc_shell(struct leges_doc *doc, struct leges_input *in)
{
	xmlNode *c;

	memset(doc, 0, sizeof(*doc));
	doc->in = in;
	doc->root = xmlDocGetRootElement(in->xml);
	doc->ns = doc->root && doc->root->ns ? (const char *)doc->root->ns->href : NULL;
	doc->dialect = leges_dialect_of(doc->ns);
	doc->eid_attr = (doc->dialect == LEGES_DIALECT_AKN20 || doc->dialect == LEGES_DIALECT_AKN10) ?
		"id" : "eId";
	if (doc->root && !strcmp((const char *)doc->root->name, "akomaNtoso")) {
		for (c = doc->root->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE && leges_is_doctype_name((const char *)c->name)) {
				doc->main = c;
				break;
			}
	}
}

int leges_doc_build(struct leges_doc **out, struct leges_input *in)
{
	struct leges_doc *doc;
	struct builder b = { 0 };
	int rc;

	*out = NULL;
	doc = calloc(1, sizeof(*doc));
	if (!doc) {
		leges_input_free(in);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	leges_doc_shell(doc, in);
	b.doc = doc;
	rc = add_component(&b, doc->main ? doc->main : doc->root);
	if (!rc && doc->main)
		rc = read_frbr(doc);
	if (!rc && doc->root)
		rc = walk(&b);
	if (!rc)
		rc = index_eids(doc);
	free(b.text);
	if (rc) {
		leges_doc_free(doc);
		return rc;
	}
	*out = doc;
	return 0;
}

static void free_runs(struct leges_doc *doc)
{
	free(doc->runs_text);
	free(doc->runs_segs);
	free(doc->runs);
	doc->runs_text = NULL;
	doc->runs_segs = NULL;
	doc->runs = NULL;
	doc->nruns = 0;
}

void leges_doc_free(struct leges_doc *doc)
{
	size_t i;

	if (!doc)
		return;
	for (i = 0; i < LEGES_DOC_NCACHES; i++)
		if (doc->caches[i].key && doc->caches[i].free)
			doc->caches[i].free(doc->caches[i].value);
	free_runs(doc);
	free(doc->provs);
	free(doc->hrefs);
	free(doc->eids);
	for (i = 0; i < doc->ncomponents; i++)
		free(doc->components[i].eids.slots);
	free(doc->components);
	strings_free(doc->strings);
	free(doc->frbr.source);
	free_level(&doc->frbr.work);
	free_level(&doc->frbr.expr);
	free_level(&doc->frbr.manif);
	leges_input_free(doc->in);
	free(doc);
}

bool leges_doc_may_name(const struct leges_doc *doc, const char *name)
{
	xmlDictPtr dict = doc->in && doc->in->xml ? doc->in->xml->dict : NULL;

	return !dict || xmlDictExists(dict, (const xmlChar *)name, (int)strlen(name));
}

void *leges_doc_cache_get(const struct leges_doc *doc, const void *key)
{
	size_t i;

	for (i = 0; i < LEGES_DOC_NCACHES; i++)
		if (doc->caches[i].key == key)
			return doc->caches[i].value;
	return NULL;
}

int leges_doc_cache_put(struct leges_doc *doc, const void *key, void *value, void (*free_fn)(void *))
{
	size_t i;

	for (i = 0; i < LEGES_DOC_NCACHES; i++)
		if (!doc->caches[i].key) {
			doc->caches[i].key = key;
			doc->caches[i].value = value;
			doc->caches[i].free = free_fn;
			return 0;
		}
	return leges_error_set(LEGES_ENOMEM, "the document's caches are full");
}

xmlNode *leges_doc_find_eid(const struct leges_doc *doc, unsigned comp, const char *eid)
{
	xmlNode *n = NULL;
	size_t i;

	if (comp < doc->ncomponents)
		n = eidmap_get(doc, &doc->components[comp].eids, eid);
	for (i = 0; !n && i < doc->ncomponents; i++)
		n = eidmap_get(doc, &doc->components[i].eids, eid);
	return n;
}

xmlNode *leges_doc_find_eid_in(const struct leges_doc *doc, unsigned comp, const char *eid)
{
	return comp < doc->ncomponents ? eidmap_get(doc, &doc->components[comp].eids, eid) : NULL;
}

struct leges_pos leges_doc_pos(const struct leges_doc *doc, const xmlNode *node)
{
	return leges_pos_node(&doc->in->map, node);
}

struct leges_pos leges_doc_pos_attr(const struct leges_doc *doc, const xmlNode *node, const char *attr)
{
	return leges_pos_attr(&doc->in->map, node, attr);
}

/* --- text runs ------------------------------------------------------------- */

static bool is_block(const char *name)
{
	static const char *const blocks[] = {	/* sorted */
		"block", "blockContainer", "docTitle", "heading", "li", "listIntroduction",
		"listWrapUp", "num", "p", "subheading", "td", "th", "tocItem",
	};

	return bsearch(name, blocks, sizeof(blocks) / sizeof(blocks[0]), sizeof(blocks[0]),
		       cmp_str) != NULL;
}

/* Subtrees whose text is not part of the enclosing block's run. */
static bool is_skipped(const char *name)
{
	return is_quote_container(name) || !strcmp(name, "authorialNote") || !strcmp(name, "meta") ||
	       !strcmp(name, "remark") || !strcmp(name, "noteRef") || !strcmp(name, "eol") ||
	       !strcmp(name, "eop");
}

static bool is_ref(const char *name)
{
	return !strcmp(name, "ref") || !strcmp(name, "mref") || !strcmp(name, "rref");
}

/*
 * The texts and segments of all runs, appended in document order: two
 * arrays for the whole document rather than two allocations per block.
 * A run's text starts at base and its segments at segbase.
 */
struct runbuf {
	char *text;
	size_t len, cap, base;
	struct leges_textseg *segs;
	size_t nsegs, capsegs, segbase;
};

static int run_append(struct runbuf *rb, xmlNode *t, bool in_ref)
{
	const char *s = (const char *)t->content;
	size_t n = s ? strlen(s) : 0;
	int rc;

	if (!n)
		return 0;
	if (n > LEGES_RUN_MAX - (rb->len - rb->base))
		return leges_error_set(LEGES_EPARSE, "a block of text is over %zu bytes", LEGES_RUN_MAX);
	rc = grow((void **)&rb->text, &rb->cap, rb->len + n + 1, 1);
	if (!rc)
		rc = grow((void **)&rb->segs, &rb->capsegs, rb->nsegs + 1, sizeof(*rb->segs));
	if (rc)
		return rc;
	memcpy(rb->text + rb->len, s, n);
	rb->segs[rb->nsegs].start = (uint32_t)(rb->len - rb->base);
	rb->segs[rb->nsegs].len = (uint32_t)n & INT32_MAX;
	rb->segs[rb->nsegs].node = t;
	rb->segs[rb->nsegs].in_ref = in_ref;
	rb->nsegs++;
	rb->len += n;
	return 0;
}

/* Collect the text of block's subtree, skipping quoted and note subtrees. */
static int collect(struct runbuf *rb, xmlNode *block)
{
	xmlNode *n = block->children;
	int ref_depth = 0, rc;

	while (n && n != block) {
		bool down = false;

		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			rc = run_append(rb, n, ref_depth > 0);
			if (rc)
				return rc;
		} else if (n->type == XML_ELEMENT_NODE && !is_skipped((const char *)n->name) &&
			   !is_block((const char *)n->name) && n->children) {
			if (is_ref((const char *)n->name))
				ref_depth++;
			n = n->children;
			down = true;
		}
		if (down)
			continue;
		while (n != block && !n->next) {
			n = n->parent;
			if (n != block && n->type == XML_ELEMENT_NODE && is_ref((const char *)n->name))
				ref_depth--;
		}
		if (n != block)
			n = n->next;
	}
	return 0;
}

int leges_doc_text_runs(struct leges_doc *doc)
{
	struct runbuf rb;
	size_t cap = 0, r, text_off = 0, seg_off = 0;
	xmlNode *n, *top;
	long prov = -1;
	size_t pi = 0;
	int quoted = 0, body = 0, rc = 0;

	if (doc->runs_built)
		return 0;
	memset(&rb, 0, sizeof(rb));
	top = doc->main ? doc->main : doc->root;
	n = top;
	/*
	 * Visit every block in document order; provisions are met in the same
	 * order as doc->provs, which gives each run its provision cheaply.
	 */
	while (n) {
		const char *name = n->type == XML_ELEMENT_NODE ? (const char *)n->name : NULL;
		bool enter = false;

		if (name) {
			if (pi < doc->nprovs && doc->provs[pi].node == n)
				prov = (long)pi++;
			if (is_block(name) && !quoted) {
				struct leges_textrun *run;

				rb.base = rb.len;
				rb.segbase = rb.nsegs;
				rc = collect(&rb, n);
				if (!rc && rb.len > rb.base) {
					rc = grow((void **)&doc->runs, &cap, doc->nruns + 1, sizeof(*doc->runs));
					/* Its NUL; the texts are placed when all are read (the arrays move as they grow). */
					if (!rc)
						rc = grow((void **)&rb.text, &rb.cap, rb.len + 1, 1);
				}
				if (rc)
					break;
				if (rb.len > rb.base) {
					rb.text[rb.len++] = '\0';
					run = &doc->runs[doc->nruns++];
					run->text = NULL;
					run->segs = NULL;
					run->block = n;
					run->name = name;
					run->provision = (int32_t)prov;
					run->len = (uint32_t)(rb.len - 1 - rb.base);
					run->nsegs = (uint32_t)(rb.nsegs - rb.segbase);
					run->in_body = body > 0;
				}
			}
			/* Blocks nested in notes inside this block are runs of their own. */
			if (n->children && strcmp(name, "meta")) {
				enter = true;
				if (is_quote_container(name))
					quoted++;
				if (!strcmp(name, "body") || !strcmp(name, "mainBody"))
					body++;
			}
		}
		if (enter) {
			n = n->children;
			continue;
		}
		for (;;) {
			if (n->type == XML_ELEMENT_NODE) {
				name = (const char *)n->name;
				if (n->children && strcmp(name, "meta")) {
					if (is_quote_container(name))
						quoted--;
					if (!strcmp(name, "body") || !strcmp(name, "mainBody"))
						body--;
				}
				/* Leaving a provision: the enclosing one is current again. */
				if (prov >= 0 && doc->provs[prov].node == n)
					prov = doc->provs[prov].parent;
			}
			if (n == top) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (!n || n == top) {
				n = NULL;
				break;
			}
		}
	}
	if (rc) {
		free(rb.text);
		free(rb.segs);
		return rc;
	}
	doc->runs_text = rb.text;
	doc->runs_segs = rb.segs;
	for (r = 0; r < doc->nruns; r++) {
		doc->runs[r].text = doc->runs_text + text_off;
		doc->runs[r].segs = doc->runs_segs + seg_off;
		text_off += doc->runs[r].len + 1;
		seg_off += doc->runs[r].nsegs;
	}
	doc->runs_built = true;
	return 0;
}

struct leges_pos leges_textrun_pos(const struct leges_doc *doc, const struct leges_textrun *run, size_t index)
{
	size_t lo = 0, hi = run->nsegs;

	if (!run->nsegs)
		return leges_doc_pos(doc, run->block);
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (run->segs[mid].start <= index)
			lo = mid;
		else
			hi = mid;
	}
	if (index < run->segs[lo].start)
		index = run->segs[lo].start;
	return leges_pos_text(&doc->in->map, run->segs[lo].node,
			      index - run->segs[lo].start);
}
