/*
 * conf.h - .leges.ini, found by walking up from each file checked (like
 * .editorconfig), read with inih.
 *
 *   [leges]                     ; or keys before any section
 *   select = STR, REF, TXT4     ; codes, prefixes or names
 *   ignore = TXT450
 *   fail-level = warning
 *   profile = be-vlg
 *   lang = nl                   ; messages
 *   packs = packs/extra.xml     ; relative to the file's folder
 *
 *   [severity]
 *   TXT401 = error
 *
 *   [path:archief/oud-*.xml]    ; files below the config's folder matching the glob
 *   ignore = TXT4
 *   TXT402 = info
 *
 * A key or section leges does not know is reported as LEG903 (a typo should
 * not be silently ignored); a bad value is a configuration error (exit 2).
 */
#ifndef LEGES_CONF_H
#define LEGES_CONF_H

#include <stdbool.h>
#include <stddef.h>

#include "checks/engine.h"

struct leges_config_section {
	char *glob;			/* NULL: the whole config */
	char **select, **ignore;	/* NULL-terminated, owned */
	size_t nselect, nignore;
	struct leges_severity_override *overrides;	/* codes owned */
	size_t noverrides;
};

struct leges_config_unknown {
	char *what;
	unsigned long line;
};

struct leges_config {
	char *path, *dir;
	struct leges_config_section *sections;	/* [0] is the global one */
	size_t nsections;
	bool has_select;
	bool has_fail;
	enum leges_severity fail_level;
	unsigned profile;
	bool has_lang;
	enum leges_lang lang;
	char **packs;			/* absolute or relative to the current folder */
	size_t npacks;
	struct leges_config_unknown *unknown;
	size_t nunknown;
};

/* The nearest .leges.ini above file (its folder, then up to /), or NULL; a new string. */
char *leges_config_find(const char *file);
int leges_config_load(struct leges_config **out, const char *path);
void leges_config_free(struct leges_config *c);

/* The sections of c that apply to file, in order (the global one first). */
bool leges_config_section_applies(const struct leges_config *c, const struct leges_config_section *s,
				  const char *file);

#endif
