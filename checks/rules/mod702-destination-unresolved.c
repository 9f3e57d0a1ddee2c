/* MOD702 destination-unresolved: a destination names no element, or is no AKN IRI with a valid eId. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"
#include "parser/eid.h"
#include "parser/uri.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	size_t nt = 0, i;
	int rc = leges_tmods_collect(ctx->doc, &t, &nt);

	for (i = 0; i < nt && !rc; i++) {
		xmlNode *d;

		for (d = t[i].node->children; d && !rc; d = d->next) {
			const char *h;
			struct leges_akn_iri iri;

			if (d->type != XML_ELEMENT_NODE || strcmp((const char *)d->name, "destination"))
				continue;
			h = leges_attr(d, "href");
			if (!h || !*h) {
				rc = leges_report(ctx, d, NULL, "this destination has no href");
			} else if (h[0] == '#') {
				if (!leges_href_target(ctx->doc, h))
					rc = leges_report(ctx, d, "href", "the destination '%s' names no element of this document",
							  h);
			} else if (!strncmp(h, "/akn/", 5)) {
				/* older markup writes the portion after '#' ("…/main#sec_3") */
				char *copy = strdup(h), *hash = copy ? strchr(copy, '#') : NULL;
				const char *portion;

				if (!copy)
					return LEGES_ENOMEM;
				if (hash)
					*hash = '\0';
				if (leges_akn_iri_parse(&iri, copy)) {
					rc = leges_report(ctx, d, "href", "the destination '%s' is not an AKN IRI", h);
					free(copy);
					continue;
				}
				portion = hash ? hash + 1 : iri.portion;
				if (portion && !leges_eid_valid(portion))
					rc = leges_report(ctx, d, "href", "the destination '%s' names '%s', which is not an eId",
							  h, portion);
				leges_akn_iri_release(&iri);
				free(copy);
			}
		}
	}
	free(t);
	return rc;
}

const struct leges_rule leges_rule_mod702 = {
	.code = "MOD702",
	.name = "destination-unresolved",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a textualMod destination names no element, or is not an AKN IRI with an eId",
	.source = "RULES.md 4C AKN-MOD-DEST; AKN Naming Convention v1.0 section 5",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
