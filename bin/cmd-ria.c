/*
 * cmd-ria.c - leges ria FILE [--draft DRAFT]: the RIA checks and the Standard
 * Cost Model figures of a regulatory impact assessment (DESIGN 2, 4).
 *
 * FILE is a RIA (<doc name="ria">) or a draft with the RIA attached.  The
 * figures come from checks/ria.c, the findings from the RIA8xx rules run by
 * the engine (with the draft given, so that provisions can be looked up).
 * The HTML report is stylesheets/ria-html.xsl applied to an XML form of the
 * figures built here; amounts reach it as cents and as formatted strings, so
 * the stylesheet does no arithmetic on money.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/tree.h>

#include "bin/leges.h"
#include "checks/engine.h"
#include "checks/report.h"
#include "checks/ria.h"
#include "transform/xslt.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_HTML, FMT_XML };

static void help(FILE *out)
{
	fputs("usage: leges ria [options] FILE\n\n"
	      "Check a regulatory impact assessment and compute its Standard Cost Model figures.\n"
	      "FILE is a RIA (<doc name=\"ria\">) or a draft with the RIA attached.\n\n"
	      "  -o, --output FILE        write the report to FILE (atomically)\n"
	      "  -f, --format FORMAT      text (default), json, html or xml\n"
	      "      --draft DRAFT        the draft that a RIA in a file of its own assesses\n"
	      "      --rate RATE          discount rate to annualise one-off costs: 0.03 or 3%\n"
	      "                           (default 3%)\n"
	      "      --years N            years over which one-off costs are spread (default 10)\n"
	      "      --fail-level LEVEL   exit 1 on findings at or above info, warning, error\n"
	      "                           (default) or none\n"
	      "  -h, --help               this text\n\n"
	      "Exit: 0 clean, 1 findings at or above the fail level, 2 usage, 3 unreadable or\n"
	      "not well-formed input, 4 internal error.\n", out);
}

/* Load and model a file; a file that is not well-formed gets file:line:col. */
static int load(struct leges_doc **out, const char *path)
{
	struct leges_load_opts lopts = { 0 };
	struct leges_input *in = NULL;
	size_t i;
	int rc;

	*out = NULL;
	rc = leges_load_file(&in, path, &lopts);
	if (rc == LEGES_EPARSE) {
		for (i = 0; i < in->nerrs && in->errs[i].kind != LEGES_XMLERR_FATAL; i++)
			;
		if (i == in->nerrs)
			i = 0;
		rc = in->nerrs ? leges_error_set(LEGES_EPARSE, "%s:%lu:%lu: not well-formed: %s", path,
						 in->errs[i].line, in->errs[i].col, in->errs[i].message)
			       : leges_error_set(LEGES_EPARSE, "%s: not well-formed", path);
		leges_input_free(in);
		return rc;
	}
	if (rc)
		return rc;
	return leges_doc_build(out, in);
}

static const char *money(char *buf, int64_t cents)
{
	return leges_ria_money(buf, 40, cents);
}

/* --- text ------------------------------------------------------------------- */

static void text_total(FILE *fp, const char *label, const struct leges_ria_total *t)
{
	char a[40], b[40];

	fprintf(fp, "  %-28s %3zu  %16s  %16s\n", label, t->count, money(a, t->ac_cents), money(b, t->ab_cents));
}

static void write_text(FILE *fp, const struct leges_ria *ria, const char *file, const char *draft)
{
	const struct leges_ria_totals *t = &ria->totals;
	char a[40], b[40], c[40], d[40], e[40], rate[32];
	size_t i, k;

	fprintf(fp, "RIA %s%s%s\n", file, draft ? " for " : "", draft ? draft : "");
	fprintf(fp, "Standard Cost Model, amounts in EUR a year; P = T x H + O, Q = N x F, AC = P x Q, "
		    "AB = AC x (1 - BAU)\n\n");
	fprintf(fp, "%-8s %-16s %-10s %-14s %-16s %8s %6s %12s %12s %16s %6s %16s\n", "id", "provision", "kind",
		"origin", "target group", "N", "F", "P", "Q", "AC", "BAU", "AB");
	for (i = 0; i < ria->nobl; i++) {
		const struct leges_ria_obligation *o = &ria->obl[i];

		if (!o->valid) {
			fprintf(fp, "%-8s %-16s (not computed: see the findings)\n", o->id, o->eid ? o->eid : "?");
			continue;
		}
		fprintf(fp, "%-8s %-16s %-10s %-14s %-16s %8lld %6s %12s %12s %16s %6s %16s\n", o->id,
			o->eid ? o->eid : "?", leges_ria_kind_name(o->kind), leges_ria_origin_name(o->origin),
			o->group, (long long)o->n, leges_ria_fixed(a, sizeof(a), o->f_e4), money(b, o->price_cents),
			leges_ria_fixed(c, sizeof(c), o->q_e4),
			money(d, o->ac_cents), leges_ria_fixed(e, sizeof(e), o->bau_e4), money(rate, o->ab_cents));
		for (k = 0; o->nacts > 1 && k < o->nacts; k++) {
			const struct leges_ria_activity *ac = &o->acts[k];

			fprintf(fp, "         - %s: T %s h x H %s + O %s = P %s\n", ac->name,
				leges_ria_fixed(a, sizeof(a), ac->t_e4), money(b, ac->h_cents), money(c, ac->o_cents),
				money(d, leges_ria_div_round(ac->price_e4, LEGES_RIA_SCALE)));
		}
	}
	fprintf(fp, "\n  %-28s %3s  %16s  %16s\n", "totals", "n", "AC", "AB");
	text_total(fp, "all obligations", &(struct leges_ria_total){ NULL, t->ac_cents, t->ab_cents, t->count });
	fputs("  per target group\n", fp);
	for (i = 0; i < t->ngroups; i++) {
		snprintf(a, sizeof(a), "  %s", t->groups[i].key);
		text_total(fp, a, &t->groups[i]);
	}
	fputs("  per origin\n", fp);
	for (i = 0; i < LEGES_RIA_NORIGINS; i++) {
		snprintf(a, sizeof(a), "  %s", t->origins[i].key);
		text_total(fp, a, &t->origins[i]);
	}
	fputs("  per kind\n", fp);
	for (i = 0; i < LEGES_RIA_NKINDS; i++) {
		snprintf(a, sizeof(a), "  %s", t->kinds[i].key);
		text_total(fp, a, &t->kinds[i]);
	}
	fprintf(fp, "\nnet change in burden (new - removed): %s EUR a year\n", money(a, t->net_ab_cents));
	fprintf(fp, "one-off costs: %s EUR, annualised %s EUR a year (rate %s, %u years)\n\n",
		money(b, t->oneoff_cents), money(c, t->oneoff_annual_cents),
		leges_ria_fixed(rate, sizeof(rate), ria->opts.rate_e4), ria->opts.years);
}

/* --- JSON ------------------------------------------------------------------- */

static json_t *money_json(int64_t cents)
{
	char buf[40];

	return json_pack("{s:I, s:s}", "cents", (json_int_t)cents, "eur", leges_ria_money(buf, sizeof(buf), cents));
}

static json_t *total_json(const struct leges_ria_total *t)
{
	return json_pack("{s:s, s:I, s:o, s:o}", "key", t->key ? t->key : "", "count", (json_int_t)t->count,
			 "ac", money_json(t->ac_cents), "ab", money_json(t->ab_cents));
}

static int write_json(FILE *fp, const struct leges_ria *ria, const char *file, const char *draft,
		      const struct leges_findings *fs)
{
	const struct leges_ria_totals *t = &ria->totals;
	json_t *root, *obls, *groups, *origins, *kinds, *finds;
	char a[32], b[32], c[32];
	size_t i, k;
	int rc = 0;

	root = json_object();
	obls = json_array();
	groups = json_array();
	origins = json_array();
	kinds = json_array();
	finds = json_array();
	if (!root || !obls || !groups || !origins || !kinds || !finds)
		rc = LEGES_ENOMEM;
	for (i = 0; !rc && i < ria->nobl; i++) {
		const struct leges_ria_obligation *o = &ria->obl[i];
		json_t *acts = json_array(), *item;

		for (k = 0; acts && k < o->nacts; k++)
			json_array_append_new(acts, json_pack("{s:s, s:s, s:o, s:o, s:o}", "name", o->acts[k].name,
							      "T_hours", leges_ria_fixed(a, sizeof(a), o->acts[k].t_e4),
							      "H", money_json(o->acts[k].h_cents),
							      "O", money_json(o->acts[k].o_cents),
							      "P", money_json(leges_ria_div_round(o->acts[k].price_e4,
												  LEGES_RIA_SCALE))));
		item = json_pack("{s:s, s:o, s:s, s:s, s:b, s:o}", "id", o->id,
				 "provision", o->eid ? json_string(o->eid) : json_null(), "description", o->description,
				 "target_group", o->group, "computed", o->valid, "activities", acts ? acts : json_null());
		if (item && o->valid) {
			json_object_set_new(item, "kind", json_string(leges_ria_kind_name(o->kind)));
			json_object_set_new(item, "origin", json_string(leges_ria_origin_name(o->origin)));
			json_object_set_new(item, "N", json_integer((json_int_t)o->n));
			json_object_set_new(item, "F", json_string(leges_ria_fixed(a, sizeof(a), o->f_e4)));
			json_object_set_new(item, "BAU", json_string(leges_ria_fixed(b, sizeof(b), o->bau_e4)));
			json_object_set_new(item, "Q", json_string(leges_ria_fixed(c, sizeof(c), o->q_e4)));
			json_object_set_new(item, "P", money_json(o->price_cents));
			json_object_set_new(item, "AC", money_json(o->ac_cents));
			json_object_set_new(item, "AB", money_json(o->ab_cents));
			json_object_set_new(item, "one_off", money_json(o->oneoff_total_cents));
			json_object_set_new(item, "one_off_annualised", money_json(o->oneoff_annual_cents));
		}
		if (!item || json_array_append_new(obls, item))
			rc = LEGES_ENOMEM;
	}
	for (i = 0; !rc && i < t->ngroups; i++)
		json_array_append_new(groups, total_json(&t->groups[i]));
	for (i = 0; !rc && i < LEGES_RIA_NORIGINS; i++)
		json_array_append_new(origins, total_json(&t->origins[i]));
	for (i = 0; !rc && i < LEGES_RIA_NKINDS; i++)
		json_array_append_new(kinds, total_json(&t->kinds[i]));
	for (i = 0; !rc && i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];

		json_array_append_new(finds, json_pack("{s:o, s:I, s:I, s:s, s:s, s:s, s:s}",
						       "file", f->file ? json_string(f->file) : json_null(),
						       "line", (json_int_t)f->line, "column", (json_int_t)f->col,
						       "code", f->rule->code, "name", f->rule->name,
						       "severity", leges_severity_name(f->severity), "message", f->message));
	}
	if (!rc) {
		json_object_set_new(root, "file", json_string(file));
		json_object_set_new(root, "draft", draft ? json_string(draft) : json_null());
		json_object_set_new(root, "rate", json_string(leges_ria_fixed(a, sizeof(a), ria->opts.rate_e4)));
		json_object_set_new(root, "years", json_integer(ria->opts.years));
		json_object_set_new(root, "obligations", obls);
		json_object_set_new(root, "totals", json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
			"AC", money_json(t->ac_cents), "AB", money_json(t->ab_cents),
			"net_AB", money_json(t->net_ab_cents), "one_off", money_json(t->oneoff_cents),
			"one_off_annualised", money_json(t->oneoff_annual_cents),
			"per_target_group", groups, "per_origin", origins, "per_kind", kinds));
		json_object_set_new(root, "findings", finds);
		obls = groups = origins = kinds = finds = NULL;
		if (json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) || fputc('\n', fp) == EOF)
			rc = leges_error_set(LEGES_EIO, "cannot write the report");
	} else {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	json_decref(root);
	json_decref(obls);
	json_decref(groups);
	json_decref(origins);
	json_decref(kinds);
	json_decref(finds);
	return rc;
}

/* --- XML (input of the HTML stylesheet) --------------------------------------- */

static void set_money(xmlNode *n, const char *name, int64_t cents)
{
	char buf[40], attr[64];

	snprintf(buf, sizeof(buf), "%lld", (long long)cents);
	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)buf);
	snprintf(attr, sizeof(attr), "%s-eur", name);
	xmlNewProp(n, (const xmlChar *)attr, (const xmlChar *)leges_ria_money(buf, sizeof(buf), cents));
}

static void set_str(xmlNode *n, const char *name, const char *value)
{
	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static xmlNode *add_total(xmlNode *parent, const char *by, const struct leges_ria_total *t)
{
	xmlNode *n = xmlNewChild(parent, NULL, (const xmlChar *)"total", NULL);
	char buf[32];

	if (!n)
		return NULL;
	set_str(n, "by", by);
	set_str(n, "key", t->key ? t->key : "");
	snprintf(buf, sizeof(buf), "%zu", t->count);
	set_str(n, "count", buf);
	set_money(n, "ac", t->ac_cents);
	set_money(n, "ab", t->ab_cents);
	return n;
}

static xmlDocPtr build_xml(const struct leges_ria *ria, const char *file, const char *draft,
			   const struct leges_findings *fs)
{
	const struct leges_ria_totals *t = &ria->totals;
	xmlDocPtr x = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode *root, *n;
	int64_t max_ab = 0, max_group = 0;
	char buf[64], *title = NULL;
	size_t i, k;

	if (!x)
		return NULL;
	root = xmlNewNode(NULL, (const xmlChar *)"ria-report");
	if (!root) {
		xmlFreeDoc(x);
		return NULL;
	}
	xmlDocSetRootElement(x, root);
	set_str(root, "file", file);
	if (draft)
		set_str(root, "draft", draft);
	set_str(root, "lang", !strncmp(ria->doc->lang, "fra", 3) ? "fr" : !strncmp(ria->doc->lang, "eng", 3) ? "en" : "nl");
	set_str(root, "rate", leges_ria_fixed(buf, sizeof(buf), ria->opts.rate_e4));
	snprintf(buf, sizeof(buf), "%u", ria->opts.years);
	set_str(root, "years", buf);
	{
		xmlNode *pre = leges_child(ria->node, "preface");
		xmlNode *lt = pre ? leges_child(pre, "longTitle") : NULL;

		title = lt ? leges_ria_text(lt) : NULL;
	}
	xmlNewTextChild(root, NULL, (const xmlChar *)"title",
			(const xmlChar *)(title && *title ? title : "Reguleringsimpactanalyse"));
	free(title);
	for (i = 0; i < ria->nobl; i++) {
		if (ria->obl[i].valid && ria->obl[i].ab_cents > max_ab)
			max_ab = ria->obl[i].ab_cents;
		if (ria->obl[i].valid && ria->obl[i].ac_cents > max_ab)
			max_ab = ria->obl[i].ac_cents;
	}
	for (i = 0; i < t->ngroups; i++)
		if (t->groups[i].ac_cents > max_group)
			max_group = t->groups[i].ac_cents;
	snprintf(buf, sizeof(buf), "%lld", (long long)max_ab);
	set_str(root, "max-obligation", buf);
	snprintf(buf, sizeof(buf), "%lld", (long long)max_group);
	set_str(root, "max-group", buf);
	for (i = 0; i < ria->nobl; i++) {
		const struct leges_ria_obligation *o = &ria->obl[i];

		n = xmlNewChild(root, NULL, (const xmlChar *)"obligation", NULL);
		if (!n)
			goto fail;
		set_str(n, "id", o->id);
		set_str(n, "provision", o->eid ? o->eid : "");
		set_str(n, "group", o->group);
		set_str(n, "computed", o->valid ? "yes" : "no");
		xmlNewTextChild(n, NULL, (const xmlChar *)"description", (const xmlChar *)o->description);
		if (!o->valid)
			continue;
		set_str(n, "kind", leges_ria_kind_name(o->kind));
		set_str(n, "origin", leges_ria_origin_name(o->origin));
		snprintf(buf, sizeof(buf), "%lld", (long long)o->n);
		set_str(n, "n", buf);
		set_str(n, "f", leges_ria_fixed(buf, sizeof(buf), o->f_e4));
		set_str(n, "q", leges_ria_fixed(buf, sizeof(buf), o->q_e4));
		set_str(n, "bau", leges_ria_fixed(buf, sizeof(buf), o->bau_e4));
		set_money(n, "p", o->price_cents);
		set_money(n, "ac", o->ac_cents);
		set_money(n, "ab", o->ab_cents);
		set_money(n, "oneoff", o->oneoff_total_cents);
		set_money(n, "annualised", o->oneoff_annual_cents);
		for (k = 0; k < o->nacts; k++) {
			xmlNode *a = xmlNewChild(n, NULL, (const xmlChar *)"activity", NULL);

			if (!a)
				goto fail;
			set_str(a, "name", o->acts[k].name);
			set_str(a, "t", leges_ria_fixed(buf, sizeof(buf), o->acts[k].t_e4));
			set_money(a, "h", o->acts[k].h_cents);
			set_money(a, "o", o->acts[k].o_cents);
			set_money(a, "p", leges_ria_div_round(o->acts[k].price_e4, LEGES_RIA_SCALE));
		}
	}
	for (i = 0; i < t->ngroups; i++)
		if (!add_total(root, "group", &t->groups[i]))
			goto fail;
	for (i = 0; i < LEGES_RIA_NORIGINS; i++)
		if (!add_total(root, "origin", &t->origins[i]))
			goto fail;
	for (i = 0; i < LEGES_RIA_NKINDS; i++)
		if (!add_total(root, "kind", &t->kinds[i]))
			goto fail;
	n = xmlNewChild(root, NULL, (const xmlChar *)"totals", NULL);
	if (!n)
		goto fail;
	set_money(n, "ac", t->ac_cents);
	set_money(n, "ab", t->ab_cents);
	set_money(n, "net", t->net_ab_cents);
	set_money(n, "oneoff", t->oneoff_cents);
	set_money(n, "annualised", t->oneoff_annual_cents);
	for (i = 0; i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];

		n = xmlNewTextChild(root, NULL, (const xmlChar *)"finding", (const xmlChar *)f->message);
		if (!n)
			goto fail;
		set_str(n, "file", f->file ? f->file : "");
		snprintf(buf, sizeof(buf), "%lu", f->line);
		set_str(n, "line", buf);
		snprintf(buf, sizeof(buf), "%lu", f->col);
		set_str(n, "col", buf);
		set_str(n, "severity", leges_severity_name(f->severity));
		set_str(n, "code", f->rule->code);
		set_str(n, "name", f->rule->name);
	}
	return x;
fail:
	xmlFreeDoc(x);
	return NULL;
}

static int write_html(FILE *fp, xmlDocPtr x, bool raw)
{
	const struct leges_xslt *sheet = NULL;
	const char *css;
	char *css_copy = NULL;
	const char *params[3] = { "css", "", NULL };
	xmlDocPtr out = NULL;
	size_t len = 0;
	int rc;

	if (raw) {
		if (xmlDocFormatDump(fp, x, 1) < 0)
			return leges_error_set(LEGES_EIO, "cannot write the report");
		return 0;
	}
	/* The shared stylesheet leges.css, when it is built in; the report's own CSS is in the XSLT. */
	css = leges_embedded_file("leges.css", &len);
	if (css) {
		css_copy = strndup(css, len);
		if (!css_copy)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		params[1] = css_copy;
	}
	rc = leges_xslt_get(&sheet, "ria-html.xsl");
	if (!rc)
		rc = leges_xslt_run(sheet, x, params, &out);
	if (!rc)
		rc = leges_xslt_save(sheet, out, fp);
	xmlFreeDoc(out);
	free(css_copy);
	return rc;
}

/* --- the command -------------------------------------------------------------- */

static int parse_rate(const char *s, int64_t *out)
{
	int64_t v;

	if (leges_ria_number(s, 4, &v) || v < 0 || v >= LEGES_RIA_SCALE)
		return leges_error_set(LEGES_EINVAL, "--rate takes a rate such as 0.03 or 3%%, below 1, not '%s'", s);
	*out = v;
	return 0;
}

int cmd_ria(int argc, char **argv)
{
	enum { OPT_DRAFT = 256, OPT_RATE, OPT_YEARS, OPT_FAIL };
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "draft", required_argument, NULL, OPT_DRAFT },
		{ "rate", required_argument, NULL, OPT_RATE },
		{ "years", required_argument, NULL, OPT_YEARS },
		{ "fail-level", required_argument, NULL, OPT_FAIL },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const select[] = { "RIA8", NULL };
	struct leges_ria_opts ropts = { 300, 10 };
	struct leges_engine_opts eopts = { 0 };
	struct leges_findings found;
	struct leges_report_opts rep = { false, 1, PACKAGE_VERSION };
	struct leges_output out = { 0 };
	struct leges_doc *doc = NULL, *draft = NULL;
	struct leges_ria *ria = NULL;
	enum leges_severity fail = LEGES_SEV_ERROR;
	enum fmt format = FMT_TEXT;
	const char *output = NULL, *draft_path = NULL, *file;
	xmlDocPtr x = NULL;
	xmlNode *node;
	int c, rc = 0, exit_code = LEGES_EXIT_OK;
	size_t i;

	leges_findings_init(&found);
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f':
			if (!strcasecmp(optarg, "text"))
				format = FMT_TEXT;
			else if (!strcasecmp(optarg, "json"))
				format = FMT_JSON;
			else if (!strcasecmp(optarg, "html"))
				format = FMT_HTML;
			else if (!strcasecmp(optarg, "xml"))
				format = FMT_XML;
			else
				rc = leges_error_set(LEGES_EINVAL, "unknown format '%s' (use text, json, html or xml)", optarg);
			break;
		case OPT_DRAFT: draft_path = optarg; break;
		case OPT_RATE: rc = parse_rate(optarg, &ropts.rate_e4); break;
		case OPT_YEARS: {
			char *end;
			long y = strtol(optarg, &end, 10);

			if (*end || y < 1 || y > 100)
				rc = leges_error_set(LEGES_EINVAL, "--years takes a number from 1 to 100, not '%s'", optarg);
			ropts.years = (unsigned)y;
			break;
		}
		case OPT_FAIL: rc = leges_severity_parse(optarg, &fail); break;
		case 'h': help(stdout); goto out;
		default:
			help(stderr);
			exit_code = LEGES_EXIT_USAGE;
			goto out;
		}
		if (rc)
			goto fail;
	}
	if (optind != argc - 1) {
		leges_die_msg("ria: give one RIA file; see 'leges ria --help'");
		exit_code = LEGES_EXIT_USAGE;
		goto out;
	}
	file = argv[optind];
	if ((rc = load(&doc, file)))
		goto fail;
	node = leges_ria_find(doc);
	if (!node) {
		rc = leges_error_set(LEGES_ENOTFOUND, "'%s' holds no RIA (<doc name=\"ria\">, itself or attached)", file);
		goto fail;
	}
	if (draft_path && (rc = load(&draft, draft_path)))
		goto fail;
	/* An attached RIA assesses the document it is attached to. */
	rc = leges_ria_analyse(&ria, doc, node, node == doc->main ? draft : doc, &ropts);
	if (rc)
		goto fail;
	eopts.select = select;
	eopts.draft = draft;
	rc = leges_check_doc(doc, &eopts, &found);
	if (rc)
		goto fail;
	leges_findings_sort(&found);

	rc = leges_output_open(&out, output);
	if (rc)
		goto fail;
	switch (format) {
	case FMT_TEXT:
		write_text(out.fp, ria, file, draft_path);
		rc = leges_report_write(out.fp, LEGES_FORMAT_TEXT, &found, &rep);
		break;
	case FMT_JSON:
		rc = write_json(out.fp, ria, file, draft_path, &found);
		break;
	case FMT_HTML:
	case FMT_XML:
		x = build_xml(ria, file, draft_path, &found);
		rc = x ? write_html(out.fp, x, format == FMT_XML) : leges_error_set(LEGES_ENOMEM, "out of memory");
		break;
	}
	if (rc) {
		leges_output_abort(&out);
		goto fail;
	}
	rc = leges_output_commit(&out);
	if (rc)
		goto fail;
	for (i = 0; i < found.n; i++)
		if (fail != LEGES_SEV_NONE && found.v[i].severity >= fail)
			exit_code = LEGES_EXIT_FINDINGS;
	goto out;
fail:
	leges_die_msg("%s", leges_error_message(rc));
	exit_code = rc == LEGES_ENOTFOUND ? LEGES_EXIT_INPUT : leges_error_exit_code(rc);
out:
	xmlFreeDoc(x);
	leges_ria_free(ria);
	leges_doc_free(draft);
	leges_doc_free(doc);
	leges_findings_release(&found);
	return exit_code;
}
