/*
 * report-xml.c - the lint report as XML, the input of the HTML report
 * (stylesheets/report-html.xsl): the findings, the rules they belong to with
 * their documentation, and a copy of each document checked, so the HTML can
 * show each finding where it occurs.
 */
#include "config.h"

#include <string.h>

#include "checks/report.h"

#define NS "urn:leges:report:1"

static void set(xmlNodePtr n, const char *name, const char *value)
{
	if (value)
		xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static void setu(xmlNodePtr n, const char *name, unsigned long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lu", v);
	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)buf);
}

int leges_report_xml_doc(xmlDocPtr *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr root, summary;
	xmlNsPtr ns;
	size_t i, k, count[3] = { 0, 0, 0 };

	*out = NULL;
	if (!doc)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	root = xmlNewNode(NULL, (const xmlChar *)"lint-report");
	ns = xmlNewNs(root, (const xmlChar *)NS, NULL);
	xmlSetNs(root, ns);
	xmlDocSetRootElement(doc, root);
	set(root, "tool", "leges");
	set(root, "version", o->tool_version);
	set(root, "lang", leges_lang_code(o->lang));
	summary = xmlNewChild(root, ns, (const xmlChar *)"summary", NULL);
	/* The rules that have findings, once each, with their documentation. */
	{
		const struct leges_rule *const *rules;
		size_t n;

		rules = leges_rules(&n);
		for (k = 0; k < n; k++) {
			xmlNodePtr r;
			const char *page;

			for (i = 0; i < fs->n && fs->v[i].rule != rules[k]; i++)
				;
			if (i == fs->n)
				continue;
			r = xmlNewChild(root, ns, (const xmlChar *)"rule", NULL);
			set(r, "code", rules[k]->code);
			set(r, "name", rules[k]->name);
			set(r, "severity", leges_severity_name(rules[k]->severity));
			set(r, "summary", rules[k]->summary);
			set(r, "source", rules[k]->source);
			page = leges_rule_doc(rules[k]->code);
			if (page)
				xmlNewTextChild(r, ns, (const xmlChar *)"doc", (const xmlChar *)page);
		}
	}
	for (i = 0; i < fs->n; i++)
		if (fs->v[i].severity <= LEGES_SEV_ERROR)
			count[fs->v[i].severity]++;
	setu(summary, "files", o->files);
	setu(summary, "errors", count[LEGES_SEV_ERROR]);
	setu(summary, "warnings", count[LEGES_SEV_WARNING]);
	setu(summary, "info", count[LEGES_SEV_INFO]);
	/* Run-level findings first, then one <file> per document in the order checked. */
	for (k = 0; k <= o->ntrees; k++) {
		const char *path = k < o->ntrees ? o->paths[k] : NULL;
		xmlNodePtr file = NULL;

		for (i = 0; i < fs->n; i++) {
			const struct leges_finding *f = &fs->v[i];
			xmlNodePtr x;

			if (k < o->ntrees ? (!f->file || strcmp(f->file, path)) : f->file != NULL)
				continue;
			if (!file) {
				file = xmlNewChild(root, ns, (const xmlChar *)"file", NULL);
				set(file, "path", path);
			}
			x = xmlNewChild(file, ns, (const xmlChar *)"finding", NULL);
			set(x, "code", f->rule->code);
			set(x, "name", f->rule->name);
			set(x, "severity", leges_severity_name(f->severity));
			setu(x, "line", f->line);
			setu(x, "column", f->col);
			set(x, "eId", f->eid);
			set(x, "message", f->message);
		}
		if (k < o->ntrees) {
			if (!file) {
				file = xmlNewChild(root, ns, (const xmlChar *)"file", NULL);
				set(file, "path", path);
			}
			if (o->trees[k] && xmlDocGetRootElement(o->trees[k])) {
				xmlNodePtr d = xmlNewChild(file, ns, (const xmlChar *)"document", NULL);

				xmlAddChild(d, xmlDocCopyNode(xmlDocGetRootElement(o->trees[k]), doc, 1));
			}
		}
	}
	*out = doc;
	return 0;
}

int leges_report_xml(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o)
{
	xmlDocPtr doc;
	int rc = leges_report_xml_doc(&doc, f, o);

	if (rc)
		return rc;
	if (xmlDocFormatDump(out, doc, 1) < 0)
		rc = leges_error_set(LEGES_EIO, "cannot write the report");
	xmlFreeDoc(doc);
	return rc;
}
