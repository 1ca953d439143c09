"""Kinds of text the sixteenth round of issue 15 read (set R): a GPU report on the basmachi with
its Cheka organs and Turkish officers, a deportation report naming the province's organs, an NKVD
report on Finnish emigrants' communes and societies, and writings that give a society's name in its
own language after the English one.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_cheka_of_the_early_twenties_in_mixed_case_is_an_organisation(tmp_path):
    """The early 1920s wrote the Cheka in mixed case ("ChK"): an organisation, not the person the name
    before it would make of both words."""
    root = converted(tmp_path, "The Khivan ChK arrested nine traders. The ChK of the republic was told.\n")
    assert names(root, "orgName") == ["ChK", "ChK"]
    assert not any("ChK" in name for name in names(root, "persName"))


def test_a_plenipotentiary_representative_is_an_office_not_a_person(tmp_path):
    root = converted(tmp_path, "The Deputy Plenipotentiary Representative of the OGPU in Central Asia signed it.\n")
    assert names(root, "persName") == []


def test_a_town_before_the_body_it_has_of_its_own_is_the_town(tmp_path):
    """A town that is also a surname ("Tambov", "Saratov") is the town before its province's organ,
    written as an acronym or in small letters; not before "of", where the organ is someone's."""
    root = converted(tmp_path, "Operatives came from the Tambov UNKVD, the Saratov obkom and the Kursk gorkom.\n")
    assert names(root, "placeName") == ["Tambov", "Saratov", "Kursk"]
    assert names(root, "persName") == []


def test_a_turkish_officers_title_joined_to_his_name_makes_him_a_person(tmp_path):
    root = converted(tmp_path, "The officers of Enver-pasha crossed the river at night.\n")
    assert names(root, "persName") == ["Enver-pasha"]


def test_an_operational_sector_by_its_number_is_an_organisation(tmp_path):
    root = converted(tmp_path, "The Chief of Operational Sector No. 4 reported at dawn.\n")
    assert any(name.endswith("Sector No. 4") for name in names(root, "orgName"))


def test_a_quoted_commune_and_a_network_are_organisations(tmp_path):
    root = converted(tmp_path, 'In the commune "Yhteishyvä" near Kem the settlers met delegates of the '
                               'Northern Archival Network.\n')
    assert names(root, "orgName") == ["Yhteishyvä", "Northern Archival Network"]


def test_a_bodys_name_in_its_own_language_in_a_bracket_after_it_is_the_same_body(tmp_path):
    """A history gives a society's own name in brackets after the English one: one organisation, not
    a person; one word (where the body sits), a title or a forename keeps the bracket what it is."""
    root = converted(tmp_path, (
        'The emigrants joined the society "Pechora Memory" ("Pechorskaya pamyat\'") and the Finnish '
        'Federation (Suomalainen Järjestö). All went through the 4th OLP (Vozhael). The permit came from '
        'the NKID (Mr. Lebedev).\n'
    ))
    assert "Pechorskaya pamyat'" in names(root, "orgName") and "Suomalainen Järjestö" in names(root, "orgName")
    assert "Vozhael" not in names(root, "orgName")
    assert any("Lebedev" in name for name in names(root, "persName"))


def test_streets_a_programme_leaves_in_their_own_language_are_places(tmp_path):
    """A guide or a programme leaves a Baltic or German street untranslated: the word for a street
    after the name, or joined to it, makes a place, not a person."""
    root = converted(tmp_path, "The tour goes along Brīvības iela and Gedimino gatvė, then to Behrenstraße.\n")
    assert names(root, "placeName") == ["Brīvības iela", "Gedimino gatvė", "Behrenstraße"]
    assert names(root, "persName") == []


def test_a_sentence_that_opens_by_saying_where_names_a_place_though_it_ends_like_a_surname(tmp_path):
    """"In Karategin the remnants …": a preposition of location opening the sentence, the name, then the
    clause or a comma; a list of persons after it ("In Tukhachevsky and Yakir the army lost …") stays
    theirs."""
    root = converted(tmp_path, "In Darvazin the bands keep to the hills. At Lauenburg, we were counted. "
                               "In Tukhachevsky and Yakir the army lost its best.\n")
    assert names(root, "placeName") == ["Darvazin", "Lauenburg"]
    assert names(root, "persName") == ["Tukhachevsky", "Yakir"]


def test_the_first_name_after_a_label_saying_a_place_follows_is_that_place(tmp_path):
    """Catalogues and programmes print their fields as labels: the first name after "Place:",
    "Venue:" or "Place of birth:" (a hedge between) is a place, a building named like an institution
    too; what follows its comma is read as usual."""
    root = converted(tmp_path, (
        "Pencil drawing of a barrack\nDate: 1951\nPlace: Kozhim, Minlag\n\n"
        "Venue: Latvian National Library, Mūkusalas iela 3\n"
        "Place of birth: probably Ostrovets\n"
    ))
    places = names(root, "placeName")
    assert places[:1] == ["Kozhim"] and "Latvian National Library" in places and "Ostrovets" in places
    assert "Latvian National Library" not in names(root, "orgName")


def test_a_town_shaped_like_a_surname_is_the_town_unless_the_text_makes_it_a_person(tmp_path):
    """A town of the gazetteers that ends like a surname, with nothing else said of it, is the town
    ("sent on to Chemnitz", "Lent by the Weber family, Heidelberg"); a role before it or a noun after it
    keeps it a person's name, as does a person the text names so elsewhere or a leader the genre's
    authority knows ("complained to Stalin")."""
    root = converted(tmp_path, "In 1944 he was sent on to Chemnitz.\n\nLent by the Weber family, Heidelberg\n")
    assert names(root, "placeName") == ["Chemnitz", "Heidelberg"]
    (tmp_path / "other").mkdir()
    root = converted(tmp_path / "other", "The chief of state security Lublin reported. She complained to Stalin.\n")
    assert names(root, "persName") == ["Lublin", "Stalin"]


def test_english_words_a_possessive_owns_before_a_subtitle_are_a_title_not_a_person(tmp_path):
    """A book's title after its subject's possessive ("Kirov's Hope Deferred: …") is no person though
    "Hope" is a forename too; a forename and surname the possessive owns stay a person."""
    root = converted(tmp_path, "See A. Orlov, Kirov's Hope Deferred: Leningrad in 1934 (London: Faber, 1990), "
                               "and Yagoda's Frank Coe.\n")
    assert names(root, "persName") == ["A. Orlov", "Kirov", "Yagoda", "Frank Coe"]


def test_an_english_word_before_a_camps_site_word_is_no_place(tmp_path):
    """"the Orotukan lagpunkt" names the place; "Special settlement No. 3" and "Labour settlement"
    open with English words, which name no place."""
    root = converted(tmp_path, "Special settlement No. 3 was empty. Labour settlement families moved to the "
                               "Orotukan lagpunkt.\n")
    assert names(root, "placeName") == ["Orotukan"]


def test_a_name_on_the_water_or_in_its_basin_is_a_river(tmp_path):
    """"the settlements on the Chulym", "navigation on the Vychegda", "the basin of the Pinega": a
    river, not the institution a bare name after "the" would be; after "on" a noun following the name
    makes it something else ("on the Stakhanov movement")."""
    root = converted(tmp_path, "The exiles lived in settlements on the Chulym. Navigation on the Vychegda "
                               "closed early. The basin of the Pinega was logged. He wrote on the Stakhanov "
                               "movement.\n")
    assert names(root, "placeName") == ["Chulym", "Vychegda", "Pinega"]
    assert names(root, "orgName") == []


def test_a_currency_code_before_a_sum_is_no_organisation(tmp_path):
    root = converted(tmp_path, "The archive's fee was EUR 38 and the copies UAH 600; the NKVD file was free. "
                               "DNA samples were taken.\n")
    assert names(root, "orgName") == ["NKVD"]


def test_a_chinese_family_name_in_capitals_as_russian_files_transliterate_it_opens_a_person(tmp_path):
    """Files of Harbin and the CER write Wang as VAN and Liu as LYU, in capitals before the given name:
    one person, not an acronym and a name; a pinyin given name may run to eight letters."""
    root = converted(tmp_path, "The cook VAN Tszi-lin heard it, and the porter ZHANG Fengshan came. The "
                               "interpreter LYU Chzhen-fan left for the NKVD.\n")
    assert names(root, "persName") == ["VAN Tszi-lin", "ZHANG Fengshan", "LYU Chzhen-fan"]
    assert names(root, "orgName") == ["NKVD"]


def test_a_warder_is_a_title_and_a_label_before_an_archive_no_place_of_printing(tmp_path):
    """"Warder KHAMRAEV": a title before a surname, not a place; "Reference: LVVA, 1822" is a label,
    shaped like "Moscow: ROSSPEN, 2004" but an English word, so no place of printing."""
    root = converted(tmp_path, "Warder KHAMRAEV did not come on duty. Reference: LVVA, 1822. "
                               "See also Moscow: ROSSPEN, 2004.\n")
    assert names(root, "placeName") == ["Moscow"]
    assert names(root, "persName") == ["KHAMRAEV"]


def test_a_town_written_with_diacritics_the_gazetteer_lacks_is_that_town(tmp_path):
    """A catalogue writes "Rīga" as Latvian spells it; the gazetteer has "Riga"."""
    root = converted(tmp_path, "Gift of the artist's son, Juris Dzenis, Rīga, 1998.\n")
    assert names(root, "placeName") == ["Rīga"]
    assert names(root, "persName") == ["Juris Dzenis"]


def test_a_surname_in_capitals_that_is_also_a_town_is_a_person_before_a_forename(tmp_path):
    """"LAHTI Väinö": Lahti is a town too, but a forename after a surname in capitals says whose name
    it is."""
    root = converted(tmp_path, "Among the defectors was PORI Väinö, a logger who had lived in Kemi.\n")
    assert names(root, "persName") == ["PORI Väinö"]
    assert names(root, "placeName") == ["Kemi"]


def test_a_name_that_opens_with_h_is_respelled_with_kh_through_russian(tmp_path):
    """Russian writes a Finnish or German H as Х, which English gives back as "Kh": "HEIKURA Toivo (in
    the lists KHEIKURA)" names one person twice."""
    root = converted(tmp_path, "The emigrant HEIKURA Toivo (in the lists KHEIKURA) led the group.\n")
    assert names(root, "persName") == ["HEIKURA Toivo", "KHEIKURA"]
