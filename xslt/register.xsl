<?xml version="1.0" encoding="UTF-8"?>
<!--
  register.xsl: the edition's registers as plain data (XML), which teikit.render writes out as
  register.json and register.csv. Not a page: it exists so the names, identifications and, above all,
  the reading view's fragment ids of every occurrence come from the same functions the views use
  (t:standard-name, t:life, t:authority-url, t:reading-target in common.xsl).

  <register edition="…">
    <entry kind="person|place|org" id="…" mentions="n">
      <name/> <variant/>* <identification/>? <birth/>? <death/>? <modern/>?
      <geo>?</geo> <idno type="wikidata|geonames|viaf|gnd" url="…"/>* <occurrence target="…"/>*
    </entry>
  </register>
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="view" as="xs:string" select="'register'"/>

  <xsl:template match="/">
    <register edition="{$edition}">
      <xsl:apply-templates select="$tei/standOff//(person | place | org)" mode="register">
        <xsl:sort select="@xml:id"/>
      </xsl:apply-templates>
    </register>
  </xsl:template>

  <xsl:template match="person | place | org" mode="register">
    <xsl:variable name="name" select="t:standard-name(.)"/>
    <xsl:variable name="mentions" select="key('mentions', @xml:id)"/>
    <entry kind="{local-name()}" id="{@xml:id}" mentions="{count($mentions)}">
      <name>{$name}</name>
      <xsl:for-each select="distinct-values((persName | placeName | orgName)[@type = 'variant']
                            ! normalize-space(.))[. ne $name]">
        <variant>{.}</variant>
      </xsl:for-each>
      <xsl:if test="note">
        <identification>{string-join(note ! t:plain(.), ' ')}</identification>
      </xsl:if>
      <xsl:for-each select="birth[1], death[1]">
        <xsl:element name="{local-name()}">{(@when ! string(.), t:date-value(.))[1]}</xsl:element>
      </xsl:for-each>
      <xsl:for-each select="placeName[@type = 'modern'][1]">
        <modern>{normalize-space(.)}</modern>
      </xsl:for-each>
      <xsl:for-each select="location/geo[normalize-space()][1]">
        <geo>{normalize-space(.)}</geo>
      </xsl:for-each>
      <xsl:for-each select="idno[@type = ('wikidata', 'geonames', 'viaf', 'gnd')][normalize-space()]">
        <idno type="{@type}" url="{t:authority-url(.)}">{normalize-space(.)}</idno>
      </xsl:for-each>
      <xsl:for-each select="$mentions">
        <occurrence target="{t:reading-target(.)}"/>
      </xsl:for-each>
    </entry>
  </xsl:template>

</xsl:stylesheet>
