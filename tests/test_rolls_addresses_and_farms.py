"""What the forty-seventh round of issue 15 read (set AW): rolls and registers that invert names
(passenger lists, members of a circle, library authority records, a digest's numbered cases), the
addresses of émigré newsletters, church forms of address, farms named after heroes, and resolutions
signed with two initials.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_polish_forename_that_is_a_months_abbreviation_opens_a_surname_in_capitals(tmp_path):
    """"Jan" is also January's abbreviation, but before a surname in capitals it is the forename:
    "Jan SOBCZAK" is one person, not an acronym; "3 Jan 1938" stays a date."""
    text = "The Polish citizen Jan SOBCZAK was detained on 3 Jan 1938 at the station.\n"
    root = converted(tmp_path, text)
    assert "Jan SOBCZAK" in names(root, "persName")
    assert "SOBCZAK" not in names(root, "orgName")


def test_polish_surnames_in_czak_and_iak_are_surnames(tmp_path):
    """Polish surnames end in -czak and -iak: beside a forename no list holds ("Lejb SOBCZAK", not
    the acronym SOBCZAK) and alone where a sentence opens on one ("Ratajczak translated")."""
    text = ("At the farm the Polish citizen Lejb SOBCZAK was found without papers.\n"
            "He spoke poor Russian. Ratajczak translated. Wojtkowiak signed.\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert "Lejb SOBCZAK" in persons
    assert {"Ratajczak", "Wojtkowiak"} <= set(persons)
    assert not names(root, "orgName")


def test_a_passenger_list_with_dashes_between_its_columns_inverts_the_names(tmp_path):
    """A list flattened to lines with dashes between its columns ends the forename at the dash:
    "REIMER, Jakob — 4 — Halbstadt" names one person, not a surname and a forename apart."""
    text = ("Passengers (name — persons — from):\nREIMER, Jakob — 4 — Halbstadt\n"
            "FRIESEN, Gerhard — 7 — Orenburg\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "REIMER, Jakob" in persons
    assert "FRIESEN, Gerhard" in persons
    assert "Gerhard" not in persons


def test_a_numbered_case_inverts_its_name_though_the_next_line_opens_with_a_capital(tmp_path):
    """"CASE 12. DUDNIK, Pavel Andreevich" then a line "Ukrainian, born 1930": the next line's
    capital does not continue the name; the surname, forename and patronymic are one person."""
    text = ("CASE 12. DUDNIK, Pavel Andreevich\nUkrainian, born 1930 in Poltava; a teacher.\n\n"
            "CASE 13. SAVCHENKO, Ivan Stepanovich\nRussian, born 1929.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "DUDNIK, Pavel Andreevich" in persons
    assert "SAVCHENKO, Ivan Stepanovich" in persons


def test_a_town_opening_a_roll_before_a_forename_is_a_surname(tmp_path):
    """A roll's line "Kagan, Berl, teacher" names a person whose surname is also a town; a town
    before a person's full name ("Luga, Movsha Gurvich") and a dateline ("MINSK, Jan. 21") stay
    towns."""
    text = ("MINSK, Jan. 21 — The list was found.\n\nThose arrested:\nKagan, Berl, teacher, b. 1889\n"
            "Luga, Movsha Gurvich, tailor, b. 1890\n")
    root = converted(tmp_path, text)
    persons, places = names(root, "persName"), names(root, "placeName")
    assert "Kagan, Berl" in persons
    assert {"MINSK", "Luga"} <= set(places)
    assert "Kagan" not in places
    assert not any(p.startswith(("MINSK", "Luga")) for p in persons)


def test_a_library_authority_record_inverts_its_headings(tmp_path):
    """A library's authority record writes each heading after its field tag, indicators and "$a":
    "100 1_ $a Kalnins, Janis, $d 1899-1938" names one person, as a roll's line does."""
    text = ("Record 4\n100 1_ $a Kalnins, Janis, $d 1899-1938\n400 1_ $a Kalnin, Ian Petrovich, $d 1899-1938\n"
            "670 __ $a List of the shot, 2001\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "Kalnins, Janis" in persons
    assert "Kalnin, Ian Petrovich" in persons
    assert "Janis" not in persons


def test_an_addresss_state_or_province_and_its_town_are_places(tmp_path):
    """"Herbert, Sask." and "Mountain Lake, Minn." are a town and its province or state, the
    abbreviation with its stop, though Herbert is also a forename; initials after a surname and its
    comma ("SHEININA, R. I.", "Khrushchev, N. S.") are still a person's, not Rhode Island's or Nova
    Scotia's."""
    text = ("GIFTS RECEIVED\nHerbert, Sask., the sewing circle — $11.00\nMountain Lake, Minn. — $30.00\n"
            "Brooklyn, N.Y. — $5.00\n\nThe bureau (secretary SHEININA, R. I.) met.\n\nKhrushchev, N. S., 12, 97\n")
    root = converted(tmp_path, text)
    places = names(root, "placeName")
    assert {"Herbert", "Sask.", "Mountain Lake", "Minn.", "Brooklyn", "N.Y."} <= set(places)
    assert not {"R. I.", "N. S.", "SHEININA"} & set(places)
    assert "Herbert" not in names(root, "persName")
    assert any(p.startswith("Khrushchev") for p in names(root, "persName"))


def test_church_forms_of_address_and_a_reciters_title_lead_to_persons(tmp_path):
    """"Brother Wiebe", "Sister Penner", "Elder Toews", as free churches address their members, and
    "Qari AZIZULLAH", a Quran reciter's title: the title outside the name, the name a person's. "the
    Brother Peoples" and "The Elder Statesman" are English words, no persons."""
    text = ("A letter came from Brother Wiebe and from Sister Penner; Elder Toews spoke at the meeting.\n"
            "The band of Qari AZIZULLAH fired on the column.\n"
            "Greetings to the Brother Peoples of the Union! The Elder Statesman replied.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert {"Wiebe", "Penner", "Toews", "AZIZULLAH"} <= set(persons)
    assert not any(p.startswith(("Brother", "Sister", "Elder", "Qari")) for p in persons)
    assert not {"Peoples", "Statesman"} & set(persons)


def test_a_translators_note_is_no_initial_and_two_initials_sign_a_resolution(tmp_path):
    """"[T.N.: …]" marks a translator's note, no person "N."; "A.P. 20.IV.61" under a resolution is the
    person who signed it on that day, not an acronym."""
    text = ('They worked in the artel "Krasny Luch" [T.N.: "Red Ray"] for a year.\n\n'
            'Resolution in the margin: "Agree. To the commission. A.P. 20.IV.61."\n')
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert "A.P." in persons
    assert not any("N." in p for p in persons)
    assert "A.P." not in names(root, "orgName")


def test_farms_named_after_heroes_are_institutions(tmp_path):
    """A quoted name after a farm's word names the farm even when it is a hero's (the kolkhoz
    "Chapaev"), after "collective farm" and after an artel's "called"; Chapaev unquoted is the man."""
    text = ('Cattle from the kolkhozes "Iskra" and "Chapaev" were driven off. The chairman of the kolkhoz '
            '"Chapaev" refused to leave. We were taken to the collective farm "Krasny Put", and the tailors '
            'into an artel called "Royter Shnayder". Chapaev had fought here in 1919.\n')
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert orgs.count("Chapaev") == 2
    assert {"Iskra", "Krasny Put", "Royter Shnayder"} <= set(orgs)
    assert names(root, "persName") == ["Chapaev"]


def test_a_town_that_is_a_surname_in_capitals_is_the_person_the_text_names(tmp_path):
    """In a text that names "Zofia KALISZ", the capitals of "the tailor KALISZ" and of "took KALISZ
    off the train" are her surname, though Kalisz is a town; after "in" the capitals stay the town."""
    text = ("The witness Zofia KALISZ came from Brzezany. Later the tailor KALISZ went with us by sledge. "
            "The guards took KALISZ off the train. In KALISZ we had stayed a week.\n")
    root = converted(tmp_path, text)
    assert names(root, "persName").count("KALISZ") == 2
    assert names(root, "placeName").count("KALISZ") == 1


def test_an_office_ends_where_comrade_and_a_surname_begin(tmp_path):
    """"the report of the Uezd Food Committee Comrade Pashkov" is the committee and then the man, as is
    "the Polesskoe Raiispolkom A. P. MOSKALENKO" (a body named by a stump of its kind, Raiispolkom)."""
    text = ("The report of the Uezd Food Committee Comrade Pashkov was heard.\n"
            "Signed: the Polesskoe Raiispolkom A. P. MOSKALENKO.\n")
    root = converted(tmp_path, text)
    orgs, persons = names(root, "orgName"), names(root, "persName")
    assert "Uezd Food Committee" in orgs and "Raiispolkom" in orgs
    assert "Pashkov" in persons and "A. P. MOSKALENKO" in persons


def test_branches_of_a_faith_are_no_persons_nor_bodies(tmp_path):
    """Believers counted by their branch of Islam ("24 Sunni, 3 Shia") are no persons, and "the Shia
    community" is no body named Shia."""
    text = "The raion has 27 registered communities (24 Sunni, 3 Shia). The Shia community of Derbent met.\n"
    root = converted(tmp_path, text)
    assert not names(root, "persName")
    assert not names(root, "orgName")
    assert names(root, "placeName") == ["Derbent"]


def test_ordinals_that_a_plural_unit_word_closes_are_units_each(tmp_path):
    """"the 122nd and 149th regiments", "the 3rd, 5th and 7th companies": each ordinal names one unit;
    "the 5th and 6th days" names none."""
    text = ("Meetings were held in the 122nd and 149th regiments. The 3rd, 5th and 7th companies withdrew. "
            "On the 5th and 6th days of the march it rained.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert orgs == ["122nd", "149th", "3rd", "5th", "7th"]


def test_dates_of_the_hebrew_calendar_are_valued_in_the_gregorian(tmp_path):
    """A yizkor book dates by the Hebrew calendar: a month with its Hebrew year spans the Gregorian
    months it overlaps, a festival of one day (or a named day of one) is that day, a longer festival the
    month it fell in, in a Hebrew year or a Gregorian one; the names are neither persons nor places."""
    text = ("They came for them on the eve of Yom Kippur 5690. The first arrests were on the first day of "
            "Pesach 5689. In Tishri 5691 the synagogue was taken. At Chanukah 1936 we still lit candles; "
            "in Elul 5697 the arrests began, and my uncle was taken during Sukkot 5698.\n")
    root = converted(tmp_path, text)
    assert date_values(root) == {
        "the eve of Yom Kippur 5690": "1929-10-13", "the first day of Pesach 5689": "1929-04-25",
        "Tishri 5691": "1930-09/1930-10", "Chanukah 1936": "1936-12", "Elul 5697": "1937-08/1937-09",
        "Sukkot 5698": "1937-09"}
    assert not names(root, "persName") and not names(root, "placeName")


def test_days_after_than_a_weekday_and_initials_and_a_month_after_for(tmp_path):
    """In a protocol of 9 August 1920: "not later than the 12th" is the 12th, "on Sunday the 8th" the 8th
    (a Sunday that August), "F.D. 10/VIII" the day someone signed; "the 15th of each month" recurs and
    is no date. In a plan of April, "Tasks for May" is that May."""
    text = ("Protocol of the session of 9 August 1920.\n\nComrade Petrov is to travel to Lomza not later than "
            "the 12th. The priest, who on Sunday the 8th read out the appeal, was arrested. Reports are due "
            "by the 15th of each month.\nCopy to the Special Dept. — F.D. 10/VIII.\n")
    values = date_values(converted(tmp_path, text))
    assert values["the 12th"] == "1920-08-12"
    assert values["the 8th"] == "1920-08-08"
    assert values["10/VIII"] == "1920-08-10"
    assert "the 15th" not in values
    plan = "Plan of work, 20 April 1982.\n\nTasks for May: to hold meetings in every company.\n"
    (tmp_path / "plan").mkdir()
    assert date_values(converted(tmp_path / "plan", plan))["May"] == "1982-05"


def test_a_day_after_its_weekday_is_in_the_month_it_fell_on_that_weekday(tmp_path):
    """"on Sunday the 8th" in a protocol of 15 September 1918 is 8 September, a Sunday, not the 8th of a
    year in which some other month's 8th was."""
    text = ("Protocol of the meeting of 15 September 1918.\n\nThe gunsmith, who on Sunday the 8th read out "
            "the appeal, was arrested. On Tuesday the 3rd the committee had met.\n")
    values = date_values(converted(tmp_path, text))
    assert values["the 8th"] == "1918-09-08"
    assert values["the 3rd"] == "1918-09-03"


def test_a_rare_forename_before_capitals_is_a_person_where_the_text_prints_surnames_so(tmp_path):
    """A testimony that names "Zofia KALISZ" and "Anna WROBEL" prints its persons' surnames in
    capitals, so "Hryhorij BARAN" and "Ermek DUMABAJEW", forenames no list holds, are persons too; a text
    with no such convention leaves an unknown word before capitals alone."""
    text = ("The witness Zofia KALISZ came with Anna WROBEL. A Ukrainian named Hryhorij BARAN, who had once "
            "delivered coal to us, helped. Our host, Ermek DUMABAJEW, shared what he had.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert {"Hryhorij BARAN", "Ermek DUMABAJEW"} <= set(persons)
    (tmp_path / "plain").mkdir()
    alone = "The sign over the door read Kvas BARAN in red letters.\n"
    assert "Kvas BARAN" not in names(converted(tmp_path / "plain", alone), "persName")


def test_an_abbreviation_a_glossary_defines_as_a_kind_or_a_title_is_no_body(tmp_path):
    """"SPH = special psychiatric hospital" defines a kind of place, "IB = Information Bulletin …" a
    periodical: neither is an institution where the digest uses them ("the Dnepropetrovsk SPH",
    "according to the IB"); a speaker's label and "the OGK: drawings" define nothing, and a body the
    lexicon knows keeps its sense."""
    text = ("IB = Information Bulletin of the Working Commission. SPH = special psychiatric hospital.\n"
            "MVD: ministry of internal affairs\n\n"
            "Since August 1978 he is in the Dnepropetrovsk SPH; according to the IB, criminals serve there. "
            "The MVD runs it. In the OGK: drawings of the mill were lost.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert not {"SPH", "IB"} & set(orgs)
    assert "MVD" in orgs and "OGK" in orgs


def test_a_dictionarys_headword_before_a_lifes_years_is_one_person(tmp_path):
    """"Kaliniychuk, Paraska (1899–1938), 143–4": an index's headword is one person, its forename known
    to no list, because the life's years end it; "Moscow, Russia (1991)" is still two places."""
    text = ("Index\nKaliniychuk, Paraska (1899–1938), 143–4\nKamenev, L. B., 33, 41\n\n"
            "Moscow, Russia (1991) was the place.\n")
    root = converted(tmp_path, text)
    assert "Kaliniychuk, Paraska" in names(root, "persName")
    assert {"Moscow", "Russia"} <= set(names(root, "placeName"))


def test_an_organ_of_a_body_in_a_headings_capitals_is_two_names_and_an_archive_keeps_its_country(tmp_path):
    """"PLENIPOTENTIARY REPRESENTATION OF THE OGPU" in a letterhead is the organ and the body, as its
    ordinary case is; "TsA FSB RF" under a document is one archive, its "RF" no body of its own."""
    text = ("Copy No. 2\n\nPLENIPOTENTIARY REPRESENTATION OF THE OGPU\nFOR THE NORTH CAUCASUS KRAI\n\n"
            "Report on the grain campaign.\n\nTsA FSB RF. F. 3. Op. 4. D. 112. L. 48–53. Original.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert {"PLENIPOTENTIARY REPRESENTATION", "OGPU", "TsA FSB RF"} <= set(orgs)
    assert "RF" not in orgs


def test_a_headings_words_before_a_state_in_capitals_name_no_body(tmp_path):
    """"IN THE NAME OF THE UNION OF SOVIET SOCIALIST REPUBLICS" over a verdict and "ORDER OF THE
    MINISTER OF INTERNAL AFFAIRS OF THE UNION OF SSR" name the state, and no body "NAME" or "INTERNAL
    AFFAIRS" before it; "DIRECTORATE OF THE NKVD" is still the directorate and the NKVD."""
    text = ("VERDICT\nIN THE NAME OF THE UNION OF SOVIET SOCIALIST REPUBLICS\n\nThe court met.\n\n"
            "ORDER\nOF THE MINISTER OF INTERNAL AFFAIRS OF THE UNION OF SSR\n\nNo. 00561\n\n"
            "DIRECTORATE OF THE NKVD FOR THE LENINGRAD OBLAST\n\nReport.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert not {"NAME", "INTERNAL AFFAIRS", "MINISTER OF INTERNAL AFFAIRS"} & set(orgs)
    assert {"DIRECTORATE", "NKVD"} <= set(orgs)
    assert "UNION OF SOVIET SOCIALIST REPUBLICS" in names(root, "placeName")


def test_a_monastic_name_and_the_secular_surname_in_brackets_are_one_person(tmp_path):
    """"the hieromonk Nikodim (BZHEZINSKY)", "Archimandrite Kronid (Lyubimov)": a churchman's rank, his
    monastic name and his secular surname in brackets name one person, not two; a bracket after
    another title says something else ("Father Ivanov (a priest)")."""
    text = ("The hieromonk Nikodim (BZHEZINSKY) is the most active. Here lies Archimandrite Kronid (Lyubimov), "
            "the last abbot. Bishop Feodosy (SMOLYAK) gathers the monks. Father Ivanov (a priest) came.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert {"Nikodim (BZHEZINSKY)", "Kronid (Lyubimov)", "Feodosy (SMOLYAK)", "Ivanov"} <= set(persons)
    assert not {"BZHEZINSKY", "Lyubimov", "SMOLYAK"} & set(persons)


def test_afghan_parties_and_a_foreign_broadcaster_are_bodies_not_persons(tmp_path):
    """"the Jamiat-i Islami", "the Hizb-i Islami" (a party's first word and the Persian "-i" joining it
    to the next) and "Deutsche Welle" are institutions; the leaders named with them are persons."""
    text = ("The Hizb-i Islami was led by Gulbuddin Hekmatyar; the Jamiat-i Islami by Burhanuddin Rabbani. "
            "People listened to the Voice of America and Deutsche Welle.\n")
    root = converted(tmp_path, text)
    orgs, persons = names(root, "orgName"), names(root, "persName")
    assert {"Hizb-i Islami", "Jamiat-i Islami", "Deutsche Welle"} <= set(orgs)
    assert {"Gulbuddin Hekmatyar", "Burhanuddin Rabbani"} <= set(persons)
    assert not {"Jamiat-i Islami", "Deutsche Welle"} & set(persons)


def test_a_firm_closed_by_its_legal_form_is_an_institution_not_its_founder(tmp_path):
    """"Hugh L. Cooper and Co.", "M. Knoedler & Co.", "Albert Kahn, Inc." and "Russlanddeutsche Erinnerung
    e.V." are firms and an association; "the engineer John CALDER of Albert Kahn, Inc." is a person of the
    firm, and "DERNOV S.A." a man and his initials."""
    text = ("The dam went to Hugh L. Cooper and Co., the pictures to M. Knoedler & Co., and the plant was "
            "directed by the engineer John CALDER of Albert Kahn, Inc., Detroit. Russlanddeutsche Erinnerung "
            "e.V. helped.\n9. DERNOV S.A., 1894, Pereslavl, ensign.\n")
    root = converted(tmp_path, text)
    orgs, persons = names(root, "orgName"), names(root, "persName")
    assert {"Hugh L. Cooper and Co.", "M. Knoedler & Co.", "Albert Kahn, Inc.",
            "Russlanddeutsche Erinnerung e.V."} <= set(orgs)
    assert {"John CALDER", "DERNOV S.A."} <= set(persons)
    assert not {"Hugh L. Cooper", "Albert Kahn"} & set(persons)


def test_a_quoted_name_that_a_settlements_word_leads_is_a_place(tmp_path):
    """"the name of the town as "Sokolka"", "a village called "Dubki"": the quotation names a place;
    "known in the village as "Misha"" and "the resident under the name "Stepanov"" still name persons."""
    text = ('The copy gives the name of the town as "Sokolka". They reached a village called "Dubki". He was '
            'known in the village as "Misha". Our people know him as the resident under the name "Stepanov".\n')
    root = converted(tmp_path, text)
    assert {"Sokolka", "Dubki"} <= set(names(root, "placeName"))
    assert {"Misha", "Stepanov"} <= set(names(root, "persName"))
