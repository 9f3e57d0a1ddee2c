/* TXT450 sentence-length: a sentence of the normative text is longer than 40 words. */
#include "config.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "checks/draft.h"

#define MAX_WORDS 40

#define A(s) { s, sizeof(s) - 1 }
static const struct { const char *s; size_t len; } abbreviations[] = {
	A("art"), A("nr"), A("bijv"), A("enz"), A("o.a"), A("blz"), A("par"), A("al"), A("vgl"), A("resp"), A("e.a"),
	A("bv"), A("m.b.t"), A("i.v.m"), A("cf"), A("ca"), A("dd"), A("z"), A("zie"), A("p"), A("pp"), A("no"), A("n"),
	A("e.g"), A("i.e"), A("etc"), A("ibid"), A("st"), A("b.s"),
};
#undef A

/* True when the '.' at s[i] ends an abbreviation or a number ("art.", "5.", "§ 2."). */
static bool abbreviation_dot(const char *s, size_t i)
{
	size_t start = i, k;

	while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '(')
		start--;
	if (i - start == 1 && isalpha((unsigned char)s[start]))
		return true;	/* a single letter: "a." */
	for (k = 0; k < sizeof(abbreviations) / sizeof(abbreviations[0]); k++)
		if (abbreviations[k].len == i - start && !strncasecmp(s + start, abbreviations[k].s, i - start))
			return true;
	return false;
}

enum { WORD = 1, STOP = 2 };

/* What each byte is: a letter or digit (ASCII, or any byte of a UTF-8 character), or a full stop. */
static unsigned char kind[256];

static void init_kind(void)
{
	int c;

	for (c = 0; c < 256; c++)
		kind[c] = (unsigned char)((isalnum(c) || c >= 0x80) ? WORD : 0);
	kind['.'] = kind[';'] = kind['?'] = kind['!'] = STOP;
}

static int check(struct leges_check_ctx *ctx)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct leges_doc *doc = ctx->doc;
	size_t r;
	int rc = leges_doc_text_runs(doc);

	pthread_once(&once, init_kind);
	for (r = 0; !rc && r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		const char *s = run->text;
		size_t i, start = 0, words = 0;
		bool in_word = false;

		if (!run->in_body || strcmp(run->name, "p"))
			continue;
		for (i = 0; i <= run->len && !rc; i++) {
			unsigned char c = i < run->len ? (unsigned char)s[i] : '\0';
			bool word_char = (kind[c] & WORD) != 0;

			if (word_char && !in_word)
				words++;
			in_word = word_char;
			/* The end of the run, or . ; ? ! before a space, not after an abbreviation. */
			if (c && (!(kind[c] & STOP) || (i + 1 < run->len && s[i + 1] != ' ' && s[i + 1] != '\n') ||
				  (c == '.' && abbreviation_dot(s, i))))
				continue;
			if (words > MAX_WORDS) {
				while (start < i && (s[start] == ' ' || s[start] == '\n' || s[start] == '\t'))
					start++;
				rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, start), run->block,
						      "this sentence has %zu words: keep sentences to at most %d words, one "
						      "rule per sentence", words, MAX_WORDS);
			}
			words = 0;
			start = i + 1;
		}
	}
	return rc;
}

const struct leges_rule leges_rule_txt450 = {
	.code = "TXT450",
	.name = "sentence-length",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a sentence of the normative text has more than 40 words",
	.source = "RvS Beginselen van de wetgevingstechniek (2008), deel 1, zinsbouw; threshold proposed in RULES.md 1D LNG-SENTENCE-LENGTH",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN_ALL,
};
