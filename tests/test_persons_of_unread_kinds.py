"""Persons on kinds of text no earlier round read (issue 15, eighth round): numbered lists of the
accused, surnames in capitals after ranks, peoples and clans of the Caucasus and Persia, names of
places whose last word is an administrative unit.

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations

from conftest import persons


def test_a_numbered_list_of_the_accused_gives_each_inverted_name_whole(tagged):
    found = tagged("The following were tried:\n1. PETRENKO-DOROSH, Pavel Lukich, born 1890 in Poltava;\n"
                   "2. MOROZOVA, Anna Fedorovna, born 1901.\n")
    assert persons(found) == ["PETRENKO-DOROSH, Pavel Lukich", "MOROZOVA, Anna Fedorovna"]


def test_a_surname_in_capitals_after_a_rank_inside_a_longer_name_is_a_person(tagged):
    found = tagged("Copies to: the head of the Kolyma Trust Comrade KARPENKO E. P.\n"
                   "Members of the court — Brigade Military Jurists GORELOV I. M. and SUSLIN D. Ya.\n")
    assert persons(found) == ["KARPENKO E. P.", "GORELOV I. M.", "SUSLIN D. Ya."]
    assert not [words for kind, words in found if "Comrade" in words or "Jurist" in words]


def test_a_known_place_that_is_also_a_forename_before_a_unit_word_is_a_place(tagged):
    found = tagged("The circular went to the heads of the UNKVD for Chita Region and Omsk Region.")
    assert persons(found) == []
    assert ("place", "Chita Region") in found


def test_peoples_of_transcaucasia_and_persia_and_their_clans_are_no_persons(tagged):
    found = tagged("A band of Shahsevans of the Aghbulaghly and Kurdoghly clans crossed at night; Bakhtiaris "
                   "and Lurs stayed in the hills. Nasirov reported it.")
    assert persons(found) == ["Nasirov"]


def test_a_quoted_name_after_known_as_is_a_persons_alias(tagged):
    found = tagged('The courier, known in the villages as "Black Rustam", and a White officer known as '
                   '"Lebedev" crossed the river.')
    assert persons(found) == ["Black Rustam", "Lebedev"]


def test_a_persian_rank_before_a_name_is_a_title(tagged):
    found = tagged("The herds passed under the protection of the governor, Sartip Mahmud Khan; Sarhang "
                   "Rahimi met the detachment.")
    assert persons(found) == ["Mahmud Khan", "Rahimi"]


def test_a_republics_abbreviation_fused_to_a_known_acronym_is_an_institution(tagged):
    found = tagged("Two companies of the AzGPU troops reached Lenkoran; the report went to the UkrGPU and "
                   "to UkrGPU headquarters.")
    assert persons(found) == []
    assert [words for kind, words in found if kind == "org"] == ["AzGPU", "UkrGPU", "UkrGPU"]


def test_a_contraction_of_i_in_a_spoken_account_is_no_person(tagged):
    found = tagged("It was Korhonen, I'd say, or Virtanen. I'll show you the photograph; I’ve kept it.")
    assert persons(found) == ["Korhonen", "Virtanen"]


def test_an_acronym_in_brackets_after_an_institutions_name_is_no_person(tagged):
    found = tagged("The files are in the State Archive of Tomsk Oblast (GATO) and the Central Archive of the "
                   "Ministry (TSAMO); the interrogator (KUZMIN) signed each page.")
    assert persons(found) == ["KUZMIN"]
    assert ("org", "GATO") in found


def test_soviet_compound_names_of_industry_coal_and_the_cheka_are_institutions(tagged):
    found = tagged("Father was sent to Donbassugol, then to Karellesprom; the Gubcheka had him on a list. "
                   "Sidorenko stayed.")
    assert persons(found) == ["Sidorenko"]
    assert [words for kind, words in found if kind == "org"] == ["Donbassugol", "Karellesprom", "Gubcheka"]


def test_a_surname_in_capitals_and_its_respelling_in_brackets_are_one_persons_names(tagged):
    found = tagged("The file of Pyotr Ivanovich KOTKA (Kotko) was reopened. The clerk SHUBERT' (Schubert) "
                   "signed for LEPPÄLÄ (LEPPYALYA); ODESSA (Odesa) was the place of arrest.")
    assert persons(found) == ["Pyotr Ivanovich KOTKA", "Kotko", "SHUBERT", "Schubert", "LEPPÄLÄ", "LEPPYALYA"]


def test_a_korean_family_name_that_is_also_an_acronym_is_a_person_before_its_syllables(tagged):
    found = tagged("7. KIM Den Ho (Kim Den-Ho), born 1899 in Posyet district; Korean; teacher.")
    assert persons(found)[0] == "KIM Den Ho"
    assert "KIM" not in [words for kind, words in found if kind == "org"]


def test_a_bare_surname_is_a_person_by_what_the_text_says_of_it(tagged):
    """No title, forename or surname's ending; what happens to the word happens only to persons:
    arrest, questioning, sentence, birth, kin, the source of a statement (lexicon/person-fates,
    person-leads)."""
    found = tagged("Vaitkus, a teacher from Kaunas, was arrested in May. We questioned Ozols about the "
                   "leaflets. According to Tamm the group met twice. Saar's brother fled abroad. Ruus was "
                   "shot in 1938. Kruus (born 1901) was released. The case against Kallas was closed. Later Lepp "
                   "died in Vorkuta.")
    assert persons(found) == ["Vaitkus", "Ozols", "Tamm", "Saar", "Ruus", "Kruus", "Kallas", "Lepp"]
    assert ("place", "Kaunas") in found


def test_what_is_said_of_places_and_bodies_makes_no_person_of_them(tagged):
    found = tagged("Narva was shelled and Valga was occupied in June; the Vabamaa was dissolved and the "
                   "Heimatbund questioned our agents. The report of Pechory reached us.")
    assert persons(found) == []


def test_a_person_after_a_rank_of_state_security_in_any_case_is_the_person(tagged):
    found = tagged("The record was signed by lieutenant of State Security Abramov; Sergeant of State "
                   "Security KOGAN was present.")
    assert persons(found) == ["Abramov", "KOGAN"]


def test_a_list_of_households_names_surnames_in_capitals_with_rare_forenames_and_ukrainian_patronymics(tagged):
    found = tagged("1. SHEVCHUK Hnat Petrovych, 52 years, 2 horses.\n2. KOVALCHUK Paraska Hnativna, "
                   "collective farmer.\n3. TKACHENKO Yavdokha, widow, 1 cow.\n4. NAZAROV Tursunbai, 1907.")
    assert persons(found) == ["SHEVCHUK Hnat Petrovych", "KOVALCHUK Paraska Hnativna", "TKACHENKO Yavdokha",
                              "NAZAROV Tursunbai"]


def test_a_quotation_shaped_like_a_name_after_words_that_name_someone_is_a_person(tagged):
    found = tagged('His file calls him "SAGDEEV Abdurakhman"; the village list writes "Sagitov"; neighbours '
                   'knew him as "Vasya Li". They called him "a traitor" and he wrote "Long Live Stalin".')
    assert persons(found) == ["SAGDEEV Abdurakhman", "Sagitov", "Vasya Li"]


def test_a_trade_or_calling_before_a_bare_surname_and_a_certain_make_it_a_person(tagged):
    found = tagged("He hired out to the landowner KANDYBA, married a certain Rosenblatt, and defence "
                   "counsel Braude asked nothing.")
    assert persons(found) == ["KANDYBA", "Rosenblatt", "Braude"]


def test_a_forename_opening_a_sentence_is_a_person_but_not_in_a_bracket_or_a_spelling_table(tagged):
    found = tagged("Marta, the certificate says he was shot. Shmuel was a bookkeeper.\n\nIa = Ya, as in "
                   "Yagoda.\n\nLIPSKY Bolesław (Boris) Yanovich, born 1910.")
    assert "Marta" in persons(found) and "Shmuel" in persons(found)
    assert not {"Ia", "Boris"} & set(persons(found))


def test_every_name_of_a_quoted_list_after_a_plural_alias_word_or_or_simply_is_a_person(tagged):
    found = tagged('On BARANYI (party pseudonyms "PÉTER", "Pete Bartos", "LAJOS"). Voucher: Com. "PEDRO". '
                   'Customers knew him as "Vasily Ivanovich" or simply "Vasya Li".')
    assert {"PÉTER", "Pete Bartos", "LAJOS", "PEDRO", "Vasya Li"} <= set(persons(found))
