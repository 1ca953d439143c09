"""What the thirty-first and thirty-second rounds of issue 15 read (sets AG and AH): a report on
foreign fishing concessions, a works' report with the day of an opening, a eulogy, a conservator's
report in numbered sections, a hiking guide, a report on lamas and their monasteries, a report on
colonists, a sports society's case; a border report from Turkmenia, arrests in the Northern Sea
Route's directorate, Esperantists, Baptists, a parish history, an application to a court.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_treaty_cited_by_its_date_does_not_move_the_reports_year(tmp_path):
    """A report of December 1937 works "under the Fisheries Convention of 23 January 1928": the
    convention's year is cited, the days of the season that follow are the report's."""
    text = ("Okrug Department of the NKVD\nPetropavlovsk, 4 December 1937\n\n"
            "Under the Fisheries Convention of 23 January 1928 the concessionaires this year worked 300 plots. "
            "The manager took soundings in the lake on 14 July.\n")
    assert date_values(converted(tmp_path, text))["14 July"] == "1937-07-14"


def test_a_day_fixed_for_an_opening_is_still_to_come(tmp_path):
    """"Before the opening fixed for 10 October" in a report of 14 September: the appointed day is
    after the report, not the October of the year before."""
    text = ("Economic Department\n14.IX.32\n\nReport for August 1932\n\n"
            "Since the start of the first unit on 1 May, five units have been assembled. The management has "
            "promised to finish the lock before the opening fixed for 10 October.\n")
    assert date_values(converted(tmp_path, text))["10 October"] == "1932-10-10"


def test_a_eulogy_tells_its_story_in_the_story_years_not_in_the_weeks_before_the_funeral(tmp_path):
    """A eulogy spoken on 19 November 2011 tells of August 1937 and then "the night of 2 October": the
    story's October, though 2 October 2011 is six weeks before the funeral."""
    text = ("In memory of Anna Kowal\n\nWords spoken at the cemetery on 19 November 2011\n\n"
            "In August 1937 the NKVD began the Polish operation, and on the night of 2 October her father was "
            "taken from the house. Her mother was arrested in December.\n")
    values = date_values(converted(tmp_path, text))
    assert values["2 October"] == "1937-10-02"
    assert values["December"] == "1937-12"


def test_each_section_of_a_report_starts_in_the_reports_period(tmp_path):
    """A conservator's report for "15 June – 2 October 2020" has a historical section that ends in 1997;
    its next sections, the survey and the treatment, are in the period of the work again."""
    text = ("CONSERVATION REPORT No. 4/2020\n\nPeriod of work: 15 June – 2 October 2020\n\n"
            "1. History\n\nThe camp was closed in 1939; its burial ground was found in July 1997.\n\n"
            "2. Survey (15–19 June)\n\nThe lower logs are rotten.\n\n"
            "3. Treatment\n\nFrom 6 to 31 July the wall was raised on jacks, with pine felled in the winter "
            "of 2019–20. In August and September the whitewash was removed.\n")
    values = date_values(converted(tmp_path, text))
    assert values["15–19 June"] == "2020-06-15/2020-06-19"
    assert values["6 to 31 July"] == "2020-07-06/2020-07-31"
    assert values["August and September"] == "2020-08/2020-09"


def test_a_month_that_comes_back_every_year_is_no_date(tmp_path):
    """"A group walk each August", "every spring": a time of year that recurs, not a date."""
    text = "The club organises a group walk each August. Every spring the road is closed; it opened in May 1990.\n"
    root = converted(tmp_path, text)
    assert "August" not in date_values(root)
    assert date_values(root)["May 1990"] == "1990-05"


def test_buryat_aimaks_and_their_monasteries_are_places(tmp_path):
    """"Aninsky datsan, Khorinsky aimak": the monastery's name and the district (the Buryat aimak) are
    places, though both end as Russian surnames do."""
    text = ("Principal arrests by datsan:\n1. Aninsky datsan, Khorinsky aimak — 33 persons.\n"
            "2. Egituisky datsan, Yeravninsky aimak — 28 persons.\n")
    root = converted(tmp_path, text)
    assert {"Aninsky", "Khorinsky aimak", "Egituisky", "Yeravninsky aimak"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_a_station_named_after_a_person_of_the_authority_is_a_place(tmp_path):
    """"The Yaroslavsky railway station": the authority knows a Yaroslavsky, but a site word after the
    name makes it the station's."""
    text = "Some of the colonists live in the waiting hall of the Yaroslavsky railway station.\n"
    root = converted(tmp_path, text)
    assert "Yaroslavsky" in names(root, "placeName")
    assert not names(root, "persName")


def test_colonies_named_after_their_kind_and_a_word_before_it(tmp_path):
    """"The former colonies Halbstadt and Gnadenfeld", "(villages Glyaden, Orlovo)": names after a
    word for a kind of settlement are places, with a word of state or a bracket before the kind."""
    text = ("They came from Slavgorod okrug (villages Glyaden, Tiege and others), from the former colonies "
            "Halbstadt and Gnadenfeld and from Molochansk raion (former colonies Rueckenau and Lichtfelde).\n")
    root = converted(tmp_path, text)
    assert {"Glyaden", "Tiege", "Halbstadt", "Gnadenfeld", "Rueckenau", "Lichtfelde"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_sports_societies_of_the_period_are_bodies_and_their_stadiums_places(tmp_path):
    """Dynamo (the OGPU's sports society) and Spartak are bodies, not a man named Spartak; the Dynamo
    Stadium and the Stadium of Young Pioneers are places."""
    text = ("After the cup semi-final with Dinamo in September 1939, replayed at the Dynamo Stadium, the "
            "captain of Spartak said at the Stadium of Young Pioneers that the cup was lost.\n")
    root = converted(tmp_path, text)
    assert {"Dinamo", "Spartak"} <= set(names(root, "orgName"))
    assert {"Dynamo Stadium", "Stadium of Young Pioneers"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_a_surname_in_capitals_after_its_particle_is_no_acronym(tmp_path):
    """"Ambassador von DIRKSEN": a German surname in capitals after "von" is a person's."""
    text = "The colonists were promised the intervention of Ambassador von DIRKSEN with the NKID.\n"
    root = converted(tmp_path, text)
    assert "von DIRKSEN" in names(root, "persName")
    assert "DIRKSEN" not in names(root, "orgName")


def test_a_native_people_of_kamchatka_is_no_person(tmp_path):
    """"ZAEV Mikhail Afanasievich, Kamchadal, of the village of Sopochnoye": the people, not a person."""
    text = "— ZAEV Mikhail Afanasievich, Kamchadal, of the village of Sopochnoye, guide of the party.\n"
    root = converted(tmp_path, text)
    assert names(root, "persName") == ["ZAEV Mikhail Afanasievich"]


def test_a_ship_named_after_a_person_or_a_body_is_neither(tmp_path):
    """"The icebreaker Krasin", "a Soviet steamer, the "Spartak"": ships bear the names of persons and
    bodies the authority knows, but a ship's name is not marked; the man himself still is."""
    text = ('A Soviet steamer, the "Spartak", left Le Havre that night. The icebreaker Krasin reached the camp '
            "in July; Krasin himself had died in London in 1926.\n")
    root = converted(tmp_path, text)
    assert names(root, "persName") == ["Krasin"]
    assert not names(root, "orgName")


def test_a_number_sign_does_not_end_the_sentence_that_tells_the_story_year(tmp_path):
    """"In August 1937 the NKVD began what its order No. 00485 called the Polish operation, and on the
    night of 2 October …": the full stop of "No." ends no sentence, so 2 October is still 1937's."""
    text = ("Words spoken at the cemetery on 19 November 2011\n\n"
            "In August 1937 the NKVD began what its order No. 00485 called the Polish operation, and on the "
            "night of 2 October her father was taken from the house.\n")
    assert date_values(converted(tmp_path, text))["2 October"] == "1937-10-02"


def test_laboratories_and_museum_reserves_are_institutions(tmp_path):
    """"The Pomor Laboratory of Wood Science", "the Solovetsky Museum-Reserve": institutions, though
    Pomor is a people's name and "Laboratory" alone no person."""
    text = ("Dendrochronology: E. Lahtinen, Pomor Laboratory of Wood Science, Arkhangelsk. The files are in the "
            "Archive of the Solovetsky Museum-Reserve.\n")
    root = converted(tmp_path, text)
    orgs = set(names(root, "orgName"))
    assert "Pomor Laboratory of Wood Science" in orgs
    assert any("Museum-Reserve" in org for org in orgs)
    assert names(root, "persName") == ["E. Lahtinen"]


def test_the_name_in_brackets_that_spells_an_acronym_is_the_bodys(tmp_path):
    """"The AKO (Aktsionernoe Kamchatskoe Obshchestvo, …)": the transliterated words whose initials
    spell the acronym before the bracket are the company's name in full, not a person's; a surname's
    forenames in brackets stay a person's."""
    text = ("The coast was worked through the AKO (Aktsionernoe Kamchatskoe Obshchestvo, Joint-Stock Kamchatka "
            "Company). Comrade PETROV (Pavel Ivanovich) inspected it.\n")
    root = converted(tmp_path, text)
    assert "Aktsionernoe Kamchatskoe Obshchestvo" in names(root, "orgName")
    assert "Aktsionernoe Kamchatskoe Obshchestvo" not in names(root, "persName")
    assert "Pavel Ivanovich" in names(root, "persName")


def test_a_street_named_in_the_genitive_is_a_street_whatever_its_first_word(tmp_path):
    """"On Mira Street" (ulitsa Mira, of Peace): Mira is also a forename, but a street is a place."""
    text = "Register your route at the rescue office in Ust-Omchug, on Mira Street, and sign off on return.\n"
    root = converted(tmp_path, text)
    assert "Mira Street" in names(root, "placeName")
    assert not names(root, "persName")


def test_a_surname_in_the_plural_is_the_family_of_the_person_it_names(tmp_path):
    """"The STAROSTINS" after "STAROSTIN Nikolai Petrovich" in a list of the arrested: the brothers, not
    an acronym's body."""
    text = ("The following were arrested:\n1. STAROSTIN Nikolai Petrovich, born 1902;\n"
            "2. STAROSTIN Andrei Petrovich, born 1906.\n"
            "The materials establish that the STAROSTINS took hold of the society's leadership.\n")
    root = converted(tmp_path, text)
    assert "STAROSTINS" in names(root, "persName")
    assert not names(root, "orgName")


def test_a_scholar_and_a_cover_name_after_the_name_of(tmp_path):
    """"The Japanese orientalist HIRAI", "under the name of TUDUP": a calling and a naming noun before
    "of" say a person follows."""
    text = "He met the Japanese orientalist HIRAI in 1928 and visited Hailar in 1934 under the name of TUDUP.\n"
    assert {"HIRAI", "TUDUP"} <= set(names(converted(tmp_path, text), "persName"))


def test_a_unit_closing_a_heading_in_capitals_is_a_place(tmp_path):
    """"TO THE HEAD OF THE UNKVD FOR THE FAR EASTERN KRAI": the heading's words are cut out, but not
    the krai that closes it."""
    text = "TOP SECRET\n\nTO THE HEAD OF THE UNKVD FOR THE FAR EASTERN KRAI\nComrade LYUSHKOV G. S.\n\nReport.\n"
    root = converted(tmp_path, text)
    assert "FAR EASTERN KRAI" in names(root, "placeName")


def test_a_state_in_capitals_is_a_place_though_soviet_is_a_bodys_word(tmp_path):
    """"LAW OF THE RUSSIAN SOVIET FEDERATIVE SOCIALIST REPUBLIC": a republic closes the name, with no
    "of" inside it, so it is the state, not an institution; "DIRECTORATE OF THE NKVD FOR THE LENINGRAD
    OBLAST" stays a body and its region."""
    text = ("LAW OF THE RUSSIAN SOVIET FEDERATIVE SOCIALIST REPUBLIC\n\nON THE REHABILITATION OF VICTIMS\n\n"
            "Article 1.\n\nDIRECTORATE OF THE NKVD FOR THE LENINGRAD OBLAST\n\nReport.\n")
    root = converted(tmp_path, text)
    assert "RUSSIAN SOVIET FEDERATIVE SOCIALIST REPUBLIC" in names(root, "placeName")
    assert "DIRECTORATE" in names(root, "orgName")


def test_central_asian_names_with_their_honorifics_are_persons(tmp_path):
    """"KAKABAI-SERDAR", "DZHUNAID-KHAN", "Nadir-shah", "MIRZA ASADULLA": a Turkic or Persian honorific
    joined to a name, or before it, makes a person of a word in capitals of no Russian shape."""
    text = ("The band of KAKABAI-SERDAR crossed the Atrek. DZHUNAID-KHAN sends messengers from Herat. By order "
            "of Nadir-shah the Afghan authorities moved the nomads. A patrol detained MIRZA ASADULLA.\n")
    persons = " | ".join(names(converted(tmp_path, text), "persName"))
    for name in ("KAKABAI-SERDAR", "DZHUNAID-KHAN", "Nadir-shah", "ASADULLA"):
        assert name in persons


def test_turkic_places_by_their_parts_and_the_wells_of_the_steppe(tmp_path):
    """"Kara-Kum", "Kopet-Dag", "Takhta-Bazar", "Kizyl-Arvat": a Turkic word for sands, mountain or
    market closing a hyphened name, or a colour opening it, makes a place; so does "the wells"."""
    text = ("The bands withdrew into the Kara-Kum and the gorges of the Kopet-Dag. Our group from Takhta-Bazar "
            "and the manoeuvre group from Kizyl-Arvat met near the wells Chagyl and Orta-Kuyu.\n")
    root = converted(tmp_path, text)
    places = {"Kara-Kum", "Kopet-Dag", "Takhta-Bazar", "Kizyl-Arvat", "Chagyl", "Orta-Kuyu"}
    assert places <= set(names(root, "placeName"))
    assert not names(root, "persName") and not names(root, "orgName")


def test_a_footnotes_figure_after_a_name_or_a_date_hides_neither(tmp_path):
    """"Compiled by Memorial¹", "the order of 11.XII.1937¹": the superscript figure marks a footnote."""
    text = "The database was compiled by Memorial¹ from the order of 11.XII.1937¹ and its lists.\n"
    root = converted(tmp_path, text)
    assert "Memorial" in names(root, "orgName")
    assert date_values(root)["11.XII.1937"] == "1937-12-11"


def test_ships_in_the_plural_and_airships_are_not_persons(tmp_path):
    """'The icebreakers "Lenin", "Sadko" and "Malygin"', 'the airship "Graf Zeppelin"': ships."""
    text = ('In 1937 the icebreakers "Lenin", "Sadko" and "Malygin" were caught by the ice; in 1931 the '
            'airship "Graf Zeppelin" flew over Franz Josef Land.\n')
    assert not names(converted(tmp_path, text), "persName")


def test_a_court_of_a_town_named_after_a_saint_is_the_town_and_the_court(tmp_path):
    """"The St Petersburg City Court upheld the judgment": the town, then its court; "the church of St.
    Louis des Français" stays one place."""
    text = "The St Petersburg City Court upheld the judgment. Mass was said in St. Louis des Français.\n"
    root = converted(tmp_path, text)
    assert "City Court" in names(root, "orgName")
    assert "St. Louis des Français" in names(root, "placeName")


def test_bodies_of_the_genre_the_authority_now_knows(tmp_path):
    """Agitprop, GITIS and the Verkhovna Rada are bodies; the state after "of" stays apart."""
    text = ('The article was written "in the Agitprop". The lecturer of GITIS spoke. The Verkhovna Rada of '
            "Ukraine passed the law.\n")
    root = converted(tmp_path, text)
    assert {"Agitprop", "GITIS", "Verkhovna Rada"} <= set(names(root, "orgName"))
    assert "Ukraine" in names(root, "placeName")


def test_esperanto_bodies_by_their_words_for_an_association_and_a_union(tmp_path):
    """"Sennacieca Asocio Tutmonda", "Sovetrespublikara Esperantista Unio": bodies, not persons."""
    text = "He wrote to the Sennacieca Asocio Tutmonda in Paris and to the Sovetrespublikara Esperantista Unio.\n"
    root = converted(tmp_path, text)
    assert not names(root, "persName")
    assert {"Sennacieca Asocio Tutmonda", "Sovetrespublikara Esperantista Unio"} <= set(names(root, "orgName"))


def test_a_body_in_capitals_before_an_officials_initials_and_surname(tmp_path):
    """"The deputy chief of GUSMP N. M. YANSON": a word in capitals before initials and a surname in
    capitals is the body, not part of the name; "guards TOROPOV N. A. and Kuzma SHESTAKOV" stays two
    persons."""
    text = ("The deputy chief of GUSMP N. M. YANSON was arrested. Guards TOROPOV N. A. and Kuzma SHESTAKOV "
            "were on duty.\n")
    root = converted(tmp_path, text)
    assert "GUSMP" in names(root, "orgName")
    assert {"N. M. YANSON", "TOROPOV N. A.", "Kuzma SHESTAKOV"} <= set(names(root, "persName"))


def test_a_rising_promised_for_the_autumn_is_still_to_come(tmp_path):
    """A report of 12 June 1931: messengers "promising arms and a new rising in the autumn" speak of
    the autumn of 1931, not of the year before."""
    text = ("Border guard report\n12 June 1931\n\nIn April the bands crossed the river. Messengers are "
            "promising arms and a new rising in the autumn.\n")
    assert date_values(converted(tmp_path, text))["the autumn"] == "1931-09/1931-11"


def test_an_honorific_name_before_a_surname_in_capitals_and_a_mollas_title(tmp_path):
    """"The Ganja Committee is headed by Jafar-bek SULTANOV", "under Molla Rza ALIYEV", "the darga
    OORZHAK Lopsang": the honorific joins the name; a molla and a darga are titles."""
    text = ("The Ganja Committee is headed by Jafar-bek SULTANOV; the Ittihad groups are under Molla Rza ALIYEV. "
            "In the khoshun the darga OORZHAK Lopsang hid the cattle.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "Jafar-bek SULTANOV" in persons and "Rza ALIYEV" in persons and "OORZHAK Lopsang" in persons


def test_a_list_of_the_arrested_by_surname_in_capitals_and_forename_of_any_origin(tmp_path):
    """"— KUULAR Dazhy-Seren, commander of the regiment;": a Tuvan forename no list holds, after a
    surname in capitals, opening a list's line and followed by a description."""
    text = ("The following were arrested:\n— KUULAR Dazhy-Seren, commander of the cavalry regiment;\n"
            "— ONDAR Sambuu, Minister of Livestock;\n— SAAYA Balchyr, secretary of the Revsomol.\n")
    assert {"KUULAR Dazhy-Seren", "ONDAR Sambuu", "SAAYA Balchyr"} <= set(names(converted(tmp_path, text), "persName"))


def test_the_painter_after_a_work_and_by(tmp_path):
    """'"Venus with a Mirror" by Titian', "two portraits by Rembrandt": the painter; "a report by the
    NKVD" is no person."""
    text = ('The sale includes "Venus with a Mirror" by Titian and two portraits by Rembrandt, listed in a '
            "report by the NKVD.\n")
    root = converted(tmp_path, text)
    assert {"Titian", "Rembrandt"} <= set(names(root, "persName"))
    assert "NKVD" not in names(root, "persName")


def test_the_art_trade_and_the_assemblies_of_tuva(tmp_path):
    """Antikvariat, the Hermitage, a gallery, the Little Khural and a faith's community are bodies;
    Alash is the Kazakh party; Jordania is the Georgian Menshevik."""
    text = ("Through Antikvariat the Hermitage sold paintings to the Matthiesen Gallery. The Little Khural "
            "met. The Jewish Community read the Kaddish. He was a member of Alash. The Mensheviks of "
            "JORDANIA met in Paris.\n")
    root = converted(tmp_path, text)
    orgs = set(names(root, "orgName"))
    assert {"Antikvariat", "Hermitage", "Matthiesen Gallery", "Little Khural", "Alash"} <= orgs
    assert any("Jewish Community" in org for org in orgs)
    assert "JORDANIA" in names(root, "persName")


def test_what_a_report_proposes_is_still_to_come(tmp_path):
    """"We propose: to arrest in December the members of the committee", in a report of 11 November
    1925 that has told of 1924: December 1925."""
    text = ("Baku, 11.XI.1925\n\nIn the spring of 1924 the committee met in Ganja, and in the summer of 1924 "
            "in Shusha.\n\nWe propose: to arrest in December the members of the committee.\n")
    assert date_values(converted(tmp_path, text))["December"] == "1925-12"


def test_a_forename_that_is_also_an_english_word_repeated_inside_sentences_is_a_person(tmp_path):
    """"Vera" is an English word too (Webster's), but a text that writes "with Vera", "denounces Vera",
    "Vera's cell" names a woman; "Art. 58" three times is no man."""
    text = ("Nino lives with Vera in two rooms. The neighbour denounces Vera and hides her letters. Lepp shares "
            "Vera's cell. He was sentenced under Art. 58, like Art. 58 prisoners, by Art. 58.\n")
    root = converted(tmp_path, text)
    assert names(root, "persName").count("Vera") == 3
    assert "Art" not in names(root, "persName")


def test_counties_and_the_villages_families_were_taken_from(tmp_path):
    """"Orgeyev county — 1,890 families", "1,477 families (5,512 persons) from Albat, Shuri and
    Kuchuk-Syuren": the county is a unit, and the names after a count of families and "from" are
    villages, whatever their shape; "the Greek Catholic parishes" is no place."""
    text = ("MGB OF THE MOLDAVIAN SSR\n\nOrgeyev county — 1,890 families. Bakhchisarai raion — 1,477 families "
            "(5,512 persons) from Albat, Shuri and Kuchuk-Syuren. 317 families from Koporye and Lopukhinka. "
            "The group administers the Greek Catholic parishes.\n")
    root = converted(tmp_path, text)
    places = set(names(root, "placeName"))
    assert {"Orgeyev county", "Albat", "Shuri", "Kuchuk-Syuren", "Koporye", "Lopukhinka"} <= places
    assert not any("parishes" in place for place in places)
    assert not names(root, "persName")


def test_orders_named_after_persons_and_the_revolution_named_by_its_month(tmp_path):
    """"He was awarded the Order of Lenin and two Orders of the Red Banner": orders, no persons; "in
    the days of the Great October … in March 1918 … That summer": the revolution is no date, and the
    summer is 1918's."""
    text = ("Pravda, 13 December 1967\n\nIn the days of the Great October he guarded Smolny, and in March 1918 he "
            "escorted the Government to Moscow. That summer he joined the Cheka. He was awarded the Order of "
            "Lenin and two Orders of the Red Banner.\n")
    root = converted(tmp_path, text)
    assert not names(root, "persName")
    values = date_values(root)
    assert "October" not in values
    assert values["summer"] == "1918-06/1918-08"


def test_a_diarys_entries_are_in_the_year_its_title_names_whatever_the_editors_note_says(tmp_path):
    """"FROM A TEACHER'S DIARY. KASHIN, 1937", an editor's note on the author (1899–1984), who taught
    "from 1924 to 1959", then "3 January. …": the entries are 1937's, not of a year near 1959."""
    text = ("V. A. SOKOLOVA\nFROM A TEACHER'S DIARY. KASHIN, 1937\n\nPublished from the manuscript notebook. "
            "The author (1899–1984) taught Russian at the secondary school from 1924 to 1959.\n\n"
            "3 January. Back to lessons tomorrow.\n\n25 January. The loudspeaker gives us the trial.\n")
    values = date_values(converted(tmp_path, text))
    assert values["3 January"] == "1937-01-03"
    assert values["25 January"] == "1937-01-25"


def test_philharmonics_conservatories_lyceums_and_numbered_operational_groups(tmp_path):
    """Institutions named by their kind, and "operational group No. 5" of a deportation's orders."""
    text = ("He taught at the Moscow State Conservatory and played in the Moscow State Philharmonic. The "
            "pupils of Berdychiv Lyceum No. 4 wrote it. Laudona volost: operational group No. 3 (Captain "
            "SAVCHENKO P. I.): 96 families.\n")
    orgs = " | ".join(names(converted(tmp_path, text), "orgName"))
    for body in ("State Conservatory", "State Philharmonic", "Lyceum", "operational group No. 3"):
        assert body in orgs


def test_bodies_of_the_camps_the_writers_the_sports_and_the_war_the_authority_now_knows(tmp_path):
    """USLON, VAPLITE, Prolitfront, Lokomotiv, the Luftwaffe and a Kommando are bodies, not persons."""
    text = ("Copy: Head of USLON Comrade EIKHMANS. The group consisted of former members of VAPLITE and "
            "Prolitfront. The club joined the Lokomotiv sports society. He served in the Luftwaffe, then in the "
            "Arājs Kommando.\n")
    root = converted(tmp_path, text)
    orgs = " | ".join(names(root, "orgName"))
    for body in ("USLON", "VAPLITE", "Prolitfront", "Lokomotiv", "Luftwaffe", "Kommando"):
        assert body in orgs
    assert names(root, "persName") == ["EIKHMANS"]


def test_yakut_units_belarusian_forests_and_an_ust_town_whose_parts_are_english_words(tmp_path):
    """"The Churapchinsky nasleg", "the Lipichanskaya pushcha", "the post at Ust-Maya": Webster's lists
    "ust" and "maya", but a name opening with Ust- is a place."""
    text = ("He was of the Churapchinsky nasleg. The band seized the post at Ust-Maya and hid in the "
            "Lipichanskaya pushcha.\n")
    root = converted(tmp_path, text)
    places = set(names(root, "placeName"))
    assert {"Churapchinsky nasleg", "Ust-Maya", "Lipichanskaya pushcha"} <= places
    assert not names(root, "persName")


def test_the_colonies_sponsors_and_the_white_volunteers_are_bodies(tmp_path):
    """Agro-Joint, Hechalutz, "the American Jewish Joint Agricultural Corporation" and "the Siberian
    Volunteer Druzhina" are bodies."""
    text = ("The funds come from the American Jewish Joint Agricultural Corporation, called here Agro-Joint. "
            "The communes were set up by the legal Hechalutz. He served in the Siberian Volunteer Druzhina.\n")
    orgs = set(names(converted(tmp_path, text), "orgName"))
    assert {"Agro-Joint", "Hechalutz", "Siberian Volunteer Druzhina"} <= orgs
    assert any("Agricultural Corporation" in org for org in orgs)
