/* RIA806 ria-frequency-mismatch: F contradicts the frequency the text states ("jaarlijks" and F = 1). */
#include "config.h"

#include <stdlib.h>

#include "checks/engine.h"
#include "checks/ria.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	char word[64], have[32], want[32];
	size_t i;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	for (i = 0; ria && !rc && i < ria->nobl; i++) {
		const struct leges_ria_obligation *o = &ria->obl[i];
		const xmlNode *prov;
		int64_t f;

		if (!o->valid || !o->f_cell)
			continue;
		f = leges_ria_text_frequency(o->description, word, sizeof(word));
		if (f && f != o->f_e4) {
			rc = leges_report(ctx, o->f_cell, NULL, "F of %s is %s, but its description says '%s' (F = %s)",
					  o->id, leges_ria_fixed(have, sizeof(have), o->f_e4), word,
					  leges_ria_fixed(want, sizeof(want), f));
			continue;
		}
		if (f || !(prov = leges_ria_draft_node(ria, o->eid)))
			continue;
		{
			char *text = leges_ria_text(prov);

			if (!text)
				rc = LEGES_ENOMEM;
			f = text ? leges_ria_text_frequency(text, word, sizeof(word)) : 0;
			free(text);
		}
		if (!rc && f && f != o->f_e4)
			rc = leges_report(ctx, o->f_cell, NULL, "F of %s is %s, but %s of the draft says '%s' (F = %s)",
					  o->id, leges_ria_fixed(have, sizeof(have), o->f_e4), o->eid, word,
					  leges_ria_fixed(want, sizeof(want), f));
	}
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria806 = {
	.code = "RIA806",
	.name = "ria-frequency-mismatch",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the frequency F of an obligation contradicts its text (jaarlijks means F = 1)",
	.source = "Vlaams Standaard Kosten Model (RULES.md 2A RIA-CONSISTENT, 2C Q = N x F)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
