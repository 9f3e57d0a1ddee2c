#!/bin/sh
# golden-reports.sh - the reports for the sample drafts, byte for byte (tests/golden/check/);
# and every defect planted in a sample draft is found at its exact line.
# LEGES_GOLDEN_UPDATE=1 (make golden-update) rewrites the golden files for review.
. "$top_srcdir/tests/lib.sh"
need_shared

cd "$top_srcdir" || exit 1
args="--schema-dir $LEGES_SHARED/schema --color never"
mkdir -p tests/golden/check
for f in corpus/drafts/*.xml; do
	base=$(basename "$f" .xml)
	for fmt in text json sarif; do
		ext=$fmt
		[ $fmt = text ] && ext=txt
		# shellcheck disable=SC2086
		"$LEGES" check $args --format $fmt "$f" > "$tmp/out" 2> "$tmp/err"
		# The version in JSON and SARIF changes with each release: not part of the comparison.
		sed 's/"version": "[0-9][^"]*"/"version": "VERSION"/' "$tmp/out" > "$tmp/norm"
		golden=tests/golden/check/$base.$ext
		if [ "${LEGES_GOLDEN_UPDATE:-}" = 1 ]; then
			cp "$tmp/norm" "$golden"
			echo "updated $golden"
		fi
		if cmp -s "$tmp/norm" "$golden"; then
			ok "$golden"
		else
			not_ok "$golden differs"
			diff "$golden" "$tmp/norm" | head -20 | sed 's/^/#   /'
		fi
	done
	# Inline expectations in the corpus drafts: planted defects at their lines, nothing else.
	# shellcheck disable=SC2086
	"$LEGES" check $args "$f" > "$tmp/out" 2>&1
	expectations "$f" > "$tmp/want"
	found_in "$tmp/out" "$f" "$tmp/want" > "$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then
		ok "$f: $(wc -l < "$tmp/want") planted findings, each at its line$(grep -q @ "$tmp/want" && echo ' and column'), and nothing else"
	else
		not_ok "$f: findings differ from the planted ones (want < > got)"
		diff "$tmp/want" "$tmp/got" | sed 's/^/#   /'
	fi
done
finish
