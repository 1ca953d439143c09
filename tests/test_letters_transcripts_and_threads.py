"""Kinds of text the seventeenth round of issue 15 read (set S): a prisoner's letters to his family,
a podcast's transcript, a genealogy forum's thread, a deportation report listing its chiefs in
capitals, a tribunal's sentence naming its members.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_surname_in_capitals_after_its_initials_is_a_person_not_an_acronym(tmp_path):
    """A short surname in capitals with few vowels has an acronym's shape; its initials before it say
    it is a name."""
    root = converted(tmp_path, "The court: chairman A. P. SOKOLOV, members BELOV and Ya. M. REZNIK.\n")
    assert names(root, "persName") == ["A. P. SOKOLOV", "BELOV", "Ya. M. REZNIK"]
    assert names(root, "orgName") == []


def test_a_word_in_capitals_listed_with_surnames_in_capitals_is_a_person(tmp_path):
    """A list of chiefs, each with his town in brackets, names persons: the last one's acronym shape
    does not make it an organisation; an acronym with no vowel stays one."""
    root = converted(tmp_path, "The troikas were headed by Comrades GLADKIKH (Kaunas), SHUSTOV (Riga) and "
                               "KUMM (Tallinn). Copies: KOSTOV, TSK and the UNKVD.\n")
    assert names(root, "persName") == ["GLADKIKH", "SHUSTOV", "KUMM", "KOSTOV"]
    assert "TSK" in names(root, "orgName")


def test_a_podcasts_speakers_after_the_recordings_time_are_persons(tmp_path):
    """Speaker labels after a timestamp; once one label is a known first name, the others are the
    transcript's speakers too, and so is the name a speaker gives herself."""
    root = converted(tmp_path, (
        "Episode 12\n\n"
        "[00:00:03] MAYA: Hi, and welcome back. I am Maya.\n\n"
        "[00:00:08] OWEN: And today our guest is from Zhytomyr.\n\n"
        "[00:01:02] MAYA: Where was the file kept?\n\n"
        "[00:01:05] OWEN: In the oblast archive.\n"
    ))
    assert names(root, "persName") == ["MAYA", "Maya", "OWEN", "MAYA", "OWEN"]


def test_a_protocols_labels_stay_labels_beside_a_speakers_name(tmp_path):
    root = converted(tmp_path, (
        "Minutes\n\nIVANOV: I open the meeting.\n\nHEARD: the report on the lists, heard in full.\n\n"
        "IVANOV: Any objections?\n\nHEARD: the secretary.\n"
    ))
    assert "HEARD" not in names(root, "persName")


def test_forum_user_names_are_persons_but_mail_addresses_and_files_are_not(tmp_path):
    root = converted(tmp_path, (
        "Research requests\n\n"
        "#1  liesl_k » Mon 3 March 2014, 21:14\n\n"
        "Hello everyone. Write to research@baltic.example.lv or open scan_0042.pdf.\n\n"
        "#2  Wolgadeutsch_Archiv (Moderator) » Mon 3 March 2014, 22:40\n\n"
        "Welcome, liesl_k. As @kolyma_notes wrote, ask the archive.\n"
    ))
    assert names(root, "persName") == ["liesl_k", "Wolgadeutsch_Archiv", "liesl_k", "@kolyma_notes"]


def test_a_family_letters_pet_names_are_persons(tmp_path):
    """Pet names made from short forms of given names (Raya, Sonya, Vova) with the endings of
    tenderness are persons, as the short forms are."""
    root = converted(tmp_path, (
        "Kotlas, 14 September 1939\n"
        "My dear Rayechka and Sonechka! We have arrived. Does Vovochka still go to school? "
        "Rayusya, do not send butter.\n"
    ))
    assert names(root, "persName") == ["Rayechka", "Sonechka", "Vovochka", "Rayusya"]
    assert names(root, "placeName") == ["Kotlas"]


def test_a_telegrams_towns_in_capitals_before_their_unit_are_places(tmp_path):
    """A cipher telegram in capitals writes no commas: towns the gazetteers know before "RAIONS" are
    each a place; a town shaped like a surname before "OKRUG" is the okrug, not a person."""
    root = converted(tmp_path, (
        "CIPHER TELEGRAM No. 418/sh\nFrom SMOLENSK. Sent 2.IX.37.\n\n"
        "KULAKS FOUND IN VYAZMA ROSLAVL RAIONS AND IN VELIZH OKRUG STOP REQUEST LIMIT STOP\n"
    ))
    assert names(root, "placeName") == ["SMOLENSK", "VYAZMA", "ROSLAVL", "VELIZH OKRUG"]
    assert names(root, "persName") == []


def test_where_a_calling_comes_from_and_what_one_walks_along_are_places(tmp_path):
    """A surname's ending is no sign of a person after "a schoolteacher from" or "along": nobody
    comes from a person's name or walks along one."""
    root = converted(tmp_path, "A schoolteacher from Totma came too. We walked along Volodymyrska to the gate.\n")
    assert names(root, "placeName") == ["Totma", "Volodymyrska"]
    assert names(root, "persName") == []


def test_codes_with_figures_are_neither_organisations_nor_names(tmp_path):
    """A project report's work packages and milestones, and a postcode, are codes: "WP3" is no
    acronym, and "BD1" is no part of a name."""
    root = converted(tmp_path, "WP1 and WP3 were late; milestone M4 came in July.\n\n"
                               "Write to 12 Manningham Lane, Leeds LS2 9JT.\n")
    assert names(root, "orgName") == [] and names(root, "persName") == []
    assert names(root, "placeName") == ["Manningham Lane", "Leeds"]


def test_ships_quoted_after_a_word_for_ships_are_no_towns_anywhere_in_the_text(tmp_path):
    root = converted(tmp_path, 'Unrest spread among the crews of the battleships "Sevastopol" and "Poltava". '
                               'The clerk of the "Sevastopol" was arrested. Sevastopol itself was quiet.\n')
    assert names(root, "placeName") == ["Sevastopol"]


def test_a_places_other_name_in_brackets_is_the_place(tmp_path):
    """The Russian names of Baltic towns (Yuriev, Pernov) are places, and so is whatever stands in the
    square brackets a translator adds beside a place; a town after a person stays the person's town.
    A name in round brackets after a town is its other name even when it ends as a surname does
    ("Minsk (Ivanov)"): every such word in the readable gold is a place."""
    root = converted(tmp_path, "They were loaded at Tapa, Tartu (Yuriev) and Pernov [Pärnu], and at Kolomyagi "
                               "[Kolomyaginsky]; the chiefs were GLADKOV (Kaunas) and SHUSTIN (Riga). Reports from "
                               "Minsk (Ivanov) came.\n")
    assert names(root, "persName") == ["GLADKOV", "SHUSTIN"]
    assert {"Yuriev", "Pernov", "Pärnu", "Tartu", "Kolomyaginsky"} <= set(names(root, "placeName"))


def test_a_fund_and_a_german_auction_house_are_organisations(tmp_path):
    root = converted(tmp_path, "A grant came from the Kalna Fund. Provenance: his sale, Kessler Auktionen, Munich.\n")
    assert names(root, "orgName") == ["Kalna Fund", "Kessler Auktionen"]
    assert names(root, "persName") == []


def test_decades_said_in_words_and_a_range_of_decades_are_dates(tmp_path):
    """A podcast says "the thirties", a walking guide "the late thirties", a catalogue's title spans
    "1920s–1950s"; a man "in his thirties" is an age."""
    root = converted(tmp_path, "Letters from the USSR, 1920s–1950s\n\nThe district did not survive the thirties. "
                               "In the late thirties the NKVD sat here. A man in his thirties came.\n")
    assert date_values(root) == {"1920s–1950s": "1920/1959", "the thirties": "1930/1939",
                                 "the late thirties": "1930/1939"}


def test_a_year_before_a_plural_noun_is_a_year_where_the_text_dates_by_it(tmp_path):
    """"the 1941 files" in a report on the June 1941 deportation are that year's files; "the 1500
    prisoners" are a count, and "fond 1894" an archival number."""
    root = converted(tmp_path, "The deportations of June 1941 and of March 1949 were filmed. The 1941 files carry "
                               "the stamps of the NKGB; the 1949 deportees went to Omsk. The 1500 prisoners came "
                               "later. The files belong to fond 1894.\n")
    assert names(root, "date") == ["June 1941", "March 1949", "1941", "1949"]


def test_a_resolution_quoted_on_a_telegram_keeps_its_names(tmp_path):
    """A resolution written on a document and quoted whole is no title of a work: the person it
    sends a copy to is a person."""
    root = converted(tmp_path, 'Resolution, in the hand of A. N. Orlov: "Sent. Copy to Comrade Belyaev."\n')
    assert names(root, "persName") == ["A. N. Orlov", "Belyaev"]


def test_two_signatures_in_a_row_are_two_persons(tmp_path):
    """A telegram in capitals signs with two names and no comma between them."""
    root = converted(tmp_path, "LIMIT EXHAUSTED STOP REQUEST 500 MORE STOP A. SOKOLOV L. BELYAEV\n")
    assert names(root, "persName") == ["A. SOKOLOV", "L. BELYAEV"]


def test_a_defender_before_a_surname_is_a_title(tmp_path):
    root = converted(tmp_path, "Present: the state prosecutor Veretennikov and the defender Brandt.\n")
    assert names(root, "persName") == ["Veretennikov", "Brandt"]


def test_a_village_of_the_genres_lands_with_nothing_else_said_of_it_is_a_place(tmp_path):
    """Two villages GeoNames knows, named with no word of place before them, are places; two
    surnames in the same sentence frame stay persons."""
    root = converted(tmp_path, "Columns went past Inzhavino and Gekhi in the night. "
                               "Columns went past Zorbatov and Kuzmich at dawn.\n")
    assert names(root, "placeName") == ["Inzhavino", "Gekhi"]
    assert names(root, "persName") == ["Zorbatov", "Kuzmich"]



def test_a_user_name_ending_in_a_year_and_an_office_set_off_by_commas(tmp_path):
    """A forum signs "olegK1961"; "the prosecutor, Rudzitis," names him after a comma; "page12" is
    neither."""
    root = converted(tmp_path, "Thread\n\n#2 olegK1961 · Mar 4, 2019\n\n"
                               "The prosecutor, Rudzitis, called the lists false. See page12.\n")
    assert names(root, "persName") == ["olegK1961", "Rudzitis"]


def test_a_metro_station_and_a_road_named_after_a_town_make_places(tmp_path):
    """A city guide's "Lisova metro station" and a newspaper's "the old Kadnikov road" name places,
    though the words alone are shaped like surnames."""
    root = converted(tmp_path, "From Lisova metro station take a bus. We went along the old Kadnikov road.\n")
    assert names(root, "placeName") == ["Lisova", "Kadnikov"]
    assert names(root, "persName") == []


def test_a_surname_in_capitals_with_its_forename_after_an_institution_is_a_person(tmp_path):
    """Official documents print the person right after the body: "the Institute of Railway Engineers
    GRIGORYEV Viktor"; the name is a person of its own, not the end of the institution's name."""
    root = converted(tmp_path, "At a hostel of the Pedagogical Institute MACHAVARIANI Z. and the Mining "
                               "Institute GRIGORYEV Viktor spoke of the arrests.\n")
    assert names(root, "persName") == ["MACHAVARIANI Z.", "GRIGORYEV Viktor"]
    assert names(root, "orgName") == ["Pedagogical Institute", "Mining Institute"]


def test_a_surname_in_capitals_on_the_line_under_an_office_is_its_signature(tmp_path):
    """A document is signed with the office on one line and the surname in capitals under it, even a
    surname with no surname's ending; a word in capitals under a line that names no office is not."""
    root = converted(tmp_path, "Order No. 12\n\nThe plan was met.\n\nHead of Ukhtpechlag NKVD\nMOROZ\n\n"
                               "The figures follow.\nTOTAL\n")
    assert names(root, "persName") == ["MOROZ"]
