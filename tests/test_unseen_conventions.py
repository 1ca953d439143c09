"""Conventions of the genre that the recogniser must know on any text, with no register (issue 15).

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations


# ---------------------------------------------------------------- 1. surnames in capitals

def test_surnames_in_capitals_are_persons_on_evidence(tagged):
    found = tagged("TO COMRADE BELOBORODOV\n\n"
                   "The case of MAKHNACH was opened in March.\n\n"
                   "Interrogated by: GALUSHKA\n\n"
                   "PETRENKO I. S. and KIM-DON-SU were released by the NKVD.\n\n"
                   "(TURAEVA)")
    assert ("person", "BELOBORODOV") in found
    assert ("person", "GALUSHKA") in found
    assert ("person", "PETRENKO I. S.") in found
    assert ("person", "KIM-DON-SU") in found
    assert ("person", "TURAEVA") in found
    assert ("org", "NKVD") in found
    assert not [name for name in found if name[1] == "MAKHNACH" and name[0] == "org"]


def test_a_word_in_capitals_needs_an_acronyms_shape_to_be_an_organisation(tagged):
    found = tagged("The OGPU and the SMERSH wrote to TOKARA about the GULAG.")
    assert ("org", "OGPU") in found and ("org", "SMERSH") in found and ("org", "GULAG") in found
    assert not [name for name in found if name[1] == "TOKARA"]


def test_a_common_word_in_capitals_is_a_surname_after_a_first_name_or_a_title(tagged):
    found = tagged("The engineer Karl BAKER arrived in March; comrade TAYLOR met him at the plant. "
                   "Later BAKER was arrested.\n\nTOP SECRET")
    persons = [words for kind, words in found if kind == "person"]
    assert persons == ["Karl BAKER", "TAYLOR", "BAKER"]


def test_a_surname_in_capitals_after_the_first_word_of_a_sentence(tagged):
    found = tagged("Answer: Besides GORBACHEVSKY, nobody came. Meanwhile LUTSENKO left.")
    assert [words for kind, words in found if kind == "person"] == ["GORBACHEVSKY", "LUTSENKO"]


def test_a_surname_in_capitals_of_any_shape_before_a_forename_or_after_a_particle(tagged):
    found = tagged("Arrested: the agent KRANTZ Otto Fridrikhovich and the consul von HELLWIG. KRANTZ "
                   "confessed; BAKER Walter did not.")
    assert [words for kind, words in found] == ["KRANTZ Otto Fridrikhovich", "HELLWIG", "KRANTZ", "BAKER Walter"]
    assert {kind for kind, words in found} == {"person"}


def test_a_church_title_is_no_part_of_the_name(tagged):
    found = tagged("The letter of Metropolitan Antony was read by Archpriest Ilyin in the Reich.")
    assert found == [("person", "Antony"), ("person", "Ilyin"), ("place", "Reich")]


def test_a_lowercase_rank_before_a_surname_is_a_title(tagged):
    found = tagged("The emigres trusted general Fisher and colonel Baker.")
    assert found == [("person", "Fisher"), ("person", "Baker")]


# ---------------------------------------------------------------- 3. peoples are not persons

def test_names_of_peoples_are_neither_persons_nor_organisations(tagged):
    found = tagged("In the autumn the Kalmyks and the Crimean Tatars were moved east; Soviet Koreans, "
                   "Balkars and Chechens followed, escorted by Kazakh policemen and Ingush guardsmen.")
    assert [name for name in found if name[0] in ("person", "org")] == []


# ---------------------------------------------------------------- 4. offices are not persons

def test_an_office_is_no_person_and_an_office_before_a_name_is_two_mentions(tagged):
    found = tagged("The People's Commissar for Internal Affairs signed the order. Later the Deputy "
                   "Commissar of State Security Zakovsky wrote to the chief of the Transport Department "
                   "A. M. Orlovsky and to the Secretary of the Central Committee.")
    assert not [name for name in found if "Internal Affairs" in name[1] or "State Security" in name[1]]
    assert ("person", "Zakovsky") in found
    assert ("org", "Transport Department") in found and ("person", "A. M. Orlovsky") in found
    assert ("org", "Central Committee") in found


def test_a_numbered_unit_is_an_organisation(tagged):
    found = tagged("The operative of the 4th department of the UGB reported to the 2nd Section; the "
                   "12TH DIRECTORATE and the 19th regiment were told. At the 16th Party Congress "
                   "on the 14th nothing was said.")
    orgs = [words for kind, words in found if kind == "org"]
    assert orgs == ["4th department", "UGB", "2nd Section", "12TH DIRECTORATE", "19th regiment"]


def test_a_unit_numbered_after_its_word_is_an_organisation(tagged):
    found = tagged("CHIEF OF DIVISION 2 OF THE BOARD 5 OF THE NKGB - (Signature)\n\n"
                   "The Department 7 officers read Section 4 of the order.")
    assert [words for kind, words in found if kind == "org"] == ["DIVISION 2", "BOARD 5", "NKGB", "Department 7"]


def test_a_name_before_a_lowercase_institution_word_is_the_institution(tagged):
    found = tagged("Members of the Znanie society and of the Burevestnik club met the Rykov group.")
    assert found == [("org", "Znanie"), ("org", "Burevestnik"), ("person", "Rykov")]


def test_a_soviet_compound_abbreviation_is_an_organisation(tagged):
    found = tagged("The prisoners of Siblag were sent to work for Zagotskot and for Magnitostroi; "
                   "Glavsevmorput sent ships.")
    assert [words for kind, words in found if kind == "org"] == ["Siblag", "Zagotskot", "Magnitostroi",
                                                                 "Glavsevmorput"]


# ---------------------------------------------------------------- 5. place or surname by context

def test_a_name_after_a_word_for_a_kind_of_place_is_a_place(tagged):
    found = tagged("He was born in the village of Ivanovka and worked at the stations of Mikhailov, "
                   "Ryazhsk and Ranenburg before his arrest by Kuznetsov.")
    assert [words for kind, words in found if kind == "place"] == ["Ivanovka", "Mikhailov", "Ryazhsk", "Ranenburg"]
    assert ("person", "Kuznetsov") in found


def test_a_word_ending_as_only_place_names_do_is_a_place(tagged):
    found = tagged("The families were moved from Sergeevka and Lesnovo to Kansk and Nikolsk-Ussuriisk, "
                   "where Gribov met them.")
    assert found == [("place", "Sergeevka"), ("place", "Lesnovo"), ("place", "Kansk"), ("place", "Nikolsk-Ussuriisk"),
                     ("person", "Gribov")]


def test_a_town_named_like_a_surname_is_the_town_after_a_preposition_of_location(tagged):
    assert tagged("The trains stopped in Kishinev, Kirov and Nikolaev.") == [
        ("place", "Kishinev"), ("place", "Kirov"), ("place", "Nikolaev")]
    # In a text where no preposition makes Kirov a town, "to" and a possessive leave the man.
    assert tagged("A telegram to Kirov followed, and nothing was said in Kirov's report.") == [
        ("person", "Kirov"), ("person", "Kirov")]


def test_an_unknown_word_after_a_preposition_of_location_is_a_place(tagged):
    found = tagged("She taught in Valmiera, then near Cēsis and in Smiltene; in Ozolin's school nobody "
                   "knew Bērziņš.")
    assert found == [("place", "Valmiera"), ("place", "Cēsis"), ("place", "Smiltene"), ("person", "Ozolin"),
                     ("person", "Bērziņš")]


def test_an_institution_named_after_a_person_is_an_institution(tagged):
    found = tagged("He passed plans of the Kirov Works to the consul.")
    assert found == [("org", "Kirov Works")]


def test_a_feast_is_no_person(tagged):
    found = tagged("He wrote to us at Christmas and again at Easter.")
    assert found == []


def test_a_bare_name_in_a_list_of_persons_is_a_person(tagged):
    found = tagged("The orders came from above; Oshkaln, Vasilevsky and Berzin agreed. Dombrovsky, Krol "
                   "and Sikora did not.")
    assert [words for kind, words in found if kind == "person"] == ["Oshkaln", "Vasilevsky", "Berzin",
                                                                    "Dombrovsky", "Krol", "Sikora"]


def test_korean_and_chinese_names_are_persons(tagged):
    found = tagged("The Korean Tsoi Gen Nam and Pak Den Sik were deported; Chou En-lai was not told.")
    assert found == [("person", "Tsoi Gen Nam"), ("person", "Pak Den Sik"), ("person", "Chou En-lai")]


def test_a_street_after_a_name_is_a_place_of_its_own(tagged):
    found = tagged("The group met at the flat of Ostapenko on Pushkinskaya Street.")
    assert found == [("person", "Ostapenko"), ("place", "Pushkinskaya Street")]


# ---------------------------------------------------------------- 6. administrative units are places

def test_soviet_administrative_units_are_places(tagged):
    found = tagged("Families from the Bashkir ASSR and the Moldavian SSR were sent to the Northern Krai, "
                   "to the Chelyabinsk oblast and to the Kuibyshev and Tobol raions; the TsChO and "
                   "Western Byelorussia reported on the Sarpinsky district and the Balkhash lake.")
    places = {words for kind, words in found if kind == "place"}
    assert {"Bashkir ASSR", "Moldavian SSR", "Northern Krai", "Chelyabinsk oblast", "Kuibyshev", "Tobol",
            "TsChO", "Western Byelorussia", "Sarpinsky district", "Balkhash lake"} <= places
    assert not [words for kind, words in found if kind != "place"]


def test_an_autonomous_or_national_unit_is_a_place(tagged):
    found = tagged("Leaflets were found in the Chuvash autonomous oblast and in the Polish national raion.")
    assert found == [("place", "Chuvash autonomous oblast"), ("place", "Polish national raion")]


def test_a_title_before_an_institution_word_is_part_of_its_name(tagged):
    found = tagged("The General Staff wrote to the General Assembly of the United Nations; General Belov "
                   "did not.")
    assert found == [("org", "General Staff"), ("org", "General Assembly"), ("org", "United Nations"),
                     ("person", "Belov")]


def test_an_institution_for_a_unit_is_two_mentions(tagged):
    found = tagged("The chief of the UNKVD for the Vinnitsa oblast reported to the Land Department of the "
                   "Kursk oblast.")
    assert found == [("org", "UNKVD"), ("place", "Vinnitsa oblast"), ("org", "Land Department"),
                     ("place", "Kursk oblast")]


def test_a_unit_in_capitals_and_a_list_of_units_named_like_persons_are_places(tagged):
    found = tagged("ORDER FOR THE KURSK OBLAST\n\nThe Kirov and Tobol raions reported; the KRAI did not.")
    assert found == [("place", "KURSK OBLAST"), ("place", "Kirov"), ("place", "Tobol")]


def test_a_republics_fused_abbreviation_is_a_place(tagged):
    found = tagged("Copy correct: clerk of the NKVD of the UzSSR Rakhimova")
    assert found == [("org", "NKVD"), ("place", "UzSSR"), ("person", "Rakhimova")]


# ---------------------------------------------------------------- 7. headings in capitals

def test_a_heading_in_capitals_names_no_institution_but_keeps_its_acronyms_and_places(tagged):
    found = tagged("Party Archives COLLECTION IV SELECTED REPORTS\n\n"
                   "Kremlin Papers OF THE NKVD — VOLUME VI\n\n"
                   "The regional Party Committee met on Monday.")
    assert ("org", "NKVD") in found and ("place", "Kremlin") in found
    assert [words for kind, words in found if kind == "org"] == ["NKVD", "Party Committee"]


def test_a_word_in_capitals_in_a_list_of_surnames_is_a_person(tagged):
    found = tagged("The order was read to BALITSKY, GORDA and MALUTA.")
    assert [words for kind, words in found if kind == "person"] == ["BALITSKY", "GORDA", "MALUTA"]


# ---------------------------------------------------------------- 2. names of the deported peoples

def test_baltic_polish_and_finnish_surnames_are_persons(tagged):
    found = tagged("The list was signed by Jurgaitis and Mackevičius; Kalniņš, Wojciechowicz and "
                   "Heikkinen were not on it.")
    for name in ("Jurgaitis", "Mackevičius", "Kalniņš", "Wojciechowicz", "Heikkinen"):
        assert ("person", name) in found, name


# ---------------------------------------------------------------- works and other scripts

def test_a_newspapers_title_is_no_name(tagged):
    found = tagged("In Izvestiia of 3 May the decree was printed; Pravda said nothing.")
    assert not [name for name in found if name[1] in ("Izvestiia", "Pravda")]


def test_names_inside_the_title_of_a_work_belong_to_the_title(tagged):
    """A title's persons are the title's; a town or region the gazetteers know is still the place it
    names (the eighteenth round: the golds mark "Tiflis" in an exhibition's title)."""
    found = tagged('Petrova, Anna. "Bukharin and the Peasant Question: Notes on Collective Farming '
                   'in Siberia." Bloomington: Slavica Publishers, 1999. Her "Bukharin" is a careful book; '
                   'she calls the kulaks "enemies of Bukharin and Stalin".')
    assert ("place", "Siberia") in found
    assert ("place", "Bloomington") in found and ("org", "Slavica Publishers") in found
    assert [words for kind, words in found if kind == "person"][-2:] == ["Bukharin", "Stalin"]


def test_a_document_is_no_institution_but_the_institution_it_belongs_to_is(tagged):
    found = tagged("They appealed to the Peasant Union Charter, the Universal Charter of Labour Rights and "
                   "the Treaty of Riga.")
    assert found == [("org", "Peasant Union"), ("place", "Riga")]


def test_a_foreign_word_the_translator_glosses_is_named_by_its_gloss(tagged):
    found = tagged("The former Kaimiečiai [Peasant Farmers] and the staff of Lietkoopsajunga "
                   "[Lithuanian Cooperative Union] were listed by Kazlauskas.")
    assert found == [("org", "Lietkoopsajunga"), ("org", "Lithuanian Cooperative Union"), ("person", "Kazlauskas")]


def test_an_institution_named_in_german_is_one_organisation(tagged):
    found = tagged("A letter from the Zentralkomitee für Flüchtlingshilfe reached Leipzig.")
    assert found == [("org", "Zentralkomitee für Flüchtlingshilfe"), ("place", "Leipzig")]


def test_a_prison_is_an_institution(tagged):
    found = tagged("He spent two years in Verkhneuralsk Prison.")
    assert found == [("org", "Verkhneuralsk Prison")]


def test_an_archive_cited_in_transliteration_is_an_institution(tagged):
    found = tagged("Sources: RGAE Rossiiskii gosudarstvennyi arkhiv ekonomiki, f. 8040; Tsentral’nyi "
                   "arkhiv Federal’noi sluzhby bezopasnosti, d. 12. Seen by Kozlova.")
    assert found == [("org", "RGAE"), ("org", "Rossiiskii gosudarstvennyi arkhiv ekonomiki"),
                     ("org", "Tsentral’nyi arkhiv Federal’noi sluzhby bezopasnosti"), ("person", "Kozlova")]


def test_words_in_another_script_are_left_to_the_register(tagged):
    found = tagged("The order of the Дальневосточного края was signed by Zudilov.")
    assert found == [("person", "Zudilov")]


# ---------------------------------------------------------------- the segmenter's words are data

def test_no_word_list_is_left_in_the_segmenters_patterns():
    """Issue 15: the words the segmenter finds structure by live in lexicon/structure.toml; a word of
    that file in a string of segment.py's code (docstrings and comments aside) would be a second copy
    that editing the file cannot change."""
    import ast
    import tomllib
    from pathlib import Path

    import teikit.segment as segment

    lexicon = tomllib.loads((Path(segment.__file__).parent / "data" / "lexicon" / "structure.toml")
                            .read_text(encoding="utf-8"))
    listed = {word for value in lexicon.values()
              for word in (value if isinstance(value, list) else [w for ws in value.values() for w in ws])
              if len(word) > 3}
    tree = ast.parse(Path(segment.__file__).read_text(encoding="utf-8"))
    docstrings = {id(body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and (body := node.body)
                  and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)}
    strings = [node.value for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]
    assert not sorted({word for word in listed for text in strings if word in text})


# ---------------------------------------------------------------- months are no names

def test_a_transliterated_russian_month_is_no_person(tagged):
    assert tagged("On 25 Okt. 1937 the prisoner IVANOV was moved to Tomsk.") == [
        ("person", "IVANOV"), ("place", "Tomsk")]


def test_every_month_word_the_dates_know_is_a_function_word_to_the_recogniser():
    """The two lists live in two files (dates.toml for the date finder, function-words.txt for the
    recogniser): a month the date finder learns must not start a person's name."""
    from teikit import lexicon

    months = lexicon.table("dates")["months"]
    known = set(months["names"]) | set(months["abbreviations"])
    assert known - lexicon.words("function-words") == set()


# ---------------------------------------------------------------- one sense per document

def test_a_place_named_so_with_evidence_is_the_same_place_where_the_evidence_is_missing(tagged):
    found = tagged("The brigade reached the village of Kozlov on the third day.\n\n"
                   "Kozlov lies on the river. The Kozlov school has no roof, and the chairman "
                   "comrade Belykh asked for timber.")
    assert [words for kind, words in found if kind == "place"] == ["Kozlov", "Kozlov", "Kozlov"]
    assert [words for kind, words in found if kind == "person"] == ["Belykh"]


def test_a_surname_named_so_with_evidence_is_not_taken_for_a_town_by_its_preposition(tagged):
    found = tagged("Comrade I. P. Gurdzhi was sent by the party. The committee met near Gurdzhi on Tuesday.")
    assert [kind for kind, words in found if "Gurdzhi" in words] == ["person", "person"]


# ---------------------------------------------------------------- given names as data

def test_a_given_name_of_the_region_makes_a_person_of_a_surname_that_is_an_english_word(tagged):
    found = tagged("The tailors Khaim Gold and Berko Stern were questioned in Vitebsk; Yemelyan Moroz "
                   "and Prokhor Hill signed as witnesses.")
    assert [words for kind, words in found if kind == "person"] == [
        "Khaim Gold", "Berko Stern", "Yemelyan Moroz", "Prokhor Hill"]


def test_a_surname_in_capitals_after_a_forename_and_patronymic_is_one_person(tagged):
    found = tagged("The arrested Osip Mendelevich ZALKIND named his courier. Zalkind was sent to Kazan.")
    assert [words for kind, words in found if kind == "person"] == ["Osip Mendelevich ZALKIND", "Zalkind"]
    assert not [words for kind, words in found if kind == "org"]


# ---------------------------------------------------------------- places by their neighbours

def test_a_place_no_list_knows_is_a_place_at_a_sentence_start_after_in(tagged):
    found = tagged("In Jaunlatgale the former police chief was hiding. Near Viesīte nobody saw him.")
    assert found == [("place", "Jaunlatgale"), ("place", "Viesīte")]


def test_the_other_end_of_a_route_from_a_place_is_a_place(tagged):
    found = tagged("The column went from Magadan to Orotukan in March; in April it was sent to Orotukan again.")
    assert found == [("place", "Magadan"), ("place", "Orotukan"), ("place", "Orotukan")]


def test_a_word_in_a_list_of_places_is_a_place(tagged):
    found = tagged("Transports left Omsk, Chuna and Tayshet on the same day.")
    assert [kind for kind, words in found] == ["place", "place", "place"]


def test_a_name_before_a_word_for_a_settlement_or_a_mine_is_a_place(tagged):
    found = tagged("At the Burkhala mine and the Zhuravka village the brigades of Shtern fell short.")
    assert [(kind, words.split()[0]) for kind, words in found] == [
        ("place", "Burkhala"), ("place", "Zhuravka"), ("person", "Shtern")]


# ---------------------------------------------------------------- authors in bibliographies

def test_a_bibliographys_inverted_author_is_one_person(tagged):
    found = tagged("Further reading\n\n"
                   "Tsvirko, Anatoly P. The Border Troops. Minsk: Belarus, 1979.\n"
                   "Burrows, Ruth. Kolyma Notes. London: Faber, 1961.\n"
                   "ZALESSKAYA, Ida. Letters from Tomsk. Paris, 1950.")
    persons = [words for kind, words in found if kind == "person"]
    assert persons == ["Tsvirko, Anatoly P.", "Burrows, Ruth", "ZALESSKAYA, Ida"]



def test_a_dictionarys_headword_with_forename_and_patronymic_is_one_person(tagged):
    found = tagged("KOVALCHUK, Stepan Trofimovich (1894–1938). Chekist in Vinnitsa.\n\n"
                   "Lebedeva, Zinaida Markovna (b. 1901). Teacher in Kursk.\n\n"
                   "KALNINS, Janis (1899–1941). Officer of the Latvian army.")
    persons = [words for kind, words in found if kind == "person"]
    assert persons == ["KOVALCHUK, Stepan Trofimovich", "Lebedeva, Zinaida Markovna", "KALNINS, Janis"]

# ---------------------------------------------------------------- letterheads in capitals

def test_an_institutions_letterhead_in_capitals_is_an_organisation_and_a_heading_is_not(tagged):
    found = tagged("PEOPLE'S COMMISSARIAT OF JUSTICE OF THE BSSR\n"
                   "CHIEF ADMINISTRATION OF PRISONS\n\n"
                   "ARCHIVE OF THE REVOLUTION VOLUME XII\n\n"
                   "The prisoners were moved in May.")
    orgs = [words for kind, words in found if kind == "org"]
    assert orgs[:2] == ["PEOPLE'S COMMISSARIAT OF JUSTICE", "CHIEF ADMINISTRATION OF PRISONS"]
    assert ("place", "BSSR") in found
    assert len(orgs) == 2


# ---------------------------------------------------------------- the towns of the genre's lands

def test_the_small_towns_of_the_ussr_poland_and_the_baltic_states_are_places(tagged):
    found = tagged("The party committee of Kotlas met on Monday. Zhitomir sent forty men, and the "
                   "transport from Drohobycz reached Vorkuta. Police reports came late.")
    # Police is also a Polish town, but a town of that size named by an English word is not taken.
    assert found == [("place", "Kotlas"), ("place", "Zhitomir"), ("place", "Drohobycz"), ("place", "Vorkuta")]
    # Nor one named by a people: Qazax in Azerbaijan is also written Kazakh.
    assert tagged("The Kazakh Kraikom met in Alma-Ata.") == [("org", "Kraikom"), ("place", "Alma-Ata")]


def test_a_word_after_a_verb_of_going_and_to_or_from_is_a_place(tagged):
    found = tagged("The families were deported to Omchugan in May; two men fled back from Elgenya. "
                   "A report was sent to Gurdzhi.")
    assert found == [("place", "Omchugan"), ("place", "Elgenya")]  # "sent to" is no going: Gurdzhi is no place


def test_a_bare_word_opening_a_sentence_before_a_verb_of_saying_is_a_person(tagged):
    found = tagged("Historians disagree. Werth counted the deportees; Razgon later argued the opposite. "
                   "Investigation established the rest. Kotlas showed no trace.")
    assert found == [("person", "Werth"), ("person", "Razgon"), ("place", "Kotlas")]


def test_a_word_in_capitals_before_a_persons_description_is_a_surname(tagged):
    found = tagged("Named by him as accomplices: KUPSCH, engineer of the depot; TAMM, an Estonian, teacher "
                   "in Narva; HOLST-MARR, born 1899. KUPSCH was arrested first. The NKVD, the procuracy and "
                   "the GULAG were informed.")
    assert [words for kind, words in found if kind == "person"] == ["KUPSCH", "TAMM", "HOLST-MARR", "KUPSCH"]
    assert [words for kind, words in found if kind == "org"] == ["NKVD", "GULAG"]


def test_the_smaller_deported_peoples_are_no_persons(tagged):
    found = tagged("The Meskhetians, Hemshins, Karapapakhs and Yezidis of the border zone were moved to "
                   "Kazakhstan; Khakas and Oirot herders stayed.")
    assert found == [("place", "Kazakhstan")]


def test_a_word_opening_a_sentence_after_a_translators_quotation_mark_waits_like_any_other(tagged):
    found = tagged("They called themselves ʺactivists.ʺ Fearing the audit, citizeness Petrova left for Kursk.")
    assert found == [("person", "Petrova"), ("place", "Kursk")]


def test_a_russian_word_for_the_kind_of_document_names_nothing(tagged):
    found = tagged("SPRAVKA\non the prisoner Semyonov.\n\n"
                   "PROTOCOL No. 12\nThe Svodka of the Information Department was read by Orlov.")
    assert found == [("person", "Semyonov"), ("org", "Information Department"), ("person", "Orlov")]
