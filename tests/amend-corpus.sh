#!/bin/sh
# amend-corpus.sh - the real amendment sets of ../shared/corpus (SOURCES.md): how many of
# their modifications leges consolidate applies, why the others are not, and how the result
# differs from the published consolidated version where there is one.  Everything is pinned
# in tests/golden/amend/real-sets.txt (LEGES_GOLDEN_UPDATE=1 rewrites it).
. "$top_srcdir/tests/lib.sh"
need_shared

C=$LEGES_SHARED/corpus
K=$C/akn-legacy
D=$C/ldml-de-ris-norms/samples
out=$tmp/real-sets.txt
: > "$out"

# run NAME AT BASE AMENDING [PUBLISHED]
run() {
	name=$1 at=$2 base=$3 amending=$4 published=${5:-}
	"$LEGES" consolidate "$base" "$amending" --at "$at" -o "$tmp/$name.xml" --report "$tmp/$name.rep" 2> "$tmp/$name.err"
	rc=$?
	case $rc in
	0 | 1) ok "$name: consolidate ran (exit $rc)" ;;
	*) not_ok "$name: consolidate exit $rc: $(cat "$tmp/$name.err")" ;;
	esac
	{
		echo "== $name (at $at)"
		cat "$tmp/$name.rep"
		if [ -n "$published" ]; then
			"$LEGES" diff "$tmp/$name.xml" "$published" > "$tmp/$name.diff" 2> /dev/null
			echo "-- differences from the published version, by kind:"
			awk '{ print $1 }' "$tmp/$name.diff" | sort | uniq -c | awk '{ print $2, $1 }'
		fi
	} >> "$out"
}

run kenya-cap1980 1989-12-15 "$K/1.0/ke_act_1980-01-01_1_eng_main.xml" "$K/2.0/Act_Kenya_1989-12-06.xml" \
	"$K/2.0/Act_Kenya_1980-01-01_at_1989-12-15.xml"
run kenya-act3-1997 2003-12-19 "$K/2.0/Act_Kenya_1997-08-22_3_at_2003-12-19.xml" "$K/2.0/Act_Kenya_2003-12-10-short.xml" \
	"$K/2.0/Act_Kenya_1997-08-22_3_at_2003-12-19.xml"
for s in bgbl-1_2017_s419 bgbl-1_2023_413 bgbl-1_1001_2_mods_01 bgbl-1_1002_2_mods-subsitution_01; do
	run "ldml-de-$s" 2100-01-01 "$D/$s/zielgesetz/regelungstext-verkuendung-1.xml" \
		"$D/$s/aenderungsgesetz/regelungstext-verkuendung-1.xml"
done
# LEOS tracked changes are no textualMods: compare each input with its expected output.
for f in "$C"/eu-leos/mandate/*_output.xml; do
	in=${f%_output.xml}.xml
	[ -f "$in" ] || continue
	name=leos-$(basename "$in" .xml)
	"$LEGES" diff "$in" "$f" > "$tmp/$name.diff" 2> "$tmp/$name.err"
	rc=$?
	[ "$rc" -le 1 ] && ok "$name: diff ran (exit $rc)" || not_ok "$name: diff exit $rc: $(cat "$tmp/$name.err")"
	{
		echo "== $name (input -> expected output)"
		awk '{ print $1 }' "$tmp/$name.diff" | sort | uniq -c | awk '{ print $2, $1 }'
	} >> "$out"
done

golden=$top_srcdir/tests/golden/amend/real-sets.txt
if [ "${LEGES_GOLDEN_UPDATE:-}" = 1 ]; then
	cp "$out" "$golden"
	echo "updated $golden"
fi
if cmp -s "$out" "$golden"; then
	ok "results match tests/golden/amend/real-sets.txt"
else
	not_ok "results differ from tests/golden/amend/real-sets.txt"
	diff "$golden" "$out" | head -30 | sed 's/^/#   /'
fi
check "kenya-cap1980: most modifications apply" grep -q '^# at 1989-12-15: 12 applied, 5 not applied' "$out"
finish
