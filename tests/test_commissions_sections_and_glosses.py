"""What the seventy-first round of issue 15 read (set BU): an act's commission whose members stand
after the bodies they serve, a form's lettered sections, abbreviations its notes gloss, and the other
shapes of its acts, verdicts, protocols, lists and programmes; and a periodical's citation the
readable sets share.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_member_named_after_the_body_he_serves_with_his_initials_after_him_is_a_person(tmp_path):
    """An act lists its commission by office, body and name, the surname first and its two initials
    after it ("the Left Bank Construction Section Yusupov R. Kh."). The surname opens the member's
    name: the body before it ends where he begins, and a word for a kind of enterprise before him
    ("the brigade Fedorchuk A. Ya.") names no enterprise."""
    root = converted(tmp_path, (
        "The commission consisting of: the chief engineer of the Left Bank Construction Section Yusupov "
        "R. Kh.; a representative of the Trade Union of Cement Workers Zaitsev O. P.; the foreman of the "
        "brigade Fedorchuk A. Ya.; has drawn up the present act.\n"))
    assert names(root, "persName") == ["Yusupov R. Kh.", "Zaitsev O. P.", "Fedorchuk A. Ya."]
    assert "Trade Union of Cement Workers" in names(root, "orgName")


def test_a_sections_letter_is_no_initial_and_its_heading_no_name(tmp_path):
    """An application's sections are lettered ("SECTION A. PROJECT DETAILS"): the letter is the
    section's, not a person's initial before a word in capitals, and the section is no body. A section
    of an office headed by a person with initials keeps him ("the archival section M. I. Palamarchuk")."""
    root = converted(tmp_path, (
        "APPLICATION FOR ETHICAL REVIEW\n\nSECTION A. PROJECT DETAILS\n\nA1. Title of project: Letters "
        "of deportees.\n\nSECTION B. RISKS AND CONSENT\n\nB1. Interviews are recorded with consent. The head "
        "of the archival section M. I. Palamarchuk agreed to help.\n"))
    assert names(root, "persName") == ["M. I. Palamarchuk"]
    assert names(root, "orgName") == []


def test_an_inspectorate_and_a_design_institute_named_by_their_stems_are_bodies(tmp_path):
    """Soviet inspectorates and design institutes are named by compound abbreviations ending in
    "-nadzor" and "-proekt" ("Kotlonadzor", "Gidroproekt"). Such a word is a body, as "Magnitostroi" is;
    a town the gazetteers know that ends so stays a place ("Vanadzor")."""
    root = converted(tmp_path, (
        "The crane was last examined by Kotlonadzor in April. The base was designed by Gidroproekt and "
        "checked by a branch of Gidroenergoproekt. The engineer came from Vanadzor.\n"))
    assert names(root, "orgName") == ["Kotlonadzor", "Gidroproekt", "Gidroenergoproekt"]
    assert "Vanadzor" in names(root, "placeName")


def test_four_figures_before_a_streets_name_are_a_house_number_not_a_year(tmp_path):
    """An émigré committee's programme gives its office's address ("Office: 1820 Prospect Avenue"): the
    figures before a street's name are a house number, not the year 1820. After a preposition of time
    they are still a year ("since 1991 Pushkin Street"), and so at a line's start, as a chronology
    opens its entries."""
    root = converted(tmp_path, (
        "Committee of Captive Nations\nOffice: 1820 Prospect Avenue, Cleveland 15\n\n"
        "The street was called Pushkin Street before 1932 and again since 1991 Pushkin Street has been its name.\n"
        "1937 Gorky Street was widened.\n"))
    values = date_values(root)
    assert "1820" not in values
    assert values["1991"] == "1991"
    assert values["1937"] == "1937"


def test_a_listed_surname_with_two_forenames_or_a_maiden_name_is_one_person(tmp_path):
    """A parish book lists its victims surname first, then forenames ("WOLF, Johannes Georg") or a
    forename and a maiden name ("KELLER, Katharina née Gutenberg"). The surname and all its forenames
    are one person, not a word in capitals and a forename apart; a forename on the next line is not
    taken into the name before it."""
    root = converted(tmp_path, (
        "The victims of 1937 from our village:\n"
        "WOLF, Johannes Georg, b. 1901, tractor driver; arrested 4.XII.37.\n"
        "KELLER, Katharina née Gutenberg, b. 1905, teacher; arrested 1938.\n\n"
        "Signed:\nLina Kalnina, Riga\nAnna Petrova, Omsk\n"))
    persons = names(root, "persName")
    assert persons[:2] == ["WOLF, Johannes Georg", "KELLER, Katharina"]
    assert "Lina Kalnina" in persons and "Anna Petrova" in persons
    assert names(root, "orgName") == []


def test_a_turkic_son_of_closing_a_name_is_the_names_last_word(tmp_path):
    """Azerbaijani and Kyrgyz names end with the word for "son of" after the father's name ("MAMEDOV
    Ali Gusein ogly", "Kasym Asan uulu"). It is the name's last word, inside the person's span, as
    it is between names ("Sona Husein kyzy ALIEVA")."""
    root = converted(tmp_path, (
        "Present: the head of the sales department MAMEDOV Ali Gusein ogly; the poet Kasym Asan uulu, "
        "member of the Union of Writers; the widow Sona Husein kyzy ALIEVA.\n"))
    persons = names(root, "persName")
    assert "MAMEDOV Ali Gusein ogly" in persons
    assert "Kasym Asan uulu" in persons
    assert "Sona Husein kyzy ALIEVA" in persons


def test_a_name_with_a_turkic_honorific_written_apart_is_a_person(tmp_path):
    """A Persian rebel is named with his honorific written apart after the name ("Zabardast Khan"). The
    name and the honorific are a person, and the name alone later is he; a name going on after the
    honorific ("the Sher Khan Bandar crossing") is another matter."""
    root = converted(tmp_path, (
        "The envoy of Zabardast Khan came on the 3rd. In the evening Zabardast sent word. "
        "The ferry at the Sher Khan Bandar crossing was closed.\n"))
    persons = names(root, "persName")
    assert persons == ["Zabardast Khan", "Zabardast"]


def test_an_abbreviation_a_note_glosses_as_a_thing_or_a_law_is_no_body(tmp_path):
    """A collection's notes gloss the abbreviations of a report: "ORS is the department of workers'
    supply", "KZoT is the Code of Laws on Labour". Glossed as a kind of thing or as a law, each is no
    institution, in the note or in the report; one glossed as a body by its name stays one ("GUM is
    the State Department Store")."""
    root = converted(tmp_path, (
        "The ORS shop sold furs in breach of the KZoT. Goods came from GUM.\n\n"
        "Notes\n\n1. ORS is the department of workers' supply. KZoT is the Code of Laws on Labour. GUM is "
        "the State Department Store.\n"))
    orgs = names(root, "orgName")
    assert "ORS" not in orgs and "KZoT" not in orgs
    assert orgs.count("GUM") == 2


def test_a_newspaper_cited_with_its_town_and_issue_number_is_a_title(tmp_path):
    """A clipping's source line and a bibliography cite a newspaper with its town in brackets and its
    issue's number ("Krasnyi Sever (Vologda), No. 118"). The title is a work, not a person or a body;
    the town in brackets is still a place."""
    root = converted(tmp_path, (
        "[From the Russian. Krasnyi Sever (Vologda), No. 118, Friday, 3 June 1988.]\n\n"
        "1934 — \"On mine ventilation\", Ugol Donbassa (Kharkov), No. 5.\n"))
    assert names(root, "persName") == []
    assert names(root, "orgName") == []
    assert names(root, "placeName") == ["Vologda", "Kharkov"]


def test_a_day_after_since_in_a_past_perfect_sentence_is_no_later_than_the_documents_date(tmp_path):
    """A tribunal's verdict of March 1942 says the accused "had had no letters from his family since
    22/VI". Whatever the tense, what lasted since a day lasted up to a time no later than the verdict's,
    so the day is the 22nd of June 1941, not of 1942, still three months ahead."""
    root = converted(tmp_path, (
        "VERDICT\n\n12.III.1942, Volkhov Front\n\nThe Military Tribunal of the division heard the case of the Red "
        "Army man Sorokin. The accused had had no letters from his family since 22/VI and left the unit on 3 "
        "March.\n"))
    values = date_values(root)
    assert values["22/VI"] == "1941-06-22"
    assert values["3 March"] == "1942-03-03"
