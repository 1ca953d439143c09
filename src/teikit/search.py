"""Full-text search across the editions of a site, static and offline.

Each edition's build indexes the passages of its reading text with lunr.py, whose serialised index
lunr.js loads as it is, and writes index, passages and title as one script beside its views,
`site/NAME/search.js`; the site's `assets/search-index.js` only lists the editions. A page loads
these with <script> elements, which works from file:// as from any web server (a fetch() of JSON, as
Pagefind does, is refused from file://; see benchmarks/README.md for the choice and its
measurements). lunr.js itself is the copy mkdocs ships with its search plugin.

One index per edition, not one for the site: a seed-sized edition's index is ~0.35 MB, so one
script for 10,000 editions would be 3.5 GB, and rebuilding it would cost every build the whole
corpus's indexing. Per edition, the index is made where the edition is built (in parallel, and
only when it changed), and a reader's browser loads the editions' indexes a batch at a time
until it has enough hits (teikit.js).

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

#: What the views load: in site/assets/, the list of editions and lunr.js; in site/NAME/, an
#: edition's index.
SEARCH_INDEX = "search-index.js"
LUNR_SCRIPT = "lunr.js"
EDITION_INDEX = "search.js"
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


def search_index(found: Iterable[Passage], title: str) -> dict:
    """One edition's lunr index of its passages (serialised, as lunr.js loads it, refs being the
    passages' ids), its title, and the passages by id."""
    from lunr import lunr

    listed = list(found)
    index = lunr(ref="id", fields=("text",), documents=[{"id": p.id, "text": p.text} for p in listed])
    return {"title": title, "index": index.serialize(),
            "passages": {p.id: {"where": p.where, "text": p.text} for p in listed}}


def script(assignment: str, data: object) -> bytes:
    return f"{assignment} = {json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n".encode("utf-8")


def write_edition_index(site: Path, edition: str) -> Path:
    """`site/EDITION/search.js` from the edition's reading view there; returns its path. The script
    files the index under the edition's name in `window.teikitSearchEditions`, so that a page can
    load many of them."""
    page = output_path(site, edition, "reading.html").read_bytes()
    data = search_index(passages(page, edition), edition_title(page) or edition)
    target = output_path(site, edition, EDITION_INDEX)
    write_atomic(target, script(f"(window.teikitSearchEditions = window.teikitSearchEditions || {{}})"
                                f"[{json.dumps(edition)}]", data))
    return target


def write_search_index(site: Path, editions: Iterable[str]) -> Path:
    """`site/assets/search-index.js`, the editions whose indexes a search loads (in order), and
    lunr.js beside it; returns the list's path."""
    assets = output_path(site, "assets")
    assets.mkdir(parents=True, exist_ok=True)
    target = output_path(assets, SEARCH_INDEX)
    write_atomic(target, script("window.teikitSearch", {"editions": sorted(editions)}))
    write_atomic(output_path(assets, LUNR_SCRIPT), lunr_script().read_bytes())
    return target
