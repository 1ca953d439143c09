"""Places beside institutions, rivers and renamed towns in kinds of text the eleventh round of issue 15
read (sets L and M): county departments of the NKVD, organs of a republic's government, rivers crossed
by a band, towns named and renamed.

Each test is a short text of our own in the manner of the genre.
"""

from __future__ import annotations

from conftest import of_kind


def test_the_county_a_department_serves_is_a_place_of_its_own(tagged):
    found = tagged("A report of the Zarasai County Department of the NKVD reached the Vyru Uyezd Committee.")
    assert of_kind(found, "place") == ["Zarasai", "Vyru"]
    assert of_kind(found, "org") == ["County Department", "NKVD", "Uyezd Committee"]


def test_the_polity_an_organ_of_government_serves_is_a_place_of_its_own(tagged):
    found = tagged("The Ministry of Foreign Affairs of Estonia and the Supreme Court of the Russian "
                   "Federation answered; the Procuracy of the RSFSR did not.")
    assert of_kind(found, "org") == ["Ministry of Foreign Affairs", "Supreme Court", "Procuracy"]
    assert of_kind(found, "place") == ["Estonia", "Russian Federation", "RSFSR"]


def test_a_party_or_a_university_keeps_the_place_in_its_name(tagged):
    found = tagged("He studied at the University of Latvia and joined the Communist Party of Estonia.")
    assert of_kind(found, "org") == ["University of Latvia", "Communist Party of Estonia"]
    assert of_kind(found, "place") == []


def test_on_and_a_street_give_where_an_institution_or_a_church_stands(tagged):
    found = tagged("She typed for the Estonian Society on Petrovsky Boulevard; mass was said in the church "
                   "of St. Stanislaus on Kovensky Lane. The Commission on Foreign Affairs met.")
    assert of_kind(found, "org") == ["Estonian Society", "Commission on Foreign Affairs"]
    assert of_kind(found, "place") == ["Petrovsky Boulevard", "St. Stanislaus", "Kovensky Lane"]


def test_a_church_named_by_its_dedication_is_a_building_by_its_confession_an_institution(tagged):
    found = tagged("The Church of the Transfiguration and the Church of St. Anne were closed; St. Anne's "
                   "Church became a store, and the Lutheran Church lost its last pastor; the monks of the Golgotha Skete were dispersed.")
    assert of_kind(found, "place") == ["Church of the Transfiguration", "Church of St. Anne", "St. Anne's Church",
                                        "Golgotha Skete"]
    assert of_kind(found, "org") == ["Lutheran Church"]


def test_a_river_is_named_after_a_word_of_crossing_it_and_a_village_below_it(tagged):
    found = tagged("The band crossed the Vakhsh below Kurgancha and went back across the Kafirnigan; "
                   "the barges came down the Vym and up the Izhma. He crossed the Party line.")
    assert of_kind(found, "place") == ["Vakhsh", "Kurgancha", "Kafirnigan", "Vym", "Izhma"]
    assert of_kind(found, "person") == [] and of_kind(found, "org") == []


def test_a_kolkhoz_named_after_a_leader_names_no_person(tagged):
    found = tagged("The Kaganovich kolkhoz gave 29 per cent and the Kirov collective farm 31; Kirov "
                   "himself had praised them.")
    assert of_kind(found, "person") == ["Kirov"]
    assert of_kind(found, "org") == ["Kaganovich", "Kirov"]


def test_a_surname_in_capitals_named_first_in_a_list_is_that_person_again_alone(tagged):
    found = tagged("3. ROZENTAL Ostap Yurievich, born 1902, fitter.\n"
                   "In May 1936 ROZENTAL recruited the turner; he and ROZENTAL deny it. "
                   "CONCLUSIONS are drawn below.")
    assert of_kind(found, "person") == ["ROZENTAL Ostap Yurievich", "ROZENTAL", "ROZENTAL"]


def test_a_band_is_named_after_its_leaders_code_name_and_the_name_quoted_again_is_his(tagged):
    found = tagged('Five men of the band of "Vilkas" were killed; JONAITIENĖ Ona, wife of "Vilkas", was '
                   'evicted. The band of "Perkūnas" (real name not established) burned the school. Our '
                   'agent reported that "Perkūnas" went north. He read "Tiesa" daily.')
    assert of_kind(found, "person") == ["Vilkas", "JONAITIENĖ Ona", "Vilkas", "Perkūnas", "Perkūnas"]


def test_a_town_after_a_word_that_renames_it_is_a_place_even_a_leaders_name(tagged):
    found = tagged("Vyatka was renamed Kirov in 1934; the colony, founded as Rosenheim, became a kolkhoz. "
                   "Near Kokand (the former Skobelev) nothing changed.")
    assert of_kind(found, "place") == ["Vyatka", "Kirov", "Rosenheim", "Kokand", "Skobelev"]
    assert of_kind(found, "person") == []


def test_a_leaders_town_with_its_other_name_in_a_translators_bracket_or_after_in(tagged):
    found = tagged("Trains ran by Penza, Kuibyshev [Samara] and Ufa. In Kuibyshev the camp held 300. "
                   "Kirov [until 1934 Vyatka] reported. Molotov (Skryabin) signed.")
    assert of_kind(found, "place") == ["Penza", "Kuibyshev", "Samara", "Ufa", "Kuibyshev", "Kirov", "Vyatka"]
    assert of_kind(found, "person") == ["Molotov", "Skryabin"]


def test_an_archives_acronym_in_brackets_is_the_archive_even_a_word_or_a_town(tagged):
    found = tagged("Cited: State Archive of Kyiv Oblast (DAKO), f. R-4; State Archive of Dnipropetrovsk "
                   "Oblast (DADO), f. 1.")
    assert of_kind(found, "org") == ["State Archive", "DAKO", "State Archive", "DADO"]


def test_a_body_of_a_body_the_authority_knows_is_two_organisations(tagged):
    found = tagged("He wrote to the Presidium of the Supreme Soviet and was tried by the Military Collegium "
                   "of the Supreme Court of the USSR.")
    assert of_kind(found, "org") == ["Presidium", "Supreme Soviet", "Military Collegium", "Supreme Court"]
    assert of_kind(found, "place") == ["USSR"]


def test_where_a_person_is_from_a_depot_and_a_quarter_are_places(tagged):
    found = tagged("The cobbler Gela Beridze from Vake was shot. Wrecks multiplied at the Yurga depot and "
                   "in the Kitaika quarter; driver SOKOLOVSKY Ivan of the Topki depot was arrested.")
    assert of_kind(found, "place") == ["Vake", "Yurga", "Kitaika", "Topki"]
    assert of_kind(found, "person") == ["Gela Beridze", "SOKOLOVSKY Ivan"]


def test_a_town_closing_a_lenders_line_and_a_places_other_name_in_brackets(tagged):
    found = tagged("Lent by Maria Schell, Bielefeld.\nLent by the Museum of Local Lore (MKM), Engels.\n"
                   "The ferry over the Nevezis below Seredzius (Seredžius) sank. Finally, Yagoda.")
    assert of_kind(found, "place") == ["Bielefeld", "Engels", "Nevezis", "Seredzius", "Seredžius"]
    assert of_kind(found, "person") == ["Maria Schell", "Yagoda"]


def test_an_institution_named_by_its_number_and_a_combine(tagged):
    found = tagged("A fitter of Shop No. 12 of Plant No. 75 and a pupil of School No 4 wrote to the "
                   "Director of the Chelyabinsk Tractor Combine; BOARD 3 replied.")
    assert of_kind(found, "org") == ["Shop No. 12", "Plant No. 75", "School No 4", "Tractor Combine", "BOARD 3"]
    assert of_kind(found, "place") == ["Chelyabinsk"]


def test_central_asian_titles_and_honorifics_make_persons(tagged):
    found = tagged("The band of Khalbuta-bek crossed; the mulla Rahmonqul and the ishan Tursun-khoja "
                   "were taken near Garm.")
    assert of_kind(found, "person") == ["Khalbuta-bek", "Rahmonqul", "Tursun-khoja"]


def test_an_acronym_with_the_digraphs_of_russian_letters_is_an_institution(tagged):
    found = tagged("A fitter of the former KhTZ and a chemist of LIIZhT were arrested; see TsGAOR, f. 9.")
    assert of_kind(found, "org") == ["KhTZ", "LIIZhT", "TsGAOR"]
    assert of_kind(found, "person") == []
