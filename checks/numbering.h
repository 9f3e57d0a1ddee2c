/*
 * numbering.h - the sequences of sibling provision numbers that STR101-103
 * judge.  Articles are one sequence over their whole document component (they
 * are numbered across chapters), and so are sections when sections are the
 * article-level unit (they hold no articles); every other kind is a sequence
 * per enclosing provision.  Provisions inside quoted structures belong to
 * other acts and are left out.
 */
#ifndef LEGES_NUMBERING_H
#define LEGES_NUMBERING_H

#include "checks/engine.h"

enum leges_seq_event {
	LEGES_SEQ_GAP,		/* cur skips numbers after prev (prev NULL: does not start at 1) */
	LEGES_SEQ_DUPLICATE,	/* cur repeats an earlier number */
	LEGES_SEQ_ORDER,	/* cur is lower than prev */
};

typedef int (*leges_seq_fn)(struct leges_check_ctx *ctx, enum leges_seq_event ev,
			    const struct leges_provision *prev, const struct leges_provision *cur,
			    bool as_roman);

/* Walk every sequence of ctx->doc and call fn for each event of kind want. */
int leges_numbering_walk(struct leges_check_ctx *ctx, enum leges_seq_event want, leges_seq_fn fn);

/* "Art. 5", "§ 2", "3°": how a provision is named in a message. */
const char *leges_prov_label(const struct leges_provision *p, char *buf, size_t size);

#endif
