"""A reader moves between the editions of a corpus in a real browser (Debian's Chromium, file:// only).

The project (the seed and three development texts) is assembled in a temporary folder, as in
test_corpus; it skips where ../shared is absent, and without Chromium (except in CI).
"""

from __future__ import annotations

import pytest

pytest.register_assert_rewrite("browser")

from browser import build_site  # noqa: E402
from test_corpus import assemble  # noqa: E402

pytest_plugins = ["browser"]


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    return build_site(assemble(tmp_path_factory.mktemp("corpus-site")))


def test_from_a_person_in_one_edition_to_the_corpus_page_and_on_to_another_edition(corpus_site, tab):
    tab.open((corpus_site / "trotsky-1930-blumkin" / "reading.html").as_uri())
    page = tab.page
    page.click("main a.ent-pers[href='index.html#blumkin']")  # a preview first, with the way on
    page.locator("#entity-popover").get_by_role("link", name="Index entry").click()
    page.wait_for_url("**/trotsky-1930-blumkin/index.html#blumkin")

    page.click("li#blumkin .corpus-link a")
    assert page.url.endswith("corpus/persons.html#blumkin")
    entry = page.locator("li#blumkin")
    assert "2 editions" in entry.locator("p.mentions").inner_text()
    entry.locator("p.mentions a").click()  # the entry's own page lists its editions
    page.wait_for_url("**/corpus/entry-blumkin.html")
    entry = page.locator("li#blumkin")

    seed = entry.locator("li.edition-mentions", has=page.locator("a[href^='../blumkin-1929/']"))
    seed.locator("a.first-mention[href^='../blumkin-1929/reading.html#']").click()
    assert "/blumkin-1929/reading.html#" in page.url
    target = page.locator(f"[id='{page.url.split('#')[1]}']")
    assert target.is_visible() and "Blumkin" in target.inner_text()
    assert tab.problems() == []
