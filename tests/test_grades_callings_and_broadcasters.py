"""What the sixtieth round of issue 15 read (set BJ): graded ranks, callings alone, broadcasters and
other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_senior_grade_before_a_graded_rank_is_part_of_the_title(tmp_path):
    """A division's political report signs off "Senior Battalion Commissar KAZARYAN": a rank of 1937,
    graded twice, before its holder; "the Senior Battalion" with no rank after it is still a body."""
    root = converted(tmp_path, (
        "Head of the political department\nSenior Battalion Commissar KAZARYAN\n\nThe Senior Battalion "
        "of cadets marched to the station.\n"))
    assert names(root, "persName") == ["KAZARYAN"]
    assert names(root, "orgName") == ["Senior Battalion"]


def test_the_letter_of_a_case_or_a_category_is_no_initial(tmp_path):
    """A laboratory's report numbers its cases by letter, and a selection mission's card its categories:
    "Case A. Skeleton 211", "Category B. Interview"; the letter names no one, while "the case of V.
    Petrov" still holds a man."""
    root = converted(tmp_path, (
        "Case A. Skeleton 211 (male), aged about 40.\n\nMining — Category B. Interview on the 27th.\n\n"
        "The case of V. Petrov was heard.\n"))
    assert names(root, "persName") == ["V. Petrov"]


def test_a_name_with_a_japanese_honorific_after_it_is_a_person(tmp_path):
    """An internee's commentary thanks "Okabe-sensei" and quotes a guard's roll with "TANAKA-DONO": the
    honorific after the hyphen makes the name a person's, where no list knows the name; a town with a
    hyphen ("San-Remo") is still the town."""
    root = converted(tmp_path, (
        "My thanks go to Okabe-sensei, without whom nothing here would exist. The roll was signed by "
        "TANAKA-DONO. The parcel went to San-Remo.\n"))
    assert names(root, "persName") == ["Okabe-sensei", "TANAKA-DONO"]
    assert names(root, "placeName") == ["San-Remo"]


def test_a_broadcaster_named_by_its_country_is_a_body(tmp_path):
    """A commissioner's report on listening: "read over Vatican Radio and Polish Radio", a phone-in's
    letterhead "BELARUSIAN RADIO": bodies, not a see and a country; "on the radio" and "Radio Street"
    are no bodies."""
    root = converted(tmp_path, (
        "BELARUSIAN RADIO — FIRST PROGRAMME\n\nIts issues are read over Vatican Radio and Polish Radio; "
        "he heard them on the radio at his flat in Radio Street.\n"))
    assert names(root, "orgName") == ["BELARUSIAN RADIO", "Vatican Radio", "Polish Radio"]
    assert names(root, "placeName") == ["Radio Street"]


def test_a_policy_a_law_a_classification_and_a_record_group_are_no_bodies(tmp_path):
    """A children's commission taxes traders "under NEP rules"; a release summary cites "a FOIA request"
    and "NARA (RG 59)" under a heading with "DATE OF INFO" and "DATE DISTR."; a degree file gives a
    thesis's "UDC 517.9". Only the archive is a body."""
    root = converted(tmp_path, (
        "SUBJECT: Frontier posts / DATE OF INFO: Nov 1951 / DATE DISTR.: 14 Feb 52\n\nUnder NEP rules the "
        "traders paid a levy. A FOIA request went to NARA (RG 59). The thesis (UDC 517.9) was defended.\n"))
    assert names(root, "orgName") == ["NARA"]


def test_a_calling_or_an_office_alone_is_no_surname_for_its_ending(tmp_path):
    """A displaced engineer's CV: "IX.1938 – IX.1941 — Prisoner in Ukhtizhemlag"; a commission's
    report: "Information of the Commissioner of the Council": words ending as German surnames do, but a
    calling and an office, no persons; the office before a name makes it a person ("Commissioner
    Rimkus")."""
    root = converted(tmp_path, (
        "IX.1938 – IX.1941 — Prisoner in Ukhtizhemlag.\n\nInformation of the Commissioner of the Council "
        "for Religious Affairs. Commissioner Rimkus signed it.\n"))
    assert names(root, "persName") == ["Rimkus"]


def test_a_name_before_a_market_a_crossing_or_an_estate_is_the_place(tmp_path):
    """A children's commission and a river inspector's act: "thefts at the Ozyorka bazaar", "beached at
    the Yeluga shoal", "the Dorogomilovsky market", "the former Karaul estate": names no list knows, one
    ending like a surname, but the sites' places; "One landing down" holds no place."""
    root = converted(tmp_path, (
        "The gang stole at the Ozyorka bazaar and at the Dorogomilovsky market. The tug was beached at the "
        "Yeluga shoal. He managed the former Karaul estate. One landing down, a door stood open.\n"))
    assert names(root, "placeName") == ["Ozyorka", "Dorogomilovsky", "Yeluga", "Karaul"]
    assert names(root, "persName") == []


def test_a_japanese_eras_counted_month_and_day_are_the_gregorian_ones(tmp_path):
    """An internee's poems are dated "Shōwa 20, eighth month, nineteenth day" and "the sixth day of the
    first month, Shōwa 21": since 1873 the counted months are the Gregorian ones. A day the month has
    not ("thirtieth day" of the second) is no date."""
    root = converted(tmp_path, (
        "Written at Mukden, Shōwa 20, eighth month, nineteenth day. Dated \"the sixth day of the first month, "
        "Shōwa 21\". Signed Shōwa 21, seventh month. Copied Showa 20, second month, thirtieth day.\n"))
    assert date_values(root) == {"Shōwa 20, eighth month, nineteenth day": "1945-08-19",
                                 "the sixth day of the first month, Shōwa 21": "1946-01-06",
                                 "Shōwa 21, seventh month": "1946-07"}


def test_a_name_after_a_church_territory_in_small_letters_is_a_place(tmp_path):
    """A council's commissioner lists "the diocese of Vilkaviškis" and "the eparchy of Kolomyja": the
    names after a church's territory are places, however they end, as after "the parish of"."""
    root = converted(tmp_path, (
        "The administrators of the diocese of Vilkaviškis and of the eparchy of Kolomyja were summoned.\n"))
    assert names(root, "placeName") == ["Vilkaviškis", "Kolomyja"]


def test_a_speakers_initials_in_a_transcript_are_no_body(tmp_path):
    """An oral-history transcript introduces "Interviewer: Olga Weber (OW)" and labels her questions "OW:":
    her initials, not an institution's acronym; "the Regional Water Board (RWB)" keeps its acronym."""
    root = converted(tmp_path, (
        "Interviewer: Olga Weber (OW)\nRecorded: 12 June 2004\n\nOW: Let us start with the war.\n\n"
        "OW: Where did you live then?\n\nWe lived by the dam; the Regional Water Board (RWB) ran it.\n"))
    assert names(root, "orgName") == ["Regional Water Board", "RWB"]
    assert names(root, "persName") == ["Olga Weber"]


def test_a_leaders_name_before_a_towns_own_body_and_of_is_the_town(tmp_path):
    """A combine's report: "the Kalinin obkom of the Union of Textile Workers": the town named after the
    leader, whose body the obkom is, though "of" follows the body; "the Kalinin case" stays the man's."""
    root = converted(tmp_path, (
        "The trade-union committee and the Kalinin obkom of the Union of Textile Workers agreed. The Kalinin "
        "case was closed.\n"))
    assert names(root, "placeName") == ["Kalinin"]
    assert names(root, "persName") == ["Kalinin"]


def test_a_year_after_an_article_and_before_a_plural_is_a_date(tmp_path):
    """A historian's note: "the 1939 returns show a rise", "copies of the 1940 lists": the year dates the
    papers; a table's "2080 majors and captains" is still a count."""
    root = converted(tmp_path, (
        "The 1939 returns show a sharp rise; copies of the 1940 lists are in Kyiv.\n\nRanks\n2080 majors and "
        "captains\n"))
    assert date_values(root) == {"1939": "1939", "1940": "1940"}


def test_an_academys_expedition_is_a_body(tmp_path):
    """A council's protocol: "the session of the Council of the Tajik-Pamir Expedition", "the Soviet-German
    Alai-Pamir Expedition of 1928": bodies with their own council, not regions; "the expedition" alone is
    no name."""
    root = converted(tmp_path, (
        "Session of the Council of the Tajik-Pamir Expedition. The Soviet-German Alai-Pamir Expedition of "
        "1928 mapped the glacier; the expedition left in May.\n"))
    assert names(root, "orgName") == ["Tajik-Pamir Expedition", "Soviet-German Alai-Pamir Expedition"]


def test_a_procuracy_or_an_inspectorate_before_its_officials_name_is_two_names(tmp_path):
    """A collision act's commission: "representative of the Water Transport Inspectorate Z. M. Rabinovich":
    a body and its official, not one man's long name."""
    root = converted(tmp_path, (
        "Members: representative of the Water Transport Inspectorate Z. M. Rabinovich, and chairman of the "
        "raiispolkom.\n"))
    assert names(root, "orgName") == ["Water Transport Inspectorate"]
    assert names(root, "persName") == ["Z. M. Rabinovich"]


def test_a_shipping_line_is_a_body_though_its_river_is_a_forename(tmp_path):
    """A collision act: "the tug (Kama Steamship Line, captain A. M. Yakupov)", "claims to the Yenisei
    Shipping Line": companies, not a woman named Kama; the river of the second is its place."""
    root = converted(tmp_path, (
        "The tug \"Kommunar\" (Kama Steamship Line, captain A. M. Yakupov) was grounded. Claims go to the "
        "Yenisei Shipping Line.\n"))
    assert names(root, "orgName") == ["Kama Steamship Line", "Shipping Line"]
    assert names(root, "persName") == ["A. M. Yakupov"]
    assert names(root, "placeName") == ["Yenisei"]


def test_a_name_before_a_hospital_or_a_platoon_is_its_town(tmp_path):
    """A mine-fire act: "poisoning, in the Ahtme hospital", "the rescuers of the Ahtme platoon": the town
    the hospital and the rescue platoon are named by, not a body nor a person; "the Bratskgesstroi
    hospital" is the construction trust's."""
    root = converted(tmp_path, (
        "Ivanov P. F., miner — poisoning, in the Ahtme hospital. The commission notes the rescuers of the "
        "Ahtme platoon. He was chief surgeon of the Bratskgesstroi hospital.\n"))
    assert names(root, "placeName") == ["Ahtme", "Ahtme"]
    assert names(root, "orgName") == ["Bratskgesstroi"]


def test_a_known_surname_in_capitals_and_its_forenames_are_one_name(tmp_path):
    """A list of the NKVD's chiefs prints "1. ZAKOVSKY Leonid Mikhailovich, 1894–1938" and an index
    "Yezhov, Nikolai Ivanovich": one person each, not a surname and a forename apart; two spellings of a
    surname after a comma stay two ("Oleg Khlevniuk, Khlevnyuk in some readings")."""
    root = converted(tmp_path, (
        "1. ZAKOVSKY Leonid Mikhailovich, 1894–1938.\n\nIndex: Yezhov, Nikolai Ivanovich.\n\nOleg Khlevniuk, "
        "Khlevnyuk in some readings, wrote on it.\n"))
    assert names(root, "persName") == ["ZAKOVSKY Leonid Mikhailovich", "Yezhov, Nikolai Ivanovich",
                                       "Oleg Khlevniuk", "Khlevnyuk"]


def test_an_english_word_opening_a_sentence_before_small_letters_is_no_town(tmp_path):
    """A museum's catalogue: "Oral accounts gathered after 1991", "Reading aloud of the names": English
    words that towns bear (Oral, Reading), not the towns; a town of the genre's lists or a country opening
    a sentence stays a place ("Samara at night.", "Japan will help")."""
    root = converted(tmp_path, (
        "Oral accounts gathered after 1991 were added. Reading aloud of the names took an hour.\n\n"
        "21 January. Samara at night. Rumours say Japan will help.\n"))
    assert names(root, "placeName") == ["Samara", "Japan"]


def test_a_german_engineers_degree_is_a_title(tmp_path):
    """A displaced engineer's CV signs "O. Kovalenko, Dr. Ing., formerly of Giproshakht": the degree is no
    person's name; before a name it is a title ("Dipl.-Ing. Hans Weber")."""
    root = converted(tmp_path, (
        "O. Kovalenko, Dr. Ing., formerly of Giproshakht, applied. Dipl.-Ing. Hans Weber signed.\n"))
    assert names(root, "persName") == ["O. Kovalenko", "Hans Weber"]


def test_a_hyphened_code_of_letters_is_no_transliterated_name(tmp_path):
    """A laboratory's table "Case B | Y-STR 23/23" and an editor's note "romanized by ALA-LC": codes of
    letters, not a Korean name's syllables, which have their vowels ("KIM-SEN-IR")."""
    root = converted(tmp_path, (
        "Case B | Y-STR 23/23 | identified\n\nCyrillic is romanized by ALA-LC. Chairman KIM-SEN-IR spoke.\n"))
    assert names(root, "persName") == ["KIM-SEN-IR"]


def test_prime_of_a_prime_minister_is_part_of_the_title(tmp_path):
    """A report on a plot: "contacts with the former Prime Minister DONDUK": the office's first word is
    no person's name."""
    root = converted(tmp_path, "Contacts of the group with the former Prime Minister DONDUK were found.\n")
    assert names(root, "persName") == ["DONDUK"]
