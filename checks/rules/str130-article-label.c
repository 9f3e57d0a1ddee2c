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
	const struct leges_doc *doc = ctx->doc;
	size_t i, n = 0, k = 0;
	int rc = 0;

	if (leges_doc_lang(ctx->doc) != LEGES_LANG_NL)
		return 0;
	for (i = 0; i < doc->nprovs; i++)
		n += leges_draft_is_article(&doc->provs[i]);
	for (i = 0; i < doc->nprovs && !rc; i++) {
		const struct leges_provision *p = &doc->provs[i];
		const char *want;

		if (!leges_draft_is_article(p))
			continue;
		want = n == 1 ? unique : k == 0 ? first : later;
		k++;
		if (!p->num_text || leges_match(want, p->num_text))
			continue;
		rc = leges_report(ctx, p->num_node, NULL, "'%s' should read %s", p->num_text,
				  leges_tr(n == 1 ? "'Enig artikel.' (the act has one article)" :
					   k == 1 ? "'Artikel 1.' (the first article is written in full)" :
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
