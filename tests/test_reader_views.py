"""What readers of digital editions expect of the views (issue 18), driven in Debian's Chromium as a
reader would: notes in place, the TEI to download and how to cite it, the switch between the two
texts, highlight controls, full-text search, and the phone.

The seed is built once (browser.py) and opened from file:// URLs with every non-file request
aborted: all of it must work offline.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from lxml import etree

pytest.register_assert_rewrite("browser")

from browser import EDITION, SCREENSHOTS, build_unlocated_site, in_viewport, view_url
from conftest import ROOT, TEI_NS

pytest_plugins = ["browser"]
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("browser")]



# ---------------------------------------------------------------- notes in place

def test_a_note_opens_beside_its_mark_and_escape_closes_it(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    mark = page.locator("a[role=doc-noteref]").nth(2)
    note_id = mark.get_attribute("href")[1:]
    note_text = " ".join(page.locator(f"li[id='{note_id}']").inner_text().replace("↩", "").split())
    popover = page.locator("#note-popover")
    assert popover.is_hidden()

    # a click (or a tap) opens the note where the reader is, without jumping to the list of notes
    mark.scroll_into_view_if_needed()
    url = page.url
    mark.click()
    popover.wait_for(state="visible", timeout=2000)
    assert page.url == url, "clicking the mark left the passage for the list of notes"
    assert " ".join(popover.inner_text().split()).endswith(note_text)
    box, anchor = popover.bounding_box(), mark.bounding_box()
    assert abs(box["y"] - (anchor["y"] + anchor["height"])) < 40 or abs(box["y"] + box["height"] - anchor["y"]) < 40, \
        "the note does not open beside its mark"
    assert in_viewport(tab, "note-popover")
    assert page.evaluate("document.activeElement.id") == "note-popover", "the open note does not take the focus"
    assert mark.get_attribute("aria-expanded") == "true"
    page.screenshot(path=str(SCREENSHOTS / "reading-note-in-place.png"), scale="css")

    page.keyboard.press("Escape")
    popover.wait_for(state="hidden", timeout=2000)
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"#{note_id}", \
        "closing the note does not give the focus back to its mark"

    # by keyboard alone: focus on a mark shows its note, Escape hides it, Enter keeps it open
    page.locator("a[role=doc-noteref]").nth(3).focus()
    popover.wait_for(state="visible", timeout=2000)
    page.keyboard.press("Escape")
    popover.wait_for(state="hidden", timeout=2000)
    page.keyboard.press("Enter")
    popover.wait_for(state="visible", timeout=2000)
    page.get_by_role("button", name="Close the note").click()
    popover.wait_for(state="hidden", timeout=2000)
    assert tab.problems() == []


def test_hovering_a_note_mark_shows_the_note_and_leaving_hides_it(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    mark = page.locator("a[role=doc-noteref]").first
    mark.hover()
    page.locator("#note-popover").wait_for(state="visible", timeout=2000)
    page.mouse.move(0, 0)
    page.locator("#note-popover").wait_for(state="hidden", timeout=2000)


# ---------------------------------------------------------------- the TEI and how to cite it

@pytest.mark.parametrize("view", ("reading", "diplomatic", "index"))
def test_every_page_of_an_edition_links_the_canonical_tei_byte_for_byte(site, tab, tei_path, view):
    """From a web server the link downloads NAME.xml; from file:// Chromium opens it instead (it
    ignores `download` there): either way the reader gets the canonical file, byte for byte."""
    tab.open(view_url(site, view))
    link = tab.page.locator("a.tei-download")
    assert link.count() == 1 and link.is_visible()
    assert link.get_attribute("download") == f"{EDITION}.xml"
    target = link.evaluate("a => a.href")
    with tab.page.expect_navigation():
        link.click()
    assert tab.page.url == target
    assert tab.page.evaluate("document.contentType") in ("text/xml", "application/xml")
    downloaded = Path(url2pathname(urlparse(target).path))
    assert downloaded.read_bytes() == tei_path.read_bytes(), "the TEI linked is not the canonical file"


def test_a_reference_manager_reads_title_date_and_source_from_the_head(site, tab, tei_path):
    from lxml import etree

    from conftest import TEI_NS

    tree = etree.parse(str(tei_path))
    title = " ".join("".join(tree.find(".//tei:titleStmt/tei:title", TEI_NS).itertext()).split())
    written = tree.find(".//tei:profileDesc/tei:creation/tei:date", TEI_NS).get("when")
    tab.open(view_url(site, "diplomatic"))
    meta = tab.page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('meta[name]')]
        .map(m => [m.name, m.content]))""")
    assert meta["citation_title"] == meta["DC.title"] == title
    assert meta["citation_date"] == written.replace("-", "/") and meta["DC.date"] == written
    assert meta["DC.language"] == meta["citation_language"] == "en"
    alternate = tab.page.locator("link[rel=alternate][type='application/tei+xml']").get_attribute("href")
    assert alternate == f"{EDITION}.xml"


def test_the_citation_gives_the_address_of_the_paragraph_the_reader_is_at(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    page.evaluate("document.getElementById('testimony-p-1e99be').scrollIntoView({block: 'start'})")
    page.wait_for_timeout(100)
    cite = page.locator(".site-footer a.cite-url")
    assert cite.get_attribute("href") == "reading.html#testimony-p-1e99be"
    assert cite.inner_text().endswith("/reading.html#testimony-p-1e99be")
    assert cite.inner_text().startswith("file:///")


def test_without_javascript_the_citation_still_names_a_passage(site, plain_tab):
    plain_tab.open(view_url(site, "reading"))
    cite = plain_tab.page.locator(".site-footer a.cite-url")
    assert re.fullmatch(r"reading\.html#[\w-]+", cite.get_attribute("href"))
    assert "teikit" in plain_tab.page.locator(".site-footer .citation").inner_text()


# ---------------------------------------------------------------- reading ↔ diplomatic

def click_where_it_is(page, locator) -> None:
    """A reader's click on what is on screen (Playwright's click would first scroll the sticky
    header's link "into view", moving the page under the reader)."""
    box = locator.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_switching_to_the_diplomatic_text_and_back_keeps_the_paragraph(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    passage = "testimony-p-e7e059"
    page.evaluate(f"document.getElementById('{passage}').scrollIntoView({{block: 'start'}})")
    page.wait_for_timeout(100)
    views = page.get_by_role("navigation", name="Views of this edition")
    click_where_it_is(page, views.get_by_role("link", name="Diplomatic text"))
    page.wait_for_url(re.compile(r"diplomatic\.html#"))
    assert page.url.endswith(f"diplomatic.html#{passage}")
    assert in_viewport(tab, passage)

    page.evaluate("window.scrollBy(0, 1)")  # the reader reads on a little
    click_where_it_is(page, views.get_by_role("link", name="Reading text"))
    page.wait_for_url(re.compile(r"reading\.html#"))
    assert page.url.endswith(f"reading.html#{passage}")
    assert in_viewport(tab, passage)
    assert tab.problems() == []


# ---------------------------------------------------------------- highlight controls

def test_a_reader_hides_the_marks_of_places_and_the_choice_is_remembered(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    place = page.locator(".text a.ent-place").first
    person = page.locator(".text a.ent-pers").first
    line = "e => getComputedStyle(e).textDecorationLine"
    assert place.evaluate(line) == "underline" and person.evaluate(line) == "underline"

    places = page.get_by_role("group", name="Mark in the text").get_by_label("Places")
    places.uncheck()
    assert place.evaluate(line) == "none", "places are still marked after 'Places' was unticked"
    assert person.evaluate(line) == "underline", "persons lost their marks with the places"
    assert place.get_attribute("href").startswith("index.html#"), "a hidden mark must not lose its link"

    dates = page.get_by_role("group", name="Mark in the text").get_by_label("Dates")
    date = page.locator(".text .date").first
    assert not dates.is_checked() and date.evaluate(line) == "none"
    dates.check()
    assert date.evaluate(line) == "underline"

    page.reload()
    assert not page.get_by_label("Places").is_checked(), "the choice was not remembered"
    assert page.locator(".text a.ent-place").first.evaluate(line) == "none"
    page.get_by_label("Places").check()


def test_clicking_a_name_marks_every_mention_and_previews_its_entry(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    name = page.locator(".text a.ent[aria-describedby='tip-trilisser']")
    mentions = name.count()
    assert mentions > 2
    url = page.url
    name.first.click()
    preview = page.locator("#entity-popover")
    preview.wait_for(state="visible", timeout=2000)
    assert page.url == url, "a click on a name left the text before the reader saw the preview"
    assert "Trilisser" in preview.inner_text() and f"{mentions} mentions" in preview.inner_text()
    assert page.locator(".text a.ent.ent-marked").count() == mentions
    assert page.locator(".text a.ent.ent-marked[aria-describedby='tip-trilisser']").count() == mentions

    page.keyboard.press("Escape")
    preview.wait_for(state="hidden", timeout=2000)
    assert page.locator(".ent-marked").count() == mentions, "closing the preview should keep the marks"
    name.first.click()
    preview.get_by_role("button", name="Unmark").click()
    assert page.locator(".ent-marked").count() == 0

    name.nth(1).click()
    preview.get_by_role("link", name="Index entry").click()
    page.wait_for_url(re.compile(r"index\.html#trilisser$"))


# ---------------------------------------------------------------- the phone

def test_on_a_phone_a_tap_on_a_name_shows_a_preview_before_leaving_the_text(site, phone_tab):
    tab = phone_tab
    tab.open(view_url(site, "reading"))
    page = tab.page
    name = page.locator(".text a.ent-place").nth(5)
    name.scroll_into_view_if_needed()
    url = page.url
    name.tap()
    preview = page.locator("#entity-popover")
    preview.wait_for(state="visible", timeout=2000)
    assert page.url == url, "the tap left the text for the index"
    box = preview.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "the preview sticks out of the phone's screen"
    page.screenshot(path=str(SCREENSHOTS / "reading-phone-preview.png"), scale="css")
    preview.get_by_role("link", name="Index entry").tap()
    page.wait_for_url(re.compile(r"index\.html#"))
    assert tab.problems() == []


def test_on_a_phone_the_views_and_the_contents_stay_in_reach_down_the_page(site, phone_tab):
    tab = phone_tab
    tab.open(view_url(site, "reading"))
    page = tab.page
    page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
    page.wait_for_timeout(100)
    contents = page.get_by_role("navigation", name="Views of this edition").get_by_role("link", name="Contents")
    assert contents.is_visible() and contents.bounding_box()["y"] < 120, "no way to the contents half way down"
    box = contents.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"#contents$"))
    assert in_viewport(tab, "toc-heading")


# ---------------------------------------------------------------- full-text search

@pytest.fixture(scope="module")
def two_editions(tmp_path_factory) -> Path:
    """The seed and a letter that never names Blumkin, built together into one site."""
    import shutil

    from browser import build_site

    project = tmp_path_factory.mktemp("search-project")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copy(ROOT / "tests" / "data" / "letter.txt", project / "seeds" / "letter.txt")
    return build_site(project)


def test_a_reader_searches_blumkin_from_another_edition_and_lands_on_the_hit_marked(two_editions, tab):
    tab.open(view_url(two_editions, "reading", "letter"))
    page = tab.page
    assert "Blumkin" not in page.locator("main").inner_text()
    page.get_by_role("button", name="Search", exact=True).click()
    search = page.get_by_role("search")
    search.get_by_label("Search the texts of all editions").fill("Blumkin")
    search.get_by_role("button", name="Search").click()
    hits = search.locator(".search-results a")
    hits.first.wait_for(timeout=5000)
    assert hits.count() >= 3
    assert hits.first.locator("cite").inner_text().startswith("Memorandum of Ya. S. Agranov"), "no edition title"
    assert set(search.locator(".search-results mark.search-hit").all_inner_texts()) == {"Blumkin"}
    page.screenshot(path=str(SCREENSHOTS / "search-hits.png"), scale="css")

    target = hits.first.get_attribute("href").split("#", 1)[1]
    hits.first.click()
    page.wait_for_url(re.compile(rf"{EDITION}/reading\.html\?q=Blumkin#"))
    page.locator(f"[id='{target}'] mark.search-hit").first.wait_for(timeout=5000)
    assert in_viewport(tab, target)
    marked = page.locator(f"[id='{target}'] mark.search-hit").all_inner_texts()
    assert marked and set(marked) <= {"Blumkin", "Blumkin's"}
    assert tab.problems() == []


def test_a_search_that_finds_nothing_says_so(two_editions, tab):
    tab.open(view_url(two_editions, "index"))
    page = tab.page
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_label("Search the texts of all editions").fill("xylophonequartz")
    page.keyboard.press("Enter")
    page.wait_for_function("() => /Nothing found/.test(document.querySelector('.search-status').textContent)")
    assert page.locator(".search-results li").count() == 0


def harbour_log(day: int) -> str:
    """A short log whose every paragraph mentions the ice: many passages for one word."""
    entries = "\n\n".join(f"Entry {n}. The ice held every ship in the harbour again." for n in range(1, 11))
    return f"Harbour log, day {day}\n\n{entries}\n"


@pytest.fixture(scope="module")
def nine_logs(tmp_path_factory) -> Path:
    from browser import build_site

    project = tmp_path_factory.mktemp("many-editions")
    (project / "seeds").mkdir()
    for day in range(1, 10):
        (project / "seeds" / f"log-{day}.txt").write_text(harbour_log(day), encoding="utf-8")
    return build_site(project)


def test_a_search_over_many_editions_stops_at_fifty_hits_and_the_reader_can_search_the_rest(nine_logs, tab):
    """A site of thousands of editions is never loaded whole: the editions' indexes come a batch at
    a time until there are 50 hits, and the reader is told how many editions were searched."""
    tab.open(view_url(nine_logs, "landing"))
    page = tab.page
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_label("Search the texts of all editions").fill("ice")
    page.keyboard.press("Enter")
    status = page.locator(".search-status")
    page.wait_for_function("() => /found in the first 8 of 9 editions/.test("
                           "document.querySelector('.search-status').textContent)")
    assert page.locator(".search-results li").count() == 50

    status.get_by_role("button", name="Search the other editions").click()
    page.wait_for_function("() => /^90 passages found; the first 50:/.test("
                           "document.querySelector('.search-status').textContent)")
    assert page.locator(".search-results li").count() == 50
    assert tab.problems() == []


# ---------------------------------------------------------------- without JavaScript

def ids_of(path: Path, cache: dict) -> set[str]:
    if path not in cache:
        from lxml import html

        cache[path] = set(html.parse(str(path)).getroot().xpath("//@id")) if path.suffix == ".html" else set()
    return cache[path]


@pytest.mark.parametrize("view", ("reading", "diplomatic", "index", "landing"))
def test_without_javascript_every_page_reads_and_every_link_resolves(site, plain_tab, view):
    tab = plain_tab
    tab.open(view_url(site, view))
    page = tab.page
    assert len(page.locator("main").inner_text().split()) > 20, f"{view} shows (almost) nothing without JavaScript"
    hrefs = page.eval_on_selector_all("a[href]", "as => [...new Set(as.map(a => a.href))]")
    cache, broken = {}, []
    for href in hrefs:
        url = urlparse(href)
        if url.scheme in ("http", "https"):
            continue  # authority files on the web: not this site's to resolve
        assert url.scheme == "file", href
        target = Path(url2pathname(url.path))
        if not target.is_file():
            broken.append(f"{href}: no such file")
        elif url.fragment and url2pathname(url.fragment) not in ids_of(target, cache):
            broken.append(f"{href}: no such id")
    assert len(hrefs) > 3 and broken == [], f"{view}: {len(broken)} links lead nowhere: {broken[:10]}"
    assert tab.problems() == []


# ---------------------------------------------------------------- small defects

def test_an_index_snippet_keeps_the_space_of_a_line_break(site):
    """"…hide from Moscow.<lb/>During a search…": the snippet must not read "Moscow.During"."""
    page = (site / EDITION / "index.html").read_text(encoding="utf-8")
    assert "Moscow.During" not in page
    assert "Moscow</mark>. During" in page


def test_the_web_pages_title_and_references_are_set_apart_not_text_with_linked_names(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    front = page.get_by_role("note", name="The web page's title and references")
    assert front.count() == 1 and "from the web page" in front.inner_text().lower()
    assert "Politburo" in front.inner_text()
    assert front.locator("a.ent, h2, h3").count() == 0, "the web page's lines read as a heading with linked names"
    toc = page.get_by_role("navigation", name="Contents").inner_text()
    assert "evidence of Ya. G. Blumkin" not in toc, "the web page's title is listed as a part of the text"


def test_the_counts_of_the_index_sections_follow_the_filter(site, tab):
    tab.open(view_url(site, "index"))
    page = tab.page
    sections = page.get_by_role("navigation", name="Sections of the index")
    places = sections.get_by_role("link", name=re.compile("^Places"))
    total = int(re.search(r"\((\d+)\)", places.inner_text()).group(1))
    page.locator("#index-filter").press_sequentially("buyukada")
    page.wait_for_function("() => /of/.test(document.querySelector(\".index-sections a[href='#places'] .count\").textContent)")
    shown = page.locator("#places li.entry:not([hidden])").count()
    assert places.locator(".count").inner_text() == f"({shown} of {total})"
    page.locator("#index-filter").fill("")
    page.locator("#index-filter").dispatch_event("input")
    page.wait_for_function(f"() => document.querySelector(\".index-sections a[href='#places'] .count\").textContent === '({total})'")


def test_the_printed_index_gives_the_paragraph_number_printed_beside_the_passage(site, tab):
    tab.open(view_url(site, "index"))
    page = tab.page
    page.locator("li.entry#trotsky details.occurrences summary").click()  # printing opens them all
    page.emulate_media(media="print")
    occurrence = page.locator("li.entry#trotsky details.occurrences a").nth(3)
    locator = occurrence.locator(".locator")
    assert locator.is_visible(), "no locator after an occurrence in the printed index"
    number = locator.inner_text().strip().lstrip("¶").strip()
    target = occurrence.get_attribute("href").split("#", 1)[1]

    tab.open(view_url(site, "reading"))
    page.emulate_media(media="print")
    paragraph = page.locator(f"[id='{target}']").locator("xpath=ancestor-or-self::p[@data-n][1]")
    assert paragraph.get_attribute("data-n") == number
    printed = paragraph.evaluate("p => getComputedStyle(p, '::before').content")
    assert printed == f'"{number}"', "the paragraph's number is not printed beside it"
    page.emulate_media(media="screen")
    assert paragraph.evaluate("p => getComputedStyle(p, '::before').content") in ("none", "normal")


# ---------------------------------------------------------------- accessibility (axe-core)

AXE = Path(__file__).parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.parametrize("view", ("reading", "diplomatic", "index", "landing"))
def test_axe_finds_no_serious_or_critical_violation_on_any_page_type(site, tab, view):
    tab.open(view_url(site, view))
    page = tab.page
    if view == "reading":  # the popovers and the search too, opened
        page.locator("a[role=doc-noteref]").first.click()
        page.get_by_role("button", name="Search", exact=True).click()
    assert serious_violations(page) == [], view


@pytest.mark.parametrize("page_name", ("persons", "places", "organisations", "chronology", "entry-*", "chronology-*"))
def test_axe_finds_no_serious_or_critical_violation_on_the_corpus_pages(two_editions, tab, page_name):
    """A site of two editions is a corpus: its index pages across the editions are a page type too,
    and so are the page of an entry's editions and the page of a year's dates."""
    tab.open(sorted((two_editions / "corpus").glob(f"{page_name}.html"))[0].as_uri())
    assert serious_violations(tab.page) == [], page_name


def serious_violations(page) -> list[str]:
    """What axe-core finds serious or critical on the page as it is now."""
    if not AXE.exists():
        from browser import unavailable

        unavailable("no axe-core: npm ci --prefix tests/a11y (scripts/test does it)")
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']}))
        .violations.filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)""")


# ---------------------------------------------------------------- the timeline

def test_a_reader_picks_a_month_in_the_timeline_and_sees_its_dates(site, tab, tei_path):
    from lxml import etree

    from conftest import TEI_NS

    tree = etree.parse(str(tei_path))
    in_october = [d for d in tree.iterfind(".//tei:text//tei:date", TEI_NS)
                  if (d.get("when") or d.get("notBefore") or d.get("from") or "").startswith("1929-10")]
    tab.open(view_url(site, "index"))
    page = tab.page
    timeline = page.get_by_role("navigation", name="Timeline: dates by month")
    october = timeline.get_by_role("link", name=re.compile(r"^October 1929"))
    assert october.locator(".month-count").inner_text() == str(len(in_october))
    october.click()
    page.wait_for_url(re.compile(r"#month-1929-10$"))
    assert in_viewport(tab, "month-1929-10")
    picked = page.locator("li.event.picked")
    picked.first.wait_for()  # the address changes at once; the page marks the dates on the hashchange after it
    assert picked.count() == len(in_october) > 3
    assert all("1929" in text and "October" in text for text in picked.locator(".when").all_inner_texts())
    page.screenshot(path=str(SCREENSHOTS / "index-timeline.png"), scale="css")


# ---------------------------------------------------------------- the map

def test_a_reader_clicks_a_map_marker_and_lands_on_the_places_entry(site, tab):
    """The seed's register gives coordinates for its towns: each is a marker on the index's map."""
    located = etree.parse(str(ROOT / "seeds" / f"{EDITION}.register.xml")).xpath(
        "//tei:place[tei:location/tei:geo]", namespaces=TEI_NS)
    tab.open(view_url(site, "index"))
    page = tab.page
    places = page.locator("section#places")
    markers = places.locator("figure.map a.marker")
    assert markers.count() == len(located) > 0
    box = {m.get_attribute("href"): m.bounding_box() for m in markers.all()}
    # north is up and east is right: Moscow above Constantinople, Berlin west of Moscow, Alma-Ata east
    assert box["#moscow"]["y"] < box["#constantinople"]["y"]
    assert box["#berlin"]["x"] < box["#moscow"]["x"] < box["#alma-ata"]["x"]
    page.locator("figure.map").screenshot(path=str(SCREENSHOTS / "index-map.png"))
    assert serious_violations(page) == []
    places.get_by_role("link", name="Constantinople").first.click()
    page.wait_for_url(re.compile(r"#constantinople$"))
    assert in_viewport(tab, "constantinople")


@pytest.fixture(scope="module")
def unlocated_site(tmp_path_factory) -> Path:
    """The seed with the coordinates taken out of its register."""
    return build_unlocated_site(tmp_path_factory.mktemp("no-map-project"))


def test_without_coordinates_there_is_no_map(unlocated_site, tab):
    tab.open(view_url(unlocated_site, "index"))
    assert tab.page.locator("figure.map").count() == 0


# ---------------------------------------------------------------- side by side

def test_on_a_wide_screen_the_diplomatic_text_stands_beside_the_reading_text_at_the_same_passage(site, tab):
    tab.open(view_url(site, "reading"))
    page = tab.page
    page.set_viewport_size({"width": 1600, "height": 900})
    toggle = page.get_by_role("button", name="Side by side")
    click_where_it_is(page, toggle)
    assert toggle.get_attribute("aria-pressed") == "true"
    panel = page.get_by_role("complementary", name="The diplomatic text, beside the reading text")
    assert panel.is_visible()

    passage = "testimony-p-e7e059"
    page.evaluate(f"document.getElementById('{passage}').scrollIntoView({{block: 'start'}})")
    frame = page.frame_locator(".side-panel iframe")
    page.wait_for_function(f"() => document.querySelector('.side-panel iframe').src.endsWith('#{passage}')")
    beside = frame.locator(f"[id='{passage}']")
    beside.wait_for(timeout=3000)
    assert "psychological wounds were very fresh" in beside.inner_text()
    frame_page = next(f for f in page.frames if "diplomatic.html" in f.url)
    frame_page.wait_for_function(f"""() => {{ const r = document.getElementById('{passage}').getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight / 2; }}""", timeout=3000)
    assert frame_page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") == "none"
    page.screenshot(path=str(SCREENSHOTS / "reading-side-by-side.png"), scale="css")

    click_where_it_is(page, toggle)
    assert panel.is_hidden()
    assert tab.problems() == []
