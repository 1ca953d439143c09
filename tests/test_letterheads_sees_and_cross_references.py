"""What the forty-sixth round of issue 15 read (set AV): letterheads in capitals that name a body and
the body it is under, border troops' districts and outposts, church titles before names in capitals,
a see after a churchman's office, an index's cross-references, and the surnames of the genre's
leaders that a gazetteer also holds as towns.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_letterhead_names_the_body_and_the_body_it_is_under_apart(tmp_path):
    """"UNDER THE" and "AT THE" in a letterhead's capitals end one body's name and open the next:
    "COMMITTEE OF STATE SECURITY" is a body of its own, as is "COMMITTEE OF PARTY CONTROL" before
    "THE CC CPSU" (whose "CC" is no Roman numeral)."""
    text = ("SECRET\n\nCOMMITTEE OF STATE SECURITY UNDER THE COUNCIL OF MINISTERS OF THE USSR\n\n"
            "Report on the frontier.\n\nCOMMITTEE OF PARTY CONTROL UNDER THE CC CPSU\n\nExtract from protocol No. 4.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert "COMMITTEE OF STATE SECURITY" in orgs
    assert "COMMITTEE OF PARTY CONTROL" in orgs
    assert not any("UNDER" in org for org in orgs)


def test_a_heading_of_extracts_from_protocols_names_the_body_only(tmp_path):
    """A document's heading in capitals ("EXTRACTS FROM THE PROTOCOLS OF …", the document word in the
    plural) names no body but the one the protocols are of."""
    text = "Top secret\n\nEXTRACTS FROM THE PROTOCOLS OF THE POLITBURO OF THE CC\n\nFrom protocol No. 9.\n"
    orgs = names(converted(tmp_path, text), "orgName")
    assert "POLITBURO" in orgs
    assert not any("PROTOCOLS" in org for org in orgs)


def test_a_short_name_in_capitals_after_a_title_is_a_person_not_an_acronym(tmp_path):
    """"Marshal ZHU DE" and "Catholicos VAZGEN I" are persons whose short names look like acronyms;
    "SECRETARY TSK STALIN" in a telegram is still the Central Committee and then the man."""
    text = ("The crowd demanded a speech from Marshal ZHU DE. Catholicos VAZGEN I (BALJIAN) blessed them.\n\n"
            "MOSCOW TSK VKPB COMRADE STALIN STOP LIMIT AGREED STOP SECRETARY TSK STALIN\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert "ZHU DE" in persons
    assert any(p.startswith("VAZGEN") for p in persons)
    assert not {"ZHU", "DE", "VAZGEN"} & set(names(root, "orgName"))
    assert "TSK" in names(root, "orgName")


def test_a_see_after_a_churchmans_office_is_a_place(tmp_path):
    """"the Catholicos of Cilicia" holds the see of Cilicia: the name after the office and its "of"
    that no rule knows is the land, not a person."""
    text = "The Catholicos of Cilicia arrived from Antelias. The Cilicia delegation stayed a week.\n"
    root = converted(tmp_path, text)
    assert "Cilicia" in names(root, "placeName")
    assert "Cilicia" not in names(root, "persName")


def test_border_and_military_districts_are_commands_named_whole(tmp_path):
    """A border district, like a military one, is the troops' command, an institution: "the Zabaikal
    Border District" whole, a name no rule knows included; a known town before it stays a town."""
    text = ("He served in the Zabaikal Border District, then in the Zabaikal Military District, "
            "and ended in the Kyiv Military District.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert {"Zabaikal Border District", "Zabaikal Military District"} <= set(orgs)
    assert "Kyiv" in names(root, "placeName")


def test_ordinals_of_outposts_and_school_forms_are_not_days(tmp_path):
    """"the 5th border outpost" and "the 8th form" number a unit and a school year; "on the 5th"
    after them is the day."""
    text = ("REPORT\n9 March 1969\n\nOn 2 March the patrol of the 5th border outpost saw them. "
            "A pupil of the 8th form spread leaflets. On the 5th he was arrested.\n")
    assert date_values(converted(tmp_path, text)) == {
        "9 March 1969": "1969-03-09", "2 March": "1969-03-02", "the 5th": "1969-03-05"}


def test_a_numbered_border_outpost_is_a_unit(tmp_path):
    """"the 2nd border outpost", "the 1st outpost": the border troops' numbered posts are units, as
    "the 5th frontier post" is."""
    text = "The patrol of the 2nd border outpost reported; the carrier of the 1st outpost was damaged.\n"
    assert {"2nd border outpost", "1st outpost"} <= set(names(converted(tmp_path, text), "orgName"))


def test_an_acronym_after_the_article_is_no_person_whatever_follows_it(tmp_path):
    """"a student of the TGU, member of the Komsomol": the description after the acronym is the
    student's; a person in capitals takes no article before the name."""
    text = ("KHUNDADZE Givi, student of the philological faculty of the TGU, member of the Komsomol, "
            "read out the text. The engineer PETROV was there.\n")
    root = converted(tmp_path, text)
    assert "TGU" in names(root, "orgName")
    assert "TGU" not in names(root, "persName")
    assert "PETROV" in names(root, "persName")


def test_an_index_cross_reference_gives_one_person_each_side(tmp_path):
    """An index sends the reader from one form of a name to another ("Petrov, P. see Pyatrou,
    Pavel"); the forename closing the line belongs to the surname before it. A town closing a
    line after a name is a town."""
    text = ("Index of names\n\nPetrov, P. see Pyatrou, Pavel\nIvanov, I. I. see Ivanou, Ivan\n\n"
            "Signatories:\nAija Berzina, Riga\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert {"Pyatrou, Pavel", "Ivanou, Ivan"} <= set(persons)
    assert "Pavel" not in persons and "Ivan" not in persons
    assert "Riga" in names(root, "placeName")


def test_a_leaders_surname_that_a_gazetteer_holds_as_a_town_is_the_leader(tmp_path):
    """"Beria" is also a town of the gazetteers but none of the genre's: once the text names the man,
    "from Beria" is he; "Marx", the Volga German town, is a town of the genre after "from"."""
    text = ("Beria signed the order on 3 May. He said that the order had come from Beria. "
            "Schmidt Anna was deported from Marx in 1941.\n")
    root = converted(tmp_path, text)
    assert names(root, "persName").count("Beria") == 2
    assert "Beria" not in names(root, "placeName")
    assert "Marx" in names(root, "placeName")


def test_a_towns_people_in_the_plural_are_nobody_in_particular(tmp_path):
    """"executed Leningraders", "Berliners", "Odessans": the people of a town, named after it, are no
    person; "Peters", a surname ending the same way, still is one with his forename."""
    text = ("The volumes of executed Leningraders list them. Many Berliners came. Odessans fled. "
            "Jekabs Peters signed the order.\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert not {"Leningraders", "Berliners", "Odessans"} & set(persons)
    assert "Jekabs Peters" in persons


def test_a_named_house_is_a_building_and_a_publishing_house_a_firm(tmp_path):
    """"the Government House", "the House of Communications" and "the House of Arts on the Moika" are
    buildings, places (the Moika a place of its own); "the Kazakh State Publishing House" is a
    publisher, an institution."""
    text = ("Shots were fired near the Government House. The crowd went to the House of Communications. "
            "He was arrested at the House of Arts on the Moika. She translated for the Kazakh State "
            "Publishing House.\n")
    root = converted(tmp_path, text)
    places = names(root, "placeName")
    assert {"Government House", "House of Communications", "House of Arts", "Moika"} <= set(places)
    assert "Kazakh State Publishing House" in names(root, "orgName")
    assert "Government House" not in names(root, "orgName")


def test_an_office_over_a_signature_in_capitals_names_its_body_not_a_person(tmp_path):
    """Signature blocks in capitals: "COMMANDER OF THE REGIMENT" is an office ("OF" a connector in
    capitals too), no person "REGIMENT"; "CHIEF OF THE SECRET DEPARTMENT" names the department, not
    an institution called "CHIEF OF …"."""
    text = ("The report ends here.\n\nCOMMANDER OF THE REGIMENT\nCOLONEL  (signature)  P. ORLOV\n\n"
            "CHIEF OF THE SECRET DEPARTMENT\nCAPTAIN  (signature)  LITVINOV\n")
    root = converted(tmp_path, text)
    assert "REGIMENT" not in names(root, "persName")
    assert {"P. ORLOV", "LITVINOV"} <= set(names(root, "persName"))
    orgs = names(root, "orgName")
    assert "SECRET DEPARTMENT" in orgs
    assert not any(org.startswith("CHIEF") for org in orgs)


def test_a_reports_subject_line_in_capitals_is_no_institution(tmp_path):
    """"ON THE TRANSFER OF THE SILVER STOCK … AND ON THE MEASURES OF THE GUBCHEKA" under "REPORT" is
    the report's subject: the town and the one-word body in it are named, the matter is not; a
    guberniia transliterated as the Library of Congress does is a unit like a guberniya."""
    text = ("REPORT\nON THE TRANSFER OF THE SILVER STOCK OF THE FORMER OMSK GOVERNMENT AND ON THE MEASURES "
            "OF THE GUBCHEKA CONNECTED WITH IT\n\n1. In Tver guberniia the stock was counted.\n")
    root = converted(tmp_path, text)
    assert names(root, "orgName") == ["GUBCHEKA"]
    assert {"OMSK", "Tver guberniia"} <= set(names(root, "placeName"))


def test_a_town_of_the_genres_lists_shaped_like_a_surname_stays_a_town_after_for(tmp_path):
    """"Read Mahiliou for Mogilev": "for" leads to persons as often as not, but Mogilev, a town the
    genre's lists hold, is a person only when the text makes it one; "a reply by Ivanov" is still
    a person."""
    text = "Errata. Read Mahiliou for Mogilev on p. 66. A reply by Ivanov came the next week.\n"
    root = converted(tmp_path, text)
    assert "Mogilev" in names(root, "placeName")
    assert "Mogilev" not in names(root, "persName")
    assert "Ivanov" in names(root, "persName")


def test_a_body_named_after_a_place_the_authority_knows_keeps_its_own_name(tmp_path):
    """"the Primorsky Krai Executive Committee": the authority knows the krai; the executive
    committee after it is the krai's body, no longer lost with the rules' longer span."""
    text = "The leadership of the Primorsky Krai Executive Committee and the Altai Krai Party Committee met.\n"
    root = converted(tmp_path, text)
    assert {"Primorsky Krai", "Altai Krai"} <= set(names(root, "placeName"))
    assert {"Executive Committee", "Party Committee"} <= set(names(root, "orgName"))


def test_a_season_as_a_habit_or_a_verb_is_no_date(tmp_path):
    """"in winter the road is difficult" is any winter, "left to winter in the Laptev Sea" the verb;
    "in the winter of 1937" and "that autumn" are dates."""
    text = ("REPORT 5 May 1938.\n\nIn winter the road is difficult. The ships were left to winter in the "
            "Laptev Sea. In the winter of 1937 he was arrested. That autumn he left.\n")
    assert date_values(converted(tmp_path, text)) == {
        "5 May 1938": "1938-05-05", "the winter of 1937": "1937-12/1938-02", "autumn": "1937-09/1937-11"}


def test_a_korean_name_whose_syllables_spell_english_words_is_a_person(tmp_path):
    """"Pak Sun Ok": a Korean family name and two syllables, one of them an English word ("Ok"),
    is one person, as "Kim Den Su" is."""
    text = "Memories\n\nPak Sun Ok was born in 1929 in a village near Posyet.\n"
    assert "Pak Sun Ok" in names(converted(tmp_path, text), "persName")


def test_a_memorandum_on_a_body_names_the_body_whole(tmp_path):
    """"MEMORANDUM ON THE CHIEF DIRECTORATE OF THE NORTHERN SEA ROUTE UNDER THE SNK": the document's
    word and its preposition are no part of the body, which is named whole, "SEA" no acronym in it."""
    text = ("MEMORANDUM ON THE CHIEF DIRECTORATE OF THE NORTHERN SEA ROUTE UNDER THE SNK OF THE USSR\n\n"
            "Moscow, 19 February 1938\n\nAn espionage group was active there.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert "CHIEF DIRECTORATE OF THE NORTHERN SEA ROUTE" in orgs
    assert not any("MEMORANDUM" in org for org in orgs)


def test_a_numbered_aul_is_a_place(tmp_path):
    """"63 households of aul No. 4": the steppe's auls numbered in place of names are settlements,
    places, as "Mine No. 29" is; "camp No. 37" stays an institution."""
    text = "In April 63 households of aul No. 4 and aul No. 7 left for China. He was sent to camp No. 37.\n"
    root = converted(tmp_path, text)
    assert {"aul No. 4", "aul No. 7"} <= set(names(root, "placeName"))
    assert "camp No. 37" in names(root, "orgName")
