/* AKN011 frbr-work-uri: the Work FRBRuri disagrees with the Work metadata. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "checks/engine.h"
#include "parser/uri.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_frbr_level *w = &ctx->doc->frbr.work;
	const char *uri = w->val[LEGES_FRBR_URI];
	const xmlNode *at = w->el[LEGES_FRBR_URI];
	struct leges_akn_iri iri;
	int rc = 0;

	if (!uri || !*uri || !ctx->doc->main)
		return 0;
	if (leges_akn_iri_parse(&iri, uri))
		return leges_report(ctx, at, NULL, "Work FRBRuri '%s' is not an Akoma Ntoso IRI: %s", uri,
				    leges_error_message(LEGES_EINVAL));
	if (w->val[LEGES_FRBR_COUNTRY] && strcasecmp(iri.country, w->val[LEGES_FRBR_COUNTRY]))
		rc = leges_report(ctx, at, NULL, "Work FRBRuri has country '%s' but FRBRcountry is '%s'",
				  iri.country, w->val[LEGES_FRBR_COUNTRY]);
	if (!rc && strcmp(iri.doctype, (const char *)ctx->doc->main->name))
		rc = leges_report(ctx, at, NULL, "Work FRBRuri has document type '%s' but the document is <%s>",
				  iri.doctype, (const char *)ctx->doc->main->name);
	if (!rc && w->val[LEGES_FRBR_SUBTYPE] && *w->val[LEGES_FRBR_SUBTYPE] &&
	    (!iri.subtype || strcmp(iri.subtype, w->val[LEGES_FRBR_SUBTYPE])))
		rc = leges_report(ctx, at, NULL, "Work FRBRuri has subtype '%s' but FRBRsubtype is '%s'",
				  iri.subtype ? iri.subtype : "", w->val[LEGES_FRBR_SUBTYPE]);
	if (!rc && w->val[LEGES_FRBR_DATE] && *w->val[LEGES_FRBR_DATE] &&
	    strncmp(iri.date, w->val[LEGES_FRBR_DATE], strlen(iri.date)))
		rc = leges_report(ctx, at, NULL, "Work FRBRuri has date '%s' but the Work FRBRdate is '%s'",
				  iri.date, w->val[LEGES_FRBR_DATE]);
	if (!rc && w->val[LEGES_FRBR_NUMBER] && *w->val[LEGES_FRBR_NUMBER] &&
	    (!iri.number || strcmp(iri.number, w->val[LEGES_FRBR_NUMBER])))
		rc = leges_report(ctx, at, NULL, "Work FRBRuri has number '%s' but FRBRnumber is '%s'",
				  iri.number ? iri.number : "", w->val[LEGES_FRBR_NUMBER]);
	leges_akn_iri_release(&iri);
	return rc;
}

const struct leges_rule leges_rule_akn011 = {
	.code = "AKN011",
	.name = "frbr-work-uri",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the Work FRBRuri does not match FRBRcountry, the document type, FRBRsubtype, FRBRdate or FRBRnumber",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 4.5 (RULES.md 4B AKN-FRBR-WORK-URI)",
	.check = check,
	.dialects = (1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT),
};
