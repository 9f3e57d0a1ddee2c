/* RIA800 ria-missing: a draft decree or BVR that creates information obligations has no RIA. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "checks/engine.h"
#include "checks/ria.h"

static int check(struct leges_check_ctx *ctx)
{
	struct leges_doc *doc = ctx->doc;
	struct leges_ria_duty *duties = NULL;
	const char *name;
	size_t n;
	int rc;

	if (!doc->main || strcmp((const char *)doc->main->name, "bill"))
		return 0;
	name = leges_attr(doc->main, "name");
	if (!name || (strcasecmp(name, "ontwerpdecreet") && strcasecmp(name, "ontwerpbesluit")))
		return 0;
	if (leges_ria_find(doc) || leges_ria_referenced(doc))
		return 0;
	rc = leges_ria_duties(&duties, &n, doc);
	if (!rc && n)
		rc = leges_report_pos(ctx, leges_textrun_pos(doc, duties[0].run, duties[0].off), duties[0].run->block,
				      "this %s imposes an information obligation ('%.*s'%s) but has no RIA: attach a "
				      "<doc name=\"ria\"> or refer to one with <documentRef href=\"/akn/.../doc/ria/...\">",
				      name, (int)(duties[0].len > 60 ? 60 : duties[0].len),
				      duties[0].run->text + duties[0].off,
				      n > 1 ? ", and more" : "");
	free(duties);
	return rc;
}

const struct leges_rule leges_rule_ria800 = {
	.code = "RIA800",
	.name = "ria-missing",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_BE_VLG,
	.summary = "a draft decree or BVR that imposes information obligations has no RIA",
	.source = "Omzendbrief VR 2014/13; RIA handleiding 2006 (RULES.md 2A RIA-REQUIRED, RULES-VL.md 4)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
