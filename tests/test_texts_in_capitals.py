"""Texts of the genre that capitals do not help to read (issue 15, fifth round): telegrams typed
wholly in capitals, lists of the accused, institutions named by their Russian abbreviations.

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations

import pytest
from lxml import etree

from teikit.pipeline import convert_file

from conftest import TEI_NS

T = f"{{{TEI_NS['tei']}}}"
KIND = {"persName": "person", "placeName": "place", "orgName": "org"}


@pytest.fixture
def tagged(tmp_path):
    """Convert a text with no edition data; its names as (kind, words), in text order."""
    def convert(body: str) -> list[tuple[str, str]]:
        path = tmp_path / "telegram.txt"
        path.write_text("Cipher telegram\n\n" + body + "\n", encoding="utf-8")
        text = convert_file(path).find("tei:text", TEI_NS)
        return [(KIND[etree.QName(el).localname], "".join(el.itertext()))
                for el in text.iter(T + "persName", T + "placeName", T + "orgName")]
    return convert


def test_a_telegram_in_capitals_is_read_word_by_word(tagged):
    found = tagged("ON 3 MAY DETAINED FORMER CHAIRMAN OF COLLECTIVE FARM DAUTBAEV AND HIS BROTHER. "
                   "THE CASE WAS HANDED TO LIEUTENANT OSPANOV OF THE UNKVD.")
    assert found == [("person", "DAUTBAEV"), ("person", "OSPANOV"), ("org", "UNKVD")]


def test_an_abbreviated_institution_before_a_name_in_a_telegram_is_two_mentions(tagged):
    found = tagged("REQUEST SANCTION TO ARREST THE DEPUTY HEAD OF ZAGOTSKOT TERZIBASHYAN AND THE "
                   "SECRETARY OF THE RAIKOM ORAZBEKOV WITHOUT DELAY.")
    assert found == [("org", "ZAGOTSKOT"), ("person", "TERZIBASHYAN"), ("org", "RAIKOM"),
                     ("person", "ORAZBEKOV")]


def test_a_party_committee_by_its_abbreviation_is_an_organisation(tagged):
    found = tagged("The Obkom approved the plan. The Tambov Gorkom and the Karelian Obkom objected.")
    assert found == [
        ("org", "Obkom"), ("place", "Tambov"), ("org", "Gorkom"), ("org", "Obkom")]
