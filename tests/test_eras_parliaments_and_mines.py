"""What the fifty-seventh round of issue 15 read (set BG): the Japanese reign eras, parliaments named
in their own languages, and other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_japanese_reign_year_is_its_gregorian_year(tmp_path):
    """A border detachment's crew roll of a Japanese schooner: "born Showa 6", "born Taisho 14": the
    era's year is a date, valued in the Gregorian calendar, and the era is no person; "Taisho 16" is no
    year, the era having had fifteen."""
    root = converted(tmp_path, (
        "Yuzhno-Kurilsk, 03.08.76\n\n1. SAKAMOTO Tetsuo, master, born Showa 6, Nemuro.\n"
        "2. ONODERA Masao, seaman, born Taisho 14, Rausu; his papers say Taisho 16.\n"))
    values = date_values(root)
    assert values["Showa 6"] == "1931" and values["Taisho 14"] == "1925"
    assert "Taisho 16" not in values
    assert names(root, "persName") == ["SAKAMOTO Tetsuo", "ONODERA Masao"]


def test_a_parliament_named_in_its_own_language_is_a_body(tmp_path):
    """A consulate's letter from Tabriz and a Cossack's file: "to be decided later by the Majlis", "a
    member of the Kuban Rada", "the Mejlis sent a letter": bodies of the genre authority, not persons."""
    root = converted(tmp_path, (
        "The rest is to be decided later by the Majlis. He was a member of the Kuban Rada in 1918. The Mejlis "
        "of the Crimean Tatar People met in Simferopol; the Mejlis sent a letter.\n"))
    assert names(root, "orgName") == ["Majlis", "Kuban Rada", "Mejlis of the Crimean Tatar People", "Mejlis"]
    assert names(root, "persName") == []


def test_a_quoted_name_after_a_kolkhoz_name_is_the_kolkhoz(tmp_path):
    """An editor's note on a court ruling: "The kolkhoz name "Vyl Gurt" means "New Village"": the name
    after an organisation's word and "name" is the kolkhoz's, not a person's cover name; a "party name"
    is still a revolutionary's."""
    root = converted(tmp_path, (
        "The kolkhoz name \"Vyl Gurt\" means \"New Village\" in Udmurt. ALKSNIS (party name \"Astrov\") was "
        "its patron.\n"))
    assert names(root, "orgName") == ["Vyl Gurt"] and names(root, "persName") == ["ALKSNIS", "Astrov"]


def test_a_quarter_named_after_its_market_or_farmstead_is_a_place(tmp_path):
    """A health department's report: "the railway yards at Atamansky Khutor", "for sale at the Troitsky
    Bazaar": the word closing the name makes it a place, though the first ends as a surname does."""
    root = converted(tmp_path, (
        "The dead lay in the railway yards at Atamansky Khutor. Linen was sold at the Troitsky Bazaar.\n"))
    assert names(root, "placeName") == ["Atamansky Khutor", "Troitsky Bazaar"]
    assert names(root, "persName") == []


def test_a_catalogues_call_number_is_no_body(tmp_path):
    """A map catalogue: "VH 1. Plan of the town of Toyohara", "VH 10–14. Five sheets", "Compare VH 3.":
    the letters of a call number, not a body; "the NKVD 3." stays one."""
    root = converted(tmp_path, (
        "CATALOGUE\n\nVH 1. Plan of the town of Toyohara, 1945. Compare VH 3.\n\nVH 10–14. Five sheets of the "
        "coast.\n\nA copy went to the NKVD 3.\n"))
    assert names(root, "orgName") == ["NKVD"]


def test_a_coroner_an_institution_and_a_firms_partners(tmp_path):
    """A London newspaper's inquest report: "The Coroner: Did he speak of it?" addresses an office, no
    one; "the John Innes Horticultural Institution" is a body; "Reid and Astbury, Limited" is one firm."""
    root = converted(tmp_path, (
        "Mr. Henry Pell, a director of Reid and Astbury, Limited, engineers, said so. He had worked at the "
        "John Innes Horticultural Institution.\n\nThe Coroner: Did he speak of the camp?\n"))
    assert names(root, "persName") == ["Henry Pell"]
    assert names(root, "orgName") == ["Reid and Astbury, Limited", "John Innes Horticultural Institution"]


def test_a_border_district_named_by_an_ocean_is_one_body(tmp_path):
    """A border detachment's report "To the Chief of Troops of the Pacific Border District": the
    district is the army's command, "Pacific" its adjective, not the ocean; the Kiev of "the Kiev
    Military District" is still named by the district's rule."""
    root = converted(tmp_path, "To the Chief of Troops of the Pacific Border District. Urgent.\n")
    assert names(root, "orgName") == ["Pacific Border District"] and names(root, "placeName") == []


def test_a_surname_in_capitals_before_initials_in_a_list_is_a_person(tmp_path):
    """A heritage report's list of residents: "HRYHORENKO Olena, typist, and LEVIN M. B., archivist":
    the "M." after the surname is an initial, not a Roman numeral cutting a heading's words; an annex's
    numeral alone on its line ("ANNEX I.") is no initial."""
    root = converted(tmp_path, (
        "Two flats went to HRYHORENKO Olena, typist, and LEVIN M. B., archivist.\n\nANNEX I.\n\n"
        "List of the residents.\n"))
    assert names(root, "persName") == ["HRYHORENKO Olena", "LEVIN M. B."]


def test_an_english_detectives_rank_is_a_title(tmp_path):
    """An inquest report: "Detective-Sergeant Albert Rowe, of Harrow Road police station, produced the
    letter": the rank joined by a hyphen is the title, the name after it the person."""
    root = converted(tmp_path, "Detective-Sergeant Albert Rowe, of the police station, produced the letter.\n")
    assert names(root, "persName") == ["Albert Rowe"]


def test_the_kuril_islands_and_hokkaido_are_places(tmp_path):
    """A border detachment's interrogation: "home port Nemuro (Hokkaido)", "installations on Kunashir or
    Iturup", "Shumshu and northern Paramushir": islands of the genre's gazetteer."""
    root = converted(tmp_path, (
        "The schooner, home port Nemuro (Hokkaido), was detained. Were you sent to observe installations on "
        "Kunashir or Iturup? The sheet shows Shumshu and northern Paramushir.\n"))
    assert {"Hokkaido", "Kunashir", "Iturup", "Shumshu", "Paramushir"} <= set(names(root, "placeName"))
    assert names(root, "persName") == []
