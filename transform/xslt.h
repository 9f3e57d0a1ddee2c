/*
 * xslt.h - run XSLT 1.0 + EXSLT stylesheets in-process, safely (DESIGN 8).
 *
 * The stylesheets of stylesheets/ (and leges.css) are embedded in the binary
 * at build time, so `leges` needs no data files at run time.  Each is
 * compiled once per process, on first use, and shared by all threads.
 * Transforms run with libxslt security preferences that forbid writing files,
 * creating directories and any network access; document() and
 * xsl:import/include may only name other embedded stylesheets.
 *
 * Ownership: a stylesheet returned by leges_xslt_get() is the library's and
 * lives until exit; one from leges_xslt_compile_memory() is the caller's.
 * A result document is the caller's (xmlFreeDoc).
 */
#ifndef LEGES_XSLT_H
#define LEGES_XSLT_H

#include <stddef.h>
#include <stdio.h>
#include <libxml/tree.h>

struct leges_xslt;

/* The embedded file name ("akn-html.xsl", "leges.css"), or NULL; *len its size. */
const char *leges_embedded_file(const char *name, size_t *len);

/* The embedded stylesheet name, compiled once. */
int leges_xslt_get(const struct leges_xslt **out, const char *name);

/* Compile a stylesheet from memory (tests, user stylesheets). */
int leges_xslt_compile_memory(struct leges_xslt **out, const char *name, const char *text, size_t len);
void leges_xslt_free(struct leges_xslt *x);

/*
 * Apply x to doc.  params holds name, value pairs ending with NULL; values
 * are plain strings (quoted here, never evaluated as XPath).
 */
int leges_xslt_run(const struct leges_xslt *x, xmlDocPtr doc, const char *const *params, xmlDocPtr *result);

/* Serialise a result as the stylesheet's xsl:output says. */
int leges_xslt_save(const struct leges_xslt *x, xmlDocPtr result, FILE *out);

/*
 * Serialise a result as an HTML5 page: "<!DOCTYPE html>", then the tree with
 * libxml2's HTML serialiser (void elements, raw <style>), in UTF-8.  For
 * stylesheets that build HTML with xsl:output method="xml": an HTML result
 * document would register every id attribute in an ID table, which costs
 * more than the rest of a large transform.
 */
int leges_xslt_save_html5(xmlDocPtr result, FILE *out);

#endif
