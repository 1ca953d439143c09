"""What the fiftieth round of issue 15 read (set AZ): publishers' and dealers' names made of their
partners', kolkhozes and schools named after a person whose name a town bears too, counter-intelligence
directorates written with the cover name they worked under, and a report's quarters in Roman figures.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_partners_joined_by_an_ampersand_name_a_firm(tmp_path):
    """A publisher, a dealer or a works named after its partners is one institution, whatever the
    partners' names are elsewhere: "Harrow" is a town, "Wallmann" a surname."""
    text = ("Notes on the edition\n\n"
            "The memoir first appeared in London (Harrow & Finch, 1950). Her father kept the books of the\n"
            "Lepp & Wallmann works before 1917. The letters were sold by HALLORAN & VETCH in 1988 and are\n"
            "now in the Rare Book & Manuscript Library.\n")
    root = converted(tmp_path, text)
    assert names(root, "orgName") == ["Harrow & Finch", "Lepp & Wallmann", "HALLORAN & VETCH",
                                      "Rare Book & Manuscript Library"]
    assert "Harrow" not in names(root, "placeName")
    assert "Wallmann" not in names(root, "persName")


def test_two_towns_or_two_plural_nouns_joined_by_an_ampersand_are_no_firm(tmp_path):
    """The guard: "Saratov & Engels" names two towns, "Barristers & Solicitors" a trade."""
    text = ("Forum\n\n"
            "Topic: the archives of Saratov & Engels. Write to Kovalenko, Barristers & Solicitors, Toronto.\n")
    root = converted(tmp_path, text)
    assert "Saratov" in names(root, "placeName")
    assert not [name for name in names(root, "orgName") if "&" in name]


def test_a_town_named_after_its_eponym_is_the_person_after_named_after(tmp_path):
    """A kolkhoz named after Kirov, a school named after Shevchenko: the name after "named after" is
    the person's, though a town bears it too, even in a list of places."""
    text = ("List of the dead\n\n"
            "1. KURBANOVA Maryam, teacher of school No. 17, kolkhoz named after Kirov, Pakhtaabad raion.\n"
            "2. The First Labour School named after Shevchenko in Kiev was closed in 1931.\n")
    root = converted(tmp_path, text)
    assert {"Kirov", "Shevchenko"} <= set(names(root, "persName"))
    assert not {"Kirov", "Shevchenko"} & set(names(root, "placeName"))


def test_a_body_named_after_a_body_stays_a_body(tmp_path):
    """The guard: "named after the Comintern" names the body, with its article."""
    text = "Report\n\nThe radio station named after the Comintern was switched off for four minutes.\n"
    root = converted(tmp_path, text)
    assert "Comintern" in names(root, "orgName")
    assert "Comintern" not in names(root, "persName")


def test_a_directorate_and_its_cover_name_in_quotation_marks_are_one_body(tmp_path):
    """'the OKR "SMERSH" of the 26th Army', 'the UKR «SMERSH»': the directorate and the cover name it
    works under are one name; the army after "of the" is its own."""
    text = ("To the Head of the GUKR \"SMERSH\" NKO of the USSR\n\n"
            "The OKR \"SMERSH\" of the 26th Army reports that 120 persons were checked. On 13 May he was\n"
            "transferred to the UKR «SMERSH» of the Front.\n")
    root = converted(tmp_path, text)
    bodies = names(root, "orgName")
    assert {'GUKR "SMERSH"', 'OKR "SMERSH"', "UKR «SMERSH»", "26th Army"} <= set(bodies)
    assert "SMERSH" not in bodies
    register = [" ".join("".join(el.itertext()).split())
                for el in root.iterfind(".//{http://www.tei-c.org/ns/1.0}listOrg//{http://www.tei-c.org/ns/1.0}orgName")]
    assert "SMERSH" not in register  # no entry is left that nothing in the text points to


def test_a_cover_name_apart_from_a_body_is_still_a_body(tmp_path):
    """The guard: a quoted name that follows a body only after "and" is a body of its own."""
    text = ("Report\n\nThe Ministry of Agriculture and \"Uzselkhozkhimiya\" are to present a plan by 1 December\n"
            "1977. The NKVD and \"SMERSH\" exchanged lists.\n")
    bodies = names(converted(tmp_path, text), "orgName")
    assert "SMERSH" in bodies
    assert not [name for name in bodies if "\"" in name]


def test_a_reports_quarters_in_roman_figures_need_no_article(tmp_path):
    """A table of applications by quarter writes "I quarter – 879"; each is its three months of the
    report's year."""
    text = ("Information note\n\n12 July 1973\n\n"
            "In the first half of the year 1,947 applications were received. By quarters: I quarter – 879\n"
            "received, 742 granted; II quarter – 1,068 received, 860 granted.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("I quarter") == "1973-01/1973-03"
    assert values.get("II quarter") == "1973-04/1973-06"


def test_a_name_after_a_site_and_at_is_the_sites_place(tmp_path):
    """"a convent at Kadnikov", "the camp at Ino", "the airport at Sovetsky": a surname's ending or a
    forename is no sign of a person after a word for a site and "at"; after a verb it still is."""
    text = ("Memoir\n\nShe shouted at Kalinovsky and left. Among them were nuns from a convent at Kadnikov. He\n"
            "had come back illegally from the camp at Ino. The flight landed at the airport at Sovetsky.\n")
    root = converted(tmp_path, text)
    assert {"Kadnikov", "Ino", "Sovetsky"} <= set(names(root, "placeName"))
    assert names(root, "persName") == ["Kalinovsky"]


def test_the_late_soviet_leaders_are_known_without_other_evidence(tmp_path):
    """The genre authority knows the party, state and KGB leaders after 1953 too: a surname alone, in
    capitals or after a possessive, is the leader ("the camps of Brezhnev's time", "ANDROPOV")."""
    text = ("Memoir\n\nThe camps of Brezhnev's time were no kinder. ANDROPOV signed the note, and Shcherbitsky\n"
            "agreed. The DOSAAF committee of the oblast met on the 5th.\n")
    root = converted(tmp_path, text)
    refs = {" ".join("".join(el.itertext()).split()): el.get("ref")
            for el in root.iterfind(".//{http://www.tei-c.org/ns/1.0}text//*[@ref]")}
    assert refs.get("Brezhnev") == "#brezhnev"
    assert refs.get("ANDROPOV") == "#andropov"
    assert refs.get("Shcherbitsky") == "#shcherbitsky"
    assert refs.get("DOSAAF") == "#dosaaf"
    assert "Brezhnev" in names(root, "persName")


def test_days_of_a_range_closed_by_inst_are_both_of_the_documents_month(tmp_path):
    """"leave from the 20th to the 27th inst." in a protocol of 3 March: "inst." says the month of both
    days, the document's, whatever month the story told last."""
    text = ("PROTOCOL No. 9\n\nVitebsk, 3 March 1921\n\n"
            "1. The register compiled in February counts 23 heders.\n\n"
            "2. To grant comrade Orshanskaya leave from the 20th to the 27th inst. to visit her family.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("the 20th to the 27th inst.") == "1921-03-20/1921-03-27"


def test_bodies_the_genre_names_again_and_again_are_known_without_an_organisation_word(tmp_path):
    """Works, firms, camps, archives and societies that the writing on the terror names in text after
    text, with no word saying they are bodies: the genre authority knows them."""
    text = ("Exhibition notes\n\n"
            "At meetings held at the Putilov works and at Elektrosila, engineers of Siemens-Schuckert and Demag\n"
            "spoke. Karelian Technical Aid recruited him; he passed through Kemperpunkt and, forty years on, his\n"
            "son through Perm-36. The actress of Skatuve and the editor of Prometejs were shot in 1938. The\n"
            "cards are in GIANP; a Last Address plaque was fixed in 2017.\n")
    bodies = names(converted(tmp_path, text), "orgName")
    for body in ("Putilov", "Elektrosila", "Siemens-Schuckert", "Demag", "Karelian Technical Aid", "Kemperpunkt",
                 "Perm-36", "Skatuve", "Prometejs", "GIANP", "Last Address"):
        assert body in bodies, body


def test_engels_alone_is_the_volga_german_town_and_friedrich_engels_the_man(tmp_path):
    """The genre names the town of Engels (Pokrovsk until 1931) far more often than the philosopher,
    whom it names in full: the authority looks for the man's full name only."""
    text = ("Memo\n\nHe was condemned by a troika on the 26th and shot in Engels on 2 December 1937. The\n"
            "Engels branch of the State Archive holds the file. SCHWARZ Adolf, b. 1879, of Engels, ASSR of\n"
            "the Volga Germans. The town took its name from Friedrich Engels in 1931.\n")
    root = converted(tmp_path, text)
    assert names(root, "placeName").count("Engels") == 3
    assert "Friedrich Engels" in names(root, "persName")
    assert "Engels" not in names(root, "persName")


def test_a_town_that_became_a_leaders_namesake_is_the_town(tmp_path):
    """"until the town became Kalinin in 1931": after "became" a name the gazetteers know is the town's
    new name; a person after it ("became Yezhov's first deputy") stays a person."""
    text = ("Travel book\n\nShe had been a schoolmistress in Tver until the town became Kalinin in 1931.\n"
            "Beria had become Yezhov's first deputy by then.\n")
    root = converted(tmp_path, text)
    assert "Kalinin" in names(root, "placeName")
    assert {"Beria", "Yezhov"} <= set(names(root, "persName"))


def test_a_season_before_a_conjunction_or_a_preposition_is_still_a_date(tmp_path):
    """"left in the winter for Magnitogorsk", "liquidated by the autumn if …": a conjunction or a
    preposition after the season goes on with the clause; only a noun makes the season its adjective
    ("the spring sowing campaign")."""
    text = ("Report, 12 March 1932\n\nEleven men of the brigade left in the winter for Magnitogorsk. The band may be\n"
            "liquidated by the autumn if the amnesty works. The spring sowing campaign has begun.\n")
    found = names(converted(tmp_path, text), "date")
    assert "the winter" in found
    assert "the autumn" in found
    assert not [date for date in found if "spring" in date]


def test_a_measure_to_take_before_a_day_is_still_to_come(tmp_path):
    """"2. To oblige the Zhenotdel to send workers to Margilan before 1 October" in proposals of
    September 1928: the term the measure is to be done by, October 1928, not the October before."""
    text = ("Report, 20 September 1928\n\nOn 1 March the first unveiled women were killed in Margilan.\n\n"
            "V. PROPOSALS\n\n2. To oblige the Zhenotdel to send workers to Margilan and Gijduvan before 1 October.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("1 October") == "1928-10-01"


def test_a_request_asks_for_a_day_to_come_however_long_its_sentence(tmp_path):
    """"I ask you to raise … the question of releasing … and of sending … before 1 October" in a report
    of April 1942: the request's day is still to come, though the sentence runs on for 250 characters."""
    text = ("Report, 11 April 1942\n\nOn 3 March the protest was rejected.\n\n"
            "I ask you to raise before the NKVD of the USSR the question of releasing the invalids of the\n"
            "categories indicated by the directive of the GULAG of 29 January 1942 and of sending to Vyatlag\n"
            "1,500 sets of winter clothing from the Kotlas transit point and from the other transit points of\n"
            "the oblast before 1 October.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("1 October") == "1942-10-01"


def test_a_resolutions_day_is_at_or_after_the_documents_date(tmp_path):
    """A resolution written on a report of 27 November 1937 that told of 1936: its "28/XI" is the day
    after the report, not a November of the story's year."""
    text = ("SPECIAL REPORT\n\nMoscow, 27 November 1937\n\n"
            "In the summer of 1936 the musician was recruited in Riga; in October 1936 he met the attaché.\n\n"
            "Resolution: Arrest VOLKENSTEIN. Report to Comrade YEZHOV. S. REDENS, 28/XI\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("28/XI") == "1937-11-28"


def test_camps_execution_sites_and_memorials_the_genre_names_bare_are_places(tmp_path):
    """Serpantinka, Kashtak, Muksalma, the Shpalerka, Belomorkanal, the Mask of Sorrow: places the
    writing on the camps names with no word saying they are places; the genre's gazetteer knows them."""
    text = ("Memoir\n\nHe was shot at Serpantinka in 1938. The prisoners of Kashtak worked in the mine; others\n"
            "were sent to Muksalma. I went down to the same Shpalerka. Locals simply say Belomorkanal. We\n"
            "drove to the Mask of Sorrow.\n")
    found = names(converted(tmp_path, text), "placeName")
    for place in ("Serpantinka", "Kashtak", "Muksalma", "Shpalerka", "Belomorkanal", "Mask of Sorrow"):
        assert place in found, place


def test_the_polish_military_organisation_and_the_stasi_are_bodies_quoted_or_not(tmp_path):
    """The "POW" of the NKVD's Polish operation, in quotation marks as the charge sheets put it, and the
    Stasi opening a sentence: bodies the genre authority knows."""
    text = ("Report\n\nThe charge: membership of the \"POW\", the Polish Military Organisation. He was a member\n"
            "of the POW from 1920. Stasi files on him were opened in 1992.\n")
    bodies = names(converted(tmp_path, text), "orgName")
    assert bodies.count("POW") == 2
    assert "Stasi" in bodies
