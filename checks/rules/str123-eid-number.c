/* STR123 eid-number: the number part of an eId does not match the provision's <num>. */
#include "config.h"

#include <string.h>

#include "checks/engine.h"
#include "parser/eid.h"

/* The element_ref of a provision name, remembered by the name's address (libxml2 interns names). */
struct refs {
	const char *name[16], *ref[16];
	size_t n;
};

static const char *ref_of(struct refs *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->name[i] == name)
			return r->ref[i];
	if (r->n == sizeof(r->name) / sizeof(r->name[0]))
		return leges_eid_ref(name);
	r->name[r->n] = name;
	return r->ref[r->n++] = leges_eid_ref(name);
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_doc *doc = ctx->doc;
	struct refs refs = { { NULL }, { NULL }, 0 };
	size_t i;
	int rc = 0;

	for (i = 0; i < doc->nprovs && !rc; i++) {
		const struct leges_provision *p = &doc->provs[i];
		const char *ref, *num, *want;
		size_t plen, rlen, nlen;

		if (!p->eid || !p->num_text || p->num.kind == LEGES_NUM_NONE || !p->num.ident[0] ||
		    !leges_eid_valid(p->eid))
			continue;
		leges_eid_last_step(p->eid, &plen, &ref, &rlen, &num, &nlen);
		want = ref_of(&refs, p->name);
		if (strlen(want) != rlen || strncmp(ref, want, rlen))
			continue;
		if (nlen != strlen(p->num.ident) || strncmp(num, p->num.ident, nlen))
			rc = leges_report(ctx, p->node, doc->eid_attr,
					  "eId '%s' has number '%.*s' but <num> '%s' gives '%s'", p->eid, (int)nlen,
					  num, p->num_text, p->num.ident);
	}
	return rc;
}

const struct leges_rule leges_rule_str123 = {
	.code = "STR123",
	.name = "eid-number",
	.severity = LEGES_SEV_WARNING,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the number part of an eId differs from the provision's normalised <num>",
	.source = "OASIS Akoma Ntoso Naming Convention v1.0 section 5.5 (RULES.md 4A number-part derivation, 4E AKN-EID-NUM)",
	.check = check,
	.dialects = LEGES_DIALECTS_AKN3,
};
