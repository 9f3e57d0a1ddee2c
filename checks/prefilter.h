/*
 * prefilter.h - which of many regular expressions can match a text, in one pass.
 *
 * Every pattern that a rule runs over all of a document's text is mostly a
 * miss: "onverminderd", "wordt verstaan onder", "treedt in werking" occur in
 * few blocks.  Running each pcre2 pattern over every block costs one scan of
 * the text per pattern.  A prefilter reads, from each pattern's source, a set
 * of literals at least one of which every match must contain (as RE2 and
 * ripgrep do), puts the literals of all patterns in one Aho-Corasick
 * automaton, and scans a text once: the result says which patterns may match
 * it.  Only those are then run.  A pattern whose literals cannot be worked
 * out (a class, a back reference, \Q...\E, a verb) may always match.
 *
 * The scan folds ASCII letters to lower case, and the literals are taken so
 * that this is never wrong: a caseless pattern keeps no 'k' or 's' (they also
 * match U+212A KELVIN SIGN and U+017F LONG S) and no byte above 0x7F.  The
 * answer may say "may match" for a text the pattern does not match; it never
 * says "cannot match" for one it does.
 */
#ifndef LEGES_PREFILTER_H
#define LEGES_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* At most this many patterns are told apart; given more, every pattern may always match. */
#define LEGES_PREFILTER_MAX 64

struct leges_prefilter;

/*
 * The literals of one pattern, lower case, at least one of which every match
 * contains: 0 when there are some (*lits and *n set, a NULL-terminated array the
 * caller frees with leges_literals_free), 1 when there is no such set, -1 on
 * lack of memory.  caseless: the pattern is compiled with PCRE2_CASELESS.
 */
int leges_literals(const char *pattern, bool caseless, char ***lits, size_t *n);
void leges_literals_free(char **lits);

/* An automaton for patterns[0..n); NULL on lack of memory (or past 65,535 states). */
struct leges_prefilter *leges_prefilter_new(const char *const *patterns, const bool *caseless, size_t n);
void leges_prefilter_free(struct leges_prefilter *pf);

/* Bit i set: pattern i may match text[0..len). */
uint64_t leges_prefilter_scan(const struct leges_prefilter *pf, const char *text, size_t len);
/* The same for two texts at once (faster than one after the other: the two chains of steps overlap). */
void leges_prefilter_scan2(const struct leges_prefilter *pf, const char *a, size_t la, const char *b, size_t lb,
			   uint64_t *ma, uint64_t *mb);

#endif
