/* engine.c - run rules over documents (see engine.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/engine.h"

extern const struct leges_rule leges_rule_akn001, leges_rule_akn002, leges_rule_akn004,
	leges_rule_akn005, leges_rule_akn006;

void leges_findings_init(struct leges_findings *f)
{
	memset(f, 0, sizeof(*f));
}

static void finding_release(struct leges_finding *f)
{
	free(f->file);
	free(f->message);
	free(f->eid);
	free(f->context);
}

void leges_findings_release(struct leges_findings *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		finding_release(&f->v[i]);
	free(f->v);
	memset(f, 0, sizeof(*f));
}

static int push(struct leges_findings *f, struct leges_finding *item)
{
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 32;
		struct leges_finding *v = realloc(f->v, cap * sizeof(*v));

		if (!v)
			return leges_error_set(LEGES_ENOMEM, "out of memory");
		f->v = v;
		f->cap = cap;
	}
	f->v[f->n++] = *item;
	return 0;
}

int leges_findings_move(struct leges_findings *dst, struct leges_findings *src)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < src->n; i++) {
		if (!rc)
			rc = push(dst, &src->v[i]);
		if (rc)
			finding_release(&src->v[i]);
	}
	free(src->v);
	memset(src, 0, sizeof(*src));
	return rc;
}

static int cmp_finding(const void *pa, const void *pb)
{
	const struct leges_finding *a = pa, *b = pb;
	int c;

	if (!a->file != !b->file)
		return a->file ? 1 : -1;
	if (a->file && (c = strcmp(a->file, b->file)))
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	if ((c = strcmp(a->rule->code, b->rule->code)))
		return c;
	return strcmp(a->message, b->message);
}

void leges_findings_sort(struct leges_findings *f)
{
	if (f->n > 1)
		qsort(f->v, f->n, sizeof(*f->v), cmp_finding);
}

/* --- selection ------------------------------------------------------------------ */

bool leges_rule_matches(const struct leges_rule *rule, const char *sel)
{
	size_t n = strlen(sel);

	if (!strcasecmp(sel, "ALL"))
		return true;
	if (!strcmp(sel, rule->name))
		return true;
	return n && n <= strlen(rule->code) && !strncasecmp(rule->code, sel, n);
}

static bool matches_any(const struct leges_rule *rule, const char *const *list)
{
	for (; list && *list; list++)
		if (leges_rule_matches(rule, *list))
			return true;
	return false;
}

bool leges_rule_selected(const struct leges_rule *rule, const struct leges_engine_opts *opts)
{
	if (opts->select && opts->select[0] && !matches_any(rule, opts->select))
		return false;
	return !matches_any(rule, opts->ignore);
}

unsigned leges_doc_profile(const struct leges_doc *doc)
{
	const char *c = doc->country;

	if (!*c && doc->frbr.work.val[LEGES_FRBR_URI] &&
	    !strncmp(doc->frbr.work.val[LEGES_FRBR_URI], "/akn/", 5))
		c = doc->frbr.work.val[LEGES_FRBR_URI] + 5;
	if (!strncasecmp(c, "be-vlg", 6))
		return LEGES_PROFILE_BE_VLG;
	if (!strncasecmp(c, "be", 2) && (c[2] == '\0' || c[2] == '-' || c[2] == '/'))
		return LEGES_PROFILE_BE;
	if (!strncasecmp(c, "eu", 2) && (c[2] == '\0' || c[2] == '/'))
		return LEGES_PROFILE_EU;
	return LEGES_PROFILE_GENERIC;
}

/* --- reporting -------------------------------------------------------------------- */

static unsigned long long fnv(unsigned long long h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Hash of an element's text with white space folded: stable when lines move. */
static unsigned long long text_hash(unsigned long long h, const xmlNode *node)
{
	const xmlNode *n = node ? node->children : NULL;
	bool space = false;

	while (n && n != node) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
			const char *p;

			for (p = (const char *)n->content; *p; p++) {
				if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
					space = true;
					continue;
				}
				if (space) {
					h ^= ' ';
					h *= 1099511628211ULL;
					space = false;
				}
				h ^= (unsigned char)*p;
				h *= 1099511628211ULL;
			}
		}
		if (n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n != node && !n->next)
			n = n->parent;
		if (n != node)
			n = n->next;
	}
	return h;
}

static const xmlNode *eid_holder(const struct leges_doc *doc, const xmlNode *node)
{
	while (node && node->type != XML_ELEMENT_NODE)
		node = node->parent;
	for (; node && node->type == XML_ELEMENT_NODE; node = node->parent)
		if (leges_attr(node, doc->eid_attr))
			return node;
	return NULL;
}

static int report_va(struct leges_check_ctx *ctx, struct leges_pos pos, const xmlNode *node,
		     const char *fmt, va_list ap)
{
	struct leges_finding f;
	const xmlNode *holder;
	char buf[1024];
	int rc;

	memset(&f, 0, sizeof(f));
	vsnprintf(buf, sizeof(buf), fmt, ap);
	f.rule = ctx->rule;
	f.severity = ctx->rule->severity;
	f.line = pos.line;
	f.col = pos.col;
	f.file = strdup(ctx->doc->in->path);
	f.message = strdup(buf);
	holder = ctx->doc ? eid_holder(ctx->doc, node) : NULL;
	if (holder)
		f.eid = strdup(leges_attr(holder, ctx->doc->eid_attr));
	f.fingerprint = fnv(14695981039346656037ULL, ctx->rule->code);
	f.fingerprint = fnv(f.fingerprint, f.eid ? f.eid : (node ? (const char *)node->name : ""));
	f.fingerprint = fnv(f.fingerprint, buf);
	f.fingerprint = text_hash(f.fingerprint, holder ? holder : node);
	if (!f.file || !f.message || (holder && !f.eid)) {
		finding_release(&f);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	rc = push(ctx->out, &f);
	if (rc)
		finding_release(&f);
	return rc;
}

int leges_report(struct leges_check_ctx *ctx, const xmlNode *node, const char *attr, const char *fmt, ...)
{
	struct leges_pos pos;
	va_list ap;
	int rc;

	pos = attr ? leges_doc_pos_attr(ctx->doc, node, attr) : leges_doc_pos(ctx->doc, node);
	va_start(ap, fmt);
	rc = report_va(ctx, pos, node, fmt, ap);
	va_end(ap);
	return rc;
}

int leges_report_pos(struct leges_check_ctx *ctx, struct leges_pos pos, const xmlNode *node,
		     const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = report_va(ctx, pos, node, fmt, ap);
	va_end(ap);
	return rc;
}

/* A finding about an input that has no model (not well-formed). */
static int report_input(const struct leges_rule *rule, enum leges_severity severity, const char *path,
			unsigned long line, unsigned long col, const char *msg, struct leges_findings *out)
{
	struct leges_finding f;
	int rc;

	memset(&f, 0, sizeof(f));
	f.rule = rule;
	f.severity = severity;
	f.file = strdup(path);
	f.message = strdup(msg);
	f.line = line;
	f.col = col;
	f.fingerprint = fnv(fnv(14695981039346656037ULL, rule->code), msg);
	if (!f.file || !f.message) {
		finding_release(&f);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	rc = push(out, &f);
	if (rc)
		finding_release(&f);
	return rc;
}

/* --- running --------------------------------------------------------------------- */

static bool runs_on(const struct leges_rule *rule, const struct leges_doc *doc, unsigned profile)
{
	unsigned dialects = rule->dialects ? rule->dialects : (1u << LEGES_DIALECT_AKN30);

	return (dialects & (1u << doc->dialect)) && (rule->profiles & profile);
}

int leges_check_doc(struct leges_doc *doc, const struct leges_engine_opts *opts, struct leges_findings *out)
{
	struct leges_check_ctx ctx = { NULL, doc, out, opts };
	const struct leges_rule *const *rules;
	unsigned profile = opts->profile ? opts->profile : leges_doc_profile(doc);
	size_t i, n;
	int rc = 0;

	/*
	 * libxml2's errors and warnings on a usable tree: namespace ones are
	 * AKN002, the others AKN006; a libxml2 warning stays a warning.
	 */
	for (i = 0; i < doc->in->nerrs && !rc; i++) {
		const struct leges_xmlerr *e = &doc->in->errs[i];
		const struct leges_rule *r = e->ns ? &leges_rule_akn002 : &leges_rule_akn006;

		if (e->kind == LEGES_XMLERR_FATAL || !leges_rule_selected(r, opts))
			continue;
		rc = report_input(r, e->kind == LEGES_XMLERR_WARNING ? LEGES_SEV_WARNING : r->severity,
				  doc->in->path, e->line, e->col, e->message, out);
	}
	if (rc)
		return rc;
	if (doc->dialect != LEGES_DIALECT_AKN30 && leges_rule_selected(&leges_rule_akn004, opts)) {
		ctx.rule = &leges_rule_akn004;
		rc = leges_report(&ctx, doc->root, NULL,
				  "document is in %s (namespace '%s'), not Akoma Ntoso 3.0: only the checks that fit it run",
				  leges_dialect_name(doc->dialect), doc->ns ? doc->ns : "");
		if (rc)
			return rc;
	}
	if (opts->schema && doc->dialect == LEGES_DIALECT_AKN30 &&
	    leges_rule_selected(&leges_rule_akn005, opts)) {
		ctx.rule = &leges_rule_akn005;
		rc = leges_schema_validate(opts->schema, &ctx);
		if (rc)
			return rc;
	}
	rules = leges_rules(&n);
	for (i = 0; i < n && !rc; i++) {
		if (!rules[i]->check || !leges_rule_selected(rules[i], opts) || !runs_on(rules[i], doc, profile))
			continue;
		ctx.rule = rules[i];
		rc = rules[i]->check(&ctx);
	}
	return rc;
}

int leges_check_file(const char *path, const struct leges_engine_opts *opts, struct leges_findings *out)
{
	struct leges_load_opts lopts = { opts->max_size };
	struct leges_input *in = NULL;
	struct leges_doc *doc = NULL;
	size_t i;
	int rc;

	rc = leges_load_file(&in, path, &lopts);
	if (rc == LEGES_EPARSE) {
		/* The first fatal error is the one to fix; the rest often follow from it. */
		for (i = 0; i < in->nerrs; i++)
			if (in->errs[i].kind == LEGES_XMLERR_FATAL)
				break;
		if (i == in->nerrs)
			i = 0;
		rc = report_input(&leges_rule_akn001, leges_rule_akn001.severity, path,
				  in->nerrs ? in->errs[i].line : 1,
				  in->nerrs ? in->errs[i].col : 1,
				  in->nerrs ? in->errs[i].message : "not well-formed", out);
		leges_input_free(in);
		return rc ? rc : LEGES_EPARSE;
	}
	if (rc)
		return rc;
	rc = leges_doc_build(&doc, in);
	if (rc)
		return rc;
	rc = leges_check_doc(doc, opts, out);
	leges_doc_free(doc);
	return rc;
}
