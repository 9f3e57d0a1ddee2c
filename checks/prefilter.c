/* prefilter.c - required literals of a pattern, and one automaton for many patterns (see prefilter.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checks/prefilter.h"

/* --- the literals of a pattern -------------------------------------------------------- */

/* A set of strings one of which every match contains; any: no such set is known. */
struct set {
	char **v;
	size_t n;
	bool any;
};

struct parser {
	const char *p, *end;
	bool caseless;
	bool fail;	/* a construct we do not read: the whole pattern has no set */
	bool nomem;
};

static const struct set any_set = { NULL, 0, true };

static void set_free(struct set *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	*s = any_set;
}

/* Rare letters and punctuation say more than 'e' or 'n'. */
static int weight(unsigned char c)
{
	if (strchr("enatirodsl ", c))
		return 1;
	if (c >= 'a' && c <= 'z')
		return 2;
	return c >= '0' && c <= '9' ? 2 : 3;
}

static int score(const struct set *s)
{
	int best = -1;
	size_t i;

	if (s->any || !s->n)
		return -1;
	for (i = 0; i < s->n; i++) {
		int w = 0;
		const char *c;

		for (c = s->v[i]; *c; c++)
			w += weight((unsigned char)*c);
		if (best < 0 || w < best)
			best = w;
	}
	return best;
}

static bool better(const struct set *x, const struct set *than)
{
	int a = score(x), b = score(than);

	return a > b || (a == b && a >= 0 && x->n < than->n);
}

/*
 * The two best sets of a sequence: every match has a literal of each, as
 * they come from different parts of the pattern ("uitvoering" and "belast"
 * for "belast met de uitvoering"), so a text needs both.
 */
struct req {
	struct set a, b;	/* a better than b */
};

/* Keep cand if it is among the two best of r (taking its strings, or freeing them). */
static void consider(struct req *r, struct set *cand)
{
	if (better(cand, &r->a)) {
		set_free(&r->b);
		r->b = r->a;
		r->a = *cand;
	} else if (better(cand, &r->b)) {
		set_free(&r->b);
		r->b = *cand;
	} else {
		set_free(cand);
	}
	*cand = any_set;
}

static void req_free(struct req *r)
{
	set_free(&r->a);
	set_free(&r->b);
}

static void set_union(struct parser *ps, struct set *a, struct set *b)
{
	char **v;

	if (a->any || b->any) {
		set_free(a);
		set_free(b);
		return;
	}
	v = realloc(a->v, (a->n + b->n) * sizeof(*v));
	if (!v) {
		ps->nomem = true;
		set_free(a);
		set_free(b);
		return;
	}
	memcpy(v + a->n, b->v, b->n * sizeof(*v));
	a->v = v;
	a->n += b->n;
	free(b->v);
	*b = any_set;
}

struct lit {
	char buf[128];
	size_t len;
};

static void flush(struct parser *ps, struct lit *cur, struct req *best)
{
	struct set one = any_set;

	if (!cur->len)
		return;
	one.v = malloc(sizeof(*one.v));
	if (one.v)
		one.v[0] = strndup(cur->buf, cur->len);
	if (!one.v || !one.v[0]) {
		free(one.v);
		ps->nomem = true;
	} else {
		one.n = 1;
		one.any = false;
		consider(best, &one);
	}
	cur->len = 0;
}

/* A quantifier at ps->p: its minimum, or 1 when there is none (*quantified false). */
static unsigned long quantifier(struct parser *ps, bool *quantified)
{
	const char *p = ps->p;
	unsigned long min = 1;

	*quantified = false;
	if (p < ps->end && (*p == '*' || *p == '?' || *p == '+')) {
		min = *p == '+';
		p++;
	} else if (p < ps->end && *p == '{') {
		const char *q = p + 1;
		unsigned long n = 0;
		bool digits = false, comma = false;

		while (q < ps->end && *q >= '0' && *q <= '9') {
			n = n * 10 + (unsigned long)(*q++ - '0');
			digits = true;
		}
		if (q < ps->end && *q == ',') {
			comma = true;
			q++;
			while (q < ps->end && *q >= '0' && *q <= '9')
				q++;
		}
		if (q >= ps->end || *q != '}' || (!digits && !comma))
			return 1;	/* a literal '{' */
		min = digits ? n : 0;
		p = q + 1;
	} else {
		return 1;
	}
	if (p < ps->end && (*p == '?' || *p == '+'))
		p++;	/* lazy or possessive */
	ps->p = p;
	*quantified = true;
	return min;
}

/* Skip a delimited name or number: <...>, '...', {...}. */
static void skip_delimited(struct parser *ps)
{
	char close;

	if (ps->p >= ps->end)
		return;
	close = *ps->p == '<' ? '>' : *ps->p == '\'' ? '\'' : *ps->p == '{' ? '}' : 0;
	if (!close)
		return;
	while (ps->p < ps->end && *ps->p != close)
		ps->p++;
	if (ps->p < ps->end)
		ps->p++;
}

/* An escape after the backslash: the literal byte it stands for, or -1 (not a literal). */
static int escape(struct parser *ps)
{
	unsigned char e;

	if (ps->p >= ps->end)
		return -1;
	e = (unsigned char)*ps->p++;
	if (e >= 0x80) {
		while (ps->p < ps->end && ((unsigned char)*ps->p & 0xC0) == 0x80)
			ps->p++;
		return -1;
	}
	if (!((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')))
		return e;	/* \. \/ \- \( ... */
	switch (e) {
	case 'Q':
		ps->fail = true;
		return -1;
	case 'x': case 'o': case 'p': case 'P': case 'N':
		if (ps->p < ps->end && *ps->p == '{')
			skip_delimited(ps);
		else if (e == 'x')
			while (ps->p < ps->end && strchr("0123456789abcdefABCDEF", *ps->p) && *ps->p)
				ps->p++;
		else if (ps->p < ps->end)
			ps->p++;
		return -1;
	case 'k': case 'g':
		if (ps->p < ps->end && (*ps->p == '<' || *ps->p == '\'' || *ps->p == '{'))
			skip_delimited(ps);
		else
			while (ps->p < ps->end && (*ps->p == '-' || *ps->p == '+' || (*ps->p >= '0' && *ps->p <= '9')))
				ps->p++;
		return -1;
	case 'c':
		if (ps->p < ps->end)
			ps->p++;
		return -1;
	default:
		while (e >= '0' && e <= '9' && ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
			ps->p++;
		return -1;	/* \b \s \w \d \K \1 ... */
	}
}

/* Skip a character class at '['. */
static void skip_class(struct parser *ps)
{
	ps->p++;
	if (ps->p < ps->end && *ps->p == '^')
		ps->p++;
	if (ps->p < ps->end && *ps->p == ']')
		ps->p++;
	while (ps->p < ps->end && *ps->p != ']') {
		if (*ps->p == '\\' && ps->p + 1 < ps->end)
			ps->p++;
		else if (*ps->p == '[' && ps->p + 1 < ps->end && ps->p[1] == ':') {
			const char *q = strstr(ps->p + 2, ":]");

			if (q && q < ps->end)
				ps->p = q + 1;
		}
		ps->p++;
	}
	if (ps->p < ps->end)
		ps->p++;
}

static struct req alternation(struct parser *ps);

enum group { G_SET, G_ZERO, G_ITEM, G_NONE };

/* After '(': what the group is; ps->p is left at its body. */
static enum group group_kind(struct parser *ps)
{
	const char *p = ps->p;

	if (p < ps->end && *p == '*') {
		ps->fail = true;
		return G_NONE;
	}
	if (p >= ps->end || *p != '?')
		return G_SET;
	p++;
	if (p >= ps->end) {
		ps->fail = true;
		return G_NONE;
	}
	switch (*p) {
	case ':': case '>': case '|':
		ps->p = p + 1;
		return G_SET;
	case '=': case '!':
		ps->p = p + 1;
		return G_ZERO;
	case '#':
		while (p < ps->end && *p != ')')
			p++;
		ps->p = p;
		return G_NONE;
	case '<':
		if (p + 1 < ps->end && (p[1] == '=' || p[1] == '!')) {
			ps->p = p + 2;
			return G_ZERO;
		}
		/* a named group */
		/* fall through */
	case '\'':
		ps->p = p;
		skip_delimited(ps);
		return G_SET;
	case 'P':
		if (p + 1 < ps->end && p[1] == '<') {
			ps->p = p + 1;
			skip_delimited(ps);
			return G_SET;
		}
		/* (?P=name) (?P>name): a back reference or call */
		while (p < ps->end && *p != ')')
			p++;
		ps->p = p;
		return G_ITEM;
	case 'R': case '&': case '+': case '-': case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		if (*p == '-' && p + 1 < ps->end && !(p[1] >= '0' && p[1] <= '9'))
			break;	/* (?-i) */
		while (p < ps->end && *p != ')')
			p++;
		ps->p = p;
		return G_ITEM;
	default:
		break;
	}
	/* Options: (?i) for the rest of the group, (?i:...) for a group. */
	{
		const char *q = p;

		while (q < ps->end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-' || *q == '^'))
			q++;
		if (q >= ps->end || (*q != ')' && *q != ':') || memchr(p, 'x', (size_t)(q - p)) || q == p) {
			ps->fail = true;	/* extended mode, a condition, a callout ... */
			return G_NONE;
		}
		/* Caseless from here on: k and s may then match beyond ASCII. */
		if (memchr(p, 'i', (size_t)(q - p)) && (!memchr(p, '-', (size_t)(q - p)) ||
							(const char *)memchr(p, 'i', (size_t)(q - p)) < (const char *)memchr(p, '-', (size_t)(q - p))))
			ps->caseless = true;
		if (*q == ')') {
			ps->p = q;
			return G_NONE;
		}
		ps->p = q + 1;
		return G_SET;
	}
}

static struct req sequence(struct parser *ps)
{
	struct req best = { { NULL, 0, true }, { NULL, 0, true } };
	struct lit cur = { "", 0 };

	while (ps->p < ps->end && *ps->p != '|' && *ps->p != ')' && !ps->fail && !ps->nomem) {
		unsigned char c = (unsigned char)*ps->p;
		int lit = -1;
		bool quantified;
		unsigned long min;

		if (c == '(') {
			enum group kind;
			struct req sub = { { NULL, 0, true }, { NULL, 0, true } };

			flush(ps, &cur, &best);
			ps->p++;
			kind = group_kind(ps);
			if (kind == G_SET || kind == G_ZERO)
				sub = alternation(ps);
			if (ps->p < ps->end && *ps->p == ')')
				ps->p++;
			else
				ps->fail = true;
			min = quantifier(ps, &quantified);
			if (kind == G_SET && min >= 1) {
				consider(&best, &sub.a);
				consider(&best, &sub.b);
			}
			req_free(&sub);
			continue;
		}
		if (c == '[') {
			skip_class(ps);
			lit = -1;
		} else if (c == '\\') {
			ps->p++;
			lit = escape(ps);
		} else if (c >= 0x80) {
			ps->p++;
			while (ps->p < ps->end && ((unsigned char)*ps->p & 0xC0) == 0x80)
				ps->p++;
			lit = -1;
		} else if (c == '.' || c == '^' || c == '$' || c == '*' || c == '+' || c == '?') {
			ps->p++;
			lit = -1;
		} else {
			ps->p++;
			lit = c;
		}
		min = quantifier(ps, &quantified);
		if (lit >= 'A' && lit <= 'Z')
			lit += 'a' - 'A';
		/* Caselessly, k and s also match the Kelvin sign and the long s. */
		if (lit < 0 || min == 0 || (ps->caseless && (lit == 'k' || lit == 's'))) {
			flush(ps, &cur, &best);
			continue;
		}
		if (cur.len + 1 >= sizeof(cur.buf))
			flush(ps, &cur, &best);
		cur.buf[cur.len++] = (char)lit;
		if (quantified)
			flush(ps, &cur, &best);
	}
	flush(ps, &cur, &best);
	return best;
}

/* Alternatives: the union of their best sets (a text needs a literal of one of them). */
static struct req alternation(struct parser *ps)
{
	struct req all = sequence(ps);

	while (ps->p < ps->end && *ps->p == '|' && !ps->fail && !ps->nomem) {
		struct req next;

		ps->p++;
		next = sequence(ps);
		set_free(&all.b);
		set_union(ps, &all.a, &next.a);
		req_free(&next);
	}
	return all;
}

void leges_literals_free(char **lits)
{
	size_t i;

	for (i = 0; lits && lits[i]; i++)
		free(lits[i]);
	free(lits);
}

/* A set as a NULL-terminated array, when it is worth a scan: 0, 1 (not worth it) or -1 (no memory). */
static int set_take(struct set *s, char ***lits, size_t *n)
{
	char **v;

	*lits = NULL;
	*n = 0;
	/* A set of two-letter words would let nearly every text through: not worth a scan. */
	if (score(s) < 3) {
		set_free(s);
		return 1;
	}
	v = realloc(s->v, (s->n + 1) * sizeof(*v));
	if (!v) {
		set_free(s);
		return -1;
	}
	v[s->n] = NULL;
	*lits = v;
	*n = s->n;
	*s = any_set;
	return 0;
}

/* Both sets of pattern; the second may be missing (rc 0, *nb 0). */
static int literal_sets(const char *pattern, bool caseless, char ***a, size_t *na, char ***b, size_t *nb)
{
	struct parser ps = { pattern, pattern + strlen(pattern), caseless, false, false };
	struct req r = alternation(&ps);
	int rc;

	*a = *b = NULL;
	*na = *nb = 0;
	if (ps.p != ps.end)
		ps.fail = true;	/* an unbalanced ')' */
	if (ps.nomem || ps.fail) {
		req_free(&r);
		return ps.nomem ? -1 : 1;
	}
	rc = set_take(&r.a, a, na);
	if (!rc && set_take(&r.b, b, nb) < 0)
		rc = -1;
	req_free(&r);
	if (rc < 0) {
		leges_literals_free(*a);
		leges_literals_free(*b);
		*a = *b = NULL;
	}
	return rc;
}

int leges_literals(const char *pattern, bool caseless, char ***lits, size_t *n)
{
	char **second;
	size_t nsecond;
	int rc = literal_sets(pattern, caseless, lits, n, &second, &nsecond);

	leges_literals_free(second);
	return rc;
}

/* --- the automaton ---------------------------------------------------------------------- */

struct leges_prefilter {
	unsigned char cls[256];	/* byte -> class; 0: a byte no literal has */
	size_t nclasses;
	uint16_t *delta;	/* state * nclasses + class -> state (while building) */
	uint32_t *row;		/* the same for scanning: the next state's row offset, OUT_BIT when it has outputs */
	uint64_t *out;		/* per state: the sets one of whose literals ends here */
	size_t nstates;
	size_t maxlen;		/* of the longest literal */
	uint64_t always;	/* patterns without literals */
	uint64_t need[LEGES_PREFILTER_MAX];	/* per pattern: the sets a text must have a literal of */
	size_t npatterns;
};

#define OUT_BIT UINT32_C(0x80000000)

void leges_prefilter_free(struct leges_prefilter *pf)
{
	if (!pf)
		return;
	free(pf->delta);
	free(pf->row);
	free(pf->out);
	free(pf);
}

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 'a' - 'A') : c;
}

struct lits {
	char **v;
	size_t n;
};

static bool grow_states(struct leges_prefilter *pf, size_t *cap)
{
	size_t ncap = *cap * 2;
	uint16_t *d;
	uint64_t *o;

	if (ncap > 65535)
		return false;
	d = realloc(pf->delta, ncap * pf->nclasses * sizeof(*d));
	if (!d)
		return false;
	pf->delta = d;
	o = realloc(pf->out, ncap * sizeof(*o));
	if (!o)
		return false;
	pf->out = o;
	*cap = ncap;
	return true;
}

struct leges_prefilter *leges_prefilter_new(const char *const *patterns, const bool *caseless, size_t n)
{
	struct leges_prefilter *pf = calloc(1, sizeof(*pf));
	struct lits sets[64];	/* the literal sets of all patterns, one bit of a scan's result each */
	uint16_t *fail = NULL, *queue = NULL;
	size_t i, k, nsets = 0, cap = 64, head = 0, tail = 0;
	bool ok = pf != NULL;

	/* The literal sets of each pattern (one or two), and the byte classes they use. */
	for (i = 0; ok && i < n && i < LEGES_PREFILTER_MAX; i++) {
		struct lits two[2] = { { NULL, 0 }, { NULL, 0 } };
		int rc = literal_sets(patterns[i], caseless[i], &two[0].v, &two[0].n, &two[1].v, &two[1].n);
		size_t t;

		if (rc < 0) {
			ok = false;
			break;
		}
		for (t = 0; t < 2; t++) {
			if (rc || !two[t].n || nsets == 64) {
				leges_literals_free(two[t].v);
				continue;
			}
			pf->need[i] |= UINT64_C(1) << nsets;
			sets[nsets++] = two[t];
		}
		if (!pf->need[i])
			pf->always |= UINT64_C(1) << i;
	}
	if (pf)
		pf->npatterns = i;
	for (i = 0; ok && i < nsets; i++)
		for (k = 0; k < sets[i].n; k++) {
			const unsigned char *c;

			for (c = (const unsigned char *)sets[i].v[k]; *c; c++)
				if (!pf->cls[*c])
					pf->cls[*c] = (unsigned char)++pf->nclasses;
			if ((size_t)(c - (const unsigned char *)sets[i].v[k]) > pf->maxlen)
				pf->maxlen = (size_t)(c - (const unsigned char *)sets[i].v[k]);
		}
	if (ok) {
		pf->nclasses++;	/* class 0 */
		for (i = 'A'; i <= 'Z'; i++)
			pf->cls[i] = pf->cls[fold((unsigned char)i)];
		pf->delta = calloc(cap * pf->nclasses, sizeof(*pf->delta));
		pf->out = calloc(cap, sizeof(*pf->out));
		pf->nstates = 1;
		ok = pf->delta && pf->out;
	}
	/* The trie; 0 in delta is "no edge yet" (no edge leads back to the root before the links). */
	for (i = 0; ok && i < nsets; i++)
		for (k = 0; ok && k < sets[i].n; k++) {
			const unsigned char *c;
			size_t s = 0;

			for (c = (const unsigned char *)sets[i].v[k]; ok && *c; c++) {
				uint16_t *edge = &pf->delta[s * pf->nclasses + pf->cls[*c]];

				if (!*edge) {
					if (pf->nstates == cap && !grow_states(pf, &cap)) {
						ok = false;
						break;
					}
					edge = &pf->delta[s * pf->nclasses + pf->cls[*c]];
					memset(&pf->delta[pf->nstates * pf->nclasses], 0, pf->nclasses * sizeof(*pf->delta));
					pf->out[pf->nstates] = 0;
					*edge = (uint16_t)pf->nstates++;
				}
				s = *edge;
			}
			if (ok)
				pf->out[s] |= UINT64_C(1) << i;
		}
	/* Failure links, breadth first, folded into a complete transition table. */
	if (ok) {
		fail = calloc(pf->nstates, sizeof(*fail));
		queue = malloc(pf->nstates * sizeof(*queue));
		ok = fail && queue;
	}
	if (ok) {
		for (k = 0; k < pf->nclasses; k++)
			if (pf->delta[k])
				queue[tail++] = pf->delta[k];
		while (head < tail) {
			size_t s = queue[head++];

			pf->out[s] |= pf->out[fail[s]];
			for (k = 0; k < pf->nclasses; k++) {
				uint16_t *t = &pf->delta[s * pf->nclasses + k];
				uint16_t f = pf->delta[fail[s] * pf->nclasses + k];

				if (*t) {
					fail[*t] = f;
					queue[tail++] = *t;
				} else {
					*t = f;
				}
			}
		}
	}
	/* The scanning table: row offsets, so that a step is one load and no multiplication. */
	if (ok) {
		pf->row = malloc(pf->nstates * pf->nclasses * sizeof(*pf->row));
		ok = pf->row != NULL;
	}
	for (i = 0; ok && i < pf->nstates * pf->nclasses; i++) {
		uint16_t t = pf->delta[i];

		pf->row[i] = (uint32_t)(t * pf->nclasses) | (pf->out[t] ? OUT_BIT : 0);
	}
	if (pf) {
		free(pf->delta);
		pf->delta = NULL;
	}
	free(fail);
	free(queue);
	for (i = 0; i < nsets; i++)
		leges_literals_free(sets[i].v);
	if (!ok) {
		leges_prefilter_free(pf);
		return NULL;
	}
	/* Patterns past the limit may always match. */
	if (n > LEGES_PREFILTER_MAX)
		pf->always = ~UINT64_C(0);
	return pf;
}

/* The patterns that may match a text whose literals found are the sets in raw. */
static uint64_t patterns_of(const struct leges_prefilter *pf, uint64_t raw)
{
	uint64_t mask = pf->always;
	size_t i;

	for (i = 0; i < pf->npatterns; i++)
		if (pf->need[i] && (raw & pf->need[i]) == pf->need[i])
			mask |= UINT64_C(1) << i;
	return mask;
}

/* One step of a chain: state *s reads byte c; the sets that end there join *mask. */
static inline void step(const struct leges_prefilter *pf, uint32_t *s, unsigned char c, uint64_t *mask)
{
	uint32_t t = pf->row[*s + pf->cls[c]];

	*s = t & ~OUT_BIT;
	if (t & OUT_BIT)
		*mask |= pf->out[*s / pf->nclasses];
}

/*
 * The sets found in p[0..la) and in q[0..lb), as two chains of steps side by
 * side: each step waits for the one before it, and two independent chains
 * the processor overlaps.
 */
static void scan_pair(const struct leges_prefilter *pf, const unsigned char *p, size_t la, const unsigned char *q,
		      size_t lb, uint64_t *x, uint64_t *y)
{
	size_t n = la < lb ? la : lb, i;
	uint32_t sa = 0, sb = 0;

	*x = *y = 0;
	for (i = 0; i < n; i++) {
		step(pf, &sa, p[i], x);
		step(pf, &sb, q[i], y);
	}
	/* The longer one goes on alone, from the state it reached. */
	for (; i < la; i++)
		step(pf, &sa, p[i], x);
	for (; i < lb; i++)
		step(pf, &sb, q[i], y);
}

/*
 * A text long enough is read as two halves at once.  The first half reads on
 * into the second by the longest literal less one byte: a literal that
 * straddles the middle is seen whole by the first chain.
 */
uint64_t leges_prefilter_scan(const struct leges_prefilter *pf, const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t mid = len / 2, lena;
	uint64_t x, y;

	if (len < 64 || !pf->maxlen) {
		scan_pair(pf, p, len, NULL, 0, &x, &y);
		return patterns_of(pf, x);
	}
	lena = mid + pf->maxlen - 1 < len ? mid + pf->maxlen - 1 : len;
	scan_pair(pf, p, lena, p + mid, len - mid, &x, &y);
	return patterns_of(pf, x | y);
}

void leges_prefilter_scan2(const struct leges_prefilter *pf, const char *a, size_t la, const char *b, size_t lb,
			   uint64_t *ma, uint64_t *mb)
{
	uint64_t x, y;

	scan_pair(pf, (const unsigned char *)a, la, (const unsigned char *)b, lb, &x, &y);
	*ma = patterns_of(pf, x);
	*mb = patterns_of(pf, y);
}
