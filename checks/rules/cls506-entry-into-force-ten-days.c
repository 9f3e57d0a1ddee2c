/* CLS506 entry-into-force-ten-days: publication must come at least ten days before entry into force. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/draft.h"


static const char *const months[] = { "januari", "februari", "maart", "april", "mei", "juni", "juli",
				      "augustus", "september", "oktober", "november", "december" };

/* Days since 1970-01-01 of y-m-d (proleptic Gregorian). */
static long days(int y, int m, int d)
{
	y -= m <= 2;
	{
		long era = (y >= 0 ? y : y - 399) / 400;
		unsigned yoe = (unsigned)(y - era * 400);
		unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
		unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

		return era * 146097 + (long)doe - 719468;
	}
}

/* The fixed entry-into-force date in text, as days, or -1. */
static long eif_date(const char *text)
{
	const char *p = strstr(text, "in werking op ");
	int d, m, y;
	char month[16];

	for (; p; p = strstr(p + 1, "in werking op ")) {
		if (sscanf(p, "in werking op %d %15s %d", &d, month, &y) == 3) {
			for (m = 0; m < 12; m++)
				if (!strcmp(month, months[m]))
					return days(y, m + 1, d);
		}
	}
	return -1;
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	const char *draft_date = ctx->doc->frbr.expr.val[LEGES_FRBR_DATE];
	size_t i;
	int rc = leges_draft_get(ctx->doc, &d);

	if (rc)
		return rc;
	for (i = 0; i < d->narticles && !rc; i++) {
		const xmlNode *at = ctx->doc->provs[d->articles[i].prov].node;

		if (!leges_article_is(d, i, LEGES_F_EIF))
			continue;
		if (leges_article_is(d, i, LEGES_F_EIF_SAME_DAY)) {
			rc = leges_report(ctx, at, NULL,
					  "entry into force on the day of publication leaves no ten days: justify the urgency "
					  "in the explanatory memorandum, or use the default of ten days");
		} else if (leges_article_is(d, i, LEGES_F_EIF_FIRST_OF_MONTH) && !leges_article_is(d, i, LEGES_F_EIF_TEN_DAYS)) {
			rc = leges_report(ctx, at, NULL,
					  "'de eerste dag van de maand die volgt op de bekendmaking' needs publication at "
					  "least ten days before that day: write '…die volgt op het verstrijken van een "
					  "termijn van tien dagen die ingaat de dag na de bekendmaking ervan'");
		} else if (leges_article_is(d, i, LEGES_F_EIF_FIXED_DATE) && draft_date && strlen(draft_date) >= 10) {
			char *t = leges_draft_article_text(ctx->doc, d, i);
			long eif = t ? eif_date(t) : -1, drafted = days(atoi(draft_date), atoi(draft_date + 5), atoi(draft_date + 8));

			free(t);
			if (eif >= 0 && eif < drafted + 10)
				rc = leges_report(ctx, at, NULL,
						  "the entry-into-force date is less than ten days after the draft's date "
						  "(%s): publication cannot come ten days before it", draft_date);
		}
	}
	return rc;
}

const struct leges_rule leges_rule_cls506 = {
	.code = "CLS506",
	.name = "entry-into-force-ten-days",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_BE_VLG | LEGES_PROFILE_BE,
	.summary = "the entry-into-force formula leaves less than ten days between publication and entry into force",
	.source = "RvS Beginselen van de wetgevingstechniek (2008), rec. 156 (RULES.md 1E CLS-EIF-10-DAYS)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
