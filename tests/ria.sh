#!/bin/sh
# ria.sh - leges ria: the worked example of RULES.md 2D from the command line; the figures and
# findings of the corpus RIAs, byte for byte (tests/golden/ria/); every planted defect at its
# line; exit codes; and an HTML report that is self-contained, with lang, title, headings and
# one SVG chart per obligation and per target group.
# LEGES_GOLDEN_UPDATE=1 (make golden-update) rewrites the golden files for review.
. "$top_srcdir/tests/lib.sh"

cd "$top_srcdir" || exit 1
mkdir -p tests/golden/ria

expect_exit() { # expect_exit CODE DESCRIPTION COMMAND...
	want=$1 desc=$2
	shift 2
	"$@" > "$tmp/stdout" 2> "$tmp/stderr"
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok "$desc (exit $rc)"; else not_ok "$desc: exit $rc, want $want"; sed 's/^/#   /' "$tmp/stderr"; fi
}

# The worked example (4,500 registrations, 2.0 h at EUR 45, EUR 15, BAU 30 %) is the template's row.
expect_exit 0 "template" "$LEGES" ria corpus/ria/ria-sjabloon.xml
grep -q '^IO-1 .* 472,500.00 .* 330,750.00$' "$tmp/stdout" && ok "worked example: AC 472,500.00 and AB 330,750.00" ||
	not_ok "worked example figures: $(grep '^IO-1' "$tmp/stdout")"
"$LEGES" ria -f json corpus/ria/ria-sjabloon.xml > "$tmp/t.json"
grep -q '"cents": 47250000' "$tmp/t.json" && grep -q '"cents": 33075000' "$tmp/t.json" &&
	ok "worked example in JSON: 47250000 and 33075000 cents" || not_ok "worked example in JSON"

check_ria() { # check_ria RIA DRAFT BASE
	ria=$1 draft=$2 base=$3
	for fmt in text json html; do
		ext=$fmt
		[ $fmt = text ] && ext=txt
		"$LEGES" ria -f $fmt --draft "$draft" "$ria" > "$tmp/out" 2> "$tmp/err"
		[ -s "$tmp/err" ] && not_ok "$base $fmt wrote to stderr: $(cat "$tmp/err")"
		mv "$tmp/out" "$tmp/out.$ext"
		match_golden "tests/golden/ria/$base.$ext" "$tmp/out.$ext"
	done
	# The planted defects, each at its line, and nothing else.
	"$LEGES" ria --draft "$draft" "$ria" > "$tmp/out" 2>&1
	expectations "$ria" > "$tmp/want"
	found "$tmp/out" > "$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then
		ok "$ria: $(wc -l < "$tmp/want") planted findings, each at its line, and nothing else"
	else
		not_ok "$ria: findings differ from the planted ones (want < > got)"
		diff "$tmp/want" "$tmp/got" | sed 's/^/#   /'
	fi
}

clean=corpus/ria/ria-ontwerpbesluit-subsidies-jeugdwerk.xml
bvr=corpus/drafts/ontwerpbesluit-subsidies-jeugdwerk.xml
bad=corpus/ria/ria-ontwerpdecreet-digitale-toegankelijkheid-fouten.xml
decree=corpus/drafts/ontwerpdecreet-digitale-toegankelijkheid.xml
check_ria $clean $bvr ria-ontwerpbesluit-subsidies-jeugdwerk
check_ria $bad $decree ria-ontwerpdecreet-digitale-toegankelijkheid-fouten

expect_exit 0 "clean RIA with its draft" "$LEGES" ria --draft $bvr $clean
grep -q '^net change in burden (new - removed): 63,648.00 EUR a year$' "$tmp/stdout" &&
	ok "clean RIA: net change 63,648.00 (74,880.00 new - 11,232.00 removed)" || not_ok "clean RIA net change"
expect_exit 1 "RIA with planted defects" "$LEGES" ria --draft $decree $bad
expect_exit 0 "planted defects below the fail level" "$LEGES" ria --fail-level none --draft $decree $bad
# Without the draft, the checks that need it (RIA803, and RIA806 from the provision's text) do not run.
"$LEGES" ria $bad > "$tmp/out" 2>&1
grep -q 'RIA803' "$tmp/out" && not_ok "RIA803 without a draft" || ok "no RIA803 without a draft"
grep -q 'RIA807' "$tmp/out" && ok "RIA807 without a draft" || not_ok "RIA807 without a draft"

# One-off costs: 180 x EUR 50 = 9,000.00; annualised at 0 % over 10 years = 900.00 a year.
expect_exit 0 "--rate 0" "$LEGES" ria --rate 0 --years 10 $clean
grep -q '^one-off costs: 9,000.00 EUR, annualised 900.00 EUR a year (rate 0, 10 years)$' "$tmp/stdout" &&
	ok "one-off costs annualised at 0 %" || not_ok "one-off costs at 0 %: $(grep one-off "$tmp/stdout")"
expect_exit 0 "--rate 3%" "$LEGES" ria --rate 3% $clean
grep -q 'annualised 1,055.07 EUR a year (rate 0.03, 10 years)' "$tmp/stdout" &&
	ok "one-off costs annualised at 3 % over 10 years" || not_ok "one-off costs at 3 %: $(grep one-off "$tmp/stdout")"

# Exit codes and messages.
expect_exit 2 "no file" "$LEGES" ria
expect_exit 2 "two files" "$LEGES" ria $clean $bad
expect_exit 2 "bad --format" "$LEGES" ria -f yaml $clean
expect_exit 2 "bad --rate" "$LEGES" ria --rate 1.5 $clean
expect_exit 2 "bad --years" "$LEGES" ria --years 0 $clean
expect_exit 3 "missing file" "$LEGES" ria /nonexistent/ria.xml
expect_exit 3 "a file with no RIA" "$LEGES" ria $decree
grep -q "^leges: '$decree' holds no RIA" "$tmp/stderr" && ok "no-RIA message" || not_ok "no-RIA message: $(cat "$tmp/stderr")"
printf '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="ria">\n<x></doc>' > "$tmp/broken.xml"
expect_exit 3 "not well-formed" "$LEGES" ria "$tmp/broken.xml"
grep -q "broken.xml:2:" "$tmp/stderr" && ok "not well-formed: file:line" || not_ok "not well-formed message: $(cat "$tmp/stderr")"
expect_exit 3 "missing draft" "$LEGES" ria --draft /nonexistent/draft.xml $clean

# -o writes the same bytes atomically; two runs give the same bytes.
expect_exit 0 "-o" "$LEGES" ria -f html -o "$tmp/r.html" --draft $bvr $clean
"$LEGES" ria -f html --draft $bvr $clean > "$tmp/r2.html"
cmp -s "$tmp/r.html" "$tmp/r2.html" && ok "-o and stdout agree, and the report is deterministic" || not_ok "-o differs from stdout"
ls "$tmp"/r.html.* > /dev/null 2>&1 && not_ok "a temporary file was left behind" || ok "no temporary file left"

# The HTML report: self-contained, lang, title, h1 and h2, one labelled SVG chart per obligation
# and per target group, a bar per computed obligation, balanced tags and unique ids.
if [ -n "${PYTHON3:-}" ] || command -v python3 > /dev/null; then
	python3 - "$tmp/r.html" > "$tmp/html.out" <<'PY'
import sys
from html.parser import HTMLParser
VOID = {"meta", "link", "br", "img", "hr", "input", "col", "area", "base", "source", "wbr"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.ids = set(); self.errors = []; self.tags = []
        self.lang = None; self.title = ""; self.intitle = False; self.remote = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs); self.tags.append((tag, a))
        if tag == "html": self.lang = a.get("lang")
        if "id" in a:
            if a["id"] in self.ids: self.errors.append("duplicate id " + a["id"])
            self.ids.add(a["id"])
        for k in ("src", "href"):
            if k in a and "://" in a[k]: self.remote = True
        if tag == "title": self.intitle = True
        if tag not in VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag: self.errors.append("unbalanced </%s>" % tag); return
        self.stack.pop()
        if tag == "title": self.intitle = False
    def handle_data(self, d):
        if self.intitle: self.title += d
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
names = [t for t, _ in p.tags]
print("lang", p.lang)
print("title", bool(p.title.strip()))
print("h1", names.count("h1"), "h2", names.count("h2") >= 5)
print("svg", names.count("svg"), "labelled", all("aria-labelledby" in a for t, a in p.tags if t == "svg"))
print("bars", len([a for t, a in p.tags if t == "rect" and a.get("class") == "bar-ab"]))
print("remote", p.remote, "script", "script" in names)
print("errors", p.errors + (["unclosed " + " ".join(p.stack)] if p.stack else []))
PY
	cat > "$tmp/html.want" <<'WANT'
lang nl
title True
h1 1 h2 True
svg 2 labelled True
bars 4
remote False script False
errors []
WANT
	if cmp -s "$tmp/html.want" "$tmp/html.out"; then ok "HTML report: lang, title, headings, 2 labelled SVG charts, 4 bars, balanced, self-contained"
	else not_ok "HTML report structure"; diff "$tmp/html.want" "$tmp/html.out" | sed 's/^/#   /'; fi
else
	not_ok "python3 is needed to check the HTML report: run ./bootstrap"
fi
grep -n '//' "$top_srcdir/stylesheets/ria-html.xsl" | grep -v 'http://\|https://' > "$tmp/slashes"
[ -s "$tmp/slashes" ] && not_ok "ria-html.xsl uses //: $(cat "$tmp/slashes")" || ok "ria-html.xsl has no // in patterns or paths"

# Hostile input stays linear: 5,000 rows under 1,000 ids and 1,000 target groups, and one paragraph
# of 20,000 obligation verbs without a full stop (the clause around each verb is read in a window).
python3 - "$tmp/big.xml" <<'PY'
import sys
rows = "".join('<tr><td>IO-%d</td><td><ref href="#art_%d">x</ref></td><td>g%d</td><td>10</td><td>1</td>'
               '<td>1</td><td>40</td><td>0</td><td>0</td><td>nieuw</td><td>EU</td></tr>' % (i % 1000, i % 9 + 1, i % 1000)
               for i in range(5000))
arts = "".join('<article eId="art_%d"><num>Art. %d.</num><content><p>De organisator %s</p></content></article>'
               % (i, i, "meldt " * (20000 if i == 1 else 5)) for i in range(1, 10))
open(sys.argv[1], "w").write('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill name="ontwerpbesluit">'
    '<meta/><body>' + arts + '</body><attachments><attachment eId="att_1"><doc name="ria"><meta/><mainBody>'
    '<table class="skm"><tr><th>id</th><th>bepaling</th><th>doelgroep</th><th>N</th><th>F</th><th>T</th><th>H</th>'
    '<th>O</th><th>BAU</th><th>soort</th><th>oorsprong</th></tr>' + rows + '</table></mainBody></doc></attachment>'
    '</attachments></bill></akomaNtoso>')
PY
timeout 120 "$LEGES" ria -f json "$tmp/big.xml" > "$tmp/big.json" 2> "$tmp/err"
rc=$?
[ $rc -le 1 ] && ok "hostile RIA: 5,000 rows and 20,000 verbs in one paragraph, exit $rc" || not_ok "hostile RIA: exit $rc: $(head -3 "$tmp/err")"
# 5,000 rows of EUR 40 x 10 entities: EUR 2,000,000 in all, in 1,000 obligations of five activities.
grep -q '"eur": "2,000,000.00"' "$tmp/big.json" && ok "hostile RIA: totals add up" || not_ok "hostile RIA totals"

# leges check raises the RIA rules on a draft that needs a RIA and has none.
sed '/<attachments>/,/<\/attachments>/d' $bvr > "$tmp/no-ria.xml"
"$LEGES" check --select RIA "$tmp/no-ria.xml" > "$tmp/out" 2>&1
grep -q ':191:31: error: this ontwerpbesluit imposes an information obligation .* \[RIA800 ria-missing\]$' "$tmp/out" &&
	ok "leges check: RIA800 on the draft decision without its RIA, at 'dient ... in'" || not_ok "RIA800: $(cat "$tmp/out")"
finish
