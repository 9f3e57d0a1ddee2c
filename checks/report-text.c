/* report-text.c - GNU-style diagnostics, one per line (DESIGN 2). */
#include "config.h"

#include "checks/report.h"

static const char *sev_color(enum leges_severity s)
{
	switch (s) {
	case LEGES_SEV_ERROR: return "\033[1;31m";
	case LEGES_SEV_WARNING: return "\033[1;35m";
	default: return "\033[1;36m";
	}
}

static void where(FILE *out, const struct leges_finding *f, bool color)
{
	if (color)
		fputs("\033[1m", out);
	if (!f->file)
		fputs("leges", out);
	else if (f->line && f->col)
		fprintf(out, "%s:%lu:%lu", f->file, f->line, f->col);
	else if (f->line)
		fprintf(out, "%s:%lu", f->file, f->line);
	else
		fputs(f->file, out);
	fputs(color ? ":\033[0m " : ": ", out);
}

int leges_report_text(FILE *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	size_t i;

	for (i = 0; i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];

		where(out, f, o->color);
		if (o->color)
			fprintf(out, "%s%s:\033[0m %s [%s %s]\n", sev_color(f->severity),
				leges_severity_name(f->severity), f->message, f->rule->code, f->rule->name);
		else
			fprintf(out, "%s: %s [%s %s]\n", leges_severity_name(f->severity), f->message,
				f->rule->code, f->rule->name);
		if (f->eid) {
			where(out, f, o->color);
			fprintf(out, "note: in %s\n", f->eid);
		}
	}
	(void)o;
	return ferror(out) ? LEGES_EIO : 0;
}
