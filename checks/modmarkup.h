/*
 * modmarkup.h - what the MOD7xx rules share: the textualMods of a document
 * (active and passive) and the mods of its body.
 *
 * Ownership: the arrays are the caller's (free()); the nodes are the tree's.
 */
#ifndef LEGES_MODMARKUP_H
#define LEGES_MODMARKUP_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

#include "parser/model.h"

struct leges_tmod {
	xmlNode *node;		/* textualMod */
	bool passive;		/* in passiveModifications */
};

/* Every textualMod of meta/analysis; 0 or LEGES_ENOMEM. */
int leges_tmods_collect(const struct leges_doc *doc, struct leges_tmod **out, size_t *count);

/* Every <mod> of the body (not inside quoted structures); 0 or LEGES_ENOMEM. */
int leges_mods_collect(const struct leges_doc *doc, xmlNode ***out, size_t *count);

/* The element a local href ("#x") names, or NULL. */
xmlNode *leges_href_target(const struct leges_doc *doc, const char *href);

#endif
