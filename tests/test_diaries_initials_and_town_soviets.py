"""What the seventieth round of issue 15 read (set BT): a diary whose entries span two days, names
signed or opened by initials, and the other shapes of a commandant's report, a factory committee's
protocol, an MVD summary, an okrug commission's lists, a newspaper's calendar and a journal's notes
on a ringer's ledgers.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_diary_entry_over_two_days_checks_its_first_day_against_its_first_weekday(tmp_path):
    """A diary heads an entry that runs over two days with both weekdays ("Friday–Saturday, May 3–4").
    The first weekday is the first day's: in 1935 the 3rd of May was a Friday, so the entry stays in the
    diary's year instead of its first day moving to a year whose 3rd of May is a Saturday."""
    root = converted(tmp_path, (
        "Travel diary, spring 1935\n\nFriday–Saturday, May 3–4. Kharkov. Two laboratories and a clinic.\n\n"
        "Wednesday to Thursday, April 24–25. By the night train to Leningrad.\n"))
    values = date_values(root)
    assert values["May 3–4"] == "1935-05-03/1935-05-04"
    assert values["April 24–25"] == "1935-04-24/1935-04-25"


def test_initials_written_together_with_a_two_letter_one_are_a_person_not_an_acronym(tmp_path):
    """Authors and clerks are named by initials written together ("S.Zh.A.", "Yu.A."). One of them has
    two letters, a capital and a small one, as Russian initials are transliterated: an acronym has none,
    so the letters are a person's. A degree written so ("Ph.D.") is still nobody."""
    root = converted(tmp_path, (
        "The ledgers were shown to one of us (S.Zh.A.) in the spring of 2002. The note was initialled by "
        "Yu.A. on the same day. Her thesis for the Ph.D. was on the cormorants of the lake.\n"))
    assert names(root, "persName") == ["S.Zh.A.", "Yu.A."]
    assert names(root, "orgName") == []


def test_initials_that_sign_on_a_line_of_their_own_are_a_person(tmp_path):
    """An officer signs a diary's last entry with initials alone on their line ("H.W.P."), a reader a
    query in the margin after a dash ("— J.B.M."): both are persons, as initials signing with their day
    are. An acronym the lexicon knows stays a body there ("— N.K.V.D.")."""
    root = converted(tmp_path, (
        "Wednesday, 12 June 1935. Leningrad. The laboratory's grant is to be reviewed in the spring.\n\n"
        "H.W.P.\n\n"
        "Copies: New York office; file.\n\n"
        "Was the consulate at Ganja closed? Ask the department. — J.B.M.\n"
        "Stores to be handed over to the border guards. — N.K.V.D.\n"))
    assert names(root, "persName") == ["H.W.P.", "J.B.M."]
    assert "N.K.V.D." in names(root, "orgName")


def test_a_town_after_its_word_in_a_heading_in_capitals_is_a_place(tmp_path):
    """A report's heading and its signature block name the commandant's town in capitals ("OF THE CITY
    OF DALNY"). As in ordinary type ("the city of Dalny"), a name after a town's word and "of" is a
    place, not the person a title before it would suggest."""
    root = converted(tmp_path, (
        "REPORT OF THE MILITARY COMMANDANT OF THE CITY OF VOROSHILOVKA ON THE EVACUATION\n\n"
        "The transports left on time.\n\n"
        "MILITARY COMMANDANT OF THE CITY OF VOROSHILOVKA\nMAJOR GENERAL P. KOVALCHUK\n"))
    assert names(root, "placeName") == ["VOROSHILOVKA", "VOROSHILOVKA"]
    assert names(root, "persName") == ["P. KOVALCHUK"]


def test_an_officer_after_his_rank_and_its_service_keeps_his_first_initial(tmp_path):
    """A rank's service ("Lieutenant of State Security") is cut off before its holder's name, common
    words being the service's. An initial's letter may spell a common word ("M", the metre's), but it
    opens the holder's name: the person is "M. S. FINKEL", not "S. FINKEL"."""
    root = converted(tmp_path, (
        "The case was led by Lieutenant of State Security M. S. FINKEL and reported to the People's "
        "Commissar for Internal Affairs A. I. Uspensky on 3 May 1938.\n"))
    assert names(root, "persName") == ["M. S. FINKEL", "A. I. Uspensky"]


def test_m_after_a_title_or_before_a_surname_in_capitals_is_an_initial(tmp_path):
    """"M." may be the French title of a diplomat's prose ("my French colleague, M. Coulondre"), but
    right after a title or a person's description ("the pastor M. Kalniņš", "Dr M. Kwiek") or before a
    surname in capitals ("Secretary M. PFEIFFER") it is the first initial of the name."""
    root = converted(tmp_path, (
        "A service was held in the cathedral (pastor M. Kalniņš). The report is by Dr M. Kwiek of Łódź.\n\n"
        "Chairman J. MARCHLEWSKI\nSecretary M. PFEIFFER\n\n"
        "My French colleague, M. Coulondre, believes that the army has been weakened.\n"))
    assert names(root, "persName") == ["M. Kalniņš", "M. Kwiek", "J. MARCHLEWSKI", "M. PFEIFFER", "Coulondre"]


def test_a_forename_that_is_also_a_town_opens_a_name_with_initials(tmp_path):
    """Initials open an official's name after the town or body he serves ("Moscow A. IVANOV"). A
    forename that a town of the genre's lands also bears, before initials and a surname in ordinary
    case, is the name's first word: "Vladimir Kh. Kubanov" and "Anna M. Kessler" are one person each,
    not a town or a lone forename and then a person."""
    root = converted(tmp_path, (
        "Its chairman, the engineer Vladimir Kh. Kubanov, was the son of a priest. The family's papers "
        "were traced by Anna M. Kessler, a genealogist.\n"))
    assert names(root, "persName") == ["Vladimir Kh. Kubanov", "Anna M. Kessler"]
    assert names(root, "placeName") == []


def test_a_towns_soviet_after_its_name_is_the_town_and_its_council(tmp_path):
    """"The Orenburg Soviet" is the town and its council, two mentions as the guidelines split a body
    and the place it serves, whether the rules or the genre's register found the town ("the Petrograd
    Soviet"). In small letters the word is no council's name ("the Tobolsk soviet school"), and
    "Soviet" before a noun stays an adjective ("Two Soviet citizens")."""
    root = converted(tmp_path, (
        "As I was told at the Orenburg Soviet, two of his companions left. Comrade Kapsukas is to speak "
        "with the Petrograd Soviet on this matter. Semyon was at the Tobolsk soviet school for a winter. "
        "Two Soviet citizens came with him.\n"))
    assert names(root, "placeName") == ["Orenburg", "Petrograd", "Tobolsk"]
    assert names(root, "orgName") == ["Soviet", "Soviet"]


def test_a_lettered_part_before_a_numbered_item_is_no_initial(tmp_path):
    """A table flattened to lines heads each group with its category's numeral ("Category I.") and
    numbers the households after it. A number after the letter shows it is the part's, not an
    initial; a name after it keeps it an initial ("their source V. Kuznetsov")."""
    root = converted(tmp_path, (
        "Households to be evicted:\n\nCategory I. 1. Tlegenov Seitkali, Kazalinsk — sheep 410.\n"
        "Category II. 1. Kulzhanov Baimukhan, Karmakchi — sheep 510.\n\nTheir source V. Kuznetsov agrees.\n"))
    assert names(root, "persName") == ["Tlegenov Seitkali", "Kulzhanov Baimukhan", "V. Kuznetsov"]


def test_english_words_that_only_end_as_surnames_do_are_no_person(tmp_path):
    """An expert's report signs with her office after her degrees ("Forensic Document Examiner") and
    labels her line with it ("Examiner:"). Every word is an English one and none a forename; that the
    last ends as surnames do ("-er") is no evidence of a person. Her initials and surname still are."""
    root = converted(tmp_path, (
        "Instructed by: the family's solicitors\nExaminer: A. J. Freer, BSc, Forensic Document Examiner\n\n"
        "1. INSTRUCTIONS\n\nI was asked to examine an extract from a protocol of 1937.\n"))
    assert names(root, "persName") == ["A. J. Freer"]


def test_no_name_ends_on_a_connector(tmp_path):
    """A heading in capitals runs the commander's troops into his army's number ("OF THE TROOPS OF THE
    39TH ARMY"), and a list joins two bodies with "and". Where the rules cut such a run, the name
    they keep does not end on "OF THE" or "and"."""
    root = converted(tmp_path, (
        "REPORT TO THE COMMANDER OF THE TROOPS OF THE 39TH ARMY ON THE EVACUATION\n\n"
        "The lectures were given by the Znanie Society and local teachers.\n"))
    assert not [name for name in names(root, "orgName")
                if name.split()[-1].lower() in ("of", "the", "and")]
    assert "39TH ARMY" in names(root, "orgName")
