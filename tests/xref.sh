#!/bin/sh
# xref.sh - leges xref: the corpus draft that transposes Directive (EU) 2019/1024 with a flawed
# correlation table, pinned as golden JSON and text; the other formats, --markup, --table,
# --transposes, --register, --eu-text; exit codes; the EU texts of ../shared/corpus, pinned.
# LEGES_GOLDEN_UPDATE=1 (make golden-update) rewrites the golden files for review.
. "$top_srcdir/tests/lib.sh"

cd "$top_srcdir" || exit 1
draft=corpus/eu/ontwerpdecreet-open-data.xml
mkdir -p tests/golden/xref

golden() { # golden FILE: compare $tmp/out with tests/golden/xref/FILE
	g=tests/golden/xref/$1
	if [ "${LEGES_GOLDEN_UPDATE:-}" = 1 ]; then
		cp "$tmp/out" "$g"
		echo "updated $g"
	fi
	if cmp -s "$tmp/out" "$g"; then
		ok "$g"
	else
		not_ok "$g differs"
		diff "$g" "$tmp/out" | head -20 | sed 's/^/#   /'
	fi
}

# The golden draft: JSON and table, exit 1 (errors among the findings).
"$LEGES" xref --format json "$draft" > "$tmp/out"
check "xref on the corpus draft exits 1 (error findings)" test $? -eq 1
golden ontwerpdecreet-open-data.json
"$LEGES" xref "$draft" > "$tmp/out"
golden ontwerpdecreet-open-data.txt

# Every planted defect, at its line (see corpus/README.md).
"$LEGES" xref "$draft" > "$tmp/table"
for want in 52:EU606 68:EU601 102:EU607 109:EU603 179:EU605 187:EU604 209:EU608; do
	line=${want%%:*} code=${want#*:}
	check "planted $code on line $line" grep -q "^$draft:$line:[0-9]*: .* \[$code " "$tmp/table"
done
check "articles 7 and 9 have no row" test "$(grep -c 'EU603' "$tmp/table")" -eq 2
check "coverage 10/12 of 32019L1024" grep -q 'Transposes 32019L1024 .*coverage 10/12' "$tmp/table"
check "the wrong form has its fix" grep -q "write 'Richtlijn (EU) 2019/1024'" "$tmp/table"
check "the Belgian acts are listed with their dates" grep -q 'bestuursdecreet *2018-12-07' "$tmp/table"

# The same findings through leges check.
"$LEGES" check --select EU "$draft" > "$tmp/check"
grep -o '\[EU6[0-9]* ' "$tmp/check" | sort > "$tmp/a"
grep '^corpus' "$tmp/table" | grep -o '\[EU6[0-9]* ' | sort > "$tmp/b"
check "leges check --select EU reports what xref reports" cmp -s "$tmp/a" "$tmp/b"

# An amended-by chain and a list: each member names the act it amends.
printf '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="x"><body><article eId="art_1"><content><p>Zie Richtlijn 2006/123/EG. Richtlijn 2011/92/EU, gewijzigd bij Richtlijn 2014/52/EU en 2019/1024/EU.</p></content></article></body></act></akomaNtoso>\n' > "$tmp/chain.xml"
"$LEGES" xref --format json "$tmp/chain.xml" > "$tmp/out"
check "amended-by chain: two citations amend 32011L0092" test "$(grep -c '"amends": "32011L0092"' "$tmp/out")" -eq 2
check "amended-by chain: the list member is marked" test "$(grep -c '"listMember": true' "$tmp/out")" -eq 1

# French: the clause ("transpose partiellement"), the entry into force ("entre en vigueur le 1er ..."),
# a French citation in an outdated form.
cat > "$tmp/fr.xml" <<'XML'
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="decret"><meta><identification source="#x">
<FRBRWork><FRBRthis value="/akn/be-vlg/act/decret/2026-01-01/nn/!main"/><FRBRuri value="/akn/be-vlg/act/decret/2026-01-01/nn"/><FRBRdate date="2026-01-01" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="be-vlg"/></FRBRWork>
<FRBRExpression><FRBRthis value="/akn/be-vlg/act/decret/2026-01-01/nn/fra@/!main"/><FRBRuri value="/akn/be-vlg/act/decret/2026-01-01/nn/fra@"/><FRBRdate date="2026-01-01" name="x"/><FRBRauthor href="#x"/><FRBRlanguage language="fra"/></FRBRExpression>
</identification></meta><body>
<article eId="art_1"><content><p>Le présent décret transpose partiellement la directive (UE) 2016/2102.</p></content></article>
<article eId="art_2"><content><p>Les données sont traitées conformément au règlement (UE) 2013/1303.</p></content></article>
<article eId="art_3"><content><p>Le présent décret entre en vigueur le 1er janvier 2030.</p></content></article>
</body></act></akomaNtoso>
XML
"$LEGES" xref "$tmp/fr.xml" > "$tmp/out"
check "French clause read as partial" grep -q '^Transposition clause: line 5 (partial)' "$tmp/out"
check "French entry into force read" grep -q '^Entry into force: 2030-01-01' "$tmp/out"
check "French: late transposition of 2016/2102" grep -q ':7:[0-9]*: warning: .*2016/2102 .*\[EU607 ' "$tmp/out"
check "French fix uses n°" grep -q "write 'règlement (UE) n° 1303/2013'" "$tmp/out"

# CSV: one record per citation and per finding.
"$LEGES" xref --format csv "$draft" > "$tmp/csv"
check "CSV header" test "$(head -1 "$tmp/csv")" = "record,file,line,column,code,celex,eli,text,correct_form"
check "CSV has 7 citations" test "$(grep -c '^citation,' "$tmp/csv")" -eq 7
check "CSV has 8 findings" test "$(grep -c '^finding,' "$tmp/csv")" -eq 8

# HTML with the coverage chart: 10 of 12 articles is a bar of 250 of 300 pixels.
"$LEGES" xref --format html -o "$tmp/r.html" "$draft"
check "HTML written" test -s "$tmp/r.html"
check "HTML has an SVG chart" grep -q '<svg' "$tmp/r.html"
check "the bar is 10/12 wide" grep -q 'width="250"' "$tmp/r.html"
check "HTML lists the findings" test "$(grep -c 'EU60[0-9] ' "$tmp/r.html")" -eq 8

# --markup: a <ref href=ELI> around each citation not yet in a reference; still schema-valid.
cp "$draft" "$tmp/before.xml"
"$LEGES" xref --markup -o "$tmp/marked.xml" "$draft"
check "markup exits 0" test $? -eq 0
check "5 citations marked up" test "$(grep -o '<ref href="http://data.europa.eu/eli/[a-z_]*/[0-9]*/[0-9]*/oj">' "$tmp/marked.xml" | wc -l)" -eq 5
check "the draft itself is unchanged" cmp -s "$draft" "$tmp/before.xml"
"$LEGES" xref --format json "$tmp/marked.xml" > "$tmp/mj"
check "after markup only the table heading's citation is outside a ref" \
	test "$(grep -c '"inRef": false' "$tmp/mj")" -eq 1
if [ -n "$LEGES_SHARED" ] && [ -f "$LEGES_SHARED/schema/akomantoso30.xsd" ]; then
	check "the marked-up draft is schema-valid" \
		xmllint --noout --schema "$LEGES_SHARED/schema/akomantoso30.xsd" "$tmp/marked.xml" 2>/dev/null
fi

# --table CSV instead of the attachment: gaps, an unknown eId, a partial row.
cat > "$tmp/tabel.csv" <<'CSV'
richtlijn,bepaling,nationaal,status,opmerking
32019L1024,Art. 1,art_4,volledig,
,Art. 2,art_3,volledig,
,"Art. 3, lid 1",art_4 art_5,volledig,"twee artikelen, één rij"
,Art. 4,art_20,volledig,
CSV
"$LEGES" xref --table "$tmp/tabel.csv" "$draft" > "$tmp/out"
check "CSV table: 8 articles without a row" test "$(grep -c 'EU603' "$tmp/out")" -eq 8
check "CSV table: art_20 does not exist, reported on CSV line 5" grep -q "tabel.csv:5:1: error: .*'art_20'" "$tmp/out"
check "CSV table: the attachment is not read" test "$(grep -c 'EU605' "$tmp/out")" -eq 0

# --transposes: a draft without clause or table that transposes a directive.
"$LEGES" xref --transposes 'Richtlijn (EU) 2016/2102' corpus/drafts/ontwerpbesluit-subsidies-jeugdwerk.xml > "$tmp/out"
check "--transposes without a clause: EU602" grep -q 'EU602 transposition-clause-missing' "$tmp/out"
"$LEGES" xref --transposes 32016R0679 corpus/drafts/ontwerpbesluit-subsidies-jeugdwerk.xml > "$tmp/out"
check "--transposes a regulation: EU608" grep -q 'EU608 regulation-transposed' "$tmp/out"

# --register: a file that replaces 32019L1024 with a shorter list of articles to transpose.
cat > "$tmp/reg.xml" <<'XML'
<euRegister xmlns="urn:x-leges:eu-register:1" version="1">
  <act celex="32019L1024" eli="http://data.europa.eu/eli/dir/2019/1024/oj" kind="directive" domain="EU"
       year="2019" number="1024" adopted="2019-06-20">
    <transposition article="17"><deadline date="2028-01-01" kind="adopt" provisions="*"/></transposition>
    <toTranspose><article num="1"/><article num="2"/></toTranspose>
  </act>
</euRegister>
XML
"$LEGES" xref --register "$tmp/reg.xml" "$draft" > "$tmp/out"
check "--register replaces the act: no missing rows" test "$(grep -c 'EU603' "$tmp/out")" -eq 0
check "--register replaces the act: no late deadline" test "$(grep -c 'EU607' "$tmp/out")" -eq 0
"$LEGES" xref --register "$draft" "$draft" > /dev/null 2> "$tmp/err"
check "an invalid register exits 3" test $? -eq 3
check "an invalid register names the file and line" grep -q "^leges: $draft:2: " "$tmp/err"

# --eu-text: a provision that copies a regulation article.
"$LEGES" xref --eu-text tests/xref-data/regulation-text.xml tests/xref-data/draft-copies.xml > "$tmp/out"
check "copied article found, naming the regulation article" \
	grep -q "draft-copies.xml:46:7: warning: Art. 2. copies 'Artikel 2' .*\[EU609 regulation-copied\]" "$tmp/out"
check "only the copied article" test "$(grep -c 'EU609' "$tmp/out")" -eq 1
"$LEGES" xref --threshold 1 --eu-text tests/xref-data/regulation-text.xml tests/xref-data/draft-copies.xml > "$tmp/out"
check "--threshold 1: the near copy is below it" test "$(grep -c 'EU609' "$tmp/out")" -eq 0

# Exit codes and messages.
printf '<akomaNtoso><bill>\n</akomaNtoso>\n' > "$tmp/bad.xml"
"$LEGES" xref "$tmp/bad.xml" > /dev/null 2> "$tmp/err"
check "not well-formed: exit 3" test $? -eq 3
check "not well-formed: file:line:col" grep -q "^leges: $tmp/bad.xml:2:[0-9]*: " "$tmp/err"
"$LEGES" xref --format pdf "$draft" > /dev/null 2>&1
check "unknown format: exit 2" test $? -eq 2
"$LEGES" xref --markup "$draft" "$draft" > /dev/null 2>&1
check "--markup with two files: exit 2" test $? -eq 2
"$LEGES" xref corpus/drafts/ontwerpbesluit-subsidies-jeugdwerk.xml > /dev/null
check "a draft that transposes nothing: exit 0" test $? -eq 0

# Hostile text: long runs of near-citations in one paragraph end quickly and do not crash.
awk 'BEGIN {
	printf "<?xml version=\"1.0\"?><akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
	printf "<act name=\"x\"><body><article eId=\"art_1\"><content><p>"
	for (i = 0; i < 300; i++) {
		printf "Richtlijn (EU) (EU) nr. nr. 2019/ Richtlijnen 2019/1024/EU en 2019/1024/EU en "
		for (j = 0; j < 50; j++) printf "decreet "
		printf "van https://eur-lex.europa.eu/"
		for (j = 0; j < 400; j++) printf "a"
		printf " CELEX 3333333333333 http://data.europa.eu/eli/dir/2019/111111111111 "
	}
	printf "</p></content></article></body></act></akomaNtoso>\n"
}' > "$tmp/hostile.xml"
timeout 60 "$LEGES" xref "$tmp/hostile.xml" > "$tmp/out" 2>&1
rc=$?
check "hostile near-citations: no crash, no hang (exit $rc)" test $rc -eq 0
check "hostile near-citations: the 600 wrong forms (300 heads, 300 list members) are found" test "$(grep -c 'EU601' "$tmp/out")" -eq 600

# The EU texts of ../shared/corpus (LEOS proposals, Formex, the tulit directive): pinned.
if [ -n "$LEGES_SHARED" ] && [ -d "$LEGES_SHARED/corpus/tulit" ]; then
	: > "$tmp/out"
	for f in $(cd "$LEGES_SHARED/corpus" && find eu-leos tulit -name '*.xml' | LC_ALL=C sort); do
		"$LEGES" xref --format csv "$LEGES_SHARED/corpus/$f" > "$tmp/c" 2>/dev/null
		n=$(grep -c '^citation,' "$tmp/c")
		celex=$(grep '^citation,' "$tmp/c" | grep -o ',3[0-9]\{4\}[LRDF][0-9]\{4\},' | tr -d , | sort -u | tr '\n' ' ')
		echo "$f $n $celex" >> "$tmp/out"
	done
	golden shared-corpus.txt
	# The directive in tulit cites itself and the acts it amends.
	check "tulit directive 2014/92/EU is found in its own text" \
		grep -q '^tulit/eu/akn/32014L0092-directive-2014-92-EU.akn.xml [0-9]* .*32014L0092' "$tmp/out"
	# A national provision that copies an article of the Formex regulation 2024/903.
	fmx=$LEGES_SHARED/corpus/tulit/eu/formex/reg-2024-903-interoperable-europe-act/L_202400903EN.000101.fmx.xml
	art=$(xmllint --xpath 'string((//ARTICLE)[4])' "$fmx" 2>/dev/null | tr -s ' \n' '  ' |
	      sed 's/&/\&amp;/g; s/</\&lt;/g')
	sed "s|<p>De Vlaamse Regering wijst|<p>$art De Vlaamse Regering wijst|" tests/xref-data/draft-copies.xml |
		sed 's|<p>De bevoegde autoriteit houdt.*</p>|<p>Deze bepaling is leeg gemaakt.</p>|' > "$tmp/fmx-draft.xml"
	"$LEGES" xref --eu-text "$fmx" "$tmp/fmx-draft.xml" > "$tmp/out"
	check "Formex: the copied article 4 is found" grep -q "Art. 3. copies 'Article 4' .*EU609" "$tmp/out"
else
	echo "# ../shared is missing: the corpus run is skipped"
fi

finish
