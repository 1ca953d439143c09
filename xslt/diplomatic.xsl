<?xml version="1.0" encoding="UTF-8"?>
<!--
  diplomatic.xsl: the source as transmitted. Its line breaks, spellings and errors (sic, orig), the
  repetitions (surplus), its own "..." and the publisher's notes; nothing the editor added (corrections,
  supplied text, editorial notes; a gap is a mark drawn beside the text, not in it). The text inside <div id="transmitted"> is the
  source's text; every block carries the reading view's id and links to its counterpart there.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="view" as="xs:string" select="'diplomatic'"/>

  <xsl:template match="/">
    <xsl:call-template name="t:page">
      <xsl:with-param name="page-title" select="$title || ' — diplomatic text'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/" mode="t:content">
    <article class="edition">
      <header class="edition-header">
        <h1>{$title}</h1>
        <p class="subtitle">Diplomatic text</p>
        <p class="about">
          <xsl:text>The translation as transmitted: its line breaks, spellings, errors and repetitions
                are kept; corrections, supplied words and editorial notes are in the </xsl:text>
          <a href="reading.html">reading text</a>
          <xsl:text>. Repeated passages are shaded; […] marks where the text breaks off. The ¶ sign
                beside a passage leads to the same passage there.</xsl:text>
        </p>
      </header>
      <div class="text transmitted" id="transmitted" lang="{$lang}">
        <xsl:apply-templates select="$tei/text"/>
      </div>
    </article>
  </xsl:template>

  <!-- A division without a head: labelled for assistive technology (aria-label), not in the text. -->
  <xsl:template match="div[not(head)]" mode="heading"/>

  <xsl:template match="*" mode="counterpart">
    <a class="counterpart" href="{t:href('reading.html', (), t:id(.))}" aria-label="This passage in the reading text"/>
  </xsl:template>

  <!-- Names and dates: the words of the source, unmarked. -->
  <xsl:template match="persName | placeName | orgName | date">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="choice">
    <xsl:variable name="tip" select="(if (corr) then 'Corrected' else 'Regularised') || ' in the reading text to “' || normalize-space(string-join((corr | reg)//text())) || '”'"/>
    <span class="sic" data-tip="{$tip}" title="{$tip}" tabindex="0">
      <xsl:apply-templates select="(sic | orig)/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="surplus">
    <span class="surplus" title="Repeated passage: left out of the reading text">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Not in the source: what the editor supplied or annotated. -->
  <xsl:template match="supplied | note[@type = 'editorial']"/>

  <!-- A gap the editor marked where the source's own words stop: the reader must see that the text
       breaks off. The mark is drawn by CSS and named for screen readers, so it is no part of the
       transmitted text (copied, it gives the source's words alone). A gap standing for the source's
       own "..." (inside reg) is those dots already. -->
  <xsl:template match="gap[not(ancestor::reg)]">
    <xsl:variable name="reason" select="
      if (@reason = 'incomplete') then 'The sentence breaks off in the translation'
      else if (@reason = 'illegible') then 'Illegible in the source'
      else if (@reason = 'omitted') then 'Passage omitted'
      else 'Gap in the text'"/>
    <span class="gap-mark" role="img" aria-label="[…] {$reason}" data-tip="{$reason}" title="{$reason}" tabindex="0">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    </span>
  </xsl:template>
  <xsl:template match="gap"/>

</xsl:stylesheet>
