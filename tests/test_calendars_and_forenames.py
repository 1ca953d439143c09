"""What the fifty-fourth round of issue 15 read (set BD): a calendar of a family's letters, whose
entries name the family by forenames no list knows, and other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_forename_the_text_gives_a_person_in_full_is_that_person_alone(tmp_path):
    """The calendar names "Vahrig Torosian" in full; "Vahrig" alone, opening a sentence, is he, though
    no list of forenames knows the name."""
    root = converted(tmp_path, (
        "CALENDAR OF THE LETTERS OF THE TOROSIAN FAMILY\n\n"
        "The letters were written to Vahrig Torosian (1899–1979), a shoemaker of Lyon, by his brother.\n\n"
        "Vahrig kept them in a biscuit tin.\n"))
    assert names(root, "persName") == ["Vahrig Torosian", "Vahrig"]


def test_french_places_joined_by_sur_and_et_are_places(tmp_path):
    """A memorandum dated "Leuville-sur-Orge (Seine-et-Oise)": French "sur" and "et" join the parts of
    places' names as the Russian "na" does."""
    root = converted(tmp_path, "Leuville-sur-Orge (Seine-et-Oise), 15th June, 1925.\n\nSir,\n\nWe have the honour.\n")
    assert names(root, "placeName") == ["Leuville-sur-Orge", "Seine-et-Oise"]

