"""Persons drafted without a register (issue 15): one draft per bearer of a surname, and an id made
from the surname wherever the name prints it, first or last."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.pipeline import convert_file

from conftest import TEI_NS


@pytest.fixture
def persons(tmp_path: Path):
    """Convert a text of the test's own; its persons as (words, ref) in reading order."""
    def convert(text: str) -> list[tuple[str, str]]:
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        found = convert_file(path).find("tei:text", TEI_NS).iterfind(".//tei:persName", TEI_NS)
        return [("".join(el.itertext()), el.get("ref")) for el in found]
    return convert


def refs_of(found: list[tuple[str, str]], words: str) -> set[str]:
    return {ref for text, ref in found if text == words}


# ---------------------------------------------------------------- one draft per bearer of a surname

def test_bearers_of_one_surname_with_other_initials_are_separate_drafts(persons):
    found = persons("Special report\n\nMajor P. KOVALCHUK signed the order, but comrade KOVALCHUK D.M. was "
                    "not told of it. D. M. Kovalchuk learned of it in May, and Kovalchuk complained.\n")
    major, comrade = refs_of(found, "P. KOVALCHUK"), refs_of(found, "KOVALCHUK D.M.")
    assert len(major) == len(comrade) == 1 and major != comrade
    assert refs_of(found, "D. M. Kovalchuk") == comrade  # initials that agree: the same man
    assert refs_of(found, "Kovalchuk") == comrade  # a bare surname: the bearer named last


def test_a_forename_and_an_initial_that_disagree_are_two_persons(persons):
    found = persons("Special report\n\nIvan Tarasenko met the commission at the station. P. Tarasenko, "
                    "his cousin, was not there. Ivan Tarasenko left at noon; I. Tarasenko came back.\n")
    ivan, cousin = refs_of(found, "Ivan Tarasenko"), refs_of(found, "P. Tarasenko")
    assert len(ivan) == len(cousin) == 1 and ivan != cousin
    assert refs_of(found, "I. Tarasenko") == ivan


@pytest.mark.parametrize("first, second", [("Ivan Tarasenko", "P. Tarasenko"), ("P. Tarasenko", "Ivan Tarasenko")])
def test_a_bare_surname_with_several_bearers_is_the_one_named_last(persons, first, second):
    found = persons(f"Special report\n\n{first} wrote to the commission in March. {second} answered "
                    f"it in April, and Tarasenko was thanked.\n")
    assert refs_of(found, "Tarasenko") == refs_of(found, second) != refs_of(found, first)


# A telegram typed in capitals: the rules read it as prose ("Kovalchuk P.S."), initials after the surname.
TELEGRAM = """TELEGRAM

FROM KHARKOV TO MOSCOW. ARRESTED TODAY KOVALCHUK P.S. AND KOVALCHUK D.M., BOTH CLERKS OF THE
GRAIN TRUST. KOVALCHUK D.M. CONFESSED AT ONCE, KOVALCHUK P.S. DENIES EVERYTHING.
ALSO ARRESTED KOLESNIKOV IVAN STEPANOVICH AND HIS BROTHER KOLESNIKOV PAVEL STEPANOVICH.
AWAITING YOUR INSTRUCTIONS ON THE FURTHER QUESTIONING OF THE PRISONERS.
"""


def test_namesakes_in_a_text_typed_in_capitals_are_apart(persons):
    found = persons(TELEGRAM)
    ps, dm = refs_of(found, "KOVALCHUK P.S."), refs_of(found, "KOVALCHUK D.M.")
    assert len(ps) == len(dm) == 1 and ps != dm


def test_a_namesake_of_an_authority_person_is_told_apart_whichever_comes_first(persons):
    """The authority knows Trofim Denisovich Lysenko: "LYSENKO T.D." is he, "S. LYSENKO" someone else,
    in whichever order the text names them."""
    found = persons("Special report\n\nComrade LYSENKO T.D. spoke first; Lieutenant S. LYSENKO took notes "
                    "and S. Lysenko signed them.\n")
    assert refs_of(found, "LYSENKO T.D.") == {"#lysenko"}
    namesake = refs_of(found, "S. LYSENKO")
    assert len(namesake) == 1 and namesake != {"#lysenko"} and refs_of(found, "S. Lysenko") == namesake
