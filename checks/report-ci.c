/*
 * report-ci.c - reports for CI systems: JUnit XML (one test case per finding,
 * one suite per file), Checkstyle XML, and GitHub Actions workflow commands.
 */
#include "config.h"

#include <string.h>

#include <libxml/xmlwriter.h>

#include "checks/report.h"

static xmlTextWriterPtr writer_for(FILE *out, xmlBufferPtr *buf)
{
	xmlTextWriterPtr w;

	(void)out;
	*buf = xmlBufferCreate();
	if (!*buf)
		return NULL;
	w = xmlNewTextWriterMemory(*buf, 0);
	if (!w) {
		xmlBufferFree(*buf);
		return NULL;
	}
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, (const xmlChar *)"  ");
	xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
	return w;
}

static int finish(FILE *out, xmlTextWriterPtr w, xmlBufferPtr buf)
{
	int rc = 0;

	xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w);
	if (fwrite(xmlBufferContent(buf), 1, (size_t)xmlBufferLength(buf), out) != (size_t)xmlBufferLength(buf))
		rc = leges_error_set(LEGES_EIO, "cannot write the report");
	xmlBufferFree(buf);
	return rc;
}

static bool same_file(const struct leges_finding *a, const struct leges_finding *b)
{
	return (!a->file && !b->file) || (a->file && b->file && !strcmp(a->file, b->file));
}

int leges_report_junit(FILE *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	xmlBufferPtr buf;
	xmlTextWriterPtr w = writer_for(out, &buf);
	size_t i, k;

	if (!w)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlTextWriterStartElement(w, (const xmlChar *)"testsuites");
	xmlTextWriterWriteAttribute(w, (const xmlChar *)"name", (const xmlChar *)"leges");
	xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"tests", "%zu", fs->n ? fs->n : o->files);
	xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"failures", "%zu", fs->n);
	for (i = 0; i < fs->n; i = k) {
		for (k = i; k < fs->n && same_file(&fs->v[i], &fs->v[k]); k++)
			;
		xmlTextWriterStartElement(w, (const xmlChar *)"testsuite");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"name",
					    (const xmlChar *)(fs->v[i].file ? fs->v[i].file : "leges"));
		xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"tests", "%zu", k - i);
		xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"failures", "%zu", k - i);
		for (; i < k; i++) {
			const struct leges_finding *f = &fs->v[i];

			xmlTextWriterStartElement(w, (const xmlChar *)"testcase");
			xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"name", "%s %s line %lu column %lu",
							  f->rule->code, f->rule->name, f->line, f->col);
			xmlTextWriterWriteAttribute(w, (const xmlChar *)"classname", (const xmlChar *)f->rule->code);
			if (f->file)
				xmlTextWriterWriteAttribute(w, (const xmlChar *)"file", (const xmlChar *)f->file);
			xmlTextWriterStartElement(w, (const xmlChar *)"failure");
			xmlTextWriterWriteAttribute(w, (const xmlChar *)"type",
						    (const xmlChar *)leges_severity_name(f->severity));
			xmlTextWriterWriteAttribute(w, (const xmlChar *)"message", (const xmlChar *)f->message);
			xmlTextWriterWriteFormatString(w, "%s:%lu:%lu: %s [%s %s]", f->file ? f->file : "leges", f->line,
						       f->col, f->message, f->rule->code, f->rule->name);
			xmlTextWriterEndElement(w);
			xmlTextWriterEndElement(w);
		}
		xmlTextWriterEndElement(w);
	}
	if (!fs->n) {
		/* A clean run is one passing test, so CI shows that the check ran. */
		xmlTextWriterStartElement(w, (const xmlChar *)"testsuite");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"name", (const xmlChar *)"leges");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"tests", (const xmlChar *)"1");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"failures", (const xmlChar *)"0");
		xmlTextWriterStartElement(w, (const xmlChar *)"testcase");
		xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"name", "%zu files checked", o->files);
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"classname", (const xmlChar *)"leges");
		xmlTextWriterEndElement(w);
		xmlTextWriterEndElement(w);
	}
	xmlTextWriterEndElement(w);
	return finish(out, w, buf);
}

int leges_report_checkstyle(FILE *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	xmlBufferPtr buf;
	xmlTextWriterPtr w = writer_for(out, &buf);
	size_t i, k;

	(void)o;
	if (!w)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlTextWriterStartElement(w, (const xmlChar *)"checkstyle");
	xmlTextWriterWriteAttribute(w, (const xmlChar *)"version", (const xmlChar *)"4.3");
	for (i = 0; i < fs->n; i = k) {
		for (k = i; k < fs->n && same_file(&fs->v[i], &fs->v[k]); k++)
			;
		xmlTextWriterStartElement(w, (const xmlChar *)"file");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"name",
					    (const xmlChar *)(fs->v[i].file ? fs->v[i].file : "leges"));
		for (; i < k; i++) {
			const struct leges_finding *f = &fs->v[i];

			xmlTextWriterStartElement(w, (const xmlChar *)"error");
			xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"line", "%lu", f->line);
			if (f->col)
				xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"column", "%lu", f->col);
			xmlTextWriterWriteAttribute(w, (const xmlChar *)"severity",
						    (const xmlChar *)leges_severity_name(f->severity));
			xmlTextWriterWriteAttribute(w, (const xmlChar *)"message", (const xmlChar *)f->message);
			xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)"source", "leges.%s.%s", f->rule->code,
							  f->rule->name);
			xmlTextWriterEndElement(w);
		}
		xmlTextWriterEndElement(w);
	}
	xmlTextWriterEndElement(w);
	return finish(out, w, buf);
}

/* GitHub workflow commands escape %, CR and LF in data, and also : and , in properties. */
static void gh_escape(FILE *out, const char *s, bool property)
{
	for (; *s; s++) {
		if (*s == '%')
			fputs("%25", out);
		else if (*s == '\r')
			fputs("%0D", out);
		else if (*s == '\n')
			fputs("%0A", out);
		else if (property && *s == ':')
			fputs("%3A", out);
		else if (property && *s == ',')
			fputs("%2C", out);
		else
			fputc(*s, out);
	}
}

int leges_report_github(FILE *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	size_t i;

	(void)o;
	for (i = 0; i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];
		const char *cmd = f->severity == LEGES_SEV_ERROR ? "error" :
				  f->severity == LEGES_SEV_WARNING ? "warning" : "notice";

		fprintf(out, "::%s ", cmd);
		if (f->file) {
			fputs("file=", out);
			gh_escape(out, f->file, true);
			if (f->line)
				fprintf(out, ",line=%lu", f->line);
			if (f->col)
				fprintf(out, ",col=%lu", f->col);
			fputc(',', out);
		}
		fputs("title=", out);
		gh_escape(out, f->rule->code, true);
		fputs(" ", out);
		gh_escape(out, f->rule->name, true);
		fputs("::", out);
		gh_escape(out, f->message, false);
		fputc('\n', out);
	}
	return ferror(out) ? leges_error_set(LEGES_EIO, "cannot write the report") : 0;
}
