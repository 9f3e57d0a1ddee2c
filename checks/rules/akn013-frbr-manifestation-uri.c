/* AKN013 frbr-manifestation-uri: the Manifestation FRBRuri is not the Expression IRI + format. */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "checks/engine.h"

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_frbr *f = &ctx->doc->frbr;
	const char *expr = f->expr.val[LEGES_FRBR_URI], *manif = f->manif.val[LEGES_FRBR_URI];
	const char *rest;
	size_t n;

	if (!expr || !*expr || !manif || !*manif)
		return 0;
	n = strlen(expr);
	if (strncmp(manif, expr, n))
		return leges_report(ctx, f->manif.el[LEGES_FRBR_URI], NULL,
				    "Manifestation FRBRuri '%s' does not start with the Expression FRBRuri '%s'",
				    manif, expr);
	rest = manif + n;
	if (*rest == '.') {
		for (rest++; *rest && isalnum((unsigned char)*rest); rest++)
			;
		if (rest > manif + n + 1 && !*rest)
			return 0;
	} else if (!*rest) {
		return 0;
	}
	return leges_report(ctx, f->manif.el[LEGES_FRBR_URI], NULL,
			    "Manifestation FRBRuri '%s' should be the Expression FRBRuri followed by '.' and a format (such as '.akn' or '.xml'), not '%s'",
			    manif, manif + n);
}

const struct leges_rule leges_rule_akn013 = {
	.code = "AKN013",
	.name = "frbr-manifestation-uri",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the Manifestation FRBRuri is not the Expression FRBRuri followed by a format extension",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 4.7 (RULES.md 4B AKN-FRBR-MANIF-URI)",
	.check = check,
	.dialects = (1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT),
};
