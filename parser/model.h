/*
 * model.h - the document model that every check and transform reads.
 *
 * leges_doc_build() takes a loaded input (load.h) and, in one pass over the
 * tree, finds the dialect, the FRBR identification, every element with an eId
 * (indexed per document component), every href, and the provision tree with
 * parsed numbers.  Text runs (the normative text of each block, with a map
 * from each byte back to its node and source position) are built on first
 * use by leges_doc_text_runs().  Everything is linear in the document's size.
 *
 * Ownership: the doc owns the model and the input given to it.  The eIds and
 * the <num> texts are copies the doc keeps in one string arena (commands that
 * change the tree, such as consolidate, may free the attributes they came
 * from); other strings that point into the libxml2 tree (hrefs, element
 * names) are borrowed from it and live as long as the doc.
 */
#ifndef LEGES_MODEL_H
#define LEGES_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <libxml/hash.h>
#include <libxml/tree.h>

#include "load.h"
#include "num.h"
#include "pos.h"

enum leges_dialect {
	LEGES_DIALECT_AKN30,	/* http://docs.oasis-open.org/legaldocml/ns/akn/3.0 */
	LEGES_DIALECT_AKN30_DRAFT,	/* pre-standard 3.0: WD17, CSD02-CSD15 ... */
	LEGES_DIALECT_AKN20,
	LEGES_DIALECT_AKN10,
	LEGES_DIALECT_LDML_DE,	/* LegalDocML.de, the German profile */
	LEGES_DIALECT_NONE,	/* no namespace (Formex, plain XML) */
	LEGES_DIALECT_UNKNOWN,
};

#define LEGES_NS_AKN30 "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

enum leges_frbr_field {
	LEGES_FRBR_THIS, LEGES_FRBR_URI, LEGES_FRBR_DATE, LEGES_FRBR_AUTHOR, LEGES_FRBR_COUNTRY,
	LEGES_FRBR_SUBTYPE, LEGES_FRBR_NUMBER, LEGES_FRBR_NAME, LEGES_FRBR_LANGUAGE,
	LEGES_FRBR_NFIELDS
};

struct leges_frbr_level {
	xmlNode *node;				/* FRBRWork ... or NULL */
	xmlNode *el[LEGES_FRBR_NFIELDS];	/* first child of each kind, or NULL */
	char *val[LEGES_FRBR_NFIELDS];		/* owned; its value attribute, or NULL */
};

struct leges_frbr {
	xmlNode *identification;
	char *source;		/* owned; identification/@source */
	struct leges_frbr_level work, expr, manif;
};

struct leges_provision {
	xmlNode *node;
	const char *name;	/* borrowed: element local name */
	xmlNode *num_node;	/* its <num>, or NULL */
	const char *num_text;	/* the doc's, trimmed; NULL without <num> */
	struct leges_numkey num;	/* num.ident is the doc's, "" without <num> */
	xmlNode *heading_node;
	const char *eid;	/* the doc's copy (as in doc->eids); NULL without eId */
	long parent;		/* index of the enclosing provision, -1 at the top */
	unsigned component;	/* index into doc->components */
	bool quoted;		/* inside quotedStructure/quotedText/embeddedStructure */
	/*
	 * It holds text, or an element that is content without text (img, table,
	 * mod ...), outside its num, heading and subheading; what its
	 * sub-provisions hold counts for them, not for it.
	 */
	bool has_content;
};

/*
 * An element with an eId, and what the structural rules ask of every eId,
 * worked out once while the model is built.
 */
struct leges_eid {
	xmlNode *node;
	const char *value;	/* the doc's copy of the attribute value */
	long parent;		/* the nearest ancestor with an eId (index into doc->eids), or -1 */
	unsigned component;
	unsigned last_step;	/* when valid: offset of the last step in value, 0 if it is the only one */
	bool label;		/* leges_eid_is_label(node) */
	bool valid;		/* leges_eid_valid(value) */
	bool duplicate;		/* an earlier element of the same component has this eId */
};

struct leges_href {
	xmlNode *node;		/* the element carrying it */
	const char *value;	/* borrowed */
	bool quoted;
};

/*
 * eId -> element, open addressing.  A slot holds the hash of its key and the
 * index (plus one; 0 is empty) of the doc->eids entry whose value is the key:
 * probes and growth compare and rehash nothing, and the keys are the doc's
 * copies, which outlive changes to the tree.
 */
struct leges_eidslot {
	uint32_t hash;
	uint32_t eid;
};

struct leges_eidmap {
	struct leges_eidslot *slots;
	size_t cap, n;
};

struct leges_component {
	xmlNode *node;		/* act, bill, doc ... */
	struct leges_eidmap eids;	/* first use wins */
};

/*
 * A piece of a text run that comes from one text node, from its first byte:
 * 16 bytes (a run is at most LEGES_RUN_MAX bytes long).
 */
struct leges_textseg {
	uint32_t start;		/* in run->text */
	uint32_t len : 31;
	uint32_t in_ref : 1;	/* inside <ref>, <mref>, <rref> */
	xmlNode *node;		/* text or CDATA node */
};

#define LEGES_RUN_MAX ((size_t)INT32_MAX)

struct leges_textrun {
	xmlNode *block;		/* p, heading, num, td ... */
	const char *name;	/* borrowed: its element name (read without touching the node) */
	char *text;		/* UTF-8, NUL-terminated; in doc->runs_text (contiguous: the rules read it fast) */
	struct leges_textseg *segs;	/* in doc->runs_segs */
	int32_t provision;	/* enclosing provision, or -1 */
	uint32_t len;		/* at most LEGES_RUN_MAX */
	uint32_t nsegs;
	bool in_body;		/* under body/mainBody (normative), not preface/preamble */
};

#define LEGES_DOC_NCACHES 8

struct leges_doc {
	struct leges_input *in;	/* owned */
	enum leges_dialect dialect;
	const char *ns;		/* borrowed root namespace URI, or NULL */
	xmlNode *root;		/* akomaNtoso */
	xmlNode *main;		/* the document element: act, bill, doc ... or NULL */
	const char *eid_attr;	/* "eId", or "id" in AKN 1.0/2.0 */
	struct leges_frbr frbr;
	char lang[16];		/* FRBRlanguage, "" if none */
	char country[32];	/* FRBRcountry, "" if none */

	struct leges_component *components;
	size_t ncomponents;
	struct leges_eid *eids;	/* every element with an eId, document order */
	size_t neids;
	struct leges_href *hrefs;
	size_t nhrefs;
	struct leges_provision *provs;	/* document order */
	size_t nprovs;
	struct leges_strings *strings;	/* owned: the arena of the copies above */

	struct leges_textrun *runs;	/* built by leges_doc_text_runs() */
	size_t nruns;
	bool runs_built;
	char *runs_text;		/* owned: the texts of all runs, each NUL-terminated, in order */
	struct leges_textseg *runs_segs;	/* owned: the segments of all runs, in order */

	/* What checks/ computes once per document (the draft view, the pack prefilter), freed with it. */
	struct leges_doc_cache {
		const void *key;	/* the address of something of the owner's: who put it there */
		void *value;
		void (*free)(void *);
	} caches[LEGES_DOC_NCACHES];
};

/*
 * Only what the input itself says: root, namespace, dialect, eId attribute and
 * main document, no model (doc does not own in).  Enough for a finding on the
 * raw tree, such as schema validation before the model is built.
 */
void leges_doc_shell(struct leges_doc *doc, struct leges_input *in);

/* Build the model; takes ownership of in (also on failure). */
int leges_doc_build(struct leges_doc **out, struct leges_input *in);
void leges_doc_free(struct leges_doc *doc);

const char *leges_dialect_name(enum leges_dialect d);
enum leges_dialect leges_dialect_of(const char *ns);

/* True when element name is a provision (hierarchy) element. */
bool leges_is_provision_name(const char *name);
/* True when name is an AKN document type element (act, bill, doc ...). */
bool leges_is_doctype_name(const char *name);

/* The element with eId in component comp, or in any component if not there. */
xmlNode *leges_doc_find_eid(const struct leges_doc *doc, unsigned comp, const char *eid);
/* The first element with eId in component comp only, or NULL. */
xmlNode *leges_doc_find_eid_in(const struct leges_doc *doc, unsigned comp, const char *eid);

/*
 * False when no element, attribute or processing instruction of the document
 * is called name: libxml2 interns every such name in the document's
 * dictionary, so one lookup answers for the whole tree.  True when one may be
 * (or the tree has no dictionary).
 */
bool leges_doc_may_name(const struct leges_doc *doc, const char *name);

/* The value cached under key, or NULL. */
void *leges_doc_cache_get(const struct leges_doc *doc, const void *key);
/* Cache value under key until the doc is freed (free_fn(value) then); 0 or LEGES_ENOMEM when full. */
int leges_doc_cache_put(struct leges_doc *doc, const void *key, void *value, void (*free_fn)(void *));

/* Build the text runs once; 0 or LEGES_ENOMEM. */
int leges_doc_text_runs(struct leges_doc *doc);
/* Source position of byte index in a run. */
struct leges_pos leges_textrun_pos(const struct leges_doc *doc, const struct leges_textrun *run, size_t index);

/* Position of a node or attribute (thin wrappers over pos.h). */
struct leges_pos leges_doc_pos(const struct leges_doc *doc, const xmlNode *node);
struct leges_pos leges_doc_pos_attr(const struct leges_doc *doc, const xmlNode *node, const char *attr);

/*
 * True when the element's eId is a free label rather than a structured eId:
 * TLC* elements, keyword, componentData and the entries of meta/references
 * (Naming Convention 5.4).
 */
bool leges_eid_is_label(const xmlNode *node);

/* First element child of node with local name, or NULL. */
xmlNode *leges_child(const xmlNode *node, const char *name);
/* Attribute value without namespace, borrowed from the tree, or NULL. */
const char *leges_attr(const xmlNode *node, const char *name);

#endif
