/*
 * register.c - read EU register files (corpus/eu/register.rng vocabulary).
 */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "checks/eu/register.h"
#include "parser/error.h"
#include "parser/load.h"

struct leges_embedded {
	const char *name, *text;
	size_t len;
};
extern const struct leges_embedded leges_eu_data[];

const char *leges_eu_register_data(const char *name, size_t *len)
{
	size_t i;

	for (i = 0; leges_eu_data[i].name; i++)
		if (!strcmp(leges_eu_data[i].name, name)) {
			if (len)
				*len = leges_eu_data[i].len;
			return leges_eu_data[i].text;
		}
	return NULL;
}

static void act_release(struct leges_eu_act *a)
{
	size_t i;

	free(a->eli);
	free(a->domain);
	for (i = 0; i < 3; i++)
		free(a->title[i]);
	free(a->short_name);
	free(a->transposition_article);
	for (i = 0; i < a->ndeadlines; i++) {
		free(a->deadlines[i].provisions);
		free(a->deadlines[i].set_by);
	}
	free(a->deadlines);
	for (i = 0; i < a->nto_transpose; i++)
		free(a->to_transpose[i]);
	free(a->to_transpose);
	memset(a, 0, sizeof(*a));
}

void leges_eu_register_release(struct leges_eu_register *reg)
{
	size_t i;

	for (i = 0; i < reg->n; i++)
		act_release(&reg->acts[i]);
	free(reg->acts);
	memset(reg, 0, sizeof(*reg));
}

const struct leges_eu_act *leges_eu_register_find(const struct leges_eu_register *reg, const char *celex)
{
	size_t i;

	for (i = 0; reg && i < reg->n; i++)
		if (!strcmp(reg->acts[i].celex, celex))
			return &reg->acts[i];
	return NULL;
}

const char *leges_eu_act_title(const struct leges_eu_act *act, char lang)
{
	int first = lang == 'f' ? 1 : lang == 'e' ? 2 : 0, i;

	if (act->title[first])
		return act->title[first];
	for (i = 0; i < 3; i++)
		if (act->title[i])
			return act->title[i];
	return NULL;
}

/* A copy of the attribute, or NULL; *oom set when the copy failed. */
static char *attr_dup(xmlNode *n, const char *name, bool *oom)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s;

	if (!v)
		return NULL;
	s = strdup((const char *)v);
	xmlFree(v);
	if (!s)
		*oom = true;
	return s;
}

static void attr_copy(char *dst, size_t size, xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);

	snprintf(dst, size, "%s", v ? (const char *)v : "");
	xmlFree(v);
}

static bool is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int read_act(struct leges_eu_act *a, xmlNode *el)
{
	char buf[32];
	xmlNode *c, *d;
	bool oom = false;

	attr_copy(a->celex, sizeof(a->celex), el, "celex");
	a->eli = attr_dup(el, "eli", &oom);
	a->domain = attr_dup(el, "domain", &oom);
	attr_copy(buf, sizeof(buf), el, "kind");
	a->kind = !strcmp(buf, "directive") ? 'L' : !strcmp(buf, "regulation") ? 'R' :
		  !strcmp(buf, "framework-decision") ? 'F' : 'D';
	attr_copy(buf, sizeof(buf), el, "sub");
	a->sub = buf[0] == 'i' ? 'i' : buf[0] == 'd' ? 'd' : 0;
	attr_copy(buf, sizeof(buf), el, "year");
	a->year = atoi(buf);
	attr_copy(buf, sizeof(buf), el, "number");
	a->number = (unsigned)strtoul(buf, NULL, 10);
	attr_copy(a->adopted, sizeof(a->adopted), el, "adopted");
	attr_copy(a->entry_into_force, sizeof(a->entry_into_force), el, "entryIntoForce");
	for (c = el->children; c && !oom; c = c->next) {
		if (is(c, "title") || is(c, "shortName")) {
			xmlChar *lang = xmlNodeGetLang(c), *text = xmlNodeGetContent(c);
			int l = lang && lang[0] == 'f' ? 1 : lang && lang[0] == 'e' ? 2 : 0;
			char **slot = is(c, "title") ? &a->title[l] : &a->short_name;

			if (text && (!*slot || (is(c, "shortName") && l == 0))) {
				free(*slot);
				*slot = strdup((const char *)text);
				oom = !*slot;
			}
			xmlFree(lang);
			xmlFree(text);
		} else if (is(c, "transposition")) {
			a->transposition_article = attr_dup(c, "article", &oom);
			for (d = c->children; d && !oom; d = d->next) {
				struct leges_eu_deadline *dl, *v;

				if (!is(d, "deadline"))
					continue;
				v = realloc(a->deadlines, (a->ndeadlines + 1) * sizeof(*v));
				if (!v) {
					oom = true;
					break;
				}
				a->deadlines = v;
				dl = &v[a->ndeadlines++];
				memset(dl, 0, sizeof(*dl));
				attr_copy(dl->date, sizeof(dl->date), d, "date");
				attr_copy(buf, sizeof(buf), d, "kind");
				dl->apply = !strcmp(buf, "apply");
				dl->provisions = attr_dup(d, "provisions", &oom);
				dl->set_by = attr_dup(d, "setBy", &oom);
				attr_copy(buf, sizeof(buf), d, "evidence");
				dl->verified = strcmp(buf, "unverified") != 0;
			}
		} else if (is(c, "toTranspose")) {
			attr_copy(buf, sizeof(buf), c, "evidence");
			a->to_transpose_verified = strcmp(buf, "unverified") != 0;
			for (d = c->children; d && !oom; d = d->next) {
				char **v;

				if (!is(d, "article"))
					continue;
				v = realloc(a->to_transpose, (a->nto_transpose + 1) * sizeof(*v));
				if (!v) {
					oom = true;
					break;
				}
				a->to_transpose = v;
				v[a->nto_transpose] = attr_dup(d, "num", &oom);
				if (v[a->nto_transpose])
					a->nto_transpose++;
			}
		}
	}
	return oom ? leges_error_set(LEGES_ENOMEM, "out of memory") : 0;
}

struct rng_errors {
	const char *name;
	char msg[512];
};

static void rng_error(void *ctx, const xmlError *err)
{
	struct rng_errors *e = ctx;

	if (!e->msg[0] && err && err->message)
		snprintf(e->msg, sizeof(e->msg), "%s:%d: %.*s", e->name, err->line,
			 (int)strcspn(err->message, "\n"), err->message);
}

/* Validate doc against the embedded schema; LEGES_EPARSE with file:line when it is not valid. */
static int validate(xmlDocPtr doc, const char *name)
{
	size_t len;
	const char *rng = leges_eu_register_data("register.rng", &len);
	xmlRelaxNGParserCtxtPtr pctx = NULL;
	xmlRelaxNGPtr schema = NULL;
	xmlRelaxNGValidCtxtPtr vctx = NULL;
	struct rng_errors errs = { name, "" };
	int rc = LEGES_EINTERNAL, v;

	if (!rng)
		return leges_error_set(LEGES_EINTERNAL, "the register schema is not built in");
	pctx = xmlRelaxNGNewMemParserCtxt(rng, (int)len);
	schema = pctx ? xmlRelaxNGParse(pctx) : NULL;
	vctx = schema ? xmlRelaxNGNewValidCtxt(schema) : NULL;
	if (!vctx) {
		rc = leges_error_set(LEGES_EINTERNAL, "cannot build the register schema");
		goto out;
	}
	xmlRelaxNGSetValidStructuredErrors(vctx, (xmlStructuredErrorFunc)rng_error, &errs);
	v = xmlRelaxNGValidateDoc(vctx, doc);
	if (v == 0)
		rc = 0;
	else
		rc = leges_error_set(LEGES_EPARSE, "%s", errs.msg[0] ? errs.msg : "not a valid EU register");
out:
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctx);
	return rc;
}

static int read_doc(struct leges_eu_register *reg, xmlDocPtr doc, const char *name)
{
	xmlNode *root = xmlDocGetRootElement(doc), *c;
	int rc;

	if ((rc = validate(doc, name)))
		return rc;
	for (c = root->children; c; c = c->next) {
		struct leges_eu_act a;
		struct leges_eu_act *old;

		if (!is(c, "act"))
			continue;
		memset(&a, 0, sizeof(a));
		if ((rc = read_act(&a, c))) {
			act_release(&a);
			return rc;
		}
		old = (struct leges_eu_act *)leges_eu_register_find(reg, a.celex);
		if (old) {
			act_release(old);
			*old = a;
			continue;
		}
		if (reg->n == reg->cap) {
			size_t cap = reg->cap ? reg->cap * 2 : 32;
			struct leges_eu_act *v = realloc(reg->acts, cap * sizeof(*v));

			if (!v) {
				act_release(&a);
				return leges_error_set(LEGES_ENOMEM, "out of memory");
			}
			reg->acts = v;
			reg->cap = cap;
		}
		reg->acts[reg->n++] = a;
	}
	return 0;
}

int leges_eu_register_load_builtin(struct leges_eu_register *reg)
{
	size_t len;
	const char *xml = leges_eu_register_data("register.xml", &len);
	xmlDocPtr doc;
	int rc;

	if (!xml)
		return leges_error_set(LEGES_EINTERNAL, "the EU register is not built in");
	doc = xmlReadMemory(xml, (int)len, "register.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
							      XML_PARSE_NOWARNING);
	if (!doc)
		return leges_error_set(LEGES_EINTERNAL, "the built-in EU register is not well-formed");
	rc = read_doc(reg, doc, "register.xml");
	xmlFreeDoc(doc);
	return rc;
}

int leges_eu_register_load_file(struct leges_eu_register *reg, const char *path)
{
	struct leges_input *in = NULL;
	int rc;

	rc = leges_load_file(&in, path, NULL);
	if (rc && (rc != LEGES_EPARSE || !in))
		goto out;
	if (!in->xml) {
		rc = leges_error_set(LEGES_EPARSE, "%s:%lu:%lu: %s", path, in->nerrs ? in->errs[0].line : 0,
				     in->nerrs ? in->errs[0].col : 0,
				     in->nerrs ? in->errs[0].message : "not well-formed");
		goto out;
	}
	rc = read_doc(reg, in->xml, path);
out:
	leges_input_free(in);
	return rc;
}

static struct {
	pthread_once_t once;
	struct leges_eu_register reg;
	int rc;
} builtin = { PTHREAD_ONCE_INIT, { NULL, 0, 0 }, 0 };

static void builtin_release(void)
{
	leges_eu_register_release(&builtin.reg);
}

static void builtin_init(void)
{
	builtin.rc = leges_eu_register_load_builtin(&builtin.reg);
	atexit(builtin_release);
}

const struct leges_eu_register *leges_eu_register_builtin(void)
{
	pthread_once(&builtin.once, builtin_init);
	return builtin.rc ? NULL : &builtin.reg;
}
