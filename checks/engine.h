/*
 * engine.h - rules, findings, and the engine that runs the one over documents
 * to produce the other (DESIGN 5).
 *
 * A rule has a stable code and a kebab-case name ("STR101 numbering-gap"), a
 * default severity, the profiles it applies to, a one-line summary and the
 * source it rests on.  A C rule is one file in checks/rules/ holding one
 * descriptor and one static check function; checks/registry.c lists them
 * sorted by code.  A finding is data, not an error: a check function returns
 * non-zero only when the tool itself failed.
 *
 * Some rules have no check function: the engine raises them itself, because
 * they concern reading the input rather than its content (AKN001 not
 * well-formed, AKN002 namespace errors, AKN003 schema unavailable, AKN004
 * dialect, AKN005 schema validity).
 *
 * Ownership: a struct leges_findings owns its findings and their strings.
 */
#ifndef LEGES_ENGINE_H
#define LEGES_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

#include "parser/error.h"
#include "parser/model.h"

/* Languages of messages and of documents. */
enum leges_lang {
	LEGES_LANG_EN = 0,
	LEGES_LANG_NL = 1,
	LEGES_LANG_FR = 2,
	LEGES_LANG_OTHER = 3,
};

int leges_lang_parse(const char *s, enum leges_lang *out);
/* A C rule's English message format in lang (checks/messages.c), or en itself. */
const char *leges_tr(const char *en, enum leges_lang lang);
bool leges_tr_known(const char *en);
const char *leges_lang_code(enum leges_lang lang);
/* The messages' language from LC_ALL, LC_MESSAGES or LANG (nl_BE -> nl), else English. */
enum leges_lang leges_lang_from_env(void);
/* The language of a document: FRBRlanguage, else xml:lang on the document element. */
enum leges_lang leges_doc_lang(const struct leges_doc *doc);

enum leges_severity {
	LEGES_SEV_INFO = 0,
	LEGES_SEV_WARNING = 1,
	LEGES_SEV_ERROR = 2,
	LEGES_SEV_NONE = 3,	/* only as a fail level: never fail */
};

enum leges_profile {
	LEGES_PROFILE_BE_VLG = 1 << 0,
	LEGES_PROFILE_BE = 1 << 1,
	LEGES_PROFILE_EU = 1 << 2,
	LEGES_PROFILE_GENERIC = 1 << 3,
	LEGES_PROFILE_ALL = 0xF,
};

struct leges_check_ctx;

struct leges_rule {
	const char *code;	/* "STR101" */
	const char *name;	/* "numbering-gap" */
	enum leges_severity severity;
	unsigned profiles;	/* enum leges_profile bits */
	const char *summary;	/* one line */
	const char *source;	/* document and point it rests on */
	/* NULL for rules the engine raises itself. */
	int (*check)(struct leges_check_ctx *ctx);
	/* Dialects it runs on: bit (1 << enum leges_dialect); 0 means AKN 3.0 only. */
	unsigned dialects;
	/* Rules from packs: the pack's compiled patterns (checks/pack.c); NULL for C rules. */
	const void *data;
};

#define LEGES_DIALECTS_AKN_ALL ((1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT) | \
				(1u << LEGES_DIALECT_AKN20) | (1u << LEGES_DIALECT_AKN10) | \
				(1u << LEGES_DIALECT_LDML_DE))
/* The Naming Convention's eIds: LegalDocML.de has its own (art-z1_abs-z1), so it is left out. */
#define LEGES_DIALECTS_AKN3 ((1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT))

struct leges_finding {
	const struct leges_rule *rule;
	enum leges_severity severity;
	char *file;		/* owned; NULL for a finding about the whole run */
	unsigned long line, col;	/* 0 when unknown */
	char *message;		/* owned */
	char *eid;		/* owned; the nearest eId around the place, or NULL */
	char *context;		/* owned; "Art. 5, § 2" or NULL */
	unsigned long long fingerprint;	/* code + eId + the element's text: stable across line moves */
	size_t offset;		/* byte offset in the input, when has_offset */
	bool has_offset;
	struct leges_fix *fix;	/* owned; a replacement --fix can apply, or NULL */
};

/* A replacement of raw input bytes [start, end) by text (already XML-escaped). */
struct leges_fix {
	size_t start, end;
	unsigned long start_line, start_col, end_line, end_col;
	char *text;
};

struct leges_findings {
	struct leges_finding *v;
	size_t n, cap;
};

void leges_findings_init(struct leges_findings *f);
void leges_findings_release(struct leges_findings *f);
/* Move every finding of src to the end of dst; src is left empty. */
int leges_findings_move(struct leges_findings *dst, struct leges_findings *src);
/* Sort by file, line, column, code (run-level findings first). */
void leges_findings_sort(struct leges_findings *f);

/* --- the registry ------------------------------------------------------------ */

/*
 * All rules, sorted by code: the C rules and those of the built-in packs
 * (nl-vlaanderen, fr-be, en), plus any pack added with leges_registry_add_pack().
 */
const struct leges_rule *const *leges_rules(size_t *count);
/*
 * Add a user's pack (--pack FILE).  Call before worker threads start.  A pack
 * that does not validate against pack.rng, or whose pattern does not compile,
 * is LEGES_EINVAL with a message naming the file, the line and the reason.
 */
int leges_registry_add_pack(const char *path);
const struct leges_rule *leges_rule_find(const char *code_or_name);
/* Embedded documentation page (docs/rules/CODE.md) or NULL. */
const char *leges_rule_doc(const char *code);

const char *leges_severity_name(enum leges_severity s);
int leges_severity_parse(const char *s, enum leges_severity *out);
int leges_profile_parse(const char *s, unsigned *out);
const char *leges_profile_name(unsigned profile);

/* --- the engine ---------------------------------------------------------------- */

struct leges_schema;

struct leges_engine_opts {
	const char *const *select;	/* codes, prefixes or names; NULL-terminated; NULL = all */
	const char *const *ignore;
	unsigned profile;		/* 0: detect from each document */
	size_t max_size;		/* 0: default */
	const struct leges_schema *schema;	/* NULL: AKN005 cannot run */
	enum leges_lang lang;		/* language of the messages */
	/* Severities changed by configuration: rule code -> severity. */
	const struct leges_severity_override *overrides;
	size_t noverrides;
	/* Keep the parsed tree of each file (for the HTML report): see leges_check_file_tree(). */
	bool keep_tree;
	/* An ISO Schematron given with --schematron: its assertions are SCH001 findings. */
	const struct leges_schematron *schematron;
	/* The draft that a RIA kept in a file of its own assesses (leges ria --draft), or NULL. */
	struct leges_doc *draft;
	/*
	 * The process exits once this file is checked (the last file of a
	 * one-shot command): its model and tree are left to the exit rather than
	 * freed.  Sanitizer builds free them all the same.
	 */
	bool exit_after;
};

struct leges_severity_override {
	const char *code;
	enum leges_severity severity;
};

/* True when rule is selected under opts. */
bool leges_rule_selected(const struct leges_rule *rule, const struct leges_engine_opts *opts);
/* True when sel (a code, a prefix of codes, or a name) matches rule. */
bool leges_rule_matches(const struct leges_rule *rule, const char *sel);

/*
 * Check one file: load, build the model, run the selected rules.  Findings
 * are appended to out.  Returns 0; LEGES_EPARSE when the file is not
 * well-formed (the AKN001 finding is in out); LEGES_EIO when it could not be
 * read (nothing in out, the message set); LEGES_ENOMEM or another error when
 * the tool failed.
 */
int leges_check_file(const char *path, const struct leges_engine_opts *opts, struct leges_findings *out);

/* The same, handing the parsed tree to the caller (*tree, xmlFreeDoc) when the file was well-formed. */
int leges_check_file_tree(const char *path, const struct leges_engine_opts *opts, struct leges_findings *out,
			  xmlDocPtr *tree);

/*
 * Check in-memory bytes named name (for --fix's re-check).  As leges_check_file.
 */
int leges_check_memory(const char *name, const char *data, size_t len, const struct leges_engine_opts *opts,
		       struct leges_findings *out);

/* Check an already built document (for tests and other commands). */
int leges_check_doc(struct leges_doc *doc, const struct leges_engine_opts *opts, struct leges_findings *out);

/* Profile of a document, from its FRBR country. */
unsigned leges_doc_profile(const struct leges_doc *doc);

/* --- what a check function uses ------------------------------------------------ */

struct leges_check_ctx {
	const struct leges_rule *rule;
	struct leges_doc *doc;
	struct leges_findings *out;
	const struct leges_engine_opts *opts;
	unsigned profile;		/* the document's profile (one enum leges_profile bit) */
};

/* Attach a fix to the finding just reported (the last one in ctx->out); takes text. */
int leges_report_fix(struct leges_check_ctx *ctx, size_t start, size_t end, char *text);

/*
 * Report a finding of ctx->rule at node (at its attribute attr when attr is
 * not NULL).  Returns 0 or LEGES_ENOMEM.
 */
int leges_report(struct leges_check_ctx *ctx, const xmlNode *node, const char *attr,
		 const char *fmt, ...) LEGES_PRINTF(4, 5);
/* Report at an explicit position, with node giving the eId context. */
int leges_report_pos(struct leges_check_ctx *ctx, struct leges_pos pos, const xmlNode *node,
		     const char *fmt, ...) LEGES_PRINTF(4, 5);

/* --- Schematron (--schematron) ----------------------------------------------------- */

struct leges_schematron;

/* Read and compile an ISO Schematron file (XPath 1.0); LEGES_EINVAL with the reason. */
int leges_schematron_load(struct leges_schematron **out, const char *path);
void leges_schematron_free(struct leges_schematron *s);

/* --- the AKN XSD ---------------------------------------------------------------- */

/*
 * Load akomantoso30.xsd from dir (allowing the entity loader to read there).
 * LEGES_ENOTFOUND when it is not there; the message says where we looked.
 * A loaded schema is read-only and shared by every worker thread.
 */
int leges_schema_load(struct leges_schema **out, const char *dir);
void leges_schema_free(struct leges_schema *schema);
const char *leges_schema_path(const struct leges_schema *schema);
/* Validate doc, reporting each error as a finding of rule AKN005. */
int leges_schema_validate(const struct leges_schema *schema, struct leges_check_ctx *ctx);
/*
 * The schema will validate at most n more documents, and frees its compiled
 * form (13 MB for AKN 3.0) after the nth: a run that checks its files once
 * gives that memory back before the last document's rules.  Call before the
 * checks start; n is counted across threads.  Without it the schema stays
 * until leges_schema_free().
 */
void leges_schema_release_after(struct leges_schema *schema, size_t n);

/*
 * Free doc, or, in a one-shot command that exits next, keep it reachable
 * until the exit: the kernel takes the memory back at once, where freeing a
 * large tree node by node costs as much as several rules (git leaves its last
 * objects to the exit likewise).  Sanitizer builds always free, so that the
 * free path stays checked.
 */
void leges_doc_leave_to_exit(struct leges_doc *doc);

#endif
