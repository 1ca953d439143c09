"""What readers of digital editions expect of the views (issue 18), driven in Debian's Chromium as a
reader would: notes in place, the TEI to download and how to cite it, the switch between the two
texts, highlight controls, full-text search, and the phone.

The seed is built once (browser.py) and opened from file:// URLs with every non-file request
aborted: all of it must work offline.
"""

from __future__ import annotations

import re

import pytest

pytest.register_assert_rewrite("browser")

from browser import EDITION, SCREENSHOTS, Tab, view_url

pytest_plugins = ["browser"]
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("browser")]


def in_viewport(tab: Tab, element_id: str) -> bool:
    return tab.page.evaluate("""id => {
        const el = document.getElementById(id);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight && el.getClientRects().length > 0;
    }""", element_id)


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
    page.locator(".note-popover-close").click()
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
