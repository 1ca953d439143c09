"""What the sixtieth round of issue 15 read (set BJ): graded ranks, callings alone, broadcasters and
other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_senior_grade_before_a_graded_rank_is_part_of_the_title(tmp_path):
    """A division's political report signs off "Senior Battalion Commissar KAZARYAN": a rank of 1937,
    graded twice, before its holder; "the Senior Battalion" with no rank after it is still a body."""
    root = converted(tmp_path, (
        "Head of the political department\nSenior Battalion Commissar KAZARYAN\n\nThe Senior Battalion "
        "of cadets marched to the station.\n"))
    assert names(root, "persName") == ["KAZARYAN"]
    assert names(root, "orgName") == ["Senior Battalion"]
