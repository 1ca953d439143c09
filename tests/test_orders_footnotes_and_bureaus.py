"""What the twenty-second round of issue 15 read in orders, reports and papers: a personnel order whose
paragraphs close on their effective dates, a report with footnote figures after names, a list of
arrests whose surnames in capitals follow their mills and bureaus, a gazetteer of camps.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names

ORDER = """\
ORDER

No. 12                Kharkov*                3 March 1935

§ 1
Captain PETRENKO I. I. is appointed head of the section.
Effective 10 March 1935.

§ 2
Lieutenant SOKOLOV P. P. is transferred to Odessa.
Effective 1 April 1935.

§ 3
Sergeant MELNIK A. A. is dismissed.
Effective the 15th inst.
"""


def test_a_paragraphs_effective_date_is_no_new_document_and_inst_counts_from_the_orders_date(tmp_path):
    """"Effective 1 April 1935." closes a paragraph of the order: it dates a step, it does not open a
    document of its own, so "the 15th inst." is the 15th of the order's month, March."""
    values = date_values(converted(tmp_path, ORDER))
    assert values["the 15th inst."] == "1935-03-15"
    assert values["1 April 1935"] == "1935-04-01"


FOOTNOTES = """\
He was second secretary of the Abasha² Raikom until the spring of 1950, and before that he had
worked in Gudauta¹ and in Kutaisi.

______
¹ Now in Abkhazia. ² The raion of the Kolkhida lowland.
"""


def test_a_footnote_figure_after_a_name_is_no_part_of_it(tmp_path):
    """A superscript figure marks the footnote; the name before it is read as if it were not there:
    "the Abasha² Raikom" is the place and its district committee."""
    root = converted(tmp_path, FOOTNOTES)
    assert {"Abasha", "Gudauta", "Kutaisi"} <= set(names(root, "placeName"))
    assert "Raikom" in names(root, "orgName")


ARRESTS = """\
At the Krasnaya Nit Mill KOROLEV was not allowed to speak; BELOVA was shouted down. Nikolai SHEVCHUK
from Vinnitsa spoke for the weavers.

1. KOGAN Boris Yakovlevich (real surname LIVSHITS), engineer of Textilimport.
2. Maria Ivanovna Sorokina (née PETRENKO), of the Sovinformburo.
3. ABRAMOV I. S., instructor of the Zhenotdel and of the Sredazbyuro.
4. The storekeeper of the Gori Raipotrebsoyuz KHUTSISHVILI G. D.

The list was received by the Special Sector of the CC on 3 May 1949. Source B, a letter of 1938, and
Source C name no one else. The files of the Cheka-KGB are open.
"""


def test_a_surname_in_capitals_after_a_mill_is_a_person_apart(tmp_path):
    """Official documents print the surname in capitals and the body's name in small letters: "the
    Krasnaya Nit Mill KOROLEV" is a mill and a man; a forename before capitals is no body."""
    root = converted(tmp_path, ARRESTS)
    assert "Krasnaya Nit Mill" in names(root, "orgName")
    assert {"KOROLEV", "BELOVA", "Nikolai SHEVCHUK", "KHUTSISHVILI G. D."} <= set(names(root, "persName"))
    assert "Raipotrebsoyuz" in names(root, "orgName")


def test_a_real_surname_and_a_maiden_name_are_persons_a_lettered_source_is_not(tmp_path):
    root = converted(tmp_path, ARRESTS)
    persons = names(root, "persName")
    assert {"LIVSHITS", "PETRENKO"} <= set(persons)
    assert "B" not in persons and "C" not in persons


def test_bureaus_departments_and_trade_corporations_named_in_one_word(tmp_path):
    """Soviet bodies named in one word by their stumps: -buro/-byuro a bureau, -otdel a department,
    -import/-export a foreign-trade corporation; the party committee's Special Sector; a body in two
    of its names joined by a hyphen ("the Cheka-KGB")."""
    orgs = names(converted(tmp_path, ARRESTS), "orgName")
    assert {"Textilimport", "Sovinformburo", "Zhenotdel", "Sredazbyuro", "Special Sector", "Cheka", "KGB"} \
        <= set(orgs)


CAMPS = """\
A GAZETTEER OF CAMP SITES

INTA (MINLAG)
Type: camp complex with coal mines.
Region: Komi ASSR.
"""


def test_a_camps_compound_name_bracketed_after_its_town_is_the_camp(tmp_path):
    """"(MINLAG)" is in brackets as a surname in capitals may be, but -lag makes it a camp's name."""
    root = converted(tmp_path, CAMPS)
    assert "MINLAG" in names(root, "orgName")
    assert "MINLAG" not in names(root, "persName")


REPORT = """\
REVIEW OF THE CAMPAIGN

III. THE CLERGY AND THE BEYS
The mullahs spoke against it in the mosques.

IV. WORK OF THE PARTY, SOVIET AND JUDICIAL BODIES
The officials were questioned by Majors TSKHOVREBADZE and LORTKIPANIDZE, and by Captains KOROLEV and
BELOV. The secretary of the Ushkovo Gorkom and the chairman of the Mikha Tskhakaya Raiispolkom were
removed.
"""


def test_a_rank_in_the_plural_is_the_title_of_each_name_after_it(tmp_path):
    """"Majors TSKHOVREBADZE and LORTKIPANIDZE": the plural rank is a title as the singular is."""
    persons = names(converted(tmp_path, REPORT), "persName")
    assert {"TSKHOVREBADZE", "LORTKIPANIDZE", "KOROLEV", "BELOV"} <= set(persons)


def test_the_name_before_a_district_or_town_committee_is_its_territory(tmp_path):
    """A gorkom or a raiispolkom is the body of a town or district: the name before it is a place,
    though no gazetteer knows it."""
    root = converted(tmp_path, REPORT)
    assert {"Ushkovo", "Mikha Tskhakaya"} <= set(names(root, "placeName"))
    assert {"Gorkom", "Raiispolkom"} <= set(names(root, "orgName"))


def test_a_numbered_section_of_a_report_is_no_institution(tmp_path):
    """"IV. WORK OF THE PARTY, SOVIET AND JUDICIAL BODIES" heads a section on a subject; its capitals
    are a heading's, not a letterhead's."""
    orgs = names(converted(tmp_path, REPORT), "orgName")
    assert not any("BODIES" in org or "PARTY" in org for org in orgs)


def test_an_ordinal_before_a_weekday_counts_weeks_not_days(tmp_path):
    """"the second Saturday of the month" is no second day of a month: the ordinal counts Saturdays."""
    text = "MEETINGS\n\nWe meet on the second Saturday of the month, and on the 1st Monday in May 1938 we met at noon.\n"
    values = date_values(converted(tmp_path, text))
    assert "the second" not in values and "the 1st" not in values
    assert values["May 1938"] == "1938-05"


def test_the_words_of_an_office_before_its_title_are_no_part_of_the_holders_name(tmp_path):
    """"Foreign Minister Tanner": "Foreign" says which minister, the name is Tanner's alone; a title
    word inside an institution's name ("the Japanese Army General Staff") still opens no name."""
    text = ("He believed that Foreign Minister Tanner had ordered an inquiry, and Deputy Commissar Potemkin\n"
            "agreed. The report went to the Japanese Army General Staff in Tokyo.\n")
    root = converted(tmp_path, text)
    assert {"Tanner", "Potemkin"} <= set(names(root, "persName"))
    assert "Japanese Army General Staff" in names(root, "orgName")


def test_a_towns_present_name_after_its_old_one_is_the_town_not_the_man(tmp_path):
    """"Pokrovsk, now known as Engels" and "Tsalenjikha is now simply Tsalka": the present name of a
    town, though a man bore it; "is now" only before a place a gazetteer knows ("the chair is now Petrov")."""
    text = ("The town of Pokrovsk, now known as Engels, lay on the Volga. Translator's note: Tsalenjikha is now\n"
            "simply Tsalka. The chair of the commission is now Petrov.\n")
    root = converted(tmp_path, text)
    assert {"Pokrovsk", "Engels", "Tsalka"} <= set(names(root, "placeName"))
    assert "Petrov" in names(root, "persName")


SIGNED = """\
The protest was signed and sent.

Deputy Chief Military Procurator
Colonel of Justice (D. KUZMENKO)
14 July 1956

Copy: Deputy Commander-in-Chief of the SVAG Comrade SEROV I. A.
John Smith and Stephen King of the embassy were told.
"""


def test_an_office_alone_on_a_signatures_line_is_nobody(tmp_path):
    """"Deputy Chief Military Procurator" names the office of the man who signs below; a forename
    before a word that is also a title ("Stephen King") still makes a name."""
    persons = names(converted(tmp_path, SIGNED), "persName")
    assert not any("Procurator" in p or "Commander" in p for p in persons)
    assert {"D. KUZMENKO", "John Smith", "Stephen King"} <= set(persons)


def test_each_name_of_a_disjunction_before_one_unit_word_is_a_unit(tmp_path):
    """"(Motovilikhinsky, Leninsky or Kirovsky district)": one of three districts, so each name before
    the singular unit word is a district, not a surname in -sky."""
    text = "Choose one person from your own district (Motovilikhinsky, Leninsky or Kirovsky district) and write.\n"
    root = converted(tmp_path, text)
    assert {"Motovilikhinsky", "Leninsky"} <= set(names(root, "placeName"))
    assert names(root, "persName") == []
