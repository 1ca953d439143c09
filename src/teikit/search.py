"""Full-text search across the editions of a site, static and offline.

`teikit build` indexes every passage of every reading text with lunr.py, whose serialised index
lunr.js loads as it is. Index and passages are written as one script, `assets/search-index.js`,
which a page loads with a <script> element: that works from file:// as from any web server (a
fetch() of JSON, as Pagefind does, is refused from file://; see benchmarks/README.md for the choice
and its measurements). lunr.js itself is the copy mkdocs ships with its search plugin.

A passage is a block of the reading view with a link to its counterpart (the blocks that carry
their TEI id in both text views): a hit leads to `EDITION/reading.html?q=…#ID`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from lxml import html

from teikit.paths import output_path
from teikit.xmlio import write_atomic

#: What the views load, in site/assets/.
SEARCH_INDEX = "search-index.js"
LUNR_SCRIPT = "lunr.js"
#: Parts of a block that are interface, not text: the ¶ link, note marks, words for screen readers.
NOT_TEXT = ("counterpart", "noteref", "visually-hidden")


@dataclass(frozen=True)
class Passage:
    edition: str
    id: str
    where: str  # the heading of its document, for the hit list
    text: str

    @property
    def ref(self) -> str:
        return f"{self.edition}/{self.id}"


def lunr_script() -> Path:
    """lunr.js 2.3.x, the browser half of lunr.py, as the mkdocs package ships it."""
    import mkdocs

    return Path(mkdocs.__file__).parent / "contrib" / "search" / "templates" / "search" / LUNR_SCRIPT


def has_class(name: str) -> str:
    """XPath 1.0 test for one of an element's classes."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def passages(reading_html: bytes, edition: str) -> list[Passage]:
    """The passages of one reading view, in order, as a reader sees their text."""
    page = html.fromstring(reading_html)
    found = []
    for block in page.xpath(f"//div[{has_class('text')}]//*[@id][a[{has_class('counterpart')}]]"):
        copy = deepcopy(block)
        for part in copy.xpath(" | ".join(f".//*[{has_class(name)}]" for name in NOT_TEXT)):
            part.drop_tree()  # keeps the text after it
        text = " ".join(copy.text_content().split())
        heading = block.xpath(f"ancestor::section[{has_class('div')}][last()]/*[self::h2 or self::h3][1]")
        where = " ".join(heading[0].text_content().split()) if heading else ""
        if text:
            found.append(Passage(edition, block.get("id"), where, text))
    return found


def edition_title(reading_html: bytes) -> str:
    """The title a reading view shows (its h1), for the hit list."""
    heading = html.fromstring(reading_html).xpath("//h1")
    return " ".join(heading[0].text_content().split()) if heading else ""


def search_index(all_passages: Iterable[Passage], titles: dict[str, str] | None = None) -> dict:
    """The lunr index of the passages (serialised, as lunr.js loads it), the passages by ref and
    the editions' titles by name."""
    from lunr import lunr

    listed = list(all_passages)
    index = lunr(ref="ref", fields=("text",), documents=[{"ref": p.ref, "text": p.text} for p in listed])
    return {"index": index.serialize(), "editions": titles or {},
            "passages": {p.ref: {"edition": p.edition, "id": p.id, "where": p.where, "text": p.text} for p in listed}}


def write_search_index(site: Path, editions: Iterable[str]) -> Path:
    """`site/assets/search-index.js` over the reading views of `editions` in `site`, and lunr.js
    beside it; returns the index's path."""
    found, titles = [], {}
    for edition in sorted(editions):
        reading = output_path(site, edition, "reading.html")
        if reading.exists():
            page = reading.read_bytes()
            found.extend(passages(page, edition))
            titles[edition] = edition_title(page) or edition
    data = json.dumps(search_index(found, titles), ensure_ascii=False, separators=(",", ":"))
    assets = output_path(site, "assets")
    assets.mkdir(parents=True, exist_ok=True)
    target = output_path(assets, SEARCH_INDEX)
    write_atomic(target, f"window.teikitSearch = {data};\n".encode("utf-8"))
    write_atomic(output_path(assets, LUNR_SCRIPT), lunr_script().read_bytes())
    return target
