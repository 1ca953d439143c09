"""Kinds of text the thirteenth round of issue 15 read (set O): towns that bear a surname's ending or
a Bolshevik's name on a railway report and an evacuation list, a diplomatic note, an archive's reply
quoting the forms a record gives a name, a scholar's author-date citations, an auction catalogue of
1926 letters, and a Cheka report that dates by the old style.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup and its date values.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_town_with_a_surnames_ending_where_a_journey_goes(tmp_path):
    """The user's report moves people between towns the gazetteer knows and that end as surnames do:
    where they went, came from or a line leads, they are towns, not persons."""
    root = converted(tmp_path, (
        "The agitator Foma BELYKH reached Sosnovka from Saratov in the spring with leaflets. "
        "The rebels cut the telegraph line to Kirsanov during the night. "
        "Two carpenters have left for Rzhev to look for work.\n"
    ))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert {"Saratov", "Kirsanov", "Rzhev"} <= set(places)
    assert persons == ["Foma BELYKH"]


def test_towns_named_after_bolsheviks_in_lists_routes_and_datelines(tmp_path):
    """An evacuation report names towns that bear a leader's name: in a list beside other towns, on a
    route, after "station" and in its dateline they are towns; the leaders in a list of leaders
    stay persons."""
    root = converted(tmp_path, (
        "The trains for Kazakhstan run by way of Saratov – Uralsk – Chkalov, those for Siberia "
        "through Kuibyshev, Ufa and Omsk. The first left station Engels on the 3rd. The region took in "
        "Pskov, Novgorod and Murmansk. Stalin, Molotov and Kaganovich signed the order.\n"
        "\n"
        "Head of the operational group\n"
        "Major of State Security P. P. OSTAPENKO\n"
        "\n"
        "Engels, 20/IX-1941\n"
    ))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert places.count("Engels") == 2
    assert {"Chkalov", "Kuibyshev", "Pskov"} <= set(places)
    assert {"Stalin", "Molotov", "Kaganovich"} <= set(persons)
    assert not {"Engels", "Chkalov", "Kuibyshev", "Pskov"} & set(persons)


def test_a_mission_and_the_state_it_serves_are_two_names(tmp_path):
    """A diplomatic note names a legation, an embassy and a security service by the state they serve:
    the organ and the state are two names, as the project's gold marks "the NKVD of the Ukrainian SSR";
    a party keeps its country in its name."""
    root = converted(tmp_path, (
        "The People's Commissariat presents its compliments to the Legation of Finland and to the "
        "Embassy of Japan. The files are held by the Security Service of Ukraine. The Communist Party "
        "of Poland was dissolved.\n"
    ))
    orgs, places = names(root, "orgName"), names(root, "placeName")
    assert {"Legation", "Embassy", "Security Service", "Communist Party of Poland"} <= set(orgs)
    assert {"Finland", "Japan", "Ukraine"} <= set(places)


def test_a_foundation_is_an_institution(tmp_path):
    """A press release names the foundation that issued it."""
    root = converted(tmp_path, "Media contact: Nino Beridze, press officer, Memory Foundation, Tbilisi.\n")
    assert "Memory Foundation" in names(root, "orgName")


def test_the_forms_a_record_gives_a_name_in_quotation_marks(tmp_path):
    """An archive's reply quotes how the record spells a name: a forename or initials with a surname
    in quotation marks is the person, and so is a name after "signed"; a book's title is not."""
    root = converted(tmp_path, (
        "In the file your grandfather's name is written \"Ionas Petrovich KAZLAUSKAS\" and in places "
        "\"Kazlauskas I. P.\". His letters were signed \"Genute\". The camp certificate calls him "
        "\"Jonas Kazlauskas\". Later he wrote the book \"Silent Winter\".\n"
    ))
    persons = names(root, "persName")
    assert {"Ionas Petrovich KAZLAUSKAS", "Kazlauskas I. P.", "Genute", "Jonas Kazlauskas"} <= set(persons)
    assert not any("Winter" in p for p in persons)


def test_authors_cited_by_author_and_date(tmp_path):
    """A scholar's text cites historians by surname and year: the surname is a person, the title of a
    book before its year in brackets is not."""
    root = converted(tmp_path, (
        "Historians have read these files differently: Jansons (1994) stressed the quotas, while "
        "Wierzbicki (2011) pointed to the border.\n"
        "\n"
        "¹ Jansons 1994, 12–40; Wierzbicki 2011; see also the survey Punished Peoples (1999).\n"
        "\n"
        "OZOLS Karlis (1901–1979), teacher. Arrested 1941; camps in the Urals. Rehabilitated 1956; "
        "returned to Riga.\n"
    ))
    persons = names(root, "persName")
    assert persons.count("Jansons") == 2 and persons.count("Wierzbicki") == 2
    assert not any("Peoples" in p or p in ("Arrested", "Rehabilitated") for p in persons)


def test_a_catalogue_of_2016_dates_its_letters_in_the_1920s(tmp_path):
    """An auction catalogue of 2016 describes letters dated with two-digit years: "26" is 1926, not
    ten years after the catalogue."""
    root = converted(tmp_path, (
        "Sale of Thursday 10 November 2016\n"
        "\n"
        "LOT 17\n"
        "Autograph letter from a prisoner to his brother, dated \"14/VIII-26\", with a postmark of "
        "22.8.26.\n"
    ))
    found = date_values(root)
    assert found["14/VIII-26"] == "1926-08-14"
    assert found["22.8.26"] == "1926-08-22"


def test_days_given_by_the_old_style_are_valued_in_the_gregorian_calendar(tmp_path):
    """A Cheka report of 1918 dates two events by the Julian calendar: their values are the
    Gregorian days, as TEI's @when always is; a day with no such mark keeps its own value."""
    root = converted(tmp_path, (
        "REPORT, Tambov, 2 December 1918\n"
        "\n"
        "The village assembly was called on 8 November by the old style. On the feast of 22 October "
        "(O.S.) the priest read an appeal. The detachment arrived on 25 November.\n"
    ))
    found = date_values(root)
    assert found["8 November"] == "1918-11-21"
    assert found["22 October"] == "1918-11-04"
    assert found["25 November"] == "1918-11-25"


def test_a_square_after_a_word_that_is_also_a_forename(tmp_path):
    """A guidebook sends the reader to a square whose first word is also a forename: a square is no
    surname, so the whole is a place; "Allen Lane", whose last word is a surname too, stays a person."""
    root = converted(tmp_path, "Walk to Trinity Square first. The book was published by Allen Lane.\n")
    assert "Trinity Square" in names(root, "placeName")
    assert "Allen Lane" in names(root, "persName")


def test_a_towns_other_name_in_a_bracket_with_the_year_it_changed(tmp_path):
    """A historian gives the name a town bore before or since a year in a bracket after it: the name
    in the bracket is the town too; a person's alias so given stays a person."""
    root = converted(tmp_path, (
        "The settlers of the colony of Helenendorf (since 1938 Khanlar) were deported in 1941. "
        "The courier Sorokin (from 1936 Belov) was never found.\n"
    ))
    assert {"Helenendorf", "Khanlar"} <= set(names(root, "placeName"))
    assert "Belov" not in names(root, "placeName")


def test_a_bare_name_is_the_place_its_district_is_named_after(tmp_path):
    """A list of victims names a man "from Tsalka" and, later, "the Tsalka district": the bare word is
    that place, not a person."""
    root = converted(tmp_path, (
        "Ilias Pavlidis, a shepherd from Tsalka, was shot with eight other Greeks of the Tsalka district.\n"
    ))
    assert "Tsalka" in names(root, "placeName")
    assert "Tsalka" not in names(root, "persName")


def test_a_commission_or_secretariat_of_a_body_is_an_institution(tmp_path):
    """A resolution sends a case to the commission of the NKVD and a stamp names the secretariat of
    the VChK: each organ is an institution of its own beside its body, as GUIDELINES split "Central
    Committee of the CPSU (b)"; a member of a body is no institution."""
    root = converted(tmp_path, (
        "[Stamp:] Secretariat of the VChK. Received 9.XII.1918.\n"
        "\n"
        "Prepare the materials for the Commission of the NKVD. He was a member of the VKP(b).\n"
    ))
    orgs = names(root, "orgName")
    assert {"Secretariat", "VChK", "Commission", "NKVD", "VKP(b)"} <= set(orgs)
    assert not any(o.lower() == "member" for o in orgs)


def test_a_surname_in_capitals_that_is_also_an_english_word(tmp_path):
    """A copy list and a release certificate print surnames in capitals that are English words too
    (PETERS, SCHNEIDER): after initials or a forename and patronymic they are the person's surname."""
    root = converted(tmp_path, (
        "Copy: to the Deputy Chairman of the VChK, Comrade Ya. Kh. PETERS\n"
        "\n"
        "Certificate of release issued to Emma Genrikhovna SCHNEIDER, born 1912 in Marxstadt.\n"
    ))
    assert {"Ya. Kh. PETERS", "Emma Genrikhovna SCHNEIDER"} <= set(names(root, "persName"))


def test_names_in_a_catalogues_headings_in_capitals(tmp_path):
    """An auction catalogue's headings in capitals name the person a lot concerns or who signed it;
    the lot's label and number are no institution, and a series title keeps no name."""
    root = converted(tmp_path, (
        "LOT 12\n"
        "DALSTROY – PASS SIGNED BY BERZIN, 1935\n"
        "\n"
        "CONCERNING MARTYNAS VAITKUS AND HIS FAMILY\n"
        "\n"
        "SOVIET ARCHIVES VOLUME XIV SECRET REVIEWS\n"
    ))
    persons, orgs = names(root, "persName"), names(root, "orgName")
    assert {"BERZIN", "MARTYNAS VAITKUS"} <= set(persons)
    assert "LOT" not in orgs and not any("ARCHIVES" in o or "REVIEWS" in o for o in orgs + persons)


def test_a_region_named_by_an_adjective_before_its_unit_word(tmp_path):
    """A peasants' complaint gives its address in a region of 1929-1937 whose name is an adjective:
    with its unit word it is the region; "the Western region" of a sentence is no name."""
    root = converted(tmp_path, (
        "Address for the answer: Western oblast, Belyi raion, village Zaluzhye. "
        "Grain was short in the western regions.\n"
    ))
    places = names(root, "placeName")
    assert "Western oblast" in places and not any("region" in p for p in places)


def test_a_village_renamed_with_an_adjectives_shape(tmp_path):
    """A report gives a German village's Soviet name in a bracket after "now": the name is the
    village, though it is shaped like an adjective."""
    root = converted(tmp_path, "The farmer Peter KELLER of the village of Rosental (now Krasnoye) refused to leave.\n")
    assert {"Rosental", "Krasnoye"} <= set(names(root, "placeName"))


def test_frontier_units_and_missions_named_in_a_note(tmp_path):
    """A note on a border incident names a frontier post by its number, a border detachment by its
    town, a city militia and a plenipotentiary representation: the ordinal is no day of the month,
    the town and the unit are two names, the mission is an institution."""
    root = converted(tmp_path, (
        "On 17 September 1936 a patrol of the 4th frontier post of the Sestroretsk Border Detachment "
        "met the intruders. Passport issued by the Minsk City Militia. Copy to the Plenipotentiary "
        "Representation of the USSR in Helsingfors.\n"
    ))
    assert "the 4th" not in date_values(root)
    orgs = names(root, "orgName")
    assert {"Border Detachment", "City Militia", "Plenipotentiary Representation"} <= set(orgs)
    assert {"Sestroretsk", "Minsk", "USSR"} <= set(names(root, "placeName"))


def test_a_camp_named_after_its_place_is_one_name(tmp_path):
    """A camp's full name holds its place, as its short name Karlag does: one institution; the
    party of a town keeps GUIDELINES' split."""
    root = converted(tmp_path, (
        "She was sent to the Karaganda Corrective Labour Camp of the MVD and later wrote to the "
        "Leningrad Communist Party.\n"
    ))
    orgs = names(root, "orgName")
    assert "Karaganda Corrective Labour Camp" in orgs and "Communist Party" in orgs
    assert "Leningrad" in names(root, "placeName") and "Karaganda" not in names(root, "placeName")


def test_places_named_after_institutions_and_the_genres_landmarks(tmp_path):
    """A guidebook names a cemetery after a society, a street after the Comintern, the Leningrad
    NKVD's building by its nickname and a hill of the Solovki camp: all places; a historian named
    Hill stays a person."""
    root = converted(tmp_path, (
        "The site was opened as the Levashovo Memorial Cemetery in 1989. The museum stands on "
        "Comintern Street, two blocks from the Bolshoi Dom. The tour includes Sekirnaya Hill. "
        "Christopher Hill reviewed the book.\n"
    ))
    places = names(root, "placeName")
    assert {"Levashovo Memorial Cemetery", "Comintern Street", "Bolshoi Dom", "Sekirnaya Hill"} <= set(places)
    assert "Christopher Hill" in names(root, "persName")


def test_works_and_farms_named_after_persons(tmp_path):
    """A report names works and a kolkhoz after Bolsheviks: the name is the enterprise's; a surname
    before the verb "works" stays a person, and a town before "works" stays a town."""
    root = converted(tmp_path, (
        "At meetings at the Kirov works (the former Putilov works) and at the Zaporozhye works the "
        "workers spoke. He refused to join the kolkhoz imeni Petrovsky. Ivanov works in the tool shop.\n"
    ))
    orgs = names(root, "orgName")
    assert {"Kirov", "Putilov", "Petrovsky"} <= set(orgs)
    assert "Ivanov" in names(root, "persName") and "Zaporozhye" in names(root, "placeName")


def test_a_chronologys_subjects_and_a_maiden_name(tmp_path):
    """A chronology's entries open with a date and a dash, then the person and what they did in the
    present tense; a catalogue gives a woman's birth name after "née". Towns do not travel or reach."""
    root = converted(tmp_path, (
        "January 1933 — Sloskans reaches Riga in an exchange of prisoners.\n"
        "\n"
        "Summer 1936 — Neveu travels to France and is refused a visa to return.\n"
        "\n"
        "Cat. 6. Resettlement certificate of Katharina Dietz, née Bauer, issued on 3.IX.41.\n"
    ))
    persons = names(root, "persName")
    assert {"Sloskans", "Neveu", "Bauer"} <= set(persons)
    assert {"Riga", "France"} <= set(names(root, "placeName"))


def test_surnames_with_the_shape_of_other_words(tmp_path):
    """A memorial's text, a troika's list and a sanction name persons whose surnames look like an
    adjective (Kulish), an acronym (BARKOV) or a town (Beria's office is his): each is a person;
    the region a prosecutor serves ends before his initials."""
    root = converted(tmp_path, (
        "Among the dead were the theatre director Les Kurbas and the playwright Mykola Kulish. "
        "Khanjian died in July 1936 after a visit to Beria's office.\n"
        "\n"
        "Members of the troika: Krai Prosecutor BARKOV and Second Secretary A. D. KOVALEV.\n"
        "\n"
        "\"Arrest sanctioned. Deputy Prosecutor of the Moscow Region N. MASLOV. 3.IV.38.\"\n"
    ))
    persons = names(root, "persName")
    assert {"Mykola Kulish", "Beria", "BARKOV", "N. MASLOV"} <= set(persons)
    assert not {"BARKOV", "MASLOV"} & set(names(root, "orgName"))
    assert "Beria" not in names(root, "placeName")


def test_where_people_described_by_calling_or_people_come_from(tmp_path):
    """A feature says where victims came from: after a calling or a people's name, "from" names a
    town, even one shaped like a surname or one no list knows."""
    root = converted(tmp_path, (
        "The case took in fitters of the depot, teachers from Kamyshlov and a beekeeper. "
        "The files name a vine grower from Annenfeld and Greeks from Tsalka and Sukhumi.\n"
    ))
    assert {"Kamyshlov", "Annenfeld", "Tsalka", "Sukhumi"} <= set(names(root, "placeName"))
    assert names(root, "persName") == []


def test_a_street_word_in_small_letters_after_its_name(tmp_path):
    """An intercepted letter's address and a report write the street's word after its name in small
    letters, in English or in the address's language: the name and its word are one street, however
    the name is shaped."""
    root = converted(tmp_path, (
        "To Anna KALNINA, Riga, Latvia, Matisa iela 14. He had rooms in Pushkinskaya street; "
        "letters went to Laisves aleja and to Vilniaus gatvė 9.\n"
    ))
    assert {"Matisa iela", "Pushkinskaya street", "Vilniaus gatvė"} <= set(names(root, "placeName"))
    assert names(root, "persName") == ["Anna KALNINA"]


def test_a_towns_other_name_with_the_years_it_was_borne(tmp_path):
    """A feature and a translator's bracket give a town's other name with the years it was borne: the
    town named like a Bolshevik or a surname is a town; a person's nickname with years stays a person."""
    root = converted(tmp_path, (
        "Her birthplace was called Kirov from 1934 to 1991. "
        "The squadron came from Kozlov (Michurinsk since 1932). "
        "Dzhugashvili was called Koba until 1912.\n"
    ))
    assert {"Kirov", "Kozlov", "Michurinsk"} <= set(names(root, "placeName"))
    assert "Koba" not in names(root, "placeName")


def test_a_range_between_two_whole_dates_is_one_date(tmp_path):
    """A report gives an operation's span as two whole dates joined by "to": one range, as GUIDELINES
    makes a range written as one phrase; a biography's life dates in brackets stay two events."""
    root = converted(tmp_path, (
        "The operation ran from 12 August 1937 to 15 November 1938 in the whole aimag.\n"
        "KARLSONS Ernests (3.IV.1891 – 20.VIII.1938), a Latvian rifleman.\n"
    ))
    assert date_values(root) == {"12 August 1937 to 15 November 1938": "1937-08-12/1938-11-15",
                            "3.IV.1891": "1891-04-03", "20.VIII.1938": "1938-08-20"}


def test_a_places_name_in_another_language_in_brackets(tmp_path):
    """A guide and a note give a town's name in another language in brackets: that name is the
    town too, however shaped; a surname's other spelling in brackets is no place."""
    root = converted(tmp_path, (
        "The road runs to Vyborg (Finnish Viipuri) and on to Sortavala. "
        "The files come from Berdychiv (Yiddish Barditshev). "
        "We met Kovalev (Polish Kowalew) at the station.\n"
    ))
    assert {"Viipuri", "Barditshev"} <= set(names(root, "placeName"))
    assert "Kowalew" not in names(root, "placeName")


def test_a_ravine_a_canal_or_a_forest_named_before_its_word(tmp_path):
    """A report on a burial site names a ravine, a canal and a forest by a word before their kind in
    small letters: each is a place, however its name is shaped."""
    root = converted(tmp_path, (
        "The pits lie in the Dighomi ravine; water came from the Bozsu canal and the convoys went on "
        "to the Tsagveri forest.\n"
    ))
    assert names(root, "placeName") == ["Dighomi ravine", "Bozsu canal", "Tsagveri forest"]


def test_a_known_town_alone_in_quotation_marks(tmp_path):
    """A report names an operation's line and an exhibit its stamp by a town in quotation marks: the
    town is a place, not a title set aside."""
    root = converted(tmp_path, (
        'From early 1938 a "Harbin" line was aimed at the railwaymen. '
        'The belt buckle is stamped "Odessa" on the back.\n'
    ))
    assert {"Harbin", "Odessa"} <= set(names(root, "placeName"))
