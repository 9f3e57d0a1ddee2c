/*
 * xref.h - EU cross-reference and transposition analysis of one document
 * (DESIGN 4 and 6, RULES.md 1E CLS-TRANSPOSITION, 3A, 3D).
 *
 * leges_xref_analyse() reads a built document: every EU and Belgian act it
 * cites (with positions), its transposition clause, its correlation table
 * (an attached <doc name="omzettingstabel">, or a CSV file), and compares
 * them with the EU register.  The problems it finds are findings with the
 * code of an EU6xx rule; `leges xref` prints the whole analysis and
 * `leges check` reports the findings through the EU6xx rules.
 *
 * Ownership: a struct leges_xref is the caller's (leges_xref_free); it
 * borrows the document and the register, which must outlive it.
 */
#ifndef LEGES_EU_XREF_H
#define LEGES_EU_XREF_H

#include <stdbool.h>
#include <stddef.h>

#include "checks/engine.h"
#include "checks/eu/register.h"
#include "parser/cite-be.h"
#include "parser/cite-eu.h"
#include "parser/model.h"

struct leges_xref_cite {
	struct leges_eu_cite c;	/* offsets are relative to run->text */
	const struct leges_textrun *run;
	char *written;		/* owned: the citation as written, white space squeezed */
	struct leges_pos pos;
	const char *eid;	/* nearest enclosing eId, or NULL */
	const struct leges_eu_act *act;	/* in the register, or NULL */
	bool in_ref;		/* already inside <ref> */
	bool in_table;		/* inside the correlation table */
	char correct[128];	/* the form to write instead, or "" when the form is right */
};

struct leges_xref_becite {
	struct leges_be_cite c;	/* offsets are relative to run->text */
	const struct leges_textrun *run;
	char *written;		/* owned */
	struct leges_pos pos;
	const char *eid;
};

struct leges_xref_row {
	xmlNode *node;		/* <tr>, or NULL for a CSV row */
	struct leges_pos pos;	/* of the row; for CSV, pos.line is the CSV line */
	char celex[16];		/* the directive of the row */
	char *provision;	/* owned: directive provision as written */
	char article[16];	/* its article number, "" if none could be read */
	char *national;		/* owned: national provision(s) as written */
	char **eids;		/* owned: the eIds it names */
	xmlNode **eid_nodes;	/* the element naming each eId, or NULL (CSV) */
	size_t neids;
	char *status;		/* owned: lower case, trimmed */
};

enum { LEGES_XREF_VIA_CLAUSE = 1, LEGES_XREF_VIA_TABLE = 2, LEGES_XREF_VIA_OPTION = 4 };

struct leges_xref_directive {
	char celex[16];
	const struct leges_eu_act *act;	/* or NULL */
	unsigned via;		/* LEGES_XREF_VIA_* bits */
	size_t required;	/* articles needing transposition, per the register */
	size_t covered;		/* of those, with at least one row */
	char **missing;		/* owned: articles without a row */
	size_t nmissing;
	bool partial_rows;	/* some row says gedeeltelijk */
	const char *deadline;	/* borrowed from the register: first adopt deadline, or NULL */
	const char *deadline_set_by;
};

struct leges_xref_finding {
	const char *code;	/* "EU603" */
	const char *file;	/* NULL: the document; else the CSV table */
	struct leges_pos pos;
	const xmlNode *node;	/* context for the eId, or NULL */
	char *message;		/* owned */
	char *fix;		/* owned replacement text, or NULL */
};

struct leges_copy {
	const char *national_eid;	/* borrowed */
	struct leges_pos pos;
	const xmlNode *node;
	char *eu_article;	/* owned: "Artikel 6" as numbered in the EU text */
	double similarity;	/* Jaccard index of the shingles */
};

struct leges_xref {
	struct leges_doc *doc;	/* borrowed */
	struct leges_xref_cite *cites;
	size_t ncites;
	struct leges_xref_becite *becites;
	size_t nbecites;
	const struct leges_textrun *clause;	/* the transposition clause, or NULL */
	size_t clause_off;	/* where in clause->text it starts */
	struct leges_pos clause_pos;
	bool clause_partial;
	const char *table_source;	/* "attachment", "csv" or NULL */
	const xmlNode *table_node;
	struct leges_xref_row *rows;
	size_t nrows;
	struct leges_xref_directive *dirs;
	size_t ndirs;
	char eif[11];		/* entry into force read in the text, or "" */
	const struct leges_textrun *eif_run;
	size_t eif_off;
	struct leges_pos eif_pos;
	const xmlNode *eif_node;
	struct leges_copy *copies;
	size_t ncopies;
	struct leges_xref_finding *findings;
	size_t nfindings;
	enum leges_lang lang;	/* of the findings' messages */
};

struct leges_xref_opts {
	const struct leges_eu_register *reg;	/* NULL: the built-in one */
	const char *const *transposes;	/* CELEX numbers the user says the draft transposes; NULL-terminated */
	const char *table_csv;	/* correlation table as CSV, or NULL */
	const char *eu_text;	/* text of a regulation (AKN or Formex) for the copy check, or NULL */
	double threshold;	/* copy check: Jaccard index from which a provision counts as copied (0: 0.5) */
	/*
	 * Give every citation, the clause and the date its position (leges xref
	 * shows them all).  Without it only the findings get positions: on a
	 * clean document leges check then asks for none, and the tree is never
	 * matched with its source (pos.h).
	 */
	bool positions;
	enum leges_lang lang;	/* of the messages (leges check --lang); 0 is English */
};

int leges_xref_analyse(struct leges_xref **out, struct leges_doc *doc, const struct leges_xref_opts *opts);
void leges_xref_free(struct leges_xref *x);

/* The check function of every EU6xx rule: report the findings with ctx->rule's code. */
int leges_xref_check(struct leges_check_ctx *ctx);

/* The CELEX of an ELI, CELEX or citation written in s, or false. */
bool leges_xref_celex_of(char out[16], const char *s);

#endif
