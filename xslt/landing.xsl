<?xml version="1.0" encoding="UTF-8"?>
<!--
  landing.xsl: site/index.html, every edition with its three views. Input: a teiCorpus holding each
  edition's teiHeader in a TEI whose @n is the edition's name (its folder under site/).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="view" as="xs:string" select="'landing'"/>

  <xsl:template match="/">
    <xsl:call-template name="t:page">
      <xsl:with-param name="page-title" select="'teikit editions'"/>
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="content">
        <header class="edition-header">
          <h1>Editions</h1>
          <p class="about">Historical documents in English translation, each as a reading text, a
            diplomatic text of the translation as transmitted, and an index of people, places,
            organisations and dates.</p>
        </header>
        <!-- a corpus (two editions or more): the editions at a glance, and the corpus pages -->
        <xsl:if test="count(/teiCorpus/TEI) gt 1">
          <xsl:call-template name="editions-table"/>
          <p class="corpus-pages">Across all editions:
            <a href="corpus/persons.html">persons</a>, <a href="corpus/places.html">places</a>,
            <a href="corpus/organisations.html">organisations</a>, <a href="corpus/chronology.html">chronology</a>;
            the letters as <a href="cmif.xml" type="application/xml">CMIF</a>.</p>
        </xsl:if>
        <ul class="editions">
          <xsl:apply-templates select="/teiCorpus/TEI">
            <xsl:sort select="@n"/>
          </xsl:apply-templates>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="TEI">
    <xsl:variable name="name" select="string(@n)"/>
    <xsl:variable name="header" select="teiHeader"/>
    <xsl:variable name="summary" select="($header//msContents/summary)[1]"/>
    <li class="edition-card" id="edition-{$name}">
      <h2>
        <a href="{t:href('', ($name, 'reading.html'), ())}">
          <xsl:value-of select="(($header//titleStmt/title[@type = 'main'], $header//titleStmt/title)[1] ! t:plain(.)[.], $name)[1]"/>
        </a>
      </h2>
      <xsl:for-each select="($header//titleStmt/title[@type = 'sub'])[1]">
        <p class="subtitle">{t:plain(.)}</p>
      </xsl:for-each>
      <!-- by whom and when, so that a list of many editions can be scanned -->
      <xsl:variable name="by-and-when" select="(t:authors($header), t:written($header) ! t:date-value(.))"/>
      <xsl:if test="exists($by-and-when)">
        <p class="by-and-when">{string-join($by-and-when, ' · ')}</p>
      </xsl:if>
      <xsl:if test="$summary">
        <p class="summary">{t:plain($summary)}</p>
      </xsl:if>
      <xsl:for-each select="($header//msDesc/msIdentifier)[1]">
        <p class="source">
          <xsl:value-of select="string-join((repository, idno[@type = 'shelfmark']) ! t:plain(.), ', ')"/>
        </p>
      </xsl:for-each>
      <nav aria-label="Views of {$name}">
        <ul class="edition-views">
          <li><a href="{t:href('', ($name, 'reading.html'), ())}">Reading text</a></li>
          <li><a href="{t:href('', ($name, 'diplomatic.html'), ())}">Diplomatic text</a></li>
          <li><a href="{t:href('', ($name, 'index.html'), ())}">Index</a></li>
          <li><a href="{t:href('', ($name, 'register.csv'), ())}" type="text/csv">Registers (CSV)</a></li>
        </ul>
      </nav>
    </li>
  </xsl:template>

  <!-- The editions at a glance: type, author, addressee, date and place of writing, each column
       sortable (teikit.js; without it the table is in the order of the edition names). Author,
       addressee and place come from the first correspDesc, else the header's author. -->
  <xsl:template name="editions-table">
    <div class="table-scroll">
    <table class="editions-table sortable">
      <caption>The editions at a glance</caption>
      <thead>
        <tr>
          <xsl:for-each select="('Edition', 'Type', 'Author', 'Addressee', 'Date', 'Place')">
            <th scope="col">{.}</th>
          </xsl:for-each>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="/teiCorpus/TEI">
          <xsl:sort select="@n"/>
          <xsl:variable name="header" select="teiHeader"/>
          <xsl:variable name="letter" select="($header/profileDesc/correspDesc)[1]"/>
          <xsl:variable name="written" select="(t:written($header), $letter/correspAction[@type = 'sent']/date)[1]"/>
          <tr>
            <td><a href="{t:href('', (@n, 'reading.html'), ())}">{(($header//titleStmt/title[@type = 'main'], $header//titleStmt/title)[1] ! t:plain(.)[.], @n)[1]}</a></td>
            <td>{string-join(distinct-values(tokenize(@type) ! t:type-label(.)), ', ')}</td>
            <td>{string-join(if ($letter) then $letter/correspAction[@type = 'sent']/(persName | orgName) ! t:plain(.)
                             else t:authors($header), '; ')}</td>
            <td>{string-join($letter/correspAction[@type = 'received']/(persName | orgName) ! t:plain(.), '; ')}</td>
            <td data-sort="{$written ! t:date-key(.)}">{$written ! t:date-value(.)}</td>
            <td>{($letter/correspAction[@type = 'sent']/placeName)[1] ! t:plain(.)}</td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    </div>
  </xsl:template>

  <xsl:template name="t:footer">
    <p>Made with teikit: plain-text translations in, canonical TEI P5 and these views out. The pages
      work offline; every edition's TEI file is its canonical form.</p>
  </xsl:template>

</xsl:stylesheet>
