"""Issue 5: each kind of editorial markup as the two text views show it, and the diplomatic text as the source.

For every kind (note, correction, gap, repetition, headnote) a concrete passage of the seed is opened
in the reading view and in the diplomatic view of a fresh build (see browser.py) and checked for what a
reader must see there. Then the whole diplomatic text is compared with the source text.
"""

from __future__ import annotations

import pytest
from lxml import etree

pytest.register_assert_rewrite("browser")

from browser import close_tab, new_tab, view_url  # noqa: E402
from conftest import ROOT, TEI_NS  # noqa: E402

pytest_plugins = ["browser"]
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("browser")]  # no browser: skip before building

ELLIPSIS_GAP = "[…]"


@pytest.fixture(scope="module")
def reading(browser, site):
    """The reading view, opened once (the tests here only look)."""
    tab = new_tab(browser).open(view_url(site, "reading"))
    yield tab
    assert tab.dialogs == []
    close_tab(tab)


@pytest.fixture(scope="module")
def diplomatic(browser, site):
    tab = new_tab(browser).open(view_url(site, "diplomatic"))
    yield tab
    close_tab(tab)


#: innerText of an element with the ¶ counterpart links (UI, not text) taken out of the rendering.
INNER_TEXT_WITHOUT_COUNTERPARTS = """(el, hide = '.counterpart') => {
    const style = document.createElement('style');
    style.textContent = hide + ' { display: none !important; }';
    document.head.appendChild(style);
    try { return el.innerText; } finally { style.remove(); }
}"""


def text_of(tab, element_id: str) -> str:
    """What a reader sees of an element (innerText), whitespace normalised, ¶ links and note marks left out."""
    locator = tab.page.locator(f"[id='{element_id}']")
    assert locator.count() == 1, f"no element #{element_id} in {tab.page.url}"
    return " ".join(locator.evaluate(INNER_TEXT_WITHOUT_COUNTERPARTS, ".counterpart, sup.noteref").split())


def tip_on_hover(tab, locator) -> str:
    """What a reader sees and a screen reader hears on pointing at an editorial mark.

    The popup (CSS, from data-tip) while the pointer is on it, and its accessible description (title,
    or aria-description where teikit.js replaced the native title tooltip by the CSS popup).
    """
    locator.scroll_into_view_if_needed()
    locator.hover()
    shown = locator.evaluate("e => getComputedStyle(e, '::after').content")
    described = locator.evaluate("e => e.getAttribute('title') || e.getAttribute('aria-description') || ''")
    tab.page.mouse.move(0, 0)
    assert shown not in ("", "none", "normal"), "nothing pops up on hovering the mark"
    return f"{shown} | {described}"


# ---------------------------------------------------------------- corrections and regularisations

def test_a_correction_reads_corrected_with_the_source_form_on_hover_and_stays_as_transmitted(reading, diplomatic):
    """The memorandum's signature: the translation's "Berry" is Yagoda (Russian yagoda, berry)."""
    block = "memorandum-sig-4838ae"
    corr = reading.page.locator(f"[id='{block}'] .corr", has_text="Yagoda")
    assert corr.count() == 1 and corr.is_visible()
    assert corr.inner_text() == "Yagoda"
    shown = tip_on_hover(reading, corr)
    assert shown.count("Berry") == 2, f"the source's “Berry” is not shown and described on hover: {shown}"
    said = text_of(reading, block)
    assert "Yagoda" in said and "Berry" not in said, said
    assert "Deputy Chairman of the OGPU" in said  # "Prev" corrected too

    sic = diplomatic.page.locator(f"[id='{block}'] .sic", has_text="Berry")
    assert sic.count() == 1 and sic.inner_text() == "Berry"
    said = text_of(diplomatic, block)
    assert said.startswith("Deputy Prev OGPU") and "Berry" in said and "Yagoda" not in said, said


def test_a_regularised_spelling_reads_regular_and_stays_as_transmitted(reading, diplomatic):
    """"Iset Pasha Street" is Izzet Pasha Street."""
    block = "testimony-p-d9e03b"
    reg = reading.page.locator(f"[id='{block}'] .reg", has_text="Izzet")
    assert reg.count() == 1 and reg.inner_text() == "Izzet"
    assert tip_on_hover(reading, reg).count("Iset") == 2
    said = text_of(reading, block)
    assert "Izzet Pasha Street" in said, said[said.find("apartment on"):][:60]
    said = text_of(diplomatic, block)
    assert "Iset Pasha Street" in said and "Izzet" not in said


# ---------------------------------------------------------------- gaps

def test_a_passage_the_publisher_left_out_is_a_gap_marker_in_the_reading_text_and_dots_in_the_diplomatic(
        reading, diplomatic):
    """Blumkin's testimony: "…used the apparatus of the Cheka on the orders of my party ..." (publisher's cut)."""
    block = "testimony-p-569a97"
    gap = reading.page.locator(f"[id='{block}'] .gap")
    assert gap.count() == 1 and gap.is_visible()
    assert tip_on_hover(reading, gap).count("omitted by the publisher") == 2
    said = text_of(reading, block)
    assert said.endswith(f"on the orders of my party {ELLIPSIS_GAP} (Passage omitted by the publisher)") \
        or said.endswith(f"on the orders of my party {ELLIPSIS_GAP}"), said
    assert "..." not in said, "the reading text shows the dots and the gap marker both"

    said = text_of(diplomatic, block)
    assert said.endswith("on the orders of my party ..."), said
    assert ELLIPSIS_GAP not in said


def test_a_sentence_that_breaks_off_is_marked_and_annotated_in_the_reading_text_only(reading, diplomatic):
    """"…the psychological wounds were very fresh, and," — and nothing more in the translation."""
    block = "testimony-p-e7e059"
    gap = reading.page.locator(f"[id='{block}'] .gap")
    assert gap.count() == 1 and gap.is_visible() and gap.inner_text().startswith(ELLIPSIS_GAP)
    assert tip_on_hover(reading, gap).count("breaks off") == 2
    note = reading.page.locator(f"[id='{block}'] a[role=doc-noteref]")
    assert note.count() == 1 and note.is_visible()
    assert "breaks off" in text_of(reading, note.get_attribute("href")[1:])

    # the diplomatic text keeps the source's words and shows, beside them, that they stop
    said = text_of(diplomatic, block)
    assert said.endswith("the psychological wounds were very fresh, and,"), said
    assert diplomatic.page.locator(f"[id='{block}'] sup, [id='{block}'] .gap").count() == 0
    mark = diplomatic.page.locator(f"[id='{block}'] .gap-mark")
    assert mark.count() == 1 and mark.is_visible()
    assert mark.evaluate("e => getComputedStyle(e, '::before').content") == f'"{ELLIPSIS_GAP}"'
    assert "breaks off" in mark.get_attribute("aria-label")


# ---------------------------------------------------------------- repetition

def test_a_repetition_is_left_out_with_a_marker_in_the_reading_text_and_shaded_in_the_diplomatic(
        reading, diplomatic):
    block = "testimony-p-1e99be"
    repeated = "to whom I could reveal all my experiences, Comrade Menzhinsky, was ill"
    said = text_of(reading, block)
    assert said.count(repeated) == 1
    assert "Comrade Yagoda was on vacation." in said and "Berry" not in said
    marker = reading.page.locator(f"[id='{block}'] .surplus-omitted")
    assert marker.count() == 1 and marker.is_visible()
    shown = tip_on_hover(reading, marker)
    assert shown.lower().count("repeated") == 2 and shown.count(repeated.split(",")[0]) == 2, shown

    said = text_of(diplomatic, block)
    assert said.count(repeated) == 2, said
    assert said.endswith("Comrade Berry was on vacation. to whom I could reveal all my experiences, Comrade "
                         "Menzhinsky, was ill, and besides, I was frightened by the thought of causing him in "
                         "his painful state a new burden. Comrade Berry was on vacation."), said
    surplus = diplomatic.page.locator(f"[id='{block}'] .surplus")
    assert surplus.count() == 1 and surplus.is_visible()
    shaded = surplus.evaluate("e => getComputedStyle(e).backgroundColor")
    assert shaded not in ("rgba(0, 0, 0, 0)", "transparent"), "the repeated passage is not shaded as the view says"


# ---------------------------------------------------------------- headnote

def test_the_publishers_headnote_heads_the_letter_in_both_views(reading, diplomatic):
    """"The letter is written in the hand of L. L. Sedov, in chemical ink…" — the publisher's, so in both."""
    texts = []
    for tab in (reading, diplomatic):
        aside = tab.page.locator("aside.headnote")
        assert aside.count() == 1 and aside.is_visible()
        assert aside.get_attribute("id") == "letter-hn-3823ab"
        assert tab.page.locator("aside.headnote[aria-label], aside.headnote[aria-labelledby]").count() == 1
        placed = aside.evaluate("""a => {
            const letter = a.closest('section.div-letter');
            const firstP = letter && letter.querySelector('p[id^="letter-p-"]');
            return !!firstP && !!(a.compareDocumentPosition(firstP) & Node.DOCUMENT_POSITION_FOLLOWING);
        }""")
        assert placed, "the headnote is not inside the letter before its text"
        texts.append(text_of(tab, "letter-hn-3823ab"))
    assert "in chemical ink on the margins of Aldanov's book" in texts[0]
    assert texts[0] == texts[1]


# ---------------------------------------------------------------- editorial note

def test_an_editors_note_is_a_numbered_footnote_in_the_reading_text_and_absent_from_the_diplomatic(
        reading, diplomatic, tei_path):
    """Trotsky's "Vienna Pravda" gets the editor's note "Trotsky's Vienna Pravda (1908–1912)"."""
    tree = etree.parse(str(tei_path))
    notes = tree.findall(".//tei:text//tei:note[@type='editorial']", TEI_NS)
    number = next(i for i, n in enumerate(notes, 1) if "(1908–1912)" in "".join(n.itertext()))
    note_id = notes[number - 1].get("{http://www.w3.org/XML/1998/namespace}id")

    ref = reading.page.locator(f"[id='fnref-{note_id}']")
    assert ref.get_attribute("role") == "doc-noteref" and ref.get_attribute("href") == f"#{note_id}"
    assert ref.inner_text() == str(number) and ref.is_visible()
    before = ref.evaluate("""a => {
        const block = a.closest('p');
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(a);
        return range.toString();
    }""")
    assert before.rstrip().endswith("Vienna Pravda"), before[-60:]
    footnote = reading.page.locator(f"section#notes li[id='{note_id}']")
    assert footnote.is_visible()
    assert "Vienna Pravda (1908–1912)" in text_of(reading, note_id).replace("“", "").replace("”", "")

    page = diplomatic.page
    assert page.locator(f"[id='{note_id}'], [id='fnref-{note_id}']").count() == 0
    assert "1908–1912" not in page.locator("#transmitted").inner_text()
    block = ref.evaluate("a => a.closest('p').id")
    assert '"Vienna Pravda" to Russia' in text_of(diplomatic, block)


def test_the_diplomatic_text_has_no_editorial_additions_at_all(diplomatic):
    page = diplomatic.page
    assert page.locator("a[role=doc-noteref], section#notes, .gap, .corr, .reg, .supplied, "
                        ".surplus-omitted").count() == 0
    assert ELLIPSIS_GAP not in page.locator("#transmitted").inner_text()


# ---------------------------------------------------------------- the diplomatic text is the source

def source_words(tei_path) -> list[str]:
    """The seed's words in order, minus the web page's own lines (the header's webSource note)."""
    tree = etree.parse(str(tei_path))
    web_lines = [" ".join(q.itertext()) for q in
                 tree.findall(".//tei:notesStmt/tei:note[@type='webSource']/tei:quote", TEI_NS)]
    assert web_lines, "the header no longer accounts for the web page's lines"
    words = []
    for line in (ROOT / "seeds" / "blumkin-1929.txt").read_text(encoding="utf-8").split("\n"):
        if line.strip() and " ".join(line.split()) not in web_lines:
            words.extend(line.split())
    return words


def first_difference(got: list[str], want: list[str]) -> str:
    i = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return (f"word {i}: diplomatic has {' '.join(got[max(0, i - 8):i + 8])!r}\n"
            f"        source has     {' '.join(want[max(0, i - 8):i + 8])!r}")


def test_the_diplomatic_text_is_the_source_text_nothing_added_nothing_dropped(diplomatic, tei_path):
    transmitted = diplomatic.page.locator("#transmitted").evaluate(INNER_TEXT_WITHOUT_COUNTERPARTS)
    got, want = transmitted.split(), source_words(tei_path)
    assert "".join(got) == "".join(want), "the diplomatic text differs from the source\n" + first_difference(got, want)
    assert got == want, "words run together or split apart\n" + first_difference(got, want)
