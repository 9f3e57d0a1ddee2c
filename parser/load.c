/* load.c - safe loading of XML inputs (see load.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

#include "error.h"
#include "load.h"

#define MAX_ALLOWED 8

static char *allowed[MAX_ALLOWED];
static size_t nallowed;

/* Per-parse state, reached through ctxt->_private. */
struct state {
	struct leges_input *in;
	bool refused;
};

static bool path_allowed(const char *path)
{
	char real[PATH_MAX];
	size_t i;

	if (!realpath(path, real))
		return false;
	for (i = 0; i < nallowed; i++) {
		size_t n = strlen(allowed[i]);

		if (!strncmp(real, allowed[i], n) && (real[n] == '/' || real[n] == '\0'))
			return true;
	}
	return false;
}

/*
 * The only way libxml2 reaches files or the network on our behalf.  Schema
 * imports below an allowed directory are read; everything else is refused.
 */
static xmlParserInputPtr entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	char *path = NULL;
	xmlParserInputPtr input = NULL;

	(void)id;
	if (url) {
		if (!strncmp(url, "file://", 7))
			path = (char *)xmlURIUnescapeString(url + 7, 0, NULL);
		else if (!strstr(url, "://"))
			path = strdup(url);
	}
	/* Anything else gets NULL: libxml2 then reports that it failed to load it. */
	if (path && path_allowed(path))
		input = xmlNewInputFromFile(ctxt, path);
	free(path);
	return input;
}

void leges_load_init(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(entity_loader);
}

int leges_load_allow_dir(const char *dir)
{
	char real[PATH_MAX];

	if (nallowed == MAX_ALLOWED)
		return leges_error_set(LEGES_EINVAL, "too many schema directories");
	if (!realpath(dir, real))
		return leges_error_set(LEGES_ENOTFOUND, "cannot open '%s': %s", dir, strerror(errno));
	allowed[nallowed] = strdup(real);
	if (!allowed[nallowed])
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	nallowed++;
	return 0;
}

void leges_load_reset_allowed(void)
{
	while (nallowed)
		free(allowed[--nallowed]);
}

static void add_err(struct leges_input *in, enum leges_xmlerr_kind kind, bool ns, unsigned long line,
		    unsigned long col, const char *msg)
{
	struct leges_xmlerr *e;
	size_t n;
	char *copy;

	if (in->nerrs >= LEGES_MAX_XMLERRS) {
		in->dropped++;
		return;
	}
	e = realloc(in->errs, (in->nerrs + 1) * sizeof(*e));
	if (!e)
		return;
	in->errs = e;
	copy = strdup(msg ? msg : "unknown error");
	if (!copy)
		return;
	/* One line, no trailing newline or space. */
	for (n = 0; copy[n]; n++)
		if (copy[n] == '\n' || copy[n] == '\r')
			copy[n] = ' ';
	while (n && copy[n - 1] == ' ')
		copy[--n] = '\0';
	e = &in->errs[in->nerrs++];
	e->kind = kind;
	e->ns = ns;
	e->line = line;
	e->col = col;
	e->message = copy;
}

static void structured_error(void *data, xmlErrorPtr err)
{
	xmlParserCtxtPtr ctxt = data;
	struct state *st = ctxt ? ctxt->_private : NULL;
	enum leges_xmlerr_kind kind;
	const char *msg = err->message;

	if (!st)
		return;
	if (err->domain == XML_FROM_NAMESPACE)
		kind = err->level == XML_ERR_WARNING ? LEGES_XMLERR_WARNING : LEGES_XMLERR_NAMESPACE;
	else if (err->level == XML_ERR_WARNING)
		kind = LEGES_XMLERR_WARNING;
	else if (err->level == XML_ERR_FATAL)
		kind = LEGES_XMLERR_FATAL;
	else
		kind = LEGES_XMLERR_ERROR;	/* e.g. a duplicate xml:id: the tree is still usable */
	if (msg && strstr(msg, "Excessive depth in document"))
		msg = "elements nested too deeply (more than 256 levels)";
	else if (msg && strstr(msg, "Document is empty"))
		msg = "no root element: the file holds no XML";
	add_err(st->in, kind, err->domain == XML_FROM_NAMESPACE, err->line > 0 ? (unsigned long)err->line : 0,
		err->int2 > 0 ? (unsigned long)err->int2 : 0, msg);
}

static void refuse(xmlParserCtxtPtr ctxt, const char *msg)
{
	struct state *st = ctxt->_private;

	add_err(st->in, LEGES_XMLERR_FATAL, false, ctxt->input ? (unsigned long)ctxt->input->line : 0,
		ctxt->input ? (unsigned long)ctxt->input->col : 0, msg);
	st->refused = true;
	xmlStopParser(ctxt);
}

static void internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
			    const xmlChar *system_id)
{
	xmlParserCtxtPtr ctxt = ctx;

	char msg[512];

	if (external_id || system_id) {
		snprintf(msg, sizeof(msg), "external DTD refused: '%s' (leges never loads a DTD)",
			 (const char *)(system_id ? system_id : external_id));
		refuse(ctxt, msg);
		return;
	}
	xmlSAX2InternalSubset(ctx, name, external_id, system_id);
}

static void entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
			const xmlChar *system_id, xmlChar *content)
{
	char msg[512];

	(void)type; (void)public_id; (void)system_id; (void)content;
	snprintf(msg, sizeof(msg), "entity declaration refused: '%s' (entities are not allowed in leges inputs)",
		 (const char *)name);
	refuse(ctx, msg);
}

static void input_error_at(struct leges_input *in, size_t offset, const char *msg)
{
	struct leges_pos pos = leges_srcmap_at(&in->map, offset);

	add_err(in, LEGES_XMLERR_FATAL, false, pos.line, pos.col, msg);
}

/* Refuse inputs that are plainly not XML text before libxml2 sees them. */
static bool precheck(struct leges_input *in)
{
	const unsigned char *b = (const unsigned char *)in->buf;
	const char *nul;
	char msg[128];

	if (in->len == 0) {
		add_err(in, LEGES_XMLERR_FATAL, false, 1, 1, "file is empty");
		return false;
	}
	if (in->len >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))) {
		add_err(in, LEGES_XMLERR_FATAL, false, 1, 1,
			"UTF-16 input is not supported: convert the file to UTF-8");
		return false;
	}
	nul = memchr(in->buf, '\0', in->len);
	if (nul) {
		snprintf(msg, sizeof(msg), "binary file: NUL byte at offset %zu, not XML text",
			 (size_t)(nul - in->buf));
		input_error_at(in, (size_t)(nul - in->buf), msg);
		return false;
	}
	return true;
}

#define CHUNK ((size_t)1 << 16)

/*
 * Feed the bytes to a push parser in chunks: libxml2 keeps only a window of
 * the input, so a large file is not held twice.
 */
static int parse(struct leges_input *in, bool read_only)
{
	xmlParserCtxtPtr ctxt = NULL;
	struct state st = { in, false };
	size_t off = in->len < 4 ? in->len : 4;
	int rc = 0;

	ctxt = xmlCreatePushParserCtxt(NULL, NULL, in->buf, (int)off, in->path);
	if (!ctxt)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | (read_only ? XML_PARSE_COMPACT : 0));
	ctxt->_private = &st;
	ctxt->sax->serror = structured_error;
	ctxt->sax->internalSubset = internal_subset;
	ctxt->sax->entityDecl = entity_decl;
	while (off < in->len && !st.refused && !ctxt->disableSAX) {
		size_t n = in->len - off < CHUNK ? in->len - off : CHUNK;

		if (xmlParseChunk(ctxt, in->buf + off, (int)n, 0) != XML_ERR_OK && !ctxt->wellFormed)
			break;
		off += n;
	}
	if (!st.refused && ctxt->wellFormed)
		xmlParseChunk(ctxt, NULL, 0, 1);
	if (ctxt->wellFormed && !st.refused && ctxt->myDoc && xmlDocGetRootElement(ctxt->myDoc)) {
		in->xml = ctxt->myDoc;
		ctxt->myDoc = NULL;
	} else {
		if (!in->nerrs)
			add_err(in, LEGES_XMLERR_FATAL, false, 1, 1, "not well-formed");
		rc = LEGES_EPARSE;
	}
	if (ctxt->myDoc)
		xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	return rc;
}

static int load(struct leges_input *in, bool read_only)
{
	int rc;

	rc = leges_srcmap_init(&in->map, in->buf, in->len);
	if (rc < 0)
		return rc;
	if (!precheck(in))
		return LEGES_EPARSE;
	rc = parse(in, read_only);
	if (rc < 0)
		return rc;
	/* A tree that stays as parsed can be matched against the bytes when a position is first needed. */
	if (read_only)
		leges_pos_annotate_later(&in->map, in->xml);
	else
		leges_pos_annotate(&in->map, in->xml);
	return 0;
}

static struct leges_input *input_new(const char *name)
{
	struct leges_input *in = calloc(1, sizeof(*in));

	if (!in)
		return NULL;
	in->path = strdup(name);
	if (!in->path) {
		free(in);
		return NULL;
	}
	return in;
}

int leges_load_file(struct leges_input **out, const char *path, const struct leges_load_opts *opts)
{
	size_t max = opts && opts->max_size ? opts->max_size : LEGES_DEFAULT_MAX_SIZE;
	struct leges_input *in = NULL;
	struct stat sb;
	size_t got = 0;
	int fd, rc;

	*out = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return leges_error_set(LEGES_EIO, "cannot open '%s': %s", path, strerror(errno));
	if (fstat(fd, &sb) < 0) {
		rc = leges_error_set(LEGES_EIO, "cannot read '%s': %s", path, strerror(errno));
		goto out_close;
	}
	if (S_ISDIR(sb.st_mode)) {
		rc = leges_error_set(LEGES_EIO, "cannot read '%s': Is a directory", path);
		goto out_close;
	}
	if (!S_ISREG(sb.st_mode)) {
		rc = leges_error_set(LEGES_EIO, "cannot read '%s': not a regular file", path);
		goto out_close;
	}
	if ((uintmax_t)sb.st_size > (uintmax_t)max || (uintmax_t)sb.st_size > INT_MAX) {
		rc = leges_error_set(LEGES_EIO, "'%s' is %jd bytes, over the size limit of %zu bytes (--max-size)",
				     path, (intmax_t)sb.st_size, max);
		goto out_close;
	}
	in = input_new(path);
	if (!in) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out_close;
	}
	in->buf = malloc((size_t)sb.st_size + 1);
	if (!in->buf) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory reading '%s'", path);
		goto out_free;
	}
	while (got < (size_t)sb.st_size) {
		ssize_t n = read(fd, in->buf + got, (size_t)sb.st_size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = leges_error_set(LEGES_EIO, "cannot read '%s': %s", path, strerror(errno));
			goto out_free;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	in->buf[got] = '\0';
	in->len = got;
	close(fd);
	rc = load(in, opts && opts->read_only);
	*out = in;
	return rc;
out_free:
	leges_input_free(in);
out_close:
	close(fd);
	return rc;
}

int leges_load_memory(struct leges_input **out, const char *name, const char *data, size_t len,
		      const struct leges_load_opts *opts)
{
	size_t max = opts && opts->max_size ? opts->max_size : LEGES_DEFAULT_MAX_SIZE;
	struct leges_input *in;

	*out = NULL;
	if (len > max || len > INT_MAX)
		return leges_error_set(LEGES_EIO, "'%s' is %zu bytes, over the size limit of %zu bytes",
				       name, len, max);
	in = input_new(name);
	if (!in)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	in->buf = malloc(len + 1);
	if (!in->buf) {
		leges_input_free(in);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	memcpy(in->buf, data, len);
	in->buf[len] = '\0';
	in->len = len;
	*out = in;
	return load(in, opts && opts->read_only);
}

void leges_input_free(struct leges_input *in)
{
	size_t i;

	if (!in)
		return;
	for (i = 0; i < in->nerrs; i++)
		free(in->errs[i].message);
	free(in->errs);
	if (in->xml)
		xmlFreeDoc(in->xml);
	leges_srcmap_release(&in->map);
	free(in->buf);
	free(in->path);
	free(in);
}
