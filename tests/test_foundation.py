"""The foundation's user story: the seed goes in, one canonical TEI file and three views come out."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.cli import cli
from teikit.pipeline import convert_file, tei_bytes

from conftest import ROOT, TEI_NS

NS = TEI_NS
#: Elements whose text is the editor's, not the source's (what score.py leaves out too).
EDITORIAL = {"corr", "reg", "expan", "ex", "supplied", "del"}
SOURCE_NOTE_TYPES = {"source", "original", "authorial", "publisher"}


def source_side_text(el: etree._Element) -> str:
    """The text of `el` as the source says it: corrections, expansions and editors' notes left out."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        local = etree.QName(node).localname
        if local in EDITORIAL or (local == "note" and node.get("type") not in SOURCE_NOTE_TYPES):
            return
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        parts.append(" ")

    walk(el)
    return "".join(parts)


def words(text: str) -> list[str]:
    return text.split()


def said(el: etree._Element) -> str:
    """What the source says in `el`, whitespace normalised (the editor's corrections left out)."""
    return " ".join(source_side_text(el).split())


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# ---------------------------------------------------------------- the structure of the seed

def test_seed_has_three_documents_in_order(seed_tree):
    divs = seed_tree.findall(".//tei:body/tei:div", NS)
    assert [d.get("type") for d in divs] == ["memorandum", "testimony", "letter"]


def test_memorandum_opener_and_signatures(seed_tree):
    memo = seed_tree.find(".//tei:div[@type='memorandum']", NS)
    opener = memo.find("tei:opener", NS)
    assert " ".join(opener.find("tei:dateline", NS).itertext()).strip() == "October 21, 1929"
    assert "".join(opener.find("tei:idno[@type='docNumber']", NS).itertext()) == "No. 44053"
    assert "".join(opener.find("tei:seg[@type='classification']", NS).itertext()) == "Top secret"
    assert "".join(opener.find("tei:salute", NS).itertext()).endswith("Stalin")
    signed = memo.findall("tei:closer/tei:signed", NS)
    assert len(signed) == 2
    roles = [said(s.find("tei:roleName", NS)) for s in signed]
    assert roles == ["Deputy Prev OGPU", "Deputy. Beginning SOOGPU"]
    first_p = memo.find("tei:p", NS)
    assert "".join(first_p.itertext()).startswith("Sending you copies")


def test_testimony_addressee_date_and_signature(seed_tree):
    testimony = seed_tree.find(".//tei:div[@type='testimony']", NS)
    opener = testimony.find("tei:opener", NS)
    assert said(opener.find("tei:salute", NS)) == "Deputy early SO OGPU Comrade Agranov"
    assert "".join(opener.find("tei:dateline", NS).itertext()).strip() == "October 20, 1929"
    assert len(testimony.findall("tei:p", NS)) > 100
    assert "".join(testimony.find("tei:closer/tei:signed", NS).itertext()) == "(Ya.G. Blumkin)"


def test_letter_heading_headnote_addresses_and_closing(seed_tree):
    letter = seed_tree.find(".//tei:div[@type='letter']", NS)
    assert "".join(letter.find("tei:head", NS).itertext()) == "Directive letter from L. D. Trotsky"
    headnote = letter.find("tei:note[@subtype='headnote']", NS)
    assert "chemical ink" in "".join(headnote.itertext())
    assert headnote.get("resp") == "#publisher"
    addresses = letter.findall(".//tei:list[@type='addresses']/tei:item/tei:address", NS)
    assert len(addresses) == 5
    assert "Nassauische str 17 Berlin" in "".join(addresses[-1].itertext())
    assert "".join(letter.find("tei:closer/tei:salute", NS).itertext()) == "Greetings."


def test_back_matter_and_header(seed_tree):
    back = seed_tree.find(".//tei:back", NS)
    back_text = " ".join("".join(back.itertext()).split())
    assert "RGASPI. F. 17." in back_text and "Translated by contributer of ML Blog" in back_text
    header = seed_tree.find("tei:teiHeader", NS)
    ms = header.find(".//tei:sourceDesc/tei:msDesc/tei:msIdentifier", NS)
    assert "RGASPI" in "".join(ms.find("tei:repository", NS).itertext())
    assert "136" in "".join(ms.find("tei:idno", NS).itertext())
    bibls = " ".join(" ".join(b.itertext()) for b in header.findall(".//tei:sourceDesc//tei:bibl", NS))
    assert "Mozokhin" in bibls and "242" in bibls
    assert header.find("tei:encodingDesc/tei:editorialDecl", NS) is not None
    assert {l.get("ident") for l in header.findall(".//tei:langUsage/tei:language", NS)} >= {"en", "ru"}
    assert header.find("tei:revisionDesc/tei:change", NS) is not None


def test_web_navigation_is_kept_out_of_the_text_but_accounted_for(seed_tree):
    text = " ".join(seed_tree.find("tei:text", NS).itertext())
    assert "Home Page" not in text
    note = seed_tree.find(".//tei:notesStmt/tei:note[@type='webSource']", NS)
    assert "Marx-Engels | Lenin | Stalin | Home Page" in " ".join("".join(note.itertext()).split())


def test_line_breaks_inside_a_block_become_lb(seed_tree):
    memo_p = seed_tree.find(".//tei:div[@type='memorandum']/tei:p", NS)
    assert memo_p.find("tei:lb", NS) is not None  # two source lines with no blank line between


def test_schema_association_for_editors(root):
    head = (root / "tei" / "blumkin-1929.xml").read_text(encoding="utf-8")[:600]
    assert '<?xml-model href="../schema/teikit.xsd"' in head
    assert '<?xml-model href="../schema/teikit.sch"' in head


# ---------------------------------------------------------------- nothing lost

def test_every_character_of_the_document_survives_in_order(seed_text, seed_tree):
    """Every non-space character of the source is in the TEI, in order (header note for the web lines)."""
    source = seed_text.read_text(encoding="utf-8")
    web_lines = [" ".join(q.itertext()) for q in
                 seed_tree.findall(".//tei:notesStmt/tei:note[@type='webSource']/tei:quote", NS)]
    tei_words = words(source_side_text(seed_tree.find("tei:text", NS)))
    source_words = []
    for line in source.split("\n"):
        if line.strip() and " ".join(line.split()) not in web_lines:
            source_words.extend(words(line))
    assert "".join(tei_words) == "".join(source_words)


@pytest.mark.parametrize("name", ["letter", "report"])
def test_nothing_lost_in_other_texts(name):
    path = ROOT / "tests" / "data" / f"{name}.txt"
    tree = convert_file(path)
    assert "".join(words(source_side_text(tree.find("tei:text", NS)))) == \
        "".join(words(path.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- general rules on other texts

def test_a_letter_of_our_own_gets_heading_opener_and_closer():
    tree = convert_file(ROOT / "tests" / "data" / "letter.txt")
    div = tree.find(".//tei:body/tei:div", NS)
    assert "".join(div.find("tei:head", NS).itertext()).startswith("Letter of N. I. Petrov")
    assert "".join(div.find("tei:opener/tei:dateline", NS).itertext()) == "Leningrad, 12 March 1930"
    assert "".join(div.find("tei:opener/tei:salute", NS).itertext()) == "Dear Comrade Ivanov,"
    closer = div.find("tei:closer", NS)
    assert "".join(closer.find("tei:salute", NS).itertext()) == "With communist greetings,"
    assert "".join(closer.find("tei:signed", NS).itertext()) == "(N. I. Petrov)"
    assert len(div.findall("tei:p", NS)) == 2


def test_a_report_of_our_own_gets_sections_and_signatures():
    tree = convert_file(ROOT / "tests" / "data" / "report.txt")
    div = tree.find(".//tei:body/tei:div", NS)
    assert "".join(div.find("tei:opener/tei:idno", NS).itertext()) == "No. 118"
    assert "".join(div.find("tei:opener/tei:seg[@type='classification']", NS).itertext()) == "Secret"
    sections = div.findall("tei:div[@type='section']", NS)
    assert ["".join(s.find("tei:head", NS).itertext()) for s in sections] == ["I. Collections", "II. Staff"]
    roles = ["".join(s.find("tei:roleName", NS).itertext()) for s in div.findall("tei:closer/tei:signed", NS)]
    assert roles == ["Chairman of the commission", "Secretary"]


def test_a_plain_text_with_no_structure_is_one_document_of_paragraphs(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("First thought, plainly written.\n\nSecond thought.\n", encoding="utf-8")
    tree = convert_file(path)
    assert ["".join(p.itertext()) for p in tree.findall(".//tei:body//tei:p", NS)] == \
        ["First thought, plainly written.", "Second thought."]


def header_of(tmp_path: Path, text: str) -> tuple[str, list[str]]:
    """The main title and the authors of the converted text, as a repository would read them."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    title_stmt = convert_file(path).find(".//tei:titleStmt", NS)
    return (title_stmt.findtext("tei:title[@type='main']", namespaces=NS),
            [a.text for a in title_stmt.findall("tei:author", NS)])


def test_the_seed_is_dated_by_its_memorandum_and_its_edition_data_can_date_it_otherwise(seed_text, tmp_path):
    creation = convert_file(seed_text).find(".//tei:profileDesc/tei:creation/tei:date", NS)
    assert (creation.get("when"), creation.text) == ("1929-10-21", "October 21, 1929")
    text = tmp_path / "memo.txt"
    text.write_text("Memorandum\n\nMoscow, October 21, 1929\n\nThe commission met.\n", encoding="utf-8")
    text.with_suffix(".edition.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><creation>'
        '<date when="1929-10">October 1929</date></creation><langUsage><language ident="en">English'
        '</language></langUsage></profileDesc></teiHeader></TEI>', encoding="utf-8")
    tree = convert_file(text)
    assert [d.get("when") for d in tree.findall(".//tei:profileDesc/tei:creation/tei:date", NS)] == ["1929-10"]
    from lxml import html

    from teikit.render import render_tree
    facts = html.fromstring(render_tree(tree, "reading", "memo")).find_class("facts")[0]
    assert facts.xpath("string(dt[. = 'Written']/following-sibling::dd[1])") == "October 1929"


def test_an_authors_name_over_the_title_is_the_author_not_the_title(tmp_path):
    text = ("Pierre Broué\n\nThe Bolshevik-Leninist Faction\n\n"
            "In the period immediately after their expulsion, the Opposition met in Moscow.\n")
    assert header_of(tmp_path, text) == ("The Bolshevik-Leninist Faction", ["Pierre Broué"])


def test_the_authors_line_is_a_byline_over_the_head_in_the_text(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Pierre Broué\n\nThe Bolshevik-Leninist Faction\n\nThe Opposition met in Moscow.\n",
                    encoding="utf-8")
    div = convert_file(path).find(".//tei:body/tei:div", NS)
    assert [etree.QName(child).localname for child in div][:3] == ["byline", "head", "p"]
    assert "".join(div.find("tei:byline/tei:persName", NS).itertext()) == "Pierre Broué"


def test_both_views_show_the_byline_over_the_title_as_the_source_prints_it(tmp_path):
    from lxml import html

    from teikit.render import render_views

    path = tmp_path / "article.txt"
    path.write_text("Pierre Broué\n\nThe Bolshevik-Leninist Faction\n\nThe Opposition met in Moscow.\n",
                    encoding="utf-8")
    for view, page in render_views(convert_file(path), ("reading", "diplomatic"), "article").items():
        section = html.fromstring(page).find_class("div")[0]
        firsts = [(el.tag, el.get("class"), el.text_content()) for el in section.iterchildren()][:2]
        assert firsts == [("p", "byline", "Pierre Broué"), ("h2", "head", "The Bolshevik-Leninist Faction")], view


def test_the_reading_text_is_titled_by_the_title_and_names_the_author(tmp_path):
    from lxml import html

    from teikit.render import render_tree

    path = tmp_path / "article.txt"
    path.write_text("L.D. Trotsky\n\nLetter to the Russian Workers\n\nDear comrades, I write from exile.\n",
                    encoding="utf-8")
    page = html.fromstring(render_tree(convert_file(path), "reading", "article"))
    assert page.findtext(".//title").startswith("Letter to the Russian Workers")
    assert page.findtext(".//h1") == "Letter to the Russian Workers"
    assert [dd.text_content() for dd in page.find_class("author")] == ["L.D. Trotsky"]


ARCHIVE_PAGE = """L.D. Trotsky

Letter to the Russian Workers

Written: 27 March 1929.
First Published: The Militant, Vol. II No. 9, 1 May 1929, pp. 1 & 6.
First Printing: February 1935.
Translation: John G. Wright.
Transcribed & marked up: by Einde O'Callaghan for the Marxists' Internet Archive.

Dear Comrades, I write to you again from exile.

Translated, the word means freedom: svoboda.
"""


def test_publication_and_credit_lines_under_the_title_fill_the_header(tmp_path):
    """Web archives print source and credits under the title, not at the end: the header gets them."""
    path = tmp_path / "letter.txt"
    path.write_text(ARCHIVE_PAGE, encoding="utf-8")
    header = convert_file(path).find("tei:teiHeader", NS)
    sources = [b.text for b in header.findall(".//tei:sourceDesc//tei:bibl", NS)]
    assert sources == ["First Published: The Militant, Vol. II No. 9, 1 May 1929, pp. 1 & 6.",
                       "First Printing: February 1935."]
    assert header.find("tei:profileDesc/tei:creation/tei:date", NS).get("when") == "1929-03-27"
    credits = [(r.findtext("tei:resp", namespaces=NS), r.findtext("tei:name", namespaces=NS))
               for r in header.findall(".//tei:titleStmt/tei:respStmt", NS)]
    assert credits[1:] == [("Translation", "John G. Wright"), ("Transcription", "Einde O'Callaghan")]
    text = header.getparent().find("tei:text", NS)
    assert [b.get("type") for b in text.iterfind(".//tei:bibl", NS)] == \
        ["publication", "publication", "translation", "transcription"]
    assert "".join(text.findall(".//tei:p", NS)[-1].itertext()) == "Translated, the word means freedom: svoboda."


@pytest.mark.parametrize("when_line, when", [("Written: December 1934.", "1934-12"), ("(1988)", "1988")])
def test_a_written_line_dates_the_text_to_the_month_and_a_credit_without_a_name_credits_no_one(
        tmp_path, when_line, when):
    path = tmp_path / "pamphlet.txt"
    path.write_text(f"{when_line}\nTranslated from the Russian.\n\nThe assassination of Kirov.\n", encoding="utf-8")
    header = convert_file(path).find("tei:teiHeader", NS)
    assert header.find("tei:profileDesc/tei:creation/tei:date", NS).get("when") == when
    assert [r.findtext("tei:resp", namespaces=NS) for r in header.iterfind(".//tei:respStmt", NS)] == \
        ["TEI encoding"]


def test_a_periodical_citation_is_a_source_even_with_a_full_stop(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("The Bolshevik-Leninist Faction\n\nFrom Revolutionary History, Vol. 9 No. 4, 2008, pp.137–160.\n\n"
                    "He read it on pp. 12-14 of the report.\n", encoding="utf-8")
    tree = convert_file(path)
    assert [b.text for b in tree.findall(".//tei:sourceDesc//tei:bibl", NS)] == \
        ["From Revolutionary History, Vol. 9 No. 4, 2008, pp.137–160."]
    assert "".join(tree.findall(".//tei:body//tei:p", NS)[-1].itertext()) == "He read it on pp. 12-14 of the report."


def test_the_reading_text_names_the_translator_its_credit_line_gives(tmp_path):
    from lxml import html

    from teikit.render import render_tree

    path = tmp_path / "letter.txt"
    path.write_text(ARCHIVE_PAGE.replace("Translation: John G. Wright.", "Translated: by James Fenwick."),
                    encoding="utf-8")
    page = html.fromstring(render_tree(convert_file(path), "reading", "letter"))
    facts = page.find_class("facts")[0]
    labels = [dt.text_content() for dt in facts.iter("dt")]
    assert labels[:3] == ["Author", "Written", "Documents"]
    assert facts.xpath("string(dt[. = 'Translated by']/following-sibling::dd[1])") == "James Fenwick"


def test_a_name_heading_over_prose_is_the_title(tmp_path):
    """An article about a person is titled by their name: no second heading, no author line."""
    text = "Victor Serge\n\nVictor Kibalchich was born in Brussels to Russian parents in 1890.\n"
    assert header_of(tmp_path, text) == ("Victor Serge", [])


def test_a_label_and_name_line_opening_the_text_is_its_title_not_a_signature(tmp_path):
    text = "Communist Secret Police: NKVD\n\nIn 1934 the political police became part of a new commissariat.\n"
    title, authors = header_of(tmp_path, text)
    assert (title, authors) == ("Communist Secret Police: NKVD", [])


def test_a_text_without_headings_is_named_after_its_file(tmp_path):
    assert header_of(tmp_path, "January 4, 1930\n\nThere is no doubt left even for those who doubted.\n") \
        == ("article", [])


# ---------------------------------------------------------------- validity and reproducibility

def test_seed_is_valid_against_the_project_schema(seed_tree):
    from teikit.validate import validate_tree

    problems = [p for p in validate_tree(seed_tree, "seed") if p.severity == "error"]
    assert problems == []


def test_seed_is_valid_against_official_tei_all(seed_tree, tei_all):
    valid = tei_all.validate(seed_tree)
    assert valid, "\n".join(str(e) for e in list(tei_all.error_log)[:10])


def test_committed_edition_is_valid_against_tei_all(root, tei_all):
    tree = etree.parse(str(root / "tei" / "blumkin-1929.xml"))
    assert tei_all.validate(tree), "\n".join(str(e) for e in list(tei_all.error_log)[:10])


def test_convert_is_reproducible_and_equals_the_committed_file(root, seed_text):
    committed_path = root / "tei" / "blumkin-1929.xml"
    first = tei_bytes(convert_file(seed_text, committed_path))
    second = tei_bytes(convert_file(seed_text, committed_path))
    assert first == second
    committed = committed_path.read_bytes()
    assert first == committed, "tei/blumkin-1929.xml is stale: regenerate it with teikit convert"


def test_convert_command_prints_the_committed_file(root, monkeypatch):
    monkeypatch.chdir(root)
    result = subprocess.run([sys.executable, "-m", "teikit", "convert", "seeds/blumkin-1929.txt"],
                            capture_output=True, check=True)
    assert result.stdout == (root / "tei" / "blumkin-1929.xml").read_bytes()


# ---------------------------------------------------------------- the main job

def test_build_makes_tei_views_and_landing_page(project):
    (project / "tei" / "blumkin-1929.xml").unlink()
    result = run("build", "--project", str(project))
    assert result.exit_code == 0, result.output
    assert (project / "tei" / "blumkin-1929.xml").exists()
    for view in ("reading", "diplomatic", "index"):
        html = (project / "site" / "blumkin-1929" / f"{view}.html").read_text(encoding="utf-8")
        assert html.lstrip().lower().startswith("<!doctype html")
        assert 'lang="en"' in html
    landing = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "blumkin-1929/reading.html" in landing


def test_the_landing_page_says_by_whom_and_when_each_edition_was_written(project):
    from lxml import html

    (project / "seeds" / "letter.txt").write_text(ARCHIVE_PAGE, encoding="utf-8")
    assert run("build", "--project", str(project)).exit_code == 0
    landing = html.parse(str(project / "site" / "index.html")).getroot()
    cards = {card.get("id"): card for card in landing.find_class("edition-card")}
    said = {name: [p.text_content() for p in cards[f"edition-{name}"].find_class("by-and-when")]
            for name in ("blumkin-1929", "letter")}
    assert said == {"blumkin-1929": ["Agranov, Yakov Saulovich · Yagoda, Genrikh Grigoryevich · Blumkin, Yakov "
                                     "Grigoryevich · Trotsky, Lev Davidovich · 21 October 1929"],
                    "letter": ["L.D. Trotsky · 27 March 1929"]}


def test_build_writes_the_registers_as_json_and_csv_for_repositories_and_spreadsheets(project):
    """Every register entry of the TEI, with its mentions counted from the text and each occurrence
    a fragment id of the reading view."""
    assert run("build", "--project", str(project)).exit_code == 0
    tree = etree.parse(str(project / "tei" / "blumkin-1929.xml"))
    entries = tree.findall(".//tei:standOff//tei:person", NS) + tree.findall(".//tei:standOff//tei:place", NS) \
        + tree.findall(".//tei:standOff//tei:org", NS)
    ids = {e.get("{http://www.w3.org/XML/1998/namespace}id") for e in entries}
    out = project / "site" / "blumkin-1929"
    data = json.loads((out / "register.json").read_text(encoding="utf-8"))
    assert {e["id"] for e in data["entries"]} == ids and data["count"] == len(ids)
    yagoda = next(e for e in data["entries"] if e["id"] == "yagoda")
    refs = tree.xpath("//tei:text//tei:persName[@ref='#yagoda']", namespaces=NS)
    assert yagoda["kind"] == "person" and "Berry" in yagoda["variants"]
    assert yagoda["mentions"] == len(refs) == len(yagoda["occurrences"]) > 0
    identified = tree.xpath("//tei:standOff//tei:person[tei:idno[@type='wikidata']]", namespaces=NS)[0]
    qid = identified.findtext("tei:idno[@type='wikidata']", namespaces=NS)
    record = next(e for e in data["entries"] if e["id"] == identified.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert record["wikidata"] == qid and record["wikidata_url"] == f"https://www.wikidata.org/wiki/{qid}"
    reading = (out / "reading.html").read_text(encoding="utf-8")
    assert all(f'id="{target}"' in reading for target in yagoda["occurrences"])
    with (out / "register.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["id"] for r in rows} == ids
    assert next(r for r in rows if r["id"] == "yagoda")["mentions"] == str(len(refs))


def test_build_never_overwrites_an_existing_tei_file(project):
    tei = project / "tei" / "blumkin-1929.xml"
    edited = tei.read_text(encoding="utf-8").replace("Top secret</seg>", "Top secret</seg><!-- checked -->")
    tei.write_text(edited, encoding="utf-8")
    assert run("build", "--project", str(project)).exit_code == 0
    assert tei.read_text(encoding="utf-8") == edited


# ---------------------------------------------------------------- errors the user can act on

def cli_subprocess(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teikit", *args], capture_output=True, text=True, cwd=cwd)


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode not in (0, None)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_file_is_one_line_exit_2(tmp_path):
    result = cli_subprocess("convert", str(tmp_path / "nope.txt"))
    assert_one_line_error(result, "nope.txt", "no such file")
    assert result.returncode == 2


def test_non_utf8_text_names_the_byte_and_offers_encoding(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Moscow\nCaf\u00e9 on the corner\n".encode("latin-1"))
    result = cli_subprocess("convert", str(path))
    assert_one_line_error(result, "latin.txt:2:4", "0xe9", "--encoding")
    assert result.returncode == 2
    ok = cli_subprocess("convert", str(path), "--encoding", "latin-1")
    assert ok.returncode == 0 and "Café" in ok.stdout


def test_invalid_tei_is_reported_with_line_and_exit_1(tmp_path, seed_tree):
    data = tei_bytes(seed_tree).decode("utf-8").replace("<opener>", "<opener><bogus/>", 1)
    path = tmp_path / "broken.xml"
    path.write_text(data, encoding="utf-8")
    result = cli_subprocess("validate", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    line = next(i for i, l in enumerate(data.splitlines(), 1) if "<bogus/>" in l)
    assert re.search(rf"broken\.xml:{line}:\d+: error: .*bogus", result.stdout), result.stdout


def test_malformed_xml_is_one_line_with_position(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n', encoding="utf-8")
    result = cli_subprocess("validate", str(path))
    assert result.returncode == 2
    assert_one_line_error(result, "bad.xml:3:", "malformed XML")


def test_the_index_files_persons_under_their_surnames_on_a_text_without_a_register():
    """A drafted register has "Forename Surname" names; a reader still looks people up by surname."""
    from teikit.model import SourceText
    from teikit.pipeline import convert_source
    from teikit.render import render_tree

    text = "Letter\n\nDavid Walters wrote to Anna Zotova and to Boris Savelin in Paris.\n"
    tree = convert_source(SourceText(Path("letter.txt"), text, tuple(text.split("\n")), "letter"))
    persons = render_tree(tree, "index", "letter").split('id="persons"', 1)[1].split("</section>", 1)[0]
    names = re.findall(r'<h3 class="entry-name">([^<]*)', persons)
    assert names == ["Boris Savelin", "David Walters", "Anna Zotova"]
