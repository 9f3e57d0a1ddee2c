<?xml version="1.0" encoding="UTF-8"?>
<!--
  akn-fo.xsl - Akoma Ntoso 3.0 to XSL-FO for Apache FOP (DESIGN 8).

  A cover page; a table of contents with page numbers; then one
  page-sequence per top-level division of the body (so that FOP can free each
  one when it is laid out), with the short title as running header and "page
  x of y" as footer; footnotes for notes; PDF bookmarks for the divisions and
  articles; the title in the PDF metadata.  Fonts are the DejaVu families
  that fop.xconf embeds.

  Linear like akn-html.xsl: no "//" in match patterns or predicates; keys for
  lookups; the input is the tree leges render prepares (unique eIds, refs
  marked leges-unresolved), as for akn-html.xsl.

  Parameters: lang (nl, fr, en; empty: from FRBRlanguage), at (the date asked
  for with -\-at), resolver (prefix that makes other AKN IRIs links).
-->
<xsl:stylesheet version="1.0"
		xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
		xmlns:fo="http://www.w3.org/1999/XSL/Format"
		xmlns:a="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
		xmlns:exsl="http://exslt.org/common"
		xmlns:x="adobe:ns:meta/"
		xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
		xmlns:dc="http://purl.org/dc/elements/1.1/"
		xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
		exclude-result-prefixes="a exsl">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:strip-space elements="a:akomaNtoso a:act a:bill a:doc a:debate a:judgment a:statement a:portion
	a:amendment a:amendmentList a:officialGazette a:documentCollection a:debateReport a:meta a:body
	a:mainBody a:preface a:preamble a:conclusions a:attachments a:components a:collectionBody
	a:portionBody a:judgmentBody a:debateBody a:amendmentBody a:coverPage a:chapter a:part a:title
	a:section a:subsection a:book a:tome a:subpart a:subtitle a:subchapter a:division a:subdivision
	a:article a:paragraph a:subparagraph a:alinea a:point a:list a:intro a:wrapUp a:content
	a:hcontainer a:level a:rule a:clause a:blockList a:item a:table a:tr a:quotedStructure
	a:longTitle a:formula a:container a:blockContainer a:component a:attachment a:tblock a:indent
	a:notes a:note a:authorialNote a:td a:th a:caption a:subFlow a:embeddedStructure"/>

  <xsl:param name="lang"/>
  <xsl:param name="at"/>
  <xsl:param name="resolver"/>

  <xsl:key name="eid" match="a:*[@eId]" use="@eId"/>
  <xsl:key name="pmod" match="a:passiveModifications/a:textualMod"
	   use="substring-after(translate(a:destination/@href, '~', '#'), '#')"/>

  <xsl:variable name="labels-rtf">
    <l lang="nl" toc="Inhoudstafel" page="Pagina" of="van" adopted="Tekst zoals aangenomen"
       draft="Ontwerptekst" consolidated="Geconsolideerde tekst" version="versie van"
       at="tekst geldend op" changes="Wijzigingen" repeal="opgeheven bij" substitution="vervangen bij"
       insertion="ingevoegd bij" other="gewijzigd bij" repealed="Opgeheven.">
      <m>januari</m><m>februari</m><m>maart</m><m>april</m><m>mei</m><m>juni</m><m>juli</m>
      <m>augustus</m><m>september</m><m>oktober</m><m>november</m><m>december</m>
    </l>
    <l lang="fr" toc="Table des matières" page="Page" of="sur" adopted="Texte tel qu’adopté"
       draft="Texte du projet" consolidated="Texte coordonné" version="version du"
       at="texte en vigueur le" changes="Modifications" repeal="abrogé par" substitution="remplacé par"
       insertion="inséré par" other="modifié par" repealed="Abrogé.">
      <m>janvier</m><m>février</m><m>mars</m><m>avril</m><m>mai</m><m>juin</m><m>juillet</m>
      <m>août</m><m>septembre</m><m>octobre</m><m>novembre</m><m>décembre</m>
    </l>
    <l lang="en" toc="Contents" page="Page" of="of" adopted="Text as adopted"
       draft="Draft text" consolidated="Consolidated text" version="version of"
       at="text in force on" changes="Amendments" repeal="repealed by" substitution="substituted by"
       insertion="inserted by" other="amended by" repealed="Repealed.">
      <m>January</m><m>February</m><m>March</m><m>April</m><m>May</m><m>June</m><m>July</m>
      <m>August</m><m>September</m><m>October</m><m>November</m><m>December</m>
    </l>
  </xsl:variable>

  <xsl:variable name="docel" select="/a:akomaNtoso/*[1]"/>
  <xsl:variable name="meta" select="$docel/a:meta"/>
  <xsl:variable name="frbrlang" select="$meta/a:identification/a:FRBRExpression/a:FRBRlanguage[1]/@language"/>
  <xsl:variable name="textlang">
    <xsl:choose>
      <xsl:when test="$frbrlang = 'nld' or $frbrlang = 'dut'">nl</xsl:when>
      <xsl:when test="$frbrlang = 'fra' or $frbrlang = 'fre'">fr</xsl:when>
      <xsl:when test="$frbrlang = 'eng'">en</xsl:when>
      <xsl:when test="$frbrlang = 'deu' or $frbrlang = 'ger'">de</xsl:when>
      <xsl:when test="$frbrlang = 'ita'">it</xsl:when>
      <xsl:when test="string-length($frbrlang) = 2"><xsl:value-of select="$frbrlang"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui">
    <xsl:choose>
      <xsl:when test="$lang = 'nl' or $lang = 'fr' or $lang = 'en'"><xsl:value-of select="$lang"/></xsl:when>
      <xsl:when test="$textlang = 'nl' or $textlang = 'fr'"><xsl:value-of select="$textlang"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="L" select="exsl:node-set($labels-rtf)/l[@lang = $ui]"/>
  <xsl:variable name="has-mods" select="boolean($meta/a:analysis/a:passiveModifications/a:textualMod)"/>
  <xsl:variable name="vdate" select="$meta/a:identification/a:FRBRExpression/a:FRBRdate[1]/@date"/>
  <xsl:variable name="title">
    <xsl:variable name="t" select="($docel/a:preface/descendant::a:shortTitle | $docel/a:coverPage/descendant::a:shortTitle)[1]
		| ($docel/a:preface/descendant::a:docTitle | $docel/a:coverPage/descendant::a:docTitle)[1]"/>
    <xsl:variable name="w" select="$meta/a:identification/a:FRBRWork"/>
    <xsl:choose>
      <xsl:when test="$t[1][self::a:docTitle] and ($t[1]/../a:docStage or $t[1]/../a:docType)">
	<xsl:value-of select="normalize-space(concat(($t[1]/../a:docStage | $t[1]/../a:docType)[1], ' ', $t[1]))"/>
      </xsl:when>
      <xsl:when test="normalize-space($t[1]) != ''"><xsl:value-of select="normalize-space($t[1])"/></xsl:when>
      <xsl:when test="$w/a:FRBRalias[@name = 'short' or @name = 'shortTitle']/@value">
	<xsl:value-of select="$w/a:FRBRalias[@name = 'short' or @name = 'shortTitle']/@value"/>
      </xsl:when>
      <xsl:when test="$w/a:FRBRname/@value"><xsl:value-of select="$w/a:FRBRname/@value"/></xsl:when>
      <xsl:when test="$w/a:FRBRthis/@value"><xsl:value-of select="$w/a:FRBRthis/@value"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name($docel)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- The running header: the title, cut short. -->
  <xsl:variable name="short">
    <xsl:choose>
      <xsl:when test="string-length($title) &gt; 90"><xsl:value-of select="concat(substring($title, 1, 87), '…')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The parts of the document that hold its text, and the units that get a page-sequence each:
       the top-level divisions of a part made only of divisions, else the part itself. -->
  <xsl:variable name="parts" select="$docel/a:*[not(self::a:meta or self::a:coverPage or self::a:preface
	or self::a:preamble or self::a:conclusions or self::a:attachments or self::a:components)]"/>
  <xsl:variable name="split" select="$parts[a:* and not(a:*[not(self::a:book or self::a:tome or self::a:part
	or self::a:subpart or self::a:title or self::a:subtitle or self::a:chapter or self::a:subchapter
	or self::a:division or self::a:hcontainer)])]"/>
  <xsl:variable name="units" select="$split/a:* | $parts[count(. | $split) != count($split)]"/>

  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &gt;= 10 and $m &gt;= 1 and $m &lt;= 12 and substring($d, 5, 1) = '-'">
	<xsl:value-of select="concat(number(substring($d, 9, 2)), ' ', $L/m[$m], ' ', substring($d, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The same ids as akn-html.xsl: the eId, else the parent's id and the position. -->
  <xsl:template name="id">
    <xsl:param name="n" select="."/>
    <xsl:choose>
      <xsl:when test="$n/@eId"><xsl:value-of select="$n/@eId"/></xsl:when>
      <xsl:when test="not($n/parent::a:*)">doc</xsl:when>
      <xsl:otherwise>
	<xsl:call-template name="id"><xsl:with-param name="n" select="$n/.."/></xsl:call-template>
	<xsl:text>.</xsl:text>
	<xsl:value-of select="local-name($n)"/>
	<xsl:value-of select="count($n/preceding-sibling::*) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The id of a heading: always present, so that the contents and bookmarks can point at it. -->
  <xsl:template name="heading-id">
    <xsl:call-template name="id"/>
  </xsl:template>

  <!-- ===================================================================== document -->

  <xsl:template match="/">
    <xsl:if test="not($docel)">
      <xsl:message terminate="yes">not an Akoma Ntoso 3.0 document</xsl:message>
    </xsl:if>
    <fo:root font-family="DejaVu Serif" font-size="10.5pt" line-height="1.4" language="{$textlang}">
      <fo:layout-master-set>
	<fo:simple-page-master master-name="cover" page-height="297mm" page-width="210mm"
			       margin-top="25mm" margin-bottom="20mm" margin-left="25mm" margin-right="25mm">
	  <fo:region-body/>
	</fo:simple-page-master>
	<fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm"
			       margin-top="12mm" margin-bottom="12mm" margin-left="25mm" margin-right="22mm">
	  <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
	  <fo:region-before extent="10mm"/>
	  <fo:region-after extent="10mm"/>
	</fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
	<x:xmpmeta>
	  <rdf:RDF>
	    <rdf:Description rdf:about="">
	      <dc:title><xsl:value-of select="$title"/></dc:title>
	      <dc:language><xsl:value-of select="$textlang"/></dc:language>
	      <pdf:Producer>leges</pdf:Producer>
	    </rdf:Description>
	  </rdf:RDF>
	</x:xmpmeta>
      </fo:declarations>
      <fo:bookmark-tree>
	<xsl:apply-templates select="$docel/*" mode="bookmark"/>
      </fo:bookmark-tree>

      <!-- Cover. -->
      <fo:page-sequence master-reference="cover" font-family="DejaVu Sans">
	<fo:flow flow-name="xsl-region-body">
	  <xsl:if test="$docel/@name">
	    <fo:block font-size="10pt" color="#555555" space-after="6mm"><xsl:value-of select="$docel/@name"/></fo:block>
	  </xsl:if>
	  <fo:block font-size="22pt" font-weight="bold" line-height="1.2" space-before="50mm" space-after="10mm"
		    id="leges-title"><xsl:value-of select="$title"/></fo:block>
	  <fo:block font-size="11pt" border-left="3pt solid #004f9f" padding-left="3mm" space-after="4mm">
	    <xsl:call-template name="banner"/>
	  </fo:block>
	  <fo:block font-size="8pt" color="#555555" space-before="60mm">
	    <xsl:value-of select="$meta/a:identification/a:FRBRExpression/a:FRBRthis/@value"/>
	  </fo:block>
	</fo:flow>
      </fo:page-sequence>

      <!-- Contents, then the preface and preamble. -->
      <fo:page-sequence master-reference="page">
	<xsl:call-template name="static"/>
	<fo:flow flow-name="xsl-region-body">
	  <fo:block font-family="DejaVu Sans" font-size="14pt" font-weight="bold" space-after="4mm" id="leges-toc">
	    <xsl:value-of select="$L/@toc"/>
	  </fo:block>
	  <xsl:apply-templates select="$docel/*" mode="toc"/>
	  <fo:block break-before="page"/>
	  <xsl:apply-templates select="$docel/a:coverPage | $docel/a:preface | $docel/a:preamble"/>
	  <xsl:if test="not($units)">
	    <xsl:call-template name="back"/>
	  </xsl:if>
	</fo:flow>
      </fo:page-sequence>

      <!-- One page-sequence per top-level division; the last one also holds the end matter. -->
      <xsl:for-each select="$units">
	<fo:page-sequence master-reference="page">
	  <xsl:call-template name="static"/>
	  <fo:flow flow-name="xsl-region-body">
	    <xsl:apply-templates select=".">
	      <xsl:with-param name="depth" select="1"/>
	    </xsl:apply-templates>
	    <xsl:if test="position() = last()">
	      <xsl:call-template name="back"/>
	    </xsl:if>
	  </fo:flow>
	</fo:page-sequence>
      </xsl:for-each>
    </fo:root>
  </xsl:template>

  <xsl:template name="banner">
    <xsl:choose>
      <xsl:when test="$docel/@contains = 'singleVersion' or $docel/@contains = 'multipleVersions'">
	<xsl:value-of select="$L/@consolidated"/>
      </xsl:when>
      <xsl:when test="$docel[self::a:bill]"><xsl:value-of select="$L/@draft"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/@adopted"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$at != ''">
      <xsl:value-of select="concat(', ', $L/@at, ' ')"/>
      <xsl:call-template name="date"><xsl:with-param name="d" select="$at"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="$vdate">
      <xsl:value-of select="concat(', ', $L/@version, ' ')"/>
      <xsl:call-template name="date"><xsl:with-param name="d" select="$vdate"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Running header (the short title) and footer (page x of y). -->
  <xsl:template name="static">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="DejaVu Sans" font-size="8pt" color="#555555" text-align="center"
		border-bottom="0.5pt solid #999999" padding-bottom="1mm">
	<xsl:value-of select="$short"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-family="DejaVu Sans" font-size="8pt" text-align="center">
	<xsl:value-of select="concat($L/@page, ' ')"/>
	<fo:page-number/>
	<xsl:value-of select="concat(' ', $L/@of, ' ')"/>
	<fo:page-number-citation ref-id="leges-last"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block><fo:leader leader-pattern="rule" leader-length="40mm" rule-thickness="0.5pt"/></fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- The end matter: conclusions, attachments, change notes, and the mark of the last page. -->
  <xsl:template name="back">
    <xsl:apply-templates select="$docel/a:conclusions | $docel/a:attachments | $docel/a:components">
      <xsl:with-param name="depth" select="1"/>
    </xsl:apply-templates>
    <xsl:variable name="mods" select="$meta/a:analysis/a:passiveModifications/a:textualMod"/>
    <xsl:if test="$mods">
      <fo:block font-family="DejaVu Sans" font-size="12pt" font-weight="bold" space-before="8mm" space-after="3mm"
		keep-with-next="always"><xsl:value-of select="$L/@changes"/></fo:block>
      <xsl:for-each select="$mods">
	<fo:block font-size="9pt" id="chg-{position()}">
	  <xsl:value-of select="concat('(', position(), ') ')"/>
	  <xsl:variable name="dest" select="key('eid', substring-after(a:destination[1]/@href, '#'))[1]"/>
	  <xsl:if test="$dest/a:num"><xsl:value-of select="concat(normalize-space($dest/a:num), ' ')"/></xsl:if>
	  <xsl:choose>
	    <xsl:when test="@type = 'repeal'"><xsl:value-of select="$L/@repeal"/></xsl:when>
	    <xsl:when test="@type = 'substitution'"><xsl:value-of select="$L/@substitution"/></xsl:when>
	    <xsl:when test="@type = 'insertion'"><xsl:value-of select="$L/@insertion"/></xsl:when>
	    <xsl:otherwise><xsl:value-of select="$L/@other"/></xsl:otherwise>
	  </xsl:choose>
	  <xsl:variable name="src" select="key('eid', substring-after(a:source[1]/@href, '#'))[1]"/>
	  <xsl:text> </xsl:text>
	  <xsl:choose>
	    <xsl:when test="$src/@showAs"><xsl:value-of select="$src/@showAs"/></xsl:when>
	    <xsl:when test="$src/@href"><xsl:value-of select="$src/@href"/></xsl:when>
	    <xsl:otherwise><xsl:value-of select="a:source[1]/@href"/></xsl:otherwise>
	  </xsl:choose>
	</fo:block>
      </xsl:for-each>
    </xsl:if>
    <fo:block id="leges-last"/>
  </xsl:template>

  <!-- ===================================================================== contents and bookmarks -->

  <xsl:template match="a:book | a:tome | a:part | a:subpart | a:title | a:subtitle | a:chapter | a:subchapter
		       | a:section | a:subsection | a:division | a:subdivision | a:article | a:rule | a:hcontainer
		       | a:clause | a:transitional | a:level[a:heading or a:num] | a:*[a:heading]" mode="toc" priority="2">
    <xsl:param name="indent" select="0"/>
    <fo:block text-align-last="justify" start-indent="{$indent * 5}mm" font-size="9.5pt">
      <xsl:if test="not(self::a:article or self::a:rule)">
	<xsl:attribute name="font-weight">bold</xsl:attribute>
	<xsl:attribute name="space-before">1.5mm</xsl:attribute>
      </xsl:if>
      <xsl:variable name="id"><xsl:call-template name="heading-id"/></xsl:variable>
      <fo:basic-link internal-destination="{$id}">
	<xsl:call-template name="heading-text"/>
      </fo:basic-link>
      <fo:leader leader-pattern="dots"/>
      <fo:page-number-citation ref-id="{$id}"/>
    </fo:block>
    <xsl:if test="not(self::a:article or self::a:rule)">
      <xsl:apply-templates select="*" mode="toc">
	<xsl:with-param name="indent" select="$indent + 1"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>
  <xsl:template match="a:meta | a:p | a:content | a:quotedStructure | a:embeddedStructure | a:mod | a:num
		       | a:heading | a:subheading | a:table | a:intro | a:wrapUp | a:authorialNote | a:blockList
		       | a:longTitle | a:formula | a:preface | a:preamble | a:coverPage | a:conclusions
		       | a:notes | a:interstitial | a:foreign | a:attachments | a:components" mode="toc"/>
  <xsl:template match="*" mode="toc">
    <xsl:param name="indent" select="0"/>
    <xsl:apply-templates select="*" mode="toc">
      <xsl:with-param name="indent" select="$indent"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="a:book | a:tome | a:part | a:subpart | a:title | a:subtitle | a:chapter | a:subchapter
		       | a:section | a:subsection | a:division | a:subdivision | a:article | a:rule | a:hcontainer
		       | a:clause | a:transitional | a:level[a:heading or a:num] | a:*[a:heading]" mode="bookmark" priority="2">
    <xsl:variable name="id"><xsl:call-template name="heading-id"/></xsl:variable>
    <fo:bookmark internal-destination="{$id}" starting-state="hide">
      <fo:bookmark-title><xsl:call-template name="heading-text-plain"/></fo:bookmark-title>
      <xsl:if test="not(self::a:article or self::a:rule)">
	<xsl:apply-templates select="*" mode="bookmark"/>
      </xsl:if>
    </fo:bookmark>
  </xsl:template>
  <xsl:template match="a:meta | a:p | a:content | a:quotedStructure | a:embeddedStructure | a:mod | a:num
		       | a:heading | a:subheading | a:table | a:intro | a:wrapUp | a:authorialNote | a:blockList
		       | a:longTitle | a:formula | a:preface | a:preamble | a:coverPage | a:conclusions
		       | a:notes | a:interstitial | a:foreign | a:attachments | a:components" mode="bookmark"/>
  <xsl:template match="*" mode="bookmark">
    <xsl:apply-templates select="*" mode="bookmark"/>
  </xsl:template>

  <xsl:template name="heading-text">
    <xsl:param name="plain" select="true()"/>
    <xsl:choose>
      <xsl:when test="$plain"><xsl:apply-templates select="a:num[1]/node()" mode="plain"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="a:num[1]/node()" mode="inline"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="a:num and a:heading"><xsl:text> </xsl:text></xsl:if>
    <xsl:choose>
      <xsl:when test="$plain"><xsl:apply-templates select="a:heading[1]/node()" mode="plain"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="a:heading[1]/node()" mode="inline"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not(a:num or a:heading)">
      <xsl:choose>
	<xsl:when test="a:documentRef/@showAs"><xsl:value-of select="a:documentRef[1]/@showAs"/></xsl:when>
	<xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>
  <xsl:template name="heading-text-plain">
    <xsl:variable name="t"><xsl:call-template name="heading-text"/></xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>
  <xsl:template match="a:authorialNote | a:noteRef | a:eol | a:eop" mode="plain"/>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>

  <!-- ===================================================================== blocks -->

  <xsl:template match="a:meta | a:notes"/>

  <xsl:template match="a:coverPage | a:preface | a:preamble | a:body | a:mainBody | a:judgmentBody | a:debateBody
		       | a:amendmentBody | a:collectionBody | a:portionBody | a:conclusions | a:attachments | a:components">
    <xsl:param name="depth" select="1"/>
    <fo:block space-after="4mm">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="a:book | a:tome | a:part | a:subpart | a:title | a:subtitle | a:chapter | a:subchapter
		       | a:section | a:subsection | a:division | a:subdivision | a:article | a:rule | a:hcontainer
		       | a:clause | a:transitional | a:level[a:heading or a:num] | a:*[a:heading]" priority="2">
    <xsl:param name="depth" select="1"/>
    <xsl:variable name="size">
      <xsl:choose>
	<xsl:when test="self::a:article or self::a:rule or $depth &gt; 3">10.5pt</xsl:when>
	<xsl:when test="$depth = 1">14pt</xsl:when>
	<xsl:when test="$depth = 2">12.5pt</xsl:when>
	<xsl:otherwise>11.5pt</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:block space-before="3mm">
      <fo:block font-family="DejaVu Sans" font-weight="bold" font-size="{$size}" keep-with-next.within-page="always"
		space-after="1.5mm">
	<xsl:attribute name="id"><xsl:call-template name="heading-id"/></xsl:attribute>
	<xsl:if test="not(self::a:article or self::a:rule)">
	  <xsl:attribute name="space-before">4mm</xsl:attribute>
	</xsl:if>
	<xsl:call-template name="heading-text">
	  <xsl:with-param name="plain" select="false()"/>
	</xsl:call-template>
      </fo:block>
      <xsl:if test="a:subheading">
	<fo:block font-style="italic" keep-with-next.within-page="always">
	  <xsl:apply-templates select="a:subheading/node()" mode="inline"/>
	</fo:block>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$has-mods or @status">
          <xsl:call-template name="changed">
            <xsl:with-param name="depth" select="$depth + 1"/>
            <xsl:with-param name="body" select="node()[not(self::a:num or self::a:heading or self::a:subheading)]"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="node()[not(self::a:num or self::a:heading or self::a:subheading)]">
            <xsl:with-param name="depth" select="$depth + 1"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- Justel-style markers [n ... ]n around a provision named by a textualMod. -->
  <xsl:template name="changed">
    <xsl:param name="depth"/>
    <xsl:param name="body"/>
    <xsl:variable name="mods" select="key('pmod', @eId[$has-mods])"/>
    <xsl:variable name="n">
      <xsl:for-each select="$mods">
	<xsl:value-of select="count(preceding-sibling::a:textualMod) + 1"/>
	<xsl:if test="position() != last()">,</xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="@eId and $mods">
      <fo:block color="#004f9f" font-weight="bold" font-size="8pt">[<xsl:value-of select="$n"/></fo:block>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="(@status = 'removed' or @status = 'repealed') and not($body[self::a:*])">
	<fo:block font-style="italic"><xsl:value-of select="$L/@repealed"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
	<xsl:apply-templates select="$body">
	  <xsl:with-param name="depth" select="$depth"/>
	</xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@eId and $mods">
      <fo:block color="#004f9f" font-weight="bold" font-size="8pt">]<xsl:value-of select="$n"/></fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Numbered parts below the article: a hanging number. -->
  <xsl:template match="a:paragraph | a:subparagraph | a:alinea | a:point | a:indent | a:item | a:level
		       | a:proviso | a:subrule | a:subclause | a:tblock">
    <xsl:param name="depth" select="1"/>
    <xsl:choose>
      <xsl:when test="a:num">
	<fo:list-block provisional-distance-between-starts="9mm" provisional-label-separation="1.5mm"
		       space-after="1mm">
	  <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	  <fo:list-item>
	    <fo:list-item-label end-indent="label-end()">
	      <fo:block><xsl:apply-templates select="a:num[1]/node()" mode="inline"/></fo:block>
	    </fo:list-item-label>
	    <fo:list-item-body start-indent="body-start()">
	      <fo:block>
		<xsl:choose>
		  <xsl:when test="$has-mods or @status">
		    <xsl:call-template name="changed">
		      <xsl:with-param name="depth" select="$depth"/>
		      <xsl:with-param name="body" select="node()[not(self::a:num)]"/>
		    </xsl:call-template>
		  </xsl:when>
		  <xsl:otherwise>
		    <xsl:apply-templates select="node()[not(self::a:num)]">
		      <xsl:with-param name="depth" select="$depth"/>
		    </xsl:apply-templates>
		  </xsl:otherwise>
		</xsl:choose>
	      </fo:block>
	    </fo:list-item-body>
	  </fo:list-item>
	</fo:list-block>
      </xsl:when>
      <xsl:otherwise>
	<fo:block space-after="1mm">
	  <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	  <xsl:choose>
	    <xsl:when test="$has-mods or @status">
	      <xsl:call-template name="changed">
	        <xsl:with-param name="depth" select="$depth"/>
	        <xsl:with-param name="body" select="node()"/>
	      </xsl:call-template>
	    </xsl:when>
	    <xsl:otherwise>
	      <xsl:apply-templates select="node()">
	        <xsl:with-param name="depth" select="$depth"/>
	      </xsl:apply-templates>
	    </xsl:otherwise>
	  </xsl:choose>
	</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:p | a:num | a:heading | a:subheading | a:listIntroduction | a:listWrapUp | a:docStage
		       | a:docTitle | a:docNumber | a:docProponent | a:docDate | a:docType | a:docStatus
		       | a:shortTitle | a:signature | a:tocItem | a:from | a:scene | a:narrative | a:summary">
    <fo:block space-after="1.5mm" text-align="justify">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates mode="inline"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="a:documentRef">
    <fo:block space-after="1.5mm">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:value-of select="@showAs"/>
      <xsl:if test="@href"><xsl:value-of select="concat(' (', @href, ')')"/></xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="a:formula">
    <fo:block font-weight="bold" space-before="2mm" space-after="2mm">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="a:quotedStructure | a:embeddedStructure">
    <xsl:param name="depth" select="1"/>
    <fo:block start-indent="from-parent(start-indent) + 6mm" border-left="1pt solid #999999" padding-left="2mm"
	      space-before="1mm" space-after="1mm">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="4"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="a:blockList">
    <fo:block space-after="1mm">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates select="a:listIntroduction"/>
      <fo:list-block provisional-distance-between-starts="9mm" provisional-label-separation="1.5mm">
	<xsl:for-each select="a:item">
	  <fo:list-item>
	    <fo:list-item-label end-indent="label-end()">
	      <fo:block>
		<xsl:choose>
		  <xsl:when test="a:num"><xsl:apply-templates select="a:num/node()" mode="inline"/></xsl:when>
		  <xsl:otherwise>–</xsl:otherwise>
		</xsl:choose>
	      </fo:block>
	    </fo:list-item-label>
	    <fo:list-item-body start-indent="body-start()">
	      <fo:block><xsl:apply-templates select="node()[not(self::a:num)]"/></fo:block>
	    </fo:list-item-body>
	  </fo:list-item>
	</xsl:for-each>
      </fo:list-block>
      <xsl:apply-templates select="a:listWrapUp"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="a:table">
    <xsl:choose>
      <xsl:when test="a:tr/a:td | a:tr/a:th">
	<fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-after="2mm" font-size="9pt">
	  <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	  <fo:table-body>
	    <xsl:for-each select="a:tr[a:td or a:th]">
	      <fo:table-row>
		<xsl:for-each select="a:th | a:td">
		  <fo:table-cell border="0.5pt solid #999999" padding="1mm">
		    <xsl:if test="number(@colspan) &gt; 1">
		      <xsl:attribute name="number-columns-spanned"><xsl:value-of select="number(@colspan)"/></xsl:attribute>
		    </xsl:if>
		    <!-- A span past the last row is cut at the last row: FOP refuses it otherwise. -->
		    <xsl:if test="number(@rowspan) &gt; 1">
		      <xsl:variable name="left" select="count(../following-sibling::a:tr[a:td or a:th]) + 1"/>
		      <xsl:attribute name="number-rows-spanned">
			<xsl:choose>
			  <xsl:when test="number(@rowspan) &gt; $left"><xsl:value-of select="$left"/></xsl:when>
			  <xsl:otherwise><xsl:value-of select="number(@rowspan)"/></xsl:otherwise>
			</xsl:choose>
		      </xsl:attribute>
		    </xsl:if>
		    <xsl:if test="self::a:th"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
		    <fo:block><xsl:apply-templates/></fo:block>
		  </fo:table-cell>
		</xsl:for-each>
	      </fo:table-row>
	    </xsl:for-each>
	  </fo:table-body>
	</fo:table>
      </xsl:when>
      <xsl:otherwise><fo:block/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:authorialNote">
    <fo:block><xsl:apply-templates select="." mode="inline"/></fo:block>
  </xsl:template>

  <xsl:template match="a:ref | a:rref | a:mref | a:a | a:b | a:i | a:u | a:sup | a:sub | a:span | a:def | a:term
		       | a:ins | a:del | a:noteRef | a:date | a:img | a:br | a:eol | a:eop | a:inline | a:mod
		       | a:person | a:organization | a:role | a:location | a:quantity | a:concept | a:entity
		       | a:quotedText | a:abbr | a:affectedDocument | a:relatedDocument | a:legislature">
    <fo:block><xsl:apply-templates select="." mode="inline"/></fo:block>
  </xsl:template>

  <xsl:template match="a:foreign">
    <fo:block><xsl:value-of select="normalize-space(.)"/></fo:block>
  </xsl:template>

  <xsl:template match="*">
    <xsl:param name="depth" select="1"/>
    <fo:block>
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- Loose text between blocks. -->
  <xsl:template match="text()">
    <xsl:if test="normalize-space() != ''">
      <fo:block><xsl:value-of select="."/></fo:block>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== inline -->

  <xsl:template match="text()" mode="inline"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="a:b | a:def" mode="inline">
    <fo:inline font-weight="bold"><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:i" mode="inline">
    <fo:inline font-style="italic"><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:u | a:ins" mode="inline">
    <fo:inline text-decoration="underline"><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:del" mode="inline">
    <fo:inline text-decoration="line-through"><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:sup" mode="inline">
    <fo:inline baseline-shift="super" font-size="75%"><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:sub" mode="inline">
    <fo:inline baseline-shift="sub" font-size="75%"><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:br | a:eol" mode="inline"><fo:block/></xsl:template>
  <xsl:template match="a:eop" mode="inline"/>
  <xsl:template match="a:img" mode="inline">[<xsl:value-of select="@alt"/>]</xsl:template>
  <xsl:template match="a:quotedText" mode="inline">“<xsl:apply-templates mode="inline"/>”</xsl:template>

  <!-- Internal refs are links within the PDF; external ones keep their text. -->
  <xsl:template match="a:ref | a:a" mode="inline">
    <xsl:choose>
      <xsl:when test="starts-with(@href, '#') and not(@leges-unresolved)">
	<fo:basic-link internal-destination="{substring(@href, 2)}" color="#004f9f">
	  <xsl:apply-templates mode="inline"/>
	</fo:basic-link>
      </xsl:when>
      <xsl:when test="starts-with(@href, 'http://') or starts-with(@href, 'https://')">
	<fo:basic-link external-destination="url({@href})" color="#004f9f">
	  <xsl:apply-templates mode="inline"/>
	</fo:basic-link>
      </xsl:when>
      <xsl:when test="starts-with(@href, '/akn/') and $resolver != ''">
	<fo:basic-link external-destination="url({concat($resolver, @href)})" color="#004f9f">
	  <xsl:apply-templates mode="inline"/>
	</fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Footnotes: an authorialNote in the text, or a noteRef to a note of <notes>. -->
  <xsl:template match="a:authorialNote" mode="inline">
    <xsl:variable name="marker">
      <xsl:choose>
	<xsl:when test="@marker"><xsl:value-of select="@marker"/></xsl:when>
	<xsl:otherwise><xsl:number level="any" count="a:authorialNote"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="footnote">
      <xsl:with-param name="marker" select="$marker"/>
      <xsl:with-param name="body" select="node()"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="a:noteRef" mode="inline">
    <xsl:variable name="t" select="key('eid', substring-after(@href, '#'))[1]"/>
    <xsl:choose>
      <xsl:when test="$t">
	<xsl:call-template name="footnote">
	  <xsl:with-param name="marker" select="(@marker | $t/@marker)[1]"/>
	  <xsl:with-param name="body" select="$t/node()"/>
	</xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
	<fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="@marker"/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="footnote">
    <xsl:param name="marker"/>
    <xsl:param name="body"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="$marker"/></fo:inline>
      <fo:footnote-body>
	<fo:block font-size="8pt" start-indent="0mm" text-indent="0mm" font-weight="normal" font-style="normal">
	  <fo:inline baseline-shift="super" font-size="6pt"><xsl:value-of select="$marker"/></fo:inline>
	  <xsl:text> </xsl:text>
	  <xsl:apply-templates select="$body" mode="note"/>
	</fo:block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- The text of a footnote: FOP allows no block inside it, so only inline formatting is kept. -->
  <xsl:template match="a:b | a:def" mode="note">
    <fo:inline font-weight="bold"><xsl:apply-templates mode="note"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:i" mode="note">
    <fo:inline font-style="italic"><xsl:apply-templates mode="note"/></fo:inline>
  </xsl:template>
  <xsl:template match="a:authorialNote | a:noteRef | a:eop | a:img" mode="note"/>
  <xsl:template match="a:p | a:br | a:eol | a:tr | a:td | a:th | a:item | a:num" mode="note">
    <xsl:apply-templates mode="note"/>
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="*" mode="note"><xsl:apply-templates mode="note"/></xsl:template>

  <!-- Blocks inside text: an inline container would not hold them, so they become a block. -->
  <xsl:template match="a:quotedStructure | a:embeddedStructure | a:table | a:blockList | a:subFlow
		       | a:blockContainer | a:foreign" mode="inline">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="*" mode="inline">
    <fo:inline><xsl:apply-templates mode="inline"/></fo:inline>
  </xsl:template>

</xsl:stylesheet>
