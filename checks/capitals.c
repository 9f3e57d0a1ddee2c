/* capitals.c - words in capitals and undefined abbreviations (see capitals.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "checks/capitals.h"
#include "checks/draft.h"
#include "parser/num.h"

static const char hierna_re[] = "\\bhierna(?:\\s*:|\\s+(?:te\\s+noemen\\s*:?)?)\\s*(?:de\\s+|het\\s+)?[\"“]?(\\p{Lu}[\\p{Lu}\\d-]+)";
static const char paren_re[] = "\\((\\p{Lu}[\\p{Lu}\\d-]+)\\)";

static const char *const known[] = {
	"AVG", "BS", "BTW", "CEN", "CENELEC", "CELEX", "EEG", "EER", "EG", "EGKS", "ELI", "EN", "ETSI", "EU",
	"EVA", "IEC", "ISO", "KBO", "NBN",
	"NUMAC", "RIA", "SKM", "UE", "VN", NULL
};

static bool is_known(const char *t)
{
	int i;

	for (i = 0; known[i]; i++)
		if (!strcmp(known[i], t))
			return true;
	return false;
}

/* Letters of a token, counted as UTF-8 characters. */
static size_t letters(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && s[i] != '-' && !(s[i] >= '0' && s[i] <= '9'))
			k++;
	return k;
}

/* A capital letter at p: ASCII A-Z, or a Latin-1 capital in UTF-8 (À-Þ but ×); its length, or 0. */
static size_t capital(const char *p, const char *e)
{
	const unsigned char *u = (const unsigned char *)p;

	if (u[0] >= 'A' && u[0] <= 'Z')
		return 1;
	if (e - p >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97)
		return 2;
	return 0;
}

/* A letter or digit at p: ASCII, or a Latin letter in UTF-8 (lead byte C3-C5); its length, or 0. */
static size_t wordch_at(const char *p, const char *e)
{
	const unsigned char *u = (const unsigned char *)p;

	if ((u[0] >= 'a' && u[0] <= 'z') || (u[0] >= 'A' && u[0] <= 'Z') || (u[0] >= '0' && u[0] <= '9'))
		return 1;
	if (e - p >= 2 && u[0] >= 0xC3 && u[0] <= 0xC5 && (u[1] & 0xC0) == 0x80)
		return 2;
	return 0;
}

/* True when the character before s[i] is a letter or digit. */
static bool word_before(const char *s, size_t i)
{
	size_t k = i;

	if (!i)
		return false;
	while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == i)
		k = i - 1;
	else if (k > 0)
		k--;
	return wordch_at(s + k, s + i) > 0;
}

/*
 * The next token written in capitals in s[off..len): two or more capitals,
 * with digits and inner hyphens, as a whole word ("VLAIO", "EU", "CO2-NORM";
 * "HT" in "HT-tutkinto").  By hand rather than with a pattern: it runs over
 * every byte of the act.
 */
static bool next_token(const char *s, size_t len, size_t off, size_t *ms, size_t *me)
{
	const char *e = s + len;
	size_t i = off;

	while (i < len) {
		size_t k, caps = 0, n, hy = 0, hycaps = 0;

		if (!capital(s + i, e) || word_before(s, i)) {
			i++;
			continue;
		}
		for (k = i; k < len;) {
			if ((n = capital(s + k, e))) {
				caps++;
				k += n;
			} else if (s[k] >= '0' && s[k] <= '9') {
				k++;
			} else if (s[k] == '-' && k + 1 < len && (capital(s + k + 1, e) || (s[k + 1] >= '0' && s[k + 1] <= '9'))) {
				hy = k;
				hycaps = caps;
				k++;
			} else {
				break;
			}
		}
		/*
		 * Followed by a lower-case letter: a capitalised word, not a token,
		 * unless capitals end before a hyphen ("CAF" in "CAF-Development").
		 */
		if (k < len && wordch_at(s + k, e)) {
			if (hy && hycaps >= 2 && (s[hy - 1] < '0' || s[hy - 1] > '9')) {
				*ms = i;
				*me = hy;
				return true;
			}
			while (k < len && (n = wordch_at(s + k, e)))
				k += n;
			i = k;
			continue;
		}
		if (caps >= 2 && (s[k - 1] < '0' || s[k - 1] > '9')) {
			*ms = i;
			*me = k;
			return true;
		}
		i = k > i ? k : i + 1;
	}
	return false;
}

/* Abbreviations the document defines: "hierna X te noemen", "(X)", and defined terms. */
static int collect_defined(struct leges_doc *doc, const struct leges_draft *d, xmlHashTablePtr set)
{
	size_t r, i;

	for (r = 0; r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		const char *patterns[2] = { hierna_re, paren_re };
		int p;

		for (p = 0; p < 2; p++) {
			size_t off = 0, ms, me;

			/* Most blocks define nothing: look for the pattern only where it can be. */
			if (p == 0 ? !strstr(run->text, "ierna") : !memchr(run->text, '(', run->len))
				continue;

			while (leges_match_at(patterns[p], run->text, run->len, off, &ms, &me)) {
				const char *t = run->text + ms;
				size_t a = 0, b = me - ms;
				char tok[64];

				/* The group is the last run of capitals in the match. */
				while (b > 0 && (t[b - 1] == ')' || t[b - 1] == '"'))
					b--;
				for (a = b; a > 0 && t[a - 1] != ' ' && t[a - 1] != '(' && t[a - 1] != '"' &&
				     (unsigned char)t[a - 1] != 0x9c; a--)
					;
				if (b > a && b - a < sizeof(tok)) {
					memcpy(tok, t + a, b - a);
					tok[b - a] = '\0';
					xmlHashAddEntry(set, (const xmlChar *)tok, (void *)1);
				}
				off = me > ms ? me : ms + 1;
			}
		}
	}
	for (i = 0; i < d->ndefs; i++)
		xmlHashAddEntry(set, (const xmlChar *)d->defs[i].term, (void *)1);
	return 0;
}

/* --- what both rules read, worked out once per document ------------------------------------ */

struct caps_doc {
	struct caps_token { size_t run, ms, me; } *tok;	/* every token in capitals of the body, in order */
	size_t ntok;
	xmlHashTablePtr twins;		/* folded tokens of 4+ letters that the body also writes in lower case */
	xmlHashTablePtr defined;	/* abbreviations the document defines */
};

static const char caps_key;	/* its address keys the analysis in the doc's caches */

static void caps_doc_free(void *p)
{
	struct caps_doc *c = p;

	free(c->tok);
	xmlHashFree(c->twins, NULL);
	xmlHashFree(c->defined, NULL);
	free(c);
}

/*
 * The twins: the words of the body written in lower case (accents folded)
 * that are also written as a token in capitals.  Only words that start like
 * such a token are folded and looked up.
 */
static int find_twins(struct leges_doc *doc, xmlHashTablePtr caps, const bool first[256], xmlHashTablePtr twins)
{
	size_t r, i;
	int rc = 0;

	for (r = 0; r < doc->nruns && !rc; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t start = 0;
		bool lower = true, ascii = true;

		if (!run->in_body)
			continue;
		for (i = 0; i <= run->len && !rc; i++) {
			unsigned char c = i < run->len ? (unsigned char)run->text[i] : ' ';
			bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;

			if (letter) {
				if (c >= 'A' && c <= 'Z')
					lower = false;
				if (c >= 0x80)
					ascii = false;
				continue;
			}
			if (lower && i - start >= 4 && i - start < 64 && first[(unsigned char)run->text[start]]) {
				char buf[64];

				/* A word in lower-case ASCII is its own folded form. */
				if (ascii) {
					memcpy(buf, run->text + start, i - start);
					buf[i - start] = '\0';
				} else {
					leges_fold_into(buf, run->text + start, i - start);
				}
				if (xmlHashLookup(caps, (const xmlChar *)buf) && !xmlHashLookup(twins, (const xmlChar *)buf) &&
				    xmlHashAddEntry(twins, (const xmlChar *)buf, (void *)1))
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			}
			start = i + 1;
			lower = true;
			ascii = true;
		}
	}
	return rc;
}

static int caps_doc_build(struct leges_doc *doc, const struct leges_draft *d, struct caps_doc *c)
{
	xmlHashTablePtr caps = xmlHashCreate(64);
	bool first[256] = { false };
	size_t r, cap = 0, k;
	int rc = 0;

	c->defined = xmlHashCreate(32);
	c->twins = xmlHashCreate(64);
	if (!caps || !c->defined || !c->twins) {
		xmlHashFree(caps, NULL);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	rc = collect_defined(doc, d, c->defined);
	/* One pass over the body for the tokens in capitals. */
	for (r = 0; r < doc->nruns && !rc; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t off = 0, ms, me;

		if (!run->in_body)
			continue;
		while (!rc && next_token(run->text, run->len, off, &ms, &me)) {
			if (c->ntok == cap) {
				struct caps_token *g = realloc(c->tok, (cap ? cap * 2 : 64) * sizeof(*g));

				if (!g) {
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
					break;
				}
				c->tok = g;
				cap = cap ? cap * 2 : 64;
			}
			c->tok[c->ntok].run = r;
			c->tok[c->ntok].ms = ms;
			c->tok[c->ntok].me = me;
			c->ntok++;
			off = me;
		}
	}
	/* The long ones, folded: the words that may have a twin in lower case. */
	for (k = 0; k < c->ntok && !rc; k++) {
		const char *t = doc->runs[c->tok[k].run].text + c->tok[k].ms;
		size_t n = c->tok[k].me - c->tok[k].ms;
		char buf[64];

		if (n >= sizeof(buf) || letters(t, n) < 4)
			continue;
		first[(unsigned char)t[0] >= 'A' && (unsigned char)t[0] <= 'Z' ? (unsigned char)t[0] + 32 : (unsigned char)t[0]] = true;
		leges_fold_into(buf, t, n);
		if (!xmlHashLookup(caps, (const xmlChar *)buf) && xmlHashAddEntry(caps, (const xmlChar *)buf, (void *)1))
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	if (!rc && xmlHashSize(caps))
		rc = find_twins(doc, caps, first, c->twins);
	xmlHashFree(caps, NULL);
	return rc;
}

static int caps_doc_get(struct leges_doc *doc, const struct caps_doc **out)
{
	const struct leges_draft *d;
	struct caps_doc *c;
	int rc;

	*out = leges_doc_cache_get(doc, &caps_key);
	if (*out)
		return 0;
	rc = leges_draft_get(doc, &d);
	if (!rc)
		rc = leges_doc_text_runs(doc);
	if (rc)
		return rc;
	c = calloc(1, sizeof(*c));
	if (!c)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	rc = caps_doc_build(doc, d, c);
	if (!rc)
		rc = leges_doc_cache_put(doc, &caps_key, c, caps_doc_free);
	if (rc) {
		caps_doc_free(c);
		return rc;
	}
	*out = c;
	return 0;
}

int leges_caps_scan(struct leges_check_ctx *ctx, enum leges_caps_mode mode)
{
	struct leges_doc *doc = ctx->doc;
	const struct caps_doc *c;
	xmlHashTablePtr reported = NULL;
	size_t k = 0;
	int rc;

	rc = caps_doc_get(doc, &c);
	if (rc)
		return rc;
	reported = xmlHashCreate(32);
	if (!reported)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	/* The tokens run by run, as they stand in the text. */
	while (!rc && k < c->ntok) {
		size_t r = c->tok[k].run;
		const struct leges_textrun *run = &doc->runs[r];
		size_t prev_end = (size_t)-1, seq_start = 0, seq_len = 0;
		bool seq_long = false;

		for (; !rc && k < c->ntok && c->tok[k].run == r; k++) {
			size_t ms = c->tok[k].ms, me = c->tok[k].me, n = me - ms;
			char tok[64], lower[64];
			bool word;

			if (n >= sizeof(tok) || leges_roman_value(run->text + ms, n))
				continue;
			/* After a number it is a unit: "5 MW", "20 kWh". */
			if (ms >= 2 && run->text[ms - 1] == ' ' && run->text[ms - 2] >= '0' && run->text[ms - 2] <= '9')
				continue;
			memcpy(tok, run->text + ms, n);
			tok[n] = '\0';
			/* A sequence of capitals: "HET AGENTSCHAP". */
			if (prev_end != (size_t)-1 && ms == prev_end + 1 && run->text[prev_end] == ' ') {
				seq_len++;
			} else {
				if (mode == LEGES_CAPS_WORDS && seq_len >= 2 && seq_long)
					rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, seq_start), run->block,
							      "write words in lower case, not in capitals");
				seq_start = ms;
				seq_len = 1;
				seq_long = false;
			}
			prev_end = me;
			if (letters(tok, n) >= 4)
				seq_long = true;
			/* A lower-case twin elsewhere in the act: a word in capitals, not an abbreviation. */
			leges_fold_into(lower, tok, n);
			word = letters(tok, n) >= 4 && xmlHashLookup(c->twins, (const xmlChar *)lower);
			if (mode == LEGES_CAPS_WORDS) {
				if (!rc && word && seq_len == 1 && !(me < run->len && run->text[me] == ' ' &&
								     me + 1 < run->len && run->text[me + 1] >= 'A' &&
								     run->text[me + 1] <= 'Z'))
					rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, ms), run->block,
							      "write '%s' in lower case, not in capitals", tok);
				continue;
			}
			/* The first of a run of capitals ("ALGEMENE BEPALINGEN") is a word, not an abbreviation. */
			if (me + 2 < run->len && run->text[me] == ' ' && run->text[me + 1] >= 'A' && run->text[me + 1] <= 'Z' &&
			    run->text[me + 2] >= 'A' && run->text[me + 2] <= 'Z')
				continue;
			if (word || seq_len >= 2 || is_known(tok) || xmlHashLookup(c->defined, (const xmlChar *)tok) ||
			    xmlHashLookup(reported, (const xmlChar *)tok))
				continue;
			xmlHashAddEntry(reported, (const xmlChar *)tok, (void *)1);
			rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, ms), run->block,
					      "the abbreviation '%s' is not defined: write it out at first use, followed by "
					      "'(%s)' or 'hierna %s te noemen', or define it", tok, tok, tok);
		}
		if (!rc && mode == LEGES_CAPS_WORDS && seq_len >= 2 && seq_long)
			rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, seq_start), run->block,
					      "write words in lower case, not in capitals");
	}
	xmlHashFree(reported, NULL);
	return rc;
}
