"""What the sixty-eighth round of issue 15 read (set BR): the place of a dated field inside a line,
Armenian surnames, clergy titles, day ranges in figures and the other shapes of a commission's file
on land in Semirechye, a national raion's school protocol, a film studio's council and a catalogue
raisonné.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_town_between_a_name_and_its_date_is_where_it_was_written(tmp_path):
    """A list of interviews and a caption's signature put the town between the person and the date:
    "E. N. Kirillova, Yadrin, 3 May 2009", signed "A. Rakhimov, Samarkand, III.1925". The town is a
    place, though it ends as surnames do, and the quotation is no one's name; a person before a date
    stays a person ("Kruglov to Stalin, 18 May 1949")."""
    root = converted(tmp_path, (
        "Interviews recorded by the author: G. M. Vasilyev, Khochashevo, 14 August 2008; E. N. Kirillova, "
        "Yadrin, 3 May 2009.\n\nThe sheet is signed \"A. Rakhimov, Samarkand, III.1925\".\n\nSee the "
        "report of S. N. Kruglov to Stalin, 18 May 1949.\n"))
    assert names(root, "placeName") == ["Khochashevo", "Yadrin", "Samarkand"]
    assert names(root, "persName") == ["G. M. Vasilyev", "E. N. Kirillova", "A. Rakhimov", "S. N. Kruglov",
                                        "Stalin"]


def test_a_leaders_surname_in_a_dated_field_is_the_town_named_after_him(tmp_path):
    """A table of emblems gives the republic, the artists, then where and when: "Frunze, 22.I.1937".
    The genre authority knows Frunze as a commander, but in a dated field it is his town."""
    root = converted(tmp_path, (
        "Kirghiz SSR; K. Toktomushev and others; Frunze, 22.I.1937; Central State Archive.\n"))
    assert "Frunze" in names(root, "placeName")
    assert "Frunze" not in names(root, "persName")


def test_the_anniversary_of_october_is_the_revolution_not_a_month(tmp_path):
    """A raion's protocol plans "the celebration of the eleventh anniversary of October": the month
    names the revolution, as "the Great October" does, and is no date."""
    root = converted(tmp_path, (
        "PROTOCOL No. 14 of the raion executive committee, 2 October 1928.\n\nc) On the celebration of the "
        "eleventh anniversary of October in the raion — preparations to be entrusted to Comrades Holub and "
        "Dombal.\n"))
    assert date_values(root) == {"2 October 1928": "1928-10-02"}


def test_a_range_of_days_before_a_date_in_figures_is_one_date(tmp_path):
    """An accident act lists its materials: "the log of the observation post for 22–25.07.77". The
    days run to the month and year in figures, as "2–9.III.42" runs to a Roman month."""
    root = converted(tmp_path, (
        "ACT of the commission, 30.07.77.\n\nMaterials: the log of the observation post for 22–25.07.77; "
        "the route book for 2–9.III.77.\n"))
    assert date_values(root) == {"30.07.77": "1977-07-30", "22–25.07.77": "1977-07-22/1977-07-25",
                                 "2–9.III.77": "1977-03-02/1977-03-09"}


def test_a_priests_abbreviated_title_is_no_name(tmp_path):
    """A diocese's necrology and a Polish raion's protocol abbreviate the priest's title: "under Mgr
    Johannes Roth", "the priest Ks. Feliks Ołdakowski". The title stays outside the name, as
    "Msgr." does, and the name after it is a person's."""
    root = converted(tmp_path, (
        "The North Caucasus was under Mgr Johannes Roth at Pyatigorsk.\n\nThe village asks that the church "
        "be left to the believers and that the priest Ks. Feliks Ołdakowski, called to the GPU, be "
        "released.\n"))
    assert names(root, "persName") == ["Johannes Roth", "Feliks Ołdakowski"]


def test_an_armenian_surname_after_ter_is_a_person_though_it_ends_as_adjectives_do(tmp_path):
    """A catalogue raisonné writes its painter's family in the western spelling: "Ter-Grigorian was
    by then flying", "the Ter-Stepanian family collection". "-ian" ends adjectives too (Georgian,
    Caspian), but after "Ter-" it is a surname's; the adjectives stay none."""
    root = converted(tmp_path, (
        "Ter-Grigorian was by then flying for the Georgian air service.\n\nProvenance: Ter-Stepanian family "
        "collection, Yerevan.\n"))
    assert names(root, "persName") == ["Ter-Grigorian", "Ter-Stepanian"]


def test_a_body_before_comrade_and_a_name_stays_a_body(tmp_path):
    """A protocol lists who was present by office: "the representative of the Okrug Inspectorate of
    People's Education Comrade Holub". The title inside the run opens the person's name; the words
    before it name a body, not an office, and stay one ("Foreign Minister Tanner" is an office)."""
    root = converted(tmp_path, (
        "Present: the representative of the Okrug Inspectorate of People's Education Comrade Holub; the head "
        "of the Secret Department Comrade Petrik.\n\nForeign Minister Tanner replied.\n"))
    assert names(root, "orgName") == ["Okrug Inspectorate of People's Education", "Secret Department"]
    assert names(root, "persName") == ["Holub", "Petrik", "Tanner"]


def test_a_name_before_the_district_executive_committees_letters_is_the_district(tmp_path):
    """A Polish national raion, named after a revolutionary, seals its protocol "Round seal of the
    Marchlewski RVK", the Ukrainian letters of the raion executive committee, as a volost's are
    "VIK". The name before the letters is the district, though a surname's ending ends it."""
    root = converted(tmp_path, (
        "Round seal of the Marchlewski RVK.\n\nThe chairman of the Sretenskaya VIK Krotov reported.\n"))
    assert names(root, "placeName") == ["Marchlewski", "Sretenskaya"]
    assert names(root, "orgName") == ["RVK", "VIK"]


def test_a_name_after_a_part_of_a_river_or_a_range_and_of_the_is_a_place(tmp_path):
    """A land commission's file and a catalogue write "the flooding of the Dzhergalan", "the gorge of
    the Kasakh", "a tributary of the Usa". A word after "the" is often a body's name, but after a part
    of a river or of a mountain range it is the river or the range."""
    root = converted(tmp_path, (
        "The survey was not completed because of the flooding of the Dzhergalan.\n\nThe gorge of the Kasakh "
        "is seen from the churchyard.\n\nVorkuta stands on a tributary of the Usa.\n"))
    assert names(root, "placeName") == ["Dzhergalan", "Kasakh", "Vorkuta", "Usa"]
    assert names(root, "orgName") == []


def test_a_name_before_of_and_a_town_in_a_list_of_towns_is_whoever_comes_from_there(tmp_path):
    """A trade agency's file on hired specialists: "Two men (Baxter of Pittsburgh and Orlowski of
    Buffalo) cancelled". Beside towns a word is a town too, but not one followed by "of" and a town:
    that is where its bearer comes from."""
    root = converted(tmp_path, (
        "Two men (Baxter of Pittsburgh and Orlowski of Buffalo) cancelled their contracts.\n"))
    assert names(root, "placeName") == ["Pittsburgh", "Buffalo"]
    assert "Orlowski" in names(root, "persName")


def test_a_film_studios_and_an_army_fronts_compound_names_are_bodies(tmp_path):
    """A film studio's council protocol and a commission's file name bodies by compound words:
    "the laboratory of Mezhrabpomfilm", "the Special Department of the Turkfront". Each ends as a film
    studio's or a front's name does; "Microfilm" is an English word."""
    root = converted(tmp_path, (
        "The laboratory of Mezhrabpomfilm in Moscow promises to process the negative.\n\nThe Special "
        "Department of the Turkfront registered 611 households.\n\nGuide to the Microfilm Edition.\n"))
    assert names(root, "orgName") == ["Mezhrabpomfilm", "Special Department", "Turkfront"]


def test_a_bare_name_after_in_the_or_between_the_is_a_region_or_a_river(tmp_path):
    """A memoir and a field report name regions and rivers no gazetteer holds: "they settled in the
    Warthegau", "the blank on the map between the Alai and the Vanch". After "the" a word no list knows
    was read as a body's name ("a member of the Schutzbund" stays one); after a preposition of place
    it is a place."""
    root = converted(tmp_path, (
        "In 1940 they settled in the Warthegau. The blank on the map between the Alai and the Vanch was "
        "filled in 1932.\n\nHe was a member of the Schutzbund.\n"))
    assert names(root, "placeName") == ["Warthegau", "Alai", "Vanch"]
    assert names(root, "orgName") == ["Schutzbund"]


def test_one_word_in_brackets_after_a_place_is_its_other_name(tmp_path):
    """A guide to Sakhalin and a necrology give a place's other name in brackets: "Otomari
    (Korsakov)", "Vladikavkaz (Ordzhonikidze)". The word ends as a surname does, and the genre
    authority knows a commissar by it, but after the place it is the place again; an archive's
    letters there are a body ("Kyiv (TsDAHO)")."""
    root = converted(tmp_path, (
        "The shore between Otomari (Korsakov) and the cape.\n\nHe was parish priest of Vladikavkaz "
        "(Ordzhonikidze) from 1923.\n\nThe file is in Kyiv (TsDAHO).\n"))
    assert names(root, "placeName") == ["Otomari", "Korsakov", "Vladikavkaz", "Ordzhonikidze", "Kyiv"]
    assert names(root, "persName") == []
    assert names(root, "orgName") == ["TsDAHO"]


def test_the_roman_catholic_church_names_no_town(tmp_path):
    """A raion's protocol hears a petition "concerning the Roman Catholic church". Roman is a town in
    Moldavia too, but here it opens a confession's name; the body "the Roman Catholic Church" stays
    one."""
    root = converted(tmp_path, (
        "2. On the petition of the selsoviet concerning the Roman Catholic church.\n\nThe Roman Catholic "
        "Church replied in 1928.\n"))
    assert names(root, "placeName") == []
    assert names(root, "orgName") == ["Roman Catholic Church"]
