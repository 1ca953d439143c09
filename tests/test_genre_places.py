"""The genre's gazetteer and the contexts that make a name a place, on any text with no register
(issue 15: place recall on unseen text).

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations

from conftest import places


def test_towns_of_the_genre_and_their_names_of_the_period_are_places(tagged):
    found = tagged("The parcels went on to Irbit, Kzyl-Orda and Stalinabad, and the letters to Viipuri "
                   "and Ratibor.")
    assert found == [("place", "Irbit"), ("place", "Kzyl-Orda"), ("place", "Stalinabad"),
                     ("place", "Viipuri"), ("place", "Ratibor")]


def test_camp_towns_of_the_gulag_are_places(tagged):
    found = tagged("The convoy left Dolinka for Potma; the sick stayed behind at Karabas.")
    assert places(found) == ["Dolinka", "Potma", "Karabas"]


def test_a_town_named_like_a_surname_is_a_place_only_in_a_places_context(tagged):
    found = tagged("The trains stop at Sebezh and Beloostrov. Comrade Beloostrov has been informed.")
    assert found == [("place", "Sebezh"), ("place", "Beloostrov"), ("person", "Beloostrov")]


def test_a_place_in_the_capitals_of_a_heading_or_a_dateline_is_a_place(tagged):
    found = tagged("THE LENINGRAD TRIAL\n\nRIGA, Dec. 5.\n\nTravellers say nothing has changed.")
    assert found == [("place", "LENINGRAD"), ("place", "RIGA")]


def test_a_river_with_its_article_and_nothing_after_it_is_a_place(tagged):
    found = tagged("The guards on the Neva, and the posts along the Ishim were doubled.")
    assert found == [("place", "Neva"), ("place", "Ishim")]


def test_places_of_birth_and_death_in_a_biographys_life_dates_are_places(tagged):
    found = tagged("LEVIN Boris Markovich (1901, Berdichev – 1938). Teacher.\n\n"
                   "OZOLA Anna (4 May 1897, Valka, Livonia – 1969, Tukums). Nurse.")
    assert places(found) == ["Berdichev", "Valka", "Livonia", "Tukums"]


def test_a_name_before_a_word_for_a_camp_site_is_a_place(tagged):
    found = tagged("At the Zolotoi mine and the Olchan lagpunkt the norm fell. In Urdzhar, Kopa and "
                   "Sasyk sections the sowing ended.")
    assert places(found) == ["Zolotoi", "Olchan", "Urdzhar", "Kopa", "Sasyk"]


def test_the_names_after_a_word_for_places_without_of_are_places(tagged):
    found = tagged("Families of the villages Voknavolok, Kimasozero and Lusalma crossed the border; "
                   "the pastor of the parish of Rugozero stayed.")
    assert found == [("place", "Voknavolok"), ("place", "Kimasozero"), ("place", "Lusalma"),
                     ("place", "Rugozero")]


def test_an_unknown_word_in_a_list_beside_a_known_place_is_a_place(tagged):
    found = tagged("Quotas: Krasnoufimsk (incl. Artinsk, Achit) 280 persons.")
    assert found == [("place", "Krasnoufimsk"), ("place", "Artinsk"), ("place", "Achit")]


def test_a_unit_named_after_a_leader_is_a_place(tagged):
    found = tagged("The operative group covers the Lenin raion of the city. Lenin wrote on the matter.")
    assert found == [("place", "Lenin raion"), ("person", "Lenin")]


def test_a_town_named_after_a_leader_after_its_kind_or_as_another_name_is_a_place(tagged):
    found = tagged("The family lived in the town of Molotov until 1941. The camp then moved to Perm (then "
                   "Molotov); the city of Kirov mourned the secretary Kirov.")
    assert found == [
        ("place", "Molotov"), ("place", "Perm"), ("place", "Molotov"), ("place", "Kirov"), ("person", "Kirov")]


def test_a_small_towns_name_opening_a_kolkhozs_name_does_not_cut_it(tagged):
    found = tagged('Complaints came from the kolkhoz "Krasny Pakhar" and from the Moscow Soviet.')
    assert ("place", "Krasny") not in found and ("place", "Moscow") in found


def test_a_town_elsewhere_that_is_also_an_english_surname_is_no_place_on_its_own(tagged):
    found = tagged("The counsellor of the embassy saw Henderson and Chandler on Monday; the trains from Riga "
                   "were late.")
    assert places(found) == ["Riga"]


def test_the_place_of_a_dateline_is_a_place_and_a_signature_stays_a_person(tagged):
    found = tagged("Ust-Ilimsk, Oct. 5, 1938\n\nKuibyshev, 3.IV.42\n\nThe convoy is ready.\n\nPetrov, 5 May 1937")
    assert found == [("place", "Ust-Ilimsk"), ("place", "Kuibyshev"), ("person", "Petrov")]


def test_a_forest_a_monastery_and_a_street_in_transliteration_are_places(tagged):
    found = tagged("The graves in the Kozlovo Forest were opened; the prisoners of the Spaso-Efimiev "
                   "Monastery were moved to Liteiny Prospekt.")
    assert found == [("place", "Kozlovo Forest"), ("place", "Spaso-Efimiev Monastery"),
                     ("place", "Liteiny Prospekt")]


def test_a_hyphened_town_whose_first_part_ends_as_a_place_is_a_place(tagged):
    found = tagged("A teacher of the Novograd-Volynsky school was arrested; Minaev-Tsikanovsky signed "
                   "the order and Petrenko-Dorosh said nothing.")
    assert found == [("place", "Novograd-Volynsky"), ("person", "Minaev-Tsikanovsky"),
                     ("person", "Petrenko-Dorosh")]


def test_a_leaders_name_with_a_towns_other_name_after_it_is_the_town(tagged):
    found = tagged("The prisoners went from Molotov (Perm) to Kirov (formerly Vyatka); Molotov, formerly "
                   "Perm, kept forty. Molotov (Skryabin) signed the decree; Comrade Ozolins (Riga) and "
                   "Petrenko (Kiev) spoke.")
    assert found == [("place", "Molotov"), ("place", "Perm"), ("place", "Kirov"), ("place", "Vyatka"),
                     ("place", "Molotov"), ("place", "Perm"), ("person", "Molotov"), ("person", "Skryabin"),
                     ("person", "Ozolins"), ("place", "Riga"), ("person", "Petrenko"), ("place", "Kiev")]


def test_a_list_of_towns_after_a_preposition_opening_the_sentence(tagged):
    found = tagged("In Vinnitsa, Uman and Berdichev the queues form before dawn; our courier, travelling "
                   "to Proskurov, counted the corpses.")
    assert found == [("place", "Vinnitsa"), ("place", "Uman"), ("place", "Berdichev"), ("place", "Proskurov")]


def test_a_country_whose_gazetteer_name_has_the_article_is_a_place_without_it(tagged):
    found = tagged("He ran the military intelligence in the Netherlands until 1937.")
    assert found == [("place", "Netherlands")]
