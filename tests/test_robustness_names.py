"""What a file's name, a link in the TEI or a name in a register can do to the site (issue 17,
items 1, 2 and 9), and what teikit does instead.

* An edition's name is its file's name: `seeds/...txt` once wrote its views into the project itself,
  over the user's `index.html`. Names are now checked (`teikit.paths.edition_name`) and every output
  path stays inside its folder (`teikit.paths.output_path`).
* A seed `javascript:alert(1337).txt` once put a script link on the landing page, and names with
  `#`, `?` or `%` gave broken links. Every link the views make from data goes through one function,
  `t:href` in xslt/common.xsl, which percent-encodes and refuses any scheme but http(s).
* A register name `=HYPERLINK(…)` ran as a formula when register.csv was opened in a spreadsheet.

Each item ends with properties (Hypothesis) over names, ids and cells drawn from a hostile alphabet.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from teikit.cli import cli
from teikit.errors import InputError
from teikit.paths import output_path
from teikit.pipeline import convert_file, tei_bytes
from teikit.render import render_edition

from conftest import ROOT

LETTER = ROOT / "tests" / "data" / "letter.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def links_in(page: Path | str) -> list[str]:
    """Every href and src of an HTML page (a file, or the page as a string)."""
    text = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    return [value for el in html.fromstring(text).iter() if isinstance(el.tag, str)
            for name, value in el.attrib.items() if name in ("href", "src")]


@pytest.fixture(scope="module")
def letter_tei() -> bytes:
    return tei_bytes(convert_file(LETTER))


def project_with_seeds(folder: Path, *names: str) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for name in names:
        shutil.copy(LETTER, folder / "seeds" / name)
    return folder


# ---------------------------------------------------------------- hostile alphabets (for the properties)

#: Pieces that have broken paths, links or spreadsheets somewhere: dots, separators, URL syntax,
#: schemes, spaces and controls, bidirectional and zero-width characters, letters of other scripts.
HOSTILE_PIECES = ["..", ".", "/", "\\", ":", "#", "?", "%", "%2e", "%2F", " ", "\t", "\n", "\r", "javascript:",
                  "JaVa\tScRiPt:", "data:", "file:", "//", "\u202e", "\u200b", "\ufeff", "é", "e\u0301", "Ж", "中",
                  "ا", "-", "_", "~", "'", '"', "<", ">", "&", "=", "+", "@", ";", ",", "|", "\x7f", "\x1b",
                  "a", "Z", "0", "9", "letter", "1929"]
hostile = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES),
                             st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=3)),
                   min_size=1, max_size=8).map("".join)


def xml_safe(text: str) -> str:
    """`text` without what XML cannot carry at all (NUL, most C0 controls, U+FFFE/U+FFFF)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)


# ---------------------------------------------------------------- 1. a name that climbs out of its folder

@pytest.mark.parametrize("seed, name", [("...txt", ".."), ("..txt", ".")])
def test_a_seed_named_like_a_parent_folder_is_refused_and_the_others_build(tmp_path, monkeypatch, seed, name):
    project = project_with_seeds(tmp_path / "p", "a.txt", seed)
    (project / "index.html").write_text("keep\n", encoding="utf-8")
    monkeypatch.chdir(project)

    result = run("build", "-j1")

    assert (project / "index.html").read_text(encoding="utf-8") == "keep\n"
    assert result.exit_code == 2  # an input error, as the README says
    assert f"teikit: seeds/{seed}: {name!r} is not a safe edition name: it must start with a letter or a digit; " \
           "rename it\n" in result.stderr
    assert f"{name}: FAILED" in result.stderr
    assert "a: converted, valid, 3 views in site/a/" in result.stdout
    assert files_under(project) - {"index.html", "seeds/a.txt", f"seeds/{seed}"} == {
        "tei/a.xml", "site/index.html", "site/.teikit-build.json", "site/assets/teikit.css", "site/assets/teikit.js",
        *(f"site/a/{file}" for file in ("reading.html", "diplomatic.html", "index.html", "register.json",
                                         "register.csv"))}
    landing = project / "site" / "index.html"
    assert html.parse(str(landing)).findtext(".//title") == "teikit editions"
    assert "a/reading.html" in links_in(landing)


def test_render_of_a_tei_named_dot_dot_writes_nothing(tmp_path, monkeypatch, letter_tei):
    (tmp_path / "...xml").write_bytes(letter_tei)
    monkeypatch.chdir(tmp_path)

    result = run("render", "./...xml", "-o", "out/site")

    assert result.exit_code == 2
    assert result.stderr == ("teikit: ...xml: '..' is not a safe edition name: it must start with a letter or a "
                             "digit; rename it\n")
    assert not (tmp_path / "out").exists()


def test_convert_names_the_edition_after_its_output_and_refuses_an_unsafe_one(tmp_path):
    text = tmp_path / "my letter.txt"
    shutil.copy(LETTER, text)

    refused = run("convert", str(text))
    assert refused.exit_code == 2
    assert refused.stderr == (f"teikit: {text}: 'my letter' is not a safe edition name: it contains ' ' (U+0020); "
                              "use letters, digits, '-', '_' and '.'; rename it, e.g. to my-letter.txt\n")
    assert refused.stdout == ""

    assert run("convert", str(text), "-o", str(tmp_path / "my-letter.xml")).exit_code == 0
    assert run("convert", str(text), "-o", str(tmp_path / "..xml")).exit_code == 2


def test_every_output_path_stays_inside_its_folder_even_through_a_symbolic_link(tmp_path, letter_tei):
    """The second line of defence: a name the check let through, or a folder that is a link elsewhere."""
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    site.mkdir()
    (site / "linked").symlink_to(elsewhere)
    tree = etree.ElementTree(etree.fromstring(letter_tei))

    for name in ("..", ".", "a/../..", "/etc", "linked"):
        with pytest.raises(InputError, match="refusing to write outside"):
            render_edition(tree, name, site)
    assert files_under(tmp_path) == set()


file_names = hostile.filter(lambda name: "/" not in name and "\0" not in name and 0 < len(name.encode()) <= 200)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=file_names)
def test_any_file_name_is_refused_in_one_line_or_rendered_inside_its_own_folder(tmp_path_factory, letter_tei, name):
    base = tmp_path_factory.mktemp("name")
    tei = base / "in" / f"{name}.xml"
    tei.parent.mkdir()
    tei.write_bytes(letter_tei)
    site = base / "out" / "site"

    result = run("render", str(tei), "-o", str(site))

    if result.exit_code == 2:
        assert "is not a safe edition name" in result.stderr and result.stderr.count("\n") == 1
        assert files_under(base) == {f"in/{name}.xml"}
        return
    assert result.exit_code == 0, result.output
    folder = site / name
    assert folder.resolve().parent == site.resolve() and folder.name == name
    assert files_under(base) - {f"in/{name}.xml"} == {
        "out/site/assets/teikit.css", "out/site/assets/teikit.js",
        *(f"out/site/{name}/{file}" for file in ("reading.html", "diplomatic.html", "index.html",
                                                  "register.json", "register.csv"))}


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(hostile, min_size=1, max_size=3))
def test_an_output_path_is_refused_or_inside_its_folder(tmp_path_factory, parts):
    folder = tmp_path_factory.getbasetemp() / "out"
    try:
        path = output_path(folder, *parts)
    except InputError as exc:
        assert "\n" not in exc.message
        return
    assert path.resolve().is_relative_to(folder.resolve()) and path.resolve() != folder.resolve()
