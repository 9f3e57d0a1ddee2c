#!/bin/sh
# messages.sh - every message of a C rule has its Dutch and French translation.
. "$top_srcdir/tests/lib.sh"

py=$(command -v python3 || true)
if [ -z "$py" ]; then
	not_ok "python3 is needed to read the sources (Debian python3): run ./bootstrap"
	finish
	exit 1
fi
if "$py" "$top_srcdir/tests/check-messages.py" "$top_srcdir" > "$tmp/out" 2>&1; then
	ok "every leges_report() format in checks/ is in checks/messages.c"
else
	not_ok "messages without a translation"
	sed 's/^/#   /' "$tmp/out"
fi
finish
