/*
 * ria.h - the regulatory impact assessment (RIA): its document, its table of
 * information obligations and the Standard Cost Model figures (RULES.md 2C,
 * DESIGN 4, docs/profile.md "RIA").
 *
 * A RIA is an AKN <doc name="ria">, a file of its own or an attachment of
 * the draft.  Its mainBody holds one <hcontainer name="..."> per heading of
 * the Flemish template, and its information obligations are the rows of a
 * <table class="skm">: one row per obligation and administrative activity.
 * leges_ria_analyse() reads all of it once; the RIA8xx rules and `leges ria`
 * share the result.
 *
 * Arithmetic.  Money is int64 euro cents; time, frequency and BAU are fixed
 * point with four decimals (x 10^4).  No floating point touches a total:
 *   P_a  = T_a x H_a + O_a            kept exact, in 10^-4 cent
 *   Q    = N x F                      exact, in 10^-4
 *   AC   = sum_a P_a x Q              rounded once to the cent
 *   AB   = AC x (1 - BAU)             from the exact AC, rounded once
 * Rounding is half away from zero.  Totals (per target group, origin, kind)
 * are sums of the rounded figures of each obligation, so a report adds up to
 * the cent.  One-off costs (N x the one-off cost per entity) are reported
 * apart and annualised as C x r / (1 - (1 + r)^-n); that factor is the one
 * place where long double is used, and its result is rounded to the cent.
 *
 * Ownership: a struct leges_ria owns its obligations, problems and strings;
 * xmlNode pointers are borrowed from the documents, which must outlive it.
 */
#ifndef LEGES_RIA_H
#define LEGES_RIA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <libxml/tree.h>

#include "parser/model.h"

/* --- the arithmetic ------------------------------------------------------- */

#define LEGES_RIA_SCALE 10000	/* fixed point of T, F and BAU */

/*
 * Parse a number of a table cell into fixed point with `decimals` decimals:
 * "2", "2.5", "2,5", "4 500", "4.500,00" (Dutch: with a comma, dots group
 * thousands), "€ 45", "30 %" (percent divides by 100).  LEGES_EINVAL when it
 * is not a number, has more decimals than allowed or is too large.
 */
int leges_ria_number(const char *text, unsigned decimals, int64_t *out);

/* x / d rounded half away from zero (d > 0). */
int64_t leges_ria_div_round(int64_t x, int64_t d);

/* Exact price per action in 10^-4 cent: T (x 10^4 h) x H (cents/h) + O (cents). */
int64_t leges_ria_price(int64_t t_e4, int64_t h_cents, int64_t o_cents);

/*
 * AC and AB in cents of one obligation from the exact prices of its
 * activities: AC = sum P x N x F, AB = AC x (1 - BAU).  LEGES_EINVAL when a
 * figure does not fit in int64.
 */
int leges_ria_cost(const int64_t *price_e4, size_t nprices, int64_t n, int64_t f_e4, int64_t bau_e4,
		   int64_t *ac_cents, int64_t *ab_cents);

/* A one-off amount spread over `years` at rate r (x 10^4), in cents a year. */
int64_t leges_ria_annualise(int64_t cents, int64_t rate_e4, unsigned years);

/* "472,500.00" (negative with a leading '-'); buf of at least 32 bytes. */
char *leges_ria_money(char *buf, size_t size, int64_t cents);
/* A fixed-point value x 10^4 without trailing zeros: "2", "0.3", "1.25". */
char *leges_ria_fixed(char *buf, size_t size, int64_t v_e4);

/* --- the document --------------------------------------------------------- */

enum leges_ria_kind { LEGES_RIA_NEW, LEGES_RIA_CHANGED, LEGES_RIA_REMOVED, LEGES_RIA_NKINDS };
enum leges_ria_origin { LEGES_RIA_EU, LEGES_RIA_EU_GOLDPLATING, LEGES_RIA_NATIONAL, LEGES_RIA_NORIGINS };

const char *leges_ria_kind_name(enum leges_ria_kind k);		/* "nieuw" ... */
const char *leges_ria_origin_name(enum leges_ria_origin o);	/* "EU" ... */

/* The sections of the template, in order; JoKER last (needed only when minors are affected). */
enum leges_ria_section {
	LEGES_RIA_SUMMARY, LEGES_RIA_PROBLEM, LEGES_RIA_OBJECTIVES, LEGES_RIA_OPTIONS, LEGES_RIA_EFFECTS,
	LEGES_RIA_COMPARISON, LEGES_RIA_IMPLEMENTATION, LEGES_RIA_MONITORING, LEGES_RIA_CONSULTATION,
	LEGES_RIA_JOKER, LEGES_RIA_NSECTIONS
};
/* Its @name ("samenvatting") and the template heading ("Samenvatting"). */
const char *leges_ria_section_name(enum leges_ria_section s);
const char *leges_ria_section_heading(enum leges_ria_section s);

/* A problem in the table; the RIA807 and RIA808 rules report them. */
enum leges_ria_problem_kind { LEGES_RIA_PROB_RANGE, LEGES_RIA_PROB_TABLE };

struct leges_ria_problem {
	enum leges_ria_problem_kind kind;
	const xmlNode *node;
	char *message;
};

struct leges_ria_activity {
	const xmlNode *row;
	char *name;		/* the activity, or the description */
	int64_t t_e4, h_cents, o_cents;
	int64_t price_e4;	/* exact P in 10^-4 cent */
};

struct leges_ria_obligation {
	const xmlNode *row;	/* its first row */
	char *id, *description, *group;
	const xmlNode *ref;	/* the <ref> of the provision cell, or NULL */
	const char *href;	/* borrowed from ref */
	char *eid;		/* the eId it names (after '#' or '~'), or NULL */
	const xmlNode *f_cell;	/* to report a frequency at */
	int64_t n, f_e4, bau_e4, oneoff_cents;	/* one-off cost per entity */
	enum leges_ria_kind kind;
	enum leges_ria_origin origin;
	struct leges_ria_activity *acts;
	size_t nacts;
	bool valid;		/* every figure read; false leaves it out of the totals */
	/* Results. */
	int64_t price_cents;	/* sum of P, rounded */
	int64_t q_e4;		/* N x F */
	int64_t ac_cents, ab_cents;
	int64_t oneoff_total_cents, oneoff_annual_cents;
};

struct leges_ria_total {
	char *key;
	int64_t ac_cents, ab_cents;
	size_t count;
};

struct leges_ria_totals {
	struct leges_ria_total *groups;	/* in order of first appearance */
	size_t ngroups;
	struct leges_ria_total origins[LEGES_RIA_NORIGINS];
	struct leges_ria_total kinds[LEGES_RIA_NKINDS];
	int64_t ac_cents, ab_cents;
	size_t count;			/* obligations computed */
	int64_t net_ab_cents;		/* new - removed (changed: see kinds[CHANGED]) */
	int64_t oneoff_cents, oneoff_annual_cents;
};

struct leges_ria_option {
	const xmlNode *node;
	bool baseline;
	bool preferred;
};

struct leges_ria_opts {
	int64_t rate_e4;	/* annualisation rate; default 300 (3 %) */
	unsigned years;		/* default 10 */
};

struct leges_ria {
	const struct leges_doc *doc;	/* the document holding the RIA */
	xmlNode *node;			/* <doc name="ria"> */
	const struct leges_doc *draft;	/* the draft it assesses, or NULL */
	xmlNode *sections[LEGES_RIA_NSECTIONS];
	struct leges_ria_option *options;
	size_t noptions;
	xmlNode *table;			/* the first <table class="skm">, or NULL */
	struct leges_ria_obligation *obl;
	size_t nobl;
	struct leges_ria_problem *probs;
	size_t nprobs;
	struct leges_ria_totals totals;
	struct leges_ria_opts opts;
	/* Private: capacities and lookups while reading. */
	size_t cap_obl, cap_probs, cap_options, cap_groups;
	void *ids, *groups;	/* xmlHashTable: obligation id, folded target group -> index + 1 */
};

/* The <doc name="ria"> of doc: the document itself or an attachment; NULL if none. */
xmlNode *leges_ria_find(const struct leges_doc *doc);
/* True when doc refers to a RIA kept apart: an attachment <documentRef href="/akn/.../doc/ria/..."> (or "!ria"). */
bool leges_ria_referenced(const struct leges_doc *doc);

/*
 * Read the RIA at node (in doc) and compute its figures.  draft is the
 * document it assesses (doc itself for an attached RIA), or NULL.  opts may
 * be NULL (defaults).  Problems of the table are data in the result, not
 * errors; the return is 0 or LEGES_ENOMEM.
 */
int leges_ria_analyse(struct leges_ria **out, const struct leges_doc *doc, xmlNode *node,
		      const struct leges_doc *draft, const struct leges_ria_opts *opts);
void leges_ria_free(struct leges_ria *ria);

/* --- obligations in the text of a draft ------------------------------------ */

struct leges_ria_duty {
	const struct leges_textrun *run;
	size_t off, len;	/* the verb (with its particle) in run->text */
	const char *eid;	/* the nearest eId around it (borrowed), or NULL */
};

/*
 * The information obligations that the normative text of draft (its main
 * body, not its attachments) imposes on citizens, businesses or non-profits:
 * a finite verb such as "dient ... in", "bezorgt", "meldt", "bewaart", or
 * an infinitive after "moet"/"verplicht", whose subject is not a public
 * authority (de Vlaamse Regering, de minister, het departement ...).
 * Definitions are left out.  *out is the caller's (free()).
 */
int leges_ria_duties(struct leges_ria_duty **out, size_t *n, struct leges_doc *draft);

/* Where text (UTF-8) mentions minors or young people; -1 if nowhere. */
long leges_ria_minors(const char *text, size_t len);

/*
 * The frequency a year that a text states ("jaarlijks" 1, "maandelijks" 12,
 * "per kwartaal" 4, "twee keer per jaar" 2, "wekelijks" 52), x 10^4; 0 when
 * it states none.  *word (may be NULL) gets the words found.
 */
int64_t leges_ria_text_frequency(const char *text, char *word, size_t wordsize);

/* --- for the RIA8xx rules ---------------------------------------------------- */

struct leges_check_ctx;

/*
 * The RIA of the document being checked, analysed, or *out = NULL when it
 * has none.  Its draft is the document itself for an attachment, or
 * ctx->opts->draft for a RIA in a file of its own.
 */
int leges_ria_of_ctx(struct leges_ria **out, struct leges_check_ctx *ctx);

/* ctx, but reporting in the draft (for findings about the draft's text). */
void leges_ria_draft_ctx(struct leges_check_ctx *out, const struct leges_check_ctx *ctx,
			 const struct leges_ria *ria);

/* The element of the draft that eid names, outside the RIA itself; NULL if none. */
xmlNode *leges_ria_draft_node(const struct leges_ria *ria, const char *eid);

/* Text of a node, white space folded (malloc'ed; NULL on no memory). */
char *leges_ria_text(const xmlNode *node);

#endif
