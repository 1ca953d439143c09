"""What the sixty-fourth round of issue 15 read (set BN): the minutes of a society, the Soviet fleet's
ships, Tuva's units and a town's old quarters, coasts, places named by a Russian adjective in the
plural, lists that open with the article, and ordinals that number a body, not a day.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_an_honorary_officer_of_a_society_is_no_person(tmp_path):
    """A relief committee's minutes name its officers by office: "the Hon. Secretary reported", "the
    Hon. Treasurer being absent", and sign "B. KAHAN, Hon. Secretary". "Hon." is a title, so "Hon" and
    "Treasurer" are no persons; the members named are."""
    root = converted(tmp_path, (
        "Minutes of the Ninth Meeting\n\nPresent: Dr. L. Weiss (in the chair), Mr. B. Kahan (Hon. Secretary).\n\n"
        "1. The Hon. Secretary reported that two letters had come from Kiev. The Hon. Treasurer being "
        "absent, Dr. Weiss read the accounts.\n\nB. KAHAN, Hon. Secretary.\n"))
    persons = set(names(root, "persName"))
    assert not {"Hon", "Treasurer", "Hon. Treasurer", "Hon. Secretary"} & persons
    assert {"L. Weiss", "B. Kahan"} <= persons


def test_a_ship_of_the_soviet_fleet_by_its_abbreviation_is_no_person(tmp_path):
    """A polar station's report names its ships by the fleet's abbreviations: 'the d/e "Kapitan
    Gotsky"', 'the t/kh "Mikhail Somov"', "the l/k Krasin". A ship's name, though it honours a person,
    is no person's mention."""
    root = converted(tmp_path, (
        'Cargo was landed by the d/e "Kapitan Gotsky" on 24 February 1980 and by the t/kh "Mikhail Somov" '
        "in March; the l/k Krasin stood off the ice edge. The chief of the station, V. P. Orlov, signed.\n"))
    persons = names(root, "persName")
    assert not {"Kapitan Gotsky", "Gotsky", "Mikhail Somov", "Krasin"} & set(persons)
    assert "V. P. Orlov" in persons


def test_the_units_of_tuva_and_unit_words_before_their_names_make_places(tmp_path):
    """A report on Tuva names its districts and rural units in its own words, "the Erzin kozhuun" and
    "the sumons Solchur and Khandagaity", and a Russian report puts the unit's plural before the names:
    "in the raions Ilyinsky and Kirovsky". Each name is a place, not a person."""
    root = converted(tmp_path, (
        "In the Erzin kozhuun the herders gave 30 horses to the artel. At meetings in the sumons Solchur "
        "and Khandagaity the arats were told to join by spring. In the raions Ilyinsky and Kirovsky the "
        "plan was met.\n"))
    places = set(names(root, "placeName"))
    assert {"Solchur", "Khandagaity", "Ilyinsky", "Kirovsky"} <= places
    assert any(p.startswith("Erzin") for p in places)
    assert not {"Solchur", "Khandagaity", "Erzin"} & set(names(root, "persName"))


def test_a_bight_a_cove_and_a_towns_sloboda_are_places(tmp_path):
    """A polar report names "the Alasheyev Bight" and "Provideniya Cove", and a telegram from Kazan
    "the Sukonnaya sloboda", a town's old quarter: each a place after its name."""
    root = converted(tmp_path, (
        "The station stands on the shore of the Alasheyev Bight; the boats wintered in Provideniya Cove.\n\n"
        "Street fighting ended near the Sukonnaya sloboda at 06.00.\n"))
    places = set(names(root, "placeName"))
    assert {"Alasheyev Bight", "Provideniya Cove", "Sukonnaya sloboda"} <= places


def test_a_russian_adjective_in_the_plural_and_its_noun_name_a_place(tmp_path):
    """An arbitration decision sends pipes "to the fields of Neftyanye Kamni", and a town's report waits
    for marble "for Krasnye Vorota": a Russian plural adjective and noun name a place, not a person;
    "Emilie Rau", whose forename ends so, is still a person."""
    root = converted(tmp_path, (
        "The pipes went by sea to the fields of Neftyanye Kamni. The marble for Krasnye Vorota has not "
        "come. The teacher Emilie Rau wrote from Saratov.\n"))
    places, persons = set(names(root, "placeName")), set(names(root, "persName"))
    assert {"Neftyanye Kamni", "Krasnye Vorota"} <= places and not {"Neftyanye Kamni", "Krasnye Vorota"} & persons
    assert "Emilie Rau" in persons


def test_a_list_that_the_article_opens_names_no_persons(tmp_path):
    """A newspaper's correction speaks of families "from the Rhondda and Merthyr Tydfil who stayed on":
    the article says the first name is a place's or a body's, so the list makes no person of it; "the
    Linnas and Kungys matters" are still the matters of two persons."""
    root = converted(tmp_path, (
        "Her story is that of families from the Rhondda and Merthyr Tydfil who stayed on in the Donbas "
        "after 1932. Counsel said the originals were shown in Moscow, as they were in the Linnas and Kungys "
        "matters.\n"))
    persons = set(names(root, "persName"))
    assert "Rhondda" not in persons
    assert {"Linnas", "Kungys"} <= persons


def test_roman_numerals_after_in_are_no_town(tmp_path):
    """An editor's note says the operators wrote the month "in Roman numerals": Roman is a town of the
    gazetteers, but opening that phrase it is an adjective; "born in Roman" is still the town."""
    root = converted(tmp_path, (
        "The operators wrote the month in Roman numerals. The engineer was born in Roman in 1901.\n"))
    assert names(root, "placeName").count("Roman") == 1


def test_an_ordinal_before_an_acronym_or_a_unit_numbers_it_and_is_no_day(tmp_path):
    """A station's report of 1980 names "the 24th SAE" (the Soviet Antarctic Expedition by its number)
    and "the 1st OLP", a court "of the 2nd precinct" and an office "the 3rd Branch": none is a day of
    the month; "on the 5th" still is, and so is "the 4th" before a surname in capitals."""
    root = converted(tmp_path, (
        "Molodyozhnaya, 5 March 1980\n\nThe wintering party of the 24th SAE took over the station from the "
        "23rd SAE on the 5th. A feldsher of the 1st OLP was tried by the People's Court of the 2nd precinct. "
        "Head of the 3rd Branch: Major Lyakhov. At the meetings of 1 March and the 4th KHAIRULLIN read the "
        "report.\n"))
    values = date_values(root)
    assert values["the 5th"] == "1980-03-05" and values["the 4th"] == "1980-03-04"
    assert not {"the 24th", "the 1st", "the 2nd", "the 3rd", "23rd"} & set(values)


def test_an_approximate_year_of_birth_moves_no_clock(tmp_path):
    """A raion executive committee's protocol of 1957 lists the sentenced as "b. 1919" and "b. approx.
    1931", then gives the sentences' days "on 12 February and 4 March": a year of birth, hedged or not,
    tells no story, so the days stay in 1957."""
    root = converted(tmp_path, (
        "Soroki, 20 March 1957\n\nTwo of them, BALAN Ion, b. 1919, and Nicolae Stoica, b. approx. 1931, were "
        "sentenced by the People's Court of the 2nd precinct on 12 February and 4 March to exile.\n"))
    values = date_values(root)
    assert values["12 February"] == "1957-02-12" and values["4 March"] == "1957-03-04"
    assert values["1931"] == "1931"


def test_the_state_inside_a_decoration_is_no_place(tmp_path):
    """A renaming commission names a village "after the Hero of the Soviet Union A. K. Serov": the
    title's words name no state, as its words name no person; "in the Soviet Union" still is a place."""
    root = converted(tmp_path, (
        "Vammelsuu is to be called Serovo, after the Hero of the Soviet Union A. K. Serov, the airman. In the "
        "Soviet Union such names were common.\n"))
    assert names(root, "placeName").count("Soviet Union") == 1
    assert "A. K. Serov" in names(root, "persName")


def test_a_peoples_station_before_its_name_is_no_place(tmp_path):
    """An Antarctic report names "the Japanese station Syowa" and "the Australian station Mawson": the
    station's name is the place; "Japanese station" and "Australian station" are only its kind."""
    root = converted(tmp_path, (
        "By agreement with the Japanese station Syowa weather data were exchanged four times a day. The "
        "Australian station Mawson asked for a doctor on 21 January.\n"))
    places = set(names(root, "placeName"))
    assert {"Syowa", "Mawson"} <= places
    assert not {"Japanese station", "Australian station"} & places


def test_initials_after_an_office_of_a_trust_name_its_man_not_the_trust(tmp_path):
    """An arbitration decision says the claim was signed "by the manager of the trust B. A. Babayev":
    the office before "of the trust" says whose name follows; "the firm A. Borsig" still names a firm."""
    root = converted(tmp_path, (
        "The claim was signed by the manager of the trust B. A. Babayev and the chief accountant L. K. "
        "Aliyev. The boilers were ordered from the firm A. Borsig.\n"))
    assert "B. A. Babayev" in names(root, "persName")
    assert "B. A. Babayev" not in names(root, "orgName") and "A. Borsig" in names(root, "orgName")


def test_the_genre_authority_knows_the_civil_air_fleet_and_the_state_arbitration(tmp_path):
    """An article on the pilots of the 1920s says they flew "for Dobrolet and the German-Soviet
    Deruluft", and a decision is headed "State Arbitration attached to the Council of Ministers": bodies
    of the Soviet state the genre names often, now in the shipped authority."""
    root = converted(tmp_path, (
        "He flew for Dobrolet and the German-Soviet Deruluft until 1930.\n\nDecision of the State "
        "Arbitration attached to the Council of Ministers of the Azerbaijan SSR\n"))
    assert {"Dobrolet", "Deruluft", "State Arbitration"} <= set(names(root, "orgName"))


def test_a_republics_name_cut_short_before_its_unit_is_one_place(tmp_path):
    """Forms and stamps shorten a republic's name: "Goldingen, Latv. SSR", "Tsivilsk, Chuv. ASSR", "the
    Sovnarkhoz of the Az. SSR". Each is one place, not a bare word and an acronym of a body."""
    root = converted(tmp_path, (
        "Place of birth: Goldingen, Latv. SSR.\nResidence: Tsivilsk, Chuv. ASSR.\n\nCopies: Sovnarkhoz of "
        "the Az. SSR.\n"))
    places = set(names(root, "placeName"))
    assert {"Latv. SSR", "Chuv. ASSR", "Az. SSR"} <= places
    assert "SSR" not in names(root, "orgName")


def test_an_aid_society_is_a_body_by_its_last_word(tmp_path):
    """A MOPR report thanks "the Rote Hilfe of Germany", a relief letter names "the International Class
    War Prisoners' Aid", and a history "Karjalan Tekninen Apu", the Finnish name of a recruiting
    society: each a body, named by its last word in English, German or Finnish."""
    root = converted(tmp_path, (
        "The sections of MOPR abroad, above all the Rote Hilfe of Germany, sent parcels. We gave the names to "
        "an official of the International Class War Prisoners' Aid. They came through the recruiting "
        "committees (Karjalan Tekninen Apu) in 1932.\n"))
    bodies = names(root, "orgName")
    assert any(b.startswith("Rote Hilfe") for b in bodies) and "Karjalan Tekninen Apu" in bodies
    assert any(b.endswith("Prisoners' Aid") for b in bodies)
    assert not set(names(root, "persName"))


def test_a_name_after_a_farms_word_is_the_farm(tmp_path):
    """A council's report on Tuva writes "in the artel Molotov of the Ulug-Khem kozhuun" and "the kolkhoz
    named Kyzyl-Taiga": a farm named after a leader or a place is the farm, not the man nor the place; a
    farm's man with initials or a surname in capitals stays a person ("the chairman of the kolkhoz
    SPROGIS A.A.")."""
    root = converted(tmp_path, (
        "In the artel Molotov of the Ulug-Khem kozhuun the herders gave their cows. The kolkhoz named "
        "Kyzyl-Taiga has nothing to do with the settlement. The chairman of the kolkhoz SPROGIS A.A. was "
        "removed.\n"))
    bodies, persons = set(names(root, "orgName")), set(names(root, "persName"))
    assert {"Molotov", "Kyzyl-Taiga"} <= bodies and "Molotov" not in persons
    assert "SPROGIS A.A." in persons


def test_a_unit_in_quotation_marks_is_still_the_place(tmp_path):
    """A translator's note says the witness writes "Kalinin oblast", a style sheet asks for "Khotin uezd"
    and "Lityn raion" in full, and a camp's files are headed "Molotov Oblast": a unit quoted as a record
    writes it is the place, not the title of a work; "the words "Autonomous Oblast"" name none."""
    root = converted(tmp_path, (
        "Translator's note: the witness writes \"Kalinin oblast\" for the region. Translate literally: "
        "\"Khotin uezd\", \"Lityn raion\". Every camp file of those years is headed \"Molotov Oblast\". The "
        "words \"Autonomous Oblast\" are struck through.\n"))
    places = set(names(root, "placeName"))
    assert {"Kalinin oblast", "Khotin uezd", "Lityn raion", "Molotov Oblast"} <= places
    assert "Autonomous Oblast" not in places


def test_moscows_telegraph_and_riding_school_are_places(tmp_path):
    """A radio history speaks from "the studio in the Central Telegraph building", and a KGB report of a
    festival of "Americans at the Manezh": Moscow buildings that texts name bare, places."""
    root = converted(tmp_path, (
        "She read the news from the studio in the Central Telegraph building on 3 October 1937. In 1957 "
        "a student told a group of Americans at the Manezh what he thought of Budapest.\n"))
    assert {"Central Telegraph", "Manezh"} <= set(names(root, "placeName"))
    assert "Manezh" not in names(root, "orgName")


def test_a_town_shaped_like_a_surname_opening_a_sentence_is_the_town(tmp_path):
    """A front's report: "Proskurov fell on the 3rd. Ostashkov was taken." Each opens its sentence, ends
    as a surname does and is a town of the gazetteers, and the text names no person so: the towns;
    "Barkov was arrested", who is no town, stays a person."""
    root = converted(tmp_path, (
        "The front moved west in March 1944. Proskurov fell on the 3rd. Ostashkov was taken later. Barkov "
        "was arrested on 5 May.\n"))
    places = set(names(root, "placeName"))
    assert {"Proskurov", "Ostashkov"} <= places and not {"Proskurov", "Ostashkov"} & set(names(root, "persName"))
    assert "Barkov" in names(root, "persName")


def test_a_village_of_the_genres_lands_beside_a_person_is_no_person(tmp_path):
    """A signature line "Signed: M. Aliyev, Kumukh." and a note that "names Hasan Aliyev and Khankendi as
    its sources": a word the genre's villages hold, with nothing to make it a person, is the village,
    though it stands in a list beside a person."""
    root = converted(tmp_path, (
        "Signed: M. Aliyev, Kumukh.\n\nThe letter names Hasan Aliyev and Khankendi as its sources.\n"))
    places = set(names(root, "placeName"))
    assert {"Kumukh", "Khankendi"} <= places and not {"Kumukh", "Khankendi"} & set(names(root, "persName"))


def test_a_state_after_a_towns_postal_zone_is_a_place(tmp_path):
    """A letterhead and a lawyer's address write the city's postal zone before the state: "New York 27,
    N.Y.", "Brooklyn 1, N.Y.". The state is a place, as after a town and its comma alone, not a body's
    letters."""
    root = converted(tmp_path, (
        "DEPARTMENT OF MIDDLE EAST LANGUAGES\nNew York 27, N.Y.\n\nCounsel: 16 Court Street, Brooklyn 1, "
        "N.Y.\n"))
    assert names(root, "placeName").count("N.Y.") == 2
    assert "N.Y." not in names(root, "orgName")


def test_a_republics_letters_with_their_stops_are_a_place(tmp_path):
    """A chronology writes "the NKVD of the B.S.S.R.": letters with their full stops ending in a unit's
    (SSR) are the republic, a place, not a body's acronym."""
    root = converted(tmp_path, "KURAPATY: A CHRONOLOGY\n1937–1941 — the NKVD of the B.S.S.R. shoots prisoners.\n")
    assert "B.S.S.R." in names(root, "placeName") and "B.S.S.R." not in names(root, "orgName")
