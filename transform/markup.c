/* markup.c - wrap spans of text in <ref href> (see markup.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "parser/error.h"
#include "transform/markup.h"

/* The segment of run holding byte at, or NULL. */
static const struct leges_textseg *segment(const struct leges_textrun *run, size_t at)
{
	size_t k;

	for (k = 0; k < run->nsegs; k++)
		if (at >= run->segs[k].start && at < run->segs[k].start + run->segs[k].len)
			return &run->segs[k];
	return NULL;
}

int leges_markup_refs(struct leges_doc *doc, const struct leges_markup_span *spans, size_t n, size_t *done)
{
	size_t i = n;

	*done = 0;
	/* Last first: splitting a text node keeps the offsets of the spans before it valid. */
	while (i-- > 0) {
		const struct leges_markup_span *sp = &spans[i];
		const struct leges_textseg *seg = segment(sp->run, sp->start);
		xmlNode *t, *ref, *tail;
		char *content;
		size_t ls, le;

		if (!seg || seg->in_ref || sp->end > seg->start + seg->len || seg->node->type != XML_TEXT_NODE)
			continue;
		t = seg->node;
		ls = sp->start - seg->start;
		le = ls + (sp->end - sp->start);
		content = strdup((const char *)t->content);
		if (!content)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		ref = xmlNewDocNode(doc->in->xml, t->parent ? t->parent->ns : NULL, (const xmlChar *)"ref", NULL);
		tail = xmlNewDocTextLen(doc->in->xml, (const xmlChar *)content + le, (int)strlen(content + le));
		if (!ref || !tail || !xmlSetProp(ref, (const xmlChar *)"href", (const xmlChar *)sp->href)) {
			free(content);
			xmlFreeNode(ref);
			xmlFreeNode(tail);
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		}
		xmlNodeAddContentLen(ref, (const xmlChar *)content + ls, (int)(le - ls));
		xmlNodeSetContentLen(t, (const xmlChar *)content, (int)ls);
		free(content);
		xmlAddNextSibling(t, ref);
		xmlAddNextSibling(ref, tail);
		(*done)++;
	}
	return 0;
}
