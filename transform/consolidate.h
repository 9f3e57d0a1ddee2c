/*
 * consolidate.h - apply the modifications in force on a date to a base act
 * (DESIGN 7, RULES.md 4D).
 *
 * leges_consolidate() collects the textualMods of the amending acts that
 * point at the base act's Work (an amending act without markup is first run
 * through leges_amend() against the base), orders them by force date, then by
 * act (Work date, then argument order), then by document order, and applies
 * each one in force on the date to a copy of the base.  The result is a
 * singleVersion expression: Expression FRBR date = the last event applied,
 * lifecycle, temporalData and passiveModifications completed, and a note on
 * each changed element naming the amending provision.  Every modification is
 * reported as applied, target not found, old text not found, conflict, not yet
 * in force or unsupported.  Nothing depends on time, addresses or hash order:
 * the same inputs give byte-identical output.
 *
 * Ownership: the result document and the report are the caller's
 * (leges_consolidation_release()); the input documents are not changed
 * except that unmarked amending acts are marked up in place.
 */
#ifndef LEGES_CONSOLIDATE_H
#define LEGES_CONSOLIDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

#include "parser/model.h"

enum leges_mod_status {
	LEGES_MOD_APPLIED,
	LEGES_MOD_TARGET_NOT_FOUND,
	LEGES_MOD_OLD_NOT_FOUND,
	LEGES_MOD_CONFLICT,
	LEGES_MOD_NOT_YET,
	LEGES_MOD_UNSUPPORTED,
};

struct leges_mod_report {
	enum leges_mod_status status;
	char date[11];		/* force date, "" when it does not resolve */
	char *act;		/* the amending act's Work IRI */
	char *source;		/* mod eId in the amending act */
	char *tmod;		/* textualMod eId */
	char *type;		/* substitution, insertion, repeal, renumbering */
	char *dest;		/* destination eId in the base ("" for the whole act) */
	char *reason;		/* why it was not applied, or NULL */
	size_t act_index, order;
	bool in_base;		/* already applied in the base (a consolidated version): kept as is */
};

struct leges_event {
	char date[11];
	size_t act_index;	/* index into the amending acts */
	size_t nmods;		/* modifications of this act in force on this date */
};

struct leges_consolidation {
	xmlDocPtr out;		/* the consolidated expression, or NULL (timeline only) */
	bool out_borrowed;	/* out is the base's own tree (LEGES_CONSOLIDATE_IN_PLACE) */
	struct leges_mod_report *mods;	/* in application order */
	size_t nmods;
	struct leges_event *events;	/* distinct (date, act), in date order */
	size_t nevents;
	size_t applied, failed, not_yet;
	char last[11];		/* date of the last event applied, "" if none */
};

/* Change the base's own tree instead of a copy (faster; the base is used up). */
#define LEGES_CONSOLIDATE_IN_PLACE 1u

/*
 * Consolidate base with the n amending acts at date at ("YYYY-MM-DD").  When
 * at is NULL, nothing is applied and only the report and events are built
 * (leges timeline).  flags: 0 or LEGES_CONSOLIDATE_IN_PLACE.  Returns 0,
 * LEGES_ENOMEM or LEGES_EINVAL.
 */
int leges_consolidate(struct leges_consolidation *res, struct leges_doc *base, struct leges_doc **amending,
		      size_t n, const char *at, unsigned flags);
void leges_consolidation_release(struct leges_consolidation *res);

const char *leges_mod_status_name(enum leges_mod_status s);

#endif
