#!/bin/sh
# cli.sh - the leges command: exit codes, options, outputs, determinism.
. "$top_srcdir/tests/lib.sh"

drafts=$top_srcdir/corpus/drafts
clean=$drafts/ontwerpdecreet-digitale-toegankelijkheid.xml
bad=$drafts/ontwerpdecreet-digitale-toegankelijkheid-fouten.xml
bvr=$drafts/ontwerpbesluit-subsidies-jeugdwerk.xml

expect_exit() { # expect_exit CODE DESCRIPTION COMMAND...
	want=$1 desc=$2
	shift 2
	"$@" > "$tmp/stdout" 2> "$tmp/stderr"
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok "$desc (exit $rc)"; else not_ok "$desc: exit $rc, want $want"; sed 's/^/#   /' "$tmp/stderr"; fi
}

expect_exit 0 "--version" "$LEGES" --version
grep -q '^leges [0-9]' "$tmp/stdout" && ok "--version prints the version" || not_ok "--version output"
expect_exit 0 "--help" "$LEGES" --help
grep -q 'check' "$tmp/stdout" && ok "--help lists check" || not_ok "--help lists check"
expect_exit 2 "no command" "$LEGES"
expect_exit 2 "unknown command" "$LEGES" frobnicate
grep -q "^leges: 'frobnicate' is not a leges command" "$tmp/stderr" && ok "unknown command message" || not_ok "unknown command message"
expect_exit 2 "check without files" "$LEGES" check
expect_exit 2 "unknown option" "$LEGES" check --frobnicate "$clean"
expect_exit 2 "--select naming no rule" "$LEGES" check --select NOPE999 "$clean"
grep -q "'NOPE999' names no rule" "$tmp/stderr" && ok "--select message" || not_ok "--select message"
expect_exit 2 "bad --format" "$LEGES" check --format yaml "$clean"
expect_exit 2 "bad --fail-level" "$LEGES" check --fail-level severe "$clean"
expect_exit 2 "bad -j" "$LEGES" check -j 0 "$clean"
expect_exit 2 "--schema-dir that does not exist" "$LEGES" check --schema-dir /nonexistent/leges "$clean"
expect_exit 3 "missing file" "$LEGES" check /nonexistent/draft.xml
grep -q "^leges: cannot open '/nonexistent/draft.xml': No such file or directory$" "$tmp/stderr" &&
	ok "missing file message" || not_ok "missing file message: $(cat "$tmp/stderr")"

# The clean drafts are clean, with every rule and the schema.
# shellcheck disable=SC2046
expect_exit 0 "clean draft decree" "$LEGES" check $(schema_args) "$clean"
[ -s "$tmp/stdout" ] && not_ok "clean draft decree gives findings: $(head -3 "$tmp/stdout")" || ok "clean draft decree gives no finding"
# shellcheck disable=SC2046
expect_exit 0 "clean draft BVR" "$LEGES" check $(schema_args) "$bvr"
[ -s "$tmp/stdout" ] && not_ok "clean draft BVR gives findings: $(head -3 "$tmp/stdout")" || ok "clean draft BVR gives no finding"
expect_exit 1 "defective draft" "$LEGES" check "$bad"
expect_exit 0 "defective draft, --fail-level none" "$LEGES" check --fail-level none "$bad"
expect_exit 0 "defective draft, only warnings selected, fail level error" "$LEGES" check --select STR110,STR122 "$bad"
expect_exit 1 "defective draft, only warnings selected, fail level warning" "$LEGES" check --select STR110 --fail-level warning "$bad"
expect_exit 0 "--ignore by prefix and name" "$LEGES" check --ignore STR,REF2,frbr-work-uri,AKN003 "$bad"
[ -s "$tmp/stdout" ] && not_ok "--ignore leaves findings: $(head -2 "$tmp/stdout")" || ok "--ignore removes every finding"

# Schema: unavailable is said once per run, as info, and does not fail.
LEGES_SCHEMA_DIR= "$LEGES" check "$clean" "$bvr" > "$tmp/out" 2>&1
rc=$?
[ "$rc" -eq 0 ] && ok "no schema: exit 0" || not_ok "no schema: exit $rc"
[ "$(grep -c 'AKN003' "$tmp/out")" -eq 1 ] && ok "no schema: AKN003 once" || not_ok "no schema: AKN003 count $(grep -c AKN003 "$tmp/out")"

# Text output: GNU style, sorted; no colour when not a terminal.
"$LEGES" check "$bad" > "$tmp/text"
grep -q "$(printf '\033')" "$tmp/text" && not_ok "colour in a pipe" || ok "no colour in a pipe"
grep -v ': note: ' "$tmp/text" | grep -v '^leges: ' | awk -F: '{ print $2 + 0, $3 + 0 }' > "$tmp/pos"
sort -n -k1,1 -k2,2 "$tmp/pos" | cmp -s - "$tmp/pos" && ok "text output sorted by line and column" || not_ok "text output not sorted"
"$LEGES" check --color always "$bad" | grep -q "$(printf '\033')\[1;31m" && ok "--color always colours" || not_ok "--color always"

# -o writes atomically and the same bytes as stdout; the input is not modified.
before=$(cksum < "$bad")
"$LEGES" check --format json "$bad" > "$tmp/stdout.json"
"$LEGES" check --format json -o "$tmp/out.json" "$bad"
cmp -s "$tmp/stdout.json" "$tmp/out.json" && ok "-o writes what stdout gets" || not_ok "-o differs from stdout"
[ "$(ls "$tmp" | grep -c 'out.json.')" -eq 0 ] && ok "-o leaves no temporary file" || not_ok "-o left a temporary file"
[ "$before" = "$(cksum < "$bad")" ] && ok "input not modified" || not_ok "input modified"
"$LEGES" check -o /nonexistent/dir/out.txt "$bad" 2> "$tmp/err"
[ $? -eq 3 ] && grep -q "^leges: cannot write '/nonexistent/dir/out.txt'" "$tmp/err" && ok "-o into a missing directory: exit 3 and a message" || not_ok "-o into a missing directory"

# Directories: every *.xml below, the same findings as naming the files.
"$LEGES" check --format json "$drafts" > "$tmp/dir.json"
"$LEGES" check --format json "$drafts"/*.xml > "$tmp/files.json"
cmp -s "$tmp/dir.json" "$tmp/files.json" && ok "a directory is its *.xml files" || not_ok "directory differs from files"

# Threads do not change the output.
if [ -n "$LEGES_SHARED" ] && [ -d "$LEGES_SHARED/corpus" ]; then
	"$LEGES" check -q -j1 --format json "$LEGES_SHARED/corpus" > "$tmp/j1.json" 2>/dev/null
	"$LEGES" check -q -j2 --format json "$LEGES_SHARED/corpus" > "$tmp/j2.json" 2>/dev/null
	cmp -s "$tmp/j1.json" "$tmp/j2.json" && ok "-j1 and -j2 give the same report" || not_ok "-j1 and -j2 differ"
fi

# leges rules: the list, one rule, json, unknown.
"$LEGES" rules > "$tmp/rules"
[ "$(wc -l < "$tmp/rules")" -ge 22 ] && ok "rules lists the rules" || not_ok "rules list too short"
"$LEGES" rules STR101 | head -1 | grep -qx '# STR101 numbering-gap' && ok "rules STR101 prints its page" || not_ok "rules STR101"
"$LEGES" rules numbering-gap | cmp -s - "$top_srcdir/docs/rules/STR101.md" && ok "rules prints docs/rules/STR101.md verbatim" || not_ok "rules page differs from docs/rules/STR101.md"
"$LEGES" rules --format json | grep -q '"code": "AKN001"' && ok "rules --format json" || not_ok "rules --format json"
expect_exit 2 "rules NOPE" "$LEGES" rules NOPE

finish
