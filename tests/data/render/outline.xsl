<?xml version="1.0" encoding="UTF-8"?>
<!-- outline.xsl - the divisions and articles of an AKN document, for the PDF test:
     one line each, "  " per level, number and heading, in document order.
     Quoted and embedded text (another act's provisions) is left out. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
		xmlns:a="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:apply-templates select="a:akomaNtoso/*/a:body/*"/>
  </xsl:template>
  <xsl:template match="a:book | a:part | a:title | a:chapter | a:section | a:division | a:subchapter
		       | a:subsection | a:article">
    <xsl:param name="indent" select="''"/>
    <xsl:value-of select="$indent"/>
    <xsl:value-of select="normalize-space(concat(a:num, ' ', a:heading))"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:if test="not(self::a:article)">
      <xsl:apply-templates select="*">
	<xsl:with-param name="indent" select="concat($indent, '  ')"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*"/>
</xsl:stylesheet>
