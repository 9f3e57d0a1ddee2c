/*
 * leges.h - what the subcommands share: their entry points (one file each,
 * dispatched from the sorted table in leges.c) and the output helper.
 */
#ifndef LEGES_BIN_H
#define LEGES_BIN_H

#include <stdbool.h>
#include <stdio.h>

int cmd_amend(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_ria(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_xref(int argc, char **argv);
int cmd_consolidate(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_timeline(int argc, char **argv);

/* Print "leges: MESSAGE" on stderr. */
void leges_die_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Output to path ("-" or NULL: stdout), written to a temporary file beside it
 * and renamed into place on commit, so that it is never half-written.
 */
struct leges_output {
	FILE *fp;
	char *path;	/* final name, NULL for stdout */
	char *tmp;	/* temporary name */
	bool direct;	/* a device or pipe, written in place */
};

int leges_output_open(struct leges_output *out, const char *path);
/* Rename into place (or flush stdout); 0 or LEGES_EIO. */
int leges_output_commit(struct leges_output *out);
/* Drop a half-written output. */
void leges_output_abort(struct leges_output *out);

#endif
