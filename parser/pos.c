/* pos.c - source positions from the raw bytes (see pos.h). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "pos.h"

int leges_srcmap_init(struct leges_srcmap *map, const char *buf, size_t len)
{
	memset(map, 0, sizeof(*map));
	map->buf = buf;
	map->len = len;
	return 0;
}

void leges_srcmap_release(struct leges_srcmap *map)
{
	free(map->line_start);
	memset(map, 0, sizeof(*map));
}

/*
 * The offset of the first byte of each line, found on first use: the lines
 * of a document are only counted when something in it is reported.  False
 * when there is no memory for the table.
 */
static bool lines_known(const struct leges_srcmap *cmap)
{
	struct leges_srcmap *map = (struct leges_srcmap *)cmap;	/* a cache: made once, never changed */
	size_t cap = 1024, n = 0;
	const char *p = map->buf, *end = map->buf + map->len;

	if (map->nlines)
		return true;
	map->line_start = malloc(cap * sizeof(size_t));
	if (!map->line_start)
		return false;
	map->line_start[n++] = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));

		if (!nl)
			break;
		if (n == cap) {
			size_t *grown = realloc(map->line_start, 2 * cap * sizeof(size_t));

			if (!grown) {
				free(map->line_start);
				map->line_start = NULL;
				return false;
			}
			map->line_start = grown;
			cap *= 2;
		}
		map->line_start[n++] = (size_t)(nl + 1 - map->buf);
		p = nl + 1;
	}
	map->nlines = n;
	return true;
}

struct leges_pos leges_srcmap_at(const struct leges_srcmap *map, size_t offset)
{
	struct leges_pos pos = { 0, 0, offset, false };
	size_t lo = 0, hi, i, start = 0;
	unsigned long col = 1;

	if (offset > map->len)
		return pos;
	if (lines_known(map)) {
		for (hi = map->nlines; hi - lo > 1;) {
			size_t mid = lo + (hi - lo) / 2;

			if (map->line_start[mid] <= offset)
				lo = mid;
			else
				hi = mid;
		}
		start = map->line_start[lo];
	} else {
		/* No memory for the table: count the lines up to offset. */
		for (i = 0; i < offset; i++)
			if (map->buf[i] == '\n') {
				lo++;
				start = i + 1;
			}
	}
	for (i = start; i < offset; i++)
		if (((unsigned char)map->buf[i] & 0xC0) != 0x80)
			col++;
	pos.line = lo + 1;
	pos.col = col;
	pos.exact = true;
	return pos;
}

/* --- the walk ----------------------------------------------------------- */

enum tok {
	TOK_END, TOK_TEXT, TOK_START, TOK_EMPTY, TOK_CLOSE, TOK_COMMENT,
	TOK_PI, TOK_CDATA, TOK_DOCTYPE, TOK_XMLDECL, TOK_BAD
};

struct lexer {
	const char *buf, *p, *end;
};

static const char *find(const char *p, const char *end, const char *what)
{
	size_t n = strlen(what);

	while (p + n <= end) {
		const char *c = memchr(p, what[0], (size_t)(end - p));

		if (!c || c + n > end)
			return NULL;
		if (!memcmp(c, what, n))
			return c;
		p = c + 1;
	}
	return NULL;
}

/* Skip a start tag's attributes, honouring quotes; returns after '>'. */
static const char *skip_tag(const char *p, const char *end, bool *empty)
{
	char q = 0;

	for (; p < end; p++) {
		if (q) {
			if (*p == q)
				q = 0;
		} else if (*p == '"' || *p == '\'') {
			q = *p;
		} else if (*p == '>') {
			*empty = p[-1] == '/';
			return p + 1;
		}
	}
	return NULL;
}

static const char *skip_doctype(const char *p, const char *end)
{
	int depth = 0;
	char q = 0;

	for (; p < end; p++) {
		if (q) {
			if (*p == q)
				q = 0;
		} else if (*p == '"' || *p == '\'') {
			q = *p;
		} else if (*p == '[') {
			depth++;
		} else if (*p == ']') {
			depth--;
		} else if (*p == '>' && depth <= 0) {
			return p + 1;
		} else if (depth > 0 && *p == '<' && p + 4 <= end && !memcmp(p, "<!--", 4)) {
			const char *c = find(p + 4, end, "-->");

			if (!c)
				return NULL;
			p = c + 2;
		}
	}
	return NULL;
}

/* Read the next token; *start is where it begins. */
static enum tok next(struct lexer *lx, const char **start)
{
	const char *p = lx->p, *e;
	bool empty = false;

	*start = p;
	if (p >= lx->end)
		return TOK_END;
	if (*p != '<') {
		e = memchr(p, '<', (size_t)(lx->end - p));
		lx->p = e ? e : lx->end;
		return TOK_TEXT;
	}
	if (lx->end - p >= 2 && p[1] == '/') {
		e = memchr(p, '>', (size_t)(lx->end - p));
		if (!e)
			return TOK_BAD;
		lx->p = e + 1;
		return TOK_CLOSE;
	}
	if (lx->end - p >= 4 && !memcmp(p, "<!--", 4)) {
		e = find(p + 4, lx->end, "-->");
		if (!e)
			return TOK_BAD;
		lx->p = e + 3;
		return TOK_COMMENT;
	}
	if (lx->end - p >= 9 && !memcmp(p, "<![CDATA[", 9)) {
		e = find(p + 9, lx->end, "]]>");
		if (!e)
			return TOK_BAD;
		lx->p = e + 3;
		return TOK_CDATA;
	}
	if (lx->end - p >= 2 && p[1] == '!') {
		e = skip_doctype(p, lx->end);
		if (!e)
			return TOK_BAD;
		lx->p = e;
		return TOK_DOCTYPE;
	}
	if (lx->end - p >= 2 && p[1] == '?') {
		e = find(p + 2, lx->end, "?>");
		if (!e)
			return TOK_BAD;
		lx->p = e + 2;
		if (p == lx->buf && lx->end - p >= 6 && !memcmp(p, "<?xml", 5) &&
		    (p[5] == ' ' || p[5] == '\t' || p[5] == '\r' || p[5] == '\n'))
			return TOK_XMLDECL;
		return TOK_PI;
	}
	e = skip_tag(p + 1, lx->end, &empty);
	if (!e)
		return TOK_BAD;
	lx->p = e;
	return empty ? TOK_EMPTY : TOK_START;
}

static void mark(xmlNode *node, const char *at, const char *buf)
{
	node->_private = (void *)(uintptr_t)((size_t)(at - buf) + 1);
}

static bool is_blank(const char *p, const char *e)
{
	for (; p < e; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			return false;
	return true;
}

/*
 * Match one node (and, for elements, its subtree) against the tokens.
 * Iterative, so that depth costs no stack.
 */
static bool walk(struct lexer *lx, xmlNode *first, bool top)
{
	xmlNode *node = first;
	const char *start;
	enum tok t;

	while (node) {
		bool descend = false;

		if (node->type == XML_DTD_NODE || node->type == XML_ENTITY_DECL ||
		    node->type == XML_XINCLUDE_START || node->type == XML_XINCLUDE_END) {
			goto advance;
		}
		/* Outside the root, blank text and declarations are not nodes. */
		for (;;) {
			t = next(lx, &start);
			if (t == TOK_XMLDECL || t == TOK_DOCTYPE)
				continue;
			if (top && node->parent && node->parent->type == XML_DOCUMENT_NODE &&
			    t == TOK_TEXT && is_blank(start, lx->p))
				continue;
			break;
		}
		switch (node->type) {
		case XML_ELEMENT_NODE:
			if (t != TOK_START && t != TOK_EMPTY)
				return false;
			mark(node, start, lx->buf);
			if (t == TOK_START)
				descend = true;
			break;
		case XML_TEXT_NODE:
			if (t != TOK_TEXT)
				return false;
			mark(node, start, lx->buf);
			break;
		case XML_CDATA_SECTION_NODE:
			if (t != TOK_CDATA)
				return false;
			mark(node, start, lx->buf);
			/* libxml2 joins adjacent CDATA sections into one node. */
			while (lx->p + 9 <= lx->end && !memcmp(lx->p, "<![CDATA[", 9))
				next(lx, &start);
			break;
		case XML_COMMENT_NODE:
			if (t != TOK_COMMENT)
				return false;
			mark(node, start, lx->buf);
			break;
		case XML_PI_NODE:
			if (t != TOK_PI)
				return false;
			mark(node, start, lx->buf);
			break;
		default:
			return false;
		}
		if (descend) {
			if (node->children) {
				node = node->children;
				continue;
			}
			/* <a></a> with no content: consume the end tag. */
			t = next(lx, &start);
			if (t != TOK_CLOSE)
				return false;
		}
advance:
		while (node && !node->next) {
			node = node->parent;
			if (!node || node->type != XML_ELEMENT_NODE)
				return true;
			t = next(lx, &start);
			if (t == TOK_TEXT && is_blank(start, lx->p)) /* cannot happen in a node list, be safe */
				t = next(lx, &start);
			if (t != TOK_CLOSE)
				return false;
		}
		if (node)
			node = node->next;
	}
	return true;
}

void leges_pos_annotate(struct leges_srcmap *map, xmlDocPtr doc)
{
	struct lexer lx = { map->buf, map->buf, map->buf + map->len };

	map->deferred = NULL;
	map->complete = walk(&lx, doc->children, true);
}

void leges_pos_annotate_later(struct leges_srcmap *map, xmlDocPtr doc)
{
	map->deferred = doc;
}

static bool node_offset(const struct leges_srcmap *map, const xmlNode *node, size_t *off)
{
	/* The first position asked for: annotate now (a cache, so const does not forbid it). */
	if (map->deferred)
		leges_pos_annotate((struct leges_srcmap *)map, map->deferred);
	if (!node || !node->_private || node->type == XML_DOCUMENT_NODE ||
	    node->type == XML_ATTRIBUTE_NODE || node->type == XML_NAMESPACE_DECL)
		return false;
	*off = (size_t)(uintptr_t)node->_private - 1;
	return true;
}

static struct leges_pos fallback(const xmlNode *node)
{
	struct leges_pos pos = { 0, 0, 0, false };
	long line;

	while (node && node->type == XML_ATTRIBUTE_NODE)
		node = node->parent;
	if (node && node->type != XML_DOCUMENT_NODE) {
		line = xmlGetLineNo(node);
		if (line > 0)
			pos.line = (unsigned long)line;
	}
	return pos;
}

struct leges_pos leges_pos_node(const struct leges_srcmap *map, const xmlNode *node)
{
	size_t off;

	if (node && node->type == XML_ATTRIBUTE_NODE)
		return leges_pos_attr(map, node->parent, (const char *)node->name);
	if (!node_offset(map, node, &off))
		return fallback(node);
	return leges_srcmap_at(map, off);
}

struct leges_pos leges_pos_attr(const struct leges_srcmap *map, const xmlNode *node, const char *name)
{
	size_t off, n = strlen(name);
	const char *p, *end;
	char q = 0;

	if (!node_offset(map, node, &off) || node->type != XML_ELEMENT_NODE)
		return fallback(node);
	p = map->buf + off + 1;
	end = map->buf + map->len;
	/* Skip the element name, then look at each attribute name in turn. */
	while (p < end && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' && *p != '>' && *p != '/')
		p++;
	for (; p < end && *p != '>'; p++) {
		if (q) {
			if (*p == q)
				q = 0;
			continue;
		}
		if (*p == '"' || *p == '\'') {
			q = *p;
			continue;
		}
		if ((p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r') &&
		    p + n < end && !memcmp(p, name, n) &&
		    (p[n] == '=' || p[n] == ' ' || p[n] == '\t' || p[n] == '\n' || p[n] == '\r')) {
			const char *v = p + n;

			while (v < end && *v != '"' && *v != '\'')
				v++;
			if (v < end)
				return leges_srcmap_at(map, (size_t)(v + 1 - map->buf));
		}
	}
	return leges_srcmap_at(map, off);
}

/* Bytes a character reference &#...; takes in UTF-8. */
static size_t charref_len(const char *p, const char *e)
{
	unsigned long cp = 0;

	if (p < e && (*p == 'x' || *p == 'X')) {
		for (p++; p < e; p++) {
			int c = *p, v = c >= '0' && c <= '9' ? c - '0' :
				c >= 'a' && c <= 'f' ? c - 'a' + 10 :
				c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

			if (v < 0 || cp > 0x10FFFF)
				break;
			cp = cp * 16 + (unsigned long)v;
		}
	} else {
		for (; p < e && *p >= '0' && *p <= '9' && cp <= 0x10FFFF; p++)
			cp = cp * 10 + (unsigned long)(*p - '0');
	}
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

struct leges_pos leges_pos_text(const struct leges_srcmap *map, const xmlNode *node, size_t index)
{
	size_t off, got = 0;
	const char *p, *end;
	bool cdata;

	if (!node_offset(map, node, &off))
		return fallback(node);
	p = map->buf + off;
	end = map->buf + map->len;
	cdata = node->type == XML_CDATA_SECTION_NODE;
	if (cdata)
		p += 9;
	while (p < end && got < index) {
		if (cdata) {
			if (end - p >= 3 && !memcmp(p, "]]>", 3)) {
				if (end - p >= 12 && !memcmp(p + 3, "<![CDATA[", 9)) {
					p += 12;
					continue;
				}
				break;
			}
		} else if (*p == '<') {
			break;
		} else if (*p == '&') {
			const char *semi = memchr(p, ';', (size_t)(end - p) < 16 ? (size_t)(end - p) : 16);

			if (semi) {
				got += p[1] == '#' ? charref_len(p + 2, semi) : 1;
				p = semi + 1;
				continue;
			}
		}
		if (*p == '\r' && p + 1 < end && p[1] == '\n') {
			p++;	/* CR LF is one LF in the tree */
			continue;
		}
		p++;
		got++;
	}
	return leges_srcmap_at(map, (size_t)(p - map->buf));
}
