/*
 * cmd-check.c - leges check FILE|DIR...: lint drafts.
 *
 * Files are checked by -j worker threads that share the compiled schema;
 * each file is parsed once.  Findings are merged, sorted and written by one
 * reporter, so the output does not depend on the number of threads.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bin/leges.h"
#include "checks/baseline.h"
#include "checks/conf.h"
#include "checks/draft.h"
#include "checks/engine.h"
#include "checks/report.h"
#include "transform/xslt.h"

extern const struct leges_rule leges_rule_akn003, leges_rule_leg903;

struct strlist {
	char **v;
	size_t n, cap;
};

static int strlist_add(struct strlist *l, const char *s, size_t len)
{
	char *copy;

	if (l->n + 1 >= l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		char **v = realloc(l->v, cap * sizeof(*v));

		if (!v)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		l->v = v;
		l->cap = cap;
	}
	copy = strndup(s, len);
	if (!copy)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	l->v[l->n++] = copy;
	l->v[l->n] = NULL;
	return 0;
}

static void strlist_release(struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* "STR,TXT401 ,en-of" -> three entries. */
static int add_csv(struct strlist *l, const char *arg)
{
	while (*arg) {
		size_t n = strcspn(arg, ",");
		const char *s = arg, *e = arg + n;
		int rc;

		while (s < e && *s == ' ')
			s++;
		while (e > s && e[-1] == ' ')
			e--;
		if (e > s && (rc = strlist_add(l, s, (size_t)(e - s))))
			return rc;
		arg += n + (arg[n] ? 1 : 0);
	}
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_xml_ext(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && !strcasecmp(name + n - 4, ".xml");
}

/* Every *.xml below dir, in sorted order; hidden entries and symlinked directories are skipped. */
static int collect_dir(struct strlist *files, const char *dir, int depth)
{
	struct strlist names = { 0 };
	struct dirent *de;
	DIR *d;
	size_t i;
	int rc = 0;

	if (depth > 64)
		return leges_error_set(LEGES_EIO, "'%s': directories nested too deeply", dir);
	d = opendir(dir);
	if (!d)
		return leges_error_set(LEGES_EIO, "cannot open '%s': %s", dir, strerror(errno));
	while ((de = readdir(d)) && !rc)
		if (de->d_name[0] != '.')
			rc = strlist_add(&names, de->d_name, strlen(de->d_name));
	closedir(d);
	if (names.n)
		qsort(names.v, names.n, sizeof(char *), cmp_str);
	for (i = 0; i < names.n && !rc; i++) {
		char path[PATH_MAX];
		struct stat sb;

		snprintf(path, sizeof(path), "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names.v[i]);
		if (lstat(path, &sb) < 0)
			continue;
		if (S_ISDIR(sb.st_mode))
			rc = collect_dir(files, path, depth + 1);
		else if ((S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode)) && has_xml_ext(names.v[i]))
			rc = strlist_add(files, path, strlen(path));
	}
	strlist_release(&names);
	return rc;
}

struct job {
	const char *path;
	struct leges_engine_opts opts;	/* the run's options with the file's configuration applied */
	enum leges_severity fail;
	char **select, **ignore;	/* owned lists behind opts */
	struct leges_severity_override *overrides;	/* owned array behind opts (codes borrowed) */
	struct leges_findings found;
	xmlDocPtr tree;		/* kept for the XML/HTML report */
	int rc;
	char *msg;		/* tool message for a file that could not be read */
};

struct pool {
	struct job *jobs;
	size_t njobs, next, done;
	pthread_mutex_t lock;
	bool progress;
};

static void progress(struct pool *p)
{
	fprintf(stderr, "\rleges: checked %zu of %zu files", p->done, p->njobs);
	if (p->done == p->njobs)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

static void *worker(void *arg)
{
	struct pool *p = arg;

	for (;;) {
		struct job *j;

		pthread_mutex_lock(&p->lock);
		j = p->next < p->njobs ? &p->jobs[p->next++] : NULL;
		/* No file is left for any worker: this one's model can be left to the exit. */
		if (j)
			j->opts.exit_after = p->next == p->njobs;
		pthread_mutex_unlock(&p->lock);
		if (!j)
			break;
		leges_error_clear();
		j->rc = leges_check_file_tree(j->path, &j->opts, &j->found, j->opts.keep_tree ? &j->tree : NULL);
		if (j->rc && j->rc != LEGES_EPARSE)
			j->msg = strdup(leges_error_message(j->rc));
		pthread_mutex_lock(&p->lock);
		p->done++;
		if (p->progress)
			progress(p);
		pthread_mutex_unlock(&p->lock);
	}
	leges_draft_thread_done();
	return NULL;
}

static void help(FILE *out)
{
	fputs("usage: leges check [options] FILE|DIR...\n\n"
	      "Check Akoma Ntoso drafts; directories are searched for *.xml files.\n\n"
	      "  -o, --output FILE        write the report to FILE (atomically); with --fix, the\n"
	      "                           fixed document (one input)\n"
	      "  -f, --format FORMAT      text (default), json, sarif, junit, checkstyle, github,\n"
	      "                           xml or html\n"
	      "      --select LIST        only these rules: codes, prefixes or names, comma-separated\n"
	      "      --ignore LIST        not these rules\n"
	      "      --fail-level LEVEL   exit 1 on findings at or above info, warning, error\n"
	      "                           (default) or none\n"
	      "      --profile NAME       be-vlg, be, eu or generic (default: from each document)\n"
	      "      --schema-dir DIR     where akomantoso30.xsd is (else $LEGES_SCHEMA_DIR)\n"
	      "      --max-size BYTES     refuse larger inputs (default 256M; K, M, G suffixes)\n"
	      "  -j, --jobs N             check N files at a time (default: number of CPUs)\n"
	      "      --pack FILE          add the rules of a rule pack (repeatable)\n"
	      "      --schematron FILE    report the failed assertions of an ISO Schematron (SCH001)\n"
	      "      --lang LANG          language of the messages: nl, fr or en (default: $LANG)\n"
	      "      --fix                apply the replacements rules offer (with -o OUT or\n"
	      "                           --in-place), then report what is left\n"
	      "      --in-place           with --fix: rewrite each input (atomically)\n"
	      "      --baseline FILE      do not report the findings FILE lists\n"
	      "      --write-baseline FILE  list the findings in FILE (and exit 0)\n"
	      "      --no-config          do not read .leges.ini files\n"
	      "      --color WHEN         auto (default), always or never\n"
	      "  -q, --quiet              no progress bar\n"
	      "  -h, --help               this text\n\n"
	      "Exit: 0 clean, 1 findings at or above the fail level, 2 usage, 3 unreadable or\n"
	      "not well-formed input, 4 internal error.\n", out);
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return leges_error_set(LEGES_EINVAL, "bad size '%s'", s);
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end || !v)
		return leges_error_set(LEGES_EINVAL, "bad size '%s'", s);
	*out = (size_t)v;
	return 0;
}

/* Decide on the schema: --schema-dir, $LEGES_SCHEMA_DIR, or the configured default. */
static int find_schema(const char *explicit_dir, struct leges_schema **schema, char **why)
{
	const char *dir = explicit_dir;
	int rc;

	*schema = NULL;
	*why = NULL;
	if (!dir) {
		dir = getenv("LEGES_SCHEMA_DIR");
		if (dir && !*dir) {
			*why = strdup("LEGES_SCHEMA_DIR is empty, so schema validation (AKN005) did not run");
			return 0;
		}
	}
	if (!dir && *LEGES_DEFAULT_SCHEMA_DIR)
		dir = LEGES_DEFAULT_SCHEMA_DIR;
	if (!dir) {
		*why = strdup("no Akoma Ntoso XSD configured (--schema-dir, LEGES_SCHEMA_DIR or configure "
			      "--with-akn-schema), so schema validation (AKN005) did not run");
		return 0;
	}
	rc = leges_schema_load(schema, dir);
	if (rc == LEGES_ENOMEM)
		return rc;
	if (rc && explicit_dir)
		return LEGES_EINVAL;	/* the user named it: a usage error, message set */
	if (rc) {
		char buf[1200];

		snprintf(buf, sizeof(buf), "%s, so schema validation (AKN005) did not run", leges_error_message(rc));
		*why = strdup(buf);
	}
	return 0;
}

/* One .leges.ini, loaded once however many files it covers. */
struct config_slot {
	char *path;
	struct leges_config *config;
};

struct configs {
	struct config_slot *v;
	size_t n;
};

static int config_for(struct configs *cs, const char *file, const struct leges_config **out)
{
	char *path = leges_config_find(file);
	struct config_slot *g;
	size_t i;
	int rc;

	*out = NULL;
	if (!path)
		return 0;
	for (i = 0; i < cs->n; i++)
		if (!strcmp(cs->v[i].path, path)) {
			free(path);
			*out = cs->v[i].config;
			return 0;
		}
	g = realloc(cs->v, (cs->n + 1) * sizeof(*g));
	if (!g) {
		free(path);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	cs->v = g;
	g[cs->n].path = path;
	rc = leges_config_load(&g[cs->n].config, path);
	if (rc) {
		free(path);
		return rc;
	}
	*out = g[cs->n++].config;
	return 0;
}

static void configs_release(struct configs *cs)
{
	size_t i;

	for (i = 0; i < cs->n; i++) {
		free(cs->v[i].path);
		leges_config_free(cs->v[i].config);
	}
	free(cs->v);
}

static int dup_list(char ***out, const char *const *a, const char *const *b, const char *const *c)
{
	const char *const *lists[3] = { a, b, c };
	size_t n = 0, k;
	int l;

	for (l = 0; l < 3; l++)
		for (k = 0; lists[l] && lists[l][k]; k++)
			n++;
	*out = calloc(n + 1, sizeof(char *));
	if (!*out)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	n = 0;
	for (l = 0; l < 3; l++)
		for (k = 0; lists[l] && lists[l][k]; k++)
			(*out)[n++] = (char *)lists[l][k];	/* borrowed strings */
	return 0;
}

/* The file's options: the command line over its .leges.ini (and the sections that match it). */
static int job_options(struct job *j, const struct leges_engine_opts *base, const struct strlist *select,
		       const struct strlist *ignore, const struct leges_config *c, bool cli_fail,
		       enum leges_severity fail, bool cli_lang)
{
	const char *const *csel = NULL, *const *cign = NULL, *const *ssel = NULL, *const *sign = NULL;
	size_t i, n = 0;
	int rc;

	j->opts = *base;
	j->fail = fail;
	if (c) {
		csel = (const char *const *)c->sections[0].select;
		cign = (const char *const *)c->sections[0].ignore;
		for (i = 1; i < c->nsections; i++)
			if (leges_config_section_applies(c, &c->sections[i], j->path)) {
				ssel = (const char *const *)c->sections[i].select;
				sign = (const char *const *)c->sections[i].ignore;
			}
		if (!cli_fail && c->has_fail)
			j->fail = c->fail_level;
		if (!base->profile && c->profile)
			j->opts.profile = c->profile;
		if (!cli_lang && c->has_lang)
			j->opts.lang = c->lang;
		for (i = 0; i < c->nsections; i++)
			if (leges_config_section_applies(c, &c->sections[i], j->path))
				n += c->sections[i].noverrides;
		j->overrides = calloc(n + 1, sizeof(*j->overrides));
		if (!j->overrides)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		n = 0;
		for (i = 0; i < c->nsections; i++)
			if (c->sections[i].noverrides && leges_config_section_applies(c, &c->sections[i], j->path)) {
				memcpy(j->overrides + n, c->sections[i].overrides,
				       c->sections[i].noverrides * sizeof(*j->overrides));
				n += c->sections[i].noverrides;
			}
		j->opts.overrides = j->overrides;
		j->opts.noverrides = n;
	}
	/* --select replaces the configuration's selection; --ignore adds to its ignores. */
	if (select->n)
		rc = dup_list(&j->select, (const char *const *)select->v, NULL, NULL);
	else
		rc = dup_list(&j->select, csel, ssel, NULL);
	if (!rc)
		rc = dup_list(&j->ignore, cign, sign, (const char *const *)ignore->v);
	if (rc)
		return rc;
	j->opts.select = (const char *const *)j->select;
	j->opts.ignore = (const char *const *)j->ignore;
	return 0;
}

static int cmp_fix(const void *a, const void *b)
{
	const struct leges_fix *x = *(const struct leges_fix *const *)a, *y = *(const struct leges_fix *const *)b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * Apply the job's fixes to the raw bytes of its input, write the result
 * (to out_path, or over the input), and check the result again: the job's
 * findings become those of the fixed document.
 */
static int apply_fixes(struct job *j, const char *out_path, size_t *applied)
{
	struct leges_fix **fixes = NULL;
	struct leges_findings again;
	struct leges_output out;
	char *buf = NULL;
	size_t n = 0, i, len = 0, at = 0;
	FILE *fp;
	int rc = 0;

	*applied = 0;
	for (i = 0; i < j->found.n; i++)
		if (j->found.v[i].fix)
			n++;
	if (!n && !out_path)
		return 0;
	fixes = calloc(n + 1, sizeof(*fixes));
	if (!fixes)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0, n = 0; i < j->found.n; i++)
		if (j->found.v[i].fix)
			fixes[n++] = j->found.v[i].fix;
	qsort(fixes, n, sizeof(*fixes), cmp_fix);
	fp = fopen(j->path, "rb");
	if (!fp) {
		rc = leges_error_set(LEGES_EIO, "cannot open '%s': %s", j->path, strerror(errno));
		goto out;
	}
	for (;;) {
		char chunk[65536], *g;
		size_t got = fread(chunk, 1, sizeof(chunk), fp);

		if (!got)
			break;
		g = realloc(buf, len + got + 1);
		if (!g) {
			fclose(fp);
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			goto out;
		}
		buf = g;
		memcpy(buf + len, chunk, got);
		len += got;
	}
	fclose(fp);
	rc = leges_output_open(&out, out_path ? out_path : j->path);
	if (rc)
		goto out;
	for (i = 0; i < n; i++) {
		/* Overlapping fixes: the first wins; the next run of --fix takes the rest. */
		if (fixes[i]->start < at || fixes[i]->end > len)
			continue;
		fwrite(buf + at, 1, fixes[i]->start - at, out.fp);
		fputs(fixes[i]->text, out.fp);
		at = fixes[i]->end;
		++*applied;
	}
	if (buf)
		fwrite(buf + at, 1, len - at, out.fp);
	rc = leges_output_commit(&out);
	if (rc)
		goto out;
	/* Report what is left in the document as written. */
	leges_findings_init(&again);
	rc = leges_check_file(out_path ? out_path : j->path, &j->opts, &again);
	if (rc && rc != LEGES_EPARSE) {
		leges_findings_release(&again);
		goto out;
	}
	j->rc = rc;
	rc = 0;
	leges_findings_release(&j->found);
	j->found = again;
out:
	free(buf);
	free(fixes);
	return rc;
}

static int write_html(FILE *fp, const struct leges_findings *all, const struct leges_report_opts *ropts)
{
	const struct leges_xslt *x = NULL;
	xmlDocPtr report = NULL, html = NULL;
	const char *css;
	char *css_copy = NULL;
	size_t css_len = 0;
	int rc;

	rc = leges_report_xml_doc(&report, all, ropts);
	if (!rc)
		rc = leges_xslt_get(&x, "report-html.xsl");
	if (!rc) {
		const char *params[3] = { "css", "", NULL };

		css = leges_embedded_file("leges.css", &css_len);
		if (css && (css_copy = strndup(css, css_len)))
			params[1] = css_copy;
		rc = leges_xslt_run(x, report, params, &html);
	}
	if (!rc)
		rc = leges_xslt_save(x, html, fp);
	free(css_copy);
	xmlFreeDoc(html);
	xmlFreeDoc(report);
	return rc;
}

int cmd_check(int argc, char **argv)
{
	enum { OPT_SELECT = 256, OPT_IGNORE, OPT_FAIL, OPT_PROFILE, OPT_SCHEMA, OPT_MAXSIZE, OPT_COLOR, OPT_PACK,
	       OPT_SCHEMATRON, OPT_LANG, OPT_FIX, OPT_INPLACE, OPT_BASELINE, OPT_WRITE_BASELINE, OPT_NOCONFIG };
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "select", required_argument, NULL, OPT_SELECT },
		{ "ignore", required_argument, NULL, OPT_IGNORE },
		{ "fail-level", required_argument, NULL, OPT_FAIL },
		{ "profile", required_argument, NULL, OPT_PROFILE },
		{ "schema-dir", required_argument, NULL, OPT_SCHEMA },
		{ "max-size", required_argument, NULL, OPT_MAXSIZE },
		{ "jobs", required_argument, NULL, 'j' },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "colour", required_argument, NULL, OPT_COLOR },
		{ "pack", required_argument, NULL, OPT_PACK },
		{ "schematron", required_argument, NULL, OPT_SCHEMATRON },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "fix", no_argument, NULL, OPT_FIX },
		{ "in-place", no_argument, NULL, OPT_INPLACE },
		{ "baseline", required_argument, NULL, OPT_BASELINE },
		{ "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE },
		{ "no-config", no_argument, NULL, OPT_NOCONFIG },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct strlist select = { 0 }, ignore = { 0 }, files = { 0 }, packs = { 0 };
	struct leges_engine_opts opts = { 0 };
	struct leges_report_opts ropts = { false, 0, PACKAGE_VERSION, LEGES_LANG_EN, NULL, NULL, 0 };
	struct leges_findings all;
	struct leges_output out = { 0 };
	struct configs configs = { NULL, 0 };
	enum leges_format format = LEGES_FORMAT_TEXT;
	enum leges_severity fail = LEGES_SEV_ERROR;
	struct leges_schema *schema = NULL;
	struct leges_schematron *schematron = NULL;
	struct leges_baseline *baseline = NULL;
	const char *output = NULL, *schema_dir = NULL, *color = "auto", *schematron_path = NULL;
	const char *baseline_path = NULL, *write_baseline = NULL;
	char *schema_why = NULL;
	struct pool pool = { 0 };
	pthread_t *threads = NULL;
	long jobs = 0;
	bool quiet = false, input_failed = false, cli_fail = false, cli_lang = false, fix = false;
	bool in_place = false, no_config = false, say_akn003 = false;
	int c, rc = 0, exit_code = LEGES_EXIT_OK;
	size_t i;

	leges_findings_init(&all);
	opts.lang = leges_lang_from_env();
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:f:j:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f': rc = leges_format_parse(optarg, &format); break;
		case OPT_SELECT: rc = add_csv(&select, optarg); break;
		case OPT_IGNORE: rc = add_csv(&ignore, optarg); break;
		case OPT_FAIL: rc = leges_severity_parse(optarg, &fail); cli_fail = true; break;
		case OPT_PROFILE: rc = leges_profile_parse(optarg, &opts.profile); break;
		case OPT_SCHEMA: schema_dir = optarg; break;
		case OPT_MAXSIZE: rc = parse_size(optarg, &opts.max_size); break;
		case OPT_PACK: rc = strlist_add(&packs, optarg, strlen(optarg)); break;
		case OPT_SCHEMATRON: schematron_path = optarg; break;
		case OPT_LANG: rc = leges_lang_parse(optarg, &opts.lang); cli_lang = true; break;
		case OPT_FIX: fix = true; break;
		case OPT_INPLACE: in_place = true; break;
		case OPT_BASELINE: baseline_path = optarg; break;
		case OPT_WRITE_BASELINE: write_baseline = optarg; break;
		case OPT_NOCONFIG: no_config = true; break;
		case 'j': {
			char *end;

			jobs = strtol(optarg, &end, 10);
			if (*end || jobs < 1 || jobs > 256)
				rc = leges_error_set(LEGES_EINVAL, "-j takes a number from 1 to 256, not '%s'", optarg);
			break;
		}
		case OPT_COLOR:
			color = optarg;
			if (strcmp(color, "auto") && strcmp(color, "always") && strcmp(color, "never"))
				rc = leges_error_set(LEGES_EINVAL, "--color takes auto, always or never");
			break;
		case 'q': quiet = true; break;
		case 'h': help(stdout); goto out;
		default:
			help(stderr);
			exit_code = LEGES_EXIT_USAGE;
			goto out;
		}
		if (rc)
			goto fail;
	}
	if (optind >= argc) {
		leges_die_msg("check: no files given; see 'leges check --help'");
		exit_code = LEGES_EXIT_USAGE;
		goto out;
	}
	if (in_place && !fix) {
		rc = leges_error_set(LEGES_EINVAL, "--in-place goes with --fix");
		goto fail;
	}
	if (fix && !in_place && !output) {
		rc = leges_error_set(LEGES_EINVAL, "--fix needs -o OUT (one input) or --in-place");
		goto fail;
	}
	if (fix && in_place && output) {
		rc = leges_error_set(LEGES_EINVAL, "--fix takes -o OUT or --in-place, not both");
		goto fail;
	}
	for (i = 0; i < packs.n; i++) {
		rc = leges_registry_add_pack(packs.v[i]);
		if (rc)
			goto fail;
	}

	for (i = (size_t)optind; i < (size_t)argc; i++) {
		struct stat sb;

		if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode))
			rc = collect_dir(&files, argv[i], 0);
		else
			rc = strlist_add(&files, argv[i], strlen(argv[i]));
		if (rc == LEGES_EIO) {
			leges_die_msg("%s", leges_error_message(rc));
			input_failed = true;
			rc = 0;
		}
		if (rc)
			goto fail;
	}
	if (fix && output && files.n != 1) {
		rc = leges_error_set(LEGES_EINVAL, "--fix -o OUT takes one input; use --in-place for several");
		goto fail;
	}
	if (cli_lang)
		ropts.lang = opts.lang;
	else
		ropts.lang = opts.lang;

	/* Configuration: the nearest .leges.ini above each file, and the packs it names. */
	pool.jobs = calloc(files.n ? files.n : 1, sizeof(*pool.jobs));
	if (!pool.jobs) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto fail;
	}
	for (i = 0; i < files.n; i++) {
		const struct leges_config *cfg = NULL;

		pool.jobs[i].path = files.v[i];
		leges_findings_init(&pool.jobs[i].found);
		if (!no_config) {
			size_t before = configs.n;

			rc = config_for(&configs, files.v[i], &cfg);
			if (rc)
				goto fail;
			if (cfg && configs.n > before) {
				size_t k;

				for (k = 0; k < cfg->npacks && !rc; k++)
					rc = leges_registry_add_pack(cfg->packs[k]);
				if (rc)
					goto fail;
			}
		}
		if (cfg && !cli_lang && cfg->has_lang)
			ropts.lang = cfg->lang;
	}
	pool.njobs = files.n;

	/* Selections must name something: a typo should not silently select nothing. */
	for (i = 0; i < select.n + ignore.n; i++) {
		const char *sel = i < select.n ? select.v[i] : ignore.v[i - select.n];
		const struct leges_rule *const *rules;
		size_t n, k;
		bool any = false;

		rules = leges_rules(&n);
		for (k = 0; k < n && !any; k++)
			any = leges_rule_matches(rules[k], sel);
		if (!any) {
			rc = leges_error_set(LEGES_EINVAL, "'%s' names no rule; see 'leges rules'", sel);
			goto fail;
		}
	}
	opts.select = (const char *const *)select.v;
	opts.ignore = (const char *const *)ignore.v;
	opts.keep_tree = format == LEGES_FORMAT_XML || format == LEGES_FORMAT_HTML;

	/* The schema is wanted when some file's rules ask for it. */
	{
		bool want = false;

		for (i = 0; i < files.n && !want; i++) {
			const struct leges_config *cfg = NULL;
			struct job probe = { 0 };

			if (!no_config && (rc = config_for(&configs, files.v[i], &cfg)))
				goto fail;
			probe.path = files.v[i];
			rc = job_options(&probe, &opts, &select, &ignore, cfg, cli_fail, fail, cli_lang);
			want = !rc && (leges_rule_selected(leges_rule_find("AKN005"), &probe.opts) ||
				       leges_rule_selected(&leges_rule_akn003, &probe.opts));
			say_akn003 |= !rc && leges_rule_selected(&leges_rule_akn003, &probe.opts);
			free(probe.select);
			free(probe.ignore);
			free(probe.overrides);
			if (rc)
				goto fail;
		}
		if (want) {
			rc = find_schema(schema_dir, &schema, &schema_why);
			if (rc)
				goto fail;
			opts.schema = schema;
		}
	}
	if (schematron_path) {
		rc = leges_schematron_load(&schematron, schematron_path);
		if (rc)
			goto fail;
		opts.schematron = schematron;
	}
	if (baseline_path) {
		rc = leges_baseline_load(&baseline, baseline_path);
		if (rc)
			goto fail;
	}
	for (i = 0; i < files.n; i++) {
		const struct leges_config *cfg = NULL;

		if (!no_config && (rc = config_for(&configs, files.v[i], &cfg)))
			goto fail;
		rc = job_options(&pool.jobs[i], &opts, &select, &ignore, cfg, cli_fail, fail, cli_lang);
		if (rc)
			goto fail;
	}

	/* Each file is validated at most once, and only --fix checks again afterwards. */
	if (schema && !fix)
		leges_schema_release_after(schema, files.n);
	pool.progress = !quiet && files.n >= 20 && isatty(STDERR_FILENO);
	pthread_mutex_init(&pool.lock, NULL);
	if (!jobs) {
		jobs = sysconf(_SC_NPROCESSORS_ONLN);
		if (jobs < 1)
			jobs = 1;
	}
	if ((size_t)jobs > files.n)
		jobs = files.n ? (long)files.n : 1;
	if (jobs == 1) {
		worker(&pool);
	} else {
		long t, started = 0;

		threads = calloc((size_t)jobs, sizeof(*threads));
		for (t = 0; threads && t < jobs; t++)
			if (!pthread_create(&threads[t], NULL, worker, &pool))
				started++;
		if (!started)
			worker(&pool);
		for (t = 0; t < started; t++)
			pthread_join(threads[t], NULL);
	}
	pthread_mutex_destroy(&pool.lock);

	/* --fix: rewrite, then report what is left. */
	for (i = 0; fix && i < pool.njobs; i++) {
		size_t applied = 0;

		if (pool.jobs[i].rc)
			continue;
		rc = apply_fixes(&pool.jobs[i], in_place ? NULL : output, &applied);
		if (rc)
			goto fail;
		if (applied && !quiet)
			fprintf(stderr, "leges: %s: %zu fix%s applied\n", in_place ? pool.jobs[i].path : output, applied,
				applied == 1 ? "" : "es");
	}
	if (fix && output)
		output = NULL;	/* -o was the fixed document; the report goes to stdout */

	if (schema_why && say_akn003) {
		struct leges_findings one;

		leges_findings_init(&one);
		one.v = calloc(1, sizeof(*one.v));
		if (!one.v) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			goto fail;
		}
		one.v[0].rule = &leges_rule_akn003;
		one.v[0].severity = leges_rule_akn003.severity;
		one.v[0].message = schema_why;
		one.n = one.cap = 1;
		schema_why = NULL;
		rc = leges_findings_move(&all, &one);
		if (rc)
			goto fail;
	}
	/* Configuration keys leges does not know: LEG903, at the configuration file. */
	for (i = 0; i < configs.n; i++) {
		struct leges_config *cfg = configs.v[i].config;
		size_t k;

		if (!leges_rule_selected(&leges_rule_leg903, &opts))
			break;
		for (k = 0; k < cfg->nunknown; k++) {
			struct leges_findings one;

			leges_findings_init(&one);
			one.v = calloc(1, sizeof(*one.v));
			if (!one.v || !(one.v[0].file = strdup(cfg->path)) || !(one.v[0].message = strdup(cfg->unknown[k].what))) {
				leges_findings_release(&one);
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				goto fail;
			}
			one.v[0].rule = &leges_rule_leg903;
			one.v[0].severity = leges_rule_leg903.severity;
			one.v[0].line = cfg->unknown[k].line;
			one.n = one.cap = 1;
			rc = leges_findings_move(&all, &one);
			if (rc)
				goto fail;
		}
	}
	for (i = 0; i < pool.njobs; i++) {
		struct job *j = &pool.jobs[i];

		if (j->rc == LEGES_EPARSE || j->rc == LEGES_EIO || j->rc == LEGES_ENOTFOUND)
			input_failed = true;
		else if (j->rc && exit_code < LEGES_EXIT_INTERNAL)
			exit_code = LEGES_EXIT_INTERNAL;
		if (j->msg)
			leges_die_msg("%s", j->msg);
		if (baseline)
			leges_baseline_filter(baseline, &j->found);
		/* The file's own fail level decides whether its findings fail the run. */
		{
			size_t k;

			for (k = 0; k < j->found.n; k++)
				if (j->fail != LEGES_SEV_NONE && j->found.v[k].severity >= j->fail &&
				    exit_code < LEGES_EXIT_FINDINGS)
					exit_code = LEGES_EXIT_FINDINGS;
		}
		if (leges_findings_move(&all, &j->found) && !rc)
			rc = LEGES_ENOMEM;
	}
	if (rc)
		goto fail;
	for (i = 0; i < all.n; i++)
		if (!all.v[i].file && fail != LEGES_SEV_NONE && all.v[i].severity >= fail && exit_code < LEGES_EXIT_FINDINGS)
			exit_code = LEGES_EXIT_FINDINGS;
	leges_findings_sort(&all);

	if (write_baseline) {
		struct leges_output bl;

		rc = leges_output_open(&bl, write_baseline);
		if (!rc && (rc = leges_baseline_write(bl.fp, &all)))
			leges_output_abort(&bl);
		else if (!rc)
			rc = leges_output_commit(&bl);
		if (rc)
			goto fail;
		if (exit_code == LEGES_EXIT_FINDINGS)
			exit_code = LEGES_EXIT_OK;
	}

	ropts.files = files.n;
	ropts.color = format == LEGES_FORMAT_TEXT && !output &&
		      (!strcmp(color, "always") || (!strcmp(color, "auto") && isatty(STDOUT_FILENO) && !getenv("NO_COLOR")));
	if (opts.keep_tree) {
		xmlDocPtr *trees = calloc(pool.njobs + 1, sizeof(*trees));

		if (!trees) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			goto fail;
		}
		for (i = 0; i < pool.njobs; i++)
			trees[i] = pool.jobs[i].tree;
		ropts.trees = trees;
		ropts.paths = (const char *const *)files.v;
		ropts.ntrees = pool.njobs;
	}
	rc = leges_output_open(&out, output);
	if (!rc) {
		rc = format == LEGES_FORMAT_HTML ? write_html(out.fp, &all, &ropts)
						 : leges_report_write(out.fp, format, &all, &ropts);
		if (rc)
			leges_output_abort(&out);
		else
			rc = leges_output_commit(&out);
	}
	free(ropts.trees);
	if (rc)
		goto fail;
	if (input_failed && exit_code < LEGES_EXIT_INTERNAL)
		exit_code = LEGES_EXIT_INPUT;
	goto out;
fail:
	leges_die_msg("%s", leges_error_message(rc));
	exit_code = leges_error_exit_code(rc);
out:
	if (pool.jobs) {
		for (i = 0; i < pool.njobs; i++) {
			leges_findings_release(&pool.jobs[i].found);
			free(pool.jobs[i].msg);
			free(pool.jobs[i].select);
			free(pool.jobs[i].ignore);
			free(pool.jobs[i].overrides);
			if (pool.jobs[i].tree)
				xmlFreeDoc(pool.jobs[i].tree);
		}
		free(pool.jobs);
	}
	free(threads);
	free(schema_why);
	leges_schema_free(schema);
	leges_schematron_free(schematron);
	leges_baseline_free(baseline);
	configs_release(&configs);
	leges_findings_release(&all);
	strlist_release(&select);
	strlist_release(&ignore);
	strlist_release(&files);
	strlist_release(&packs);
	return exit_code;
}
