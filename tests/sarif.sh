#!/bin/sh
# sarif.sh - SARIF output is valid against the official SARIF 2.1.0 schema.
. "$top_srcdir/tests/lib.sh"
need_shared

py=""
for p in /usr/bin/python3 python3; do
	if command -v "$p" > /dev/null && "$p" -c 'import jsonschema' 2> /dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	not_ok "python3 with jsonschema (Debian python3-jsonschema) is needed to validate SARIF: run ./bootstrap"
	finish
	exit 1
fi
schema=$LEGES_SHARED/schema/sarif-schema-2.1.0.json
n=0
for f in "$top_srcdir"/corpus/drafts/*.xml "$LEGES_SHARED"/corpus/*/*.xml "$LEGES_SHARED"/corpus/oasis-examples/invalid/*.xml; do
	[ -e "$f" ] || continue
	n=$((n + 1))
	"$LEGES" check --schema-dir "$LEGES_SHARED/schema" --format sarif "$f" > "$tmp/$n.sarif" 2> /dev/null
done
# One run over everything, and a run with a finding that has no location (AKN003).
"$LEGES" check -q --format sarif "$LEGES_SHARED/corpus" > "$tmp/all.sarif" 2> /dev/null
LEGES_SCHEMA_DIR= "$LEGES" check --format sarif "$top_srcdir/corpus/drafts" > "$tmp/noschema.sarif" 2> /dev/null
if "$py" "$top_srcdir/tests/sarif-validate.py" "$schema" "$tmp"/*.sarif > "$tmp/report" 2>&1; then
	ok "$((n + 2)) SARIF reports valid against sarif-schema-2.1.0.json"
else
	not_ok "SARIF reports invalid"
	sed 's/^/#   /' "$tmp/report" | head -30
fi
grep -q '"partialFingerprints"' "$tmp/all.sarif" && ok "results carry partialFingerprints" || not_ok "no partialFingerprints"
grep -q '"shortDescription"' "$tmp/all.sarif" && ok "rules carry metadata" || not_ok "no rule metadata"
finish
