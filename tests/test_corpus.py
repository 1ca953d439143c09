"""A corpus: the seed and three development texts that share its people, built as one project.

The project is assembled in a temporary folder (the development texts are never copied into the
repository); the tests that need them skip where ../shared is absent.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from teikit.errors import EditionDataError
from teikit.build import build
from teikit.pipeline import convert_file

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
DEV_TEXTS = ("ogpu-review-1929-10", "trotsky-1929-letter", "trotsky-1930-blumkin")
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def assemble(folder: Path) -> Path:
    """A project of the seed (with its edition data) and the three development texts (without)."""
    if not all((DEV / name / "plain.txt").exists() for name in DEV_TEXTS):
        pytest.skip("the development texts of ../shared/eval/dev are not beside the project")
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for path in (ROOT / "seeds").glob("blumkin-1929.*"):
        shutil.copy(path, seeds / path.name)
    for name in DEV_TEXTS:
        shutil.copy(DEV / name / "plain.txt", seeds / f"{name}.txt")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The four-text project, built once."""
    project = assemble(tmp_path_factory.mktemp("corpus"))
    reports = build(project, jobs=1)
    assert all(r.ok for r in reports), [(r.name, r.error, r.problems) for r in reports if not r.ok]
    return project


def trees(project: Path) -> dict[str, etree._ElementTree]:
    return {path.stem: etree.parse(str(path)) for path in sorted((project / "tei").glob("*.xml"))}


def ids_of(tree: etree._ElementTree, surname: str) -> set[str]:
    """The ids of the persons a file's register files under this surname."""
    return {el.get(XML_ID) for el in tree.iterfind(".//tei:standOff//tei:person", NS)
            if surname in "".join(el.find("tei:persName", NS).itertext())}


def test_trotsky_and_blumkin_are_one_id_each_across_the_four_files(corpus):
    files = trees(corpus)
    assert len(files) == 4
    for surname, expected in (("Trotsky", "trotsky"), ("Blumkin", "blumkin")):
        found = {name: ids_of(tree, surname) for name, tree in files.items()}
        assert set().union(*found.values()) == {expected}, found
        assert sum(1 for ids in found.values() if ids) >= 2 + (surname == "Trotsky")


def test_every_ref_of_every_file_resolves_in_that_file(corpus):
    for name, tree in trees(corpus).items():
        ids = set(tree.xpath("//@xml:id"))
        refs = {ref[1:] for ref in tree.xpath("//tei:text//@ref | //tei:teiHeader//@ref", namespaces=NS)
                if ref.startswith("#")}
        assert refs and refs <= ids, (name, refs - ids)


def test_the_corpus_is_valid_tei_all(corpus, tei_all):
    for name, tree in trees(corpus).items():
        assert tei_all.validate(tree), (name, str(tei_all.error_log.last_error))


def test_the_corpus_correspondence_is_valid_cmif(corpus, jing):
    done = subprocess.run([*jing, str(corpus / "site" / "cmif.xml")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    cmif = etree.parse(str(corpus / "site" / "cmif.xml"))
    letters = cmif.xpath("//tei:correspDesc/@ref", namespaces=NS)
    assert {ref.split("/")[0] for ref in letters} >= {"blumkin-1929", "trotsky-1929-letter"}
    for desc in cmif.iterfind(".//tei:correspDesc", NS):  # who sent it and who received it, if "Unknown"
        assert [a.get("type") for a in desc] == ["sent", "received"]
        assert all(a.find("tei:persName", NS) is not None or a.find("tei:orgName", NS) is not None for a in desc)


def test_register_draft_merges_every_edition_into_one_entry_per_entity(corpus, tmp_path):
    out = tmp_path / "corpus.register.xml"
    done = subprocess.run([sys.executable, "-m", "teikit", "register", "draft", "--project", str(corpus),
                           "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    draft = etree.parse(str(out))
    stalin = draft.xpath("//tei:person[@xml:id = 'stalin']", namespaces=NS)
    assert len(stalin) == 1
    provenance = " ".join(c.text for c in stalin[0].xpath("comment()"))
    assert all(name in provenance for name in ("blumkin-1929", "trotsky-1929-letter", "trotsky-1930-blumkin"))
    assert len(draft.xpath("//tei:person[starts-with(@xml:id, 'stalin')]", namespaces=NS)) == 1
    # the draft is a register teikit reads: every form belongs to one entry
    from teikit.register import load_register
    load_register(out)


def test_adding_a_text_builds_it_and_the_corpus_pages_and_changes_no_id(corpus, tmp_path):
    project = assemble(tmp_path / "p")
    added = project / "seeds" / "ogpu-review-1929-10.txt"
    text = added.read_bytes()
    added.unlink()
    build(project, jobs=1)
    before = {path.name: path.read_bytes() for path in (project / "tei").glob("*.xml")}
    added.write_bytes(text)
    reports = build(project, jobs=1)
    assert [r.name for r in reports if not r.up_to_date] == ["ogpu-review-1929-10"]
    assert {path.name: path.read_bytes() for path in (project / "tei").glob("*.xml") if path.name in before} == before
    # the new text's ids are those it gets in a build of the whole corpus: they come from names alone
    ids = [set(etree.parse(str(root / "tei" / "ogpu-review-1929-10.xml")).xpath("//tei:standOff//@xml:id",
                                                                                namespaces=NS))
           for root in (project, corpus)]
    assert ids[0] == ids[1]
    assert any("../ogpu-review-1929-10/reading.html#" in entry.read_text(encoding="utf-8")
               for entry in (project / "site" / "corpus").glob("entry-*.html"))


# ---------------------------------------------------------------- a corpus register

CORPUS_REGISTER = """<standOff xmlns="http://www.tei-c.org/ns/1.0">
  <listPerson>
    <person xml:id="petrov-ni"><persName type="standard"><surname>Petrov</surname>, <forename>Nikolai</forename>
      <addName type="patronymic">Ivanovich</addName></persName></person>
    <person xml:id="ivanov-pp"><persName type="standard"><surname>Ivanov</surname>, <forename>Pavel</forename></persName></person>
    <person xml:id="never-named"><persName type="standard"><surname>Sidorov</surname></persName></person>
  </listPerson>
  <listPlace>
    <place xml:id="leningrad"><placeName type="standard">Leningrad</placeName></place>
  </listPlace>
</standOff>
"""


@pytest.fixture
def letter_project(tmp_path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "letter.txt", seeds / "letter.txt")
    (seeds / "corpus.register.xml").write_text(CORPUS_REGISTER, encoding="utf-8")
    return tmp_path


def refs(tree: etree._ElementTree) -> set[str]:
    return set(tree.xpath("//tei:text//tei:persName/@ref | //tei:text//tei:placeName/@ref", namespaces=NS))


def test_mentions_resolve_into_the_corpus_register_and_its_used_entries_are_copied(letter_project):
    tree = convert_file(letter_project / "seeds" / "letter.txt")
    assert {"#petrov-ni", "#ivanov-pp", "#leningrad"} <= refs(tree)
    copied = set(tree.xpath("//tei:standOff//@xml:id", namespaces=NS))
    assert {"petrov-ni", "ivanov-pp", "leningrad"} <= copied
    assert "never-named" not in copied


def test_an_editions_register_overrides_the_corpus_entry_with_its_id(letter_project):
    (letter_project / "seeds" / "letter.register.xml").write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="ivanov-pp">'
        '<persName type="standard"><surname>Ivanov</surname>, <forename>Pavel</forename></persName>'
        '<persName type="variant">Comrade Ivanov</persName><note>the regional secretary</note></person></listPerson>',
        encoding="utf-8")
    tree = convert_file(letter_project / "seeds" / "letter.txt")
    assert {"#petrov-ni", "#ivanov-pp", "#leningrad"} <= refs(tree)
    ivanov = tree.xpath("//tei:standOff//tei:person[@xml:id = 'ivanov-pp']", namespaces=NS)
    assert len(ivanov) == 1 and ivanov[0].find("tei:note", NS).text == "the regional secretary"


def test_two_registers_giving_one_id_to_different_people_fail_naming_file_and_line(letter_project):
    (letter_project / "seeds" / "letter.register.xml").write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">\n'
        '<person xml:id="ivanov-pp"><persName type="standard"><surname>Kuznetsov</surname></persName></person>\n'
        '</listPerson>', encoding="utf-8")
    with pytest.raises(EditionDataError) as caught:
        convert_file(letter_project / "seeds" / "letter.txt")
    message = str(caught.value)
    assert "letter.register.xml:2:" in message and "ivanov-pp" in message and "\n" not in message


def test_no_python_or_xslt_names_a_text_or_its_people():
    """The code is general: no module or stylesheet names a seed text or a person of its register.
    teikit's data (`src/teikit/data/`, the genre authority) names people by design and is left out."""
    import re

    register = etree.parse(str(ROOT / "seeds" / "blumkin-1929.register.xml"))
    surnames = {s.text for s in register.iterfind(".//tei:person/tei:persName/tei:surname", NS) if s.text}
    names = surnames | {path.stem for path in (ROOT / "seeds").glob("*.txt")}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    data = ROOT / "src" / "teikit" / "data"
    code = [p for folder in ("src", "xslt") for p in (ROOT / folder).rglob("*")
            if p.suffix in {".py", ".xsl", ".js", ".css"} and data not in p.parents]
    found = [f"{p.relative_to(ROOT)}:{n}: {m.group()}" for p in code
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             for m in pattern.finditer(line)]
    assert found == []


# ---------------------------------------------------------------- bad edition data fails the build

BAD_EDITION_DATA = {
    "anchor quoting words not in the text": (
        "letter.edition.xml",
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:e="https://teikit.org/ns/edition">\n'
        '<e:editorial>\n<e:correct quote="words the letter never uses" corr="x"/>\n</e:editorial></TEI>\n',
        "letter.edition.xml:3:"),
    "an id used by two entries": (
        "letter.register.xml",
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">\n'
        '<person xml:id="petrov"><persName type="standard">N. I. Petrov</persName></person>\n'
        '<person xml:id="petrov"><persName type="standard">Ivanov</persName></person>\n</listPerson>\n',
        "letter.register.xml:3:"),
    "a @ref to nothing": (
        "letter.edition.xml",
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:e="https://teikit.org/ns/edition">\n'
        '<e:structure><e:div type="letter"><correspDesc><correspAction type="sent">\n'
        '<persName ref="#nobody">Nobody</persName></correspAction></correspDesc></e:div></e:structure></TEI>\n',
        "letter.edition.xml:3:"),
    "two registers giving one id to different people": (
        "corpus.register.xml",
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">\n'
        '<person xml:id="petrov"><persName type="standard"><surname>Kuznetsov</surname></persName></person>\n'
        '</listPerson>\n',
        "register.xml:2:"),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITION_DATA))
def test_bad_edition_data_fails_the_build_in_one_line_and_loses_nothing(tmp_path, case):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("letter", "report"):
        shutil.copy(ROOT / "tests" / "data" / f"{name}.txt", seeds / f"{name}.txt")
    (seeds / "letter.register.xml").write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">\n'
        '<person xml:id="petrov"><persName type="standard"><surname>Petrov</surname>, <forename>Nikolai</forename></persName></person>\n'
        '<person xml:id="ivanov"><persName type="standard"><surname>Ivanov</surname></persName></person>\n'
        '</listPerson>\n', encoding="utf-8")
    teikit = [sys.executable, "-m", "teikit", "build", "--project", str(tmp_path), "--jobs", "1"]
    assert subprocess.run(teikit, capture_output=True).returncode == 0
    built = {p: p.read_bytes() for p in [*tmp_path.glob("tei/*.xml"), *tmp_path.glob("site/*/*.html")]}
    file_name, content, where = BAD_EDITION_DATA[case]
    (seeds / file_name).write_text(content, encoding="utf-8")
    done = subprocess.run([*teikit, "--reconvert"], capture_output=True, text=True)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if where in line]
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    for path, data in built.items():
        assert path.read_bytes() == data, f"{path} was lost or changed"


# ---------------------------------------------------------------- the corpus site

def page(path: Path):
    from lxml import html

    return html.parse(str(path))


def test_a_corpus_page_links_blumkins_mentions_in_two_editions(corpus):
    """The persons page says how often; the entry's own page lists the editions (at 10,000 editions
    one page of every person's editions would be too large to open)."""
    persons = page(corpus / "site" / "corpus" / "persons.html")
    entry = persons.xpath("//li[@id = 'blumkin']")
    assert len(entry) == 1
    assert entry[0].xpath(".//p[@class = 'mentions']/a/@href") == ["entry-blumkin.html"]
    links = page(corpus / "site" / "corpus" / "entry-blumkin.html").xpath("//li[@id = 'blumkin']//a/@href")
    editions = {href.split("/")[1] for href in links if href.startswith("../") and "/reading.html#" in href}
    assert len(editions) >= 2, editions
    for href in links:  # each link lands on a passage that exists in that edition's reading text
        if "/reading.html#" in href:
            target = href.split("#")[1]
            reading = corpus / "site" / href[3:].split("#")[0]
            assert page(reading).xpath(f"//*[@id = '{target}']"), href


def test_the_corpus_pages_are_made_from_what_each_editions_build_left_not_from_the_tei(corpus, tmp_path):
    """At 10,000 editions a rebuild after one edit must not read the other 9,999 TEI files: each
    edition's build leaves site/NAME/corpus.xml, and the pages are made from those alone."""
    from teikit.corpus_build import write_corpus_pages

    site = shutil.copytree(corpus / "site", tmp_path / "site")
    pages = {path.name: path.read_bytes() for path in (site / "corpus").glob("*.html")}
    editions = sorted(path.stem for path in (corpus / "tei").glob("*.xml"))
    shutil.rmtree(site / "corpus")

    write_corpus_pages(site, editions)

    assert {path.name: path.read_bytes() for path in (site / "corpus").glob("*.html")} == pages


def test_an_entry_or_a_year_too_large_for_one_page_gets_pages_that_link_each_other(corpus, tmp_path, monkeypatch):
    """A repository's name that thousands of editions give, or a year they all date, cannot be listed on
    one page: an entry's editions run to EDITIONS_PER_PAGE a page (here 1) and a year's dates to
    DATES_PER_PAGE (here 5), entry-ID.html or chronology-YEAR.html first and NAME~2.html on, each page
    linking to the others; together they list what the one page listed, in its order, and a page that
    fits is what it was."""
    from teikit import corpus_build

    site = shutil.copytree(corpus / "site", tmp_path / "site")
    one_page = {path.name: path.read_bytes() for path in (site / "corpus").glob("*.html")}
    shutil.rmtree(site / "corpus")
    monkeypatch.setattr(corpus_build, "EDITIONS_PER_PAGE", 1)
    monkeypatch.setattr(corpus_build, "DATES_PER_PAGE", 5)

    corpus_build.write_corpus_pages(site, sorted(path.stem for path in (corpus / "tei").glob("*.xml")))

    def pages(first: str, items: str) -> list[str]:
        """The items every page of `first` lists, in order; each page links to all of them."""
        names = sorted((path.name for path in (site / "corpus").glob(f"{first}*.html")),
                       key=lambda name: int(name[len(first) + 1:-5] or 1))
        assert names[0] == f"{first}.html" and len(names) > 1, names
        listed = []
        for number, name in enumerate(names, start=1):
            shown = page(site / "corpus" / name)
            assert shown.xpath("//nav[@class = 'pages']//a/@href") == names
            assert shown.xpath("//nav[@class = 'pages']//a[@aria-current = 'page']/text()") == [str(number)]
            listed += [etree.tostring(item) for item in shown.xpath(items)]
        return listed

    whole = page_of_bytes(one_page["entry-blumkin.html"])
    editions = "//ul[@class = 'editions-mentioning']/li"
    assert pages("entry-blumkin", editions) == [etree.tostring(item) for item in whole.xpath(editions)]
    year = max(one_page, key=lambda name: len(one_page[name]) if name.startswith("chronology-") else 0)
    events = "//ol[contains(@class, 'events')]/li"
    assert pages(year[:-5], events) == [etree.tostring(item) for item in page_of_bytes(one_page[year]).xpath(events)]
    for name, html in one_page.items():  # a page that fits is what it was
        if not page(site / "corpus" / name).xpath("//nav[@class = 'pages']"):
            assert (site / "corpus" / name).read_bytes() == html, name


def page_of_bytes(html: bytes):
    from lxml import html as lxml_html

    return lxml_html.fromstring(html).getroottree()


def test_each_editions_index_links_its_entries_to_the_corpus_pages(corpus):
    index = page(corpus / "site" / "trotsky-1930-blumkin" / "index.html")
    assert "../corpus/persons.html#blumkin" in index.xpath("//li[@id = 'blumkin']//a/@href")
    persons = page(corpus / "site" / "corpus" / "persons.html")
    for href in index.xpath("//a[starts-with(@href, '../corpus/persons.html#')]/@href"):
        assert persons.xpath(f"//*[@id = '{href.split('#')[1]}']"), href


def test_the_landing_page_lists_the_editions_with_author_addressee_date_and_place(corpus):
    rows = page(corpus / "site" / "index.html").xpath("//table[contains(@class, 'sortable')]/tbody/tr")
    cells = {row.xpath("string(td[1]/a/@href)").split("/")[0]: [td.text_content().strip() for td in row.xpath("td")]
             for row in rows}
    assert len(cells) == 4
    seed = cells["blumkin-1929"]
    assert "Memorandum" in seed[1] and "Agranov" in seed[2] and "Stalin" in seed[3]
    assert seed[4] == "21 October 1929" and seed[5] == "Moscow"
    assert "Trotsky" in cells["trotsky-1929-letter"][2]


def test_the_corpus_chronology_lists_the_years_and_each_year_the_dates_of_every_edition(corpus):
    """A page per year: at 10,000 editions one page of every date would be too large to open."""
    folder = corpus / "site" / "corpus"
    years = page(folder / "chronology.html").xpath("//li[contains(@class, 'year')]/a/@href")
    assert "chronology-1929.html" in years
    editions = {href.split("/")[1] for year in years
                for href in page(folder / year).xpath("//li[contains(@class, 'event')]//a/@href")}
    assert len(editions) == 4
    assert sorted(path.name for path in folder.glob("chronology-*.html")) == sorted(years)


def test_one_text_is_no_corpus_and_a_second_text_makes_one(tmp_path):
    """The seed alone builds as it always did (plus its correspDesc and cmif.xml); adding a text
    brings the corpus pages and every index's links to them; removing it takes them away again."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in (ROOT / "seeds").glob("blumkin-1929.*"):
        shutil.copy(path, seeds / path.name)
    site = tmp_path / "site"

    build(tmp_path, jobs=1)
    assert (site / "cmif.xml").exists() and not (site / "corpus").exists()
    assert "In all editions" not in (site / "blumkin-1929" / "index.html").read_text(encoding="utf-8")
    assert "editions-table" not in (site / "index.html").read_text(encoding="utf-8")

    shutil.copy(ROOT / "tests" / "data" / "letter.txt", seeds / "letter.txt")
    reports = build(tmp_path, jobs=1)
    assert not any(r.up_to_date for r in reports)  # every index gains its corpus links
    assert all((site / "corpus" / f"{name}.html").exists() for name in ("persons", "places", "organisations", "chronology"))
    assert "../corpus/persons.html#blumkin" in (site / "blumkin-1929" / "index.html").read_text(encoding="utf-8")
    assert "editions-table" in (site / "index.html").read_text(encoding="utf-8")

    (seeds / "letter.txt").unlink()
    build(tmp_path, jobs=1)
    assert not (site / "corpus").exists()
    assert "In all editions" not in (site / "blumkin-1929" / "index.html").read_text(encoding="utf-8")


def test_the_merged_register_gives_cities_their_geonames_id_and_coordinates(corpus, tmp_path):
    out = tmp_path / "corpus.register.xml"
    subprocess.run([sys.executable, "-m", "teikit", "register", "draft", "--project", str(corpus), "-o", str(out)],
                   check=True, capture_output=True)
    draft = etree.parse(str(out))
    for place in ("moscow", "constantinople"):
        entry = draft.xpath(f"//tei:place[@xml:id = '{place}']", namespaces=NS)[0]
        assert entry.xpath("tei:idno[@type = 'geonames']", namespaces=NS)
        latitude, longitude = map(float, entry.findtext("tei:location/tei:geo", namespaces=NS).split())
        assert 40 < latitude < 56 and 28 < longitude < 38
    places = page(corpus / "site" / "corpus" / "places.html")
    assert places.xpath("//li[@id = 'moscow']//a[starts-with(@href, 'https://www.geonames.org/')]")


def test_entries_with_one_authority_id_are_one_entity_whatever_their_names():
    from teikit.corpus import merge

    def register(xml_id: str, name: str) -> etree._Element:
        return etree.fromstring(
            f'<listPerson xmlns="{TEI}"><person xml:id="{xml_id}" resp="#teikit" cert="medium">'
            f'<persName type="standard">{name}</persName><idno type="wikidata">Q1</idno></person></listPerson>')

    merged = merge([("a", register("bronstein", "Lev Bronstein"), None), ("b", register("trotsky-l", "L. Trotsky"), None)])
    assert len(merged.entries) == 1 and merged.entries[0].cert == "high"
    assert {m.edition for m in merged.entries[0].members} == {"a", "b"}


def test_the_merged_draft_kept_as_the_corpus_register_builds_the_corpus_again(corpus, tmp_path):
    project = tmp_path / "p"
    shutil.copytree(corpus / "seeds", project / "seeds")
    register = project / "seeds" / "corpus.register.xml"
    subprocess.run([sys.executable, "-m", "teikit", "register", "draft", "--project", str(project),
                    "-o", str(register)], check=True, capture_output=True)
    reports = build(project, jobs=1)
    assert all(r.ok for r in reports), [(r.name, r.error) for r in reports if not r.ok]
    files = trees(project)
    for surname, expected in (("Trotsky", "trotsky"), ("Blumkin", "blumkin")):
        assert set().union(*(ids_of(tree, surname) for tree in files.values())) == {expected}


def test_a_surname_that_fits_two_people_is_left_apart_and_listed_for_the_editor(tmp_path):
    from teikit.corpus import merge
    from teikit.corpus_build import register_tree

    def register(xml_id: str, name: str) -> etree._Element:
        return etree.fromstring(f'<listPerson xmlns="{TEI}"><person xml:id="{xml_id}" resp="#teikit" cert="medium">'
                                f'<persName type="standard">{name}</persName></person></listPerson>')

    merged = merge([("a", register("sedov-lev", "Lev Sedov"), None), ("b", register("sedov-sergei", "Sergei Sedov"), None),
                    ("c", register("sedov", "Sedov"), None)])
    assert sorted(e.id for e in merged.entries) == ["sedov", "sedov-lev", "sedov-sergei"]
    assert {frozenset((d.first, d.second)) for d in merged.doubts} == {
        frozenset(("sedov", "sedov-lev")), frozenset(("sedov", "sedov-sergei"))}
    listed = etree.tostring(register_tree(merged), encoding="unicode")
    assert "Left apart for the editor" in listed and "sedov / sedov-lev" in listed.replace("sedov-lev / sedov", "sedov / sedov-lev")
    # with one Sedov besides, the bare surname is that Sedov, merged with medium certainty
    merged = merge([("a", register("sedov-lev", "Lev Sedov"), None), ("c", register("sedov", "Sedov"), None)])
    assert [(e.id, e.cert) for e in merged.entries] == [("sedov-lev", "medium")] and merged.doubts == []
