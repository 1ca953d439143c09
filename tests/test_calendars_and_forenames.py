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


def test_a_month_with_last_after_it_is_the_latest_such_month_up_to_the_writers_day(tmp_path):
    """A chairman's speech of 1930 dates itself only by "held on Thursday, July 17" (a Thursday in 1930)
    and then looks back to 1925; "the 11th–12th of March last" is March 1930, the March before the
    meeting, with "last" in its span, and the days after it follow; "September next" is to come."""
    root = converted(tmp_path, (
        "COMPANY MEETINGS\n\nThe general meeting was held on Thursday, July 17, at the Cannon Street Hotel, "
        "to receive the accounts for the year ended December 31, 1929.\n\n"
        "Our concession agreement was signed at Moscow on the 3rd of August, 1925, and confirmed in the "
        "following September.\n\n"
        "On the night of the 11th–12th of March last the quarry manager was arrested. On the 14th two "
        "foremen were taken. The accounts will be closed in September next.\n"))
    values = date_values(root)
    assert values["July 17"] == "1930-07-17"
    assert values["the 11th–12th of March last"] == "1930-03-11/1930-03-12"
    assert values["the 14th"] == "1930-03-14"
    assert "September next" in values


def test_last_before_a_month_counts_from_the_writers_day_too(tmp_path):
    """ "re-established since last December" in the same speech of July 1930 is December 1929, "last" in
    its span; "the last December of the war" is no such reckoning."""
    values = date_values(converted(tmp_path, (
        "COMPANY MEETINGS\n\nThe meeting was held on Thursday, July 17, to receive the accounts for the year "
        "ended December 31, 1929.\n\nThe Embassy at Moscow, re-established since last December, was helpful.\n")))
    assert values["last December"] == "1929-12"


def test_a_station_named_for_what_it_does_is_an_institution(tmp_path):
    """ "the Kemlya Machine-Tractor Station", "the Astrakhan Anti-Plague Station": institutions, with a
    known town before them its own place; "the Finland Station" is a railway station, a place."""
    root = converted(tmp_path, (
        "The political department of the Kemlya Machine-Tractor Station reported. The Astrakhan Anti-Plague "
        "Station took samples. They left from the Finland Station.\n"))
    assert names(root, "orgName") == ["Kemlya Machine-Tractor Station", "Anti-Plague Station"]
    assert names(root, "placeName") == ["Astrakhan", "Finland Station"]


def test_a_double_forename_before_a_surname_in_capitals_names_a_person(tmp_path):
    """An article's byline: "Jan-Erik LINDQVIST (Uppsala University)": a double forename whose parts are
    both forenames, then a surname in capitals, is a person, as "Jan LINDQVIST" would be."""
    root = converted(tmp_path, "Dilbar Orazova (University of Tartu) and Jan-Erik LINDQVIST (Uppsala University)\n")
    assert names(root, "persName") == ["Dilbar Orazova", "Jan-Erik LINDQVIST"]


def test_a_certain_one_before_a_name_makes_it_a_persons(tmp_path):
    """ "a former employee of the photostat section, one LANGSTON, dismissed": "one" after a comma is "a
    certain", before a person's name; a count ("five E-class and one Ov") is no such thing."""
    root = converted(tmp_path, (
        "The police were guided by a former employee of the photostat section, one LANGSTON, dismissed in "
        "1926. Five E-class and one Ov are still standing in the forest.\n"))
    assert names(root, "persName") == ["LANGSTON"]


def test_the_tcheka_of_the_1920s_is_the_cheka(tmp_path):
    """A memorandum of 1925 to the League of Nations spells the Cheka as French does: "the Georgian
    Tcheka", 'the Extraordinary Commission of Georgia (the "Tcheka")': a body, not a person."""
    root = converted(tmp_path, (
        "The deputy president of the Georgian Tcheka, L. Beria, directed the executions.\n"))
    assert "Tcheka" in names(root, "orgName") and names(root, "persName") == ["L. Beria"]


def test_syndicates_unions_and_brothers_firms_of_the_1920s_are_bodies(tmp_path):
    """A trade delegation's report of 1927 writes "Neftesyndikat" and "Centrosoyus (Moscow)" as English
    texts of the time transliterated them, and "the Heyworth Brothers" for a firm; a people's brothers
    ("the Special Party of Caucasian Brothers") found no firm, and "the brothers Ivanov" are persons."""
    root = converted(tmp_path, (
        "The representative of Neftesyndikat called. Correspondence with Centrosoyus (Moscow) was seized. "
        "The Heyworth Brothers have suspended talks. The brothers Ivanov came.\n"))
    assert names(root, "orgName") == ["Neftesyndikat", "Centrosoyus", "Heyworth Brothers"]
    assert names(root, "persName") == ["Ivanov"]


def test_a_name_towards_or_through_which_a_way_goes_is_a_place(tmp_path):
    """ "went 40 km inland towards Apacha", "up the river through Podužemye": places no gazetteer
    knows; a surname after "towards" keeps its reading ("hostility towards Petrenko")."""
    root = converted(tmp_path, (
        "Two fishermen had gone 40 km inland towards Apacha. The column went up the river through "
        "Podužemye. He showed hostility towards Petrenko.\n"))
    assert names(root, "placeName") == ["Apacha", "Podužemye"]
    assert names(root, "persName") == ["Petrenko"]
