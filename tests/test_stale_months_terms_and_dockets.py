"""What the forty-ninth round of issue 15 read (set AY): regional reports that compare this winter's
figures with last year's, protocols that set terms for the year's end, urgent actions that recall an
old charge before the news, and the dockets of British diplomatic files.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_figure_compared_with_last_year_leaves_the_story_in_this_one(tmp_path):
    """A report of March 1947 counts deaths "in February, as against 410 in February 1946": the year
    before is a term of comparison, so the month and the day that follow are still 1947's."""
    text = ("Report on the food situation\n\n16 March 1947\n\n"
            "In the oblast 2,210 deaths were registered in January and 2,980 in February, as against 410 in\n"
            "February 1946. The data for March are not yet complete. In the village of Kalcheva, 26.II, two\n"
            "children died of hunger.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("February 1946") == "1946-02"
    assert values.get("March") == "1947-03"
    assert values.get("26.II") == "1947-02-26"


def test_a_month_named_in_an_old_charge_does_not_date_the_news_after_it(tmp_path):
    """An urgent action of 1983 recalls a letter signed "in August 1979", then tells the prisoner's
    transfer in May and June; "15 August" after that is this year's August, not the old letter's."""
    text = ("Urgent action, 12 September 1983\n\n"
            "He was sentenced in January 1983, charged among other things with having signed a protest\n"
            "letter in August 1979.\n\n"
            "He was moved from the city prison in late May and reached the colony on 20 June. He began to refuse\n"
            "food on 15 August.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("August 1979") == "1979-08"
    assert values.get("15 August") == "1983-08-15"


def test_a_month_the_story_has_not_moved_on_from_still_dates_the_next_day(tmp_path):
    """In a blog of 2019, a warrant "dated 17.XI.1937" and then "On November 22": the story has not
    moved since the warrant's month, so the day is 1937's."""
    text = ("Posted on March 2, 2019\n\n"
            "His arrest warrant is dated 17.XI.1937 and signed by a lieutenant. On November 22 he denies\n"
            "everything.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("November 22") == "1937-11-22"


def test_a_term_set_for_the_years_end_does_not_move_the_protocol_past_it(tmp_path):
    """A protocol of March 1927 sets terms ("to pass the test by 31 December 1927"); the resolution's
    "before May" and the margin's "19/III" are still in the spring of 1927, not of 1928."""
    text = ("PROTOCOL No. 12\n\n17 March 1927\n\n"
            "RESOLVED: clerk Petrenko to be moved to the archive, with the obligation to pass the language\n"
            "test by 31 December 1927.\n\n"
            "RESOLVED: the finance department to find the means for the courses before May.\n\n"
            "[In the margin:] To the file. 19/III\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("31 December 1927") == "1927-12-31"
    assert values.get("May") == "1927-05"
    assert values.get("19/III") == "1927-03-19"


def test_a_dockets_dated_label_gives_the_file_its_own_date(tmp_path):
    """A minute sheet's docket says "Dated 27th October, 1932." in a line of other fields: that is the
    file's own date, so years it names in passing (a contract "for 1933", an agreement "of 1930") leave
    the minutes' "19th November" in 1932."""
    text = ("MINUTE SHEET\n\nRegistry No. 4471/18.          Department: Eastern.\n\n"
            "From: the Embassy at Moscow.   Despatch No. 512.   Dated 27th October, 1932.   Received 3rd November.\n\n"
            "The timber contracts for 1933 are still open, and the trade agreement of 1930 is in question.\n"
            "The firm took him on in 1929.\n\n"
            "Reply to the member sent 19th November.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("19th November") == "1932-11-19"


def test_a_minutes_date_in_small_roman_numerals_is_a_date(tmp_path):
    """British officials sign and date each minute with the month in small Roman numerals ("5.xi.32",
    "4/xi"); a clause numbered "2.i" is no date."""
    text = ("MINUTES\n\nThe firm should be told at once.\n\nR.T.  4/xi\n\nI agree. See clause 2.i of the agreement.\n\n"
            "P.L.  5.xi.32\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("5.xi.32") == "1932-11-05"
    assert values.get("4/xi") == "1932-11-04"
    assert "2.i" not in values


def test_a_month_only_a_year_alone_has_moved_past_still_dates_the_day(tmp_path):
    """In a blog, a protocol "dated 2.XI.1937", then "In 1939 his daughter wrote …" and "he had been
    shot on 9 November": a year alone says when the letter was, not what day the story is at, so the
    day is the protocol's November."""
    text = ("Posted on 3 February 2020\n\n"
            "The extract from the troika protocol, dated 2.XI.1937, carries a stamped signature. In 1939 his\n"
            "daughter wrote to Moscow asking where her father was. The answer was a lie: he had been shot on\n"
            "9 November.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("9 November") == "1937-11-09"


def test_initials_that_sign_a_minute_are_a_person(tmp_path):
    """Officials sign minutes with their initials written together, the day after them ("R.T.  4/xi",
    "P.L.  7 Nov.") or closing the paragraph after its last sentence ("… as Latvian. H.K.L."): persons;
    the same letters of a body after "the" stay an acronym ("the T.U.C.")."""
    text = ("MINUTES\n\nThe firm should be told at once.\n\nR.T.  4/xi\n\nI agree. The report went to the T.U.C.\n\n"
            "P.L.  7 Nov.\n\nThe summary gives his nationality as Latvian. H.K.L.\n")
    root = converted(tmp_path, text)
    assert {"R.T.", "P.L.", "H.K.L."} <= set(names(root, "persName"))
    assert "T.U.C." in names(root, "orgName")
    assert not {"R.T.", "P.L.", "H.K.L."} & set(names(root, "orgName"))


def test_an_army_summarys_units_by_number_and_abbreviation_are_bodies(tmp_path):
    """An operational summary writes its units as a number and an abbreviation in small letters ("163
    sd", "81 gsp"): organisations, as "the 163rd Rifle Division" is; a count of things is not."""
    text = ("OPERATIONAL SUMMARY No. 12\n\n2. 163 sd holds the line of the lake. 81 gsp is fighting in\n"
            "encirclement; 662 sp has lost 40 men and 12 horses.\n")
    root = converted(tmp_path, text)
    assert {"163 sd", "81 gsp", "662 sp"} <= set(names(root, "orgName"))
    assert not {"40 men", "12 horses"} & set(names(root, "orgName"))


def test_names_after_the_area_of_and_a_lake_in_small_letters_are_places(tmp_path):
    """Units fight "in the area of Salla" and stand "between lake Kiantayarvi and the border": an
    area's and a lake's names are places, whatever their shape."""
    text = ("The regiment is fighting in the area of Khaukila. Enemy skiers are active in the area of Salla.\n"
            "The division stands between lake Kiantayarvi and the state border.\n")
    root = converted(tmp_path, text)
    assert {"Khaukila", "Salla", "Kiantayarvi"} <= set(names(root, "placeName"))
    assert not {"Khaukila", "Salla", "Kiantayarvi"} & set(names(root, "persName"))


def test_a_fortress_and_its_bastion_are_places(tmp_path):
    """A town's fortifications, prisons and museums in the genre, are places by their word ("the
    Trubetskoy Bastion", "Metekhi Castle"), not persons named Trubetskoy or Metekhi."""
    text = "We were shown the cells of the Trubetskoy Bastion. He was held in Metekhi Castle in 1924.\n"
    root = converted(tmp_path, text)
    assert {"Trubetskoy Bastion", "Metekhi Castle"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_units_in_capitals_after_a_list_in_a_heading_make_each_name_a_place(tmp_path):
    """A heading writes the unit word capitalised and in the plural after a list ("the Akhaltsikhe and
    Adigeni Raions"): each name is a place, as in "the Keles and Saryagach raions"."""
    text = "On the Arrival of a Group of Families in the Akhaltsikhe and Adigeni Raions\n\nThey came by train.\n"
    root = converted(tmp_path, text)
    assert {"Akhaltsikhe", "Adigeni"} <= set(names(root, "placeName"))
    assert not names(root, "persName")


def test_a_comrade_in_a_bracket_after_a_body_is_who_answers_for_it(tmp_path):
    """A copy list names each body and, in a bracket, the comrade who heads it ("Government Commission
    (Com. Petrosyan)"): the bracket is that person, not the body's name in another language."""
    text = "Copies: Government Commission (Com. Petrosyan); Procuracy of the Republic (Com. Galstyan).\n"
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert not any("Com." in org for org in orgs)
    assert "Government Commission" in orgs


def test_an_abbreviation_the_notes_gloss_in_small_letters_is_no_body(tmp_path):
    """A summary's notes gloss its abbreviations with a dash ("KP – command post; GSM – fuels and
    lubricants.") and its translator in square brackets ("GSM [fuel and lubricants]"): things, not
    bodies, wherever they stand; a firm's initials followed by a dash and a clause stay a body."""
    text = ("The column lost a vehicle with GSM. The trust stood idle for lack of GSM [fuel and lubricants].\n"
            "The KP moved twice.\n\nNotes: KP – command post; GSM – fuels and lubricants.\n"
            "AEG — arrested as a firm in 1937 — built the turbines. The AEG works were closed.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert not {"GSM", "KP"} & set(orgs)
    assert "AEG" in orgs


def test_a_bodys_word_and_an_office_after_it_name_an_office_not_a_body(tmp_path):
    """"approved by the Army Commander", "to the Camp Commandant", "through Camp Director": an office
    and its unnamed holder, no organisation; the camp's own name stays one ("Camp Administration")."""
    text = ("The decision has been approved by the Army Commander. Write to the Camp Commandant as above.\n"
            "Distribution: applicant (through Camp Director); the Camp Administration.\n")
    orgs = names(converted(tmp_path, text), "orgName")
    assert not {"Army Commander", "Camp Commandant", "Camp Director"} & set(orgs)
    assert "Camp Administration" in orgs


def test_okrug_bodies_and_acronyms_with_a_russian_letter_in_two_are_bodies(tmp_path):
    """The okrug's bodies are named in one word ("the Okrnaros", "the Okrzemuprava"); an acronym that
    writes a Russian letter as a capital and a small letter ("the UNKhU") is one however pronounceable
    its letters; the registry office (ZAGS) and the relief agency (UNRRA) are bodies though English
    words spell the same letters."""
    text = ("The head of the German section of the Okrnaros reported. The Okrzemuprava to be warned.\n"
            "At the same time the UNKhU asks that the enumerators be paid. The technician of the Ashkhabad\n"
            "ZAGS refused. Parcels came through UNRRA in March.\n")
    root = converted(tmp_path, text)
    assert {"Okrnaros", "Okrzemuprava", "UNKhU", "ZAGS", "UNRRA"} <= set(names(root, "orgName"))
    assert "UNKhU" not in names(root, "persName")


def test_a_unit_closing_the_first_name_of_a_list_keeps_its_name(tmp_path):
    """"for Chernovtsy Oblast and Western Ukraine": the oblast is one place with its name, the region
    another; "Oblast" is no place alone."""
    text = "Families are leaving for Chernovtsy Oblast and Western Ukraine, where bread can be had.\n"
    places = names(converted(tmp_path, text), "placeName")
    assert {"Chernovtsy Oblast", "Western Ukraine"} <= set(places)
    assert "Oblast" not in places


def test_a_camp_site_named_after_a_stream_and_a_people_of_the_caucasus(tmp_path):
    """A camp site named as Russian names a stream ("Medvezhy Ruchei") is a place; the Khemshins are a
    people, no person."""
    text = "He worked in the open pit at Medvezhy Ruchei. Kurds, Khemshins and Adjarians were resettled.\n"
    root = converted(tmp_path, text)
    assert "Medvezhy Ruchei" in names(root, "placeName")
    assert not names(root, "persName")


def test_a_year_before_a_spaced_dash_and_a_count_is_a_year_not_a_range(tmp_path):
    """A flattened table writes "built before 1960 – 31 of 116": the year, then a count after a dash
    with spaces; no range from 1960 back to 1931, and the year is kept ("1950–51" stays a range)."""
    text = ("ACT\n\n12 December 1988\n\nhouses of stone built before 1960 – 31 of 116;\n"
            "houses built in the winter of 1950–51 – none.\n")
    values = date_values(converted(tmp_path, text))
    assert values.get("1960") == "1960"


def test_forenames_opening_with_two_letters_are_initials(tmp_path):
    """German and older Ukrainian spellings write Philipp and Theodor as "Ph." and "Th.": initials of
    one person ("Comrade Ph. Ph. BAUER"), not a person "Ph" beside another."""
    text = "Present: the head of the German section of the Okrnaros, Comrade Ph. Ph. BAUER; Th. Schmidt.\n"
    persons = names(converted(tmp_path, text), "persName")
    assert "Comrade Ph. Ph. BAUER" in persons or "Ph. Ph. BAUER" in persons
    assert "Th. Schmidt" in persons
    assert "Ph" not in persons
    assert not names(converted(tmp_path, "Revision of the thesis (Ph. D.), Tbilisi, 2012.\n"), "persName")


def test_a_name_the_translator_respells_as_a_known_town_is_that_town(tmp_path):
    """A translator gives the Finnish form of a town in square brackets ("Kaiani [Kajaani]"): the name
    before it is the same place, though its ending alone made it a person."""
    text = "The enemy attacked towards Kaiani [Kajaani] and Suomussalmi.\n"
    root = converted(tmp_path, text)
    assert {"Kaiani", "Kajaani"} <= set(names(root, "placeName"))
    assert "Kaiani" not in names(root, "persName")


def test_an_acronym_after_a_word_for_a_kind_of_place_is_no_place(tmp_path):
    """"taken to the Frunze city OPH": the acronym after "city" is an institution of the town (a
    hospital the digest's glossary defines), not a place named after the kind; a village's name is."""
    text = "He was taken to the Frunze city OPH. The villages of Lozovka and Stoianiv burned.\n"
    places = names(converted(tmp_path, text), "placeName")
    assert "OPH" not in places
    assert {"Frunze", "Lozovka", "Stoianiv"} <= set(places)
