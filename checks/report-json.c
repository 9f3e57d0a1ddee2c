/* report-json.c - findings as JSON, and the dispatch over formats. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "checks/report.h"

int leges_format_parse(const char *s, enum leges_format *out)
{
	if (!strcasecmp(s, "text"))
		*out = LEGES_FORMAT_TEXT;
	else if (!strcasecmp(s, "json"))
		*out = LEGES_FORMAT_JSON;
	else if (!strcasecmp(s, "sarif"))
		*out = LEGES_FORMAT_SARIF;
	else if (!strcasecmp(s, "junit"))
		*out = LEGES_FORMAT_JUNIT;
	else if (!strcasecmp(s, "checkstyle"))
		*out = LEGES_FORMAT_CHECKSTYLE;
	else if (!strcasecmp(s, "github"))
		*out = LEGES_FORMAT_GITHUB;
	else if (!strcasecmp(s, "xml"))
		*out = LEGES_FORMAT_XML;
	else if (!strcasecmp(s, "html"))
		*out = LEGES_FORMAT_HTML;
	else
		return leges_error_set(LEGES_EINVAL, "unknown format '%s' (use text, json, sarif, junit, checkstyle, "
				       "github, xml or html)", s);
	return 0;
}

int leges_report_write(FILE *out, enum leges_format fmt, const struct leges_findings *f,
		       const struct leges_report_opts *o)
{
	switch (fmt) {
	case LEGES_FORMAT_JSON: return leges_report_json(out, f, o);
	case LEGES_FORMAT_SARIF: return leges_report_sarif(out, f, o);
	case LEGES_FORMAT_JUNIT: return leges_report_junit(out, f, o);
	case LEGES_FORMAT_CHECKSTYLE: return leges_report_checkstyle(out, f, o);
	case LEGES_FORMAT_GITHUB: return leges_report_github(out, f, o);
	case LEGES_FORMAT_XML: return leges_report_xml(out, f, o);
	default: return leges_report_text(out, f, o);
	}
}

int leges_report_json(FILE *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	json_t *root = NULL, *arr = NULL;
	size_t i, count[3] = { 0, 0, 0 };
	char fp[17];
	int rc = 0;

	arr = json_array();
	if (!arr)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (i = 0; i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];
		json_t *item;

		snprintf(fp, sizeof(fp), "%016llx", f->fingerprint);
		item = json_pack("{s:o, s:I, s:I, s:s, s:s, s:s, s:s, s:o, s:s}",
				 "file", f->file ? json_string(f->file) : json_null(),
				 "line", (json_int_t)f->line, "column", (json_int_t)f->col,
				 "code", f->rule->code, "name", f->rule->name,
				 "severity", leges_severity_name(f->severity), "message", f->message,
				 "eId", f->eid ? json_string(f->eid) : json_null(), "fingerprint", fp);
		if (!item || json_array_append_new(arr, item)) {
			json_decref(arr);
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		}
		if (f->severity <= LEGES_SEV_ERROR)
			count[f->severity]++;
	}
	root = json_pack("{s:s, s:o, s:{s:I, s:I, s:I, s:I}}", "version", o->tool_version, "findings", arr,
			 "summary", "files", (json_int_t)o->files, "errors", (json_int_t)count[LEGES_SEV_ERROR],
			 "warnings", (json_int_t)count[LEGES_SEV_WARNING], "info", (json_int_t)count[LEGES_SEV_INFO]);
	if (!root)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	if (json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0)
		rc = leges_error_set(LEGES_EIO, "cannot write the report");
	fputc('\n', out);
	json_decref(root);
	return rc;
}
