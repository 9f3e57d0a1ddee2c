/* ria.c - the RIA document, its obligations and the Standard Cost Model (see ria.h). */
#include "config.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/hash.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "checks/engine.h"
#include "checks/ria.h"
#include "parser/error.h"

/* --- arithmetic ------------------------------------------------------------ */

typedef __int128 wide;	/* intermediate products only; never stored */

static const wide WIDE_INT64_MAX = (wide)INT64_MAX;

static wide wdiv_round(wide x, wide d)
{
	return x >= 0 ? (x + d / 2) / d : -((-x + d / 2) / d);
}

int64_t leges_ria_div_round(int64_t x, int64_t d)
{
	return (int64_t)wdiv_round(x, d);
}

int64_t leges_ria_price(int64_t t_e4, int64_t h_cents, int64_t o_cents)
{
	return t_e4 * h_cents + o_cents * LEGES_RIA_SCALE;
}

int leges_ria_cost(const int64_t *price_e4, size_t nprices, int64_t n, int64_t f_e4, int64_t bau_e4,
		   int64_t *ac_cents, int64_t *ab_cents)
{
	wide p = 0, exact, ac, ab;
	size_t i;

	for (i = 0; i < nprices; i++)
		if (__builtin_add_overflow(p, (wide)price_e4[i], &p))
			goto too_large;
	/* exact = AC in 10^-8 cent: P (10^-4 cent) x N x F (10^-4); every product checked. */
	if (__builtin_mul_overflow(p, (wide)n, &exact) || __builtin_mul_overflow(exact, (wide)f_e4, &exact))
		goto too_large;
	ac = wdiv_round(exact, (wide)LEGES_RIA_SCALE * LEGES_RIA_SCALE);
	if (__builtin_mul_overflow(exact, (wide)(LEGES_RIA_SCALE - bau_e4), &ab))
		goto too_large;
	ab = wdiv_round(ab, (wide)LEGES_RIA_SCALE * LEGES_RIA_SCALE * LEGES_RIA_SCALE);
	if (ac > WIDE_INT64_MAX || ac < -WIDE_INT64_MAX || ab > WIDE_INT64_MAX || ab < -WIDE_INT64_MAX)
		goto too_large;
	*ac_cents = (int64_t)ac;
	*ab_cents = (int64_t)ab;
	return 0;
too_large:
	return leges_error_set(LEGES_EINVAL, "an administrative cost is too large to compute");
}

int64_t leges_ria_annualise(int64_t cents, int64_t rate_e4, unsigned years)
{
	long double r = (long double)rate_e4 / LEGES_RIA_SCALE, g = 1.0L, v;
	unsigned i;

	if (!years)
		return cents;
	if (!rate_e4)
		return leges_ria_div_round(cents, (int64_t)years);
	/* C x r / (1 - (1 + r)^-n) = C x r x g / (g - 1) with g = (1 + r)^n. */
	for (i = 0; i < years; i++)
		g *= 1.0L + r;
	v = (long double)cents * r * g / (g - 1.0L);
	return (int64_t)(v >= 0 ? v + 0.5L : v - 0.5L);
}

char *leges_ria_money(char *buf, size_t size, int64_t cents)
{
	char digits[32], out[48];
	uint64_t u = cents < 0 ? (uint64_t)0 - (uint64_t)cents : (uint64_t)cents;
	size_t n, i, o = 0;

	snprintf(digits, sizeof(digits), "%llu", (unsigned long long)(u / 100));
	n = strlen(digits);
	if (cents < 0)
		out[o++] = '-';
	for (i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	snprintf(out + o, sizeof(out) - o, ".%02u", (unsigned)(u % 100));
	snprintf(buf, size, "%s", out);
	return buf;
}

char *leges_ria_fixed(char *buf, size_t size, int64_t v)
{
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	char frac[8];
	int k;

	snprintf(frac, sizeof(frac), "%04u", (unsigned)(u % LEGES_RIA_SCALE));
	for (k = 3; k >= 0 && frac[k] == '0'; k--)
		frac[k] = '\0';
	snprintf(buf, size, "%s%llu%s%s", v < 0 ? "-" : "", (unsigned long long)(u / LEGES_RIA_SCALE),
		 frac[0] ? "." : "", frac);
	return buf;
}

/* Drop white space (also U+00A0 and U+202F), a euro sign and "EUR"; note a '%'. */
static int clean_number(char *dst, size_t size, const char *s, bool *percent)
{
	size_t o = 0;

	*percent = false;
	while (*s) {
		const unsigned char *u = (const unsigned char *)s;

		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			s++;
		} else if (u[0] == 0xC2 && u[1] == 0xA0) {
			s += 2;
		} else if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF) {
			s += 3;
		} else if (u[0] == 0xE2 && u[1] == 0x82 && u[2] == 0xAC) {	/* € */
			s += 3;
		} else if (!strncasecmp(s, "EUR", 3)) {
			s += 3;
		} else if (*s == '%') {
			*percent = true;
			s++;
		} else {
			if (o + 1 >= size)
				return LEGES_EINVAL;
			dst[o++] = *s++;
		}
	}
	dst[o] = '\0';
	return o ? 0 : LEGES_EINVAL;
}

int leges_ria_number(const char *text, unsigned decimals, int64_t *out)
{
	char buf[64];
	const char *p;
	bool percent, neg = false, comma;
	char dec, group;
	int64_t ip = 0, fp = 0, scale = 1;
	unsigned nd = 0, k, want;

	if (!text || clean_number(buf, sizeof(buf), text, &percent))
		return leges_error_set(LEGES_EINVAL, "'%s' is not a number", text ? text : "");
	want = decimals;
	comma = strchr(buf, ',') != NULL;
	dec = comma ? ',' : '.';
	group = comma ? '.' : '\0';
	p = buf;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (!(*p >= '0' && *p <= '9'))
		return leges_error_set(LEGES_EINVAL, "'%s' is not a number", text);
	for (; *p && *p != dec; p++) {
		if (group && *p == group)
			continue;
		if (*p < '0' || *p > '9')
			return leges_error_set(LEGES_EINVAL, "'%s' is not a number", text);
		if (ip > (INT64_MAX / 10 - 9) / 1000000)
			return leges_error_set(LEGES_EINVAL, "'%s' is too large", text);
		ip = ip * 10 + (*p - '0');
	}
	if (*p == dec) {
		for (p++; *p; p++) {
			if (*p < '0' || *p > '9')
				return leges_error_set(LEGES_EINVAL, "'%s' is not a number", text);
			if (*p == '0' && !p[1] && nd >= want)
				continue;
			if (++nd > want) {
				/* Trailing zeros beyond the precision are harmless. */
				const char *q = p;

				while (*q == '0')
					q++;
				if (*q)
					return leges_error_set(LEGES_EINVAL, "'%s' has more than %u decimals", text, decimals);
				break;
			}
			fp = fp * 10 + (*p - '0');
		}
	}
	for (k = nd; k < want; k++)
		fp *= 10;
	for (k = 0; k < want; k++)
		scale *= 10;
	if (ip > (INT64_MAX - fp) / scale)
		return leges_error_set(LEGES_EINVAL, "'%s' is too large", text);
	ip = ip * scale + fp;
	if (percent) {
		if (ip % 100)
			return leges_error_set(LEGES_EINVAL, "'%s' has more than %u decimals", text, decimals);
		ip /= 100;
	}
	*out = neg ? -ip : ip;
	return 0;
}

/* --- names ----------------------------------------------------------------- */

const char *leges_ria_kind_name(enum leges_ria_kind k)
{
	static const char *const names[] = { "nieuw", "gewijzigd", "afgeschaft" };

	return k < LEGES_RIA_NKINDS ? names[k] : "?";
}

const char *leges_ria_origin_name(enum leges_ria_origin o)
{
	static const char *const names[] = { "EU", "EU-goldplating", "nationaal" };

	return o < LEGES_RIA_NORIGINS ? names[o] : "?";
}

static const struct {
	const char *name, *heading;
} sections[LEGES_RIA_NSECTIONS] = {
	{ "samenvatting", "Samenvatting" },
	{ "probleemomschrijving", "Probleemomschrijving en nulscenario" },
	{ "doelstellingen", "Doelstellingen" },
	{ "opties", "Opties" },
	{ "effecten", "Effecten van de opties" },
	{ "vergelijking", "Vergelijking van de opties en voorkeursoptie" },
	{ "uitvoering", "Uitvoering en handhaving" },
	{ "monitoring", "Monitoring en evaluatie" },
	{ "consultatie", "Consultatie" },
	{ "joker", "Kind- en jongereneffectrapport (JoKER)" },
};

const char *leges_ria_section_name(enum leges_ria_section s)
{
	return s < LEGES_RIA_NSECTIONS ? sections[s].name : "?";
}

const char *leges_ria_section_heading(enum leges_ria_section s)
{
	return s < LEGES_RIA_NSECTIONS ? sections[s].heading : "?";
}

static int parse_kind(const char *s, enum leges_ria_kind *out)
{
	static const struct { const char *w; enum leges_ria_kind k; } words[] = {
		{ "nieuw", LEGES_RIA_NEW }, { "new", LEGES_RIA_NEW },
		{ "gewijzigd", LEGES_RIA_CHANGED }, { "changed", LEGES_RIA_CHANGED },
		{ "afgeschaft", LEGES_RIA_REMOVED }, { "opgeheven", LEGES_RIA_REMOVED },
		{ "removed", LEGES_RIA_REMOVED },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcasecmp(s, words[i].w)) {
			*out = words[i].k;
			return 0;
		}
	return LEGES_EINVAL;
}

static int parse_origin(const char *s, enum leges_ria_origin *out)
{
	static const struct { const char *w; enum leges_ria_origin o; } words[] = {
		{ "EU", LEGES_RIA_EU }, { "EU-goldplating", LEGES_RIA_EU_GOLDPLATING },
		{ "EU gold-plating", LEGES_RIA_EU_GOLDPLATING }, { "goldplating", LEGES_RIA_EU_GOLDPLATING },
		{ "gold-plating", LEGES_RIA_EU_GOLDPLATING }, { "nationaal", LEGES_RIA_NATIONAL },
		{ "national", LEGES_RIA_NATIONAL }, { "Vlaams", LEGES_RIA_NATIONAL },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcasecmp(s, words[i].w)) {
			*out = words[i].o;
			return 0;
		}
	return LEGES_EINVAL;
}

/* --- the document ------------------------------------------------------------ */

static bool is_el(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static bool is_ria_doc(const xmlNode *n)
{
	const char *name = leges_attr(n, "name");

	return is_el(n, "doc") && name && !strcasecmp(name, "ria");
}

static xmlNode *attachments_of(const struct leges_doc *doc)
{
	return doc->main ? leges_child(doc->main, "attachments") : NULL;
}

xmlNode *leges_ria_find(const struct leges_doc *doc)
{
	xmlNode *a, *n;

	if (doc->main && is_ria_doc(doc->main))
		return doc->main;
	for (a = attachments_of(doc) ? attachments_of(doc)->children : NULL; a; a = a->next)
		if (is_el(a, "attachment"))
			for (n = a->children; n; n = n->next)
				if (is_ria_doc(n))
					return n;
	return NULL;
}

bool leges_ria_referenced(const struct leges_doc *doc)
{
	xmlNode *a, *n;

	for (a = attachments_of(doc) ? attachments_of(doc)->children : NULL; a; a = a->next)
		for (n = is_el(a, "attachment") ? a->children : NULL; n; n = n->next) {
			const char *href = leges_attr(n, "href");

			if (is_el(n, "documentRef") && href && (strstr(href, "/doc/ria/") || strstr(href, "!ria")))
				return true;
		}
	return false;
}

/* Text of a node with white space folded and trimmed; caller frees. */
static char *text_of(const xmlNode *node)
{
	xmlChar *t = xmlNodeGetContent(node);
	char *out, *o;
	const char *p;
	bool space = false;

	if (!t)
		return strdup("");
	out = malloc(strlen((const char *)t) + 1);
	if (out) {
		o = out;
		for (p = (const char *)t; *p; p++) {
			if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
				space = o != out;
				continue;
			}
			if (space)
				*o++ = ' ';
			space = false;
			*o++ = *p;
		}
		*o = '\0';
	}
	xmlFree(t);
	return out;
}

/* Make room for need elements of size in *v (capacity doubling). */
static int grow(void **v, size_t *cap, size_t need, size_t size)
{
	size_t ncap = *cap ? *cap : 8;
	void *nv;

	if (need <= *cap)
		return 0;
	while (ncap < need)
		ncap *= 2;
	nv = realloc(*v, ncap * size);
	if (!nv)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	*v = nv;
	*cap = ncap;
	return 0;
}

static int add_problem(struct leges_ria *ria, enum leges_ria_problem_kind kind, const xmlNode *node,
		       const char *fmt, ...) LEGES_PRINTF(4, 5);

static int add_problem(struct leges_ria *ria, enum leges_ria_problem_kind kind, const xmlNode *node,
		       const char *fmt, ...)
{
	struct leges_ria_problem *v;
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (grow((void **)&ria->probs, &ria->cap_probs, ria->nprobs + 1, sizeof(*v)))
		return LEGES_ENOMEM;
	v = ria->probs;
	v[ria->nprobs].kind = kind;
	v[ria->nprobs].node = node;
	v[ria->nprobs].message = strdup(buf);
	if (!v[ria->nprobs].message)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	ria->nprobs++;
	return 0;
}

/* Next element in document order below top, or NULL. */
static xmlNode *next_el(xmlNode *n, const xmlNode *top, bool descend)
{
	if (descend && n->children)
		return n->children;
	while (n && n != top && !n->next)
		n = n->parent;
	return n && n != top ? n->next : NULL;
}

static void find_sections(struct leges_ria *ria)
{
	xmlNode *body = leges_child(ria->node, "mainBody"), *n;
	int s;

	for (n = body ? body->children : NULL; n; n = next_el(n, body, true)) {
		const char *name = leges_attr(n, "name");

		if (!is_el(n, "hcontainer") || !name)
			continue;
		for (s = 0; s < LEGES_RIA_NSECTIONS; s++)
			if (!ria->sections[s] && !strcasecmp(name, sections[s].name))
				ria->sections[s] = n;
	}
}

static bool has_class(const xmlNode *n, const char *cls)
{
	const char *c = leges_attr(n, "class");
	size_t len = strlen(cls);

	while (c && *c) {
		while (*c == ' ')
			c++;
		if (!strncasecmp(c, cls, len) && (c[len] == ' ' || c[len] == '\0'))
			return true;
		c += strcspn(c, " ");
	}
	return false;
}

/* True when hay contains needle, ASCII case folded. */
static bool contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return true;
	return false;
}

static int find_options(struct leges_ria *ria)
{
	xmlNode *sec = ria->sections[LEGES_RIA_OPTIONS], *n;

	for (n = sec ? sec->children : NULL; n; n = next_el(n, sec, true)) {
		const char *name = leges_attr(n, "name");
		struct leges_ria_option *v;
		xmlNode *h;
		char *heading = NULL;

		if (!is_el(n, "hcontainer") || !name || strcasecmp(name, "optie"))
			continue;
		if (grow((void **)&ria->options, &ria->cap_options, ria->noptions + 1, sizeof(*v)))
			return LEGES_ENOMEM;
		v = ria->options + ria->noptions++;
		v->node = n;
		v->preferred = has_class(n, "voorkeursoptie");
		v->baseline = has_class(n, "nuloptie");
		h = leges_child(n, "heading");
		if (!v->baseline && h) {
			heading = text_of(h);
			if (!heading)
				return leges_error_set(LEGES_ENOMEM, "out of memory");
			v->baseline = contains_ci(heading, "nuloptie") || contains_ci(heading, "niets doen") ||
				      contains_ci(heading, "nulscenario") || contains_ci(heading, "basisscenario") ||
				      contains_ci(heading, "baseline");
			free(heading);
		}
	}
	return 0;
}

enum col {
	COL_ID, COL_PROV, COL_DESC, COL_ACT, COL_GROUP, COL_N, COL_F, COL_T, COL_H, COL_O, COL_BAU,
	COL_KIND, COL_ORIGIN, COL_ONEOFF, NCOLS
};

static const struct {
	const char *names[4];
	bool required;
} columns[NCOLS] = {
	[COL_ID] = { { "id", "nr", NULL }, true },
	[COL_PROV] = { { "bepaling", "provision", NULL }, true },
	[COL_DESC] = { { "omschrijving", "description", "informatieverplichting", NULL }, false },
	[COL_ACT] = { { "activiteit", "activity", NULL }, false },
	[COL_GROUP] = { { "doelgroep", "target group", NULL }, true },
	[COL_N] = { { "n", NULL }, true },
	[COL_F] = { { "f", NULL }, true },
	[COL_T] = { { "t", NULL }, true },
	[COL_H] = { { "h", NULL }, true },
	[COL_O] = { { "o", NULL }, true },
	[COL_BAU] = { { "bau", NULL }, true },
	[COL_KIND] = { { "soort", "kind", NULL }, true },
	[COL_ORIGIN] = { { "oorsprong", "origin", NULL }, true },
	[COL_ONEOFF] = { { "eenmalig", "one-off", NULL }, false },
};

static const char *const col_label[NCOLS] = {
	"id", "bepaling", "omschrijving", "activiteit", "doelgroep", "N", "F", "T", "H", "O", "BAU",
	"soort", "oorsprong", "eenmalig",
};

/* The column a header cell names: its text before any " (unit)", case folded; -1 if none. */
static int column_of(const char *header)
{
	char key[64];
	size_t n = strcspn(header, "(");
	int c, k;

	while (n && header[n - 1] == ' ')
		n--;
	if (n >= sizeof(key))
		return -1;
	memcpy(key, header, n);
	key[n] = '\0';
	for (c = 0; c < NCOLS; c++)
		for (k = 0; columns[c].names[k]; k++)
			if (!strcasecmp(key, columns[c].names[k]))
				return c;
	return -1;
}

static xmlNode *cells_of(xmlNode *tr, xmlNode **cells, size_t max, size_t *n)
{
	xmlNode *c;

	*n = 0;
	for (c = tr->children; c; c = c->next)
		if ((is_el(c, "td") || is_el(c, "th")) && *n < max)
			cells[(*n)++] = c;
	return tr;
}

#define MAX_CELLS 32

struct row {
	xmlNode *cell[NCOLS];
	char *text[NCOLS];
};

static void row_release(struct row *r)
{
	int c;

	for (c = 0; c < NCOLS; c++)
		free(r->text[c]);
}

/* Read a number cell; a problem (not an error) when it is not a number in range. */
static int read_number(struct leges_ria *ria, struct row *r, int col, unsigned decimals, bool empty_zero,
		       int64_t min, int64_t max, int64_t *out, bool *ok)
{
	const char *t = r->text[col];
	char a[40];

	*out = 0;
	if (!r->cell[col] || !*t) {
		if (empty_zero)
			return 0;
		*ok = false;
		return add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[col] ? r->cell[col] : r->cell[COL_ID],
				   "%s of %s is empty", col_label[col], r->text[COL_ID]);
	}
	if (leges_ria_number(t, decimals, out)) {
		*ok = false;
		return add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[col], "%s of %s: %s", col_label[col],
				   r->text[COL_ID], leges_error_message(LEGES_EINVAL));
	}
	if (*out < min || *out > max) {
		*ok = false;
		if (decimals == 4)
			leges_ria_fixed(a, sizeof(a), *out < min ? min : max);
		else
			leges_ria_money(a, sizeof(a), *out < min ? min : max);
		return add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[col], "%s of %s is '%s', %s %s", col_label[col],
				   r->text[COL_ID], t, *out < min ? "below" : "above", a);
	}
	return 0;
}

/*
 * Upper bounds of the figures (beyond them a figure is a typing error, and
 * they keep every product well inside 128 bits): T 10,000 hours, H EUR
 * 1,000,000 an hour, an amount EUR 10^10, N 10^9 entities, F 100,000 times
 * a year.
 */
#define MAX_T ((int64_t)10000 * LEGES_RIA_SCALE)
#define MAX_H ((int64_t)100000000)
#define MAX_AMOUNT ((int64_t)1000000000000)
#define MAX_N ((int64_t)1000000000)
#define MAX_F ((int64_t)100000 * LEGES_RIA_SCALE)

static int add_activity(struct leges_ria *ria, struct leges_ria_obligation *o, struct row *r)
{
	struct leges_ria_activity *v, *a;
	bool ok = true;
	int rc;

	/* Capacity doubles at each power of two, so that many activities stay linear. */
	if (!(o->nacts & (o->nacts - 1))) {
		v = realloc(o->acts, (o->nacts ? 2 * o->nacts : 1) * sizeof(*v));
		if (!v)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		o->acts = v;
	}
	a = &o->acts[o->nacts++];
	memset(a, 0, sizeof(*a));
	a->row = r->cell[COL_ID]->parent;
	a->name = strdup(r->cell[COL_ACT] && *r->text[COL_ACT] ? r->text[COL_ACT]
			 : r->cell[COL_DESC] ? r->text[COL_DESC] : "");
	if (!a->name)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	if ((rc = read_number(ria, r, COL_T, 4, false, 0, MAX_T, &a->t_e4, &ok)) ||
	    (rc = read_number(ria, r, COL_H, 2, false, 0, MAX_H, &a->h_cents, &ok)) ||
	    (rc = read_number(ria, r, COL_O, 2, true, 0, MAX_AMOUNT, &a->o_cents, &ok)))
		return rc;
	if (!ok)
		o->valid = false;
	a->price_e4 = ok ? leges_ria_price(a->t_e4, a->h_cents, a->o_cents) : 0;
	return 0;
}

static char *eid_of_href(const char *href)
{
	const char *p;

	if (!href)
		return NULL;
	if (href[0] == '#')
		return strdup(href + 1);
	p = strchr(href, '~');
	return p ? strdup(p + 1) : NULL;
}

static int new_obligation(struct leges_ria *ria, struct row *r)
{
	struct leges_ria_obligation *v, *o;
	xmlNode *ref = NULL, *n;
	bool ok = true;
	int rc;

	if (grow((void **)&ria->obl, &ria->cap_obl, ria->nobl + 1, sizeof(*v)))
		return LEGES_ENOMEM;
	v = ria->obl;
	o = &v[ria->nobl++];
	memset(o, 0, sizeof(*o));
	o->row = r->cell[COL_ID]->parent;
	o->valid = true;
	o->id = strdup(r->text[COL_ID]);
	o->description = strdup(r->cell[COL_DESC] ? r->text[COL_DESC] : "");
	o->group = strdup(r->cell[COL_GROUP] ? r->text[COL_GROUP] : "");
	if (!o->id || !o->description || !o->group ||
	    xmlHashAddEntry(ria->ids, (const xmlChar *)o->id, (void *)(uintptr_t)ria->nobl) < 0)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	o->f_cell = r->cell[COL_F];
	for (n = r->cell[COL_PROV] ? r->cell[COL_PROV]->children : NULL; n && !ref;
	     n = next_el(n, r->cell[COL_PROV], true))
		if (is_el(n, "ref"))
			ref = n;
	if (ref) {
		o->ref = ref;
		o->href = leges_attr(ref, "href");
		o->eid = eid_of_href(o->href);
		if (o->href && !o->eid)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	if (!o->eid && (rc = add_problem(ria, LEGES_RIA_PROB_TABLE, r->cell[COL_PROV] ? r->cell[COL_PROV] : o->row,
					 "provision of %s is not a <ref href=\"#eId\"> or an AKN IRI with ~eId",
					 o->id)))
		return rc;
	if (!r->cell[COL_GROUP] || !*r->text[COL_GROUP])
		if ((rc = add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[COL_GROUP] ? r->cell[COL_GROUP] : o->row,
				      "%s names no target group", o->id)))
			return rc;
	if ((rc = read_number(ria, r, COL_N, 4, false, 0, MAX_N * LEGES_RIA_SCALE, &o->n, &ok)) ||
	    (rc = read_number(ria, r, COL_F, 4, false, 0, MAX_F, &o->f_e4, &ok)) ||
	    (rc = read_number(ria, r, COL_BAU, 4, false, 0, LEGES_RIA_SCALE, &o->bau_e4, &ok)) ||
	    (rc = read_number(ria, r, COL_ONEOFF, 2, true, 0, MAX_AMOUNT, &o->oneoff_cents, &ok)))
		return rc;
	if (ok && o->n % LEGES_RIA_SCALE) {
		ok = false;
		if ((rc = add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[COL_N],
				      "N of %s is '%s', not a whole number of entities (write 4500 or 4 500, not 4.500)",
				      o->id, r->text[COL_N])))
			return rc;
	}
	o->n /= LEGES_RIA_SCALE;
	if (!r->cell[COL_KIND] || parse_kind(r->text[COL_KIND], &o->kind)) {
		ok = false;
		if ((rc = add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[COL_KIND] ? r->cell[COL_KIND] : o->row,
				      "kind of %s is '%s'; use nieuw, gewijzigd or afgeschaft", o->id,
				      r->cell[COL_KIND] ? r->text[COL_KIND] : "")))
			return rc;
	}
	if (!r->cell[COL_ORIGIN] || parse_origin(r->text[COL_ORIGIN], &o->origin)) {
		ok = false;
		if ((rc = add_problem(ria, LEGES_RIA_PROB_RANGE, r->cell[COL_ORIGIN] ? r->cell[COL_ORIGIN] : o->row,
				      "origin of %s is '%s'; use EU, EU-goldplating or nationaal", o->id,
				      r->cell[COL_ORIGIN] ? r->text[COL_ORIGIN] : "")))
			return rc;
	}
	if (!ok)
		o->valid = false;
	return add_activity(ria, o, r);
}

static int read_table(struct leges_ria *ria)
{
	xmlNode *tr, *cells[MAX_CELLS];
	int map[MAX_CELLS];
	size_t i, n, ncols = 0;
	bool header = true;
	int c, rc = 0;

	for (tr = ria->table->children; tr && !rc; tr = tr->next) {
		struct row r;

		if (!is_el(tr, "tr"))
			continue;
		cells_of(tr, cells, MAX_CELLS, &n);
		if (header) {
			bool seen[NCOLS] = { false };

			header = false;
			ncols = n;
			for (i = 0; i < n; i++) {
				char *t = text_of(cells[i]);

				if (!t)
					return leges_error_set(LEGES_ENOMEM, "out of memory");
				map[i] = column_of(t);
				if (map[i] >= 0 && seen[map[i]]) {
					rc = add_problem(ria, LEGES_RIA_PROB_TABLE, cells[i], "column '%s' appears twice", t);
					map[i] = -1;
				} else if (map[i] >= 0) {
					seen[map[i]] = true;
				}
				free(t);
				if (rc)
					return rc;
			}
			for (c = 0; c < NCOLS && !rc; c++)
				if (columns[c].required && !seen[c])
					rc = add_problem(ria, LEGES_RIA_PROB_TABLE, tr,
							 "the SKM table has no column '%s'", col_label[c]);
			if (rc)
				return rc;
			for (c = 0; c < NCOLS; c++)
				if (columns[c].required && !seen[c]) {
					ria->table = NULL;	/* unreadable: no figures */
					return 0;
				}
			continue;
		}
		memset(&r, 0, sizeof(r));
		if (n != ncols)
			rc = add_problem(ria, LEGES_RIA_PROB_TABLE, tr, "row has %zu cells but the header has %zu", n, ncols);
		for (i = 0; i < n && i < ncols && !rc; i++)
			if (map[i] >= 0) {
				r.cell[map[i]] = cells[i];
				r.text[map[i]] = text_of(cells[i]);
				if (!r.text[map[i]])
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			}
		for (c = 0; c < NCOLS && !rc; c++)
			if (!r.text[c] && !(r.text[c] = strdup("")))
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		if (!rc && (!r.cell[COL_ID] || !*r.text[COL_ID])) {
			rc = add_problem(ria, LEGES_RIA_PROB_TABLE, tr, "row has no id");
		} else if (!rc) {
			/* A row with the id of an earlier one is another activity of that obligation. */
			uintptr_t k = (uintptr_t)xmlHashLookup(ria->ids, (const xmlChar *)r.text[COL_ID]);

			rc = k ? add_activity(ria, &ria->obl[k - 1], &r) : new_obligation(ria, &r);
		}
		row_release(&r);
	}
	return rc;
}

static struct leges_ria_total *group_total(struct leges_ria *ria, const char *key)
{
	struct leges_ria_totals *t = &ria->totals;
	struct leges_ria_total *v;
	char *folded;
	uintptr_t k;
	size_t i;

	/* Target groups fold ASCII case: "Ondernemingen" is "ondernemingen". */
	folded = strdup(key);
	if (!folded)
		return NULL;
	for (i = 0; folded[i]; i++)
		if (folded[i] >= 'A' && folded[i] <= 'Z')
			folded[i] = (char)(folded[i] - 'A' + 'a');
	k = (uintptr_t)xmlHashLookup(ria->groups, (const xmlChar *)folded);
	if (k) {
		free(folded);
		return &t->groups[k - 1];
	}
	if (grow((void **)&t->groups, &ria->cap_groups, t->ngroups + 1, sizeof(*v)) ||
	    xmlHashAddEntry(ria->groups, (const xmlChar *)folded, (void *)(uintptr_t)(t->ngroups + 1)) < 0) {
		free(folded);
		return NULL;
	}
	free(folded);
	v = t->groups + t->ngroups;
	memset(v, 0, sizeof(*v));
	v->key = strdup(key);
	if (!v->key)
		return NULL;
	t->ngroups++;
	return v;
}

static void add_to(struct leges_ria_total *t, const struct leges_ria_obligation *o)
{
	t->ac_cents += o->ac_cents;
	t->ab_cents += o->ab_cents;
	t->count++;
}

static int compute(struct leges_ria *ria)
{
	struct leges_ria_totals *t = &ria->totals;
	size_t i, k;
	int rc;

	for (k = 0; k < LEGES_RIA_NORIGINS; k++)
		t->origins[k].key = strdup(leges_ria_origin_name((enum leges_ria_origin)k));
	for (k = 0; k < LEGES_RIA_NKINDS; k++)
		t->kinds[k].key = strdup(leges_ria_kind_name((enum leges_ria_kind)k));
	for (k = 0; k < LEGES_RIA_NORIGINS; k++)
		if (!t->origins[k].key)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (k = 0; k < LEGES_RIA_NKINDS; k++)
		if (!t->kinds[k].key)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < ria->nobl; i++) {
		struct leges_ria_obligation *o = &ria->obl[i];
		struct leges_ria_total *g;
		int64_t *prices;
		wide oneoff, price;

		if (!o->valid)
			continue;
		prices = calloc(o->nacts, sizeof(*prices));
		if (!prices)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		for (k = 0; k < o->nacts; k++)
			prices[k] = o->acts[k].price_e4;
		rc = leges_ria_cost(prices, o->nacts, o->n, o->f_e4, o->bau_e4, &o->ac_cents, &o->ab_cents);
		/* P of the obligation: every activity's P is below 2 x 10^16, and so is their sum when AC fits. */
		for (k = 0, price = 0; !rc && k < o->nacts; k++)
			price += prices[k];
		free(prices);
		if (!rc && price / LEGES_RIA_SCALE > WIDE_INT64_MAX)
			rc = LEGES_EINVAL;
		o->price_cents = rc ? 0 : (int64_t)wdiv_round(price, LEGES_RIA_SCALE);
		o->q_e4 = o->n * o->f_e4;	/* at most 10^9 x 10^9 */
		oneoff = (wide)o->oneoff_cents * o->n;
		if (rc || oneoff > WIDE_INT64_MAX / 2) {
			o->valid = false;
			rc = add_problem(ria, LEGES_RIA_PROB_RANGE, o->row, "the figures of %s are too large to compute",
					 o->id);
			if (rc)
				return rc;
			continue;
		}
		o->oneoff_total_cents = (int64_t)oneoff;
		o->oneoff_annual_cents = leges_ria_annualise(o->oneoff_total_cents, ria->opts.rate_e4, ria->opts.years);
		g = group_total(ria, o->group);
		if (!g)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		add_to(g, o);
		add_to(&t->origins[o->origin], o);
		add_to(&t->kinds[o->kind], o);
		t->ac_cents += o->ac_cents;
		t->ab_cents += o->ab_cents;
		t->count++;
		t->oneoff_cents += o->oneoff_total_cents;
		t->oneoff_annual_cents += o->oneoff_annual_cents;
	}
	/*
	 * The net change of the compensation rule, as the issue and RULES.md 2B
	 * define it: new burden less removed burden.  Changed obligations are
	 * reported in their own total (kinds[CHANGED]) for the drafter to weigh.
	 */
	t->net_ab_cents = t->kinds[LEGES_RIA_NEW].ab_cents - t->kinds[LEGES_RIA_REMOVED].ab_cents;
	return 0;
}

int leges_ria_analyse(struct leges_ria **out, const struct leges_doc *doc, xmlNode *node,
		      const struct leges_doc *draft, const struct leges_ria_opts *opts)
{
	struct leges_ria *ria;
	xmlNode *n;
	int rc;

	*out = NULL;
	ria = calloc(1, sizeof(*ria));
	if (!ria)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	ria->doc = doc;
	ria->node = node;
	ria->draft = draft;
	ria->opts.rate_e4 = opts ? opts->rate_e4 : 300;
	ria->opts.years = opts ? opts->years : 10;
	ria->ids = xmlHashCreate(64);
	ria->groups = xmlHashCreate(16);
	if (!ria->ids || !ria->groups) {
		leges_ria_free(ria);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	find_sections(ria);
	rc = find_options(ria);
	for (n = node->children; n && !rc && !ria->table; n = next_el(n, node, true))
		if (is_el(n, "table") && has_class(n, "skm"))
			ria->table = n;
	if (!rc && !ria->table)
		rc = add_problem(ria, LEGES_RIA_PROB_TABLE, node,
				 "the RIA has no <table class=\"skm\"> of information obligations");
	else if (!rc)
		rc = read_table(ria);
	if (!rc)
		rc = compute(ria);
	if (rc) {
		leges_ria_free(ria);
		return rc;
	}
	*out = ria;
	return 0;
}

void leges_ria_free(struct leges_ria *ria)
{
	size_t i, k;

	if (!ria)
		return;
	for (i = 0; i < ria->nobl; i++) {
		struct leges_ria_obligation *o = &ria->obl[i];

		for (k = 0; k < o->nacts; k++)
			free(o->acts[k].name);
		free(o->acts);
		free(o->id);
		free(o->description);
		free(o->group);
		free(o->eid);
	}
	free(ria->obl);
	for (i = 0; i < ria->nprobs; i++)
		free(ria->probs[i].message);
	free(ria->probs);
	free(ria->options);
	for (i = 0; i < ria->totals.ngroups; i++)
		free(ria->totals.groups[i].key);
	free(ria->totals.groups);
	xmlHashFree(ria->ids, NULL);
	xmlHashFree(ria->groups, NULL);
	for (k = 0; k < LEGES_RIA_NORIGINS; k++)
		free(ria->totals.origins[k].key);
	for (k = 0; k < LEGES_RIA_NKINDS; k++)
		free(ria->totals.kinds[k].key);
	free(ria);
}

/* --- the text of the draft --------------------------------------------------- */

#define GOV "(?:de\\s+|het\\s+)?(?:vlaamse\\s+regering|regering|(?:vlaamse\\s+)?minister|departement|agentschap|" \
	    "toezichthouder|(?:beoordelings)?commissie|(?:vlaamse\\s+)?overheid|administratie|ombudsdienst)"

enum pat { PAT_VERB, PAT_MODAL, PAT_GOV_START, PAT_GOV_END, PAT_GOV_AFTER, PAT_MINORS,
	   PAT_F2, PAT_F4, PAT_F12, PAT_F52, PAT_F1, NPATS };

static const char *const pattern_src[NPATS] = {
	[PAT_VERB] =
		"\\b(?:meldt|registreert|rapporteert|bezorgt|bewaart|indient|aanvraagt|bijhoudt|kennisgeeft"
		"|dient\\b[^.;:]{0,80}?\\bin\\b(?!\\s+(?:de|het|een)\\b)"
		"|vraagt\\b[^.;:]{0,80}?\\baan\\b(?!\\s+(?:de|het|een|hem|haar|hen)\\b)"
		"|houdt\\b[^.;:]{0,80}?\\bbij\\b(?!\\s+(?:de|het|een)\\b)"
		"|geeft\\b[^.;:]{0,80}?\\bkennis\\b"
		"|(?<inf>melden|registreren|rapporteren|bezorgen|bewaren|indienen|aanvragen|bijhouden|kennisgeven))\\b",
	[PAT_MODAL] = "\\b(?:moet|moeten|verplicht|dient|dienen|gehouden)\\b",
	[PAT_GOV_START] = "^\\s*" GOV "\\b",
	[PAT_GOV_END] = GOV "\\s*$",
	[PAT_GOV_AFTER] = "^\\s+(?:de|het)\\s+" GOV "\\b",
	[PAT_MINORS] = "\\b(?:kinderen|kind|jongeren|jongere|minderjarigen?|jeugdigen?|leerlingen|scholieren|"
		       "kleuters|tieners|enfants|jeunes|mineurs|children|minors|young\\s+people)\\b",
	[PAT_F2] = "\\b(?:halfjaarlijkse?|(?:twee\\s*(?:keer|maal)|tweemaal)\\s+per\\s+jaar)\\b",
	[PAT_F4] = "\\b(?:driemaandelijkse?|(?:per|elk|ieder)\\s+kwartaal|vier\\s*(?:keer|maal)\\s+per\\s+jaar)\\b",
	[PAT_F12] = "\\b(?:maandelijkse?|(?:elke|iedere)\\s+maand|twaalf\\s*(?:keer|maal)\\s+per\\s+jaar)\\b",
	[PAT_F52] = "\\b(?:wekelijkse?|(?:elke|iedere)\\s+week)\\b",
	[PAT_F1] = "\\b(?:jaarlijkse?|(?:elk|ieder)\\s+jaar|(?:(?:één|een|1)\\s*(?:keer|maal)|eenmaal)\\s+per\\s+jaar)\\b",
};

static pcre2_code *patterns[NPATS];
static pthread_once_t patterns_once = PTHREAD_ONCE_INIT;
static bool patterns_ok;

static void compile_patterns(void)
{
	int i, err;
	PCRE2_SIZE off;

	for (i = 0; i < NPATS; i++) {
		patterns[i] = pcre2_compile((PCRE2_SPTR)pattern_src[i], PCRE2_ZERO_TERMINATED,
					    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
		if (!patterns[i])
			return;
		pcre2_jit_compile(patterns[i], PCRE2_JIT_COMPLETE);	/* the interpreter is the fallback */
	}
	patterns_ok = true;
}

static int get_patterns(void)
{
	pthread_once(&patterns_once, compile_patterns);
	return patterns_ok ? 0 : leges_error_set(LEGES_EINTERNAL, "a RIA pattern does not compile");
}

/* Match pattern p in text[0, len) from start; 1 with *s,*e set, 0, or < 0. */
static int match(enum pat p, const char *text, size_t len, size_t start, pcre2_match_data *md, size_t *s, size_t *e)
{
	int rc = pcre2_match(patterns[p], (PCRE2_SPTR)text, len, start, PCRE2_NO_UTF_CHECK, md, NULL);
	PCRE2_SIZE *ov;

	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return leges_error_set(LEGES_EINTERNAL, "pattern matching failed (%d)", rc);
	ov = pcre2_get_ovector_pointer(md);
	if (s)
		*s = ov[0];
	if (e)
		*e = ov[1];
	return 1;
}

long leges_ria_minors(const char *text, size_t len)
{
	pcre2_match_data *md;
	size_t s = 0;
	int rc;

	if (get_patterns())
		return -1;
	md = pcre2_match_data_create_from_pattern(patterns[PAT_MINORS], NULL);
	if (!md)
		return -1;
	rc = match(PAT_MINORS, text, len, 0, md, &s, NULL);
	pcre2_match_data_free(md);
	return rc == 1 ? (long)s : -1;
}

int64_t leges_ria_text_frequency(const char *text, char *word, size_t wordsize)
{
	static const struct { enum pat p; int64_t f; } freqs[] = {
		{ PAT_F2, 2 }, { PAT_F4, 4 }, { PAT_F12, 12 }, { PAT_F52, 52 }, { PAT_F1, 1 },
	};
	pcre2_match_data *md;
	size_t i, s, e, len = strlen(text);
	int64_t f = 0;

	if (get_patterns())
		return 0;
	md = pcre2_match_data_create(4, NULL);
	if (!md)
		return 0;
	for (i = 0; i < sizeof(freqs) / sizeof(freqs[0]) && !f; i++)
		if (match(freqs[i].p, text, len, 0, md, &s, &e) == 1) {
			f = freqs[i].f * LEGES_RIA_SCALE;
			if (word)
				snprintf(word, wordsize, "%.*s", (int)(e - s), text + s);
		}
	pcre2_match_data_free(md);
	return f;
}

static bool in_attachment(const xmlNode *n)
{
	for (; n; n = n->parent)
		if (is_el(n, "attachment") || is_el(n, "attachments"))
			return true;
	return false;
}

static bool has_def(const xmlNode *block)
{
	const xmlNode *n;

	for (n = block->children; n; n = next_el((xmlNode *)n, block, true))
		if (is_el(n, "def"))
			return true;
	return false;
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

/* How far around a verb its clause is read: a subject stands close to its verb. */
#define CLAUSE_WINDOW 300

/* Move i forward to the start of a UTF-8 character. */
static size_t char_start(const char *text, size_t i, size_t len)
{
	while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
		i++;
	return i;
}

/*
 * Is the verb at [s, e) of run text an obligation on someone other than an
 * authority?  Only a bounded window around the verb is read, so that the
 * whole scan stays linear in the length of the text.
 */
static int is_duty(const char *text, size_t len, size_t s, bool infinitive, pcre2_match_data *md)
{
	size_t lo = s > CLAUSE_WINDOW ? s - CLAUSE_WINDOW : 0, cs = s, ve = s, hi;
	int r;

	while (cs > lo && !strchr(".;:", text[cs - 1]))
		cs--;
	cs = char_start(text, cs, s);
	while (ve < len && text[ve] != ' ')
		ve++;
	hi = ve + CLAUSE_WINDOW < len ? ve + CLAUSE_WINDOW : len;
	while (hi > ve && hi < len && ((unsigned char)text[hi] & 0xC0) == 0x80)
		hi--;
	if (infinitive) {
		r = match(PAT_MODAL, text + cs, s - cs, 0, md, NULL, NULL);
		if (r <= 0)
			return r;
	}
	if ((r = match(PAT_GOV_START, text + cs, s - cs, 0, md, NULL, NULL)) ||
	    (r = match(PAT_GOV_END, text + cs, s - cs, 0, md, NULL, NULL)) ||
	    (r = match(PAT_GOV_AFTER, text + ve, hi - ve, 0, md, NULL, NULL)))
		return r < 0 ? r : 0;
	return 1;
}

int leges_ria_duties(struct leges_ria_duty **out, size_t *nout, struct leges_doc *draft)
{
	struct leges_ria_duty *v = NULL;
	pcre2_match_data *md = NULL;
	size_t i, n = 0, cap = 0;
	int rc;

	*out = NULL;
	*nout = 0;
	if ((rc = get_patterns()) || (rc = leges_doc_text_runs(draft)))
		return rc;
	md = pcre2_match_data_create(8, NULL);
	if (!md)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < draft->nruns && !rc; i++) {
		const struct leges_textrun *run = &draft->runs[i];
		const char *bn = run->name;
		size_t start = 0, s, e;

		if (!run->in_body || !strcmp(bn, "num") || !strcmp(bn, "heading") || !strcmp(bn, "subheading") ||
		    in_attachment(run->block) || has_def(run->block))
			continue;
		for (;;) {
			PCRE2_SIZE *ov;
			bool inf;
			int m, d;

			m = match(PAT_VERB, run->text, run->len, start, md, &s, &e);
			if (m <= 0) {
				rc = m;
				break;
			}
			ov = pcre2_get_ovector_pointer(md);
			inf = ov[2] != PCRE2_UNSET;
			start = e > s ? e : s + 1;
			d = is_duty(run->text, run->len, s, inf, md);
			if (d < 0) {
				rc = d;
				break;
			}
			if (!d)
				continue;
			if ((rc = grow((void **)&v, &cap, n + 1, sizeof(*v))))
				break;
			v[n].run = run;
			v[n].off = s;
			v[n].len = e - s;
			v[n].eid = nearest_eid(draft, run->block);
			n++;
		}
	}
	pcre2_match_data_free(md);
	if (rc < 0) {
		free(v);
		return rc;
	}
	*out = v;
	*nout = n;
	return 0;
}

/* --- for the rules ----------------------------------------------------------- */

int leges_ria_of_ctx(struct leges_ria **out, struct leges_check_ctx *ctx)
{
	xmlNode *node = leges_ria_find(ctx->doc);
	const struct leges_doc *draft;

	*out = NULL;
	if (!node)
		return 0;
	draft = node == ctx->doc->main ? ctx->opts->draft : ctx->doc;
	return leges_ria_analyse(out, ctx->doc, node, draft, NULL);
}

void leges_ria_draft_ctx(struct leges_check_ctx *out, const struct leges_check_ctx *ctx,
			 const struct leges_ria *ria)
{
	*out = *ctx;
	out->doc = (struct leges_doc *)ria->draft;
}

static bool inside(const xmlNode *n, const xmlNode *top)
{
	for (; n; n = n->parent)
		if (n == top)
			return true;
	return false;
}

xmlNode *leges_ria_draft_node(const struct leges_ria *ria, const char *eid)
{
	xmlNode *n;

	if (!ria->draft || !eid)
		return NULL;
	n = leges_doc_find_eid(ria->draft, 0, eid);
	return n && !inside(n, ria->node) ? n : NULL;
}

char *leges_ria_text(const xmlNode *node)
{
	return text_of(node);
}
