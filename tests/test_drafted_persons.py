"""Persons drafted without a register (issue 15): one draft per bearer of a surname, and an id made
from the surname wherever the name prints it, first or last."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from teikit.corpus import merge
from teikit.pipeline import convert_file

from conftest import TEI_NS

XML = "http://www.w3.org/XML/1998/namespace"


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


# ---------------------------------------------------------------- the id from the surname

def test_a_drafted_persons_id_is_the_surname_where_official_documents_print_it_first(persons):
    """Lists of the accused print the surname first, in capitals or before a comma; the drafted entry's
    id is that surname, as for a name written forename first, not the last initial or patronymic."""
    found = dict(persons("Special report\n\nThe accused PETRENKO N. I. and KOLESNIKOV Ivan Stepanovich were "
                         "tried with Pavel Rudko.\n\nMOROZOVA, Anna Fedorovna, born 1901, a teacher.\n"))
    assert found == {"PETRENKO N. I.": "#petrenko", "KOLESNIKOV Ivan Stepanovich": "#kolesnikov",
                     "Pavel Rudko": "#rudko", "MOROZOVA, Anna Fedorovna": "#morozova"}


def test_ids_in_a_text_typed_in_capitals_come_from_the_surname_printed_first(persons):
    """Read as prose, the telegram's names lose their capitals: initials after a word, or a forename
    and patronymic after it, still show the surname printed first."""
    found = persons(TELEGRAM)
    assert {ref.split("-")[0] for ref in refs_of(found, "KOVALCHUK P.S.") | refs_of(found, "KOVALCHUK D.M.")} \
        == {"#kovalchuk"}
    # the forename tells the brothers apart
    assert refs_of(found, "KOLESNIKOV IVAN STEPANOVICH") == {"#kolesnikov-ivan"}
    assert refs_of(found, "KOLESNIKOV PAVEL STEPANOVICH") == {"#kolesnikov-pavel"}


def test_a_surname_in_capitals_a_comma_a_forename_and_patronymic_are_one_person_in_a_sentence(persons):
    found = persons("Special report\n\nThe witness MOROZOVA, Anna Fedorovna, said that the seed grain had "
                    "been taken to the station at night.\n")
    assert found == [("MOROZOVA, Anna Fedorovna", "#morozova")]
    # an acronym is no surname, and a name that goes on after the patronymic is written forename first
    found = persons("Special report\n\nThe head of the UNKVD, Stepan Ilyich Gorbunov, denied it.\n")
    assert [text for text, _ in found] == ["Stepan Ilyich Gorbunov"]


# ---------------------------------------------------------------- across the editions of a corpus

def drafted(xml_id: str, name: str) -> etree._Element:
    return etree.fromstring(f'<listPerson xmlns="{TEI_NS["tei"]}"><person xml:id="{xml_id}" resp="#teikit" '
                            f'cert="high"><persName type="standard">{name}</persName></person></listPerson>')


def test_a_surname_printed_first_merges_with_the_same_name_printed_last_across_editions():
    merged = merge([("list", drafted("petrenko", "PETRENKO N. I."), None),
                    ("letter", drafted("petrenko", "N. I. Petrenko"), None),
                    ("memo", drafted("petrenko-2", "Petrenko S."), None)])
    assert sorted((e.id, sorted(e.editions)) for e in merged.entries) == [
        ("petrenko", ["letter", "list"]), ("petrenko-2", ["memo"])]
    assert merged.doubts == []


def test_a_projects_merged_draft_keeps_one_petrenko_and_his_namesake_apart(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "list.txt").write_text("Special report\n\nThe accused PETRENKO N. I. and KOLESNIKOV Ivan "
                                    "Stepanovich were tried in Poltava.\n", encoding="utf-8")
    (seeds / "memo.txt").write_text("Memorandum\n\nN. I. Petrenko asked for a lawyer; his neighbour "
                                    "S. PETRENKO was not questioned.\n", encoding="utf-8")
    out = tmp_path / "corpus.register.xml"
    done = subprocess.run([sys.executable, "-m", "teikit", "register", "draft", "--project", str(tmp_path),
                           "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    persons = {el.get(f"{{{XML}}}id"): {"".join(n.itertext()) for n in el.iterfind("tei:persName", TEI_NS)}
               for el in etree.parse(str(out)).iterfind(".//tei:person", TEI_NS)}
    assert {"PETRENKO N. I.", "N. I. Petrenko"} <= persons["petrenko"]
    assert [ident for ident, names in persons.items() if "S. PETRENKO" in names] not in ([], ["petrenko"])
    assert "kolesnikov" in persons
