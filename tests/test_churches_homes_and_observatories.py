"""What the twenty-fourth round of issue 15 read in reports and writings: a GPU report on a church
schism, a report on the homes of evacuated children, a counter-intelligence summary on foreign
tourists, an NKVD report on arrested astronomers, a crowdfunding page on a deported village.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names

LETTERHEAD = """\
UNION OF SOVIET SOCIALIST REPUBLICS
UNITED STATE POLITICAL DIRECTORATE

REPORT

He worked at the Pulkovo Observatory and lectured at the Leningrad University until his arrest.
Copies to Comrades Beria and Dimitrov. Sent 28.VI.39.
"""


def test_a_state_in_a_letterheads_capitals_is_a_place(tmp_path):
    """"UNION OF SOVIET SOCIALIST REPUBLICS" is the state whose name the gazetteers hold, whole."""
    assert "UNION OF SOVIET SOCIALIST REPUBLICS" in names(converted(tmp_path, LETTERHEAD), "placeName")


def test_a_known_town_before_an_institution_word_is_the_town_and_its_institution(tmp_path):
    """"the Leningrad University": the genre authority's town, then its university, as GUIDELINES split
    "the Leningrad Communist Party"; "the Pulkovo Observatory" is an institution."""
    root = converted(tmp_path, LETTERHEAD)
    assert "Leningrad" in names(root, "placeName")
    assert {"University", "Pulkovo Observatory"} <= set(names(root, "orgName"))


def test_a_leader_beside_another_is_no_town_though_a_village_bears_his_name(tmp_path):
    """"Comrades Beria and Dimitrov": Beria is a village too, but the authority knows the man, so the
    list is no list of towns."""
    root = converted(tmp_path, LETTERHEAD)
    assert "Dimitrov" in names(root, "persName") and "Dimitrov" not in names(root, "placeName")


TOURISTS = """\
4. BRITISH. A group of teachers of the Workers' Travel Association came by sea.
Margaret DUNBAR of Glasgow questioned the guide about the famine.
5. FRENCH. A group of the agency came by train.
"""


def test_a_nationality_in_capitals_heads_a_section_and_is_no_acronym(tmp_path):
    """"4. BRITISH." heads the section on the British tourists: no institution."""
    orgs = names(converted(tmp_path, TOURISTS), "orgName")
    assert "BRITISH" not in orgs and "FRENCH" not in orgs


def test_a_forename_before_a_surname_in_capitals_that_is_also_a_town(tmp_path):
    """"Margaret DUNBAR": Dunbar is a Scottish town and looks like an acronym; after a forename it is
    the woman's surname."""
    assert "Margaret DUNBAR" in names(converted(tmp_path, TOURISTS), "persName")


SCHISM = """\
In the villages of the Poltava eparchy and the Podolian eparchy the Renovationists gain ground. At
Velikaya Bagachka the parishioners drove out a priest. Most families went to the Mari ASSR to cut
timber. Home No. 2 and Home No. 8 took the children.
"""


def test_a_church_province_a_great_village_and_a_republic(tmp_path):
    """"the Podolian eparchy" is a province of the church, a place; "Velikaya Bagachka" opens with
    veliky (great), as place names do and surnames do not; "the Mari ASSR" is a republic, not the
    forename Mari and an acronym."""
    root = converted(tmp_path, SCHISM)
    places = names(root, "placeName")
    assert {"Podolian eparchy", "Velikaya Bagachka", "Mari ASSR"} <= set(places)
    assert not any("Mari" in p or "Velikaya" in p for p in names(root, "persName"))


def test_a_numbered_childrens_home_is_an_institution(tmp_path):
    assert {"Home No. 2", "Home No. 8"} <= set(names(converted(tmp_path, SCHISM), "orgName"))


HANDBOOK = """\
4. NAMES AND PLACES AS THE FILES GIVE THEM

Villages are often given as "s. Stryzhavka"; enter s. Lipovka as Lipovka. Proskurov is today
Khmelnytskyi. An address may read: Vasilyevsky Island, 7th Line, 30; or a courtyard off the Eighth Line.
Reading of the names at Bykivnia, 21 May 2023. The town grew up around the headquarters of BelBaltLag.
Office: Soborna Street (Tuesdays, by arrangement). It is true that Berzin's Kolyma was not Garanin's.
Survivors of both remembered it.
"""


def test_a_village_abbreviated_as_the_files_write_it(tmp_path):
    """"s. Stryzhavka" (selo): the abbreviation of a kind of settlement before a name, as "the village"
    is; a possessive's s and a full stop are none ("Garanin's. Survivors")."""
    places = names(converted(tmp_path, HANDBOOK), "placeName")
    assert {"Stryzhavka", "Lipovka"} <= set(places) and "Survivors" not in places


def test_an_old_name_before_what_it_is_today_and_the_numbered_lines(tmp_path):
    """"Proskurov is today Khmelnytskyi": both names are the town's; "the 7th Line", "the Eighth Line"
    are the streets of Vasilyevsky Island."""
    places = names(converted(tmp_path, HANDBOOK), "placeName")
    assert {"Proskurov", "Khmelnytskyi", "7th Line", "Eighth Line"} <= set(places)


def test_a_reading_of_names_a_weekday_and_a_camp_in_camel_case(tmp_path):
    """"Reading of the names" is no English town; "(Tuesdays, …)" no place bracketed after a street;
    "BelBaltLag" is the camp administration, its stumps each with a capital."""
    root = converted(tmp_path, HANDBOOK)
    assert "Reading" not in names(root, "placeName") and "Tuesdays" not in names(root, "placeName")
    assert "BelBaltLag" in names(root, "orgName")


def test_a_quoted_name_opening_an_item_of_a_list_of_agents(tmp_path):
    """'– "Zvonar", priest I. K. SHVETS': a list of informers gives each code name, then who he is; a
    quoted title described as a thing ('"Pravda", a newspaper') names no one."""
    text = ('Agents among the clergy, among them:\n– "Zvonar", priest I. K. SHVETS of the St Nicholas church;\n'
            '– "Psalomshchik", a deacon of the cathedral;\n– "Grek", a former monk of the Lavra.\n'
            '– "Pravda", a newspaper of the party.\n')
    persons = names(converted(tmp_path, text), "persName")
    assert {"Zvonar", "Psalomshchik", "Grek", "I. K. SHVETS"} <= set(persons) and "Pravda" not in persons


def test_a_nom_de_guerre_after_a_surname_in_capitals_of_any_shape(tmp_path):
    """'guide R. M. FRIDLYAND ("Anglichanka")': the alias follows a surname in capitals that ends as
    no list knows; an acronym before a bracket ('the NKVD ("the organs")') still has none."""
    text = 'She questioned guide R. M. FRIDLYAND ("Anglichanka") about the famine. The NKVD ("Organs") kept silent.\n'
    persons = names(converted(tmp_path, text), "persName")
    assert "Anglichanka" in persons and "Organs" not in persons


def test_a_bodys_directorate_in_a_letterheads_capitals(tmp_path):
    """"DIRECTORATE OF THE NKVD FOR THE LENINGRAD OBLAST": the NKVD's directorate is an institution, as
    "the Directorate of the NKVD" is in small letters; a legation of a state stays a kind of mission."""
    text = ("TOP SECRET\n\nDIRECTORATE OF THE NKVD FOR THE LENINGRAD OBLAST\n3rd Department\n\n"
            "LEGATION OF THE UNITED STATES OF AMERICA\n\nThe arrests went on.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert "DIRECTORATE" in orgs and "LEGATION" not in orgs
