/*
 * amend.h - turn the amending formulas of an act into AKN modification
 * markup (DESIGN 7, profile.md "Amendments").
 *
 * leges_amend() reads each article of the amending act's body: a formula
 * sentence (parser/formula.h) in a <p>, the quoted new text in the <p>s that
 * follow it, or a list of changes ("worden de volgende wijzigingen
 * aangebracht:" with one point per change).  Each recognised instruction
 * becomes a <mod> (with <quotedText> for quoted words and <quotedStructure>
 * for quoted units parsed into AKN) and one <textualMod> per operation in
 * meta/analysis/activeModifications, with source, destination (target work
 * IRI + ~eId, @pos), old, new and force (a temporalGroup built from the act's
 * entry-into-force provisions).  A sentence that reads like an amendment but
 * matches no formula is reported with its position and left alone: nothing is
 * guessed.
 *
 * Ownership: the document is changed in place; the result's issues are the
 * caller's (leges_amend_result_release()).
 */
#ifndef LEGES_AMEND_H
#define LEGES_AMEND_H

#include <stddef.h>

#include "parser/model.h"

struct leges_amend_opts {
	const struct leges_doc *target;	/* the act amended, or NULL: eIds then follow the profile */
};

struct leges_amend_issue {
	unsigned long line, col;
	char *message;	/* owned */
};

struct leges_amend_result {
	size_t nmods;		/* <mod> elements written */
	size_t ntextual;	/* <textualMod> elements written */
	size_t nskipped;	/* amending sentences that could not be read */
	struct leges_amend_issue *issues;	/* owned */
	size_t nissues;
};

/* Mark up doc in place.  Returns 0, LEGES_ENOMEM or LEGES_EINVAL (no body). */
int leges_amend(struct leges_doc *doc, const struct leges_amend_opts *opts, struct leges_amend_result *res);
void leges_amend_result_release(struct leges_amend_result *res);

/* True when doc already has meta/analysis/activeModifications. */
bool leges_amend_has_markup(const struct leges_doc *doc);

#endif
