/* cmd-diff.c - leges diff OLD NEW [--format text|json|html] [-o OUT]: what changed between two expressions. */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include <jansson.h>

#include "bin/leges.h"
#include "parser/error.h"
#include "transform/akn-build.h"
#include "transform/diff.h"
#include "transform/xslt.h"

static void help(FILE *out)
{
	fputs("usage: leges diff OLD NEW [--format text|json|html] [-o OUT]\n\n"
	      "Compare two expressions of an act provision by provision (by eId): inserted,\n"
	      "repealed, renumbered and changed provisions, with the words that changed.\n"
	      "Exit 0 when they are the same, 1 when they differ.\n", out);
}

static void write_text(FILE *fp, const struct leges_diff *d)
{
	size_t i, j;

	for (i = 0; i < d->n; i++) {
		const struct leges_diff_change *c = &d->v[i];

		switch (c->kind) {
		case LEGES_DIFF_RENUMBERED:
			fprintf(fp, "renumbered %s -> %s: %s\n", c->eid, c->new_eid, c->new_text ? c->new_text : "");
			break;
		case LEGES_DIFF_INSERTED:
			fprintf(fp, "inserted %s: %s\n", c->eid, c->new_text ? c->new_text : "");
			break;
		case LEGES_DIFF_REPEALED:
		case LEGES_DIFF_CHANGED:
			fprintf(fp, "%s %s: ", leges_diff_kind_name(c->kind), c->eid);
			if (!c->nwords)
				fprintf(fp, "[-%s-]", c->old_text ? c->old_text : "");
			for (j = 0; j < c->nwords; j++)
				fprintf(fp, "%s%s%s%s", j ? " " : "", c->words[j].op == '-' ? "[-" : c->words[j].op == '+' ? "{+" : "",
					c->words[j].text, c->words[j].op == '-' ? "-]" : c->words[j].op == '+' ? "+}" : "");
			fputc('\n', fp);
			break;
		}
	}
}

static int write_json(FILE *fp, const struct leges_diff *d, const char *a, const char *b)
{
	json_t *root = json_object(), *arr = json_array();
	size_t i, j;
	int rc = 0;

	if (!root || !arr) {
		json_decref(root);
		json_decref(arr);
		return -1;
	}
	json_object_set_new(root, "old", json_string(a));
	json_object_set_new(root, "new", json_string(b));
	for (i = 0; i < d->n; i++) {
		const struct leges_diff_change *c = &d->v[i];
		json_t *o = json_object();

		json_object_set_new(o, "kind", json_string(leges_diff_kind_name(c->kind)));
		json_object_set_new(o, "eId", json_string(c->eid));
		json_object_set_new(o, "element", json_string(c->element));
		if (c->new_eid)
			json_object_set_new(o, "newEId", json_string(c->new_eid));
		if (c->old_text)
			json_object_set_new(o, "old", json_string(c->old_text));
		if (c->new_text)
			json_object_set_new(o, "new", json_string(c->new_text));
		if (c->nwords) {
			json_t *w = json_array();

			for (j = 0; j < c->nwords; j++) {
				char op[2] = { c->words[j].op, '\0' };

				json_array_append_new(w, json_pack("{s:s, s:s}", "op", op, "text", c->words[j].text));
			}
			json_object_set_new(o, "words", w);
		}
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "changes", arr);
	if (json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0)
		rc = -1;
	fputc('\n', fp);
	json_decref(root);
	return rc;
}

static int write_html(FILE *fp, const struct leges_diff *d, const char *a, const char *b)
{
	const struct leges_xslt *x = NULL;
	xmlDocPtr in = leges_diff_to_xml(d, a, b), res = NULL;
	size_t csslen = 0;
	const char *css = leges_embedded_file("leges.css", &csslen);
	char *cssz = NULL;
	const char *params[3] = { "css", "", NULL };
	int rc;

	if (!in)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	if (css) {
		cssz = strndup(css, csslen);
		params[1] = cssz ? cssz : "";
	}
	rc = leges_xslt_get(&x, "diff-html.xsl");
	if (!rc)
		rc = leges_xslt_run(x, in, params, &res);
	if (!rc)
		rc = leges_xslt_save(x, res, fp);
	xmlFreeDoc(res);
	xmlFreeDoc(in);
	free(cssz);
	return rc;
}

/* The name shown for an input: its Expression IRI, else its file name. */
static const char *name_of(const struct leges_doc *d)
{
	return d->frbr.expr.val[LEGES_FRBR_URI] ? d->frbr.expr.val[LEGES_FRBR_URI] : d->in->path;
}

int cmd_diff(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *format = "text", *output = NULL;
	struct leges_doc *a = NULL, *b = NULL;
	struct leges_diff d = { 0 };
	struct leges_output out;
	int c, rc, exit_code = LEGES_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'o': output = optarg; break;
		case 'h': help(stdout); return LEGES_EXIT_OK;
		default: help(stderr); return LEGES_EXIT_USAGE;
		}
	}
	if (optind + 2 != argc) {
		help(stderr);
		return LEGES_EXIT_USAGE;
	}
	if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "html")) {
		leges_die_msg("diff: unknown format '%s' (use text, json or html)", format);
		return LEGES_EXIT_USAGE;
	}
	rc = leges_akn_open(&a, argv[optind]);
	if (!rc)
		rc = leges_akn_open(&b, argv[optind + 1]);
	if (!rc)
		rc = leges_diff_docs(&d, a, b);
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
	if (!strcmp(format, "json"))
		rc = write_json(out.fp, &d, name_of(a), name_of(b));
	else if (!strcmp(format, "html"))
		rc = write_html(out.fp, &d, name_of(a), name_of(b));
	else
		write_text(out.fp, &d);
	if (rc || leges_output_commit(&out)) {
		leges_output_abort(&out);
		leges_die_msg("cannot write '%s'", output ? output : "stdout");
		exit_code = LEGES_EXIT_INTERNAL;
		goto out;
	}
	exit_code = d.n ? LEGES_EXIT_FINDINGS : LEGES_EXIT_OK;
out:
	leges_diff_release(&d);
	leges_doc_free(a);
	leges_doc_free(b);
	return exit_code;
}
