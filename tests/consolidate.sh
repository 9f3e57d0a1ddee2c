#!/bin/sh
# consolidate.sh - leges amend + consolidate reproduce the consolidated versions of
# corpus/amendments/sport/ that were written by hand (at three dates), report every
# modification, are deterministic, and give schema-valid output.
. "$top_srcdir/tests/lib.sh"

S=$top_srcdir/corpus/amendments/sport
base=$S/basis-2002.xml
a1=$S/wijziging-2024.xml
a2=$S/wijziging-2025.xml

# What is compared: the body (the text, its structure and eIds), the FRBR Expression and
# the lifecycle; layout is normalised.  The notes and their markers are compared where the
# hand-written version has them (2025-01-01); the passive modifications are counted.
norm() {
	if grep -q '<notes ' "$1"; then parts="FRBRExpression lifecycle notes body"; else parts="FRBRExpression lifecycle body"; fi
	for part in $parts; do
		xmllint --xpath "//*[local-name()='$part']" "$1" 2> /dev/null
		echo
	done | if grep -q '<notes ' "$1"; then cat; else sed 's/<noteRef [^>]*\/>//g'; fi |
		xmllint --noblanks --format --recover - 2> /dev/null
}
# norm_as WANT GOT: GOT normalised the way WANT is (with notes or without)
norm_as() {
	if grep -q '<notes ' "$1"; then norm "$2"; else
		for part in FRBRExpression lifecycle body; do
			xmllint --xpath "//*[local-name()='$part']" "$2" 2> /dev/null
			echo
		done | sed 's/<noteRef [^>]*\/>//g' | xmllint --noblanks --format --recover - 2> /dev/null
	fi
}

valid() { xmllint --noout --schema "$LEGES_SHARED/schema/akomantoso30.xsd" "$1" 2> /dev/null; }

# 1. amend: every instruction is recognised, none is left unread.
"$LEGES" amend "$a1" --target "$base" -o "$tmp/a1.xml" 2> "$tmp/a1.err"
rc=$?
check "amend wijziging-2024: exit 0 (exit $rc)" [ "$rc" -eq 0 ]
check "amend wijziging-2024: 24 mods" grep -q '^leges: 24 mods, 25 textual modifications, 0 sentences not read$' "$tmp/a1.err"
"$LEGES" amend "$a2" -o "$tmp/a2.xml" 2> "$tmp/a2.err"
check "amend wijziging-2025: 16 mods" grep -q '^leges: 16 mods, 17 textual modifications, 0 sentences not read$' "$tmp/a2.err"
for f in "$tmp/a1.xml" "$tmp/a2.xml"; do
	n=$(grep -o '<textualMod ' "$f" | wc -l)
	m=$(grep -o '<mod eId=' "$f" | wc -l)
	check "$(basename "$f"): as many textualMods ($n) as counted, and mods ($m)" [ "$n" -gt 0 ] && [ "$m" -gt 0 ]
done
check "the quoted article 9 is parsed into paragraphs and points" \
	grep -q '<paragraph eId="mod_9__qstr_1__art_9__para_1" wId="art_9__para_1">' "$tmp/a2.xml"
check "the later entry into force of articles 11-13 gives a second temporal group" \
	grep -q '<eventRef eId="evt_3" date="2025-07-01"' "$tmp/a1.xml"

# 2. consolidate at three dates against the hand-written versions.
for d in 2025-01-01 2025-09-01 2026-01-01; do
	"$LEGES" consolidate "$base" "$tmp/a1.xml" "$tmp/a2.xml" --at "$d" -o "$tmp/c-$d.xml" \
		--report "$tmp/r-$d.txt" 2> "$tmp/c-$d.err"
	rc=$?
	check "consolidate at $d: exit 0 (exit $rc)" [ "$rc" -eq 0 ]
	norm "$S/geconsolideerd-$d.xml" > "$tmp/want-$d"
	norm_as "$S/geconsolideerd-$d.xml" "$tmp/c-$d.xml" > "$tmp/got-$d"
	if [ -s "$tmp/want-$d" ] && cmp -s "$tmp/want-$d" "$tmp/got-$d"; then
		ok "at $d: the result equals geconsolideerd-$d.xml (body$(grep -q '<notes ' "$S/geconsolideerd-$d.xml" && echo ' with note markers, notes'), expression, lifecycle)"
	else
		not_ok "at $d: the result differs from geconsolideerd-$d.xml"
		diff "$tmp/want-$d" "$tmp/got-$d" | head -30 | sed 's/^/#   /'
	fi
	applied=$(grep -c '^applied' "$tmp/r-$d.txt")
	notes=$(grep -o '<note eId=' "$tmp/c-$d.xml" | wc -l)
	pmods=$(grep -o '<textualMod eId="pmod_' "$tmp/c-$d.xml" | wc -l)
	check "at $d: one note ($notes) and one passive modification ($pmods) per applied one ($applied)" \
		[ "$applied" -eq "$notes" ] && [ "$applied" -eq "$pmods" ]
	if [ -n "$LEGES_SHARED" ] && [ -f "$LEGES_SHARED/schema/akomantoso30.xsd" ]; then
		check "at $d: schema-valid" valid "$tmp/c-$d.xml"
	fi
done
check "report at 2025-01-01: 19 applied, 23 not yet in force" \
	grep -q '^# at 2025-01-01: 19 applied, 0 not applied, 23 not yet in force$' "$tmp/r-2025-01-01.txt"
check "report at 2026-01-01: all 42 applied" \
	grep -q '^# at 2026-01-01: 42 applied, 0 not applied, 0 not yet in force$' "$tmp/r-2026-01-01.txt"

# 3. unmarked amending acts are marked up on the fly; the argument order does not matter;
#    the output is byte-identical.
"$LEGES" consolidate "$base" "$a2" "$a1" --at 2026-01-01 -o "$tmp/x.xml" 2> /dev/null
check "raw acts in any order give the byte-identical result" cmp -s "$tmp/x.xml" "$tmp/c-2026-01-01.xml"
"$LEGES" consolidate "$base" "$tmp/a1.xml" "$tmp/a2.xml" --at 2026-01-01 -o "$tmp/y.xml" 2> /dev/null
check "a second run is byte-identical" cmp -s "$tmp/y.xml" "$tmp/c-2026-01-01.xml"

# 3b. a consolidated version as the base: what its passive modifications record is not applied
#     twice, and the result is the same text as a consolidation from the original.
"$LEGES" consolidate "$tmp/c-2025-01-01.xml" "$tmp/a1.xml" "$tmp/a2.xml" --at 2026-01-01 -o "$tmp/inc.xml" \
	--report "$tmp/inc.txt" 2> /dev/null
check "from the 2025-01-01 version: exit 0" [ $? -eq 0 ]
check "from the 2025-01-01 version: its 19 modifications are recognised as already applied" \
	[ "$(grep -c 'already applied in the base' "$tmp/inc.txt")" -eq 19 ]
norm_as "$S/geconsolideerd-2026-01-01.xml" "$tmp/inc.xml" > "$tmp/got-inc"
check "from the 2025-01-01 version: equals geconsolideerd-2026-01-01.xml" cmp -s "$tmp/want-2026-01-01" "$tmp/got-inc"
if [ -n "$LEGES_SHARED" ] && [ -f "$LEGES_SHARED/schema/akomantoso30.xsd" ]; then
	check "from the 2025-01-01 version: schema-valid (ids stay unique)" valid "$tmp/inc.xml"
fi
# A passive modification that disagrees with the amending act is a conflict.
sed 's|<textualMod eId="pmod_1" type="substitution">|<textualMod eId="pmod_1" type="repeal">|' \
	"$tmp/c-2025-01-01.xml" > "$tmp/disagree.xml"
"$LEGES" consolidate "$tmp/disagree.xml" "$tmp/a1.xml" --at 2026-01-01 -o "$tmp/d.xml" --report "$tmp/d.txt" 2> /dev/null
check "passive and active disagree: exit 1" [ $? -eq 1 ]
check "passive and active disagree: a conflict naming both types" \
	grep -q "^conflict	2025-01-01	.*~mod_1	substitution	art_2__list_1__point_2	the base's passive modification pmod_1 is a repeal, the act's textualMod a substitution$" "$tmp/d.txt"

# 3c. what amend and consolidate write passes leges check (eIds, references, MOD7xx, schema).
"$LEGES" check $(schema_args) "$tmp/a1.xml" "$tmp/a2.xml" "$tmp/c-2025-09-01.xml" "$tmp/c-2026-01-01.xml" \
	"$tmp/inc.xml" > "$tmp/check.txt" 2>&1
rc=$?
check "leges check finds nothing in the marked-up acts and consolidated versions (exit $rc)" [ "$rc" -eq 0 ]
[ "$rc" -eq 0 ] || sed 's/^/#   /' "$tmp/check.txt" | head -10

# 4. before any entry into force: the base text, nothing applied, exit 0.
"$LEGES" consolidate "$base" "$a1" --at 2024-12-31 -o "$tmp/z.xml" --report "$tmp/rz.txt" 2> /dev/null
check "at 2024-12-31 nothing is applied (exit 0)" grep -q '^# at 2024-12-31: 0 applied, 0 not applied, 25 not yet in force$' "$tmp/rz.txt"

# 5. a modification that cannot be applied is reported, and the exit is 1.
sed 's/de woorden “alle stukken” vervangen/de woorden “alle documenten” vervangen/' "$a2" > "$tmp/bad.xml"
"$LEGES" consolidate "$base" "$a1" "$tmp/bad.xml" --at 2026-01-01 -o "$tmp/b.xml" --report "$tmp/rb.txt" 2> /dev/null
rc=$?
check "old text not found: exit 1 (exit $rc)" [ "$rc" -eq 1 ]
check "old text not found is reported with the mod" \
	grep -q "^old-text-not-found	2025-09-01	/akn/be-vlg/act/decreet/2025-03-14/2025001234~mod_10	substitution	art_10	'alle documenten' is not in 'art_10'$" "$tmp/rb.txt"

# 6. usage and bad input.
"$LEGES" consolidate "$base" "$a1" -o "$tmp/u.xml" 2> /dev/null
check "consolidate without --at: exit 2" [ $? -eq 2 ]
"$LEGES" consolidate "$base" "$a1" --at 2025-13-01 2> /dev/null
check "consolidate with a bad date: exit 2" [ $? -eq 2 ]
printf '<akomaNtoso><act>' > "$tmp/broken.xml"
"$LEGES" consolidate "$tmp/broken.xml" "$a1" --at 2025-01-01 2> "$tmp/broken.err"
check "broken base: exit 3" [ $? -eq 3 ]
check "broken base: file:line:col message" grep -q 'broken.xml:1:[0-9]*: not well-formed' "$tmp/broken.err"
finish
