#!/usr/bin/env bash
# bench/run.sh - the performance contract of DESIGN.md section 9, for `leges check`.
#
#   bench/run.sh [--quick] [BUILD_DIR]
#
# BUILD_DIR is where the `leges` binary is (default: the repository root, where
# ./bootstrap && ./configure && make put it).  SHARED (environment) is the
# directory with schema/ and corpus/ (default: <repo>/../shared).
#
# Every figure is the median of 5 runs (3 with --quick).  The runs of all the
# commands are interleaved (one run of each command per round), after one
# warm-up round, so that a slow spell of the machine hits every command alike.
# Wall time is taken around each run with bash's $EPOCHREALTIME (microseconds);
# peak RSS is GNU time's %M (its %e, 10 ms resolution, is recorded but not used).
#
# It prints a table of figures, ratios, goals and PASS/MISS, and exits 0 even
# when a goal is missed: it is a report, not a test.  It exits 2 only when it
# cannot run at all (no leges, no xmllint, no GNU time, no schema).
set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)

reps=5
build=
while [ $# -gt 0 ]; do
	case $1 in
	--quick) reps=3 ;;
	-h | --help)
		sed -n '2,20s/^# \{0,1\}//p' "$0"
		exit 0
		;;
	-*)
		echo "run.sh: unknown option '$1'" >&2
		exit 2
		;;
	*) build=$1 ;;
	esac
	shift
done
build=${build:-$repo}
leges=$(cd "$build" 2>/dev/null && pwd)/leges
shared=${SHARED:-$repo/../shared}
shared=$(cd "$shared" 2>/dev/null && pwd) || { echo "run.sh: no shared directory (set SHARED)" >&2; exit 2; }
xsd=$shared/schema/akomantoso30.xsd
corpus=$shared/corpus
gtime=/usr/bin/time

die() { echo "run.sh: $*" >&2; exit 2; }
[ -x "$leges" ] || die "no leges binary in '$build' (build it, or give its directory)"
command -v xmllint >/dev/null || die "xmllint not found (Debian package libxml2-utils)"
"$gtime" -f '%e %M' -o /dev/null true 2>/dev/null || die "$gtime is not GNU time (Debian package time)"
[ -f "$xsd" ] || die "no $xsd"
[ -d "$corpus" ] || die "no $corpus"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 (\$EPOCHREALTIME)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/leges-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- inputs
cc -O2 -o "$tmp/gen-act" "$here/gen-act.c" || die "cannot compile gen-act.c"
"$tmp/gen-act" 2000 >"$tmp/act-2000.xml" || die "gen-act 2000 failed"
"$tmp/gen-act" 20000 >"$tmp/act-20000.xml" || die "gen-act 20000 failed"
corpus_files=$(find "$corpus" -name '*.xml' -type f | sort)
ncorpus=$(printf '%s\n' "$corpus_files" | grep -c .)
printf '%s\n' "$corpus_files" >"$tmp/corpus.list"

# The generated acts must be clean, or the benchmark measures error reporting.
for n in 2000 20000; do
	if ! "$leges" check -q -j1 --fail-level info --schema-dir "$shared/schema" "$tmp/act-$n.xml" >"$tmp/clean.out" 2>&1; then
		echo "run.sh: warning: leges reports findings on act-$n.xml (figures still measured):" >&2
		head -5 "$tmp/clean.out" >&2
	fi
done

# ---------------------------------------------------------------- commands
# Each benchmark is a name, an environment prefix and a command line (already
# quoted for eval); output is discarded.
names=()
declare -A cmd envp warned
add() {
	names+=("$1")
	envp[$1]=$2
	cmd[$1]=$3
}
q() { printf '%q' "$1"; }
L=$(q "$leges") X=$(q "$xsd") S=$(q "$shared/schema") T=$(q "$tmp")
for n in 2000 20000; do
	f="$T/act-$n.xml"
	add "xmllint-$n" "" "xmllint --noout $f"
	add "leges-$n" "LEGES_SCHEMA_DIR=" "$L check -q -j1 --ignore AKN003 $f"
	add "xmllint-xsd-$n" "" "xmllint --noout --schema $X $f"
	add "leges-xsd-$n" "" "$L check -q -j1 --schema-dir $S $f"
done
# The structural rules alone (the foundation's set), for reference: what the model and they cost.
add "leges-struct-20000" "LEGES_SCHEMA_DIR=" "$L check -q -j1 --ignore AKN003 --select AKN,STR,REF $T/act-20000.xml"
add "leges-corpus" "" "$L check -q -j2 --schema-dir $S $(q "$corpus")"
add "xmllint-corpus" "" "bash -c $(q "while IFS= read -r f; do xmllint --noout --schema $X \"\$f\" >/dev/null 2>&1; done <$T/corpus.list")"

# one run: wall seconds (from EPOCHREALTIME), GNU time %e and %M appended to $tmp/NAME.runs
run1() {
	local name=$1 t0 t1 line rc
	t0=$EPOCHREALTIME
	eval "${envp[$name]} \"\$gtime\" -f '%e %M' -o \"\$tmp/time.out\" ${cmd[$name]}" >/dev/null 2>&1
	rc=$?
	t1=$EPOCHREALTIME
	line=$(tail -n 1 "$tmp/time.out")
	echo "$t0 $t1 $line $rc" | awk '{ printf "%.4f %s %s %s\n", $2 - $1, $3, $4, $5 }' >>"$tmp/$name.runs"
	# leges exits 1 on the corpus (it has findings); anything else but 0 is suspect
	if [ "$rc" -ne 0 ] && ! { [ "$name" = leges-corpus ] && [ "$rc" -eq 1 ]; } && [ -z "${warned[$name]:-}" ]; then
		echo "run.sh: warning: '$name' exited with status $rc" >&2
		warned[$name]=1
	fi
}

median() { # column $2 of file $1
	sort -g -k"$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
echo "leges bench: $reps runs of ${#names[@]} commands (+1 warm-up round); this takes a few minutes" >&2
for name in "${names[@]}"; do
	run1 "$name"
	: >"$tmp/$name.runs"
done
for ((r = 1; r <= reps; r++)); do
	echo "  round $r of $reps" >&2
	for name in "${names[@]}"; do
		run1 "$name"
	done
done

declare -A sec rss
for name in "${names[@]}"; do
	sec[$name]=$(median "$tmp/$name.runs" 1)
	rss[$name]=$(median "$tmp/$name.runs" 3)
done

# ---------------------------------------------------------------- report
mb() { awk -v b="$(wc -c <"$1")" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
corpus_mb=$(xargs -d '\n' cat <"$tmp/corpus.list" | wc -c | awk '{ printf "%.1f MB", $1 / 1e6 }')
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
mem=$(free -g 2>/dev/null | awk '/^Mem:/ { print $2 " GiB" }')

echo "leges bench — $(date '+%Y-%m-%d %H:%M %Z')"
echo "machine:  $(uname -sm), ${cpu:-unknown CPU}, nproc $(nproc), RAM ${mem:-?}"
echo "leges:    $leges ($("$leges" --version 2>/dev/null | head -n 1))"
echo "xmllint:  $(command -v xmllint) (libxml $(xmllint --version 2>&1 | sed -n 's/.*libxml version \([0-9]*\).*/\1/p' | head -n 1))"
echo "inputs:   act-2000.xml $(mb "$tmp/act-2000.xml"), act-20000.xml $(mb "$tmp/act-20000.xml") (gen-act N, seed 1);"
echo "          corpus $corpus: $ncorpus files, $corpus_mb"
echo "figures:  median of $reps runs, wall seconds and peak RSS"
echo "load:     ${load0:-?} before, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) after (1, 5, 15 min; this script alone adds about 1)"
echo

printf '%-58s %9s %12s\n' "command" "seconds" "peak RSS KB"
printf '%-58s %9s %12s\n' "-------" "-------" "-----------"
row() { printf '%-58s %9.3f %12d\n' "$1" "${sec[$2]}" "${rss[$2]}"; }
for n in 2000 20000; do
	row "xmllint --noout act-$n.xml" "xmllint-$n"
	row "leges check -q -j1 --ignore AKN003 act-$n.xml (no XSD)" "leges-$n"
	row "xmllint --noout --schema akomantoso30.xsd act-$n.xml" "xmllint-xsd-$n"
	row "leges check -q -j1 --schema-dir schema act-$n.xml" "leges-xsd-$n"
done
row "leges check ... --select AKN,STR,REF act-20000.xml (no XSD)" "leges-struct-20000"
row "leges check -q -j2 --schema-dir schema corpus/ (1 call)" "leges-corpus"
row "xmllint --noout --schema ... per file ($ncorpus processes)" "xmllint-corpus"
echo

pass=0 miss=0
ratio() { # label numerator denominator goal(<=)
	local r verdict
	r=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 999 }')
	if awk -v r="$r" -v g="$4" 'BEGIN { exit !(r <= g) }'; then
		verdict=PASS pass=$((pass + 1))
	else
		verdict=MISS miss=$((miss + 1))
	fi
	printf '%-58s %9s %8s  %s\n' "$1" "$r" "<= $4" "$verdict"
}
info() { # label numerator denominator (no goal)
	printf '%-58s %9s %8s  %s\n' "$1" "$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 999 }')" "-" "(for reference)"
}
printf '%-58s %9s %8s  %s\n' "ratio" "value" "goal" "result"
printf '%-58s %9s %8s  %s\n' "-----" "-----" "----" "------"
for n in 2000 20000; do
	ratio "time leges / xmllint --noout, no XSD, $n art." "${sec[leges-$n]}" "${sec[xmllint-$n]}" 2.5
done
for n in 2000 20000; do
	ratio "time leges / xmllint --schema, XSD, $n art." "${sec[leges-xsd-$n]}" "${sec[xmllint-xsd-$n]}" 1.3
done
ratio "time leges 20,000 / 2,000 art., no XSD" "${sec[leges-20000]}" "${sec[leges-2000]}" 11
ratio "time leges 20,000 / 2,000 art., XSD" "${sec[leges-xsd-20000]}" "${sec[leges-xsd-2000]}" 11
info "time leges AKN,STR,REF / xmllint --noout, 20,000 art." "${sec[leges-struct-20000]}" "${sec[xmllint-20000]}"
info "time xmllint 20,000 / 2,000 art., no XSD" "${sec[xmllint-20000]}" "${sec[xmllint-2000]}"
info "time xmllint 20,000 / 2,000 art., XSD" "${sec[xmllint-xsd-20000]}" "${sec[xmllint-xsd-2000]}"
ratio "peak RSS leges (no XSD) / xmllint --noout, 20,000 art." "${rss[leges-20000]}" "${rss[xmllint-20000]}" 1.5
ratio "peak RSS leges (XSD) / xmllint --noout, 20,000 art." "${rss[leges-xsd-20000]}" "${rss[xmllint-20000]}" 1.5
info "peak RSS leges (XSD) / xmllint --schema, 20,000 art." "${rss[leges-xsd-20000]}" "${rss[xmllint-xsd-20000]}"
# "faster than": the ratio must be strictly below 1
r=$(awk -v a="${sec[leges-corpus]}" -v b="${sec[xmllint-corpus]}" 'BEGIN { printf "%.3f", a / b }')
if awk -v r="$r" 'BEGIN { exit !(r < 1) }'; then v=PASS pass=$((pass + 1)); else v=MISS miss=$((miss + 1)); fi
printf '%-58s %9.2f %8s  %s\n' "time corpus: leges -j2 (1 call) / xmllint loop" "$r" "< 1" "$v"
echo

# Where the time of `leges check` goes on the large act: LEGES_TRACE_PERF's
# phases and the costliest rules, median of 3 traced runs (wall ms, no XSD).
for ((r = 1; r <= 3; r++)); do
	LEGES_SCHEMA_DIR= LEGES_TRACE_PERF=1 "$leges" check -q -j1 --ignore AKN003 "$tmp/act-20000.xml" 2>&1 >/dev/null |
		awk '$1 == "leges:" && $2 == "perf:" { print $4, $5 }'
done >"$tmp/trace.out"
echo "where the time goes, act-20000.xml, no XSD (LEGES_TRACE_PERF=1, median of 3 runs, ms)"
awk '{ v[$1] = v[$1] " " $2 } END { for (k in v) print k, v[k] }' "$tmp/trace.out" |
	while read -r what a b c; do
		printf '%s %s\n' "$what" "$(printf '%s\n' "$a" "$b" "$c" | sort -g | sed -n 2p)"
	done >"$tmp/trace.med"
for phase in load model rules free; do
	awk -v p="$phase" '$1 == p { printf "  %-8s %8.1f\n", $1, $2 }' "$tmp/trace.med"
done
echo "  costliest rules:"
grep -Ev '^(load|model|rules|free) ' "$tmp/trace.med" | sort -k2 -gr | head -n 12 |
	awk '{ printf "    %-8s %8.1f\n", $1, $2 }'
echo
echo "goals: $pass PASS, $miss MISS"
exit 0
