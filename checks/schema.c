/* schema.c - validation against the AKN 3.0 XSD (see engine.h). */
#include "config.h"

#include <malloc.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pthread.h>

#include <libxml/xmlschemas.h>

#include "checks/engine.h"
#include "parser/load.h"

struct leges_schema {
	xmlSchemaPtr xsd;	/* NULL once released (leges_schema_release_after) */
	char *path;
	pthread_mutex_t lock;
	size_t left;		/* validations before the compiled schema is freed; 0: never */
};

struct parse_errors {
	char first[512];
};

static void schema_parse_error(void *data, xmlErrorPtr err)
{
	struct parse_errors *pe = data;

	if (!pe->first[0] && err->level >= XML_ERR_ERROR)
		snprintf(pe->first, sizeof(pe->first), "%s:%d: %s", err->file ? err->file : "?", err->line,
			 err->message ? err->message : "error");
}

int leges_schema_load(struct leges_schema **out, const char *dir)
{
	struct leges_schema *s = NULL;
	xmlSchemaParserCtxtPtr pctxt = NULL;
	struct parse_errors pe = { "" };
	struct stat sb;
	size_t n;
	int rc;

	*out = NULL;
	s = calloc(1, sizeof(*s));
	if (!s)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	pthread_mutex_init(&s->lock, NULL);
	n = strlen(dir) + sizeof("/akomantoso30.xsd");
	s->path = malloc(n);
	if (!s->path) {
		pthread_mutex_destroy(&s->lock);
		free(s);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	snprintf(s->path, n, "%s/akomantoso30.xsd", dir);
	if (stat(s->path, &sb) < 0) {
		rc = leges_error_set(LEGES_ENOTFOUND, "no Akoma Ntoso schema at '%s': %s", s->path,
				     strerror(errno));
		goto out_free;
	}
	rc = leges_load_allow_dir(dir);
	if (rc)
		goto out_free;
	pctxt = xmlSchemaNewParserCtxt(s->path);
	if (!pctxt) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out_free;
	}
	xmlSchemaSetParserStructuredErrors(pctxt, schema_parse_error, &pe);
	s->xsd = xmlSchemaParse(pctxt);
	xmlSchemaFreeParserCtxt(pctxt);
	if (!s->xsd) {
		rc = leges_error_set(LEGES_ENOTFOUND, "cannot use the schema '%s': %s", s->path,
				     pe.first[0] ? pe.first : "it does not parse");
		goto out_free;
	}
	*out = s;
	return 0;
out_free:
	leges_schema_free(s);
	return rc;
}

void leges_schema_free(struct leges_schema *s)
{
	if (!s)
		return;
	if (s->xsd)
		xmlSchemaFree(s->xsd);
	pthread_mutex_destroy(&s->lock);
	free(s->path);
	free(s);
}

void leges_schema_release_after(struct leges_schema *s, size_t n)
{
	s->left = n;
}

/* One validation is over: after the last one the compiled schema goes (see engine.h). */
static void validation_done(const struct leges_schema *cs)
{
	struct leges_schema *s = (struct leges_schema *)cs;	/* the count and lock are the schema's own */

	pthread_mutex_lock(&s->lock);
	if (s->left && !--s->left) {
		xmlSchemaFree(s->xsd);
		s->xsd = NULL;
	}
	pthread_mutex_unlock(&s->lock);
}

const char *leges_schema_path(const struct leges_schema *s)
{
	return s->path;
}

struct vstate {
	struct leges_check_ctx *ctx;
	int rc;
	size_t count;
};

#define MAX_SCHEMA_FINDINGS 1000

static void valid_error(void *data, xmlErrorPtr err)
{
	struct vstate *vs = data;
	struct leges_pos pos = { 0, 0, 0, false };
	const xmlNode *node = err->node;
	char msg[900];
	size_t n;

	if (vs->rc || err->level < XML_ERR_ERROR)
		return;
	/* libxml2 follows a facet error with this one about the same value: say it once. */
	if (err->message && strstr(err->message, "No precomputed value available"))
		return;
	if (++vs->count > MAX_SCHEMA_FINDINGS)
		return;
	snprintf(msg, sizeof(msg), "%s", err->message ? err->message : "schema error");
	n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (node && node->type == XML_ELEMENT_NODE)
		pos = leges_doc_pos(vs->ctx->doc, node);
	if (!pos.line && err->line > 0)
		pos.line = (unsigned long)err->line;
	vs->rc = leges_report_pos(vs->ctx, pos, node, "%s", msg);
}

int leges_schema_validate(const struct leges_schema *s, struct leges_check_ctx *ctx)
{
	xmlSchemaValidCtxtPtr v;
	struct vstate vs = { ctx, 0, 0 };

	if (!s->xsd)
		return leges_error_set(LEGES_EINTERNAL, "the schema was released before its last document");
	v = xmlSchemaNewValidCtxt(s->xsd);
	if (!v)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlSchemaSetValidStructuredErrors(v, valid_error, &vs);
	xmlSchemaValidateDoc(v, ctx->doc->in->xml);
	xmlSchemaFreeValidCtxt(v);
	validation_done(s);
	/* What validation (and the schema) freed goes back to the system before the model takes memory. */
	malloc_trim(0);
	if (!vs.rc && vs.count > MAX_SCHEMA_FINDINGS)
		vs.rc = leges_report(ctx, ctx->doc->root, NULL,
				     "%zu more schema errors not shown", vs.count - MAX_SCHEMA_FINDINGS);
	return vs.rc;
}
