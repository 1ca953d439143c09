"""What the nineteenth round of issue 15 read in reference works and official registers: an
encyclopedia's life dates given in both calendars, a book index's months in abbreviation, an act's
letterhead whose place and date are set apart by spaces, an evacuation report's route, an address
closing on its town, and towns renamed after leaders.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup and date values.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_an_old_style_marker_before_a_day_makes_that_day_the_julian_one(tmp_path):
    """"Born 15 March 1898 [O.S. 3 March]": the marker opens the Julian form in the brackets, so the
    day before it is already Gregorian and both name one day, 1898-03-15."""
    found = date_values(converted(tmp_path, "Lapin, Ivan. Born: 15 March 1898 [O.S. 3 March], Dvinsk. "
                                            "Died 2 November 1942.\n"))
    assert found["15 March 1898"] == "1898-03-15"
    assert found["3 March"] == "1898-03-15"


def test_a_day_marked_old_style_after_it_is_still_moved_to_the_gregorian_calendar(tmp_path):
    found = date_values(converted(tmp_path, "The strike began on 9 January 1905 (O.S.) at the works.\n"))
    assert found["9 January 1905"] == "1905-01-22"


def test_months_in_abbreviation_joined_by_a_dash_are_one_range(tmp_path):
    """An index's "(Aug.–Dec. 1937)" is five months, not December alone."""
    found = date_values(converted(tmp_path, "Troikas, lists signed by (Aug.–Dec. 1937), 96–101; "
                                            "reports of Sept. - Nov. 1938, 120.\n"))
    assert found["Aug.–Dec. 1937"] == "1937-08/1937-12"
    assert found["Sept. - Nov. 1938"] == "1938-09/1938-11"


def test_a_letterhead_that_sets_its_date_apart_by_spaces_or_a_tab_opens_with_its_place(tmp_path):
    """An act's letterhead puts the town at the left and the date at the right, spaces or a tab
    between: the town is where the act was drawn up, even one named after a leader."""
    root = converted(tmp_path, "ACT OF TRANSFER\n\n"
                               "Kalinin                                   12 March 1956\n\n"
                               "The commission met.\n\n"
                               "Rzhev\t\t3 April 1938\n")
    assert names(root, "placeName") == ["Kalinin", "Rzhev"]
    assert names(root, "persName") == []


def test_a_route_of_three_stages_names_places_at_its_ends_too(tmp_path):
    """"route: Gusyatin – Yarmolintsy – Proskurov": one town the gazetteers know makes the route's
    stages places, its first and last as well as those between dashes."""
    root = converted(tmp_path, "EVACUATION REPORT\n\n"
                               "Column No. 2 (convoy: Lieutenant SHAKHNAZAROV), route: Gusyatin – Yarmolintsy – "
                               "Proskurov.\n")
    assert names(root, "placeName") == ["Gusyatin", "Yarmolintsy", "Proskurov"]
    assert names(root, "persName") == ["SHAKHNAZAROV"]


def test_a_single_dash_between_a_town_and_a_name_is_no_route(tmp_path):
    """A telegram's address line "MOSCOW – YEZHOV" has one dash: its second name is the addressee."""
    root = converted(tmp_path, "CIPHER TELEGRAM\n\nMOSCOW – YEZHOV\n\nThe operation is complete.\n")
    assert "YEZHOV" in names(root, "persName")


def test_an_address_closing_on_a_town_after_the_house_number_names_the_town(tmp_path):
    root = converted(tmp_path, "ACT\n\nThe files are kept in the building at Sovetskaya Street, house 3, Kalinin.\n")
    assert "Kalinin" in names(root, "placeName")
    assert names(root, "persName") == []


def test_towns_named_after_leaders_are_towns_where_the_text_renames_them(tmp_path):
    """A bracket that gives a town's other name with its years, or "the former" name, makes the name
    before or inside it a town, though the genre's authority knows a leader of that name."""
    root = converted(tmp_path, "PLAQUES\n\n"
                               "Plaques in Samara (from 1935 to 1991 called Kuibyshev) mark the houses. Coal "
                               "was found at the mines of Artemovsk and of Stalin (the former Yuzovka), which "
                               "are in the okrug. Katharinenfeld (Luxemburg from 1921, now Bolnisi) was a "
                               "German colony.\n")
    assert {"Kuibyshev", "Stalin", "Katharinenfeld"} <= set(names(root, "placeName"))
    assert names(root, "persName") == []


def test_a_leader_is_still_a_person_beside_a_town_in_a_bracket_of_his_own(tmp_path):
    """"Molotov (Skryabin)" gives the leader's real name, not the town's."""
    root = converted(tmp_path, "NOTES\n\nThe order was signed by Molotov (Skryabin) in 1939.\n")
    assert "Molotov" in names(root, "persName")


def test_a_red_cross_society_is_an_organisation_not_a_place_called_cross(tmp_path):
    """A tracing service's letters name Red Cross societies of several countries: each is an
    organisation, and "Cross" beside a town in a list is no place."""
    root = converted(tmp_path, "CORRESPONDENCE\n\nTo the Swedish Red Cross, Stockholm.\n\n"
                               "The Alliance of Red Cross and Red Crescent Societies of the USSR replied from "
                               "Moscow; the Political Red Cross had closed in 1938.\n")
    orgs = names(root, "orgName")
    assert "Red Cross" in orgs and "Political Red Cross" in orgs
    assert any(org.startswith("Alliance of Red Cross") for org in orgs)
    assert "Cross" not in names(root, "placeName")


def test_four_capitals_ending_like_a_surname_are_an_archives_acronym(tmp_path):
    """An act's list of copies and its signatures name an archive by four capitals ("GAKO"); a surname's
    ending ("-ko") alone is too little to make so short a word a person."""
    root = converted(tmp_path, "ACT\n\nK. I. SOKOLOVA, director of the GAKO, signed.\n\n"
                               "The act is drawn up in three copies: 1st — GAU MVD SSSR, Moscow; 2nd — GAKO; "
                               "3rd — UKGB.\n")
    assert names(root, "orgName").count("GAKO") == 2
    assert names(root, "persName") == ["K. I. SOKOLOVA"]


def test_german_police_ranks_before_a_name_make_it_a_person(tmp_path):
    root = converted(tmp_path, "RECORD OF INTERROGATION\n\nPresent:\nKriminalkommissar Wernicke\n"
                               "Kriminalsekretär Brandes, as recorder\n")
    assert names(root, "persName") == ["Wernicke", "Brandes"]


def test_a_german_compound_name_of_an_institution_is_an_organisation(tmp_path):
    """A grant line names its funder in German: "Forschungsgemeinschaft" ends as institutions do, not
    as a person's name."""
    root = converted(tmp_path, "PROPOSAL\n\nSubmitted to the Deutsche Forschungsgemeinschaft (DFG) on 15 "
                               "October 2024.\n")
    assert any("Forschungsgemeinschaft" in org for org in names(root, "orgName"))
    assert names(root, "persName") == []


def test_a_place_opened_by_an_ordinal_is_a_place(tmp_path):
    root = converted(tmp_path, "AFTERWORD\n\nHe died in the transit camp at Vtoraya Rechka outside Vladivostok; "
                               "his friend Andrei Bely had died earlier.\n")
    assert names(root, "placeName") == ["Vtoraya Rechka", "Vladivostok"]
    assert names(root, "persName") == ["Andrei Bely"]


def test_an_initial_that_ends_a_line_is_no_title_for_the_next_lines_first_word(tmp_path):
    """"… LAPIN A. M." then "Meeting of 12 November": the initial "M." above is no "M." (Monsieur)
    before "Meeting"."""
    root = converted(tmp_path, "AGENT REPORT\n\nReceived by: operative plenipotentiary LAPIN A. M.\n"
                               "Meeting of 12 November 1929, at the conspiratorial flat.\n")
    assert names(root, "persName") == ["LAPIN A. M."]


def test_a_code_name_after_a_label_is_a_person(tmp_path):
    """An agent report's header gives the source's code name after a label and a colon; the same
    quoted name signs the report."""
    root = converted(tmp_path, "AGENT REPORT\n\nSource: \"Sverchok\"\nReceived by: LAPIN A. M.\n\n"
                               "The engineers complain of the turbines.\n\n\"Sverchok\"\n")
    assert names(root, "persName").count("Sverchok") == 2


def test_a_streets_former_name_after_it_is_a_street(tmp_path):
    """"Gorky Street, formerly Tverskaya", "Kuibyshev Street, the former Dvoryanskaya": the second name is
    the street's old one, however like a woman's surname it ends."""
    root = converted(tmp_path, "MEMOIR\n\nWe lived at the Hotel Lux on Gorky Street, formerly Tverskaya. She "
                               "worked at the pharmacy on Kuibyshev Street, the former Dvoryanskaya, and lived "
                               "above it.\n")
    assert {"Tverskaya", "Dvoryanskaya"} <= set(names(root, "placeName"))
    assert names(root, "persName") == []


def test_a_town_opened_by_the_older_word_for_upper_is_a_place(tmp_path):
    root = converted(tmp_path, "ACT\n\nFond R-2415. Corrective Labour Colony No. 4 (ITK-4), Vyshny Volochek. "
                               "March 1937 – December 1948. 640 files.\n")
    assert "Vyshny Volochek" in names(root, "placeName")
    assert names(root, "persName") == []


def test_numbered_departments_hospitals_and_pharmacies_are_institutions(tmp_path):
    root = converted(tmp_path, "REPORT\n\nOp. plenipotentiary of the 1st Dept. of the EKU Lapin. She worked at "
                               "Pharmacy No. 1; he headed the children's department of the 1st City Hospital "
                               "and later of the Botkin Hospital.\n")
    orgs = names(root, "orgName")
    assert {"Pharmacy No. 1", "1st City Hospital", "Botkin Hospital"} <= set(orgs)
    assert any(org.startswith("1st Dept") for org in orgs)


def test_an_institutions_word_opening_a_line_names_no_institution(tmp_path):
    """"Prison staff: 96 persons" counts the staff of the prison just named; "Prison" is no name."""
    root = converted(tmp_path, "REPORT\n\nThe archive of Prison No. 1 was burnt.\n\n"
                               "Prison staff: 96 persons evacuated, 7 failed to report.\n")
    assert names(root, "orgName") == ["Prison No. 1"]


def test_baltic_counties_archives_and_gubernia_bodies(tmp_path):
    """A grant proposal's Estonian counties and archive, a postal district that is no organisation, and
    a 1920s gubernia department in its compound name."""
    root = converted(tmp_path, "PROPOSAL\n\nFiles from Võru County and Valga County, held by the Rahvusarhiiv. "
                               "Address: Berlin SW 11. The fond bears the name \"Tver Gubadmotdel\".\n")
    assert {"Võru County", "Valga County"} <= set(names(root, "placeName"))
    assert {"Rahvusarhiiv", "Gubadmotdel"} <= set(names(root, "orgName"))
    assert "SW" not in names(root, "orgName")


def test_the_centre_of_an_autonomous_oblast_is_a_place_in_an_index(tmp_path):
    root = converted(tmp_path, "INDEX\n\nTskhinvali (Staliniri, 1934–61), 160–63\nwriters, 12\n")
    assert "Tskhinvali" in names(root, "placeName")


def test_a_baltic_surnames_native_form_in_a_bracket_is_the_same_person(tmp_path):
    """An informer's list gives a Latvian's Russian surname and, in brackets, his own ("KALNIN
    (also Kalninsh)"); a word merely derived from a name stays out ("the Putilov ("Red Putilovets")
    works")."""
    root = converted(tmp_path, "LIST\n\n2. KALNIN Ya. K. (also Kalninsh) — Latvian optant, in the USSR since "
                               "1921.\n")
    assert names(root, "persName") == ["KALNIN Ya. K.", "Kalninsh"]
