<?xml version="1.0" encoding="UTF-8"?>
<!--
  akn-html.xsl - Akoma Ntoso 3.0 to an accessible HTML5 page (DESIGN 8).

  Every element with an eId keeps it as its id; the table of contents and the
  internal refs link to those ids.  The page starts with a point-in-time
  banner (the version date, the last amendment applied, or "text as adopted"),
  shows Justel-style change markers [n ... ]n for every provision named by a
  passiveModifications/textualMod, and ends with the change notes and
  footnotes.  Labels are in Dutch, French or English.

  Linear by construction: no "//" in match patterns or predicates, and every
  lookup goes through an xsl:key, so the cost grows with the size of the act.
  The input is the tree leges render prepares (bin/cmd-render.c): eIds made
  unique (a repeated one renamed leges-repeated-eId), AKN 2.0 id as eId, and
  leges-unresolved="1" on each ref whose "#eId" names nothing in the text, so
  that no template looks anything up per element.

  Parameters (plain strings):
    css       the style sheet text, put inline in <style> (leges.css)
    lang      nl, fr or en for the labels; empty: from FRBRlanguage
    at        the date asked for with leges render -\-at, or empty
    resolver  prefix put before other AKN IRIs ("/akn/...") to link them;
              empty: such refs are shown but not linked
-->
<xsl:stylesheet version="1.0"
		xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
		xmlns:a="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
		xmlns:exsl="http://exslt.org/common"
		exclude-result-prefixes="a exsl">

  <!-- leges writes the result with libxml2's HTML serialiser, after "<!DOCTYPE html>"
       (transform/xslt.h: leges_xslt_save_html5); the result tree is built as XML
       because an HTML result document indexes every id, at great cost. -->
  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes"/>
  <xsl:strip-space elements="a:akomaNtoso a:act a:bill a:doc a:debate a:judgment a:statement a:portion
	a:amendment a:amendmentList a:officialGazette a:documentCollection a:debateReport a:meta a:body
	a:mainBody a:preface a:preamble a:conclusions a:attachments a:components a:collectionBody
	a:portionBody a:judgmentBody a:debateBody a:amendmentBody a:coverPage a:chapter a:part a:title
	a:section a:subsection a:book a:tome a:subpart a:subtitle a:subchapter a:division a:subdivision
	a:article a:paragraph a:subparagraph a:alinea a:point a:list a:intro a:wrapUp a:content
	a:hcontainer a:level a:rule a:clause a:blockList a:item a:table a:tr a:quotedStructure
	a:longTitle a:formula a:container a:blockContainer a:component a:attachment a:tblock a:indent
	a:notes a:note a:authorialNote a:td a:th a:caption a:subFlow a:embeddedStructure"/>

  <xsl:param name="css"/>
  <xsl:param name="lang"/>
  <xsl:param name="at"/>
  <xsl:param name="resolver"/>

  <xsl:key name="eid" match="a:*[@eId]" use="@eId"/>
  <xsl:key name="def" match="a:def[@refersTo]" use="@refersTo"/>
  <xsl:key name="deftext" match="a:def"
	   use="normalize-space(translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))"/>
  <xsl:key name="pmod" match="a:passiveModifications/a:textualMod"
	   use="substring-after(translate(a:destination/@href, '~', '#'), '#')"/>

  <!-- Labels: one element per language; nl, fr, en. -->
  <xsl:variable name="labels-rtf">
    <l lang="nl" toc="Inhoudstafel" skip="Naar de tekst" adopted="Tekst zoals aangenomen"
       draft="Ontwerptekst" consolidated="Geconsolideerde tekst" version="versie van"
       last="laatste wijziging" by="door" at="tekst geldend op" changes="Wijzigingen"
       notes="Voetnoten" inforce="in werking op" repeal="opgeheven bij" substitution="vervangen bij"
       insertion="ingevoegd bij" other="gewijzigd bij" repealed="Opgeheven." nochange="geen wijzigingen">
      <m>januari</m><m>februari</m><m>maart</m><m>april</m><m>mei</m><m>juni</m><m>juli</m>
      <m>augustus</m><m>september</m><m>oktober</m><m>november</m><m>december</m>
    </l>
    <l lang="fr" toc="Table des matières" skip="Aller au texte" adopted="Texte tel qu’adopté"
       draft="Texte du projet" consolidated="Texte coordonné" version="version du"
       last="dernière modification" by="par" at="texte en vigueur le" changes="Modifications"
       notes="Notes" inforce="en vigueur le" repeal="abrogé par" substitution="remplacé par"
       insertion="inséré par" other="modifié par" repealed="Abrogé." nochange="aucune modification">
      <m>janvier</m><m>février</m><m>mars</m><m>avril</m><m>mai</m><m>juin</m><m>juillet</m>
      <m>août</m><m>septembre</m><m>octobre</m><m>novembre</m><m>décembre</m>
    </l>
    <l lang="en" toc="Contents" skip="Skip to the text" adopted="Text as adopted"
       draft="Draft text" consolidated="Consolidated text" version="version of"
       last="last amendment" by="by" at="text in force on" changes="Amendments"
       notes="Notes" inforce="in force on" repeal="repealed by" substitution="substituted by"
       insertion="inserted by" other="amended by" repealed="Repealed." nochange="no amendments">
      <m>January</m><m>February</m><m>March</m><m>April</m><m>May</m><m>June</m><m>July</m>
      <m>August</m><m>September</m><m>October</m><m>November</m><m>December</m>
    </l>
  </xsl:variable>

  <xsl:variable name="docel" select="/a:akomaNtoso/*[1]"/>
  <xsl:variable name="meta" select="$docel/a:meta"/>
  <xsl:variable name="frbrlang" select="$meta/a:identification/a:FRBRExpression/a:FRBRlanguage[1]/@language"/>
  <!-- The language of the text, as an HTML lang value. -->
  <xsl:variable name="textlang">
    <xsl:call-template name="iso639-1">
      <xsl:with-param name="code" select="$frbrlang"/>
    </xsl:call-template>
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
    <xsl:call-template name="doc-title">
      <xsl:with-param name="d" select="$docel"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- ISO 639-2 (FRBRlanguage) to the two-letter code HTML prefers; others as given. -->
  <xsl:template name="iso639-1">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'nld' or $code = 'dut'">nl</xsl:when>
      <xsl:when test="$code = 'fra' or $code = 'fre'">fr</xsl:when>
      <xsl:when test="$code = 'eng'">en</xsl:when>
      <xsl:when test="$code = 'deu' or $code = 'ger'">de</xsl:when>
      <xsl:when test="$code = 'ita'">it</xsl:when>
      <xsl:when test="$code = 'spa'">es</xsl:when>
      <xsl:when test="$code = 'por'">pt</xsl:when>
      <xsl:when test="$code = 'swe'">sv</xsl:when>
      <xsl:when test="$code = 'zho' or $code = 'chi'">zh</xsl:when>
      <xsl:when test="$code = 'msa' or $code = 'may'">ms</xsl:when>
      <xsl:when test="$code = 'ara'">ar</xsl:when>
      <xsl:when test="$code = 'swa'">sw</xsl:when>
      <xsl:when test="$code = 'afr'">af</xsl:when>
      <xsl:when test="$code = 'zul'">zu</xsl:when>
      <xsl:when test="$code = 'xho'">xh</xsl:when>
      <xsl:when test="string-length($code) = 2 or string-length($code) = 3"><xsl:value-of select="$code"/></xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The title of document d: its docTitle or shortTitle, else the FRBR name or IRI. -->
  <xsl:template name="doc-title">
    <xsl:param name="d"/>
    <xsl:variable name="t" select="($d/a:preface/descendant::a:shortTitle | $d/a:coverPage/descendant::a:shortTitle)[1]
		| ($d/a:preface/descendant::a:docTitle | $d/a:coverPage/descendant::a:docTitle)[1]"/>
    <xsl:variable name="w" select="$d/a:meta/a:identification/a:FRBRWork"/>
    <xsl:choose>
      <xsl:when test="$t[1][self::a:docTitle] and ($t[1]/../a:docStage or $t[1]/../a:docType)">
	<xsl:value-of select="normalize-space(concat(($t[1]/../a:docStage | $t[1]/../a:docType)[1], ' ', $t[1]))"/>
      </xsl:when>
      <xsl:when test="normalize-space($t[1]) != ''"><xsl:value-of select="normalize-space($t[1])"/></xsl:when>
      <xsl:when test="$w/a:FRBRalias[@name = 'short' or @name = 'shortTitle']/@value">
	<xsl:value-of select="$w/a:FRBRalias[@name = 'short' or @name = 'shortTitle']/@value"/>
      </xsl:when>
      <xsl:when test="$w/a:FRBRname/@value"><xsl:value-of select="$w/a:FRBRname/@value"/></xsl:when>
      <xsl:when test="normalize-space($d/a:preface) != ''"><xsl:value-of select="normalize-space(substring($d/a:preface, 1, 200))"/></xsl:when>
      <xsl:when test="$w/a:FRBRthis/@value"><xsl:value-of select="$w/a:FRBRthis/@value"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name($d)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 2026-03-12 as "12 maart 2026" (nl), "12 mars 2026" (fr), "12 March 2026" (en). -->
  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &gt;= 10 and $m &gt;= 1 and $m &lt;= 12 and substring($d, 5, 1) = '-'">
	<time datetime="{substring($d, 1, 10)}">
	  <xsl:value-of select="number(substring($d, 9, 2))"/>
	  <xsl:text> </xsl:text>
	  <xsl:value-of select="$L/m[$m]"/>
	  <xsl:text> </xsl:text>
	  <xsl:value-of select="substring($d, 1, 4)"/>
	</time>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The HTML id of element n: its eId (AKN 2.0: id); without one, the id of
    its parent followed by its position, so that it is the same on every run.
  -->
  <xsl:template name="id">
    <xsl:param name="n" select="."/>
    <xsl:choose>
      <xsl:when test="$n/@eId"><xsl:value-of select="$n/@eId"/></xsl:when>
      <xsl:when test="not($n/parent::a:*)">doc</xsl:when>
      <xsl:otherwise>
	<xsl:call-template name="id">
	  <xsl:with-param name="n" select="$n/.."/>
	</xsl:call-template>
	<xsl:text>.</xsl:text>
	<xsl:value-of select="local-name($n)"/>
	<xsl:value-of select="count($n/preceding-sibling::*) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>


  <!-- ===================================================================== page -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$docel">
	<xsl:apply-templates select="$docel" mode="page"/>
      </xsl:when>
      <xsl:otherwise>
	<xsl:message terminate="yes">not an Akoma Ntoso 3.0 document</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="page">
    <html lang="{$textlang}">
      <head>
	<meta charset="utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1"/>
	<meta name="generator" content="leges"/>
	<title><xsl:value-of select="$title"/></title>
	<xsl:if test="$css != ''">
	  <style><xsl:value-of select="$css" disable-output-escaping="yes"/></style>
	</xsl:if>
      </head>
      <body class="akn akn-{local-name()}">
	<a class="skip-link" href="#text"><xsl:value-of select="$L/@skip"/></a>
	<header class="doc-header">
	  <xsl:if test="@name">
	    <p class="doc-kind"><xsl:value-of select="@name"/></p>
	  </xsl:if>
	  <h1 id="doc-title"><xsl:value-of select="$title"/></h1>
	  <xsl:call-template name="banner"/>
	</header>
	<xsl:variable name="toc">
	  <xsl:apply-templates select="*" mode="toc"/>
	</xsl:variable>
	<xsl:if test="exsl:node-set($toc)/*">
	  <nav class="toc" aria-labelledby="toc-title">
	    <h2 id="toc-title"><xsl:value-of select="$L/@toc"/></h2>
	    <ol><xsl:copy-of select="$toc"/></ol>
	  </nav>
	</xsl:if>
	<main id="text" class="doc-text">
	  <xsl:apply-templates select="*">
	    <xsl:with-param name="depth" select="2"/>
	  </xsl:apply-templates>
	</main>
	<xsl:call-template name="change-notes"/>
	<xsl:call-template name="footnotes"/>
      </body>
    </html>
  </xsl:template>

  <!-- The point-in-time banner: which version this is. -->
  <xsl:template name="banner">
    <xsl:variable name="contains" select="@contains"/>
    <xsl:variable name="consolidated" select="$contains = 'singleVersion' or $contains = 'multipleVersions'"/>
    <p class="pit-banner" role="note">
      <xsl:attribute name="data-version"><xsl:value-of select="$vdate"/></xsl:attribute>
      <strong class="pit-kind">
	<xsl:choose>
	  <xsl:when test="$consolidated"><xsl:value-of select="$L/@consolidated"/></xsl:when>
	  <xsl:when test="self::a:bill"><xsl:value-of select="$L/@draft"/></xsl:when>
	  <xsl:otherwise><xsl:value-of select="$L/@adopted"/></xsl:otherwise>
	</xsl:choose>
      </strong>
      <xsl:if test="$at != ''">
	<xsl:text>, </xsl:text>
	<span class="pit-at"><xsl:value-of select="$L/@at"/><xsl:text> </xsl:text>
	<xsl:call-template name="date"><xsl:with-param name="d" select="$at"/></xsl:call-template></span>
      </xsl:if>
      <xsl:if test="$vdate">
	<xsl:text>, </xsl:text>
	<span class="pit-version"><xsl:value-of select="$L/@version"/><xsl:text> </xsl:text>
	<xsl:call-template name="date"><xsl:with-param name="d" select="$vdate"/></xsl:call-template></span>
      </xsl:if>
      <xsl:if test="$consolidated">
	<xsl:text>; </xsl:text>
	<span class="pit-last">
	  <xsl:value-of select="$L/@last"/>
	  <xsl:text>: </xsl:text>
	  <xsl:variable name="events" select="$meta/a:lifecycle/a:eventRef[@type = 'amendment' or @type = 'repeal']
		[not($vdate) or number(translate(@date, '-', '')) &lt;= number(translate($vdate, '-', ''))]"/>
	  <xsl:if test="not($events)"><xsl:value-of select="$L/@nochange"/></xsl:if>
	  <xsl:for-each select="$events">
	    <xsl:sort select="@date" order="descending"/>
	    <xsl:if test="position() = 1">
	      <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
	      <xsl:variable name="src" select="key('eid', substring-after(@source, '#'))"/>
	      <xsl:if test="$src">
		<xsl:text> </xsl:text>
		<xsl:value-of select="$L/@by"/>
		<xsl:text> </xsl:text>
		<xsl:call-template name="iri-link">
		  <xsl:with-param name="href" select="$src/@href"/>
		  <xsl:with-param name="text" select="$src/@showAs"/>
		</xsl:call-template>
	      </xsl:if>
	    </xsl:if>
	  </xsl:for-each>
	</span>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- A link to an IRI: ELIs and web addresses as they are, AKN IRIs through the resolver. -->
  <xsl:template name="iri-link">
    <xsl:param name="href"/>
    <xsl:param name="text" select="$href"/>
    <xsl:param name="class" select="'ref'"/>
    <xsl:param name="content" select="/.."/>
    <xsl:variable name="shown">
      <xsl:choose>
	<xsl:when test="normalize-space($text) != ''"><xsl:value-of select="$text"/></xsl:when>
	<xsl:otherwise><xsl:value-of select="$href"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($href, 'http://data.europa.eu/eli/') or starts-with($href, 'https://data.europa.eu/eli/')">
	<a class="{$class} ref-eu" href="{$href}" rel="external"><xsl:call-template name="link-text"><xsl:with-param name="shown" select="$shown"/><xsl:with-param name="content" select="$content"/></xsl:call-template></a>
      </xsl:when>
      <xsl:when test="starts-with($href, 'http://') or starts-with($href, 'https://')">
	<a class="{$class} ref-web" href="{$href}" rel="external"><xsl:call-template name="link-text"><xsl:with-param name="shown" select="$shown"/><xsl:with-param name="content" select="$content"/></xsl:call-template></a>
      </xsl:when>
      <xsl:when test="starts-with($href, '/akn/') and $resolver != ''">
	<a class="{$class} ref-akn" href="{concat($resolver, $href)}"><xsl:call-template name="link-text"><xsl:with-param name="shown" select="$shown"/><xsl:with-param name="content" select="$content"/></xsl:call-template></a>
      </xsl:when>
      <xsl:otherwise>
	<span class="{$class} ref-unlinked" title="{$href}"><xsl:call-template name="link-text"><xsl:with-param name="shown" select="$shown"/><xsl:with-param name="content" select="$content"/></xsl:call-template></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text of a link: the ref's own content when it has one. -->
  <xsl:template name="link-text">
    <xsl:param name="shown"/>
    <xsl:param name="content"/>
    <xsl:choose>
      <xsl:when test="$content[self::* or normalize-space(.) != '']">
	<xsl:apply-templates select="$content" mode="inline"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$shown"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== contents -->

  <!-- Elements that start a section with a heading: the divisions down to the article,
       and any container with a heading of its own. -->
  <xsl:template match="a:book | a:tome | a:part | a:subpart | a:title | a:subtitle | a:chapter | a:subchapter
		       | a:section | a:subsection | a:division | a:subdivision | a:article | a:rule | a:hcontainer
		       | a:clause | a:transitional | a:attachment | a:component
		       | a:level[a:heading or a:num] | a:*[a:heading]" mode="toc" priority="2">
    <li>
      <a>
	<xsl:attribute name="href">#<xsl:call-template name="id"/></xsl:attribute>
	<xsl:call-template name="heading-text"/>
      </a>
      <xsl:if test="not(self::a:article or self::a:rule) and a:*[not(self::a:num or self::a:heading
		    or self::a:subheading or self::a:content or self::a:p or self::a:intro or self::a:wrapUp
		    or self::a:documentRef)]">
	<ol><xsl:apply-templates select="*" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Neither quoted or embedded text (another act's provisions) nor text content belongs in the contents. -->
  <xsl:template match="a:meta | a:p | a:content | a:quotedStructure | a:embeddedStructure | a:mod | a:num
		       | a:heading | a:subheading | a:table | a:intro | a:wrapUp | a:authorialNote | a:blockList
		       | a:longTitle | a:formula | a:preface | a:preamble | a:coverPage | a:conclusions
		       | a:notes | a:interstitial | a:foreign" mode="toc"/>
  <xsl:template match="*" mode="toc">
    <xsl:apply-templates select="*" mode="toc"/>
  </xsl:template>
  <xsl:template match="a:attachment/a:* | a:component/a:*" mode="toc" priority="1">
    <xsl:apply-templates select="*" mode="toc"/>
  </xsl:template>

  <!-- "Art. 3. Heading" for the contents; the title for an attachment or component. -->
  <xsl:template name="heading-text">
    <xsl:param name="plain" select="true()"/>
    <xsl:choose>
      <xsl:when test="a:num or a:heading">
	<xsl:if test="a:num">
	  <span class="num">
	    <xsl:choose>
	      <xsl:when test="$plain"><xsl:apply-templates select="a:num[1]/node()" mode="plain"/></xsl:when>
	      <xsl:otherwise><xsl:apply-templates select="a:num[1]/node()" mode="inline"/></xsl:otherwise>
	    </xsl:choose>
	  </span>
	</xsl:if>
	<xsl:if test="a:num and a:heading"><xsl:text> </xsl:text></xsl:if>
	<xsl:if test="a:heading">
	  <span class="heading">
	    <xsl:choose>
	      <xsl:when test="$plain"><xsl:apply-templates select="a:heading[1]/node()" mode="plain"/></xsl:when>
	      <xsl:otherwise><xsl:apply-templates select="a:heading[1]/node()" mode="inline"/></xsl:otherwise>
	    </xsl:choose>
	  </span>
	</xsl:if>
      </xsl:when>
      <xsl:when test="a:documentRef/@showAs"><xsl:value-of select="a:documentRef[1]/@showAs"/></xsl:when>
      <xsl:when test="(self::a:attachment or self::a:component) and a:*[a:meta]">
	<xsl:call-template name="doc-title">
	  <xsl:with-param name="d" select="a:*[a:meta][1]"/>
	</xsl:call-template>
      </xsl:when>
      <xsl:when test="a:interstitial"><xsl:value-of select="normalize-space(a:interstitial[1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text without links or notes (headings in the contents). -->
  <xsl:template match="a:authorialNote | a:noteRef | a:eol | a:eop" mode="plain"/>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>

  <!-- ===================================================================== block content -->

  <xsl:template match="a:meta"/>

  <!-- The main parts of a document. -->
  <xsl:template match="a:coverPage | a:preface | a:preamble | a:body | a:mainBody | a:judgmentBody | a:debateBody
		       | a:amendmentBody | a:collectionBody | a:portionBody | a:conclusions | a:attachments | a:components">
    <xsl:param name="depth" select="2"/>
    <section class="{local-name()}">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <!-- A document inside a component or attachment: its parts, without its metadata. -->
  <!-- A document attached by reference: its name, linked like any other IRI. -->
  <xsl:template match="a:documentRef">
    <p class="documentRef">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:call-template name="iri-link">
	<xsl:with-param name="href" select="@href"/>
	<xsl:with-param name="text" select="@showAs"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <xsl:template match="a:attachment/a:* | a:component/a:*" priority="-0.1">
    <xsl:param name="depth" select="2"/>
    <div class="embedded-doc {local-name()}" lang="{$textlang}">
      <xsl:variable name="l" select="a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage[1]/@language"/>
      <xsl:if test="$l">
	<xsl:attribute name="lang">
	  <xsl:call-template name="iso639-1"><xsl:with-param name="code" select="$l"/></xsl:call-template>
	</xsl:attribute>
      </xsl:if>
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <!-- A division with a heading. -->
  <xsl:template match="a:book | a:tome | a:part | a:subpart | a:title | a:subtitle | a:chapter | a:subchapter
		       | a:section | a:subsection | a:division | a:subdivision | a:article | a:rule | a:hcontainer
		       | a:clause | a:transitional | a:attachment | a:component
		       | a:level[a:heading or a:num] | a:*[a:heading]" priority="2">
    <xsl:param name="depth" select="2"/>
    <xsl:variable name="h">
      <xsl:choose>
	<xsl:when test="$depth &gt; 6">6</xsl:when>
	<xsl:otherwise><xsl:value-of select="$depth"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <section class="prov {local-name()}">
      <xsl:attribute name="id"><xsl:call-template name="id"/></xsl:attribute>
      <xsl:element name="h{$h}">
	<xsl:attribute name="class">prov-heading</xsl:attribute>
	<xsl:call-template name="heading-text">
	  <xsl:with-param name="plain" select="false()"/>
	</xsl:call-template>
      </xsl:element>
      <xsl:if test="a:subheading">
	<p class="subheading"><xsl:apply-templates select="a:subheading/node()" mode="inline"/></p>
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
    </section>
  </xsl:template>

  <!--
    The content of a provision, between Justel-style markers [n ... ]n when a
    passiveModifications/textualMod names it (n links to the change note).
  -->
  <xsl:template name="changed">
    <xsl:param name="depth"/>
    <xsl:param name="body"/>
    <xsl:variable name="mods" select="key('pmod', @eId[$has-mods])"/>
    <xsl:choose>
      <xsl:when test="@eId and $mods">
	<xsl:variable name="n">
	  <xsl:for-each select="$mods">
	    <xsl:value-of select="count(preceding-sibling::a:textualMod) + 1"/>
	    <xsl:if test="position() != last()">,</xsl:if>
	  </xsl:for-each>
	</xsl:variable>
	<div class="changed" data-change="{$n}">
	  <a class="chg-mark chg-open" href="#chg-{substring-before(concat($n, ','), ',')}">[<sup><xsl:value-of select="$n"/></sup></a>
	  <xsl:choose>
	    <xsl:when test="(@status = 'removed' or @status = 'repealed') and not($body[self::a:*])">
	      <p class="repealed"><xsl:value-of select="$L/@repealed"/></p>
	    </xsl:when>
	    <xsl:otherwise>
	      <xsl:apply-templates select="$body">
		<xsl:with-param name="depth" select="$depth"/>
	      </xsl:apply-templates>
	    </xsl:otherwise>
	  </xsl:choose>
	  <a class="chg-mark chg-close" href="#chg-{substring-before(concat($n, ','), ',')}">]<sup><xsl:value-of select="$n"/></sup></a>
	</div>
      </xsl:when>
      <xsl:when test="(@status = 'removed' or @status = 'repealed') and not($body[self::a:*])">
	<p class="repealed"><xsl:value-of select="$L/@repealed"/></p>
      </xsl:when>
      <xsl:otherwise>
	<xsl:apply-templates select="$body">
	  <xsl:with-param name="depth" select="$depth"/>
	</xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Numbered parts below the article: paragraph, point, alinea, indent... -->
  <xsl:template match="a:paragraph | a:subparagraph | a:alinea | a:point | a:indent | a:list | a:sublist | a:item
		       | a:level | a:proviso | a:subrule | a:subclause | a:tblock">
    <xsl:param name="depth" select="2"/>
    <div class="prov {local-name()}">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:if test="a:num">
	<span class="num"><xsl:apply-templates select="a:num[1]/node()" mode="inline"/></span>
	<xsl:text> </xsl:text>
      </xsl:if>
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
    </div>
  </xsl:template>

  <!-- A paragraph of text; a <div> when it holds block content that <p> cannot. -->
  <xsl:template match="a:p">
    <xsl:choose>
      <xsl:when test="a:*[self::a:quotedStructure or self::a:embeddedStructure or self::a:table or self::a:blockList
		      or self::a:subFlow or self::a:foreign or self::a:blockContainer or self::a:img]
		      or a:mod[a:quotedStructure or a:embeddedStructure]">
	<div class="p">
	  <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	  <xsl:apply-templates mode="inline"/>
	</div>
      </xsl:when>
      <xsl:otherwise>
	<p>
	  <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	  <xsl:apply-templates mode="inline"/>
	</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Elements whose children are text: a paragraph-like block. -->
  <xsl:template match="a:num | a:heading | a:subheading | a:listIntroduction | a:listWrapUp | a:docStage
		       | a:docTitle | a:docNumber | a:docProponent | a:docDate | a:docType | a:docStatus
		       | a:legislature | a:session | a:docCommittee | a:docAuthority | a:docJurisdiction
		       | a:shortTitle | a:signature | a:tocItem | a:from | a:scene | a:narrative | a:summary">
    <div class="{local-name()}">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates mode="inline"/>
    </div>
  </xsl:template>

  <xsl:template match="a:quotedStructure | a:embeddedStructure">
    <xsl:param name="depth" select="2"/>
    <blockquote class="{local-name()}">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
    </blockquote>
  </xsl:template>

  <xsl:template match="a:blockList">
    <xsl:param name="depth" select="2"/>
    <div class="blockList">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates select="a:listIntroduction"/>
      <ul>
	<xsl:for-each select="a:item">
	  <li>
	    <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	    <xsl:if test="a:num"><span class="num"><xsl:apply-templates select="a:num/node()" mode="inline"/></span><xsl:text> </xsl:text></xsl:if>
	    <xsl:apply-templates select="node()[not(self::a:num)]">
	      <xsl:with-param name="depth" select="$depth"/>
	    </xsl:apply-templates>
	  </li>
	</xsl:for-each>
      </ul>
      <xsl:apply-templates select="a:listWrapUp"/>
    </div>
  </xsl:template>

  <xsl:template match="a:table">
    <div class="table-wrap">
      <table class="akn-table">
	<xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
	<xsl:if test="a:caption">
	  <caption><xsl:apply-templates select="a:caption/node()" mode="inline"/></caption>
	</xsl:if>
	<tbody>
	  <xsl:for-each select="a:tr">
	    <tr>
	      <xsl:for-each select="a:th | a:td">
		<xsl:element name="{local-name()}">
		  <xsl:copy-of select="@colspan | @rowspan"/>
		  <xsl:apply-templates/>
		</xsl:element>
	      </xsl:for-each>
	    </tr>
	  </xsl:for-each>
	</tbody>
      </table>
    </div>
  </xsl:template>

  <!-- Notes in <notes> are listed at the end; an authorialNote in block position is a marker. -->
  <xsl:template match="a:notes"/>
  <xsl:template match="a:authorialNote">
    <xsl:apply-templates select="." mode="inline"/>
  </xsl:template>

  <!-- Inline elements met in block position (loose text in a container). -->
  <xsl:template match="a:ref | a:rref | a:mref | a:a | a:b | a:i | a:u | a:sup | a:sub | a:span | a:def | a:term
		       | a:ins | a:del | a:noteRef | a:date | a:img | a:br | a:eol | a:eop | a:inline | a:mod
		       | a:person | a:organization | a:role | a:location | a:quantity | a:concept | a:entity
		       | a:quotedText | a:abbr | a:affectedDocument | a:relatedDocument | a:legislature">
    <xsl:apply-templates select="." mode="inline"/>
  </xsl:template>

  <!-- Any other element: a block with its name as class. -->
  <xsl:template match="*">
    <xsl:param name="depth" select="2"/>
    <div class="{local-name()}">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates>
	<xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <!-- Foreign markup (MathML, XHTML...) is not copied: its text is. -->
  <xsl:template match="a:foreign">
    <div class="foreign"><xsl:value-of select="normalize-space(.)"/></div>
  </xsl:template>

  <!-- ===================================================================== inline content -->

  <xsl:template match="a:b" mode="inline"><b><xsl:apply-templates mode="inline"/></b></xsl:template>
  <xsl:template match="a:i" mode="inline"><i><xsl:apply-templates mode="inline"/></i></xsl:template>
  <xsl:template match="a:u" mode="inline"><u><xsl:apply-templates mode="inline"/></u></xsl:template>
  <xsl:template match="a:sup" mode="inline"><sup><xsl:apply-templates mode="inline"/></sup></xsl:template>
  <xsl:template match="a:sub" mode="inline"><sub><xsl:apply-templates mode="inline"/></sub></xsl:template>
  <xsl:template match="a:br | a:eol" mode="inline"><br/></xsl:template>
  <xsl:template match="a:eop" mode="inline"/>
  <xsl:template match="a:ins" mode="inline"><ins><xsl:apply-templates mode="inline"/></ins></xsl:template>
  <xsl:template match="a:del" mode="inline"><del><xsl:apply-templates mode="inline"/></del></xsl:template>
  <xsl:template match="a:quotedText" mode="inline">
    <q class="quotedText"><xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each><xsl:apply-templates mode="inline"/></q>
  </xsl:template>

  <!-- A ref: an internal anchor when its target is in the text, else through iri-link. -->
  <xsl:template match="a:ref | a:a" mode="inline">
    <xsl:call-template name="ref">
      <xsl:with-param name="href" select="normalize-space(@href)"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="a:rref" mode="inline">
    <xsl:call-template name="ref">
      <xsl:with-param name="href" select="normalize-space(@from)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ref">
    <xsl:param name="href"/>
    <xsl:choose>
      <xsl:when test="starts-with($href, '#')">
	<xsl:choose>
	  <xsl:when test="not(@leges-unresolved)">
	    <a class="ref ref-internal" href="{$href}"><xsl:apply-templates mode="inline"/></a>
	  </xsl:when>
	  <xsl:otherwise>
	    <span class="ref ref-unresolved" title="{$href}"><xsl:apply-templates mode="inline"/></span>
	  </xsl:otherwise>
	</xsl:choose>
      </xsl:when>
      <xsl:otherwise>
	<xsl:call-template name="iri-link">
	  <xsl:with-param name="href" select="$href"/>
	  <xsl:with-param name="content" select="node()"/>
	</xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A definition: the target of the terms that refer to it. -->
  <xsl:template match="a:def" mode="inline">
    <dfn class="def">
      <xsl:attribute name="id"><xsl:call-template name="def-id"/></xsl:attribute>
      <xsl:apply-templates mode="inline"/>
    </dfn>
  </xsl:template>
  <xsl:template name="def-id">
    <xsl:choose>
      <xsl:when test="@eId"><xsl:value-of select="@eId"/></xsl:when>
      <xsl:otherwise>def.<xsl:call-template name="id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A term: linked to its definition, by refersTo or else by its words. -->
  <xsl:template match="a:term" mode="inline">
    <xsl:variable name="d" select="(key('def', @refersTo)
	| key('deftext', normalize-space(translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))))[1]"/>
    <xsl:choose>
      <xsl:when test="$d">
	<a class="term">
	  <xsl:attribute name="href">#<xsl:for-each select="$d"><xsl:call-template name="def-id"/></xsl:for-each></xsl:attribute>
	  <xsl:apply-templates mode="inline"/>
	</a>
      </xsl:when>
      <xsl:otherwise><span class="term"><xsl:apply-templates mode="inline"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Footnote markers: noteRef to a note in <notes>, or an authorialNote in the text. -->
  <xsl:template match="a:noteRef" mode="inline">
    <xsl:variable name="t" select="key('eid', substring-after(@href, '#'))[1]"/>
    <xsl:choose>
      <xsl:when test="$t">
	<sup class="noteref"><a href="#note.{substring-after(@href, '#')}">
	  <xsl:value-of select="(@marker | $t/@marker)[1]"/>
	  <xsl:if test="not(@marker | $t/@marker)">*</xsl:if>
	</a></sup>
      </xsl:when>
      <xsl:otherwise><sup class="noteref"><xsl:value-of select="@marker"/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="a:authorialNote" mode="inline">
    <xsl:variable name="id"><xsl:call-template name="id"/></xsl:variable>
    <sup class="noteref"><a href="#{$id}" id="noteref.{$id}"><xsl:call-template name="note-marker"/></a></sup>
  </xsl:template>
  <xsl:template name="note-marker">
    <xsl:choose>
      <xsl:when test="@marker"><xsl:value-of select="@marker"/></xsl:when>
      <xsl:otherwise><xsl:number level="any" count="a:authorialNote"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:img" mode="inline">
    <span class="img" role="img" aria-label="{@alt}">[<xsl:value-of select="@alt"/>]</span>
  </xsl:template>

  <!-- Blocks inside text keep their block rendering. -->
  <xsl:template match="a:quotedStructure | a:embeddedStructure | a:table | a:blockList | a:subFlow
		       | a:blockContainer | a:foreign" mode="inline">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="*" mode="inline">
    <span class="{local-name()}">
      <xsl:for-each select="@eId"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates mode="inline"/>
    </span>
  </xsl:template>

  <!-- ===================================================================== end notes -->

  <!-- The change notes: one per passiveModifications/textualMod, named by the amending provision. -->
  <xsl:template name="change-notes">
    <xsl:variable name="mods" select="$meta/a:analysis/a:passiveModifications/a:textualMod"/>
    <xsl:if test="$mods">
      <section class="change-notes" aria-labelledby="changes-title">
	<h2 id="changes-title"><xsl:value-of select="$L/@changes"/></h2>
	<ol>
	  <xsl:for-each select="$mods">
	    <li id="chg-{position()}" value="{position()}">
	      <xsl:text>(</xsl:text><xsl:value-of select="position()"/><xsl:text>) </xsl:text>
	      <xsl:variable name="dest" select="substring-after(a:destination[1]/@href, '#')"/>
	      <xsl:if test="$dest != '' and key('eid', $dest)[not(ancestor::a:meta)]">
		<a class="ref ref-internal" href="#{$dest}">
		  <xsl:for-each select="key('eid', $dest)[1]">
		    <xsl:choose>
		      <xsl:when test="a:num"><xsl:value-of select="normalize-space(a:num)"/></xsl:when>
		      <xsl:otherwise><xsl:value-of select="$dest"/></xsl:otherwise>
		    </xsl:choose>
		  </xsl:for-each>
		</a>
		<xsl:text> </xsl:text>
	      </xsl:if>
	      <xsl:choose>
		<xsl:when test="@type = 'repeal'"><xsl:value-of select="$L/@repeal"/></xsl:when>
		<xsl:when test="@type = 'substitution'"><xsl:value-of select="$L/@substitution"/></xsl:when>
		<xsl:when test="@type = 'insertion'"><xsl:value-of select="$L/@insertion"/></xsl:when>
		<xsl:otherwise><xsl:value-of select="$L/@other"/></xsl:otherwise>
	      </xsl:choose>
	      <xsl:text> </xsl:text>
	      <xsl:variable name="src" select="a:source[1]/@href"/>
	      <xsl:variable name="srcref" select="key('eid', substring-after($src, '#'))[ancestor::a:meta][1]"/>
	      <xsl:choose>
		<xsl:when test="$srcref">
		  <xsl:call-template name="iri-link">
		    <xsl:with-param name="href" select="$srcref/@href"/>
		    <xsl:with-param name="text" select="$srcref/@showAs"/>
		  </xsl:call-template>
		</xsl:when>
		<xsl:otherwise>
		  <xsl:call-template name="iri-link"><xsl:with-param name="href" select="$src"/></xsl:call-template>
		</xsl:otherwise>
	      </xsl:choose>
	      <xsl:variable name="period" select="key('eid', substring-after(a:force/@period, '#'))"/>
	      <xsl:variable name="start" select="key('eid', substring-after($period/a:timeInterval[1]/@start, '#'))"/>
	      <xsl:if test="$start/@date">
		<xsl:text> (</xsl:text>
		<xsl:value-of select="$L/@inforce"/>
		<xsl:text> </xsl:text>
		<xsl:call-template name="date"><xsl:with-param name="d" select="$start/@date"/></xsl:call-template>
		<xsl:text>)</xsl:text>
	      </xsl:if>
	    </li>
	  </xsl:for-each>
	</ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Footnotes: the notes of <notes> and the authorialNotes of the text, in order. -->
  <xsl:template name="footnotes">
    <xsl:variable name="notes" select="$meta/a:notes/a:note"/>
    <xsl:variable name="anotes" select="$docel/descendant::a:authorialNote"/>
    <xsl:if test="$notes | $anotes">
      <section class="footnotes" aria-labelledby="notes-title">
	<h2 id="notes-title"><xsl:value-of select="$L/@notes"/></h2>
	<ol>
	  <xsl:for-each select="$notes">
	    <li id="note.{@eId}{@id}">
	      <span class="note-marker"><xsl:value-of select="@marker"/></span>
	      <xsl:text> </xsl:text>
	      <xsl:apply-templates/>
	    </li>
	  </xsl:for-each>
	  <xsl:for-each select="$anotes">
	    <xsl:variable name="id"><xsl:call-template name="id"/></xsl:variable>
	    <li id="{$id}">
	      <a class="note-marker" href="#noteref.{$id}"><xsl:call-template name="note-marker"/></a>
	      <xsl:text> </xsl:text>
	      <xsl:apply-templates/>
	    </li>
	  </xsl:for-each>
	</ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
