#!/bin/sh
# pdf.sh - leges render --to pdf, read back with poppler (pdftotext, pdfinfo, pdffonts).
#
# For each document: the PDF's text holds every division and article number
# and heading of the source in order, twice (contents, then text); pdfinfo
# gives the document's title and a page count that the footer's "page x of y"
# agrees with; every font is embedded; the bookmarks are the divisions and
# articles of the source, nested.  Without FOP or poppler this test fails:
# CI installs them (bootstrap).
. "${top_srcdir:?}/tests/lib.sh"

for tool in pdftotext pdfinfo pdffonts xsltproc python3; do
	if ! command -v $tool >/dev/null 2>&1; then
		not_ok "$tool is not installed (see bootstrap); the PDF test cannot run"
		finish
		exit 1
	fi
done

# The needles, in order, must occur in the haystack (whitespace-normalised).
in_order() { # in_order TEXTFILE NEEDLESFILE
	python3 - "$1" "$2" <<'EOF'
import sys
text = " ".join(open(sys.argv[1], encoding="utf-8").read().split())
pos = 0
for line in open(sys.argv[2], encoding="utf-8"):
    needle = " ".join(line.split())
    if not needle:
        continue
    at = text.find(needle, pos)
    if at < 0:
        print("    not found after offset %d: %r" % (pos, needle))
        sys.exit(1)
    pos = at + len(needle)
EOF
}

check_pdf() { # check_pdf SOURCE.xml [FOOTNOTE-TEXT]
	src=$1
	name=$(basename "$src" .xml)
	pdf=$tmp/$name.pdf
	if ! "$LEGES" render "$src" --to pdf -o "$pdf" 2> "$tmp/$name.err"; then
		not_ok "$name: leges render --to pdf failed: $(cat "$tmp/$name.err")"
		return
	fi
	ok "$name: rendered to PDF"
	pdfinfo "$pdf" > "$tmp/$name.info" 2>&1
	pdftotext -enc UTF-8 "$pdf" "$tmp/$name.txt"

	# The title: the one leges puts in the HTML <title>.
	"$LEGES" render "$src" -o "$tmp/$name.html"
	want=$(sed -n 's/.*<title>\(.*\)<\/title>.*/\1/p' "$tmp/$name.html" | sed 's/&amp;/\&/g')
	got=$(sed -n 's/^Title: *//p' "$tmp/$name.info")
	check "$name: pdfinfo title is '$want'" test -n "$want" -a "x$got" = "x$want"
	pages=$(sed -n 's/^Pages: *//p' "$tmp/$name.info")
	check "$name: pdfinfo reports $pages pages (cover, contents, text)" [ "${pages:-0}" -ge 3 ]
	check "$name: the footer says 'Pagina 2 van $pages'" grep -q "Pagina 2 van $pages\$" "$tmp/$name.txt"

	# Fonts: at least one, all embedded.
	pdffonts "$pdf" | tail -n +3 > "$tmp/$name.fonts"
	if [ -s "$tmp/$name.fonts" ] && ! awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' "$tmp/$name.fonts"; then
		ok "$name: $(wc -l < "$tmp/$name.fonts") fonts, all embedded"
	else
		not_ok "$name: fonts not all embedded"; cat "$tmp/$name.fonts"
	fi

	# Numbers and headings in order, in the contents and again in the text.
	xsltproc "$top_srcdir/tests/data/render/outline.xsl" "$src" > "$tmp/$name.outline"
	cat "$tmp/$name.outline" "$tmp/$name.outline" > "$tmp/$name.twice"
	if [ -s "$tmp/$name.outline" ] && in_order "$tmp/$name.txt" "$tmp/$name.twice"; then
		ok "$name: $(wc -l < "$tmp/$name.outline") numbers and headings in order, in the contents and the text"
	else
		not_ok "$name: numbers and headings missing or out of order"
	fi

	# One page-sequence per top-level division: each starts a page, right under the running header.
	if python3 - "$tmp/$name.txt" "$tmp/$name.outline" <<'EOF'
import sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
tops = [" ".join(l.split()) for l in open(sys.argv[2], encoding="utf-8") if l[:1] not in (" ", "\n", "")]
bodies = [" ".join(" ".join(page.split("\n", 2)[1:]).split()) for page in pages]
missing = [t for t in tops if not any(b.startswith(t) for b in bodies)]
if missing:
    print("    not at the top of a page: %r" % missing[:3])
sys.exit(1 if missing or not tops else 0)
EOF
	then
		ok "$name: every top-level division starts a page"
	else
		not_ok "$name: a top-level division does not start a page"
	fi

	# Bookmarks: the same divisions and articles, nested the same way.
	python3 "$top_srcdir/tests/pdf-outline.py" "$pdf" > "$tmp/$name.bookmarks"
	if cmp -s "$tmp/$name.outline" "$tmp/$name.bookmarks"; then
		ok "$name: bookmarks list the $(grep -c '^[^ ]' "$tmp/$name.outline") top-level divisions and their articles"
	else
		not_ok "$name: bookmarks differ from the source's divisions"
		diff "$tmp/$name.outline" "$tmp/$name.bookmarks" | head -10
	fi

	if [ $# -gt 1 ]; then
		check "$name: footnote '$2' is in the PDF" grep -qF "$2" "$tmp/$name.txt"
	fi
}

check_pdf "$top_srcdir/corpus/drafts/ontwerpdecreet-digitale-toegankelijkheid.xml"
check_pdf "$top_srcdir/tests/data/render/geconsolideerd.xml" "Belgisch Staatsblad 10 juli 2018."
finish
