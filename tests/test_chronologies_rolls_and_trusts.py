"""What the forty-fifth round of issue 15 read (set AU): a KGB report's chronology by day and month, a
Cheka roll of the arrested, the one-word trusts and publishers of Soviet texts, the republican
parties, a Senate hearing's witnesses, a memoir's list of the dead surname first.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_one_word_publishers_gas_and_fishing_trusts_are_institutions(tmp_path):
    """"Medgiz" and "Tatgiz" are state publishers, "Lengaz" a town's gas trust, "Dalryba" a fishing
    trust: the stump closing the word makes each an institution. "Kirgiz", a people's name built
    like one, is not."""
    text = ("He edited textbooks for Medgiz and Tatgiz, then drove a lorry for Lengaz. "
            "In 1946 he fished for Dalryba. The Kirgiz of the valley took him in.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert {"Medgiz", "Tatgiz", "Lengaz", "Dalryba"} <= set(orgs)
    assert "Kirgiz" not in orgs + names(root, "persName")


def test_a_camp_named_by_its_adjective_and_itl_is_one_institution(tmp_path):
    """"Usolsky ITL" is a corrective labour camp by name; "ten years ITL" is a sentence, no body."""
    text = "He served ten years ITL, first in Usolsky ITL, then at Kraslag.\n"
    orgs = names(converted(tmp_path, text), "orgName")
    assert "Usolsky ITL" in orgs
    assert "ITL" not in orgs


def test_the_broadcasters_and_the_senate_are_known_bodies(tmp_path):
    """The genre's authority knows the foreign broadcasters the reports quote and the Senate whose
    committees heard defectors: "the Voice of America" is not the place America."""
    text = ("The Voice of America and Radio Liberty broadcast the news; the United States Senate "
            "heard the defector in May.\n")
    root = converted(tmp_path, text)
    assert {"Voice of America", "Radio Liberty", "United States Senate"} <= set(names(root, "orgName"))
    assert "America" not in names(root, "placeName")
    assert "United States" not in names(root, "placeName")


def test_a_republics_party_abbreviated_takes_its_country_into_its_name(tmp_path):
    """"CP of Uzbekistan" and "KP of Latvia" are the names of the republics' parties, one organisation
    each; with the article, "the NKVD of the USSR", the place is its own name."""
    text = "Copies: No. 1 - NKVD of the USSR; No. 2 - CC CP of Uzbekistan; No. 3 - CC KP of Latvia.\n"
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert "CP of Uzbekistan" in orgs and "KP of Latvia" in orgs
    assert "USSR" in names(root, "placeName")
    assert not {"Uzbekistan", "Latvia"} & set(names(root, "placeName"))
