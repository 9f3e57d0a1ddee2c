/*
 * markup.h - write recognised text back as markup (DESIGN 1: transform/).
 *
 * leges_markup_refs() wraps spans of a document's text runs in
 * <ref href="...">, splitting the text node that holds each span.  Used by
 * `leges xref --markup` for EU citations (href = the act's ELI).
 *
 * The document's tree is changed in place; its text runs point at the old
 * text nodes afterwards and must not be used again.
 */
#ifndef LEGES_MARKUP_H
#define LEGES_MARKUP_H

#include <stddef.h>

#include "parser/model.h"

struct leges_markup_span {
	const struct leges_textrun *run;
	size_t start, end;	/* bytes in run->text */
	const char *href;
};

/*
 * Wrap every span (given in document order) in <ref href>, in the namespace
 * of the enclosing element.  A span that crosses a text node, or lies inside
 * a <ref> already, is left alone.  *done counts the spans wrapped.  Returns
 * 0 or LEGES_ENOMEM.
 */
int leges_markup_refs(struct leges_doc *doc, const struct leges_markup_span *spans, size_t n, size_t *done);

#endif
