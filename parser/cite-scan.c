/*
 * cite-scan.c - necessary conditions of the citation patterns (see
 * cite-scan.h).
 */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "parser/cite-scan.h"

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The white space of PCRE2's \s that is ASCII: tab to carriage return, space. */
static bool is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * True when one of the eight bytes of w is an ASCII digit: bytes '0'..'9'
 * become 0..9 under the xor, and the test for a byte below 10 cannot miss
 * one (it may only misplace it, which does not matter here).
 */
static bool has_digit(uint64_t w)
{
	uint64_t t = w ^ (ONES * '0');

	return ((t - ONES * 10) & ~t & HIGHS) != 0;
}

size_t leges_cite_scan_digits(const char *text, size_t len, size_t from, size_t *end)
{
	size_t i = from, e;
	uint64_t w;

	/* Eight bytes at a time: prose has few digits. */
	while (i + 8 <= len) {
		memcpy(&w, text + i, 8);
		if (has_digit(w))
			break;
		i += 8;
	}
	while (i < len && !is_digit((unsigned char)text[i]))
		i++;
	for (e = i; e < len && is_digit((unsigned char)text[e]); e++)
		;
	*end = e;
	return i;
}

static bool is_month(const char *s, size_t n)
{
#define M(name) { name, sizeof(name) - 1 }
	static const struct {
		const char *name;
		size_t len;
	} months[] = {
		/* Dutch */
		M("januari"), M("februari"), M("maart"), M("april"), M("mei"), M("juni"), M("juli"), M("augustus"),
		M("september"), M("oktober"), M("november"), M("december"),
		/* French, as far as it is written in ASCII (fevrier, aout, decembre) */
		M("janvier"), M("fevrier"), M("mars"), M("avril"), M("mai"), M("juin"), M("juillet"), M("aout"),
		M("septembre"), M("octobre"), M("novembre"), M("decembre"),
		/* English, where it differs */
		M("january"), M("february"), M("march"), M("may"), M("june"), M("july"), M("august"), M("october"),
	};
#undef M
	size_t i;

	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++)
		if (months[i].len == n && (s[0] | 0x20) == months[i].name[0] && !strncasecmp(s, months[i].name, n))
			return true;
	return false;
}

/*
 * Maybe a month name and white space end just before text[at]: false only
 * when the bytes before are ASCII and are not white space after a month name.
 */
static bool month_before(const char *text, size_t at)
{
	size_t j = at, w;

	while (j > 0 && is_space((unsigned char)text[j - 1]))
		j--;
	if (j > 0 && (unsigned char)text[j - 1] >= 0x80)
		return true;	/* a space or a letter of more than one byte */
	if (j == at)
		return false;	/* no white space */
	for (w = j; w > 0 && is_alpha((unsigned char)text[w - 1]); w--)
		;
	if (w > 0 && (unsigned char)text[w - 1] >= 0x80)
		return true;	/* "février", "août", "décembre", or a letter that matches caselessly */
	return is_month(text + w, j - w);
}

bool leges_cite_scan_month_year(const char *text, size_t len)
{
	size_t i, e;

	for (i = leges_cite_scan_digits(text, len, 0, &e); i < len; i = leges_cite_scan_digits(text, len, e, &e))
		if (e - i >= 4 && month_before(text, i))
			return true;
	return false;
}
