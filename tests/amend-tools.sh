#!/bin/sh
# amend-tools.sh - leges timeline and leges diff on the sport amendment set, against
# golden files in tests/golden/amend/ (LEGES_GOLDEN_UPDATE=1 rewrites them); formula
# sentences that cannot be read are reported with their position.
. "$top_srcdir/tests/lib.sh"

S=$top_srcdir/corpus/amendments/sport
G=$top_srcdir/tests/golden/amend

golden() { # golden NAME FILE: compare FILE with tests/golden/amend/NAME
	cp "$2" "$tmp/golden-$1"
	match_golden "$G/$1" "$tmp/golden-$1"
}

"$LEGES" timeline "$S/basis-2002.xml" "$S/wijziging-2025.xml" "$S/wijziging-2024.xml" > "$tmp/timeline.txt"
check "timeline: exit 0" [ $? -eq 0 ]
golden timeline.txt "$tmp/timeline.txt"
check "timeline: five dates (the original and four entries into force)" [ "$(wc -l < "$tmp/timeline.txt")" -eq 5 ]

"$LEGES" timeline --all -o "$tmp/versions" "$S/basis-2002.xml" "$S/wijziging-2024.xml" "$S/wijziging-2025.xml"
check "timeline --all: exit 0" [ $? -eq 0 ]
check "timeline --all: four versions written" [ "$(ls "$tmp/versions" | wc -l)" -eq 4 ]
"$LEGES" consolidate "$S/basis-2002.xml" "$S/wijziging-2024.xml" "$S/wijziging-2025.xml" --at 2025-07-01 \
	-o "$tmp/c.xml" 2> /dev/null
check "timeline --all: the 2025-07-01 version equals consolidate --at 2025-07-01" \
	cmp -s "$tmp/versions/2025-07-01.xml" "$tmp/c.xml"

for fmt in text json html; do
	"$LEGES" diff --format "$fmt" "$S/geconsolideerd-2025-01-01.xml" "$S/geconsolideerd-2026-01-01.xml" \
		-o "$tmp/diff.$fmt"
	rc=$?
	check "diff --format $fmt: exit 1 (they differ; exit $rc)" [ "$rc" -eq 1 ]
	golden "diff-2025-01-01-2026-01-01.$fmt" "$tmp/diff.$fmt"
done
check "diff: the changed lid shows its words" \
	grep -q '^changed art_4__al_2: De administratie beslist binnen \[-zestig-\] {+negentig+} dagen na de {+volledige+} ontvangst van de aanvraag\.$' "$tmp/diff.text"
check "diff: the inserted chapter is one change" grep -q '^inserted chp_3-1: Hoofdstuk 3/1\. Topsport$' "$tmp/diff.text"
check "diff: the repealed article" grep -q '^repealed art_12: ' "$tmp/diff.text"
"$LEGES" diff "$S/basis-2002.xml" "$S/basis-2002.xml" > "$tmp/same.txt"
check "diff of a file with itself: exit 0, no output" [ $? -eq 0 ] && [ ! -s "$tmp/same.txt" ]

# A renumbered unit whose text stays the same is "renumbered", not repealed + inserted.
sed 's|<point eId="art_2__list_1__point_5">|<point eId="art_2__list_1__point_6">|; s|<num>5°</num>|<num>6°</num>|' \
	"$S/basis-2002.xml" > "$tmp/renum.xml"
"$LEGES" diff "$S/basis-2002.xml" "$tmp/renum.xml" > "$tmp/renum.txt"
check "diff: renumbering found" grep -q '^renumbered art_2__list_1__point_5 -> art_2__list_1__point_6: ' "$tmp/renum.txt"

# Sentences that read like amendments but match no formula are reported, never guessed.
sed 's|worden de woorden “twee jaar” vervangen door de woorden “één jaar”.|wordt “twee jaar” veranderd en vervangen.|' \
	"$S/wijziging-2024.xml" > "$tmp/unread.xml"
"$LEGES" amend "$tmp/unread.xml" -o "$tmp/unread-out.xml" 2> "$tmp/unread.err"
rc=$?
check "amend with an unreadable sentence: exit 1 (exit $rc)" [ "$rc" -eq 1 ]
check "amend: the sentence is reported at its line and column" \
	grep -q 'unread.xml:[0-9]*:[0-9]*: warning: cannot read this amending sentence; not marked up: In artikel 6' "$tmp/unread.err"
check "amend: the unread sentence is left as it was" grep -q 'wordt “twee jaar” veranderd en vervangen' "$tmp/unread-out.xml"
# With --target, old words that are not in the target provision are reported.
sed 's/de woorden “twee jaar” vervangen/de woorden “drie jaar” vervangen/' "$S/wijziging-2024.xml" > "$tmp/drie.xml"
"$LEGES" amend "$tmp/drie.xml" --target "$S/basis-2002.xml" -o "$tmp/drie-out.xml" 2> "$tmp/drie.err"
check "amend --target: old words not in the target: exit 1 ($?)" [ $? -eq 1 ]
check "amend --target: reported with the mod and the eId" \
	grep -q "drie.xml:[0-9]*:[0-9]*: warning: mod_19: 'drie jaar' is not in 'art_6' of the target" "$tmp/drie.err"

# Sentences: AKN has no element for them; consolidate reads the sentence back from the mod.
"$LEGES" consolidate "$S/basis-2002.xml" "$top_srcdir/tests/amend/nl-zinnen.xml" --at 2027-01-01 \
	-o "$tmp/zin.xml" --report "$tmp/zin.txt" 2> /dev/null
check "sentences: both applied (exit $?)" grep -q '^# at 2027-01-01: 2 applied, 0 not applied' "$tmp/zin.txt"
check "sentences: the second replaced, then the first repealed" \
	grep -q '<p>Ze kan daarvoor ter plaatse controles uitvoeren.</p>' "$tmp/zin.xml"
check "sentences: the notes say 'Gewijzigd'" grep -q '<p>Gewijzigd bij artikel 2 van het decreet van 14 maart 2025' "$tmp/zin.xml"

# French: the formulas of a Belgian French decree, applied, with French notes.
F=$top_srcdir/tests/amend
"$LEGES" consolidate "$F/fr-base.xml" "$F/fr-modification.xml" --at 2025-01-01 -o "$tmp/fr.xml" \
	--report "$tmp/fr.txt" 2> /dev/null
check "French: every modification applied (exit $?)" grep -q '^# at 2025-01-01: 5 applied, 0 not applied, 0 not yet in force$' "$tmp/fr.txt"
check "French: words replaced" grep -q "<p>administration : l'agence Sport.</p>" "$tmp/fr.xml"
check "French: words inserted after the anchor" grep -q 'dans les trente jours de la réception de la demande\.' "$tmp/fr.xml"
tr -d '\n' < "$tmp/fr.xml" | sed 's/>  */>/g' > "$tmp/fr-flat.xml"
check "French: article 4/1 inserted after article 4" \
	grep -q '<article eId="art_4">.*</article><article eId="art_4-1"><num>Art. 4/1.' "$tmp/fr-flat.xml"
check "French: a paragraph 3 added after paragraph 2" \
	grep -q '<paragraph eId="art_3__para_2">.*</paragraph><paragraph eId="art_3__para_3"><num>§ 3.' "$tmp/fr-flat.xml"
check "French: article 5 repealed" grep -q '<p>(abrogé)</p>' "$tmp/fr.xml"
check "French: the notes are in French" grep -q "<p>Abrogé par l'article 5 du decreet du 10 mai 2024 (entrée en vigueur : 1er janvier 2025).</p>" "$tmp/fr.xml"

# -o to a pipe or a device writes into it; it is never replaced by a renamed file.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" > "$tmp/from-fifo" &
"$LEGES" diff -o "$tmp/fifo" "$S/geconsolideerd-2025-01-01.xml" "$S/geconsolideerd-2026-01-01.xml"
wait
check "-o a fifo: it stays a fifo" [ -p "$tmp/fifo" ]
check "-o a fifo: the output went through it" cmp -s "$tmp/from-fifo" "$tmp/diff.text"
finish
