<?xml version="1.0" encoding="UTF-8"?>
<!-- xref-html.xsl - the report of 'leges xref -f html': EU acts cited, what each draft transposes,
     a coverage chart (inline SVG) of its correlation table, and the findings.
     Input: the <xref> document that bin/cmd-xref.c builds.  Parameter css: the shared stylesheet
     text, or empty. XSLT 1.0; lookups through keys, no '//' in patterns. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
		xmlns:svg="http://www.w3.org/2000/svg" exclude-result-prefixes="svg">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:param name="css" select="''"/>
  <xsl:key name="findings-by-code" match="finding" use="concat(generate-id(..), ' ', @code)"/>

  <xsl:template match="/xref">
    <html lang="nl">
      <head>
	<title>leges xref</title>
	<xsl:if test="$css != ''"><style><xsl:value-of select="$css"/></style></xsl:if>
	<style>
	  body { font-family: sans-serif; margin: 2em; max-width: 70em; }
	  table { border-collapse: collapse; margin: 1em 0; }
	  th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
	  .error { color: #a00; } .warning { color: #a60; } .info { color: #066; }
	  .missing { color: #a00; font-weight: bold; }
	</style>
      </head>
      <body>
	<h1>EU-verwijzingen en omzetting</h1>
	<xsl:apply-templates select="file"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="file">
    <section>
      <h2><xsl:value-of select="@name"/></h2>
      <p>
	<xsl:text>Omzettingsbepaling: </xsl:text>
	<xsl:choose>
	  <xsl:when test="clause[@partial = 'yes']">gedeeltelijke omzetting (regel <xsl:value-of select="clause/@line"/>)</xsl:when>
	  <xsl:when test="clause">volledige omzetting (regel <xsl:value-of select="clause/@line"/>)</xsl:when>
	  <xsl:otherwise>geen</xsl:otherwise>
	</xsl:choose>
	<xsl:if test="@entryIntoForce != ''">. Inwerkingtreding: <xsl:value-of select="@entryIntoForce"/></xsl:if>
      </p>
      <xsl:if test="directive">
	<h3>Omgezette handelingen</h3>
	<xsl:call-template name="chart"/>
	<table>
	  <tr><th>CELEX</th><th>titel</th><th>via</th><th>termijn</th><th>dekking</th></tr>
	  <xsl:for-each select="directive">
	    <tr>
	      <td><xsl:value-of select="@celex"/></td>
	      <td><xsl:value-of select="@title"/></td>
	      <td><xsl:value-of select="@via"/></td>
	      <td><xsl:value-of select="@deadline"/></td>
	      <td><xsl:value-of select="@covered"/>/<xsl:value-of select="@required"/></td>
	    </tr>
	  </xsl:for-each>
	</table>
      </xsl:if>
      <h3>Geciteerde EU-handelingen (<xsl:value-of select="count(citation)"/>)</h3>
      <table>
	<tr><th>regel</th><th>zoals geschreven</th><th>CELEX</th><th>ELI</th><th>register</th><th>schrijf</th></tr>
	<xsl:for-each select="citation">
	  <tr>
	    <td><xsl:value-of select="@line"/>:<xsl:value-of select="@column"/></td>
	    <td><xsl:value-of select="."/></td>
	    <td><xsl:value-of select="@celex"/></td>
	    <td><a href="{@eli}"><xsl:value-of select="@eli"/></a></td>
	    <td><xsl:value-of select="@inRegister"/></td>
	    <td><xsl:value-of select="@correct"/></td>
	  </tr>
	</xsl:for-each>
      </table>
      <xsl:if test="row">
	<h3>Omzettingstabel (<xsl:value-of select="count(row)"/> rijen)</h3>
	<table>
	  <tr><th>regel</th><th>richtlijn</th><th>bepaling</th><th>nationale bepaling</th><th>status</th></tr>
	  <xsl:for-each select="row">
	    <tr>
	      <td><xsl:value-of select="@line"/></td>
	      <td><xsl:value-of select="@directive"/></td>
	      <td><xsl:value-of select="@provision"/></td>
	      <td><xsl:value-of select="@national"/></td>
	      <td><xsl:value-of select="@status"/></td>
	    </tr>
	  </xsl:for-each>
	</table>
      </xsl:if>
      <h3>Bevindingen (<xsl:value-of select="count(finding)"/>)</h3>
      <xsl:if test="count(key('findings-by-code', concat(generate-id(.), ' EU603'))) &gt; 0">
	<p class="missing">
	  <xsl:value-of select="count(key('findings-by-code', concat(generate-id(.), ' EU603')))"/>
	  <xsl:text> bepaling(en) zonder rij in de omzettingstabel.</xsl:text>
	</p>
      </xsl:if>
      <ul>
	<xsl:for-each select="finding">
	  <li class="{@severity}">
	    <xsl:value-of select="@line"/>:<xsl:value-of select="@column"/>
	    <xsl:text> </xsl:text><xsl:value-of select="@severity"/><xsl:text>: </xsl:text>
	    <xsl:value-of select="."/> [<xsl:value-of select="@code"/><xsl:text> </xsl:text><xsl:value-of select="@name"/>]
	  </li>
	</xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <!-- One bar per directive with a known number of provisions: covered (green) over required. -->
  <xsl:template name="chart">
    <xsl:variable name="bars" select="directive[@required &gt; 0]"/>
    <xsl:if test="$bars">
      <svg xmlns="http://www.w3.org/2000/svg" width="520" height="{count($bars) * 30 + 10}" role="img"
	   aria-label="dekking van de omzettingstabel">
	<xsl:for-each select="$bars">
	  <xsl:variable name="y" select="(position() - 1) * 30 + 5"/>
	  <xsl:variable name="w" select="round(300 * @covered div @required)"/>
	  <text x="0" y="{$y + 16}" font-size="12"><xsl:value-of select="@celex"/></text>
	  <rect x="100" y="{$y}" width="300" height="20" fill="#eee" stroke="#999"/>
	  <rect x="100" y="{$y}" width="{$w}" height="20" fill="#4a4"/>
	  <text x="410" y="{$y + 16}" font-size="12">
	    <xsl:value-of select="@covered"/>/<xsl:value-of select="@required"/>
	    <xsl:text> (</xsl:text><xsl:value-of select="round(100 * @covered div @required)"/><xsl:text>%)</xsl:text>
	  </text>
	</xsl:for-each>
      </svg>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
