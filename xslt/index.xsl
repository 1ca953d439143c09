<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl: the registers (persons, places, organisations) and the chronology. Each entry: standard
  name, variants, identification, authority links, number of mentions and every occurrence as a link
  into the reading text with a snippet of context. Alphabetical by the Unicode collation (diacritics
  sort with their base letters); a filter box (teikit.js) narrows the entries as one types.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="view" as="xs:string" select="'index'"/>

  <xsl:variable name="registers" as="map(*)*" select="(
    map {'id': 'persons', 'title': 'Persons', 'entries': $tei/standOff//person},
    map {'id': 'places', 'title': 'Places', 'entries': $tei/standOff//place},
    map {'id': 'organisations', 'title': 'Organisations', 'entries': $tei/standOff//org})"/>

  <xsl:variable name="dated" as="element()*" select="$tei/text//date[exists(t:date-key(.))]"/>

  <xsl:template match="/">
    <xsl:call-template name="t:page">
      <xsl:with-param name="page-title" select="$title || ' — index'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/" mode="t:content">
    <header class="edition-header index-header">
      <h1>Index</h1>
      <p class="about">People, places and organisations named in the documents, each with every
            place it is mentioned, and a chronology of the dates the documents give.</p>
      <nav class="index-sections" aria-label="Sections of the index">
        <ul>
          <xsl:for-each select="$registers">
            <li><a href="#{?id}">{?title} <span class="count">({count(?entries)})</span></a></li>
          </xsl:for-each>
          <li><a href="#chronology">Chronology <span class="count">({count($dated)})</span></a></li>
        </ul>
      </nav>
      <div class="filter" role="search" hidden="hidden">
        <label for="index-filter">Filter the index</label>
        <input type="search" id="index-filter" autocomplete="off" spellcheck="false"
               placeholder="a name, a place, a year…" aria-describedby="index-filter-status"/>
        <p id="index-filter-status" class="filter-status" aria-live="polite"/>
      </div>
    </header>
    <xsl:for-each select="$registers">
      <xsl:call-template name="register">
        <xsl:with-param name="register" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="chronology"/>
  </xsl:template>

  <!-- ============================================================ registers -->

  <xsl:template name="register">
    <xsl:param name="register" as="map(*)"/>
    <section class="register" id="{$register?id}" aria-labelledby="{$register?id}-heading">
      <h2 id="{$register?id}-heading">{$register?title}</h2>
      <xsl:if test="$register?id = 'places'">
        <xsl:call-template name="map"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="empty($register?entries)">
          <p class="empty">None recorded.</p>
        </xsl:when>
        <xsl:otherwise>
          <ul class="entries">
            <xsl:apply-templates select="$register?entries">
              <xsl:sort select="t:sort-name(.)" collation="{$collation}"/>
              <xsl:sort select="@xml:id"/>
            </xsl:apply-templates>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ============================================================ map -->

  <!-- A place's coordinates from the register (location/geo, TEI's default "latitude longitude",
       decimal degrees, a comma allowed between them): (latitude, longitude), or nothing. -->
  <xsl:function name="t:coordinates" as="xs:double*">
    <xsl:param name="place" as="element()"/>
    <xsl:variable name="parts" select="tokenize(normalize-space(replace(string(($place/location/geo)[1]), ',', ' ')))"/>
    <xsl:sequence select="if (count($parts) eq 2 and (every $part in $parts satisfies $part castable as xs:double))
                          then (let $lat := xs:double($parts[1]), $long := xs:double($parts[2])
                                return ($lat, $long)[abs($lat) le 90 and abs($long) le 180])
                          else ()"/>
  </xsl:function>

  <!-- The places with coordinates on a plain map (equirectangular, fitted to them, with a grid every
       10 degrees): each a link to its entry below. Drawn with HTML and CSS alone, so it works
       offline with no tiles; none when no place has coordinates. -->
  <xsl:template name="map">
    <xsl:variable name="located" select="$tei/standOff//place[count(t:coordinates(.)) eq 2]"/>
    <xsl:if test="$located">
      <xsl:variable name="lats" select="$located ! t:coordinates(.)[1]"/>
      <xsl:variable name="longs" select="$located ! t:coordinates(.)[2]"/>
      <!-- the frame: the places' extent and 5 degrees around it, at least 20 degrees each way -->
      <xsl:variable name="lat-margin" select="5 + max((0, 20 - (max($lats) - min($lats)))) div 2"/>
      <xsl:variable name="long-margin" select="5 + max((0, 20 - (max($longs) - min($longs)))) div 2"/>
      <xsl:variable name="south" select="max((-90, min($lats) - $lat-margin))"/>
      <xsl:variable name="north" select="min((90, max($lats) + $lat-margin))"/>
      <xsl:variable name="west" select="max((-180, min($longs) - $long-margin))"/>
      <xsl:variable name="east" select="min((180, max($longs) + $long-margin))"/>
      <figure class="map" aria-labelledby="map-caption"
              style="--lat-span: {$north - $south}; --long-span: {$east - $west}; --grid-x: {1000 div ($east - $west)}%; --grid-y: {1000 div ($north - $south)}%">
        <figcaption id="map-caption">{count($located)} of {count($tei/standOff//place)} places with coordinates,
          between {t:degrees($south, 'N', 'S')} and {t:degrees($north, 'N', 'S')}, {t:degrees($west, 'E', 'W')} and
          {t:degrees($east, 'E', 'W')}: pick one for its entry.</figcaption>
        <ul class="map-area">
          <xsl:for-each select="$located">
            <xsl:sort select="t:coordinates(.)[1]"/>
            <xsl:variable name="at" select="t:coordinates(.)"/>
            <xsl:variable name="x" select="round(($at[2] - $west) div ($east - $west) * 1000) div 10"/>
            <!-- a name in the eastern part of the map stands left of its marker, inside the frame -->
            <li style="left: {$x}%; top: {round(($north - $at[1]) div ($north - $south) * 1000) div 10}%"
                class="{if ($x gt 60) then 'label-west' else 'label-east'}">
              <a class="marker" href="{t:href('', (), @xml:id)}" title="{t:standard-name(.)}">
                <span class="marker-name">{t:standard-name(.)}</span>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </figure>
    </xsl:if>
  </xsl:template>

  <xsl:function name="t:degrees" as="xs:string">
    <xsl:param name="value" as="xs:double"/>
    <xsl:param name="positive" as="xs:string"/>
    <xsl:param name="negative" as="xs:string"/>
    <xsl:sequence select="format-number(abs($value), '0') || '° ' || (if ($value ge 0) then $positive else $negative)"/>
  </xsl:function>

  <!-- Persons file under their surname, as in any scholarly index: the structured surname, a name
       already written "Surname, Forename", or the last word of a drafted "Forename Surname". -->
  <xsl:function name="t:sort-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="t:standard-name($entry)"/>
    <xsl:variable name="structured" select="$entry/persName[@type = 'standard'][surname][1]"/>
    <xsl:sequence select="
      if (not($entry/self::person) or contains($name, ',')) then $name
      else if ($structured) then string-join(($structured/surname, $structured/forename) ! normalize-space(.), ', ')
      else replace($name, '^(.*\S)\s+(\S+)$', '$2, $1')"/>
  </xsl:function>

  <xsl:template match="person | place | org">
    <xsl:variable name="name" select="t:standard-name(.)"/>
    <xsl:variable name="mentions" select="key('mentions', @xml:id)"/>
    <xsl:variable name="variants" select="distinct-values((persName | placeName | orgName)[@type = 'variant']
                                          ! normalize-space(.))[. ne $name]"/>
    <li class="entry" id="{@xml:id}"
        data-filter="{string-join(($name, $variants, placeName[@type = 'modern'] ! normalize-space(.),
                                   note ! normalize-space(.)), ' ')}">
      <h3 class="entry-name">
        <xsl:value-of select="$name"/>
        <xsl:for-each select="t:life(.)">
          <xsl:text> </xsl:text>
          <span class="life">({.})</span>
        </xsl:for-each>
      </h3>
      <xsl:if test="exists($variants)">
        <p class="variants">
          <span class="label">In the text also: </span>
          <xsl:for-each select="$variants">
            <span class="variant">{.}</span>
            <xsl:if test="position() ne last()">, </xsl:if>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:for-each select="placeName[@type = 'modern'][normalize-space() ne $name][1]">
        <p class="modern"><span class="label">Today: </span>{normalize-space(.)}</p>
      </xsl:for-each>
      <xsl:for-each select="note">
        <p class="identification"><xsl:apply-templates select="node()" mode="plain"/></p>
      </xsl:for-each>
      <xsl:for-each select="location/geo[normalize-space()]">
        <p class="geo"><span class="label">Coordinates: </span>{normalize-space(.)}</p>
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
      <xsl:if test="$corpus">
        <p class="corpus-link">
          <a href="{t:href($corpus, map {'person': 'persons', 'place': 'places', 'org': 'organisations'}(local-name()) || '.html', @xml:id)}">In all editions</a>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="empty($mentions)">
          <p class="mentions none">Not mentioned in the text.</p>
        </xsl:when>
        <xsl:otherwise>
          <details class="occurrences">
            <summary>{count($mentions)} {if (count($mentions) eq 1) then 'mention' else 'mentions'}</summary>
            <ol>
              <xsl:for-each select="$mentions">
                <li><xsl:call-template name="occurrence"/></li>
              </xsl:for-each>
            </ol>
          </details>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- One occurrence: where it is, and the words around it, linking into the reading text. -->
  <xsl:template name="occurrence">
    <xsl:variable name="context" select="t:context(.)"/>
    <a href="{t:href('reading.html', (), t:reading-target(.))}">
      <span class="where">{t:where(.)}</span>
      <xsl:text> </xsl:text>
      <span class="snippet">
        <xsl:text>{$context[1]}</xsl:text>
        <!-- a mention that holds text alone (most) is that text: t:plain's answer, without the call -->
        <mark>{if (empty(*)) then normalize-space() else (t:plain(.)[.],
               normalize-space(string-join(.//text()[not(ancestor::note[@type = 'editorial'])])))[1]}</mark>
        <xsl:text>{$context[2]}</xsl:text>
      </span>
      <!-- on paper, the number of the paragraph (printed beside it in the text) -->
      <xsl:for-each select="t:paragraph-number(.)">
        <span class="locator"> ¶ {.}</span>
      </xsl:for-each>
    </a>
  </xsl:template>

  <!-- A few words of the block before and after a mention, as the reading text gives them: the
       two strings (before, after). teikit.render computes them once per document (teikit.mentions)
       and hands them over as @t:before and @t:after; a stylesheet run on a TEI file
       alone computes them here. -->
  <xsl:function name="t:context" as="xs:string+">
    <xsl:param name="e" as="element()"/>
    <xsl:choose>
      <xsl:when test="$e/@t:before">
        <xsl:sequence select="string($e/@t:before), string($e/@t:after)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="block" select="($e/ancestor::*[t:is-block(.)][1], $e/..)[1]"/>
        <xsl:variable name="texts" select="t:visible-text($block, $e)"/>
        <!-- the last node inside the mention: the text after it is what follows the mention -->
        <xsl:variable name="end" select="($e/descendant-or-self::node())[last()]"/>
        <xsl:sequence select="t:last-words($texts[. &lt;&lt; $e]), t:first-words($texts[. >> $end])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The last 8 words of text nodes, after "…" if they hold more, and a space if they end with one
       (the text between them and the mention: "Rudin's", "Moscow,"). Joining and splitting a whole
       block for each of its mentions is slow, so only the last 80 characters of the last node (if it is
       longer) or of the last 6 are split first: when they hold 10 words or more, all but the first
       (which they may cut short) are words of the whole; when the 6 are all and no longer, all. -->
  <xsl:function name="t:last-words" as="xs:string">
    <xsl:param name="texts" as="text()*"/>
    <xsl:variable name="n" select="count($texts)"/>
    <xsl:variable name="last" select="string($texts[$n])"/>
    <xsl:variable name="near" select="if (string-length($last) gt 80) then $last
                                      else t:joined(subsequence($texts, $n - 5))"/>
    <xsl:variable name="tail" select="tokenize(substring($near, string-length($near) - 79))"/>
    <xsl:variable name="words" select="if (count($tail) ge 10 or ($n le 6 and string-length($near) le 80)) then $tail
                                       else tokenize(t:joined($texts))"/>
    <xsl:variable name="count" select="count($words)"/>
    <xsl:sequence select="(if ($count gt 8) then '…' else '') || string-join($words[position() ge $count - 7], ' ')
                          || (if (substring($last, string-length($last)) = $t:space
                                  or $texts[$n]/following-sibling::node()[1][self::lb]) then ' ' else '')"/>
  </xsl:function>

  <!-- The first 8 words of text nodes, before "…" if they hold more, after a space if they start with
       one (as t:last-words). -->
  <xsl:function name="t:first-words" as="xs:string">
    <xsl:param name="texts" as="text()*"/>
    <xsl:variable name="first" select="t:joined($texts[1])"/>
    <xsl:variable name="near" select="if (string-length($first) gt 80) then $first
                                      else t:joined(subsequence($texts, 1, 6))"/>
    <xsl:variable name="head" select="tokenize(substring($near, 1, 80))"/>
    <xsl:variable name="words" select="if (count($head) ge 10 or (count($texts) le 6 and string-length($near) le 80)) then $head
                                       else tokenize(t:joined($texts))"/>
    <xsl:sequence select="(if (substring($first, 1, 1) = $t:space) then ' ' else '') || string-join($words[position() le 8], ' ')
                          || (if (count($words) gt 8) then '…' else '')"/>
  </xsl:function>

  <!-- Text nodes as one string, as the reading text shows them: a line break (lb) between two of
       them is a space ("Moscow.<lb/>During" reads "Moscow. During"). -->
  <xsl:function name="t:joined" as="xs:string">
    <xsl:param name="texts" as="text()*"/>
    <xsl:sequence select="string-join(for $text in $texts
                          return (if ($text/preceding-sibling::node()[1][self::lb]) then ' ' else '') || $text)"/>
  </xsl:function>

  <!-- the characters \s matches: comparing with them is cheaper than matches(…, '^\s$') -->
  <xsl:variable name="t:space" as="xs:string+" select="(' ', '&#9;', '&#10;', '&#13;')"/>

  <!-- The text nodes of a block that the reading text shows around a mention: all but those in sic,
       orig, surplus or editorial notes inside the block, unless the mention itself is in one (then
       its text counts: the snippet shows the words the mention stands among). Set operations on
       the block: testing every text node's ancestors, for each mention, was most of this view's time. -->
  <xsl:function name="t:visible-text" as="text()*">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="hidden" select="$block/descendant::*[self::sic or self::orig or self::surplus
                                        or self::note[@type = 'editorial']]"/>
    <xsl:sequence select="if (empty($hidden)) then $block//text()
                          else $block//text() except ($hidden except $e/ancestor::*)//text()"/>
  </xsl:function>

  <!-- ============================================================ chronology -->

  <xsl:template name="chronology">
    <section class="register chronology" id="chronology" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">Chronology</h2>
      <xsl:choose>
        <xsl:when test="empty($dated)">
          <p class="empty">No dates with a calendar value are marked in the text.</p>
        </xsl:when>
        <xsl:otherwise>
          <p class="legend">Dates as the documents give them, in time order. <abbr title="approximate">c.</abbr> marks
            an approximate date or a range; <em>inferred</em>, a year the editor worked out from the context.</p>
          <xsl:call-template name="timeline"/>
          <xsl:for-each-group select="$dated" group-by="substring(t:date-key(.), 1, 4)">
            <xsl:sort select="current-grouping-key()"/>
            <h3 class="year">{current-grouping-key()}</h3>
            <ol class="entries events">
              <xsl:variable name="in-order" as="element()*">
                <xsl:perform-sort select="current-group()">
                  <xsl:sort select="t:date-key(.)"/>
                  <xsl:sort select="(@notAfter, @to, @when)[1]"/>
                </xsl:perform-sort>
              </xsl:variable>
              <!-- in time order, a month's dates are adjacent: the first of each is the timeline's target -->
              <xsl:for-each-group select="$in-order" group-adjacent="(t:month(.), '')[1]">
                <xsl:for-each select="current-group()">
                  <xsl:call-template name="event">
                    <xsl:with-param name="first-of-month" select="position() eq 1"/>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:for-each-group>
            </ol>
          </xsl:for-each-group>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- A calendar of the chronology: a row per year, a cell per month, whose bar is as tall as the
       month has dates; a month with dates links to its first one (and teikit.js marks them all). -->
  <xsl:template name="timeline">
    <xsl:variable name="months" select="$dated ! t:month(.)"/>
    <xsl:variable name="busiest" select="max(for $m in distinct-values($months) return count($months[. = $m]))"/>
    <nav class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading" class="visually-hidden">Timeline: dates by month</h3>
      <table>
        <caption>Dates by month: pick one to see them</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <xsl:for-each select="$month-names">
              <th scope="col"><abbr title="{.}">{substring(., 1, 3)}</abbr></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="sort(distinct-values($months ! substring(., 1, 4)))">
            <xsl:variable name="year" select="."/>
            <tr>
              <th scope="row">{$year}</th>
              <xsl:for-each select="1 to 12">
                <xsl:variable name="month" select="$year || '-' || format-number(., '00')"/>
                <xsl:variable name="count" select="count($months[. = $month])"/>
                <td>
                  <xsl:if test="$count gt 0">
                    <a class="month" href="#month-{$month}" style="--share: {round($count div $busiest, 2)}"
                       title="{$month-names[current()]} {$year}: {$count} {if ($count eq 1) then 'date' else 'dates'}">
                      <span class="visually-hidden">{$month-names[current()]} {$year}: </span>
                      <span class="month-count">{$count}</span>
                    </a>
                  </xsl:if>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </nav>
  </xsl:template>

  <!-- The month of a dated element ("1929-10"), or nothing when its value is a year only. -->
  <xsl:function name="t:month" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="t:date-key($e)[matches(., '^\d{4}-\d{2}')] ! substring(., 1, 7)"/>
  </xsl:function>

  <xsl:template name="event">
    <xsl:param name="first-of-month" as="xs:boolean" select="false()"/>
    <xsl:variable name="approximate" select="t:approximate(.)"/>
    <xsl:variable name="value" select="t:date-value(.)"/>
    <li class="entry event{' approx'[$approximate]}"
        data-filter="{string-join(($value, t:date-key(.), t:plain(.), t:where(.)), ' ')}">
      <xsl:for-each select="t:month(.)">
        <xsl:attribute name="data-month" select="."/>
        <xsl:if test="$first-of-month">
          <xsl:attribute name="id" select="'month-' || ."/>
        </xsl:if>
      </xsl:for-each>
      <span class="when">
        <xsl:if test="$approximate"><abbr title="approximate">c.</abbr><xsl:text> </xsl:text></xsl:if>
        <time datetime="{t:date-key(.)}">{$value}</time>
        <xsl:if test="@evidence = 'conjecture'"><xsl:text> </xsl:text><em class="inferred">inferred</em></xsl:if>
      </span>
      <xsl:text> </xsl:text>
      <xsl:call-template name="occurrence"/>
    </li>
  </xsl:template>

</xsl:stylesheet>
