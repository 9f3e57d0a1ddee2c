/*
 * diff.h - what changed between two expressions of an act, provision by
 * provision (matched by eId), with word-level changes inside the text.
 *
 * A provision is an element of the body with an eId (article, paragraph,
 * lid, point, division ...).  Its text is its own: the words of its num,
 * heading and content, without the provisions nested in it.  A provision only
 * in OLD whose text reappears under another eId in NEW is renumbered; one only
 * in NEW is inserted; one only in OLD, or whose text became "(opgeheven)", is
 * repealed; one whose text differs is changed, with the words that differ.
 *
 * Ownership: everything in struct leges_diff is owned by it
 * (leges_diff_release()).
 */
#ifndef LEGES_DIFF_H
#define LEGES_DIFF_H

#include <stddef.h>
#include <libxml/tree.h>

#include "parser/model.h"

enum leges_diff_kind { LEGES_DIFF_CHANGED, LEGES_DIFF_INSERTED, LEGES_DIFF_REPEALED, LEGES_DIFF_RENUMBERED };

struct leges_diff_word {
	char op;	/* '=', '-' or '+' */
	char *text;	/* owned: one or more words */
};

struct leges_diff_change {
	enum leges_diff_kind kind;
	char *eid;		/* eId in NEW (inserted, changed), in OLD (repealed), OLD's for renumbered */
	char *new_eid;		/* renumbered: the eId in NEW */
	char *element;		/* element name */
	char *old_text, *new_text;	/* owned, or NULL */
	struct leges_diff_word *words;	/* changed: the word-level diff */
	size_t nwords;
};

struct leges_diff {
	struct leges_diff_change *v;
	size_t n;
};

int leges_diff_docs(struct leges_diff *out, const struct leges_doc *old, const struct leges_doc *new_);
void leges_diff_release(struct leges_diff *d);
const char *leges_diff_kind_name(enum leges_diff_kind k);

/* The diff as an XML document (input of stylesheets/diff-html.xsl). */
xmlDocPtr leges_diff_to_xml(const struct leges_diff *d, const char *old_name, const char *new_name);

#endif
