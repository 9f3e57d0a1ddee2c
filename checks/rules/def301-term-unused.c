/* DEF301 term-unused: a defined term is never used outside its definition. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/draft.h"

static bool letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/*
 * True when s uses the term key, word by word and inflected: each word of
 * the term matches a word that starts with its stem (the word less its last
 * two letters when it has five or more), so "beschermd goed" finds
 * "beschermde goederen" and "aanvraag" finds "aanvragen".  The first use
 * answers: the body of a long act is not read further.
 */
static bool uses(const char *s, const char *key)
{
	char stems[8][48];
	size_t nstems = 0, k;
	const char *w = key, *p;

	while (*w && nstems < 8) {
		size_t len = 0;

		while (*w == ' ' || *w == '-')
			w++;
		while (w[len] && w[len] != ' ')
			len++;
		if (!len)
			break;
		if (len >= 5)
			len -= 2;
		if (len >= sizeof(stems[0]))
			len = sizeof(stems[0]) - 1;
		memcpy(stems[nstems], w, len);
		stems[nstems++][len] = '\0';
		while (*w && *w != ' ')
			w++;
	}
	if (!nstems)
		return false;
	for (p = strstr(s, stems[0]); p; p = strstr(p + 1, stems[0])) {
		const char *q = p;

		if (p > s && letter(p[-1]))
			continue;
		for (k = 1; k < nstems; k++) {
			while (letter(*q))
				q++;
			while (*q == ' ')
				q++;
			if (strncmp(q, stems[k], strlen(stems[k])))
				break;
		}
		if (k == nstems)
			return true;
	}
	return false;
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_draft *d;
	size_t i, k;
	int rc = leges_draft_get(ctx->doc, &d);

	for (i = 0; !rc && i < d->ndefs; i++) {
		bool used = uses(d->body_lower, d->defs[i].key);

		/* Using a term in another definition counts as a use. */
		for (k = 0; !used && k < d->ndefs; k++) {
			char *body;

			if (k == i || !(body = leges_fold(d->defs[k].body, strlen(d->defs[k].body))))
				continue;
			used = uses(body, d->defs[i].key);
			free(body);
		}
		if (!used)
			rc = leges_report(ctx, d->defs[i].node, NULL, "the defined term '%s' is never used", d->defs[i].term);
	}
	return rc;
}

const struct leges_rule leges_rule_def301 = {
	.code = "DEF301",
	.name = "term-unused",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a defined term is not used anywhere else in the act",
	.source = "VL-LTA, dispositief, definities (define only what is needed) (RULES.md 1F DEF-USED)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
