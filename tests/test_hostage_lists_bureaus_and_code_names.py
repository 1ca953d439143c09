"""What the twenty-first round of issue 15 read in lists and reports: a provincial Cheka's list of
hostages with each person's estate and village, a prison design bureau's quarterly report under
Roman-numeral headings, an MGB summary of agents' reports on a writer with a resolution in pencil.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names

HOSTAGES = """\
LIST OF HOSTAGES

1. SOROKIN Ivan Petrovich; Meshchanin; shoemaker; V. Ivanovskoe, Lipovka vol.
2. MAKAROV Pavel Ilyich; merchant of the 1st guild; V. Dmitrievka, Lipovka vol.
3. ORLOVA Anna Semenovna; Meshchanka; seamstress; Town of Penza.

Taken on 12.V.1919. Comr. Belov and Comr. Ostrovsky signed the list.
"""


def test_a_hostage_list_gives_each_persons_estate_and_village_but_names_only_the_persons(tmp_path):
    """The estate in a cell of its own ("Meshchanin", ending like a surname) is nobody; "V." before a
    village's name ("V. Ivanovskoe": -skoe, -evka end no surname) abbreviates the village, it is no
    initial; "Comr." is the comrade's title, not a name."""
    root = converted(tmp_path, HOSTAGES)
    assert names(root, "persName") == ["SOROKIN Ivan Petrovich", "MAKAROV Pavel Ilyich", "ORLOVA Anna Semenovna",
                                       "Belov", "Ostrovsky"]
    assert ["Ivanovskoe", "Dmitrievka"] == [p for p in names(root, "placeName") if p.endswith(("skoe", "evka"))]


def test_a_merchants_guild_is_no_day_of_the_month(tmp_path):
    """"of the 1st guild" is an ordinal of a merchants' guild, not the first of May."""
    assert date_values(converted(tmp_path, HOSTAGES)) == {"12.V.1919": "1919-05-12"}


BUREAU = """\
REPORT ON THE WORK OF THE SPECIAL TECHNICAL BUREAU IN THE II QUARTER OF 1940

I. General
In the II quarter of 1940 the design bureau TsKB-29 finished the drawings of two machines; OKB-1 and
NII-88 received the engines. The prototype PB-100 flew on 3 May 1940.
II. Staff
The prisoners worked in three brigades.
V. Proposals
To release the engineers of the brigades by the III quarter of 1940.
"""


def test_a_quarter_numbered_in_roman_figures_is_its_three_months(tmp_path):
    """Soviet plans count quarters in Roman figures: "the II quarter of 1940" is April to June 1940,
    the numeral no place before a site's word ("quarter")."""
    values = date_values(converted(tmp_path, BUREAU))
    assert values["the II quarter of 1940"] == "1940-04/1940-06"
    assert values["the III quarter of 1940"] == "1940-07/1940-09"
    assert "II" not in names(converted(tmp_path, BUREAU), "placeName")


def test_a_reports_roman_numeral_headings_are_no_initials(tmp_path):
    """With "I." and "II." opening lines, "V. Proposals" is the fifth section, not a person."""
    assert names(converted(tmp_path, BUREAU), "persName") == []


def test_a_bureau_numbered_with_a_hyphen_is_an_institution_and_an_aircraft_is_not(tmp_path):
    """"TsKB-29", "OKB-1", "NII-88" are design bureaus and institutes by their numbers; "PB-100" is a
    machine's name."""
    assert names(converted(tmp_path, BUREAU), "orgName") == ["TsKB-29", "OKB-1", "NII-88"]


SUMMARY = """\
MINISTRY OF STATE SECURITY OF THE USSR
14 October 1948

1. Agent "Kama", report of 2 October 1948. The writer said his novel "Steel Days" (Sovetsky Pisatel,
1940) would not be reprinted; a book of sketches (Voenizdat, 1944) was sold out.
2. Agent "Kama", report of 9 October 1948. In the offices of Sovetsky Pisatel he learned the news.
The loans of Sovtorgflot were discussed.

Notes
1. In the report of "Kama" the surname is typed wrongly.
"""


def test_an_agents_code_name_stays_the_agent_where_it_is_also_a_river(tmp_path):
    """'Agent "Kama"' names the agent; 'the report of "Kama"' later is the same agent, not the river
    the gazetteers know."""
    root = converted(tmp_path, SUMMARY)
    assert names(root, "persName") == ["Kama", "Kama", "Kama"]
    assert "Kama" not in names(root, "placeName")


def test_a_publisher_bracketed_after_a_title_is_an_institution_wherever_the_text_names_it(tmp_path):
    """'"Steel Days" (Sovetsky Pisatel, 1940)' gives the publisher; "the offices of Sovetsky Pisatel"
    is the same house, and "Voenizdat", "Sovtorgflot" are a publisher and a fleet by their stems."""
    assert names(converted(tmp_path, SUMMARY), "orgName")[1:] == [
        "Sovetsky Pisatel", "Voenizdat", "Sovetsky Pisatel", "Sovtorgflot"]  # after the letterhead's ministry


def test_a_surname_that_ends_like_an_adjective_is_a_name_after_initials_or_a_forename(tmp_path):
    """-ian, -ist, -ic end adjectives ("Armenian", "Marxist"), and surnames too: after initials ("B. K.
    Lindqvist") or after a forename no list knows ("Vartan Melikian"), a word that is no English one
    is the surname; "the Armenian delegates" stays a people's adjective."""
    root = converted(tmp_path, "The register was compiled by B. K. Lindqvist and checked by D. Jovanovic. "
                               "The arrest of Vartan Melikian followed. The Armenian delegates protested.\n")
    assert names(root, "persName") == ["B. K. Lindqvist", "D. Jovanovic", "Vartan Melikian"]


def test_a_resident_who_signs_with_his_cover_name_is_a_person(tmp_path):
    """'Resident (signature) "Zarya"': the role, the bracketed mark of a signature, and the cover name
    in quotation marks that a report is signed with."""
    root = converted(tmp_path, "The sums were paid out on 3 May.\n\nResident (signature) \"Zarya\"\n")
    assert names(root, "persName") == ["Zarya"]


def test_a_camp_point_bracketed_with_its_settlement_gives_the_place(tmp_path):
    """'OLP No. 7 (Karazhal)': one word in brackets after a numbered camp point is where it stands,
    even a settlement no gazetteer knows."""
    root = converted(tmp_path, "Prisoners are released at OLP No. 3 (Kuzhbai), OLP No. 9 (Tastau-Kol) and the "
                               "central camp.\n")
    assert ["Kuzhbai", "Tastau-Kol"] == [p for p in names(root, "placeName") if p in ("Kuzhbai", "Tastau-Kol")]


def test_two_institutions_joined_by_and_are_two(tmp_path):
    """"the District Museum and Tomsk State University" are a museum and a university, each ending in
    an institution's word; "the Department of Material and Technical Supply" stays one department."""
    root = converted(tmp_path, "The site was studied by the District Museum and Tomsk State University.\n")
    assert "District Museum" in names(root, "orgName")
    assert "Tomsk" in names(root, "placeName")


def test_a_catalogues_transliterated_subject_headings_name_camps_commissions_and_directorates(tmp_path):
    """Library subject headings romanise Russian and Ukrainian bodies: "lager'" (its apostrophe the
    soft sign), "komissiia", "upravlinnia" make the words around them one institution, not a person,
    and the headings' double hyphen is no part of it."""
    root = converted(tmp_path, "Subjects:    Vorkutinskii lager' osobogo naznacheniia -- History.\n"
                               "             Ukraine. Derzhavne politychne upravlinnia -- Sources.\n")
    assert names(root, "orgName") == ["Vorkutinskii lager' osobogo naznacheniia", "Derzhavne politychne upravlinnia"]
    assert names(root, "persName") == []


def test_a_camp_named_by_its_town_gives_the_town_but_a_camp_administration_stays_one(tmp_path):
    """"the Ostashkov camp": the town shaped like a surname is where the camp stood; "the Kraslag camp"
    and "the MVD camp" are named by the administration that ran them."""
    root = converted(tmp_path, "The prisoners came from the Ostashkov camp and later from the Kraslag camp "
                               "and the MVD camp.\n")
    assert names(root, "placeName") == ["Ostashkov"]
    assert names(root, "persName") == []
    assert "Kraslag" in names(root, "orgName")


def test_an_institution_named_by_its_members_possessive_is_one_name(tmp_path):
    """"the Russian Emigrants' Committee": the plural's possessive apostrophe stays inside the name."""
    root = converted(tmp_path, "The Russian Emigrants' Committee in Harbin and the Old Believers' Council "
                               "asked for the lists.\n")
    assert names(root, "orgName") == ["Russian Emigrants' Committee", "Old Believers' Council"]


def test_a_catalogue_records_call_number_and_isbn_hold_no_dates(tmp_path):
    """The year that closes a call number ("DK508.833.B35 V76 2016") is part of the shelfmark, and an
    ISBN's digit groups are none; the imprint's year is the record's date."""
    root = converted(tmp_path, "Title: The Cheka in Kiev, 1918-1921.\nPublished: Kyiv : Smoloskyp, 2016.\n"
                               "Call number: DK508.833.B35 V76 2016\nISBN: 978-5-1234-1937-2\n")
    assert date_values(root) == {"1918-1921": "1918/1921", "2016": "2016"}
    assert len(names(root, "date")) == 2


def test_a_station_named_like_a_surname_is_a_place(tmp_path):
    """"at the Belorussky railway station": the word before the station's is where one travels from."""
    root = converted(tmp_path, "On 15 September, at the Belorussky railway station, he saw his friend off.\n")
    assert names(root, "persName") == []
    assert names(root, "placeName")[:1] == ["Belorussky"]


def test_a_gubernia_before_the_cheka_it_serves_is_the_territory(tmp_path):
    """"the Tambov Guberniya Extraordinary Commission": the genre authority knows the Extraordinary
    Commission; the town and its unit before it are the gubernia, not lost with the rules' whole."""
    root = converted(tmp_path, "REPORT\nof the Tambov Guberniya Extraordinary Commission on the rising in the "
                               "uezd.\n")
    assert names(root, "placeName") == ["Tambov Guberniya"]
    assert names(root, "orgName") == ["Extraordinary Commission"]


def test_a_name_quoted_in_cyrillic_is_read_in_latin_letters(tmp_path):
    """A translation gives a record's original form: "Лукьянов Пётр Ильич" has a patronymic,
    "Кох Вальтер" a forename, once read in Latin letters; "Минск" is the town, "НКВД" the institution,
    "Ежов" a surname by its ending. Cyrillic words the lists cannot read are left as before."""
    root = converted(tmp_path, 'The card gives him as "Лукьянов Пётр Ильич"; his neighbour appears as "Кох '
                               'Вальтер". Both were taken to Минск by the НКВД on the orders of Ежов.\n')
    assert names(root, "persName") == ["Лукьянов Пётр Ильич", "Кох Вальтер", "Ежов"]
    assert "Минск" in names(root, "placeName")
    assert "НКВД" in names(root, "orgName")


def test_an_acronym_bracketed_after_a_quoted_institution_is_the_institution(tmp_path):
    """'the "Union for the Freedom of Georgia" (TVU)': the quotation marks around the name before the
    bracket do not make the acronym a surname in brackets."""
    root = converted(tmp_path, 'Members of the "Union for the Freedom of Georgia" (TVU) were tried in 1931.\n')
    assert "TVU" in names(root, "orgName")
    assert names(root, "persName") == []


def test_a_file_number_in_an_archival_citation_is_no_year_but_a_year_of_death_is(tmp_path):
    """"op. 1, d. 1892": after the inventory, "d." is the file (delo) and its number no year; "b. 1891,
    d. 1938" in a life's dates stays the year of death."""
    root = converted(tmp_path, "Source: GARF, f. R-9414, op. 1, d. 1892, ll. 77-79. The engineer (b. 1891, "
                               "d. 1938) was shot.\n")
    assert date_values(root) == {"1891": "1891", "1938": "1938"}


def test_a_quarter_named_alone_takes_the_year_the_report_is_in(tmp_path):
    """"In the II quarter", "in the 3rd quarter", "for the fourth quarter": a quarter with no year is
    its three months in the report's year, as a season alone is; with "of 1941" it keeps that year."""
    values = date_values(converted(tmp_path, "REPORT FOR 1940\n14 October 1940\n\nIn the II quarter the bureau "
                                             "finished the drawings, against 974 in the 3rd quarter. The plan for "
                                             "the fourth quarter is set; for the first quarter of 1941 too.\n"))
    assert values["the II quarter"] == "1940-04/1940-06"
    assert values["the 3rd quarter"] == "1940-07/1940-09"
    assert values["the fourth quarter"] == "1940-10/1940-12"
    assert values["the first quarter of 1941"] == "1941-01/1941-03"
