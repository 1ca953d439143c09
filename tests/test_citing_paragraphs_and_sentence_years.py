"""What the fifty-first round of issue 15 read (set BA): a historian's paragraph that cites its archive
in passing, a chapter whose title names the months it covers, and a report whose sections open in
the month it was written while its sentences tell of years long before.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import TEI_NS, converted, date_values, names


def text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


# a paragraph on one line, as a report or an article saved from a word processor has it
CITING_PARAGRAPH = (
    "The eastern districts\n\n"
    "Collectivisation began there in the winter of 1929–30. The targets for the herding districts were "
    "raised twice in January 1930, and the protocols of the district committee, which the group found in "
    "the regional archive (f. 5, op. 10, d. 114), show villages declared collectivised within eleven "
    "days of the first meeting, with the herds driven to farms that had neither shelter nor hay.\n\n"
    "Regional archive, f. 5, op. 10, d. 114, ll. 3–9. Typescript, original.\n")


def test_a_paragraph_that_cites_its_archive_in_passing_stays_a_paragraph(tmp_path):
    """A long paragraph whose fond and file come late in it is prose that cites its source, not an
    archive citation: it must not become a bibl, in the text or in the header's sources."""
    root = converted(tmp_path, CITING_PARAGRAPH)
    paragraphs = [text_of(p) for p in root.iterfind(".//tei:text//tei:p", TEI_NS)]
    assert any(p.startswith("Collectivisation began") for p in paragraphs)
    citations = [text_of(b) for b in root.iterfind(".//tei:bibl[@type='archive']", TEI_NS)]
    assert citations and all(c.startswith("Regional archive, f. 5") for c in citations)


def test_a_wrapped_paragraph_whose_line_cites_an_archive_stays_one_paragraph(tmp_path):
    """The same paragraph wrapped into lines, as a text file or an e-mail has it: the line that goes on
    with the sentence and names the fond after words of its own is a line of the paragraph, not a
    citation cut out of it; a line that opens with its fond stays a citation."""
    text = CITING_PARAGRAPH.replace("were raised", "were\nraised").replace("found in the", "found in\nthe") \
        .replace("within eleven days", "within eleven\ndays") + "f. 6, op. 2, d. 7 holds the copy.\n"
    root = converted(tmp_path, text)
    paragraphs = [text_of(p) for p in root.iterfind(".//tei:text//tei:p", TEI_NS)]
    assert any(p.startswith("Collectivisation began") and p.endswith("shelter nor hay.") for p in paragraphs)
    citations = [text_of(b) for b in root.iterfind(".//tei:text//tei:bibl[@type='archive']", TEI_NS)]
    assert citations == ["Regional archive, f. 5, op. 10, d. 114, ll. 3–9. Typescript, original.",
                         "f. 6, op. 2, d. 7 holds the copy."]


def test_a_citation_with_a_note_after_it_stays_a_citation(tmp_path):
    """The guard: a line that opens with its fond is a citation, however long the note after it."""
    text = ("Report on the sowing\n\n"
            "The district reported on 3 May 1931 that the sowing was late.\n\n"
            "GARF, f. R-1235, op. 2, d. 77, ll. 12–14. Typescript, certified copy. On the first sheet the\n"
            "stamp of the secretariat and a resolution in blue pencil: \"To the file. Ask the district\n"
            "again for the figures of the spring sowing and report to me by the end of the month on what\n"
            "was done.\" Translated from the Russian; the names of villages are kept as the clerk wrote them.\n")
    root = converted(tmp_path, text)
    citations = [text_of(b) for b in root.iterfind(".//tei:text//tei:bibl[@type='archive']", TEI_NS)]
    assert [c[:22] for c in citations] == ["GARF, f. R-1235, op. 2"]


def test_a_month_the_title_names_last_does_not_date_a_day_a_year_before_it(tmp_path):
    """A chapter of "(October 1937 – September 1938)" that tells of an order of August 1937 and of the
    settlers who came "on 14 September": the story is in 1937, a month after the order, not in the
    September the title ends with."""
    text = ("CHAPTER II\nTHE WINTER CAMP\n(October 1937 – September 1938)\n\n"
            "The order of 20 August 1937 set up the camp at the railway halt, and the first party of "
            "settlers reached it on 14 September with two carts.\n")
    values = date_values(converted(tmp_path, text))
    assert values["14 September"] == "1937-09-14"


def test_a_sentence_that_told_a_day_of_its_story_dates_the_months_after_it(tmp_path):
    """A report of December 2023 whose sections open in its own month: a sentence that wrote out
    "5 August 1931" tells "since the spring" and "the 11th of July" in 1931, whatever month the clock
    of the paragraph had reached."""
    text = ("COMMISSION ON THE VICTIMS OF THE FAMINE\nFinal report, December 2023\n\n3. Flight\n\n"
            "The risings of 1930 began in February. A summary of the district committee dated 5 August\n"
            "1931 said that three hundred families had gone over the border since the spring, and that\n"
            "the guards had fired on a group at the ford on the 11th of July.\n")
    values = date_values(converted(tmp_path, text))
    assert values["the spring"] == "1931-03/1931-05"
    assert values["the 11th of July"] == "1931-07-11"


def test_a_birth_year_in_the_sentence_is_no_year_of_the_story(tmp_path):
    """The guard: "born 3 May 1926" tells a fact of a life; the day after it in the same sentence is
    the story's, in the year the document was written."""
    text = ("Certificate\n\nAlma-Ata, 2 July 1951\n\n"
            "SEITOVA Aisha, born 3 May 1926, was registered with the special commandant's office on 14 June\n"
            "and left the settlement without permission on the 30th.\n")
    values = date_values(converted(tmp_path, text))
    assert values["14 June"] == "1951-06-14"


def test_the_uezd_party_committee_in_its_short_form_is_a_body(tmp_path):
    """A protocol of 1921 writes the uezd's party committee "Ukom", alone or after its town, and signs
    "Secretary of the Ukom A. TOLMACHEV": the body is no person, the secretary is."""
    text = ("PROTOCOL No. 12\nof the joint session of the bureau of the Ishim Ukom of the RCP(b)\n\n"
            "Present: for the bureau of the Ukom, Tolmachev A. S. and Berzin. The Ukom has collected in a\n"
            "week 300 poods of grain for the families of the dead.\n\n"
            "Secretary of the Ukom A. TOLMACHEV\n")
    root = converted(tmp_path, text)
    assert names(root, "orgName").count("Ukom") == 4
    assert "A. TOLMACHEV" in names(root, "persName")
    assert not [name for name in names(root, "persName") if "Ukom" in name]
    assert "Ishim" in names(root, "placeName")


def test_a_person_named_so_and_a_people_before_a_comma_describe_the_name_after_them(tmp_path):
    """"a prisoner named Hirano", "a nurse called Ayna": the word for the person stands before the
    word of naming; "a Latvian, BIRZNIEKS," gives a surname in capitals its people, as a list of
    fellow prisoners does."""
    text = ("Interview\n\n"
            "The box was carved by a prisoner named Hirano. A nurse called Ayna kept the keys. Among the\n"
            "prisoners he names a Latvian, BIRZNIEKS, formerly of the rifles, and the brigade leader.\n")
    root = converted(tmp_path, text)
    assert {"Hirano", "Ayna", "BIRZNIEKS"} <= set(names(root, "persName"))


def test_a_village_named_so_is_no_person(tmp_path):
    """The guard: after a word for a place, the name after "named" is the place's."""
    text = "Report\n\nThe family was sent to a village named Kuzikovo on the Tobol.\n"
    root = converted(tmp_path, text)
    assert "Kuzikovo" not in names(root, "persName")


def test_a_camp_town_that_a_first_name_spells_is_the_town_when_nothing_makes_it_a_person(tmp_path):
    """"transport to Inta and Minlag": Inta is a first name, but a town of the genre's lists, and no
    word here makes it a person; a town a first name spells is held as the surname-shaped towns are."""
    text = ("Prisoner card\n\nKAMINSKI Zbigniew, born 1927, Lida. Sentenced to twenty-five years.\n"
            "T03/B: transport to Inta and Minlag; moved to Steplag in 1952.\n")
    root = converted(tmp_path, text)
    assert "Inta" in names(root, "placeName")
    assert "Inta" not in names(root, "persName")


def test_a_first_name_a_town_spells_is_a_person_with_a_persons_word_before_it(tmp_path):
    """The guard: "his sister Inta" is a person, though Inta is a camp town."""
    text = "Letter\n\nHis sister Inta sent a parcel from Riga every month.\n"
    root = converted(tmp_path, text)
    assert "Inta" in names(root, "persName")


def test_days_in_brackets_are_references_not_the_order_of_the_story(tmp_path):
    """A diary's entry of 16 February lists letters with their dates in brackets ("(written the 2nd)",
    "(January 20)"): those are references, not days told in order, so January 20 is the January just
    past, not the next, and the entries after it stay in the diary's year."""
    text = ("Notes of an exile: the diary of a surveyor, January–July 1928\n\n"
            "12 January. The board has given me three years in Turgai.\n\n"
            "2 February. Arrived. A room with the widow of a telegraphist.\n\n"
            "16 February. Letters: my brother from Ryazan (written the 2nd), the school from\n"
            "Penza (January 20). Both say little.\n\n"
            "4 March. Snow again; the river is still frozen.\n")
    values = date_values(converted(tmp_path, text))
    assert values["January 20"] == "1928-01-20"
    assert values["4 March"] == "1928-03-04"


def test_a_documents_heading_in_capitals_names_its_kind_before_the_body_that_wrote_it(tmp_path):
    """A collection's heading "SPECIAL REPORT OF THE MINISTRY …", "FROM THE RULING OF THE …": the
    kind of the document is its title, no part of the body's name after "OF THE"."""
    text = ("No. 63\n\nSPECIAL REPORT OF THE MINISTRY OF INTERNAL AFFAIRS OF THE KAZAKH SSR ON THE DEPARTURE OF\n"
            "SETTLERS\n\nAlma-Ata, 3 March 1955\n\nThe ministry reports that 40 families have left.\n\n"
            "No. 64\n\nINFORMATION NOTE OF THE SECRETARIAT OF THE TAMBOV OBKOM\n\n"
            "Tambov, 5 March 1955\n\nThe obkom was informed.\n")
    root = converted(tmp_path, text)
    bodies = names(root, "orgName")
    assert not [name for name in bodies if "REPORT" in name or "NOTE" in name], bodies
    assert any(name.startswith("MINISTRY OF INTERNAL AFFAIRS") for name in bodies), bodies
    assert any(name.startswith("SECRETARIAT") for name in bodies), bodies


def test_a_legislatures_speaker_is_no_person(tmp_path):
    """"Mr. Speaker," addresses an office, as "Mr. President," does."""
    text = "Remarks\n\nMr. KOSTECKI. Mr. Speaker, this year we remember the famine. Mr. President, I thank you.\n"
    persons = names(converted(tmp_path, text), "persName")
    assert persons == ["KOSTECKI"]


def test_a_man_or_a_girl_named_so_is_a_person(tmp_path):
    """"a man named Kravets", "the girl Ayna": the words for a person by sex and age describe the name
    after them as an office or a calling does."""
    text = ("Testimony\n\nThe head of the village soviet, a man named Kravets, came with them. The girl Ayna\n"
            "hid the grain in the stove.\n")
    assert {"Kravets", "Ayna"} <= set(names(converted(tmp_path, text), "persName"))


def test_three_names_joined_by_dashes_are_the_stages_of_a_route(tmp_path):
    """"by rail through Sweden: Narvik – Kiruna – Boden – Haparanda": towns the gazetteers do not know,
    joined by spaced dashes three and more, are a route's stages, as after a word for a route."""
    text = ("Report\n\n4,118 persons went by rail through Sweden: Narvik – Kiruna – Boden – Haparanda, and were\n"
            "handed over at Tornio.\n")
    root = converted(tmp_path, text)
    assert {"Narvik", "Kiruna", "Boden", "Haparanda"} <= set(names(root, "placeName"))
    assert not {"Narvik", "Kiruna", "Boden", "Haparanda"} & set(names(root, "persName"))


def test_two_names_joined_by_a_dash_are_no_route(tmp_path):
    """The guard: a pact's two signatories joined by a dash stay persons."""
    text = "Note\n\nThe Molotov – Ribbentrop pact was signed that night.\n"
    assert "Molotov" in names(converted(tmp_path, text), "persName")


def test_the_date_of_a_letter_reported_does_not_bound_the_days_it_tells(tmp_path):
    """A bulletin of March 1929: 'a letter dated "12.III.29" … reports that the hunger strike begun on
    the 20th of January … was ended on the 4th of February': the letter's date is a document's, not a
    step of the story, so the days it tells are the January and February before it."""
    text = ("BULLETIN OF THE RELIEF FUND\n\nNo. 9 — Paris, March 1929\n\n"
            "A letter dated \"12.III.29\" from a comrade in the isolator reports that the hunger strike begun "
            "on the 20th of January was ended on the 4th of February, after the governor gave way.\n")
    values = date_values(converted(tmp_path, text))
    assert values["the 20th of January"] == "1929-01-20"
    assert values["the 4th of February"] == "1929-02-04"


def test_a_rivers_bank_or_mouth_names_the_river_whatever_else_the_word_is(tmp_path):
    """"on the left bank of the Tom", "at the mouth of the Maya": Tom and Maya are forenames and English
    words, but a bank or a mouth is a river's; after a word of crossing they still need no such
    reading ("crossed the Border" names no river)."""
    text = ("Notes\n\nThe furnaces rose on the left bank of the Tom in Western Siberia. The party camped at the\n"
            "mouth of the Maya. At dawn he crossed the Border.\n")
    root = converted(tmp_path, text)
    assert {"Tom", "Maya"} <= set(names(root, "placeName"))
    assert "Border" not in names(root, "placeName")
