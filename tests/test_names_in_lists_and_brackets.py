"""Kinds of text the fifteenth round of issue 15 read (set Q): a camp's report listing internees by
dashes, reports of annexed Polish lands and of Kuban stanitsas, a Baltic and a German roll whose
names come with their other spellings in brackets, an archivist's interview, a project's report.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_a_roll_of_internees_by_dashes_names_each_surname_first(tmp_path):
    """A roll that opens its items with a dash or a letter prints each name "SURNAME, Forename": one
    person, a double forename included, as with numbered items."""
    root = converted(tmp_path, (
        "Typical cases:\n"
        "– BRANDT, Ernst, born 1890, clerk, arrested in May 1945;\n"
        "– KELLER, Hans-Dieter, born 1927, pupil;\n"
        "b) NOWAK, Stefan, born 1899, farmer.\n"
    ))
    assert names(root, "persName") == ["BRANDT, Ernst", "KELLER, Hans-Dieter", "NOWAK, Stefan"]


def test_another_spelling_of_a_name_in_a_bracket_after_it_is_the_same_person(tmp_path):
    """Lists and files give a name's other forms in brackets, often saying where the form comes from:
    the form is the person too; a word the bracket derives from the name, or an English word, is not."""
    root = converted(tmp_path, (
        "The brigade leader ZAVHORODNY Ostap Ivanovich (in the kolkhoz lists Zagorodny) was expelled. "
        "The driver, comrade P. HRYTSAI (Gritsai in the Russian papers), left the same night. "
        "Kateryna Lahoda (in Latin letters on the card) signed for it. "
        "Meetings were held at the Kalinin (\"Red Kalininets\") mill.\n"
    ))
    assert names(root, "persName") == [
        "ZAVHORODNY Ostap Ivanovich", "Zagorodny", "P. HRYTSAI", "Gritsai", "Kateryna Lahoda"]


def test_initials_that_open_an_interviews_answers_name_the_speaker(tmp_path):
    """An interview marks its speakers by initials and a colon; a pair of them opening two answers or
    more is a person, "N.B." too."""
    root = converted(tmp_path, (
        "R.D.: When did the file arrive?\n\n"
        "N.B.: In the spring. It took three weeks.\n\n"
        "R.D.: Who signed the order?\n\n"
        "N.B.: The head of the district department.\n"
    ))
    assert names(root, "persName") == ["R.D.", "N.B.", "R.D.", "N.B."]


def test_a_settlement_located_by_its_raion_in_brackets(tmp_path):
    """Reports locate a stanitsa or a village by its raion or powiat in brackets: the name before is
    a place, however like a woman's surname it ends; a person placed by an oblast stays a person, and
    a village's other spelling in brackets stays the village."""
    root = converted(tmp_path, (
        "The black board now also holds Poltavskaya (Slavyansky raion) and Nezamaevskaya (Pavlovsky raion). "
        "Delegates: Sorokin (Tula oblast). "
        "He hid on a farm near Zabłocie (Zabolotye), Brześć powiat.\n"
    ))
    assert names(root, "placeName") == [
        "Poltavskaya", "Slavyansky raion", "Nezamaevskaya", "Pavlovsky raion", "Tula oblast", "Zabłocie", "Zabolotye",
        "Brześć powiat"]
    assert names(root, "persName") == ["Sorokin"]


def test_milestones_and_interjections_are_no_names(tmp_path):
    """A project numbers its milestones "M1", "M2"; a speaker says "Okay": neither is an institution
    or a person."""
    root = converted(tmp_path, (
        "Okay, let us begin.\n\n"
        "M1 Transcription guidelines, April 2022 — achieved.\n"
        "M2 Beta release, March 2023 — on schedule.\n"
    ))
    assert names(root, "orgName") == []
    assert names(root, "persName") == []


def test_a_stanitsa_named_like_a_womans_surname_after_in(tmp_path):
    """A stanitsa's name is a feminine adjective, as a woman's surname may be; after "in" or "at" it
    is the stanitsa. A village named as a neuter adjective is a place anywhere."""
    root = converted(tmp_path, (
        "Comrade LOZOVOI worked in Kanevskaya and at Bryukhovetskaya until the plan was met. "
        "The bread was taken from Uspenskoye.\n"
    ))
    assert names(root, "placeName") == ["Kanevskaya", "Bryukhovetskaya", "Uspenskoye"]
    assert names(root, "persName") == ["LOZOVOI"]


def test_german_settlements_and_party_offices_in_a_report_on_a_camp(tmp_path):
    """Reports on the Soviet zone of Germany name its towns by their German endings, and the party
    offices of the internees in German: the towns are places, the offices no names."""
    root = converted(tmp_path, (
        "Internees: Kreisleiter – 9, Zellenleiter – 212.\n"
        "The sick were moved to Biesdorf; the dead of the former Mühlhausen camp were counted again.\n"
        "Blockleiter LANGE was released.\n"
    ))
    assert names(root, "placeName") == ["Biesdorf", "Mühlhausen"]
    assert names(root, "persName") == ["LANGE"]


def test_a_towns_name_of_then_and_a_numbered_border_post(tmp_path):
    """A town named after a leader, with words saying it was so called then, is the town; a border
    post is named by its number."""
    root = converted(tmp_path, (
        "Ask also in Luhansk — Voroshilovgrad, as it was then — and in Kirovohrad. "
        "Her father came from Molotov, as the city was called in those years. "
        "A patrol of Frontier Post No. 14 found the tracks.\n"
    ))
    assert names(root, "placeName") == ["Luhansk", "Voroshilovgrad", "Kirovohrad", "Molotov"]
    assert "Post No. 14" in " ".join(names(root, "orgName"))


def test_a_name_the_text_calls_a_town_is_the_town(tmp_path):
    """A town named after a leader is the town where the text calls it one, in apposition or as
    what the town is called; a person the text describes by a town's office stays a person."""
    root = converted(tmp_path, (
        "The cases come from around Frunze, the town that is again called Bishkek. "
        "From 1935 to 1958 their town was called Kaganovich. "
        "The village Vyatskoye is now named Zhdanov after the secretary. "
        "Sidorenko, the city procurator, signed the protest.\n"
    ))
    assert names(root, "placeName") == ["Frunze", "Bishkek", "Kaganovich", "Vyatskoye", "Zhdanov"]
    assert names(root, "persName") == ["Sidorenko"]


def test_an_offices_domain_with_of_inside_names_no_one(tmp_path):
    """A commissariat's domain may hold "of" itself ("Ways of Communication", "Posts and
    Telegraphs"): all of it is the office's, and only the name after it is its holder."""
    root = converted(tmp_path, (
        "By order of the People's Commissar of Ways of Communication, Comrade L. M. KAGANOVICH, the "
        "depots were checked. The Commissar of Posts and Telegraphs Rykov agreed.\n"
    ))
    assert names(root, "persName") == ["L. M. KAGANOVICH", "Rykov"]


def test_a_red_army_man_is_a_rank_not_the_army(tmp_path):
    """Translations render krasnoarmeets as "Red Army man": a soldier's rank before his name, where
    the army itself is not named; "the Red Army" alone still is."""
    root = converted(tmp_path, (
        "On the 3rd inst. Red Army man Pavel ZUBKO left his post; two Red Army men found him at dawn. "
        "He had served in the Red Army since 1931.\n"
    ))
    assert names(root, "orgName") == ["Red Army"]
    assert names(root, "persName") == ["Pavel ZUBKO"]


def test_a_camp_or_trust_named_by_its_stumps_in_capitals(tmp_path):
    """Signatures and headings print a camp's or a trust's compound name in capitals: it is still
    the institution, not a person nobody names elsewhere."""
    root = converted(tmp_path, (
        "Head of SEVZHELDORLAG NKVD\nCaptain of State Security ORLOVSKY\n\n"
        "See also: PECHORSTROI; KARLAG.\n"
    ))
    assert names(root, "orgName")[:2] == ["SEVZHELDORLAG", "NKVD"]
    assert "PECHORSTROI" in names(root, "orgName")
    assert names(root, "persName") == ["ORLOVSKY"]


def test_an_organ_opening_a_heading_in_capitals(tmp_path):
    """A letterhead in capitals opens with the organ, then its body: "PRESIDIUM OF THE … COURT" is
    the Presidium, the place and the court, as in small letters."""
    root = converted(tmp_path, (
        "PRESIDIUM OF THE OMSK REGIONAL COURT\nRULING No. 12-u-40/91\n\n"
        "PRESIDIUM OF THE SUPREME SOVIET OF THE USSR\n"
    ))
    assert names(root, "orgName") == ["PRESIDIUM", "REGIONAL COURT", "PRESIDIUM", "SUPREME SOVIET"]
    assert names(root, "placeName") == ["OMSK", "USSR"]


def test_a_red_works_or_kolkhoz_is_one_institution(tmp_path):
    """A works or a kolkhoz named "Red" and a noun in transliteration is one institution, not the
    town Krasny and a name; a place of two such words the gazetteers know stays the place."""
    root = converted(tmp_path, (
        "He was a fitter at the Krasny Proletary works until 1936. "
        "The kolkhoz Krasny Oktyabr of the village Sosnovka met twice. "
        "They were sent to Krasnaya Polyana.\n"
    ))
    assert names(root, "orgName") == ["Krasny Proletary", "Krasny Oktyabr"]
    assert names(root, "placeName") == ["Sosnovka", "Krasnaya Polyana"]


def test_a_leaders_name_borne_by_an_institute_or_a_garrisons_town(tmp_path):
    """A leader's surname before an institution's words ("the Kuibyshev Aviation Institute") is the
    town the institution is in, however many words stand between; a town before "garrison" is the
    town, though the lists know it as a forename."""
    root = converted(tmp_path, (
        "Students of the Kirov Pedagogical Institute helped. Rumours spread in the Lida garrison. "
        "Kirov spoke.\n"
    ))
    assert "Lida" in names(root, "placeName")
    assert any(name.endswith("Pedagogical Institute") for name in names(root, "orgName"))
    assert names(root, "persName") == ["Kirov"]  # the speaker only


def test_the_security_polices_streets_and_prisons_named_bare(tmp_path):
    """Memoirs and petitions name the streets and prisons of the security police bare, as the genre
    knows them: each is a place."""
    root = converted(tmp_path, (
        "My mother queued for months on Shpalernaya and then on Liteiny; my father was moved from the "
        "Butyrka to the Lubyanka in May.\n"
    ))
    assert names(root, "placeName") == ["Shpalernaya", "Liteiny", "Butyrka", "Lubyanka"]


def test_the_polish_district_and_the_trials_hall_are_places(tmp_path):
    """The Polish national district dissolved in 1935 and the hall of the Moscow trials are places the
    genre names bare."""
    root = converted(tmp_path, (
        "Families from Marchlewszczyzna were deported in 1936; the accused were tried in the October "
        "Hall of the House of the Unions.\n"
    ))
    assert "Marchlewszczyzna" in names(root, "placeName")
    assert "House of the Unions" in names(root, "placeName")


def test_a_place_naming_a_people_is_no_place(tmp_path):
    """"Volga German" before a person's noun names a people, no place; before the word of a body or of
    a settlement the place is one of its own."""
    root = converted(tmp_path, (
        "He married the Volga German nurse Erna Vogt. "
        "Leaflets were found in the Kuban Cossack stanitsas.\n"
    ))
    assert names(root, "placeName") == ["Kuban"]
