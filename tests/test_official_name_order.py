"""Kinds of text the fourteenth round of issue 15 read (set P): a kolkhoz meeting's minutes, a
Special Board protocol, an NKVD report on a purge abroad and a liaison report, as official documents
print their names: the surname in capitals and first, a forename no list knows after it, initials
before a label, ranks kept in transliteration.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, date_values, names


def test_a_surname_in_capitals_before_a_rare_forename(tmp_path):
    """Minutes name members surname first, in capitals, with forenames of their own languages that no
    list holds: each is one person, the forename included."""
    root = converted(tmp_path, (
        "Speakers: GALIMOVA Raushaniya, milkmaid of the 1st brigade, and ZAKIROV Minnegali, groom.\n"
        "4. On the expulsion of KHAIRULLIN Shaimardan from the artel.\n"
        "A Japanese, Corporal TAKAHASHI Shoichi, was taken near the lake.\n"
    ))
    assert names(root, "persName") == [
        "GALIMOVA Raushaniya", "ZAKIROV Minnegali", "KHAIRULLIN Shaimardan", "TAKAHASHI Shoichi"]


def test_a_rare_hyphenated_forename_before_a_surname_in_capitals(tmp_path):
    """A Buryat or Mongolian double forename before a surname in capitals is part of the name."""
    root = converted(tmp_path, "Among those arrested were Dorzhi-Zhab BADMAYEV and Tsyren DUGAROV.\n")
    assert names(root, "persName") == ["Dorzhi-Zhab BADMAYEV", "Tsyren DUGAROV"]


def test_initials_end_a_name_before_the_next_fields_label(tmp_path):
    """A header lists officers as "SURNAME I. O." one after another: the next field's label after the
    initials is not part of the name; a surname before a colon still is."""
    root = converted(tmp_path, (
        "Chairman of the meeting: KHASANOV R. G. Secretary: IBRAGIMOVA F. Z.\n"
        "Sector head B. Kh. GAINULLIN: arrested 212.\n"
    ))
    assert names(root, "persName") == ["KHASANOV R. G.", "IBRAGIMOVA F. Z.", "B. Kh. GAINULLIN"]


def test_an_acronym_before_an_officials_initials(tmp_path):
    """An office "of the USSR" or of an acronym's body is followed by its holder's initials and
    surname: the state is a place, the holder a person."""
    root = converted(tmp_path, "Present: Deputy Procurator of the USSR G. N. SAFONOV\nDecided: to release.\n")
    assert names(root, "placeName") == ["USSR"]
    assert names(root, "persName") == ["G. N. SAFONOV"]


def test_ranks_kept_in_transliteration_before_a_name(tmp_path):
    """Translations keep Russian ranks ("polkovnik", "rotmistr") before a name in capitals that has
    no surname's ending: the rank is evidence of a person."""
    root = converted(tmp_path, (
        "His deputy, polkovnik TSERENDORJ, was detained the same night; "
        "the former rotmistr GURKO fled across the border.\n"
    ))
    assert names(root, "persName") == ["TSERENDORJ", "GURKO"]


def test_a_person_named_by_initials_alone(tmp_path):
    """Exiles' letters name their comrades by initials alone; two initials written apart are a person,
    letters written together an acronym."""
    root = converted(tmp_path, (
        "From L. D. himself there is nothing since July. We hear that Kh. G. has written from Astrakhan.\n"
        "The N.K.V.D. knows it all.\n"
    ))
    assert names(root, "persName") == ["L. D.", "Kh. G."]
    assert names(root, "orgName") == ["N.K.V.D."]


def test_republics_named_by_their_people_and_the_mongolian_acronym(tmp_path):
    """A report on the purge abroad names the Mongolian People's Republic and its acronym, and a
    kolkhoz's minutes a republic by its people: each is a place; "the Republic" alone names none."""
    root = converted(tmp_path, (
        "The operation in the Mongolian People's Republic was carried out by the Ministry of the MPR. "
        "His wife's father lived in Bugulma, in the Tatar Republic. The Republic needs grain.\n"
    ))
    assert names(root, "placeName") == ["Mongolian People's Republic", "MPR", "Bugulma", "Tatar Republic"]


def test_a_forename_alone_in_quotation_marks_is_a_cover_name(tmp_path):
    """A courier's report names its contacts by quoted forenames: each is a person, even where the
    quotation opens a sentence; a quoted word that is no forename stays untagged."""
    root = converted(tmp_path, (
        'In Oslo I gave "Konrad" the codes for May. "Konrad" says the seamen are watched. '
        'The brochure "Storm" was not printed.\n'
    ))
    assert names(root, "persName") == ["Konrad", "Konrad"]


def test_monasteries_and_the_units_of_mongolia(tmp_path):
    """A report on the purge in Mongolia names monasteries after "of" and provinces by their aimag:
    each is a place, not a person or an institution."""
    root = converted(tmp_path, (
        "Lamas were taken from the monasteries of Amarbayasgalant and Baruun-Khuree. "
        "The herdsmen of the Dornod aimag fled south.\n"
    ))
    assert names(root, "placeName") == ["Amarbayasgalant", "Baruun-Khuree", "Dornod aimag"]
    assert names(root, "persName") == [] and names(root, "orgName") == []


def test_a_village_named_before_its_farm_or_committee(tmp_path):
    """Minutes and a political report name a farm or a committee by its village: a word shaped like a
    village's name there is the village; a farm's own name stays an institution."""
    root = converted(tmp_path, (
        "The harness was taken by the Ivanovka kolkhoz. The chairman of the Petrovka committee fled. "
        "The Krasny Oktyabr collective farm sowed in time.\n"
    ))
    assert names(root, "placeName") == ["Ivanovka", "Petrovka"]
    assert names(root, "orgName") == ["Krasny Oktyabr"]


def test_places_at_a_rivers_mouth_and_a_camp_with_its_town(tmp_path):
    """Letters from exile name settlements at a river's mouth (Ust-) and exhibition labels a camp and
    its town: the settlements are places, the camp is an institution, neither a person."""
    root = converted(tmp_path, (
        "Comrades who came down from Ust-Tsilma say he is well; the parcel went on to Nizhne-Kolymsk.\n"
        "No. 4\n"
        "Steplag, Dzhezkazgan, about 1952\n"
        "The eastern sections were handed to the new Ust-Vymlag.\n"
    ))
    assert {"Ust-Tsilma", "Nizhne-Kolymsk"} <= set(names(root, "placeName"))
    assert {"Steplag", "Ust-Vymlag"} <= set(names(root, "orgName"))
    assert names(root, "persName") == []


def test_a_documents_date_with_its_issuer_is_no_future(tmp_path):
    """Minutes order what must be done and cite the resolution it answers: the cited resolution's day,
    its issuer named between, was before the meeting, whatever "must" says of the sentence."""
    root = converted(tmp_path, (
        "PROTOCOL No. 7\nof the general meeting of 12 May 1932\n\n"
        "Weeding must be finished by 10 June, as required by the resolution of the raion committee of 28 April.\n"
    ))
    whens = date_values(root)
    assert whens["10 June"] == "1932-06-10" and whens["28 April"] == "1932-04-28"


def test_a_title_cited_in_transliteration_names_nobody(tmp_path):
    """A thesis's notes cite Russian and Polish books by transliterated titles: a title's first word
    before one foreign word or a Slavic preposition, in a citation, is no person; the authors are."""
    root = converted(tmp_path, (
        "Notes\n"
        "¹ A. B. Lomov, Chekisty na Kubani, 1930–1934 gg. (Krasnodar: Kuban', 2008), 12–19.\n"
        "² Sibirskii martirolog, vol. 2 (Novosibirsk, 2001), 44.\n"
    ))
    assert names(root, "persName") == ["A. B. Lomov"]


def test_initials_after_an_institution_open_its_officials_name(tmp_path):
    """A report's signature names the official after his town's body, a compound word: the town, the
    body and the official are three names."""
    root = converted(tmp_path, "Chairman of the Saratov Gubcheka Ya. Frolov\nSecretary A. Kats\n")
    assert names(root, "placeName") == ["Saratov"]
    assert names(root, "orgName") == ["Gubcheka"]
    assert names(root, "persName") == ["Ya. Frolov", "A. Kats"]


def test_an_organ_of_a_body_the_authority_knows_is_two_names(tmp_path):
    """The genre authority knows "the Special Board of the NKVD" as one entry; the text names the
    board and the NKVD, two institutions, as GUIDELINES split "Central Committee of the CPSU (b)";
    a party named with its state stays one name."""
    root = converted(tmp_path, (
        "She was sentenced by the Special Board of the NKVD to eight years. The file lies in the "
        "Central Archive of the FSB. The Congress of the Communist Party of the Soviet Union met.\n"
    ))
    assert names(root, "orgName") == ["Special Board", "NKVD", "Central Archive", "FSB",
                                      "Communist Party of the Soviet Union"]
