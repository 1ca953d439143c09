"""What the fifty-fifth round of issue 15 read (set BE): a holder's name right after an honorary
title, a people's adjective after a word for names, and other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_the_holder_of_an_honorary_title_is_a_person(tmp_path):
    """ "the kolkhoz (Hero of Socialist Labour Tsoi Gen Nam is its chairman)": the title is no one's name,
    and the name right after it is its holder's."""
    root = converted(tmp_path, (
        "The Polyarnaya Zvezda kolkhoz (Hero of Socialist Labour Tsoi Gen Nam is its chairman) has "
        "petitioned for him.\n"))
    assert names(root, "persName") == ["Tsoi Gen Nam"]


def test_a_peoples_adjective_after_a_word_for_names_is_no_cover_name(tmp_path):
    """ "The names of Chinese persons are given surname first": "Chinese" after "names of" is a people's
    adjective, not a cover name; "under the name of TUDUP" still names one."""
    root = converted(tmp_path, (
        "The names of Chinese persons are given in Chinese order. He lived under the name of TUDUP.\n"))
    assert names(root, "persName") == ["TUDUP"]


def test_an_adviser_is_an_office(tmp_path):
    """An embassy's letter on Soviet specialists: "the apparatus of the Chief Adviser, Comrade I. V.
    ORLOV": the office names no one; the comrade after it is the person, and so is "the military adviser
    Petrov"."""
    root = converted(tmp_path, (
        "It was checked by the apparatus of the Chief Adviser, Comrade I. V. ORLOV, during his visit. "
        "The military adviser Petrov came.\n"))
    assert names(root, "persName") == ["I. V. ORLOV", "Petrov"]


def test_a_german_district_written_before_its_name_is_a_place(tmp_path):
    """A report of the Soviet military administration in Thuringia: "Kreis Gotha, Kreis Langensalza and
    Kreis Weimar", "the SMA of the Land Thuringia": each unit and its name a place; "the Land Reform
    Commission" is a body."""
    root = converted(tmp_path, (
        "The reform went most quickly in Kreis Gotha, Kreis Langensalza and Kreis Weimar. A copy went to the "
        "SMA of the Land Thuringia. The Land Reform Commission met on the 12th.\n"))
    assert names(root, "placeName") == ["Kreis Gotha", "Kreis Langensalza", "Kreis Weimar", "Land Thuringia"]
    assert "Land Reform Commission" in names(root, "orgName")


def test_a_socialist_state_by_its_initials_is_a_place(tmp_path):
    """An oblast's report on contract workers: "citizens of the SRV", "an agreement with the ChSSR":
    states named by their initials, not bodies."""
    root = converted(tmp_path, (
        "Citizens of the SRV came to Kalinin under the agreement of 1981; twelve more came from the ChSSR.\n"))
    assert names(root, "placeName") == ["SRV", "Kalinin", "ChSSR"] and names(root, "orgName") == []


def test_tuva_by_its_initials_is_a_place(tmp_path):
    """ "the Ministry of Internal Affairs of the TNR": Tuva's people's republic by its Russian initials, as
    the Mongolian one is the MPR; a place, not a body."""
    root = converted(tmp_path, "The Ministry of Internal Affairs of the TNR reported from Kyzyl to the MPR.\n")
    assert {"TNR", "MPR"} <= set(names(root, "placeName")) and "TNR" not in names(root, "orgName")


def test_roman_numerals_name_no_roman(tmp_path):
    """An editor's note: "the documents write the month with Roman numerals", "dated in the Roman
    manner": "Roman" is an adjective there, though a forename too; "Roman Shukhevych" is a person."""
    root = converted(tmp_path, (
        "The documents write the month with Roman numerals, as \"5.VIII.37\". She dated each sheet in the "
        "Roman manner. Roman Shukhevych led the UPA.\n"))
    assert names(root, "persName") == ["Roman Shukhevych"]
