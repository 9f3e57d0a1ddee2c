/*
 * register.h - the EU register: what leges knows of each EU act (DESIGN 6).
 *
 * The built-in register is corpus/eu/register.xml, embedded in the binary at
 * build time together with its RELAX NG schema corpus/eu/register.rng; users
 * add files of the same vocabulary (--register FILE), each validated against
 * that schema.  An act read later replaces one with the same CELEX.
 *
 * Ownership: a struct leges_eu_register owns its acts and their strings.
 */
#ifndef LEGES_EU_REGISTER_H
#define LEGES_EU_REGISTER_H

#include <stdbool.h>
#include <stddef.h>

struct leges_eu_deadline {
	char date[11];
	bool apply;		/* kind="apply" (application), else adopt and publish */
	char *provisions;	/* "*" or a list of articles, as written */
	char *set_by;		/* "Art. 17(1)" or NULL */
	bool verified;		/* evidence="source" */
};

struct leges_eu_act {
	char celex[16];
	char *eli;
	char kind;		/* 'L', 'R', 'D', 'F' as in CELEX */
	char sub;		/* 'i', 'd' or 0 */
	char *domain;
	int year;
	unsigned number;
	char adopted[11];
	char entry_into_force[11];	/* "" when unknown */
	char *title[3];		/* nl, fr, en; NULL when unknown */
	char *short_name;	/* nl if any, else en; NULL */
	char *transposition_article;	/* NULL when none */
	struct leges_eu_deadline *deadlines;
	size_t ndeadlines;
	char **to_transpose;	/* article numbers that need transposition */
	size_t nto_transpose;
	bool to_transpose_verified;
};

struct leges_eu_register {
	struct leges_eu_act *acts;
	size_t n, cap;
};

/* Add the built-in register; 0, LEGES_ENOMEM or LEGES_EINTERNAL. */
int leges_eu_register_load_builtin(struct leges_eu_register *reg);
/*
 * Add the acts of path, validated against the register schema; LEGES_EIO,
 * LEGES_EPARSE (not well-formed or not valid: the message has file:line) or
 * LEGES_ENOMEM.
 */
int leges_eu_register_load_file(struct leges_eu_register *reg, const char *path);
void leges_eu_register_release(struct leges_eu_register *reg);

const struct leges_eu_act *leges_eu_register_find(const struct leges_eu_register *reg, const char *celex);

/* The built-in register, loaded once per process and shared read-only (for the EU6xx rules). */
const struct leges_eu_register *leges_eu_register_builtin(void);

/* Title in lang ('n', 'f', 'e'), falling back to the others; NULL when none. */
const char *leges_eu_act_title(const struct leges_eu_act *act, char lang);

/* The embedded register.xml and register.rng (tests). */
const char *leges_eu_register_data(const char *name, size_t *len);

#endif
