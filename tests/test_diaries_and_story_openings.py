"""What the forty-fourth round of issue 15 read (set AT): a foreign engineer's diary, a memoir that opens
its story with months and no year, a biography that leaps ahead and comes back, a Smersh report with
its addressee in capitals.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values


def test_a_diarys_entries_go_forward_from_its_first_dated_one(tmp_path):
    """A diary dates its first entry in full and the next ones by day and month: each entry is the
    writer's now, so what it tells after the first entry's date is not pushed back a year; what "won't"
    happen before the summer is still to come."""
    text = ("NOTEBOOK OF A SURVEYOR, 1931\n\n"
            "Monday, Jan. 12, 1931.\nArrived at the site. Snow to the knees.\n\n"
            "Feb. 3.\nThe cranes won't be up before the summer.\n\n"
            "Tues., March 3.\nPaid in roubles again.\n\n"
            "Dec. 20.\nMy contract ends in April.\n")
    values = date_values(converted(tmp_path, text))
    assert values["Feb. 3"] == "1931-02-03"
    assert values["the summer"] == "1931-06/1931-08"
    assert values["March 3"] == "1931-03-03"
    assert values["Dec. 20"] == "1931-12-20"
    assert values["April"] == "1932-04"


def test_a_line_of_a_day_and_month_in_a_dated_report_is_no_entry(tmp_path):
    """Only a series a dateline in the body opened has entries: a report dated in its heading keeps
    its chronicle's "5 November" before its own date."""
    text = ("SPECIAL REPORT\n20 November 1937\n\n"
            "The arrests went on through the month.\n\n"
            "5 November\nThe group of KOVAL was taken in Vinnitsa.\n")
    assert date_values(converted(tmp_path, text))["5 November"] == "1937-11-05"


def test_a_memoir_opening_with_months_counts_their_year_back_from_the_first_year_it_names(tmp_path):
    """A memoir with no date of its own tells July, the autumn, the end of December and January
    before it names "the spring of 1938": its story opened in 1937, whatever later dates it cites."""
    text = ("CHAPTER TWO\n\n"
            "They came for my husband in July. In October a paper was read to me in a corridor. "
            "We left Moscow at the end of December, and on the 9th of January we reached the camp.\n\n"
            "In the spring of 1938 we were sent to the lake. He died, I learned later, on 2 May 1942.\n")
    values = date_values(converted(tmp_path, text))
    assert values["July"] == "1937-07"
    assert values["October"] == "1937-10"
    assert values["the end of December"] == "1937-12"
    assert values["the 9th of January"] == "1938-01-09"


def test_a_leap_ahead_of_the_story_does_not_move_its_year(tmp_path):
    """"he was found only in April 1939" in a paragraph on November 1938 tells ahead; the next
    paragraph's "at the end of October" is back in the story's year."""
    text = ("November broke him. On the 14th the commissar of Ukraine disappeared; he was found only in "
            "April 1939, far in the Urals.\n\n"
            "His wife, taken to a sanatorium at the end of October, died on 21 November.\n")
    values = date_values(converted(tmp_path, text.replace("November broke", "In November 1938 it broke")))
    assert values["the end of October"] == "1938-10"
    assert values["21 November"] == "1938-11-21"


def test_a_day_alone_before_a_persons_initials_is_a_day(tmp_path):
    """"On the 14th A. I. Uspensky left a note": initials after the day are a person, not a name the
    ordinal numbers, as "the 15th Congress" is."""
    text = "In November 1938 the purge reached the top. On the 14th A. I. Uspensky left a note and vanished.\n"
    assert date_values(converted(tmp_path, text))["the 14th"] == "1938-11-14"


def test_an_ordinal_in_small_letters_in_a_heading_in_capitals_numbers_a_unit(tmp_path):
    """"TO THE CHIEF OF SMERSH OF THE 1st UKRAINIAN FRONT": the front's number, not a day; a telegram in
    capitals still writes its day "ON THE 3RD"."""
    text = ("TO THE CHIEF OF SMERSH OF THE 1st UKRAINIAN FRONT\n\nReport of 30 May 1945.\n\n"
            "GROUP ARRIVED ON THE 3RD TRAIN STOP\n")
    values = date_values(converted(tmp_path, text))
    assert "THE 1st" not in values and "1st" not in values
    assert "THE 3RD" in values


def test_a_chapters_years_after_a_season_word_that_is_its_title(tmp_path):
    """"The Fall, 1938–1940": the chapter's title is no season; its years are still a range."""
    text = ("CHAPTER NINE\n\n\"At His Own Request\": The Fall, 1938–1940\n\n"
            "In the spring of 1938 he held every office.\n")
    assert date_values(converted(tmp_path, text))["1938–1940"] == "1938/1940"


def test_one_phrase_of_two_dates_with_a_relative_year_or_a_second_preposition(tmp_path):
    """"From 1 January to 20 March of this year" is one range, both ends in the report's year; "at the
    end of August or in the first days of September" is one disjunction."""
    text = ("REPORT\n10 April 1930\n\nFrom 1 January to 20 March of this year the presidium closed 83 churches. "
            "They came for him at the end of August or in the first days of September.\n")
    values = date_values(converted(tmp_path, text))
    assert values["1 January to 20 March of this year"] == "1930-01-01/1930-03-20"
    assert values["the end of August or in the first days of September"] == "1929-08/1929-09"


def test_a_newspaper_dispatch_without_its_year_is_of_the_latest_year_it_names(tmp_path):
    """"MOSCOW, Dec. 14 —" opens a court report that names the society's founding in 1989 and a ruling
    of 2021: the dispatch is of 2021, and "in November" is the November before it."""
    text = ("Judges weigh the end of the society\n\nBy our Moscow correspondent\n\n"
            "MOSCOW, Dec. 14 — The hearing reopened at eleven. The society, founded in 1989, was listed as a "
            "foreign agent in 2016 and registered anew in 2021. The suit filed in November asks for its end.\n")
    values = date_values(converted(tmp_path, text))
    assert values["Dec. 14"] == "2021-12-14"
    assert values["November"] == "2021-11"


def test_a_range_of_decades_is_one_phrase(tmp_path):
    """"the victims of the 1930s to the early 1950s": one range, from 1930 to the end of the 1950s."""
    text = "The decree of 16 January 1989 covers the victims of the 1930s to the early 1950s.\n"
    value = date_values(converted(tmp_path, text))["the 1930s to the early 1950s"]
    assert value.startswith("1930") and value.endswith("1959")


def test_an_interviewees_birth_in_the_heading_is_not_the_interviews_date(tmp_path):
    """"Born: 3 May 1934" heads an oral history recorded on 12 June 2004: the interview is of 2004, and
    "In forty-one, at the very end of August" is August 1941, not the August after the birth."""
    text = ("Oral History Collection\nInterview No. 47\n\nInterviewee: Elvira REINHOLD\n"
            "Born: 3 May 1934, Grimm\nRecorded: 12 June 2004, Bielefeld\n\n"
            "OW: When did you first hear about the deportation?\n\n"
            "ER: In forty-one, at the very end of August. Father came in with the newspaper.\n")
    assert date_values(converted(tmp_path, text))["the very end of August"] == "1941-08"


def test_the_julian_day_after_a_birth_takes_the_births_year_across_new_year(tmp_path):
    """"Born: 12 January 1899 [O.S. 31 December]": a birth is no date of the text, but the day in
    brackets is the same day in the other calendar, of the year before."""
    found = date_values(converted(tmp_path, "Petrov, Ivan. Born: 12 January 1899 [O.S. 31 December], Riga.\n"))
    assert found["31 December"] == "1899-01-12"
