"""What the twenty-seventh round of issue 15 read: a parish bulletin dated by its week, an NKVD report
on Xinjiang with Chinese names in capitals, an MGB report on the settlements of an oblast.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values


def test_a_section_with_no_date_of_its_own_is_in_the_week_its_title_named(tmp_path):
    """A newsletter headed "Week of 9–15 March 2020" lists its events under a heading of their own,
    each with its weekday; the weekday falls in the title's week, not in a year the text tells of."""
    text = ("ST ANNE'S PARISH\nNEWSLETTER No. 11 · Week of 9–15 March 2020\n(Large-print copies at the door)\n\n"
            "THIS WEEK\n"
            "Tuesday 10 March — Evensong, 18:00\nSaturday 14 March — Requiem for the martyrs of the parish, 10:00\n\n"
            "On 2 March 1937 the vicar was arrested; he was shot on 20 March.\n")
    values = date_values(converted(tmp_path, text))
    assert values["10 March"] == "2020-03-10"
    assert values["14 March"] == "2020-03-14"


def test_a_day_in_the_two_months_before_the_documents_date_is_of_its_year(tmp_path):
    """Minutes of 17 February 2016 say a file "was received on 12 January", after telling of a petition
    of April 2015: five weeks before the meeting is the meeting's January, not the petition's."""
    text = ("MINUTES No. 3\nof the session of the town council\n\nLutsk, 17 February 2016\n\n"
            "The petition of the Memorial society was lodged on 9 April 2015. The court ruled in 1957 that the "
            "teacher was innocent. The file was received from the archive on 12 January and read by the "
            "deputies.\n")
    assert date_values(converted(tmp_path, text))["12 January"] == "2016-01-12"
