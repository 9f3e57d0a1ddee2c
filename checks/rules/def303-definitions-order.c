/* DEF303 definitions-order: definitions are listed in alphabetical order of the defined term. */
#include "config.h"

#include <string.h>

#include "checks/draft.h"

/* Compare on letters and digits only: "e-loket" sorts as "eloket". */
static int alpha_cmp(const char *a, const char *b)
{
	for (;;) {
		while (*a && !((*a >= 'a' && *a <= 'z') || (*a >= '0' && *a <= '9')))
			a++;
		while (*b && !((*b >= 'a' && *b <= 'z') || (*b >= '0' && *b <= '9')))
			b++;
		if (!*a || !*b || *a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		a++;
		b++;
	}
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	for (i = 1; !rc && i < d->ndefs; i++)
		if (d->defs[i].article == d->defs[i - 1].article && alpha_cmp(d->defs[i].key, d->defs[i - 1].key) < 0)
			rc = leges_report(ctx, d->defs[i].node, NULL,
					  "definitions are in alphabetical order: '%s' comes before '%s'",
					  d->defs[i].term, d->defs[i - 1].term);
	return rc;
}

const struct leges_rule leges_rule_def303 = {
	.code = "DEF303",
	.name = "definitions-order",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "definitions are not in alphabetical order of the defined term",
	.source = "Belgian practice; NL Aanwijzingen voor de regelgeving 3.59 (analogue) (RULES.md 1F DEF-ORDER)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
