"""What the nineteenth round of issue 15 read in reference works and official registers: an
encyclopedia's life dates given in both calendars, a book index's months in abbreviation, an act's
letterhead whose place and date are set apart by spaces, an evacuation report's route, an address
closing on its town, and towns renamed after leaders.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup and date values.
"""

from __future__ import annotations

from conftest import converted, date_values, names, persons, places


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
