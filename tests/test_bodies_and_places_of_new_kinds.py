"""Organisations and places in kinds of text no earlier round had read (issue 15, eighth round):
verdicts, border and camp reports, party-control protocols, converted as a new user would.

Each test is a short text of our own in the manner of the genre.
"""

from __future__ import annotations

from conftest import of_kind


def test_a_body_of_another_body_is_two_organisations(tagged):
    found = tagged("The appeal went to the Supreme Court of the RSFSR, and the Special Department of the "
                   "OGPU sent its file to the Council of Ministers of the USSR.")
    assert of_kind(found, "org") == ["Supreme Court", "Special Department", "OGPU", "Council of Ministers"]
    assert of_kind(found, "place") == ["RSFSR", "USSR"]


def test_region_acronyms_of_nkvd_orders_are_places(tagged):
    found = tagged("The heads of the UNKVD for VSO and for LO are to report by wire.")
    assert of_kind(found, "place") == ["VSO", "LO"]


def test_the_railway_and_the_republican_gpus_of_the_period_are_organisations(tagged):
    found = tagged("Former employees of the CER were taken by the ZakGPU, the AzGPU and the GruzGPU; "
                   "see GANISO and ARPIISSA.")
    assert of_kind(found, "org") == ["CER", "ZakGPU", "AzGPU", "GruzGPU", "GANISO", "ARPIISSA"]


def test_a_name_before_a_word_for_a_ford_a_steppe_or_a_siding_is_a_place(tagged):
    found = tagged("The band crossed at the Karadonlu ford into the Shirvan steppe; the escapers were "
                   "seen at the Yeletskaya railway siding and near the Alibeyli commandant's post.")
    assert of_kind(found, "place") == ["Karadonlu", "Shirvan", "Yeletskaya", "Alibeyli"]
    assert of_kind(found, "person") == [] and of_kind(found, "org") == []


def test_a_name_before_the_acronym_of_a_district_body_is_a_place(tagged):
    found = tagged("The complaint reached the Zhary RK and was sent on to the Pochinki MTS.")
    assert found == [("place", "Zhary"), ("org", "RK"), ("place", "Pochinki"), ("org", "MTS")]


def test_a_numbered_company_of_the_guard_is_an_organisation(tagged):
    found = tagged("A rifleman of the 3rd company and two men of the 1st platoon were punished.")
    assert of_kind(found, "org") == ["3rd company", "1st platoon"]


def test_a_consulate_general_and_the_union_of_ssr_in_a_title(tagged):
    found = tagged("The People's Commissar for Foreign Affairs of the Union of SSR wrote to the Italian "
                   "Consulate-General in Odessa.")
    assert of_kind(found, "org") == ["Italian Consulate-General"]
    assert of_kind(found, "place") == ["Union of SSR", "Odessa"]


def test_names_after_a_word_for_villages_with_the_peoples_name_before_it_are_places(tagged):
    found = tagged("Twelve families of the Talysh villages Gurzali and Mashtagir crossed the border.")
    assert found == [("place", "Gurzali"), ("place", "Mashtagir")]


def test_the_district_a_body_serves_is_a_place_of_its_own(tagged):
    found = tagged("The bureau of the Zhary District Committee and the Western Regional Committee met.")
    assert found == [("place", "Zhary"), ("org", "District Committee"), ("org", "Western Regional Committee")]


def test_a_known_town_that_is_also_a_first_name_before_region_is_a_place(tagged):
    found = tagged("Lists came in from the Chita Region, but none from Allen Lane.")
    assert found == [("place", "Chita Region"), ("person", "Allen Lane")]


def test_sentences_charges_and_the_old_style_in_capitals_are_no_organisations(tagged):
    found = tagged("Arrested 3.XI.1937 (KRA). Sentenced by the troika of the UNKVD to VMN; his brother to "
                   "8 years ITL as an SOE. Born 25.X.1899 (O.S.).")
    assert of_kind(found, "org") == ["UNKVD"]


def test_trusts_and_local_chekas_named_by_a_compound_word_are_organisations(tagged):
    found = tagged("He was a clerk at Kuzbassugol, then at Karelprom, and was taken by the "
                   "Poltava Gubcheka.")
    assert of_kind(found, "org") == ["Kuzbassugol", "Karelprom", "Gubcheka"]


def test_trusts_named_by_their_product_are_organisations(tagged):
    found = tagged("Vostokstal, Uralkhim and Sevmash asked for labour; the Pentecostal preacher refused.")
    assert of_kind(found, "org") == ["Vostokstal", "Uralkhim", "Sevmash"]
    assert of_kind(found, "person") == []


def test_an_acronym_in_brackets_after_an_institutions_name_is_its_short_name(tagged):
    found = tagged("The files are in the State Archive of Tomsk Oblast (GATO) and the Russian State Archive "
                   "of Film and Photo Documents (RGAKFD); the Main Administration of Camps of the Timber "
                   "Industry (GULLP) kept none. The deputy commissar (FRINOVSKY) signed.")
    assert "GATO" in of_kind(found, "org") and "RGAKFD" in of_kind(found, "org")
    assert "GULLP" in of_kind(found, "org")
    assert of_kind(found, "person") == ["FRINOVSKY"]


def test_a_name_after_the_year_of_birth_in_a_list_of_victims_is_the_birthplace(tagged):
    found = tagged("4. SOKOLOV Pavel Ivanovich, born 1894, Kashin; Russian; clerk. Arrested 3.X.1937.\n"
                   "5. LEVIN Boris Markovich, born 1902 or 1903, Belaya Tserkov; Jew; engineer.")
    assert of_kind(found, "place") == ["Kashin", "Belaya Tserkov"]
