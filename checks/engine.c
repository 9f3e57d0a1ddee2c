/* engine.c - run rules over documents (see engine.h). */
#include "config.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "checks/engine.h"

extern const struct leges_rule leges_rule_akn001, leges_rule_akn002, leges_rule_akn004,
	leges_rule_akn005, leges_rule_akn006, leges_rule_leg901, leges_rule_leg902;

void leges_findings_init(struct leges_findings *f)
{
	memset(f, 0, sizeof(*f));
}

static void finding_release(struct leges_finding *f)
{
	if (f->fix) {
		free(f->fix->text);
		free(f->fix);
	}
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
	/* The translation has the same conversions, in the same order. */
	vsnprintf(buf, sizeof(buf), leges_tr(fmt, ctx->opts ? ctx->opts->lang : LEGES_LANG_EN), ap);
	f.rule = ctx->rule;
	f.severity = ctx->rule->severity;
	f.line = pos.line;
	f.col = pos.col;
	f.offset = pos.offset;
	f.has_offset = pos.exact;
	f.file = strdup(ctx->doc->in->path);
	f.message = strdup(buf);
	holder = ctx->doc ? eid_holder(ctx->doc, node) : NULL;
	if (holder)
		f.eid = strdup(leges_attr(holder, ctx->doc->eid_attr));
	/* Rule, eId and the element's normalised text: what a baseline keys on (DESIGN 5). */
	f.fingerprint = fnv(14695981039346656037ULL, ctx->rule->code);
	f.fingerprint = fnv(f.fingerprint, f.eid ? f.eid : (node ? (const char *)node->name : ""));
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

int leges_report_fix(struct leges_check_ctx *ctx, size_t start, size_t end, char *text)
{
	struct leges_finding *f = ctx->out->n ? &ctx->out->v[ctx->out->n - 1] : NULL;
	struct leges_pos a, b;

	if (!f || f->fix) {
		free(text);
		return 0;
	}
	f->fix = calloc(1, sizeof(*f->fix));
	if (!f->fix) {
		free(text);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	a = leges_srcmap_at(&ctx->doc->in->map, start);
	b = leges_srcmap_at(&ctx->doc->in->map, end);
	f->fix->start = start;
	f->fix->end = end;
	f->fix->start_line = a.line;
	f->fix->start_col = a.col;
	f->fix->end_line = b.line;
	f->fix->end_col = b.col;
	f->fix->text = text;
	return 0;
}

/* --- languages ---------------------------------------------------------------------- */

int leges_lang_parse(const char *s, enum leges_lang *out)
{
	static const struct { const char *code; enum leges_lang lang; } codes[] = {
		{ "en", LEGES_LANG_EN }, { "eng", LEGES_LANG_EN }, { "nl", LEGES_LANG_NL },
		{ "nld", LEGES_LANG_NL }, { "dut", LEGES_LANG_NL }, { "fr", LEGES_LANG_FR },
		{ "fra", LEGES_LANG_FR }, { "fre", LEGES_LANG_FR },
	};
	size_t i, n;

	*out = LEGES_LANG_OTHER;
	if (!s)
		return LEGES_EINVAL;
	n = strcspn(s, "-_@.");	/* nl-BE, nl_BE.UTF-8 */
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (strlen(codes[i].code) == n && !strncasecmp(s, codes[i].code, n)) {
			*out = codes[i].lang;
			return 0;
		}
	return leges_error_set(LEGES_EINVAL, "unknown language '%s' (use nl, fr or en)", s);
}

const char *leges_lang_code(enum leges_lang lang)
{
	static const char *const codes[] = { "en", "nl", "fr", "" };

	return codes[lang <= LEGES_LANG_OTHER ? lang : LEGES_LANG_OTHER];
}

enum leges_lang leges_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	enum leges_lang lang;
	size_t i;

	for (i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v) {
			leges_error_clear();
			if (leges_lang_parse(v, &lang) == 0)
				return lang;
			leges_error_clear();
			return LEGES_LANG_EN;
		}
	}
	return LEGES_LANG_EN;
}

enum leges_lang leges_doc_lang(const struct leges_doc *doc)
{
	enum leges_lang lang = LEGES_LANG_OTHER;
	const xmlNode *n;

	if (doc->lang[0]) {
		leges_lang_parse(doc->lang, &lang);
		leges_error_clear();
		return lang;
	}
	for (n = doc->main ? doc->main : doc->root; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		xmlChar *l = xmlNodeGetLang(n);

		if (l) {
			leges_lang_parse((const char *)l, &lang);
			leges_error_clear();
			xmlFree(l);
			return lang;
		}
	}
	return LEGES_LANG_OTHER;
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

/* --- suppressions ------------------------------------------------------------------ */

struct suppression {
	const xmlNode *pi;
	char *codes;		/* owned: "TXT401,STR" */
	bool has_reason, file, used;
	size_t start, end;	/* the byte range it covers */
};

static bool node_start(const struct leges_doc *doc, const xmlNode *n, size_t *off)
{
	struct leges_pos p = leges_doc_pos(doc, n);

	*off = p.offset;
	return p.exact;
}

/* Parse <?leges ignore CODES reason="…"?> and <?leges ignore-file …?>; false if it is not one. */
static bool parse_pi(const struct leges_doc *doc, const xmlNode *pi, struct suppression *s)
{
	const char *c = (const char *)pi->content;
	const xmlNode *el, *n;
	size_t len;

	memset(s, 0, sizeof(*s));
	s->pi = pi;
	if (!c)
		return false;
	while (*c == ' ')
		c++;
	if (!strncmp(c, "ignore-file", 11) && (c[11] == ' ' || !c[11])) {
		s->file = true;
		c += 11;
	} else if (!strncmp(c, "ignore", 6) && (c[6] == ' ' || !c[6])) {
		c += 6;
	} else {
		return false;
	}
	while (*c == ' ')
		c++;
	len = strcspn(c, " ");
	s->codes = strndup(c, len);
	s->has_reason = strstr(c, "reason=\"") && !strstr(c, "reason=\"\"");
	if (s->file) {
		s->start = 0;
		s->end = doc->in->len;
		return true;
	}
	for (el = pi->next; el && el->type != XML_ELEMENT_NODE; el = el->next)
		;
	if (!el || !node_start(doc, el, &s->start))
		return true;	/* it covers nothing: LEG901 says so */
	for (n = el; n && !n->next; n = n->parent)
		;
	if (!n || !node_start(doc, n->next, &s->end))
		s->end = doc->in->len;
	return true;
}

static bool codes_match(const struct leges_rule *rule, const char *codes)
{
	char buf[256];
	char *tok, *save = NULL;

	snprintf(buf, sizeof(buf), "%s", codes ? codes : "");
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
		if (leges_rule_matches(rule, tok))
			return true;
	return false;
}

/* All the codes of a suppression name selected rules: only then is "unused" meaningful. */
static bool codes_selected(const char *codes, const struct leges_engine_opts *opts)
{
	const struct leges_rule *const *rules;
	char buf[256];
	char *tok, *save = NULL;
	size_t n, i;

	rules = leges_rules(&n);
	snprintf(buf, sizeof(buf), "%s", codes ? codes : "");
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		bool any = false;

		for (i = 0; i < n && !any; i++)
			any = leges_rule_matches(rules[i], tok) && leges_rule_selected(rules[i], opts);
		if (!any)
			return false;
	}
	return true;
}

static int apply_suppressions(struct leges_check_ctx *ctx, size_t first)
{
	struct leges_doc *doc = ctx->doc;
	struct leges_findings *out = ctx->out;
	struct suppression *sup = NULL;
	size_t nsup = 0, i, k, w;
	const xmlNode *n = doc->in->xml->children;
	int rc = 0;

	/* Every processing instruction, in document order; none to look for when nothing is called "leges". */
	if (!leges_doc_may_name(doc, "leges"))
		n = NULL;
	while (n) {
		if (n->type == XML_PI_NODE && !strcmp((const char *)n->name, "leges")) {
			struct suppression s, *g;

			if (parse_pi(doc, n, &s)) {
				g = realloc(sup, (nsup + 1) * sizeof(*g));
				if (!g) {
					free(s.codes);
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
					goto out;
				}
				sup = g;
				sup[nsup++] = s;
			}
		}
		if (n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n && !n->next)
			n = n->parent && n->parent->type != XML_DOCUMENT_NODE ? n->parent : NULL;
		if (n)
			n = n->next;
	}
	if (!nsup)
		return 0;
	for (i = first, w = first; i < out->n; i++) {
		struct leges_finding *f = &out->v[i];
		bool drop = false;

		for (k = 0; k < nsup && f->has_offset && strncmp(f->rule->code, "LEG", 3); k++)
			if (f->offset >= sup[k].start && f->offset < sup[k].end && sup[k].end > sup[k].start &&
			    codes_match(f->rule, sup[k].codes)) {
				sup[k].used = true;
				drop = true;
			}
		if (drop)
			finding_release(f);
		else
			out->v[w++] = *f;
	}
	out->n = w;
	for (k = 0; k < nsup && !rc; k++) {
		if (!sup[k].has_reason && leges_rule_selected(&leges_rule_leg902, ctx->opts)) {
			ctx->rule = &leges_rule_leg902;
			rc = leges_report(ctx, sup[k].pi, NULL, "the suppression of '%s' gives no reason=\"…\"",
					  sup[k].codes);
		}
		if (!rc && !sup[k].used && leges_rule_selected(&leges_rule_leg901, ctx->opts) &&
		    codes_selected(sup[k].codes, ctx->opts)) {
			ctx->rule = &leges_rule_leg901;
			rc = leges_report(ctx, sup[k].pi, NULL, "the suppression of '%s' matches no finding: remove it",
					  sup[k].codes);
		}
	}
out:
	for (k = 0; k < nsup; k++)
		free(sup[k].codes);
	free(sup);
	return rc;
}


/*
 * LEGES_TRACE_PERF=1 prints the time of each phase and each rule of every
 * document to stderr (as GIT_TRACE_PERFORMANCE does): how bench/README.md
 * breaks the cost down.
 */
static int trace_perf = -1;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static bool tracing(void)
{
	if (trace_perf < 0) {
		const char *v = getenv("LEGES_TRACE_PERF");

		trace_perf = v && *v && strcmp(v, "0");
	}
	return trace_perf;
}

static void trace(const char *path, const char *what, double t0)
{
	if (tracing())
		fprintf(stderr, "leges: perf: %s: %-8s %8.1f ms\n", path, what, now_ms() - t0);
}

/*
 * The rules over doc; the findings from out->v[first] on are doc's (the
 * schema's may be there already: validated says so).
 */
static int check_doc(struct leges_doc *doc, const struct leges_engine_opts *opts, struct leges_findings *out,
		     size_t first, bool validated)
{
	struct leges_check_ctx ctx = { NULL, doc, out, opts, 0 };
	const struct leges_rule *const *rules;
	unsigned profile = opts->profile ? opts->profile : leges_doc_profile(doc);
	size_t i, n;
	double t0;
	int rc = 0;

	ctx.profile = profile;
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
	if (!validated && opts->schema && doc->dialect == LEGES_DIALECT_AKN30 &&
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
		t0 = tracing() ? now_ms() : 0;
		rc = rules[i]->check(&ctx);
		trace(doc->in->path, rules[i]->code, t0);
	}
	if (!rc)
		rc = apply_suppressions(&ctx, first);
	/* Severities set by the configuration. */
	for (i = first; !rc && i < out->n; i++) {
		size_t k;

		for (k = 0; k < opts->noverrides; k++)
			if (!strcmp(opts->overrides[k].code, out->v[i].rule->code))
				out->v[i].severity = opts->overrides[k].severity;
	}
	return rc;
}

#if defined(__SANITIZE_ADDRESS__)
#define FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define FREE_AT_EXIT 1
#endif
#endif

/*
 * The documents a one-shot command checks last are not freed: the process
 * exits next and the kernel takes their memory back at once, where freeing a
 * large tree node by node costs as much as several rules (git leaves its last
 * objects to the exit likewise).  They stay reachable from here, so that a
 * leak checker counts them as still in use; sanitizer builds free them, so
 * that the free path is checked as well.
 */
#ifndef FREE_AT_EXIT
static pthread_mutex_t exit_lock = PTHREAD_MUTEX_INITIALIZER;
static struct leges_doc **exit_docs;
static size_t exit_ndocs;
#endif

void leges_doc_leave_to_exit(struct leges_doc *doc)
{
#ifndef FREE_AT_EXIT
	struct leges_doc **docs;

	pthread_mutex_lock(&exit_lock);
	docs = realloc(exit_docs, (exit_ndocs + 1) * sizeof(*docs));
	if (docs) {
		exit_docs = docs;
		exit_docs[exit_ndocs++] = doc;
		doc = NULL;
	}
	pthread_mutex_unlock(&exit_lock);
#endif
	leges_doc_free(doc);
}

int leges_check_doc(struct leges_doc *doc, const struct leges_engine_opts *opts, struct leges_findings *out)
{
	return check_doc(doc, opts, out, out->n, false);
}

/*
 * Schema validation before the model is built.  libxml2's validation state
 * (the identity constraints of the 48 xsd:unique and xsd:key of the AKN
 * schema, kept for every element: 23 MB on a 20 MB act) is freed before the
 * model and the text runs take their memory, so that the two do not add up
 * at the peak.  Of the document it needs only what a finding does: the input
 * and the root, in a shell.  *validated: it ran.
 */
static int validate_first(struct leges_input *in, const struct leges_engine_opts *opts, struct leges_findings *out,
			  bool *validated)
{
	struct leges_doc shell;
	struct leges_check_ctx ctx = { &leges_rule_akn005, &shell, out, opts, 0 };

	*validated = false;
	leges_doc_shell(&shell, in);
	if (!opts->schema || shell.dialect != LEGES_DIALECT_AKN30 || !leges_rule_selected(&leges_rule_akn005, opts))
		return 0;
	*validated = true;
	return leges_schema_validate(opts->schema, &ctx);
}

static int check_input(int rc, struct leges_input *in, const char *path, const struct leges_engine_opts *opts,
		       struct leges_findings *out, xmlDocPtr *tree)
{
	struct leges_doc *doc = NULL;
	bool validated;
	double t0;
	size_t i, first;

	if (rc == LEGES_EPARSE) {
		/* The first fatal error is the one to fix; the rest often follow from it. */
		for (i = 0; i < in->nerrs; i++)
			if (in->errs[i].kind == LEGES_XMLERR_FATAL)
				break;
		if (i == in->nerrs)
			i = 0;
		rc = report_input(&leges_rule_akn001, leges_rule_akn001.severity, path,
				  in->nerrs ? in->errs[i].line : 1, in->nerrs ? in->errs[i].col : 1,
				  in->nerrs ? in->errs[i].message : "not well-formed", out);
		leges_input_free(in);
		return rc ? rc : LEGES_EPARSE;
	}
	if (rc)
		return rc;
	first = out->n;
	t0 = tracing() ? now_ms() : 0;
	rc = validate_first(in, opts, out, &validated);
	if (validated)
		trace(path, "schema", t0);
	if (rc) {
		leges_input_free(in);
		return rc;
	}
	t0 = tracing() ? now_ms() : 0;
	rc = leges_doc_build(&doc, in);
	if (rc)
		return rc;
	trace(path, "model", t0);
	t0 = tracing() ? now_ms() : 0;
	rc = check_doc(doc, opts, out, first, validated);
	trace(path, "rules", t0);
	if (!rc && tree) {
		*tree = doc->in->xml;
		doc->in->xml = NULL;
		doc->root = doc->main = NULL;
	}
	t0 = tracing() ? now_ms() : 0;
	if (opts->exit_after)
		leges_doc_leave_to_exit(doc);
	else
		leges_doc_free(doc);
	trace(path, "free", t0);
	return rc;
}

int leges_check_file_tree(const char *path, const struct leges_engine_opts *opts, struct leges_findings *out,
			  xmlDocPtr *tree)
{
	struct leges_load_opts lopts = { opts->max_size, true };
	struct leges_input *in = NULL;

	int rc;

	double t0 = tracing() ? now_ms() : 0;

	if (tree)
		*tree = NULL;
	rc = leges_load_file(&in, path, &lopts);
	trace(path, "load", t0);
	return check_input(rc, in, path, opts, out, tree);
}

int leges_check_file(const char *path, const struct leges_engine_opts *opts, struct leges_findings *out)
{
	return leges_check_file_tree(path, opts, out, NULL);
}

int leges_check_memory(const char *name, const char *data, size_t len, const struct leges_engine_opts *opts,
		       struct leges_findings *out)
{
	struct leges_load_opts lopts = { opts->max_size, true };
	struct leges_input *in = NULL;

	int rc = leges_load_memory(&in, name, data, len, &lopts);

	return check_input(rc, in, name, opts, out, NULL);
}
