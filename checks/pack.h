/*
 * pack.h - rule packs: data-driven rules in XML (the packs in checks/packs/, --pack).
 *
 * A pack is validated against checks/packs/pack.rng, its patterns compiled
 * once with pcre2 (UTF, UCP, JIT).  Each <rule> becomes a struct leges_rule
 * whose check function runs the rule's variant for the document's language:
 * packs in several languages may define the same code and name, and are then
 * one rule with one pattern per language ("TXT401 en-of": en/of, et/ou,
 * and/or).  A Dutch variant never runs on a French, English or Italian text.
 *
 * Ownership: the registry owns parsed rules for the life of the process.
 */
#ifndef LEGES_PACK_H
#define LEGES_PACK_H

#include <stddef.h>

#include "checks/engine.h"

struct leges_pack_rule;

/* Parse and compile a pack held in memory; name is used in messages. */
int leges_pack_parse(const char *name, const char *text, size_t len, struct leges_pack_rule ***out,
		     size_t *count);
/* The rule descriptor of a pack rule (its data points back to it). */
const struct leges_rule *leges_pack_rule_desc(const struct leges_pack_rule *r);
/* Move the variants of from (same code and name, another language) into into; frees from. */
int leges_pack_rule_merge(struct leges_pack_rule *into, struct leges_pack_rule *from);
void leges_pack_rule_free(struct leges_pack_rule *r);

/* The built-in packs and pack.rng, embedded at build time. */
const char *leges_pack_builtin(size_t i, const char **name, size_t *len);

#endif
