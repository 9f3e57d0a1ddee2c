#!/bin/sh
# stylesheets.sh - every embedded stylesheet is linear: no "//" in a match
# pattern, a key's use or a predicate (DESIGN 8; tests/xsl-linear.py).  The
# checker is first shown to catch each kind of offence.
. "${top_srcdir:?}/tests/lib.sh"

cat > "$tmp/bad-match.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="//article"/>
</xsl:stylesheet>
XSL
cat > "$tmp/bad-predicate.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="ref"><a href="{@href}"><xsl:value-of select="/x[//y/@eId = current()/@href]"/></a></xsl:template>
</xsl:stylesheet>
XSL
cat > "$tmp/bad-avt.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="ref"><a title="{count(../x[.//y])}"/></xsl:template>
</xsl:stylesheet>
XSL
cat > "$tmp/good.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:key name="eid" match="*[@eId]" use="@eId"/>
  <xsl:template match="ref[starts-with(@href, 'http://')]"><a href="{concat('https://', @href)}"/></xsl:template>
</xsl:stylesheet>
XSL
for kind in match predicate avt; do
	if python3 "$top_srcdir/tests/xsl-linear.py" "$tmp/bad-$kind.xsl" > /dev/null; then
		not_ok "the checker misses '//' in a $kind"
	else
		ok "the checker catches '//' in a $kind"
	fi
done
check "the checker accepts 'http://' in a string and keys" python3 "$top_srcdir/tests/xsl-linear.py" "$tmp/good.xsl"

n=0
for f in "$top_srcdir"/stylesheets/*.xsl; do
	n=$((n + 1))
	check "$(basename "$f"): no '//' in match patterns or predicates" python3 "$top_srcdir/tests/xsl-linear.py" "$f"
done
check "there are stylesheets to check ($n)" [ $n -gt 0 ]
finish
