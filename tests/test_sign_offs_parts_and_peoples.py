"""What the fifty-sixth round of issue 15 read (set BF): a date signed off alone under the writer's
initials, the lettered parts of a record, the peoples of the North and the Volga, and other
conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_note_signed_off_with_initials_and_a_month_is_dated_by_it(tmp_path):
    """A society's quarterly notes name their month only under the editor's initials at the end: "the
    4th inst." and "the 20th ult." count from that month, and "9 February" is of its year."""
    text = ("NOTES FROM ABROAD\n\nThe library received a parcel from Kazan on 9 February and a second on the "
            "4th inst. A letter of the 20th ult. told of the death of the director in 1938.\n\nK. L. M.\n"
            "April 1951\n")
    values = date_values(converted(tmp_path, text))
    assert values["the 4th inst."] == "1951-04-04"
    assert values["the 20th ult."] == "1951-03-20"
    assert values["9 February"] == "1951-02-09"


def test_the_letter_of_a_lettered_part_is_no_initial(tmp_path):
    """A tape log and a teaching pack: "side B. Recorded", "ANNEX C. Inventory", "Source A. Summary": the
    capital is the part's letter and the word after it opens a sentence; "A. Petrov" is still a person,
    and so is an agent's "source V. Kuznetsov"."""
    root = converted(tmp_path, (
        "Reel 4, side B. Recorded 12.V.91 in Kokand by A. Petrov.\n\nANNEX C. Inventory of the fond\n\n"
        "Source A. Summary of the order of 1937. The source V. Kuznetsov reports the same.\n"))
    assert names(root, "persName") == ["A. Petrov", "V. Kuznetsov"]


def test_the_peoples_of_the_north_and_the_volga_are_no_one(tmp_path):
    """A report on a northern institute's students ("Nanai, Ulchi and Nivkh — 47") and a case against
    Volga scholars ("Mari, Udmurt and Erzya teachers"): peoples, neither persons nor places; the
    republic with its unit is still a place."""
    root = converted(tmp_path, (
        "Students by people: Nanai, Ulchi and Nivkh — 47; Selkups — 12.\n\nThe NKVD of the Mari ASSR "
        "arrested Mari, Udmurt and Erzya teachers. Chuvash and Mari villages gave no grain.\n"))
    assert names(root, "persName") == []
    assert names(root, "placeName") == ["Mari ASSR"]


def test_a_town_and_its_river_are_one_place(tmp_path):
    """ "printed in Frankfurt am Main", "via Frankfurt an der Oder and Brest": the town with its river is
    one place, and the river is no person; "I am Petrov" stays a person."""
    root = converted(tmp_path, (
        "The leaflets were printed in Frankfurt am Main. The wagons went via Frankfurt an der Oder and "
        "Brest. \"I am Petrov,\" he said.\n"))
    assert names(root, "placeName") == ["Frankfurt am Main", "Frankfurt an der Oder", "Brest"]
    assert names(root, "persName") == ["Petrov"]


def test_a_commodore_and_a_vice_office_are_titles(tmp_path):
    """A convoy report's "Commodore Dowding" and a consul's "Vice-Consul Brown" are persons after their
    titles; "Mr Vice-Chancellor" in an oration addresses an office, no one by name."""
    root = converted(tmp_path, (
        "The commodore of the convoy, Commodore Dowding, reached Arkhangelsk. Vice-Consul Brown wrote to "
        "the embassy.\n\nMr Vice-Chancellor, I present Anna Petrova.\n"))
    assert names(root, "persName") == ["Dowding", "Brown", "Anna Petrova"]


def test_a_secure_line_is_no_body(tmp_path):
    """ "Despatched by ZAS, 9.06.1989", "reported by VCh": the government's secure lines, no bodies; the
    MVD that sent the summary is one."""
    root = converted(tmp_path, (
        "The MVD of the Uzbek SSR reported by VCh at 06.10.\n\nDespatched by ZAS, 9.06.1989, 07.40.\n"))
    assert names(root, "orgName") == ["MVD"]


def test_a_compass_word_before_an_adjective_is_no_place(tmp_path):
    """ "The West German Hans Becker tried to make contact", "inform the West Siberian Kraikom": the compass
    word belongs to the adjective; "in West Siberia" is still a place."""
    root = converted(tmp_path, (
        "The West German Hans Becker tried to make contact. Inform the West Siberian Kraikom. The convoy went on "
        "to West Siberia.\n"))
    assert names(root, "placeName") == ["West Siberia"]
    assert names(root, "persName") == ["Hans Becker"]


def test_a_roman_month_with_a_short_year_is_a_month(tmp_path):
    """Camp cards of 1941 give a month only, in Roman figures and with two figures of the year: "II.39",
    "IX–X.40", "shipped to Kotlas XI.37"; "article V.12 of the code" is no date."""
    root = converted(tmp_path, (
        "Kazan, 12 March 1941\n\nThe cards give a month only: \"II.39\", \"IX–X.40\". He was arrested "
        "3.IX.37 and shipped to Kotlas XI.37 under article V.12 of the code.\n"))
    values = date_values(root)
    assert values["II.39"] == "1939-02" and values["XI.37"] == "1937-11"
    assert values["IX–X.40"] == "1940-09/1940-10"
    assert "V.12" not in values


def test_a_name_before_a_strait_a_plateau_or_an_embankment_is_a_place(tmp_path):
    """ "sheltered in the Matochkin Shar strait", "fled toward the Ustyurt plateau", "on the Neva
    embankment": the word after the name makes it a place, whatever its shape."""
    root = converted(tmp_path, (
        "The transports sheltered in the Matochkin Shar strait. Herdsmen fled toward the Ustyurt plateau. "
        "The library stood on the Neva embankment.\n"))
    assert names(root, "placeName") == ["Matochkin Shar strait", "Ustyurt plateau", "Neva embankment"]
    assert names(root, "persName") == []


def test_a_forename_after_a_grandchild_or_an_in_law_is_a_person(tmp_path):
    """A tape log: "a conversation with her grandson Ernes", "her grandmother Zore": the kin word names
    the person after it, though no list knows the name."""
    root = converted(tmp_path, (
        "Conversation with her grandson Ernes, born 1979 in Chirchik. She learned the song from her "
        "grandmother Zore.\n"))
    assert names(root, "persName") == ["Ernes", "Zore"]


def test_a_turkic_son_of_written_apart_is_inside_the_name(tmp_path):
    """A memorial's roll and a registry's merge note: "MEHMET oğlu Hüseyin", "Hasan Ibrahim oglu
    Ahmadov": "son of" joins the father's name to the person's, one name, and the name in capitals
    beside it is no body."""
    root = converted(tmp_path, (
        "NAMES\nMEHMET oğlu Hüseyin – private; died 1916 on the island.\n\nRecord 17 (Hasan Ibrahim oglu "
        "Ahmadov, b. 1900, Shaki) was kept.\n"))
    assert names(root, "persName") == ["MEHMET oğlu Hüseyin", "Hasan Ibrahim oglu Ahmadov"]
    assert names(root, "orgName") == []


def test_two_words_after_in_or_at_that_nobody_bears_are_a_place(tmp_path):
    """ "landed at Belushya Guba", "a kolkhoz outside Bystry Istok", "concerts at the Zelyony Teatr":
    neither word is a forename or a surname's shape, so the name is a place's; "in Ivan Petrov's hand"
    and "at the Krasny Treugolnik plant" are not."""
    root = converted(tmp_path, (
        "The seamen landed at Belushya Guba were kept four days. The kolkhoz outside Bystry Istok gave "
        "bread. Concerts at the Zelyony Teatr were full. The note was in Ivan Petrov's hand; he was a fitter "
        "at the Krasny Treugolnik plant.\n"))
    assert names(root, "placeName") == ["Belushya Guba", "Bystry Istok", "Zelyony Teatr"]
    assert names(root, "persName") == ["Ivan Petrov"]


def test_a_vietnamese_name_family_name_first_is_a_person(tmp_path):
    """A combine's report on Vietnamese contract workers: "Nguyen Van Thanh", "Pham Thi Hoa": a family
    name of the lexicon and two short syllables, as Korean and Chinese names are read."""
    root = converted(tmp_path, (
        "The department wants Nguyen Van Thanh to stay: he is a good worker. Pham Thi Hoa has left.\n"))
    assert names(root, "persName") == ["Nguyen Van Thanh", "Pham Thi Hoa"]


def test_a_leaders_surname_the_text_names_a_town_by_is_the_town_elsewhere_too(tmp_path):
    """A concordance of Kyrgyz files: "the persons shot in Frunze", then "(Frunze for Bishkek)" and
    "the internal prison of the NKVD, Frunze, 19.I.38": where the text names the town called after the
    commander and never the man, his bare surname is the town."""
    root = converted(tmp_path, (
        "The files of the persons shot in Frunze in November 1938 are in opis 1. Names of places are as on the "
        "cover (Frunze for Bishkek, Przhevalsk for Karakol).\n\nKASYMOV Abdulla. Shot in the internal prison "
        "of the NKVD, Frunze, 19.I.38.\n"))
    assert names(root, "placeName").count("Frunze") == 3
    assert names(root, "persName") == ["KASYMOV Abdulla"]


def test_the_place_a_priest_or_a_mullah_serves_is_a_place(tmp_path):
    """A Cheka summary and a land-reform report: "the mullah of Tyurlema, Zakir ABDULLIN", "the priests
    of Dingelstädt and Leinefelde": the clergy are named by the place they serve."""
    root = converted(tmp_path, (
        "The mullah of Tyurlema, Zakir ABDULLIN, was arrested. The priests of Dingelstädt and Leinefelde "
        "preached against the reform.\n"))
    assert names(root, "placeName") == ["Tyurlema", "Dingelstädt", "Leinefelde"]
    assert names(root, "persName") == ["Zakir ABDULLIN"]


def test_a_name_before_suburb_is_a_place(tmp_path):
    """An air-defence report: "the siren was not heard in the Berezina suburb": the town's quarter,
    though the name ends as a surname does."""
    root = converted(tmp_path, "The siren was not heard in the Berezina suburb at all.\n")
    assert names(root, "placeName") == ["Berezina suburb"] and names(root, "persName") == []
