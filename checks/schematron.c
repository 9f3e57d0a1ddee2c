/* schematron.c - ISO Schematron files given with --schematron (see engine.h). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/schematron.h>

#include "checks/engine.h"

struct leges_schematron {
	xmlSchematronPtr schema;
	xmlDocPtr doc;		/* a schema parsed from a document keeps it: ours to free */
	char *path;
};

struct perr {
	char first[512];
};

static void parse_error(void *data, xmlErrorPtr err)
{
	struct perr *pe = data;

	if (!pe->first[0])
		snprintf(pe->first, sizeof(pe->first), "line %d: %s", err->line, err->message ? err->message : "error");
}

/*
 * libxml2 2.9 fails with "internal error" on a <pattern> without a name,
 * which ISO Schematron allows: give each one its id, or a number.
 */
static void name_patterns(xmlNodePtr n)
{
	int k = 0;

	for (n = n ? n->children : NULL; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "pattern"))
			continue;
		k++;
		if (!xmlHasProp(n, (const xmlChar *)"name")) {
			xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
			char buf[32];

			snprintf(buf, sizeof(buf), "pattern-%d", k);
			xmlSetProp(n, (const xmlChar *)"name", id ? id : (const xmlChar *)buf);
			xmlFree(id);
		}
	}
}

int leges_schematron_load(struct leges_schematron **out, const char *path)
{
	struct leges_schematron *s;
	xmlSchematronParserCtxtPtr p;
	struct perr pe = { "" };
	xmlDocPtr doc;
	char *text = NULL;
	size_t len = 0, n;
	FILE *fp;

	*out = NULL;
	fp = fopen(path, "rb");
	if (!fp)
		return leges_error_set(LEGES_EINVAL, "cannot open schematron '%s': %s", path, strerror(errno));
	for (;;) {
		char buf[8192], *g;

		n = fread(buf, 1, sizeof(buf), fp);
		if (!n || len > ((size_t)16 << 20))
			break;
		g = realloc(text, len + n);
		if (!g)
			break;
		text = g;
		memcpy(text + len, buf, n);
		len += n;
	}
	fclose(fp);
	if (!text)
		return leges_error_set(LEGES_EINVAL, "schematron '%s' is empty", path);
	/* From memory: the entity loader, which reads only the schema directory, is not involved. */
	doc = xmlReadMemory(text, (int)len, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	free(text);
	if (!doc)
		return leges_error_set(LEGES_EINVAL, "schematron '%s' is not well-formed XML", path);
	name_patterns(xmlDocGetRootElement(doc));
	p = xmlSchematronNewDocParserCtxt(doc);
	s = calloc(1, sizeof(*s));
	if (!p || !s) {
		free(s);
		if (p)
			xmlSchematronFreeParserCtxt(p);
		else
			xmlFreeDoc(doc);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	xmlSetStructuredErrorFunc(&pe, parse_error);
	s->schema = xmlSchematronParse(p);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlSchematronFreeParserCtxt(p);
	s->doc = doc;
	if (!s->schema) {
		xmlFreeDoc(doc);
		free(s);
		return leges_error_set(LEGES_EINVAL, "schematron '%s' does not compile: %s", path,
				       pe.first[0] ? pe.first : "not an ISO Schematron schema");
	}
	s->path = strdup(path);
	*out = s;
	return 0;
}

void leges_schematron_free(struct leges_schematron *s)
{
	if (!s)
		return;
	xmlSchematronFree(s->schema);
	xmlFreeDoc(s->doc);
	free(s->path);
	free(s);
}

struct vstate {
	struct leges_check_ctx *ctx;
	int rc;
};

static void assertion(void *data, xmlErrorPtr err)
{
	struct vstate *vs = data;
	char msg[900];
	size_t n;

	if (vs->rc)
		return;
	/* libxml2 puts an XPath and "line 47:" before the text: the position is ours to give. */
	{
		const char *m = err->message ? err->message : "schematron assertion failed";
		const char *l = strstr(m, " line ");

		if (m[0] == '/' && l && strchr(l, ':'))
			m = strchr(l, ':') + 1;
		while (*m == ' ')
			m++;
		snprintf(msg, sizeof(msg), "%s", m);
	}
	n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (err->node)
		vs->rc = leges_report(vs->ctx, err->node, NULL, "%s", msg);
	else
		vs->rc = leges_report_pos(vs->ctx, (struct leges_pos){ (unsigned long)(err->line > 0 ? err->line : 0),
								      0, 0, false }, NULL, "%s", msg);
}

static int check(struct leges_check_ctx *ctx)
{
	const struct leges_schematron *s = ctx->opts->schematron;
	xmlSchematronValidCtxtPtr v;
	struct vstate vs = { ctx, 0 };

	if (!s)
		return 0;
	v = xmlSchematronNewValidCtxt(s->schema, XML_SCHEMATRON_OUT_ERROR | XML_SCHEMATRON_OUT_QUIET);
	if (!v)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlSchematronSetValidStructuredErrors(v, assertion, &vs);
	xmlSchematronValidateDoc(v, ctx->doc->in->xml);
	xmlSchematronFreeValidCtxt(v);
	return vs.rc;
}

const struct leges_rule leges_rule_sch001 = {
	.code = "SCH001",
	.name = "schematron-assertion",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an assertion of the ISO Schematron given with --schematron fails",
	.source = "ISO/IEC 19757-3 Schematron (XPath 1.0 query binding), run by libxml2",
	.check = check,
	.dialects = ~0u,
};
