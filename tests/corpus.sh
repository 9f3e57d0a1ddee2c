#!/bin/sh
# corpus.sh - every file of ../shared/corpus is checked without a crash or a leak
# (under ASan in CI), and the number of findings per file and rule is pinned in
# tests/golden/corpus-counts.txt.  LEGES_GOLDEN_UPDATE=1 rewrites it.
. "$top_srcdir/tests/lib.sh"
need_shared

cd "$LEGES_SHARED/corpus" || exit 1
"$LEGES" check -q -j2 --schema-dir "$LEGES_SHARED/schema" --format json . > "$tmp/all.json" 2> "$tmp/err"
rc=$?
case $rc in
0 | 1 | 3) ok "checked $(find . -name '*.xml' | wc -l) corpus files, exit $rc" ;;
*) not_ok "corpus run exit $rc"; sed 's/^/#   /' "$tmp/err" ;;
esac
[ -s "$tmp/err" ] && { not_ok "corpus run wrote to stderr"; sed 's/^/#   /' "$tmp/err" | head; }
# "file code count", sorted: stable across line moves inside a file.
sed -n 's/^ *"file": "\(.*\)",$/F \1/p; s/^ *"code": "\(.*\)",$/C \1/p' "$tmp/all.json" |
	awk '$1 == "F" { file = $2 } $1 == "C" { print file, $2 }' | sort | uniq -c |
	awk '{ print $2, $3, $1 }' > "$tmp/counts"
golden=$top_srcdir/tests/golden/corpus-counts.txt
if [ "${LEGES_GOLDEN_UPDATE:-}" = 1 ]; then
	cp "$tmp/counts" "$golden"
	echo "updated $golden"
fi
if cmp -s "$tmp/counts" "$golden"; then
	ok "per-file finding counts match tests/golden/corpus-counts.txt ($(wc -l < "$golden") rows)"
else
	not_ok "per-file finding counts differ from tests/golden/corpus-counts.txt"
	diff "$golden" "$tmp/counts" | head -40 | sed 's/^/#   /'
fi
# Files we know are well-formed must not be reported as AKN001.
grep -q '"code": "AKN001"' "$tmp/all.json" && not_ok "a corpus file was reported not well-formed" || ok "no corpus file reported not well-formed"
# The corpus holds no Dutch text: no rule of the Dutch pack may fire, and the shared codes
# speak with their French or English patterns only.
if grep -Eq '"code": "TXT4(0[3-8]|1[13-8])"' "$tmp/all.json"; then
	not_ok "a rule of the Dutch pack fired on a non-Dutch document"
else
	ok "no Dutch-pack rule fired on the corpus (no Dutch documents there)"
fi
if grep -Eq "'en/of'|'zal'/'zullen'|'hierboven'|'onverminderd'|in de mate van het mogelijke" "$tmp/all.json"; then
	not_ok "a Dutch pattern matched a non-Dutch document"
else
	ok "no Dutch pattern matched a non-Dutch document"
fi
# The one namespace-broken file (undeclared prefix my:) gives AKN002.
grep -q "Act_Kenya_1980-01-01_at_1989-12-15.xml AKN002" "$tmp/counts" && ok "the undeclared my: prefix is an AKN002" || not_ok "AKN002 missing"
finish
