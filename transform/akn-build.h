/*
 * akn-build.h - helpers shared by amend and consolidate: build AKN elements
 * in a tree, parse the lines of a quoted new text ("Art. 5/1. ...", "§ 2. ...",
 * "3° ...", "a) ...") into AKN structure, and (re)assign eIds the way the
 * Flemish profile says (docs/profile.md section 3).
 *
 * Ownership: nodes returned belong to the document they were made for; the
 * caller links or frees them (xmlFreeNode).
 */
#ifndef LEGES_AKN_BUILD_H
#define LEGES_AKN_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <libxml/tree.h>

/* A new element in the namespace of ref's document element (AKN). */
xmlNode *leges_akn_new(xmlDoc *doc, const char *name);
/* A new element with text content, appended to parent. */
xmlNode *leges_akn_add(xmlNode *parent, const char *name, const char *text);

/*
 * Parse the lines of a quoted new text (the surrounding quote marks already
 * removed) into AKN units, appended in order as children of parent (usually
 * a quotedStructure).  Returns 0 or LEGES_ENOMEM / LEGES_EINVAL (no lines).
 */
int leges_akn_parse_quoted(xmlNode *parent, char **lines, size_t n);

/*
 * Assign eIds to every descendant of el as the profile says, taking prefix
 * as the eId of el's context ("" at body level).  When wprefix is not NULL,
 * also set wId attributes computed from wprefix instead (elements inside a
 * quotedStructure carry the eId they will have in the amended act).
 */
void leges_akn_assign_eids(xmlNode *el, const char *prefix, const char *wprefix);

/* True for chapter, section, part, title, book, subsection ... */
bool leges_akn_is_division(const char *name);

/* The element's own eId attribute, borrowed, or NULL. */
const char *leges_akn_eid(const xmlNode *el);

/* Normalised text content of el (spaces collapsed), malloc'd. */
char *leges_akn_text(const xmlNode *el);

/* Dutch/French/English date "20 december 2002" for an ISO date, into buf. */
void leges_akn_date_words(char *buf, size_t size, const char *iso, const char *lang);

/*
 * Serialise doc: the original layout is kept, and elements a transform added
 * are indented where they hold no text of their own.
 */
int leges_akn_save(xmlDoc *doc, FILE *out);

/* The meta child name, created at its place in the schema's order if missing. */
xmlNode *leges_meta_child(xmlNode *meta, const char *name, const char *source);

/*
 * Give node the eId its place calls for (and its subtree theirs).  A counted
 * unit (lid, list) renumbers its parent's subtree instead.
 */
void leges_akn_assign_one(xmlNode *node);

/*
 * Lay out what a transform added like the rest: where an element holds only
 * elements (never inside p, num, heading, mod or other text holders), add the
 * line break and indentation (two spaces a level, el at depth) that its
 * children lack.  Existing whitespace is left as it is.
 */
void leges_akn_reindent(xmlNode *el, int depth);
/* The same for one element a transform put in a tree: around it and inside it. */
void leges_akn_reindent_node(xmlNode *node);
/* Depth of an element below the root element (the root is 0). */
int leges_akn_depth(const xmlNode *n);

struct leges_doc;

/*
 * Load and model path.  On failure the message is set ("x.xml:3:7: not
 * well-formed: …" for bad XML) and the code is returned.
 */
int leges_akn_open(struct leges_doc **out, const char *path);

#endif
