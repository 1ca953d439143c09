"""What the forty-third round of issue 15 read (set AS): an embassy's note verbale with no date of its
own, an émigré almanac's obituaries, reports on a deported people and on a republic's party leaders.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import TEI_NS, converted, date_values, names


def test_exiled_to_a_town_that_ends_like_a_surname(tmp_path):
    """Nobody is exiled or deported to a person: "Cherdyn" and "Kotlas" are where they were sent."""
    text = "Arrested in 1934, he was exiled to Cherdyn. His brother was deported to Usolye in 1937.\n"
    root = converted(tmp_path, text)
    assert {"Cherdyn", "Usolye"} <= set(names(root, "placeName"))
    assert "Cherdyn" not in names(root, "persName")


def test_a_maiden_name_is_a_surname_even_when_a_town_bears_it(tmp_path):
    """"née ROTH": Roth is a town in Bavaria too, but after "née" it is the woman's own name."""
    text = "3. Anna WEGENER, née ROTH, teacher, born 1901 in Dresden.\n"
    root = converted(tmp_path, text)
    assert "ROTH" in names(root, "persName") and "ROTH" not in names(root, "placeName")


def test_a_known_persons_forename_before_his_surname_in_capitals_is_one_mention(tmp_path):
    """A list prints surnames in capitals after the forename: "Faizulla KHODZHAEV" is one person, not
    a forename and a surname apart."""
    text = "The group was led jointly by the chairman of the Sovnarkom Faizulla KHODZHAEV and Akmal IKRAMOV.\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "Faizulla KHODZHAEV" in persons and "Akmal IKRAMOV" in persons and "Faizulla" not in persons


def test_a_town_named_after_a_leader_is_no_mention_of_him(tmp_path):
    """"Mikoyan-Shakhar" is a town; "Tukhachevsky-Yakir" is still two persons."""
    text = "The trains left Mikoyan-Shakhar at dawn. After the Tukhachevsky-Yakir case he kept silent.\n"
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert "Mikoyan" not in persons and {"Tukhachevsky", "Yakir"} <= set(persons)


def test_a_name_that_studied_is_no_town_though_towns_stand_before_it(tmp_path):
    """"Born in Bandza in Mingrelia, Kvirkvelia studied at Kharkov University": a list of places
    does not take the subject of a verb only a person is the subject of."""
    text = "Born in the village of Bandza in Mingrelia, Kvirkvelia studied at Kharkov University.\n"
    root = converted(tmp_path, text)
    assert "Kvirkvelia" not in names(root, "placeName")


def test_this_year_in_a_note_with_no_date_is_the_year_it_writes_last(tmp_path):
    """A note verbale gives no date of its own; its "this year" is the year of the arrests it lists,
    not of the convention it cites first."""
    text = ("NOTE VERBALE\n\nThe Embassy has learned since the end of June of this year of the arrest of several "
            "nationals, contrary to the Convention of 4 March 1926.\n\n"
            "1. Karl WEBER, fitter, arrested in Odessa on 3 July 1936.\n")
    assert date_values(converted(tmp_path, text))["the end of June of this year"] == "1936-06"


def test_an_obituarys_heading_names_the_person_in_capitals_forename_first(tmp_path):
    """"LEV ISAAKOVICH SHESTOV" over an obituary: a forename of three letters is no acronym when a
    patronymic follows it."""
    text = "IN MEMORIAM\n\nLEV ISAAKOVICH SHESTOV\n(1866–1938)\n\nHe died in Paris.\n"
    root = converted(tmp_path, text)
    assert names(root, "persName") == ["LEV ISAAKOVICH SHESTOV"] and names(root, "orgName") == []


def test_a_common_word_alone_on_its_line_in_capitals_is_no_acronym(tmp_path):
    """"END" under a play, "CONTENTS" over a list: a heading of one word, not an organisation."""
    text = "The curtain falls.\n\nEND\n\nCONTENTS\n\n1. The trial.\n"
    assert names(converted(tmp_path, text), "orgName") == []


def test_a_leader_a_district_is_named_after_is_the_person_when_his_office_follows(tmp_path):
    """"Turar Ryskulov, deputy chairman of the Sovnarkom": a district bears his name, but the office
    after the comma says the person."""
    text = "In March 1933 Turar Ryskulov, deputy chairman of the Sovnarkom, wrote to Moscow about the auls.\n"
    root = converted(tmp_path, text)
    assert "Turar Ryskulov" in names(root, "persName") and "Turar Ryskulov" not in names(root, "placeName")


def test_a_movement_of_the_young_is_no_person(tmp_path):
    """"The Young Bukharans", "the Young Khivans": "Young" opens a movement's name, as "Old" does the Old
    Bolsheviks'; it is no forename."""
    text = ("The group was formed out of the remnants of the Young Bukharans. "
            "A member of the Young Khivans kept its archive.\n")
    assert names(converted(tmp_path, text), "persName") == []


def test_a_towns_party_committee_in_small_letters_is_its_institution(tmp_path):
    """"the Bukhara gorkom", "the Kuibyshev oblispolkom": the town is the place and the body in small
    letters after it an institution, one of each town (two gorkoms, two entries)."""
    text = "He was secretary of the Bukhara gorkom. The Fergana gorkom and the Kuibyshev oblispolkom were told.\n"
    root = converted(tmp_path, text)
    assert names(root, "orgName") == ["gorkom", "gorkom", "oblispolkom"]
    assert {"Bukhara", "Fergana", "Kuibyshev"} <= set(names(root, "placeName"))
    refs = [el.get("ref") for el in root.iterfind(".//tei:text//tei:orgName", TEI_NS)]
    assert len(set(refs)) == 3


def test_the_country_of_a_known_body_is_a_place(tmp_path):
    """"the Constituent Assembly of Georgia", "the Council of People's Commissars of Uzbekistan": the
    authority knows the body; the country after its "of" is a place, as GUIDELINES split them."""
    text = ("In 1919 he sat in the Constituent Assembly of Georgia. "
            "I was chairman of the Council of People's Commissars of Uzbekistan.\n")
    places = names(converted(tmp_path, text), "placeName")
    assert "Georgia" in places and "Uzbekistan" in places


def test_a_month_or_a_title_opening_a_name_after_the_article(tmp_path):
    """"the October Railway", "the Protocol Department of the NKID", "the Grand Hotel": a month, a word
    for a document or a title opening an institution's or a place's name is part of it."""
    text = ("The engineers of the October Railway were appointed. By agreement with the Protocol Department of "
            "the NKID the embassies were housed in the Grand Hotel. In October Railway men struck.\n")
    root = converted(tmp_path, text)
    assert {"October Railway", "Protocol Department"} <= set(names(root, "orgName"))
    assert "Grand Hotel" in names(root, "placeName")


def test_bodies_the_genre_names_in_one_word_are_known(tmp_path):
    """The Burobin that housed diplomats, Mezhdunarodnaya Kniga, the Vukoopspilka shops, ODIHR and
    Roskomnadzor, which write about or block the memory of the repressions, are institutions: the
    genre authority holds them, so no rule takes ODIHR opening a sentence for a person."""
    text = ("ODIHR notes that the shops of Vukoopspilka were closed. They were housed by the Burobin of the NKID. "
            "He worked for Mezhdunarodnaya Kniga. The site was blocked by Roskomnadzor.\n")
    root = converted(tmp_path, text)
    assert {"ODIHR", "Vukoopspilka", "Burobin", "Mezhdunarodnaya Kniga", "Roskomnadzor"} <= set(names(root, "orgName"))
    assert names(root, "persName") == []


def test_a_datelines_town_after_its_abbreviation_and_an_autonomous_oblasts_acronym(tmp_path):
    """"g. Frunze" under a letterhead is the town (gorod), not the commander it was named after; the
    KAO is the Karachay Autonomous Oblast, a place like the GBAO."""
    text = ("MINISTRY OF STATE SECURITY\nNo. 5/2214\n20 December 1951\ng. Frunze\n\n"
            "The territory of the KAO was divided into five operative sectors.\n")
    root = converted(tmp_path, text)
    assert {"Frunze", "KAO"} <= set(names(root, "placeName")) and "Frunze" not in names(root, "persName")


def test_two_days_share_the_month_written_after_the_second(tmp_path):
    """"on the 14th and the 28th of August": two dates, both in August."""
    text = ("Report of 3 December 1937.\nThe fishermen gathered on the 14th and the 28th of August. "
            "1,270 of them left on the 18th and the 26th of October.\n")
    values = date_values(converted(tmp_path, text))
    assert values["the 14th"] == "1937-08-14" and values["the 18th"] == "1937-10-18"


def test_a_day_after_a_cited_order_with_its_issuer_named_is_in_the_reports_month(tmp_path):
    """"In pursuance of the order of the OGPU of 16 November 1932, … had by the 4th closed 40 shops",
    in a report of 9 December: the order's date is another document's, not the story's, so the 4th is
    December's."""
    text = ("GPU UkrSSR\nNo. 1187/s\n9 December 1932\nKharkov\n\n1. In pursuance of the order of the OGPU of "
            "16 November 1932, the raion committees had by the 4th closed 40 shops.\n")
    assert date_values(converted(tmp_path, text))["the 4th"] == "1932-12-04"
