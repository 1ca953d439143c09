"""What the forty-eighth round of issue 15 read (set AX): climbers' notes on Soviet mountains,
monitoring digests of broadcasts, collectors' catalogues, diaries dated in Roman numerals, timber
trade journals and partisan radiograms.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_republic_written_with_stops_is_a_place(tmp_path):
    """"the Tajik S.S.R." is the Tajik SSR written with stops, a place with its adjective; a body
    before "for the" keeps its own name ("the Organising Committee for the Chechen-Ingush A.S.S.R.")."""
    text = ("The authorities of the Tajik S.S.R. refused a permit. The Kalmyk A.S.S.R. was abolished.\n"
            "The Organising Committee for the Chechen-Ingush A.S.S.R. met in Grozny.\n")
    root = converted(tmp_path, text)
    places = names(root, "placeName")
    assert {"Tajik S.S.R.", "Kalmyk A.S.S.R.", "Chechen-Ingush A.S.S.R."} <= set(places)
    assert "Organising Committee" in names(root, "orgName")
    assert not {"S.S.R.", "A.S.S.R."} & set(names(root, "orgName"))
    assert not names(root, "persName")


def test_four_figures_before_the_zone_with_its_stops_are_a_clock_time(tmp_path):
    """A monitoring digest heads each item "Tashkent in Uzbek, 1630 G.M.T., 16.2.57": 1630 is the
    hour, not a year; the day after it is the date."""
    text = "DIGEST, February 1957\n\nReport (S)\nTashkent in Uzbek, 1630 G.M.T., 16.2.57.\nAn evening was held.\n"
    values = date_values(converted(tmp_path, text))
    assert "1630" not in values
    assert values.get("16.2.57") == "1957-02-16"


def test_timber_trusts_syndicates_and_design_institutes_are_bodies(tmp_path):
    """Soviet trusts named in one word by timber's "-les", a syndicate's "-sindikat" and a design
    institute's "Gipro-" are institutions; a forename ending so is not ("Charles")."""
    text = ("Exportles, the Soviet timber export body, buys from Severoles and Karelles. Salt comes\n"
            "through Solesindikat. He was a consultant to Gipromez. Charles Brown wrote to us.\n")
    root = converted(tmp_path, text)
    assert {"Exportles", "Severoles", "Karelles", "Solesindikat", "Gipromez"} <= set(names(root, "orgName"))
    assert "Charles Brown" in names(root, "persName")


def test_summits_ranges_and_glaciers_are_places(tmp_path):
    """A summit named after a leader is a place ("Peak Stalin"), and so are the USSR's high mountains
    named bare ("on Elbrus"), a pass, a glacier and a range by their word."""
    text = ("In 1933 Abalakov reached the summit of Peak Stalin. Another party camped on Elbrus and\n"
            "crossed the Krylenko Pass to the Fedchenko glacier, then the Zeravshan range.\n")
    root = converted(tmp_path, text)
    places = names(root, "placeName")
    assert {"Peak Stalin", "Elbrus", "Krylenko Pass", "Fedchenko glacier", "Zeravshan range"} <= set(places)
    assert "Stalin" not in names(root, "persName")
    assert "Elbrus" not in names(root, "persName")


def test_a_catalogues_grades_of_condition_are_no_bodies(tmp_path):
    """A collectors' catalogue grades each note after its serial ("VF.", "EF.", "UNC."): letters
    of the grading scale, not acronyms of institutions; nor is a rural route's "R.F.D."."""
    text = ("SOL-1. 10 kopecks. Signed by the chief. Serial 014207. VF.\n"
            "SOL-2. 20 kopecks. Serial 003381. EF.\nSOL-3. 5 roubles. Serial 000640. UNC.\n"
            "Secretary: Lewis P. Marsh, Box 61, R.F.D. 2, Xenia.\n")
    root = converted(tmp_path, text)
    assert not {"VF", "EF", "UNC", "R.F.D."} & set(names(root, "orgName"))


def test_an_outlines_lettered_headings_are_no_persons(tmp_path):
    """"B. Rehabilitations" and "C. MISCELLANEOUS" head an outline's sections: a letter and an
    abstract noun, not an initial and a surname."""
    text = ("Contents: A. The return of the peoples. B. Rehabilitations. C. Miscellaneous.\n\n"
            "B. REHABILITATIONS\n\nAn evening was held for the poet.\n\nC. MISCELLANEOUS\n\nNothing.\n")
    assert not names(converted(tmp_path, text), "persName")


def test_a_diarys_day_and_roman_month_before_its_words_is_a_date(tmp_path):
    """A diary heads its entries "10.X. Leaving tomorrow": the 10th of October, not the initial X.
    of a person "X. Leaving"."""
    text = "Diary, 1931.\n\n1.X.31. First snow.\n\n10.X. Leaving tomorrow with the last boat.\n"
    root = converted(tmp_path, text)
    assert date_values(root).get("10.X") == "1931-10-10"
    assert not names(root, "persName")


def test_a_title_before_a_forename_and_a_surname_that_is_an_english_word(tmp_path):
    """"Sir Hilton Young": a title, a forename and a surname that is also an English word name a
    person; an office and common words after a title do not ("Senior Political Editor")."""
    text = "On December 11 Sir Hilton Young forwarded the letter.\n\nSenior Political Editor\nR. LIPSHITS\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "Hilton Young" in persons
    assert "Political Editor" not in persons


def test_parliaments_are_bodies_and_their_member_a_person(tmp_path):
    """The House of Commons and the Baltic and Polish parliaments are institutions (the genre
    authority), not a house; a member's name after the parliament is the member's."""
    text = ("Mr. MacDonald told the House of Commons that the Sejm had protested.\n"
            "From: Member of the Saeima Ilze Vanaga\n")
    root = converted(tmp_path, text)
    assert {"House of Commons", "Sejm", "Saeima"} <= set(names(root, "orgName"))
    assert "House of Commons" not in names(root, "placeName")
    assert "Ilze Vanaga" in names(root, "persName")


def test_a_confessions_villages_are_no_place(tmp_path):
    """"the Old Believer villages" are villages of a confession, not a place called Old Believer."""
    text = "In Bichura and the other Old Believer villages the mood is sullen.\n"
    root = converted(tmp_path, text)
    assert "Bichura" in names(root, "placeName")
    assert "Old Believer" not in names(root, "placeName")


def test_states_by_their_initials_are_places(tmp_path):
    """The Far Eastern Republic's "DVR" and the two German states' "FRG" and "GDR" are states, not
    institutions."""
    text = "To the Director of the GPO of the DVR, Chita. Applications for exit to the FRG and the GDR.\n"
    root = converted(tmp_path, text)
    assert {"DVR", "FRG", "GDR"} <= set(names(root, "placeName"))
    assert not {"DVR", "FRG", "GDR"} & set(names(root, "orgName"))


def test_the_partisan_staffs_and_their_officers(tmp_path):
    """The staffs of the partisan movement are one institution each (the genre authority), "of the
    Partisan Movement" included; an officer's surname in capitals after the staff's mixed-case
    acronym is the officer's."""
    text = ("Ponomarenko headed the Central Staff of the Partisan Movement. Chief of the operational\n"
            "department of the BShPD STOLYAROV.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert "Central Staff of the Partisan Movement" in orgs
    assert "Partisan Movement" not in orgs
    assert "BShPD" in orgs
    assert "STOLYAROV" in names(root, "persName")


def test_a_headings_soviet_adjective_and_an_office_name_no_body(tmp_path):
    """"SOVIET MOUNTAINEERING IN 1938" and "DIGEST OF SOVIET REGIONAL BROADCASTS" use Soviet as the
    adjective, and "THE PARTISAN BRIGADE COMMANDER" is an office: no institution; a body in capitals
    still is one ("THE SUPREME SOVIET OF THE USSR")."""
    text = ("SOVIET MOUNTAINEERING IN 1938\n\nNews has been scarce.\n\nDIGEST OF SOVIET REGIONAL BROADCASTS\n\n"
            "RADIOGRAMS OF THE PARTISAN BRIGADE COMMANDER\n\nTO THE SUPREME SOVIET OF THE USSR\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert orgs == ["SUPREME SOVIET"]


def test_a_firm_closed_by_co_or_corp(tmp_path):
    """"the Freyn Engineering Co. team": a firm's name closed by "Co." with no "&" is the firm; an
    article opening the sentence is not part of it ("The Smith Co. plant")."""
    text = "He came with the Freyn Engineering Co. team from Chicago. The Smith Co. plant closed.\n"
    orgs = names(converted(tmp_path, text), "orgName")
    assert {"Freyn Engineering Co.", "Smith Co."} <= set(orgs)
    assert "The Smith Co." not in orgs


def test_an_operations_code_name_is_no_place(tmp_path):
    """'the German operation "Cottbus"' names an operation by a town: no mention; the town itself, named
    as a town, is still a place."""
    text = 'The German operation "Cottbus" burned the villages. He was born in Cottbus.\n'
    root = converted(tmp_path, text)
    assert names(root, "placeName") == ["Cottbus"]


def test_the_civil_wars_and_the_partisan_wars_adversaries_are_persons(tmp_path):
    """Ungern, Sukhe-Bator and Dirlewanger recur in the OGPU's Mongolian reports and the partisans'
    radiograms (the genre authority): persons, also in a heading's capitals."""
    text = ("AFTER THE ROUT OF THE UNGERN BANDS\n\nThe capture of Ungern himself was reported. The partisans of\n"
            'Sukhe-Bator entered Urga. A battalion of "Dirlewanger" burned the village. The Arctic Circle.\n')
    root = converted(tmp_path, text)
    assert {"UNGERN", "Ungern", "Sukhe-Bator", "Dirlewanger"} <= set(names(root, "persName"))
    assert "Arctic Circle" in names(root, "placeName")
    assert "UNGERN" not in names(root, "orgName")


def test_a_department_named_by_its_field_is_one_body(tmp_path):
    """"the Department of Organisational-Party Work": "Party" inside a hyphened word names the
    department's field, not a second body; a hyphened name that closes the phrase before its town is
    the institution ("Ludwig-Maximilians-Universität München")."""
    text = ("Head of the Department of Organisational-Party Work of the obkom Zh. S. BAIMAKHANOV.\n"
            "Chair: Lukas Brenner (Ludwig-Maximilians-Universität München).\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert "Department of Organisational-Party Work" in orgs
    assert "Organisational-Party Work" not in orgs
    assert "Ludwig-Maximilians-Universität München" in orgs


def test_a_forename_of_the_orthodox_calendar_after_a_surname_in_capitals(tmp_path):
    """"PYAK Yevdokim": a short surname in capitals before a Russian forename is a person, not the
    acronym PYAK."""
    text = "The file names SOPOCHIN Mikhail, sentenced to ten years, and PYAK Yevdokim, sentenced to death.\n"
    root = converted(tmp_path, text)
    assert "PYAK Yevdokim" in names(root, "persName")
    assert not names(root, "orgName")


def test_degrees_after_a_name_and_a_forename_that_is_a_distant_town(tmp_path):
    """An alumni magazine prints the degree after the name ("George N. Strand, Ch.E. '23", "Edwin
    Lindgren, E.E."): no body. "George" is a town in South Africa but here the forename; a town of
    the genre's lands before initials still opens an address ("Moscow V. M. BOCHKOV")."""
    text = ("IN MEMORIAM\n\nGeorge N. Strand, Ch.E. '23, died at Baku. Edwin Lindgren, E.E., went to Karelia.\n"
            "Telegram: Moscow V. M. BOCHKOV.\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert {"George N. Strand", "Edwin Lindgren", "V. M. BOCHKOV"} <= set(persons)
    assert not names(root, "orgName")
    assert "Moscow" in names(root, "placeName")


def test_the_soviet_trade_delegation_is_a_body(tmp_path):
    """The USSR's trade mission abroad, named beside Arcos, is an institution (the genre authority)."""
    text = "The news has come through the Soviet Trade Delegation and through Arcos.\n"
    assert {"Soviet Trade Delegation", "Arcos"} <= set(names(converted(tmp_path, text), "orgName"))


def test_the_secretariat_alone_is_a_body(tmp_path):
    """A body's Secretariat named alone with its capital is that organ, as the Presidium and the
    Collegium are ("Head of the Secretariat of the NKVD", a stamp's "Secretariat"); a department
    alone is still no name."""
    text = ("Head of the Secretariat of the NKVD UkrSSR (signature) YATSEVICH.\n"
            "Received NKVD USSR, Secretariat, 29 June 1945. The Department replied.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert orgs.count("Secretariat") == 2
    assert "Department" not in orgs


def test_a_towns_named_buildings_and_grounds_are_places(tmp_path):
    """"the October Palace", "the Sukharev Tower", "the City Garden", "Gorky Park": a town's buildings
    and grounds by name are places, also when a person's name opens them."""
    text = ("We met in the City Garden near the Sukharev Tower; the concert was in the October Palace,\n"
            "then Gorky Park.\n")
    root = converted(tmp_path, text)
    assert {"City Garden", "Sukharev Tower", "October Palace", "Gorky Park"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_a_priest_of_a_confessions_church_is_a_person_of_it(tmp_path):
    """"Petro Verhun of the Ukrainian Greek Catholic Church": a person's name before "of the" and a
    church named by its confession is the person, then the church; a body of the church stays one
    name with it ("the Jubilee Council of Bishops of the Russian Orthodox Church")."""
    text = ("He met Petro Verhun of the Ukrainian Greek Catholic Church in Berlin.\n"
            "The Jubilee Council of Bishops of the Russian Orthodox Church met in 2000.\n")
    root = converted(tmp_path, text)
    assert "Petro Verhun" in names(root, "persName")
    orgs = names(root, "orgName")
    assert "Ukrainian Greek Catholic Church" in orgs
    assert "Jubilee Council of Bishops of the Russian Orthodox Church" in orgs


def test_an_acronym_bracketed_after_a_bodys_name_is_no_person(tmp_path):
    """"… the Northern Sea Route under the SNK of the USSR (GUSMP)": capitals in brackets right after a
    name are its short form, a body the text then names so ("active in GUSMP"); a signature's surname in
    brackets on a line of its own stays the signatory's."""
    text = ("On the Chief Directorate of the Northern Sea Route under the SNK of the USSR (GUSMP)\n\n"
            "An organisation has been active in GUSMP.\n\nPlenipotentiary Representative of the OGPU in the LVO\n"
            "(MEDVED)\n")
    root = converted(tmp_path, text)
    assert names(root, "orgName").count("GUSMP") == 2
    assert names(root, "persName") == ["MEDVED"]


def test_weekday_abbreviations_and_sentence_categories_are_no_persons(tmp_path):
    """An e-mail's "Date: Thu, 18 Mar 2021" and a timetable's "Tue/Thu" abbreviate weekdays, and "eight
    years as a ChSIR" names a category of the NKVD's sentences: no person; "Sun Yat-sen" still is one."""
    text = ("Date: Thu, 18 Mar 2021 21:07:44 +0300\nSeminar: Tue/Thu 10:30-11:45\n\n"
            "She got eight years as a ChSIR. Sun Yat-sen was quoted.\n")
    assert names(converted(tmp_path, text), "persName") == ["Sun Yat-sen"]


def test_an_island_in_small_letters_after_its_name(tmp_path):
    """"the camp on Stolobny island": an island's word in small letters after its name makes the name a
    place, as a peninsula's and a bay's do; "a small island" names none."""
    text = "The prisoners were brought from the camp on Stolobny island to the station; a small island lay near.\n"
    assert names(converted(tmp_path, text), "placeName") == ["Stolobny island"]


def test_the_front_named_alone_is_a_body(tmp_path):
    """Once a report has named its front, "the Military Council of the Front" and "the UKR of the Front"
    name that army group, a body, as the Collegium and the Presidium are named alone; "the front line"
    in small letters names none."""
    text = ("By decision of the Military Council of the Front the bread norms were raised. The prisoner was\n"
            "handed over to the UKR of the Front. The front line held.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert orgs.count("Front") == 2
