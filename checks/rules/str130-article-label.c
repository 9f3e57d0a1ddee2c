/* STR130 article-label: "Artikel 1." for the first article, "Art. N." after it, "Enig artikel." alone. */
#include "config.h"

#include "checks/draft.h"

static const char first[] = "^Artikel\\s+1(?:\\.\\d+)*\\.$";
static const char later[] =
	"^Art\\.\\s+\\d+(?:/\\d+)*(?:\\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|"
	"undecies|duodecies|vicies(?:\\s+semel)?))?\\.$|^Art\\.\\s+[\\dIVXLC]+(?:\\.\\d+)+\\.$";
static const char unique[] = "^Enig\\s+artikel\\.$";

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc || leges_doc_lang(ctx->doc) != LEGES_LANG_NL)
		return rc;
	for (i = 0; i < d->narticles && !rc; i++) {
		const struct leges_provision *p = &ctx->doc->provs[d->articles[i].prov];
		const char *want = d->narticles == 1 ? unique : i == 0 ? first : later;

		if (!p->num_text || leges_match(want, p->num_text))
			continue;
		rc = leges_report(ctx, p->num_node, NULL, "'%s' should read %s", p->num_text,
				  leges_tr(d->narticles == 1 ? "'Enig artikel.' (the act has one article)" :
					   i == 0 ? "'Artikel 1.' (the first article is written in full)" :
					   "'Art. N.' (every article after the first)", ctx->opts->lang));
	}
	return rc;
}

const struct leges_rule leges_rule_str130 = {
	.code = "STR130",
	.name = "article-label",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "an article label is not 'Artikel 1.' / 'Art. N.' / 'Enig artikel.'",
	.source = "VL-OWT Title VI models; Flemish practice (decrees 2004-2016, BVR 2013-2016) (RULES-VL.md 1E STR-ART-LABEL)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
