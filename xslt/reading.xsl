<?xml version="1.0" encoding="UTF-8"?>
<!--
  reading.xsl: the reading text. The regularised text (corrections and regularisations shown, the
  source's forms on hover), superfluous repetitions left out with a marker, gaps as "[…]" with their
  reason, names linked to the index with a popup from the register, dates as <time>, editorial notes
  as numbered footnotes linked both ways. Ids are the TEI's, so passages can be cited.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:t="urn:teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="view" as="xs:string" select="'reading'"/>

  <xsl:variable name="editorial-notes" as="element()*" select="$tei/text//note[@type = 'editorial']"/>

  <xsl:template match="/">
    <xsl:call-template name="t:page">
      <xsl:with-param name="page-title" select="$title || ' — reading text'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/" mode="t:content">
    <article class="edition">
      <xsl:call-template name="edition-header"/>
      <xsl:call-template name="contents"/>
      <xsl:call-template name="highlight-controls"/>
      <div class="text" lang="{$lang}">
        <xsl:apply-templates select="$tei/text"/>
      </div>
      <xsl:call-template name="footnotes"/>
    </article>
    <xsl:call-template name="entity-tooltips"/>
  </xsl:template>

  <!-- ============================================================ header block -->

  <xsl:template name="edition-header">
    <xsl:variable name="ms" select="($tei//sourceDesc/msDesc)[1]"/>
    <xsl:variable name="bibls" select="$tei//sourceDesc//bibl"/>
    <header class="edition-header">
      <h1>{$title}</h1>
      <xsl:if test="$subtitle">
        <p class="subtitle">{$subtitle}</p>
      </xsl:if>
      <dl class="facts">
        <xsl:variable name="authors" select="t:authors($tei/teiHeader)"/>
        <xsl:if test="exists($authors)">
          <dt>Author</dt>
          <dd class="author">{string-join($authors, '; ')}</dd>
        </xsl:if>
        <xsl:for-each select="t:written($tei/teiHeader)">
          <dt>Written</dt>
          <dd><time datetime="{t:date-key(.)}">{t:date-value(.)}</time></dd>
        </xsl:for-each>
        <xsl:if test="$tei/text/body/div">
          <dt>Documents</dt>
          <dd>
            <ol class="documents">
              <xsl:for-each select="$tei/text/body/div">
                <li><a href="{t:href('', (), t:id(.))}">{t:div-label(.)}</a></li>
              </xsl:for-each>
            </ol>
          </dd>
        </xsl:if>
        <xsl:if test="$ms">
          <dt>Source</dt>
          <dd>
            <xsl:value-of select="string-join(for $part in ('repository', 'settlement', 'country')
                                  return $ms/msIdentifier/*[local-name() = $part] ! t:plain(.), ', ')"/>
            <xsl:for-each select="$ms/msIdentifier/idno[@type = 'shelfmark']">
              <xsl:text>: </xsl:text>
              <span class="shelfmark">{t:plain(.)}</span>
            </xsl:for-each>
            <xsl:text>. </xsl:text>
            <xsl:value-of select="$ms/physDesc//p ! t:plain(.)"/>
          </dd>
        </xsl:if>
        <xsl:if test="$bibls[@type = ('firstPublication', 'collection', 'publication')]">
          <dt>Published in</dt>
          <xsl:for-each select="$bibls[@type = ('firstPublication', 'collection', 'publication')]">
            <dd class="bibl"><xsl:apply-templates mode="header"/></dd>
          </xsl:for-each>
        </xsl:if>
        <!-- the editor's translator, or those the text's credit lines name -->
        <xsl:variable name="translators" select="$tei//titleStmt/respStmt[@xml:id = 'translator'
                                                 or normalize-space(resp) = 'Translation']"/>
        <xsl:if test="$translators or $bibls[@type = 'translation']">
          <dt>Translated by</dt>
          <dd>
            <xsl:value-of select="string-join($translators ! (name, persName, orgName)[1] ! t:plain(.), '; ')"/>
            <xsl:for-each select="$bibls[@type = 'translation']/title">
              <xsl:text>: </xsl:text>
              <cite>{t:plain(.)}</cite>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <dt>How to cite</dt>
        <dd class="citation">
          <xsl:call-template name="t:citation"/>
        </dd>
      </dl>
    </header>
  </xsl:template>


  <!-- Bibliographic references of the header, punctuated: their parts are often separated by
       nothing but line breaks in the TEI. -->
  <xsl:mode name="header" on-no-match="text-only-copy"/>
  <xsl:template mode="header" match="title[@level = 'a']">“<span><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates mode="header"/></span>”</xsl:template>
  <xsl:template mode="header" match="title">
    <cite><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates mode="header"/></cite>
  </xsl:template>
  <xsl:template mode="header" match="biblScope[@unit = ('issue', 'volume')]">
    <xsl:value-of select="map {'issue': 'no. ', 'volume': 'vol. '}(@unit) || normalize-space(.)"/>
  </xsl:template>
  <xsl:template mode="header" match="bibl/text()">
    <xsl:variable name="between-parts" select="exists(preceding-sibling::*) and exists(following-sibling::*)"/>
    <xsl:variable name="text" select="replace(., '\s+', ' ')"/>
    <xsl:choose>
      <xsl:when test="not(preceding-sibling::*) and not(normalize-space())"/>
      <xsl:when test="not(following-sibling::*) and not(normalize-space())"/>
      <xsl:when test="$between-parts and not(normalize-space())">, </xsl:when>
      <xsl:when test="following-sibling::* and not(matches($text, '[,.:;(]\s*$'))">{replace($text, '\s+$', '')}, </xsl:when>
      <xsl:otherwise>{$text}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ table of contents -->

  <xsl:template name="contents">
    <nav class="toc" id="contents" aria-labelledby="toc-heading">
      <h2 id="toc-heading">Contents</h2>
      <ol>
        <!-- the front matter is the web page's title and references, not a part of the text -->
        <xsl:apply-templates select="$tei/text/(body, back)/div" mode="toc"/>
        <xsl:if test="$editorial-notes">
          <li><a href="#notes">Notes</a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template match="div" mode="toc">
    <li>
      <a href="{t:href('', (), t:id(.))}">{t:div-label(.)}</a>
      <xsl:if test="div[head]">
        <ol><xsl:apply-templates select="div[head]" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ============================================================ highlight controls -->

  <!-- Which kinds of mention are marked in the text: teikit.js reveals the box and toggles classes
       on the text (without it, names stay marked as they are, and the box is hidden). Only kinds
       the text has are offered. -->
  <xsl:template name="highlight-controls">
    <xsl:variable name="labels" select="map {'pers': 'Persons', 'place': 'Places', 'org': 'Organisations', 'date': 'Dates'}"/>
    <xsl:variable name="present" select="map {
        'pers': exists($tei/text//persName[@ref]), 'place': exists($tei/text//placeName[@ref]),
        'org': exists($tei/text//orgName[@ref]), 'date': exists($tei/text//date)}"/>
    <fieldset class="highlights" id="highlights" hidden="hidden">
      <legend>Mark in the text</legend>
      <xsl:for-each select="('pers', 'place', 'org', 'date')[$present(.)]">
        <label class="highlight-{.}">
          <input type="checkbox" name="highlight" value="{.}">
            <!-- names are marked to start with, dates (which the text has many of) on request -->
            <xsl:if test=". ne 'date'"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
          </input>
          <xsl:text> {$labels(.)}</xsl:text>
        </label>
      </xsl:for-each>
      <p class="highlight-hint">Click or tap a name to mark every mention of it.</p>
    </fieldset>
  </xsl:template>

  <!-- ============================================================ the text -->

  <!-- A division without a head gets the editor's label as its heading. -->
  <xsl:template match="div[not(head)]" mode="heading">
    <xsl:element name="h{min((count(ancestor::div) + 2, 6))}">
      <xsl:attribute name="class" select="'head supplied-head'"/>
      <xsl:value-of select="t:div-label(.)"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="*" mode="counterpart">
    <a class="counterpart" href="{t:href('diplomatic.html', (), t:id(.))}" aria-label="This passage in the diplomatic text"/>
  </xsl:template>

  <xsl:variable name="linked-names" as="xs:string*" select="('persName', 'placeName', 'orgName')"/>

  <!-- The front matter (the web page's title, the source's references) is set apart as what it is,
       not as a heading of the text, and its names are not links: they stay where the index's
       occurrences point (their ids), in the colour of their kind. -->
  <xsl:template match="front">
    <div class="front" role="note" aria-label="The web page's title and references">
      <p class="front-label">From the web page</p>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="front//div" priority="1">
    <div id="{t:id(.)}" class="div div-{(@type, 'text')[1]}">
      <xsl:apply-templates select="byline"/>
      <xsl:apply-templates select="." mode="heading"/>
      <xsl:apply-templates select="node() except (byline, head[1])"/>
    </div>
  </xsl:template>

  <xsl:template match="front//div[head]" mode="heading" priority="1">
    <p id="{t:id(head[1])}" class="head web-title">
      <xsl:apply-templates select="head[1]/node()"/>
      <xsl:apply-templates select="head[1]" mode="counterpart"/>
    </p>
  </xsl:template>

  <xsl:template match="front//div[not(head)]" mode="heading" priority="1"/>

  <xsl:template match="front//persName[@ref] | front//placeName[@ref] | front//orgName[@ref]" priority="1">
    <span class="ent ent-{substring-before(local-name(), 'Name')}" id="{t:mention-id(.)}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- The register entry of each @ref the text's names have, looked up once per value rather than
       once per name (a name's entry is then one map lookup; t:entry for a name the map lacks). -->
  <xsl:variable name="entries-by-ref" as="map(xs:string, element())" select="map:merge(
      for $ref in distinct-values($tei/text//(persName | placeName | orgName)/@ref ! string(.))
      return key('entry', substring-after(tokenize($ref)[1], '#'), $tei/root())[1] ! map {$ref: .})"/>

  <!-- A name linked to its register entry, with a popup (see entity-tooltips). -->
  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref]">
    <xsl:variable name="entry" select="($entries-by-ref(@ref), t:entry(.))[1]"/>
    <!-- "ent ent-pers", "ent ent-place uncertain": one concatenation, as this runs for every name -->
    <xsl:variable name="class" select="'ent ent-' || substring-before(local-name(), 'Name')
                                       || (if (@cert = 'low') then ' uncertain' else '')"/>
    <xsl:choose>
      <xsl:when test="$entry and not(ancestor::*[@ref][local-name() = $linked-names])">
        <a class="{$class}" id="{t:mention-id(.)}" href="{t:href('index.html', (), $entry/@xml:id)}"
           aria-describedby="tip-{$entry/@xml:id}">
          <xsl:apply-templates>
            <xsl:with-param name="in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </a>
        <!-- A note on words of the name: its mark follows the link (HTML has no link in a link). -->
        <xsl:apply-templates select=".//note[@type = 'editorial']"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}" id="{t:mention-id(.)}"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="entity-tooltips">
    <div class="tooltips">
      <!-- One per id the names point to (as t:entry reads @ref), in the order of their first mention
           (distinct-values keeps it), the entry looked up once per id; ids with no entry make no
           tooltip. The distinct @refs first, as strings: most entries are named several times. -->
      <xsl:for-each select="distinct-values(distinct-values($tei/text/descendant::*[self::persName or self::placeName
                            or self::orgName]/@ref ! string(.)) ! substring-after(tokenize(.)[1], '#'))">
        <xsl:variable name="entry" select="key('entry', ., $tei/root())[1]"/>
        <xsl:if test="$entry">
          <div role="tooltip" class="tooltip entity-tip" id="tip-{.}" hidden="hidden"
               data-kind="{map {'person': 'pers', 'place': 'place', 'org': 'org'}(local-name($entry))}">
            <strong>{t:standard-name($entry)}</strong>
            <xsl:variable name="identification" select="t:identification($entry)"/>
            <xsl:if test="$identification">
              <xsl:text> </xsl:text>
              <span>{$identification}</span>
            </xsl:if>
          </div>
        </xsl:if>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="date">
    <xsl:variable name="key" select="t:date-key(.)"/>
    <xsl:variable name="note" select="string-join((
        t:date-value(.),
        'approximate'[t:approximate(current())],
        'year inferred'[current()/@evidence = 'conjecture']), '; ')"/>
    <xsl:choose>
      <xsl:when test="matches($key, '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <time id="{t:mention-id(.)}" datetime="{$key}" title="{$note}"
              class="date{' approx'[t:approximate(current())]}">
          <xsl:apply-templates/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span id="{t:mention-id(.)}" class="date date-{(@type, 'unknown')[1]}"
              title="{if (@type = 'impossible') then 'No such calendar date' else 'Date without a calendar value'}">
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Corrections and regularisations shown; the source's form on hover and focus. -->
  <xsl:template match="choice">
    <xsl:variable name="source" select="normalize-space(string-join((sic | orig)//text()))"/>
    <span class="{if (corr) then 'corr' else 'reg'}" id="{t:id(.)}"
          data-tip="The source has: “{$source}”" title="The source has: “{$source}”">
      <xsl:if test="not(ancestor::*[@ref][local-name() = $linked-names])">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <xsl:apply-templates select="(corr | reg)/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="gap">
    <xsl:variable name="reason" select="
      if (@reason = 'omitted') then (if (@resp = '#publisher') then 'Passage omitted by the publisher' else 'Passage omitted')
      else if (@reason = 'incomplete') then 'The sentence breaks off in the translation'
      else if (@reason = 'illegible') then 'Illegible in the source'
      else 'Gap in the text'"/>
    <span class="gap" data-tip="{$reason}" title="{$reason}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="not(ancestor::*[@ref][local-name() = $linked-names])">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <xsl:text>[…]</xsl:text>
      <span class="visually-hidden"> ({$reason})</span>
    </span>
  </xsl:template>

  <!-- The source's own "..." beside a gap is what the gap stands for: shown once, as "[…]". The text
       nodes beside gaps are found once, from the gaps, rather than by a pattern that looks at the
       siblings of every text node of the edition. -->
  <xsl:variable name="before-gap" as="text()*" select="$tei//gap/preceding-sibling::node()[1][self::text()]"/>
  <xsl:variable name="after-gap" as="text()*" select="$tei//gap/following-sibling::node()[1][self::text()]"/>

  <xsl:template match="$before-gap">
    <xsl:value-of select="replace(., '\s*(\.\s?\.\s?\.|…)\s*$', ' ')"/>
  </xsl:template>
  <xsl:template match="$after-gap">
    <xsl:value-of select="replace(., '^\s*(\.\s?\.\s?\.|…)', '')"/>
  </xsl:template>

  <!-- A repetition of the translation is left out; a marker says so. -->
  <xsl:template match="surplus">
    <xsl:variable name="words" select="tokenize(normalize-space(string-join(.//text())))"/>
    <xsl:variable name="tip" select="'A repeated passage of the translation is left out here (see the diplomatic text): “'
      || string-join(subsequence($words, 1, 12), ' ') || ('…'[count($words) gt 12]) || '”'"/>
    <span class="surplus-omitted" data-tip="{$tip}" title="{$tip}" role="img" aria-label="{$tip}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="not(ancestor::*[@ref][local-name() = $linked-names])">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <xsl:text>⟨…⟩</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="supplied">
    <span class="supplied" title="Supplied by the editor">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:text>[</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <!-- ============================================================ footnotes -->

  <!-- Notes are numbered once, by their place in $editorial-notes (document order): searching the
       preceding axis for every mark, footnote and back link costs a walk over the document each.
       A note's number counts the notes before it, not those it sits in. -->
  <xsl:variable name="note-numbers" as="map(xs:string, xs:integer)" select="map:merge(
      for $i in 1 to count($editorial-notes)
      return map {generate-id($editorial-notes[$i]):
                  $i - count($editorial-notes[$i]/ancestor::note[@type = 'editorial'])})"/>

  <xsl:function name="t:note-number" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note-numbers(generate-id($note))"/>
  </xsl:function>

  <xsl:template match="note[@type = 'editorial']">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="not($in-link)">
      <xsl:call-template name="note-mark"/>
    </xsl:if>
  </xsl:template>

  <!-- The mark of a note; between blocks it makes a paragraph of its own. The mark is written in
       either branch by note-ref: held in a variable, it would be a temporary tree for every note. -->
  <xsl:template name="note-mark">
    <xsl:choose>
      <xsl:when test="parent::*[self::div or self::opener or self::closer or self::body or self::front or self::back]">
        <p class="block-noteref">
          <xsl:call-template name="note-ref"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="note-ref"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="note-ref">
    <xsl:variable name="n" select="t:note-number(.)"/>
    <sup class="noteref">
      <a id="fnref-{t:id(.)}" href="{t:href('', (), t:id(.))}" role="doc-noteref" aria-label="Note {$n}">{$n}</a>
    </sup>
  </xsl:template>

  <xsl:template name="footnotes">
    <xsl:if test="$editorial-notes">
      <section class="footnotes" id="notes" role="doc-endnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$editorial-notes">
            <li id="{t:id(.)}" value="{t:note-number(.)}">
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <a class="backref" href="{t:href('', (), 'fnref-' || t:id(.))}" role="doc-backlink"
                 aria-label="Back to note {t:note-number(.)} in the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note[@type = 'editorial']/p">
    <span class="note-para"><xsl:apply-templates/></span>
  </xsl:template>

</xsl:stylesheet>
