#!/bin/sh
# rule-fixtures.sh - every rule's ok and bad fixtures give exactly the findings written in them.
. "$top_srcdir/tests/lib.sh"

[ -n "$(ls "$top_srcdir"/tests/rules/*/*.xml 2> /dev/null)" ] || { not_ok "no fixtures found in tests/rules/"; finish; exit 1; }

for dir in "$top_srcdir"/tests/rules/*/; do
	code=$(basename "$dir")
	for f in "$dir"*.xml; do
		[ -e "$f" ] || continue
		name=$(basename "$f")
		args=$(schema_args)
		if [ "$code" = AKN005 ] && [ -z "$args" ]; then
			echo "skip - $code/$name: needs the AKN schema in ../shared"
			continue
		fi
		# AKN003 is about a missing schema: its bad fixtures run without one.
		if [ "$code" = AKN003 ] && [ "${name#bad-}" != "$name" ]; then
			args=""
		elif [ "$code" = AKN003 ] && [ -z "$args" ]; then
			echo "skip - $code/$name: needs the AKN schema in ../shared"
			continue
		fi
		# A fixture may bring a configuration (NAME.leges.ini, used as .leges.ini beside a copy
		# of the fixture) or a Schematron (NAME.sch); otherwise no configuration is read.
		target=$f
		extra="--no-config"
		if [ -f "${f%.xml}.leges.ini" ]; then
			rm -rf "$tmp/cfg" && mkdir "$tmp/cfg"
			cp "$f" "$tmp/cfg/$name" && cp "${f%.xml}.leges.ini" "$tmp/cfg/.leges.ini"
			target=$tmp/cfg/$name
			extra=""
		fi
		[ -f "${f%.xml}.sch" ] && extra="$extra --schematron ${f%.xml}.sch"
		# <!-- leges-test: select=TXT4 --> runs more rules (LEG901 needs the ones it suppresses);
		# only the findings of this rule are compared.
		more=$(sed -n 's/.*<!-- leges-test: select=\([A-Za-z0-9,-]*\) -->.*/\1/p' "$f" | head -1)
		# shellcheck disable=SC2086
		"$LEGES" check --color never --select "$code${more:+,$more}" $args $extra "$target" > "$tmp/out" 2> "$tmp/err"
		rc=$?
		expectations "$f" > "$tmp/want"
		found "$tmp/out" "$target" | awk -v c="$code" '$2 == c' > "$tmp/got"
		if [ "$rc" -ge 4 ] || [ -s "$tmp/err" ]; then
			not_ok "$code/$name: exit $rc: $(cat "$tmp/err")"
		elif [ "$code" = AKN001 ] && [ "${name#bad-}" != "$name" ] && [ "$rc" -ne 3 ]; then
			not_ok "$code/$name: a file that is not well-formed must exit 3, not $rc"
		elif cmp -s "$tmp/want" "$tmp/got"; then
			ok "$code/$name"
		else
			not_ok "$code/$name: findings differ (want < > got)"
			diff "$tmp/want" "$tmp/got" | sed 's/^/#   /'
			sed 's/^/#   /' "$tmp/out"
		fi
		case $name in
		ok-*) [ -s "$tmp/want" ] && not_ok "$code/$name: an ok fixture must expect nothing" ;;
		bad-*) [ -s "$tmp/want" ] || not_ok "$code/$name: a bad fixture must expect a finding" ;;
		*) not_ok "$code/$name: fixtures are named ok-*.xml or bad-*.xml" ;;
		esac
	done
done
finish
