/* cmd-consolidate.c - leges consolidate BASE AMENDING... --at DATE: the text in force on a date. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "bin/leges.h"
#include "parser/error.h"
#include "parser/formula.h"
#include "parser/uri.h"
#include "transform/akn-build.h"
#include "transform/consolidate.h"

static void help(FILE *out)
{
	fputs("usage: leges consolidate BASE AMENDING... --at DATE [-o OUT] [--report FILE]\n\n"
	      "Apply, in date order, every modification of the AMENDING acts in force on DATE\n"
	      "(YYYY-MM-DD) to BASE and write the singleVersion expression.  Amending acts without\n"
	      "activeModifications are marked up first (as 'leges amend' does).  --report writes\n"
	      "one line per modification: applied, target-not-found, old-text-not-found, conflict,\n"
	      "not-yet-in-force or unsupported.  Exit 1 when a modification in force could not be\n"
	      "applied.\n", out);
}

/* Open BASE and the amending acts; prints the error and returns the exit code. */
int leges_open_set(struct leges_doc **base, struct leges_doc ***acts, int n, char **paths);

int leges_open_set(struct leges_doc **base, struct leges_doc ***acts, int n, char **paths)
{
	int i, rc;

	*acts = calloc((size_t)n, sizeof(**acts));
	if (!*acts)
		return LEGES_EXIT_INTERNAL;
	rc = leges_akn_open(base, paths[0]);
	for (i = 1; !rc && i < n; i++)
		rc = leges_akn_open(&(*acts)[i - 1], paths[i]);
	if (rc) {
		leges_die_msg("%s", leges_error_message(rc));
		return leges_error_exit_code(rc);
	}
	return 0;
}

void leges_close_set(struct leges_doc *base, struct leges_doc **acts, int n);

void leges_close_set(struct leges_doc *base, struct leges_doc **acts, int n)
{
	int i;

	for (i = 0; acts && i < n - 1; i++)
		leges_doc_free(acts[i]);
	free(acts);
	leges_doc_free(base);
	leges_formula_cleanup();
}

void leges_write_report(FILE *fp, const struct leges_consolidation *res, const char *at);

void leges_write_report(FILE *fp, const struct leges_consolidation *res, const char *at)
{
	size_t i;

	fprintf(fp, "# at %s: %zu applied, %zu not applied, %zu not yet in force\n", at, res->applied, res->failed,
		res->not_yet);
	for (i = 0; i < res->nmods; i++) {
		const struct leges_mod_report *r = &res->mods[i];

		fprintf(fp, "%s\t%s\t%s~%s\t%s\t%s%s%s\n", leges_mod_status_name(r->status), *r->date ? r->date : "-",
			r->act, r->source, r->type, *r->dest ? r->dest : "(act)", r->reason ? "\t" : "",
			r->reason ? r->reason : "");
	}
}

int cmd_consolidate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "at", required_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "report", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *at = NULL, *output = NULL, *report = NULL;
	struct leges_doc *base = NULL, **acts = NULL;
	struct leges_consolidation res = { 0 };
	struct leges_output out, rep;
	int c, rc, n, exit_code = LEGES_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "a:o:r:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'a': at = optarg; break;
		case 'o': output = optarg; break;
		case 'r': report = optarg; break;
		case 'h': help(stdout); return LEGES_EXIT_OK;
		default: help(stderr); return LEGES_EXIT_USAGE;
		}
	}
	n = argc - optind;
	if (n < 2 || !at) {
		help(stderr);
		return LEGES_EXIT_USAGE;
	}
	if (!leges_is_iso_date(at, strlen(at), false)) {
		leges_die_msg("consolidate: '%s' is not a date (YYYY-MM-DD)", at);
		return LEGES_EXIT_USAGE;
	}
	exit_code = leges_open_set(&base, &acts, n, argv + optind);
	if (exit_code)
		goto out;
	rc = leges_consolidate(&res, base, acts, (size_t)n - 1, at, LEGES_CONSOLIDATE_IN_PLACE);
	if (rc) {
		leges_die_msg("%s", leges_error_message(rc));
		exit_code = leges_error_exit_code(rc);
		goto out;
	}
	if (leges_output_open(&out, output)) {
		leges_die_msg("cannot write '%s'", output);
		exit_code = LEGES_EXIT_INPUT;
		goto out;
	}
	if (leges_akn_save(res.out, out.fp) || leges_output_commit(&out)) {
		leges_output_abort(&out);
		leges_die_msg("cannot write '%s'", output ? output : "stdout");
		exit_code = LEGES_EXIT_INTERNAL;
		goto out;
	}
	if (report) {
		if (leges_output_open(&rep, report)) {
			leges_die_msg("cannot write '%s'", report);
			exit_code = LEGES_EXIT_INPUT;
			goto out;
		}
		leges_write_report(rep.fp, &res, at);
		if (leges_output_commit(&rep)) {
			leges_die_msg("cannot write '%s'", report);
			exit_code = LEGES_EXIT_INTERNAL;
			goto out;
		}
	}
	fprintf(stderr, "leges: %zu modifications applied, %zu not applied, %zu not yet in force\n", res.applied,
		res.failed, res.not_yet);
	if (res.failed)
		exit_code = LEGES_EXIT_FINDINGS;
out:
	leges_consolidation_release(&res);
	leges_close_set(base, acts, n);
	return exit_code;
}
