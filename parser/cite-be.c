/*
 * cite-be.c - Belgian act citations -> type and date (RULES.md 1C BE-CITE,
 * with the French counterpart the catalogue describes).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pcre2.h>

#include "parser/cite-be.h"
#include "parser/error.h"
#include "parser/cite-scan.h"

static const char pattern[] =
	"(?i)(?<![\\p{L}\\d])(?:"
	"(?<tn>bijzondere\\s+wet|programmawet|wet|decreet|ordonnantie|koninklijk\\s+besluit|ministerieel\\s+besluit"
	"|besluit\\s+van\\s+de\\s+Vlaamse\\s+Regering|[\\p{L}-]+decreet|Codex\\s+[\\p{L} ]+?)"
	"(?<nn>(?:\\s+[\\p{L}-]+){0,3}?)\\s+van\\s+(?<dn>\\d{1,2}|1\\s?(?:ste|er))\\s+"
	"(?<mn>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
	"\\s+(?<yn>\\d{4})"
	"|(?<tf>loi\\s+sp[ée]ciale|loi-programme|loi|d[ée]cret|ordonnance|arr[êe]t[ée]\\s+royal"
	"|arr[êe]t[ée]\\s+minist[ée]riel|arr[êe]t[ée]\\s+du\\s+Gouvernement\\s+flamand)"
	"(?<nf>(?:\\s+[\\p{L}-]+){0,3}?)\\s+du\\s+(?<df>\\d{1,2}|1\\s?er)\\s+"
	"(?<mf>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
	"\\s+(?<yf>\\d{4})"
	")(?!\\d)";

static struct {
	pthread_once_t once;
	pcre2_code *re;
} pat = { PTHREAD_ONCE_INIT, NULL };

static void init(void)
{
	int err;
	PCRE2_SIZE off;

	pat.re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
			       PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);
	if (pat.re)
		(void)pcre2_jit_compile(pat.re, PCRE2_JIT_COMPLETE);
}

void leges_be_cites_release(struct leges_be_cites *c)
{
	free(c->v);
	memset(c, 0, sizeof(*c));
}

static bool group(pcre2_match_data *md, const char *name, size_t *s, size_t *e)
{
	int n = pcre2_substring_number_from_name(pat.re, (PCRE2_SPTR)name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

	if (n < 0 || ov[2 * n] == PCRE2_UNSET)
		return false;
	*s = ov[2 * n];
	*e = ov[2 * n + 1];
	return true;
}

/* Month number of a Dutch or French month name (its first letters suffice). */
static int month(const char *s, size_t n)
{
	static const char *const nl[] = { "jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
					  "nov", "dec" };
	static const char *const fr[] = { "jan", "f", "mar", "avr", "mai", "juin", "juil", "ao", "sep", "oct",
					  "nov", "d" };
	int i;

	for (i = 0; i < 12; i++)
		if (n >= 3 && !strncasecmp(s, nl[i], 3))
			return i + 1;
	/* French: the longest matching prefix wins ("juil" before "juin"). */
	if (n >= 4 && !strncasecmp(s, "juil", 4))
		return 7;
	for (i = 0; i < 12; i++)
		if (n >= strlen(fr[i]) && !strncasecmp(s, fr[i], strlen(fr[i])))
			return i + 1;
	return 0;
}

/* Copy s[0, n) to dst with runs of white space as one space, lower case ASCII. */
static void squeeze(char *dst, size_t size, const char *s, size_t n, bool lower)
{
	size_t o = 0, i;
	bool space = false;

	for (i = 0; i < n && o + 1 < size; i++) {
		char ch = s[i];

		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
			space = o > 0;
			continue;
		}
		if (space && o + 2 < size)
			dst[o++] = ' ';
		space = false;
		dst[o++] = lower && ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
	}
	dst[o] = '\0';
}

/* The type segment of a Belgian ELI for a normalised type, or NULL. */
static const char *eli_type(const char *type)
{
	size_t n = strlen(type);

	if (!strcmp(type, "wet") || !strcmp(type, "bijzondere wet") || !strcmp(type, "programmawet"))
		return "wet";
	if (!strncmp(type, "loi", 3))
		return "loi";
	if (n >= 7 && !strcmp(type + n - 7, "decreet"))
		return "decreet";
	if (!strcmp(type, "d\xc3\xa9" "cret") || !strcmp(type, "decret"))
		return "decret";
	if (!strcmp(type, "ordonnantie"))
		return "ordonnantie";
	if (!strcmp(type, "ordonnance"))
		return "ordonnance";
	if (strstr(type, "besluit"))
		return "besluit";
	if (!strncmp(type, "arr", 3))
		return "arrete";
	return NULL;
}

int leges_cite_be_find(struct leges_be_cites *out, const char *text, size_t len)
{
	pcre2_match_data *md;
	size_t pos = 0;
	int rc = 0;

	pthread_once(&pat.once, init);
	if (!pat.re)
		return leges_error_set(LEGES_EINTERNAL, "cannot build the Belgian citation pattern");
	/* Every citation ends in a month name and a year: text without one is skipped. */
	if (!leges_cite_scan_month_year(text, len))
		return 0;
	md = pcre2_match_data_create_from_pattern(pat.re, NULL);
	if (!md)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	while (pos < len) {
		struct leges_be_cite c;
		PCRE2_SIZE *ov;
		size_t ts, te, ns, ne, ds, de, ms, me, ys, ye;
		bool fr;
		int d, mo, y;
		const char *tl;

		if (pcre2_match(pat.re, (PCRE2_SPTR)text, len, pos, 0, md, NULL) < 0)
			break;
		ov = pcre2_get_ovector_pointer(md);
		memset(&c, 0, sizeof(c));
		c.start = ov[0];
		c.end = ov[1];
		pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		fr = !group(md, "tn", &ts, &te);
		if (fr)
			group(md, "tf", &ts, &te);
		group(md, fr ? "nf" : "nn", &ns, &ne);
		group(md, fr ? "df" : "dn", &ds, &de);
		group(md, fr ? "mf" : "mn", &ms, &me);
		group(md, fr ? "yf" : "yn", &ys, &ye);
		d = text[ds] == '1' && (de - ds > 2 || (de - ds == 2 && !(text[ds + 1] >= '0' && text[ds + 1] <= '9'))) ?
			    1 : atoi(text + ds);
		mo = month(text + ms, me - ms);
		y = atoi(text + ys);
		if (d < 1 || d > 31 || !mo || y < 1800 || y > 2199)
			continue;
		c.lang = fr ? 'f' : 'n';
		/* The type in lower case ("bestuursdecreet"), but a codex keeps its name. */
		squeeze(c.type, sizeof(c.type), text + ts, te - ts, strncasecmp(text + ts, "codex", 5) != 0);
		if (!strncmp(c.type, "besluit van de vlaamse regering", 31))
			memcpy(c.type, "besluit van de Vlaamse Regering", 31);
		if (!strncmp(c.type, "arr\xc3\xaat\xc3\xa9 du gouvernement flamand", 31))
			memcpy(c.type + 12, "Gouvernement", 12);
		squeeze(c.name, sizeof(c.name), text + ns, ne - ns, false);
		{
			char date[32];	/* y, mo and d are in range: the date is 10 bytes */

			snprintf(date, sizeof(date), "%04d-%02d-%02d", y, mo, d);
			memcpy(c.date, date, sizeof(c.date) - 1);
		}
		tl = eli_type(c.type);
		if (tl)
			snprintf(c.eli, sizeof(c.eli), "http://www.ejustice.just.fgov.be/eli/%s/%04d/%02d/%02d", tl, y,
				 mo, d);
		if (out->n == out->cap) {
			size_t cap = out->cap ? out->cap * 2 : 8;
			struct leges_be_cite *v = realloc(out->v, cap * sizeof(*v));

			if (!v) {
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
			out->v = v;
			out->cap = cap;
		}
		out->v[out->n++] = c;
	}
	pcre2_match_data_free(md);
	return rc;
}
