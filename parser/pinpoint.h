/*
 * pinpoint.h - provision pinpoints ("artikel 5, §2, eerste lid, 3°, a)") to
 * eIds and to the element they name in a document.
 *
 * leges_pinpoint_parse() splits a citation into steps, large to small, each
 * with the Naming Convention's element_ref and the number part of the eId
 * (profile.md section 3): artikel 5/1 -> art 5-1, §2 -> para 2, eerste lid ->
 * al 1, 3° -> point 3, a) -> point a.  leges_pinpoint_eid() writes the
 * canonical eId, with the implicit list_1 steps before points;
 * leges_pinpoint_resolve() finds the element in a real tree, where lists and
 * leden may be laid out differently (a single lid has no <alinea>).
 *
 * Ownership: struct leges_pinpoint holds only fixed buffers.
 */
#ifndef LEGES_PINPOINT_H
#define LEGES_PINPOINT_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

#define LEGES_PIN_MAXSTEPS 12

struct leges_pin_step {
	char ref[12];		/* "art", "para", "al", "point", "chp" ... */
	char num[48];		/* eId number part: "5-1", "2", "a"; "last" for "laatste lid" */
};

struct leges_pinpoint {
	struct leges_pin_step steps[LEGES_PIN_MAXSTEPS];
	size_t n;
	int sentence;		/* "tweede zin" -> 2, "inleidende zin" -> -1 (the intro), 0 none */
	bool heading;		/* "het opschrift": the heading of the unit (or the title) */
};

/* Dutch (and French/English) ordinal to a number; "laatste" -> -1; 0 if none. */
int leges_ordinal(const char *word, size_t len);

/*
 * Parse text (comma-separated parts).  base, if not NULL, is a pinpoint the
 * steps are appended to (the intro target of a list item).  Returns 0, or
 * LEGES_EINVAL when a part is not a pinpoint (lid 2, sub a ...).
 */
int leges_pinpoint_parse(struct leges_pinpoint *out, const struct leges_pinpoint *base, const char *text);

/* The canonical eId into buf; returns buf. */
char *leges_pinpoint_eid(const struct leges_pinpoint *p, char *buf, size_t size);

/*
 * The element the pinpoint names below root (body or document element), or
 * NULL when it does not exist.  Elements inside mod and quotedStructure are
 * never matched.
 */
xmlNode *leges_pinpoint_resolve(xmlNode *root, const struct leges_pinpoint *p);

/* The eId number part of an element's <num> ("Art. 5/1." -> "5-1"), "" if none. */
void leges_pinpoint_num_ident(const xmlNode *el, char *buf, size_t size);

/* AKN element name for an eId element_ref ("art" -> "article"), or NULL. */
const char *leges_pinpoint_element(const char *ref);

#endif
