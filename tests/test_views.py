"""The three views and the landing page in a real browser (issue 7: views that work; issue 8: safe HTML).

The seed is built once into a throwaway project; Debian's Chromium opens the pages from file:// URLs
with every non-file request aborted and recorded (see browser.py): the views must work offline.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pytest
from lxml import etree

pytest.register_assert_rewrite("browser")

from browser import EDITION, SCREENSHOTS, Tab, build_site, ids_in, in_viewport, view_url
from conftest import TEI_NS

pytest_plugins = ["browser"]
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("browser")]  # no browser: skip before building

ALL_PAGES = ("reading", "diplomatic", "index", "landing")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form, as a reader typing into the filter means it."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))



# ---------------------------------------------------------------- every page loads cleanly

@pytest.mark.parametrize("view", ALL_PAGES)
def test_a_reader_opens_each_view_without_errors(site, tab, view):
    tab.open(view_url(site, view))
    tab.page.wait_for_timeout(100)  # let deferred scripts run and report
    assert tab.problems() == [], f"{view}: errors while loading"
    assert tab.page.title(), f"{view} has no title"
    assert tab.page.locator("main").inner_text().strip(), f"{view} shows nothing"


def test_the_stylesheet_and_script_are_there_and_load_from_files(site, tab):
    """What the pages link to (the CSS, the script) exists beside them; nothing comes from the web."""
    tab.open(view_url(site, "index"))
    links = tab.page.evaluate("""() => [
        ...[...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href),
        ...[...document.querySelectorAll('script[src]')].map(s => s.src)]""")
    assert links, "the index links no stylesheet or script"
    assert all(url.startswith("file:") for url in links), links
    # teikit.js ran: it reveals the filter box, which is hidden without it
    assert tab.page.locator("div.filter[role=search]").is_visible(), "teikit.js did not run on index.html"


# ---------------------------------------------------------------- links that land

def test_every_index_occurrence_lands_on_a_visible_passage_of_the_reading_text(site, tab):
    tab.open(view_url(site, "index"))
    hrefs = tab.page.eval_on_selector_all(
        "li.entry a[href*='reading.html#']", "as => as.map(a => a.getAttribute('href'))")
    assert len(hrefs) > 500, f"only {len(hrefs)} occurrence links in the index"
    assert all(h.startswith("reading.html#") for h in hrefs), [h for h in hrefs if not h.startswith("reading.html#")]
    targets = sorted({h.split("#", 1)[1] for h in hrefs})
    tab.open(view_url(site, "reading"))
    broken = tab.page.evaluate("""ids => ids.filter(id => {
        const el = document.getElementById(id);
        return !el || el.getClientRects().length === 0 || el.closest('[hidden], [role=tooltip]');
    })""", targets)
    assert broken == [], f"{len(broken)} index links lead nowhere visible in reading.html: {broken[:20]}"


def test_clicking_an_occurrence_in_the_index_shows_the_passage(site, tab):
    tab.open(view_url(site, "index"))
    entry = tab.page.locator("li.entry#trotsky")
    entry.locator("details.occurrences summary").click()
    link = entry.locator("details.occurrences a").nth(3)
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    tab.page.wait_for_url(re.compile(r"reading\.html#"))
    assert tab.page.url.endswith(f"reading.html#{target}")
    assert in_viewport(tab, target), f"#{target} is not on screen after following the index link"
    assert "Trotsky" in tab.page.locator(f"[id='{target}']").inner_text()


def test_every_footnote_and_its_back_link_round_trip(site, plain_tab, tei_path):
    """Without JavaScript (and in print) the notes are numbered endnotes: a mark leads there and back."""
    tab = plain_tab
    tab.open(view_url(site, "reading"))
    report = tab.page.evaluate("""() => {
        const problems = [];
        const refs = [...document.querySelectorAll('a[role=doc-noteref]')];
        const notes = [...document.querySelectorAll('section#notes li')];
        for (const ref of refs) {
            const id = (ref.getAttribute('href') || '').replace(/^#/, '');
            const li = document.getElementById(id);
            if (ref.id !== 'fnref-' + id) problems.push(`${ref.id}: id is not fnref-${id}`);
            if (!li || li.tagName !== 'LI' || !li.closest('section#notes')) { problems.push(`${id}: no footnote`); continue; }
            const back = li.querySelector('a.backref');
            if (!back || back.getAttribute('href') !== '#fnref-' + id) problems.push(`${id}: back link wrong`);
            if (String(li.value) !== ref.textContent.trim()) problems.push(`${id}: numbered ${li.value}, marked ${ref.textContent}`);
            if (!li.textContent.replace('↩', '').trim()) problems.push(`${id}: empty note`);
        }
        for (const li of notes) {
            if (document.querySelectorAll(`a[role=doc-noteref][href="#${li.id}"]`).length !== 1)
                problems.push(`${li.id}: not referenced exactly once`);
        }
        return {refs: refs.map(r => r.textContent.trim()), notes: notes.length, problems};
    }""")
    tree = etree.parse(str(tei_path))
    editorial = tree.findall(".//tei:text//tei:note[@type='editorial']", TEI_NS)
    assert report["problems"] == []
    assert report["notes"] == len(editorial) > 0
    assert report["refs"] == [str(n) for n in range(1, len(editorial) + 1)], "notes not numbered 1, 2, 3… in order"

    # a reader clicks note 1 and comes back; then the last one
    page = tab.page
    for number in (1, len(editorial)):
        ref = page.locator("a[role=doc-noteref]").nth(number - 1)
        ref_id, note_id = ref.get_attribute("id"), ref.get_attribute("href")[1:]
        ref.click()
        page.wait_for_url(re.compile(f"#{note_id}$"))
        assert in_viewport(tab, note_id), f"footnote {number} not on screen after clicking its mark"
        page.locator(f"li[id='{note_id}'] a.backref").click()
        page.wait_for_url(re.compile(f"#{ref_id}$"))
        assert in_viewport(tab, ref_id), f"the mark of note {number} not on screen after the back link"


def test_every_note_mark_is_a_superscript_that_leaves_names_whole(site, tab):
    """A note on a name ("Iset¹¹ Pasha Street") must not break the name's link or lose its superscript."""
    tab.open(view_url(site, "reading"))
    problems = tab.page.eval_on_selector_all("a[role=doc-noteref]", """refs => refs.flatMap(ref => [
        ...(ref.parentElement.matches('sup.noteref') ? [] : [`${ref.id}: the mark is not a superscript`]),
        ...(ref.previousElementSibling?.matches('a.ent:has(sup.noteref:empty)')
            ? [`${ref.id}: the mark broke the link of “${ref.previousElementSibling.textContent}” apart`] : [])])""")
    assert problems == []


class LinkNesting(HTMLParser):
    """Where the HTML as written puts a link inside a link (which browsers tear apart)."""

    def __init__(self):
        super().__init__()
        self.open_links, self.nested = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            if self.open_links:
                self.nested.append(f"{dict(attrs).get('id') or dict(attrs).get('href')} inside {self.open_links[-1]}")
            self.open_links.append(dict(attrs).get("id") or dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag == "a" and self.open_links:
            self.open_links.pop()


@pytest.mark.parametrize("view", ("reading", "diplomatic", "index"))
def test_no_view_puts_a_link_inside_a_link(site, view):
    """A note mark (or anything linked) inside a linked name is invalid HTML: the browser splits the name's
    link and the mark loses its superscript ("Izzet11 Pasha Street")."""
    parser = LinkNesting()
    parser.feed((site / EDITION / f"{view}.html").read_text(encoding="utf-8"))
    assert parser.nested == [], f"{view}: links inside links: {parser.nested}"


def test_every_entity_link_of_the_reading_text_reaches_an_index_entry(site, tab):
    tab.open(view_url(site, "index"))
    entries = ids_in(tab, "li.entry[id]")
    tab.open(view_url(site, "reading"))
    links = tab.page.eval_on_selector_all("a.ent", """as => as.map(a => ({
        href: a.getAttribute('href'), tip: a.getAttribute('aria-describedby'),
        tipOk: !!document.getElementById(a.getAttribute('aria-describedby') || '-')}))""")
    assert len(links) > 300
    bad_href = sorted({l["href"] for l in links
                       if not l["href"].startswith("index.html#") or l["href"].split("#", 1)[1] not in entries})
    assert bad_href == [], f"entity links to no index entry: {bad_href}"
    assert [l for l in links if not l["tipOk"]] == [], "entity links whose tooltip does not exist"


def test_counterpart_links_join_the_same_passage_in_both_text_views(site, tab):
    tab.open(view_url(site, "diplomatic"))
    diplomatic_ids = ids_in(tab, "#transmitted [id]")
    diplomatic_links = tab.page.eval_on_selector_all(
        ".counterpart", "as => as.map(a => [a.parentElement.id, a.getAttribute('href')])")
    tab.open(view_url(site, "reading"))
    reading_ids = ids_in(tab)
    reading_links = tab.page.eval_on_selector_all(
        ".counterpart", "as => as.map(a => [a.parentElement.id, a.getAttribute('href')])")

    assert len(diplomatic_links) > 100 and len(reading_links) > 100
    assert sorted(diplomatic_ids - reading_ids) == [], "blocks of the diplomatic text missing from the reading text"
    # every block with a counterpart link in the reading text is in the diplomatic text, and vice versa
    assert [(b, h) for b, h in reading_links if h != f"diplomatic.html#{b}"] == []
    assert [(b, h) for b, h in diplomatic_links if h != f"reading.html#{b}"] == []
    assert sorted({b for b, _ in reading_links} - diplomatic_ids) == []
    assert sorted({b for b, _ in diplomatic_links} - reading_ids) == []
    assert {b for b, _ in reading_links} == {b for b, _ in diplomatic_links}

    # and following one lands on the passage
    tab.page.locator("[id='testimony-p-1e99be'] > a.counterpart").click()
    tab.page.wait_for_url(re.compile(r"diplomatic\.html#testimony-p-1e99be$"))
    assert in_viewport(tab, "testimony-p-1e99be")


# ---------------------------------------------------------------- the index filter

def visible_entries(tab: Tab) -> list[str]:
    return tab.page.eval_on_selector_all("li.entry", """els => els
        .filter(e => !e.hidden && e.getClientRects().length > 0)
        .map(e => e.id || e.dataset.filter || e.textContent)""")


def settled(page, typed: str) -> None:
    """Wait until the filter has caught up with the typing: every entry still shown contains `typed`."""
    try:
        page.wait_for_function("""typed => {
            const fold = s => s.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase();
            return [...document.querySelectorAll('li.entry')].filter(e => !e.hidden)
                .every(e => fold((e.dataset.filter || '') + ' ' + e.textContent).includes(typed));
        }""", arg=typed, timeout=3000)
    except Exception:
        pytest.fail(f"after typing {typed!r} the index still shows entries without it")


def test_the_filter_box_narrows_the_index_ignoring_case_and_accents(site, tab, tei_path):
    tree = etree.parse(str(tei_path))
    modern = tree.xpath("//tei:place[@xml:id='prinkipo']/tei:placeName[@type='modern']", namespaces=TEI_NS)
    assert modern and modern[0].text == "Büyükada", "the register no longer has Prinkipo/Büyükada"

    tab.open(view_url(site, "index"))
    page = tab.page
    box = page.locator("#index-filter")
    box.wait_for(state="visible")
    everything = visible_entries(tab)
    assert len(everything) == page.locator("li.entry").count() > 100

    box.press_sequentially("buyukada")
    settled(page, "buyukada")
    shown = visible_entries(tab)
    assert "prinkipo" in shown, "typing 'buyukada' does not find Prinkipo (today Büyükada)"
    assert 0 < len(shown) < len(everything)
    status = page.locator("#index-filter-status").inner_text()
    assert str(len(shown)) in status, f"status {status!r} does not give the {len(shown)} matches"
    hidden_texts = page.eval_on_selector_all(
        "li.entry[hidden]", "els => els.map(e => (e.dataset.filter || '') + ' ' + e.textContent)")
    assert not [t for t in hidden_texts if "buyukada" in fold(t)], "an entry that matches was hidden"

    box.fill("")
    box.press_sequentially("BLUMKIN")
    settled(page, "blumkin")
    shown = visible_entries(tab)
    assert "blumkin" in shown and "prinkipo" not in shown

    box.fill("")
    box.dispatch_event("input")
    page.wait_for_function("n => [...document.querySelectorAll('li.entry')].filter(e => !e.hidden).length === n",
                           arg=len(everything))
    assert visible_entries(tab) == everything, "clearing the filter does not bring every entry back"


# ---------------------------------------------------------------- repetitions, tooltips

REPEATED = "to whom I could reveal all my experiences"


def test_the_reading_text_leaves_out_the_repetition_the_diplomatic_text_shows_it(site, tab):
    tab.open(view_url(site, "reading"))
    reading = tab.page.locator("[id='testimony-p-1e99be']").inner_text()
    assert reading.count(REPEATED) == 1, "the repeated passage is still in the reading text"
    assert tab.page.locator("[id='testimony-p-1e99be'] .surplus-omitted").count() == 1

    tab.open(view_url(site, "diplomatic"))
    paragraph = tab.page.locator("[id='testimony-p-1e99be']")
    assert paragraph.inner_text().count(REPEATED) == 2, "the diplomatic text drops the source's repetition"
    surplus = paragraph.locator(".surplus")
    assert surplus.count() == 1 and surplus.is_visible()
    assert surplus.inner_text().startswith(REPEATED)


def test_hovering_or_focusing_a_name_shows_its_register_entry_and_escape_hides_it(site, tab, tei_path):
    tree = etree.parse(str(tei_path))
    standard, = tree.xpath("//tei:person[@xml:id='trilisser']/tei:persName[@type='standard']", namespaces=TEI_NS)
    name = " ".join("".join(standard.itertext()).split())

    tab.open(view_url(site, "reading"))
    page = tab.page
    link = page.locator("a.ent[aria-describedby='tip-trilisser']").first
    tip = page.locator("[role=tooltip]#tip-trilisser")
    assert tip.is_hidden()

    link.hover()
    tip.wait_for(state="visible", timeout=2000)
    assert name in " ".join(tip.inner_text().split())
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden", timeout=2000)

    page.mouse.move(0, 0)
    link.focus()
    tip.wait_for(state="visible", timeout=2000)
    assert name in " ".join(tip.inner_text().split())
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden", timeout=2000)


# ---------------------------------------------------------------- screenshots, phone width

@pytest.mark.parametrize("view", ALL_PAGES)
def test_each_view_fits_a_phone_and_is_photographed(site, tab, view):
    """Screenshots at desktop and phone width for a person to look at; no sideways scrolling on a phone."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.open(view_url(site, view))
    page = tab.page
    for label, width, height in (("desktop", 1280, 1600), ("phone", 390, 1688)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(50)
        # the first two screens (a full-page shot of the reading text would take seconds)
        page.screenshot(path=str(SCREENSHOTS / f"{view}-{label}.png"), scale="css")
        sizes = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        assert sizes[0] <= sizes[1] + 1, f"{view} scrolls sideways at {width}px: {sizes[0]}px wide"
        if label == "phone":
            wide = page.evaluate("""w => [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > w + 1 && e.getClientRects().length)
                .filter(e => { // inside a box that scrolls or clips on its own, it does not widen the page
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                        if (getComputedStyle(a).overflowX !== 'visible') return false;
                    return true; })
                .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)""", width)
            assert wide == [], f"{view}: elements stick out past the phone's edge: {wide}"
    assert (SCREENSHOTS / f"{view}-phone.png").stat().st_size > 1000


# ---------------------------------------------------------------- issue 8: safe HTML

HOSTILE_TEXT = """\
<script>alert(1)</script> Report of the resident

Moscow, October 21, 1929

Comrade Trilisser, the agent wrote "><img src=x onerror=alert(2)> on the margin of the book.

The address javascript:alert(3) was found in Berlin, with <a href="javascript:alert(4)">a link</a> and <b onmouseover=alert(5)>bold</b> &lt;i&gt; too.

(Ya. G. Blumkin)
"""
HOSTILE_EDITION = """\
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main">&lt;script&gt;alert(6)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(7)&gt; javascript:alert(8)</title>
        <respStmt><resp>TEI encoding</resp><name>teikit</name></respStmt>
      </titleStmt>
    </fileDesc>
  </teiHeader>
</TEI>
"""
SHOWN_AS_TEXT = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "javascript:alert(3)",
                 '<a href="javascript:alert(4)">a link</a>', "<b onmouseover=alert(5)>bold</b>", "&lt;i&gt;"]
TITLE = '<script>alert(6)</script> "><img src=x onerror=alert(7)> javascript:alert(8)'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = tmp_path_factory.mktemp("hostile-project")
    (project / "seeds").mkdir()
    (project / "seeds" / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (project / "seeds" / "hostile.edition.xml").write_text(HOSTILE_EDITION, encoding="utf-8")
    return build_site(project)


@pytest.mark.parametrize("view", ALL_PAGES)
def test_markup_in_a_text_is_shown_as_text_never_run(hostile_site, tab, view):
    tab.open(view_url(hostile_site, view, "hostile"))
    page = tab.page
    for element in page.locator("[tabindex], a.ent, .date").all()[:30]:  # provoke hover handlers too
        element.hover()
    page.wait_for_timeout(200)
    assert tab.dialogs == [], f"{view}: the text's markup ran: {tab.dialogs}"
    assert page.locator("img, script:not([src]), iframe, object, embed").count() == 0, \
        f"{view}: an element from the text was created"
    active = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
        .filter(a => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))
        .map(a => `${e.tagName} ${a.name}=${a.value}`))""")
    assert active == [], f"{view}: event handlers or javascript: URLs in the page: {active}"
    if view != "landing":
        assert page.title().startswith(TITLE)
    body = page.locator("body").inner_text()
    assert TITLE in " ".join(body.split()), f"{view}: the title is not shown as text"
    if view in ("reading", "diplomatic"):
        for fragment in SHOWN_AS_TEXT:
            assert fragment in body, f"{view}: {fragment!r} is not shown as text"
    assert tab.problems() == []
