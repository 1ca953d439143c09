"""What the twentieth round of issue 15 read in official lists and reference matter: a censor's list
of books to withdraw, a supply department's audit act, an award order, a register of foreign
prisoners of war, a documentary edition's lettered glossary, a congress trip's correspondence.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names

BOOKS_TO_WITHDRAW = """\
LIST OF BOOKS TO BE WITHDRAWN

4. Bukharin N. I. Articles and Speeches. Moscow: Partizdat, 1932.
5. Kosior S. V. Speeches and Articles. Kharkov: Proletarii, 1934.
6. Yasensky B. Man Changes His Skin. Moscow: GIKhL, 1933.
7. Tretyakov S. M. Roar China. Moscow–Leningrad: GIKhL, 1930.
"""


def test_a_withdrawal_list_marks_its_authors_and_none_of_the_titles_words(tmp_path):
    """Surname first, initials after, then the title: the author's name ends at the initials, and a
    title's capitalised words ("Speeches", "Man Changes") are nobody's name."""
    persons = names(converted(tmp_path, BOOKS_TO_WITHDRAW), "persName")
    assert persons == ["Bukharin N. I.", "Kosior S. V.", "Yasensky B.", "Tretyakov S. M."]


def test_a_name_in_a_cited_title_with_a_forename_is_still_a_person(tmp_path):
    """A title may name a person: a forename that is no common word keeps him ("Nikolai Yezhov and
    the Terror"), and so does a surname that is none ("Letters of Will Gerlach")."""
    root = converted(tmp_path, "Further reading: Nikita Petrov, Nikolai Yezhov and the Terror "
                               "(Moscow: Zvenia, 2008); Ruth Adler, Letters of Will Gerlach (Leipzig: Hirzel, "
                               "1998).\n")
    assert names(root, "persName") == ["Nikita Petrov", "Nikolai Yezhov", "Ruth Adler", "Gerlach"]


def test_a_reference_line_that_only_looks_like_an_imprint_keeps_its_names(tmp_path):
    """"Source: LVVA, 1894" has a colon, a name and a year, but no place of publication: the names
    before it are a family's, not a title's words."""
    root = converted(tmp_path, "The record names his father Stanisław Wierzbicki and his sister as Halina, "
                               "née Wierzbicka. Source: LVVA, 1894. f., 2. apr., 17.\n")
    assert "Wierzbicka" in names(root, "persName")


def test_an_acronym_the_act_expands_stays_the_institution_before_a_list_of_surnames(tmp_path):
    """"the Department of Material and Technical Supply (OMTS)" defines OMTS; "The chief of the OMTS,
    GUSEV Nikolai" later does not make it a surname in capitals."""
    root = converted(tmp_path, "ACT\n\nWe have audited the Department of Material and Technical Supply (OMTS) "
                               "for 1939.\n\nThe chief of the OMTS, GUSEV Nikolai Andreyevich, signed acceptance "
                               "certificates. The storekeeper KVARATSKHELIA Shalva Ivanovich kept no ledger.\n")
    assert names(root, "persName") == ["GUSEV Nikolai Andreyevich", "KVARATSKHELIA Shalva Ivanovich"]
    assert names(root, "orgName").count("OMTS") == 2


def test_foreign_officers_listed_after_their_ranks_are_persons_whatever_their_forenames(tmp_path):
    """A register of prisoners of war writes rank, surname in capitals, forename: the hyphenated ranks
    of British English and "Private" count as ranks, so a forename no list knows still counts."""
    root = converted(tmp_path, "OFFICERS\n\n2. Lieutenant-Colonel HONDA Isamu, b. 1899, Nagoya; regimental "
                               "commander.\n3. Private OGAWA Shōhei and Major-General KONDO Ken were active.\n")
    assert names(root, "persName") == ["HONDA Isamu", "OGAWA Shōhei", "KONDO Ken"]


def test_the_name_of_an_order_names_no_person(tmp_path):
    root = converted(tmp_path, "ORDER No. 12\n\nCaptain PETRENKO Ivan Fyodorovich is awarded the Order of the "
                               "Red Banner; Lieutenant Gusev the Order of the Badge of Honour.\n")
    assert names(root, "persName") == ["PETRENKO Ivan Fyodorovich", "Gusev"]


def test_german_schools_and_a_playhouse_are_institutions(tmp_path):
    root = converted(tmp_path, "He studied at the Technische Hochschule in Charlottenburg and lectured at the "
                               "Akademie der Wissenschaften. The Riverside Playhouse staged the play.\n")
    assert names(root, "orgName") == ["Technische Hochschule", "Akademie der Wissenschaften",
                                      "Riverside Playhouse"]
    assert names(root, "persName") == []


def test_the_letters_of_a_glossarys_headings_are_no_initials(tmp_path):
    """"A. Security and police bodies", "B. Party and state bodies": a document that opens lines with
    A. and B. letters its headings; the words after them are no person and no institution."""
    root = converted(tmp_path, "APPENDIX 2\n\nA. Security and police bodies\n\nOGPU — Unified State Political "
                               "Administration.\n\nB. Party and state bodies\n\nSovnarkom — Council of People's "
                               "Commissars.\n\nC. Archives\n\nCompiled by A. Smirnov.\n")
    assert names(root, "persName") == ["A. Smirnov"]
    assert "Party" not in " ".join(names(root, "orgName"))
    assert "Archives" not in names(root, "orgName")


def test_an_office_of_two_words_is_no_person_described(tmp_path):
    """"Chief Accountant": a calling after a calling is an office, where "the engineer Kask" is a man."""
    root = converted(tmp_path, "Members of the commission: the Chief Accountant of the camp, the Senior "
                               "Inspector of the bank, and the engineer Kask.\n")
    assert names(root, "persName") == ["Kask"]


def test_an_award_is_no_person_though_a_name_qualifies_it(tmp_path):
    root = converted(tmp_path, "Young Historians Award 2012\n\nShe read the essay of the Fenwick Prize "
                               "winner.\n")
    assert names(root, "persName") == []


def test_a_plant_named_in_one_word_by_its_product_is_an_institution(tmp_path):
    root = converted(tmp_path, "The club library of Uralmashzavod and the Kuznetsk Lesokombinat received "
                               "the order.\n")
    assert "Uralmashzavod" in names(root, "orgName")


def test_camps_and_prisons_numbered_in_small_letters_are_institutions(tmp_path):
    """"camp section No. 2", "prison No. 1": the number names them as it names "Camp No. 2"; an
    agenda's "point No. 3", an order's number and a school in small letters are no institution."""
    root = converted(tmp_path, "In April 740 men arrived from camp No. 16 and were sent to camp section No. 2. "
                               "At point No. 3 of the agenda prison No. 1 was discussed under order No. 00447; "
                               "his wife taught at school No. 3.\n")
    assert names(root, "orgName") == ["camp No. 16", "camp section No. 2", "prison No. 1"]


def test_a_frontier_post_numbered_by_an_ordinal_is_an_institution(tmp_path):
    root = converted(tmp_path, "At 04.40 a patrol of the 5th frontier post fired on the intruders.\n")
    assert names(root, "orgName") == ["5th frontier post"]


def test_english_words_of_a_line_in_capitals_are_no_acronyms(tmp_path):
    """"[END OF TAPE 1]", "WHAT THE DOCUMENTS SAY": an English word in capitals beside another is a
    heading's word; beside an acronym ("the GO OGPU", the city department) it is still one."""
    root = converted(tmp_path, "[END OF TAPE 1, SIDE A]\n\nWHAT THE DOCUMENTS SAY\n\nThe detainee was handed "
                               "over to the GO OGPU for sending to a labour settlement.\n")
    assert names(root, "orgName") == ["GO", "OGPU"]
