"""What the fifty-eighth round of issue 15 read (set BH): abbreviations the text glosses as things, and
other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_an_abbreviation_in_brackets_after_a_common_noun_is_no_body(tmp_path):
    """An air-accident act: "The runway (VPP) is packed snow", "no leak of fuel and lubricants (GSM)",
    "the VPP was cleared"; a note "… the ministers. LTP: labour-therapeutic dispensary": things, not
    bodies; "the raion land department (RaiZO)" and the end of a longer name ("the committee for the
    return of the Turks to the homeland (VOK)") are bodies."""
    root = converted(tmp_path, (
        "The runway (VPP) is packed snow. There was no leak of fuel and lubricants (GSM). The VPP was "
        "cleared. Alcoholics were sent to LTP. See the notes. LTP: labour-therapeutic dispensary. The raion "
        "land department (RaiZO) met. The committee for the return of the Turks to the homeland (VOK) met.\n"))
    assert names(root, "orgName") == ["RaiZO", "VOK"]


def test_a_quoted_hotels_name_is_a_place(tmp_path):
    """A police report on the Olympics: "posts at the hotels "Kosmos", "Rossiya" and "Izmailovo"": a
    hotel's name is the building's, a place; a club's ("the club "Red Star"") is a body."""
    root = converted(tmp_path, (
        "Posts stood at the hotels \"Kosmos\", \"Rossiya\" and \"Izmailovo\". The club \"Red Star\" met.\n"))
    assert names(root, "placeName") == ["Kosmos", "Rossiya", "Izmailovo"]
    assert names(root, "orgName") == ["Red Star"]


def test_a_town_in_capitals_the_text_names_a_person_by_is_that_person(tmp_path):
    """An NKVD memorandum: "commanded by Lieutenant-Colonel SVOBODA Ludvík", then "SVOBODA maintains
    correct relations": the word in capitals is his surname wherever it stands alone, though a gazetteer
    knows a town of that name; "born in SVOBODA" would stay the town."""
    root = converted(tmp_path, (
        "The battalion is commanded by Lieutenant-Colonel SVOBODA Ludvík, a former legionnaire. SVOBODA "
        "maintains correct relations with our officers.\n"))
    assert names(root, "persName") == ["SVOBODA Ludvík", "SVOBODA"]


def test_a_word_before_a_comma_and_its_raion_is_a_settlement(tmp_path):
    """An oral-history form: "Village before deportation: Ude, Adigeni raion, Georgian SSR", then "he
    went to Ude": the word the comma locates in a raion is the village, though a list of forenames has
    it, and so it is where the text names it again; "KALNINS Arvids, Oshupe volost" is still a person."""
    root = converted(tmp_path, (
        "Village before deportation: Ude, Adigeni raion, Georgian SSR. He went to Ude in 1946. KALNINS "
        "Arvids, Oshupe volost, was there.\n"))
    assert names(root, "placeName")[:4] == ["Ude", "Adigeni raion", "Georgian SSR", "Ude"]
    assert names(root, "persName") == ["KALNINS Arvids"]


def test_a_notes_gloss_with_an_organisations_word_keeps_the_body(tmp_path):
    """An air-accident act's note: "UGA: territorial administration of civil aviation; OAO: united air
    detachment", after "the Head of the Yakut UGA": the gloss names a body, so the abbreviation stays
    one; "LTP: labour-therapeutic dispensary" glosses a thing."""
    root = converted(tmp_path, (
        "By order of the Head of the Yakut UGA. Alcoholics went to LTP. Notes. UGA: territorial "
        "administration of civil aviation; OAO: united air detachment. LTP: labour-therapeutic dispensary.\n"))
    assert names(root, "orgName") == ["UGA", "UGA", "OAO"]
