"""What the thirty-eighth round of issue 15 read (set AN): an MGB report on forest brothers, a
report on reindeer herders, an OGPU summary from Abkhazia, a Dagestan uprising's telegrams, a camp
order on engineers, and prose (an expert opinion, a traveller's book of 1934).

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_month_after_a_surname_in_capitals_is_the_forename(tmp_path):
    """"KALNINS August, owner of the farmstead Ozolini": August is the man's forename, not a date, and
    the farmstead named straight after its word is a place."""
    text = "Arrested as harbourers: KALNINS August, owner of the farmstead Ozolini, and BERZINA Anna.\n"
    root = converted(tmp_path, text)
    assert "KALNINS August" in names(root, "persName")
    assert "Ozolini" in names(root, "placeName")
    assert "August" not in date_values(root)


def test_forestries_and_destruction_battalions_are_bodies(tmp_path):
    """"A forester of the Valka Forestry", "the Smiltene Destruction Battalion"."""
    text = ("A forester of the Valka Forestry found the track. Fighters of the Smiltene Destruction Battalion "
            "came.\n")
    orgs = " | ".join(names(converted(tmp_path, text), "orgName"))
    assert "Forestry" in orgs and "Destruction Battalion" in orgs


def test_the_villages_of_the_peasants_who_gathered(tmp_path):
    """"Peasants of Lykhny, Achandara and Bzyb gathered": nobody is the peasant of a person."""
    text = "On 5 March peasants of Lykhny, Achandara and Bzyb gathered on the meadow.\n"
    root = converted(tmp_path, text)
    assert {"Lykhny", "Achandara", "Bzyb"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_a_surname_in_capitals_and_a_rare_forename_described_before_or_after(tmp_path):
    """"The former nobleman CHACHBA Kiazym", "AGRBA Osman, a former member of the RIK": persons, though
    no list knows the forenames and CHACHBA is shaped like an acronym."""
    text = ("The gathering was led by the former nobleman CHACHBA Kiazym and by AGRBA Osman, a former member of "
            "the RIK.\n")
    assert {"CHACHBA Kiazym", "AGRBA Osman"} <= set(names(converted(tmp_path, text), "persName"))


def test_a_canals_locks_are_places_and_a_numbered_construction_a_body(tmp_path):
    """"Chief engineer of Lock No. 4"; "the railway built by Construction No. 7"."""
    text = "He was chief engineer of Lock No. 4. The railway was built by Construction No. 7.\n"
    root = converted(tmp_path, text)
    assert "Lock No. 4" in names(root, "placeName")
    assert "Construction No. 7" in names(root, "orgName")


def test_a_telegrams_address_line_and_its_day_in_words(tmp_path):
    """"MOSCOW OGPU TO YAGODA": the town, the body, the man, and "TO" no body; "ON TENTH APRIL" is the
    10th."""
    text = ("From ROSTOV. Sent 12.IV.30 23.40.\n\nMOSCOW OGPU TO YAGODA\n\n"
            "ACCORDING TO DAGGPU ON TENTH APRIL ARMED CROWD ATTACKED AULSOVIET STOP\n")
    root = converted(tmp_path, text)
    assert "MOSCOW" in names(root, "placeName")
    assert "TO" not in names(root, "orgName")
    assert "YAGODA" in names(root, "persName")
    assert date_values(root)["TENTH APRIL"] == "1930-04-10"


def test_a_chapter_signed_off_with_a_place_and_a_month_is_dated_by_it(tmp_path):
    """A traveller's chapter names no year until "London, March 1934" at its end: "August 14th" is in
    the August before."""
    text = ("CHAPTER IX\n\nWe left Moscow on the evening of August 14th, and reached Tiflis on August 22nd. "
            "The harvest of 1932 had been poor.\n\nLondon, March 1934\n")
    values = date_values(converted(tmp_path, text))
    assert values["August 14th"] == "1933-08-14"
    assert values["August 22nd"] == "1933-08-22"


def test_a_measure_to_take_is_still_to_come(tmp_path):
    """"3. To keep the units in Botlikh until 1 June" in a report of April 1930 that told of 1929: the
    June to come."""
    text = ("Report of 28 April 1930\n\nThe unrest began in the winter of 1929–30, in February.\n\n"
            "Measures proposed:\n1. To keep the units in Botlikh until 1 June.\n2. To postpone the kolkhozes "
            "until autumn.\n")
    values = date_values(converted(tmp_path, text))
    assert values["1 June"] == "1930-06-01"
    assert values["autumn"] == "1930-09/1930-11"


def test_older_english_spellings_of_russian_surnames(tmp_path):
    """"A young man called Rabinovitch", "Postysheff spoke": -vitch and -eff are surnames' endings."""
    text = "A young man called Rabinovitch met us, and later Postysheff spoke for an hour.\n"
    assert {"Rabinovitch", "Postysheff"} <= set(names(converted(tmp_path, text), "persName"))
