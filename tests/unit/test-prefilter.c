/*
 * test-prefilter.c - the literals read from a pattern (checks/prefilter.c) and
 * the one-pass automaton: the sets it finds, the patterns it must leave alone,
 * and, over generated texts, that it never rules out a text pcre2 matches.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdlib.h>

#include <pcre2.h>

#include "tests/unit/unit.h"
#include "checks/prefilter.h"

/* The literal set of pattern, sorted and joined with '|', or "-" when it has none. */
static char *lits(const char *pattern, bool caseless)
{
	char **v, *out;
	size_t n, i, len = 2;
	int rc = leges_literals(pattern, caseless, &v, &n);

	assert_true(rc >= 0);
	if (rc)
		return strdup("-");
	for (i = 0; i < n; i++)
		len += strlen(v[i]) + 1;
	/* sort: a stable expectation whatever the order of the alternatives */
	for (i = 1; i < n; i++) {
		size_t k = i;

		while (k && strcmp(v[k - 1], v[k]) > 0) {
			char *t = v[k];

			v[k] = v[k - 1];
			v[k - 1] = t;
			k--;
		}
	}
	out = calloc(1, len);
	for (i = 0; i < n; i++) {
		if (i)
			strcat(out, "|");
		strcat(out, v[i]);
	}
	leges_literals_free(v);
	return out;
}

static void expect_lits(const char *pattern, bool caseless, const char *want)
{
	char *got = lits(pattern, caseless);

	if (strcmp(got, want))
		fail_msg("pattern %s: literals '%s', expected '%s'", pattern, got, want);
	free(got);
}

static void test_literal_sets(void **state)
{
	UNUSED_STATE(state);
	/* the best literal of a sequence */
	expect_lits("\\bonverminderd\\b(?!\\s+verschuldigd)", true, "onverminderd");
	expect_lits("\\bin\\s+voege\\b", true, "voege");
	/* an alternation gives the union */
	expect_lits("\\b(?:zal|zullen|zult)\\b", true, "zal|zullen|zult");
	expect_lits("treedt\\s+in\\s+werking|\\bwerkt\\s+terug", true, "terug|treedt");
	/* an escaped punctuation mark is a literal; rare characters win */
	expect_lits("\\ben\\s*/\\s*of\\b", true, "/");
	/* optional characters and groups are left out, required repetitions kept */
	expect_lits("kalenderdag(?:en)?", false, "kalenderdag");
	expect_lits("colou?r", false, "colo");
	expect_lits("(?:gewijzigd)+\\s+bij", false, "gewijzigd");
	expect_lits("x{0,3}abcdef", false, "abcdef");
	/* caselessly, k and s also match U+212A and U+017F: they end a literal */
	expect_lits("kalenderdag", true, "alenderdag");
	expect_lits("bestuursdecreet", true, "decreet");
	/* an inline (?i) makes the rest caseless */
	expect_lits("Art (?i)kalenderdag", false, "alenderdag");
	/* lookarounds require nothing; \K and anchors end literals */
	expect_lits("(?<=voormeld\\s)artikel", false, "artikel");
	expect_lits("^Het\\s+\\Kbesluit$", false, "besluit");
	/* a character above 0x7F ends a literal */
	expect_lits("in\\s+werking\\s+op\\s+één\\s+dag", false, "werking");
	/* classes, named groups, quantified groups */
	expect_lits("[Dd]ecreet\\s+(?<x>van)\\s+\\d{1,2}", false, "ecreet");
	/* nothing to go on */
	expect_lits("\\b\\w+\\s+\\d+\\b", true, "-");
	expect_lits("a?b?c?", false, "-");
	expect_lits("\\b(?:de|het)\\b", true, "-");	/* two-letter words: too common to be worth it */
	expect_lits("foo|\\d+", false, "-");	/* one alternative has no literal */
	/* constructs that are not read give no set rather than a wrong one */
	expect_lits("\\Qvoege\\E", false, "-");
	expect_lits("(*UCP)voege", false, "-");
	expect_lits("(?x) v o e g e", false, "-");
	expect_lits("(?(1)voege|werking)", false, "-");
	expect_lits("voege)", false, "-");
}

/* Generated texts: words that are, or are near, the literals, in random case. */
static const char *const words[] = {
	"onverminderd", "Onverminderd", "ONVERMINDERD", "onvermind", "in", "voege", "VOEGE", "voeg", "zal", "Zullen",
	"zult", "zalf", "en/of", "en", "/", "of", "kalenderdagen", "KALENDERDAG", "\xe2\x84\xaa" "alenderdag",
	"be\xc5\xbftuur", "hierna", "genoemd", "te", "noemen", "treedt", "TREEDT", "werking", "terug", ".", ",", "\n",
	"het", "de", "decreet", "Decreet", "\xc3\xa9\xc3\xa9n", "dag", "artikel", "voormeld", "colour", "color",
};

static const char *const patterns[] = {
	"\\bonverminderd\\b(?!\\s+verschuldigd)", "\\bin\\s+voege\\b", "\\b(?:zal|zullen|zult)\\b",
	"\\ben\\s*/\\s*of\\b", "\\bkalenderdag(?<pl>en)?\\b", "\\bhierna\\b(?:(?!\\bte\\s+noemen\\b)[^.;:]){0,80}?\\bgenoemd\\b",
	"treedt\\s+in\\s+werking|\\bwerkt\\s+terug", "(?<=voormeld\\s)artikel", "colou?r", "bestuur",
	"\\b(?:de|het)\\s+decreet\\b", "in\\s+werking\\s+op\\s+één\\s+dag",
};

static void test_never_rules_out_a_match(void **state)
{
	const size_t n = sizeof(patterns) / sizeof(patterns[0]);
	pcre2_code *re[sizeof(patterns) / sizeof(patterns[0])];
	bool caseless[sizeof(patterns) / sizeof(patterns[0])];
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	struct leges_prefilter *pf;
	unsigned long seed = 12345;
	size_t i, t, matched = 0, ruled_out = 0;
	char text[4096];

	UNUSED_STATE(state);
	for (i = 0; i < n; i++) {
		int err;
		PCRE2_SIZE off;

		caseless[i] = i % 3 != 2;	/* most caseless, some not */
		re[i] = pcre2_compile((PCRE2_SPTR)patterns[i], PCRE2_ZERO_TERMINATED,
				      PCRE2_UTF | PCRE2_UCP | (caseless[i] ? PCRE2_CASELESS : 0), &err, &off, NULL);
		assert_non_null(re[i]);
	}
	pf = leges_prefilter_new(patterns, caseless, n);
	assert_non_null(pf);
	for (t = 0; t < 20000; t++) {
		size_t len = 0, nw;
		uint64_t mask;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		nw = 1 + (seed >> 33) % 12;
		text[0] = '\0';
		for (i = 0; i < nw; i++) {
			const char *w;

			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			w = words[(seed >> 33) % (sizeof(words) / sizeof(words[0]))];
			len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%s", i ? " " : "", w);
		}
		mask = leges_prefilter_scan(pf, text, len);
		for (i = 0; i < n; i++) {
			bool match = pcre2_match(re[i], (PCRE2_SPTR)text, len, 0, 0, md, NULL) >= 0;

			if (match) {
				matched++;
				if (!(mask & (UINT64_C(1) << i)))
					fail_msg("pattern %s matches '%s' but the prefilter ruled it out", patterns[i], text);
			} else if (!(mask & (UINT64_C(1) << i))) {
				ruled_out++;
			}
		}
	}
	/* Both sides were exercised: many matches, and many texts skipped without pcre2. */
	assert_true(matched > 1000);
	assert_true(ruled_out > 100000);
	leges_prefilter_free(pf);
	pcre2_match_data_free(md);
	for (i = 0; i < n; i++)
		pcre2_code_free(re[i]);
}

static void test_kelvin_and_long_s(void **state)
{
	const char *const p[] = { "kalenderdag", "bestuur" };
	const bool ci[] = { true, true };
	struct leges_prefilter *pf = leges_prefilter_new(p, ci, 2);
	const char kelvin[] = "\xe2\x84\xaa" "alenderdag", longs[] = "be\xc5\xbftuur";

	UNUSED_STATE(state);
	assert_non_null(pf);
	assert_true(leges_prefilter_scan(pf, kelvin, strlen(kelvin)) & 1);
	assert_true(leges_prefilter_scan(pf, longs, strlen(longs)) & 2);
	assert_int_equal(leges_prefilter_scan(pf, "dag", 3), 0);
	leges_prefilter_free(pf);
}

/* A sequence gives two sets, and a text needs a literal of each. */
static void test_two_literals_both_needed(void **state)
{
	const char *const p[] = { "\\bbelast\\s+met\\s+de\\s+uitvoering\\s+van\\s+dit\\s+besluit\\b" };
	const bool ci[] = { false };
	struct leges_prefilter *pf = leges_prefilter_new(p, ci, 1);
	const char *only_one = "Het decreet regelt de uitvoering van de richtlijn.";
	const char *both = "De minister is belast met de uitvoering van dit besluit.";

	UNUSED_STATE(state);
	assert_non_null(pf);
	assert_int_equal(leges_prefilter_scan(pf, only_one, strlen(only_one)), 0);
	assert_int_equal(leges_prefilter_scan(pf, both, strlen(both)), 1);
	leges_prefilter_free(pf);
}

/* A long text is read as two halves at once: a literal across the middle is still found. */
static void test_literal_across_the_middle(void **state)
{
	const char *const p[] = { "onverminderd" };
	const bool ci[] = { true };
	struct leges_prefilter *pf = leges_prefilter_new(p, ci, 1);
	char text[201];
	size_t at;

	UNUSED_STATE(state);
	assert_non_null(pf);
	for (at = 0; at + 12 <= 200; at++) {
		memset(text, 'x', 200);
		memcpy(text + at, "Onverminderd", 12);
		text[200] = '\0';
		if (!(leges_prefilter_scan(pf, text, 200) & 1))
			fail_msg("'onverminderd' at %zu of 200 bytes not found", at);
		text[at + 5] = 'y';	/* broken: not there any more */
		assert_int_equal(leges_prefilter_scan(pf, text, 200), 0);
	}
	leges_prefilter_free(pf);
}

static void test_overflow_may_always_match(void **state)
{
	const char *p[LEGES_PREFILTER_MAX + 2];
	bool ci[LEGES_PREFILTER_MAX + 2];
	struct leges_prefilter *pf;
	size_t i;

	UNUSED_STATE(state);
	for (i = 0; i < LEGES_PREFILTER_MAX + 2; i++) {
		p[i] = "onverminderd";
		ci[i] = true;
	}
	pf = leges_prefilter_new(p, ci, LEGES_PREFILTER_MAX + 2);
	assert_non_null(pf);
	/* past the limit the patterns cannot be told apart: every bit says "may match" */
	assert_true(leges_prefilter_scan(pf, "niets", 5) == ~UINT64_C(0));
	leges_prefilter_free(pf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literal_sets),
		cmocka_unit_test(test_never_rules_out_a_match),
		cmocka_unit_test(test_kelvin_and_long_s),
		cmocka_unit_test(test_literal_across_the_middle),
		cmocka_unit_test(test_two_literals_both_needed),
		cmocka_unit_test(test_overflow_may_always_match),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
