/* modmarkup.c - textualMods and mods of a document (see modmarkup.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/modmarkup.h"
#include "parser/error.h"

static bool named(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

int leges_tmods_collect(const struct leges_doc *doc, struct leges_tmod **out, size_t *count)
{
	xmlNode *meta = doc->main ? leges_child(doc->main, "meta") : NULL, *an, *list, *t;
	struct leges_tmod *v = NULL;
	size_t n = 0, cap = 0;

	*out = NULL;
	*count = 0;
	for (an = meta ? meta->children : NULL; an; an = an->next) {
		if (!named(an, "analysis"))
			continue;
		for (list = an->children; list; list = list->next) {
			bool passive = named(list, "passiveModifications");

			if (!passive && !named(list, "activeModifications"))
				continue;
			for (t = list->children; t; t = t->next) {
				if (!named(t, "textualMod"))
					continue;
				if (n == cap) {
					struct leges_tmod *nv = realloc(v, (cap ? cap * 2 : 16) * sizeof(*nv));

					if (!nv) {
						free(v);
						return leges_error_set(LEGES_ENOMEM, "out of memory");
					}
					v = nv;
					cap = cap ? cap * 2 : 16;
				}
				v[n].node = t;
				v[n].passive = passive;
				n++;
			}
		}
	}
	*out = v;
	*count = n;
	return 0;
}

static int walk(xmlNode *n, xmlNode ***v, size_t *count, size_t *cap)
{
	xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || named(c, "quotedStructure") || named(c, "meta"))
			continue;
		if (named(c, "mod")) {
			if (*count == *cap) {
				xmlNode **nv = realloc(*v, (*cap ? *cap * 2 : 16) * sizeof(*nv));

				if (!nv)
					return leges_error_set(LEGES_ENOMEM, "out of memory");
				*v = nv;
				*cap = *cap ? *cap * 2 : 16;
			}
			(*v)[(*count)++] = c;
			continue;
		}
		if (walk(c, v, count, cap))
			return LEGES_ENOMEM;
	}
	return 0;
}

int leges_mods_collect(const struct leges_doc *doc, xmlNode ***out, size_t *count)
{
	size_t cap = 0;
	int rc;

	*out = NULL;
	*count = 0;
	if (!doc->main || !leges_doc_may_name(doc, "mod"))
		return 0;
	rc = walk(doc->main, out, count, &cap);
	if (rc) {
		free(*out);
		*out = NULL;
		*count = 0;
	}
	return rc;
}

xmlNode *leges_href_target(const struct leges_doc *doc, const char *href)
{
	if (!href || href[0] != '#' || !href[1])
		return NULL;
	return leges_doc_find_eid(doc, 0, href + 1);
}
