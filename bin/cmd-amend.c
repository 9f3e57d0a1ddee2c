/* cmd-amend.c - leges amend FILE [--target BASE] [-o OUT]: amending formulas to AKN mod markup. */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "bin/leges.h"
#include "parser/error.h"
#include "parser/formula.h"
#include "transform/akn-build.h"
#include "transform/amend.h"

static void help(FILE *out)
{
	fputs("usage: leges amend FILE [--target BASE] [-o OUT]\n\n"
	      "Recognise the amending formulas of FILE and write it with <mod>, <quotedText>,\n"
	      "<quotedStructure> and activeModifications/textualMod markup.  With --target, the\n"
	      "destinations are resolved to the eIds of BASE and checked.  Sentences that cannot\n"
	      "be read, and (with --target) destinations or old words not in BASE, are reported\n"
	      "on stderr with their position (exit 1).\n", out);
}

int cmd_amend(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "target", required_argument, NULL, 't' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *target_path = NULL, *output = NULL;
	struct leges_doc *doc = NULL, *target = NULL;
	struct leges_amend_opts opts = { 0 };
	struct leges_amend_result res = { 0 };
	struct leges_output out;
	size_t i;
	int c, rc, exit_code = LEGES_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "t:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 't': target_path = optarg; break;
		case 'o': output = optarg; break;
		case 'h': help(stdout); return LEGES_EXIT_OK;
		default: help(stderr); return LEGES_EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		help(stderr);
		return LEGES_EXIT_USAGE;
	}
	rc = leges_akn_open(&doc, argv[optind]);
	if (!rc && target_path)
		rc = leges_akn_open(&target, target_path);
	if (rc) {
		leges_die_msg("%s", leges_error_message(rc));
		exit_code = leges_error_exit_code(rc);
		goto out;
	}
	opts.target = target;
	rc = leges_amend(doc, &opts, &res);
	if (rc) {
		leges_die_msg("%s", leges_error_message(rc));
		exit_code = leges_error_exit_code(rc);
		goto out;
	}
	for (i = 0; i < res.nissues; i++)
		fprintf(stderr, "%s:%lu:%lu: warning: %s\n", argv[optind], res.issues[i].line, res.issues[i].col,
			res.issues[i].message);
	if (leges_output_open(&out, output)) {
		leges_die_msg("cannot write '%s': %s", output, leges_error_message(LEGES_EIO));
		exit_code = LEGES_EXIT_INPUT;
		goto out;
	}
	if (leges_akn_save(doc->in->xml, out.fp) || leges_output_commit(&out)) {
		leges_output_abort(&out);
		leges_die_msg("cannot write '%s'", output ? output : "stdout");
		exit_code = LEGES_EXIT_INTERNAL;
		goto out;
	}
	fprintf(stderr, "leges: %zu mods, %zu textual modifications, %zu sentences not read\n", res.nmods,
		res.ntextual, res.nskipped);
	if (res.nskipped || res.nissues)
		exit_code = LEGES_EXIT_FINDINGS;
out:
	leges_amend_result_release(&res);
	leges_doc_free(doc);
	leges_doc_free(target);
	leges_formula_cleanup();
	return exit_code;
}
