/* error.c - the thread-local error message (see error.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "error.h"

static _Thread_local char message[1024];

int leges_error_set(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	return code;
}

const char *leges_error_message(int code)
{
	if (message[0])
		return message;
	switch (code) {
	case LEGES_ENOMEM: return "out of memory";
	case LEGES_EIO: return "input/output error";
	case LEGES_EPARSE: return "input is not well-formed XML";
	case LEGES_ENOTFOUND: return "not found";
	case LEGES_EINVAL: return "invalid argument";
	default: return "internal error";
	}
}

void leges_error_clear(void)
{
	message[0] = '\0';
}

int leges_error_exit_code(int code)
{
	switch (code) {
	case LEGES_OK: return LEGES_EXIT_OK;
	case LEGES_EIO:
	case LEGES_EPARSE:
	case LEGES_ENOTFOUND: return LEGES_EXIT_INPUT;
	case LEGES_EINVAL: return LEGES_EXIT_USAGE;
	default: return LEGES_EXIT_INTERNAL;
	}
}
