/* MOD704 upto-not-later: destination/@upTo must name a later sibling of the destination. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"
#include "checks/modmarkup.h"
#include "parser/eid.h"
#include "parser/num.h"

/* The eId portion of an href ("#x", "…~x"), or NULL. */
static const char *portion(const char *h)
{
	const char *p;

	if (!h)
		return NULL;
	if (h[0] == '#')
		return h + 1;
	p = strchr(h, '~');
	if (!p)
		p = strchr(h, '#');	/* older markup: "…/main#sec_3" */
	return p ? p + 1 : NULL;
}

static void number(const char *s, size_t len, struct leges_num *out)
{
	char buf[64];
	size_t i;

	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	for (i = 0; i < len; i++)
		buf[i] = s[i] == '-' ? '/' : s[i];
	buf[len] = '\0';
	leges_num_parse(out, buf, len);
}

static int check(struct leges_check_ctx *ctx)
{
	struct leges_tmod *t = NULL;
	size_t nt = 0, i;
	int rc = leges_tmods_collect(ctx->doc, &t, &nt);

	for (i = 0; i < nt && !rc; i++) {
		xmlNode *d;

		for (d = t[i].node->children; d && !rc; d = d->next) {
			const char *a, *b, *ra, *rb, *na, *nb;
			size_t pa, pb, rla, rlb, nla, nlb;
			struct leges_num x, y;

			if (d->type != XML_ELEMENT_NODE || strcmp((const char *)d->name, "destination") ||
			    !leges_attr(d, "upTo"))
				continue;
			a = portion(leges_attr(d, "href"));
			b = portion(leges_attr(d, "upTo"));
			if (!a || !b || !leges_eid_valid(a) || !leges_eid_valid(b)) {
				rc = leges_report(ctx, d, "upTo", "upTo '%s' and the destination must both name eIds",
						  leges_attr(d, "upTo"));
				continue;
			}
			leges_eid_last_step(a, &pa, &ra, &rla, &na, &nla);
			leges_eid_last_step(b, &pb, &rb, &rlb, &nb, &nlb);
			if (pa != pb || strncmp(a, b, pa) || rla != rlb || strncmp(ra, rb, rla)) {
				rc = leges_report(ctx, d, "upTo", "upTo '%s' is not a sibling of the destination '%s'", b, a);
				continue;
			}
			number(na, nla, &x);
			number(nb, nlb, &y);
			if (leges_num_cmp(&y, &x, false) <= 0)
				rc = leges_report(ctx, d, "upTo", "upTo '%s' does not come after the destination '%s'", b, a);
		}
	}
	free(t);
	return rc;
}

const struct leges_rule leges_rule_mod704 = {
	.code = "MOD704",
	.name = "upto-not-later",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "destination/@upTo does not name a later sibling of the destination",
	.source = "DESIGN 7 (ris-norms lessons); OASIS AKN 3.0 argumentType/@upTo",
	.check = check,
	.dialects = 0,	/* AKN 3.0 final: drafts name their ids differently */
};
