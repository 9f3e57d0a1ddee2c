/*
 * cite-eu.c - EU act citations -> CELEX and ELI (RULES.md 3B, 3C).
 *
 * One pattern finds the leftmost citation: an EUR-Lex address, an ELI, a
 * CELEX number, or a type word followed by a number in one of the written
 * forms.  After a citation with a type word, an anchored pattern picks up
 * the further numbers of a list ("2009/28/EG en 2012/27/EU").
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pcre2.h>

#include "parser/cite-eu.h"
#include "parser/error.h"
#include "parser/cite-scan.h"

#define DOMS "EU,\\s*Euratom|UE,\\s*Euratom|EU|EG|EC|CE|UE|EEG|EEC|CEE|Euratom|EGKS|ECSC|CECA|GBVB|CFSP|PESC"
#define DOMS2 DOMS "|JBZ|JHA|JAI"
#define NR "(?:nr\\.?|No\\.?|no\\.|n\\s?°|n[or]\\.)"

/*
 * The number forms, shared by the main and the list pattern.  Group names
 * end in a digit so that the two copies stay distinct.
 */
#define NUMBER(s) \
	"(?:\\((?<dom1" s ">" DOMS ")\\)\\s*(?:(?<nr1" s ">" NR ")\\s*)?(?<a1" s ">\\d{1,4})\\s?/\\s?(?<b1" s ">\\d{2,4})(?![\\d/])" \
	"|(?<yr2" s ">\\d{4}|\\d{2})/(?<num2" s ">\\d{1,4})/(?<dom2" s ">" DOMS2 ")(?![\\p{L}\\d])" \
	"|" NR "\\s*(?<num3" s ">\\d{1,4})/(?<yr3" s ">\\d{4}|\\d{2})(?:/(?<dom3" s ">" DOMS2 "))?(?![\\p{L}\\d/])" \
	"|(?<a4" s ">(?:19[5-9]\\d|20\\d\\d))/(?<b4" s ">\\d{1,4})(?![\\d/])" \
	")"

/* Type words: NL, FR, EN; singular and plural. */
#define TYPE \
	"(?<type>(?i)(?:" \
	"(?:gedelegeerde?\\s+|uitvoerings)?(?:kader)?(?:richtlijn|verordening|besluit)(?:en)?" \
	"|(?:commission\\s+|council\\s+)?(?:delegated\\s+|implementing\\s+)?(?:framework\\s+)?" \
	"(?:directive|regulation|decision)s?" \
	"|(?:directive|r[eè]glement|d[ée]cision)s?(?:-cadres?)?(?:\\s+(?:d[ée]l[ée]gu[ée]e?s?|d['’]ex[ée]cution))?" \
	"))"

static const char main_pattern[] =
	"(?<url>https?://eur-lex\\.europa\\.eu/[\\w/?=&.;%:#()+-]{0,300}?CELEX(?::|%3[Aa])(?<ucx>3\\d{4}[LRDF]\\d{4})"
	"[\\w/?=&.;%:#()+-]{0,300})"
	"|(?<eli>https?://(?:data|eur-lex)\\.europa\\.eu/eli/(?<etd>dir|reg|dec|dec_framw)(?<esub>_impl|_del)?"
	"/(?<ey>\\d{4})/(?<en>\\d{1,5})(?!\\d)(?:/(?:oj|\\d{4}-\\d{2}-\\d{2}|corrigendum/\\d{4}-\\d{2}-\\d{2}/oj))?"
	"(?:/[a-z]{3}(?![a-z]))?)"
	"|(?<cxw>\\bCELEX\\s*(?::|nr\\.?|no\\.?)?\\s*)?(?<cx>(?<![\\w/])3(?:19[5-9]\\d|20\\d\\d)[LRDF]\\d{4}(?!\\w))"
	"|(?<![\\p{L}\\d])" TYPE "\\s+" NUMBER("");

static const char list_pattern[] =
	"(?:\\s*,\\s*(?:(?:en|and|et|of|or|ou)\\s+)?|\\s+(?:en|and|et|of|or|ou)\\s+)(?:de\\s+|la\\s+|le\\s+|the\\s+)?"
	NUMBER("x");

static const char amend_pattern[] =
	"(?i)^\\s*,?\\s*(?:\\(?(?:laatst\\s+|zoals\\s+|as\\s+(?:last\\s+)?|tel(?:le)?\\s+qu['’]\\s*)?"
	"(?:gewijzigd\\s+(?:bij|door)|amended\\s+by|modifi[ée]e?\\s+par)"
	"(?:\\s+(?:de|het|la|le|the))?\\s*)$";

static struct {
	pthread_once_t once;
	pcre2_code *main, *list, *amend;
	int rc;
} pat = { PTHREAD_ONCE_INIT, NULL, NULL, NULL, 0 };

static pcre2_code *compile(const char *src, uint32_t extra)
{
	pcre2_code *re;
	int err;
	PCRE2_SIZE off;

	re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
			   PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | extra, &err, &off, NULL);
	if (re)
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);	/* without JIT it still works */
	return re;
}

static void init(void)
{
	pat.main = compile(main_pattern, 0);
	pat.list = compile(list_pattern, PCRE2_ANCHORED);
	pat.amend = compile(amend_pattern, 0);
	if (!pat.main || !pat.list || !pat.amend)
		pat.rc = LEGES_EINTERNAL;
}

void leges_eu_cites_release(struct leges_eu_cites *c)
{
	free(c->v);
	memset(c, 0, sizeof(*c));
}

const char *leges_eu_kind_name(char kind)
{
	switch (kind) {
	case 'L': return "directive";
	case 'R': return "regulation";
	case 'F': return "framework decision";
	default: return "decision";
	}
}

/* Bytes [*s, *e) of group name, or false when it did not take part. */
static bool group(const pcre2_code *re, pcre2_match_data *md, const char *name, size_t *s, size_t *e)
{
	int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

	if (n < 0 || (uint32_t)n >= pcre2_get_ovector_count(md) || ov[2 * n] == PCRE2_UNSET)
		return false;
	*s = ov[2 * n];
	*e = ov[2 * n + 1];
	return true;
}

static long num_at(const char *text, size_t s, size_t e)
{
	long v = 0;

	for (; s < e && v < 100000; s++)
		if (text[s] >= '0' && text[s] <= '9')
			v = v * 10 + (text[s] - '0');
	return v;
}

static bool has_word(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w), i;

	for (i = 0; i + wl <= n; i++)
		if (!strncasecmp(s + i, w, wl))
			return true;
	return false;
}

/* Kind, sub-type and language from the type word as written. */
static void read_type(struct leges_eu_cite *c, const char *t, size_t n)
{
	if (has_word(t, n, "kader") || has_word(t, n, "cadre") || has_word(t, n, "framework"))
		c->kind = 'F';
	else if (has_word(t, n, "richtlijn") || has_word(t, n, "directive"))
		c->kind = 'L';
	else if (has_word(t, n, "verordening") || has_word(t, n, "glement") || has_word(t, n, "regulation"))
		c->kind = 'R';
	else
		c->kind = 'D';
	if (has_word(t, n, "uitvoering") || has_word(t, n, "implementing") || has_word(t, n, "cution"))
		c->sub = 'i';
	else if (has_word(t, n, "gedelegeerd") || has_word(t, n, "delegated") ||
		 has_word(t, n, "l\xc3\xa9gu") || has_word(t, n, "delegu"))
		c->sub = 'd';
	if (has_word(t, n, "richtlijn") || has_word(t, n, "verordening") || has_word(t, n, "besluit"))
		c->lang = 'n';
	else if (has_word(t, n, "\xc3\xa8") || has_word(t, n, "\xc3\xa9") || has_word(t, n, "reglement") ||
		 has_word(t, n, "cadre"))
		c->lang = 'f';
	else if (has_word(t, n, "regulation") || has_word(t, n, "commission") || has_word(t, n, "council") ||
		 has_word(t, n, "implementing") || has_word(t, n, "delegated") || has_word(t, n, "framework"))
		c->lang = 'e';
	else
		c->lang = 0;	/* "Directive", "decision": French or English; the domain may tell */
}

static void set_domain(struct leges_eu_cite *c, const char *text, size_t s, size_t e)
{
	size_t n = e - s;

	if (n >= sizeof(c->domain))
		n = sizeof(c->domain) - 1;
	memcpy(c->domain, text + s, n);
	c->domain[n] = '\0';
	if (!c->lang) {
		if (!strcmp(c->domain, "UE") || !strcmp(c->domain, "CE") || !strcmp(c->domain, "CEE") ||
		    !strcmp(c->domain, "JAI") || !strcmp(c->domain, "PESC") || !strncmp(c->domain, "UE,", 3))
			c->lang = 'f';
		else if (!strcmp(c->domain, "EC") || !strcmp(c->domain, "EEC") || !strcmp(c->domain, "JHA") ||
			 !strcmp(c->domain, "CFSP"))
			c->lang = 'e';
	}
}

/*
 * The number forms of a match made with NUMBER(sfx).  Returns false when the
 * numbers make no act (a year out of range, a number 0).
 */
static bool read_number(struct leges_eu_cite *c, const pcre2_code *re, pcre2_match_data *md, const char *text,
			const char *sfx)
{
	char name[16];
	size_t s, e, s2, e2, ds, de;
	long a, b;

#define G(base) (snprintf(name, sizeof(name), "%s%s", base, sfx), name)
	if (group(re, md, G("a1"), &s, &e)) {
		group(re, md, G("b1"), &s2, &e2);
		group(re, md, G("dom1"), &ds, &de);
		set_domain(c, text, ds, de);
		a = num_at(text, s, e);
		b = num_at(text, s2, e2);
		if (group(re, md, G("nr1"), &ds, &de)) {
			c->form = LEGES_EU_FORM_NR;
			c->number = (unsigned)a;
			c->year = (int)b;
		} else if (e - s == 4 && a >= 1952 && a <= 2099 && !(e2 - s2 == 4 && b >= 1952 && b <= 2099)) {
			/* Year first: right from 2015 on, the reversed sloppy form before. */
			c->form = a >= 2015 ? LEGES_EU_FORM_POST2015 : LEGES_EU_FORM_REVERSED;
			c->year = (int)a;
			c->number = (unsigned)b;
		} else if (e - s == 4 && a >= 2015 && a <= 2099) {
			c->form = LEGES_EU_FORM_POST2015;
			c->year = (int)a;
			c->number = (unsigned)b;
		} else {
			c->number = (unsigned)a;
			c->year = (int)b;
			if (e2 - s2 == 4 && b >= 2015)
				c->form = LEGES_EU_FORM_REVERSED;
			else
				c->form = LEGES_EU_FORM_PAREN_NO_NR;
		}
	} else if (group(re, md, G("yr2"), &s, &e)) {
		group(re, md, G("num2"), &s2, &e2);
		group(re, md, G("dom2"), &ds, &de);
		set_domain(c, text, ds, de);
		c->year = (int)num_at(text, s, e);
		c->number = (unsigned)num_at(text, s2, e2);
		c->form = LEGES_EU_FORM_SUFFIX;
	} else if (group(re, md, G("num3"), &s, &e)) {
		group(re, md, G("yr3"), &s2, &e2);
		c->number = (unsigned)num_at(text, s, e);
		c->year = (int)num_at(text, s2, e2);
		if (group(re, md, G("dom3"), &ds, &de)) {
			set_domain(c, text, ds, de);
			c->form = LEGES_EU_FORM_NR_SUFFIX;
		} else {
			/* "verordening nr. 1408/71" is EU; "besluit nr. 12/2020" is not. */
			c->form = LEGES_EU_FORM_NO_DOMAIN;
			if (c->kind != 'R')
				return false;
		}
	} else if (group(re, md, G("a4"), &s, &e)) {
		group(re, md, G("b4"), &s2, &e2);
		c->year = (int)num_at(text, s, e);
		c->number = (unsigned)num_at(text, s2, e2);
		c->form = LEGES_EU_FORM_NO_DOMAIN;
		/* A bare "YYYY/N" is EU only after "richtlijn" or "verordening" and their kin. */
		if (c->kind == 'D' || c->kind == 'F')
			return false;
	} else {
		return false;
	}
#undef G
	if (c->year < 100)
		c->year += 1900;	/* two-digit years only occur before 1999 */
	return c->year >= 1952 && c->year <= 2099 && c->number > 0;
}

static void make_ids(struct leges_eu_cite *c)
{
	const char *td = c->kind == 'L' ? "dir" : c->kind == 'R' ? "reg" : c->kind == 'F' ? "dec_framw" : "dec";
	const char *sub = c->sub == 'i' ? "_impl" : c->sub == 'd' ? "_del" : "";

	if (c->kind == 'F')
		sub = "";
	snprintf(c->celex, sizeof(c->celex), "3%04d%c%04u", c->year, c->kind, c->number % 10000);
	snprintf(c->eli, sizeof(c->eli), "http://data.europa.eu/eli/%s%s/%d/%u/oj", td, sub, c->year, c->number);
}

static int push(struct leges_eu_cites *out, const struct leges_eu_cite *c)
{
	if (out->n == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 8;
		struct leges_eu_cite *v = realloc(out->v, cap * sizeof(*v));

		if (!v)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		out->v = v;
		out->cap = cap;
	}
	out->v[out->n++] = *c;
	return 0;
}

/* An identifier written out: EUR-Lex address, ELI or CELEX. */
static bool read_identifier(struct leges_eu_cite *c, pcre2_match_data *md, const char *text)
{
	size_t s, e, s2, e2;

	if (group(pat.main, md, "ucx", &s, &e) || group(pat.main, md, "cx", &s, &e)) {
		c->form = group(pat.main, md, "url", &s2, &e2) ? LEGES_EU_FORM_URL : LEGES_EU_FORM_CELEX;
		c->year = (int)num_at(text, s + 1, s + 5);
		c->kind = text[s + 5];
		c->number = (unsigned)num_at(text, s + 6, e);
		c->num_start = s;
		c->num_end = e;
		/* An address ends before the punctuation that follows it in a sentence. */
		while (c->form == LEGES_EU_FORM_URL && c->end > e && strchr(".,;:)", text[c->end - 1]))
			c->end--;
		return c->number > 0;
	}
	if (!group(pat.main, md, "eli", &s, &e))
		return false;
	c->form = LEGES_EU_FORM_ELI;
	c->num_start = s;
	c->num_end = e;
	group(pat.main, md, "etd", &s, &e);
	c->kind = text[s + 1] == 'i' ? 'L' : text[s + 1] == 'e' && text[s + 2] == 'g' ? 'R' :
		  e - s > 3 ? 'F' : 'D';
	if (group(pat.main, md, "esub", &s, &e))
		c->sub = text[s + 1] == 'i' ? 'i' : 'd';
	group(pat.main, md, "ey", &s, &e);
	c->year = (int)num_at(text, s, e);
	group(pat.main, md, "en", &s, &e);
	c->number = (unsigned)num_at(text, s, e);
	return c->number > 0 && c->number < 100000;
}

/* "Richtlijn X, gewijzigd bij Richtlijn Y": Y amends X. */
static long amended(const struct leges_eu_cites *out, size_t first, const char *text, size_t start,
		    pcre2_match_data *md)
{
	const struct leges_eu_cite *prev;
	int rc;

	if (out->n <= first)
		return -1;
	prev = &out->v[out->n - 1];
	if (start - prev->end > 80)
		return -1;
	rc = pcre2_match(pat.amend, (PCRE2_SPTR)text + prev->end, start - prev->end, 0, 0, md, NULL);
	if (rc < 0)
		return -1;
	/* The head of an amended chain is what the first link amends. */
	return prev->amends >= 0 && out->v[prev->amends].end <= prev->start ? prev->amends : (long)(out->n - 1);
}

/*
 * Every citation has a '/' in its number, or is a CELEX number (digits and a
 * descriptor letter): text with neither is skipped without running the
 * pattern, which keeps long documents cheap.
 */
static bool may_cite(const char *text, size_t len)
{
	size_t i, e;

	if (memchr(text, '/', len))
		return true;
	for (i = leges_cite_scan_digits(text, len, 0, &e); i < len; i = leges_cite_scan_digits(text, len, e, &e))
		if (e - i >= 5 && e < len && (text[e] == 'L' || text[e] == 'R' || text[e] == 'D' || text[e] == 'F'))
			return true;
	return false;
}

int leges_cite_eu_find(struct leges_eu_cites *out, const char *text, size_t len)
{
	pcre2_match_data *md = NULL, *lmd = NULL;
	size_t pos = 0, first = out->n;
	int rc = 0, m;

	pthread_once(&pat.once, init);
	if (pat.rc)
		return leges_error_set(pat.rc, "cannot build the EU citation patterns");
	if (!may_cite(text, len))
		return 0;
	md = pcre2_match_data_create_from_pattern(pat.main, NULL);
	lmd = pcre2_match_data_create_from_pattern(pat.list, NULL);
	if (!md || !lmd) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	while (pos < len && !rc) {
		struct leges_eu_cite c;
		PCRE2_SIZE *ov;
		size_t ts, te;

		/* A further citation lies wholly after pos: the same test tells whether there can be one. */
		if (pos > 0 && !may_cite(text + pos, len - pos))
			break;
		m = pcre2_match(pat.main, (PCRE2_SPTR)text, len, pos, 0, md, NULL);
		if (m < 0)
			break;	/* no more matches, or a match limit: keep what we have */
		ov = pcre2_get_ovector_pointer(md);
		memset(&c, 0, sizeof(c));
		c.start = ov[0];
		c.end = ov[1];
		c.amends = -1;
		pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		if (group(pat.main, md, "type", &ts, &te)) {
			read_type(&c, text + ts, te - ts);
			c.num_start = te;
			for (;;) {	/* white space, no-break space included */
				if (c.num_start < c.end && strchr(" \t\n\r", text[c.num_start]))
					c.num_start++;
				else if (c.num_start + 1 < c.end && !memcmp(text + c.num_start, "\xc2\xa0", 2))
					c.num_start += 2;
				else if (c.num_start + 2 < c.end && !memcmp(text + c.num_start, "\xe2\x80\xaf", 3))
					c.num_start += 3;
				else
					break;
			}
			c.num_end = c.end;
			if (!read_number(&c, pat.main, md, text, ""))
				continue;
		} else if (!read_identifier(&c, md, text)) {
			continue;
		}
		if (c.year < 1952 || c.year > 2099)
			continue;
		make_ids(&c);
		c.amends = amended(out, first, text, c.start, md);
		if ((rc = push(out, &c)))
			break;
		if (c.form == LEGES_EU_FORM_ELI || c.form == LEGES_EU_FORM_CELEX || c.form == LEGES_EU_FORM_URL)
			continue;
		/* Further members of a list: "2009/28/EG en 2012/27/EU". */
		for (;;) {
			struct leges_eu_cite l = c;
			PCRE2_SIZE *lov;

			m = pcre2_match(pat.list, (PCRE2_SPTR)text, len, pos, 0, lmd, NULL);
			if (m < 0)
				break;
			lov = pcre2_get_ovector_pointer(lmd);
			memset(l.domain, 0, sizeof(l.domain));
			l.lang = c.lang;
			if (!read_number(&l, pat.list, lmd, text, "x"))
				break;
			/* The numbers start after the separator: find the first digit or "(". */
			l.num_start = lov[0];
			while (l.num_start < lov[1] && text[l.num_start] != '(' &&
			       !(text[l.num_start] >= '0' && text[l.num_start] <= '9') &&
			       strncmp(text + l.num_start, "nr", 2) && strncmp(text + l.num_start, "n\xc2\xb0", 3) &&
			       strncmp(text + l.num_start, "No", 2))
				l.num_start++;
			l.start = l.num_start;
			l.end = l.num_end = lov[1];
			l.list_member = true;
			make_ids(&l);
			if ((rc = push(out, &l)))
				break;
			pos = lov[1];
		}
	}
out:
	pcre2_match_data_free(md);
	pcre2_match_data_free(lmd);
	return rc;
}

/* The domain tag for an act adopted on date (or in year), in lang. */
static const char *domain_for(char lang, int year, const char *date, const char *written)
{
	static const char *const tags[3][3] = {
		{ "EEG", "EG", "EU" }, { "CEE", "CE", "UE" }, { "EEC", "EC", "EU" },
	};
	int l = lang == 'f' ? 1 : lang == 'e' ? 2 : 0, era;

	if (date && strlen(date) >= 10)
		era = strcmp(date, "1993-11-01") < 0 ? 0 : strcmp(date, "2009-12-01") < 0 ? 1 : 2;
	else if (year == 1993)	/* either: keep the era written */
		era = !strcmp(written, "EEG") || !strcmp(written, "EEC") || !strcmp(written, "CEE") ? 0 : 1;
	else if (year == 2009)
		era = !strcmp(written, "EU") || !strcmp(written, "UE") ? 2 : 1;
	else
		era = year < 1993 ? 0 : year < 2009 ? 1 : 2;
	return tags[l][era];
}

/* True for the tags that follow the EEG/EG/EU eras (not Euratom, JBZ ...). */
static bool community_domain(const char *d)
{
	static const char *const tags[] = { "", "EEG", "EG", "EU", "CEE", "CE", "UE", "EEC", "EC" };
	size_t i;

	for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (!strcmp(d, tags[i]))
			return true;
	return false;
}

char *leges_eu_cite_canonical(char *buf, size_t size, const struct leges_eu_cite *c, char lang, const char *date)
{
	const char *dom = community_domain(c->domain) ? domain_for(lang, c->year, date, c->domain) : c->domain;
	const char *nr = lang == 'f' ? "n\xc2\xb0" : lang == 'e' ? "No" : "nr.";
	bool post2015 = date && strlen(date) >= 10 ? strcmp(date, "2015-01-01") >= 0 : c->year >= 2015;
	char year[8];

	/* Acts before 1999 are numbered with a two-digit year: 93/13/EEG, nr. 1408/71. */
	snprintf(year, sizeof(year), c->year < 1999 ? "%02d" : "%d", c->year < 1999 ? c->year % 100 : c->year);

	if (post2015)
		snprintf(buf, size, "(%s) %d/%u", dom, c->year, c->number);
	else if (c->kind == 'R')
		snprintf(buf, size, "(%s) %s %u/%s", dom, nr, c->number, year);
	else if (c->form == LEGES_EU_FORM_NR_SUFFIX && c->kind == 'D')
		snprintf(buf, size, "%s %u/%s/%s", nr, c->number, year, dom);
	else
		snprintf(buf, size, "%s/%u/%s", year, c->number, dom);
	return buf;
}
