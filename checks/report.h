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

#include "checks/engine.h"

enum leges_format {
	LEGES_FORMAT_TEXT,
	LEGES_FORMAT_JSON,
	LEGES_FORMAT_SARIF,
};

struct leges_report_opts {
	bool color;		/* ANSI colours (text only; the caller decides: a terminal) */
	size_t files;		/* how many files were checked */
	const char *tool_version;
};

int leges_format_parse(const char *s, enum leges_format *out);

/* Returns 0, or LEGES_EIO / LEGES_ENOMEM. */
int leges_report_text(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_json(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);
int leges_report_sarif(FILE *out, const struct leges_findings *f, const struct leges_report_opts *o);

int leges_report_write(FILE *out, enum leges_format fmt, const struct leges_findings *f,
		       const struct leges_report_opts *o);

#endif
