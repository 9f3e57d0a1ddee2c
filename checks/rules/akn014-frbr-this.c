/* AKN014 frbr-this: FRBRthis is not its level's FRBRuri + /!component. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"

/*
 * FRBRthis must be base, or base + "/!component"; a manifestation's may also
 * be its own FRBRuri (base + ".ext").
 */
static int check_this(struct leges_check_ctx *ctx, const struct leges_frbr_level *lv, const char *base,
		      const char *level, bool manif)
{
	const char *this = lv->val[LEGES_FRBR_THIS], *uri = lv->val[LEGES_FRBR_URI];
	size_t n;

	if (!this || !*this || !base || !*base)
		return 0;
	n = strlen(base);
	if (!strncmp(this, base, n) &&
	    (this[n] == '\0' || (this[n] == '/' && this[n + 1] == '!' && this[n + 2] && !strchr(this + n + 2, '/'))))
		return 0;
	if (manif && uri && !strcmp(this, uri))
		return 0;
	return leges_report(ctx, lv->el[LEGES_FRBR_THIS], NULL,
			    "%s FRBRthis '%s' should be '%s/!main' (its FRBRuri and a component)", level, this, base);
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_frbr *f = &ctx->doc->frbr;
	int rc;

	rc = check_this(ctx, &f->work, f->work.val[LEGES_FRBR_URI], "Work", false);
	if (!rc)
		rc = check_this(ctx, &f->expr, f->expr.val[LEGES_FRBR_URI], "Expression", false);
	if (!rc)
		rc = check_this(ctx, &f->manif, f->expr.val[LEGES_FRBR_URI], "Manifestation", true);
	return rc;
}

const struct leges_rule leges_rule_akn014 = {
	.code = "AKN014",
	.name = "frbr-this",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "FRBRthis is not the FRBRuri of its level followed by /! and a component name",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 sections 4.5-4.7 (RULES.md 4B AKN-FRBR-THIS)",
	.check = check,
	.dialects = (1u << LEGES_DIALECT_AKN30) | (1u << LEGES_DIALECT_AKN30_DRAFT),
};
