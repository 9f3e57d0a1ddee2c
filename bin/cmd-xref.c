/*
 * cmd-xref.c - leges xref FILE...: the EU acts a draft cites and transposes,
 * its correlation table against the EU register, deadlines, copied
 * regulations (DESIGN 6).  The analysis is checks/eu/xref.c; this file only
 * reads the options and writes the result as a table, JSON, CSV or HTML, or
 * writes the draft back with <ref href="ELI"> around each citation.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/tree.h>

#include "bin/leges.h"
#include "checks/engine.h"
#include "checks/eu/register.h"
#include "checks/eu/xref.h"
#include "parser/load.h"
#include "parser/model.h"
#include "transform/markup.h"
#include "transform/xslt.h"

enum format { FMT_TABLE, FMT_JSON, FMT_CSV, FMT_HTML };

static void help(FILE *out)
{
	fputs("usage: leges xref [options] FILE...\n\n"
	      "List the EU acts each draft cites, what it transposes, and check its correlation table,\n"
	      "transposition clause and deadlines against the EU register.\n\n"
	      "  -o, --output FILE       write to FILE (atomically) instead of stdout\n"
	      "  -f, --format FMT        table (default), json, csv or html\n"
	      "      --register FILE     add the acts of an EU register file (repeatable)\n"
	      "      --transposes CELEX  the draft transposes this act (CELEX, ELI or citation; repeatable)\n"
	      "      --table FILE.csv    the correlation table as CSV instead of the attached omzettingstabel\n"
	      "      --eu-text FILE      text of a regulation (AKN or Formex): flag provisions that copy it\n"
	      "      --threshold X       similarity from which a provision counts as copied (default 0.5)\n"
	      "      --markup            write the draft with <ref href=\"ELI\"> around each citation (one FILE)\n"
	      "  -h, --help              this help\n", out);
}

static const char *form_name(enum leges_eu_form f)
{
	static const char *const names[] = { "post2015", "nr", "suffix", "nr-suffix", "paren-no-nr", "reversed",
					     "no-domain", "eli", "celex", "url" };

	return (size_t)f < sizeof(names) / sizeof(names[0]) ? names[f] : "?";
}

static const char *severity_of(const char *code)
{
	const struct leges_rule *r = leges_rule_find(code);

	return leges_severity_name(r ? r->severity : LEGES_SEV_WARNING);
}

static const char *rule_name(const char *code)
{
	const struct leges_rule *r = leges_rule_find(code);

	return r ? r->name : !strcmp(code, "EU609") ? "regulation-copied" : "";
}

static const char *via_name(unsigned via, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s%s%s", via & LEGES_XREF_VIA_CLAUSE ? "clause" : "",
		 (via & LEGES_XREF_VIA_CLAUSE) && (via & ~LEGES_XREF_VIA_CLAUSE) ? "," : "",
		 via & LEGES_XREF_VIA_TABLE ? "table" : "",
		 (via & LEGES_XREF_VIA_TABLE) && (via & LEGES_XREF_VIA_OPTION) ? "," : "",
		 via & LEGES_XREF_VIA_OPTION ? "option" : "");
	return buf;
}

struct item {
	const char *path;
	struct leges_doc *doc;
	struct leges_xref *x;
};

/* --- JSON ------------------------------------------------------------------------------ */

/*
 * The CELEX of the act a citation amends ("Richtlijn X, gewijzigd bij
 * Richtlijn Y": Y amends X).  c->c.amends indexes the citations of the same
 * text run, which are consecutive in x->cites.
 */
static const char *amended_celex(const struct leges_xref *x, const struct leges_xref_cite *c)
{
	size_t first = (size_t)(c - x->cites);

	while (first > 0 && x->cites[first - 1].run == c->run)
		first--;
	return x->cites[first + (size_t)c->c.amends].c.celex;
}

static json_t *json_file(const struct item *it)
{
	const struct leges_xref *x = it->x;
	json_t *o, *a;
	size_t i, k;
	char via[32];

	o = json_pack("{s:s, s:s, s:o}", "file", it->path, "language", it->doc->lang,
		      "entryIntoForce", x->eif[0] ? json_string(x->eif) : json_null());
	a = json_array();
	for (i = 0; i < x->ncites; i++) {
		const struct leges_xref_cite *c = &x->cites[i];

		json_array_append_new(a, json_pack("{s:I, s:I, s:o, s:s, s:s, s:s, s:s, s:b, s:s, s:o, s:b, s:b, s:o}",
						   "line", (json_int_t)c->pos.line, "column", (json_int_t)c->pos.col,
						   "eId", c->eid ? json_string(c->eid) : json_null(),
						   "written", c->written, "kind", leges_eu_kind_name(c->c.kind),
						   "celex", c->c.celex, "eli", c->c.eli, "inRegister", c->act != NULL,
						   "form", form_name(c->c.form),
						   "correctForm", c->correct[0] ? json_string(c->correct) : json_null(),
						   "inRef", c->in_ref, "listMember", c->c.list_member,
						   "amends", c->run && c->c.amends >= 0 && (size_t)c->c.amends < x->ncites ?
								     json_string(amended_celex(x, c)) : json_null()));
	}
	json_object_set_new(o, "citations", a);
	a = json_array();
	for (i = 0; i < x->nbecites; i++) {
		const struct leges_xref_becite *b = &x->becites[i];

		json_array_append_new(a, json_pack("{s:I, s:I, s:s, s:s, s:s, s:s}", "line", (json_int_t)b->pos.line,
						   "column", (json_int_t)b->pos.col, "written", b->written,
						   "type", b->c.type, "date", b->c.date, "eli", b->c.eli));
	}
	json_object_set_new(o, "belgianCitations", a);
	json_object_set_new(o, "transpositionClause",
			    x->clause ? json_pack("{s:I, s:I, s:b}", "line", (json_int_t)x->clause_pos.line, "column",
						  (json_int_t)x->clause_pos.col, "partial", x->clause_partial) :
					json_null());
	a = json_array();
	for (i = 0; i < x->ndirs; i++) {
		const struct leges_xref_directive *d = &x->dirs[i];
		json_t *m = json_array();

		for (k = 0; k < d->nmissing; k++)
			json_array_append_new(m, json_string(d->missing[k]));
		json_array_append_new(a, json_pack("{s:s, s:s, s:b, s:s, s:o, s:I, s:I, s:o}", "celex", d->celex,
						   "kind", leges_eu_kind_name(d->celex[5]), "inRegister", d->act != NULL,
						   "via", via_name(d->via, via, sizeof(via)),
						   "deadline", d->deadline ? json_string(d->deadline) : json_null(),
						   "required", (json_int_t)d->required, "covered", (json_int_t)d->covered,
						   "missing", m));
	}
	json_object_set_new(o, "transposes", a);
	a = json_array();
	for (i = 0; i < x->nrows; i++) {
		const struct leges_xref_row *r = &x->rows[i];

		json_array_append_new(a, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}", "line", (json_int_t)r->pos.line,
						   "directive", r->celex, "provision", r->provision, "article",
						   r->article, "national", r->national, "status", r->status));
	}
	json_object_set_new(o, "correlationTable",
			    json_pack("{s:o, s:o}", "source",
				      x->table_source ? json_string(x->table_source) : json_null(), "rows", a));
	a = json_array();
	for (i = 0; i < x->ncopies; i++)
		json_array_append_new(a, json_pack("{s:I, s:o, s:s, s:f}", "line", (json_int_t)x->copies[i].pos.line,
						   "eId", x->copies[i].national_eid ?
								  json_string(x->copies[i].national_eid) : json_null(),
						   "euArticle", x->copies[i].eu_article, "similarity",
						   x->copies[i].similarity));
	json_object_set_new(o, "copies", a);
	a = json_array();
	for (i = 0; i < x->nfindings; i++) {
		const struct leges_xref_finding *f = &x->findings[i];

		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:s, s:o}", "code", f->code,
						   "name", rule_name(f->code), "severity", severity_of(f->code),
						   "file", f->file ? f->file : it->path, "line", (json_int_t)f->pos.line,
						   "column", (json_int_t)f->pos.col, "message", f->message,
						   "fix", f->fix ? json_string(f->fix) : json_null()));
	}
	json_object_set_new(o, "findings", a);
	return o;
}

static int write_json(FILE *fp, const struct item *items, size_t n)
{
	json_t *root = json_array();
	size_t i;
	int rc;

	for (i = 0; i < n; i++)
		json_array_append_new(root, json_file(&items[i]));
	rc = json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(3));
	fputc('\n', fp);
	json_decref(root);
	return rc ? leges_error_set(LEGES_ENOMEM, "cannot write JSON") : 0;
}

/* --- table and CSV --------------------------------------------------------------------- */

static void write_table(FILE *fp, const struct item *items, size_t n)
{
	size_t i, j, k;
	char via[32];

	for (i = 0; i < n; i++) {
		const struct leges_xref *x = items[i].x;

		fprintf(fp, "%s\n\nEU acts cited (%zu):\n", items[i].path, x->ncites);
		for (j = 0; j < x->ncites; j++) {
			const struct leges_xref_cite *c = &x->cites[j];

			fprintf(fp, "  %lu:%lu  %-11s %-40s %s%s%s\n", c->pos.line, c->pos.col, c->c.celex, c->written,
				c->act ? "" : "(not in the register)", c->correct[0] ? "  write: " : "", c->correct);
		}
		if (x->nbecites) {
			fprintf(fp, "\nBelgian acts cited (%zu):\n", x->nbecites);
			for (j = 0; j < x->nbecites; j++)
				fprintf(fp, "  %lu:%lu  %-32s %s\n", x->becites[j].pos.line, x->becites[j].pos.col,
					x->becites[j].c.type, x->becites[j].c.date);
		}
		fprintf(fp, "\nTransposition clause: ");
		if (x->clause)
			fprintf(fp, "line %lu (%s)\n", x->clause_pos.line, x->clause_partial ? "partial" : "complete");
		else
			fprintf(fp, "none\n");
		fprintf(fp, "Correlation table: %s, %zu rows\n", x->table_source ? x->table_source : "none", x->nrows);
		fprintf(fp, "Entry into force: %s\n", x->eif[0] ? x->eif : "not stated");
		for (j = 0; j < x->ndirs; j++) {
			const struct leges_xref_directive *d = &x->dirs[j];

			fprintf(fp, "\nTransposes %s (%s, via %s)", d->celex, leges_eu_kind_name(d->celex[5]),
				via_name(d->via, via, sizeof(via)));
			if (d->deadline)
				fprintf(fp, ", deadline %s", d->deadline);
			if (d->required)
				fprintf(fp, ", coverage %zu/%zu", d->covered, d->required);
			fputc('\n', fp);
			for (k = 0; k < d->nmissing; k++)
				fprintf(fp, "  no row for article %s\n", d->missing[k]);
		}
		fprintf(fp, "\nFindings (%zu):\n", x->nfindings);
		for (j = 0; j < x->nfindings; j++) {
			const struct leges_xref_finding *f = &x->findings[j];

			fprintf(fp, "%s:%lu:%lu: %s: %s [%s %s]\n", f->file ? f->file : items[i].path, f->pos.line,
				f->pos.col, severity_of(f->code), f->message, f->code, rule_name(f->code));
		}
		if (i + 1 < n)
			fputc('\n', fp);
	}
}

static void csv_field(FILE *fp, const char *s, bool last)
{
	bool quote = strpbrk(s, ",\"\n") != NULL;

	if (quote) {
		fputc('"', fp);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', fp);
			fputc(*s, fp);
		}
		fputc('"', fp);
	} else {
		fputs(s, fp);
	}
	fputc(last ? '\n' : ',', fp);
}

/* One record per citation and per finding. */
static void write_csv(FILE *fp, const struct item *items, size_t n)
{
	size_t i, j;
	char buf[32];

	fputs("record,file,line,column,code,celex,eli,text,correct_form\n", fp);
	for (i = 0; i < n; i++) {
		const struct leges_xref *x = items[i].x;

		for (j = 0; j < x->ncites; j++) {
			const struct leges_xref_cite *c = &x->cites[j];

			csv_field(fp, "citation", false);
			csv_field(fp, items[i].path, false);
			snprintf(buf, sizeof(buf), "%lu", c->pos.line);
			csv_field(fp, buf, false);
			snprintf(buf, sizeof(buf), "%lu", c->pos.col);
			csv_field(fp, buf, false);
			csv_field(fp, c->act ? "register" : "", false);
			csv_field(fp, c->c.celex, false);
			csv_field(fp, c->c.eli, false);
			csv_field(fp, c->written, false);
			csv_field(fp, c->correct, true);
		}
		for (j = 0; j < x->nfindings; j++) {
			const struct leges_xref_finding *f = &x->findings[j];

			csv_field(fp, "finding", false);
			csv_field(fp, f->file ? f->file : items[i].path, false);
			snprintf(buf, sizeof(buf), "%lu", f->pos.line);
			csv_field(fp, buf, false);
			snprintf(buf, sizeof(buf), "%lu", f->pos.col);
			csv_field(fp, buf, false);
			csv_field(fp, f->code, false);
			csv_field(fp, "", false);
			csv_field(fp, "", false);
			csv_field(fp, f->message, false);
			csv_field(fp, f->fix ? f->fix : "", true);
		}
	}
}

/* --- HTML: an XML report run through stylesheets/xref-html.xsl ----------------------------- */

static void set_num(xmlNode *n, const char *name, unsigned long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lu", v);
	xmlSetProp(n, (const xmlChar *)name, (const xmlChar *)buf);
}

static void set(xmlNode *n, const char *name, const char *v)
{
	xmlSetProp(n, (const xmlChar *)name, (const xmlChar *)(v ? v : ""));
}

static xmlDocPtr report_xml(const struct item *items, size_t n)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode *root, *f, *e;
	size_t i, j;
	char via[32];

	if (!doc)
		return NULL;
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"xref", NULL);
	xmlDocSetRootElement(doc, root);
	for (i = 0; i < n; i++) {
		const struct leges_xref *x = items[i].x;

		f = xmlNewChild(root, NULL, (const xmlChar *)"file", NULL);
		set(f, "name", items[i].path);
		set(f, "entryIntoForce", x->eif);
		if (x->clause) {
			e = xmlNewChild(f, NULL, (const xmlChar *)"clause", NULL);
			set_num(e, "line", x->clause_pos.line);
			set(e, "partial", x->clause_partial ? "yes" : "no");
		}
		for (j = 0; j < x->ncites; j++) {
			const struct leges_xref_cite *c = &x->cites[j];

			e = xmlNewChild(f, NULL, (const xmlChar *)"citation", NULL);
			set_num(e, "line", c->pos.line);
			set_num(e, "column", c->pos.col);
			set(e, "celex", c->c.celex);
			set(e, "eli", c->c.eli);
			set(e, "kind", leges_eu_kind_name(c->c.kind));
			set(e, "inRegister", c->act ? "yes" : "no");
			set(e, "correct", c->correct);
			xmlNodeAddContent(e, (const xmlChar *)c->written);
		}
		for (j = 0; j < x->ndirs; j++) {
			const struct leges_xref_directive *d = &x->dirs[j];
			const char *title = d->act ? leges_eu_act_title(d->act, 'n') : NULL;

			e = xmlNewChild(f, NULL, (const xmlChar *)"directive", NULL);
			set(e, "celex", d->celex);
			set(e, "via", via_name(d->via, via, sizeof(via)));
			set(e, "deadline", d->deadline);
			set_num(e, "required", d->required);
			set_num(e, "covered", d->covered);
			set(e, "title", title);
		}
		for (j = 0; j < x->nrows; j++) {
			e = xmlNewChild(f, NULL, (const xmlChar *)"row", NULL);
			set_num(e, "line", x->rows[j].pos.line);
			set(e, "directive", x->rows[j].celex);
			set(e, "provision", x->rows[j].provision);
			set(e, "national", x->rows[j].national);
			set(e, "status", x->rows[j].status);
		}
		for (j = 0; j < x->nfindings; j++) {
			const struct leges_xref_finding *fd = &x->findings[j];

			e = xmlNewChild(f, NULL, (const xmlChar *)"finding", NULL);
			set(e, "code", fd->code);
			set(e, "name", rule_name(fd->code));
			set(e, "severity", severity_of(fd->code));
			set_num(e, "line", fd->pos.line);
			set_num(e, "column", fd->pos.col);
			xmlNodeAddContent(e, (const xmlChar *)fd->message);
		}
	}
	return doc;
}

static int write_html(FILE *fp, const struct item *items, size_t n)
{
	const struct leges_xslt *x = NULL;
	xmlDocPtr in = NULL, out = NULL;
	size_t csslen = 0;
	const char *css = leges_embedded_file("leges.css", &csslen);
	char *cssbuf = NULL;
	const char *params[] = { "css", "", NULL };
	int rc;

	if ((rc = leges_xslt_get(&x, "xref-html.xsl")))
		return rc;
	if (css) {
		cssbuf = strndup(css, csslen);
		if (!cssbuf)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		params[1] = cssbuf;
	}
	in = report_xml(items, n);
	if (!in) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	rc = leges_xslt_run(x, in, params, &out);
	if (!rc)
		rc = leges_xslt_save(x, out, fp);
out:
	xmlFreeDoc(out);
	xmlFreeDoc(in);
	free(cssbuf);
	return rc;
}

/* --- markup ---------------------------------------------------------------------------- */

/* Wrap each citation of the text that is not yet a reference in <ref href="ELI"> (transform/markup.c). */
static int markup(struct leges_doc *doc, const struct leges_xref *x, size_t *done)
{
	struct leges_markup_span *spans = calloc(x->ncites + 1, sizeof(*spans));
	size_t n = 0, i;
	int rc;

	if (!spans)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < x->ncites; i++) {
		const struct leges_xref_cite *c = &x->cites[i];

		if (!c->run || c->in_ref || c->in_table || c->c.form == LEGES_EU_FORM_ELI ||
		    c->c.form == LEGES_EU_FORM_URL || c->c.form == LEGES_EU_FORM_CELEX)
			continue;
		spans[n].run = c->run;
		spans[n].start = c->c.start;
		spans[n].end = c->c.end;
		spans[n].href = c->c.eli;
		n++;
	}
	rc = leges_markup_refs(doc, spans, n, done);
	free(spans);
	return rc;
}

/* --- the command ----------------------------------------------------------------------- */

enum { OPT_REGISTER = 256, OPT_TRANSPOSES, OPT_TABLE, OPT_EUTEXT, OPT_THRESHOLD, OPT_MARKUP };

int cmd_xref(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "register", required_argument, NULL, OPT_REGISTER },
		{ "transposes", required_argument, NULL, OPT_TRANSPOSES },
		{ "table", required_argument, NULL, OPT_TABLE },
		{ "eu-text", required_argument, NULL, OPT_EUTEXT },
		{ "threshold", required_argument, NULL, OPT_THRESHOLD },
		{ "markup", no_argument, NULL, OPT_MARKUP },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct leges_eu_register reg = { 0 };
	struct leges_xref_opts xopts;
	struct leges_load_opts lopts;
	struct leges_output out = { 0 };
	struct item *items = NULL;
	const char **transposes = NULL;
	const char *output = NULL;
	enum format format = FMT_TABLE;
	size_t ntrans = 0, nitems = 0, i, j;
	bool do_markup = false, errors = false;
	int c, rc = 0, exit_code = LEGES_EXIT_OK;
	char *end;

	memset(&xopts, 0, sizeof(xopts));
	memset(&lopts, 0, sizeof(lopts));
	optind = 1;
	rc = leges_eu_register_load_builtin(&reg);
	if (rc)
		goto fail;
	while ((c = getopt_long(argc, argv, "o:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f':
			if (!strcmp(optarg, "table"))
				format = FMT_TABLE;
			else if (!strcmp(optarg, "json"))
				format = FMT_JSON;
			else if (!strcmp(optarg, "csv"))
				format = FMT_CSV;
			else if (!strcmp(optarg, "html"))
				format = FMT_HTML;
			else {
				leges_die_msg("xref: unknown format '%s' (use table, json, csv or html)", optarg);
				exit_code = LEGES_EXIT_USAGE;
				goto out;
			}
			break;
		case OPT_REGISTER:
			rc = leges_eu_register_load_file(&reg, optarg);
			if (rc)
				goto fail;
			break;
		case OPT_TRANSPOSES: {
			const char **v = realloc(transposes, (ntrans + 2) * sizeof(*v));

			if (!v) {
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				goto fail;
			}
			transposes = v;
			transposes[ntrans++] = optarg;
			transposes[ntrans] = NULL;
			break;
		}
		case OPT_TABLE: xopts.table_csv = optarg; break;
		case OPT_EUTEXT: xopts.eu_text = optarg; break;
		case OPT_THRESHOLD:
			xopts.threshold = strtod(optarg, &end);
			if (*end || xopts.threshold <= 0 || xopts.threshold > 1) {
				leges_die_msg("xref: --threshold wants a number in (0, 1], not '%s'", optarg);
				exit_code = LEGES_EXIT_USAGE;
				goto out;
			}
			break;
		case OPT_MARKUP: do_markup = true; break;
		case 'h': help(stdout); goto out;
		default: help(stderr); exit_code = LEGES_EXIT_USAGE; goto out;
		}
	}
	if (optind >= argc) {
		help(stderr);
		exit_code = LEGES_EXIT_USAGE;
		goto out;
	}
	if (do_markup && argc - optind != 1) {
		leges_die_msg("xref: --markup takes exactly one FILE");
		exit_code = LEGES_EXIT_USAGE;
		goto out;
	}
	/* Only --markup changes the tree: the others may have the compact, read-only one. */
	lopts.read_only = !do_markup;
	xopts.reg = &reg;
	xopts.transposes = transposes;
	xopts.positions = true;
	items = calloc((size_t)(argc - optind), sizeof(*items));
	if (!items) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto fail;
	}
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		struct item *it = &items[nitems];
		struct leges_input *in = NULL;

		it->path = argv[i];
		rc = leges_load_file(&in, argv[i], &lopts);
		if (rc && (rc != LEGES_EPARSE || !in))
			goto fail;
		if (!in->xml) {
			leges_die_msg("%s:%lu:%lu: %s", argv[i], in->nerrs ? in->errs[0].line : 0UL,
				      in->nerrs ? in->errs[0].col : 0UL,
				      in->nerrs ? in->errs[0].message : "not well-formed");
			leges_input_free(in);
			exit_code = LEGES_EXIT_INPUT;
			goto out;
		}
		rc = leges_doc_build(&it->doc, in);
		if (rc)
			goto fail;
		nitems++;
		rc = leges_xref_analyse(&it->x, it->doc, &xopts);
		if (rc)
			goto fail;
		for (j = 0; j < it->x->nfindings; j++) {
			const struct leges_rule *r = leges_rule_find(it->x->findings[j].code);

			if (r && r->severity == LEGES_SEV_ERROR)
				errors = true;
		}
	}

	rc = leges_output_open(&out, output);
	if (rc)
		goto fail;
	if (do_markup) {
		size_t done;

		rc = markup(items[0].doc, items[0].x, &done);
		if (!rc && xmlDocDump(out.fp, items[0].doc->in->xml) < 0)
			rc = leges_error_set(LEGES_EIO, "cannot write the marked-up document");
		errors = false;
	} else if (format == FMT_JSON) {
		rc = write_json(out.fp, items, nitems);
	} else if (format == FMT_CSV) {
		write_csv(out.fp, items, nitems);
	} else if (format == FMT_HTML) {
		rc = write_html(out.fp, items, nitems);
	} else {
		write_table(out.fp, items, nitems);
	}
	if (rc) {
		leges_output_abort(&out);
		goto fail;
	}
	rc = leges_output_commit(&out);
	if (rc)
		goto fail;
	exit_code = errors ? LEGES_EXIT_FINDINGS : LEGES_EXIT_OK;
	goto out;
fail:
	leges_die_msg("%s", leges_error_message(rc));
	exit_code = leges_error_exit_code(rc);
out:
	for (i = 0; i < nitems; i++) {
		leges_xref_free(items[i].x);
		leges_doc_leave_to_exit(items[i].doc);
	}
	free(items);
	free(transposes);
	leges_eu_register_release(&reg);
	return exit_code;
}
