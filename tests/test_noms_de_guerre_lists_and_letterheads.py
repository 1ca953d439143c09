"""What the twenty-third round of issue 15 read in reports and writings: an MGB report on an underground
whose members the files name with their noms de guerre, a relief administration's report naming its
foreign staff, a commission's members by nationality, letterheads that open with a territory, a
documentary's subtitles and a guidebook's lists of settlements.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names

UNDERGROUND = """\
MINISTRY OF STATE SECURITY OF THE UKRAINIAN SSR

The band of "Sokil" was broken up: 12 killed, among them its chief of staff PETRYSHYN, Ivan ("Dub").
The head of the nadraion, HORBAN, Oleksa Petrovych ("Grim"), was taken alive. According to "Grim",
the commander SAVCHUK, Ivan ("Yasen"), spent May in the forests near Kolky.
"""


def test_a_surname_in_capitals_a_comma_and_a_forename_are_one_person(tmp_path):
    """"HORBAN, Oleksa Petrovych" and "PETRYSHYN, Ivan" inside a sentence: a surname in capitals, a
    comma and a forename (and patronymic) name one person, whatever the surname's shape."""
    persons = names(converted(tmp_path, UNDERGROUND), "persName")
    assert {"PETRYSHYN, Ivan", "HORBAN, Oleksa Petrovych", "SAVCHUK, Ivan"} <= set(persons)


def test_a_quoted_name_in_brackets_after_a_persons_name_is_a_nom_de_guerre(tmp_path):
    """'("Dub")' after a person's name is his alias, though "Dub" and "Grim" are common words."""
    persons = names(converted(tmp_path, UNDERGROUND), "persName")
    assert {"Dub", "Grim", "Yasen"} <= set(persons)


def test_a_republic_in_a_letterheads_capitals_is_a_place(tmp_path):
    """"OF THE UKRAINIAN SSR": the gazetteers write "Ukrainian SSR"; in capitals it is still a place,
    not an acronym "SSR"."""
    root = converted(tmp_path, UNDERGROUND)
    assert "UKRAINIAN SSR" in names(root, "placeName")
    assert "SSR" not in names(root, "orgName")


RELIEF = """\
SAMARA GUBERNIA POLITICAL DEPARTMENT OF THE GPU
WESTERN OBLAST COMMITTEE OF THE VKP(b)

The work has been run since the autumn of 1921 by the American Fred HARLOW; HARLOW sends his reports
to Moscow. The women's commission: ONYSHKO, Maria, Ukrainian, and KATZ, Rakhil Solomonovna, Jewish.
"""


def test_a_letterhead_opening_with_a_territory_names_the_territory_and_its_body(tmp_path):
    """"SAMARA GUBERNIA POLITICAL DEPARTMENT": the gubernia, then its department, as GUIDELINES split a
    place that qualifies an organisation; "WESTERN OBLAST COMMITTEE": the oblast and its committee."""
    root = converted(tmp_path, RELIEF)
    assert {"SAMARA GUBERNIA", "WESTERN OBLAST"} <= set(names(root, "placeName"))
    assert {"POLITICAL DEPARTMENT", "COMMITTEE"} <= set(names(root, "orgName"))


def test_a_nationality_before_a_forename_and_a_surname_in_capitals(tmp_path):
    """"the American Fred HARLOW" is Fred Harlow; the surname alone later is the same man, not an
    acronym."""
    root = converted(tmp_path, RELIEF)
    persons = names(root, "persName")
    assert "Fred HARLOW" in persons and "HARLOW" in persons and "KATZ, Rakhil Solomonovna" in persons
    assert "HARLOW" not in names(root, "orgName")


SUBTITLES = """\
1
00:00:06,000 --> 00:00:11,200
[ARCHIVE FOOTAGE: Rally at the works, 1 May 1936]

2
00:00:12,500 --> 00:00:17,000
The bodies were driven at night to the 9th kilometre of the Sibirsky Trakt. People from Nizhny
Tagil, Pervouralsk, Berezovsky and Revda lie here.
"""


def test_a_transcripts_label_is_no_institution_and_a_trakt_is_a_road(tmp_path):
    """"[ARCHIVE FOOTAGE: …]" labels what the film shows; "the Sibirsky Trakt" is the old post road."""
    root = converted(tmp_path, SUBTITLES)
    assert not any("ARCHIVE" in org for org in names(root, "orgName"))
    assert "Sibirsky Trakt" in names(root, "placeName")


def test_a_name_in_a_list_of_towns_is_a_town(tmp_path):
    """"Berezovsky" ends as a surname does, but beside Pervouralsk and Revda it is the town."""
    root = converted(tmp_path, SUBTITLES)
    assert "Berezovsky" in names(root, "placeName")
    assert "Berezovsky" not in names(root, "persName")


GUIDE = """\
VORKUTA

Train 41 leaves Moscow's Yaroslavsky station daily. The prisoners of Mine No. 7 refused to go down
on 19 July 1953; on 1 August guards fired at Mine No. 29. Plant No. 183 was evacuated. In 1925 a
Polish district was set up in the Kalmyk ASSR's neighbourhood, as the Kalmyk ASSR itself was.
"""


def test_a_numbered_mine_is_a_place_a_numbered_plant_an_institution(tmp_path):
    """"Mine No. 29" is where the strikers were shot: a site, as the blind sets' writers mark it;
    "Plant No. 183" stays the enterprise."""
    root = converted(tmp_path, GUIDE)
    assert {"Mine No. 7", "Mine No. 29"} <= set(names(root, "placeName"))
    assert "Plant No. 183" in names(root, "orgName")


def test_a_citys_station_and_a_kind_of_district(tmp_path):
    """"Moscow's Yaroslavsky station": the city and its station, the possessive no part of either;
    "a Polish district" is a kind of district, no name."""
    places = names(converted(tmp_path, GUIDE), "placeName")
    assert "Yaroslavsky station" in places
    assert not any("Polish" in p for p in places)


def test_an_insurgent_unit_is_named_after_its_commanders_nom_de_guerre(tmp_path):
    """'the sotnia of "Kholodny"': the UPA's companies and battalions go by their commanders."""
    text = 'The sotnia of "Kholodny" was broken up in the woods; the kurin of "Zalizniak" went west.\n'
    assert {"Kholodny", "Zalizniak"} <= set(names(converted(tmp_path, text), "persName"))


def test_the_parties_before_v_in_a_cases_title_are_persons(tmp_path):
    """"CASE OF TAMM AND KALJULAID v. ESTONIA": a court names a case by its applicants; the capitals of
    the heading hide no acronym there. The state after "v." is a place as before."""
    text = ("FOURTH SECTION\n\nCASE OF TAMM AND KALJULAID v. ESTONIA\n\n"
            "The Court recalls its decision in Kolk and Kislyiy v. Estonia.\n")
    root = converted(tmp_path, text)
    assert {"TAMM", "KALJULAID", "Kolk", "Kislyiy"} <= set(names(root, "persName"))
    assert "ESTONIA" in names(root, "placeName")


def test_an_offices_office_and_a_kilometre_of_a_road(tmp_path):
    """"the Prosecutor General's Office" is one institution, the office words owning no name; "the
    12th kilometre" of a road is a distance, no day of the month."""
    text = ("The suit of the Prosecutor General's Office was heard. The bodies were driven out at night to\n"
            "the 12th kilometre of the Moskovsky Trakt.\n")
    root = converted(tmp_path, text)
    assert "Prosecutor General's Office" in names(root, "orgName")
    assert names(root, "date") == []


def test_a_place_in_a_peoples_name_is_no_place(tmp_path):
    """"a Volga German deported from Marxstadt", "a Volga German family": the river names the people;
    before a noun of their own the words qualify it ("the Samara Tatar Sunday school": the town)."""
    text = ("Eugen Rüdiger, a Volga German deported from Marxstadt, came from a Volga German family. Pupils\n"
            "of the Samara Tatar Sunday school read the names.\n")
    places = names(converted(tmp_path, text), "placeName")
    assert "Volga" not in places
    assert {"Marxstadt", "Samara"} <= set(places)


def test_an_office_over_a_unit_before_a_surname_describes_a_person(tmp_path):
    """"chief of camp KOROVETS", "Political instructor of the company Gorbachenko": an office held over
    a unit, then its holder; "engineer of the firm AEG" names the firm, no surname after it."""
    text = ("III. TEMNIKOV CAMP (chief of camp KOROVETS), 4,100 persons.\n"
            "Political instructor of the company Gorbachenko signed. KOPP, engineer of the firm AEG, was held.\n")
    root = converted(tmp_path, text)
    persons = names(root, "persName")
    assert {"KOROVETS", "Gorbachenko"} <= set(persons) and "AEG" not in persons
    assert "Gorbachenko" not in names(root, "orgName")
