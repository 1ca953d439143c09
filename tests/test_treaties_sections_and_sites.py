"""What the thirty-first round of issue 15 read (set AG): a report on foreign fishing concessions, a
works' report with the day of an opening, a eulogy, a conservator's report in numbered sections, a
hiking guide, a report on lamas and their monasteries, a report on colonists, a sports society's case.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values


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


def test_a_number_sign_does_not_end_the_sentence_that_tells_the_story_year(tmp_path):
    """"In August 1937 the NKVD began what its order No. 00485 called the Polish operation, and on the
    night of 2 October …": the full stop of "No." ends no sentence, so 2 October is still 1937's."""
    text = ("Words spoken at the cemetery on 19 November 2011\n\n"
            "In August 1937 the NKVD began what its order No. 00485 called the Polish operation, and on the "
            "night of 2 October her father was taken from the house.\n")
    assert date_values(converted(tmp_path, text))["2 October"] == "1937-10-02"
