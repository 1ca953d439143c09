"""Letters and memoranda: correspDesc in each edition, and the corpus's correspondence in CMIF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from teikit.errors import EditionDataError
from teikit.build import build
from teikit.pipeline import convert_file

ROOT = Path(__file__).resolve().parents[1]
NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def actions(tree: etree._ElementTree, div: str) -> dict[str, list[str]]:
    """`{"sent": [refs…], "received": [refs…]}` of the correspDesc of one document."""
    desc = tree.xpath(f"//tei:profileDesc/tei:correspDesc[@ref = '#{div}']", namespaces=NS)
    assert len(desc) == 1, f"no correspDesc for #{div}"
    return {action.get("type"): action.xpath("*/@ref | tei:date/@when | tei:date/@notAfter", namespaces=NS)
            for action in desc[0].iterfind("tei:correspAction", NS)}


def test_the_editor_gives_the_seeds_memorandum_and_letter(seed_tree):
    memorandum = actions(seed_tree, "memorandum")
    assert {"#agranov", "#moscow", "1929-10-21"} <= set(memorandum["sent"])
    assert memorandum["received"] == ["#stalin"]
    assert "#trotsky" in actions(seed_tree, "letter")["sent"]


def test_a_letter_without_edition_data_is_read_from_its_addressee_signature_and_dateline(root):
    tree = convert_file(root / "tests" / "data" / "letter.txt")
    found = actions(tree, "document")
    sent = set(found["sent"])
    assert "1930-03-12" in sent and any("petrov" in ref for ref in sent) and any("leningrad" in r for r in sent)
    assert any("ivanov" in ref for ref in found["received"])


def test_a_report_nobody_addresses_has_no_correspdesc(root):
    tree = convert_file(root / "tests" / "data" / "report.txt")
    assert tree.xpath("//tei:correspDesc", namespaces=NS) == []


def test_a_correspdesc_ref_to_nothing_fails_naming_the_edition_file_and_line(tmp_path, root):
    shutil.copy(root / "tests" / "data" / "letter.txt", tmp_path / "letter.txt")
    (tmp_path / "letter.edition.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:e="https://teikit.org/ns/edition">\n'
        '<e:structure><e:div type="letter"><correspDesc><correspAction type="sent">\n'
        '<persName ref="#nobody">Nobody</persName></correspAction></correspDesc></e:div></e:structure>\n'
        '</TEI>\n', encoding="utf-8")
    with pytest.raises(EditionDataError) as caught:
        convert_file(tmp_path / "letter.txt")
    assert str(caught.value).startswith(f"{tmp_path / 'letter.edition.xml'}:3:")
    assert "#nobody" in str(caught.value)


def test_build_writes_the_seeds_correspondence_as_valid_cmif(tmp_path, root, jing):
    (tmp_path / "seeds").mkdir()
    for path in (root / "seeds").glob("blumkin-1929.*"):
        shutil.copy(path, tmp_path / "seeds" / path.name)
    assert all(r.ok for r in build(tmp_path, jobs=1))
    cmif = tmp_path / "site" / "cmif.xml"
    done = subprocess.run([*jing, str(cmif)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    letters = etree.parse(str(cmif)).xpath("//tei:correspDesc", namespaces=NS)
    assert [d.get("ref") for d in letters] == ["blumkin-1929/reading.html#memorandum",
                                              "blumkin-1929/reading.html#testimony",
                                              "blumkin-1929/reading.html#letter"]
    stalin = letters[0].xpath("tei:correspAction[@type = 'received']/tei:persName/@ref", namespaces=NS)
    assert stalin == ["http://www.wikidata.org/entity/Q855"]
