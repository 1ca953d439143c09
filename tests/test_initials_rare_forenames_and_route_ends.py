"""What the sixty-seventh round of issue 15 read (set BQ): the peoples of the world's states, rare
forenames after surnames in capitals, initials that look like titles, a route's ends, and the other
shapes of a ministry's note on foreign students, a food detachment's report, a trading post's act and a
ferry division's crash act.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_the_adjective_of_a_state_of_another_continent_names_no_place(tmp_path):
    """A ministry's note counts its foreign students by continent and state: "students from African
    countries", "a Malian student". The adjective is no place, though a preposition of place stands
    before it; the states themselves are places."""
    root = converted(tmp_path, (
        "Note on foreign students, 1965.\n\nAbout forty students from African countries gathered in the "
        "hostel. A Malian student and two Nigerians were beaten. Of the 412 students, 148 came from "
        "African countries, among them from Mali and Nigeria.\n"))
    assert names(root, "placeName") == ["Mali", "Nigeria"]


def test_a_name_after_a_village_and_a_comma_is_no_second_village(tmp_path):
    """A detachment's report names a village, then a man of it after a comma: "the mullah of the village
    of Kzyl-Tau, Gabdulla Sadykov". A word for one village heads no list; "the villages of" does."""
    root = converted(tmp_path, (
        "Report of the food detachment.\n\nWe were met by the mullah of the village of Kzyl-Tau, Gabdulla "
        "Sadykov. The grain was taken from the villages of Urazovo, Baimakovo and Tukaevo.\n"))
    assert names(root, "persName") == ["Gabdulla Sadykov"]
    assert names(root, "placeName") == ["Kzyl-Tau", "Urazovo", "Baimakovo", "Tukaevo"]


def test_a_rare_forename_after_a_surname_in_capitals_makes_a_person(tmp_path):
    """A note on an incident lists foreign students surname first, in capitals, with forenames no list
    holds: "KONATE Seydou", "OKONKWO Chidiebere". The surname's capitals and the forename after them
    make a person; a department's letters before a surname do not ("URO Sidorova")."""
    root = converted(tmp_path, (
        "On the incident of 12 March.\n\nThe students KONATE Seydou and OKONKWO Chidiebere came to the "
        "aid of their friend and were beaten.\n\nCard checked: URO Sidorova\n"))
    assert "KONATE Seydou" in names(root, "persName")
    assert "OKONKWO Chidiebere" in names(root, "persName")
    assert "URO Sidorova" not in names(root, "persName")


def test_a_word_after_a_place_and_a_dash_before_a_sector_is_the_routes_other_end(tmp_path):
    """A crash act names the stretch of an air route by its ends: "the Yakutsk–Ust-Nera sector". The word
    after the dash is the route's other end, a place, not the name of a body called a sector."""
    root = converted(tmp_path, (
        "Act on the loss of an aircraft.\n\nThe aircraft was lost on the Yakutsk–Khandyga sector in "
        "cloud. Flights on the Yakutsk–Khandyga sector are forbidden until the forecast improves.\n"))
    assert names(root, "placeName") == ["Yakutsk", "Khandyga"] * 2
    assert names(root, "orgName") == []


def test_a_long_stump_of_a_body_opens_its_name_though_it_ends_as_a_surname_does(tmp_path):
    """A trading post's act names the fur trust in one word, "Soyuzpushnina", and the commissariat of
    finance "Narkomfin": they end as surnames do, but no surname opens with such a stump."""
    root = converted(tmp_path, (
        "Act of inspection of the trading post.\n\nThe furs were sent to Soyuzpushnina in March; the "
        "accounts went to the okrug office of Soyuzpushnina and to Narkomzem.\n"))
    assert names(root, "orgName") == ["Soyuzpushnina", "Soyuzpushnina", "Narkomzem"]
    assert names(root, "persName") == []


def test_a_single_letter_before_an_initial_is_an_initial_not_a_title(tmp_path):
    """"M." is a French title and "T." a Russian one ("M. Herriot", "T. Ivanov"), but a letter before
    another initial is the first initial: "M. Ya. Veksler", "T. K. Gavrilov"; "Mr." stays a title."""
    root = converted(tmp_path, (
        "Act of 2 March 1932.\n\nSigned by the accountant M. Ya. Veksler and the inspector T. K. Gavrilov. "
        "Copy to Mr. A. Smith.\n"))
    assert names(root, "persName") == ["M. Ya. Veksler", "T. K. Gavrilov", "A. Smith"]


def test_a_name_before_an_airport_an_airfield_or_a_reserve_is_a_place(tmp_path):
    """A crash act and a field report name airfields and reserves by their place: "the Ulkan airfield",
    "Chara airport", "the Olyokma nature reserve". The name is the place; the word is no part of it."""
    root = converted(tmp_path, (
        "Act of 3 February 1973.\n\nThe aircraft took off from the Ulkan airfield for Chara airport. Samples "
        "were taken under permit of the Olyokma nature reserve and in the Teplyi reserve.\n"))
    assert names(root, "placeName") == ["Ulkan", "Chara", "Olyokma", "Teplyi"]
    assert names(root, "persName") == []


def test_the_day_of_the_same_month_takes_the_month_written_last_even_a_cited_documents(tmp_path):
    """A council's report of October cites a decision "of 11 June of this year" and goes on: the prayer
    house "was consecrated on the 14th of the same month". The month is the one written last, though
    the date it came with was a cited document's, not the report's own month."""
    root = converted(tmp_path, (
        "20 October 1946\n\nThe community was registered by the decision of the Council of 11 June of this "
        "year; the prayer house was consecrated on the 14th of the same month. The order of 12 September "
        "was carried out, and by the order of the 19th of that month the school was closed.\n"))
    values = date_values(root)
    assert values["the 14th of the same month"] == "1946-06-14"
    assert values["the 19th of that month"] == "1946-09-19"


def test_a_body_spelt_with_the_older_centro_is_a_compound_body(tmp_path):
    """Older translations spell the stump "Tsentro-" as "Centro-": "Centrosoyus", "Centroevak". The word
    is a compound body's name, as its "Tsentro-" spelling is."""
    root = converted(tmp_path, (
        "Report of the commissar, 1918.\n\nThe agent of the Centroevak Comrade Lavrov bought grain at any "
        "price. The furs went to Centrosoyus.\n"))
    assert names(root, "orgName") == ["Centroevak", "Centrosoyus"]
    assert names(root, "persName") == ["Lavrov"]


def test_a_forename_in_capitals_amid_ordinary_text_names_a_person(tmp_path):
    """Interrogations print the names of those named only by a forename in capitals, as they print
    surnames: "in the cell of YEVGENY", "MYKOLA helped me". A forename of five letters or more that the
    lists know is a person there; a telegram or a heading all in capitals gives no such sign."""
    root = converted(tmp_path, (
        "Record of interrogation, 12 May 1938.\n\nWe met several times in the cell of YEVGENY and drew up "
        "a letter. MYKOLA helped me carry the sack.\n"))
    assert names(root, "persName") == ["YEVGENY", "MYKOLA"]
