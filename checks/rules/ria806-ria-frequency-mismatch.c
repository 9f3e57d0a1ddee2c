/* RIA806 ria-frequency-mismatch: F contradicts the frequency the text states ("jaarlijks" and F = 1). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "checks/engine.h"
#include "checks/ria.h"

static void free_word(void *payload, const xmlChar *name)
{
	(void)name;
	free(payload);
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_ria *ria = NULL;
	char word[64], have[32], want[32];
	xmlHashTablePtr seen = NULL, words = NULL;
	uintptr_t cached;
	size_t i;
	int rc;

	rc = leges_ria_of_ctx(&ria, ctx);
	seen = xmlHashCreate(16);
	words = xmlHashCreate(16);
	if (!rc && (!seen || !words))
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
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
		/* Each provision's text is read once, however many rows cite it. */
		cached = (uintptr_t)xmlHashLookup(seen, (const xmlChar *)o->eid);
		if (cached) {
			f = (int64_t)(cached >> 8) - 1;
			snprintf(word, sizeof(word), "%s", (const char *)xmlHashLookup(words, (const xmlChar *)o->eid));
		} else {
			char *text = leges_ria_text(prov), *w;

			f = text ? leges_ria_text_frequency(text, word, sizeof(word)) : 0;
			free(text);
			w = strdup(f ? word : "");
			if (!text || !w || xmlHashAddEntry(seen, (const xmlChar *)o->eid, (void *)(uintptr_t)((f + 1) << 8)) < 0 ||
			    xmlHashAddEntry(words, (const xmlChar *)o->eid, w) < 0) {
				free(w);
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
		}
		if (!rc && f && f != o->f_e4)
			rc = leges_report(ctx, o->f_cell, NULL, "F of %s is %s, but %s of the draft says '%s' (F = %s)",
					  o->id, leges_ria_fixed(have, sizeof(have), o->f_e4), o->eid, word,
					  leges_ria_fixed(want, sizeof(want), f));
	}
	xmlHashFree(seen, NULL);
	xmlHashFree(words, free_word);
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
