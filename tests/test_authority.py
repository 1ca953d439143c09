"""The genre authority: a report teikit has never seen names the genre's people, bodies and regions,
and teikit knows them without a register, links them to one entry each and says who they were."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.annotate.entities import authority_index
from teikit.authority import load_authority, shipped_path
from teikit.cli import cli
from teikit.pipeline import convert_file
from teikit.register import entries
from teikit.validate import validate_tree

from conftest import TEI_NS

NS = {**TEI_NS, "xml": "http://www.w3.org/XML/1998/namespace"}

REPORT = """SPECIAL REPORT

To comrade YEZHOV N.I.

Frinovsky reported that the arrests in the Kalmyk ASSR were made on the orders of the OGPU.
Canaris was informed of it. The wagons left from Frunze on the same day, and Frunze's successor
at the Commissariat knew nothing. Menzhinsky never answered.
"""


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def mentions(tree: etree._ElementTree) -> list[tuple[str, str, str]]:
    """(element, text, ref) of every name in the text, in reading order."""
    names = tree.iterfind(".//tei:text//*[@ref]", NS)
    return [(etree.QName(el).localname, "".join(el.itertext()), el.get("ref")) for el in names]


def test_names_the_genre_repeats_are_known_without_a_register(report):
    found = mentions(convert_file(report))
    assert ("persName", "YEZHOV N.I.", "#yezhov") in found  # capitals and initials after, as documents print them
    assert ("persName", "Frinovsky", "#frinovsky") in found
    assert ("persName", "Canaris", "#canaris") in found  # opens a sentence, no other evidence
    assert ("persName", "Menzhinsky", "#menzhinsky") in found
    assert ("placeName", "Kalmyk ASSR", "#kalmyk-assr") in found
    assert ("orgName", "OGPU", "#ogpu") in found


def test_texts_converted_in_one_process_share_one_index_of_the_authority(report):
    """Indexing the authority's ~2,800 forms takes longer than converting a text: it is done once, and
    the index is only read, so a text converted after others finds what it finds alone."""
    authority = load_authority((), True)
    assert authority_index(authority) is authority_index(authority)
    forms = copy.deepcopy(authority_index(authority).table)
    first = mentions(convert_file(report))
    assert mentions(convert_file(report)) == first
    assert authority_index(authority).table == forms


def test_a_surname_that_is_also_a_place_is_a_place_after_a_preposition(report):
    found = [(tag, ref) for tag, text, ref in mentions(convert_file(report)) if text == "Frunze"]
    assert found[0][0] == "placeName"  # "left from Frunze"
    assert found[1] == ("persName", "#frunze")  # "Frunze's successor"


def test_the_entries_used_reach_the_tei_with_what_the_authority_knows(report):
    tree = convert_file(report)
    yezhov = tree.find(".//tei:standOff//tei:person[@xml:id='yezhov']", NS)
    assert yezhov is not None and yezhov.get("resp") == "#teikit"
    assert yezhov.find("tei:birth", NS).get("when") == "1895"
    assert "Internal Affairs" in yezhov.findtext("tei:note", namespaces=NS)
    ids = set(tree.xpath("//tei:standOff//@xml:id", namespaces=NS))
    assert "beria" not in ids  # entries the text does not mention stay out
    assert not [p for p in validate_tree(tree, "report.xml") if p.severity == "error"]


def test_an_editor_adds_and_corrects_entries_with_authority_files(report, tmp_path):
    extra = tmp_path / "mine.xml"
    extra.write_text(
        '<standOff xmlns="http://www.tei-c.org/ns/1.0"><listPerson>'
        '<person xml:id="canaris"><persName type="standard"><surname>Canaris</surname>, '
        '<forename>Wilhelm</forename></persName><note>my own note</note></person>'
        '<person xml:id="commissariat-clerk"><persName type="standard">Successor</persName>'
        '<persName type="variant">Commissariat</persName></person>'
        "</listPerson></standOff>\n", encoding="utf-8")
    out = tmp_path / "report.xml"
    result = run("convert", report, "-o", out, "--authority", extra)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    assert tree.findtext(".//tei:person[@xml:id='canaris']/tei:note", namespaces=NS) == "my own note"
    assert ("persName", "Commissariat", "#commissariat-clerk") in mentions(tree)


def test_no_authority_leaves_the_rules_alone(report, tmp_path):
    out = tmp_path / "report.xml"
    assert run("convert", report, "-o", out, "--no-authority").exit_code == 0
    tree = etree.parse(str(out))
    assert "#canaris" not in [ref for _, _, ref in mentions(tree)]
    assert not tree.xpath("//tei:standOff//tei:birth", namespaces=NS)  # only drafted entries


def test_a_broken_authority_file_is_one_line_and_nothing_is_written(report, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<standOff xmlns="http://www.tei-c.org/ns/1.0"><listPerson>\n'
                   '<person><persName>No id</persName></person></listPerson></standOff>\n', encoding="utf-8")
    out = tmp_path / "report.xml"
    result = run("convert", report, "-o", out, "--authority", bad)
    assert result.exit_code == 2
    assert f"{bad}:2" in result.output and "xml:id" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_the_shipped_authority_is_a_valid_register_with_unique_forms():
    found = entries(load_authority((), True), shipped_path())
    assert len(found) > 200
    assert {e.type for e in found} == {"person", "place", "org"}
    # every person has a structured standard name or a listed form the finder can look for
    assert all(e.surname or e.variants for e in found if e.type == "person")


def test_a_text_with_a_register_uses_it_alone(seed_tree):
    """The seed's editor decided who is who: the authority adds nothing to it."""
    assert not seed_tree.xpath("//tei:standOff//*[@resp='#teikit']", namespaces=NS)


def test_explain_says_a_name_came_from_the_authority(report, tmp_path):
    out = tmp_path / "report.xml"
    assert run("convert", report, "-o", out, "--explain").exit_code == 0
    explained = json.loads((tmp_path / "report.explain.json").read_text(encoding="utf-8"))["mentions"]
    canaris = next(m for m in explained if m["text"] == "Canaris")
    assert canaris["rule"] == "authority" and "canaris" in canaris["reason"]


# The authority grown to the genre's recurring figures and bodies (issue 15, class 8): each class of
# entry in a short text of our own, with the collisions its entries must keep apart.

FIGURES = """MEMORANDUM

Kaltenbrunner had asked for the files twice, and Konovalets was said to be in Rotterdam at the time.
The order was countersigned: SHCHERBAKOV A.S.
"""

BODIES = """NOTE ON THE PROCUREMENT

Narkomzem and Zagotzerno were told to report by the fifth, and Osoaviakhim lent its hall for the
meeting. In Paris the Mladorossy quarrelled with the NTS, while the Siguranța watched both. The
question went to the STO and then to the Secretariat of the CC.
"""

COLLISIONS = """The writer Maxim Gorky was in Sorrento. In 1932 Nizhny Novgorod was renamed Gorky, and the
works at Gorky grew. The conquest of the north was the plan's pride, and Robert Conquest counted its
dead much later. General Miller vanished in Paris; the miller of the village stayed.
The UNKVD Secretariat sent the list on.
"""


@pytest.fixture
def convert_text(tmp_path: Path):
    def convert(text: str) -> list[tuple[str, str, str]]:
        path = tmp_path / "note.txt"
        path.write_text(text, encoding="utf-8")
        return mentions(convert_file(path))
    return convert


def test_figures_the_genre_repeats_are_persons_with_no_other_evidence(convert_text):
    found = convert_text(FIGURES)
    assert ("persName", "Kaltenbrunner", "#kaltenbrunner") in found
    assert ("persName", "Konovalets", "#konovalets") in found  # no title, no forename, no ending the rules know
    assert ("persName", "SHCHERBAKOV A.S.", "#shcherbakov") in found  # capitals and initials, as signed


def test_institutions_without_an_organisation_word_are_organisations(convert_text):
    found = {(tag, text): ref for tag, text, ref in convert_text(BODIES)}
    for text, ref in [("Narkomzem", "#narkomzem"), ("Zagotzerno", "#zagotzerno"), ("Osoaviakhim", "#osoaviakhim"),
                      ("Mladorossy", "#mladorossy"), ("NTS", "#nts"), ("Siguranța", "#siguranta"), ("STO", "#sto"),
                      ("Secretariat", "#secretariat"), ("CC", "#central-committee")]:  # two, as GUIDELINES split an organ of a body
        assert found.get(("orgName", text)) == ref, text
    assert not [text for tag, text in found if tag == "persName"]  # "Mladorossy" is not a person


def test_a_surname_that_is_also_a_town_or_a_word_is_looked_for_only_in_full(convert_text):
    found = convert_text(COLLISIONS)
    assert ("persName", "Maxim Gorky", "#gorky") in found
    towns = [(tag, ref) for tag, text, ref in found if text == "Gorky"]
    assert towns and all(tag == "placeName" and ref != "#gorky" for tag, ref in towns)  # the renamed city
    assert ("persName", "Robert Conquest", "#conquest") in found
    assert not [m for m in found if m[1].lower() == "conquest"]  # "The conquest of the north"
    assert ("persName", "General Miller", "#miller-yevgeny") in found
    assert not [m for m in found if m[1] == "miller"]
    assert "#secretariat" not in [ref for _, _, ref in found]  # a department's own secretariat is not the CC's


def test_the_grown_authority_says_who_they_were_with_checked_ids(convert_text, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Mao Zedong and Atatürk were both named in the report of the Stavka.\n", encoding="utf-8")
    tree = convert_file(path)
    ids = {el.getparent().get("{http://www.w3.org/XML/1998/namespace}id"): el.text
           for el in tree.iterfind(".//tei:standOff//tei:idno[@type='wikidata']", NS)}
    assert ids == {"mao": "Q5816", "ataturk": "Q5152", "stavka": "Q1991218"}


def test_a_namesake_with_other_initials_is_not_the_authority_person(convert_text):
    """A grown authority holds common surnames (Lysenko, Zhukov): initials that are not the known
    person's mean another bearer of the name, which the rules tag as a person of the text's own."""
    found = convert_text("Colonel S. LYSENKO signed the order; comrade LYSENKO T.D. was not told of it.\n")
    assert ("persName", "LYSENKO T.D.", "#lysenko") in found
    namesake = [ref for tag, text, ref in found if text == "S. LYSENKO" and tag == "persName"]
    assert namesake and namesake[0] != "#lysenko"


def test_a_forename_and_patronymic_beside_another_surname_are_that_persons_not_the_known_ones(tmp_path):
    """The authority knows Konev as "Ivan Stepanovich" too; in a list of the accused, "KOLESNIKOV Ivan
    Stepanovich" and "Ivan Stepanovich Petrov" are other men, and Konev is only Konev."""
    path = tmp_path / "list.txt"
    path.write_text("Special report\n\nThe accused KOLESNIKOV Ivan Stepanovich, born 1899, and Ivan "
                    "Stepanovich Petrov were tried. Marshal Konev was not told. Ivan Stepanovich said "
                    "nothing of it.\n", encoding="utf-8")
    found = mentions(convert_file(path))
    assert [(text, ref) for _, text, ref in found if ref == "#konev"] == [("Konev", "#konev"),
                                                                          ("Ivan Stepanovich", "#konev")]
    assert ("persName", "KOLESNIKOV Ivan Stepanovich") in [(kind, text) for kind, text, _ in found]
