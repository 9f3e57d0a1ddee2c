/* AKN010 frbr-missing: the FRBR identification lacks a required item. */
#include "config.h"

#include "checks/engine.h"

static const struct {
	enum leges_frbr_field field;
	const char *element, *attr;
	bool work, expr, manif;
} required[] = {
	{ LEGES_FRBR_THIS, "FRBRthis", "value", true, true, true },
	{ LEGES_FRBR_URI, "FRBRuri", "value", true, true, true },
	{ LEGES_FRBR_DATE, "FRBRdate", "date", true, true, true },
	{ LEGES_FRBR_AUTHOR, "FRBRauthor", "href", true, true, true },
	{ LEGES_FRBR_COUNTRY, "FRBRcountry", "value", true, false, false },
	{ LEGES_FRBR_LANGUAGE, "FRBRlanguage", "language", false, true, false },
};

static int check_level(struct leges_check_ctx *ctx, const struct leges_frbr_level *lv,
		       const char *level, int which)
{
	size_t i;
	int rc = 0;

	if (!lv->node)
		return leges_report(ctx, ctx->doc->frbr.identification, NULL,
				    "<identification> has no <%s>", level);
	for (i = 0; i < sizeof(required) / sizeof(required[0]) && !rc; i++) {
		bool needed = which == 0 ? required[i].work : which == 1 ? required[i].expr : required[i].manif;
		const char *v = lv->val[required[i].field];

		if (!needed)
			continue;
		if (!lv->el[required[i].field])
			rc = leges_report(ctx, lv->node, NULL, "<%s> has no <%s>", level, required[i].element);
		else if (!v || !*v)
			rc = leges_report(ctx, lv->node, NULL, "<%s> in <%s> has an empty or missing @%s",
					  required[i].element, level, required[i].attr);
	}
	return rc;
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_frbr *f = &ctx->doc->frbr;
	int rc;

	if (!ctx->doc->main)
		return 0;
	if (!f->identification)
		return leges_report(ctx, ctx->doc->main, NULL,
				    "no <meta>/<identification>: the document has no FRBR identification");
	if (!f->source || !*f->source) {
		rc = leges_report(ctx, f->identification, NULL, "<identification> has no @source");
		if (rc)
			return rc;
	}
	rc = check_level(ctx, &f->work, "FRBRWork", 0);
	if (!rc)
		rc = check_level(ctx, &f->expr, "FRBRExpression", 1);
	if (!rc)
		rc = check_level(ctx, &f->manif, "FRBRManifestation", 2);
	return rc;
}

const struct leges_rule leges_rule_akn010 = {
	.code = "AKN010",
	.name = "frbr-missing",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the FRBR identification lacks a required element or value",
	.source = "OASIS Akoma Ntoso Version 1.0 Part 2, XSD types FRBRWork/FRBRExpression/FRBRManifestation (RULES.md 4B AKN-FRBR-REQUIRED)",
	.check = check,
	.dialects = (1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT),
};
