"""What the forty-fifth round of issue 15 read (set AU): a KGB report's chronology by day and month, a
Cheka roll of the arrested, the one-word trusts and publishers of Soviet texts, the republican
parties, a Senate hearing's witnesses, a memoir's list of the dead surname first.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_one_word_publishers_gas_and_fishing_trusts_are_institutions(tmp_path):
    """"Medgiz" and "Tatgiz" are state publishers, "Lengaz" a town's gas trust, "Dalryba" a fishing
    trust: the stump closing the word makes each an institution. "Kirgiz", a people's name built
    like one, is not."""
    text = ("He edited textbooks for Medgiz and Tatgiz, then drove a lorry for Lengaz. "
            "In 1946 he fished for Dalryba. The Kirgiz of the valley took him in.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert {"Medgiz", "Tatgiz", "Lengaz", "Dalryba"} <= set(orgs)
    assert "Kirgiz" not in orgs + names(root, "persName")


def test_a_camp_named_by_its_adjective_and_itl_is_one_institution(tmp_path):
    """"Usolsky ITL" is a corrective labour camp by name; "ten years ITL" is a sentence, no body."""
    text = "He served ten years ITL, first in Usolsky ITL, then at Kraslag.\n"
    orgs = names(converted(tmp_path, text), "orgName")
    assert "Usolsky ITL" in orgs
    assert "ITL" not in orgs


def test_the_broadcasters_and_the_senate_are_known_bodies(tmp_path):
    """The genre's authority knows the foreign broadcasters the reports quote and the Senate whose
    committees heard defectors: "the Voice of America" is not the place America."""
    text = ("The Voice of America and Radio Liberty broadcast the news; the United States Senate "
            "heard the defector in May.\n")
    root = converted(tmp_path, text)
    assert {"Voice of America", "Radio Liberty", "United States Senate"} <= set(names(root, "orgName"))
    assert "America" not in names(root, "placeName")
    assert "United States" not in names(root, "placeName")


def test_a_republics_party_abbreviated_takes_its_country_into_its_name(tmp_path):
    """"CP of Uzbekistan" and "KP of Latvia" are the names of the republics' parties, one organisation
    each; with the article, "the NKVD of the USSR", the place is its own name."""
    text = "Copies: No. 1 - NKVD of the USSR; No. 2 - CC CP of Uzbekistan; No. 3 - CC KP of Latvia.\n"
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert "CP of Uzbekistan" in orgs and "KP of Latvia" in orgs
    assert "USSR" in names(root, "placeName")
    assert not {"Uzbekistan", "Latvia"} & set(names(root, "placeName"))


def test_a_roll_gives_the_birthplace_after_the_year_with_no_word_of_birth(tmp_path):
    """A Cheka roll prints each arrested person as "SURNAME I. O., year, birthplace, calling": the
    town after the bare year is a place, one named like a surname ("Kozlov") too."""
    text = ("List of the arrested:\n1. SEMYONOV K. P., 1885, Kozlov, merchant, arr. 12.VII.\n"
            "2. BELOV A. A., 1899, Kineshma, clerk, arr. 14.VII.\n3. ORLOV I.Ya., 1901, Pole, worker.\n")
    root = converted(tmp_path, text)
    assert {"Kozlov", "Kineshma"} <= set(names(root, "placeName"))
    assert "Kozlov" not in names(root, "persName")
    assert "Pole" not in names(root, "placeName")


def test_a_forename_before_a_middle_initial_is_no_town(tmp_path):
    """A hearing's list of those present names "Lyman T. Hale": a forename that is also a town before a
    middle initial. After "in" the town stays a town: "in Tula A. Petrov was seen"."""
    text = "Also present: Lyman T. Hale, counsel.\n\nIn Tula A. Petrov was seen twice.\n"
    root = converted(tmp_path, text)
    assert "Lyman" not in names(root, "placeName")
    assert "Tula" in names(root, "placeName")


def test_a_word_for_a_person_opens_no_list_of_places(tmp_path):
    """"At the station Mother, Ona Petraitienė, was taken away": the name after a word for a person is
    hers, not a station's."""
    text = "At the station Mother, Ona Petraitienė, was taken to another wagon.\n"
    root = converted(tmp_path, text)
    assert "Ona Petraitienė" in names(root, "persName")
    assert "Ona Petraitienė" not in names(root, "placeName")


def test_surnames_of_the_old_genitive_plural_are_surnames_in_capitals(tmp_path):
    """"BELYKH", "DOLGIKH": Russian surnames in -ykh and -ikh, in capitals after an office, are persons,
    not acronyms."""
    text = "The head of the store, BELYKH, and the storekeeper DOLGIKH were arrested.\n"
    root = converted(tmp_path, text)
    assert {"BELYKH", "DOLGIKH"} <= set(names(root, "persName"))
    assert not {"BELYKH", "DOLGIKH"} & set(names(root, "orgName"))


def test_the_names_a_plural_title_opens_are_persons_even_the_last_named_like_a_town(tmp_path):
    """A resolution "Comrades Zakovsky, Pugachev." addresses two persons; the second is not the town of
    that name for closing the line."""
    text = "[Resolution:] Comrades Zakovsky, Pugachev. Report by the 20th.\n"
    root = converted(tmp_path, text)
    assert "Pugachev" in names(root, "persName")
    assert "Pugachev" not in names(root, "placeName")


def test_a_surname_before_a_forename_in_a_list_of_the_dead_is_a_person(tmp_path):
    """A memoir lists the dead surname first: "Laitinen Anna (1911)". The forename is also an English
    word, the surname's ending shows the name; "Mine" after one is a site's word, no forename."""
    text = ("Those who died that winter:\nLaitinen Anna (1911) — 1943 01 12\n"
            "Jankauskienė Ona (1902) — 1943 02 03\n\nAccidents at the Bogatyrsky Mine: 4.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "Laitinen Anna" in persons and "Jankauskienė Ona" in persons
    assert "Bogatyrsky Mine" not in persons  # a word for a site, though a first name spells it


def test_a_date_written_year_month_day_with_spaces_is_that_day(tmp_path):
    """Baltic records write a day as "1943 01 12"."""
    text = "Those who died that winter:\nLaitinen Anna (1911) — 1943 01 12\nOn 1943 02 03 the barge came.\n"
    values = date_values(converted(tmp_path, text))
    assert values["1943 01 12"] == "1943-01-12"
    assert values["1943 02 03"] == "1943-02-03"


def test_a_chronologys_days_and_months_take_the_reports_year(tmp_path):
    """A report's chronology dates its entries by day and month in figures, each before a clock time or
    a dash: "14.05, 12.00 – ...", "16.05 – ..."; the year is the report's. A price is no date."""
    text = ("KGB REPORT\n22 May 1972\n\nChronology: 14.05, 12.00 – the first meeting; 16.05 – leaflets; "
            "18.05, 10.00 – the funeral.\nThe lamp cost 14.05 roubles.\n")
    root = converted(tmp_path, text)
    values = date_values(root)
    assert values["14.05"] == "1972-05-14"
    assert values["16.05"] == "1972-05-16"
    assert values["18.05"] == "1972-05-18"
    assert names(root, "date").count("14.05") == 1


def test_a_surname_in_capitals_with_a_forename_and_fathers_name_no_list_knows_is_a_person(tmp_path):
    """A KGB roll writes "MAZURAITIS Kestutis Jono": the surname's ending in capitals, then a forename
    and a father's name in ordinary case that no list knows; one person."""
    text = "Detained:\n1. MAZURAITIS Kestutis Jono, b. 1951, Alytus, driver.\n"
    assert "MAZURAITIS Kestutis Jono" in names(converted(tmp_path, text), "persName")


def test_a_friend_or_neighbour_named_in_capitals_is_a_person(tmp_path):
    """"he told his friend ZHIBUDA": a word for a person's tie to another is evidence of a person, as a
    calling is ("the teacher VAITKUS")."""
    text = "In April he told his friend ZHIBUDA and his neighbour KRIVONIS that he would leave.\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "ZHIBUDA" in persons and "KRIVONIS" in persons


def test_a_title_cited_in_transliteration_with_its_town_and_year_names_nobody(tmp_path):
    """An entry's literature cites "Belye nochi (Moscow, 1989)": the title's first word is neither a
    person nor a place; the author and the town are."""
    text = "Lit.: P. S. Orlov, Belye nochi (Moscow, 1989); K. Lind, in Severnaya ssylka (Perm, 2001).\n"
    root = converted(tmp_path, text)
    assert not {"Belye", "Severnaya"} & set(names(root, "persName") + names(root, "placeName"))
    assert "P. S. Orlov" in names(root, "persName") and "Perm" in names(root, "placeName")
