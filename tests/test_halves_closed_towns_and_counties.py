"""What the sixty-first round of issue 15 read (set BK): halves of a year, sworn dates, numbered closed
towns, Estonian counties and other conventions of its texts.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_half_of_a_year_is_its_six_months(tmp_path):
    """A cannery's report counts its catch "in the first half of 1984" and its plan for "THE SECOND HALF
    OF 1985": January to June and July to December, as a quarter names its months; a half of a month
    keeps the month, and "the first half" of a reading is no date at all."""
    root = converted(tmp_path, (
        "Muynak, 22 August 1984\n\nIn the first half of 1984 the cannery took 7,000 tonnes. PLAN FOR THE "
        "SECOND HALF OF 1985. In the second half of May the water fell. The first half was read aloud.\n"))
    values = date_values(root)
    assert values["the first half of 1984"] == "1984-01/1984-06"
    assert values["THE SECOND HALF OF 1985"] == "1985-07/1985-12"
    assert values["the second half of May"] == "1985-05"  # the year the text last named
    assert "The first half" not in values and "first half" not in values


def test_the_sworn_day_of_a_month_is_the_day(tmp_path):
    """An affidavit closes "Subscribed and sworn to before me this 9th day of July, 1954" and a will
    "witnessed on the 21st day of May 1971": the day, not the month only."""
    root = converted(tmp_path, (
        "Subscribed and sworn to before me this 9th day of July, 1954. The codicil was witnessed on the "
        "21st day of May 1971.\n"))
    values = date_values(root)
    assert values["9th day of July, 1954"] == "1954-07-09"
    assert values["the 21st day of May 1971"] == "1971-05-21"


def test_a_closed_town_by_its_post_name_is_a_place(tmp_path):
    """A resettlement act names the plant "at Chelyabinsk-40 (now Ozersk)" and a scientist's file
    "Arzamas-16": the closed towns by their post names are places; a tank's "T-34" stays a code."""
    root = converted(tmp_path, (
        "The plant at Chelyabinsk-40 (now Ozersk) sent two engineers; the third came from Arzamas-16. "
        "A T-34 stood at the gate.\n"))
    assert names(root, "placeName") == ["Chelyabinsk-40", "Ozersk", "Arzamas-16"]
    assert names(root, "orgName") == []


def test_a_town_hyphened_to_its_part_is_one_place(tmp_path):
    """An émigré's affidavit is signed by a translator "Munich-Pasing", and a deportation report loads
    wagons at "Kiev-Tovarny": a town and its quarter or station, one place; a double surname whose first
    part is a town ("Orlov-Davydov") is none."""
    root = converted(tmp_path, (
        "I, the translator, Munich-Pasing, certify the above. The wagons were loaded at Kiev-Tovarny. "
        "Count Orlov-Davydov wrote to them.\n"))
    assert names(root, "placeName") == ["Munich-Pasing", "Kiev-Tovarny"]
    assert "Orlov-Davydov" in names(root, "persName")


def test_a_state_standard_and_the_seals_place_are_no_body_and_no_signer(tmp_path):
    """A cannery's letter rejects fish "under GOST 1368", and a will closes with the testator's name and
    "(L.S.)", a museum's agreement with "(signature) L.S.": a standard and the place of the seal, neither
    a body nor a signer's initials; "L.S. Sosnovsky" is still a man."""
    root = converted(tmp_path, (
        "A consignment rejected under GOST 1368 goes for fodder.\n\nD. B. Ochirov (L.S.)\n\nFor the "
        "Museum: J. R. Nurullaev, Director (signature) L.S.\n\nThose whom L.S. Sosnovsky called the new "
        "class.\n"))
    assert names(root, "orgName") == []
    assert names(root, "persName") == ["D. B. Ochirov", "J. R. Nurullaev", "L.S. Sosnovsky"]


def test_an_estonian_county_by_its_own_name_is_a_place(tmp_path):
    """A rector's order on deported students' families lists "the former counties of Tartumaa,
    Viljandimaa and Läänemaa": the Estonian -maa (land) ends only a county's name."""
    root = converted(tmp_path, "They came from the former counties of Tartumaa, Viljandimaa and Läänemaa.\n")
    assert names(root, "placeName") == ["Tartumaa", "Viljandimaa", "Läänemaa"]
    assert names(root, "persName") == []


def test_a_krai_in_english_is_a_place(tmp_path):
    """A missionary's quarterly sends a pastor "to exile at Narym, in the Siberian Territory": the
    English of a krai, as "the Far Eastern Territory" is."""
    root = converted(tmp_path, "His brother was sent to Kolpashevo, in the Siberian Territory, last spring.\n")
    assert "Siberian Territory" in names(root, "placeName")


def test_a_deputys_title_written_apart_is_no_forename(tmp_path):
    """An affidavit's jurat is signed by "Vice Consul of the United States of America" under the
    consul's name, and a meeting's record names "Vice Chairman S. V. Kosior": "Vice" is a forename too,
    but here it opens a title, and no one is named by it."""
    root = converted(tmp_path, (
        "Harold W. PRESCOTT\nVice Consul of the United States of America\n\nIn the Council, Vice Chairman "
        "S. V. Kosior has not appeared.\n"))
    assert names(root, "persName") == ["Harold W. PRESCOTT", "S. V. Kosior"]


def test_a_cannery_and_a_brewery_are_works(tmp_path):
    """A council of ministers' letter on "the situation of the Muynak Fish Cannery": a works of the food
    trades, as a plant is."""
    root = converted(tmp_path, "On the situation of the Muynak Fish Cannery and the Zhiguli Brewery.\n")
    assert names(root, "orgName") == ["Muynak Fish Cannery", "Zhiguli Brewery"]


def test_a_village_named_like_an_adjective_after_its_word_is_a_place(tmp_path):
    """A resettlement act moves "the villages of Berdyanish, Satlykovo and Galikaevo": a Bashkir village
    whose name ends as "Polish" does is still a village after its word; a people's name there is none
    ("a village of Polish porcelain workers")."""
    root = converted(tmp_path, (
        "The population of the villages of Berdyanish, Satlykovo and Galikaevo was resettled. He was born "
        "in Dovbysh, a village of Polish porcelain workers.\n"))
    assert names(root, "placeName") == ["Berdyanish", "Satlykovo", "Galikaevo", "Dovbysh"]


def test_a_village_of_two_words_no_list_gives_a_person_is_the_village(tmp_path):
    """An émigré's affidavit names "a Mountain Jew from Krasnaya Sloboda near Kuba": two words with no
    sign of a person that a village of the genre's lands spells, so the village."""
    root = converted(tmp_path, "ILIZAROV, a Mountain Jew from Krasnaya Sloboda near Kuba, was taken.\n")
    assert "Krasnaya Sloboda" in names(root, "placeName")
    assert names(root, "persName") == ["ILIZAROV"]


def test_a_college_and_an_abbreviated_department_are_bodies(tmp_path):
    """A quarterly thanks "Keston College", and a resolution sends a copy "to the Special Dept.": bodies,
    as a faculty and a department written out are; "the College" alone and "College Street" are none."""
    root = converted(tmp_path, (
        "Our thanks go to Keston College and to the College. Copy to the Special Dept. He lived in College "
        "Street.\n"))
    assert names(root, "orgName") == ["Keston College", "Special Dept"]
    assert names(root, "placeName") == ["College Street"]


def test_a_name_with_a_turkic_patronymic_particle_inside_is_a_person(tmp_path):
    """An émigré's affidavit opens "I, Museib Abbas-Kuli ogly GASYMOV": a forename no list knows, the
    father's name, "ogly" (son of) and the surname in capitals; the particle inside makes it a name."""
    root = converted(tmp_path, "I, Museib Abbas-Kuli ogly GASYMOV, born 1905 in Shusha, declare as follows.\n")
    assert names(root, "persName") == ["Museib Abbas-Kuli ogly GASYMOV"]


def test_a_latvian_surname_in_nieks_is_a_surname(tmp_path):
    """A uezd committee's telegram: "the body of Dravnieks was found in the forest": the Latvian -nieks
    of agent nouns ends surnames, as -iņš does."""
    root = converted(tmp_path, "On the 30th the band was dispersed; the body of Dravnieks was found in the forest.\n")
    assert names(root, "persName") == ["Dravnieks"]


def test_a_word_before_the_region_it_lies_in_is_a_place(tmp_path):
    """An émigré's affidavit: "on foot and by barge to Knyazh-Pogost in the Komi ASSR": a word no list
    knows, after "to" and before "in" and a region, is a place inside it; "a letter to Gurvich in Moscow"
    keeps its man, whose name has a surname's ending."""
    root = converted(tmp_path, (
        "We went on foot and by barge to Knyazh-Pogost in the Komi ASSR. I sent a letter to Gurvich in "
        "Moscow.\n"))
    assert names(root, "placeName") == ["Knyazh-Pogost", "Komi ASSR", "Moscow"]
    assert names(root, "persName") == ["Gurvich"]


def test_a_word_beside_a_genre_village_in_a_list_is_a_place(tmp_path):
    """A censorship review says soldiers name where their units stand "(Nevel, Toropets)": Toropets is a
    village of the genre's lists shaped like no name, so the word beside it is a place too; a list of
    surnames some villages share ("Smirnov, Popov and Kuznetsov") stays persons."""
    root = converted(tmp_path, (
        "Letters name the places where their units are stationed (Nevel, Toropets), the numbers of units. "
        "He wrote to Smirnov, Popov and Kuznetsov.\n"))
    assert names(root, "placeName") == ["Nevel", "Toropets"]
    assert names(root, "persName") == ["Smirnov", "Popov", "Kuznetsov"]
