<?xml version="1.0" encoding="UTF-8"?>
<!--
  corpus-extract.xsl: what the corpus pages need of one edition, made where the edition is built
  and written as site/NAME/corpus.xml, so that the corpus pages (corpus.xsl) are rendered from the
  editions' extracts and never from their whole TEI files. Targets, labels and texts come from the
  functions the edition's own views use (common.xsl).

  <c:extract n="edition" title="…" types="…">   types: its documents' (the body's divs') @type
    <teiHeader/>                 the edition's header, as in its TEI (the landing page and cmif.xml
                                 read it here, not in the TEI file)
    <standOff/>                  the edition's register, as in its TEI (merged into the corpus's)
    <c:mentions ref="id" count="n" target="…" where="…" text="…"/>*   per entry it mentions: how often,
                                 and its first mention in the reading view
    <c:date key="…" value="…" target="…" where="…">text</c:date>*     every dated date, in text order
  </c:extract>
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

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="view" as="xs:string" select="'corpus-extract'"/>

  <xsl:template match="/">
    <c:extract n="{$edition}" title="{$title}" types="{$tei/text/body/div/@type}">
      <xsl:copy-of select="$tei/teiHeader" copy-namespaces="no"/>
      <xsl:copy-of select="$tei/standOff" copy-namespaces="no"/>
      <xsl:for-each select="$tei/standOff//(person | place | org)">
        <xsl:variable name="first" select="key('mentions', @xml:id)[1]"/>
        <xsl:if test="$first">
          <c:mentions ref="{@xml:id}" count="{count(key('mentions', @xml:id))}" target="{t:reading-target($first)}"
                      where="{t:where($first)}" text="{t:plain($first)}"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$tei/text//date[exists(t:date-key(.))]">
        <c:date key="{t:date-key(.)}" value="{t:date-value(.)}" target="{t:reading-target(.)}"
                where="{t:where(.)}">{t:plain(.)}</c:date>
      </xsl:for-each>
    </c:extract>
  </xsl:template>

</xsl:stylesheet>
