/*
 * cite-scan.h - byte scans that tell the citation recognisers (cite-eu.c,
 * cite-be.c) and the entry-into-force date of checks/eu/xref.c when a text
 * cannot hold what they look for, so that their patterns need not run over
 * it.
 *
 * The recognisers run over every text run of a document, and most runs cite
 * nothing.  Each test here is a necessary condition of a pattern: it may say
 * "maybe" for a text the pattern then rejects, never "no" for a text in
 * which the recogniser would find a citation.  The tests read bytes, not
 * characters: where a byte of a multi-byte UTF-8 character could stand for
 * a letter that matches case-insensitively (U+212A KELVIN SIGN is a "k",
 * U+017F LONG S an "s") or for white space (U+00A0, U+202F ...), the answer
 * is "maybe".  (checks/prefilter.h does the same for patterns of the rules,
 * from literals it reads in the pattern.)
 *
 * Pure functions over text[0, len) (no NUL needed), thread-safe.
 */
#ifndef LEGES_CITE_SCAN_H
#define LEGES_CITE_SCAN_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The first run of ASCII digits in text[from, len): returns where it starts
 * and sets *end to where it ends; len (and *end len) when there is none.
 */
size_t leges_cite_scan_digits(const char *text, size_t len, size_t from, size_t *end);

/*
 * False when text holds no date written as a month name followed by a year:
 * a Dutch, French or English month name, white space, then at least four
 * ASCII digits ("20 december 2002", "1er mars 2010", "1 January 2027").
 */
bool leges_cite_scan_month_year(const char *text, size_t len);

#endif
