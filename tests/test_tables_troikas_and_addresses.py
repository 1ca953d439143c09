"""What the forty-first round of issue 15 read (set AQ): a city's report on the exiled "former people",
a province's report on arrested kolkhoz chairmen, a Cheka's list of the shot, a widow's letter, a
book for children and an encyclopedia's article on a camp.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_the_troika_with_a_capital_is_the_sentencing_body(tmp_path):
    """"By decision of the Troika": the body; "the troika" in small letters is the word."""
    text = ("Arrested 2.I.38. By decision of the Troika of the UNKVD of 10.I.38 – VMN.\n"
            "Sentenced by the Special Troika to ten years. The work of a troika took minutes.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert "Troika" in orgs and "Special Troika" in orgs
    assert "troika" not in orgs


def test_the_young_pioneers_and_their_stadium(tmp_path):
    """The Young Pioneers are an organisation; the stadium named after them is a place."""
    text = "She joined the Young Pioneers at school. The parade filled the Stadium of Young Pioneers.\n"
    root = converted(tmp_path, text)
    assert "Young Pioneers" in names(root, "orgName")
    assert "Stadium of Young Pioneers" in names(root, "placeName")
    assert "Young Pioneers" not in names(root, "persName")
