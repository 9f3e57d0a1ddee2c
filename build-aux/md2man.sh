#!/bin/sh
# md2man.sh OUT VERSION PAGE... - build leges-rules(7) from the rule pages
# (docs/rules/CODE.md), the same text `leges rules CODE` prints.
set -eu
out=$1 version=$2
shift 2
tmp=$out.tmp
{
	printf '.TH LEGES\\-RULES 7 "" "leges %s" "leges manual"\n' "$version"
	printf '.SH NAME\nleges\\-rules \\- the rules of leges check\n'
	printf '.SH DESCRIPTION\nEvery rule of\n.BR leges\\-check (1),\nby code.\n'
	printf 'Select or ignore rules by code, by a prefix of codes, or by name.\n'
	printf 'This page is made from the same text as\n.BR "leges rules"\n.IR CODE .\n'
	for f in "$@"; do
		awk '
		function esc(s) {
			gsub(/`/, "", s)
			gsub(/\\/, "\\e", s)
			gsub(/-/, "\\-", s)
			if (s ~ /^[.\047]/) s = "\\&" s
			return s
		}
		NR == 1 { sub(/^# /, ""); printf ".SH \"%s\"\n", $0; next }
		/^```/ { if (code) { print ".fi"; print ".RE"; code = 0 } else { print ".RS"; print ".nf"; code = 1 } next }
		code { print esc($0); next }
		/^## / { sub(/^## /, ""); printf ".SS \"%s\"\n", $0; next }
		/^$/ { print ".PP"; next }
		/^[-*] / { sub(/^[-*] /, ""); line = esc($0); gsub(/`/, "", line); print ".IP \\(bu 2"; print line; next }
		{ line = esc($0); gsub(/`/, "", line); print line }
		' "$f"
	done
	printf '.SH SEE ALSO\n.BR leges (1),\n.BR leges\\-check (1),\n.BR leges\\-rules (1)\n'
} > "$tmp.utf8"
# groff reads Latin-1: preconv turns every other character into a \[uXXXX] escape.
preconv -e utf-8 "$tmp.utf8" | sed '/^\.lf /d' > "$tmp"
rm -f "$tmp.utf8"
mv "$tmp" "$out"
