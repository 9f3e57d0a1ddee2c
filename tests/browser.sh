#!/bin/sh
# browser.sh - rendered HTML in a real browser (headless Chromium).
#
#   tests/browser.sh                  render the corpus drafts, the consolidated
#                                     fixture and one shared document of each
#                                     AKN type, and check them
#   tests/browser.sh FILE.html...     check these pages (any leges HTML output)
#
# For each page, a copy with tests/data/browser/verdict.js injected is loaded with
# --dump-dom: the script checks from the DOM that every table-of-contents link
# and every internal link reaches an element, that ids are unique, that there
# is one h1 and no heading skips a level, that <html> has a lang, and writes
# its verdict into the DOM.  Console messages (errors, uncaught exceptions) are
# read from Chromium's log and fail the page.  A screenshot of the page as
# rendered must be a PNG of reasonable size.  Without Chromium this test fails:
# it never counts as passed.  The HTML reports of leges check, ria and xref are
# checked too; other reports are added to PAGES below.
. "${top_srcdir:?}/tests/lib.sh"

CHROMIUM=${CHROMIUM:-}
if [ -z "$CHROMIUM" ]; then
	for c in chromium chromium-browser google-chrome; do
		if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
	done
fi
if [ -z "$CHROMIUM" ]; then
	not_ok "chromium is not installed (Debian: apt-get install chromium); the browser test cannot run"
	finish
	exit 1
fi

# Chromium, isolated: a fresh profile per run, no network services, no GPU.
browser() { # browser PROFILE ARGS...
	profile=$1
	shift
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync --disable-quic \
		--disable-extensions --disable-default-apps --mute-audio --hide-scrollbars --disable-dev-shm-usage \
		--user-data-dir="$profile" "$@"
}

n=0
check_page() { # check_page FILE.html
	page=$1
	n=$((n + 1))
	name=$(basename "$page")
	copy=$tmp/page-$n.html
	# The checking script goes right before </body> (the last one: reports may quote HTML).
	awk -v js="$top_srcdir/tests/data/browser/verdict.js" '
		{ lines[NR] = $0 }
		END {
			last = 0
			for (i = 1; i <= NR; i++) if (index(lines[i], "</body>")) last = i
			for (i = 1; i <= NR; i++) {
				if (i == last) {
					p = index(lines[i], "</body>")
					printf "%s<script>", substr(lines[i], 1, p - 1)
					while ((getline l < js) > 0) print l
					print "</script>" substr(lines[i], p)
				} else print lines[i]
			}
		}' "$page" > "$copy"
	if ! grep -q 'leges-verdict' "$copy"; then
		not_ok "$name: no </body> to put the checking script before"
		return
	fi
	browser "$tmp/profile-$n" --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
		--dump-dom "file://$copy" > "$tmp/dom-$n.html" 2> "$tmp/log-$n.txt"
	verdict=$(sed -n 's/.*<pre id="leges-verdict"[^>]*>\([^<]*\)<\/pre>.*/\1/p' "$tmp/dom-$n.html")
	case $verdict in
	"ok:"*) ok "$name: $verdict" ;;
	"") not_ok "$name: the page gave no verdict (Chromium failed?)"; tail -5 "$tmp/log-$n.txt" ;;
	*) not_ok "$name: $verdict" ;;
	esac
	if grep -q ':CONSOLE' "$tmp/log-$n.txt"; then
		not_ok "$name: console messages:"
		grep ':CONSOLE' "$tmp/log-$n.txt" | head -5
	else
		ok "$name: no console messages"
	fi
	rm -f "$tmp/shot-$n.png"
	browser "$tmp/profile-$n" --window-size=1280,1600 --screenshot="$tmp/shot-$n.png" \
		"file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" > /dev/null 2>&1
	size=$(wc -c < "$tmp/shot-$n.png" 2>/dev/null || echo 0)
	if [ "$(head -c 4 "$tmp/shot-$n.png" 2>/dev/null | od -An -c | tr -d ' ')" = "211PNG" ] &&
	   [ "$size" -gt 20000 ]; then
		ok "$name: screenshot taken ($size bytes)"
	else
		not_ok "$name: no usable screenshot ($size bytes)"
	fi
}

if [ $# -gt 0 ]; then
	for f in "$@"; do check_page "$f"; done
	finish
	exit $?
fi

# The check can fail: a page with a dead contents link, a skipped heading level and a
# console error gives "not ok" lines (run in a subshell, so they are not counted here).
printf '%s\n' '<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body>' \
	'<nav class="toc"><a href="#nowhere">x</a></nav><h1>t</h1><h3>skip</h3>' \
	'<script>console.error("leges-test-error")</script></body></html>' > "$tmp/bad.html"
(check_page "$tmp/bad.html") > "$tmp/bad.out" 2>&1
for want in "contents link #nowhere reaches nothing" "skips a level" "console messages" "no usable screenshot"; do
	if grep '^not ok' "$tmp/bad.out" | grep -qF "$want"; then
		ok "a broken page is caught: $want"
	else
		not_ok "a broken page is not caught: $want"
	fi
done

need_shared
PAGES=
for f in "$top_srcdir"/corpus/drafts/*.xml "$top_srcdir"/tests/data/render/*.xml \
	 "$LEGES_SHARED/corpus/oasis-examples/us_Act_2011-11-29.xml" \
	 "$LEGES_SHARED/corpus/eu-leos/proposal-package/bill.xml" \
	 "$LEGES_SHARED/corpus/oasis-examples/ke_Debate_Bungeni_2011-06-10.xml" \
	 "$LEGES_SHARED/corpus/oasis-examples/za_Judgement_2008-11-26.xml" \
	 "$LEGES_SHARED/corpus/eu-leos/proposal-package/memorandum.xml" \
	 "$LEGES_SHARED/corpus/oasis-examples/uy_bill_2010-09-27.xml" \
	 "$LEGES_SHARED/corpus/oasis-examples/us_Title9-Chap3-eng.xml" \
	 "$LEGES_SHARED/corpus/laws-africa/bluebell/roundtrip-nested_attachments.xml" \
	 "$LEGES_SHARED/corpus/laws-africa/indigo/tables_in.xml"; do
	[ -f "$f" ] || { not_ok "missing input $f"; continue; }
	out=$tmp/$(basename "$f" .xml).html
	if "$LEGES" render "$f" -o "$out"; then PAGES="$PAGES $out"; else not_ok "leges render $f"; fi
done
# The HTML reports of the other commands (check, ria, xref) share leges.css and are checked the same way.
# Every sample draft, the ones with planted faults too (a repeated eId gets its anchor once).
for f in "$top_srcdir"/corpus/drafts/*.xml; do
	d=$(basename "$f" .xml)
	out=$tmp/check-$d.html
	"$LEGES" check --format html -o "$out" "$f"
	if [ -s "$out" ]; then PAGES="$PAGES $out"; else not_ok "leges check --format html $d"; fi
done
for f in "$top_srcdir"/corpus/ria/*.xml; do
	out=$tmp/ria-$(basename "$f" .xml).html
	"$LEGES" ria -f html -o "$out" "$f"	# exit 1: the RIA has findings
	if [ -s "$out" ]; then PAGES="$PAGES $out"; else not_ok "leges ria -f html $f"; fi
done
for d in ontwerpdecreet-digitale-toegankelijkheid ontwerpdecreet-erfgoedsubsidies; do
	out=$tmp/xref-$d.html
	"$LEGES" xref -f html -o "$out" "$top_srcdir/corpus/drafts/$d.xml"	# exit 1: findings
	if [ -s "$out" ]; then PAGES="$PAGES $out"; else not_ok "leges xref -f html $d"; fi
done
# A consolidated act rendered from its base and amending acts: change markers and notes.
S=$top_srcdir/corpus/amendments/sport
out=$tmp/sport-2026-01-01.html
if "$LEGES" render "$S/basis-2002.xml" "$S/wijziging-2024.xml" "$S/wijziging-2025.xml" --at 2026-01-01 -o "$out"; then
	PAGES="$PAGES $out"
else
	not_ok "leges render BASE AMENDING... --at"
fi
for p in $PAGES; do check_page "$p"; done
finish
