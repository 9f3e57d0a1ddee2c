/* pack.c - data-driven rules (see pack.h). */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <pcre2.h>

#include "checks/pack.h"
#include "checks/prefilter.h"

#define PACK_NS "urn:leges:pack:1"

struct leges_embedded {
	const char *name, *text;
	size_t len;
};
extern const struct leges_embedded leges_packs[];

struct variant {
	enum leges_lang lang;
	unsigned profiles;
	pcre2_code *re;		/* pattern rules */
	char *pattern;		/* its source */
	bool caseless;
	int bit;		/* its bit in its language's prefilter, or -1: may match any run */
	pcre2_code **except;
	size_t nexcept;
	char *scope;		/* XPath or NULL */
	char *replace;		/* or NULL */
	char *xpath;		/* xpath rules */
	bool forbidden;
	char *msg[3];		/* indexed by enum leges_lang: en, nl, fr */
};

struct leges_pack_rule {
	struct leges_rule desc;
	char *code, *name, *summary, *source;
	struct variant *v;
	size_t nv;
};

static int pack_check(struct leges_check_ctx *ctx);

const char *leges_pack_builtin(size_t i, const char **name, size_t *len)
{
	size_t k;

	for (k = 0; leges_packs[k].name; k++)
		if (k == i) {
			*name = leges_packs[k].name;
			*len = leges_packs[k].len;
			return leges_packs[k].text;
		}
	return NULL;
}

static const char *pack_rng(size_t *len)
{
	size_t k;

	for (k = 0; leges_packs[k].name; k++)
		if (!strcmp(leges_packs[k].name, "pack.rng")) {
			*len = leges_packs[k].len;
			return leges_packs[k].text;
		}
	return NULL;
}

/* --- freeing ------------------------------------------------------------------- */

static void variant_release(struct variant *v)
{
	size_t i;

	pcre2_code_free(v->re);
	free(v->pattern);
	for (i = 0; i < v->nexcept; i++)
		pcre2_code_free(v->except[i]);
	free(v->except);
	free(v->scope);
	free(v->replace);
	free(v->xpath);
	for (i = 0; i < 3; i++)
		free(v->msg[i]);
}

void leges_pack_rule_free(struct leges_pack_rule *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->nv; i++)
		variant_release(&r->v[i]);
	free(r->v);
	free(r->code);
	free(r->name);
	free(r->summary);
	free(r->source);
	free(r);
}

const struct leges_rule *leges_pack_rule_desc(const struct leges_pack_rule *r)
{
	return &r->desc;
}

int leges_pack_rule_merge(struct leges_pack_rule *into, struct leges_pack_rule *from)
{
	struct variant *v = realloc(into->v, (into->nv + from->nv) * sizeof(*v));

	if (!v) {
		leges_pack_rule_free(from);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	memcpy(v + into->nv, from->v, from->nv * sizeof(*v));
	into->v = v;
	into->nv += from->nv;
	into->desc.profiles |= from->desc.profiles;
	free(from->v);
	from->v = NULL;
	from->nv = 0;
	leges_pack_rule_free(from);
	return 0;
}

/* --- parsing --------------------------------------------------------------------- */

struct perr {
	char msg[512];
};

static void rng_error(void *data, xmlErrorPtr err)
{
	struct perr *pe = data;

	if (!pe->msg[0])
		snprintf(pe->msg, sizeof(pe->msg), "line %d: %s", err->line, err->message ? err->message : "invalid");
	{
		size_t n = strlen(pe->msg);

		while (n && (pe->msg[n - 1] == '\n' || pe->msg[n - 1] == ' '))
			pe->msg[--n] = '\0';
	}
}

static int validate(const char *name, xmlDocPtr doc)
{
	static xmlRelaxNGPtr schema;	/* parsed once; packs are loaded before threads start */
	xmlRelaxNGValidCtxtPtr v;
	struct perr pe = { "" };
	int ok;

	if (!schema) {
		size_t len;
		const char *rng = pack_rng(&len);
		xmlRelaxNGParserCtxtPtr p = rng ? xmlRelaxNGNewMemParserCtxt(rng, (int)len) : NULL;

		if (!p)
			return leges_error_set(LEGES_EINTERNAL, "the pack schema pack.rng is not built in");
		xmlRelaxNGSetParserStructuredErrors(p, rng_error, &pe);
		schema = xmlRelaxNGParse(p);
		xmlRelaxNGFreeParserCtxt(p);
		if (!schema)
			return leges_error_set(LEGES_EINTERNAL, "pack.rng does not compile: %s", pe.msg);
	}
	v = xmlRelaxNGNewValidCtxt(schema);
	if (!v)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	xmlRelaxNGSetValidStructuredErrors(v, rng_error, &pe);
	ok = xmlRelaxNGValidateDoc(v, doc) == 0;
	xmlRelaxNGFreeValidCtxt(v);
	if (!ok)
		return leges_error_set(LEGES_EINVAL, "pack '%s' is not valid against pack.rng: %s", name, pe.msg);
	return 0;
}

static char *text_of(xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	char *s;

	if (!t)
		return NULL;
	s = strdup((const char *)t);
	xmlFree(t);
	return s;
}

static bool is(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static unsigned parse_profiles(const char *s, unsigned dflt)
{
	unsigned mask = 0;
	char word[16];

	if (!s)
		return dflt;
	while (*s) {
		size_t n = strcspn(s, " \t\n");
		unsigned bit;

		if (n && n < sizeof(word)) {
			memcpy(word, s, n);
			word[n] = '\0';
			if (!leges_profile_parse(word, &bit))
				mask |= bit;
		}
		s += n;
		while (*s == ' ' || *s == '\t' || *s == '\n')
			s++;
	}
	return mask ? mask : dflt;
}

static int compile(const char *name, xmlNode *at, const char *code, const char *text, bool caseless,
		   pcre2_code **out)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int err;

	*out = pcre2_compile((PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED,
			     PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0), &err, &off, NULL);
	if (!*out) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		return leges_error_set(LEGES_EINVAL, "%s:%ld: the pattern of %s does not compile at offset %zu: %s",
				       name, xmlGetLineNo(at), code, (size_t)off, (const char *)msg);
	}
	/* JIT where the platform has it; without it the interpreter is used. */
	pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
	return 0;
}

static int parse_rule(const char *name, xmlNode *r, enum leges_lang lang, unsigned pack_profiles,
		      struct leges_pack_rule **out)
{
	struct leges_pack_rule *pr;
	struct variant *v;
	xmlNode *c;
	xmlChar *a;
	int rc = 0;

	*out = NULL;
	pr = calloc(1, sizeof(*pr));
	if (!pr || !(pr->v = calloc(1, sizeof(*pr->v)))) {
		free(pr);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	pr->nv = 1;
	v = &pr->v[0];
	v->lang = lang;
	pr->code = (char *)xmlGetProp(r, (const xmlChar *)"code");
	pr->name = (char *)xmlGetProp(r, (const xmlChar *)"name");
	/* xmlGetProp's strings come from xmlMalloc, which is malloc here; copy to be safe. */
	{
		char *code = strdup(pr->code), *rname = strdup(pr->name);

		xmlFree(pr->code);
		xmlFree(pr->name);
		pr->code = code;
		pr->name = rname;
	}
	a = xmlGetProp(r, (const xmlChar *)"severity");
	leges_severity_parse((const char *)a, &pr->desc.severity);
	xmlFree(a);
	a = xmlGetProp(r, (const xmlChar *)"profiles");
	v->profiles = parse_profiles((const char *)a, pack_profiles);
	xmlFree(a);
	for (c = r->children; c && !rc; c = c->next) {
		if (is(c, "source")) {
			pr->source = text_of(c);
		} else if (is(c, "message")) {
			enum leges_lang ml;

			a = xmlGetProp(c, (const xmlChar *)"lang");
			if (!leges_lang_parse((const char *)a, &ml) && ml < LEGES_LANG_OTHER) {
				free(v->msg[ml]);
				v->msg[ml] = text_of(c);
			}
			xmlFree(a);
		} else if (is(c, "pattern")) {
			char *t = text_of(c);
			bool caseless = true;

			a = xmlGetProp(c, (const xmlChar *)"caseless");
			if (a && (!strcmp((const char *)a, "false") || !strcmp((const char *)a, "0")))
				caseless = false;
			xmlFree(a);
			rc = t ? compile(name, c, pr->code, t, caseless, &v->re) : LEGES_ENOMEM;
			if (!rc) {
				v->pattern = t;
				v->caseless = caseless;
				v->bit = -1;
				t = NULL;
			}
			free(t);
		} else if (is(c, "except")) {
			char *t = text_of(c);
			pcre2_code **e = realloc(v->except, (v->nexcept + 1) * sizeof(*e));

			if (!t || !e) {
				free(t);
				free(e);
				rc = leges_error_set(LEGES_ENOMEM, "out of memory");
				break;
			}
			v->except = e;
			rc = compile(name, c, pr->code, t, true, &v->except[v->nexcept]);
			if (!rc)
				v->nexcept++;
			free(t);
		} else if (is(c, "scope")) {
			v->scope = text_of(c);
		} else if (is(c, "replace")) {
			v->replace = text_of(c);
		} else if (is(c, "xpath")) {
			a = xmlGetProp(c, (const xmlChar *)"mode");
			v->forbidden = a && !strcmp((const char *)a, "forbidden");
			xmlFree(a);
			v->xpath = text_of(c);
		}
	}
	if (!rc && !pr->code)
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
	if (rc) {
		leges_pack_rule_free(pr);
		return rc;
	}
	pr->summary = strdup(v->msg[LEGES_LANG_EN] ? v->msg[LEGES_LANG_EN] :
			     v->msg[LEGES_LANG_NL] ? v->msg[LEGES_LANG_NL] : pr->name);
	pr->desc.code = pr->code;
	pr->desc.name = pr->name;
	pr->desc.profiles = v->profiles;
	pr->desc.summary = pr->summary;
	pr->desc.source = pr->source ? pr->source : "";
	pr->desc.check = pack_check;
	pr->desc.dialects = LEGES_DIALECTS_AKN_ALL;
	pr->desc.data = pr;
	*out = pr;
	return 0;
}

int leges_pack_parse(const char *name, const char *text, size_t len, struct leges_pack_rule ***out,
		     size_t *count)
{
	struct leges_pack_rule **rules = NULL;
	enum leges_lang lang = LEGES_LANG_OTHER;
	xmlDocPtr doc;
	xmlNode *root, *c;
	xmlChar *a;
	unsigned profiles;
	size_t n = 0;
	int rc;

	*out = NULL;
	*count = 0;
	doc = xmlReadMemory(text, (int)len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlGetLastError();

		return leges_error_set(LEGES_EINVAL, "%s:%d: pack is not well-formed XML: %s", name,
				       e ? e->line : 0, e && e->message ? e->message : "");
	}
	rc = validate(name, doc);
	if (rc)
		goto out;
	root = xmlDocGetRootElement(doc);
	if (!root->ns || strcmp((const char *)root->ns->href, PACK_NS)) {
		rc = leges_error_set(LEGES_EINVAL, "pack '%s' is not in the namespace %s", name, PACK_NS);
		goto out;
	}
	a = xmlGetProp(root, (const xmlChar *)"lang");
	leges_lang_parse((const char *)a, &lang);
	xmlFree(a);
	a = xmlGetProp(root, (const xmlChar *)"profiles");
	profiles = parse_profiles((const char *)a, LEGES_PROFILE_ALL);
	xmlFree(a);
	for (c = root->children; c && !rc; c = c->next) {
		struct leges_pack_rule **grown;

		if (!is(c, "rule"))
			continue;
		grown = realloc(rules, (n + 1) * sizeof(*rules));
		if (!grown) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			break;
		}
		rules = grown;
		rc = parse_rule(name, c, lang, profiles, &rules[n]);
		if (!rc)
			n++;
	}
	if (rc) {
		while (n)
			leges_pack_rule_free(rules[--n]);
		free(rules);
		goto out;
	}
	*out = rules;
	*count = n;
out:
	xmlFreeDoc(doc);
	return rc;
}

/* --- running ----------------------------------------------------------------------- */

static const char *message(const struct variant *v, enum leges_lang lang)
{
	if (lang < LEGES_LANG_OTHER && v->msg[lang])
		return v->msg[lang];
	if (v->msg[LEGES_LANG_EN])
		return v->msg[LEGES_LANG_EN];
	return v->msg[LEGES_LANG_NL] ? v->msg[LEGES_LANG_NL] : v->msg[LEGES_LANG_FR];
}

/* A small set of node pointers (open addressing). */
struct nodeset {
	const xmlNode **slot;
	size_t cap;
};

static size_t hash_ptr(const void *p, size_t cap)
{
	return (size_t)(((uintptr_t)p >> 4) * 2654435761u) & (cap - 1);
}

static bool nodeset_has(const struct nodeset *s, const xmlNode *n)
{
	size_t i;

	if (!s->cap)
		return false;
	for (i = hash_ptr(n, s->cap); s->slot[i]; i = (i + 1) & (s->cap - 1))
		if (s->slot[i] == n)
			return true;
	return false;
}

static int nodeset_fill(struct nodeset *s, xmlNodeSetPtr ns)
{
	size_t cap = 16, i;
	int k;

	while (ns && cap < (size_t)ns->nodeNr * 2 + 2)
		cap *= 2;
	s->slot = calloc(cap, sizeof(*s->slot));
	if (!s->slot)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	s->cap = cap;
	for (k = 0; ns && k < ns->nodeNr; k++) {
		for (i = hash_ptr(ns->nodeTab[k], cap); s->slot[i]; i = (i + 1) & (cap - 1))
			;
		s->slot[i] = ns->nodeTab[k];
	}
	return 0;
}

static xmlXPathObjectPtr eval(struct leges_doc *doc, const char *expr)
{
	xmlXPathContextPtr x = xmlXPathNewContext(doc->in->xml);
	xmlXPathObjectPtr res;

	if (!x)
		return NULL;
	if (doc->ns)
		xmlXPathRegisterNs(x, (const xmlChar *)"akn", (const xmlChar *)doc->ns);
	res = xmlXPathEvalExpression((const xmlChar *)expr, x);
	xmlXPathFreeContext(x);
	return res;
}

static bool in_scope(const struct nodeset *scope, const xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (nodeset_has(scope, n))
			return true;
	return false;
}

static const struct leges_textseg *seg_at(const struct leges_textrun *run, size_t index)
{
	size_t lo = 0, hi = run->nsegs;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (run->segs[mid].start <= index)
			lo = mid;
		else
			hi = mid;
	}
	return run->nsegs ? &run->segs[lo] : NULL;
}

/* The raw bytes a replacement takes, XML-escaped; with the match's capital kept. */
static char *escaped_replacement(const pcre2_code *re, pcre2_match_data *md, const char *subject,
				 size_t len, const char *replace)
{
	PCRE2_UCHAR buf[1024];
	PCRE2_SIZE n = sizeof(buf);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	char *out, *w;
	size_t i;

	if (pcre2_substitute(re, (PCRE2_SPTR)subject, len, ov[0], PCRE2_SUBSTITUTE_MATCHED |
			     PCRE2_SUBSTITUTE_REPLACEMENT_ONLY | PCRE2_SUBSTITUTE_UNSET_EMPTY, md, NULL, (PCRE2_SPTR)replace,
			     PCRE2_ZERO_TERMINATED, buf, &n) < 0)
		return NULL;
	if (n && isupper((unsigned char)subject[ov[0]]) && islower(buf[0]))
		buf[0] = (PCRE2_UCHAR)toupper(buf[0]);
	out = malloc(n * 5 + 1);
	if (!out)
		return NULL;
	for (w = out, i = 0; i < n; i++) {
		if (buf[i] == '&')
			w += sprintf(w, "&amp;");
		else if (buf[i] == '<')
			w += sprintf(w, "&lt;");
		else if (buf[i] == '>')
			w += sprintf(w, "&gt;");
		else
			*w++ = (char)buf[i];
	}
	*w = '\0';
	return out;
}

static bool excepted(const struct variant *v, const char *s, size_t len, pcre2_match_data *md)
{
	size_t i;

	for (i = 0; i < v->nexcept; i++)
		if (pcre2_match(v->except[i], (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md, NULL) >= 0)
			return true;
	return false;
}

/*
 * The prefilter of a language: the literals of every pattern variant of that
 * language, from all packs, in one automaton.  Built on first use; the rules
 * are all registered by then (packs are added before threads start).
 */
static pthread_mutex_t prefilter_lock = PTHREAD_MUTEX_INITIALIZER;
static struct leges_prefilter *prefilters[LEGES_LANG_OTHER + 1];
static bool prefilter_built[LEGES_LANG_OTHER + 1];

static const struct leges_prefilter *lang_prefilter(enum leges_lang lang)
{
	const struct leges_prefilter *pf;

	pthread_mutex_lock(&prefilter_lock);
	if (!prefilter_built[lang]) {
		const char *patterns[LEGES_PREFILTER_MAX];
		bool caseless[LEGES_PREFILTER_MAX];
		struct variant *vs[LEGES_PREFILTER_MAX];
		const struct leges_rule *const *rules;
		size_t n, i, k, count = 0;

		rules = leges_rules(&n);
		for (i = 0; i < n; i++) {
			struct leges_pack_rule *pr = rules[i]->check == pack_check ? (struct leges_pack_rule *)rules[i]->data : NULL;

			for (k = 0; pr && k < pr->nv && count < LEGES_PREFILTER_MAX; k++)
				if (pr->v[k].lang == lang && pr->v[k].re) {
					vs[count] = &pr->v[k];
					patterns[count] = pr->v[k].pattern;
					caseless[count] = pr->v[k].caseless;
					count++;
				}
		}
		/* Without it (no memory) every variant keeps bit -1: it may match every run. */
		prefilters[lang] = leges_prefilter_new(patterns, caseless, count);
		for (i = 0; prefilters[lang] && i < count; i++)
			vs[i]->bit = (int)i;
		prefilter_built[lang] = true;
	}
	pf = prefilters[lang];
	pthread_mutex_unlock(&prefilter_lock);
	return pf;
}

/* Per document: for each text run, the pattern variants that may match it. */
struct run_masks {
	uint64_t *mask;
	size_t n;
};

static const char masks_key;	/* its address keys them in the doc's caches */

static void run_masks_free(void *p)
{
	struct run_masks *m = p;

	free(m->mask);
	free(m);
}

/* The masks of doc's runs (NULL when there is no prefilter): one scan of the text for all variants. */
static int run_masks(struct leges_doc *doc, enum leges_lang lang, const struct run_masks **out)
{
	const struct leges_prefilter *pf = lang_prefilter(lang);
	const struct leges_textrun *pending;
	struct run_masks *m;
	size_t r, pending_at = 0;
	int rc;

	*out = leges_doc_cache_get(doc, &masks_key);
	if (*out || !pf)
		return 0;
	m = calloc(1, sizeof(*m));
	if (m)
		m->mask = calloc(doc->nruns ? doc->nruns : 1, sizeof(*m->mask));
	if (!m || !m->mask) {
		free(m);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	m->n = doc->nruns;
	/* The runs of the body two by two (prefilter.h). */
	for (r = 0, pending = NULL; r < doc->nruns; r++) {
		if (!doc->runs[r].in_body)
			continue;
		if (!pending) {
			pending = &doc->runs[r];
			pending_at = r;
			continue;
		}
		leges_prefilter_scan2(pf, pending->text, pending->len, doc->runs[r].text, doc->runs[r].len,
				      &m->mask[pending_at], &m->mask[r]);
		pending = NULL;
	}
	if (pending)
		m->mask[pending_at] = leges_prefilter_scan(pf, pending->text, pending->len);
	rc = leges_doc_cache_put(doc, &masks_key, m, run_masks_free);
	if (rc) {
		run_masks_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

static int run_pattern(struct leges_check_ctx *ctx, const struct variant *v)
{
	struct leges_doc *doc = ctx->doc;
	struct nodeset scope = { NULL, 0 };
	pcre2_match_data *md = NULL, *md2 = NULL;
	const char *msg = message(v, ctx->opts->lang);
	const struct run_masks *masks;
	uint64_t bit;
	size_t r;
	int rc;

	rc = leges_doc_text_runs(doc);
	if (!rc)
		rc = run_masks(doc, v->lang, &masks);
	if (rc)
		return rc;
	bit = v->bit >= 0 && masks ? UINT64_C(1) << v->bit : 0;
	if (v->scope) {
		xmlXPathObjectPtr res = eval(doc, v->scope);

		rc = nodeset_fill(&scope, res && res->type == XPATH_NODESET ? res->nodesetval : NULL);
		xmlXPathFreeObject(res);
		if (rc)
			return rc;
	}
	md = pcre2_match_data_create_from_pattern(v->re, NULL);
	md2 = pcre2_match_data_create(4, NULL);
	if (!md || !md2) {
		rc = leges_error_set(LEGES_ENOMEM, "out of memory");
		goto out;
	}
	for (r = 0; r < doc->nruns && !rc; r++) {
		const struct leges_textrun *run = &doc->runs[r];
		size_t off = 0;

		if (!run->in_body || (v->scope && !in_scope(&scope, run->block)))
			continue;
		if (bit && !(masks->mask[r] & bit))
			continue;	/* none of the pattern's literals is in the run */
		while (off <= run->len && !rc) {
			PCRE2_SIZE *ov;
			const struct leges_textseg *seg;
			int m = pcre2_match(v->re, (PCRE2_SPTR)run->text, run->len, off, PCRE2_NO_UTF_CHECK, md, NULL);

			if (m < 0)
				break;
			ov = pcre2_get_ovector_pointer(md);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			seg = seg_at(run, ov[0]);
			/* The text of a reference names another provision: not the drafter's wording. */
			if (!seg || seg->in_ref)
				continue;
			if (excepted(v, run->text + ov[0], ov[1] - ov[0], md2))
				continue;
			rc = leges_report_pos(ctx, leges_textrun_pos(doc, run, ov[0]), run->block, "%s", msg);
			if (rc || !v->replace)
				continue;
			/* A fix only within one text node, so the raw bytes map one to one. */
			if (ov[1] <= seg->start + seg->len) {
				struct leges_pos a = leges_textrun_pos(doc, run, ov[0]);
				struct leges_pos b = leges_pos_text(&doc->in->map, seg->node,
								    ov[1] - seg->start);
				char *text = escaped_replacement(v->re, md, run->text, run->len, v->replace);

				if (a.exact && b.exact && text)
					rc = leges_report_fix(ctx, a.offset, b.offset, text);
				else
					free(text);
			}
		}
	}
out:
	pcre2_match_data_free(md);
	pcre2_match_data_free(md2);
	free(scope.slot);
	return rc;
}

static int run_xpath(struct leges_check_ctx *ctx, const struct variant *v)
{
	xmlXPathObjectPtr res = eval(ctx->doc, v->xpath);
	const char *msg = message(v, ctx->opts->lang);
	int rc = 0, k;

	if (!res)
		return 0;
	if (v->forbidden) {
		if (res->type == XPATH_NODESET && res->nodesetval)
			for (k = 0; k < res->nodesetval->nodeNr && !rc; k++)
				rc = leges_report(ctx, res->nodesetval->nodeTab[k], NULL, "%s", msg);
		else if (res->type != XPATH_NODESET && xmlXPathCastToBoolean(res))
			rc = leges_report(ctx, ctx->doc->main ? ctx->doc->main : ctx->doc->root, NULL, "%s", msg);
	} else if (!xmlXPathCastToBoolean(res)) {
		rc = leges_report(ctx, ctx->doc->main ? ctx->doc->main : ctx->doc->root, NULL, "%s", msg);
	}
	xmlXPathFreeObject(res);
	return rc;
}

static int pack_check(struct leges_check_ctx *ctx)
{
	const struct leges_pack_rule *pr = ctx->rule->data;
	enum leges_lang lang = leges_doc_lang(ctx->doc);
	size_t i;
	int rc = 0;

	for (i = 0; i < pr->nv && !rc; i++) {
		const struct variant *v = &pr->v[i];

		if (v->lang != lang || !(v->profiles & ctx->profile))
			continue;
		rc = v->re ? run_pattern(ctx, v) : v->xpath ? run_xpath(ctx, v) : 0;
	}
	return rc;
}
