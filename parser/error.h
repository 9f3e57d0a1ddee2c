/*
 * error.h - error codes and the one message that goes with a failure.
 *
 * A function that can fail returns 0 or a negative enum leges_error.  The
 * human message is set once, where the failure is detected, with
 * leges_error_set(); callers pass the code up unchanged and the command
 * prints leges_error_message().  The message lives in thread-local storage,
 * so worker threads never see each other's messages.
 */
#ifndef LEGES_ERROR_H
#define LEGES_ERROR_H

enum leges_error {
	LEGES_OK = 0,
	LEGES_ENOMEM = -1,	/* out of memory */
	LEGES_EIO = -2,		/* a file could not be read or written */
	LEGES_EPARSE = -3,	/* an input is not well-formed or was refused */
	LEGES_ENOTFOUND = -4,	/* a named thing does not exist */
	LEGES_EINVAL = -5,	/* bad usage or configuration */
	LEGES_EINTERNAL = -6,	/* a library failed in a way we did not expect */
};

/* Exit codes shared by every command (DESIGN 2). */
enum leges_exit {
	LEGES_EXIT_OK = 0,
	LEGES_EXIT_FINDINGS = 1,
	LEGES_EXIT_USAGE = 2,
	LEGES_EXIT_INPUT = 3,
	LEGES_EXIT_INTERNAL = 4,
};

#if defined(__GNUC__)
#define LEGES_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LEGES_PRINTF(a, b)
#endif

/* Set the message for the failure being returned; returns code. */
int leges_error_set(int code, const char *fmt, ...) LEGES_PRINTF(2, 3);
/* The last message set on this thread, or a generic text for code. */
const char *leges_error_message(int code);
void leges_error_clear(void);

/* Map an error code to the exit code a command should return. */
int leges_error_exit_code(int code);

#endif
