/* RIA804 ria-obligation-unmeasured: an information obligation of the draft has no SKM row. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "checks/engine.h"
#include "checks/ria.h"

/*
 * The eIds that rows cite, and every eId above one of them (art_4 above
 * art_4__para_1), so that each obligation is looked up in time linear in
 * the depth of its eId.
 */
static int index_rows(const struct leges_ria *ria, xmlHashTablePtr cited, xmlHashTablePtr above)
{
	size_t i;

	for (i = 0; i < ria->nobl; i++) {
		const char *e = ria->obl[i].eid, *p;

		if (!e)
			continue;
		if (xmlHashUpdateEntry(cited, (const xmlChar *)e, (void *)1, NULL) < 0)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		for (p = strstr(e, "__"); p; p = strstr(p + 2, "__")) {
			char *prefix = strndup(e, (size_t)(p - e));
			int r = prefix ? xmlHashUpdateEntry(above, (const xmlChar *)prefix, (void *)1, NULL) : -1;

			free(prefix);
			if (r < 0)
				return leges_error_set(LEGES_ENOMEM, "out of memory");
		}
	}
	return 0;
}

/* A row covers an obligation in eId d when it cites d, a part of d, or a provision d is part of. */
static int covered(const char *d, xmlHashTablePtr cited, xmlHashTablePtr above, bool *out)
{
	const char *p;

	*out = xmlHashLookup(cited, (const xmlChar *)d) || xmlHashLookup(above, (const xmlChar *)d);
	for (p = strstr(d, "__"); p && !*out; p = strstr(p + 2, "__")) {
		char *prefix = strndup(d, (size_t)(p - d));

		if (!prefix)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		*out = xmlHashLookup(cited, (const xmlChar *)prefix) != NULL;
		free(prefix);
	}
	return 0;
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	struct leges_ria_duty *duties = NULL;
	struct leges_check_ctx dctx;
	xmlHashTablePtr cited = NULL, above = NULL;
	size_t i, n = 0;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	/* Without a readable table RIA808 speaks. */
	if (rc || !ria || !ria->draft || !ria->table) {
		leges_ria_free(ria);
		return rc;
	}
	leges_ria_draft_ctx(&dctx, ctx, ria);
	cited = xmlHashCreate(64);
	above = xmlHashCreate(64);
	rc = cited && above ? index_rows(ria, cited, above) : leges_error_set(LEGES_ENOMEM, "out of memory");
	if (!rc)
		rc = leges_ria_duties(&duties, &n, dctx.doc);
	for (i = 0; i < n && !rc; i++) {
		const struct leges_ria_duty *d = &duties[i];
		bool ok = false;

		if (d->eid && (rc = covered(d->eid, cited, above, &ok)))
			break;
		if (!ok)
			rc = leges_report_pos(&dctx, leges_textrun_pos(dctx.doc, d->run, d->off), d->run->block,
					      "information obligation '%.*s' in %s has no row in the SKM table of the RIA",
					      (int)(d->len > 60 ? 60 : d->len), d->run->text + d->off,
					      d->eid ? d->eid : "the draft");
	}
	xmlHashFree(cited, NULL);
	xmlHashFree(above, NULL);
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
