"""What the fifty-ninth round of issue 15 read (set BI): datelines of photographs, ships, codes of law
and other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_datelines_town_before_its_dotted_state_is_a_place(tmp_path):
    """A news agency's caption sheet: "KAZAN, U.S.S.R. — A lecture at the university": the town and its state,
    not a surname and its initials; "PETROV, I.I." in a list of the accused is still a person."""
    root = converted(tmp_path, (
        "No. 412 d 2/IX/36\nKAZAN, U.S.S.R. — A lecture at the university.\n\nAccused:\nPETROV, I.I.\n"))
    assert names(root, "placeName") == ["KAZAN", "U.S.S.R."]
    assert names(root, "persName") == ["PETROV, I.I."]


def test_a_tables_column_headings_are_no_route(tmp_path):
    """A trawler owners' circular flattens a table: "Vessel — Port — Date taken — Result", then its rows:
    the headings are common words, not the stages of a route, which "Narvik – Kiruna – Boden" is; and a
    caption's plural after its dateline is no town ("OMSK, U.S.S.R. — Students at a lecture")."""
    root = converted(tmp_path, (
        "Vessel — Port — Date taken — Result\nS.T. Coral — Hull — 14.IV.1926 — fined\n\nBy rail: Narvik – "
        "Kiruna – Boden.\n\nOMSK, U.S.S.R. — Students at a lecture.\n"))
    assert names(root, "placeName") == ["Hull", "Narvik", "Kiruna", "Boden", "OMSK", "U.S.S.R."]


def test_a_ships_name_after_its_abbreviation_or_a_small_crafts_word_is_no_entity(tmp_path):
    """A trawler owners' circular and a customs act: "the S.T. "STELLA ORION"", "H.M.S. "Harebell" will
    be on the grounds", "the Turkish felucca "Nusret"", "the tug Smely": ships' names, unmarked, and
    their abbreviations no bodies."""
    root = converted(tmp_path, (
        "DETENTION OF THE S.T. \"STELLA ORION\" (H. 217)\nThe owners are informed that H.M.S. \"Harebell\" "
        "will be on the grounds. The Turkish felucca \"Nusret\" was detained. The tug Smely towed it to "
        "Batum.\n"))
    assert names(root, "persName") == []
    assert names(root, "orgName") == []
    assert names(root, "placeName") == ["Batum"]


def test_a_town_after_comrade_is_the_persons_surname(tmp_path):
    """A collegium's protocol: "Comrade Kapsukas points out …": after a title the word is the man whose
    pseudonym a town was later named by, not the town; "in Kapsukas" stays the town."""
    root = converted(tmp_path, (
        "Comrade Kapsukas points out that the society is led by priests. The school in Kapsukas was closed.\n"))
    assert names(root, "persName") == ["Kapsukas"]
    assert names(root, "placeName") == ["Kapsukas"]


def test_an_initial_after_a_calling_is_no_settlements_abbreviation(tmp_path):
    """A mine-fire act: "platoon commander A. Kiisk brought out three miners": an Estonian surname that
    ends as Russian towns do, with its initial after a calling; a villagers' list's "V. Pokrovskoe" is
    still the village."""
    root = converted(tmp_path, (
        "The rescuers of platoon commander A. Kiisk brought out three miners.\n\nHOSTAGES\n1. SOROKIN Ivan "
        "Petrovich; shoemaker; V. Pokrovskoe.\n"))
    assert names(root, "persName") == ["A. Kiisk", "SOROKIN Ivan Petrovich"]
    assert names(root, "placeName") == ["Pokrovskoe"]


def test_a_captions_town_before_its_region_is_a_place_though_a_leader_bore_its_name(tmp_path):
    """A photo agency's caption sheet: "FRUNZE, KIRGHIZIA — Celebrations", "ORDZHONIKIDZE, NORTH
    OSSETIAN AUTONOMOUS REGION — A new school": the towns named after the two leaders, which a dateline
    gives with their region; "Comrade Ordzhonikidze spoke" is still the man."""
    root = converted(tmp_path, (
        "No. 36-1388 d 11/XII/36\nFRUNZE, KIRGHIZIA — Celebrations in the square.\n\nNo. 36-1390 d 19/X/36\n"
        "ORDZHONIKIDZE, NORTH OSSETIAN AUTONOMOUS REGION — A new school. Comrade Ordzhonikidze spoke.\n"))
    assert names(root, "placeName") == ["FRUNZE", "KIRGHIZIA", "ORDZHONIKIDZE", "NORTH OSSETIAN AUTONOMOUS REGION"]
    assert names(root, "persName") == ["Ordzhonikidze"]


def test_initials_after_an_enterprise_and_its_word_begin_its_mans_name(tmp_path):
    """A mine-fire act's commission: "the chief engineer of the Estonslanets combine R. J. Lepik": the
    combine is named before its word, so the initials after it open the engineer's name; "the firm
    Krupp" is still the firm."""
    root = converted(tmp_path, (
        "Members: the chief engineer of the Estonslanets combine R. J. Lepik; a buyer of the firm Krupp.\n"))
    assert names(root, "persName") == ["R. J. Lepik"]
    assert names(root, "orgName") == ["Estonslanets", "Krupp"]


def test_a_ranks_grade_is_part_of_the_title_not_a_body(tmp_path):
    """A court's sentence of 1937: "Presiding, Army Military Jurist V. V. Ulrikh", "Army Commissar 2nd
    Rank Gamarnik", "Corps Commander Primakov": the Red Army's graded ranks, titles before the names, no
    "Army" or "Corps" as a body; "the 27th Army" is still one."""
    root = converted(tmp_path, (
        "Presiding, Army Military Jurist V. V. Ulrikh; members, Corps Commander Primakov and Army Commissar "
        "2nd Rank Gamarnik. He served in the 27th Army.\n"))
    assert names(root, "persName") == ["V. V. Ulrikh", "Primakov", "Gamarnik"]
    assert names(root, "orgName") == ["27th Army"]


def test_a_skipper_is_a_title(tmp_path):
    """A trawler owners' circular: "Skipper Harland signed three such papers": the vessel's master, his
    title before his surname."""
    root = converted(tmp_path, "Skipper Harland signed three such papers at Murmansk.\n")
    assert names(root, "persName") == ["Harland"]


def test_a_village_named_like_a_compound_abbreviation_stays_the_village(tmp_path):
    """A Buddhist newsletter: "the village of Tsugol", then "a doctor-lama at Tsugol": the word ends as
    Soviet compounds for coal trusts do, but the text names it a village, and so it is wherever it
    stands; "the wells of Sakhalinneft" are still the trust's."""
    root = converted(tmp_path, (
        "He grew up in the village of Tsugol. He was a doctor-lama at Tsugol until 1930. The wells of "
        "Sakhalinneft were dry.\n"))
    assert names(root, "placeName") == ["Tsugol", "Tsugol"]
    assert names(root, "orgName") == ["Sakhalinneft"]


def test_a_korean_name_in_capitals_is_a_person_not_three_acronyms(tmp_path):
    """A Soviet commandant's report from Korea: "The chairman of the committee, PAK DEN KHVAN (Pak
    Chong-hwan), a teacher": a family name and its given name as a Russian file transcribes them, with
    the romanised form in brackets; "the NKVD" stays a body."""
    root = converted(tmp_path, (
        "The chairman of the committee, PAK DEN KHVAN (Pak Chong-hwan), a former teacher, spoke against the "
        "NKVD.\n"))
    assert names(root, "persName") == ["PAK DEN KHVAN", "Pak Chong-hwan"]
    assert names(root, "orgName") == ["NKVD"]


def test_korean_family_names_in_mccune_reischauer_are_known(tmp_path):
    """The same report: "CHOE KYONG DOK demands the confiscation": a family name romanised as
    Korean-era documents spell it."""
    root = converted(tmp_path, "The committee met. CHOE KYONG DOK demands the confiscation of all land.\n")
    assert names(root, "persName") == ["CHOE KYONG DOK"]


def test_a_colonys_acronym_and_number_are_its_name(tmp_path):
    """A militia's wanted circular: "escaped from the corrective labour colony (ITK No. 3) at Bataisk",
    and a memoir's "Colony No. 4 (ITK-4)": colonies; "five years ITK" is a sentence, no body."""
    root = converted(tmp_path, (
        "He escaped from the corrective labour colony (ITK No. 3) at Bataisk. She was held in Colony No. 4 "
        "(ITK-4), Vyshny Volochek. He got five years ITK.\n"))
    assert names(root, "orgName") == ["ITK No. 3", "Colony No. 4", "ITK-4"]


def test_a_cape_or_an_inlet_after_its_name_is_a_place(tmp_path):
    """A customs act and a trawler owners' circular: "between Makhinjauri and the Green Cape", "towed
    into the Kola Inlet": coastal places named with their word after the name; "Trains Nos. 81 and 86"
    name no place."""
    root = converted(tmp_path, (
        "The felucca made for the shore near the Green Cape. The trawler was towed into the Kola Inlet. "
        "Trains Nos. 81 and 86 left.\n"))
    assert names(root, "placeName") == ["Green Cape", "Kola Inlet"]


def test_a_peoples_government_is_a_generic_noun(tmp_path):
    """A trawler owners' circular and a note of protest: "the twelve miles claimed by the Soviet
    Government", "the Norwegian Government were informed": a generic noun, unmarked as "the
    government" is; "the Provisional Government" and "the Mongolian People's Government" are named."""
    root = converted(tmp_path, (
        "The twelve miles are claimed by the Soviet Government. The Norwegian Government were informed. "
        "The Provisional Government fell. The Mongolian People's Government met.\n"))
    assert names(root, "orgName") == ["Provisional Government", "Mongolian People's Government"]


def test_a_name_before_comma_where_is_the_place(tmp_path):
    """A border report: "they crossed the river to Mogilev-Podolsky, where they were detained": the
    clause tells of the town, though its name ends as a surname; "sent to Ozerlag, where he ran the
    surgical block" keeps the camp a body."""
    root = converted(tmp_path, (
        "They crossed the river to Mogilev-Podolsky, where they were detained. He was sent to Ozerlag, where "
        "he ran the surgical block.\n"))
    assert names(root, "placeName") == ["Mogilev-Podolsky"]
    assert names(root, "orgName") == ["Ozerlag"]


def test_a_day_after_a_resolutions_initial_is_a_date(tmp_path):
    """A commandant's report: "Agree. To the Military Council. L. 29.XI.": the initial signs the
    resolution and the day after it is its date; "GARF, f. 1, op. 2, d. 3, l. 29" is a citation's
    sheet."""
    root = converted(tmp_path, (
        "Report of 5 November 1945.\nResolution: Agree. L. 29.XI.\n\nGARF, f. 1, op. 2, d. 3, l. 29.\n"))
    assert date_values(root) == {"5 November 1945": "1945-11-05", "29.XI": "1945-11-29"}
