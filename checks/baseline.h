/*
 * baseline.h - known findings (--write-baseline FILE, --baseline FILE).
 *
 * A baseline lists findings by file, rule and fingerprint (rule, eId and a
 * hash of the element's normalised text), so that a known finding stays known
 * when lines move and is reported again when its text changes.  JSON, sorted.
 */
#ifndef LEGES_BASELINE_H
#define LEGES_BASELINE_H

#include <stdio.h>

#include "checks/engine.h"

struct leges_baseline;

int leges_baseline_write(FILE *out, const struct leges_findings *f);
int leges_baseline_load(struct leges_baseline **out, const char *path);
/* Drop the findings the baseline knows (each entry once); returns how many were dropped. */
size_t leges_baseline_filter(struct leges_baseline *b, struct leges_findings *f);
void leges_baseline_free(struct leges_baseline *b);

#endif
