"""What the twenty-sixth round of issue 15 read: an MVD order's table of dismissed officers with
their ranks abbreviated, an NKVD report listing the villages of each raion.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_ranks_abbreviation_in_a_tables_cell_is_nobody(tmp_path):
    """"| Col. Gen. |", "| Maj. |": the rank column of a table holds abbreviations, not names; "St."
    signing a resolution stays the man it abbreviates."""
    text = ("The list:\n| KOBULOV B. Z. | Col. Gen. | First Deputy Minister |\n"
            "| ZAKHARCHENKO, Mykola Ivanovych | Maj. | head of section |\n| BERZINS, Voldemars | Lt. Col. | Riga |\n")
    persons = names(converted(tmp_path, text), "persName")
    assert not any(p in ("Gen", "Maj", "Col") for p in persons)
    assert {"ZAKHARCHENKO, Mykola Ivanovych", "BERZINS, Voldemars"} <= set(persons)


def test_villages_in_the_plural_after_a_comma_name_each_of_the_list(tmp_path):
    """"Lenkoran raion, villages Gumbashi, Kijaba, Liman": the kind in the plural, with no article
    after its raion's comma, makes each name of the list a village."""
    text = ("Deported:\n– Lenkoran raion, villages Gumbashi, Kijaba, Liman: 412 families;\n"
            "– Masally raion, villages Arkivan, Boradigah: 301 families.\n")
    assert {"Gumbashi", "Kijaba", "Liman", "Arkivan", "Boradigah"} <= set(names(converted(tmp_path, text), "placeName"))


def test_film_companies_and_the_solovki_camp_and_prison(tmp_path):
    """"Northlight Films", "Kvitka Pictures": a film company's word closes its name; "STON" and "SLON",
    the Solovki prison and camps, are no surnames in capitals."""
    text = ("Northlight Films (Tallinn) in co-production with Kvitka Pictures (Kyiv). Prisoner cards of STON\n"
            "and the ledgers of SLON were filmed.\n")
    root = converted(tmp_path, text)
    assert {"Northlight Films", "Kvitka Pictures", "STON", "SLON"} <= set(names(root, "orgName"))
    assert "STON" not in names(root, "persName")
