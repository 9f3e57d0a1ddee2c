<?xml version="1.0" encoding="UTF-8"?>
<!--
  ria-html.xsl - the RIA report of `leges ria -f html`: the Standard Cost Model figures as tables,
  an SVG bar chart per information obligation and per target group, and the findings.

  Input: the <ria-report> that bin/cmd-ria.c builds (`leges ria -f xml` shows it).  Amounts come as
  cents (@ac) and formatted (@ac-eur); the stylesheet never adds money, it only scales bars.
  XSLT 1.0, no descendant-axis shorthand in patterns or predicates, keys for lookups (DESIGN 8).
  Parameter css: the shared leges.css (empty when it is not built in).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:svg="http://www.w3.org/2000/svg" exclude-result-prefixes="svg">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:param name="css" select="''"/>

  <xsl:key name="totals-by" match="total" use="@by"/>
  <xsl:key name="findings-by-severity" match="finding" use="@severity"/>

  <!-- Width of the longest bar, in SVG user units. -->
  <xsl:variable name="barmax" select="420"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="ria-report"/>
  </xsl:template>

  <xsl:template match="ria-report">
    <html lang="{@lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>RIA: <xsl:value-of select="title"/></title>
        <style>
          <xsl:value-of select="$css"/>
          <xsl:text>
.ria { font-family: Verdana, sans-serif; font-size: 0.9rem; max-width: 72rem; margin: 1rem auto; padding: 0 1rem; color: #1a1a1a; }
.ria table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
.ria th, .ria td { border: 1px solid #999; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
.ria td.num, .ria th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ria tr.total td { font-weight: bold; }
.ria tbody td:first-child { white-space: nowrap; }
.ria .chart text { font-size: 12px; fill: #1a1a1a; }
.ria .bar-ac { fill: #9fb8d9; }
.ria .bar-ab { fill: #1f4e8c; }
.ria .error { color: #a00000; }
.ria .warning { color: #7a4d00; }
@media print { .ria { max-width: none; } }
</xsl:text>
        </style>
      </head>
      <body>
        <main class="ria">
          <h1><xsl:value-of select="title"/></h1>
          <p>Standaardkostenmodel van <code><xsl:value-of select="@file"/></code>
            <xsl:if test="@draft"> bij het ontwerp <code><xsl:value-of select="@draft"/></code></xsl:if>.
            Bedragen in euro per jaar; P = T × H + O, Q = N × F, AC = P × Q, AB = AC × (1 − BAU).</p>
          <xsl:call-template name="summary"/>
          <xsl:call-template name="obligations"/>
          <xsl:call-template name="chart-obligations"/>
          <xsl:call-template name="chart-groups"/>
          <xsl:call-template name="totals"/>
          <xsl:call-template name="findings"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="summary">
    <section aria-labelledby="h-summary">
      <h2 id="h-summary">Samenvatting</h2>
      <table>
        <tbody>
          <tr><th scope="row">Administratieve kosten (AC)</th><td class="num">€ <xsl:value-of select="totals/@ac-eur"/></td></tr>
          <tr><th scope="row">Administratieve lasten (AB)</th><td class="num">€ <xsl:value-of select="totals/@ab-eur"/></td></tr>
          <tr><th scope="row">Netto wijziging van de lasten (nieuw − afgeschaft)</th><td class="num">€ <xsl:value-of select="totals/@net-eur"/></td></tr>
          <tr><th scope="row">Eenmalige kosten</th><td class="num">€ <xsl:value-of select="totals/@oneoff-eur"/></td></tr>
          <tr><th scope="row">Eenmalige kosten, op jaarbasis (<xsl:value-of select="@years"/> jaar, rente <xsl:value-of select="@rate"/>)</th><td class="num">€ <xsl:value-of select="totals/@annualised-eur"/></td></tr>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="obligations">
    <section aria-labelledby="h-obligations">
      <h2 id="h-obligations">Informatieverplichtingen</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">id</th><th scope="col">bepaling</th><th scope="col">omschrijving</th>
            <th scope="col">doelgroep</th><th scope="col">soort</th><th scope="col">oorsprong</th>
            <th scope="col" class="num">N</th><th scope="col" class="num">F</th>
            <th scope="col" class="num">P (€)</th><th scope="col" class="num">Q</th>
            <th scope="col" class="num">AC (€)</th><th scope="col" class="num">BAU</th>
            <th scope="col" class="num">AB (€)</th>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="obligation" mode="row"/>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template match="obligation" mode="row">
    <tr id="io-{position()}">
      <td><xsl:value-of select="@id"/></td>
      <td><xsl:value-of select="@provision"/></td>
      <td><xsl:value-of select="description"/>
        <xsl:if test="count(activity) &gt; 1">
          <ul>
            <xsl:for-each select="activity">
              <li><xsl:value-of select="@name"/>: <xsl:value-of select="@t"/> u × € <xsl:value-of select="@h-eur"/> + € <xsl:value-of select="@o-eur"/> = € <xsl:value-of select="@p-eur"/></li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </td>
      <td><xsl:value-of select="@group"/></td>
      <xsl:choose>
        <xsl:when test="@computed = 'yes'">
          <td><xsl:value-of select="@kind"/></td>
          <td><xsl:value-of select="@origin"/></td>
          <td class="num"><xsl:value-of select="@n"/></td>
          <td class="num"><xsl:value-of select="@f"/></td>
          <td class="num"><xsl:value-of select="@p-eur"/></td>
          <td class="num"><xsl:value-of select="@q"/></td>
          <td class="num"><xsl:value-of select="@ac-eur"/></td>
          <td class="num"><xsl:value-of select="@bau"/></td>
          <td class="num"><xsl:value-of select="@ab-eur"/></td>
        </xsl:when>
        <xsl:otherwise>
          <td colspan="9">niet berekend: zie de bevindingen</td>
        </xsl:otherwise>
      </xsl:choose>
    </tr>
  </xsl:template>

  <!-- One bar pair (AC light, AB dark) per computed obligation. -->
  <xsl:template name="chart-obligations">
    <xsl:variable name="rows" select="obligation[@computed = 'yes']"/>
    <xsl:variable name="max" select="@max-obligation"/>
    <section aria-labelledby="h-chart-obligations">
      <h2 id="h-chart-obligations">Kosten en lasten per informatieverplichting</h2>
      <p>Lichte balk: administratieve kosten (AC); donkere balk: administratieve lasten (AB), in euro per jaar.</p>
      <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="t-chart-obligations"
           width="640" height="{count($rows) * 40 + 30}" viewBox="0 0 640 {count($rows) * 40 + 30}">
        <title id="t-chart-obligations">Administratieve kosten (licht) en lasten (donker) per informatieverplichting, in euro per jaar</title>
        <xsl:for-each select="$rows">
          <xsl:variable name="y" select="(position() - 1) * 40 + 10"/>
          <text x="0" y="{$y + 14}"><xsl:value-of select="@id"/></text>
          <rect class="bar-ac" x="70" y="{$y}" height="14">
            <xsl:attribute name="width"><xsl:call-template name="bar"><xsl:with-param name="v" select="@ac"/><xsl:with-param name="max" select="$max"/></xsl:call-template></xsl:attribute>
          </rect>
          <rect class="bar-ab" x="70" y="{$y + 16}" height="14">
            <xsl:attribute name="width"><xsl:call-template name="bar"><xsl:with-param name="v" select="@ab"/><xsl:with-param name="max" select="$max"/></xsl:call-template></xsl:attribute>
          </rect>
          <text x="{70 + $barmax + 8}" y="{$y + 28}">€ <xsl:value-of select="@ab-eur"/></text>
        </xsl:for-each>
      </svg>
    </section>
  </xsl:template>

  <xsl:template name="chart-groups">
    <xsl:variable name="rows" select="key('totals-by', 'group')"/>
    <xsl:variable name="max" select="@max-group"/>
    <section aria-labelledby="h-chart-groups">
      <h2 id="h-chart-groups">Kosten en lasten per doelgroep</h2>
      <p>Lichte balk: administratieve kosten (AC); donkere balk: administratieve lasten (AB), in euro per jaar.</p>
      <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="t-chart-groups"
           width="640" height="{count($rows) * 40 + 30}" viewBox="0 0 640 {count($rows) * 40 + 30}">
        <title id="t-chart-groups">Administratieve kosten (licht) en lasten (donker) per doelgroep, in euro per jaar</title>
        <xsl:for-each select="$rows">
          <xsl:variable name="y" select="(position() - 1) * 40 + 10"/>
          <text x="0" y="{$y + 14}"><xsl:value-of select="@key"/></text>
          <rect class="bar-ac" x="110" y="{$y}" height="14">
            <xsl:attribute name="width"><xsl:call-template name="bar"><xsl:with-param name="v" select="@ac"/><xsl:with-param name="max" select="$max"/><xsl:with-param name="room" select="$barmax - 40"/></xsl:call-template></xsl:attribute>
          </rect>
          <rect class="bar-ab" x="110" y="{$y + 16}" height="14">
            <xsl:attribute name="width"><xsl:call-template name="bar"><xsl:with-param name="v" select="@ab"/><xsl:with-param name="max" select="$max"/><xsl:with-param name="room" select="$barmax - 40"/></xsl:call-template></xsl:attribute>
          </rect>
          <text x="{110 + $barmax - 32}" y="{$y + 28}">€ <xsl:value-of select="@ab-eur"/></text>
        </xsl:for-each>
      </svg>
    </section>
  </xsl:template>

  <!-- Bar length: v / max of the room; negative and zero values draw nothing. -->
  <xsl:template name="bar">
    <xsl:param name="v"/>
    <xsl:param name="max"/>
    <xsl:param name="room" select="$barmax"/>
    <xsl:choose>
      <xsl:when test="$max &gt; 0 and $v &gt; 0"><xsl:value-of select="round($v * $room div $max)"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="totals">
    <section aria-labelledby="h-totals">
      <h2 id="h-totals">Totalen</h2>
      <table>
        <thead>
          <tr><th scope="col">indeling</th><th scope="col">waarde</th><th scope="col" class="num">aantal</th>
            <th scope="col" class="num">AC (€)</th><th scope="col" class="num">AB (€)</th></tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="key('totals-by', 'group')" mode="row"><xsl:with-param name="label">doelgroep</xsl:with-param></xsl:apply-templates>
          <xsl:apply-templates select="key('totals-by', 'origin')" mode="row"><xsl:with-param name="label">oorsprong</xsl:with-param></xsl:apply-templates>
          <xsl:apply-templates select="key('totals-by', 'kind')" mode="row"><xsl:with-param name="label">soort</xsl:with-param></xsl:apply-templates>
          <tr class="total"><td colspan="3">alle informatieverplichtingen</td>
            <td class="num"><xsl:value-of select="totals/@ac-eur"/></td><td class="num"><xsl:value-of select="totals/@ab-eur"/></td></tr>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template match="total" mode="row">
    <xsl:param name="label"/>
    <tr>
      <td><xsl:value-of select="$label"/></td>
      <td><xsl:value-of select="@key"/></td>
      <td class="num"><xsl:value-of select="@count"/></td>
      <td class="num"><xsl:value-of select="@ac-eur"/></td>
      <td class="num"><xsl:value-of select="@ab-eur"/></td>
    </tr>
  </xsl:template>

  <xsl:template name="findings">
    <section aria-labelledby="h-findings">
      <h2 id="h-findings">Bevindingen</h2>
      <xsl:choose>
        <xsl:when test="finding">
          <p><xsl:value-of select="count(key('findings-by-severity', 'error'))"/> fouten,
            <xsl:value-of select="count(key('findings-by-severity', 'warning'))"/> waarschuwingen,
            <xsl:value-of select="count(key('findings-by-severity', 'info'))"/> opmerkingen.</p>
          <ul>
            <xsl:for-each select="finding">
              <li class="{@severity}"><code><xsl:value-of select="@file"/>:<xsl:value-of select="@line"/>:<xsl:value-of select="@col"/></code>
                <xsl:text> </xsl:text><xsl:value-of select="@severity"/>: <xsl:value-of select="."/>
                [<xsl:value-of select="@code"/><xsl:text> </xsl:text><xsl:value-of select="@name"/>]</li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>Geen bevindingen.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
