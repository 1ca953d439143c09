"""Kinds of text the eighteenth round of issue 15 read (set T, blind the round before): a record of
a confrontation, a forensic act, a Politburo protocol, an edition's end-notes, a denunciation with
its resolutions.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_surname_in_capitals_after_an_abbreviated_rank_of_state_security_is_a_person(tmp_path):
    """"Lt. of State Security FINKEL": the rank's domain is cut off, the surname in capitals after it
    is its holder, though it spells a word of the dictionary."""
    root = converted(tmp_path, "Interrogated by: Jr. Lt. of State Security ROGOV\n"
                               "Present: Lt. of State Security FINKEL\n")
    assert names(root, "persName") == ["ROGOV", "FINKEL"]


def test_a_surname_in_capitals_after_an_office_and_a_comma_is_a_person(tmp_path):
    """"the prison chief, BONDAR,": an office and a comma before a word in capitals name its holder."""
    root = converted(tmp_path, "According to the report of the duty assistant of the prison chief, BONDAR, "
                               "the cellmates called the warder at 04.35.\n")
    assert names(root, "persName") == ["BONDAR"]


def test_a_surname_in_capitals_before_a_double_yiddish_forename_is_a_person(tmp_path):
    """An end-note's headword prints the surname in capitals, then the forename: "KOHN Moishe-Leib" is
    no acronym."""
    root = converted(tmp_path, "44. KOHN Moishe-Leib (1902–?), bookkeeper of the tannery; arrested on "
                               "3/XII-1937.\n")
    assert names(root, "persName") == ["KOHN Moishe-Leib"]
    assert names(root, "orgName") == []


def test_a_word_after_in_is_a_place_though_it_ends_like_a_surname(tmp_path):
    """Nobody is "in" a person: "the market in Krichev" names a town; a surname after "in" that the
    text names as a person elsewhere stays one."""
    root = converted(tmp_path, "The grain went to the market in Krichev through his brother. He confided in "
                               "Petrov. Ivan Petrov was arrested in May.\n")
    assert names(root, "placeName") == ["Krichev"]
    assert names(root, "persName") == ["Petrov", "Ivan Petrov"]


def test_a_regions_adjective_before_a_compound_body_is_part_of_its_name(tmp_path):
    """"the Transcaucasian Kraikom" is one organisation, no person; a nationality before one is still
    cut off ("the Kazakh Kraikom")."""
    root = converted(tmp_path, "To instruct the Transcaucasian Kraikom to halt the collectivisation. The Kazakh "
                               "Kraikom met in Alma-Ata.\n")
    assert names(root, "orgName") == ["Transcaucasian Kraikom", "Kraikom"]
    assert names(root, "persName") == []


def test_a_regions_abbreviation_after_the_acronym_of_its_body_is_the_region(tmp_path):
    """Stamps and address lines write the region short after its body: "UNKVD KhK", "UNKVD MO",
    "Troika of the UNKVD KO" name the region; a military district's abbreviation is a body of its own,
    and in a telegram in capitals "TO" is a word."""
    root = converted(tmp_path, "Sent to the UNKVD KhK. Copy to UNKVD MO.\nTroika of the UNKVD KO, 9.II.1938. "
                               "Transferred to the PP OGPU LVO.\n\nSENT BY UNKVD TO MOSCOW STOP\n")
    assert names(root, "placeName") == ["KhK", "MO", "KO", "MOSCOW"]
    assert "LVO" in names(root, "orgName")


def test_a_day_and_roman_month_after_a_signatorys_initial_is_a_date(tmp_path):
    """"F. 19/III-38" under a note is an initial and its date, not fond 19; "20-XI" with a hyphen is a
    day and a month."""
    root = converted(tmp_path, "Leningrad, 18 March 1938\n\nThe trip went through the UNKVD KhO. F. 19/III-38\n\n"
                               "His letter to the city department is dated \"20-XI\".\n")
    assert date_values(root)["19/III-38"] == "1938-03-19"
    assert date_values(root)["20-XI"] == "1937-11-20"


def test_a_georgian_surname_in_capitals_in_a_commissions_list_is_a_person(tmp_path):
    """The Georgian ending -iani is a surname's: "Members: GVELESIANI, M. ZYRYANOV"."""
    root = converted(tmp_path, "Chairman: Deputy Chief of the UNKVD T. NIKIFOROV\nMembers: GVELESIANI, M. ZYRYANOV\n")
    assert "GVELESIANI" in names(root, "persName")


def test_the_right_bank_of_ukraine_is_a_region_not_a_bank(tmp_path):
    """A grain decision takes its reserve "at the expense of the raions of the Right Bank": the half of
    Ukraine west of the Dnieper; the State Bank stays an organisation."""
    root = converted(tmp_path, "To cover the deficit at the expense of the raions of the Right Bank. The State "
                               "Bank is to advance the credit.\n")
    assert names(root, "placeName") == ["Right Bank"]
    assert names(root, "orgName") == ["State Bank"]


def test_towns_of_the_genres_lands_are_known_by_their_other_names(tmp_path):
    """GeoNames writes Krychaw and Zestaponi; translations write Krichev and Zestafoni, which GeoNames
    lists as their other names. Every town of the genre's lands is now known by those."""
    root = converted(tmp_path, "They sent the grain to Krichev and to Zestafoni.\n")
    assert names(root, "placeName") == ["Krichev", "Zestafoni"]
    assert names(root, "persName") == []


def test_a_villages_other_name_is_a_place_where_the_rules_would_drop_the_word(tmp_path):
    """GeoNames knows Zhovkva also as Zholkva, the name a file of 1941 writes: where the rules would
    drop the word, a village's other name is a place too."""
    root = converted(tmp_path, "The cellmate GELBARD Moishe, born 1907, of Zholkva, confirmed this.\n")
    assert names(root, "placeName") == ["Zholkva"]


def test_german_towns_are_of_the_genres_lands(tmp_path):
    """Filtration files, the special camps of 1945–1950 and the projects that study them name German
    towns: "near Bad Reichenhall", "(Marburg)" are places; "the ROA" stays the army it names."""
    root = converted(tmp_path, "The train was found near Bad Reichenhall. Dr Katharina Vogt (Marburg) leads "
                               "the German part. In 1944 he joined the ROA.\n")
    assert names(root, "placeName") == ["Bad Reichenhall", "Marburg"]
    assert names(root, "orgName") == ["ROA"]


def test_polish_surnames_in_cki_are_persons(tmp_path):
    """"-ski" does not end Kulczycki or Zawadzki: the Polish -cki and -dzki are surnames' endings too."""
    root = converted(tmp_path, "Kulchytsky signed in Polish as Kulczycki. The cellmate Zawadzki stated that "
                               "he had been beaten.\n")
    assert names(root, "persName") == ["Kulchytsky", "Kulczycki", "Zawadzki"]


def test_a_republics_bolshevik_party_is_one_acronym_and_the_body_after_it_is_read(tmp_path):
    """"KP(b)B", "CP(b)U": the republic's letter after "(b)" belongs to the party's acronym, and the
    name after it is still read ("the CP(b)U and the Radnarkom of the UkrSSR")."""
    root = converted(tmp_path, "The KP(b)B raikom met. By the resolution of the CC of the CP(b)U and the "
                               "Radnarkom of the UkrSSR the village was blacklisted.\n")
    assert names(root, "orgName") == ["KP(b)B", "CC", "CP(b)U", "Radnarkom"]
    assert names(root, "placeName") == ["UkrSSR"]


def test_a_town_in_a_quoted_title_is_still_the_town(tmp_path):
    """The names of a work's title belong to the title, but a town the gazetteers know is the town the
    title names: an exhibition "Tiflis 1937: Faces from the Files"."""
    root = converted(tmp_path, 'The society opens the exhibition "Tiflis 1937: Faces from the Files" in '
                               'March.\n')
    assert names(root, "placeName") == ["Tiflis"]
    assert names(root, "persName") == []


def test_an_initial_that_signs_a_resolution_is_a_person(tmp_path):
    """A resolution is signed by an initial: with its day after it ("Z. 10/V") or alone after a dash at
    the line's end ("— Sh."). The leaves of an archival reference after a comma are no signature."""
    root = converted(tmp_path, "AVP RF, F. 0154, OP. 32, D. 9, L. 5-9\n\n"
                               "The question of the punishment cell is to be examined. Z. 10/V\n\n"
                               "Who else was present? Establish. — Sh.\n")
    assert names(root, "persName") == ["Z.", "Sh."]
