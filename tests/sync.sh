#!/bin/sh
# sync.sh - code, docs and fixtures agree: every rule has a page and ok/bad
# fixtures, every page a rule, every command a man page; the man pages are clean.
. "$top_srcdir/tests/lib.sh"

"$LEGES" rules --format json | sed -n 's/^ *"code": "\(.*\)",$/\1/p' > "$tmp/codes"
[ -s "$tmp/codes" ] || not_ok "no rules listed"
while read -r code; do
	[ -f "$top_srcdir/docs/rules/$code.md" ] && ok "$code has docs/rules/$code.md" || not_ok "$code has no docs/rules/$code.md"
	ls "$top_srcdir/tests/rules/$code"/ok-*.xml > /dev/null 2>&1 && ok "$code has ok fixtures" || not_ok "$code has no ok-*.xml fixture"
	ls "$top_srcdir/tests/rules/$code"/bad-*.xml > /dev/null 2>&1 && ok "$code has bad fixtures" || not_ok "$code has no bad-*.xml fixture"
	grep -q "docs/rules/$code.md" "$top_srcdir/docs/Makemodule.am" && ok "$code page is in RULE_DOCS" || not_ok "docs/rules/$code.md is not in docs/Makemodule.am"
done < "$tmp/codes"
for page in "$top_srcdir"/docs/rules/*.md; do
	code=$(basename "$page" .md)
	grep -qx "$code" "$tmp/codes" || not_ok "docs/rules/$code.md documents no registered rule"
	head -1 "$page" | grep -q "^# $code [a-z0-9-]*$" || not_ok "docs/rules/$code.md does not start with '# $code name'"
done
for d in "$top_srcdir"/tests/rules/*/; do
	code=$(basename "$d")
	grep -qx "$code" "$tmp/codes" || not_ok "tests/rules/$code holds fixtures of no registered rule"
done

# leges-rules(7) is made from the same pages: every rule has its section there.
while read -r code; do
	grep -q "^\.SH \"$code " "$(dirname "$LEGES")/docs/man/leges-rules.7" || not_ok "leges-rules(7) has no section for $code"
done < "$tmp/codes"

# Commands and man pages.
"$LEGES" --help | sed -n 's/^   \([a-z][a-z]*\) .*/\1/p' > "$tmp/cmds"
while read -r cmd; do
	[ -f "$top_srcdir/docs/man/leges-$cmd.1" ] && ok "leges $cmd has a man page" || not_ok "leges $cmd has no docs/man/leges-$cmd.1"
done < "$tmp/cmds"
sort -c "$tmp/cmds" 2> /dev/null && ok "commands are listed in sorted order" || not_ok "commands not sorted"
if command -v groff > /dev/null; then
	for m in "$top_srcdir"/docs/man/*.1 "$(dirname "$LEGES")/docs/man/leges-rules.7"; do
		out=$(groff -ww -z -man "$m" 2>&1)
		[ -z "$out" ] && ok "groff -ww: $(basename "$m") is clean" || not_ok "groff -ww $(basename "$m"): $out"
	done
else
	not_ok "groff is needed to check the man pages (Debian groff-base): run ./bootstrap"
fi
finish
