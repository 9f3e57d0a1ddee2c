/*
 * report.h - write findings for people (text) and for machines (JSON, SARIF).
 *
 * Every reporter takes findings already sorted (leges_findings_sort) and
 * writes them to a stdio stream; none of them holds state between calls.
 */
#ifndef LEGES_REPORT_H
#define LEGES_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <libxml/tree.h>

#include "checks/engine.h"

enum leges_format {
	LEGES_FORMAT_TEXT,
	LEGES_FORMAT_JSON,
	LEGES_FORMAT_SARIF,
	LEGES_FORMAT_JUNIT,
	LEGES_FORMAT_CHECKSTYLE,
	LEGES_FORMAT_GITHUB,
	LEGES_FORMAT_XML,	/* input of the HTML report */
	LEGES_FORMAT_HTML,	/* produced from the XML by bin/ with stylesheets/report-html.xsl */
};

struct leges_report_opts {
	bool color;		/* ANSI colours (text only; the caller decides: a terminal) */
	size_t files;		/* how many files were checked */
	const char *tool_version;
	enum leges_lang lang;
	/* The parsed files, for the XML/HTML report: paths[i] is trees[i] (may be NULL). */
	const char *const *paths;
	xmlDocPtr *trees;
	size_t ntrees;
};

int leges_format_parse(const char *s, enum leges_format *out);

/* Returns 0, or LEGES_EIO / LEGES_ENOMEM. */
int leges_report_text(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_json(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_sarif(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);

int leges_report_junit(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_checkstyle(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_github(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);

/* The lint report as XML (namespace urn:leges:report:1): findings, rules and each document. */
int leges_report_xml_doc(xmlDocPtr *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_xml(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);

/* Every format but HTML (which needs the XSLT runner of transform/). */
int leges_report_write(FILE *out, enum leges_format fmt, const struct leges_findings *f,
		       const struct leges_report_opts *o);

#endif
