/* output.c - atomic output files and tool messages (see leges.h). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bin/leges.h"
#include "parser/error.h"

void leges_die_msg(const char *fmt, ...)
{
	va_list ap;

	fputs("leges: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int leges_output_open(struct leges_output *out, const char *path)
{
	int fd;
	size_t n;

	memset(out, 0, sizeof(*out));
	if (!path || !strcmp(path, "-")) {
		out->fp = stdout;
		return 0;
	}
	/*
	 * A device or a pipe (-o /dev/null, -o /dev/stdout) is written directly:
	 * renaming a temporary file over it would replace the device itself.
	 */
	{
		struct stat st;

		if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
			out->fp = fopen(path, "w");
			if (!out->fp)
				return leges_error_set(LEGES_EIO, "cannot write '%s': %s", path, strerror(errno));
			out->direct = true;
			return 0;
		}
	}
	n = strlen(path) + sizeof(".XXXXXX");
	out->path = strdup(path);
	out->tmp = malloc(n);
	if (!out->path || !out->tmp) {
		free(out->path);
		free(out->tmp);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	snprintf(out->tmp, n, "%s.XXXXXX", path);
	fd = mkstemp(out->tmp);
	if (fd < 0) {
		int err = errno;

		free(out->path);
		free(out->tmp);
		memset(out, 0, sizeof(*out));
		return leges_error_set(LEGES_EIO, "cannot write '%s': %s", path, strerror(err));
	}
	fchmod(fd, 0644);
	out->fp = fdopen(fd, "w");
	if (!out->fp) {
		close(fd);
		unlink(out->tmp);
		free(out->path);
		free(out->tmp);
		memset(out, 0, sizeof(*out));
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	return 0;
}

int leges_output_commit(struct leges_output *out)
{
	int rc = 0;

	if (out->direct) {
		if (fclose(out->fp) == EOF)
			rc = leges_error_set(LEGES_EIO, "cannot write: %s", strerror(errno));
		memset(out, 0, sizeof(*out));
		return rc;
	}
	if (!out->path) {
		if (fflush(stdout) == EOF || ferror(stdout))
			rc = leges_error_set(LEGES_EIO, "cannot write to standard output: %s", strerror(errno));
		return rc;
	}
	if (fflush(out->fp) == EOF || ferror(out->fp) || fsync(fileno(out->fp)) < 0) {
		rc = leges_error_set(LEGES_EIO, "cannot write '%s': %s", out->path, strerror(errno));
		fclose(out->fp);
		unlink(out->tmp);
	} else if (fclose(out->fp) == EOF) {
		rc = leges_error_set(LEGES_EIO, "cannot write '%s': %s", out->path, strerror(errno));
		unlink(out->tmp);
	} else if (rename(out->tmp, out->path) < 0) {
		rc = leges_error_set(LEGES_EIO, "cannot write '%s': %s", out->path, strerror(errno));
		unlink(out->tmp);
	}
	free(out->path);
	free(out->tmp);
	memset(out, 0, sizeof(*out));
	return rc;
}

void leges_output_abort(struct leges_output *out)
{
	if (out->direct)
		fclose(out->fp);
	if (out->path) {
		fclose(out->fp);
		unlink(out->tmp);
	}
	free(out->path);
	free(out->tmp);
	memset(out, 0, sizeof(*out));
}
