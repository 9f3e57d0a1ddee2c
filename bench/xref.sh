#!/usr/bin/env bash
# bench/xref.sh - `leges xref` against `xmllint --noout` on the generated
# 20,000-article act (DESIGN 9; goal: leges xref <= 2 x xmllint --noout).
#
#   bench/xref.sh [--quick] [BUILD_DIR]
#
# BUILD_DIR holds the `leges` binary (default: the repository root).  Each
# figure is the median of 5 runs (3 with --quick), the two commands
# interleaved after one warm-up round, timed with bash's `time` (wall and CPU,
# user + system, to the millisecond).  The verdict is on wall time; the CPU
# ratio is printed beside it because it varies less on a shared machine.  It
# prints the figures and the ratios and exits 0 whether or not the goal is
# met: it is a report, not a test; 2 when it cannot run.
set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
reps=5
build=$repo
while [ $# -gt 0 ]; do
	case $1 in
	--quick) reps=3 ;;
	*) build=$1 ;;
	esac
	shift
done
die() { echo "bench/xref.sh: $*" >&2; exit 2; }
leges=$build/leges
[ -x "$leges" ] || die "no leges binary in $build"
command -v xmllint >/dev/null || die "xmllint is missing"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leges-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/gen-act" "$here/gen-act.c" || die "cannot compile gen-act.c"
"$tmp/gen-act" 20000 > "$tmp/act.xml" || die "gen-act 20000 failed"

# Wall seconds and CPU seconds (user + system) of one run.
timed() {
	local TIMEFORMAT='%3R %3U %3S'
	{ time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}
# The median of column $1 of the lines on stdin.
median() { sort -g -k"$1,$1" | awk -v c="$1" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

timed "$leges" xref --format json "$tmp/act.xml" > /dev/null
timed xmllint --noout "$tmp/act.xml" > /dev/null
: > "$tmp/l"
: > "$tmp/x"
for _ in $(seq "$reps"); do
	timed "$leges" xref --format json "$tmp/act.xml" >> "$tmp/l"
	timed xmllint --noout "$tmp/act.xml" >> "$tmp/x"
done
l=$(median 1 < "$tmp/l")
x=$(median 1 < "$tmp/x")
lc=$(median 2 < "$tmp/l")
xc=$(median 2 < "$tmp/x")
cites=$("$leges" xref --format csv "$tmp/act.xml" | grep -c '^citation,')
ratio=$(awk -v l="$l" -v x="$x" 'BEGIN { printf "%.2f", l / x }')
cratio=$(awk -v l="$lc" -v x="$xc" 'BEGIN { printf "%.2f", (x > 0) ? l / x : 0 }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 2.0) ? "PASS" : "MISS" }')
echo "input:    act-20000.xml $(du -m "$tmp/act.xml" | cut -f1) MB (gen-act 20000), $cites EU citations"
printf 'leges xref --format json  %8.3f s (median of %d), CPU %.3f s\n' "$l" "$reps" "$lc"
printf 'xmllint --noout           %8.3f s (median of %d), CPU %.3f s\n' "$x" "$reps" "$xc"
echo "ratio:    $ratio (goal <= 2.0) $verdict; CPU $cratio"
