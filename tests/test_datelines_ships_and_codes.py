"""What the fifty-ninth round of issue 15 read (set BI): datelines of photographs, ships, codes of law
and other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_datelines_town_before_its_dotted_state_is_a_place(tmp_path):
    """A news agency's caption sheet: "KAZAN, U.S.S.R. — A lecture at the university": the town and its state,
    not a surname and its initials; "PETROV, I.I." in a list of the accused is still a person."""
    root = converted(tmp_path, (
        "No. 412 d 2/IX/36\nKAZAN, U.S.S.R. — A lecture at the university.\n\nAccused:\nPETROV, I.I.\n"))
    assert names(root, "placeName") == ["KAZAN", "U.S.S.R."]
    assert names(root, "persName") == ["PETROV, I.I."]

