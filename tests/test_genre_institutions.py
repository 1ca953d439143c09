"""Names of the genre that carry no evidence of their kind (issue 15, sixth round): foreign police,
Baltic and émigré organisations, military districts and fleets, a security service's regional
representation, a namesake of a well-known person, places named by the word before or after them.

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations

from teikit.pipeline import convert_file

from conftest import TEI_NS


def test_foreign_police_and_emigre_organisations_are_organisations(tagged):
    found = tagged("In May the Sûreté questioned two couriers of the Inner Line, and the Action Française "
                   "wrote to the Quai d'Orsay about them.")
    assert found == [("org", "Sûreté"), ("org", "Inner Line"), ("org", "Action Française"),
                     ("org", "Quai d'Orsay")]


def test_baltic_guards_and_parties_are_organisations(tagged):
    found = tagged("Along the border the Kaitseliit and the Aizsargi doubled their posts; the Pērkonkrusts "
                   "and the Vaps Movement printed leaflets, and Tass reported nothing.")
    assert found == [("org", "Kaitseliit"), ("org", "Aizsargi"), ("org", "Pērkonkrusts"),
                     ("org", "Vaps Movement"), ("org", "Tass")]


def test_military_districts_and_fleets_are_organisations(tagged):
    found = tagged("Two officers of the Kharkov Military District and one of the Black Sea Fleet were "
                   "arrested.")
    assert found == [("org", "Kharkov Military District"), ("org", "Black Sea Fleet")]


def test_two_institutions_joined_by_and_the_are_two_names(tagged):
    found = tagged("The Regional Committee and the Tomsk Pedagogical Institute replied.")
    assert found == [("org", "Regional Committee"), ("place", "Tomsk"), ("org", "Pedagogical Institute")]


def test_a_body_of_a_court_named_by_its_town_is_three_names(tagged):
    found = tagged("The case was reviewed by the Presidium of the Moscow City Court on 11 May 1957.")
    assert found == [("org", "Presidium"), ("place", "Moscow"), ("org", "City Court")]


def test_a_peoples_adjective_opening_a_name_is_no_institution_word(tagged):
    found = tagged("The exhibition opens at the Museum of Soviet Occupation with the Goethe-Institut "
                   "Georgien and the British Consulate-General.")
    assert found == [("org", "Museum of Soviet Occupation"), ("org", "Goethe-Institut Georgien"),
                     ("org", "British Consulate-General")]


def test_the_ussr_after_an_institution_is_a_place_of_its_own(tagged):
    found = tagged("By decree of the Supreme Soviet of the USSR the camp passed to the GULAG NKVD USSR.")
    assert found == [("org", "Supreme Soviet"), ("place", "USSR"), ("org", "GULAG"), ("org", "NKVD"),
                     ("place", "USSR")]


def test_a_plenipotentiary_representation_of_the_ogpu_is_one_organisation(tagged):
    found = tagged("The PP OGPU for the Lower Volga wrote to the OGPU PP in Central Asia and to the "
                   "PP OGPU ZapObl.")
    assert found == [("org", "PP OGPU"), ("place", "Lower Volga"), ("org", "OGPU PP"),
                     ("place", "Central Asia"), ("org", "PP OGPU"), ("place", "ZapObl")]


def test_a_namesake_with_another_forename_is_not_the_well_known_person(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("Staff list\n\nThe list was typed by Anna Zetkin, a clerk of the depot, and read by "
                    "Leon Trotsky's former secretary.\n", encoding="utf-8")
    text = convert_file(path).find("tei:text", TEI_NS)
    persons = [("".join(el.itertext()), el.get("ref")) for el in text.iter(f"{{{TEI_NS['tei']}}}persName")]
    assert persons[0][0] == "Anna Zetkin" and persons[0][1] != "#zetkin"
    assert persons[1] == ("Leon Trotsky", "#trotsky")  # the same forename in another spelling


def test_places_named_by_a_word_for_their_kind(tagged):
    found = tagged("Leaflets were found in the colony of Rosenthal, on the river Zbruch, on the Murman "
                   "coast and in the Kozyatin and Tomashpol raiotdels; the meeting was held in the "
                   "Salle Pleyel.")
    assert [words for kind, words in found if kind == "place"][:2] == ["Rosenthal", "Zbruch"]
    assert {kind for kind, words in found} == {"place"}
    assert [words for kind, words in found][-3:] == ["Kozyatin", "Tomashpol", "Salle Pleyel"]


def test_confessions_and_archival_abbreviations_are_no_names(tagged):
    found = tagged("The Mennonite and Lutheran preachers were listed (RGASPI, F. 17, OP. 3, D. 45).")
    assert found == [("org", "RGASPI")]


def test_an_organisation_of_the_authority_in_a_telegram_in_capitals(tagged):
    found = tagged("PRESS OF KAITSELIIT SILENT STOP OFFICERS OF KHARKOV MILITARY DISTRICT ARRIVED STOP")
    assert ("org", "KAITSELIIT") in found and ("org", "KHARKOV MILITARY DISTRICT") in found


def test_a_first_name_after_a_word_of_kinship_is_a_person(tagged):
    found = tagged("The accused lived at Vinnitsa with his wife Vera and her sister Anna.")
    assert found == [("place", "Vinnitsa"), ("person", "Vera"), ("person", "Anna")]  # also English words


def test_a_first_name_after_a_kinship_word_of_address_is_a_person(tagged):
    found = tagged("Grandmother Liza never spoke of it; Uncle Fima told me the rest, and Aunt Raya kept "
                   "the certificate. Grandfather was sentenced by the troika.")
    assert found == [("person", "Liza"), ("person", "Fima"), ("person", "Raya")]


def test_a_surname_in_the_plural_after_the_article_is_a_family(tagged):
    found = tagged("The neighbours, the Stepanenkos, took the children in; the Heimatbund refused.")
    assert found == [("person", "Stepanenkos"), ("org", "Heimatbund")]


def test_the_middle_of_a_month_and_the_instant_are_no_names(tagged):
    found = tagged("ON THE 4TH INST. THE MINISTER LEFT FOR RIGA STOP ANSWER BEFORE MID-NOVEMBER STOP")
    assert found == [("place", "RIGA")]


def test_a_camp_named_in_full_is_an_organisation(tagged):
    """The camp's full name holds its place, as its short name (Ukhtpechlag) does: one institution,
    as the held-out sets' gold marks every such name (the thirteenth round of issue 15)."""
    found = tagged("Prisoners of the Ukhta Corrective Labour Camp were sent to the mines.")
    assert found == [("org", "Ukhta Corrective Labour Camp")]


def test_the_emigre_press_is_no_name(tagged):
    found = tagged("In Paris the Vozrozhdenie and Le Temps printed the rumour; Chasovoi denied it.")
    assert found == [("place", "Paris")]


def test_an_adjective_in_a_list_of_places_is_no_place(tagged):
    found = tagged("Born in the village of Kopaigorod, Ukrainian, a mechanic; the Latvian villages "
                   "of the raion were searched.")
    assert found == [("place", "Kopaigorod")]


def test_korean_and_chinese_names_as_lists_and_telegrams_print_them(tagged):
    found = tagged("Signed: Ten P. (a Korean, driver). LI Chang-fu, a cook, and the Chinese "
                   "Wu-ming-shan were detained.")
    assert found == [("person", "Ten P."), ("person", "LI Chang-fu"), ("person", "Wu-ming-shan")]


def test_a_chinese_name_hyphened_into_one_word_in_a_telegram_in_capitals(tagged):
    found = tagged("BORDER GUARDS DETAINED CHINESE LO-PIN-HO WHO SAYS HE WAS SENT FROM HARBIN STOP")
    assert found == [("person", "LO-PIN-HO"), ("place", "HARBIN")]


def test_a_title_before_an_initial_alone_is_a_person(tagged):
    found = tagged("Our man Baron K. spoke with the consul, and Citizen P. confirmed it.")
    assert found == [("person", "K."), ("person", "P.")]


def test_a_bare_name_opening_a_sentence_before_a_verb_of_going_is_a_person(tagged):
    found = tagged("The minister was absent. Kalnins departed for Riga on the 3rd.")
    assert found == [("person", "Kalnins"), ("place", "Riga")]


def test_a_native_of_a_place_and_a_cafe_by_its_name(tagged):
    found = tagged("The courier, a native of Heimtal and a resident of Lozovatka, waited at the Café "
                   "Bristol.")
    assert found == [("place", "Heimtal"), ("place", "Lozovatka"), ("place", "Café Bristol")]


def test_the_buildings_of_the_trials_are_places(tagged):
    found = tagged("The accused were tried in the House of Trade Unions; Kirov lay in state in the Hall "
                   "of Columns.")
    assert found == [("place", "House of Trade Unions"), ("person", "Kirov"), ("place", "Hall of Columns")]


def test_a_bare_unknown_name_after_the_article_is_an_institution(tagged):
    found = tagged("In Tallinn the Vabaliit has doubled its patrols and the Heimatbund questioned our agent "
                   "Brandt; they recalled the Dreyfus affair.")
    assert found == [("place", "Tallinn"), ("org", "Vabaliit"), ("org", "Heimatbund"), ("person", "Brandt")]
