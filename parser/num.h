/*
 * num.h - parse the number of a provision: "Artikel 1.", "Art. 5/1.",
 * "Art. 173septies.", "§ 2.", "1°", "2°/1", "a)", "b/1)", "5.", "(a)", "(iv)",
 * "Section 12A", "Art. 1.1.0.0.1.", "Hoofdstuk III", "Enig artikel.".
 *
 * A number has a value that orders it among its siblings (base, then an
 * insertion suffix: "/1", "bis", "A") and an identifier part for eIds
 * derived as the Naming Convention says (RULES.md 4A): strip the designation
 * and final punctuation, drop inner spaces, "." and "/" become "-".
 * Roman numerals and letters are ambiguous ("i", "v", "x"): both readings
 * are kept and the caller decides from the siblings.
 */
#ifndef LEGES_NUM_H
#define LEGES_NUM_H

#include <stdbool.h>
#include <stddef.h>

#define LEGES_NUM_MAXSUB 6

enum leges_num_kind {
	LEGES_NUM_NONE = 0,	/* could not be read */
	LEGES_NUM_ARABIC,	/* 5, 5/1, 5bis, 12A, 2° */
	LEGES_NUM_ROMAN,	/* IV (only when it cannot be a letter) */
	LEGES_NUM_LETTER,	/* a, b/1, aa */
	LEGES_NUM_DOTTED,	/* 1.1.0.0.1, III.122: codex numbering, no sequence */
	LEGES_NUM_UNIQUE,	/* "Enig artikel", "Article unique" */
};

struct leges_num {
	enum leges_num_kind kind;
	long base;		/* value of the first part (letters: a = 1) */
	long roman;		/* value as a roman numeral, 0 if it is not one */
	long letter;		/* value as a letter (a = 1, aa = 27), 0 if not */
	int latin;		/* 0, or 2 for bis, 3 for ter, ... */
	int suffix;		/* 0, or 1 for a letter suffix A/a, 2 for B ... */
	long sub[LEGES_NUM_MAXSUB];	/* "/1/2" insertion parts */
	int nsub;
	bool designated;	/* began with a word: Artikel, Art., §, Section ... */
	bool full_first;	/* written "Artikel 1." / "Article 1er" in full */
	char label[32];		/* the designation as written, without the dot */
	char ident[64];		/* the number part of an eId, "" if none */
};

/*
 * What the provision tree keeps of a number (model.h): the fields that order
 * it, under the same names, without the fixed-size strings that only parsing
 * needs.  ident is borrowed from whoever made the key (the model keeps it
 * beside the <num> text); it is never NULL.
 */
struct leges_numkey {
	long base;
	const char *ident;
	int sub[LEGES_NUM_MAXSUB];	/* parsed values stay below 10^9 */
	int roman;		/* below 4000 */
	int letter;
	short latin, suffix;
	unsigned char nsub;
	unsigned char kind;	/* enum leges_num_kind */
	bool designated, full_first;
};

/* Parse text (len bytes, need not be NUL-terminated). Returns out->kind. */
enum leges_num_kind leges_num_parse(struct leges_num *out, const char *text, size_t len);

/* True when the number is an insertion after its base ("5/1", "5bis", "12A"). */
bool leges_num_is_insertion(const struct leges_num *n);

/* Compare two numbers of one series; as_roman reads ambiguous ones as roman. */
int leges_num_cmp(const struct leges_num *a, const struct leges_num *b, bool as_roman);

/* The base value under the chosen reading. */
long leges_num_value(const struct leges_num *n, bool as_roman);

/* The key of n, with ident (borrowed, not NULL) as its eId part. */
void leges_numkey_set(struct leges_numkey *out, const struct leges_num *n, const char *ident);
/* leges_num_is_insertion(), leges_num_cmp() and leges_num_value() for keys. */
bool leges_numkey_is_insertion(const struct leges_numkey *n);
int leges_numkey_cmp(const struct leges_numkey *a, const struct leges_numkey *b, bool as_roman);
long leges_numkey_value(const struct leges_numkey *n, bool as_roman);

/* Roman numeral value of s (len bytes), 0 if not a well-formed numeral. */
long leges_roman_value(const char *s, size_t len);

#endif
