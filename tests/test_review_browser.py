"""Issue 20 in the browser: an editor reviews a development text teikit has never seen, in Chromium,
and the file on disk then holds exactly their decisions and nothing else.

The text is ../shared/eval/dev/ogpu-review-1929-10, converted at test time (skipped without
../shared). It has no surname that repeats, so the bulk decision is taken on the name it repeats
most: "OGPU", five times.
"""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest

from browser import SCREENSHOTS
from conftest import SHARED
from teikit.pipeline import convert_file, edited_since_generated, save_tei
from teikit.review.server import ReviewServer
from teikit.validate import validate_file

pytest_plugins = ["browser"]
pytestmark = pytest.mark.browser

DEV_TEXT = SHARED / "eval" / "dev" / "ogpu-review-1929-10" / "plain.txt"
NAME = "ogpu-review-1929-10"
TODAY = date(2026, 12, 1)


@pytest.fixture
def review(tmp_path):
    """The dev text converted into a project's tei/, and a review server on it."""
    if not DEV_TEXT.exists():
        pytest.skip("the development set ../shared/eval/dev is not beside the project")
    path = tmp_path / "tei" / f"{NAME}.xml"
    save_tei(convert_file(DEV_TEXT, path), path)
    server = ReviewServer({NAME: path}, editor_name="A. Editor", today=TODAY)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, path
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, review):
    """A Chromium page that may reach the review server and nothing else; errors are collected."""
    server, _ = review
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    elsewhere, errors = [], []

    def route(route):
        if route.request.url.startswith(server.url):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    refusal = re.compile(r"status of (409|422) ")  # the server's refusals, which the page shows
    page.on("console", lambda m: m.type == "error" and not refusal.search(m.text) and errors.append(m.text))
    page.goto(server.url)
    yield page
    context.close()
    assert not elsewhere, f"the page reached beyond the review server: {elsewhere}"
    assert not errors, errors


def queue_item(page, kind: str, words: str):
    return page.locator("#queue li.item").filter(has=page.locator(".what a", has_text=f"{kind} “{words}”"))


def saved(page, message: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator(".notice")).to_have_text(message)


def mention_tag(data: str, element: str, words: str) -> re.Match:
    found = list(re.finditer(rf'<{element} ref="#([\w.-]+)" resp="#teikit" cert="\w+">{re.escape(words)}</{element}>', data))
    assert found, f"teikit no longer tags {words!r} as {element}"
    return found[0]


def entry(data: str, kind: str, xml_id: str, resp: str) -> str:
    found = re.search(rf'\n[ ]*<{kind} xml:id="{xml_id}" resp="#{resp}"[^>]*>.*?</{kind}>', data, re.S)
    assert found, f"no {kind} {xml_id} by {resp}"
    return found.group()


def test_an_editor_reviews_a_new_text_and_the_file_holds_exactly_their_decisions(page, review):
    _, path = review
    original = path.read_text(encoding="utf-8")
    messing = mention_tag(original, "persName", "Messing")
    pp = mention_tag(original, "orgName", "PP")
    place = mention_tag(original, "orgName", "Seredsky Central Dispatch Center")  # a named facility: a place
    ipo = mention_tag(original, "placeName", "IPO")
    ogpu = mention_tag(original, "orgName", "OGPU")
    assert original.count(ogpu.group()) == 5

    # the queue starts with the most doubtful mention
    certs = page.locator("#queue li.item .cert").all_inner_texts()
    assert certs == sorted(certs, key=["low", "medium", "high"].index) and len(set(certs)) > 1

    queue_item(page, "person", "Messing").get_by_role("button", name="Accept").click()
    saved(page, "Saved: accepted 1 mention of “Messing”.")
    queue_item(page, "organisation", "PP").get_by_role("button", name="Reject").click()
    saved(page, "Saved: rejected 1 mention of “PP”.")
    retype = queue_item(page, "organisation", "Seredsky Central Dispatch Center")
    retype.locator("select[name=type]").select_option("placeName")
    retype.get_by_role("button", name="Change type").click()
    saved(page, "Saved: retyped 1 mention of “Seredsky Central Dispatch Center”.")
    relink = queue_item(page, "place", "IPO")
    relink.locator("summary").click()
    relink.locator("input[name=name]").fill("Ivanovo Industrial Oblast")
    relink.locator("input[name=variants]").fill("IPO; Ivanovo Industrial Region")
    relink.get_by_role("button", name="Create and link").click()
    saved(page, "Saved: linked 1 mention of “IPO”.")
    bulk = queue_item(page, "organisation", "OGPU")
    bulk.locator("input[name=scope]").check()
    bulk.get_by_role("button", name="Accept").click()
    saved(page, "Saved: accepted 5 mentions of “OGPU”.")
    queue_item(page, "organisation", "Central Committee").get_by_role("button", name="Reject").click()
    saved(page, "Saved: rejected 1 mention of “Central Committee”.")
    page.get_by_role("button", name=re.compile("^Undo")).click()
    saved(page, "Undone: rejected 1 mention of “Central Committee”.")
    assert queue_item(page, "organisation", "Central Committee").count() == 1
    page.locator("#queue").evaluate("queue => { queue.scrollTop = 0; }")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review.png"))

    final = path.read_text(encoding="utf-8")
    assert [str(p) for p in validate_file(path) if p.severity == "error"] == []
    assert edited_since_generated(path.read_bytes())  # `build --reconvert` will not clobber it

    # what the register gained
    new_place = entry(final, "place", place[1], "editor")
    assert '<placeName type="standard">Seredsky Central Dispatch Center</placeName>' in new_place
    new_oblast = entry(final, "place", "ivanovo-industrial-oblast", "editor")
    assert ['Ivanovo Industrial Oblast', 'IPO', 'Ivanovo Industrial Region'] == \
        re.findall(r">([^<]+)</placeName>", new_oblast)
    editor = re.search(r'\n *<respStmt xml:id="editor">.*?</respStmt>', final, re.S).group()
    assert "<name>A. Editor</name>" in editor
    change = re.search(r'\n *<change xml:id="review-2026-12-01"[^>]*>[^<]*</change>', final).group()
    assert 'who="#editor" when="2026-12-01">Reviewed in teikit review: 9 mentions ' \
           '(6 accepted, 1 linked, 1 rejected, 1 retyped).' in change

    # the diff: take those decisions back out of the file, and the file is the original, byte for byte
    decided = [(messing.group(), f'<persName ref="#{messing[1]}" resp="#editor">Messing</persName>'),
               (pp.group(), "PP"),
               (place.group(), f'<placeName ref="#{place[1]}" resp="#editor">Seredsky Central Dispatch Center</placeName>'),
               (ipo.group(), '<placeName ref="#ivanovo-industrial-oblast" resp="#editor">IPO</placeName>')]
    reduced = final
    for gained in (new_place, new_oblast, editor, change):
        reduced = reduced.replace(gained, "", 1)
    reduced = reduced.replace(f'<orgName ref="#{ogpu[1]}" resp="#editor">OGPU</orgName>', ogpu.group())
    for before, after in decided:
        assert reduced.count(after) == 1, after
        reduced = reduced.replace(after, before, 1)
    expected = original
    for dropped in (entry(original, "org", place[1], "teikit"), entry(original, "org", pp[1], "teikit"),
                    entry(original, "place", ipo[1], "teikit")):
        expected = expected.replace(dropped, "", 1)
    assert reduced == expected


def test_an_invalid_decision_is_shown_in_the_page_and_the_file_is_kept(page, review):
    _, path = review
    original = path.read_bytes()
    date_item = page.locator("#queue li.item").filter(has=page.locator(".what a", has_text="date “October”"))
    date_item.locator("input[name=when]").fill("1929-02-30x")
    date_item.get_by_role("button", name="Correct").click()
    problems = page.locator(".problems")
    problems.wait_for()
    assert "the decision would make the file invalid" in problems.inner_text()
    assert "1929-02-30x" in problems.inner_text()
    assert path.read_bytes() == original


def test_a_second_tab_cannot_overwrite_what_the_first_decided(page, review, browser):
    server, path = review
    other = browser.new_context().new_page()
    other.goto(server.url)
    queue_item(page, "person", "Messing").get_by_role("button", name="Accept").click()
    saved(page, "Saved: accepted 1 mention of “Messing”.")
    after_first = path.read_bytes()

    queue_item(other, "person", "Messing").get_by_role("button", name="Reject").click()
    problems = other.locator(".problems")
    problems.wait_for()
    assert "the file changed on disk since this page was loaded" in problems.inner_text()
    assert path.read_bytes() == after_first
    assert queue_item(other, "person", "Messing").count() == 0  # the second tab now shows the decision
    other.context.close()


def test_the_page_works_without_javascript(review, browser):
    """Progressive: the forms post and the server answers with the next page; the script only keeps
    the editor's place."""
    server, path = review
    messing = mention_tag(path.read_text(encoding="utf-8"), "persName", "Messing")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url)
    queue_item(page, "person", "Messing").get_by_role("button", name="Accept").click()
    saved(page, "Saved: accepted 1 mention of “Messing”.")
    assert f'<persName ref="#{messing[1]}" resp="#editor">Messing</persName>' in path.read_text(encoding="utf-8")
    page.get_by_role("button", name=re.compile("^Undo")).click()
    saved(page, "Undone: accepted 1 mention of “Messing”.")
    context.close()
