/*
 * leges.c - dispatch to the subcommands.  One row per subcommand, sorted by
 * name; a test checks the order and that each has a man page.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bin/leges.h"
#include "parser/error.h"
#include "parser/load.h"

int leges_main(int argc, char **argv);

static const struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{ "amend", cmd_amend, "mark up amending formulas as AKN modifications" },
	{ "check", cmd_check, "lint drafts against the drafting and AKN rules" },
	{ "consolidate", cmd_consolidate, "the text in force on a date, with a report per modification" },
	{ "diff", cmd_diff, "what changed between two expressions (text, JSON, HTML)" },
	{ "render", cmd_render, "render a document as HTML, PDF or XSL-FO" },
	{ "ria", cmd_ria, "RIA checks and Standard Cost Model figures" },
	{ "rules", cmd_rules, "list the rules, or explain one" },
	{ "timeline", cmd_timeline, "the dates on which an act changed, and by which act" },
	{ "xref", cmd_xref, "EU acts cited and transposed; correlation table; deadlines" },
};

static void usage(FILE *out)
{
	size_t i;

	fprintf(out, "usage: leges [--version] [--help] <command> [<args>]\n\n"
		     "leges reads, checks and publishes legislation in Akoma Ntoso 3.0.\n\ncommands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(out, "   %-12s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\nRun 'leges <command> --help' for a command's options; 'man leges' for more.\n");
}

int leges_main(int argc, char **argv)
{
	size_t i;

	if (argc < 2) {
		usage(stderr);
		return LEGES_EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("leges %s\n", PACKAGE_VERSION);
		return LEGES_EXIT_OK;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return LEGES_EXIT_OK;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name)) {
			leges_load_init();
			return commands[i].fn(argc - 1, argv + 1);
		}
	leges_die_msg("'%s' is not a leges command; see 'leges --help'", argv[1]);
	return LEGES_EXIT_USAGE;
}
