/* pinpoint.c - provision pinpoints (see pinpoint.h). */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "num.h"
#include "pinpoint.h"

static const char *const ordinals[] = {
	"eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
	"tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
	"zeventiende", "achttiende", "negentiende", "twintigste", NULL
};

static const char *const ordinals_fr[] = {
	"premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", NULL
};

static const struct { const char *word, *ref; } units[] = {
	{ "artikel", "art" }, { "art.", "art" }, { "article", "art" }, { "section", "sec" },
	{ "hoofdstuk", "chp" }, { "chapitre", "chp" }, { "chapter", "chp" },
	{ "onderafdeling", "subsec" }, { "afdeling", "sec" }, { "titel", "title" }, { "titre", "title" },
	{ "boek", "book" }, { "livre", "book" }, { "deel", "part" }, { "paragraaf", "para" },
	{ "paragraph", "para" }, { "paragraphe", "para" }, { "punt", "point" }, { "point", "point" }, { NULL, NULL }
};

static const struct { const char *ref, *element; } elements[] = {
	{ "al", "alinea" }, { "art", "article" }, { "book", "book" }, { "chp", "chapter" },
	{ "para", "paragraph" }, { "part", "part" }, { "point", "point" }, { "sec", "section" },
	{ "subsec", "subsection" }, { "title", "title" }, { NULL, NULL }
};

const char *leges_pinpoint_element(const char *ref)
{
	size_t i;

	for (i = 0; elements[i].ref; i++)
		if (!strcmp(elements[i].ref, ref))
			return elements[i].element;
	return NULL;
}

int leges_ordinal(const char *w, size_t len)
{
	size_t i;

	if (len == 7 && !strncasecmp(w, "laatste", 7))
		return -1;
	if (len == 11 && !strncasecmp(w, "voorlaatste", 11))
		return -2;
	if ((len == 5 && !strncasecmp(w, "enige", 5)) || (len == 4 && !strncasecmp(w, "enig", 4)))
		return 1;
	for (i = 0; ordinals[i]; i++)
		if (strlen(ordinals[i]) == len && !strncasecmp(ordinals[i], w, len))
			return (int)i + 1;
	if (len == 3 && !strncasecmp(w, "1er", 3))
		return 1;
	for (i = 0; ordinals_fr[i]; i++)
		if (len > strlen(ordinals_fr[i]) && !strncasecmp(ordinals_fr[i], w, strlen(ordinals_fr[i])))
			return (int)i + 1;
	if (len && isdigit((unsigned char)w[0])) {
		int v = atoi(w);

		return v > 0 && v < 1000 ? v : 0;
	}
	return 0;
}

/* The eId number part of a number as written: "5/1" -> "5-1", "37vicies semel" -> "37viciessemel". */
static void ident(char *out, size_t size, const char *s, size_t len)
{
	size_t n = 0, i;

	for (i = 0; i < len && n + 1 < size; i++) {
		char c = s[i];

		if (c == ' ' || c == ')' || c == '(')
			continue;
		if (c == '.' && i + 1 == len)
			continue;
		if ((unsigned char)c == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] == 0xb0) {
			i++;	/* ° */
			continue;
		}
		out[n++] = (c == '.' || c == '/') ? '-' : c;
	}
	out[n] = '\0';
}

static int add(struct leges_pinpoint *p, const char *ref, const char *num, size_t len)
{
	struct leges_pin_step *s;

	if (p->n >= LEGES_PIN_MAXSTEPS)
		return LEGES_EINVAL;
	s = &p->steps[p->n++];
	snprintf(s->ref, sizeof(s->ref), "%s", ref);
	ident(s->num, sizeof(s->num), num, len);
	return 0;
}

/* One comma-separated part. */
static int part(struct leges_pinpoint *p, const char *s, size_t len)
{
	const char *e = s + len, *sp;
	size_t i;
	int o;

	/* Articles that open with "de"/"het"/"l'". */
	if (len > 4 && !strncasecmp(s, "het ", 4)) {
		s += 4;
		len -= 4;
	} else if (len > 3 && !strncasecmp(s, "de ", 3)) {
		s += 3;
		len -= 3;
	}
	if (!len)
		return LEGES_EINVAL;
	if (!strncmp(s, "§", 2)) {
		const char *q = s + 2;

		while (q < e && *q == ' ')
			q++;
		return q < e && isdigit((unsigned char)*q) ? add(p, "para", q, (size_t)(e - q)) : LEGES_EINVAL;
	}
	if ((len >= 9 && !strncasecmp(s, "opschrift", 9)) || (len >= 5 && !strncasecmp(s, "titre", 5) && len == 5)) {
		p->heading = true;
		return 0;
	}
	sp = memchr(s, ' ', len);
	if (sp) {
		size_t wl = (size_t)(sp - s);
		const char *rest = sp + 1;

		if (e - rest == 3 && !strncasecmp(rest, "lid", 3)) {
			o = leges_ordinal(s, wl);
			if (!o)
				return LEGES_EINVAL;
			if (o < 0)
				return add(p, "al", o == -1 ? "last" : "prev", 4);
			{
				char b[12];

				snprintf(b, sizeof(b), "%d", o);
				return add(p, "al", b, strlen(b));
			}
		}
		if (e - rest == 3 && !strncasecmp(rest, "zin", 3)) {
			if (wl == 10 && !strncasecmp(s, "inleidende", 10)) {
				p->sentence = -1;
				return 0;
			}
			o = leges_ordinal(s, wl);
			if (o <= 0)
				return LEGES_EINVAL;
			p->sentence = o;
			return 0;
		}
		if (!strncasecmp(s, "alinéa ", 8)) {
			o = leges_ordinal(s + 8, len - 8);
			if (o > 0) {
				char b[12];

				snprintf(b, sizeof(b), "%d", o);
				return add(p, "al", b, strlen(b));
			}
			return LEGES_EINVAL;
		}
		for (i = 0; units[i].word; i++)
			if (strlen(units[i].word) == wl && !strncasecmp(s, units[i].word, wl)) {
				if (e - rest < 1)
					return LEGES_EINVAL;
				return add(p, units[i].ref, rest, (size_t)(e - rest));
			}
		return LEGES_EINVAL;
	}
	/* "3°", "2°/1", "a)", "b/1)", "(a)" */
	if (isdigit((unsigned char)s[0]) && strstr(s, "°") && (size_t)(strstr(s, "°") - s) < len)
		return add(p, "point", s, len);
	if (len >= 2 && s[len - 1] == ')' && (islower((unsigned char)s[0]) || s[0] == '(')) {
		for (i = 0; i < len - 1; i++)
			if (!islower((unsigned char)s[i]) && s[i] != '/' && s[i] != '(' && !isdigit((unsigned char)s[i]))
				return LEGES_EINVAL;
		return add(p, "point", s, len);
	}
	return LEGES_EINVAL;
}

int leges_pinpoint_parse(struct leges_pinpoint *out, const struct leges_pinpoint *base, const char *text)
{
	const char *p = text, *end;
	int rc;

	if (base)
		*out = *base;
	else
		memset(out, 0, sizeof(*out));
	if (!text)
		return 0;
	while (*p) {
		size_t len;

		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		end = strchr(p, ',');
		/* "a), ii)" keeps its commas as separators; "1.4.3" has none. */
		len = end ? (size_t)(end - p) : strlen(p);
		while (len && p[len - 1] == ' ')
			len--;
		rc = part(out, p, len);
		if (rc)
			return leges_error_set(LEGES_EINVAL, "'%.*s' is not a provision pinpoint", (int)len, p);
		p += len;
	}
	return 0;
}

char *leges_pinpoint_eid(const struct leges_pinpoint *p, char *buf, size_t size)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < p->n && n < size; i++) {
		const char *sep = n ? "__" : "";

		if (!strcmp(p->steps[i].ref, "point"))
			n += (size_t)snprintf(buf + n, size - n, "%slist_1__point_%s", sep, p->steps[i].num);
		else
			n += (size_t)snprintf(buf + n, size - n, "%s%s_%s", sep, p->steps[i].ref, p->steps[i].num);
	}
	return buf;
}

void leges_pinpoint_num_ident(const xmlNode *el, char *buf, size_t size)
{
	const xmlNode *c;
	struct leges_num num;

	buf[0] = '\0';
	for (c = el->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, "num")) {
			xmlChar *t = xmlNodeGetContent(c);

			if (t) {
				if (leges_num_parse(&num, (const char *)t, strlen((const char *)t)) != LEGES_NUM_NONE)
					snprintf(buf, size, "%s", num.ident);
				xmlFree(t);
			}
			return;
		}
}

static bool named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static bool barrier(const xmlNode *n)
{
	return named(n, "mod") || named(n, "quotedStructure") || named(n, "quotedText") ||
	       named(n, "embeddedStructure") || named(n, "meta");
}

/* Breadth-first: the shallowest element named el whose number is num. */
static xmlNode *find_num(xmlNode *root, const char *el, const char *num)
{
	xmlNode **queue = NULL, *found = NULL, *c;
	size_t head = 0, tail = 0, cap = 0;
	char id[64];

	for (c = root->children; ; ) {
		for (; c; c = c->next) {
			if (c->type != XML_ELEMENT_NODE || barrier(c))
				continue;
			if (named(c, el)) {
				leges_pinpoint_num_ident(c, id, sizeof(id));
				if (!strcasecmp(id, num)) {
					found = c;
					goto out;
				}
				continue;	/* a unit of the same kind: do not look inside */
			}
			if (tail == cap) {
				xmlNode **q = realloc(queue, (cap ? cap * 2 : 64) * sizeof(*q));

				if (!q)
					goto out;
				queue = q;
				cap = cap ? cap * 2 : 64;
			}
			queue[tail++] = c;
		}
		if (head == tail)
			break;
		c = queue[head++]->children;
	}
out:
	free(queue);
	return found;
}

/* The n-th lid of unit (1-based; -1 last, -2 the one before). */
static xmlNode *find_lid(xmlNode *unit, const char *num)
{
	xmlNode *c, *als[256];
	size_t n = 0;
	int want;

	for (c = unit->children; c && n < 256; c = c->next)
		if (named(c, "alinea"))
			als[n++] = c;
	if (!strcmp(num, "last"))
		want = n ? (int)n : 1;
	else if (!strcmp(num, "prev"))
		want = (int)n - 1;
	else
		want = atoi(num);
	if (!n)
		return want == 1 ? unit : NULL;	/* a single lid is the unit's own content */
	if (want < 1 || (size_t)want > n)
		return NULL;
	return als[want - 1];
}

xmlNode *leges_pinpoint_resolve(xmlNode *root, const struct leges_pinpoint *p)
{
	xmlNode *cur = root;
	size_t i;

	for (i = 0; i < p->n && cur; i++) {
		const struct leges_pin_step *s = &p->steps[i];

		if (!strcmp(s->ref, "al"))
			cur = find_lid(cur, s->num);
		else
			cur = find_num(cur, leges_pinpoint_element(s->ref), s->num);
	}
	return cur;
}
