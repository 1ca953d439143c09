<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what the reading, diplomatic and index views share.

  - the page shell (header with the edition's title and the view switcher, main, footer);
  - ids: every block keeps its TEI @xml:id, so reading.html#id and diplomatic.html#id name the same
    passage and stay citable across builds; blocks without one get a path-derived id; every mention
    of a register entry or date gets "<block id>-n<k>" / "<block id>-d<k>" (k-th in its block), which
    the index links to;
  - the rendering of structure (divisions, openers, closers, lists of addresses, lines) that is the
    same in every view; the views override what differs (names, dates, choice, gap, surplus, notes);
  - register lookups (keys) and formatting functions (dates, names, labels).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:t="urn:teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- escape-uri-attributes="no": every link made from the data is made by t:href, percent-encoded
       already, and the rest are spelled here in ASCII, so the serialiser's pass over every href and
       src (a few percent of a view: the index has a link per occurrence) would find nothing to escape. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" escape-uri-attributes="no"/>

  <!-- The edition's name (the TEI file's stem): set by teikit.render. -->
  <xsl:param name="edition" as="xs:string" select="'edition'"/>

  <!-- Where the corpus index pages are, from an edition's folder ("../corpus/"), when the edition is
       built as part of a site that has them (teikit build); empty for an edition rendered alone. -->
  <xsl:param name="corpus" as="xs:string" select="''"/>

  <!-- Which view this is: each view's stylesheet overrides it. -->
  <xsl:variable name="view" as="xs:string" select="'common'"/>

  <!-- Unknown elements: render their content, never their tags. -->
  <xsl:mode on-no-match="text-only-copy"/>
  <!-- Plain strings (titles, labels, tooltips): text only, no markup, notes left out. -->
  <xsl:mode name="plain" on-no-match="text-only-copy"/>
  <xsl:template mode="plain" match="note[@type = 'editorial'] | sic | orig | surplus | supplied"/>
  <xsl:template mode="plain" match="lb">
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- ============================================================ keys -->

  <xsl:key name="entry" match="standOff//person | standOff//place | standOff//org" use="@xml:id"/>
  <xsl:key name="mentions" match="text//persName[@ref] | text//placeName[@ref] | text//orgName[@ref]"
           use="tokenize(@ref) ! substring-after(., '#')"/>

  <xsl:variable name="collation" as="xs:string"
                select="'http://www.w3.org/2013/collation/UCA?lang=en;strength=primary;fallback=yes'"/>

  <!-- ============================================================ the edition's facts -->

  <xsl:variable name="tei" as="element()" select="/*"/>
  <xsl:variable name="lang" as="xs:string" select="($tei/@xml:lang, 'en')[1]"/>
  <xsl:variable name="title" as="xs:string"
                select="(($tei//titleStmt/title[@type = 'main'], $tei//titleStmt/title)[1] ! t:plain(.)[.], $edition)[1]"/>
  <xsl:variable name="subtitle" as="xs:string?" select="($tei//titleStmt/title[@type = 'sub'])[1] ! t:plain(.)"/>

  <!-- ============================================================ functions -->

  <!-- Text of a node as one normalised string, as a reader of the reading text sees it. An element
       holding text alone (most names, titles, heads) is that string: no temporary tree is built for
       it, unless it is one that mode plain leaves out (the templates at the top of this file). -->
  <xsl:function name="t:plain" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:choose>
      <xsl:when test="$node/self::*[empty(*)][not(self::note[@type = 'editorial'] or self::sic or self::orig
                      or self::surplus or self::supplied or self::lb)]">
        <xsl:sequence select="normalize-space($node)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="text">
          <xsl:apply-templates select="$node" mode="plain"/>
        </xsl:variable>
        <xsl:sequence select="normalize-space($text)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Elements that are blocks of the text: they carry ids in every view. -->
  <xsl:function name="t:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::p or self::head or self::byline or self::dateline or self::salute or self::signed
                          or self::idno or self::seg or self::bibl or self::item or self::address
                          or self::note or self::div or self::opener or self::closer or self::list])"/>
  </xsl:function>

  <!-- Paragraphs of the text are numbered (notes' paragraphs aside), so that a printed index can
       say where on paper a mention is: the number is printed beside the paragraph in both text
       views and after each occurrence in the index. Numbered once, by position, as the notes are. -->
  <xsl:variable name="paragraphs" as="element()*" select="/*/text//p[not(ancestor::note)]"/>
  <xsl:variable name="paragraph-numbers" as="map(xs:string, xs:integer)" select="map:merge(
      for $i in 1 to count($paragraphs) return map {generate-id($paragraphs[$i]): $i})"/>

  <!-- The number of the paragraph an element is in, or nothing (a heading, a dateline). -->
  <xsl:function name="t:paragraph-number" as="xs:integer?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor-or-self::p[not(ancestor::note)][1] ! $paragraph-numbers(generate-id(.))"/>
  </xsl:function>

  <!-- The HTML id of an element: its @xml:id, else a path of element names and positions. -->
  <xsl:function name="t:id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id) then string($e/@xml:id)
      else 'x-' || string-join(
        for $a in $e/ancestor-or-self::*[ancestor::text]
        return local-name($a) || count($a/preceding-sibling::*[node-name(.) eq node-name($a)]) + 1, '-')"/>
  </xsl:function>

  <!-- The nearest block (or element with an id) around an inline element. -->
  <xsl:function name="t:container" as="element()">
    <xsl:param name="e" as="element()"/>
    <!-- [1] inside the step counts along the reverse axis: the nearest such ancestor -->
    <xsl:sequence select="($e/ancestor::*[@xml:id or t:is-block(.)][1], $e/ancestor::text, $e/..)[1]"/>
  </xsl:function>

  <!-- Stable id of a mention (name or date): its own @xml:id, else block id + kind + position.
       teikit.render computes it once per document (teikit.mentions) and hands it over as
       @t:mention on a copy of the TEI; a stylesheet run on a TEI file alone computes it here. -->
  <xsl:function name="t:mention-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <!-- the container is looked for only when there is no id to read: as a variable before the
         expression, Saxon looked for it for every mention -->
    <xsl:sequence select="if ($e/@t:mention) then string($e/@t:mention)
      else if ($e/@xml:id) then string($e/@xml:id)
      else let $block := t:container($e) return
        if ($e/self::date)
        then t:id($block) || '-d' || count($block//date[. &lt;&lt; $e]) + 1
        else t:id($block) || '-n' || count($block//(persName | placeName | orgName)[. &lt;&lt; $e]) + 1"/>
  </xsl:function>

  <!-- Where a mention can be found in the reading view: itself, or (when it sits in text the reading
       view leaves out: sic, orig, surplus) the nearest rendered element around that text. Handed
       over with t:mention-id: @t:target where it is not the mention itself. -->
  <xsl:function name="t:reading-target" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="hidden" select="$e/ancestor::*[self::sic or self::orig or self::surplus][last()]"/>
    <xsl:sequence select="if ($e/@t:mention) then string(($e/@t:target, $e/@t:mention)[1])
                          else if ($hidden) then t:id(t:container($hidden)) else t:mention-id($e)"/>
  </xsl:function>

  <!-- The register entry an element points to (first @ref). -->
  <xsl:function name="t:entry" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="key('entry', substring-after(tokenize($e/@ref)[1], '#'), root($e))[1]"/>
  </xsl:function>

  <!-- The standard name of a register entry. -->
  <xsl:function name="t:standard-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(($entry/(persName | placeName | orgName)[@type = 'standard'],
                            $entry/(persName | placeName | orgName))[1] ! normalize-space(.), string($entry/@xml:id))[1]"/>
  </xsl:function>

  <!-- "1893–1938", "b. 1900", "d. 1937", or nothing: a person's dates of life. -->
  <xsl:function name="t:life" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="born" select="($entry/birth)[1] ! t:date-value(.)"/>
    <xsl:variable name="died" select="($entry/death)[1] ! t:date-value(.)"/>
    <xsl:sequence select="if ($born and $died) then $born || '–' || $died
                          else if ($born) then 'b. ' || $born
                          else if ($died) then 'd. ' || $died else ()"/>
  </xsl:function>

  <!-- A dated element's value in words: "21 October 1929", "between 1937 and February 1938". -->
  <xsl:function name="t:date-value" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/@when) then t:format-iso($e/@when)
      else if ($e/@from or $e/@to) then string-join(($e/@from ! t:format-iso(.), $e/@to ! t:format-iso(.)), '–')
      else if ($e/@notBefore and $e/@notAfter)
      then 'between ' || t:format-iso($e/@notBefore) || ' and ' || t:format-iso($e/@notAfter)
      else if ($e/@notBefore) then 'not before ' || t:format-iso($e/@notBefore)
      else if ($e/@notAfter) then 'not after ' || t:format-iso($e/@notAfter)
      else normalize-space($e)[.]"/>
  </xsl:function>

  <!-- The sortable start of a dated element (ISO string), or nothing. -->
  <xsl:function name="t:date-key" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/@when, $e/@notBefore, $e/@from, $e/@notAfter, $e/@to)[1] ! string(.)"/>
  </xsl:function>

  <!-- An ISO date in words: "21 October 1929", "October 1929". Spelled out from the date's parts,
       as format-date(…, '[D] [MNn] [Y]', 'en') would, at a fraction of its cost. -->
  <xsl:variable name="month-names" as="xs:string+" select="('January', 'February', 'March', 'April', 'May',
                'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>

  <xsl:function name="t:format-iso" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="length" select="string-length($iso)"/>
    <!-- Ten characters castable as a date are YYYY-MM-DD (a sign or a time zone makes more): no
         regular expression needed, which costs more than all the rest of this function. -->
    <xsl:sequence select="
      if ($length eq 10 and $iso castable as xs:date)
      then xs:integer(substring($iso, 9, 2)) || ' ' || $month-names[xs:integer(substring($iso, 6, 2))]
           || ' ' || xs:integer(substring($iso, 1, 4))
      else if ($length eq 7 and ($iso || '-01') castable as xs:date)
      then $month-names[xs:integer(substring($iso, 6, 2))] || ' ' || xs:integer(substring($iso, 1, 4))
      else $iso"/>
  </xsl:function>

  <!-- Who wrote the text and when, as a header says (the reading view's header, the landing page). -->
  <xsl:function name="t:authors" as="xs:string*">
    <xsl:param name="header" as="element()?"/>
    <xsl:sequence select="$header/fileDesc/titleStmt/author ! t:plain(.)[.]"/>
  </xsl:function>

  <xsl:function name="t:written" as="element()?">
    <xsl:param name="header" as="element()?"/>
    <xsl:sequence select="($header/profileDesc/creation/date[exists(t:date-key(.))])[1]"/>
  </xsl:function>

  <!-- Is this date approximate (a range of possible values, inferred, or not certain)? -->
  <xsl:function name="t:approximate" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[@notBefore or @notAfter or @evidence = 'conjecture' or @cert = ('low', 'medium')])"/>
  </xsl:function>

  <!-- A reader's label for a division without a head ("Memorandum"). The labels are a global map:
       t:where asks for one for every occurrence in the index. -->
  <xsl:variable name="type-labels" as="map(xs:string, xs:string)" select="map {
      'memorandum': 'Memorandum', 'testimony': 'Testimony', 'letter': 'Letter', 'report': 'Report',
      'dossier': 'The dossier', 'colophon': 'Source and credits', 'section': 'Section'}"/>

  <xsl:function name="t:type-label" as="xs:string">
    <xsl:param name="type" as="xs:string?"/>
    <xsl:sequence select="($type ! $type-labels(.), $type ! (upper-case(substring(., 1, 1)) || substring(., 2)), 'Text')[1]"/>
  </xsl:function>

  <!-- A division's label: its head, else its kind and date ("Testimony, October 20, 1929"). -->
  <xsl:function name="t:div-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/head) then t:plain($div/head[1])
      else string-join((t:type-label($div/@type), ($div/opener/dateline, $div/dateline)[1] ! t:plain(.)), ', ')"/>
  </xsl:function>

  <!-- Short label of where an element is: the kind of its outermost division. -->
  <xsl:function name="t:where" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="t:type-label(($e/ancestor::div)[1]/@type)"/>
  </xsl:function>

  <!-- The one way a page writes a link whose target comes from the data: an edition's name (the
       landing page), an xml:id (every link within or between the views), a register's identifier
       (authority files). $base is spelled by the stylesheet itself ('' or 'reading.html' within the
       site, 'https://www.wikidata.org/wiki/' for an authority); each of $segments and $fragment comes
       from the data and is percent-encoded whole (encode-for-uri), so no '/', '?', '#', '%', ':' or
       space in it can change where the link goes. The link is made only if it stays relative (no
       scheme, not '//host') or is http(s): anything else (javascript:, data:, file:…) gives no link,
       the empty sequence. -->
  <xsl:function name="t:href" as="xs:string?">
    <xsl:param name="base" as="xs:string"/>
    <xsl:param name="segments" as="xs:string*"/>
    <xsl:param name="fragment" as="xs:string?"/>
    <!-- one expression, not xsl:if around it: Saxon then inlines the call (a link for every
         occurrence in the index: 10 % of that view as an instruction) -->
    <xsl:sequence select="
      if (if (contains($base, ':'))
          then lower-case(substring-before($base, ':')) = ('http', 'https') and starts-with(substring-after($base, ':'), '//')
          else not(starts-with($base, '//')))
      then iri-to-uri($base) || string-join($segments ! encode-for-uri(.), '/') || $fragment ! ('#' || encode-for-uri(.))
      else ()"/>
  </xsl:function>

  <!-- Authority links of a register entry: (label, URL) pairs as HTML links. -->
  <xsl:function name="t:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:sequence select="
      if ($idno/@type = 'wikidata' and matches($value, '^Q\d+$')) then t:href('https://www.wikidata.org/wiki/', $value, ())
      else if ($idno/@type = 'geonames' and matches($value, '^\d+$')) then t:href('https://www.geonames.org/', $value, ())
      else if ($idno/@type = 'viaf' and matches($value, '^\d+$')) then t:href('https://viaf.org/viaf/', $value, ())
      else if ($idno/@type = 'gnd' and matches($value, '^\d[\dX]*(-[\dX])?$')) then t:href('https://d-nb.info/gnd/', $value, ())
      else ()"/>
  </xsl:function>

  <xsl:function name="t:authority-label" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:sequence select="map {'wikidata': 'Wikidata', 'geonames': 'GeoNames', 'viaf': 'VIAF', 'gnd': 'GND'}($idno/@type)
                          || ' ' || normalize-space($idno)"/>
  </xsl:function>

  <!-- A register entry's one-line identification for tooltips. -->
  <xsl:function name="t:identification" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string-join((
        t:life($entry) ! ('(' || . || ')'),
        $entry/placeName[@type = 'modern'][1] ! ('today ' || normalize-space(.)),
        ($entry/note)[1] ! normalize-space(.)), '; ')"/>
  </xsl:function>

  <!-- ============================================================ citation -->

  <xsl:variable name="teikit-version" as="xs:string?"
                select="($tei//appInfo/application[@ident = 'teikit'])[1]/@version ! string(.)"/>

  <!-- The canonical TEI file, copied beside the views by teikit.render (byte for byte). -->
  <xsl:variable name="tei-href" as="xs:string?" select="t:href('', $edition || '.xml', ())"/>

  <!-- What a page is called in a citation. -->
  <xsl:variable name="view-labels" as="map(xs:string, xs:string)"
                select="map {'reading': 'reading text', 'diplomatic': 'diplomatic text', 'index': 'index'}"/>

  <!-- A citation of this page: title, edition, view, version and a link to the passage. The link is
       the page's first passage, or the page itself; teikit.js turns it into the full address of the
       passage the reader is at (every block keeps its TEI id across builds). -->
  <xsl:template name="t:citation">
    <xsl:variable name="first-p" select="($tei/text/body//p)[1]"/>
    <xsl:variable name="authors" select="t:authors($tei/teiHeader)"/>
    <xsl:if test="exists($authors)">{string-join($authors, '; ')}. </xsl:if>
    <cite>{$title}</cite>
    <xsl:text>. {($subtitle ! (. || '. '))}Edition “{$edition}”, {($view-labels($view), $view)[1]}</xsl:text>
    <xsl:if test="$teikit-version">, teikit {$teikit-version}</xsl:if>
    <xsl:text>. </xsl:text>
    <xsl:variable name="page" select="$view || '.html'"/>
    <xsl:choose>
      <xsl:when test="$first-p and $view = ('reading', 'diplomatic')">
        <xsl:text>Passages keep their ids across builds: cite one as </xsl:text>
        <a class="cite-url" href="{t:href($page, (), t:id($first-p))}"><code>{$page}#{t:id($first-p)}</code></a>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <a class="cite-url" href="{$page}"><code>{$page}</code></a>
        <xsl:text>.</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What reference managers (Zotero, Mendeley) read from a page: Highwire Press citation_* tags
       and Dublin Core, and a link to the TEI the page was made from. -->
  <xsl:template name="t:bibliographic-meta">
    <xsl:variable name="authors" select="t:authors($tei/teiHeader)"/>
    <xsl:variable name="written" select="t:written($tei/teiHeader) ! t:date-key(.)"/>
    <xsl:variable name="publisher" select="($tei//publicationStmt/(publisher, authority, distributor))[1] ! t:plain(.)[.]"/>
    <xsl:variable name="rights" select="($tei//publicationStmt/availability)[1] ! t:plain(.)[.]"/>
    <meta name="citation_title" content="{$title}"/>
    <xsl:for-each select="$authors">
      <meta name="citation_author" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="$written">
      <meta name="citation_date" content="{translate(., '-', '/')}"/>
    </xsl:for-each>
    <xsl:for-each select="$publisher">
      <meta name="citation_publisher" content="{.}"/>
    </xsl:for-each>
    <meta name="citation_language" content="{$lang}"/>
    <meta name="DC.title" content="{$title}"/>
    <xsl:for-each select="$authors">
      <meta name="DC.creator" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="$written">
      <meta name="DC.date" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="$publisher">
      <meta name="DC.publisher" content="{.}"/>
    </xsl:for-each>
    <meta name="DC.language" content="{$lang}"/>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <xsl:for-each select="$rights">
      <meta name="DC.rights" content="{.}"/>
    </xsl:for-each>
    <xsl:if test="$tei-href">
      <link rel="alternate" type="application/tei+xml" href="{$tei-href}" title="TEI P5 source of this edition"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ the page shell -->

  <!-- The page's content: a view writes it in mode t:content, straight into <main> (a parameter
       would hold a whole page as a temporary tree, copied once more into the result); the landing
       page passes it as $content. -->
  <xsl:mode name="t:content" on-no-match="deep-skip"/>

  <xsl:template name="t:page">
    <xsl:param name="page-title" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="root" as="xs:string" select="'../'"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teikit"/>
        <title>{$page-title}</title>
        <xsl:if test="$view = ('reading', 'diplomatic', 'index')">
          <xsl:call-template name="t:bibliographic-meta"/>
        </xsl:if>
        <link rel="stylesheet" href="{$root}assets/teikit.css"/>
        <script src="{$root}assets/teikit.js" defer="defer"/>
      </head>
      <body class="view-{$view}">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="site-header-inner">
            <p class="series"><a href="{$root}index.html">teikit editions</a></p>
            <xsl:if test="$view = ('reading', 'diplomatic', 'index')">
              <p class="edition-title"><a href="reading.html">{$title}</a></p>
              <nav class="views" aria-label="Views of this edition">
                <ul>
                  <xsl:for-each select="('reading', 'diplomatic', 'index')">
                    <li>
                      <a href="{.}.html">
                        <xsl:if test=". = $view">
                          <xsl:attribute name="aria-current">page</xsl:attribute>
                        </xsl:if>
                        <xsl:value-of select="map {'reading': 'Reading text', 'diplomatic': 'Diplomatic text',
                                                   'index': 'Index'}(.)"/>
                      </a>
                    </li>
                  </xsl:for-each>
                  <xsl:if test="$view = 'reading'">
                    <!-- the contents, in reach from anywhere down a long text (the header stays) -->
                    <li class="to-contents"><a href="#contents">Contents</a></li>
                  </xsl:if>
                </ul>
              </nav>
            </xsl:if>
          </div>
        </header>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="/" mode="t:content"/>
        </main>
        <footer class="site-footer">
          <xsl:call-template name="t:footer"/>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="t:footer">
    <xsl:variable name="edition-view" select="$view = ('reading', 'diplomatic', 'index')"/>
    <xsl:if test="$edition-view">
      <div class="cite-this">
        <h2 id="cite-heading">How to cite</h2>
        <p class="citation">
          <xsl:call-template name="t:citation"/>
        </p>
      </div>
    </xsl:if>
    <p>
      <xsl:text>TEI encoding and views by </xsl:text>
      <xsl:value-of select="string-join(('teikit', $teikit-version), ' ')"/>
      <xsl:text> from the canonical TEI file </xsl:text>
      <xsl:choose>
        <xsl:when test="$edition-view">
          <a class="tei-download" href="{$tei-href}" type="application/tei+xml" download="{$edition}.xml"><code>{$edition}.xml</code></a>
          <xsl:text> (download)</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <code>{$edition}.xml</code>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>.</xsl:text>
      <xsl:for-each select="($tei//publicationStmt/availability)[1]">
        <xsl:text> </xsl:text>
        <xsl:value-of select="t:plain(.)"/>
      </xsl:for-each>
    </p>
    <xsl:if test="$view = ('reading', 'diplomatic', 'index')">
      <p class="downloads">
        <xsl:text>Registers for download: </xsl:text>
        <a href="register.json" type="application/json">JSON</a>
        <xsl:text>, </xsl:text>
        <a href="register.csv" type="text/csv">CSV</a>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ structure shared by the text views -->

  <xsl:template match="text">
    <xsl:apply-templates select="front, body, back"/>
  </xsl:template>

  <xsl:template match="front | body | back">
    <div class="{local-name()}">
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="div">
    <section id="{t:id(.)}" class="div div-{(@type, 'text')[1]}">
      <xsl:attribute name="{if (head) then 'aria-labelledby' else 'aria-label'}"
                     select="if (head) then t:id(head[1]) else t:div-label(.)"/>
      <!-- the author's line stands over the title, as in the source -->
      <xsl:apply-templates select="byline"/>
      <xsl:apply-templates select="." mode="heading"/>
      <xsl:apply-templates select="node() except (byline, head[1])"/>
    </section>
  </xsl:template>

  <!-- A division's heading: its head; without one the view decides (see reading / diplomatic). -->
  <xsl:template match="div[head]" mode="heading">
    <xsl:element name="h{min((count(ancestor::div) + 2, 6))}">
      <xsl:attribute name="id" select="t:id(head[1])"/>
      <xsl:attribute name="class" select="'head'"/>
      <xsl:apply-templates select="head[1]/node()"/>
      <xsl:apply-templates select="head[1]" mode="counterpart"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="div/head">
    <p class="head" id="{t:id(.)}">
      <xsl:apply-templates/>
      <xsl:apply-templates select="." mode="counterpart"/>
    </p>
  </xsl:template>

  <!-- The link from a block to the same block in the other text view (the views override it). -->
  <xsl:template match="*" mode="counterpart"/>

  <xsl:template match="opener | closer">
    <div class="{local-name()}" id="{t:id(.)}">
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="p | byline | dateline | salute | signed | idno | seg | bibl">
    <p id="{t:id(.)}">
      <xsl:attribute name="class" select="string-join((local-name(), @type), ' ')"/>
      <xsl:for-each select="self::p[not(ancestor::note)] ! t:paragraph-number(.)">
        <xsl:attribute name="data-n" select="."/>
      </xsl:for-each>
      <xsl:apply-templates/>
      <xsl:apply-templates select="." mode="counterpart"/>
    </p>
  </xsl:template>

  <!-- A paragraph cut for length (TEI @part: I, M, F; teikit cuts a block of more than 10,000
       characters) is one paragraph in the views, as in the source: the part that begins it renders
       the parts that continue it (a part right after an I or M part), each in a span with its own id
       so links to it still land, with nothing between them. -->
  <xsl:template match="p[@part]">
    <p id="{t:id(.)}" class="p">
      <xsl:apply-templates/>
      <xsl:iterate select="following-sibling::*">
        <xsl:param name="open" as="xs:boolean" select="@part = ('I', 'M')"/>
        <xsl:choose>
          <xsl:when test="$open and self::p[@part]">
            <span id="{t:id(.)}" class="part"><xsl:apply-templates/></span>
            <xsl:next-iteration>
              <xsl:with-param name="open" select="@part = ('I', 'M')"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:break/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
      <xsl:apply-templates select="." mode="counterpart"/>
    </p>
  </xsl:template>

  <xsl:template match="p[@part][preceding-sibling::*[1][self::p[@part = ('I', 'M')]]]"/>

  <xsl:template match="list">
    <ul id="{t:id(.)}" class="list {@type}">
      <xsl:apply-templates select="item"/>
    </ul>
  </xsl:template>

  <xsl:template match="item">
    <li id="{t:id(.)}">
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="address">
    <span class="address" id="{t:id(.)}">
      <xsl:apply-templates select="addrLine"/>
      <xsl:apply-templates select="." mode="counterpart"/>
    </span>
  </xsl:template>

  <xsl:template match="addrLine">
    <span class="addrline"><xsl:apply-templates/></span>
    <xsl:if test="following-sibling::addrLine"><br/></xsl:if>
  </xsl:template>

  <xsl:template match="lb">
    <br class="lb">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id" select="@xml:id"/>
      </xsl:if>
    </br>
  </xsl:template>

  <xsl:template match="roleName">
    <span class="role"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="quote">
    <q><xsl:apply-templates/></q>
  </xsl:template>

  <xsl:template match="title">
    <cite><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates/></cite>
  </xsl:template>

  <!-- A TEI language tag becomes the HTML lang attribute, so screen readers switch language. -->
  <xsl:mode name="lang" on-no-match="deep-skip"/>
  <xsl:template match="@xml:lang" mode="lang">
    <xsl:attribute name="lang" select="."/>
  </xsl:template>

  <!-- A character XML cannot carry: shown as a marked placeholder, named for screen readers. -->
  <xsl:template match="g">
    <span class="g" role="img" aria-label="character {@n}" title="character {@n} of the source"/>
  </xsl:template>

  <!-- Publisher's notes are part of the source: both text views show them where the source has them. -->
  <xsl:template match="note[@type = ('publisher', 'source')][@subtype = 'headnote' or p]" priority="1">
    <aside class="note-publisher headnote" id="{t:id(.)}" aria-label="Publisher's note">
      <xsl:apply-templates/>
    </aside>
  </xsl:template>

  <xsl:template match="note[@type = ('publisher', 'source')]/p">
    <p id="{t:id(.)}">
      <xsl:apply-templates/>
      <xsl:apply-templates select="." mode="counterpart"/>
    </p>
  </xsl:template>

  <xsl:template match="note[@type = ('publisher', 'source')]">
    <span class="note-publisher" id="{t:id(.)}" title="Note of the Russian publisher">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Editorial notes are not part of the source (the reading view shows them as footnotes). -->
  <xsl:template match="note"/>

</xsl:stylesheet>
