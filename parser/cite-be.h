/*
 * cite-be.h - recognise citations of Belgian acts in text (RULES.md 1C BE-CITE).
 *
 * "decreet van 20 december 2002", "wet van 31 mei 1961", "besluit van de
 * Vlaamse Regering van 3 mei 1995", "Bestuursdecreet van 7 december 2018",
 * "décret du 20 décembre 2002", "arrêté royal du 1er mars 2010" -> the type
 * of act (normalised, in the citation's language) and its date.  A pure
 * function over UTF-8 text, thread-safe; patterns compiled once.
 *
 * Ownership: a struct leges_be_cites owns its array.
 */
#ifndef LEGES_CITE_BE_H
#define LEGES_CITE_BE_H

#include <stddef.h>

struct leges_be_cite {
	size_t start, end;	/* bytes [start, end) of the citation */
	char type[48];		/* "decreet", "wet", "besluit van de Vlaamse Regering", "loi", "arrêté royal" ... */
	char name[64];		/* the words between type and date ("basisonderwijs"), or "" */
	char date[11];		/* "2002-12-20" */
	char lang;		/* 'n' or 'f' */
	char eli[80];		/* Belgian ELI without NUMAC: http://www.ejustice.just.fgov.be/eli/decreet/2002/12/20 */
};

struct leges_be_cites {
	struct leges_be_cite *v;
	size_t n, cap;
};

/* Append every Belgian act citation in text[0, len) to out; 0, LEGES_ENOMEM or LEGES_EINTERNAL. */
int leges_cite_be_find(struct leges_be_cites *out, const char *text, size_t len);
void leges_be_cites_release(struct leges_be_cites *c);

#endif
