/* xslt.c - safe in-process XSLT (see xslt.h). */
#include "config.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libexslt/exslt.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "parser/error.h"
#include "transform/xslt.h"

struct leges_embedded {
	const char *name, *text;
	size_t len;
};
extern const struct leges_embedded leges_stylesheets[];

struct leges_xslt {
	xsltStylesheetPtr sheet;
	char *name;
};

#define MAX_CACHED 32

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static struct leges_xslt *cache[MAX_CACHED];
static xsltSecurityPrefsPtr prefs;
static char load_error[512];

const char *leges_embedded_file(const char *name, size_t *len)
{
	const char *base;
	size_t i;

	if (!name)
		return NULL;
	base = strrchr(name, '/');
	base = base ? base + 1 : name;
	for (i = 0; leges_stylesheets[i].name; i++)
		if (!strcmp(leges_stylesheets[i].name, base)) {
			if (len)
				*len = leges_stylesheets[i].len;
			return leges_stylesheets[i].text;
		}
	return NULL;
}

/* xsl:import, xsl:include and document(): embedded files only. */
static xmlDocPtr loader(const xmlChar *uri, xmlDictPtr dict, int options, void *ctxt, xsltLoadType type)
{
	size_t len;
	const char *text = leges_embedded_file((const char *)uri, &len);

	(void)dict; (void)options; (void)ctxt; (void)type;
	if (!text) {
		snprintf(load_error, sizeof(load_error), "a stylesheet asked for '%s', which is not embedded",
			 (const char *)uri);
		return NULL;
	}
	return xmlReadMemory(text, (int)len, (const char *)uri, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
}

static void init(void)
{
	exsltRegisterAll();
	xsltSetLoaderFunc(loader);
	prefs = xsltNewSecurityPrefs();
	if (prefs) {
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, xsltSecurityForbid);
	}
}

/* Collect libxslt's messages into one line for the error. */
static void quiet_error(void *ctx, const char *msg, ...)
{
	char *buf = ctx;
	size_t n = strlen(buf);
	va_list ap;

	if (n >= 400)
		return;
	va_start(ap, msg);
	vsnprintf(buf + n, 512 - n, msg, ap);
	va_end(ap);
	for (; buf[n]; n++)
		if (buf[n] == '\n')
			buf[n] = ' ';
}

int leges_xslt_compile_memory(struct leges_xslt **out, const char *name, const char *text, size_t len)
{
	char errors[512] = "";
	struct leges_xslt *x;
	xmlDocPtr doc;

	*out = NULL;
	pthread_once(&once, init);
	xsltSetGenericErrorFunc(errors, quiet_error);
	xmlSetGenericErrorFunc(errors, quiet_error);
	doc = xmlReadMemory(text, (int)len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (!doc) {
		xsltSetGenericErrorFunc(NULL, NULL);
		xmlSetGenericErrorFunc(NULL, NULL);
		return leges_error_set(LEGES_EPARSE, "stylesheet '%s' is not well-formed: %s", name, errors);
	}
	x = calloc(1, sizeof(*x));
	if (!x || !(x->name = strdup(name))) {
		free(x);
		xmlFreeDoc(doc);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	/* On success the stylesheet owns doc; when it returns NULL, libxslt 1.1.35 leaves doc to us. */
	x->sheet = xsltParseStylesheetDoc(doc);
	if (!x->sheet)
		xmlFreeDoc(doc);
	xsltSetGenericErrorFunc(NULL, NULL);
	xmlSetGenericErrorFunc(NULL, NULL);
	if (!x->sheet || x->sheet->errors) {
		int rc = leges_error_set(LEGES_EINVAL, "stylesheet '%s' does not compile: %s%s", name, errors,
					 load_error);

		if (x->sheet)
			xsltFreeStylesheet(x->sheet);
		free(x->name);
		free(x);
		return rc;
	}
	*out = x;
	return 0;
}

void leges_xslt_free(struct leges_xslt *x)
{
	if (!x)
		return;
	xsltFreeStylesheet(x->sheet);
	free(x->name);
	free(x);
}

int leges_xslt_get(const struct leges_xslt **out, const char *name)
{
	struct leges_xslt *x = NULL;
	const char *text;
	size_t i, len;
	int rc = 0;

	*out = NULL;
	pthread_mutex_lock(&lock);
	for (i = 0; i < MAX_CACHED && cache[i]; i++)
		if (!strcmp(cache[i]->name, name)) {
			*out = cache[i];
			goto out;
		}
	text = leges_embedded_file(name, &len);
	if (!text) {
		rc = leges_error_set(LEGES_ENOTFOUND, "no stylesheet '%s' is built in", name);
		goto out;
	}
	if (i == MAX_CACHED) {
		rc = leges_error_set(LEGES_EINTERNAL, "too many stylesheets");
		goto out;
	}
	rc = leges_xslt_compile_memory(&x, name, text, len);
	if (!rc)
		*out = cache[i] = x;
out:
	pthread_mutex_unlock(&lock);
	return rc;
}

int leges_xslt_run(const struct leges_xslt *x, xmlDocPtr doc, const char *const *params, xmlDocPtr *result)
{
	xsltTransformContextPtr tctxt;
	char errors[512] = "";
	int rc = 0;

	*result = NULL;
	tctxt = xsltNewTransformContext(x->sheet, doc);
	if (!tctxt)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	if (prefs && xsltSetCtxtSecurityPrefs(prefs, tctxt) != 0) {
		xsltFreeTransformContext(tctxt);
		return leges_error_set(LEGES_EINTERNAL, "cannot set the XSLT security preferences");
	}
	xsltSetTransformErrorFunc(tctxt, errors, quiet_error);
	if (params && xsltQuoteUserParams(tctxt, (const char **)params) != 0) {
		xsltFreeTransformContext(tctxt);
		return leges_error_set(LEGES_EINVAL, "bad stylesheet parameters for '%s'", x->name);
	}
	*result = xsltApplyStylesheetUser(x->sheet, doc, NULL, NULL, NULL, tctxt);
	if (!*result || tctxt->state == XSLT_STATE_ERROR || tctxt->state == XSLT_STATE_STOPPED) {
		rc = leges_error_set(LEGES_EINTERNAL, "stylesheet '%s' failed: %s", x->name,
				     errors[0] ? errors : "no result");
		xmlFreeDoc(*result);
		*result = NULL;
	}
	xsltFreeTransformContext(tctxt);
	return rc;
}

int leges_xslt_save_html5(xmlDocPtr result, FILE *out)
{
	xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
	xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, utf8);

	if (!buf)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlOutputBufferWriteString(buf, "<!DOCTYPE html>\n");
	htmlDocContentDumpFormatOutput(buf, result, "UTF-8", 1);
	if (xmlOutputBufferClose(buf) < 0 || ferror(out))
		return leges_error_set(LEGES_EIO, "cannot write the HTML page");
	return 0;
}

int leges_xslt_save(const struct leges_xslt *x, xmlDocPtr result, FILE *out)
{
	if (xsltSaveResultToFile(out, result, x->sheet) < 0 || ferror(out))
		return leges_error_set(LEGES_EIO, "cannot write the transformed document");
	return 0;
}
