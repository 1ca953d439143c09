"""What the forty-second round of issue 15 read (set AR): a family's postcards from exile, an embassy's
despatch, a correspondent's cable, a camp doctor's memoir, an OGPU memorandum on the Academy of
Sciences, NKVD reports on foreign workers and on the Volga Germans' pastors.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_letters_greeting_and_signature_name_persons(tmp_path):
    """"Dear Stasė," and "Your Juozukas." name the one written to and the writer, pet forms and all;
    "Dearest" is no part of the name it greets."""
    text = ("Budagovo, 12.V.49\nDear Stasė, we are alive. We came here after three weeks in the wagon.\n"
            "Your Juozukas.\n\nDearest Lenochka,\nthe parcel came.\nYours, Marytė\n")
    persons = names(converted(tmp_path, text), "persName")
    assert {"Stasė", "Juozukas", "Lenochka", "Marytė"} <= set(persons)


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


def test_the_academys_institutions_and_their_officials(tmp_path):
    """The Pushkin House, Tsentrarkhiv and the Politkontrol are bodies; the official named after the
    Pushkin House is a person of his own."""
    text = ("The papers were kept in the Pushkin House and not handed over to Tsentrarkhiv; the keeper of "
            "manuscripts of the Pushkin House N. V. IZMAILOV hid them. Letters were read by the Politkontrol.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert {"Pushkin House", "Tsentrarkhiv", "Politkontrol"} <= set(orgs)
    assert "N. V. IZMAILOV" in names(root, "persName")


def test_two_persons_joined_by_a_hyphen(tmp_path):
    """"The Tukhachevsky-Yakir case" names two persons; "V. M. Skryabin-Molotov" one, in two names."""
    text = "After the Tukhachevsky-Yakir case he wrote to V. M. Skryabin-Molotov twice.\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "Tukhachevsky" in persons and "Yakir" in persons
    assert any(p.endswith("Skryabin-Molotov") for p in persons) and "Molotov" not in persons


def test_a_byline_in_capitals(tmp_path):
    """"By ARTHUR M. CALLOWAY": a forename in capitals opens the name, it is no acronym."""
    text = "TRIAL OPENS IN MOSCOW\n\nBy ARTHUR M. CALLOWAY\nSpecial Cable\n\nMOSCOW, Aug. 19.—The trial opened.\n"
    root = converted(tmp_path, text)
    assert "ARTHUR M. CALLOWAY" in names(root, "persName")
    assert "ARTHUR" not in names(root, "orgName")


def test_the_camp_points_of_a_camp(tmp_path):
    """"The camp points of Shturmovoi and Mylga": two sites, places, not persons."""
    text = "Dysentery went through the camp points of Shturmovoi and Mylga in the summer.\n"
    root = converted(tmp_path, text)
    assert {"Shturmovoi", "Mylga"} <= set(names(root, "placeName"))
    assert names(root, "persName") == []


def test_the_volga_german_colonies_by_both_names(tmp_path):
    """A colony by its German name and its Russian one in brackets: both places."""
    text = ("1. HAHN F. Ya. — former pastor, Norka.\n"
            "2. BAUER Heinrich, b. 1890 — former teacher, Balzer (Golyi Karamysh).\n")
    places = names(converted(tmp_path, text), "placeName")
    assert {"Norka", "Balzer", "Golyi Karamysh"} <= set(places)


def test_a_scripture_names_no_body(tmp_path):
    """"Teaching the Koran to girls": the book, no organisation."""
    text = "His wife was teaching the Koran to girls in her house.\n"
    assert names(converted(tmp_path, text), "orgName") == []


def test_an_execution_site_in_its_belarusian_spelling(tmp_path):
    """"The Kurapaty burials": the site near Minsk, as Belarusian writing spells it."""
    text = "Requests about the Kurapaty burials go unanswered.\n"
    assert "Kurapaty" in names(converted(tmp_path, text), "placeName")


def test_a_despatch_numbered_before_its_date(tmp_path):
    """"Despatch No. 1183 of March 17, 1938": the number is no day; the date is whole."""
    text = "Moscow, July 26, 1938.\n\nWith reference to the despatch No. 1183 of March 17, 1938, I report.\n"
    assert date_values(converted(tmp_path, text))["March 17, 1938"] == "1938-03-17"


def test_a_day_right_after_its_month_and_year(tmp_path):
    """"In October 1929, on the 17th" in a memorandum of 1930: the 17th of that October."""
    text = ("MEMORANDUM\n\n12 September 1930\n\nThe secretary stated that in October 1929, on the 17th, "
            "before the commission arrived, he hid the papers.\n")
    assert date_values(converted(tmp_path, text))["the 17th"] == "1929-10-17"
