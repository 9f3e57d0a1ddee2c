/*
 * fuzz-formula.c - libFuzzer entry point over the amending-formula recogniser
 * and the provision pinpoints: any bytes, as a sentence and as a list item.
 * Build (see fuzz/run.sh): clang -fsanitize=fuzzer,address,undefined with
 * parser/formula.c parser/pinpoint.c parser/num.c parser/error.c.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser/formula.h"
#include "parser/pinpoint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct leges_formula f;
	struct leges_pinpoint p;
	char *s, date[11], eid[512];

	if (size > 1 << 16)
		return 0;
	s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (!leges_formula_parse(&f, s, size, false)) {
		if (f.target && !leges_pinpoint_parse(&p, NULL, f.target))
			leges_pinpoint_eid(&p, eid, sizeof(eid));
		leges_formula_release(&f);
	}
	if (!leges_formula_parse(&f, s, size, true))
		leges_formula_release(&f);
	if (!leges_pinpoint_parse(&p, NULL, s))
		leges_pinpoint_eid(&p, eid, sizeof(eid));
	leges_formula_date(date, s);
	free(s);
	return 0;
}
