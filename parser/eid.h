/*
 * eid.h - Akoma Ntoso eId syntax and the Naming Convention's element
 * abbreviations (RULES.md 4A).
 *
 * An eId is a list of steps joined by "__"; a step is element_ref, optionally
 * followed by "_" and a number part.  The prefix of an eId (all steps but the
 * last) is the eId of a context element.
 */
#ifndef LEGES_EID_H
#define LEGES_EID_H

#include <stdbool.h>
#include <stddef.h>

/* True when s is a syntactically valid eId. */
bool leges_eid_valid(const char *s);
/*
 * The same, and *last is the offset of the last step of s (0 when it has one
 * step; the prefix is then the first *last - 2 bytes).
 */
bool leges_eid_parse(const char *s, size_t *last);

/* The Naming Convention's element_ref for an element name ("article" -> "art"). */
const char *leges_eid_ref(const char *element);

/*
 * Split the last step of eid: *prefix_len is the length of the prefix (0 when
 * there is none), ref and ref_len the element_ref, num and num_len the number
 * part (num_len 0 when the step has no number).
 */
void leges_eid_last_step(const char *eid, size_t *prefix_len, const char **ref, size_t *ref_len,
			 const char **num, size_t *num_len);

#endif
