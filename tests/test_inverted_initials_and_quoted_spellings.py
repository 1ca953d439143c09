"""What the sixty-second round of issue 15 read (set BL): names with their initials after a comma,
surnames cited in quotation marks, whole names in capitals, ministries named after their industry,
Turkic names of rivers and wells, bodies of the genre that no rule reads and other conventions of its
texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_surname_and_its_initials_after_a_comma_are_one_person(tmp_path):
    """A report names its officers inside the sentence as lists do, "Captain of State Security
    BORODKO, P. S., with", and a bracket "(secretary LUTSKAYA, V. N.)": surname and initials, one
    person; "the witnesses GRIBOV, I. S. ZAITSEV" stay two, the initials opening the second name, and a
    town with its state ("Passaic, N.J.;") is no surname."""
    root = converted(tmp_path, (
        "The raid was led by Captain of State Security BORODKO, P. S., with two sergeants. The bureau "
        "(secretary LUTSKAYA, V. N.) was dissolved. The witnesses GRIBOV, I. S. ZAITSEV and others "
        "signed.\n\nWitnesses: Mrs. Helen DORSEY, Passaic, N.J.; Mr. Boris LANDA.\n"))
    persons = names(root, "persName")
    assert "BORODKO, P. S." in persons and "LUTSKAYA, V. N." in persons
    assert "GRIBOV" in persons and "I. S. ZAITSEV" in persons
    assert not any("Passaic" in p for p in persons)


def test_an_index_heading_of_a_known_person_keeps_the_initials(tmp_path):
    """A book's index lists "Kaganovich, L. M., 41, 97": the authority's person with his initials, one
    mention; "Stalin, V. M. Molotov" in a sentence stays two, as the initials do not fit Stalin."""
    root = converted(tmp_path, (
        "Index\n\nKaganovich, L. M., 41, 97, 140\nKamenev, L. B., 3\n\n"
        "The telegram was signed by Stalin, V. M. Molotov and others.\n"))
    persons = names(root, "persName")
    assert "Kaganovich, L. M." in persons and "Kamenev, L. B." in persons
    assert "Stalin" in persons and "V. M. Molotov" in persons


def test_a_surname_cited_in_quotation_marks_is_a_person(tmp_path):
    """A guide to archives warns that a clerk's hand was read as "Pochitalov" and a signature
    deciphered as "Bezrukavnikov": the source's spellings of persons, cited inside the sentence; a
    novel's title after its word ("the novel "Oblomov"") and a people's word ("the "Latvian" cases")
    are none."""
    root = converted(tmp_path, (
        "In the 1992 inventory the clerk's hand was read as \"Pochitalov\", and the second signature was "
        "deciphered as \"Bezrukavnikov\". He was reading the novel \"Oblomov\" in his cell, like the "
        "accused in the \"Latvian\" cases.\n"))
    persons = names(root, "persName")
    assert "Pochitalov" in persons and "Bezrukavnikov" in persons
    assert "Oblomov" not in persons and "Latvian" not in persons


def test_an_armenian_surname_after_a_title_is_a_person(tmp_path):
    """A nomination letter writes "Mr Ter-Sarkisian" and "Mr Abrahamian": surnames ending as adjectives
    do, but no people's name nor an English word, so after a title they are persons; "Comrade Russian"
    stays none."""
    root = converted(tmp_path, (
        "Since 1975 Mr Abrahamian has kept a list of the dead. Mr Abrahamian's list reached Geneva. "
        "\"Comrade Russian\" was the name of the column.\n"))
    persons = names(root, "persName")
    assert persons.count("Abrahamian") == 2
    assert not any("Russian" in p for p in persons)


def test_a_ministry_named_after_its_industry_is_one_body(tmp_path):
    """An act is signed for "the Ministry of Medium Machine Building" and a letter sent to "the People's
    Commissariat of Heavy Machine Building": the industry is the body's, not a building."""
    root = converted(tmp_path, (
        "The act was sent to the Ministry of Medium Machine Building and to the People's Commissariat of "
        "Heavy Machine Building in Moscow.\n"))
    assert names(root, "orgName") == [
        "Ministry of Medium Machine Building", "People's Commissariat of Heavy Machine Building"]
    assert names(root, "placeName") == ["Moscow"]


def test_bodies_of_the_genre_that_no_rule_reads(tmp_path):
    """The union of poor peasants "Koshchi", the Central Asian Bureau ("Sredazburo"), the Moscow lawyers
    for heirs abroad (Inyurkollegia) and the Finnish name of the Karelian Technical Aid are bodies of
    the genre authority, whatever words surround them."""
    root = converted(tmp_path, (
        "The members of the Koshchi in the kishlak asked for water. The Sredazburo sent instructors. "
        "The heirs wrote through the Inyurkollegia. The Karjalan Teknillinen Apu recruited families.\n"))
    assert names(root, "orgName") == ["Koshchi", "Sredazburo", "Inyurkollegia", "Karjalan Teknillinen Apu"]


def test_a_surname_in_capitals_after_a_town_by_its_kind_is_its_officer(tmp_path):
    """An order is signed "Commandant of the town of Sachkhere OZOLINS": the town, then the commandant
    in capitals, as the order names him again at its foot; not one place "Sachkhere OZOLINS"."""
    root = converted(tmp_path, (
        "ORDER No. 3\n\nCommandant of the town of Sachkhere OZOLINS\n\nThe patrols are doubled.\n\n"
        "Commandant Ya. K. OZOLINS\n"))
    assert names(root, "placeName") == ["Sachkhere"]
    assert names(root, "persName") == ["OZOLINS", "Ya. K. OZOLINS"]


def test_a_monarchy_named_by_its_word_is_no_person(tmp_path):
    """A Tashkent paper denounces agents "of the former Emirate of Bukhara", a Finnish file speaks of
    "the Grand Duchy of Finland": the monarchy's word names no one; the place is the monarchy's whole
    name, as the gold marks it ("the Emirate of Bukhara" 2 times in 2)."""
    root = converted(tmp_path, (
        "The agents of the former Emirate of Bukhara met envoys of the Grand Duchy of Finland.\n"))
    assert names(root, "persName") == []
    places = names(root, "placeName")
    assert places[0] == "Emirate of Bukhara" and places[1].endswith("Duchy of Finland") and len(places) == 2


def test_a_hyphened_turkic_name_of_a_river_a_stream_or_a_caravanserai_is_a_place(tmp_path):
    """A commission's act follows the tailings "to the Chakmak-Darya" and tests "the water of the
    Kok-Sai" at "the Uzun-Ravat intake": river, stream and caravanserai, each a place however it
    opens, not a body named after the article."""
    root = converted(tmp_path, (
        "The tailings reached the Chakmak-Darya, and the water of the Kok-Sai was tested at the "
        "Uzun-Ravat intake.\n"))
    assert names(root, "placeName") == ["Chakmak-Darya", "Kok-Sai", "Uzun-Ravat"]
    assert names(root, "orgName") == []


def test_a_rank_abbreviated_before_its_service_is_a_title(tmp_path):
    """A warrant signed "Sgt. of State Security BORZOV" and countersigned by "Lieut. of State Security
    KLYUEV": the English abbreviations of the ranks are titles, as "Capt." and "Lt." are."""
    root = converted(tmp_path, (
        "The warrant was signed \"Sgt. of State Security BORZOV\" on the back; Lieut. of State Security "
        "KLYUEV countersigned.\n"))
    assert names(root, "persName") == ["BORZOV", "KLYUEV"]


def test_a_whole_name_in_capitals_heading_an_item_is_a_person(tmp_path):
    """An heirship affidavit heads each heir's paragraph with the name in capitals, "4. ROSE
    WOJCIECHOWSKA.": a forename a dictionary knows as a word, before a surname, is the person's; a
    region in capitals ("ODESSA OBLAST") and a unit and a chief's initials ("the UNKVD LO L. M.
    ZAKOVSKY") stay what they were."""
    root = converted(tmp_path, (
        "4. ROSE WOJCIECHOWSKA. My cousin Rose lived in Grodno.\n\n5. MARIA KOWALCZYK. My aunt.\n\n"
        "ODESSA OBLAST\n\nThe former Chief of the UNKVD LO L. M. ZAKOVSKY was removed.\n"))
    persons = names(root, "persName")
    assert "ROSE WOJCIECHOWSKA" in persons and "MARIA KOWALCZYK" in persons
    assert names(root, "placeName") == ["Grodno", "ODESSA OBLAST", "LO"]


def test_a_respelling_inside_a_bracketed_name_is_not_a_second_mention(tmp_path):
    """A list gives "STEFAN JANKOWSKI (STEPAN YANKOVSKY)" and "KOWALSKAYA Elena (Polish Helena
    Kowalska)": the bracket's name is the person's other form, one mention; no respelling is marked
    around it or inside it."""
    root = converted(tmp_path, (
        "5. STEFAN JANKOWSKI (STEPAN YANKOVSKY) was deported to Kazakhstan.\n– KOWALSKAYA Elena (Polish "
        "Helena Kowalska), 71 years old, stayed.\n"))
    assert names(root, "persName") == ["STEFAN JANKOWSKI", "STEPAN YANKOVSKY", "KOWALSKAYA Elena", "Helena Kowalska"]
    assert not root.findall(".//{http://www.tei-c.org/ns/1.0}persName//{http://www.tei-c.org/ns/1.0}persName")


def test_a_village_headman_and_a_mingbashi_describe_the_person_after_them(tmp_path):
    """A land commission's protocol names "the former volost headman Tursunbai" and "the mingbashi
    Nurmat": village and volost offices before a name, evidence of a person."""
    root = converted(tmp_path, (
        "The land of the former volost headman Tursunbai was given to the dekhkans; the mingbashi Nurmat "
        "fled to the mountains.\n"))
    assert names(root, "persName") == ["Tursunbai", "Nurmat"]


def test_a_word_after_a_persons_name_and_of_is_where_the_person_is_from(tmp_path):
    """A report lists "the mullah GAZIEV Magomed of Rugudzha" and a letters page "R. T. Whitby of
    Penrith": the word after the name and "of" is the person's place, not a second person."""
    root = converted(tmp_path, (
        "Among the arrested is the mullah GAZIEV Magomed of Rugudzha. R. T. Whitby of Penrith asks "
        "whether the society kept the letters.\n"))
    assert names(root, "placeName") == ["Rugudzha", "Penrith"]
    assert names(root, "persName") == ["GAZIEV Magomed", "R. T. Whitby"]


def test_a_known_country_before_of_is_not_cut_from_a_body_that_is_none(tmp_path):
    """A nomination letter asks for "the fulfilment by the Soviet Union of the Final Act": the country,
    then what it is to fulfil; no body "of the Final" is left over when the country is cut off."""
    root = converted(tmp_path, (
        "The letter asks for the fulfilment by the Soviet Union of the Final Act signed at Helsinki.\n"))
    assert names(root, "orgName") == []
    assert names(root, "placeName") == ["Soviet Union", "Helsinki"]


def test_a_name_before_commune_in_small_letters_is_the_commune(tmp_path):
    """A resettlement report counts families that "left the Toivo commune": the settlers' commune, not
    a man named Toivo."""
    root = converted(tmp_path, "Twenty families left the Toivo commune for Rostov.\n")
    assert names(root, "orgName") == ["Toivo"]
    assert names(root, "persName") == []


def test_a_range_named_alatau_is_a_place(tmp_path):
    """A pomologist's article collects wild apples "in the Talas Alatau": the range, a place."""
    root = converted(tmp_path, "Apples grow wild in the Talas Alatau and in the Zailiysky Alatau.\n")
    assert names(root, "placeName") == ["Talas Alatau", "Zailiysky Alatau"]
    assert names(root, "persName") == []


def test_bridges_named_after_persons_are_places(tmp_path):
    """A commandant's order guards "the Madatov and Vorontsov bridges" and closes "the Mikhailovsky
    bridge": crossings named after men, places like streets."""
    root = converted(tmp_path, (
        "The Madatov and Vorontsov bridges are guarded; the Mikhailovsky bridge is closed.\n"))
    assert names(root, "persName") == []
    assert names(root, "placeName") == ["Madatov", "Vorontsov", "Mikhailovsky bridge"]


def test_an_acronym_whose_name_in_brackets_spells_it_is_the_body(tmp_path):
    """An edition cites "NARK (National Archive of the Republic of Karelia)": the archive's acronym, a
    word a dictionary knows too, is the archive; "PETROV (Pavel Ivanovich)" stays a person."""
    root = converted(tmp_path, (
        "3 – to file.\n\nNARK (National Archive of the Republic of Karelia). F. 690. Op. 1. D. 12.\n\n"
        "The witness PETROV (Pavel Ivanovich) was heard.\n"))
    assert names(root, "orgName") == ["NARK", "National Archive of the Republic of Karelia"]
    assert "PETROV" in names(root, "persName")
