/* eid.c - eId syntax (see eid.h). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eid.h"

/* Sorted by element name, for bsearch. */
static const struct abbrev { const char *element, *ref; } abbrevs[] = {
	{ "alinea", "al" }, { "amendmentBody", "body" }, { "article", "art" },
	{ "attachment", "att" }, { "blockList", "list" }, { "chapter", "chp" },
	{ "citation", "cit" }, { "citations", "cits" }, { "clause", "cl" },
	{ "component", "cmp" }, { "componentRef", "cref" }, { "components", "cmpnts" },
	{ "debateBody", "body" }, { "debateSection", "dbsect" }, { "division", "dvs" },
	{ "documentRef", "dref" }, { "eventRef", "eref" }, { "intro", "intro" },
	{ "judgmentBody", "body" }, { "list", "list" }, { "listIntroduction", "intro" },
	{ "listWrapUp", "wrap" }, { "mainBody", "body" }, { "paragraph", "para" },
	{ "quotedStructure", "qstr" }, { "quotedText", "qtext" }, { "recital", "rec" },
	{ "recitals", "recs" }, { "section", "sec" }, { "subchapter", "subchp" },
	{ "subclause", "subcl" }, { "subdivision", "subdvs" }, { "subparagraph", "subpara" },
	{ "subsection", "subsec" }, { "temporalGroup", "tmpg" }, { "wrapUp", "wrapup" },
};

static int cmp_abbrev(const void *key, const void *elem)
{
	return strcmp(key, ((const struct abbrev *)elem)->element);
}

const char *leges_eid_ref(const char *element)
{
	const struct abbrev *a = bsearch(element, abbrevs, sizeof(abbrevs) / sizeof(abbrevs[0]),
					 sizeof(abbrevs[0]), cmp_abbrev);

	return a ? a->ref : element;
}

/*
 * ^[a-zA-Z][a-zA-Z0-9]*(?:_[^\s_]+)?(?:__[a-zA-Z][a-zA-Z0-9]*(?:_[^\s_]+)?)*$
 * written out by hand: it runs on every eId of every document.
 */
bool leges_eid_parse(const char *s, size_t *last)
{
	const unsigned char *p = (const unsigned char *)s;

	*last = 0;
	for (;;) {
		if (!isalpha(*p))
			return false;
		while (isalnum(*p))
			p++;
		if (*p == '_' && p[1] != '_') {
			p++;
			if (!*p || isspace(*p) || *p == '_')
				return false;
			while (*p && !isspace(*p) && *p != '_')
				p++;
		}
		if (!*p)
			return true;
		if (p[0] != '_' || p[1] != '_')
			return false;
		p += 2;
		*last = (size_t)(p - (const unsigned char *)s);
	}
}

bool leges_eid_valid(const char *s)
{
	size_t last;

	return leges_eid_parse(s, &last);
}

void leges_eid_last_step(const char *eid, size_t *prefix_len, const char **ref, size_t *ref_len,
			 const char **num, size_t *num_len)
{
	const char *last = eid, *p, *us;

	for (p = eid; (p = strstr(p, "__")); p += 2)
		last = p + 2;
	*prefix_len = last == eid ? 0 : (size_t)(last - 2 - eid);
	us = strchr(last, '_');
	*ref = last;
	if (us) {
		*ref_len = (size_t)(us - last);
		*num = us + 1;
		*num_len = strlen(us + 1);
	} else {
		*ref_len = strlen(last);
		*num = last + *ref_len;
		*num_len = 0;
	}
}
