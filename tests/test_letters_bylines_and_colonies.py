"""What the forty-second round of issue 15 read (set AR): a family's postcards from exile, an embassy's
despatch, a correspondent's cable, a camp doctor's memoir, an OGPU memorandum on the Academy of
Sciences, NKVD reports on foreign workers and on the Volga Germans' pastors.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_letters_greeting_and_signature_name_persons(tmp_path):
    """"Dear Stasė," and "Your Juozukas." name the one written to and the writer, pet forms and all."""
    text = ("Budagovo, 12.V.49\nDear Stasė, we are alive. We came here after three weeks in the wagon.\n"
            "Your Juozukas.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "Stasė" in persons and "Juozukas" in persons


def test_a_greeting_of_many_names_no_one(tmp_path):
    """"Dear Comrades," greets no person."""
    text = "Dear Comrades,\nWe ask you to review the case of our father.\n"
    assert names(converted(tmp_path, text), "persName") == []


def test_a_name_in_cyrillic_in_brackets_after_it(tmp_path):
    """A list gives each foreigner's name as the records spell it: "HOLLISTER Frank (ХОЛЛИСТЕР Фрэнк)",
    "NIEMINEN Toivo (НИЕМИНЕН Тойво)", alike in both alphabets."""
    text = ("1. HOLLISTER Frank (ХОЛЛИСТЕР Фрэнк), b. 1899, toolmaker.\n"
            "2. NIEMINEN Toivo (НИЕМИНЕН Тойво), b. 1905, fitter.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "ХОЛЛИСТЕР Фрэнк" in persons and "НИЕМИНЕН Тойво" in persons


def test_a_kolkhozs_name_translated_in_brackets(tmp_path):
    """'The kolkhoz "Kyzyl Yul" ("Red Path")': the translation is the same kolkhoz."""
    text = 'Twelve households left the kolkhoz "Kyzyl Yul" ("Red Path") in March.\n'
    assert "Red Path" in names(converted(tmp_path, text), "orgName")


def test_a_byline_in_capitals(tmp_path):
    """"By ARTHUR M. CALLOWAY": a forename in capitals opens the name, it is no acronym."""
    text = "TRIAL OPENS IN MOSCOW\n\nBy ARTHUR M. CALLOWAY\nSpecial Cable\n\nMOSCOW, Aug. 19.—The trial opened.\n"
    root = converted(tmp_path, text)
    assert "ARTHUR M. CALLOWAY" in names(root, "persName")
    assert "ARTHUR" not in names(root, "orgName")
