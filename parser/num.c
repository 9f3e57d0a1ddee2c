/* num.c - provision numbers (see num.h). */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "num.h"

/* Designations that may precede a number, longest first where they share a start. */
static const char *const designations[] = {
	"Onderafdeling", "Afdeling", "Hoofdstuk", "Artikel", "Article", "Artikel", "Articolo",
	"Artículo", "Art.", "Art", "Titel", "Title", "Titre", "Titolo", "Boek", "Book", "Livre",
	"Deel", "Part", "Partie", "Teil", "Chapter", "Chapitre", "Kapitel", "Capo", "Capítulo",
	"Sous-section", "Subsection", "Section", "Sezione", "Sección", "Sec.", "Abschnitt",
	"Unterabschnitt", "Paragraph", "Paragraaf", "Regulation", "Rule", "Clause", "Schedule",
	"Bijlage", "Annexe", "Annex", "Anhang", "Anlage", "Punt", "Point", "Item", "Lid", "§§", "§",
	NULL
};

static const struct { const char *word; int rank; } latin[] = {
	{ "bis", 2 }, { "ter", 3 }, { "quater", 4 }, { "quinquies", 5 }, { "sexies", 6 },
	{ "septies", 7 }, { "octies", 8 }, { "novies", 9 }, { "nonies", 9 }, { "decies", 10 },
	{ "undecies", 11 }, { "duodecies", 12 }, { "terdecies", 13 }, { "quaterdecies", 14 },
	{ "quinquies decies", 15 }, { "quindecies", 15 }, { "sexdecies", 16 }, { "septdecies", 17 },
	{ "octodecies", 18 }, { "novodecies", 19 }, { "vicies", 20 }, { NULL, 0 }
};

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* U+00A0 NO-BREAK SPACE and U+202F NARROW NO-BREAK SPACE count as spaces. */
static size_t space_at(const char *p, const char *e)
{
	if (p < e && is_space((unsigned char)*p))
		return 1;
	if (e - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
		return 2;
	if (e - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    (unsigned char)p[2] == 0xAF)
		return 3;
	return 0;
}

static const char *skip_spaces(const char *p, const char *e)
{
	size_t n;

	while ((n = space_at(p, e)))
		p += n;
	return p;
}

long leges_roman_value(const char *s, size_t len)
{
	static const char digits[] = "ivxlcdm";
	static const int values[] = { 1, 5, 10, 50, 100, 500, 1000 };
	long total = 0;
	int prev = 0;
	size_t i;
	char canon[32];
	size_t n = 0;

	if (!len || len > 15)
		return 0;
	for (i = len; i-- > 0;) {
		const char *d = strchr(digits, tolower((unsigned char)s[i]));
		int v;

		if (!d || !*d)
			return 0;
		v = values[d - digits];
		if (v < prev)
			total -= v;
		else
			total += v;
		if (v > prev)
			prev = v;
	}
	if (total <= 0 || total >= 4000)
		return 0;
	/* Accept only the canonical spelling of the value. */
	{
		static const struct { int v; const char *s; } t[] = {
			{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" },
			{ 90, "xc" }, { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" },
			{ 5, "v" }, { 4, "iv" }, { 1, "i" }
		};
		long v = total;
		size_t k;

		for (k = 0; k < sizeof(t) / sizeof(t[0]); k++)
			while (v >= t[k].v && n + strlen(t[k].s) < sizeof(canon)) {
				memcpy(canon + n, t[k].s, strlen(t[k].s));
				n += strlen(t[k].s);
				v -= t[k].v;
			}
	}
	if (n != len)
		return 0;
	for (i = 0; i < len; i++)
		if (tolower((unsigned char)s[i]) != canon[i])
			return 0;
	return total;
}

static long letter_value(const char *s, size_t len)
{
	size_t i;

	if (!len || len > 3)
		return 0;
	for (i = 0; i < len; i++)
		if (tolower((unsigned char)s[i]) != tolower((unsigned char)s[0]) || !isalpha((unsigned char)s[i]))
			return 0;
	/* a..z, then aa..zz, then aaa..zzz */
	return (long)(len - 1) * 26 + (tolower((unsigned char)s[0]) - 'a' + 1);
}

/* Build the eId number part from the number text (RULES.md 4A). */
static void make_ident(struct leges_num *out, const char *p, const char *e)
{
	size_t n = 0;

	while (p < e && (*p == '(' || *p == '[' || space_at(p, e)))
		p += space_at(p, e) ? space_at(p, e) : 1;
	/* Trailing ". ° ) : ] ," and spaces. */
	for (;;) {
		if (e > p && (e[-1] == '.' || e[-1] == ')' || e[-1] == ':' || e[-1] == ']' ||
			      e[-1] == ',' || is_space((unsigned char)e[-1])))
			e--;
		else if (e - p >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xB0)
			e -= 2;	/* ° */
		else if (e - p >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
			e -= 2;
		else
			break;
	}
	while (p < e && n + 1 < sizeof(out->ident)) {
		size_t sp = space_at(p, e);

		if (sp) {
			p += sp;
			continue;
		}
		if (e - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xB0) {
			p += 2;	/* "2°/1" -> "2-1" */
			continue;
		}
		out->ident[n++] = (*p == '.' || *p == '/') ? '-' : *p;
		p++;
	}
	out->ident[n] = '\0';
	/* French "1er" and "premier" are 1. */
	if (!strcmp(out->ident, "1er") || !strcmp(out->ident, "premier"))
		strcpy(out->ident, "1");
}

static int match_latin(const char *p, const char *e, size_t *used)
{
	int i, best = 0;
	size_t best_len = 0;

	for (i = 0; latin[i].word; i++) {
		size_t n = strlen(latin[i].word);

		if ((size_t)(e - p) >= n && !strncasecmp(p, latin[i].word, n) && n > best_len &&
		    (p + n == e || !isalpha((unsigned char)p[n]))) {
			best = latin[i].rank;
			best_len = n;
		}
	}
	*used = best_len;
	return best;
}

enum leges_num_kind leges_num_parse(struct leges_num *out, const char *text, size_t len)
{
	const char *p = text, *e = text + len, *q;
	size_t i;

	memset(out, 0, sizeof(*out));
	p = skip_spaces(p, e);
	while (e > p && space_at(e - 1, e))
		e--;
	if (p == e)
		return LEGES_NUM_NONE;

	/* "Enig artikel", "Article unique", "Einziger Artikel". */
	if (((size_t)(e - p) >= 12 && !strncasecmp(p, "enig artikel", 12)) ||
	    ((size_t)(e - p) >= 14 && !strncasecmp(p, "article unique", 14)) ||
	    ((size_t)(e - p) >= 13 && !strncasecmp(p, "sole article", 12))) {
		out->kind = LEGES_NUM_UNIQUE;
		out->designated = true;
		out->base = 1;
		strcpy(out->ident, "1");
		return out->kind;
	}
	for (i = 0; designations[i]; i++) {
		size_t n;

		/* Most numbers start with a digit or a letter no designation starts with. */
		if (tolower((unsigned char)*p) != tolower((unsigned char)designations[i][0]))
			continue;
		n = strlen(designations[i]);
		if ((size_t)(e - p) > n && !strncasecmp(p, designations[i], n) &&
		    (space_at(p + n, e) || designations[i][n - 1] == '.' || !strcmp(designations[i], "§") ||
		     !strcmp(designations[i], "§§"))) {
			size_t l = n < sizeof(out->label) ? n : sizeof(out->label) - 1;

			memcpy(out->label, p, l);
			out->label[l] = '\0';
			if (l && out->label[l - 1] == '.')
				out->label[l - 1] = '\0';
			out->designated = true;
			p = skip_spaces(p + n, e);
			break;
		}
	}
	if (p == e)
		return LEGES_NUM_NONE;
	if ((size_t)(e - p) >= 7 && !strncasecmp(p, "premier", 7)) {
		out->kind = LEGES_NUM_ARABIC;
		out->base = 1;
		out->full_first = true;
		strcpy(out->ident, "1");
		return out->kind;
	}
	make_ident(out, p, e);
	if (*p == '(' || *p == '[')
		p = skip_spaces(p + 1, e);

	if (isdigit((unsigned char)*p)) {
		long v = 0;

		for (; p < e && isdigit((unsigned char)*p); p++)
			if (v < 100000000)
				v = v * 10 + (*p - '0');
		out->base = v;
		out->kind = LEGES_NUM_ARABIC;
		if (e - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xB0)
			p += 2;	/* 1° */
		if (e - p >= 2 && p[0] == 'e' && p[1] == 'r' && (e - p == 2 || !isalpha((unsigned char)p[2])))
			p += 2;	/* 1er */
		/* Dotted codex numbers: 1.1.0.0.1 (but "5." is just 5). */
		if (p < e - 1 && *p == '.' && isdigit((unsigned char)p[1])) {
			out->kind = LEGES_NUM_DOTTED;
			return out->kind;
		}
		q = skip_spaces(p, e);
		if (q < e && isalpha((unsigned char)*q)) {
			size_t used = 0;
			int rank = match_latin(q, e, &used);

			if (rank) {
				out->latin = rank;
				p = q + used;
				/* "37vicies semel" */
				q = skip_spaces(p, e);
				if ((size_t)(e - q) >= 5 && !strncasecmp(q, "semel", 5)) {
					out->latin = 21;
					p = q + 5;
				}
			} else if (q == p && (q + 1 == e || !isalpha((unsigned char)q[1]))) {
				out->suffix = tolower((unsigned char)*q) - 'a' + 1;	/* 12A */
				p++;
			}
		}
		while (p < e && *p == '/' && p + 1 < e && isdigit((unsigned char)p[1]) &&
		       out->nsub < LEGES_NUM_MAXSUB) {
			long s = 0;

			for (p++; p < e && isdigit((unsigned char)*p); p++)
				if (s < 100000000)
					s = s * 10 + (*p - '0');
			out->sub[out->nsub++] = s;
		}
		if (out->base == 1 && out->designated && !out->latin && !out->nsub &&
		    (!strcasecmp(out->label, "Artikel") || !strcasecmp(out->label, "Article")))
			out->full_first = true;
		return out->kind;
	}
	if (isalpha((unsigned char)*p)) {
		const char *w = p;
		size_t n;

		while (p < e && isalpha((unsigned char)*p))
			p++;
		n = (size_t)(p - w);
		/* "III.122" codex numbers */
		if (p < e - 1 && *p == '.' && isalnum((unsigned char)p[1])) {
			out->kind = LEGES_NUM_DOTTED;
			return out->kind;
		}
		out->roman = leges_roman_value(w, n);
		out->letter = letter_value(w, n);
		if (!out->roman && !out->letter)
			return LEGES_NUM_NONE;
		out->kind = out->letter ? LEGES_NUM_LETTER : LEGES_NUM_ROMAN;
		out->base = out->letter ? out->letter : out->roman;
		if (out->kind == LEGES_NUM_ROMAN && p < e) {
			size_t used = 0;
			int rank = match_latin(skip_spaces(p, e), e, &used);

			if (rank)
				out->latin = rank;
		}
		while (p < e && *p == '/' && p + 1 < e && isdigit((unsigned char)p[1]) &&
		       out->nsub < LEGES_NUM_MAXSUB) {
			long s = 0;

			for (p++; p < e && isdigit((unsigned char)*p); p++)
				if (s < 100000000)
					s = s * 10 + (*p - '0');
			out->sub[out->nsub++] = s;
		}
		return out->kind;
	}
	return LEGES_NUM_NONE;
}

void leges_numkey_set(struct leges_numkey *out, const struct leges_num *n, const char *ident)
{
	int i;

	memset(out, 0, sizeof(*out));
	out->base = n->base;
	out->ident = ident;
	for (i = 0; i < n->nsub; i++)
		out->sub[i] = (int)n->sub[i];
	out->roman = (int)n->roman;
	out->letter = (int)n->letter;
	out->latin = (short)n->latin;
	out->suffix = (short)n->suffix;
	out->nsub = (unsigned char)n->nsub;
	out->kind = (unsigned char)n->kind;
	out->designated = n->designated;
	out->full_first = n->full_first;
}

bool leges_numkey_is_insertion(const struct leges_numkey *n)
{
	return n->latin || n->suffix || n->nsub;
}

long leges_numkey_value(const struct leges_numkey *n, bool as_roman)
{
	if (as_roman && n->roman)
		return n->roman;
	return n->base;
}

int leges_numkey_cmp(const struct leges_numkey *a, const struct leges_numkey *b, bool as_roman)
{
	long va = leges_numkey_value(a, as_roman), vb = leges_numkey_value(b, as_roman);
	int i;

	if (va != vb)
		return va < vb ? -1 : 1;
	if (a->latin != b->latin)
		return a->latin < b->latin ? -1 : 1;
	if (a->suffix != b->suffix)
		return a->suffix < b->suffix ? -1 : 1;
	for (i = 0; i < LEGES_NUM_MAXSUB; i++) {
		long sa = i < a->nsub ? a->sub[i] : -1, sb = i < b->nsub ? b->sub[i] : -1;

		if (sa != sb)
			return sa < sb ? -1 : 1;
	}
	return 0;
}

/* The full numbers are ordered as their keys are: one comparison to keep right. */
bool leges_num_is_insertion(const struct leges_num *n)
{
	struct leges_numkey k;

	leges_numkey_set(&k, n, n->ident);
	return leges_numkey_is_insertion(&k);
}

long leges_num_value(const struct leges_num *n, bool as_roman)
{
	struct leges_numkey k;

	leges_numkey_set(&k, n, n->ident);
	return leges_numkey_value(&k, as_roman);
}

int leges_num_cmp(const struct leges_num *a, const struct leges_num *b, bool as_roman)
{
	struct leges_numkey ka, kb;

	leges_numkey_set(&ka, a, a->ident);
	leges_numkey_set(&kb, b, b->ident);
	return leges_numkey_cmp(&ka, &kb, as_roman);
}
