/* cmd-timeline.c - leges timeline BASE AMENDING... [--all -o DIR]: the dates on which the text changed. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bin/leges.h"
#include "parser/error.h"
#include "transform/akn-build.h"
#include "transform/consolidate.h"

int leges_open_set(struct leges_doc **base, struct leges_doc ***acts, int n, char **paths);
void leges_close_set(struct leges_doc *base, struct leges_doc **acts, int n);

static void help(FILE *out)
{
	fputs("usage: leges timeline BASE AMENDING... [--all -o DIR]\n\n"
	      "List the dates on which the text of BASE changes, with the amending act and the\n"
	      "number of modifications of each.  With --all, write the version at every one of\n"
	      "those dates to DIR/DATE.xml (as 'leges consolidate --at DATE' would).\n", out);
}

/* Write the version at date to dir/date.xml; returns an exit code. */
static int write_version(struct leges_doc *base, struct leges_doc **acts, size_t n, const char *date, const char *dir)
{
	struct leges_consolidation res;
	struct leges_output out;
	char path[4096];
	int rc;

	rc = leges_consolidate(&res, base, acts, n, date, 0);
	if (rc) {
		leges_die_msg("%s", leges_error_message(rc));
		return leges_error_exit_code(rc);
	}
	snprintf(path, sizeof(path), "%s/%s.xml", dir, date);
	if (leges_output_open(&out, path)) {
		leges_consolidation_release(&res);
		leges_die_msg("cannot write '%s'", path);
		return LEGES_EXIT_INPUT;
	}
	if (leges_akn_save(res.out, out.fp) || leges_output_commit(&out)) {
		leges_output_abort(&out);
		leges_consolidation_release(&res);
		leges_die_msg("cannot write '%s'", path);
		return LEGES_EXIT_INTERNAL;
	}
	rc = res.failed ? LEGES_EXIT_FINDINGS : LEGES_EXIT_OK;
	leges_consolidation_release(&res);
	return rc;
}

int cmd_timeline(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *output = NULL;
	struct leges_doc *base = NULL, **acts = NULL;
	struct leges_consolidation res = { 0 };
	bool all = false;
	int c, rc, n, exit_code = LEGES_EXIT_OK;
	size_t i, j;

	optind = 1;
	while ((c = getopt_long(argc, argv, "ao:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'a': all = true; break;
		case 'o': output = optarg; break;
		case 'h': help(stdout); return LEGES_EXIT_OK;
		default: help(stderr); return LEGES_EXIT_USAGE;
		}
	}
	n = argc - optind;
	if (n < 2 || (all && !output)) {
		help(stderr);
		return LEGES_EXIT_USAGE;
	}
	exit_code = leges_open_set(&base, &acts, n, argv + optind);
	if (exit_code)
		goto out;
	rc = leges_consolidate(&res, base, acts, (size_t)n - 1, NULL, 0);
	if (rc) {
		leges_die_msg("%s", leges_error_message(rc));
		exit_code = leges_error_exit_code(rc);
		goto out;
	}
	/* Events in date order, then act order. */
	for (i = 1; i < res.nevents; i++)
		for (j = i; j > 0 && (strcmp(res.events[j - 1].date, res.events[j].date) > 0 ||
				      (!strcmp(res.events[j - 1].date, res.events[j].date) &&
				       res.events[j - 1].act_index > res.events[j].act_index)); j--) {
			struct leges_event e = res.events[j];

			res.events[j] = res.events[j - 1];
			res.events[j - 1] = e;
		}
	if (!all) {
		struct leges_output out;

		if (leges_output_open(&out, output)) {
			leges_die_msg("cannot write '%s'", output);
			exit_code = LEGES_EXIT_INPUT;
			goto out;
		}
		fprintf(out.fp, "%s\t%s\toriginal\n", base->frbr.work.val[LEGES_FRBR_DATE] ?
			base->frbr.work.val[LEGES_FRBR_DATE] : "-", base->frbr.work.val[LEGES_FRBR_URI] ?
			base->frbr.work.val[LEGES_FRBR_URI] : "-");
		for (i = 0; i < res.nevents; i++) {
			const char *w = NULL;

			for (j = 0; j < res.nmods && !w; j++)
				if (res.mods[j].act_index == res.events[i].act_index)
					w = res.mods[j].act;
			fprintf(out.fp, "%s\t%s\t%zu modification%s\n", res.events[i].date, w ? w : "-",
				res.events[i].nmods, res.events[i].nmods == 1 ? "" : "s");
		}
		if (leges_output_commit(&out)) {
			leges_die_msg("cannot write '%s'", output ? output : "stdout");
			exit_code = LEGES_EXIT_INTERNAL;
		}
		goto out;
	}
	if (mkdir(output, 0777) && errno != EEXIST) {
		leges_die_msg("cannot create '%s': %s", output, strerror(errno));
		exit_code = LEGES_EXIT_INPUT;
		goto out;
	}
	for (i = 0; i < res.nevents && exit_code != LEGES_EXIT_INTERNAL; i++) {
		if (i && !strcmp(res.events[i].date, res.events[i - 1].date))
			continue;
		rc = write_version(base, acts, (size_t)n - 1, res.events[i].date, output);
		if (rc > exit_code)
			exit_code = rc;
	}
out:
	leges_consolidation_release(&res);
	leges_close_set(base, acts, n);
	return exit_code;
}
