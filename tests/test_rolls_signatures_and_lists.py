"""What the forty-fourth round of issue 15 read (set AT) in names: an application for a file, a camp
memoir's roll-call and its editor's notes, an OGPU report's foot, an MGB report's counts by district,
a Smersh report on the émigrés of a city's quarters.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import TEI_NS, converted, names


def test_a_surname_a_comma_a_forename_and_a_patronymic_are_one_person_within_a_sentence(tmp_path):
    """An application names the repressed "Vasilyev, Kuzma Ivanovich" as the file does, surname first,
    in ordinary case and in mid-sentence: one person, not a surname and a forename apart."""
    text = ("My grandfather, Vasilyev, Kuzma Ivanovich, born in 1894, was arrested in 1937. "
            "The applicant is his granddaughter, Orlova, Nina Petrovna.\n")
    persons = names(converted(tmp_path, text), "persName")
    assert "Vasilyev, Kuzma Ivanovich" in persons and "Orlova, Nina Petrovna" in persons
    assert "Vasilyev" not in persons


def test_two_persons_listed_forename_first_are_not_joined(tmp_path):
    """Credits list "Olena Kovalchuk, Dovid Rabinovich": a forename and surname before the comma, so
    the name after it is another person, however much it looks like a patronymic."""
    text = "Research: Olena Kovalchuk, Dovid Rabinovich, Rasa Jankauskaite\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "Olena Kovalchuk, Dovid Rabinovich" not in persons


def test_the_official_who_drafted_a_document_is_named_after_executor(tmp_path):
    """A Soviet document's foot names who drafted it: "Executor: Kaplan"; "To:" is an address's field,
    which a place fills as well."""
    text = ("Deputy Chairman of the OGPU AGRANOV\n\nExecutor: Kaplan\nSent: 27.III; 2 copies\n\n"
            "To: Lit. SSR, Kaunas\n")
    root = converted(tmp_path, text)
    assert "Kaplan" in names(root, "persName")
    assert "Lit" not in names(root, "persName")


def test_the_editors_mark_closing_a_note_is_no_person(tmp_path):
    """"— Ed." closes an editor's note; "ChSIR" is the category of a traitor's family, a sentence's
    word like KRTD, no institution."""
    text = ("In October I was given eight years as a ChSIR.\n\n"
            "1. The order of 15 August 1937. — Ed.\n")
    root = converted(tmp_path, text)
    assert "Ed" not in names(root, "persName")
    assert "ChSIR" not in names(root, "orgName")


def test_names_listed_before_and_other_districts_are_places(tmp_path):
    """"Makarov, Dolinsk, Kholmsk and other raions": a surname's shape does not make Makarov a person
    in a list of districts; "Ivanov, Petrov and other comrades" are still no places."""
    text = ("Koreans remain in these raions: Poronaisk — 1,200; Makarov, Dolinsk, Kholmsk and other raions — "
            "3,460. The colonel Makarov was informed. At the meeting Ivanov, Petrov and other comrades spoke.\n")
    root = converted(tmp_path, text)
    assert names(root, "placeName").count("Makarov") == 1 and names(root, "persName").count("Makarov") == 1
    assert "Petrov" not in names(root, "placeName")


def test_the_emigres_of_a_quarter_live_in_a_place(tmp_path):
    """"the émigrés of Vinohrady, Smíchov and Žižkov": the quarters they live in, whatever their shape."""
    text = "The arrests have caused alarm among the émigrés of Vinohrady, Smíchov and Žižkov.\n"
    root = converted(tmp_path, text)
    assert {"Vinohrady", "Smíchov", "Žižkov"} <= set(names(root, "placeName"))
    assert not {"Vinohrady", "Smíchov", "Žižkov"} & set(names(root, "persName"))


def test_a_forename_alone_after_the_full_name_is_that_person(tmp_path):
    """A memoir names its barrack-mates in full, then by forename: "Tamara sang" is Tamara Khatiashvili,
    with her @ref; "Anna M. Kessler" is not cut at its forename."""
    text = ("In our barrack slept Tamara Khatiashvili from Tiflis and Emma Schreiber from Engels. "
            "Tamara sang in the evenings; Emma knitted stockings.\n")
    root = converted(tmp_path, text)
    refs = {el.text: el.get("ref") for el in root.iterfind(".//tei:text//tei:persName", TEI_NS)}
    assert refs["Tamara"] == refs["Tamara Khatiashvili"] and refs["Emma"] == refs["Emma Schreiber"]


def test_a_mountain_a_ukrainian_street_and_the_far_easts_states_are_places(tmp_path):
    """"walked up Magnetic Mountain", "Kyiv, vul. Zolotovoritska, 7", "the territory of former
    Karafuto", "ships of the DPRK"."""
    text = ("Afterwards walked up Magnetic Mountain with Feldman. Write to the archive: 01034, Kyiv, "
            "vul. Zolotovoritska, 7. On the territory of former Karafuto the Koreans wait for ships of the DPRK.\n")
    root = converted(tmp_path, text)
    places = names(root, "placeName")
    assert {"Magnetic Mountain", "vul. Zolotovoritska", "Karafuto", "DPRK"} <= set(places)
    assert not {"Magnetic Mountain", "Zolotovoritska", "Karafuto"} & set(names(root, "persName"))
    assert "DPRK" not in names(root, "orgName")


def test_a_bare_name_before_who_is_a_person_but_not_after_of(tmp_path):
    """"Gugel, who runs the job": English opens "who" after a person; in "Srulevich, born 1907, of
    Zholkva, who confirmed this" the clause is the witness's, and Zholkva his town."""
    text = ("Speeches from a platform; Gugel, who runs the job, kept his short.\n\n"
            "Witness Moishe Srulevich, born 1907, of Zholkva, who confirmed this.\n")
    root = converted(tmp_path, text)
    assert "Gugel" in names(root, "persName")
    assert "Zholkva" not in names(root, "persName")


def test_an_institute_for_something_of_the_academy_is_two_bodies(tmp_path):
    """"the Institute for Physical Problems of the Academy of Sciences": "for" names what the institute
    is for, "of the Academy" the body above it; "Budyonny's First Cavalry Army" is his and its own;
    "the Provisional Patriarchal Synod" and "the Central Restoration Workshops" are institutions."""
    text = ("He left for the Institute for Physical Problems of the Academy of Sciences. In 1920 he rode with "
            "Budyonny's First Cavalry Army. The Provisional Patriarchal Synod sent the icons to the Central "
            "Restoration Workshops.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert {"Institute for Physical Problems", "Academy of Sciences", "First Cavalry Army",
            "Provisional Patriarchal Synod", "Central Restoration Workshops"} <= set(orgs)
    assert "Budyonny's First Cavalry Army" not in orgs


def test_a_sanatorium_named_after_a_patron_is_a_place(tmp_path):
    """"the Vorovsky sanatorium near Moscow": a surname's shape, but the site of a sanatorium."""
    root = converted(tmp_path, "His wife was placed in the Vorovsky sanatorium near Moscow in October.\n")
    assert "Vorovsky" in names(root, "placeName") and "Vorovsky" not in names(root, "persName")


def test_a_town_named_after_a_leader_is_the_town_where_prisoners_are_taken(tmp_path):
    """"brought by rail to Kalinin", "convoyed from Ostashkov to Kalinin": where they were taken, though
    Kalinin is a leader's name too; and the Volga German republic by its acronym after the NKVD's."""
    text = ("The prisoners were brought by rail to Kalinin. The 2nd company convoyed from Ostashkov to Kalinin "
            "the following trains. The troika of the NKVD ASSR NP met on 9 October 1937.\n")
    root = converted(tmp_path, text)
    assert names(root, "placeName").count("Kalinin") == 2 and "Kalinin" not in names(root, "persName")
    assert "Ostashkov" in names(root, "placeName") and "ASSR NP" in names(root, "placeName")


def test_a_rolls_birthplace_after_the_birth_year(tmp_path):
    """A roll of the shot gives the birthplace after the birth year: "b. 1902, Chazhemto;"; a people's
    name there is no place ("b. 1899, Telengit, teacher")."""
    text = ("37. ZYKOVA Agafya Semyonovna — b. 1902, Chazhemto; milkmaid. Arrested 05.09.1937.\n"
            "4. TYDYKOV Chot, b. 1899, Telengit, teacher at Balyktuyul, Ulagan aimak.\n")
    root = converted(tmp_path, text)
    assert "Chazhemto" in names(root, "placeName")
    assert "Telengit" not in names(root, "placeName") and "Telengit" not in names(root, "persName")


def test_a_pet_name_beside_a_town_in_a_list_is_still_the_child(tmp_path):
    """"found Lyonya in a home at Dnepropetrovsk and Ninochka in a home for infants": a pet name made
    from a forename (Nina → Ninochka) is no town, whatever list it stands in."""
    text = ("In 1946 I found my son in a children's home at Dnepropetrovsk and Ninochka in a home for infants "
            "near Orel. Ninochka hid behind her aunt.\n")
    root = converted(tmp_path, text)
    assert "Ninochka" not in names(root, "placeName") and "Ninochka" in names(root, "persName")


def test_what_the_text_says_of_a_bare_name_once_decides_it_everywhere(tmp_path):
    """"Lyonya, who was eight" is a person; so is the "Lyonya" the memoir finds in a children's home
    later, where nothing else is said of him."""
    text = ("I remember that Lyonya, who was eight, stood in the doorway.\n\n"
            "In 1946 I found Lyonya in a children's home. Lyonya was sixteen then.\n")
    assert names(converted(tmp_path, text), "persName").count("Lyonya") == 3


def test_a_socialist_revolutionary_is_an_adherent_not_the_party(tmp_path):
    """"a former SR", "4 former SRs", "the Right SR DEMYANOV": members, as Bolsheviks are, unmarked;
    the party is the PSR."""
    text = ("BUROV Mikhail, a former SR, took part in the rising. Arrested: 4 former SRs. He meets the Right SR "
            "DEMYANOV, exiled here. The PSR was banned.\n")
    root = converted(tmp_path, text)
    assert not {"SR", "SRs"} & set(names(root, "orgName")) and "PSR" in names(root, "orgName")
    assert "DEMYANOV" in names(root, "persName") and "SRs" not in names(root, "persName")


def test_a_canal_named_by_two_seas_across_a_dash_is_one_place(tmp_path):
    """"the White Sea–Baltic Canal" is one place, as "the White Sea-Baltic Canal" with a hyphen is; a
    route's "Sverdlovsk–Kotlas" stays two."""
    text = "He worked on the White Sea–Baltic Canal in 1932. The route Sverdlovsk–Kotlas was long.\n"
    places = names(converted(tmp_path, text), "placeName")
    assert "White Sea–Baltic Canal" in places and "Baltic Canal" not in places
    assert {"Sverdlovsk", "Kotlas"} <= set(places)
