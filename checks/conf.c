/* conf.c - .leges.ini (see conf.h). */
#include "config.h"

#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ini.h>

#include "checks/conf.h"

char *leges_config_find(const char *file)
{
	char dir[PATH_MAX], path[PATH_MAX + 16];
	struct stat sb;
	char *slash;

	if (!realpath(file, dir)) {
		if (!getcwd(dir, sizeof(dir)))
			return NULL;
	} else if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
		slash = strrchr(dir, '/');
		if (slash)
			*slash = '\0';
	}
	for (;;) {
		snprintf(path, sizeof(path), "%s/.leges.ini", *dir ? dir : "");
		if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
			return strdup(path);
		slash = strrchr(dir, '/');
		if (!slash || slash == dir) {
			if (*dir && strcmp(dir, "/")) {
				dir[0] = '/';
				dir[1] = '\0';
				continue;
			}
			return NULL;
		}
		*slash = '\0';
	}
}

static int push_str(char ***list, size_t *n, const char *s, size_t len)
{
	char **g = realloc(*list, (*n + 2) * sizeof(*g));

	if (!g)
		return LEGES_ENOMEM;
	*list = g;
	g[*n] = strndup(s, len);
	if (!g[*n])
		return LEGES_ENOMEM;
	g[++*n] = NULL;
	return 0;
}

static int push_csv(char ***list, size_t *n, const char *v)
{
	while (*v) {
		size_t len = strcspn(v, ", ");

		if (len && push_str(list, n, v, len))
			return LEGES_ENOMEM;
		v += len;
		while (*v == ',' || *v == ' ')
			v++;
	}
	return 0;
}

struct state {
	struct leges_config *c;
	const char *text;	/* the raw file, to find line numbers */
	int rc;
};

static unsigned long line_of(const char *text, const char *what)
{
	const char *p = strstr(text, what);
	unsigned long line = 1;

	if (!p)
		return 0;
	for (; text < p; text++)
		if (*text == '\n')
			line++;
	return line;
}

static int unknown(struct state *st, const char *section, const char *key)
{
	struct leges_config *c = st->c;
	struct leges_config_unknown *g = realloc(c->unknown, (c->nunknown + 1) * sizeof(*g));
	char what[256];

	if (!g)
		return LEGES_ENOMEM;
	c->unknown = g;
	snprintf(what, sizeof(what), key ? "unknown key '%s' in [%s]" : "unknown section [%s]", key ? key : section,
		 section);
	g[c->nunknown].what = strdup(what);
	g[c->nunknown].line = line_of(st->text, key ? key : section);
	c->nunknown++;
	return 0;
}

static struct leges_config_section *section_for(struct leges_config *c, const char *name)
{
	size_t i;
	struct leges_config_section *g;

	if (!*name || !strcmp(name, "leges") || !strcmp(name, "severity"))
		return &c->sections[0];
	for (i = 1; i < c->nsections; i++)
		if (!strcmp(c->sections[i].glob, name + 5))
			return &c->sections[i];
	g = realloc(c->sections, (c->nsections + 1) * sizeof(*g));
	if (!g)
		return NULL;
	c->sections = g;
	memset(&g[c->nsections], 0, sizeof(*g));
	g[c->nsections].glob = strdup(name + 5);
	return &c->sections[c->nsections++];
}

static bool looks_like_code(const char *s)
{
	return strlen(s) == 6 && s[0] >= 'A' && s[0] <= 'Z' && s[3] >= '0' && s[3] <= '9';
}

static int add_override(struct state *st, struct leges_config_section *s, const char *code, const char *value)
{
	struct leges_severity_override *g;
	enum leges_severity sev;

	if (leges_severity_parse(value, &sev) || sev == LEGES_SEV_NONE)
		return leges_error_set(LEGES_EINVAL, "%s:%lu: '%s' is not a severity (info, warning or error)",
				       st->c->path, line_of(st->text, code), value);
	g = realloc(s->overrides, (s->noverrides + 1) * sizeof(*g));
	if (!g)
		return LEGES_ENOMEM;
	s->overrides = g;
	g[s->noverrides].code = strdup(code);
	g[s->noverrides].severity = sev;
	s->noverrides++;
	return 0;
}

static int handler(void *user, const char *section, const char *key, const char *value)
{
	struct state *st = user;
	struct leges_config *c = st->c;
	bool global = !*section || !strcmp(section, "leges");
	bool path = !strncmp(section, "path:", 5);
	struct leges_config_section *s;
	int rc = 0;

	if (st->rc)
		return 0;
	if (!global && !path && strcmp(section, "severity")) {
		/* Say it once per section. */
		size_t i;

		for (i = 0; i < c->nunknown; i++)
			if (strstr(c->unknown[i].what, section))
				return 1;
		st->rc = unknown(st, section, NULL);
		return 1;
	}
	s = section_for(c, section);
	if (!s) {
		st->rc = LEGES_ENOMEM;
		return 1;
	}
	if (!strcmp(section, "severity") || ((path || global) && looks_like_code(key))) {
		rc = add_override(st, s, key, value);
	} else if (!strcmp(key, "select")) {
		rc = push_csv(&s->select, &s->nselect, value);
		c->has_select |= global;
	} else if (!strcmp(key, "ignore")) {
		rc = push_csv(&s->ignore, &s->nignore, value);
	} else if (global && !strcmp(key, "fail-level")) {
		rc = leges_severity_parse(value, &c->fail_level);
		c->has_fail = true;
	} else if (global && !strcmp(key, "profile")) {
		rc = leges_profile_parse(value, &c->profile);
	} else if (global && !strcmp(key, "lang")) {
		rc = leges_lang_parse(value, &c->lang);
		c->has_lang = true;
	} else if (global && !strcmp(key, "packs")) {
		const char *v = value;

		while (*v && !rc) {
			size_t len = strcspn(v, ", ");
			char p[PATH_MAX];

			if (len) {
				if (*v == '/')
					snprintf(p, sizeof(p), "%.*s", (int)len, v);
				else
					snprintf(p, sizeof(p), "%s/%.*s", c->dir, (int)len, v);
				rc = push_str(&c->packs, &c->npacks, p, strlen(p));
			}
			v += len;
			while (*v == ',' || *v == ' ')
				v++;
		}
	} else {
		rc = unknown(st, *section ? section : "leges", key);
	}
	if (rc == LEGES_EINVAL && !strstr(leges_error_message(rc), c->path)) {
		char msg[600];

		snprintf(msg, sizeof(msg), "%s", leges_error_message(rc));
		rc = leges_error_set(LEGES_EINVAL, "%s:%lu: %s", c->path, line_of(st->text, key), msg);
	}
	st->rc = rc;
	return 1;
}

int leges_config_load(struct leges_config **out, const char *path)
{
	struct leges_config *c;
	struct state st = { NULL, NULL, 0 };
	char *text = NULL, *slash;
	size_t len = 0;
	FILE *fp;
	int rc;

	*out = NULL;
	fp = fopen(path, "r");
	if (!fp)
		return leges_error_set(LEGES_EINVAL, "cannot open '%s': %s", path, strerror(errno));
	c = calloc(1, sizeof(*c));
	if (!c || !(c->sections = calloc(1, sizeof(*c->sections)))) {
		fclose(fp);
		free(c);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	c->nsections = 1;
	c->fail_level = LEGES_SEV_ERROR;
	c->path = strdup(path);
	c->dir = strdup(path);
	if (c->dir && (slash = strrchr(c->dir, '/')))
		*slash = '\0';
	{
		char buf[4096];
		size_t got;

		while ((got = fread(buf, 1, sizeof(buf), fp)) > 0 && len < (1u << 20)) {
			char *g = realloc(text, len + got + 1);

			if (!g)
				break;
			text = g;
			memcpy(text + len, buf, got);
			len += got;
			text[len] = '\0';
		}
	}
	st.c = c;
	st.text = text ? text : "";
	rewind(fp);
	rc = ini_parse_file(fp, handler, &st);
	fclose(fp);
	free(text);
	if (st.rc) {
		leges_config_free(c);
		return st.rc == LEGES_ENOMEM ? leges_error_set(LEGES_ENOMEM, "out of memory") : st.rc;
	}
	if (rc > 0) {
		leges_config_free(c);
		return leges_error_set(LEGES_EINVAL, "%s:%d: not an ini line", path, rc);
	}
	*out = c;
	return 0;
}

void leges_config_free(struct leges_config *c)
{
	size_t i, k;

	if (!c)
		return;
	for (i = 0; i < c->nsections; i++) {
		struct leges_config_section *s = &c->sections[i];

		for (k = 0; k < s->nselect; k++)
			free(s->select[k]);
		free(s->select);
		for (k = 0; k < s->nignore; k++)
			free(s->ignore[k]);
		free(s->ignore);
		for (k = 0; k < s->noverrides; k++)
			free((char *)s->overrides[k].code);
		free(s->overrides);
		free(s->glob);
	}
	free(c->sections);
	for (i = 0; i < c->npacks; i++)
		free(c->packs[i]);
	free(c->packs);
	for (i = 0; i < c->nunknown; i++)
		free(c->unknown[i].what);
	free(c->unknown);
	free(c->path);
	free(c->dir);
	free(c);
}

bool leges_config_section_applies(const struct leges_config *c, const struct leges_config_section *s,
				  const char *file)
{
	char real[PATH_MAX];
	size_t n;

	if (!s->glob)
		return true;
	if (!realpath(file, real))
		return false;
	n = strlen(c->dir);
	if (strncmp(real, c->dir, n) || real[n] != '/')
		return false;
	return fnmatch(s->glob, real + n + 1, 0) == 0;
}
