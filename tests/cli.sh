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
expect_exit 0 "--ignore by prefix and name" "$LEGES" check --ignore STR,REF2,frbr-work-uri,AKN003,term-unused "$bad"
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

# --- issue 3: packs, language, configuration, suppressions, baselines, fixes, reporters ---

words=$top_srcdir/tests/data/woorden.xml

# A user's pack adds rules; a broken pack is a usage error naming the file, line and reason.
cat > "$tmp/pack.xml" <<'PACK'
<?xml version="1.0" encoding="UTF-8"?>
<pack xmlns="urn:leges:pack:1" name="huisstijl" lang="nl">
  <rule code="TXT490" name="huisstijl-e-loket" severity="warning" status="R">
    <source>Huisstijl Kanselarij</source>
    <message lang="nl">schrijf 'e-loket', niet 'elektronisch loket'</message>
    <message lang="en">write 'e-loket', not 'elektronisch loket'</message>
    <pattern>\belektronisch\s+loket\b</pattern>
    <replace>e-loket</replace>
  </rule>
</pack>
PACK
"$LEGES" check --no-config --pack "$tmp/pack.xml" --select TXT490 "$words" > "$tmp/out" 2>&1
grep -q 'TXT490 huisstijl-e-loket' "$tmp/out" && ok "--pack adds a rule that fires" || not_ok "--pack: $(cat "$tmp/out")"
sed 's|loket\\b</pattern>|loket(\\b</pattern>|' "$tmp/pack.xml" > "$tmp/broken.xml"
expect_exit 2 "a pack whose pattern does not compile" "$LEGES" check --no-config --pack "$tmp/broken.xml" "$words"
grep -Eq "broken.xml:[0-9]+: the pattern of TXT490 does not compile at offset [0-9]+: missing closing parenthesis" "$tmp/stderr" &&
	ok "broken pack message names file, line and the pcre2 message" || not_ok "broken pack message: $(cat "$tmp/stderr")"
sed 's|<rule code="TXT490"|<rule code="txt490"|' "$tmp/pack.xml" > "$tmp/invalid.xml"
expect_exit 2 "a pack that is not valid against pack.rng" "$LEGES" check --no-config --pack "$tmp/invalid.xml" "$words"
grep -q "not valid against pack.rng" "$tmp/stderr" && ok "invalid pack message" || not_ok "invalid pack message: $(cat "$tmp/stderr")"

# Messages in Dutch, French and English; the rule fires only on Dutch text.
"$LEGES" check --no-config --lang nl --select TXT401,STR101 "$words" | grep -q "vermijd 'en/of'" && ok "--lang nl: pack messages in Dutch" || not_ok "--lang nl pack message"
"$LEGES" check --no-config --lang fr --select TXT401 "$words" | grep -q "évitez 'en/of'" && ok "--lang fr: pack messages in French" || not_ok "--lang fr pack message"
"$LEGES" check --no-config --lang nl --select STR101 "$bad" | grep -q "nummer 7 ontbreekt" && ok "--lang nl: C rule messages in Dutch" || not_ok "--lang nl C rule message"
expect_exit 2 "--lang de" "$LEGES" check --lang de "$words"
# The EU rules' messages too (EU606 on the open-data draft of corpus/eu).
eu=$top_srcdir/corpus/eu/ontwerpdecreet-open-data.xml
"$LEGES" check --no-config --lang nl --select EU606 "$eu" | grep -q "maar de omzettingstabel heeft rijen 'gedeeltelijk'" &&
	ok "--lang nl: EU messages in Dutch" || not_ok "--lang nl EU message"
"$LEGES" check --no-config --lang fr --select EU606 "$eu" | grep -q "le tableau de correspondance a des lignes 'gedeeltelijk'" &&
	ok "--lang fr: EU messages in French" || not_ok "--lang fr EU message"

# Configuration: found by walking up, per-rule severity, per-path sections, unknown keys.
mkdir -p "$tmp/proj/archief"
cp "$words" "$tmp/proj/archief/oud.xml"
cp "$words" "$tmp/proj/nieuw.xml"
cat > "$tmp/proj/.leges.ini" <<'INI'
[leges]
select = TXT4
fail-level = warning
kleur = rood

[severity]
TXT401 = error

[path:archief/*.xml]
ignore = TXT404
TXT401 = info
INI
"$LEGES" check --color never "$tmp/proj/nieuw.xml" "$tmp/proj/archief/oud.xml" > "$tmp/out" 2>&1
rc=$?
grep -q "nieuw.xml:.*error: .*\[TXT401 en-of\]" "$tmp/out" && ok ".leges.ini [severity] raises TXT401 to error" || not_ok "[severity]: $(grep TXT401 "$tmp/out")"
grep -q "oud.xml:.*info: .*\[TXT401 en-of\]" "$tmp/out" && ok ".leges.ini [path:…] section sets TXT401 to info there" || not_ok "[path:] severity"
grep -q "oud.xml:.*TXT404" "$tmp/out" && not_ok "[path:] ignore did not ignore TXT404" || ok ".leges.ini [path:…] ignore"
grep -q "nieuw.xml:.*TXT404" "$tmp/out" && ok "TXT404 still reported outside the section" || not_ok "TXT404 missing"
grep -q "STR\|AKN" "$tmp/out" && not_ok "select = TXT4 let other rules through" || ok ".leges.ini select"
grep -q "\.leges\.ini:4: warning: unknown key 'kleur' in \[leges\] \[LEG903 bad-config\]" "$tmp/out" && ok "unknown key reported as LEG903 at its line" || not_ok "LEG903: $(grep LEG903 "$tmp/out")"
[ "$rc" -eq 1 ] && ok ".leges.ini fail-level" || not_ok ".leges.ini fail-level: exit $rc"
"$LEGES" check --no-config --color never "$tmp/proj/nieuw.xml" > "$tmp/out" 2>&1
grep -q "LEG903" "$tmp/out" && not_ok "--no-config still read the configuration" || ok "--no-config"
printf '[leges]\nfail-level = severe\n' > "$tmp/proj/.leges.ini"
expect_exit 2 "a bad value in .leges.ini" "$LEGES" check "$tmp/proj/nieuw.xml"
grep -q "\.leges\.ini:2: unknown severity 'severe'" "$tmp/stderr" && ok "bad value message names the file and line" || not_ok "bad value message: $(cat "$tmp/stderr")"
rm -f "$tmp/proj/.leges.ini"

# --fix: replacements applied outside quoted text, atomically; the result is checked again.
cp "$words" "$tmp/fixme.xml"
before=$(cksum < "$tmp/fixme.xml")
"$LEGES" check --no-config --select TXT4 --fix -o "$tmp/fixed.xml" "$tmp/fixme.xml" > "$tmp/out" 2> "$tmp/err"
[ "$before" = "$(cksum < "$tmp/fixme.xml")" ] && ok "--fix -o leaves the input alone" || not_ok "--fix -o modified the input"
grep -q "fixes applied" "$tmp/err" && ok "--fix says how many fixes it applied" || not_ok "--fix count: $(cat "$tmp/err")"
grep -q "treedt in werking op 1 januari 2027" "$tmp/fixed.xml" && grep -q "Met toepassing van" "$tmp/fixed.xml" &&
	ok "--fix replaced the fixable wording (capital kept)" || not_ok "--fix result"
grep -q "quotedText[^>]*>treedt in voege<" "$tmp/fixed.xml" && ok "--fix left quoted text alone" || not_ok "--fix touched quoted text"
grep -q "TXT404\|TXT405\|TXT411" "$tmp/out" && not_ok "the re-check still reports fixed findings" || ok "the re-check reports only what is left"
grep -q "TXT401" "$tmp/out" && ok "unfixable findings are still reported" || not_ok "TXT401 gone after --fix"
xmllint --noout "$tmp/fixed.xml" && ok "the fixed document is well-formed" || not_ok "fixed document not well-formed"
cp "$words" "$tmp/inplace.xml"
"$LEGES" check --no-config --select TXT4 --fix --in-place -q "$tmp/inplace.xml" > /dev/null 2>&1
cmp -s "$tmp/inplace.xml" "$tmp/fixed.xml" && ok "--fix --in-place writes the same as -o" || not_ok "--in-place differs from -o"
[ "$(ls "$tmp" | grep -c 'inplace.xml.')" -eq 0 ] && ok "--in-place leaves no temporary file" || not_ok "--in-place left a temporary file"
expect_exit 2 "--fix without -o or --in-place" "$LEGES" check --fix "$words"
"$LEGES" check --no-config --select TXT404 --format sarif "$words" > "$tmp/fix.sarif"
grep -q '"insertedContent"' "$tmp/fix.sarif" && ok "SARIF carries the replacement as a fix" || not_ok "SARIF fixes missing"

# Baselines: known findings are not reported again; new ones are.
"$LEGES" check --no-config --select TXT4 --write-baseline "$tmp/baseline.json" "$words" > /dev/null 2>&1
rc=$?
[ "$rc" -eq 0 ] && ok "--write-baseline exits 0" || not_ok "--write-baseline exit $rc"
"$LEGES" check --no-config --select TXT4 --baseline "$tmp/baseline.json" "$words" > "$tmp/out" 2>&1
rc=$?
[ "$rc" -eq 0 ] && [ ! -s "$tmp/out" ] && ok "--baseline hides every known finding" || not_ok "--baseline: exit $rc, $(head -2 "$tmp/out")"
# Lines move (a blank line at the top of the body): the baseline still knows them.
sed 's|<body>|<body>\n\n|' "$words" > "$tmp/moved.xml"
sed "s|$words|$tmp/moved.xml|" "$tmp/baseline.json" > "$tmp/baseline-moved.json"
"$LEGES" check --no-config --select TXT4 --baseline "$tmp/baseline-moved.json" "$tmp/moved.xml" > "$tmp/out" 2>&1
[ ! -s "$tmp/out" ] && ok "a baseline survives lines moving" || not_ok "baseline broken by moved lines: $(head -2 "$tmp/out")"
sed 's|De aanvrager zal|De aanvrager zal en/of|' "$tmp/moved.xml" > "$tmp/changed.xml"
sed "s|$words|$tmp/changed.xml|" "$tmp/baseline.json" > "$tmp/baseline-changed.json"
"$LEGES" check --no-config --select TXT4 --baseline "$tmp/baseline-changed.json" "$tmp/changed.xml" > "$tmp/out" 2>&1
[ -s "$tmp/out" ] && ok "a changed text is reported again" || not_ok "baseline hid a finding in changed text"
printf 'not json' > "$tmp/bad-baseline.json"
expect_exit 2 "a baseline that is not JSON" "$LEGES" check --baseline "$tmp/bad-baseline.json" "$words"

# Reporters for CI.
"$LEGES" check --no-config --format junit "$bad" > "$tmp/junit.xml"
xmllint --noout "$tmp/junit.xml" && grep -q '<testsuites name="leges"' "$tmp/junit.xml" && grep -q '<failure type="error"' "$tmp/junit.xml" &&
	ok "junit: well-formed, one failure per finding" || not_ok "junit report"
[ "$(grep -c '<testcase' "$tmp/junit.xml")" -eq "$("$LEGES" check --no-config "$bad" | grep -vc ': note: ')" ] && ok "junit: as many test cases as findings" || not_ok "junit test case count"
"$LEGES" check --no-config --format checkstyle "$bad" > "$tmp/cs.xml"
xmllint --noout "$tmp/cs.xml" && grep -q '<error line="253" column="11" severity="error"' "$tmp/cs.xml" && ok "checkstyle report" || not_ok "checkstyle report"
"$LEGES" check --no-config --format github "$bad" > "$tmp/gh.txt"
grep -q '^::error file=.*fouten.xml,line=253,col=11,title=STR101 numbering-gap::' "$tmp/gh.txt" && ok "github annotations" || not_ok "github annotations: $(head -2 "$tmp/gh.txt")"
"$LEGES" check --no-config --format xml "$bad" > "$tmp/report.xml"
xmllint --noout "$tmp/report.xml" && grep -q '<finding code="STR101"' "$tmp/report.xml" && grep -q 'eId="art_8"' "$tmp/report.xml" && ok "xml report" || not_ok "xml report"
"$LEGES" check --no-config --format html -o "$tmp/report.html" "$bad"
grep -q '<!DOCTYPE html>' "$tmp/report.html" && grep -q 'class="akn-article lint-marked" id="[^"]*-art_8"' "$tmp/report.html" &&
	grep -q 'id="rule-STR101"' "$tmp/report.html" && ok "html report marks the finding in the draft and explains the rule" || not_ok "html report"

# leges rules: the list, one rule, json, unknown.
"$LEGES" rules > "$tmp/rules"
[ "$(wc -l < "$tmp/rules")" -ge 22 ] && ok "rules lists the rules" || not_ok "rules list too short"
"$LEGES" rules STR101 | head -1 | grep -qx '# STR101 numbering-gap' && ok "rules STR101 prints its page" || not_ok "rules STR101"
"$LEGES" rules numbering-gap | cmp -s - "$top_srcdir/docs/rules/STR101.md" && ok "rules prints docs/rules/STR101.md verbatim" || not_ok "rules page differs from docs/rules/STR101.md"
"$LEGES" rules --format json | grep -q '"code": "AKN001"' && ok "rules --format json" || not_ok "rules --format json"
expect_exit 2 "rules NOPE" "$LEGES" rules NOPE

finish
