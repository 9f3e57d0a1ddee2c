/* capitals.c - words in capitals and undefined abbreviations (see capitals.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "checks/capitals.h"
#include "checks/draft.h"
#include "parser/num.h"

static const char token_re[] = "\\b\\p{Lu}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)*\\p{Lu}\\b|\\b\\p{Lu}{2}\\b";
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

/* Every word of the body written in lower case (accents folded). */
static void collect_lowercase(struct leges_doc *doc, xmlHashTablePtr set)
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
			if (lower && i - start >= 4 && i - start < 64) {
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
	collect_lowercase(doc, lowercase);
	for (r = 0; !rc && r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t off = 0, ms, me, prev_end = (size_t)-1, seq_start = 0, seq_len = 0;
		bool seq_long = false;

		if (!run->in_body)
			continue;
		while (!rc && leges_match_at(token_re, run->text, run->len, off, &ms, &me)) {
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
