"""What the sixty-ninth round of issue 15 read (set BS): the letterhead of a memorandum, months that
count things, republics, colleges named after saints and the other shapes of a copyright agency's
memorandum, a censor's report on letters, a restitution decision and a publisher's catalogue.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names



def test_a_memorandum_under_a_long_title_is_dated_by_its_letterhead(tmp_path):
    """A collection prints its editor's long title over the document, then the letterhead, an address in
    capitals that ends on a house number's stop, then the outgoing number and the day. That day is the
    document's own, so a day it names in June is the June before it, even after a plan for the autumn."""
    root = converted(tmp_path, (
        "No. 12\n\nNote of the State Committee for Publishing of the Latvian SSR to the Department of "
        "Propaganda of the CC on the translations planned for the second half of the year, August 1977\n\n"
        "[Letterhead:] STATE COMMITTEE FOR PUBLISHING. Riga, Lenin Street, 14a.\nNo. 2-11/406s. 4.VIII.77\nSecret\n\n"
        "The committee considers it expedient to send the translator Ozols to the fair in Leipzig in the fourth "
        "quarter of 1977.\n\nThe publisher in Stockholm is close to emigre circles.\n\nThe author learned of the "
        "offer from relatives and wrote to the committee on 12 June asking for the proofs.\n"))
    assert date_values(root)["12 June"] == "1977-06-12"


def test_a_street_and_its_town_opening_a_letterhead_are_an_address_not_a_name(tmp_path):
    """A firm's letterhead gives its street and town on the line under its name ("Wardour Street,
    London, W.1."): a street is no surname and the town no forename, so the line is two places; a
    one-word surname before its forename ("Lane, Arthur") is still a person."""
    root = converted(tmp_path, (
        "NORTHERN FILM AGENCY, LTD.\nGreek Street, London, W.1.\n\nDear Sir,\nWe enclose the sheets.\n\n"
        "Sources\nLane, Arthur. Memoirs of a Cameraman. London, 1950.\n"))
    assert names(root, "placeName")[:2] == ["Greek Street", "London"]
    assert names(root, "persName") == ["Lane, Arthur"]


def test_a_college_or_a_hospital_named_after_a_saint_is_a_body(tmp_path):
    """A saint's name opens churches, streets and towns, all places; a college or a hospital named so is
    an institution ("St Antony's College", "St. Luke's Hospital"), and a church so named stays a place."""
    root = converted(tmp_path, (
        "Dr ANNA WESTLAKE\nSt Antony's College, Oxford\n\nThe body was examined by Dr. Paul Reeve, pathologist at "
        "St. Luke's Hospital, who found no sign of violence. The service was held in St. Anne's Church.\n"))
    assert names(root, "orgName") == ["St Antony's College", "St. Luke's Hospital"]
    assert "St. Anne's Church" in names(root, "placeName")


def test_a_republic_of_a_name_no_list_knows_is_a_place(tmp_path):
    """A unit's word and "of" before a name are the unit's whole name, whatever the name: "the Republic
    of Adygeya", "the Governorate of Livonia"; an honour "of the Republic" names no unit."""
    root = converted(tmp_path, (
        "In 1992 the autonomous oblast became the Republic of Adygeya. His grandfather, born in the "
        "Governorate of Livonia, was named a Hero of the Republic.\n"))
    assert names(root, "placeName") == ["Republic of Adygeya", "Governorate of Livonia"]


def test_a_name_ending_in_stan_is_a_land_not_a_person(tmp_path):
    """The Persian "-stan", "land of", ends names of lands and squares that no list knows ("Kohistan",
    "the Registan"), never a person's; a forename so ending stays a person's ("Tristan Brandt")."""
    root = converted(tmp_path, (
        "The rebels hold the whole of Kohdaman and Kohistan. Tristan Brandt filmed the Registan at dawn.\n"))
    assert names(root, "placeName") == ["Kohdaman", "Kohistan", "Registan"]
    assert names(root, "persName") == ["Tristan Brandt"]


def test_a_body_in_capitals_before_its_oblast_in_small_letters_is_the_body_and_the_place(tmp_path):
    """Lists of addressees print a body's acronym before its unit, the unit word in small letters as
    often as capitalised ("To the UNKVD Tula oblast", "UNKVD Voronezh Oblast"): the body, then the
    place, not one place holding both, nor the body alone."""
    root = converted(tmp_path, (
        "Copies: to the UNKVD Ternopol oblast; to the NKVD Tula oblast; to the UNKVD Voronezh Oblast.\n"))
    assert names(root, "orgName") == ["UNKVD", "NKVD", "UNKVD"]
    assert names(root, "placeName") == ["Ternopol oblast", "Tula oblast", "Voronezh Oblast"]


def test_an_abbreviated_oblast_or_raion_and_a_latvian_parish_are_units(tmp_path):
    """A censor's table and an exile's address abbreviate the oblast and the raion ("Kashka-Darya obl.",
    "Chusovskoi r-n"), and a Latvian decision names its county and parish in Latvian ("Talsi apriņķis",
    "Lībagi pagasts"): each name is a unit's, a place however it is shaped, and after a body's acronym
    the body is still the body ("UNKVD Ternopol obl.")."""
    root = converted(tmp_path, (
        "Letters by region: Surkhan-Darya obl. 190; Kashka-Darya obl. 151.\nAddress: Permskaya obl., Chusovskoi "
        "r-n, pos. Kuchino.\nCopy to the UNKVD Ternopol obl.\n\nThe land commission of Talsi apriņķis met in "
        "the Lībagi pagasts school.\n"))
    assert names(root, "placeName") == ["Surkhan-Darya obl", "Kashka-Darya obl", "Permskaya obl", "Chusovskoi r-n",
                                        "Kuchino", "Ternopol obl", "Talsi apriņķis", "Lībagi pagasts"]
    assert names(root, "orgName")[0] == "UNKVD"


def test_copyright_inside_a_body_s_name_is_part_of_it(tmp_path):
    """"Copyright" opens a book's imprint line, no name; inside a body's name it is the body's word like
    any other: "the All-Union Copyright Agency (VAAP)" is one institution, the imprint's foundation
    another."""
    root = converted(tmp_path, (
        "Memorandum of the All-Union Copyright Agency (VAAP) on contracts with foreign firms.\n\n"
        "ISSN 0024-5089\nCopyright © 1988 LITUANUS Foundation, Inc.\n"))
    assert names(root, "orgName") == ["All-Union Copyright Agency", "VAAP", "LITUANUS Foundation, Inc."]


def test_a_publisher_is_named_by_its_press_its_books_or_its_editions(tmp_path):
    """A list of foreign contracts names each publisher and its town ("Prairie Books, Winnipeg",
    "Éditions Ararat, Marseille"): a name closed by Press or Books, or opened by Éditions, is the
    publisher's, a body's name going on through "of" ("the Canadian Institute of Ukrainian Studies
    Press"); a heading that opens with the word names no body ("PRESS RELEASE")."""
    root = converted(tmp_path, (
        "PRESS RELEASE\n\n1. Novel \"The Ferry\"; Canada; Prairie Books, Winnipeg; not yet signed.\n2. Novella "
        "\"Pasture\"; France; Éditions Ararat, Marseille; spring 1975.\n3. Stories; Canada; Canadian Institute "
        "of Ukrainian Studies Press, Edmonton; 1976.\n"))
    assert names(root, "orgName") == ["Prairie Books", "Éditions Ararat",
                                      "Canadian Institute of Ukrainian Studies Press"]
