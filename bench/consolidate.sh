#!/usr/bin/env bash
# bench/consolidate.sh - the consolidation line of DESIGN.md section 9:
#
#   bench/consolidate.sh [--quick] [--instructions] [BUILD_DIR]
#
# Generates the 2,000- and 20,000-article acts (bench/gen-act.c) and, for each, an
# amending act with one modification per 20 articles (100 and 1,000): a quarter
# substitutions of words, a quarter repeals of articles, a quarter replacements of
# articles (a quotedStructure), a quarter insertions of articles N/1, all in force on
# 2027-01-01.  It times `leges consolidate` against `xmllint --noout` (parsing the base
# act) and prints the ratios: consolidate(1,000 mods, 20,000 articles) <= 3 x parse, and
# time(20,000) <= 11 x time(2,000).  Medians of 5 runs (3 with --quick), interleaved.
# With --instructions it also counts instructions with valgrind (callgrind), which a busy
# shared machine does not disturb. It is a report: it exits 0 even when a goal is missed,
# 2 when it cannot run.
set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
reps=5
build=
instr=
while [ $# -gt 0 ]; do
	case $1 in
	--quick) reps=3 ;;
	--instructions) instr=1 ;;
	-h | --help) sed -n '2,16s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) build=$1 ;;
	esac
	shift
done
build=${build:-$repo}
leges=$(cd "$build" 2>/dev/null && pwd)/leges
die() { echo "consolidate.sh: $*" >&2; exit 2; }
[ -x "$leges" ] || die "no leges binary in '$build'"
command -v xmllint >/dev/null || die "xmllint not found (Debian package libxml2-utils)"
command -v cc >/dev/null || die "no C compiler"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 (\$EPOCHREALTIME)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leges-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/gen-act" "$here/gen-act.c" || die "cannot build gen-act"

# amending N_ARTICLES N_MODS > file: a marked-up amending act for the generated act.
amending() {
	awk -v n="$1" -v m="$2" 'BEGIN {
		W = "/akn/be-vlg/act/decreet/2026-01-15/nn"
		A = "/akn/be-vlg/act/decreet/2026-06-30/nn"
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"decreet\"><meta>"
		print "<identification source=\"#k\"><FRBRWork><FRBRthis value=\"" A "/!main\"/><FRBRuri value=\"" A "\"/>"
		print "<FRBRdate date=\"2026-06-30\" name=\"bekrachtiging\"/><FRBRauthor href=\"#k\"/><FRBRcountry value=\"be-vlg\"/>"
		print "<FRBRsubtype value=\"decreet\"/><FRBRnumber value=\"nn\"/></FRBRWork><FRBRExpression>"
		print "<FRBRthis value=\"" A "/nld@2026-06-30/!main\"/><FRBRuri value=\"" A "/nld@2026-06-30\"/>"
		print "<FRBRdate date=\"2026-06-30\" name=\"versie\"/><FRBRauthor href=\"#k\"/><FRBRlanguage language=\"nld\"/>"
		print "</FRBRExpression><FRBRManifestation><FRBRthis value=\"" A "/nld@2026-06-30/!main.xml\"/>"
		print "<FRBRuri value=\"" A "/nld@2026-06-30.akn\"/><FRBRdate date=\"2026-06-30\" name=\"x\"/><FRBRauthor href=\"#k\"/>"
		print "</FRBRManifestation></identification>"
		print "<lifecycle source=\"#k\"><eventRef eId=\"e1\" date=\"2026-06-30\" source=\"#o\" type=\"generation\"/>"
		print "<eventRef eId=\"e2\" date=\"2027-01-01\" source=\"#o\" type=\"generation\"/></lifecycle>"
		print "<analysis source=\"#k\"><activeModifications>"
		step = int(n / m)
		for (i = 1; i <= m; i++) {
			a = (i - 1) * step + 2
			kind = i % 4
			printf "<textualMod eId=\"t%d\" type=\"%s\"><source href=\"#mod_%d\"/>", i, \
				kind == 0 ? "substitution" : kind == 1 ? "repeal" : kind == 2 ? "substitution" : "insertion", i
			printf "<destination href=\"%s/nld@~art_%d\"%s/><force period=\"#g1\"/>", W, a, kind == 3 ? " pos=\"after\"" : ""
			if (kind == 0) printf "<old href=\"#mod_%d__qtext_1\"/><new href=\"#mod_%d__qtext_2\"/>", i, i
			if (kind >= 2) printf "<new href=\"#mod_%d__qstr_1\"/>", i
			print "</textualMod>"
		}
		print "</activeModifications></analysis>"
		print "<temporalData source=\"#k\"><temporalGroup eId=\"g1\"><timeInterval start=\"#e2\" refersTo=\"#inforce\"/></temporalGroup></temporalData>"
		print "<references source=\"#k\"><original eId=\"o\" href=\"" A "/nld@2026-06-30\" showAs=\"o\"/>"
		print "<TLCOrganization eId=\"k\" href=\"/ontology/organization/k\" showAs=\"k\"/>"
		print "<TLCConcept eId=\"inforce\" href=\"/ontology/concept/inforce\" showAs=\"in werking\"/></references></meta><body>"
		for (i = 1; i <= m; i++) {
			a = (i - 1) * step + 2
			kind = i % 4
			printf "<article eId=\"art_%d\"><num>Art. %d.</num><content><p><mod eId=\"mod_%d\">", i, i, i
			if (kind == 0) printf "In artikel %d worden de woorden “<quotedText eId=\"mod_%d__qtext_1\">de</quotedText>” vervangen door de woorden “<quotedText eId=\"mod_%d__qtext_2\">de</quotedText>”.", a, i, i
			if (kind == 1) printf "Artikel %d wordt opgeheven.", a
			if (kind == 2) printf "Artikel %d wordt vervangen door wat volgt:<quotedStructure eId=\"mod_%d__qstr_1\"><article><num>Art. %d.</num><content><p>Nieuwe tekst van artikel %d.</p></content></article></quotedStructure>", a, i, a, a
			if (kind == 3) printf "Na artikel %d wordt een artikel %d/1 ingevoegd, dat luidt als volgt:<quotedStructure eId=\"mod_%d__qstr_1\"><article><num>Art. %d/1.</num><content><p>Ingevoegd artikel.</p></content></article></quotedStructure>", a, a, i, a
			print "</mod></p></content></article>"
		}
		print "</body></act></akomaNtoso>"
	}'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now() { echo "${EPOCHREALTIME/./}"; }

for n in 2000 20000; do
	"$tmp/gen-act" "$n" 1 > "$tmp/act-$n.xml"
	amending "$n" $((n / 20)) > "$tmp/amd-$n.xml"
	"$leges" consolidate "$tmp/act-$n.xml" "$tmp/amd-$n.xml" --at 2027-01-01 -o "$tmp/out-$n.xml" \
		--report "$tmp/rep-$n.txt" 2> /dev/null
	head -1 "$tmp/rep-$n.txt" | sed "s/^# /  $n articles: /"
done
for n in 2000 20000; do
	: > "$tmp/parse-$n"
	: > "$tmp/cons-$n"
done
for r in $(seq 0 "$reps"); do
	for n in 2000 20000; do
		t0=$(now)
		xmllint --noout "$tmp/act-$n.xml"
		t1=$(now)
		"$leges" consolidate "$tmp/act-$n.xml" "$tmp/amd-$n.xml" --at 2027-01-01 -o /dev/null 2> /dev/null
		t2=$(now)
		[ "$r" -eq 0 ] && continue	# warm-up
		echo $((t1 - t0)) >> "$tmp/parse-$n"
		echo $((t2 - t1)) >> "$tmp/cons-$n"
	done
done
p2=$(median < "$tmp/parse-2000") c2=$(median < "$tmp/cons-2000")
p20=$(median < "$tmp/parse-20000") c20=$(median < "$tmp/cons-20000")
awk -v p2="$p2" -v c2="$c2" -v p20="$p20" -v c20="$c20" 'BEGIN {
	printf "%-44s %10s %10s\n", "", "2,000", "20,000"
	printf "%-44s %8.1f ms %7.1f ms\n", "xmllint --noout (parse the base act)", p2 / 1000, p20 / 1000
	printf "%-44s %8.1f ms %7.1f ms\n", "leges consolidate (100 / 1,000 mods)", c2 / 1000, c20 / 1000
	r = c20 / p20
	printf "consolidate / parse at 20,000 articles: %.2f (goal <= 3): %s\n", r, r <= 3 ? "PASS" : "MISS"
	g = c20 / c2
	printf "consolidate growth 2,000 -> 20,000: %.2f x (goal <= 11): %s\n", g, g <= 11 ? "PASS" : "MISS"
}'

if [ -n "$instr" ]; then
	command -v valgrind > /dev/null || die "--instructions needs valgrind"
	ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
		sed -n 's/.*refs: *//p' | tr -d ','; }
	for n in 2000 20000; do
		eval "ip$n=\$(ir xmllint --noout \"\$tmp/act-\$n.xml\")"
		eval "ic$n=\$(ir \"\$leges\" consolidate \"\$tmp/act-\$n.xml\" \"\$tmp/amd-\$n.xml\" --at 2027-01-01 -o /dev/null)"
	done
	awk -v p2="$ip2000" -v c2="$ic2000" -v p20="$ip20000" -v c20="$ic20000" 'BEGIN {
		printf "instructions: parse %.0f / %.0f, consolidate %.0f / %.0f\n", p2, p20, c2, c20
		r = c20 / p20
		printf "consolidate / parse at 20,000 articles (instructions): %.2f (goal <= 3): %s\n", r, r <= 3 ? "PASS" : "MISS"
		g = c20 / c2
		printf "consolidate growth 2,000 -> 20,000 (instructions): %.2f x (goal <= 11): %s\n", g, g <= 11 ? "PASS" : "MISS"
	}'
fi
