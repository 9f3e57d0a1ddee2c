/* RIA804 ria-obligation-unmeasured: an information obligation of the draft has no SKM row. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/ria.h"

/* True when eId a is b or one of them contains the other (art_4 and art_4__para_1). */
static bool related(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);

	if (na > nb)
		return related(b, a);
	return !strncmp(a, b, na) && (b[na] == '\0' || (b[na] == '_' && b[na + 1] == '_'));
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	struct leges_ria_duty *duties = NULL;
	struct leges_check_ctx dctx;
	size_t i, k, n = 0;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	/* Without a readable table RIA808 speaks. */
	if (rc || !ria || !ria->draft || !ria->table) {
		leges_ria_free(ria);
		return rc;
	}
	leges_ria_draft_ctx(&dctx, ctx, ria);
	rc = leges_ria_duties(&duties, &n, dctx.doc);
	for (i = 0; i < n && !rc; i++) {
		const struct leges_ria_duty *d = &duties[i];
		bool covered = false;

		for (k = 0; k < ria->nobl && !covered; k++)
			covered = d->eid && ria->obl[k].eid && related(d->eid, ria->obl[k].eid);
		if (!covered)
			rc = leges_report_pos(&dctx, leges_textrun_pos(dctx.doc, d->run, d->off), d->run->block,
					      "information obligation '%.*s' in %s has no row in the SKM table of the RIA",
					      (int)(d->len > 60 ? 60 : d->len), d->run->text + d->off,
					      d->eid ? d->eid : "the draft");
	}
	free(duties);
	leges_ria_free(ria);
	return rc;
}

const struct leges_rule leges_rule_ria804 = {
	.code = "RIA804",
	.name = "ria-obligation-unmeasured",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "an information obligation in the draft (melden, indienen, bezorgen ...) has no row in the SKM table",
	.source = "Vlaams Standaard Kosten Model; Omzendbrief VR 2014/13 (RULES.md 2A RIA-AL-MEASURED)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
