<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-html.xsl - the lint report of `leges check -\-format html`: each draft
  rendered with every finding marked where it occurs, the list of findings, and
  each rule's explanation.  Input: the XML report (namespace urn:leges:report:1)
  with a copy of each document.  XSLT 1.0; linear: keys for every lookup, no
  descendant axis in match patterns or predicates.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:leges:report:1"
    exclude-result-prefixes="r">

  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>

  <!-- The shared stylesheet (stylesheets/leges.css), passed in by leges. -->
  <xsl:param name="css" select="''"/>

  <!-- Findings by file and eId, and rules by code. -->
  <xsl:key name="finding-by-eid" match="r:finding" use="concat(../@path, '|', @eId)"/>
  <xsl:key name="rule" match="r:rule" use="@code"/>
  <!-- Elements of the documents by file and eId: a repeated eId (STR121) gets its anchor once. -->
  <xsl:key name="element-by-eid" match="*[@eId][not(self::r:*)]" use="concat(ancestor::r:file[1]/@path, '|', @eId)"/>

  <xsl:variable name="lang" select="/r:lint-report/@lang"/>

  <xsl:template name="label">
    <xsl:param name="en"/>
    <xsl:param name="nl"/>
    <xsl:param name="fr"/>
    <xsl:choose>
      <xsl:when test="$lang = 'nl'"><xsl:value-of select="$nl"/></xsl:when>
      <xsl:when test="$lang = 'fr'"><xsl:value-of select="$fr"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$en"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/r:lint-report">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:call-template name="label">
            <xsl:with-param name="en" select="'leges lint report'"/>
            <xsl:with-param name="nl" select="'leges: controleverslag'"/>
            <xsl:with-param name="fr" select="'leges : rapport de contrôle'"/>
          </xsl:call-template>
        </title>
        <style><xsl:value-of select="$css"/></style>
        <style>
          .lint-finding { border-left: 4px solid #b00020; background: #fff4f4; margin: .25em 0; padding: .25em .5em; font-size: .9em; }
          .lint-finding.warning { border-color: #b26a00; background: #fff8ec; }
          .lint-finding.info { border-color: #1565c0; background: #f0f6ff; }
          .lint-marked { outline: 2px dashed #b00020; outline-offset: 2px; }
          .lint-doc section { margin-left: 1.5em; }
          .lint-doc .akn-num, .lint-doc .akn-heading { font-weight: bold; margin-right: .5em; }
          table.lint-findings { border-collapse: collapse; width: 100%; }
          table.lint-findings th, table.lint-findings td { border-bottom: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
          pre.lint-rule-doc { white-space: pre-wrap; background: #f6f6f6; padding: .5em; }
        </style>
      </head>
      <body>
        <header>
          <h1>
            <xsl:call-template name="label">
              <xsl:with-param name="en" select="'Lint report'"/>
              <xsl:with-param name="nl" select="'Controleverslag'"/>
              <xsl:with-param name="fr" select="'Rapport de contrôle'"/>
            </xsl:call-template>
          </h1>
          <p class="lint-summary">
            <xsl:value-of select="r:summary/@files"/> files ·
            <xsl:value-of select="r:summary/@errors"/> errors ·
            <xsl:value-of select="r:summary/@warnings"/> warnings ·
            <xsl:value-of select="r:summary/@info"/> info
          </p>
        </header>
        <main>
          <xsl:apply-templates select="r:file"/>
          <xsl:if test="r:rule">
            <section id="rules">
              <h2>
                <xsl:call-template name="label">
                  <xsl:with-param name="en" select="'Rules'"/>
                  <xsl:with-param name="nl" select="'Regels'"/>
                  <xsl:with-param name="fr" select="'Règles'"/>
                </xsl:call-template>
              </h2>
              <xsl:apply-templates select="r:rule"/>
            </section>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="r:file">
    <section class="lint-file" id="file-{position()}">
      <h2><xsl:value-of select="@path"/><xsl:if test="not(@path)">leges</xsl:if></h2>
      <xsl:choose>
        <xsl:when test="r:finding">
          <table class="lint-findings">
            <thead><tr><th>line:col</th><th>severity</th><th>rule</th><th>message</th><th>eId</th></tr></thead>
            <tbody>
              <xsl:for-each select="r:finding">
                <tr class="{@severity}">
                  <td><xsl:value-of select="concat(@line, ':', @column)"/></td>
                  <td><xsl:value-of select="@severity"/></td>
                  <td><a href="#rule-{@code}"><xsl:value-of select="concat(@code, ' ', @name)"/></a></td>
                  <td><xsl:value-of select="@message"/></td>
                  <td>
                    <xsl:if test="@eId">
                      <a href="#{generate-id(..)}-{@eId}"><xsl:value-of select="@eId"/></a>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise><p>No findings.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="r:document">
        <div class="lint-doc">
          <xsl:apply-templates select="r:document/*" mode="doc">
            <xsl:with-param name="file" select="."/>
          </xsl:apply-templates>
        </div>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="r:rule">
    <article class="lint-rule" id="rule-{@code}">
      <h3><xsl:value-of select="concat(@code, ' ', @name)"/></h3>
      <p><xsl:value-of select="@summary"/></p>
      <p><small><xsl:value-of select="@source"/></small></p>
      <xsl:if test="r:doc">
        <details><summary>Explanation</summary><pre class="lint-rule-doc"><xsl:value-of select="r:doc"/></pre></details>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- The document, simply rendered: metadata left out, every element with an eId an anchor. -->
  <xsl:template match="*[local-name() = 'meta']" mode="doc"/>

  <xsl:template match="*" mode="doc">
    <xsl:param name="file"/>
    <xsl:variable name="here" select="key('finding-by-eid', concat($file/@path, '|', @eId))"/>
    <xsl:choose>
      <xsl:when test="local-name() = 'p'">
        <p><xsl:apply-templates mode="doc"><xsl:with-param name="file" select="$file"/></xsl:apply-templates></p>
      </xsl:when>
      <xsl:when test="local-name() = 'num' or local-name() = 'heading'">
        <span class="akn-{local-name()}"><xsl:apply-templates mode="doc"><xsl:with-param name="file" select="$file"/></xsl:apply-templates></span>
      </xsl:when>
      <xsl:when test="@eId">
        <section class="akn-{local-name()}">
          <xsl:if test="generate-id() = generate-id(key('element-by-eid', concat($file/@path, '|', @eId))[1])">
            <xsl:attribute name="id"><xsl:value-of select="concat(generate-id($file), '-', @eId)"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="$here"><xsl:attribute name="class">akn-<xsl:value-of select="local-name()"/> lint-marked</xsl:attribute></xsl:if>
          <xsl:for-each select="$here">
            <div class="lint-finding {@severity}">
              <a href="#rule-{@code}"><xsl:value-of select="@code"/></a>
              <xsl:value-of select="concat(' ', @line, ':', @column, ' ', @message)"/>
            </div>
          </xsl:for-each>
          <xsl:apply-templates mode="doc"><xsl:with-param name="file" select="$file"/></xsl:apply-templates>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="doc"><xsl:with-param name="file" select="$file"/></xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="doc"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
