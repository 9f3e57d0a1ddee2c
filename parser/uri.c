/* uri.c - AKN IRIs and ELIs (see uri.h). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "uri.h"

static const char *const doctypes[] = {
	"act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc",
	"documentCollection", "judgment", "officialGazette", "portion", "statement", NULL
};

bool leges_is_akn_doctype(const char *s, size_t len)
{
	int i;

	for (i = 0; doctypes[i]; i++)
		if (strlen(doctypes[i]) == len && !memcmp(doctypes[i], s, len))
			return true;
	return false;
}

static bool digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return true;
}

bool leges_is_iso_date(const char *s, size_t len, bool year_ok)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d;

	if (year_ok && len == 4 && digits(s, 4))
		return true;
	if (len != 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
		return false;
	y = atoi(s);
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

static bool is_date_seg(const char *s)
{
	return leges_is_iso_date(s, strlen(s), true);
}

int leges_akn_iri_parse(struct leges_akn_iri *out, const char *iri)
{
	char *segs[16], *p, *at, *bang, *tilde;
	int n = 0, i, date_at = -1;

	memset(out, 0, sizeof(*out));
	if (strncmp(iri, "/akn/", 5))
		return leges_error_set(LEGES_EINVAL, "does not start with /akn/");
	out->copy = strdup(iri);
	if (!out->copy)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	/* Portion and component come last and may contain '/'; cut them off first. */
	tilde = strchr(out->copy, '~');
	if (tilde) {
		*tilde = '\0';
		out->portion = tilde + 1;
	}
	bang = strchr(out->copy, '!');
	if (bang) {
		*bang = '\0';
		out->component = bang + 1;
	}
	for (p = out->copy + 5; p && *p && n < 16;) {
		char *slash = strchr(p, '/');

		segs[n++] = p;
		if (slash)
			*slash = '\0';
		p = slash ? slash + 1 : NULL;
	}
	if (n < 3) {
		leges_akn_iri_release(out);
		return leges_error_set(LEGES_EINVAL, "too few parts: expected /akn/country/type/date/number");
	}
	out->country = segs[0];
	out->doctype = segs[1];
	if (!*out->country || strlen(out->country) < 2 || !isalpha((unsigned char)out->country[0])) {
		leges_akn_iri_release(out);
		return leges_error_set(LEGES_EINVAL, "no country code after /akn/");
	}
	if (!leges_is_akn_doctype(out->doctype, strlen(out->doctype))) {
		int rc = leges_error_set(LEGES_EINVAL, "'%s' is not an Akoma Ntoso document type", segs[1]);

		leges_akn_iri_release(out);
		return rc;
	}
	for (i = 2; i < n && i <= 4; i++)
		if (is_date_seg(segs[i])) {
			date_at = i;
			break;
		}
	if (date_at < 0) {
		leges_akn_iri_release(out);
		return leges_error_set(LEGES_EINVAL, "no date (YYYY-MM-DD) in the work part");
	}
	if (date_at >= 3)
		out->subtype = segs[2];
	if (date_at == 4)
		out->actor = segs[3];
	out->date = segs[date_at];
	i = date_at + 1;
	if (i < n && !strchr(segs[i], '@')) {
		out->number = segs[i];
		i++;
	}
	if (i < n) {
		/* Expression: lang@version, possibly with a manifestation extension. */
		at = strchr(segs[i], '@');
		out->lang = segs[i];
		if (at) {
			char *dot;

			*at = '\0';
			out->version = at + 1;
			dot = strrchr(at + 1, '.');
			if (dot && !isdigit((unsigned char)dot[1])) {
				*dot = '\0';
				out->format = dot + 1;
			}
			/* A version that looks like a date must be a real one. */
			if (strlen(out->version) == 10 && isdigit((unsigned char)out->version[0]) &&
			    out->version[4] == '-' && !leges_is_iso_date(out->version, 10, false)) {
				leges_akn_iri_release(out);
				return leges_error_set(LEGES_EINVAL, "version date is not a real date");
			}
		}
		if (!*out->lang || strlen(out->lang) > 8) {
			leges_akn_iri_release(out);
			return leges_error_set(LEGES_EINVAL, "bad language code in the expression part");
		}
	}
	return 0;
}

void leges_akn_iri_release(struct leges_akn_iri *iri)
{
	free(iri->copy);
	memset(iri, 0, sizeof(*iri));
}

bool leges_is_eli(const char *href)
{
	const char *p = strstr(href, "://");

	return p && strstr(p + 3, "/eli/") != NULL;
}

static const char *const eu_types[] = {
	"dir", "reg", "dec", "reg_impl", "reg_del", "dir_impl", "dir_del", "dec_impl", "dec_del",
	"dec_framw", "treaty", "agree", "recom", "opin", "guideline", "C", NULL
};

const char *leges_eli_problem(const char *href)
{
	const char *p = strstr(href, "/eli/"), *seg;
	size_t len;
	int i;

	if (!p)
		return "no /eli/ part";
	p += 5;
	if (!*p)
		return "nothing after /eli/";
	if (strstr(href, "data.europa.eu/eli/")) {
		/* http://data.europa.eu/eli/{type}/{year}/{number}[/...] */
		seg = p;
		len = strcspn(seg, "/");
		for (i = 0; eu_types[i]; i++)
			if (strlen(eu_types[i]) == len && !strncmp(eu_types[i], seg, len))
				break;
		if (!eu_types[i])
			return "unknown EU ELI document type";
		if (!seg[len])
			return "EU ELI without year";
		seg += len + 1;
		len = strcspn(seg, "/");
		if (len != 4 || !digits(seg, 4))
			return "EU ELI year is not four digits";
		if (!seg[len] || !seg[len + 1])
			return "EU ELI without number";
		return NULL;
	}
	/* Other ELIs: at least a type and a year, all parts non-empty. */
	seg = p;
	len = strcspn(seg, "/");
	if (!len || !seg[len])
		return "ELI without document type and year";
	for (seg += len + 1; *seg; seg += len + (seg[len] ? 1 : 0)) {
		len = strcspn(seg, "/");
		if (!len && seg[len])
			return "empty part in ELI";
		if (!len)
			break;
	}
	return NULL;
}
