<?xml version="1.0" encoding="UTF-8"?>
<!--
  diff-html.xsl - the output of 'leges diff' (<diff><change kind eId>…) as an HTML5 page:
  one section per changed provision, deleted words struck through, inserted words underlined.
  XSLT 1.0; no // in match patterns or predicates.  Parameter css: the shared stylesheet text.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:param name="css" select="''"/>

  <xsl:template match="/diff">
    <html lang="nl">
      <head>
        <meta charset="UTF-8"/>
        <title>Verschillen: <xsl:value-of select="@old"/> → <xsl:value-of select="@new"/></title>
        <style>
          <xsl:value-of select="$css"/>
          del.leges-del { color: #a00; text-decoration: line-through; }
          ins.leges-ins { color: #060; text-decoration: underline; }
          section.leges-change { border-left: 4px solid #ccc; margin: 1em 0; padding-left: 1em; }
          section.leges-inserted { border-color: #060; }
          section.leges-repealed { border-color: #a00; }
        </style>
      </head>
      <body>
        <h1>Verschillen</h1>
        <p>Van <code><xsl:value-of select="@old"/></code> naar <code><xsl:value-of select="@new"/></code>:
          <xsl:value-of select="count(change)"/> bepalingen.</p>
        <xsl:apply-templates select="change"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="change">
    <section class="leges-change leges-{@kind}" id="{@eId}">
      <h2>
        <xsl:choose>
          <xsl:when test="@kind = 'changed'">Gewijzigd</xsl:when>
          <xsl:when test="@kind = 'inserted'">Ingevoegd</xsl:when>
          <xsl:when test="@kind = 'repealed'">Opgeheven</xsl:when>
          <xsl:otherwise>Vernummerd</xsl:otherwise>
        </xsl:choose>
        <xsl:text>: </xsl:text>
        <code><xsl:value-of select="@eId"/></code>
        <xsl:if test="@newEId"> → <code><xsl:value-of select="@newEId"/></code></xsl:if>
      </h2>
      <p><xsl:apply-templates select="w | old | new"/></p>
    </section>
  </xsl:template>

  <xsl:template match="w[@op = 'same']"><xsl:value-of select="."/><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="w[@op = 'del'] | old"><del class="leges-del"><xsl:value-of select="."/></del><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="w[@op = 'ins'] | new"><ins class="leges-ins"><xsl:value-of select="."/></ins><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>
