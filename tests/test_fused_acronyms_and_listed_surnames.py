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


def test_a_roman_month_before_a_surname_in_capitals_is_the_dates(tmp_path):
    """ "On 17/X SCHULZ Gottlieb left": the X is the month of 17 October, not the first word of the
    person; the date is whole and the name begins with the surname."""
    root = converted(tmp_path, (
        "Report of 20 October 1942\n\n"
        "a) On 17/X SCHULZ Gottlieb Friedrichovich, b. 1904, left Column No. 1.\n\n"
        "b) On 18/X PETROV Ivan Ilyich was taken at the station.\n"))
    persons = names(root, "persName")
    assert "SCHULZ Gottlieb Friedrichovich" in persons and "PETROV Ivan Ilyich" in persons
    assert date_values(root)["17/X"] == "1942-10-17"


def test_surnames_in_capitals_joined_by_and_are_the_persons_named_before(tmp_path):
    """ "The materials on SCHULZ and BECKER": each a person named earlier with a forename, though a
    dictionary knows "becker" as a word; words in capitals of a heading stay unmarked."""
    root = converted(tmp_path, (
        "REPORT ON DESERTERS AND ABSENTEES\n\n"
        "On 17 October SCHULZ Gottlieb Friedrichovich left Column No. 1 together with his brother-in-law "
        "Andreas BECKER.\n\n"
        "The materials on SCHULZ and BECKER have been handed to the 3rd Department.\n"))
    persons = names(root, "persName")
    assert persons.count("SCHULZ") == 1 and persons.count("BECKER") == 1
    assert not any(word in " ".join(persons) for word in ("DESERTERS", "ABSENTEES", "REPORT"))


def test_churchmen_named_by_their_rank_in_small_letters_are_persons(tmp_path):
    """A report of the Council for the affairs of the church writes the ranks in small letters before a
    monastic name, and a forename that ends as an adjective does ("Sevastian") is a person after one;
    the Moscow Patriarchate is a body. "Comrade Russian" stays no one."""
    root = converted(tmp_path, (
        "Report of 5 October 1962\n\n"
        "In August the hieromonk Avksentii went to Moscow with a complaint. The Lavra is headed by "
        "Archimandrite Sevastian.\n\n"
        "To ask the Moscow Patriarchate to replace the vicar Sevastian. The speech of Comrade Russian was read.\n"))
    persons = names(root, "persName")
    assert persons.count("Sevastian") == 2 and "Avksentii" in persons and "Russian" not in persons
    assert any(org.endswith("Patriarchate") for org in names(root, "orgName"))


def test_a_ranks_service_is_no_body_and_its_holder_is_the_person(tmp_path):
    """ "Major of the Medical Service O. M. Orlova", "Lieutenant Colonel of the Internal Service V.
    LYSENKO": the service is part of the rank; a service named as such ("the Medical Service of the
    camp") is still a body."""
    root = converted(tmp_path, (
        "The prison doctor, Major of the Medical Service O. M. Orlova, examined all those received.\n\n"
        "Head of the prison\nLieutenant Colonel of the Internal Service V. LYSENKO\n\n"
        "The Medical Service of the camp reported on the sick.\n"))
    assert names(root, "orgName") == ["Medical Service"]
    assert {"O. M. Orlova", "V. LYSENKO"} <= set(names(root, "persName"))


def test_artists_of_a_republic_after_works_by_are_no_author(tmp_path):
    """ "Exhibition of Works by Artists of Soviet Armenia": a plural of common words after "works by"
    names a group, not the works' author; "two portraits by Rembrandt" still names one."""
    root = converted(tmp_path, (
        "EXHIBITIONS\nYerevan, Exhibition of Works by Artists of Soviet Armenia, November 1929, no. 41.\n\n"
        "Two portraits by Rembrandt hang in the same room.\n"))
    assert names(root, "persName") == ["Rembrandt"]


def test_a_learned_journals_title_is_no_person(tmp_path):
    """ "Oxford Art Journal 31 (2008)": "Art" is also a forename, but a title holding "Journal" is a
    work's, and its words do not make "Art" a person elsewhere in the text."""
    root = converted(tmp_path, (
        "LITERATURE\nA. Orlov, \"The valley: painting 1924-1937\", Oxford Art Journal 31 (2008), p. 214.\n\n"
        "EXHIBITIONS\nMoscow, Art of Soviet Armenia, spring 1930, no. 18.\n"))
    assert names(root, "persName") == ["A. Orlov"]


REVOLT_REPORT = (
    "REPORT ON THE REVOLT\n\nTashkent, 3 March 1919\n\n"
    "The rising had been fixed for a day in February, but began on the night of 18 to 19 January.\n\n"
    "In the course of the 19th and 20th the rebels held the centre of the town.\n\n"
    "1. ORLOV Ivan, b. 1891, detained 25.I.\n\n"
    "2. LYSENKO Pavel, b. 1886, detained the 27th.\n\n"
    "The commission met again on the 2nd.\n")


def test_a_day_alone_goes_on_from_the_day_the_paragraph_before_told(tmp_path):
    """A report of 3 March tells of the night of 18 to 19 January; the next paragraph's "the 19th and
    20th", and the list's "detained the 27th" after "detained 25.I", go on in January, not in
    February, the month before the report's; a day far from any told ("the 2nd") is still the
    report's month."""
    values = date_values(converted(tmp_path, REVOLT_REPORT))
    assert values["the 19th"] == "1919-01-19" and values["20th"] == "1919-01-20"
    assert values["the 27th"] == "1919-01-27"
    assert values["the 2nd"] == "1919-03-02"


def test_a_birthday_gives_its_month_to_no_day_of_the_story(tmp_path):
    """ "On Sunday, 14 May, …, PETRAS Jonas, b. 22 February 1953, set himself alight. He died on the
    night of the 15th": the birthday is a fact of his life, not where the story is; the 15th is May's."""
    values = date_values(converted(tmp_path, (
        "Special report on the events in Kaunas\n\n20.05.72\n\n"
        "On Sunday, 14 May, in the City Garden, PETRAS Jonas, b. 22 February 1953, pupil of the 3rd "
        "school, set himself alight. He died in hospital on the night of the 15th.\n")))
    assert values["the 15th"] == "1972-05-15"


def test_channels_of_a_delta_and_a_village_in_the_plural_are_places(tmp_path):
    """ "the Kutum and Tsarev channels": each name before the plural of "channel" is a place, not a
    person ("Tsarev" has a surname's ending); "the Bolshie Issady market" opens with the plural of
    bolshoi, which no person's name does."""
    root = converted(tmp_path, (
        "Protocol of 2 August 1970\n\n"
        "Samples were taken from persons who bathed in the Kutum and Tsarev channels. To close the "
        "beaches, the Bolshie Issady market and the summer cinemas.\n"))
    assert names(root, "placeName") == ["Kutum", "Tsarev", "Bolshie Issady"]
    assert names(root, "persName") == []


def test_the_polar_part_of_a_range_is_the_range(tmp_path):
    """ "across the Polar Urals": the polar part of a known range is a place, not a person with no
    evidence; "the Subpolar Urals" likewise."""
    root = converted(tmp_path, "A line was to run across the Polar Urals and the Subpolar Urals to the sea.\n")
    assert names(root, "placeName") == ["Urals", "Urals"] and names(root, "persName") == []


def test_an_army_of_a_general_is_the_army_and_the_general(tmp_path):
    """ "released by the Polish Army of General Anders": the army is a body, the general a person;
    an office before a title ("the Army Commander General Petrov") still names only the person."""
    root = converted(tmp_path, (
        "A fellow prisoner released by the Polish Army of General Anders in 1942 saw him at Kotlas.\n\n"
        "The Army Commander General Petrov signed.\n"))
    assert names(root, "orgName") == ["Polish Army"]
    assert names(root, "persName") == ["General Anders", "Petrov"]


def test_a_databases_formats_are_no_bodies(tmp_path):
    """Release notes of a victims' database: "a CSV download", "the API returns dates" name formats
    and interfaces, not institutions; the NKVD beside them is one."""
    root = converted(tmp_path, (
        "The list remains available as a CSV download. The API returns dates as ranges; the cards of "
        "the NKVD are scanned.\n"))
    assert names(root, "orgName") == ["NKVD"]


def test_a_hyphened_name_with_a_places_particle_inside_is_a_place(tmp_path):
    """ "from Kala-i-Nau", "to Pul-i-Khumri": a Persian ezafe or a Russian "na" between capitalised parts
    makes a place's name, known to no gazetteer or not; an Arabic "al" inside a person's name does not."""
    root = converted(tmp_path, (
        "Twenty-five riders came from Kala-i-Nau into the valley and went on to Pul-i-Khumri. "
        "Abd-al-Karim stayed behind.\n"))
    assert names(root, "placeName") == ["Kala-i-Nau", "Pul-i-Khumri"]


def test_a_word_in_brackets_after_a_numbered_column_is_where_it_stands(tmp_path):
    """ "Column No. 5 (Bakal)", "OLP No. 7 (Kai)": the bracket says where the column or the camp point
    stands, though a dictionary knows "bakal" and "kai" as words and "Kai" is a forename; a word that
    says which part it is ("(Central)") is no place."""
    root = converted(tmp_path, (
        "Distribution of the columns\n\nColumn No. 5 (Bakal) – 3,904 men.\nOLP No. 7 (Kai) – 88 men.\n"
        "OLP No. 8 (Central) – 12 men.\n"))
    assert names(root, "placeName") == ["Bakal", "Kai"]


def test_a_places_other_name_in_brackets_is_the_place(tmp_path):
    """ "the prison on Via Augusta (Vía Agusta)": a bracket after a place holding only a name no
    dictionary knows is its name in another language or spelling, not a person; a signature in capitals
    ("Tashkent (KAMALOV)"), an archive's acronym or a camp's name in the bracket keep what they are."""
    root = converted(tmp_path, (
        "The prison on Via Augusta (Vía Agusta) was emptied in May. "
        "A letter from Kengir (Steplag) reached the State Archive of Zhytomyr Oblast (DAZhO).\n\n"
        "Telegram from Tashkent (KAMALOV).\n"))
    places = names(root, "placeName")
    assert "Vía Agusta" in places and not {"Steplag", "DAZhO", "KAMALOV"} & set(places)
    assert "Vía Agusta" not in names(root, "persName") and "KAMALOV" in names(root, "persName")


def test_a_flotilla_is_a_body(tmp_path):
    """ "the ships of the Volga-Caspian Flotilla", "the White Sea Flotilla": a fleet's flotilla is an
    organisation, as its fleet is, whatever place its name holds."""
    root = converted(tmp_path, (
        "The detachment of ships of the Volga-Caspian Flotilla arrived at Baku. The White Sea Flotilla "
        "was formed later.\n"))
    assert names(root, "orgName") == ["Volga-Caspian Flotilla", "White Sea Flotilla"]


def test_a_heading_in_capitals_names_the_body_and_then_its_commander(tmp_path):
    """ "REPORT OF THE COMMANDER OF THE AMUR MILITARY FLOTILLA F. F. ORLOV ON THE LANDING": the body's
    name ends where the initials of its commander begin; the commander is a person."""
    root = converted(tmp_path, (
        "No. 47\n\nOPERATIONAL REPORT OF THE COMMANDER OF THE AMUR MILITARY FLOTILLA F. F. ORLOV ON THE "
        "LANDING AT ENZELI\n\nThe landing began at dawn.\n"))
    assert "AMUR MILITARY FLOTILLA" in names(root, "orgName")
    assert "F. F. ORLOV" in names(root, "persName")
