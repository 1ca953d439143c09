"""What the forty-first round of issue 15 read (set AQ): a city's report on the exiled "former people",
a province's report on arrested kolkhoz chairmen, a Cheka's list of the shot, a widow's letter, a
book for children and an encyclopedia's article on a camp.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


DISTRICT_TABLE = ("Exiled by district (families / persons):\n\n"
                  "Leninsky ............ 310 / 702\n"
                  "Oktyabrsky .......... 281 / 640\n"
                  "Frunzensky .......... 254 / 590\n"
                  "Zarechensky ......... 120 / 266\n"
                  "other districts ..... 57 / 130\n\n"
                  "Most families came from the Leninsky and Frunzensky districts.\n")


def test_a_tables_rows_ending_as_its_places_are_places(tmp_path):
    """A column lists one kind: rows named like the districts the text names are districts too,
    though "-sky" is a surname's ending."""
    root = converted(tmp_path, DISTRICT_TABLE)
    places, persons = names(root, "placeName"), names(root, "persName")
    assert {"Oktyabrsky", "Zarechensky"} <= set(places)
    assert not {"Oktyabrsky", "Zarechensky"} & set(persons)


def test_a_table_of_persons_keeps_its_persons(tmp_path):
    """A table whose rows are surnames, one with initials, is a table of persons: nothing is moved."""
    text = ("Cases by investigator:\n\nZhukovsky ............ 14\nBelinsky ............. 9\n"
            "Kovalsky A. P. ....... 6\n\nZhukovsky and Belinsky worked in Leninsky district.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "Belinsky" in persons and "Zhukovsky" in persons


def test_a_known_acronym_in_the_plural_names_no_one(tmp_path):
    """"Staff of RIKs and RaiZOs": the kinds of body, no persons; "the Kharino RIK" is the district's
    executive committee, its district a place."""
    text = ("Arrested: kolkhoz chairmen 61, staff of RIKs and RaiZOs ........ 31.\n"
            "IVANOV P. S., chairman of the Kharino RIK, was arrested on 3 March.\n")
    root = converted(tmp_path, text)
    assert not {"RIKs", "RaiZOs"} & set(names(root, "persName"))
    assert "Kharino" in names(root, "placeName")
    assert "RIK" in names(root, "orgName")


def test_the_troika_with_a_capital_is_the_sentencing_body(tmp_path):
    """"By decision of the Troika": the body; "the troika" in small letters is the word."""
    text = ("Arrested 2.I.38. By decision of the Troika of the UNKVD of 10.I.38 – VMN.\n"
            "Sentenced by the Special Troika to ten years. The work of a troika took minutes.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert "Troika" in orgs and "Special Troika" in orgs
    assert "troika" not in orgs


def test_what_children_call_their_parents_names_no_one_alone(tmp_path):
    """"Mama was arrested" names nobody; "Papa Sandro" names Sandro."""
    text = "Papa Sandro was an engineer. Mama was arrested in December. Every week Mama wrote to him.\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "Sandro" in persons
    assert "Mama" not in persons


def test_a_month_as_a_forename_before_a_patronymic(tmp_path):
    """"TAMME August Hansovich": a surname in capitals, a forename that is also a month, a patronymic."""
    text = "7) TAMME August Hansovich, b. 1877, Estonian, former officer. Exile, 3 years.\n"
    assert "TAMME August Hansovich" in names(converted(tmp_path, text), "persName")


def test_russian_street_words_after_a_name(tmp_path):
    """A transliterated address writes the street's word after its name: "Kirovsky prospekt",
    "Sadovaya ul."."""
    text = ("He lived at Kirovsky prospekt 26/28, apt. 71. Apply to the commandant, Sadovaya ul. 5, "
            "daily except Sundays.\n")
    root = converted(tmp_path, text)
    places = names(root, "placeName")
    assert "Kirovsky prospekt" in places and any(p.startswith("Sadovaya ul") for p in places)
    assert not {"Kirovsky", "Sadovaya"} & set(names(root, "persName"))


def test_the_young_pioneers_and_their_stadium(tmp_path):
    """The Young Pioneers are an organisation; the stadium named after them is a place."""
    text = "She joined the Young Pioneers at school. The parade filled the Stadium of Young Pioneers.\n"
    root = converted(tmp_path, text)
    assert "Young Pioneers" in names(root, "orgName")
    assert "Stadium of Young Pioneers" in names(root, "placeName")
    assert "Young Pioneers" not in names(root, "persName")


def test_a_class_rank_of_the_procuracy_names_no_one(tmp_path):
    """"Junior Counsellor of Justice" is a rank; "Councillor of Justice of the Generalitat" an office
    and the body it is of, no person."""
    text = ("Prosecutor of the Department,\nJunior Counsellor of Justice          G. N. SOKOLOVA\n\n"
            "NIN, in 1936 Councillor of Justice of the Generalitat, was arrested.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "G. N. SOKOLOVA" in persons
    assert not {"Counsellor", "Justice", "Generalitat"} & set(persons)


def test_a_camps_name_in_cyrillic_after_it(tmp_path):
    """"Norillag (Норильлаг)": the camp's name as the records write it, the same organisation."""
    text = "Norillag (Норильлаг), the Norilsk corrective labour camp, held some 70,000 prisoners.\n"
    orgs = names(converted(tmp_path, text), "orgName")
    assert "Норильлаг" in orgs and "Norillag" in orgs


def test_a_fallen_leaders_gang(tmp_path):
    """"The enemies of the people from the Beria gang": the person, though a village bears the name."""
    text = "My husband was slandered by the enemies of the people from the Beria gang.\n"
    root = converted(tmp_path, text)
    assert "Beria" in names(root, "persName")
    assert "Beria" not in names(root, "placeName")
