"""Issue 21, cheaper views: teikit computes once per document what the views need of each mention
(its id, its place in the reading text, the words of its snippet) and hands it to the stylesheets;
a user who runs xslt/*.xsl by hand on a TEI file gets the same pages, byte for byte."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import TEI_NS
from teikit.mentions import VIEWS_NS, with_mention_table
from teikit.render import VIEWS, render_views, saxon_document, transform

PAGES = (*VIEWS, "register")

#: Every case the snippets and ids must get right: names in corrections and in left-out repetitions,
#: a name inside a name, an editorial note in the block and a name inside it, line breaks, a name
#: with its own id, a block without one, a long run of words before and after a mention, a mention
#: that begins or ends its block, a comment between words, a no-break space (no space to XPath).
TRICKY = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Tricky</title></titleStmt>
    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson><person xml:id="ada"><persName type="standard">Ada Quill</persName></person>
      <person xml:id="bo"><persName type="standard">Bo Ferrant</persName></person></listPerson>
    <listPlace><place xml:id="oslo"><placeName type="standard">Oslo</placeName></place></listPlace>
  </standOff>
  <text><body><div type="letter">
    <head><persName ref="#ada">Ada</persName> writes</head>
    <p>Dear <persName ref="#bo">Bo</persName>,<lb/>the ship from <placeName ref="#oslo">Oslo</placeName>
      came&#160;late, and <choice><sic>Ada <persName ref="#ada">Quil</persName></sic><corr><persName ref="#ada">Ada Quill</persName></corr></choice>
      met it<note type="editorial">The editor thinks <persName ref="#bo">Bo</persName> was there too.</note>
      on <date when="1931-03-02">2 March 1931</date>.<surplus>met it on <persName ref="#bo">Bo</persName>'s day</surplus>
      One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
      seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five
      twenty-six <persName ref="#bo" xml:id="bo-here">Bo</persName> twenty-seven twenty-eight<!-- a comment -->twenty-nine
      thirty thirty-one thirty-two thirty-three thirty-four thirty-five thirty-six thirty-seven thirty-eight
      thirty-nine forty <persName ref="#ada"><persName ref="#bo">Bo</persName>'s friend Ada</persName></p>
    <p><placeName ref="#oslo">Oslo</placeName>, <date when="1931">1931</date></p>
  </div></body></text>
</TEI>"""


def by_hand(tree: etree._ElementTree, page: str, name: str) -> str:
    """A page as the stylesheet makes it from the TEI alone, as a user running Saxon by hand would."""
    return transform(saxon_document(tree, name), page, name)


@pytest.mark.parametrize("page", PAGES)
def test_the_stylesheets_alone_make_the_pages_teikit_makes_of_the_seed(seed_tree, page):
    assert render_views(seed_tree, (page,), "blumkin-1929")[page] == by_hand(seed_tree, page, "blumkin-1929")


@pytest.mark.parametrize("page", PAGES)
def test_the_stylesheets_alone_make_the_pages_teikit_makes_of_a_tricky_text(page):
    tree = etree.ElementTree(etree.fromstring(TRICKY))
    assert render_views(tree, (page,), "tricky")[page] == by_hand(tree, page, "tricky")


def test_the_table_gives_each_mention_its_id_its_target_and_its_snippet():
    tree = etree.ElementTree(etree.fromstring(TRICKY))
    table = with_mention_table(tree)
    t = f"{{{VIEWS_NS}}}"
    quill = table.find(".//tei:sic/tei:persName", TEI_NS)
    assert quill.get(f"{t}target") != quill.get(f"{t}mention")  # the reading text leaves the sic out
    long_run = table.xpath("//tei:persName[@xml:id = 'bo-here']", namespaces=TEI_NS)[0]
    assert long_run.get(f"{t}mention") == "bo-here"
    assert long_run.get(f"{t}before") == "…nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six "
    # a comment is no text: the words on either side of it run together, as the stylesheets read them
    assert long_run.get(f"{t}after") == " twenty-seven twenty-eighttwenty-nine thirty thirty-one thirty-two thirty-three thirty-four thirty-five…"
    oslo, year = table.find(".//tei:p[2]", TEI_NS)
    assert (oslo.get(f"{t}before"), oslo.get(f"{t}after")) == ("", ", 1931")
    assert (year.get(f"{t}before"), year.get(f"{t}after")) == ("Oslo, ", "")


def test_the_canonical_tree_is_left_as_it_was(seed_tree):
    before = etree.tostring(seed_tree)
    render_views(seed_tree, VIEWS, "blumkin-1929")
    assert etree.tostring(seed_tree) == before
