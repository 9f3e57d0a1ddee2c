# lib.sh - what the shell tests share.  Sourced, never run.
#
# The environment comes from AM_TESTS_ENVIRONMENT: LEGES (the uninstalled
# binary), top_srcdir, LEGES_SHARED (the third-party data beside the
# checkout, or empty).  Each test prints one line per check and ends with
# "N passed, N failed"; it exits 1 if anything failed, 77 if it could not run.

set -u
: "${LEGES:?LEGES is not set: run the tests with make check}"
: "${top_srcdir:?top_srcdir is not set: run the tests with make check}"
LEGES_SHARED=${LEGES_SHARED:-}
passed=0
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leges-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); echo "ok - $*"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $*"; }
check() { # check DESCRIPTION COMMAND...: pass when the command succeeds
	desc=$1
	shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}

# The shared data (AKN corpus, schemas) beside the checkout; CI always has it.
need_shared() {
	if [ -z "$LEGES_SHARED" ] || [ ! -d "$LEGES_SHARED/corpus" ]; then
		echo "SKIP: ../shared (the third-party AKN corpus and schemas) is missing;"
		echo "      configure --with-shared=DIR to point at it"
		exit 77
	fi
}

schema_args() {
	if [ -n "$LEGES_SHARED" ] && [ -f "$LEGES_SHARED/schema/akomantoso30.xsd" ]; then
		echo "--schema-dir $LEGES_SHARED/schema"
	fi
}

# Expectations written inline in a fixture: "LINE CODE" per <!-- expect: CODE -->,
# "LINE CODE@COL" per <!-- expect: CODE@COL --> (the exact column), "0 CODE" per
# <!-- expect-global: CODE -->; sorted.
expectations() {
	awk '{
		line = $0
		while (match(line, /<!-- expect(-global)?: [A-Z]+[0-9]+(@[0-9]+)? -->/)) {
			m = substr(line, RSTART, RLENGTH)
			code = m; sub(/.*: /, "", code); sub(/ -->/, "", code)
			print (m ~ /expect-global/ ? 0 : NR), code
			line = substr(line, RSTART + RLENGTH)
		}
	}' "$1" | sort
}

# found_in REPORT FILE WANT: the findings as found(), with "@COL" on each when the
# expectations WANT give columns (then every one of them must).
found_in() {
	if grep -q '@' "$3"; then
		sed -n 's/^\(.*\): \(error\|warning\|info\): .* \[\([A-Z][A-Z]*[0-9][0-9]*\) [a-z0-9-]*\]$/\1 \3/p' "$1" |
		awk -v want="$2" '{
			n = split($1, p, ":")
			if (p[1] == "leges" || p[1] != want) print 0, $2
			else print p[2], $2 "@" p[3]
		}' | sort
	else
		found "$1" "$2"
	fi
}

# Findings of a text report as "LINE CODE"; 0 for findings without a position or in
# another file than $2 (a configuration file, say), when $2 is given; sorted.
found() {
	sed -n 's/^\(.*\): \(error\|warning\|info\): .* \[\([A-Z][A-Z]*[0-9][0-9]*\) [a-z0-9-]*\]$/\1 \3/p' "$1" |
	awk -v want="${2:-}" '{
		n = split($1, p, ":")
		line = (p[1] == "leges" || (want != "" && p[1] != want)) ? 0 : p[2]
		print line, $2
	}' | sort
}

match_golden() { # match_golden GOLDEN FILE: FILE must equal GOLDEN (LEGES_GOLDEN_UPDATE=1 writes GOLDEN first)
	# An HTML page carries leges.css whole in its <style> block; golden files keep a placeholder,
	# so a CSS edit does not touch them (render.sh checks that pages carry leges.css).
	case $2 in *.html) sed -i '/<style>/,/<\/style>/c\
<style>/* leges.css */</style>' "$2" ;; esac
	if [ "${LEGES_GOLDEN_UPDATE:-}" = 1 ]; then
		mkdir -p "$(dirname "$1")"
		cp "$2" "$1"
		echo "updated $1"
	fi
	if cmp -s "$2" "$1"; then
		ok "$1"
	else
		not_ok "$1 differs"
		diff "$1" "$2" | head -20 | sed 's/^/#   /'
	fi
}

finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
