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
