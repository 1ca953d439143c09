"""What the thirty-ninth round of issue 15 read (set AO): an Odessa Cheka list of white officers, an
OGPU report on the Sakhalin concessions, a Uralmash spravka, a GPU circular on the autocephalous
church, a book's index, prosopography notes, a TV transcript, a new martyr's life.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_roman_month_ranges_and_a_years_last_figure(tmp_path):
    """"Head of the UNKVD I–XI.1938": January to November; "the kulak operation (1937–8)": two years."""
    text = "Notes, 1998\n\nHead of the UNKVD for Omsk Oblast I–XI.1938. The kulak operation (1937–8) began.\n"
    values = date_values(converted(tmp_path, text))
    assert values["I–XI.1938"] == "1938-01/1938-11"
    assert values["1937–8"] == "1937/1938"


def test_an_index_tells_a_town_from_its_namesake(tmp_path):
    """"Kirov (city), see Vyatka" above "Kirov, S. M.": the town, then the man."""
    text = "INDEX\n\nKirov (city), see Vyatka\nKirov, S. M., 45, 67\n"
    root = converted(tmp_path, text)
    assert names(root, "placeName")[:2] == ["Kirov", "Vyatka"]
    assert names(root, "persName")[0].startswith("Kirov")


def test_a_street_abbreviated_after_its_name_but_not_a_signature_nor_a_saint(tmp_path):
    """"Lived at Kanatnaya St., No. 17" is a street; "I. St." signs a resolution; "Memorial St
    Petersburg" names a town."""
    text = ('He lived at Kanatnaya St., No. 17. Resolution: "For. I. St. 29/VIII". Irina Flige, historian, '
            "Memorial St Petersburg.\n")
    root = converted(tmp_path, text)
    assert "Kanatnaya St" in " ".join(names(root, "placeName"))
    assert "I. St" in names(root, "persName")
    assert "Memorial" in names(root, "orgName")


def test_the_secret_department_after_the_and_the_white_armies_acronyms(tmp_path):
    """"To report to the SO by 1 October"; VSYuR, Osvag, VUAN and UAOC are bodies, not persons."""
    text = ("To report to the SO by 1 October. He served in the Armed Forces of South Russia (VSYuR) and in "
            "Osvag. YEFREMOV, Vice-President of the VUAN, spoke. The Ukrainian Autocephalous Orthodox Church "
            "(UAOC) had 32 bishops; the UAOC was dissolved.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert {"SO", "VSYuR", "Osvag", "VUAN", "UAOC"} <= set(orgs)
    assert names(root, "persName") == ["YEFREMOV"]


def test_a_plants_shops_a_trust_and_a_special_bench(tmp_path):
    """"The Forge-and-Press Shop", "the Steel Foundry", "the wells of Sakhalinneft" (an oil trust, not a
    place of wells), "the Special Judicial Presence"."""
    text = ("In the Steel Foundry and in the Forge-and-Press Shop the wreckers worked. He gave a list of the "
            "wells of Sakhalinneft. He was sentenced by the Special Judicial Presence.\n")
    orgs = set(names(converted(tmp_path, text), "orgName"))
    assert {"Steel Foundry", "Forge-and-Press Shop", "Sakhalinneft", "Special Judicial Presence"} <= orgs


def test_a_church_title_alone_and_a_transcripts_bracketed_label(tmp_path):
    """"The Hieromartyr was rehabilitated": a title, nobody's name; "[ARCHIVE FILM, black and white]"
    is what a transcript shows, no body."""
    text = "The Hieromartyr was rehabilitated in 1989.\n\n[ARCHIVE FILM, black and white, no sound.]\n"
    root = converted(tmp_path, text)
    assert not names(root, "persName")
    assert not names(root, "orgName")
