/* AKN012 frbr-expression-uri: the Expression FRBRuri is not the Work IRI + language@version. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_frbr *f = &ctx->doc->frbr;
	const char *work = f->work.val[LEGES_FRBR_URI], *expr = f->expr.val[LEGES_FRBR_URI];
	const char *lang = f->expr.val[LEGES_FRBR_LANGUAGE], *date = f->expr.val[LEGES_FRBR_DATE];
	const xmlNode *at = f->expr.el[LEGES_FRBR_URI];
	const char *rest, *atsign;
	size_t n;

	if (!work || !*work || !expr || !*expr)
		return 0;
	n = strlen(work);
	if (strncmp(expr, work, n) || expr[n] != '/')
		return leges_report(ctx, at, NULL, "Expression FRBRuri '%s' does not start with the Work FRBRuri '%s/'",
				    expr, work);
	rest = expr + n + 1;
	atsign = strchr(rest, '@');
	if (!atsign)
		return leges_report(ctx, at, NULL, "Expression FRBRuri '%s' has no language@version part", expr);
	if (lang && *lang && ((size_t)(atsign - rest) != strlen(lang) || strncmp(rest, lang, strlen(lang))))
		return leges_report(ctx, at, NULL, "Expression FRBRuri has language '%.*s' but FRBRlanguage is '%s'",
				    (int)(atsign - rest), rest, lang);
	if (atsign[1] && date && *date && strcmp(atsign + 1, date))
		return leges_report(ctx, at, NULL, "Expression FRBRuri has version '%s' but the Expression FRBRdate is '%s'",
				    atsign + 1, date);
	return 0;
}

const struct leges_rule leges_rule_akn012 = {
	.code = "AKN012",
	.name = "frbr-expression-uri",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the Expression FRBRuri is not the Work FRBRuri followed by /language@version",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 4.6.1 (RULES.md 4B AKN-FRBR-EXPR-URI)",
	.check = check,
	.dialects = (1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT),
};
