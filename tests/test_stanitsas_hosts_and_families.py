"""What the thirty-seventh round of issue 15 read (set AM, and the errors left in AH to AL): a report on
the eviction of Cossack stanitsas, a report on special settlers, a border detachment's report from the
Pamirs, a book review, a family's photograph album, a walking tour's audio guide; the OGPU's
departments, letterheads of the 1920s, an index of interviews, Yakut and Latvian places.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_settlement_word_opening_a_list_item_is_no_part_of_the_name(tmp_path):
    """"1. Stanitsa Krymskaya", "2. Stanitsas Labinskaya and Otradnaya": the capitalised word for a
    stanitsa opens the item, and the names after it, shaped like women's surnames, are places."""
    text = ("REPORT on the eviction of the stanitsas\n\n1. Stanitsa Krymskaya, Abinsky raion. The eviction "
            "began on the 4th.\n\n2. Stanitsas Labinskaya and Otradnaya. Lists of households are drawn up.\n")
    root = converted(tmp_path, text)
    assert {"Krymskaya", "Labinskaya", "Otradnaya"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_a_settlement_named_without_its_article_after_a_preposition(tmp_path):
    """"Held in settlement Zhanaturmys", as translations drop the article; "to resident PETROV" is a
    word for a person, not for a place."""
    text = ("The settler BEKOV was held in settlement Zhanaturmys for two weeks. The order went to resident "
            "PETROV.\n")
    root = converted(tmp_path, text)
    assert "Zhanaturmys" in names(root, "placeName")
    assert "PETROV" in names(root, "persName")


def test_relatives_after_a_name_make_it_a_surname_but_not_after_an_indefinite_article(tmp_path):
    """"The KOVTUN brothers", "the Lomidze family" are persons; "an Uskut family" is a family from
    the village."""
    text = ("The KOVTUN brothers were detained in Armavir. The Lomidze family fled. The granddaughter of "
            "an Uskut family lives in Kyiv.\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert "KOVTUN" in persons and "Lomidze" in persons
    assert "Uskut" not in persons


def test_a_known_place_before_and_keeps_its_common_first_word(tmp_path):
    """"Sent to the Northern Krai and the Urals": the krai keeps "Northern", which alone is a common
    capital."""
    text = "The families were sent in three echelons to the Northern Krai and the Urals.\n"
    assert {"Northern Krai", "Urals"} <= set(names(converted(tmp_path, text), "placeName"))


def test_the_cossack_host_is_a_body_and_don_no_forename_before_it(tmp_path):
    """"The Don Cossack Host", "the Kuban Cossack Host": bodies, not a person named Don."""
    text = "The officers of the Don Cossack Host were arrested. The Kuban Cossack Host was dissolved.\n"
    root = converted(tmp_path, text)
    assert sum("Cossack Host" in org for org in names(root, "orgName")) == 2
    assert not names(root, "persName")


def test_a_tajik_surname_in_capitals_before_a_forename_no_list_knows(tmp_path):
    """"The khalifa of kishlak Porshnev, RAHIMZODA Dodkhudo, collects the tithe": -zoda is a surname's
    ending, and the name in apposition is a person, not the next village of a list."""
    text = "The khalifa of kishlak Porshnev, RAHIMZODA Dodkhudo, collects the tithe.\n"
    root = converted(tmp_path, text)
    assert names(root, "placeName") == ["Porshnev"]
    assert names(root, "persName") == ["RAHIMZODA Dodkhudo"]


def test_a_town_named_after_a_person_is_the_town_after_a_verb_of_going(tmp_path):
    """"Left for Kirov to look for his son": the genre authority knows Kirov the man, but nobody
    leaves for a person."""
    text = "The deportee MAKSIMENKO left for Kirov to look for his son.\n"
    root = converted(tmp_path, text)
    assert names(root, "placeName") == ["Kirov"]
    assert names(root, "persName") == ["MAKSIMENKO"]


def test_regions_of_georgia_and_the_pamirs_and_their_autonomous_oblasts(tmp_path):
    """Kakheti, Imereti, Badakhshan and Shugnan are regions; "the GBAO Obkom" is the Gorno-Badakhshan
    Autonomous Oblast's party committee."""
    text = ("The limits for Imereti and Kakheti were filled with herdsmen. The gold went through Badakhshan "
            "and Shugnan. The hakim wrote to the GBAO Obkom.\n")
    root = converted(tmp_path, text)
    assert {"Imereti", "Kakheti", "Badakhshan", "Shugnan", "GBAO"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_an_institution_of_an_office_and_the_office_of_its_head_before_it(tmp_path):
    """"The Archive of the President of the Republic of Kazakhstan" holds an institution named by an
    office; in "Commandant of the Special Commandant's Office No. 12" the first words are its head's."""
    text = ("The card is held in the Archive of the President of the Republic of Kazakhstan. Commandant of the "
            "Special Commandant's Office No. 12, Lieutenant ORLOV P. S., was removed.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert "Archive of the President" in orgs
    assert any(org.startswith("Special Commandant's Office") for org in orgs)
    assert "Kazakhstan" in " ".join(names(root, "placeName"))


def test_a_unit_named_only_by_the_is_no_place_but_a_bridge_of_it_is(tmp_path):
    """"The Sword of the Republic" (a book) and "a Hero of the Republic" name no unit; "the Bridge of
    the Republic" is a bridge's name."""
    text = ("The Sword of the Republic appeared in 2014. He was a Hero of the Republic. In 1937 it was still "
            "called the Bridge of the Republic.\n")
    assert names(converted(tmp_path, text), "placeName") == ["Bridge of the Republic"]


def test_ground_a_place_lies_on_and_a_georgian_town_in_a_caption(tmp_path):
    """"On the slopes of Kashtak"; "My wedding. Mtskheta, the autumn of 1955."."""
    text = ("On the slopes of Kashtak the bodies were buried in 1937.\n\n14. My wedding with Tengiz. Mtskheta, "
            "the autumn of 1955.\n")
    assert {"Kashtak", "Mtskheta"} <= set(names(converted(tmp_path, text), "placeName"))


def test_the_secret_department_by_its_acronym_beside_its_body_but_not_the_word_so(tmp_path):
    """"Copy: SO OGPU", "Head of the SO of the GPU" name the Secret Department; "AND SO ON" names
    nothing."""
    text = ("Copy: SO OGPU\n\nHead of the SO of the GPU of the Crimean ASSR\n\nAND SO ON. He said so.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert orgs.count("SO") == 2


def test_a_letterhead_of_the_1920s_its_part_and_its_republic(tmp_path):
    """"STATE POLITICAL ADMINISTRATION OF THE YAKUT ASSR" over "Secret-Operational Part": the republic is
    a place, the part a body; "Head of the SOCh Yu. MATTISEN" signs."""
    text = ("STATE POLITICAL ADMINISTRATION OF THE YAKUT ASSR\nSecret-Operational Part\nNo. 312/s\n\n"
            "The band was seen on the river.\n\nHead of the SOCh Yu. MATTISEN\n")
    root = converted(tmp_path, text)
    assert "YAKUT ASSR" in names(root, "placeName")
    assert {"Secret-Operational Part", "SOCh"} <= set(names(root, "orgName"))
    assert names(root, "persName") == ["Yu. MATTISEN"]


def test_a_verb_opening_a_line_is_no_part_of_the_place_after_it(tmp_path):
    """An index of interviews: "Recorded Lviv, 14 May 2000." The place is Lviv."""
    text = "14. KOVAL, Kateryna (b. 1927)\nRecorded Lviv, 14 May 2000. Ukrainian.\n"
    assert names(converted(tmp_path, text), "placeName") == ["Lviv"]


def test_towards_and_through_after_a_verb_of_going_and_the_lands_of_latvia(tmp_path):
    """"Escaped towards Nelkan", "went through Poduzhemye", "the forests of Kurzeme"."""
    text = ("The band escaped towards Nelkan in January. The detachment went through Poduzhemye to the lake. "
            "Bands hid in the forests of Kurzeme.\n")
    assert {"Nelkan", "Poduzhemye", "Kurzeme"} <= set(names(converted(tmp_path, text), "placeName"))


def test_a_river_named_like_a_woman_after_the_and_before_a_preposition(tmp_path):
    """"Floated down the Lena for seven weeks": a person takes no article, so "the Lena" is the river,
    whatever function word follows it."""
    text = "The barges floated down the Lena for seven weeks. In the uluses along the Lena all is calm.\n"
    root = converted(tmp_path, text)
    assert names(root, "placeName") == ["Lena", "Lena"]
    assert not names(root, "persName")


def test_where_a_person_named_with_a_comma_comes_from(tmp_path):
    """"Abram Moiseyevich Gurvich, from Berdichev, accountant": the town, though shaped like a surname."""
    text = "Abram Moiseyevich Gurvich, from Berdichev, accountant of the housing section, was arrested.\n"
    root = converted(tmp_path, text)
    assert names(root, "placeName") == ["Berdichev"]
    assert names(root, "persName") == ["Abram Moiseyevich Gurvich"]
