/*
 * formula.h - recognise Belgian amending formulas (wijzigingsbepalingen).
 *
 * leges_formula_parse() reads one amending sentence, or one item of a list of
 * changes, and returns a structured instruction: the operation, the target
 * provision and act (from the intro sentence), the local location, the old
 * and new words, the unit inserted and where.  It uses the PCRE2 patterns of
 * RULES-VL.md section 2 (Dutch), compiled once with JIT, and the same shapes
 * for French and English.  It never guesses: a sentence that matches no
 * pattern gives LEGES_FOP_NONE.
 *
 * Ownership: every string of struct leges_formula is owned by it and freed by
 * leges_formula_release().  The recogniser is a pure function of its input
 * and safe to call from several threads once leges_formula_init() has run.
 */
#ifndef LEGES_FORMULA_H
#define LEGES_FORMULA_H

#include <stdbool.h>
#include <stddef.h>

enum leges_formula_op {
	LEGES_FOP_NONE = 0,	/* not recognised */
	LEGES_FOP_LIST,		/* "worden de volgende wijzigingen aangebracht:" */
	LEGES_FOP_SUBST,	/* words replaced by words */
	LEGES_FOP_SUBSTRESP,	/* parallel substitution ("respectievelijk") */
	LEGES_FOP_INSERTWORDS,	/* words inserted before/after/between words */
	LEGES_FOP_REPEALWORDS,	/* words repealed */
	LEGES_FOP_ADDWORDS,	/* words or a sentence added at the end */
	LEGES_FOP_REPLACE,	/* a whole unit replaced ("vervangen door wat volgt:") */
	LEGES_FOP_INSERTUNIT,	/* a unit inserted */
	LEGES_FOP_ADDUNIT,	/* a unit added at the end */
	LEGES_FOP_RENUM,	/* a unit renumbered */
	LEGES_FOP_REPEALUNIT,	/* a unit repealed */
	LEGES_FOP_REPEALACT,	/* the whole act repealed */
};

enum leges_formula_lang { LEGES_FLANG_NL, LEGES_FLANG_FR, LEGES_FLANG_EN };

#define LEGES_FORMULA_MAXQ 8

struct leges_formula {
	enum leges_formula_op op;
	enum leges_formula_lang lang;
	char *target;	/* intro target citation ("artikel 5, §2"), or NULL */
	char *act;	/* the act cited ("hetzelfde decreet"), or NULL */
	char *prev;	/* earlier amendments named in the intro, or NULL */
	char *loc;	/* location relative to the target, normalised ("§2, eerste lid"), or NULL */
	char *unit;	/* unit word of an inserted or added unit ("artikel", "punt"), or NULL */
	char *num;	/* its number as written ("5/1", "13°"), or NULL */
	char *pos;	/* "before", "after" or NULL (end of the container or computed) */
	char *anchor;	/* the anchor: words (INSERTWORDS) or a location (INSERTUNIT) */
	char *anchor2;
	char *old[LEGES_FORMULA_MAXQ];	/* old words */
	char *new_[LEGES_FORMULA_MAXQ];	/* new words (new_[0] may hold an inline new unit) */
	size_t nold, nnew;
	char *newnum;	/* renumbering: the new designation ("punt 5°", "artikel 7") */
	bool telkens;	/* every occurrence ("telkens", "chaque fois", "each time") */
	bool quoted_follows;	/* the sentence ends with ':' and the new text follows */
	bool fedstyle;	/* federal/older formula ("luidende", "als volgt") */
};

/* Compile the patterns once; 0 or LEGES_EINTERNAL. Called by parse if needed. */
int leges_formula_init(void);
/* Free the compiled patterns (for leak checkers). */
void leges_formula_cleanup(void);

/*
 * Recognise text (len bytes, UTF-8).  item is true for one item of a list of
 * changes (no intro sentence; the location is relative to the list's target).
 * Returns 0 (out->op may be LEGES_FOP_NONE), LEGES_ENOMEM or LEGES_EINTERNAL.
 */
int leges_formula_parse(struct leges_formula *out, const char *text, size_t len, bool item);
void leges_formula_release(struct leges_formula *f);

const char *leges_formula_op_name(enum leges_formula_op op);

/*
 * Parse a Dutch, French or English date ("20 december 2002", "1er janvier
 * 2027", "1 January 2027") at the start of s into "YYYY-MM-DD" (out holds 11
 * bytes).  Returns the number of bytes read, 0 when there is no date.
 */
size_t leges_formula_date(char out[11], const char *s);

#endif
