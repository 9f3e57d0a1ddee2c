/* draft.c - the draft view of a document for the drafting rules (see draft.h). */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <assert.h>
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "checks/draft.h"
#include "checks/prefilter.h"

/* --- patterns, compiled once ---------------------------------------------------------- */

#define MAX_PATTERNS 64

static struct {
	const char *pattern;
	pcre2_code *re;
	bool caseless;
} cache[MAX_PATTERNS];
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

static pcre2_code *compiled(const char *pattern, bool caseless)
{
	pcre2_code *re = NULL;
	size_t i;
	int err;
	PCRE2_SIZE off;

	pthread_mutex_lock(&cache_lock);
	for (i = 0; i < MAX_PATTERNS && cache[i].pattern; i++)
		if (cache[i].pattern == pattern && cache[i].caseless == caseless) {
			re = cache[i].re;
			goto out;
		}
	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
			   PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0), &err, &off, NULL);
	if (re) {
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		if (i < MAX_PATTERNS) {
			cache[i].pattern = pattern;
			cache[i].re = re;
			cache[i].caseless = caseless;
		}
	}
	/* A pattern of ours that does not compile is a programming error. */
	assert(re);
out:
	pthread_mutex_unlock(&cache_lock);
	return re;
}

/* One match block per thread, made once: these helpers run per word of a document. */
static _Thread_local pcre2_match_data *thread_md;

static pcre2_match_data *match_data(void)
{
	if (!thread_md)
		thread_md = pcre2_match_data_create(1, NULL);
	return thread_md;
}

void leges_draft_thread_done(void)
{
	pcre2_match_data_free(thread_md);
	thread_md = NULL;
}

bool leges_match(const char *pattern, const char *s)
{
	pcre2_code *re = compiled(pattern, true);
	pcre2_match_data *md = match_data();

	if (!re || !s || !md)
		return false;
	return pcre2_match(re, (PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED, 0, PCRE2_NO_UTF_CHECK, md, NULL) >= 0;
}

bool leges_match_at(const char *pattern, const char *s, size_t len, size_t start, size_t *ms, size_t *me)
{
	pcre2_code *re = compiled(pattern, false);
	pcre2_match_data *md = match_data();

	if (!re || start > len || !md)
		return false;
	if (pcre2_match(re, (PCRE2_SPTR)s, len, start, PCRE2_NO_UTF_CHECK, md, NULL) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

		*ms = ov[0];
		*me = ov[1];
		return true;
	}
	return false;
}

/* --- text ------------------------------------------------------------------------------ */

size_t leges_fold_into(char *out, const char *s, size_t len)
{
	static const struct { const char *from; char to; } accents[] = {
		{ "á", 'a' }, { "à", 'a' }, { "â", 'a' }, { "ä", 'a' }, { "é", 'e' }, { "è", 'e' },
		{ "ê", 'e' }, { "ë", 'e' }, { "í", 'i' }, { "ì", 'i' }, { "î", 'i' }, { "ï", 'i' },
		{ "ó", 'o' }, { "ò", 'o' }, { "ô", 'o' }, { "ö", 'o' }, { "ú", 'u' }, { "ù", 'u' },
		{ "û", 'u' }, { "ü", 'u' }, { "ç", 'c' }, { "É", 'e' }, { "È", 'e' }, { "Ë", 'e' },
		{ "Ï", 'i' }, { "Ö", 'o' }, { "Ü", 'u' }, { "À", 'a' }, { "Ç", 'c' },
	};
	char *w = out;
	size_t i = 0, k;

	while (i < len) {
		if ((unsigned char)s[i] >= 0x80) {
			for (k = 0; k < sizeof(accents) / sizeof(accents[0]); k++)
				if (i + 1 < len && !memcmp(s + i, accents[k].from, 2)) {
					*w++ = accents[k].to;
					i += 2;
					break;
				}
			if (k < sizeof(accents) / sizeof(accents[0]))
				continue;
			*w++ = s[i++];
			continue;
		}
		*w++ = (char)tolower((unsigned char)s[i++]);
	}
	*w = '\0';
	return (size_t)(w - out);
}

char *leges_fold(const char *s, size_t len)
{
	char *out = malloc(len + 1);

	if (out)
		leges_fold_into(out, s, len);
	return out;
}

struct sbuf {
	char *s;
	size_t len, cap;
	bool space;
};

static int sb_add(struct sbuf *b, const char *t)
{
	size_t n = t ? strlen(t) : 0;
	char *w;

	if (!n)
		return 0;
	/* Room for all of t, a space before it and the NUL: the loop below checks nothing. */
	if (b->len + n + 2 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *g;

		while (cap < b->len + n + 2)
			cap *= 2;
		g = realloc(b->s, cap);
		if (!g)
			return LEGES_ENOMEM;
		b->s = g;
		b->cap = cap;
	}
	w = b->s + b->len;
	for (; *t; t++) {
		if (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r') {
			b->space = w != b->s;
			continue;
		}
		if (b->space)
			*w++ = ' ';
		b->space = false;
		*w++ = *t;
	}
	*w = '\0';
	b->len = (size_t)(w - b->s);
	return 0;
}

static bool skipped(const char *name)
{
	/* By first letter: this runs for every element of every article. */
	switch (name[0]) {
	case 'n': return !strcmp(name, "num");
	case 'h': return !strcmp(name, "heading");
	case 's': return !strcmp(name, "subheading");
	case 'q': return !strcmp(name, "quotedText") || !strcmp(name, "quotedStructure");
	case 'e': return !strcmp(name, "embeddedStructure");
	case 'a': return !strcmp(name, "authorialNote");
	default: return false;
	}
}

/*
 * The text of node's subtree into b (emptied first), white space folded,
 * labels and quotations left out; 0 or LEGES_ENOMEM.
 */
static int plain_text_into(struct sbuf *b, const xmlNode *node)
{
	const xmlNode *n = node->children;

	b->len = 0;
	b->space = false;
	if (b->s)
		b->s[0] = '\0';
	while (n && n != node) {
		bool down = false;

		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && sb_add(b, (const char *)n->content))
			return LEGES_ENOMEM;
		if (n->type == XML_ELEMENT_NODE && !skipped((const char *)n->name) && n->children) {
			/* A block ends a word: "a</p><p>b" is two words. */
			b->space = b->len > 0;
			n = n->children;
			down = true;
		}
		if (down)
			continue;
		while (n != node && !n->next)
			n = n->parent;
		if (n != node)
			n = n->next;
	}
	return 0;
}

/* The same as a new string, or NULL without memory. */
static char *plain_text(const xmlNode *node)
{
	struct sbuf b = { NULL, 0, 0, false };

	if (plain_text_into(&b, node)) {
		free(b.s);
		return NULL;
	}
	return b.s ? b.s : strdup("");
}

/* --- the draft view ------------------------------------------------------------------ */

/* The formulas, by enum leges_formula (see draft.h); each rule's docs page quotes its sources. */
static const char *const formulas[LEGES_F_N] = {
	[LEGES_F_MATTER] =
		"^(?:Dit\\s+decreet|Deze\\s+codex)\\s+regelt\\s+een\\s+(?:gemeenschaps-\\s+en\\s+gewestaangelegenheid|"
		"gemeenschapsaangelegenheid|gewestaangelegenheid)\\.$",
	[LEGES_F_BESLUIT_MATTER] =
		"^Dit\\s+besluit\\s+regelt\\s+een\\s+(?:gemeenschaps-\\s+en\\s+gewestaangelegenheid|"
		"gemeenschapsaangelegenheid|gewestaangelegenheid)\\.$",
	[LEGES_F_TRANSPOSITION] =
		"^(?:Dit|Deze)\\s+(?:decreet|besluit|wet|codex)\\s+voorziet\\s+in\\s+de\\s+(?:gedeeltelijke\\s+)?omzetting\\s+van\\s+",
	[LEGES_F_EIF] =
		"\\b(?:treedt|treden)\\s+in\\s+(?:werking|voege)\\b|\\bheeft\\s+uitwerking\\s+met\\s+ingang\\s+van\\b|"
		"\\bbepaalt\\b[^.;]*?\\bdatum\\s+van\\s+(?:de\\s+)?inwerkingtreding\\b",
	[LEGES_F_EIF_SAME_DAY] =
		"\\bop\\s+de\\s+dag\\s+van\\s+(?:de|haar|zijn)\\s+bekendmaking|\\bde\\s+dag\\s+waarop\\s+(?:het|hij|ze|zij)\\b[^.;]*?"
		"\\bbekendgemaakt",
	[LEGES_F_EIF_FIRST_OF_MONTH] =
		"\\beerste\\s+dag\\s+van\\s+de\\s+maand\\s+(?:die\\s+volgt\\s+op|na)\\s+(?:(?:de|haar|zijn)\\s+bekendmaking|"
		"de\\s+maand\\s+waarin\\s+(?:het|hij|ze|zij)\\b[^.;]*?\\bbekendgemaakt)",
	[LEGES_F_EIF_TEN_DAYS] = "\\bverstrijken\\s+van\\s+een\\s+termijn\\s+van\\s+tien\\s+dagen",
	[LEGES_F_EIF_FIXED_DATE] =
		"\\bin\\s+werking\\s+op\\s+(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|"
		"september|oktober|november|december)\\s+(\\d{4})\\b",
	[LEGES_F_EIF_DELEGATED] =
		"\\bop\\s+(?:de|een)\\s+(?:door\\s+de\\s+Vlaamse\\s+Regering|bij\\s+(?:koninklijk\\s+)?besluit|"
		"door\\s+de\\s+Koning)\\s+(?:te\\s+bepalen|vast\\s+te\\s+stellen)\\s+datum|"
		"\\bop\\s+datum\\s+vast\\s+te\\s+stellen\\s+door\\s+de\\s+Vlaamse\\s+Regering|"
		"\\bop\\s+(?:de|een)\\s+datum\\s+die\\s+(?:de\\s+Vlaamse\\s+Regering|de\\s+Koning)\\s+(?:bepaalt|vaststelt)|"
		"\\b(?:Vlaamse\\s+Regering|Koning)\\s+bepaalt\\b[^.;]*?\\bdatum\\s+van\\s+(?:de\\s+)?inwerkingtreding\\b",
	[LEGES_F_EIF_LATEST] = "\\buiterlijk\\b|\\bten\\s+laatste\\b",
	[LEGES_F_EXECUTION] =
		"^De\\s+Vlaamse\\s+ministers?,?\\s+bevoegd\\s+voor\\s+.+?,\\s+(?:is|zijn)\\s+belast\\s+met\\s+de\\s+"
		"uitvoering\\s+van\\s+dit\\s+besluit\\.$",
	[LEGES_F_ANY_EXECUTION] = "\\bbelast\\s+met\\s+de\\s+uitvoering\\s+van\\s+dit\\s+(?:besluit|decreet)\\b",
	[LEGES_F_EXEC_BESLUIT] = "\\bbelast\\s+met\\s+de\\s+uitvoering\\s+van\\s+dit\\s+besluit\\b",
	[LEGES_F_SUNSET] = "\\bhoudt\\s+op\\s+uitwerking\\s+te\\s+hebben\\b|\\btreedt\\s+buiten\\s+werking\\b",
	[LEGES_F_REPEAL] =
		"^(?:Het|De)\\s+(?:decreet|besluit|wet|ordonnantie)\\b[^.]*?\\bvan\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\b.*"
		"\\b(?:wordt|worden)\\s+opgeheven\\.$",
	[LEGES_F_AMEND_IN] =
		"^In\\s+(?:artikel|het\\s+decreet|het\\s+besluit|hoofdstuk)\\b.*\\b(?:wordt|worden)\\b.*"
		"\\b(?:vervangen|ingevoegd|toegevoegd|aangevuld|opgeheven)\\b",
	[LEGES_F_AMEND_ARTICLE] =
		"^Artikel\\s+\\S+\\s+van\\s+(?:het|hetzelfde)\\s+(?:decreet|besluit)\\b.*\\b(?:wordt|worden)\\s+"
		"(?:vervangen|opgeheven|aangevuld)\\b",
	[LEGES_F_DEFINITIONS] =
		"^(?:In|Voor\\s+de\\s+toepassing\\s+van)\\s+(?:dit|deze)\\s+(?:decreet|besluit|titel|hoofdstuk|afdeling|"
		"artikel|codex|ontwerp)\\b[^:]{0,60}?\\s+wordt\\s+verstaan\\s+onder\\s*:",
};

_Static_assert(LEGES_F_N <= 32, "a formula is a bit of struct leges_article's formulas");

static struct leges_prefilter *formula_filter;
static pthread_once_t formula_once = PTHREAD_ONCE_INIT;

static void formula_filter_init(void)
{
	bool caseless[LEGES_F_N];
	size_t f;

	for (f = 0; f < LEGES_F_N; f++)
		caseless[f] = true;
	/* NULL (no memory): every formula is then tried on every article. */
	formula_filter = leges_prefilter_new((const char *const *)formulas, caseless, LEGES_F_N);
}

/* The formulas text matches: the prefilter's candidates, confirmed by pcre2. */
static unsigned classify(const char *text, size_t len)
{
	uint64_t maybe = formula_filter ? leges_prefilter_scan(formula_filter, text, len) : ~UINT64_C(0);
	unsigned is = 0;
	size_t f;

	for (f = 0; f < LEGES_F_N; f++) {
		/* The forms of an entry into force only in one, the latest date only with a delegated one. */
		if ((f == LEGES_F_EIF_SAME_DAY || f == LEGES_F_EIF_FIRST_OF_MONTH || f == LEGES_F_EIF_TEN_DAYS ||
		     f == LEGES_F_EIF_FIXED_DATE) && !(is & (1u << LEGES_F_EIF)))
			continue;
		if (f == LEGES_F_EIF_LATEST && !(is & (1u << LEGES_F_EIF_DELEGATED)))
			continue;
		if (((maybe >> f) & 1) && leges_match(formulas[f], text))
			is |= 1u << f;
	}
	return is;
}

void leges_draft_free(struct leges_draft *d)
{
	size_t i;

	if (!d)
		return;
	free(d->articles);
	for (i = 0; i < d->ndefs; i++) {
		free(d->defs[i].term);
		free(d->defs[i].key);
		free(d->defs[i].body);
	}
	free(d->defs);
	free(d->body_lower);
	free(d);
}

static void draft_free_cb(void *p)
{
	leges_draft_free(p);
}

static enum leges_act_kind act_kind(const struct leges_doc *doc)
{
	const char *names[3] = { doc->main ? leges_attr(doc->main, "name") : NULL,
				 doc->frbr.work.val[LEGES_FRBR_SUBTYPE], NULL };
	int i;

	for (i = 0; names[i] || i < 2; i++) {
		const char *n = names[i];

		if (!n)
			continue;
		if (strstr(n, "decreet") || strstr(n, "decret") || strstr(n, "décret"))
			return LEGES_ACT_DECREE;
		if (strstr(n, "besluit") || strstr(n, "arrete") || strstr(n, "arrêté"))
			return LEGES_ACT_BESLUIT;
	}
	return LEGES_ACT_OTHER;
}

/* A ministerieel besluit: said so in its name, subtype or title, or decided by a minister. */
static bool is_ministerial(struct leges_doc *doc)
{
	const char *names[2] = { doc->main ? leges_attr(doc->main, "name") : NULL, doc->frbr.work.val[LEGES_FRBR_SUBTYPE] };
	xmlNode *pre = leges_child(doc->main, "preface"), *amb = leges_child(doc->main, "preamble");
	bool yes = false;
	int i;

	for (i = 0; i < 2; i++)
		if (names[i] && (strstr(names[i], "ministerieel") || strstr(names[i], "ministeriel")))
			return true;
	if (pre) {
		xmlChar *t = xmlNodeGetContent(pre);

		yes = t && leges_match("\\bministerieel\\s+besluit\\b", (const char *)t);
		xmlFree(t);
	}
	if (!yes && amb) {
		xmlChar *t = xmlNodeGetContent(amb);

		yes = t && strstr((const char *)t, "DE VLAAMSE MINISTER") && !strstr((const char *)t, "DE VLAAMSE REGERING");
		xmlFree(t);
	}
	return yes;
}

static bool inside(const xmlNode *n, const xmlNode *ancestor)
{
	for (; n; n = n->parent)
		if (n == ancestor)
			return true;
	return false;
}

static int add_def(struct leges_draft *d, const char *term, size_t tlen, const char *body, xmlNode *node,
		   size_t article)
{
	struct leges_definition *g = realloc(d->defs, (d->ndefs + 1) * sizeof(*g));
	struct leges_definition *x;

	if (!g)
		return LEGES_ENOMEM;
	d->defs = g;
	x = &d->defs[d->ndefs];
	while (tlen && (term[tlen - 1] == ' ' || term[tlen - 1] == ','))
		tlen--;
	while (tlen && *term == ' ') {
		term++;
		tlen--;
	}
	x->term = strndup(term, tlen);
	x->key = leges_fold(term, tlen);
	x->body = strdup(body ? body : "");
	x->node = node;
	x->article = article;
	if (!x->term || !x->key || !x->body) {
		free(x->term);
		free(x->key);
		free(x->body);
		return LEGES_ENOMEM;
	}
	d->ndefs++;
	return 0;
}

/* Definitions: <def> elements, else the points of the "wordt verstaan onder:" article. */
static int find_definitions(struct leges_doc *doc, struct leges_draft *d)
{
	size_t a, i;
	int rc = 0;

	d->defs_article = -1;
	for (a = 0; a < d->narticles; a++)
		if (leges_article_is(d, a, LEGES_F_DEFINITIONS)) {
			d->defs_article = (long)a;
			break;
		}
	if (d->defs_article < 0)
		return 0;
	{
		const xmlNode *art = doc->provs[d->articles[d->defs_article].prov].node;

		for (i = 0; i < doc->nprovs && !rc; i++) {
			const struct leges_provision *p = &doc->provs[i];
			char *text, *colon;

			if (strcmp(p->name, "point") || p->quoted || !inside(p->node, art))
				continue;
			/* First-level points only: their list's parent is not a point. */
			if (p->parent >= 0 && doc->provs[p->parent].parent >= 0 &&
			    !strcmp(doc->provs[doc->provs[p->parent].parent].name, "point"))
				continue;
			text = plain_text(p->node);
			if (!text)
				return LEGES_ENOMEM;
			colon = strchr(text, ':');
			if (colon && colon - text < 120)
				rc = add_def(d, text, (size_t)(colon - text), colon + 1, p->node, (size_t)d->defs_article);
			free(text);
		}
	}
	return rc;
}

bool leges_draft_is_article(const struct leges_provision *p)
{
	return !p->quoted && p->component == 0 && !strcmp(p->name, "article");
}

char *leges_draft_article_text(const struct leges_doc *doc, const struct leges_draft *d, size_t i)
{
	return plain_text(doc->provs[d->articles[i].prov].node);
}

static int build(struct leges_doc *doc, struct leges_draft *d)
{
	struct sbuf body = { NULL, 0, 0, false }, text = { NULL, 0, 0, false };
	size_t i, r, cap = 0;
	int rc = 0;

	pthread_once(&formula_once, formula_filter_init);
	d->kind = act_kind(doc);
	d->ministerial = d->kind == LEGES_ACT_BESLUIT && is_ministerial(doc);
	for (i = 0; i < doc->nprovs; i++) {
		const struct leges_provision *p = &doc->provs[i];
		struct leges_article *g;

		if (!leges_draft_is_article(p))
			continue;
		if (d->narticles == cap) {
			cap = cap ? 2 * cap : 64;
			g = realloc(d->articles, cap * sizeof(*g));
			if (!g) {
				rc = LEGES_ENOMEM;
				break;
			}
			d->articles = g;
		}
		g = d->articles;
		g[d->narticles].prov = i;
		/* One buffer for the text of every article, read once and matched once. */
		rc = plain_text_into(&text, p->node);
		if (rc)
			break;
		g[d->narticles].formulas = classify(text.s ? text.s : "", text.len);
		d->narticles++;
	}
	free(text.s);
	if (!rc)
		rc = find_definitions(doc, d);
	if (rc || !d->ndefs)
		return rc;	/* without definitions no rule reads the body text */
	rc = leges_doc_text_runs(doc);
	if (rc)
		return rc;
	/* The body's text outside the definitions article: where defined terms are used. */
	for (r = 0; r < doc->nruns; r++) {
		const struct leges_textrun *run = &doc->runs[r];

		if (!run->in_body || !strcmp(run->name, "num") || !strcmp(run->name, "heading"))
			continue;
		if (d->defs_article >= 0 &&
		    inside(run->block, doc->provs[d->articles[d->defs_article].prov].node))
			continue;
		if (sb_add(&body, run->text) || sb_add(&body, " \n ")) {
			free(body.s);
			return LEGES_ENOMEM;
		}
		body.space = true;
	}
	d->body_lower = leges_fold(body.s ? body.s : "", body.len);
	free(body.s);
	return d->body_lower ? 0 : LEGES_ENOMEM;
}

static const char draft_key;	/* its address keys the draft view in the doc's caches */

int leges_draft_get(struct leges_doc *doc, const struct leges_draft **out)
{
	struct leges_draft *d;
	int rc;

	*out = leges_doc_cache_get(doc, &draft_key);
	if (*out)
		return 0;
	d = calloc(1, sizeof(*d));
	if (!d)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	rc = build(doc, d);
	if (rc) {
		leges_draft_free(d);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	rc = leges_doc_cache_put(doc, &draft_key, d, draft_free_cb);
	if (rc) {
		leges_draft_free(d);
		return rc;
	}
	*out = d;
	return 0;
}
