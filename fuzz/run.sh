#!/bin/sh
# fuzz/run.sh [SECONDS] - build every fuzz/fuzz-*.c as a libFuzzer target (clang, with
# AddressSanitizer and UBSan) against the library sources of parser/ and run each for
# SECONDS (default 60).  Needs a configured tree (config.h) and clang with compiler-rt.
# Targets are found by glob, so a new fuzz/fuzz-X.c needs no change here.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
out=fuzz/out
mkdir -p "$out"
[ -f config.h ] || { echo "fuzz/run.sh: run configure first (config.h is missing)" >&2; exit 2; }
cflags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I. \
$(pkg-config --cflags libxml-2.0 libpcre2-8)"
libs="$(pkg-config --libs libxml-2.0 libpcre2-8) -lpthread -lm"
# The library sources a target may need: all of parser/ (pure functions, no main).
lib=$(ls parser/*.c)
status=0
for src in fuzz/fuzz-*.c; do
	name=$(basename "$src" .c)
	echo "fuzz: building $name"
	# shellcheck disable=SC2086
	clang $cflags -o "$out/$name" "$src" $lib $libs
	mkdir -p "$out/$name.corpus"
	dict=fuzz/${name#fuzz-}.dict
	[ -f "$dict" ] && dict="-dict=$dict" || dict=
	echo "fuzz: running $name for ${secs}s"
	# shellcheck disable=SC2086
	if ! ASAN_OPTIONS=detect_leaks=1 "$out/$name" $dict -max_total_time="$secs" -max_len=4096 \
		-artifact_prefix="$out/$name-" "$out/$name.corpus" > "$out/$name.log" 2>&1; then
		echo "fuzz: $name FAILED; see $out/$name.log"
		tail -30 "$out/$name.log"
		status=1
	else
		tail -1 "$out/$name.log"
	fi
done
exit $status
