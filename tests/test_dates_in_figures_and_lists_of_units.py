"""What the sixty-fifth round of issue 15 read (set BO): dates written year first or in figures with no
year, lists of numbered units, and the other shapes of a front's report, a fishing fleet's file, a
delimitation commission and a telegram from the diamond fields.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_date_written_year_first_is_one_date(tmp_path):
    """A citation of a minor planet writes its days as astronomers do, the year first: "Discovered
    2004 Aug. 21", "shot on 1937 May 25". Each is one date of that year, not a year and a day left to
    the story's clock."""
    root = converted(tmp_path, (
        "Citations issued 2019 Nov. 18\n\n(48371) Zaleski = 2004 QF9\nDiscovered 2004 Aug. 21 at Andrushivka.\n"
        "Named for an astronomer of the Pulkovo Observatory, who was shot on 1937 May 25.\n"))
    values = date_values(root)
    assert values["2004 Aug. 21"] == "2004-08-21"
    assert values["1937 May 25"] == "1937-05-25"
    assert values["2019 Nov. 18"] == "2019-11-18"
    assert "1937" not in values


def test_a_day_and_month_in_figures_with_no_year_is_a_date_where_a_day_is_expected(tmp_path):
    """A front's report and a file's notes write a day and month in figures with no year: "waiting for
    unloading since 22.12", "On 22/8 he was placed in the cell", a note signed "Yu. B. 27.12". Each is a
    day of the document's year; measures, clock times and section numbers of the same shape are not
    ("by 21.4 per cent", "until 06.12", "2.1. To rename")."""
    root = converted(tmp_path, (
        "Report of 3 November 1939.\n\n1. The trains of the 44th division have been waiting since 22.12. "
        "On 22/8 he was placed in the cell. Losses fell by 21.4 per cent; the lamps burned until 06.12 "
        "because the key was lost, and 1.5 tons of fats were issued.\n2.1. To rename the street.\n\n"
        "Agreed. Yu. B. 27.12\n"))
    values = date_values(root)
    assert values["22.12"] == "1938-12-22"
    assert values["22/8"] == "1939-08-22"
    assert values["27.12"].endswith("-12-27")
    assert not {"21.4", "06.12", "2.1", "1.5"} & set(values)


def test_each_ordinal_of_a_list_of_named_units_is_a_unit(tmp_path):
    """A front's medical report lists its units by ordinals before one plural name: "the 57th and 82nd
    Rifle Divisions", "the 11th and 6th Tank Brigades". Each ordinal is a unit (the last with the
    name), and "the 11th" is no day of the month; a list in small letters keeps the ordinals alone."""
    root = converted(tmp_path, (
        "Report of 3 September 1939.\n\nThe medical battalions of the 57th and 82nd Rifle Divisions and the "
        "medical companies of the 11th and 6th Tank Brigades worked through the night. Meetings were held "
        "in the 122nd and 149th regiments.\n"))
    orgs = names(root, "orgName")
    assert {"57th", "82nd Rifle Divisions", "11th", "6th Tank Brigades", "122nd", "149th"} <= set(orgs)
    assert "the 11th" not in date_values(root)


def test_the_turkmen_tribes_and_the_kara_kalpaks_are_peoples(tmp_path):
    """A delimitation commission's protocol names the peoples of the lands it divides: "the Kara-Kalpak
    group accepts", "the Yomut and Chowdur population there forms a majority". They are peoples, not
    persons nor bodies; the delegate named is a person."""
    root = converted(tmp_path, (
        "Protocol of 3 May 1924.\n\nFrom the Kara-Kalpak group — SEITMURATOV D. The Kara-Kalpak group accepts "
        "the line for the Kipchak volost, since the Yomut and Chowdur population there forms a majority.\n"))
    assert not {"Kara-Kalpak", "Yomut", "Chowdur"} & set(names(root, "persName") + names(root, "orgName"))
    assert "SEITMURATOV D." in names(root, "persName")


def test_the_mongolian_republic_and_the_bodies_of_a_file_by_their_short_names(tmp_path):
    """A front's report and a ministry's distribution list name by short forms what the genre's
    authority now knows: the Mongolian People's Republic ("the territory of the MNR", "the government
    of the MPR") is a state, a place; "Minfin USSR" and the Transcaucasian GPU written "Zakgpu" are
    bodies, not persons nor places."""
    root = converted(tmp_path, (
        "Report of 9 September 1939.\n\nThe territory of the MNR was cleared of the enemy; the government of the "
        "MPR was informed. She was received at Zakgpu on the 19th.\n\nDistribution: 1 — Razzakov; "
        "2 — Minfin USSR; 3 — file.\n"))
    assert {"MNR", "MPR"} <= set(names(root, "placeName"))
    assert {"Zakgpu", "Minfin"} <= set(names(root, "orgName"))
    assert not {"Minfin", "Zakgpu"} & set(names(root, "persName") + names(root, "placeName"))


def test_a_heading_opened_by_a_title_in_capitals_names_no_one(tmp_path):
    """A report's numbered headings in capitals may open with a word that is also a rank: "1. GENERAL
    SITUATION", "SECTION I. GENERAL PROVISIONS". The word after it is a common word, no surname; a
    surname after the rank ("GENERAL KOROTKIKH") and an office after a title ("CHIEF ENGINEER") still
    name a person."""
    root = converted(tmp_path, (
        "REPORT ON THE MEDICAL SERVICE, 9.IX.39\n\n1. GENERAL SITUATION\n\nThe offensive began at dawn.\n\n"
        "SECTION I. GENERAL PROVISIONS\n\nThe orders of GENERAL KOROTKIKH were carried out.\n"))
    persons = names(root, "persName")
    assert not {"SITUATION", "PROVISIONS", "GENERAL SITUATION"} & set(persons)
    assert "KOROTKIKH" in persons


def test_a_port_named_by_its_kind_is_the_body_that_runs_it(tmp_path):
    """A fishing fleet's file writes to "the Captain of the Tallinn Marine Fishing Port", and a list of
    the accused names "the chief of the Poti Sea Port". A port with its kind before "Port" (commercial,
    sea, fishing) is an institution, and "Marine" no first name; "Port Arthur" stays a town."""
    root = converted(tmp_path, (
        "To the Captain of the Tallinn Marine Fishing Port\n\nREPORT of 4 October 1970\n\nBefore the voyage "
        "the boatswain was the chief of the Poti Sea Port; his father had served at Port Arthur.\n"))
    orgs = names(root, "orgName")
    assert any(org.endswith("Marine Fishing Port") for org in orgs) and any(o.endswith("Sea Port") for o in orgs)
    assert not any("Port" in person for person in names(root, "persName"))
    assert "Port Arthur" in names(root, "placeName")


def test_a_madrasa_named_after_its_founder_is_a_building(tmp_path):
    """A delimitation protocol says that a party school "occupies the Muhammad Rakhim-khan Madrasa". A
    madrasa named after its founder is a building, a place, like a mosque; its founder's name is no
    person's mention."""
    root = converted(tmp_path, (
        "Protocol of 3 May 1924.\n\nThe Khorezm Party School occupies the Muhammad Rakhim-khan Madrasa; the "
        "Kukeldash Madrasa stands empty.\n"))
    places = names(root, "placeName")
    assert {"Muhammad Rakhim-khan Madrasa", "Kukeldash Madrasa"} <= set(places)
    assert not names(root, "persName")


def test_a_surname_in_capitals_after_a_known_acronym_that_spells_a_forename(tmp_path):
    """A signature names the official's department by its acronym and then his surname in capitals:
    "Chief of the EKO PETROV", "Chief of the INO IVANOV", "Assistant Chief of the 3rd section of the SOO
    POLYANSKY". An acronym the lexicon knows is the department, though it also spells a forename, and
    the surname after it is the person."""
    root = converted(tmp_path, (
        "Petition of 4 March 1927.\n\nTo be forwarded.\n\nChief of the EKO PETROV\n\nChief of the INO IVANOV\n\n"
        "Assistant Chief of the 3rd section of the SOO POLYANSKY\n"))
    assert {"PETROV", "IVANOV", "POLYANSKY"} <= set(names(root, "persName"))
    assert {"EKO", "INO", "SOO"} <= set(names(root, "orgName"))


def test_an_initial_closing_a_resolution_after_its_last_sentence_signs_it(tmp_path):
    """A resolution in the margin ends with the initial of who wrote it, after its last sentence and
    closing the line or the quotation: "Refuse. Sh.", 'Resolution: "To the 3rd Department. L."'. The
    initial is a person, as one after a dash or before the day already was."""
    root = converted(tmp_path, (
        "Petition of 4 March 1937.\n\nThe petitioner asks for a visit.\n\nResolution in blue pencil: Refuse. Sh.\n\n"
        'Resolution: "To the 3rd Department. L."\n'))
    assert {"Sh.", "L."} <= set(names(root, "persName"))


def test_a_feminine_name_after_on_is_a_street_unless_it_is_written_about(tmp_path):
    """Letters and memoirs name a town's streets bare, as Russian adjectives in -skaya: "queues on
    Sumskaya", "the stone on Sovetskaya". After "on" such a word is the street; after a note's or a
    file's word ("the materials on Zhukovskaya") it is the woman written about."""
    root = converted(tmp_path, (
        "Letter of 4 March 1938.\n\nHis wife still queues on Sumskaya every morning, and forty people stood at "
        "the stone on Sovetskaya. The materials on Zhukovskaya were sent to Kiev.\n"))
    places, persons = names(root, "placeName"), names(root, "persName")
    assert {"Sumskaya", "Sovetskaya"} <= set(places)
    assert "Zhukovskaya" in persons and not {"Sumskaya", "Sovetskaya"} & set(persons)


def test_the_north_pole_and_the_trans_siberian_are_places(tmp_path):
    """A radio column and a travel account name the pole the drifting station stood on and the railway
    across Siberia bare: "landed at the North Pole", "crossed Siberia by the Trans-Siberian". Both are
    places of the genre."""
    root = converted(tmp_path, (
        "Column of May 1994.\n\nKrenkel manned the radio of the first drifting station near the North Pole. A "
        "traveller who crossed Siberia by the Trans-Siberian in October counted eleven trains.\n"))
    assert {"North Pole", "Trans-Siberian"} <= set(names(root, "placeName"))


def test_a_pass_a_basin_a_spit_and_pastures_after_their_name_are_places(tmp_path):
    """Camps' and expeditions' reports name features of the land in small letters after their name:
    "detained by snow on the Tyuz-Ashu pass", "the Kazym basin", "at the Sokolina spit", "at the
    Susamyr pastures". Each name is a place, however it is shaped; "passes sentence" after a person
    stays a verb."""
    root = converted(tmp_path, (
        "Report of 4 March 1955.\n\nThe inspector was detained by snow on the Tyuz-Ashu pass. At the Susamyr "
        "pastures the exchange point worked. The party camped at the Sokolina spit, and the Kazym basin lay in "
        "Berezovo raion. The judge V. V. Orekhov passes sentence.\n"))
    places = " | ".join(names(root, "placeName"))
    assert all(name in places for name in ("Tyuz-Ashu", "Susamyr", "Sokolina", "Kazym"))
    assert "Sokolina" not in " ".join(names(root, "persName")) and "V. V. Orekhov" in names(root, "persName")


def test_a_year_before_a_verb_in_s_after_from_of_or_for_is_a_year(tmp_path):
    """Memoirs and archive guides put a year before a verb or an adverb that ends in -s: "prisoners of
    the MGB from 1944 onwards", "From 1948 prisoners of the special camps might write", "a note of 1946
    records your return", "the volume for 1938 breaks off". Each is a year; a count noun after the
    figures still counts ("bread for 1200 families")."""
    root = converted(tmp_path, (
        "Guide of 3 March 1998.\n\nThe cells held prisoners of the MGB from 1944 onwards. From 1948 prisoners of "
        "the special camps might write twice a year. A note of 1946 records her return, and the volume for "
        "1938 breaks off in March. Bread for 1200 families was sent.\n"))
    values = date_values(root)
    assert {"1944", "1948", "1946", "1938"} <= set(values)
    assert "1200" not in values
