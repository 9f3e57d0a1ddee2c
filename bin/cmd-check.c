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
#include "checks/engine.h"
#include "checks/report.h"

extern const struct leges_rule leges_rule_akn003;

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
	struct leges_findings found;
	int rc;
	char *msg;		/* tool message for a file that could not be read */
};

struct pool {
	struct job *jobs;
	size_t njobs, next, done;
	const struct leges_engine_opts *opts;
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
		pthread_mutex_unlock(&p->lock);
		if (!j)
			break;
		leges_error_clear();
		j->rc = leges_check_file(j->path, p->opts, &j->found);
		if (j->rc && j->rc != LEGES_EPARSE)
			j->msg = strdup(leges_error_message(j->rc));
		pthread_mutex_lock(&p->lock);
		p->done++;
		if (p->progress)
			progress(p);
		pthread_mutex_unlock(&p->lock);
	}
	return NULL;
}

static void help(FILE *out)
{
	fputs("usage: leges check [options] FILE|DIR...\n\n"
	      "Check Akoma Ntoso drafts; directories are searched for *.xml files.\n\n"
	      "  -o, --output FILE        write the report to FILE (atomically)\n"
	      "  -f, --format FORMAT      text (default), json or sarif\n"
	      "      --select LIST        only these rules: codes, prefixes or names, comma-separated\n"
	      "      --ignore LIST        not these rules\n"
	      "      --fail-level LEVEL   exit 1 on findings at or above info, warning, error\n"
	      "                           (default) or none\n"
	      "      --profile NAME       be-vlg, be, eu or generic (default: from each document)\n"
	      "      --schema-dir DIR     where akomantoso30.xsd is (else $LEGES_SCHEMA_DIR)\n"
	      "      --max-size BYTES     refuse larger inputs (default 256M; K, M, G suffixes)\n"
	      "  -j, --jobs N             check N files at a time (default: number of CPUs)\n"
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

int cmd_check(int argc, char **argv)
{
	enum { OPT_SELECT = 256, OPT_IGNORE, OPT_FAIL, OPT_PROFILE, OPT_SCHEMA, OPT_MAXSIZE, OPT_COLOR };
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
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct strlist select = { 0 }, ignore = { 0 }, files = { 0 };
	struct leges_engine_opts opts = { 0 };
	struct leges_report_opts ropts = { false, 0, PACKAGE_VERSION };
	struct leges_findings all;
	struct leges_output out = { 0 };
	enum leges_format format = LEGES_FORMAT_TEXT;
	enum leges_severity fail = LEGES_SEV_ERROR;
	struct leges_schema *schema = NULL;
	const char *output = NULL, *schema_dir = NULL, *color = "auto";
	char *schema_why = NULL;
	struct pool pool = { 0 };
	pthread_t *threads = NULL;
	long jobs = 0;
	bool quiet = false, input_failed = false;
	int c, rc = 0, exit_code = LEGES_EXIT_OK;
	size_t i;

	leges_findings_init(&all);
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:f:j:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f': rc = leges_format_parse(optarg, &format); break;
		case OPT_SELECT: rc = add_csv(&select, optarg); break;
		case OPT_IGNORE: rc = add_csv(&ignore, optarg); break;
		case OPT_FAIL: rc = leges_severity_parse(optarg, &fail); break;
		case OPT_PROFILE: rc = leges_profile_parse(optarg, &opts.profile); break;
		case OPT_SCHEMA: schema_dir = optarg; break;
		case OPT_MAXSIZE: rc = parse_size(optarg, &opts.max_size); break;
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

	if (leges_rule_selected(leges_rule_find("AKN005"), &opts) || leges_rule_selected(&leges_rule_akn003, &opts)) {
		rc = find_schema(schema_dir, &schema, &schema_why);
		if (rc)
			goto fail;
		opts.schema = schema;
	}

	pool.jobs = calloc(files.n ? files.n : 1, sizeof(*pool.jobs));
	if (!pool.jobs) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto fail;
	}
	for (i = 0; i < files.n; i++) {
		pool.jobs[i].path = files.v[i];
		leges_findings_init(&pool.jobs[i].found);
	}
	pool.njobs = files.n;
	pool.opts = &opts;
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

	if (schema_why && leges_rule_selected(&leges_rule_akn003, &opts)) {
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
	for (i = 0; i < pool.njobs; i++) {
		struct job *j = &pool.jobs[i];

		if (j->rc == LEGES_EPARSE || j->rc == LEGES_EIO || j->rc == LEGES_ENOTFOUND)
			input_failed = true;
		else if (j->rc && exit_code < LEGES_EXIT_INTERNAL)
			exit_code = LEGES_EXIT_INTERNAL;
		if (j->msg)
			leges_die_msg("%s", j->msg);
		if (leges_findings_move(&all, &j->found) && !rc)
			rc = LEGES_ENOMEM;
	}
	if (rc)
		goto fail;
	leges_findings_sort(&all);

	ropts.files = files.n;
	ropts.color = format == LEGES_FORMAT_TEXT && !output &&
		      (!strcmp(color, "always") || (!strcmp(color, "auto") && isatty(STDOUT_FILENO) && !getenv("NO_COLOR")));
	rc = leges_output_open(&out, output);
	if (rc)
		goto fail;
	rc = leges_report_write(out.fp, format, &all, &ropts);
	if (rc) {
		leges_output_abort(&out);
		goto fail;
	}
	rc = leges_output_commit(&out);
	if (rc)
		goto fail;

	if (exit_code < LEGES_EXIT_INTERNAL) {
		if (input_failed)
			exit_code = LEGES_EXIT_INPUT;
		else
			for (i = 0; i < all.n; i++)
				if (fail != LEGES_SEV_NONE && all.v[i].severity >= fail) {
					exit_code = LEGES_EXIT_FINDINGS;
					break;
				}
	}
	goto out;
fail:
	leges_die_msg("%s", leges_error_message(rc));
	exit_code = leges_error_exit_code(rc);
out:
	if (pool.jobs) {
		for (i = 0; i < pool.njobs; i++) {
			leges_findings_release(&pool.jobs[i].found);
			free(pool.jobs[i].msg);
		}
		free(pool.jobs);
	}
	free(threads);
	free(schema_why);
	leges_schema_free(schema);
	leges_findings_release(&all);
	strlist_release(&select);
	strlist_release(&ignore);
	strlist_release(&files);
	return exit_code;
}
