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

/*
 * The words of the body written in lower case (accents folded) that may be
 * the twin of a token in capitals: first is the set of their first letters.
 */
static void collect_lowercase(struct leges_doc *doc, xmlHashTablePtr set, const bool first[256])
{
	size_t r, i;

	for (r = 0; r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t start = 0;
		bool lower = true;

		if (!run->in_body)
			continue;
		for (i = 0; i <= run->len; i++) {
			unsigned char c = i < run->len ? (unsigned char)run->text[i] : ' ';
			bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;

			if (letter) {
				if (c >= 'A' && c <= 'Z')
					lower = false;
				continue;
			}
			if (lower && i - start >= 4 && i - start < 64 && first[(unsigned char)run->text[start]]) {
				char *w = leges_fold(run->text + start, i - start);

				if (w && xmlHashLookup(set, (const xmlChar *)w) == NULL)
					xmlHashAddEntry(set, (const xmlChar *)w, (void *)1);
				free(w);
			}
			start = i + 1;
			lower = true;
		}
	}
}

int leges_caps_scan(struct leges_check_ctx *ctx, enum leges_caps_mode mode)
{
	struct leges_doc *doc = ctx->doc;
	const struct leges_draft *d;
	xmlHashTablePtr defined = NULL, reported = NULL, lowercase = NULL;
	size_t r;
	int rc;

	rc = leges_draft_get(doc, &d);
	if (!rc)
		rc = leges_doc_text_runs(doc);
	if (rc)
		return rc;
	defined = xmlHashCreate(32);
	reported = xmlHashCreate(32);
	lowercase = xmlHashCreate(1024);
	if (!defined || !reported || !lowercase) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	collect_defined(doc, d, defined);
	/* Only words that start like a long token in capitals can be its lower-case twin. */
	{
		bool first[256] = { false }, any = false;

		for (r = 0; r < doc->nruns; r++) {
			const struct leges_textrun *run = &doc->runs[r];
			size_t off = 0, ms, me;

			if (!run->in_body)
				continue;
			while (next_token(run->text, run->len, off, &ms, &me)) {
				unsigned char c = (unsigned char)run->text[ms];

				if (letters(run->text + ms, me - ms) >= 4) {
					first[c >= 'A' && c <= 'Z' ? c + 32 : c] = true;
					any = true;
				}
				off = me;
			}
		}
		if (any)
			collect_lowercase(doc, lowercase, first);
	}
	for (r = 0; !rc && r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t off = 0, ms, me, prev_end = (size_t)-1, seq_start = 0, seq_len = 0;
		bool seq_long = false;

		if (!run->in_body)
			continue;
		while (!rc && next_token(run->text, run->len, off, &ms, &me)) {
			char tok[64], *lower;
			size_t n = me - ms;
			bool word;

			off = me;
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
			lower = leges_fold(tok, n);
			word = lower && letters(tok, n) >= 4 && xmlHashLookup(lowercase, (const xmlChar *)lower);
			free(lower);
			if (mode == LEGES_CAPS_WORDS) {
				if (word && seq_len == 1 && !(me < run->len && run->text[me] == ' ' &&
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
			if (word || seq_len >= 2 || is_known(tok) || xmlHashLookup(defined, (const xmlChar *)tok) ||
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
out:
	xmlHashFree(defined, NULL);
	xmlHashFree(reported, NULL);
	xmlHashFree(lowercase, NULL);
	return rc;
}
