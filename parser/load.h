/*
 * load.h - read an XML input safely, with every problem at a line and column.
 *
 * leges_load_file() is the only place in leges that sets libxml2 parser
 * options for input documents: XML_PARSE_NONET | XML_PARSE_BIG_LINES (and
 * XML_PARSE_COMPACT for read-only callers), never NOENT, DTDLOAD, DTDATTR,
 * XINCLUDE or HUGE.  Entity declarations and
 * external DTDs are refused outright (an AKN draft needs neither, and they
 * are how billion-laughs and external-entity attacks start).  The process-wide
 * external-entity loader, installed by leges_load_init(), refuses every URL
 * except files below the directories allowed with leges_load_allow_dir() (the
 * schema directory).  Every libxml2 error, namespace errors included, is kept
 * as a struct leges_xmlerr with line and column.
 *
 * Ownership: *out is the caller's and is freed with leges_input_free().  The
 * raw bytes are kept for the life of the input: positions are computed from
 * them (pos.h).
 */
#ifndef LEGES_LOAD_H
#define LEGES_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

#include "pos.h"

#define LEGES_DEFAULT_MAX_SIZE ((size_t)256 << 20)
#define LEGES_MAX_XMLERRS 100

enum leges_xmlerr_kind {
	LEGES_XMLERR_FATAL,	/* not well-formed, or refused: no usable tree */
	LEGES_XMLERR_NAMESPACE,	/* namespace error: the tree is still usable */
	LEGES_XMLERR_ERROR,	/* other error that leaves a usable tree (duplicate xml:id) */
	LEGES_XMLERR_WARNING,	/* other libxml2 warning */
};

struct leges_xmlerr {
	enum leges_xmlerr_kind kind;
	bool ns;		/* from libxml2's namespace checks */
	unsigned long line, col;
	char *message;		/* owned; one line, no trailing newline */
};

struct leges_input {
	char *path;		/* owned copy of the name the user gave */
	char *buf;		/* owned raw bytes, NUL-terminated */
	size_t len;
	xmlDocPtr xml;		/* owned; NULL when the input is not well-formed */
	struct leges_srcmap map;
	struct leges_xmlerr *errs;	/* owned */
	size_t nerrs;
	size_t dropped;		/* errors past LEGES_MAX_XMLERRS, not kept */
};

struct leges_load_opts {
	size_t max_size;	/* 0: LEGES_DEFAULT_MAX_SIZE */
	/*
	 * The caller only reads the tree (leges check): short texts are kept in
	 * their nodes rather than allocated (XML_PARSE_COMPACT, as xmllint
	 * does), and nodes are matched with their source positions only when
	 * a position is first asked for (pos.h).
	 */
	bool read_only;
};

/* Install the entity loader; call once, before any thread starts. */
void leges_load_init(void);
/* Allow the entity loader to read files below dir (the schema directory). */
int leges_load_allow_dir(const char *dir);
/* Forget allowed directories (for tests). */
void leges_load_reset_allowed(void);

/*
 * Read and parse path.  Returns 0 with a tree, LEGES_EPARSE when the input
 * was read but is not well-formed or was refused (*out then holds the errors
 * and no tree), LEGES_EIO when it could not be read (*out is NULL and the
 * message says why), LEGES_ENOMEM.
 */
int leges_load_file(struct leges_input **out, const char *path, const struct leges_load_opts *opts);

/* The same for bytes already in memory; name is used in messages. */
int leges_load_memory(struct leges_input **out, const char *name, const char *data, size_t len,
		      const struct leges_load_opts *opts);

void leges_input_free(struct leges_input *in);

#endif
