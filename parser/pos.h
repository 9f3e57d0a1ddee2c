/*
 * pos.h - exact source positions for nodes and for bytes inside text.
 *
 * libxml2 keeps only a line per node.  The loader keeps the raw bytes of the
 * input; leges_pos_annotate() walks them once beside the tree, in document
 * order, and stores in each element, text, CDATA, comment and PI node the
 * byte offset at which it starts (node->_private = offset + 1).  A byte index
 * inside a text node's content is mapped back to the source by re-reading
 * the raw bytes of that node only, so entity and character references, CDATA
 * markers and CR LF are accounted for.  Columns count characters (UTF-8 code
 * points), starting at 1; lines start at 1.
 *
 * The walk is linear in the size of the input.  If the raw bytes and the tree
 * ever disagree (an encoding other than UTF-8 or ASCII, say), the walk stops
 * there and the nodes not reached fall back to libxml2's line, column 0.
 */
#ifndef LEGES_POS_H
#define LEGES_POS_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

/*
 * The line table is made by the first leges_srcmap_at() (a clean document
 * needs none), so a map is not shared between threads before that call, as
 * a doc's text runs are not.
 */
struct leges_srcmap {
	const char *buf;	/* borrowed: the raw input */
	size_t len;
	size_t *line_start;	/* owned: offset of the first byte of each line; NULL until first use */
	size_t nlines;		/* 0 until first use */
	xmlDocPtr deferred;	/* borrowed: a tree to annotate at the first node position, or NULL */
	bool complete;		/* every node of the tree was annotated */
};

struct leges_pos {
	unsigned long line;	/* 1-based; 0 if unknown */
	unsigned long col;	/* 1-based; 0 if unknown */
	size_t offset;		/* byte offset in the input, when known */
	bool exact;
};

int leges_srcmap_init(struct leges_srcmap *map, const char *buf, size_t len);
void leges_srcmap_release(struct leges_srcmap *map);

/* Line and column of a byte offset. */
struct leges_pos leges_srcmap_at(const struct leges_srcmap *map, size_t offset);

/* Annotate every node of doc with its start offset; sets map->complete. */
void leges_pos_annotate(struct leges_srcmap *map, xmlDocPtr doc);
/*
 * The same, done by the first call below that needs a node's offset: a
 * document that nothing is reported on is never annotated.  Only for a tree
 * that does not change (the walk matches it against the raw bytes).
 */
void leges_pos_annotate_later(struct leges_srcmap *map, xmlDocPtr doc);

/* Position of a node (the '<' of an element, the first byte of a text). */
struct leges_pos leges_pos_node(const struct leges_srcmap *map, const xmlNode *node);

/* Position of the value of attribute name on element node, else the node's. */
struct leges_pos leges_pos_attr(const struct leges_srcmap *map, const xmlNode *node, const char *name);

/*
 * Position of byte index in the content of a text or CDATA node, as the
 * content is stored in the tree (UTF-8, references resolved).
 */
struct leges_pos leges_pos_text(const struct leges_srcmap *map, const xmlNode *node, size_t index);

#endif
