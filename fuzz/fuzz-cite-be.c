/*
 * fuzz-cite-be.c - libFuzzer target for the Belgian citation recogniser:
 * any bytes give citations inside the input with a real date, and never a
 * crash.  Built and run by fuzz/run.sh.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser/cite-be.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct leges_be_cites c = { 0 };
	char *text = malloc(size + 1);
	size_t i;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (!leges_cite_be_find(&c, text, size))
		for (i = 0; i < c.n; i++)
			if (c.v[i].start > c.v[i].end || c.v[i].end > size || strlen(c.v[i].date) != 10)
				abort();
	leges_be_cites_release(&c);
	free(text);
	return 0;
}
