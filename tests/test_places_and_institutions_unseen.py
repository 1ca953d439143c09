"""Places and institutions on unseen text (issue 15, seventh round): collegial bodies named by their
word alone, …

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations

from conftest import of_kind, persons, places


def test_a_collegial_body_named_by_its_word_alone_is_an_organisation(tagged):
    found = tagged("By resolution of the Collegium of the OGPU of 3 May 1931 he was sentenced to five "
                   "years; the Presidium later reduced the term.")
    assert ("org", "Collegium") in found and ("org", "Presidium") in found


def test_a_place_or_a_person_naming_a_school_or_university_is_the_institution(tagged):
    found = tagged("She graduated from Kharkov University and taught at the Stalin School until 1937.")
    assert found == [("org", "Kharkov University"), ("org", "Stalin School")]


def test_a_place_before_an_institutions_full_name_stays_a_place_of_its_own(tagged):
    found = tagged("He was secretary of the Tomsk Party Committee.")
    assert found == [("place", "Tomsk"), ("org", "Party Committee")]


def test_institutions_the_period_is_written_about_by_are_known(tagged):
    found = tagged("The Metro-Vickers engineers were tried in April; a Hungarian of the Lenin School and a "
                   "clerk of the Russian Red Cross were arrested with them.")
    assert [name for kind, name in found if kind == "org"] == ["Metro-Vickers", "Lenin School",
                                                               "Russian Red Cross"]


def test_a_place_before_the_name_of_a_people_is_a_place_of_its_own(tagged):
    found = tagged("In the spring the Terek Cossack villages were resettled and the Volga Germans sent east; "
                   "the Crimean Tatars stayed.")
    assert found == [("place", "Terek"), ("place", "Volga")]


def test_names_in_a_bracket_after_a_word_for_places_are_places_and_a_citation_is_not(tagged):
    found = tagged("Leaflets were found in the stanitsas (Kagalnitskaya, Mechetinskaya) and in the "
                   "Kuntsevo district (Zhukov 2001).")
    assert found == [("place", "Kagalnitskaya"), ("place", "Mechetinskaya"), ("place", "Kuntsevo district"),
                     ("person", "Zhukov")]


def test_a_renamed_town_and_a_village_near_a_town_are_places(tagged):
    found = tagged("He was born in Gaisin, now Haisyn, and studied in Vilkomir (Ukmergė); his brother came "
                   "from Zaborovsky near Kolomna. Reports came from Minsk (Ivanov) in May.")
    assert found == [("place", "Gaisin"), ("place", "Haisyn"), ("place", "Vilkomir"), ("place", "Ukmergė"),
                     ("place", "Zaborovsky"), ("place", "Kolomna"), ("place", "Minsk"), ("place", "Ivanov")]


def test_a_letterhead_names_the_country_whole_and_its_generic_word_names_nothing(tagged):
    found = tagged("LEGATION OF THE UNITED STATES OF AMERICA\nADMINISTRATION OF THE NKVD FOR TULA OBLAST\n\n"
                   "The report was sent on.")
    assert found[0] == ("place", "UNITED STATES OF AMERICA")
    assert [name for kind, name in found if kind == "org"] == ["NKVD"]


def test_a_foreign_daily_is_a_title_not_a_place(tagged):
    found = tagged("Walter Duranty of the New York Times and a reporter of L'Intransigeant came.")
    assert found == [("person", "Walter Duranty")]


def test_a_street_after_its_lowercase_word_or_opened_by_a_russian_adjective_is_a_place(tagged):
    found = tagged("The office on the rue Mademoiselle was watched; they met on rue du Bac and on ulitsa "
                   "Kirova. He lived at Kazan, Malaya Prolomnaya, house 3.")
    assert found == [("place", "rue Mademoiselle"), ("place", "rue du Bac"), ("place", "ulitsa Kirova"),
                     ("place", "Kazan"), ("place", "Malaya Prolomnaya")]


def test_the_publisher_of_a_bibliographys_entry_is_an_organisation(tagged):
    found = tagged("Smith, John. The Purges Revisited. London: Macmillan, 1968.\nJones, Ann. Stalin's Loyal "
                   "Servant: People's Commissar Ivan Serov, 1905–1990. Oxford, 2001.")
    assert ("org", "Macmillan") in found and [name for kind, name in found if kind == "org"] == ["Macmillan"]


def test_the_place_and_publisher_in_the_brackets_of_a_notes_citation(tagged):
    found = tagged("1. See Petrov, Repressii (Moscow: Zvenia, 1997), 22; Martin, Empire (Ithaca: Cornell "
                   "University Press, 2001), 338.")
    assert ("org", "Zvenia") in found and ("place", "Ithaca") in found
    assert ("org", "Cornell University Press") in found
    assert [name for kind, name in found if kind == "person"] == ["Petrov"]  # "Repressii", "Empire": titles


def test_a_word_with_a_surnames_ending_after_near_is_a_place(tagged):
    found = tagged("Two boats were seen near Lipovsky in the night.")
    assert found == [("place", "Lipovsky")]


def test_a_quoted_name_before_a_lowercase_institution_word_is_an_organisation(tagged):
    found = tagged('The "Falcon" group proposes to send two men across; the "Red Plough" kolkhoz refused, '
                   'and the women of the "Bright Way" collective farm took back their seed.')
    assert found == [("org", "Falcon"), ("org", "Red Plough"), ("org", "Bright Way")]


def test_an_institution_in_quotation_marks_is_no_title(tagged):
    found = tagged('The pastor read out a letter of the emigre "Karelian Committee" in Viipuri.')
    assert found == [("org", "Karelian Committee"), ("place", "Viipuri")]


def test_the_russian_federation_stanford_and_suchan_are_places(tagged):
    found = tagged("The files went back to the Russian Federation in 2002; copies stay at the Hoover "
                   "Institution, Stanford. Deportees from Suchan reached Tashkent.")
    assert [name for kind, name in found if kind == "place"] == ["Russian Federation", "Stanford", "Suchan",
                                                                 "Tashkent"]


def test_an_institution_before_a_list_of_units_stands_apart(tagged):
    found = tagged("In March the UNKVD of the Vinnitsa, Kamenets and Zhitomir oblasts arrested forty.")
    assert found[0] == ("org", "UNKVD") and ("place", "Vinnitsa") in found


def test_a_kolyma_camp_administration_by_its_acronym_stands_apart_from_its_chief(tagged):
    found = tagged("On the orders of the chief of the USVITL FILIPPOV the brigades of Dalstroi worked on.")
    assert found == [("org", "USVITL"), ("person", "FILIPPOV"), ("org", "Dalstroi")]


def test_a_well_known_persons_name_before_a_noun_after_in_the_is_the_person(tagged):
    found = tagged("She was named in the Beria report as a deviationist; he had lived in Kirov since 1935.")
    assert found == [("person", "Beria"), ("place", "Kirov")]


def test_a_named_hall_is_a_place_and_a_forename_before_hall_makes_a_person(tagged):
    found = tagged("The émigrés met at the Savoy Hall on Sunday; Edward Hall of the legation was there.")
    assert found == [("place", "Savoy Hall"), ("person", "Edward Hall")]


def test_a_place_in_a_quoted_title_after_a_word_for_a_work_names_no_place(tagged):
    found = tagged('The paper carries an article under the title "The Kharkov Arrests". He came from Kharkov.')
    assert found == [("place", "Kharkov")]


def test_a_name_before_a_lowercase_word_for_a_church_is_the_church_a_place(tagged):
    found = tagged("The pastor of the Gertrude church, Otto Lange, was arrested.")
    assert found == [("place", "Gertrude"), ("person", "Otto Lange")]


def test_a_known_institution_filling_quotation_marks_is_named_and_one_inside_a_title_is_not(tagged):
    found = tagged('A report on the work of the "Inner Line" in Sofia reached us; he read "The Inner Line and '
                   'the Emigration" twice.')
    assert found == [("org", "Inner Line"), ("place", "Sofia")]


def test_a_street_in_an_address_is_a_place_and_a_resident_with_initials_is_a_person(tagged):
    found = tagged("He lived at Kazan, Gogolevskaya, house 4, flat 9. The tenant Petrov I. I., flat 2, "
                   "was absent.")
    assert found == [("place", "Kazan"), ("place", "Gogolevskaya"), ("person", "Petrov I. I.")]


def test_a_word_with_a_surnames_ending_where_someone_was_born_or_lived_is_a_place(tagged):
    found = tagged("He was born in Zaborovsky in 1899 and lived at Krasnoselsky until 1930; he had "
                   "confidence in Orlovsky.")
    assert found == [("place", "Zaborovsky"), ("place", "Krasnoselsky"), ("person", "Orlovsky")]


def test_a_word_with_a_surnames_ending_where_someone_was_held_or_grew_up_is_a_place(tagged):
    found = tagged("He grew up in Podwołoczyska and was detained in Zalishchyky; his wife had faith in "
                   "Orlovsky.")
    assert found == [("place", "Podwołoczyska"), ("place", "Zalishchyky"), ("person", "Orlovsky")]


def test_a_town_named_after_a_leader_before_the_level_of_an_institution_is_the_town(tagged):
    found = tagged("The Kirov regional directorate of the NKVD and the Kalinin city court received "
                   "the list; Kirov himself had signed nothing.")
    assert places(found) == ["Kirov", "Kalinin"] and persons(found) == ["Kirov"]


def test_places_after_a_plural_word_for_settlements_opening_a_sentence_are_places(tagged):
    found = tagged("Villages of Velyki Mosty and Stoianiv were surrounded at dawn.")
    assert found == [("place", "Velyki Mosty"), ("place", "Stoianiv")]


def test_an_institution_named_in_quotation_marks_is_the_institution_and_a_books_title_is_not(tagged):
    found = tagged('Members of the "Polish Military Organisation" met envoys of the "Union for the '
                   'Liberation of Ukraine"; the book "The Party Committee" was seized.')
    assert of_kind(found, "org") == ["Polish Military Organisation", "Union for the Liberation of Ukraine"]


def test_a_body_by_its_acronym_before_its_unit_is_the_body_and_the_unit(tagged):
    found = tagged("Copies to:\n1. UNKVD Voronezh Oblast\n2. UNKVD Tambov Oblast")
    assert found == [("org", "UNKVD"), ("place", "Voronezh Oblast"), ("org", "UNKVD"), ("place", "Tambov Oblast")]


def test_units_named_with_a_capitalised_english_word_are_places_whatever_their_first_word(tagged):
    found = tagged("He was born in Samara Governorate and taught in Anna District.")
    assert found == [("place", "Samara Governorate"), ("place", "Anna District")]


def test_a_name_ending_on_a_russian_or_ukrainian_word_for_a_feature_of_the_land_is_a_place(tagged):
    found = tagged("They hid in the Belovezhskaya Pushcha; the bodies lie at Sukhaya Balka and Babi Yar.")
    assert found == [("place", "Belovezhskaya Pushcha"), ("place", "Sukhaya Balka"), ("place", "Babi Yar")]


def test_a_forename_in_a_list_a_preposition_of_place_opens_beside_a_place_is_a_place(tagged):
    found = tagged("He obtained passes for his relatives to Lida and Slonim; his friend Lida wrote to him.")
    assert places(found) == ["Lida", "Slonim"]


def test_towns_named_like_leaders_are_places_on_a_route_after_a_birth_year_and_before_their_old_name(tagged):
    """After "born" and a year (not "b.": lists give the nationality there as often, "b. 1896, Latvian")."""
    found = tagged("The echelon went Sverdlovsk – Molotov (formerly Perm) – Kirov – Kotlas. KRAUS Johann, "
                   "born 1910, Engels, was in it. At Kirov (the old Vyatka) two died; Molotov signed the order.")
    assert places(found) == ["Sverdlovsk", "Molotov", "Perm", "Kirov", "Kotlas", "Engels", "Kirov", "Vyatka"]
    assert persons(found) == ["KRAUS Johann", "Molotov"]


def test_quoted_names_after_a_plural_word_for_a_farm_are_organisations(tagged):
    found = tagged('The horses went to the kolkhozes "Chervona Zirka" and "Nove Zhyttya".')
    assert of_kind(found, "org") == ["Chervona Zirka", "Nove Zhyttya"]


def test_a_russian_acronym_in_brackets_after_a_body_is_its_short_name_and_a_surname_is_not(tagged):
    found = tagged("The Ust-Vym Corrective Labour Camp (USTVYMLAG) reported to the road transport department "
                   "(DTO); the head of the department (KUZMIN) signed.")
    assert of_kind(found, "org") == ["Ust-Vym Corrective Labour Camp", "USTVYMLAG", "DTO"]
    assert persons(found) == ["KUZMIN"]


def test_a_name_beside_a_word_for_a_kind_of_enterprise_is_the_enterprise(tagged):
    found = tagged("She milked cows at the Krasny Oktyabr collective farm; he met the German firm Krupp and "
                   "the publishing house Prometejs.")
    assert found == [("org", "Krasny Oktyabr"), ("org", "Krupp"), ("org", "Prometejs")]


def test_a_towns_other_name_in_brackets_a_hyphened_place_and_a_republic_of_today_are_places(tagged):
    found = tagged("In the districts of Kishinev (Chişinău) the sect grew; he was held near Gulyai-Pole; the "
                   "MVD of Bashkortostan in Ufa replied.")
    assert places(found) == ["Kishinev", "Chişinău", "Gulyai-Pole", "Bashkortostan", "Ufa"]


def test_a_nationality_after_a_year_of_birth_is_no_place_and_a_town_is(tagged):
    found = tagged("1. SCHMIDT Karl, born 1903, German, engineer.\n2. PETROV Ivan, born 1901, Kashin, clerk.\n"
                   "3. KALNIN Yan, arrested 1937, Sentenced to death.")
    assert places(found) == ["Kashin"]
