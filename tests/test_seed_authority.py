"""The seed's register names its people and places in authority files (issue 19): every id has the shape
of its authority, every place found in GeoNames has its coordinates, the committed TEI carries the same
ids, and the index page links them."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from lxml import etree, html

from teikit.cli import cli

from conftest import ROOT, TEI_NS

SEED_REGISTER = ROOT / "seeds" / "blumkin-1929.register.xml"
SEED_TEI = ROOT / "tei" / "blumkin-1929.xml"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# What an id of each authority looks like: a Wikidata item (or its URI), a VIAF cluster number, a GND
# number (persons 1…, corporate bodies and places with a check digit after a hyphen), a GeoNames feature.
SHAPES = {
    "wikidata": re.compile(r"Q[1-9]\d*|https?://www\.wikidata\.org/(?:entity|wiki)/Q[1-9]\d*"),
    "viaf": re.compile(r"[1-9]\d*"),
    "gnd": re.compile(r"1[012]?\d{7}[\dX]|[47]\d{6}-\d|[1-9]\d{0,7}-[\dX]|3\d{7}[\dX]"),
    "geonames": re.compile(r"[1-9]\d*"),
}
DECIMAL_DEGREES = re.compile(r"(-?\d{1,2}(?:\.\d+)?) (-?\d{1,3}(?:\.\d+)?)")


def entries_of(tree: etree._ElementTree, kind: str) -> list[etree._Element]:
    return tree.xpath(f"//tei:{kind}[@xml:id]", namespaces=TEI_NS)


def authority_ids(entry: etree._Element) -> dict[str, str]:
    return {idno.get("type"): idno.text.strip() for idno in entry.findall("tei:idno", TEI_NS)}


@pytest.fixture(scope="module")
def register() -> etree._ElementTree:
    return etree.parse(str(SEED_REGISTER))


def test_every_authority_id_in_the_seed_register_has_the_shape_of_its_authority(register):
    ids = [(entry.get(XML_ID), kind, value)
           for entry in register.xpath("//tei:person | //tei:place | //tei:org", namespaces=TEI_NS)
           for kind, value in authority_ids(entry).items()]
    assert ids
    wrong = [(entry, kind, value) for entry, kind, value in ids
             if kind not in SHAPES or not SHAPES[kind].fullmatch(value)]
    assert wrong == []


def test_every_seed_place_found_in_geonames_has_its_coordinates_and_the_index_shows_them(register, tmp_path):
    """An editor identified the seed's towns in GeoNames: each has decimal coordinates, and the index
    page a reader opens links GeoNames and shows where the place lies."""
    in_geonames = [place for place in entries_of(register, "place") if "geonames" in authority_ids(place)]
    assert in_geonames
    for place in in_geonames:
        geo = place.findtext("tei:location/tei:geo", namespaces=TEI_NS)
        found = DECIMAL_DEGREES.fullmatch(geo or "")
        assert found, f"{place.get(XML_ID)} has no coordinates"
        assert abs(float(found[1])) <= 90 and abs(float(found[2])) <= 180

    result = CliRunner().invoke(cli, ["render", str(SEED_TEI), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    index = html.parse(str(tmp_path / "site" / "blumkin-1929" / "index.html"))
    for place in in_geonames:
        shown = index.xpath(f"//li[@id = '{place.get(XML_ID)}']")[0]
        assert shown.xpath(f".//a[@href = 'https://www.geonames.org/{authority_ids(place)['geonames']}']")
        assert place.findtext("tei:location/tei:geo", namespaces=TEI_NS) in shown.text_content()


def test_the_committed_seed_tei_carries_the_registers_authority_ids(register):
    """The canonical TEI was converted again after the register gained its ids: it says the same."""
    tei = etree.parse(str(SEED_TEI))
    in_tei = {entry.get(XML_ID): (authority_ids(entry), entry.findtext("tei:location/tei:geo", namespaces=TEI_NS))
              for kind in ("person", "place", "org") for entry in entries_of(tei, kind)}
    for kind in ("person", "place", "org"):
        for entry in entries_of(register, kind):
            said = (authority_ids(entry), entry.findtext("tei:location/tei:geo", namespaces=TEI_NS))
            assert in_tei.get(entry.get(XML_ID), said) == said, entry.get(XML_ID)


@pytest.mark.xfail(strict=True, reason="issue 19's coverage target: only the ids verified against a public "
                                       "source are in the register so far (docs/authority-evidence.md)")
def test_most_of_the_seeds_persons_and_places_carry_an_authority_id(register):
    def share(kind: str) -> float:
        entries = entries_of(register, kind)
        return sum(1 for entry in entries if authority_ids(entry)) / len(entries)

    assert share("person") >= 0.6 and share("place") >= 0.8
