/*
 * registry.c - every rule leges knows, sorted by code (a unit test checks the
 * order and that codes and names are unique), and their documentation pages.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "checks/engine.h"

extern const struct leges_rule
	leges_rule_akn001, leges_rule_akn002, leges_rule_akn003, leges_rule_akn004, leges_rule_akn005, leges_rule_akn006,
	leges_rule_akn010, leges_rule_akn011, leges_rule_akn012, leges_rule_akn013, leges_rule_akn014,
	leges_rule_mod701, leges_rule_mod702, leges_rule_mod703, leges_rule_mod704, leges_rule_mod705,
	leges_rule_mod706, leges_rule_mod707,
	leges_rule_ref201, leges_rule_ref202,
	leges_rule_str101, leges_rule_str102, leges_rule_str103, leges_rule_str110,
	leges_rule_str120, leges_rule_str121, leges_rule_str122, leges_rule_str123, leges_rule_str124;

static const struct leges_rule *const rules[] = {
	&leges_rule_akn001,
	&leges_rule_akn002,
	&leges_rule_akn003,
	&leges_rule_akn004,
	&leges_rule_akn005,
	&leges_rule_akn006,
	&leges_rule_akn010,
	&leges_rule_akn011,
	&leges_rule_akn012,
	&leges_rule_akn013,
	&leges_rule_akn014,
	&leges_rule_mod701,
	&leges_rule_mod702,
	&leges_rule_mod703,
	&leges_rule_mod704,
	&leges_rule_mod705,
	&leges_rule_mod706,
	&leges_rule_mod707,
	&leges_rule_ref201,
	&leges_rule_ref202,
	&leges_rule_str101,
	&leges_rule_str102,
	&leges_rule_str103,
	&leges_rule_str110,
	&leges_rule_str120,
	&leges_rule_str121,
	&leges_rule_str122,
	&leges_rule_str123,
	&leges_rule_str124,
};

/* The pages of docs/rules/, embedded by build-aux/embed.sh. */
struct leges_embedded {
	const char *name, *text;
	size_t len;
};
extern const struct leges_embedded leges_rule_docs[];

const struct leges_rule *const *leges_rules(size_t *count)
{
	*count = sizeof(rules) / sizeof(rules[0]);
	return rules;
}

const struct leges_rule *leges_rule_find(const char *code_or_name)
{
	size_t i;

	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
		if (!strcasecmp(rules[i]->code, code_or_name) || !strcmp(rules[i]->name, code_or_name))
			return rules[i];
	return NULL;
}

const char *leges_rule_doc(const char *code)
{
	size_t i;

	for (i = 0; leges_rule_docs[i].name; i++)
		if (!strcmp(leges_rule_docs[i].name, code))
			return leges_rule_docs[i].text;
	return NULL;
}

const char *leges_severity_name(enum leges_severity s)
{
	switch (s) {
	case LEGES_SEV_INFO: return "info";
	case LEGES_SEV_WARNING: return "warning";
	case LEGES_SEV_ERROR: return "error";
	default: return "none";
	}
}

int leges_severity_parse(const char *s, enum leges_severity *out)
{
	static const char *const names[] = { "info", "warning", "error", "none" };
	int i;

	for (i = 0; i < 4; i++)
		if (!strcasecmp(s, names[i])) {
			*out = (enum leges_severity)i;
			return 0;
		}
	return leges_error_set(LEGES_EINVAL, "unknown severity '%s' (use info, warning, error or none)", s);
}

static const struct { const char *name; unsigned bit; } profiles[] = {
	{ "be-vlg", LEGES_PROFILE_BE_VLG }, { "be", LEGES_PROFILE_BE },
	{ "eu", LEGES_PROFILE_EU }, { "generic", LEGES_PROFILE_GENERIC },
};

int leges_profile_parse(const char *s, unsigned *out)
{
	size_t i;

	for (i = 0; i < sizeof(profiles) / sizeof(profiles[0]); i++)
		if (!strcasecmp(s, profiles[i].name)) {
			*out = profiles[i].bit;
			return 0;
		}
	return leges_error_set(LEGES_EINVAL, "unknown profile '%s' (use be-vlg, be, eu or generic)", s);
}

const char *leges_profile_name(unsigned profile)
{
	size_t i;

	for (i = 0; i < sizeof(profiles) / sizeof(profiles[0]); i++)
		if (profile == profiles[i].bit)
			return profiles[i].name;
	return "all";
}
