"""What the sixty-third round of issue 15 read (set BM): the questions and answers of a deposition,
correspondents named with the town they write from, American addresses with the state in full,
languages and peoples named beside places, and other conventions of the genre's texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_language_and_a_collective_people_are_no_places(tmp_path):
    """A club's bulletin says a teacher taught "German and Esperanto" and wrote "in Esperanto", and a
    relief report counts "Chuvash and Mordva" villages: a language and a people, neither a place nor a
    body; "the British Esperanto Association" stays a body."""
    root = converted(tmp_path, (
        "Our friend in Perm taught German and Esperanto at the school and wrote to us in Esperanto until "
        "1937. The British Esperanto Association sent his letters on.\n\n"
        "Chuvash and Mordva live in the western volosts; in the Mordva villages the famine was worst.\n"))
    places, bodies = set(names(root, "placeName")), set(names(root, "orgName"))
    assert not {"Esperanto", "Mordva"} & (places | bodies | set(names(root, "persName")))
    assert "British Esperanto Association" in bodies and "Perm" in places


def test_a_depositions_questions_and_answers_are_no_initials(tmp_path):
    """A deposition prints its questions and answers as "Q." and "A." opening lines: "Q. Doctor, I
    show you", "A. Nobody from the West" and "Q. Very well." hold no person; "A. Lipsky signed it" still
    names Lipsky."""
    root = converted(tmp_path, (
        "BY MR. HARLAN:\n\nQ. Doctor, I show you what has been marked as Exhibit 14.\n"
        "A. Nobody from the West has worked in that archive.\nQ. Very well. Who signed the list?\n"
        "A. Lipsky signed it in Minsk.\n"))
    persons = names(root, "persName")
    assert not any(p.startswith(("Q.", "A.")) or p in {"Doctor", "Nobody", "Very"} for p in persons)
    assert "Lipsky" in persons


def test_a_correspondents_town_after_the_name_and_a_comma_is_a_place(tmp_path):
    """A society's bulletin names its members by initials and town: "Mr. W. P., of Bradford", "Mr. H.
    R., of Leith". The towns are also forenames, yet after a name and "of" they say where the member
    lives; "the Madonna of Raphael" keeps its painter."""
    root = converted(tmp_path, (
        "Mr. W. P., of Bradford, had written since 1929 to a teacher in Kiev. Mr. H. R., of Leith, a "
        "ship's engineer, heard nothing after May. In the museum hung the small Madonna of Raphael.\n"))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert {"Bradford", "Leith"} <= set(places) and not {"Bradford", "Leith"} & set(persons)
    assert "Raphael" in persons


def test_a_range_whose_second_day_has_no_month_takes_the_first_days(tmp_path):
    """A village newsletter of 1989 says the visitors came "July 4 to the 9th" and stayed "from June
    28 to the 3rd": the second day is in the first day's month, or the next when it is the smaller.
    Before, the day left without a month stopped the conversion with a TypeError."""
    root = converted(tmp_path, (
        "Nome, Alaska, 1989\n\nThe visitors from Provideniya came July 4 to the 9th. The teachers stayed "
        "from June 28 to the 3rd.\n"))
    values = date_values(root)
    assert values["July 4 to the 9th"] == "1989-07-04/1989-07-09"
    assert values["June 28 to the 3rd"] == "1989-06-28/1989-07-03"


def test_a_town_before_its_american_state_in_full_is_a_place(tmp_path):
    """A deposition taken "at 1404 East Ninth Street, Cleveland, Ohio" and a query signed "Dalia
    REILLY, Euclid, Ohio": the towns are places, though Cleveland is also a forename and Euclid a
    person; "Fitchburg, New York and Astoria, Oregon" are four places; a sentence after "Ohio" is not
    the town's."""
    root = converted(tmp_path, (
        "The deposition was taken at 1404 East Ninth Street, Cleveland, Ohio, on Tuesday.\n\n"
        "Dalia REILLY, Euclid, Ohio\n\nThe group was recruited in Fitchburg, New York and Astoria, Oregon. "
        "He lived in Ohio. Petrova wrote later.\n"))
    places, persons = set(names(root, "placeName")), names(root, "persName")
    assert {"Cleveland", "Ohio", "Euclid", "Fitchburg", "New York", "Astoria", "Oregon"} <= places
    assert "Cleveland" not in persons and "Dalia REILLY" in persons and "Petrova" in persons


def test_the_old_capital_of_daghestan_is_a_place_not_a_khan(tmp_path):
    """Temir-Khan-Shura, Daghestan's chief town until its renaming as Buinaksk in 1922, holds "Khan",
    an honorific that makes hyphened words persons ("DZHUNAID-KHAN"); the genre's gazetteer knows the
    town under both names."""
    root = converted(tmp_path, (
        "The manuscript was copied in Temir-Khan-Shura in 1905, and the cadi of the Temir-Khan-Shura "
        "court owned it until the raid of DZHUNAID-KHAN. The town has been Buinaksk since 1922.\n"))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert "Temir-Khan-Shura" in places and "Buinaksk" in places and "DZHUNAID-KHAN" in persons
    assert not any("Temir" in p for p in persons)


def test_a_trust_quoted_by_its_compound_name_is_the_trust(tmp_path):
    """A recruiting report quotes the trusts it deals with: a list received from "Karagandaugol", the
    trust "Chelyabstroi". Quotation marks around a compound abbreviation do not make a title of it;
    the novel "Magnitostroi" stays a title."""
    root = converted(tmp_path, (
        "A list received from \"Karagandaugol\" on 18 June gives 40 surnames. The houses of the trust "
        "\"Chelyabstroi\" are not finished. In the barracks he read the novel \"Magnitostroi\" twice.\n"))
    bodies = names(root, "orgName")
    assert "Karagandaugol" in bodies and "Chelyabstroi" in bodies and "Magnitostroi" not in bodies


def test_an_institution_named_in_a_baltic_polish_or_georgian_language_is_a_body(tmp_path):
    """A sports database cites "Latvijas Valsts arhīvs", the "Okupatsioonide Muuseum" card index and
    the club "Rīgas Universitātes Sporta Klubs"; a Polish prosecutor "the Instytut Pamięci
    Narodowej"; a Georgian act "Sakartvelos Tsentraluri Sakhelmtsipo Arkivi". Each is a body, as the
    Russian archives cited in transliteration are, not a person; the article before one is not its."""
    root = converted(tmp_path, (
        "Sources: LVA (Latvijas Valsts arhīvs, Riga), f. 1986; Okupatsioonide Muuseum card index.\n"
        "Affiliations: Rīgas Universitātes Sporta Klubs.\n\n"
        "The Instytut Pamięci Narodowej opened the case in 2004. The act is kept in Sakartvelos "
        "Tsentraluri Sakhelmtsipo Arkivi, f. 2307.\n"))
    bodies, persons = names(root, "orgName"), names(root, "persName")
    assert {"Latvijas Valsts arhīvs", "Okupatsioonide Muuseum", "Rīgas Universitātes Sporta Klubs",
            "Instytut Pamięci Narodowej", "Sakartvelos Tsentraluri Sakhelmtsipo Arkivi"} <= set(bodies)
    assert persons == []


def test_a_body_before_its_state_stays_a_body(tmp_path):
    """An imprint "Pioneer Publishers, New York" and a holder "Columbia University, New York": the
    words before the state name a body, not a town."""
    root = converted(tmp_path, (
        "Printed by Pioneer Publishers, New York, 1935. The papers are at Columbia University, New York.\n"))
    bodies = names(root, "orgName")
    assert "Pioneer Publishers" in bodies and "Columbia University" in bodies


def test_a_calling_of_the_field_or_the_stage_before_a_name_describes_a_person(tmp_path):
    """A tour report and an expedition roll name their people by their callings: "the musician
    Tamm", "the storekeeper Kaplan", "the pilot Ruud". Before a name, each says a person follows."""
    root = converted(tmp_path, (
        "On 12 May the musician Tamm was late for the concert. The storekeeper Kaplan kept no book, "
        "and the pilot Ruud flew to Tiksi without leave.\n"))
    assert {"Tamm", "Kaplan", "Ruud"} <= set(names(root, "persName"))


def test_a_capitalised_calling_before_a_name_is_its_title(tmp_path):
    """A land commission's resolution writes "Surveyor Fogel" and "Engineer Kaplan" as it writes
    "Comrade Fogel", and a recruiting report "Recruiters OLIINYK and HRYTSIUK": the calling is a
    title, the name a person's; "the Teacher Training College" stays a college."""
    root = converted(tmp_path, (
        "RESOLVED: Surveyor Fogel is to mark the boundary by 1 August; Engineer Kaplan is to check the "
        "ditch. Recruiters OLIINYK and HRYTSIUK visited the villages. The Teacher Training College sent "
        "no one.\n"))
    persons = names(root, "persName")
    assert {"Fogel", "Kaplan", "OLIINYK"} <= set(persons)
    assert not any("Teacher" in p or "Surveyor" in p for p in persons)


def test_a_year_of_birth_in_a_register_row_sets_no_year_for_the_rows_dates(tmp_path):
    """A ZAGS register of 1927 flattens its columns into rows: "ZOLOTAREV Mikhail; 1901; Jew; Odessa;
    …; 11.VII." The year of birth fills a cell, closed by a semicolon; the date of decision at the
    row's end is in the register's year, not the applicant's."""
    root = converted(tmp_path, (
        "Odessa, 14 October 1927\n\nTo the Civil Registry Department.\n\nThe bureau examined 212 "
        "applications. Lists are published in the newspaper.\n\nAppendix\nRegister of changes of surname "
        "(extract)\n\n1. GOLDENSHTEIN Moisei — ZOLOTAREV Mikhail; 1901; Jew; Odessa, Karl Marx Street 14; "
        "surname hinders work; 11.VII.\n2. PISHCHIK Grigorii — KOLOSOV Grigorii; 1898; Ukrainian; "
        "Belyaevka; ridicule; 18.VII.\n"))
    values = date_values(root)
    assert values["11.VII"] == "1927-07-11" and values["18.VII"] == "1927-07-18"
    assert values["1901"] == "1901"


def test_a_party_to_a_suit_beside_a_place_is_no_place(tmp_path):
    """A deposition's caption reads "UNITED STATES OF AMERICA, Plaintiff,": a party to the suit, not a
    town listed beside the country; "Moscow, Bar and Vinnitsa" keeps Bar, a town and an English word."""
    root = converted(tmp_path, (
        "UNITED STATES OF AMERICA, Plaintiff,\nv.\nSTANISLAW HRYCKIEWICZ, Defendant.\n\n"
        "Taken on behalf of the Plaintiff. The witness had lived in Moscow, Bar and Vinnitsa.\n"))
    places = names(root, "placeName")
    assert "Plaintiff" not in places and {"Bar", "Vinnitsa"} <= set(places)


def test_a_town_before_its_transit_or_filtration_camp_is_a_place(tmp_path):
    """A repatriation report says the Ingrians passed "through the Paldiski and Hanko transit camps"
    and "the Narva filtration camp": each name before the kind of camp is the town it stood at."""
    root = converted(tmp_path, (
        "In 1943 the Ingrians were taken from Estonia through the Paldiski and Hanko transit camps; in "
        "1945 the Lempäälä filtration camp held 300 of them.\n"))
    places, persons = set(names(root, "placeName")), names(root, "persName")
    assert {"Paldiski", "Hanko", "Lempäälä"} <= places and persons == []


def test_a_named_tract_of_land_is_a_place(tmp_path):
    """A land commission's protocol disputes the hayfields "in the tract Kurp-Ara" and resolves "to
    regard the tract Kurp-Ara as land of the state fund": the name after "tract" (the urochishche) is
    a place."""
    root = converted(tmp_path, (
        "HEARD: Dispute over the hayfields in the tract Kurp-Ara on the left bank of the river.\n"
        "RESOLVED: To regard the tract Kurp-Ara as land of the state fund.\n"))
    assert names(root, "placeName").count("Kurp-Ara") == 2


def test_a_digraph_initial_in_capitals_opens_a_name_in_capitals(tmp_path):
    """A tour report prints "the musician YU. A. KORKIN" and a telegram's heading "THE FLOTILLA YU. A.
    SHTEINBERG": the digraph of Yurii in capitals is an initial, not an acronym's body."""
    root = converted(tmp_path, (
        "TELEGRAM OF THE CHIEF OF STAFF OF THE FLOTILLA YU. A. SHTEINBERG\n\n"
        "Violations of discipline: the musician YU. A. KORKIN left the hotel at night.\n"))
    persons, bodies = names(root, "persName"), names(root, "orgName")
    assert "YU. A. KORKIN" in persons and "YU. A. SHTEINBERG" in persons and "YU" not in bodies


def test_a_surname_in_capitals_and_its_forename_after_a_village_are_a_person(tmp_path):
    """A protocol hears "the statement of citizens of Olginskoye TSAKOEV Aslanbek, KESAEV Ilia": the
    village, then the first citizen's surname in capitals and forename, two names, not one phrase
    of three words that names nobody."""
    root = converted(tmp_path, (
        "HEARD: Statement of citizens of Olginskoye TSAKOEV Aslanbek, KESAEV Ilia and widow BEROEVA "
        "Fatima about the hayfields.\n"))
    assert "TSAKOEV Aslanbek" in names(root, "persName") and "Olginskoye" in names(root, "placeName")


def test_a_swedish_surname_is_a_surname(tmp_path):
    """A relief worker's report names his colleague "Lindqvist" alone, and a list "Eriksson and
    Bergström": Swedish endings, and -qvist no derived word's -ist ("the Trotskyist line" stays
    none)."""
    root = converted(tmp_path, (
        "Lindqvist went down with relapsing fever in August. I send this report by Lindqvist, who goes "
        "to Ufa. Eriksson and Bergström stay in Belebei. The Trotskyist line was condemned.\n"))
    persons = names(root, "persName")
    assert persons.count("Lindqvist") == 2 and {"Eriksson", "Bergström"} <= set(persons)
    assert "Trotskyist" not in persons


def test_an_american_numeric_date_with_its_month_first_is_a_date(tmp_path):
    """A deposition marks "letter dated 2/19/85", an oral-history form "Completed 03/17/2007", a
    memo's typist line "5/18/55": a day above twelve in the middle puts the month first, as American
    records write it; "No. 2/19/85" stays a number."""
    root = converted(tmp_path, (
        "Cleveland, Ohio, March 5, 1985\n\nExhibit D-3, letter dated 2/19/85, was marked. The form was "
        "completed 03/17/2007. File No. 2/19/85 is closed.\n\nSCS:RJD:mf   5/18/55\n"))
    values = date_values(root)
    assert values["2/19/85"] == "1985-02-19" and values["03/17/2007"] == "2007-03-17"
    assert values["5/18/55"] == "1955-05-18"
    assert len([el for el in root.iterfind(".//{http://www.tei-c.org/ns/1.0}date") if el.text == "2/19/85"]) == 1


def test_a_city_shaped_like_a_surname_before_a_noun_is_the_city(tmp_path):
    """A prosecutor's communiqué says "the inquiry is in our Lublin branch" and a history "the Saratov
    rising failed": a city of the gazetteers before a noun, shaped like a surname with nothing else
    to make it a person, is the city; "the Andropov years" keep their leader."""
    root = converted(tmp_path, (
        "The inquiry is in our Lublin branch. The Saratov rising failed in the spring. The Andropov "
        "years were grey.\n"))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert {"Lublin", "Saratov"} <= set(places) and "Andropov" in persons


def test_a_question_in_quotation_marks_under_a_bodys_heading_names_nobody(tmp_path):
    """A magazine's column "FROM THE CORRESPONDENCE BUREAU" is titled "Where are our Soviet friends?":
    a question, not the bureau's name nor anyone's; the kolkhoz "Red Dawn" after its word stays a body."""
    root = converted(tmp_path, (
        "FROM THE CORRESPONDENCE BUREAU\n\"Where are our Soviet friends?\"\n\n"
        "Letters to the kolkhoz \"Red Dawn\" came back unopened.\n"))
    bodies = names(root, "orgName")
    assert not any("friends" in b for b in bodies) and "Red Dawn" in bodies


def test_a_surname_after_an_office_its_body_and_a_comma_is_a_person(tmp_path):
    """A report names officials in apposition: "the secretary of the Gudauta raikom, SHONIA, left",
    "the commander of the 6th Company, RUDZITIS;": the office heads a body, and the surname after
    the comma is its holder; a town there stays a town ("the head of the department, Moscow,")."""
    root = converted(tmp_path, (
        "The secretary of the Gudauta raikom, SHONIA, left for Sukhum without leave. Among the accused "
        "were the commander of the 6th Company, RUDZITIS; the chairman of the kolkhoz, Baran, and "
        "others. The head of the department, Moscow, agreed.\n"))
    persons = names(root, "persName")
    assert {"SHONIA", "RUDZITIS", "Baran"} <= set(persons) and "Moscow" not in persons


def test_the_diminutives_of_family_letters_name_persons(tmp_path):
    """A camp letter ends "My Pavlik." and says "Marichka from Stanislav leaves tomorrow"; a memoir
    "at home he was always Antoś": the everyday forms of Pavel, Maria and Antoni, persons."""
    root = converted(tmp_path, (
        "The whole camp is emptying. Marichka from Stanislav leaves tomorrow. Kiss the children. My "
        "Pavlik.\n\nAt home he was always Antoś, and Wandzia kept his letters.\n"))
    assert {"Marichka", "Pavlik", "Antoś", "Wandzia"} <= set(names(root, "persName"))


def test_a_town_before_its_postal_code_is_a_place(tmp_path):
    """Letters to a British review sign off with an address: "14 Cedar Close, Lincoln LN2 4PD", "c/o
    41 Belsize Road, London N.W.6", "London W5": the town before the code or district is a place, not
    a forename with initials; "the Ilyushin IL2" is no address."""
    root = converted(tmp_path, (
        "Mrs Irene WALTERS, 14 Cedar Close, Lincoln LN2 4PD\n\nWrite c/o 41 Belsize Road, London N.W.6\n\n"
        "ZOFIA NOWAKOWSKA\nLondon W5\n\nHe flew the Ilyushin IL2 in 1943.\n"))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert "Lincoln" in places and places.count("London") == 2 and "Ilyushin" not in places
    assert not any(p.startswith(("London", "Lincoln")) for p in persons)


def test_a_body_a_comma_and_its_town_are_no_inverted_name(tmp_path):
    """A list of recipients reads "2. German Embassy, Alma-Ata, consular section": a body and its
    town, not a surname and a forename after the comma."""
    root = converted(tmp_path, "Copies:\n1. the applicant\n2. German Embassy, Alma-Ata, consular section\n")
    assert "German Embassy" in names(root, "orgName") and "Alma-Ata" in names(root, "placeName")
    assert names(root, "persName") == []


def test_a_date_of_the_islamic_calendar_is_valued_in_the_gregorian(tmp_path):
    """A manuscript catalogue dates a colophon "Rajab 1347" and a diary's last entry "the 2nd of Ramaḍān
    1334"; an OGPU report quotes a mullah's letter "dated 5 Shawwal 1341": each is one date, valued as
    the Gregorian day or months it falls in; "Rajab Ali" stays a person and "30 Safar 1340", a day the
    month lacks, is no date."""
    root = converted(tmp_path, (
        "Catalogue of manuscripts, 2007\n\nColophon: Rajab 1347. The last entry is dated the 2nd of Ramaḍān "
        "1334. A letter of his dated 5 Shawwal 1341 was taken from a messenger. Rajab Ali copied it. "
        "The heading gives 30 Safar 1340.\n"))
    values = date_values(root)
    assert values["Rajab 1347"] == "1928-12/1929-01"
    assert values["the 2nd of Ramaḍān 1334"] == "1916-07-03" and values["5 Shawwal 1341"] == "1923-05-21"
    assert "Rajab Ali" in names(root, "persName") and "Rajab" not in names(root, "persName")
    assert not any("Safar" in d for d in values)
