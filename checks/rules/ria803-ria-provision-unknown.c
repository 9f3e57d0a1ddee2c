/* RIA803 ria-provision-unknown: an obligation row cites a provision the draft does not have. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"
#include "checks/ria.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	size_t i;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	if (rc || !ria || !ria->draft) {
		leges_ria_free(ria);
		return rc;
	}
	for (i = 0; i < ria->nobl && !rc; i++) {
		const struct leges_ria_obligation *o = &ria->obl[i];
		const char *work = ria->draft->frbr.work.val[LEGES_FRBR_URI];

		if (!o->eid || !o->href)
			continue;
		if (o->href[0] != '#' && work) {
			size_t len = strlen(work);

			/* The IRI must name the draft's Work: its FRBRuri, then /, ~, !, @ or the end. */
			if (strncmp(o->href, work, len) || (o->href[len] && !strchr("/~!@", o->href[len]))) {
				rc = leges_report(ctx, o->ref, "href", "%s cites '%s', which is not a provision of the draft '%s'",
						  o->id, o->href, work);
				continue;
			}
		}
		if (!leges_ria_draft_node(ria, o->eid))
			rc = leges_report(ctx, o->ref, "href", "%s cites provision '%s', which the draft does not have",
					  o->id, o->eid);
	}
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria803 = {
	.code = "RIA803",
	.name = "ria-provision-unknown",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an obligation row of the SKM table cites a provision that does not exist in the draft",
	.source = "Vlaams Standaard Kosten Model, Meten om te weten (RULES.md 2C, 5C: provision per obligation)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
