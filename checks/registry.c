/*
 * registry.c - every rule leges knows, sorted by code (a unit test checks the
 * order and that codes and names are unique), and their documentation pages.
 * The C rules are listed here; the pack rules are added from the built-in
 * packs on first use, and from the user's packs (--pack) before threads start.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pthread.h>

#include "checks/engine.h"
#include "checks/pack.h"

extern const struct leges_rule
	leges_rule_akn001, leges_rule_akn002, leges_rule_akn003, leges_rule_akn004, leges_rule_akn005, leges_rule_akn006,
	leges_rule_akn010, leges_rule_akn011, leges_rule_akn012, leges_rule_akn013, leges_rule_akn014,
	leges_rule_cls501, leges_rule_cls502, leges_rule_cls503, leges_rule_cls504, leges_rule_cls505,
	leges_rule_cls506, leges_rule_cls507, leges_rule_cls508, leges_rule_cls509, leges_rule_cls510,
	leges_rule_cls511, leges_rule_def301, leges_rule_def302, leges_rule_def303, leges_rule_def304,
	leges_rule_eu601, leges_rule_eu602, leges_rule_eu603, leges_rule_eu604, leges_rule_eu605, leges_rule_eu606,
	leges_rule_eu607, leges_rule_eu608,
	leges_rule_mod701, leges_rule_mod702, leges_rule_mod703, leges_rule_mod704, leges_rule_mod705,
	leges_rule_mod706, leges_rule_mod707,
	leges_rule_ref201, leges_rule_ref202,
	leges_rule_ria800, leges_rule_ria801, leges_rule_ria802, leges_rule_ria803, leges_rule_ria804,
	leges_rule_ria805, leges_rule_ria806, leges_rule_ria807, leges_rule_ria808,
	leges_rule_str101, leges_rule_str102, leges_rule_str103, leges_rule_str110,
	leges_rule_str120, leges_rule_str121, leges_rule_str122, leges_rule_str123, leges_rule_str124,
	leges_rule_str130, leges_rule_str131, leges_rule_txt414, leges_rule_txt450, leges_rule_txt451,
	leges_rule_leg901, leges_rule_leg902, leges_rule_leg903, leges_rule_sch001;

static const struct leges_rule *const builtin[] = {
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
	&leges_rule_cls501,
	&leges_rule_cls502,
	&leges_rule_cls503,
	&leges_rule_cls504,
	&leges_rule_cls505,
	&leges_rule_cls506,
	&leges_rule_cls507,
	&leges_rule_cls508,
	&leges_rule_cls509,
	&leges_rule_cls510,
	&leges_rule_cls511,
	&leges_rule_def301,
	&leges_rule_def302,
	&leges_rule_def303,
	&leges_rule_def304,
	&leges_rule_eu601,
	&leges_rule_eu602,
	&leges_rule_eu603,
	&leges_rule_eu604,
	&leges_rule_eu605,
	&leges_rule_eu606,
	&leges_rule_eu607,
	&leges_rule_eu608,
	&leges_rule_leg901,
	&leges_rule_leg902,
	&leges_rule_leg903,
	&leges_rule_mod701,
	&leges_rule_mod702,
	&leges_rule_mod703,
	&leges_rule_mod704,
	&leges_rule_mod705,
	&leges_rule_mod706,
	&leges_rule_mod707,
	&leges_rule_ref201,
	&leges_rule_ref202,
	&leges_rule_ria800,
	&leges_rule_ria801,
	&leges_rule_ria802,
	&leges_rule_ria803,
	&leges_rule_ria804,
	&leges_rule_ria805,
	&leges_rule_ria806,
	&leges_rule_ria807,
	&leges_rule_ria808,
	&leges_rule_sch001,
	&leges_rule_str101,
	&leges_rule_str102,
	&leges_rule_str103,
	&leges_rule_str110,
	&leges_rule_str120,
	&leges_rule_str121,
	&leges_rule_str122,
	&leges_rule_str123,
	&leges_rule_str124,
	&leges_rule_str130,
	&leges_rule_str131,
	&leges_rule_txt414,
	&leges_rule_txt450,
	&leges_rule_txt451,
};

/* The pages of docs/rules/, embedded by build-aux/embed.sh. */
struct leges_embedded {
	const char *name, *text;
	size_t len;
};
extern const struct leges_embedded leges_rule_docs[];

/* The merged registry: C rules and pack rules, sorted by code. */
static const struct leges_rule **all;
static size_t nall;
static struct leges_pack_rule **packed;	/* owned pack rules, for merging by code */
static size_t npacked;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_rc;

static int cmp_rule(const void *a, const void *b)
{
	return strcmp((*(const struct leges_rule *const *)a)->code, (*(const struct leges_rule *const *)b)->code);
}

static int add_pack_text(const char *name, const char *text, size_t len)
{
	struct leges_pack_rule **rules = NULL;
	size_t n = 0, i, k;
	int rc;

	rc = leges_pack_parse(name, text, len, &rules, &n);
	for (i = 0; i < n && !rc; i++) {
		const struct leges_rule *d = leges_pack_rule_desc(rules[i]);
		struct leges_pack_rule *same = NULL;

		for (k = 0; k < nall; k++)
			if (!strcmp(all[k]->code, d->code))
				break;
		if (k < nall) {
			size_t p;

			for (p = 0; p < npacked; p++)
				if (leges_pack_rule_desc(packed[p]) == all[k])
					same = packed[p];
			/* Another language's version of the same rule: one rule, one more pattern. */
			if (same && !strcmp(all[k]->name, d->name)) {
				rc = leges_pack_rule_merge(same, rules[i]);
				rules[i] = NULL;
				continue;
			}
			rc = leges_error_set(LEGES_EINVAL, "pack '%s': rule code %s is already used by %s %s",
					     name, d->code, all[k]->code, all[k]->name);
			break;
		}
		{
			const struct leges_rule **ga = realloc(all, (nall + 1) * sizeof(*all));
			struct leges_pack_rule **gp;

			if (ga)
				all = ga;
			gp = ga ? realloc(packed, (npacked + 1) * sizeof(*packed)) : NULL;
			if (!gp) {
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
			packed = gp;
			all[nall++] = d;
			packed[npacked++] = rules[i];
			rules[i] = NULL;
		}
	}
	for (i = 0; i < n; i++)
		leges_pack_rule_free(rules[i]);
	free(rules);
	if (!rc)
		qsort(all, nall, sizeof(*all), cmp_rule);
	return rc;
}

static void init(void)
{
	size_t n = sizeof(builtin) / sizeof(builtin[0]), i, len;
	const char *name, *text;

	all = malloc(n * sizeof(*all));
	if (!all) {
		init_rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		return;
	}
	memcpy(all, builtin, n * sizeof(*all));
	nall = n;
	for (i = 0; !init_rc && (text = leges_pack_builtin(i, &name, &len)); i++)
		if (strcmp(name, "pack.rng"))
			init_rc = add_pack_text(name, text, len);
}

const struct leges_rule *const *leges_rules(size_t *count)
{
	pthread_once(&once, init);
	*count = nall;
	return all;
}

int leges_registry_add_pack(const char *path)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp;
	int rc;

	pthread_once(&once, init);
	if (init_rc)
		return init_rc;
	fp = fopen(path, "rb");
	if (!fp)
		return leges_error_set(LEGES_EINVAL, "cannot open pack '%s': %s", path, strerror(errno));
	for (;;) {
		char buf[8192];
		size_t got = fread(buf, 1, sizeof(buf), fp);
		char *grown;

		if (!got)
			break;
		if (len + got > ((size_t)16 << 20)) {
			fclose(fp);
			free(text);
			return leges_error_set(LEGES_EINVAL, "pack '%s' is over 16 MiB", path);
		}
		grown = realloc(text, len + got + 1);
		if (!grown) {
			fclose(fp);
			free(text);
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		}
		text = grown;
		memcpy(text + len, buf, got);
		len += got;
	}
	fclose(fp);
	rc = text ? add_pack_text(path, text, len) : leges_error_set(LEGES_EINVAL, "pack '%s' is empty", path);
	free(text);
	return rc;
}

const struct leges_rule *leges_rule_find(const char *code_or_name)
{
	const struct leges_rule *const *rules;
	size_t i, n;

	rules = leges_rules(&n);
	for (i = 0; i < n; i++)
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
