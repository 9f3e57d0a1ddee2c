#!/bin/sh
# render.sh - leges render: golden HTML and XSL-FO for the sample drafts and the
# consolidated fixture (byte for byte, and the same on every run), what the page
# must contain, the options, the errors, and every AKN document of ../shared.
# LEGES_GOLDEN_UPDATE=1 (make golden-update) rewrites the golden files for review.
. "${top_srcdir:?}/tests/lib.sh"

cd "$top_srcdir" || exit 1
fixture=tests/data/render/geconsolideerd.xml
clean=corpus/drafts/ontwerpdecreet-digitale-toegankelijkheid.xml

expect_exit() { # expect_exit CODE DESCRIPTION COMMAND...
	want=$1 desc=$2
	shift 2
	"$@" > "$tmp/stdout" 2> "$tmp/stderr"
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok "$desc (exit $rc)"; else not_ok "$desc: exit $rc, want $want"; sed 's/^/#   /' "$tmp/stderr"; fi
}
has() { # has DESCRIPTION FILE FIXED-STRING
	if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1: no '$3' in $2"; fi
}
hasnt() { # hasnt DESCRIPTION FILE FIXED-STRING
	if grep -qF -- "$3" "$2"; then not_ok "$1: '$3' in $2"; else ok "$1"; fi
}

# --- golden files, and the same bytes on every run ---------------------------------
# The inline CSS is leges.css itself (checked below), so the golden files leave it out.
mkdir -p tests/golden/render
for f in corpus/drafts/*.xml $fixture; do
	base=$(basename "$f" .xml)
	for to in html fo; do
		"$LEGES" render --to $to "$f" -o "$tmp/$base.$to"
		"$LEGES" render --to $to "$f" > "$tmp/$base.again.$to"
		if cmp -s "$tmp/$base.$to" "$tmp/$base.again.$to"; then
			ok "$base.$to: the same bytes on a second run, -o and stdout alike"
		else
			not_ok "$base.$to: output differs between runs"
		fi
		cp "$tmp/$base.$to" "$tmp/norm.$to"
		match_golden "tests/golden/render/$base.$to" "$tmp/norm.$to"
	done
	# Every eId of the text (not of the metadata) is the id of an element of the page.
	xsltproc - "$f" > "$tmp/eids" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="descendant::*[@eId][not(ancestor::*[local-name() = 'meta'])]">
      <xsl:value-of select="concat(@eId, '&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF
	missing=0
	while read -r eid; do
		grep -qF " id=\"$eid\"" "$tmp/$base.html" || { missing=$((missing + 1)); echo "#   no id=\"$eid\""; }
	done < "$tmp/eids"
	check "$base.html: all $(wc -l < "$tmp/eids") eIds of the text are element ids" test -s "$tmp/eids" -a $missing -eq 0
	if xmllint --noout "$tmp/$base.fo" 2> "$tmp/err" && grep -q '<fo:root' "$tmp/$base.fo"; then
		ok "$base.fo: well-formed XSL-FO"
	else
		not_ok "$base.fo: not well-formed XSL-FO: $(head -3 "$tmp/err")"
	fi
done

# The CSS in the page is leges.css, byte for byte.
sed -n '/<style>/,/<\/style>/p' "$tmp/geconsolideerd.html" | sed '1s/.*<style>//; $s/<\/style>.*//' > "$tmp/css"
if [ "$(cat "$tmp/css")" = "$(cat stylesheets/leges.css)" ]; then ok "the page carries leges.css"; else not_ok "the page's CSS is not leges.css"; fi

# --- what a page shows ------------------------------------------------------------
page=$tmp/geconsolideerd.html
has "html lang from FRBRlanguage" "$page" '<html lang="nl">'
has "one h1 with the title" "$page" '<h1 id="doc-title">Decreet betreffende het digitale loket</h1>'
has "point-in-time banner: consolidated text" "$page" '<strong class="pit-kind">Geconsolideerde tekst</strong>'
has "banner: version date" "$page" 'versie van <time datetime="2026-01-01">1 januari 2026</time>'
has "banner: last amendment and its act" "$page" 'laatste wijziging: <time datetime="2026-01-01">1 januari 2026</time> door <span class="ref ref-unlinked" title="/akn/be-vlg/act/decreet/2025-12-19/nn/!main~art_8">Decreet van 19 december 2025, art. 8</span>'
has "banner of a draft" "$tmp/ontwerpdecreet-digitale-toegankelijkheid.html" '<strong class="pit-kind">Ontwerptekst</strong>, <span class="pit-version">versie van <time datetime="2026-03-12">12 maart 2026</time>'
has "table of contents links the articles" "$page" '<li><a href="#art_3"><span class="num">Art. 3.</span> <span class="heading">Tarieven</span></a></li>'
has "change marker opens" "$page" '<a class="chg-mark chg-open" href="#chg-1">[<sup>1</sup></a>'
has "change marker closes" "$page" '<a class="chg-mark chg-close" href="#chg-1">]<sup>1</sup></a>'
has "change note names the amending provision and the date" "$page" 'vervangen bij <span class="ref ref-unlinked" title="/akn/be-vlg/act/decreet/2025-02-14/nn/!main~art_3">Decreet van 14 februari 2025, art. 3</span> (in werking op <time datetime="2025-03-01">1 maart 2025</time>)'
has "repealed article" "$page" '<p class="repealed">Opgeheven.</p>'
has "internal ref is an anchor" "$page" '<a class="ref ref-internal" href="#art_3">artikel 3</a>'
has "unresolved internal ref is not a link" "$page" '<span class="ref ref-unresolved" title="#art_99">artikel 99</span>'
has "EU ELI ref links to the ELI" "$page" '<a class="ref ref-eu" href="http://data.europa.eu/eli/dir/2016/2102/oj" rel="external">'
hasnt "a javascript: href is never a link" "$page" 'href="javascript:'
has "a term links to its definition" "$page" '<a class="term" href="#def.art_1.content2.p1.def1">loket</a>'
has "the definition is the target" "$page" '<dfn class="def" id="def.art_1.content2.p1.def1">loket</dfn>'
has "noteRef links to its note" "$page" '<a href="#note.note_1">1</a>'
has "authorialNote becomes a footnote" "$page" '<li id="art_2__para_2__note_1">'
has "ins and del" "$page" '<ins>dit is nieuw</ins>'

# --- options ----------------------------------------------------------------------
expect_exit 0 "--lang fr" "$LEGES" render --lang fr "$fixture"
has "--lang fr: French labels" "$tmp/stdout" '<h2 id="toc-title">Table des matières</h2>'
has "--lang fr: French dates" "$tmp/stdout" '1 janvier 2026'
expect_exit 0 "--lang en" "$LEGES" render --lang en "$fixture"
has "--lang en: English labels" "$tmp/stdout" 'Consolidated text'
expect_exit 2 "--lang de is refused" "$LEGES" render --lang de "$fixture"
expect_exit 0 "--resolver" "$LEGES" render --resolver https://codex.example/r "$fixture"
has "--resolver links other AKN IRIs" "$tmp/stdout" '<a class="ref ref-akn" href="https://codex.example/r/akn/be-vlg/act/decreet/2018-06-22/nn/!main~art_5">'
expect_exit 0 "--resolver in FO" "$LEGES" render --to fo --resolver https://codex.example/r "$fixture"
has "--resolver links other AKN IRIs in the PDF" "$tmp/stdout" 'external-destination="url(https://codex.example/r/akn/be-vlg/act/decreet/2018-06-22/nn/!main~art_5)"'
printf '.leges-test-marker { color: red }\n' > "$tmp/extra.css"
expect_exit 0 "--css FILE" "$LEGES" render --css "$tmp/extra.css" "$fixture"
has "--css adds the file after leges.css" "$tmp/stdout" '.leges-test-marker { color: red }'
expect_exit 2 "--css of a missing file" "$LEGES" render --css /nonexistent/x.css "$fixture"
expect_exit 0 "--at on a consolidated expression" "$LEGES" render --at 2026-02-01 "$fixture"
has "--at shows the date in the banner" "$tmp/stdout" 'tekst geldend op <time datetime="2026-02-01">1 februari 2026</time>'
expect_exit 2 "--at on an original version" "$LEGES" render --at 2026-02-01 "$clean"
has "--at message says why" "$tmp/stderr" 'needs a consolidated expression'
expect_exit 2 "--at before the version's date" "$LEGES" render --at 2025-12-31 "$fixture"
has "--at before the version: says so" "$tmp/stderr" "is the text as of 2026-01-01, later than --at 2025-12-31"
expect_exit 2 "--at with a bad date" "$LEGES" render --at 2026-13-01 "$fixture"
# BASE AMENDING... --at DATE: consolidated first, the same page as consolidate then render.
S=corpus/amendments/sport
expect_exit 0 "render BASE AMENDING... --at" "$LEGES" render "$S/basis-2002.xml" "$S/wijziging-2024.xml" \
	"$S/wijziging-2025.xml" --at 2025-10-01 -o "$tmp/sport.html"
"$LEGES" consolidate "$S/basis-2002.xml" "$S/wijziging-2024.xml" "$S/wijziging-2025.xml" --at 2025-10-01 \
	-o "$tmp/sport-cons.xml" 2> /dev/null
"$LEGES" render "$tmp/sport-cons.xml" --at 2025-10-01 -o "$tmp/sport-2.html"
check "render BASE AMENDING... --at: the page of consolidate then render" cmp -s "$tmp/sport.html" "$tmp/sport-2.html"
check "render BASE AMENDING... --at: change markers" grep -q 'class="chg-mark chg-open"' "$tmp/sport.html"
has "render BASE AMENDING... --at: the banner" "$tmp/sport.html" 'tekst geldend op <time datetime="2025-10-01">1 oktober 2025</time>'
expect_exit 2 "amending acts without --at" "$LEGES" render "$S/basis-2002.xml" "$S/wijziging-2024.xml"
expect_exit 3 "an amending act that cannot be read" "$LEGES" render "$S/basis-2002.xml" /nonexistent/x.xml --at 2025-10-01
expect_exit 2 "--to docx" "$LEGES" render --to docx "$fixture"
expect_exit 2 "no file" "$LEGES" render
expect_exit 0 "--help" "$LEGES" render --help
has "--help lists --to" "$tmp/stdout" '--to FORMAT'

# --- PDF without FOP; FO without FOP -----------------------------------------------
expect_exit 2 "--to pdf without FOP" env LEGES_FOP=/nonexistent/fop "$LEGES" render --to pdf "$fixture" -o "$tmp/no.pdf"
has "without FOP: a clear message" "$tmp/stderr" "--to pdf needs Apache FOP"
check "without FOP: no PDF written" [ ! -e "$tmp/no.pdf" ]
expect_exit 2 "--fop naming nothing" "$LEGES" render --to pdf --fop /nonexistent/fop "$fixture"
expect_exit 0 "--to fo without FOP" env LEGES_FOP=/nonexistent/fop "$LEGES" render --to fo "$fixture" -o "$tmp/ok.fo"
check "--to fo without FOP writes the FO" grep -q '<fo:root' "$tmp/ok.fo"

# --- bad input ----------------------------------------------------------------------
expect_exit 3 "missing file" "$LEGES" render /nonexistent/draft.xml
has "missing file message" "$tmp/stderr" "leges: cannot open '/nonexistent/draft.xml'"
printf '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<act>\n<body></act>\n' > "$tmp/broken.xml"
expect_exit 3 "not well-formed" "$LEGES" render "$tmp/broken.xml" -o "$tmp/broken.html"
if grep -q "broken.xml:3:[0-9]*: error:" "$tmp/stderr"; then ok "not well-formed: file:line:col"; else not_ok "not well-formed message: $(cat "$tmp/stderr")"; fi
check "not well-formed: no output file, no temporary left" [ -z "$(ls "$tmp" | grep broken.html)" ]
printf '<html><body/></html>\n' > "$tmp/other.xml"
expect_exit 3 "not Akoma Ntoso" "$LEGES" render "$tmp/other.xml"
has "not Akoma Ntoso: says so" "$tmp/stderr" "not an Akoma Ntoso document (the root element is 'html')"
printf '<!DOCTYPE a [<!ENTITY x "y">]>\n<akomaNtoso><act>&x;</act></akomaNtoso>\n' > "$tmp/entity.xml"
expect_exit 3 "entities are refused" "$LEGES" render "$tmp/entity.xml"

# --- hostile input: exit 3 with file:line:col, nothing read, nothing written ----------------
echo "SECRET-CONTENT" > "$tmp/secret.txt"
printf '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file://%s">]>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><p>&x;</p></body></act></akomaNtoso>\n' "$tmp/secret.txt" > "$tmp/h-xxe.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE a SYSTEM "file://%s">\n<akomaNtoso/>\n' "$tmp/secret.txt" > "$tmp/h-dtd.xml"
awk 'BEGIN { printf "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"; for (i = 0; i < 10000; i++) printf "<hcontainer>"; for (i = 0; i < 10000; i++) printf "</hcontainer>"; print "</body></act></akomaNtoso>" }' > "$tmp/h-deep.xml"
printf '<akomaNtoso>\n<p>caf\303\050</p>\n</akomaNtoso>\n' > "$tmp/h-utf8.xml"
: > "$tmp/h-empty.xml"
head -c 3000 /bin/sh > "$tmp/h-binary.xml"
for h in xxe dtd deep utf8 empty binary; do
	for to in html fo; do
		timeout 20 "$LEGES" render --to $to "$tmp/h-$h.xml" -o "$tmp/h-$h.$to" > "$tmp/stdout" 2> "$tmp/stderr"
		rc=$?
		if [ $rc -eq 3 ] && grep -q "h-$h.xml:[0-9]*:[0-9]*: error: " "$tmp/stderr" && [ ! -e "$tmp/h-$h.$to" ] &&
		   ! grep -q SECRET "$tmp/stdout" "$tmp/stderr"; then
			ok "hostile $h ($to): exit 3 at a line and column, no output"
		else
			not_ok "hostile $h ($to): exit $rc: $(head -c 200 "$tmp/stderr")"
		fi
	done
done

# --- every AKN document of ../shared renders (pre-standard namespaces too) -----------
if [ -n "$LEGES_SHARED" ] && [ -d "$LEGES_SHARED/corpus" ]; then
	total=0 bad=0
	for f in $(find "$LEGES_SHARED/corpus" -name '*.xml' | sort); do
		head -c 4000 "$f" | grep -q '<akomaNtoso' || continue
		total=$((total + 1))
		for to in html fo; do
			if ! "$LEGES" render --to $to "$f" -o "$tmp/any.$to" 2> "$tmp/err"; then
				bad=$((bad + 1)); echo "#   $to: $f: $(head -2 "$tmp/err")"
			fi
		done
		xmllint --noout "$tmp/any.fo" 2>/dev/null || { bad=$((bad + 1)); echo "#   fo not well-formed: $f"; }
	done
	check "all $total Akoma Ntoso documents of ../shared render to HTML and well-formed FO" test "$total" -gt 50 -a $bad -eq 0
else
	echo "# ../shared is missing: the corpus sweep did not run"
fi
finish
