"""Registers: the seed's register reaches the TEI whole, bad registers fail in one line, drafts round-trip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.cli import cli
from teikit.errors import EditionDataError
from teikit.register import entries, load_register

from conftest import ROOT, SHARED, TEI_NS

NS = {**TEI_NS, "xml": "http://www.w3.org/XML/1998/namespace"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SEED_REGISTER = ROOT / "seeds" / "blumkin-1929.register.xml"

LETTER = """Letter to Comrade Agranov

Lev Sedov met me in Constantinople. Sedov said that L. Sedov is his usual signature.
Comrade Agranov of the OGPU and General Menzhinsky know about it.
"""


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def register_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "bad.register.xml"
    path.write_text('<standOff xmlns="http://www.tei-c.org/ns/1.0">\n' + body + "</standOff>\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- the seed's register

def test_every_seed_register_entry_reaches_the_tei(seed_tree):
    ids = {e.get(XML_ID) for e in seed_tree.find("tei:standOff", NS).iter(
        f"{{{NS['tei']}}}person", f"{{{NS['tei']}}}place", f"{{{NS['tei']}}}org")}
    assert len(ids) == len(entries(load_register(SEED_REGISTER))) == 160


@pytest.mark.skipif(not (SHARED / "editorial" / "register.json").exists(), reason="editor's brief not beside the project")
def test_seed_register_keeps_the_editors_keys_variants_and_wikidata():
    brief = json.loads((SHARED / "editorial" / "register.json").read_text(encoding="utf-8"))
    found = {e.id: e for e in entries(load_register(SEED_REGISTER))}
    for key, item in brief.items():
        entry = found.get(key) or found[f"{item['type']}-{key}"]  # an xml:id cannot start with a digit
        assert entry.variants == item["variants"]
    root = load_register(SEED_REGISTER)
    trotsky = root.find(".//tei:person[@xml:id='trotsky']", NS)
    assert trotsky.findtext("tei:idno[@type='wikidata']", namespaces=NS) == "Q33391"
    assert trotsky.find("tei:persName[@type='standard']/tei:surname", NS).text == "Trotsky"
    assert trotsky.find("tei:birth", NS).get("when") == "1879"
    assert root.find(".//tei:person[@xml:id='agranov']/tei:idno", NS) is None  # no QID in the brief: none invented
    prinkipo = root.find(".//tei:place[@xml:id='prinkipo']", NS)
    assert prinkipo.findtext("tei:placeName[@type='modern']", namespaces=NS) == "Büyükada"


def test_every_entity_ref_in_the_seed_resolves(seed_tree):
    ids = {e.get(XML_ID) for e in seed_tree.iter()}
    refs = [el.get("ref") for el in seed_tree.find("tei:text", NS).iter(
        f"{{{NS['tei']}}}persName", f"{{{NS['tei']}}}placeName", f"{{{NS['tei']}}}orgName")]
    assert len(refs) > 600
    assert all(r and r.startswith("#") and r[1:] in ids for r in refs)


# ---------------------------------------------------------------- bad registers

@pytest.mark.parametrize("body, message, line", [
    ('<listPerson><person xml:id="a"><persName>A</persName></person>\n', "malformed XML", None),
    ('<listPerson>\n<person xml:id="radek"><persName type="variant">Radek</persName></person>\n'
     '<person xml:id="radek"><persName type="variant">K. Radek</persName></person>\n</listPerson>\n',
     "duplicate xml:id 'radek'", 4),
    ('<listPerson>\n<person xml:id="yagoda"><persName type="variant">Berry</persName></person>\n'
     '<person xml:id="berry"><persName type="variant">Berry</persName></person>\n</listPerson>\n',
     "variant 'Berry' of 'berry' is also claimed by 'yagoda'", 4),
    ('<person xml:id="lost"><persName>Lost</persName></person>\n<listPerson><person xml:id="x">'
     '<persName>X</persName></person></listPerson>\n', "must sit in a <listPerson>", 2),
])
def test_a_bad_register_is_one_line_naming_file_and_line(tmp_path, body, message, line):
    path = register_file(tmp_path, body)
    text = tmp_path / "letter.txt"
    text.write_text(LETTER, encoding="utf-8")
    result = run("convert", text, "--register", path)
    assert result.exit_code == 2
    err = result.output.strip()
    assert "\n" not in err and message in err and str(path) in err
    if line:
        assert f"{path}:{line}:" in err
    with pytest.raises(EditionDataError):
        load_register(path)


# ---------------------------------------------------------------- drafting

def test_draft_register_groups_variants_and_feeds_convert(tmp_path):
    text = tmp_path / "letter.txt"
    text.write_text(LETTER, encoding="utf-8")
    draft = tmp_path / "letter-draft.xml"
    result = run("register", "draft", text, "-o", draft)
    assert result.exit_code == 0, result.output
    root = load_register(draft)
    sedov = [p for p in root.iter(f"{{{NS['tei']}}}person")
             if "Sedov" in "".join(p.itertext())]
    assert len(sedov) == 1
    # every form the letter uses (the genre authority knows Sedov and adds its own spellings)
    assert {n.text for n in sedov[0].findall("tei:persName[@type='variant']", NS)} >= {"Lev Sedov", "Sedov", "L. Sedov"}
    assert sedov[0].get("resp") == "#teikit" and sedov[0].get("cert") in {"high", "medium", "low"}
    converted = run("convert", text, "--register", draft)
    assert converted.exit_code == 0, converted.output
    tree = etree.fromstring(converted.stdout_bytes)
    names = tree.findall(".//tei:text//tei:persName", NS)
    assert {n.get("ref") for n in names if n.text in ("Lev Sedov", "Sedov", "L. Sedov")} == {f"#{sedov[0].get(XML_ID)}"}


def test_draft_never_overwrites_an_editors_register(tmp_path):
    text = tmp_path / "letter.txt"
    text.write_text(LETTER, encoding="utf-8")
    existing = tmp_path / "letter.register.xml"
    existing.write_text("<edited/>", encoding="utf-8")
    result = run("register", "draft", text, "-o", existing)
    assert result.exit_code == 2 and "refusing to overwrite" in result.output
    assert existing.read_text(encoding="utf-8") == "<edited/>"


AUTHORITY_REGISTER = """<listPlace xmlns="http://www.tei-c.org/ns/1.0">
  <place xml:id="eastbrook"><placeName type="standard">Eastbrook</placeName>
    <location><geo>56.946 24.10589</geo></location>
    <idno type="geonames">456172</idno><idno type="wikidata">Q1773</idno></place>
</listPlace>
<!-- split -->
<listPerson xmlns="http://www.tei-c.org/ns/1.0">
  <person xml:id="ozols"><persName type="standard">Ozols, Janis</persName>
    <idno type="viaf">12345678</idno><idno type="gnd">118600001</idno></person>
</listPerson>"""


def test_the_register_takes_every_authority_id_and_coordinates_and_the_views_show_them(tmp_path):
    """An editor identifies a (made-up) place in GeoNames and Wikidata with its coordinates, and a
    (made-up) person in VIAF and the GND: the TEI is valid, the register page links each authority file and shows the
    coordinates, and the register's JSON carries them all."""
    places, persons = AUTHORITY_REGISTER.split("<!-- split -->")
    (tmp_path / "eastbrook.txt").write_text("A letter from Eastbrook\n\nJanis Ozols wrote from Eastbrook.\n", encoding="utf-8")
    (tmp_path / "eastbrook.register.xml").write_text(
        f'<standOff xmlns="http://www.tei-c.org/ns/1.0">{places}{persons}</standOff>', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["convert", str(tmp_path / "eastbrook.txt"), "-o", str(tmp_path / "eastbrook.xml")]).exit_code == 0
    assert runner.invoke(cli, ["validate", str(tmp_path / "eastbrook.xml")]).exit_code == 0
    assert runner.invoke(cli, ["render", str(tmp_path / "eastbrook.xml"), "-o", str(tmp_path / "site")]).exit_code == 0

    index = (tmp_path / "site" / "eastbrook" / "index.html").read_text(encoding="utf-8")
    for link in ("https://www.geonames.org/456172", "https://www.wikidata.org/wiki/Q1773",
                 "https://viaf.org/viaf/12345678", "https://d-nb.info/gnd/118600001"):
        assert f'href="{link}"' in index
    assert "Coordinates: </span>56.946 24.10589" in index
    entries = {e["id"]: e for e in json.loads((tmp_path / "site" / "eastbrook" / "register.json").read_text(encoding="utf-8"))["entries"]}
    assert entries["eastbrook"]["coordinates"] == "56.946 24.10589" and entries["eastbrook"]["geonames"] == "456172"
    assert entries["ozols"]["gnd_url"] == "https://d-nb.info/gnd/118600001"


@pytest.mark.parametrize("location, severity, said", [
    ("", "warning", 'place "eastbrook" has a GeoNames id but no coordinates'),
    ("<location><geo>56°57′N 24°6′E</geo></location>", "error",
     'place "eastbrook": geo "56°57′N 24°6′E" is not a latitude and a longitude in decimal degrees'),
])
def test_a_place_identified_in_geonames_needs_decimal_coordinates(tmp_path, location, severity, said):
    places, persons = AUTHORITY_REGISTER.split("<!-- split -->")
    places = places.replace("<location><geo>56.946 24.10589</geo></location>", location)
    (tmp_path / "eastbrook.txt").write_text("A letter from Eastbrook\n\nJanis Ozols wrote from Eastbrook.\n", encoding="utf-8")
    (tmp_path / "eastbrook.register.xml").write_text(
        f'<standOff xmlns="http://www.tei-c.org/ns/1.0">{places}{persons}</standOff>', encoding="utf-8")
    from teikit.pipeline import convert_file
    from teikit.validate import validate_tree

    if severity == "error":  # convert never writes invalid TEI: the register is the editor's to fix
        with pytest.raises(EditionDataError, match=re.escape(said)) as refused:
            convert_file(tmp_path / "eastbrook.txt")
        assert refused.value.path == tmp_path / "eastbrook.register.xml"
        return
    problems = validate_tree(convert_file(tmp_path / "eastbrook.txt"), "eastbrook.xml")
    assert [(p.severity, p.layer) for p in problems if said in p.message] == [(severity, "rules")]
