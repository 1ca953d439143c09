"""Dates in the writer's own time, as the eighteenth round of issue 15 read them in texts that look
back on the 1930s from decades later: a blog's byline, a broadcast's recording line, a syllabus's
schedule, a lesson plan's homework and museum visit. A day and month with no year there is often the
writer's, not the story's: the text says so by a byline, a weekday or a word like "due".

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
date values.
"""

from __future__ import annotations

from conftest import converted, date_values

BLOG = """\
Looking for Grandfather, part 2: the file is here!

Posted on 14 March 2019 by Olga Ferris

At last the file came. My grandfather was arrested on 17 November 1937 in Kharkov. On November 22 he
denies everything. By the 9th of December he "confesses" and names two men from his shop.

In 1958 he was rehabilitated. In 1996 my father, his only son, died without ever seeing the file.

The archive had told me by email on Feb. 11 to apply in person, so this was a surprise.
"""


def test_a_blogs_byline_dates_the_blog(tmp_path):
    """"Posted on …" gives the blog its own date: a day the writer tells of her own search is of
    that year, not of the story her grandfather's file tells."""
    found = date_values(converted(tmp_path, BLOG))
    assert found["14 March 2019"] == "2019-03-14"
    assert found["Feb. 11"] == "2019-02-11"


def test_a_deadline_in_historical_present_stays_in_the_story_its_paragraph_tells(tmp_path):
    """"By the 9th of December he confesses", after a paragraph's days of 1937, is December 1937, not
    the December after the blog was posted."""
    found = date_values(converted(tmp_path, BLOG))
    assert found["November 22"] == "1937-11-22"
    assert found["the 9th of December"] == "1937-12-09"


def test_a_broadcasts_next_programme_is_in_the_week_it_was_recorded(tmp_path):
    """The recording line dates the programme; "Next Sunday, 25 November" is the Sunday after it,
    whatever years the programme talked about."""
    text = ("RADIO NORD — VOICES OF THE BORDER\n"
            "Recorded Thursday 15 November 2007, Helsinki.\n\n"
            "ANNA: In March 1935 the frontier zone was cleared. In 1942 the last families left, and in "
            "1990 the first of them came back.\n\n"
            "ANNA: Next Sunday, 25 November: the villages of the Setos.\n")
    found = date_values(converted(tmp_path, text))
    assert found["15 November 2007"] == "2007-11-15"
    assert found["25 November"] == "2007-11-25"


def test_a_syllabus_dates_its_weeks_by_the_term_its_title_names(tmp_path):
    """A syllabus for "Spring 2019" names its sessions by weekday: "Tue. Jan. 15" is the Tuesday of
    2019, though the course's description dated its story 1917 to 1991."""
    text = ("NORTHFIELD COLLEGE · Department of History\n"
            "HISTORY 210: The Soviet Secret Police\n"
            "Spring 2019 · Tuesdays 10:30–12:00\n\n"
            "The course follows the political police from its founding on 20 December 1917 to the end "
            "of the KGB in 1991.\n\n"
            "Schedule\n"
            "Week 1 · Tue. Jan. 15 · The Cheka and the Red Terror.\n"
            "Week 2 · Tue. Jan. 22 · The end of the KGB in 1991.\n")
    found = date_values(converted(tmp_path, text))
    assert found["Jan. 15"] == "2019-01-15"
    assert found["Jan. 22"] == "2019-01-22"


LESSON = """\
LESSON PLAN. The Great Terror, 1937–1938

Lesson: Tuesday, 11 March 2025, 08:30–10:05

The class reads the order of 30 July 1937 and a list of the persons shot in Perm in 1938. In 1941
the camps of the region received the deported.

Homework, due 18 March: find one person of your district in the database.

On Saturday 12 April the class visits the memorial museum.
"""


def test_what_a_lesson_plan_sets_as_due_is_after_the_lesson(tmp_path):
    """"due 18 March" is the writer's business, after the lesson's date, however far back the lesson's
    subject lies."""
    found = date_values(converted(tmp_path, LESSON))
    assert found["18 March"] == "2025-03-18"


def test_a_weekday_dates_a_day_in_the_writers_own_year(tmp_path):
    """"On Saturday 12 April", with no word of the past, in a plan of March 2025 about 1937, is the
    Saturday of 2025: a weekday is the writer's calendar."""
    found = date_values(converted(tmp_path, LESSON))
    assert found["12 April"] == "2025-04-12"


def test_a_weekday_told_in_the_past_of_a_report_stays_before_the_report(tmp_path):
    """A report of its own time tells its past: "on Sunday, 5 March" told in a report of 8 March 1938,
    when 5 March 1938 was a Saturday, is not the Sunday a year later but the nearest earlier one."""
    text = ("Minsk, 8 March 1938\n\nThey had met on Sunday, 5 March, at the station, and again on "
            "9 March.\n")
    found = date_values(converted(tmp_path, text))
    assert found["5 March"] == "1933-03-05"


def test_a_year_heading_a_list_dates_the_months_listed_under_it(tmp_path):
    """"Died in the camp in 1946:" heads a list of months: May there is May 1946, though the paragraph
    before named an arrest in May 1945."""
    text = ("Camp report, 6 December 1946\n\n"
            "Typical case: KRAUSE, Erich, arrested in May 1945, received from Berlin.\n\n"
            "Died in the camp in 1946:\n"
            "January – 102, February – 118, May – 121, November – 146.\n")
    found = date_values(converted(tmp_path, text))
    assert found["May 1945"] == "1945-05"
    assert found["May"] == "1946-05"
    assert found["November"] == "1946-11"


def test_a_note_written_after_the_document_keeps_its_own_month(tmp_path):
    """A note under a protocol that tells a day after the protocol's date is a later note: the day
    alone after it is in the note's month, not pulled back before the protocol."""
    text = ("PROTOCOL No. 5 of the Special Board, 26 October 1940\n\n"
            "HEARD: the case of KOVAL Ivan. DECIDED: to shoot.\n\n"
            "Received by the district office on 9.XI.40; executed on the 14th.\n")
    found = date_values(converted(tmp_path, text))
    assert found["9.XI.40"] == "1940-11-09"
    assert found["the 14th"] == "1940-11-14"
