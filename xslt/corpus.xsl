<?xml version="1.0" encoding="UTF-8"?>
<!--
  corpus.xsl: the corpus's index pages, site/corpus/{persons,places,organisations,chronology}.html,
  entry-ID.html, a page per entry, and chronology-YEAR.html, a page per year. Input (teikit.corpus_build.corpus_document): a
  teiCorpus whose standOff holds the corpus register, one entry per entity, each with a ptr
  type="member" per edition that has it (@n the edition, @target its id there) and how many
  editions mention it how often (@c:editions, @c:times), followed by the editions' extracts
  (corpus-extract.xsl) or, for the chronology, its years (c:year @n @dates), never the editions' TEI; each page gets only the part it shows
  (teikit.corpus_build.page_documents): at 10,000 editions a page that
  listed every passage would be too large to open. The parameter $edition names the page to write.
  The pages of a kind list its entries, each saying in how many editions and how often it is
  mentioned; the entry's own page lists those editions, each with its count, linking to the entry in
  that edition's own index (which lists the passages) and to its first mention in the reading text.
  The anchors an edition's index links to, on the page of its kind, are the entry's id and the id
  each edition gives it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:teikit:xslt"
    xmlns:c="urn:teikit:corpus"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="view" as="xs:string" select="'corpus'"/>

  <xsl:variable name="pages" as="map(*)*" select="(
    map {'id': 'persons', 'title': 'Persons', 'entries': /teiCorpus/standOff//person},
    map {'id': 'places', 'title': 'Places', 'entries': /teiCorpus/standOff//place},
    map {'id': 'organisations', 'title': 'Organisations', 'entries': /teiCorpus/standOff//org},
    map {'id': 'chronology', 'title': 'Chronology', 'entries': ()})"/>
  <!-- chronology-YEAR: the year's dates; chronology: the years; entry-ID: the entry's editions; each
       with ~N after it for its Nth page, when they take more than one (c:pages) -->
  <xsl:variable name="year" as="xs:string?"
                select="substring-before(substring-after($edition, 'chronology-') || '~', '~')[.]"/>
  <xsl:variable name="entry-page" as="element()?"
                select="key('entry', substring-before(substring-after($edition, 'entry-') || '~', '~')
                                     [starts-with($edition, 'entry-')])[1]"/>
  <xsl:variable name="page" as="map(*)"
                select="($pages[if ($year) then ?id = 'chronology' else if ($entry-page) then ?entries = $entry-page
                         else ?id = $edition], $pages[1])[1]"/>
  <xsl:variable name="heading" as="xs:string"
                select="($entry-page ! t:standard-name(.), string-join(($page?title, $year), ': '))[1]"/>
  <xsl:variable name="dated" as="element(c:date)*" select="/teiCorpus/c:extract/c:date"/>

  <!-- An edition of the corpus by its name: a title is looked up for every date of the chronology,
       and scanning every edition for it made the page quadratic in the number of editions. -->
  <xsl:key name="edition" match="c:extract" use="@n"/>
  <!-- how often an edition mentions one of its ids, and where first: "edition id" -->
  <xsl:key name="edition-mentions" match="c:mentions" use="../@n || ' ' || @ref"/>

  <xsl:template match="/">
    <xsl:call-template name="t:page">
      <xsl:with-param name="page-title" select="$heading || ' in all editions'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/" mode="t:content">
    <header class="edition-header index-header">
      <h1>{$heading} in all editions</h1>
      <nav class="index-sections" aria-label="The corpus index">
        <ul>
          <xsl:for-each select="$pages">
            <li>
              <a href="{?id}.html">
                <xsl:if test="?id = $page?id">
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:text>{?title}</xsl:text>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
      <div class="filter" role="search" hidden="hidden">
        <label for="index-filter">Filter the index</label>
        <input type="search" id="index-filter" autocomplete="off" spellcheck="false"
               placeholder="a name, a place, a year…" aria-describedby="index-filter-status"/>
        <p id="index-filter-status" class="filter-status" aria-live="polite"/>
      </div>
    </header>
    <section class="register" id="{$page?id}" aria-labelledby="{$page?id}-heading">
      <h2 id="{$page?id}-heading">{($year, $page?title)[1]}</h2>
      <xsl:choose>
        <xsl:when test="$year">
          <xsl:call-template name="year"/>
        </xsl:when>
        <xsl:when test="$entry-page">
          <ul class="entries">
            <xsl:apply-templates select="$entry-page">
              <xsl:with-param name="editions-listed" select="true()"/>
            </xsl:apply-templates>
          </ul>
        </xsl:when>
        <xsl:when test="$page?id = 'chronology'">
          <xsl:call-template name="years"/>
        </xsl:when>
        <xsl:when test="empty($page?entries)">
          <p class="empty">None recorded.</p>
        </xsl:when>
        <xsl:otherwise>
          <ul class="entries">
            <xsl:apply-templates select="$page?entries">
              <xsl:sort select="t:standard-name(.)" collation="{$collation}"/>
              <xsl:sort select="@xml:id"/>
            </xsl:apply-templates>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- An entry; on its own page ($editions-listed), with every edition that mentions it. -->
  <xsl:template match="person | place | org">
    <xsl:param name="editions-listed" as="xs:boolean" select="false()"/>
    <xsl:variable name="entry" select="."/>
    <xsl:variable name="name" select="t:standard-name(.)"/>
    <xsl:variable name="members" select="ptr[@type = 'member']"/>
    <xsl:variable name="variants" select="distinct-values((persName | placeName | orgName)[@type = 'variant']
                                          ! normalize-space(.))[. ne $name]"/>
    <li class="entry" id="{@xml:id}" data-filter="{string-join(($name, $variants, note ! normalize-space(.)), ' ')}">
      <!-- the ids editions give this entry, where they differ from it: their indexes link to them -->
      <xsl:for-each select="distinct-values($members/@target)[. ne $entry/@xml:id]
                            [empty($page?entries[@xml:id = current()])][not($editions-listed)]">
        <span id="{.}"/>
      </xsl:for-each>
      <h3 class="entry-name">
        <xsl:value-of select="$name"/>
        <xsl:for-each select="t:life(.)">
          <xsl:text> </xsl:text>
          <span class="life">({.})</span>
        </xsl:for-each>
      </h3>
      <xsl:if test="exists($variants)">
        <p class="variants"><span class="label">Also: </span>{string-join($variants, ', ')}</p>
      </xsl:if>
      <xsl:for-each select="note">
        <p class="identification"><xsl:apply-templates select="node()" mode="plain"/></p>
      </xsl:for-each>
      <xsl:variable name="authorities" select="idno[exists(t:authority-url(.))]"/>
      <xsl:if test="$authorities">
        <p class="authority">
          <xsl:for-each select="$authorities">
            <a href="{t:authority-url(.)}" rel="external">{t:authority-label(.)}</a>
            <xsl:if test="position() ne last()"> · </xsl:if>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test="@cert = ('low', 'medium')">
        <p class="cert">Merged from the editions' entries with {@cert} certainty.</p>
      </xsl:if>
      <xsl:variable name="editions" select="xs:integer(@c:editions)"/>
      <xsl:variable name="times" select="xs:integer(@c:times)"/>
      <p class="mentions">
        <xsl:text>Mentioned in {$editions} {if ($editions eq 1) then 'edition' else 'editions'}, {$times} {if ($times eq 1) then 'time' else 'times'}</xsl:text>
        <xsl:if test="not($editions-listed)">
          <xsl:text>: </xsl:text>
          <a class="entry-editions" href="{t:href('', 'entry-' || @xml:id || '.html', ())}">{if ($editions eq 1) then 'the edition' else 'the editions'}</a>
        </xsl:if>
      </p>
      <xsl:if test="$editions-listed">
        <ul class="editions-mentioning">
          <xsl:for-each-group select="$members" group-by="@n">
            <xsl:sort select="current-grouping-key()"/>
            <xsl:variable name="edition" select="current-grouping-key()"/>
            <xsl:variable name="here" select="current-group() ! key('edition-mentions', @n || ' ' || @target)"/>
            <li class="edition-mentions">
              <a class="edition-title" href="{t:href('../', ($edition, 'index.html'), string(current-group()[1]/@target))}">{t:edition-title($edition)}</a>
              <xsl:text> ({sum($here/@count)})</xsl:text>
              <xsl:for-each select="$here[1]">
                <xsl:text>, first: </xsl:text>
                <a class="first-mention" href="{t:href('../', ($edition, 'reading.html'), @target)}">
                  <span class="where">{@where}</span>
                  <xsl:text> </xsl:text>
                  <mark>{@text}</mark>
                </a>
              </xsl:for-each>
            </li>
          </xsl:for-each-group>
        </ul>
        <xsl:apply-templates select="/teiCorpus/c:pages">
          <xsl:with-param name="what" select="'the editions that mention ' || $name"/>
        </xsl:apply-templates>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The pages of an entry whose editions, or of a year whose dates, take more than one (@first the
       first page's name, the others' with ~N): a link to each, the one shown marked. -->
  <xsl:template match="c:pages">
    <xsl:param name="what" as="xs:string"/>
    <xsl:variable name="shown" as="xs:integer" select="xs:integer(@n)"/>
    <xsl:variable name="first" as="xs:string" select="@first"/>
    <nav class="pages" aria-label="Pages of {$what}">
      <p>Page {$shown} of {@of}:</p>
      <ul>
        <xsl:for-each select="1 to xs:integer(@of)">
          <li>
            <a href="{t:href('', $first || (if (. gt 1) then '~' || . else '') || '.html', ())}">
              <xsl:if test=". eq $shown">
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:text>{.}</xsl:text>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <xsl:function name="t:edition-title" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="(key('edition', $name, root($tei))/@title[.] ! string(.), $name)[1]"/>
  </xsl:function>

  <!-- The years of the chronology, each with how many dates it has, linking to its page: the input
       gives them (c:year, in order, with @dates), so that the page does not hold every date. -->
  <xsl:template name="years">
    <xsl:choose>
      <xsl:when test="empty(/teiCorpus/c:year)">
        <p class="empty">None recorded.</p>
      </xsl:when>
      <xsl:otherwise>
        <ul class="entries years">
          <xsl:for-each select="/teiCorpus/c:year">
            <li class="entry year">
              <a href="chronology-{@n}.html">{@n}</a>
              <xsl:text> ({@dates} {if (xs:integer(@dates) eq 1) then 'date' else 'dates'})</xsl:text>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every dated date of the year in every edition, in time order, each linking to its passage. -->
  <xsl:template name="year">
    <ol class="entries events">
      <xsl:for-each select="$dated[starts-with(@key, $year)]">
        <xsl:sort select="string(@key)"/>
        <xsl:sort select="string(../@n)"/>
        <xsl:variable name="edition" select="string(../@n)"/>
        <li class="entry event" data-filter="{string-join((@value, string(.), t:edition-title($edition)), ' ')}">
          <span class="when"><time datetime="{@key}">{@value}</time></span>
          <xsl:text> </xsl:text>
          <a href="{t:href('../', ($edition, 'reading.html'), @target)}">
            <span class="where">{t:edition-title($edition)}, {@where}</span>
            <xsl:text> </xsl:text>
            <mark>{string(.)}</mark>
          </a>
        </li>
      </xsl:for-each>
    </ol>
    <xsl:apply-templates select="/teiCorpus/c:pages">
      <xsl:with-param name="what" select="'the dates of ' || $year"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template name="t:footer">
    <p>The corpus index of every edition of this site, made by teikit from the editions' canonical
      TEI files and their registers merged into one.</p>
  </xsl:template>

</xsl:stylesheet>
