"""What the fifty-third round of issue 15 read (set BC): a republic's stump fused to an acronym, a
commission's acronym before the comrades who sat on it, a Roman month right before a surname in
capitals, and surnames in capitals joined by "and" that a dictionary also knows as words.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_republics_stump_fused_to_an_acronym_is_a_body(tmp_path):
    """ "TurkTsIK" is the Turkestan republic's central executive committee, "TurkChK" its Cheka:
    organisations, not a person, however long the word; a name that goes on in small letters after
    its inner capital ("MacDonald") stays a name."""
    root = converted(tmp_path, (
        "Report to the chairman of the TurkTsIK, A. P. Orlov, on the work of the TurkChK in January.\n\n"
        "He had studied at the VKhUTEMAS. Mr MacDonald of the consulate asked about him.\n"))
    assert {"TurkTsIK", "TurkChK", "VKhUTEMAS"} <= set(names(root, "orgName"))
    persons = names(root, "persName")
    assert "A. P. Orlov" in persons and "MacDonald" in persons and "TurkTsIK" not in persons


def test_a_body_before_its_comrades_and_their_initials_is_cut_from_them(tmp_path):
    """ "members of the ChEPK Comrades A. T. Orlov and B. K. Lysenko": the commission, then the persons
    its plural title and their initials name; the commission is no part of a person's name."""
    root = converted(tmp_path, (
        "Protocol No. 4\n\nPresent: members of the ChEPK Comrades A. T. Orlov and B. K. Lysenko.\n"))
    assert "ChEPK" in names(root, "orgName")
    assert {"A. T. Orlov", "B. K. Lysenko"} <= set(names(root, "persName"))
