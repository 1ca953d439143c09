"""What the fortieth round of issue 15 read (set AP): a historical gazetteer's entries, an NKVD report
from the Kola coast and an MGB report on the echelons of Kaliningrad's Germans.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_day_listed_before_another_takes_its_month(tmp_path):
    """"Gathered on the 14th and the 28th of August 1937": both days are August's."""
    text = "A group of fishermen gathered on the 14th and the 28th of August 1937 to discuss leaving.\n"
    assert date_values(converted(tmp_path, text))["the 14th and the 28th of August 1937"] == \
        "1937-08-14/1937-08-28"


def test_an_english_word_opening_a_sentence_names_no_institution(tmp_path):
    """"Administrative centre of BAMlag": the adjective before "centre" is no centre's name; "the
    Memorial society" keeps its name."""
    text = "Renamed in 1917. Administrative centre of BAMlag from 1932. He joined the Memorial society.\n"
    orgs = names(converted(tmp_path, text), "orgName")
    assert "Administrative" not in orgs
    assert "Memorial" in orgs and "BAMlag" in orgs


def test_a_numbered_lines_day_after_its_number_and_a_dash(tmp_path):
    """"No. 1 – 22.X – Kaliningrad": the echelon's number is no first day of a range; its day is."""
    text = ("Report of 3 December 1947.\n\nNo. 1 – 22.X – Kaliningrad – 2,086 persons.\n"
            "No. 2 – 24.X – Chernyakhovsk – 2,100 persons.\n")
    values = date_values(converted(tmp_path, text))
    assert values["22.X"] == "1947-10-22"
    assert values["24.X"] == "1947-10-24"


def test_the_secret_department_opening_a_sentence(tmp_path):
    """"The SO intends to arrest KHAIRULLIN": the department after "The" as after "the"."""
    text = "The circle meets on Fridays. The SO intends to arrest KHAIRULLIN and ISKANDEROV.\n"
    assert "SO" in names(converted(tmp_path, text), "orgName")
