"""What the seventieth round of issue 15 read (set BT): a diary whose entries span two days, and the
other shapes of a commandant's report, a factory committee's protocol, a witness record, a consular
report and a journal's notes on a ringer's ledgers.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_diary_entry_over_two_days_checks_its_first_day_against_its_first_weekday(tmp_path):
    """A diary heads an entry that runs over two days with both weekdays ("Friday–Saturday, May 3–4").
    The first weekday is the first day's: in 1935 the 3rd of May was a Friday, so the entry stays in the
    diary's year instead of its first day moving to a year whose 3rd of May is a Saturday."""
    root = converted(tmp_path, (
        "Travel diary, spring 1935\n\nFriday–Saturday, May 3–4. Kharkov. Two laboratories and a clinic.\n\n"
        "Wednesday to Thursday, April 24–25. By the night train to Leningrad.\n"))
    values = date_values(root)
    assert values["May 3–4"] == "1935-05-03/1935-05-04"
    assert values["April 24–25"] == "1935-04-24/1935-04-25"
