/*
 * draft.h - what the drafting rules (CLS5xx, DEF3xx, TXT45x, STR13x) need to
 * know about a draft beyond the model: what kind of act it is, the plain text
 * of each article, its definitions, and the sentences of its normative text.
 * Everything is computed once per document and cached on first use.
 */
#ifndef LEGES_DRAFT_H
#define LEGES_DRAFT_H

#include <stdbool.h>
#include <stddef.h>

#include "checks/engine.h"

enum leges_act_kind {
	LEGES_ACT_OTHER,
	LEGES_ACT_DECREE,	/* decreet, ontwerpdecreet */
	LEGES_ACT_BESLUIT,	/* besluit van de Vlaamse Regering, ontwerpbesluit */
};

/*
 * The formulas of the Flemish drafting guidance that the clause rules look
 * for in an article (RULES-VL.md 1E, 1F).  The draft view matches each
 * article against all of them once, with one prefilter pass (prefilter.h)
 * and pcre2 (caseless, UTF, UCP) only where the prefilter lets it through.
 * The forms of an entry into force (SAME_DAY ... FIXED_DATE) are looked for
 * only in an article that matches EIF, and LATEST only in one that matches
 * EIF_DELEGATED: elsewhere their bits are 0.
 */
enum leges_formula {
	LEGES_F_MATTER,		/* Dit decreet regelt een gemeenschaps-/gewestaangelegenheid. (CLS501) */
	LEGES_F_BESLUIT_MATTER,	/* Dit besluit regelt een …aangelegenheid. (CLS502) */
	LEGES_F_TRANSPOSITION,	/* Dit decreet voorziet in de (gedeeltelijke) omzetting van … (CLS503) */
	LEGES_F_EIF,		/* treedt in werking, heeft uitwerking met ingang van … (CLS505) */
	LEGES_F_EIF_SAME_DAY,	/* op de dag van de bekendmaking (CLS506) */
	LEGES_F_EIF_FIRST_OF_MONTH,	/* de eerste dag van de maand die volgt op de bekendmaking */
	LEGES_F_EIF_TEN_DAYS,	/* het verstrijken van een termijn van tien dagen */
	LEGES_F_EIF_FIXED_DATE,	/* in werking op 1 januari 2027 */
	LEGES_F_EIF_DELEGATED,	/* op een door de Vlaamse Regering te bepalen datum (CLS507) */
	LEGES_F_EIF_LATEST,	/* uiterlijk, ten laatste */
	LEGES_F_EXECUTION,	/* De Vlaamse minister, bevoegd voor …, is belast met de uitvoering van dit besluit. (CLS508) */
	LEGES_F_ANY_EXECUTION,	/* belast met de uitvoering van dit besluit/decreet, anywhere */
	LEGES_F_EXEC_BESLUIT,	/* belast met de uitvoering van dit besluit (CLS511) */
	LEGES_F_SUNSET,		/* houdt op uitwerking te hebben, treedt buiten werking */
	LEGES_F_REPEAL,		/* Het decreet van … wordt opgeheven. */
	LEGES_F_AMEND_IN,	/* In artikel … wordt … vervangen */
	LEGES_F_AMEND_ARTICLE,	/* Artikel … van het decreet … wordt vervangen */
	LEGES_F_DEFINITIONS,	/* Voor de toepassing van dit decreet wordt verstaan onder: */
	LEGES_F_N
};

struct leges_article {
	size_t prov;		/* index in doc->provs */
	unsigned formulas;	/* bit f: the article's text (leges_draft_article_text) matches formula f */
};


struct leges_definition {
	char *term;		/* owned, as written */
	char *key;		/* owned: lower case, accents folded, for comparing */
	char *body;		/* owned: the definition's text */
	xmlNode *node;		/* where to report: the def element or the point */
	size_t article;		/* index into the article list */
};

struct leges_draft {
	enum leges_act_kind kind;
	bool ministerial;	/* a ministerieel besluit (MB): a besluit without an execution clause */
	struct leges_article *articles;	/* articles of the main document, not quoted, in order */
	size_t narticles;
	struct leges_definition *defs;
	size_t ndefs;
	long defs_article;	/* index of the definitions article, or -1 */
	char *body_lower;	/* owned: all normative text, lower case, accents folded; NULL without definitions */
};

/* True when article i of d matches formula f. */
static inline bool leges_article_is(const struct leges_draft *d, size_t i, enum leges_formula f)
{
	return (d->articles[i].formulas >> f) & 1u;
}

/* An article of the main document, not quoted: what the draft view lists as its articles. */
bool leges_draft_is_article(const struct leges_provision *p);

/*
 * The normative text of article i, white space folded, without num, heading
 * and quotations: a new string, or NULL without memory.  The draft view reads
 * each article once to match the formulas and keeps only the result.
 */
char *leges_draft_article_text(const struct leges_doc *doc, const struct leges_draft *d, size_t i);

/* The draft view of doc, built on first use and kept until the doc is freed. */
int leges_draft_get(struct leges_doc *doc, const struct leges_draft **out);
void leges_draft_free(struct leges_draft *d);

/* Each block of text of the preamble, folded to lower case, with its node. */
int leges_preamble_lines(struct leges_doc *doc, char ***out, xmlNode ***nodes, size_t *n);
void leges_preamble_lines_free(char **lines, xmlNode **nodes, size_t n);

/* The attached correlation table (doc name="omzettingstabel"), or NULL. */
const xmlNode *leges_correlation_table(const struct leges_doc *doc);

/* Lower case with Latin accents folded (é -> e, ë -> e); a new string. */
char *leges_fold(const char *s, size_t len);
/* The same into out (room for len + 1 bytes); the length written. */
size_t leges_fold_into(char *out, const char *s, size_t len);

/*
 * True when pattern (PCRE2, UTF, UCP, caseless; compiled once and cached by
 * its address, so pass a static string) matches s.
 */
bool leges_match(const char *pattern, const char *s);
/* Free this thread's match block (before a worker thread ends). */
void leges_draft_thread_done(void);
/* The same, case-sensitive, on s[0..len) from start; the match in [*ms, *me). */
bool leges_match_at(const char *pattern, const char *s, size_t len, size_t start, size_t *ms, size_t *me);

#endif
