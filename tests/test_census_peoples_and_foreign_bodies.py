"""What the sixty-sixth round of issue 15 read (set BP): seasons with a year in two figures, the peoples
of a census, names of bodies in the languages of their countries, and the other shapes of a resettlement
order, a gallery's transfer act, a family Bible and a works catalogue.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_season_before_two_figures_closing_a_clause_takes_them_as_its_year(tmp_path):
    """A family's notes write a season's year in two figures: "no word until autumn 31.", "taken in
    summer 38". A season has no day, so the figures are its year; before a word they count people."""
    root = converted(tmp_path, (
        "Notes written in 1962.\n\nHe was sent north to Kotlas. No word came until autumn 31.\n"
        "Her brother was taken in summer 38, the file says. In winter 40 wagons left the station.\n"))
    values = date_values(root)
    assert values["autumn 31"] == "1931-09/1931-11"
    assert values["summer 38"] == "1938-06/1938-08"
    assert not any(words.startswith("winter") for words in values)


def test_the_peoples_a_census_counts_are_peoples_not_persons(tmp_path):
    """A census office's report counts Dagestan's peoples by name: "Aguls, Rutuls and Tsakhurs",
    "Kabardins 4,100". They are peoples, not persons; Rutul and Tsakhur, which are also villages, stay
    places where they name one."""
    root = converted(tmp_path, (
        "Report on the nationality returns, 14 June 1979.\n\n4. Aguls, Rutuls and Tsakhurs. In the villages "
        "of Rutul and Tsakhur the answers were mixed; the rest were coded as Aguls. Counted: Rutuls 11,209, "
        "Tsakhurs 3,022, Kabardins 4,100, Abazins 310.\n"))
    assert names(root, "persName") == []
    assert names(root, "placeName") == ["Rutul", "Tsakhur"]


def test_an_unknown_word_shaped_like_a_surname_where_a_place_stands_is_a_place(tmp_path):
    """An instructor's report and a works catalogue name hamlets and camp points no gazetteer knows:
    "the frontier post at Khudaferin", "the camp club at Vetlosyan". Their endings are a surname's, but a
    preposition of place stands before them and nothing in the text makes them persons; a word that the
    text names a person elsewhere, or one after "through", keeps that reading."""
    root = converted(tmp_path, (
        "Report of the instructor, 28 August 1926.\n\n3. The frontier post at Khudaferin has only seven men. "
        "The camp club at Vetlosyan gave a concert near Sedvinsk. The letters went through Gorbunov. "
        "Comrade Tolbin came to the meeting; the carts waited at Tolbin's for a day.\n"))
    assert names(root, "placeName") == ["Khudaferin", "Vetlosyan", "Sedvinsk"]
    assert names(root, "persName") == ["Gorbunov", "Tolbin", "Tolbin"]


def test_a_german_body_is_named_by_its_german_noun_alone_or_in_a_compound(tmp_path):
    """A family's notes and a gallery's act name German bodies in German: "processed by the
    Einwandererzentralstelle", "printed by the Württembergische Bibelanstalt", "a worker of the
    Staatliche Kunstsammlungen Dresden", "issued by the Arbeitsamt Schweinfurt". The last noun, alone
    or closing a compound, names a body, not a person; a church so named is a building, and a sum in
    Reichsmark is money."""
    root = converted(tmp_path, (
        "In March 1944 we were processed by the Einwandererzentralstelle and given papers. The Bible was "
        "printed at Stuttgart in 1871 by the Württembergische Bibelanstalt. Ursula Brandt, a worker of the "
        "Staatliche Kunstsammlungen Dresden, signed the act. The Arbeitsbuch was issued by the Arbeitsamt "
        "Schweinfurt. The farm was valued at 42,000 Reichsmark.\n"))
    orgs = names(root, "orgName")
    assert orgs == ["Einwandererzentralstelle", "Württembergische Bibelanstalt",
                    "Staatliche Kunstsammlungen Dresden", "Arbeitsamt Schweinfurt"]
    assert names(root, "persName") == ["Ursula Brandt"]


def test_a_name_after_former_in_a_bracket_after_a_town_is_the_towns_old_name(tmp_path):
    """A table of trains abbreviates "formerly" to "former": "Gusev (former Gumbinnen)". The name in the
    bracket is the town's old one, however much it ends like a surname."""
    root = converted(tmp_path, (
        "Trains of 1947\n\nNo. 7 – 15.XI – Gusev (former Gumbinnen) – 2,301 persons from Gusev raion.\n"))
    assert "Gumbinnen" in names(root, "placeName")
    assert names(root, "persName") == []


def test_a_village_of_the_genres_lands_is_no_compound_abbreviation(tmp_path):
    """A family Bible's entries name a German colony whose name ends as a steel trust's does:
    "Gottlieb Schaal of Hoffnungstal", "approved by the Hoffnungstal selsoviet". A village the genre's
    lists hold is a place, not a body like "Zaporozhstal"."""
    root = converted(tmp_path, (
        "Entries of the family Bible, copied in 1998.\n\nGottlieb Schaal of Hoffnungstal was born there in "
        "1862. The list of households was approved by the Hoffnungstal selsoviet; castings went to "
        "Zaporozhstal.\n"))
    assert names(root, "placeName") == ["Hoffnungstal", "Hoffnungstal"]
    assert names(root, "orgName")[-1] == "Zaporozhstal"


def test_a_peoples_name_is_no_first_name(tmp_path):
    """A dissertation's abstract cites "the Party Archive of the Mari Obkom" and "the Republic of Mari
    El". "Mari" is in the lists of forenames too, but in the genre it names a people: it makes no one a
    person."""
    root = converted(tmp_path, (
        "The sources are the Party Archive of the Mari Obkom of the CPSU and the State Archive of the "
        "Republic of Mari El; the Tat and Mari questionnaires were checked in 1979.\n"))
    assert names(root, "persName") == []


def test_letters_after_a_name_make_no_person(tmp_path):
    """A book proposal gives its author's degree after her name: "Madina Tsallagova (PhD, SSEES,
    2016)". The degree opens no sentence about a person."""
    root = converted(tmp_path, (
        "The author\n\nMadina Tsallagova (PhD, SSEES, 2016) grew up in Tskhinvali.\n"))
    assert names(root, "persName") == ["Madina Tsallagova"]


def test_a_surname_that_ends_as_adjectives_do_is_a_persons_after_a_title(tmp_path):
    """A works catalogue credits a play "(comedy by M. Kulish)", where "M." may be Monsieur or an
    initial, and minutes name "Comrade Kulish". A word that ends as adjectives do ("-ish") but that no
    English word spells is a surname after a title; "Comrade Russian" names no one."""
    root = converted(tmp_path, (
        "Music for the play (comedy by M. Kulish). Kharkiv, 1929.\n\nComrade Kulish spoke; Comrade Russian "
        "did not.\n"))
    assert names(root, "persName") == ["Kulish", "Kulish"]


def test_a_name_after_the_coast_of_is_a_place(tmp_path):
    """A resettlement order names an island by its coast: "the south-eastern coast of Kolguev". After
    "the coast of", as after "the shores of", a name shaped like a surname is the place's."""
    root = converted(tmp_path, (
        "The families are to be moved to the south-eastern coast of Kolguev and to the shores of Vaigach.\n"))
    assert names(root, "placeName") == ["Kolguev", "Vaigach"]
    assert names(root, "persName") == []


def test_a_name_before_tundra_or_taiga_is_a_place(tmp_path):
    """An order on the peoples of the North names their pastures: "the reindeer kolkhozes of the
    Bolshezemelskaya tundra". A name before "tundra" or "taiga" in small letters is a place, whatever
    its ending; the word alone is none."""
    root = converted(tmp_path, (
        "The old men are to go to the reindeer kolkhozes of the Bolshezemelskaya tundra. The tundra there "
        "is wide.\n"))
    assert names(root, "placeName") == ["Bolshezemelskaya tundra"]
    assert names(root, "persName") == []


def test_what_a_title_owns_is_no_person(tmp_path):
    """A parish letter says a prisoner knew "the Lord's Prayer" in Finnish. "Lord" is a title, but the
    word after its possessive is what it owns, not a name; a person's possessive after a title keeps
    the person ("Comrade Ivanov's brother")."""
    root = converted(tmp_path, (
        "He said the Lord's Prayer in Finnish. Comrade Ivanov's brother brought the letter.\n"))
    assert names(root, "persName") == ["Ivanov"]


def test_a_graded_office_alone_names_no_one(tmp_path):
    """A museum's letter is addressed to "Dr Irina V. Seleznyova, Senior Curator, Collections
    Department", and a report says "the Senior Accountant left". A grade and an office or calling with
    no name after them name no one; a name after them is still a person's."""
    root = converted(tmp_path, (
        "To: Dr Irina V. Seleznyova, Senior Curator, Collections Department\n\nThe Senior Accountant left "
        "the office; Senior Inspector Petrov stayed.\n"))
    assert names(root, "persName") == ["Irina V. Seleznyova", "Petrov"]
