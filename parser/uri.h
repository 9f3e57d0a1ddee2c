/*
 * uri.h - Akoma Ntoso IRIs (Naming Convention 4.5-4.7) and ELIs.
 *
 *   /akn/be-vlg/act/decreet/2019-12-13/nn/nld@2020-01-01!main~art_5__para_2
 *   http://data.europa.eu/eli/dir/2019/1024/oj
 *   http://www.ejustice.just.fgov.be/eli/decreet/2019/12/13/2019015123/justel
 *
 * The parser only splits and checks shape; it never resolves anything.
 * Pointers in the parsed form point into a copy owned by the struct.
 */
#ifndef LEGES_URI_H
#define LEGES_URI_H

#include <stdbool.h>

struct leges_akn_iri {
	char *copy;		/* owned */
	const char *country;	/* "be-vlg" */
	const char *doctype;	/* "act" */
	const char *subtype;	/* "decreet" or NULL */
	const char *actor;	/* or NULL */
	const char *date;	/* "2019-12-13" */
	const char *number;	/* "nn" or NULL */
	const char *lang;	/* "nld" or NULL (no expression part) */
	const char *version;	/* after '@', "" for the original, NULL if no '@' */
	const char *component;	/* after '!', or NULL */
	const char *portion;	/* after '~', or NULL */
	const char *format;	/* manifestation extension after '.', or NULL */
	const char *work_end;	/* where the work part ends in the original text */
};

/* Parse an AKN IRI; 0 or LEGES_EINVAL with a message saying what is wrong. */
int leges_akn_iri_parse(struct leges_akn_iri *out, const char *iri);
void leges_akn_iri_release(struct leges_akn_iri *iri);

/* True for YYYY-MM-DD with a real month and day (or YYYY when year_ok). */
bool leges_is_iso_date(const char *s, size_t len, bool year_ok);

/* True when s names an AKN document type (act, bill, doc, ...). */
bool leges_is_akn_doctype(const char *s, size_t len);

/*
 * Check the shape of an ELI.  Returns NULL when it is well-formed, otherwise
 * a static string saying what is wrong.
 */
const char *leges_eli_problem(const char *href);

/* True when href is an ELI (has "/eli/" after a host). */
bool leges_is_eli(const char *href);

#endif
