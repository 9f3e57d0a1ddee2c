/*
 * cite-eu.h - recognise citations of EU acts in text (DESIGN 3, RULES.md 3C).
 *
 * One pure function over a UTF-8 string (invalid bytes are tolerated): it
 * finds every citation of an EU directive, regulation, decision or framework
 * decision, in Dutch, French or English, before and after the 2015 numbering
 * ("Richtlijn 2006/123/EG", "Richtlijn (EU) 2019/1024", "Verordening (EU) nr.
 * 1303/2013", "règlement (UE) n° 1303/2013", "Council Directive 93/13/EEC"),
 * the further members of a list ("de richtlijnen 2009/28/EG en 2012/27/EU"),
 * ELIs, CELEX numbers and EUR-Lex addresses written out, and normalises each
 * to CELEX and ELI.  Each citation keeps the byte offsets of its source text,
 * which the caller maps to line:column (leges_textrun_pos()).
 *
 * The patterns are compiled once per process (with JIT when available) and
 * shared read-only, so the function is thread-safe.
 *
 * Ownership: a struct leges_eu_cites owns its array; release it with
 * leges_eu_cites_release().
 */
#ifndef LEGES_CITE_EU_H
#define LEGES_CITE_EU_H

#include <stdbool.h>
#include <stddef.h>

/* How the number was written. */
enum leges_eu_form {
	LEGES_EU_FORM_POST2015,	/* (EU) 2019/1024 */
	LEGES_EU_FORM_NR,	/* (EU) nr. 1303/2013, (UE) n° ..., (EU) No ... */
	LEGES_EU_FORM_SUFFIX,	/* 2006/123/EG */
	LEGES_EU_FORM_NR_SUFFIX,	/* nr. 284/2010/EU */
	LEGES_EU_FORM_PAREN_NO_NR,	/* (EG) 1346/2000: a regulation without "nr." */
	LEGES_EU_FORM_REVERSED,	/* (EU) 1024/2019 for an act of 2015 or later */
	LEGES_EU_FORM_NO_DOMAIN,	/* richtlijn 2019/1024, verordening nr. 1408/71 */
	LEGES_EU_FORM_ELI,	/* http://data.europa.eu/eli/dir/2019/1024/oj */
	LEGES_EU_FORM_CELEX,	/* CELEX 32019L1024 */
	LEGES_EU_FORM_URL,	/* https://eur-lex.europa.eu/...CELEX:32019L1024 */
};

struct leges_eu_cite {
	size_t start, end;	/* bytes [start, end) of the whole citation */
	size_t num_start, num_end;	/* the number part as written ("(EU) 2019/1024") */
	char kind;		/* CELEX descriptor: 'L' directive, 'R' regulation, 'D' decision, 'F' framework decision */
	char sub;		/* 'i' implementing, 'd' delegated, 0 otherwise */
	char lang;		/* 'n' Dutch, 'f' French, 'e' English, 0 when the words do not tell */
	enum leges_eu_form form;
	int year;
	unsigned number;
	char domain[24];	/* as written: "EG", "EU, Euratom"; "" when none */
	char celex[16];		/* "32019L1024" */
	char eli[80];		/* "http://data.europa.eu/eli/dir/2019/1024/oj" */
	long amends;		/* index of the citation this one amends ("gewijzigd bij"), or -1 */
	bool list_member;	/* a later member of a list that shares the first one's type word */
};

struct leges_eu_cites {
	struct leges_eu_cite *v;
	size_t n, cap;
};

/*
 * Append every EU citation in text[0, len) to out, in text order.  Returns
 * 0, LEGES_ENOMEM, or LEGES_EINTERNAL when the patterns could not be built.
 */
int leges_cite_eu_find(struct leges_eu_cites *out, const char *text, size_t len);
void leges_eu_cites_release(struct leges_eu_cites *c);

/*
 * The number as it should be written in language lang ('n', 'f', 'e'), for
 * an act adopted on date ("YYYY-MM-DD", or NULL: judge by the year), e.g.
 * "(EU) 2019/1024", "2006/123/EG", "(EU) nr. 1303/2013".  The domain tag
 * follows the date (EEG before 1 November 1993, EG until 30 November 2009,
 * EU afterwards) unless the act was written with another one (Euratom,
 * JBZ ...).  Returns buf.
 */
char *leges_eu_cite_canonical(char *buf, size_t size, const struct leges_eu_cite *c, char lang, const char *date);

/* "directive", "regulation", "decision", "framework decision". */
const char *leges_eu_kind_name(char kind);

#endif
