#!/usr/bin/env bash
# bench/render.sh - the performance contract of DESIGN.md section 9 for `leges render`.
#
#   bench/render.sh [--quick] [--no-pdf] [BUILD_DIR]
#
# BUILD_DIR is where the `leges` binary is (default: the repository root).
# Generated acts (bench/gen-act.c) of 2,000 and 20,000 articles are rendered to
# HTML and compared with xsltproc running an identity stylesheet on the same
# file (goal: at most 3 times), and with each other (goal: 20,000 articles at
# most 11 times 2,000: linear growth).  A 500-article act is rendered to PDF
# through FOP, and its time reported (no goal: FOP is Java).
#
# Every figure is the median of 5 runs (3 with --quick), the commands
# interleaved after a warm-up round so that a slow spell of the machine hits
# them alike.  Wall time comes from bash's $EPOCHREALTIME; CPU time (user +
# system) from GNU time.  The verdict is on wall time, as in bench/run.sh;
# CPU time is printed beside it because it varies less on a shared machine.
# It prints a table and exits 0 even when a goal is missed; 2 if it cannot run.
set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
reps=5
pdf=yes
build=
while [ $# -gt 0 ]; do
	case $1 in
	--quick) reps=3 ;;
	--no-pdf) pdf=no ;;
	-h | --help)
		sed -n '2,20s/^# \{0,1\}//p' "$0"
		exit 0
		;;
	-*)
		echo "render.sh: unknown option '$1'" >&2
		exit 2
		;;
	*) build=$1 ;;
	esac
	shift
done
build=${build:-$repo}
leges=$(cd "$build" 2>/dev/null && pwd)/leges
gtime=/usr/bin/time

die() { echo "render.sh: $*" >&2; exit 2; }
[ -x "$leges" ] || die "no leges binary in '$build' (build it, or give its directory)"
command -v xsltproc >/dev/null || die "xsltproc not found (Debian package xsltproc)"
"$gtime" -f '%e' -o /dev/null true 2>/dev/null || die "$gtime is not GNU time (Debian package time)"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 (\$EPOCHREALTIME)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/leges-bench-render.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

cc -O2 -o "$tmp/gen-act" "$here/gen-act.c" || die "cannot compile gen-act.c"
for n in 500 2000 20000; do
	"$tmp/gen-act" $n >"$tmp/act-$n.xml" || die "gen-act $n failed"
done
cat >"$tmp/identity.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy></xsl:template>
</xsl:stylesheet>
EOF

names=()
declare -A cmd
add() { names+=("$1"); cmd[$1]=$2; }
q() { printf '%q' "$1"; }
L=$(q "$leges") T=$(q "$tmp")
for n in 2000 20000; do
	add "xsltproc-identity-$n" "xsltproc $T/identity.xsl $T/act-$n.xml"
	add "leges-html-$n" "$L render $T/act-$n.xml -o $T/out-$n.html"
done

# one run: wall seconds and CPU seconds appended to $tmp/NAME.runs
run1() {
	local name=$1 t0 t1 rc
	t0=$EPOCHREALTIME
	eval "\"\$gtime\" -f '%U %S' -o \"\$tmp/time.out\" ${cmd[$name]}" >/dev/null 2>"$tmp/err"
	rc=$?
	t1=$EPOCHREALTIME
	[ "$rc" -eq 0 ] || echo "render.sh: warning: '$name' exited with status $rc: $(head -c 200 "$tmp/err")" >&2
	echo "$t0 $t1 $(tail -n 1 "$tmp/time.out")" | awk '{ printf "%.4f %.2f\n", $2 - $1, $3 + $4 }' >>"$tmp/$name.runs"
}
median() { # column $2 of file $1
	sort -g -k"$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "leges bench render: $reps runs of ${#names[@]} commands (+1 warm-up round)" >&2
for name in "${names[@]}"; do
	run1 "$name"
	: >"$tmp/$name.runs"
done
for ((r = 1; r <= reps; r++)); do
	echo "  round $r of $reps" >&2
	for name in "${names[@]}"; do run1 "$name"; done
done
declare -A wall cpu
for name in "${names[@]}"; do
	wall[$name]=$(median "$tmp/$name.runs" 1)
	cpu[$name]=$(median "$tmp/$name.runs" 2)
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r <= g) ? "PASS" : "MISS" }'; }
mb() { awk -v b="$(wc -c <"$1")" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

echo
echo "leges render: performance contract (DESIGN.md 9), median of $reps runs; wall s (CPU s)"
echo
printf '%-44s %16s %16s\n' "command" "2,000 art." "20,000 art."
printf '%-44s %16s %16s\n' "input size" "$(mb "$tmp/act-2000.xml")" "$(mb "$tmp/act-20000.xml")"
for what in xsltproc-identity leges-html; do
	printf '%-44s %9s (%4s) %9s (%4s)\n' "$what" "${wall[$what-2000]}" "${cpu[$what-2000]}" \
		"${wall[$what-20000]}" "${cpu[$what-20000]}"
done
echo
r20=$(ratio "${wall[leges-html-20000]}" "${wall[xsltproc-identity-20000]}")
c20=$(ratio "${cpu[leges-html-20000]}" "${cpu[xsltproc-identity-20000]}")
printf '%-60s %6s (CPU %s)  goal <= 3    %s\n' "leges render --to html / xsltproc identity, 20,000 art." \
	"$r20" "$c20" "$(verdict "$r20" 3)"
lin=$(ratio "${wall[leges-html-20000]}" "${wall[leges-html-2000]}")
clin=$(ratio "${cpu[leges-html-20000]}" "${cpu[leges-html-2000]}")
printf '%-60s %6s (CPU %s)  goal <= 11   %s\n' "leges render --to html, 20,000 / 2,000 articles" \
	"$lin" "$clin" "$(verdict "$lin" 11)"
ilin=$(ratio "${wall[xsltproc-identity-20000]}" "${wall[xsltproc-identity-2000]}")
printf '%-60s %6s  (for comparison)\n' "xsltproc identity, 20,000 / 2,000 articles" "$ilin"

if [ "$pdf" = yes ]; then
	echo
	if "$leges" render --to fo "$tmp/act-500.xml" -o /dev/null 2>/dev/null &&
	   command -v fop >/dev/null 2>&1; then
		t0=$EPOCHREALTIME
		"$gtime" -f '%U %S' -o "$tmp/time.out" "$leges" render --to pdf "$tmp/act-500.xml" -o "$tmp/act-500.pdf"
		t1=$EPOCHREALTIME
		pages=$(pdfinfo "$tmp/act-500.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		echo "$t0 $t1 $(tail -n 1 "$tmp/time.out")" |
			awk -v p="${pages:-?}" '{ printf "leges render --to pdf, 500 articles (%s pages): %.1f s wall, %.1f s CPU (FOP included)\n", p, $2 - $1, $3 + $4 }'
	else
		echo "leges render --to pdf, 500 articles: not measured (no FOP)"
	fi
fi
