/* cmd-rules.c - leges rules [CODE]: list the rules, or explain one. */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include <jansson.h>

#include "bin/leges.h"
#include "checks/engine.h"

static void help(FILE *out)
{
	fputs("usage: leges rules [--format table|json] [CODE|NAME]\n\n"
	      "Without an argument, list every rule; with one, print its documentation.\n", out);
}

static int list_json(void)
{
	const struct leges_rule *const *rules;
	json_t *arr = json_array();
	size_t n, i;
	int rc = 0;

	rules = leges_rules(&n);
	for (i = 0; arr && i < n; i++)
		json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s, s:s}", "code", rules[i]->code,
						     "name", rules[i]->name,
						     "severity", leges_severity_name(rules[i]->severity),
						     "summary", rules[i]->summary, "source", rules[i]->source));
	if (!arr || json_dumpf(arr, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0)
		rc = -1;
	putchar('\n');
	json_decref(arr);
	return rc;
}

int cmd_rules(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct leges_rule *const *rules;
	const char *format = "table";
	size_t n, i;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'h': help(stdout); return LEGES_EXIT_OK;
		default: help(stderr); return LEGES_EXIT_USAGE;
		}
	}
	if (strcmp(format, "table") && strcmp(format, "json")) {
		leges_die_msg("rules: unknown format '%s' (use table or json)", format);
		return LEGES_EXIT_USAGE;
	}
	if (optind < argc) {
		const struct leges_rule *r = leges_rule_find(argv[optind]);
		const char *doc;

		if (!r) {
			leges_die_msg("rules: no rule '%s'; see 'leges rules'", argv[optind]);
			return LEGES_EXIT_USAGE;
		}
		doc = leges_rule_doc(r->code);
		if (doc)
			fputs(doc, stdout);
		else
			printf("# %s %s\n\nSeverity: %s\nSource: %s\n\n%s\n", r->code, r->name,
			       leges_severity_name(r->severity), r->source, r->summary);
		return ferror(stdout) ? LEGES_EXIT_INTERNAL : LEGES_EXIT_OK;
	}
	if (!strcmp(format, "json"))
		return list_json() ? LEGES_EXIT_INTERNAL : LEGES_EXIT_OK;
	rules = leges_rules(&n);
	for (i = 0; i < n; i++)
		printf("%-7s %-26s %-8s %s\n", rules[i]->code, rules[i]->name,
		       leges_severity_name(rules[i]->severity), rules[i]->summary);
	return ferror(stdout) ? LEGES_EXIT_INTERNAL : LEGES_EXIT_OK;
}
