/* REF202 href-malformed: an AKN IRI or ELI in an href is not well-formed. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"
#include "parser/uri.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_doc *doc = ctx->doc;
	size_t i;
	int rc = 0;

	for (i = 0; i < doc->nhrefs && !rc; i++) {
		const char *v = doc->hrefs[i].value;

		if (!strncmp(v, "/akn/", 5)) {
			struct leges_akn_iri iri;

			if (leges_akn_iri_parse(&iri, v))
				rc = leges_report(ctx, doc->hrefs[i].node, "href", "href '%s' is not a well-formed AKN IRI: %s",
						  v, leges_error_message(LEGES_EINVAL));
			else
				leges_akn_iri_release(&iri);
		} else if (leges_is_eli(v)) {
			const char *why = leges_eli_problem(v);

			if (why)
				rc = leges_report(ctx, doc->hrefs[i].node, "href", "href '%s' is not a well-formed ELI: %s",
						  v, why);
		}
	}
	return rc;
}

const struct leges_rule leges_rule_ref202 = {
	.code = "REF202",
	.name = "href-malformed",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an href that is an AKN IRI or an ELI does not have the right shape",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 sections 4.5-4.8; ELI (Council conclusions 2012/C 325/02, 2017/C 441/05) (RULES.md 3B)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
