/*
 * fuzz-cite-eu.c - libFuzzer target for the EU citation recogniser: any
 * bytes (invalid UTF-8 included) must give citations inside the input, with
 * well-formed CELEX numbers, and never crash.  Built and run by fuzz/run.sh.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser/cite-eu.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct leges_eu_cites c = { 0 };
	char *text = malloc(size + 1);
	size_t i;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (!leges_cite_eu_find(&c, text, size))
		for (i = 0; i < c.n; i++) {
			char buf[64];

			if (c.v[i].start > c.v[i].end || c.v[i].end > size || strlen(c.v[i].celex) != 10)
				abort();
			leges_eu_cite_canonical(buf, sizeof(buf), &c.v[i], 'n', NULL);
		}
	leges_eu_cites_release(&c);
	free(text);
	return 0;
}
