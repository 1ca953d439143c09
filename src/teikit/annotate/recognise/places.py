"""Rules for places: gazetteer places, administrative units, and names a place by their context (a
kind of place, a preposition of location, a dateline, a year of birth, an imprint, a list of places,
a place word, a place's ending)."""

from __future__ import annotations

import re
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.classifier import Classifier, Phrase, place_kind, single
from teikit.annotate.recognise.quotations import inside_quotes
from teikit.annotate.recognise.tokens import NEAR, ORDINAL, Mention, Tok, char_before, inverted_forenames, is_initial, \
    numbered_acronym, opens_a_line, past_connectors, sentence_initial, short_of_connectors, tokens_up_to, \
    town_compound
from teikit.annotate.recognise.words import INDEFINITE_BEFORE, LOWERCASE_WORD_AFTER, ROMAN, adjective, \
    apposition_after, content_word, is_acronym, leaders_surname, listed, name_particle, persons_verb_after, place_ok, \
    possessive, stemmed_institution, title_word, unit_head
from teikit.authority import shipped_surnames


def gazetteer_place(phrase: Phrase) -> list[Mention] | None:
    """A place the gazetteers know, whole ("St. Petersburg", "Moscow"), also in the capitals of a
    heading or a dateline ("RIGA, Dec. 5", "THE LENINGRAD TRIAL"), unless a known acronym, an English
    word opening a sentence before "of" ("Reading of the names"), a forename after a word for a
    person ("daughter Sofia"), or a name a person's office follows ("Turar Ryskulov, deputy chairman")."""
    surface, classifier, run = phrase.surface, phrase.classifier, phrase.run
    if not_the_place(phrase):
        return None
    if place_ok(surface) or on_its_river(surface) or (surface.isupper() and surface not in lx.words("org-acronyms")
                             and any(c.isalpha() for c in surface) and place_ok(surface.title())):
        return [phrase.mention(run + unit_after(classifier, run), "place", "high")]
    return None


def town_compound_rule(phrase: Phrase) -> list[Mention] | None:
    """A town and its number or its part, hyphened, are a place's name: the closed towns of the atomic
    industry, known by their post names ("Chelyabinsk-40 (now Ozersk)"), a station, a quarter
    ("Moscow-Tovarnaya", "Munich-Pasing": `town_compound`)."""
    word = single(phrase)
    return [phrase.mention(phrase.run, "place", "high")] if word and town_compound(word) else None


def on_its_river(surface: str) -> bool:
    """A town the gazetteers know and the river it stands on: "Frankfurt an der Oder" (lexicon/river-particles)."""
    for particle in lx.entries("river-particles"):
        town, _, river = surface.partition(f" {particle} ")
        if river and " " not in river and place_ok(town):
            return True
    return False


def not_the_place(phrase: Phrase) -> bool:
    """What a gazetteer's name stands for here when it is not the place (`gazetteer_place`)."""
    return english_noun_opening(phrase) or forename_after_a_calling(phrase) or person_described_after(phrase) \
        or forename_before_an_initial(phrase) or surname_before_a_forename(phrase)


def surname_before_a_forename(phrase: Phrase) -> bool:
    """A town's name opening a list's line before a comma and one forename or initials that end the
    name is a surname of an inverted name, as rolls list members: "Kagan, Berl, teacher"; not a town
    and the full name of a person there ("Luga, Movsha Gurvich")."""
    toks, text, run = phrase.classifier.toks, phrase.classifier.text, phrase.run
    comma = run[-1] + 1
    if len(run) != 1 or comma >= len(toks) or toks[comma].text != "," or not opens_a_line(text, toks[run[0]].start):
        return False
    fore = inverted_forenames(toks, comma, text)
    return bool(fore) and sum(not is_initial(toks, k) and toks[k].text != "." for k in fore) <= 1


#: A middle initial and a surname after a word: "Lyman T. Proctor".
INITIAL_AND_SURNAME = re.compile(r" [A-Z]\. [A-Z][a-z]{2,}\b")


def forename_before_an_initial(phrase: Phrase) -> bool:
    """A one-word name that is also a town, right before a middle initial and a surname, is the
    forename of an English-speaking person: "Lyman T. Proctor, chief counsel"; not after a preposition
    of place ("in Tula A. Petrov was seen": lexicon/place-prepositions)."""
    classifier, run = phrase.classifier, phrase.run
    before = classifier.toks[run[0] - 1].text.lower() if run[0] > 0 else ""
    return len(run) == 1 and before not in lx.words("place-prepositions") \
        and bool(INITIAL_AND_SURNAME.match(classifier.text, classifier.toks[run[0]].end))


def forename_after_a_calling(phrase: Phrase) -> bool:
    """A forename that is also a town, right after a word for a person (lexicon/person-descriptions):
    "daughter Sofia, 22", "son Lev" name the family, not the towns."""
    toks, run = phrase.classifier.toks, phrase.run
    return len(run) == 1 and run[0] > 0 and phrase.surface in gz.first_names() \
        and toks[run[0] - 1].text in lx.words("person-descriptions")


def person_described_after(phrase: Phrase) -> bool:
    """A name of two words or more with a person's office or calling after it and a comma is the
    person's, though a place bears it: "Turar Ryskulov, deputy chairman of the Sovnarkom" (a district
    is named after him; lexicon/person-descriptions)."""
    calling = apposition_after(phrase.classifier.text, phrase.classifier.toks[phrase.run[-1]].end)
    return len(phrase.words) > 1 and calling in lx.words("person-descriptions")


def english_noun_opening(phrase: Phrase) -> bool:
    """An English word opening a sentence or a caption before "of" is the noun, not the town the
    gazetteers know by it: "Reading of the names at Butovo"; so is one before a word in small letters,
    unless the genre's lists name the town or it is a country or a metropolis ("Oral accounts gathered
    after 1991", "Reading aloud"; not "Samara at night", "Japan will help")."""
    classifier, run = phrase.classifier, phrase.run
    end = classifier.toks[run[-1]].end
    return gz.common_word(phrase.surface) and sentence_initial(classifier.text, classifier.toks, run[0]) \
        and (classifier.text.startswith(" of ", end)
             or LOWERCASE_WORD_AFTER.match(classifier.text, end) is not None
             and not gz.well_known_place(phrase.surface))


#: After a unit's name: more names of a list, then the unit word in the plural ("Keles, Saryagach
#: and Bostandyk raions"); group 1 is the unit word.
UNIT_LIST = re.compile(r"(?:,\s*[A-Z][\w‐'’-]*)*(?:,?\s+(?:and|or)\s+[A-Z][\w‐'’-]*)?"
                       rf"(?:\s+{lx.alternation(lx.entries('unit-qualifiers'))})?\s+(\w+)\b")  # "… national raions"



def military_district(phrase: Phrase) -> list[Mention] | None:
    """A military or border district is the army's command of it, an institution: "the Belorussian
    Military District", "the Zabaikal Border District" whole, with its adjective or a name no rule
    knows, or an English word that names an ocean too ("the Pacific Border District"); a town before it
    is its own ("the Kyiv Military District"); what stands before a connector is named again ("the
    Special Department of the …")."""
    words, run = phrase.words, phrase.run
    start = len(run) - 2
    while start > 0 and (adjective(words[start - 1]) or listed("common-caps", words[start - 1])
                         or words[start - 1][:1].isupper() and gz.common_word(words[start - 1])):
        start -= 1
    joins = [p for p in range(start) if words[p] in lx.words("connectors")]
    last = joins[-1] if joins else -1
    while last > 0 and words[last - 1] in lx.words("connectors"):
        last -= 1  # "of the": both words join
    head, town = (run[:last], run[joins[-1] + 1:start]) if joins else ([], run[:start])
    named = [m for m in phrase.classify(town) if m.type != "person?"]
    if town and not named:
        start = run.index(town[0])  # a name no rule knows is the district's own: "the Zabaikal Military District"
    return phrase.classify(head) + named + [phrase.mention(run[start:], "org", "medium")]


def unit_before_its_name(phrase: Phrase) -> list[Mention] | None:
    """A unit of another state's administration before its name of one or two words, as German, Polish
    and Romanian divisions are written: "Kreis Gotha", "the Land Thuringia", "Bezirk Potsdam"
    (lexicon/unit-leads): a place; not before a common word or a body's word ("the Land Reform
    Commission", "Land Department")."""
    words = phrase.words
    if not 2 <= len(words) <= 3 or words[0] not in lx.words("unit-leads") or any(
            not w[:1].isupper() or gz.common_word(w) or listed("org-words", w) or is_acronym(w) for w in words[1:]):
        return None
    return [phrase.mention(phrase.run, "place", "high")]


def administrative_unit(phrase: Phrase) -> list[Mention] | None:
    """Administrative units are places: "Kalmyk ASSR", "Far Eastern Krai", "Tula oblast", "Posyet raion".

    A capitalised unit word ends the unit's name inside the phrase (after its last "of the", unless
    that leaves the unit word alone: "Union of SSR"); a lowercase one right after the phrase is part
    of it; in the plural after a list, it makes each name of the list a place, capitalised too in a
    heading ("the Akhaltsikhe and Adigeni Raions"). A unit word and "of" opening the name are the
    unit's too: "the Republic of Adygeya", "County of Monmouth".
    """
    classifier, run = phrase.classifier, phrase.run
    toks, text = classifier.toks, classifier.text
    words = phrase.words
    if len(words) >= 2 and listed("command-words", words[-2]) and unit_head(words[-1]):
        return military_district(phrase)
    for pos in range(1, len(run) - 1):
        if toks[run[pos]].text[:1].isupper() and unit_head(toks[run[pos]].text) and is_initial(toks, run[pos + 1]):
            # "the Moscow Region N. MASLOV": the unit ends before the initials of the person who signs for it
            return phrase.classify(run[:pos + 1]) + phrase.classify(run[pos + 1:])
    if len(run) > 2 and words[0][:1].isupper() and unit_head(words[0]) and words[1] == "of" \
            and all(toks[k].cap for k in run[2:]) and not any(listed("org-words", w) for w in words[2:]):
        return [phrase.mention(run, "place", "high")]  # "the Republic of Adygeya", "County of Monmouth"
    fused = next((p for p, w in enumerate(words) if fused_unit(w)), None)
    if fused is not None:  # "KazSSR Tulegenova": the republic, then a name
        return phrase.classify(run[:fused]) + [phrase.mention(run[fused:fused + 1], "place", "high")] + \
            phrase.classify(run[fused + 1:])
    if len(run) > 3 and words[-3:-1] == ["of", "the"] and unit_head(words[-1]) \
            and not any(listed("place-heads", w) for w in words[:-3]):
        return phrase.classify(run[:-3])  # "Hero of the Republic", "The Sword of the Republic": no unit named;
        # "the Bridge of the Republic" is a bridge's name
    joined = [p for p, w in enumerate(words[:-1]) if w in lx.words("list-joiners")]
    if len(joined) == 1 and 0 < joined[0] < len(run) - 2 and words[-1][:1].isupper() and \
            unit_head(words[-1].lower(), plural=True):  # a heading's "the Akhaltsikhe and Adigeni Raions"
        return [phrase.mention(run[:joined[0]], "place", "medium"),
                phrase.mention(run[joined[0] + 1:-1], "place", "medium")]
    if joined and joined[0] > 1 and words[joined[0] - 1][:1].isupper() and unit_head(words[joined[0] - 1]):
        # "for Chernovtsy Oblast and Western Ukraine": the unit closes the first name of the list
        return phrase.classify(run[:joined[0]]) + phrase.classify(run[joined[0] + 1:])
    if len(run) > 1 and words[-1][:1].isupper() and unit_head(words[-1]):
        joins = [p for p, w in enumerate(words) if w in lx.words("connectors")]
        cut = joins[-1] + 1 if joins and joins[-1] < len(run) - 2 else 0
        before = short_of_connectors(toks, run[:cut])
        named = after_acronyms(toks, run, cut, len(run) - 2)
        return phrase.classify(before) + phrase.classify(run[cut:named]) + [phrase.mention(run[named:], "place", "high")]
    head = unit_after(classifier, run)
    if head and all(gz.people(w) for w in words) and (
            INDEFINITE_BEFORE.search(text, max(0, toks[run[0]].start - 4), toks[run[0]].start)
            or head[-1] + 1 < len(toks) and toks[head[-1] + 1].cap
            and not listed("function-words", toks[head[-1] + 1].text)):
        return []  # "a Polish district was set up": a kind of district, not one named; "the Japanese station
        # Syowa": the kind, then the name
    if all(listed("common-caps", w) or listed("function-words", w) for w in words):
        unit = [toks[k].text.title() for k in head]
        if head and " ".join([*words, *unit]) in gz.places():  # "Western oblast", as "Northern krai"
            return [phrase.mention(run + head, "place", "high")]
        return None  # "the Western region": no name
    owner = possessive(words)
    if head and owner is not None and owner[0] and owner[1] < len(run):  # "Moscow's Yaroslavsky station"
        return phrase.classify(run[:owner[0]]) + [phrase.mention(run[owner[1]:] + head, "place", "medium")]
    if head:  # "the UNKVD for the Odessa oblast": the unit is what follows the connector
        named = after_acronyms(toks, run, 0, len(run) - 1)
        return unit_after_connector(phrase, head) or \
            phrase.classify(run[:named]) + [phrase.mention(run[named:] + head, "place", "medium")]
    listed_units = UNIT_LIST.match(text, toks[run[-1]].end, toks[run[-1]].end + NEAR)
    if any(is_initial(toks, k) for k in run):
        listed_units = None  # "V. V. Orekhov passes sentence": a person's initials, and a verb
    if listed_units and listed_units.group(1).islower() and (
            unit_head(listed_units.group(1), plural=True)  # "the Keles and Saryagach raions"
            or unit_head(listed_units.group(1)) and re.search(r"\sor\s", listed_units.group()) is not None):
        # "from your district (Motovilikhinsky, Leninsky or Kirovsky district)": one of them, each a unit
        if (each := each_of_a_list(phrase)) is not None:  # "the Keles and Saryagach raions": each a place
            return each
        parts = known_places_in_a_row(words)
        if parts and len(parts) > 1:  # a telegram's "LUGA NOVGOROD KINGISEPP RAIONS": no commas, each a place
            return [phrase.mention(run[a:b], "place", "medium") for a, b in parts]
        # "the UNKVD of the Lvov, Tarnopol and Stanislav oblasts": the list follows the connector
        return unit_after_connector(phrase, []) or [phrase.mention(run, "place", "medium")]
    return None


def dotted_unit(phrase: Phrase) -> list[Mention] | None:
    """A unit word written in initials with their stops ends a unit's name as it does without them:
    "the Tajik S.S.R.", "the Chechen-Ingush A.S.S.R." (lexicon/unit-heads: SSR, ASSR); what a connector
    opens before the name is named on its own ("the Organising Committee for the …")."""
    toks, run = phrase.classifier.toks, phrase.run
    at, letters = len(run), ""
    while at >= 2 and toks[run[at - 1]].text == "." and is_initial(toks, run[at - 2]):
        at -= 2
        letters = toks[run[at]].text + letters
    if len(letters) < 3 or not unit_head(letters):
        return None
    joins = [p for p in range(at) if toks[run[p]].text in lx.words("connectors")]
    start = joins[-1] + 1 if joins else 0
    while start < at and toks[run[start]].text in lx.words("function-words"):
        start += 1  # "The Kalmyk A.S.S.R. was abolished"
    if start >= at:
        return None  # "the Union of S.S.R.": no name before the unit word
    return phrase.classify(short_of_connectors(toks, run[:start])) + [phrase.mention(run[start:], "place", "high")]


def known_places_in_a_row(words: list[str]) -> list[tuple[int, int]] | None:
    """`words` cut into places the gazetteers know, of one or two words each ("Borovichi", "Staraya
    Russa"), as (first, past-last) positions; None if some word is left over."""
    parts: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        size = next((n for n in (2, 1) if at + n <= len(words)
                     and " ".join(w.title() if w.isupper() else w for w in words[at:at + n]) in gz.places()), 0)
        if not size:
            return None
        parts.append((at, at + size))
        at += size
    return parts


def after_acronyms(toks: list[Tok], run: list[int], start: int, stop: int) -> int:
    """The first position from `start` (at most `stop`) past the acronyms in capitals that open a unit's
    name, as lists of addressees print a body before its unit: "UNKVD Voronezh Oblast", "UNKVD Ternopol
    obl."."""
    named = start
    while named < stop and toks[run[named]].text.isupper() and is_acronym(toks[run[named]].text):
        named += 1
    return named


def unit_after_connector(phrase: Phrase, head: list[int]) -> list[Mention] | None:
    """An institution, a connector, then a unit's name (and its unit word `head`): the institution is
    named again by the rules and the unit is a place; None when no connector cuts the phrase."""
    toks, run = phrase.classifier.toks, phrase.run
    joins = [p for p, w in enumerate(phrase.words) if w in lx.words("connectors")]
    if not joins or joins[-1] >= len(run) - 1:
        return None
    return phrase.classify(short_of_connectors(toks, run[:joins[-1]])) \
        + [phrase.mention(run[joins[-1] + 1:] + head, "place", "medium")]


@cache
def fused_unit_pattern() -> re.Pattern[str]:
    """Letters, then a unit word in capitals (lexicon/unit-heads: SSR, ASSR)."""
    heads = [head for head in lx.entries("unit-heads") if head.isupper() and len(head) > 2]
    return re.compile(rf"[^\W\d_]+{lx.alternation(heads)}")


def fused_unit(word: str) -> bool:
    """A republic's abbreviation that ends in a unit word in capitals: "KazSSR", "UzSSR", "BSSR"."""
    return fused_unit_pattern().fullmatch(word) is not None and not unit_head(word)


def unit_after(classifier: Classifier, run: list[int]) -> list[int]:
    """The lowercase unit word right after a run ("Tula oblast", "Kazakhstan region"), if any."""
    toks, after = classifier.toks, run[-1] + 1
    words = []
    while after < len(toks) and toks[after].text in lx.words("unit-qualifiers"):
        words.append(after)  # "the Mordovian autonomous oblast"
        after += 1
    if after < len(toks) and toks[after].text.islower() and unit_head(toks[after].text) \
            and all(classifier.text[toks[k - 1].end:toks[k].start] == " " for k in [*words, after]):
        return [*words, after]
    return []


def before_list(classifier: Classifier, first: int) -> int:
    """The token before the list of capitalised names whose member starts at `first` ("stations of
    Ishim, Tara and Tatarsk": "of"), or before `first` itself when it is in no list; -1 at the start."""
    toks, k = classifier.toks, first - 1
    floor = toks[first].start - NEAR
    while k >= 1 and toks[k].start >= floor and toks[k].text in (",", "and", "or"):
        back = k - (2 if toks[k - 1].text == "," else 1)
        member = back
        while back >= 0 and (toks[back].cap and not listed("function-words", toks[back].text)
                             or toks[back].text in ("-", "‐")):
            back -= 1  # "In Vinnitsa, Uman and Berdichev": the list's preposition opens the sentence
        if back == member or word_for_a_person(toks[member].text):
            break  # "At the station Father, Antanas Petrauskas": a word for a person opens no list of places
        k = back
    return k


def word_for_a_person(word: str) -> bool:
    """A title or a word for a relative, capitalised as a memoir writes it: "Father", "Mother"
    (lexicon/titles)."""
    return listed("titles", word) or word.lower() in lx.words("titles")


def kind_of_place_before(classifier: Classifier, first: int) -> bool:
    """A word for a kind of place and "of" before the name, or before the list it closes: "the
    village of Lozovka", "the stations of Ishim, Tara and Tatarsk" (lexicon/place-nouns: a list after
    the plural only; "the village of Lozovka, Ivan Petrov" names its man); or the
    word alone after "the" or a bracket, or after either and one word (the people who live there, the
    place's state): "the villages Voknavolok, Kimasozero and Lusalma", "the Talysh villages Shikhlar",
    "(former colonies Halbstadt and Gnadenfeld)", "(villages Glyaden, Orlovo)", or after a preposition of
    place, as translations drop the article ("in settlement Maikuduk"; not a word for its people: "to
    resident PETROV"); or the word and a
    bracket that holds only names: "the Cossack stanitsas (Kagalnitskaya, Mechetinskaya)", not a
    citation ("the Kuntsevo district (Vatlin 2004)"); or a Russian word for a settlement straight
    before it, or its abbreviation: "stanitsa Ust-Labinskaya", "s. Stryzhavka" (lexicon/settlement-leads).
    The word for the kind may be two ("the camp points of Shturmovoi and Mylga")."""
    k = before_list(classifier, first)
    toks = classifier.toks
    abbreviated = k >= 1 and toks[k].text == "." and toks[k - 1].text.islower() \
        and classifier.text[toks[k - 1].start - 1:toks[k - 1].start] in ("", " ", "\n", '"', "“", "(")
    lead = toks[k - 1].text + "." if abbreviated else toks[k].text.lower() if k >= 0 else ""
    # "s. Stryzhavka": a village abbreviated, as files write it; not "Garanin's. Survivors"
    if lead in lx.words("settlement-leads"):
        return toks[first].text not in lx.words("titles")  # "the station Commandant Ivanov" is a person
    if k >= 1 and toks[k].text == "(" and any(form in lx.words("place-nouns") for form in gz.singulars(toks[k - 1].text)):
        return BRACKET_OF_NAMES.match(classifier.text, toks[first].start) is not None
    kind = toks[k - 1].text if k >= 1 else ""
    if k >= 1 and sentence_initial(classifier.text, toks, k - 1):
        kind = kind.lower()  # "Villages of Lozovka and Stoianiv were surrounded."
    if kind.isupper() and toks[k].text == "OF" and kind.lower() in lx.words("town-nouns") \
            and not gz.common_word(toks[first].text.title()):
        kind = kind.lower()  # a heading in capitals: "THE COMMANDANT OF THE CITY OF DALNY"; not "OF NEW YORK"
    kinds = {kind, f"{toks[k - 2].text} {kind}" if k >= 2 else kind}  # "the camp points of Mylga"
    one_place_named = k < first - 1 and gz.singulars(kind)[1:] == []
    return k >= 1 and (toks[k].text.lower() == "of" and bool(kinds & lx.words("place-nouns")) and not one_place_named
                       or kind_of_place(toks[k].text) and (
                           toks[k - 1].text in ("the", "(") or toks[k - 1].text in lx.words("place-prepositions")
                           and not any(form in lx.words("person-descriptions") for form in gz.singulars(toks[k].text))
                           or k >= 2 and toks[k - 2].text in ("the", "(")
                           and (toks[k - 1].cap or toks[k - 1].text.isalpha() and toks[k - 1].text.islower())
                           or toks[k - 1].text == "," and gz.singulars(toks[k].text)[1:] != []))
    # "Lenkoran raion, villages Gumbashi, Kijaba, Liman": the kind in the plural after a comma


def kind_of_place(word: str) -> bool:
    """A word for a kind of place (lexicon/place-nouns), or a unit's word in small letters and the plural,
    which translations put before the names as Russian does: "the sumons Solchur and Khandagaity",
    "the raions Ilyinsky and Kirovsky" (lexicon/unit-heads)."""
    return word in lx.words("place-nouns") or word.islower() and unit_head(word, plural=True)


@cache
def place_label_before() -> re.Pattern[str]:
    """A field label opening a line, its colon and maybe a hedge, right before a name: "Place: ",
    "Venue: ", "Place of birth: probably " (lexicon/place-labels, place-label-hedges)."""
    labels = lx.alternation(lx.entries("place-labels"))
    hedges = lx.alternation(lx.entries("place-label-hedges"))
    return re.compile(rf"(?:^|\n)[ \t]*{labels}:[ \t]*(?:{hedges}[ \t]+)?$")


def region_code_after_body(phrase: Phrase) -> list[Mention] | None:
    """A region's abbreviation right after the acronym of one of its bodies is the region: "UNKVD LO",
    "the UNKVD KhK", "Troika of the UNKVD KO" (lexicon/region-code-shapes, territorial-bodies); in a
    line in capitals a word of the language is no code ("SENT BY UNKVD TO MOSCOW")."""
    word, classifier = single(phrase), phrase.classifier
    i, toks = phrase.run[0], classifier.toks
    if not word or i == 0 or not lx.shapes("region-code-shapes").fullmatch(word):
        return None
    body = toks[i - 1]
    if not body.text.isupper() or body.text not in lx.words("territorial-bodies") \
            or classifier.text[body.end:toks[i].start] != " ":
        return None
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if gz.common_word(word) and len(after) > 1 and after.isupper():
        return None
    return [phrase.mention(phrase.run, "place", "medium")]


@cache
def address_state() -> re.Pattern[str]:
    """A state or province of an address: an abbreviation of lexicon/state-abbreviations with its full
    stops, a space allowed after the inner ones ("N. Y."), and no letter after it; or a name of
    lexicon/state-names in full ("Ohio", "New Jersey"), and no letter, apostrophe or capitalised word
    after it."""
    def abbreviated(entry: str) -> str:
        return r"\.[ ]?".join(map(re.escape, entry.split(".")[:-1])) + r"\."
    abbreviations = sorted(map(abbreviated, lx.entries("state-abbreviations")), key=len, reverse=True)
    names = sorted((r"[ ]+".join(map(re.escape, name.split())) for name in lx.entries("state-names")), key=len,
                   reverse=True)
    return re.compile("(?:" + "|".join(abbreviations) + r")(?!\w)|(?:" + "|".join(names) + r")(?![\w'’]|[ ]+[A-Z])")


#: Up to three capitalised words and a comma right before an address's state: "Rosthern, " in
#: "Rosthern, Sask.", "Rapid City, " in "Rapid City, S.D."; group 1 the words.
TOWN_AND_COMMA = re.compile(r"((?:[^\W\d_][\w'’-]*[ \t]){0,2}[^\W\d_][\w'’-]*)(?:[ \t]\d{1,2})?,[ \t]+$")
#: How far back before a state's abbreviation its town, its postal zone maybe ("Brooklyn 1, N.Y."), and comma
#: are looked for (three words).
TOWN_REACH = 60
#: The comma between a town and its state.
COMMA_BEFORE_STATE = re.compile(r",[ \t]+")
#: A state's abbreviation of initials only ("R.I.", "N. S."), which a person's initials after a surname
#: and its comma share ("SHEININA, R. I.").
INITIALS_ONLY = re.compile(r"(?:[A-Z]\.[ ]?)+")


def town_and_state(town: str, state: str) -> bool:
    """An address's town and its state: any capitalised town before a word's abbreviation ("Herbert,
    Sask."), a known one before initials that could be a person's ("Washington, D.C.", not
    "Khrushchev, N. S.")."""
    return INITIALS_ONLY.fullmatch(state) is None or any(
        place_ok(" ".join(town.split()[k:])) for k in range(len(town.split())))


def state_after_its_town(phrase: Phrase) -> list[Mention] | None:
    """An American state or a Canadian province, abbreviated or in full, after a town and its comma, as
    addresses write them ("Rosthern, Sask.", "Mountain Lake, Minn.", "Euclid, Ohio"), is a place with
    its stop."""
    toks, text, run = phrase.classifier.toks, phrase.classifier.text, phrase.run
    start = toks[run[0]].start
    found = address_state().match(text, start)
    if found is None:
        return None
    town = TOWN_AND_COMMA.search(text, max(0, start - TOWN_REACH), start)
    if town is None or not town_and_state(town.group(1), found.group()):
        return None
    rest = [k for k in run if toks[k].start >= found.end()]
    return [phrase.mention(tokens_up_to(toks, run[0], found.end()), "place", "high")] \
        + (phrase.classify(rest) if rest else [])


def town_before_its_state(phrase: Phrase) -> list[Mention] | None:
    """A name before a comma and a state or province, abbreviated or in full, is the town of an address:
    "Herbert, Sask." (a town, not the forename), "Reedley, Calif.", "Cleveland, Ohio", unless a word of
    the name is an organisation's ("Columbia University, New York": the body, then the town); so is a
    town the gazetteers know opening a line before its region, as a caption's dateline writes it:
    "ORDZHONIKIDZE, NORTH OSSETIAN AUTONOMOUS REGION —"."""
    toks, text, run = phrase.classifier.toks, phrase.classifier.text, phrase.run
    if phrase.surface.title() in gz.places() and opens_a_line(text, toks[run[0]].start) \
            and region_after(text, toks[run[-1]].end):
        return [phrase.mention(run, "place", "high")]
    comma = COMMA_BEFORE_STATE.match(text, toks[run[-1]].end)
    state = address_state().match(text, comma.end()) if comma else None
    if state is None or not all(toks[k].cap for k in run) or not town_and_state(phrase.surface, state.group()) \
            or any(listed("org-words", word) for word in phrase.words):
        return None
    return [phrase.mention(run, "place", "high")]


#: A postal code or district after a town and its optional comma, as British and German addresses
#: write it: "Lincoln LN2 4PD", "London W5", "London, W.1.", "London N.W.6", "Berlin SW 68".
POSTAL_CODE = re.compile(r",?[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|(?:[NSEW][EW]?|[EW]C)\d{1,2}[A-Z]?"
                         r"|(?:[NS][OW]?|[OW]|SO|C)[ \t]\d{1,2}|(?:[NSEW]\.){1,2}[ \t]?\d{1,2})(?![\w-])")


def town_before_its_postcode(phrase: Phrase) -> list[Mention] | None:
    """One or two capitalised words right before a postal code or district are the town of an address:
    "14 Cedar Close, Lincoln LN2 4PD" (not the forename), "London N.W.6"; what follows the code is read
    on its own."""
    toks, text, run = phrase.classifier.toks, phrase.classifier.text, phrase.run
    for size in range(1, min(2, len(run)) + 1):
        town = run[:size]
        code = POSTAL_CODE.match(text, toks[town[-1]].end)
        if code is not None and all(toks[k].cap and toks[k].text.isalpha() and not gz.common_word(toks[k].text)
                                    for k in town):
            rest = [k for k in run if toks[k].start >= code.end()]
            return [phrase.mention(town, "place", "high")] + (phrase.classify(rest) if rest else [])
    return None


def place_after_its_label(phrase: Phrase) -> list[Mention] | None:
    """The first name after a field label that says a place follows is that place: "Place: Inta,
    Minlag", "Venue: Estonian National Museum, Muuseumi tee 2", as catalogues and programmes print
    their fields; a building named like an institution is where things happened there."""
    classifier, run = phrase.classifier, phrase.run
    start = classifier.toks[run[0]].start
    if phrase.title or not place_label_before().search(classifier.text, max(0, start - 60), start):
        return None
    m = phrase.mention(run, "place", "medium")
    m.reason = "the first name after a label that says a place follows"
    return [m]


#: A bracket's rest that holds names only, joined by commas or "and": "Kagalnitskaya, Mechetinskaya)".
BRACKET_OF_NAMES = re.compile(r"[A-Z][\w‐-]*(?:(?:,\s*|,?\s+and\s+)[A-Z][\w‐-]*)*\)")


def each_of_a_list(phrase: Phrase) -> list[Mention] | None:
    """The names of a list the phrase joins with "and" or "or" (lexicon/list-joiners), each classified
    afresh from the first rule; None if the phrase joins none."""
    joined = next((p for p, w in enumerate(phrase.words) if w in lx.words("list-joiners")), None)
    if joined is None:
        return None
    return phrase.classify(phrase.run[:joined]) + phrase.classify(phrase.run[joined + 1:])


def place_by_kind(phrase: Phrase) -> list[Mention] | None:
    """A name after a word for a kind of place is a place: "in the village of Balanda", "the
    stations of Kokchetav and Atbasar"; a village is often named like a surname. A word in capitals
    after a name in ordinary case is no part of it: a signature's surname ("of the city of Tiflis OZOLS")."""
    words, run, toks = phrase.words, phrase.run, phrase.classifier.toks
    last_of_list = run[0] > 0 and toks[run[0] - 1].text in lx.words("list-joiners")  # "of Mahala and Boian"
    if any(listed("org-words", w) for w in words) or not kind_of_place_before(phrase.classifier, run[0]) \
            or (len(words) == 1 and word_for_a_person(words[0])) \
            or (len(words) == 1 and adjective(words[0]) and not last_of_list
                and (gz.people(words[0]) or LOWERCASE_WORD_AFTER.match(phrase.classifier.text, toks[run[0]].end))) \
            or (len(words) == 1 and words[0] not in gz.places() and stemmed_institution(words[0])
                and not town_noun_of().search(phrase.classifier.text, max(0, toks[run[0]].start - 20),
                                              toks[run[0]].start)) \
            or (len(words) == 1 and words[0].isupper() and is_acronym(words[0]) and words[0] not in gz.places()):
        return None  # "the village of Ozarintsy, Ukrainian, …": the adjective after the name is no village,
        # but a name that only ends like one is ("the villages of Berdyanish, Satlykovo and Galikaevo");
        # "the wells of Sakhalinneft": a trust's (lexicon/institution-stems), not "the village of Tsugol";
        # "the Frunze city OPH": a hospital
    if (each := each_of_a_list(phrase)) is not None:  # "the stations of Kokchetav and Atbasar": each a place
        return each
    capitals = next((k for k, w in enumerate(words) if k and w.isupper() and len(w) > 1), None)
    if capitals is not None and not words[0].isupper():  # "the city of Tiflis OZOLS": the town, its officer
        return [phrase.mention(run[:capitals], "place", "medium")] + phrase.classify(run[capitals:])
    return [phrase.mention(run, "place", "medium")]


#: A noun for a town or a settlement (lexicon/town-nouns), as a pattern to build on.
TOWN_NOUNS = lx.alternation(lx.entries("town-nouns"))


@cache
def town_noun_of() -> re.Pattern[str]:
    """A noun for a town or settlement and "of" right before a name: "the village of " (lexicon/town-nouns)."""
    return re.compile(rf"\b{TOWN_NOUNS} of $")


def place_after_its_settlement_word(phrase: Phrase) -> list[Mention] | None:
    """A Russian word for a settlement opening the phrase capitalised, as a list's item or a sentence
    begins with it, before the name: "Stanitsa Krymskaya", "Stanitsas Labinskaya and Otradnaya", "Aul
    Shali" (lexicon/settlement-leads). The word is no part of the name, and each name after it is a
    place, shaped like a woman's surname or not; not an office ("Station Commandant Ivanov")."""
    words, run = phrase.words, phrase.run
    if len(run) < 2 or not words[0][1:].islower() or words[0].lower() not in lx.words("settlement-leads") \
            or words[1] in lx.words("titles") or any(listed("org-words", w) for w in words[1:]) \
            or words[0] in lx.words("numbered-sites") and words[1] == "No":
        return None  # "aul No. 4": a site named by its number keeps its word (numbered-unit)
    names: list[list[int]] = [[]]
    for k, word in zip(run[1:], words[1:]):
        if word in lx.words("list-joiners"):
            names.append([])
        else:
            names[-1].append(k)
    return [phrase.mention(name, "place", "medium") for name in names if name]


#: After the publisher of a bibliography's imprint: a comma and the year.
IMPRINT_YEAR = re.compile(r",\s*(?:1[5-9]|20)\d\d\b")

#: After the place of a bibliography's imprint: a colon, the publisher, a comma and the year
#: ("Ithaca: Cornell University Press, 2001", "Moscow: ROSSPEN, 2004").
IMPRINT = re.compile(r"\s*:\s*[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|and|the|for|de|du|la|di))*" + IMPRINT_YEAR.pattern)


def imprint(phrase: Phrase) -> list[Mention] | None:
    """The place of publication of a bibliography's entry: "Ithaca: Cornell University Press, 2001", also
    in the brackets of a note's citation ("(Ithaca: Cornell University Press, 2001)")."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if any(listed("org-words", w) for w in phrase.words) or char_before(classifier.text, start, " ") not in ".(\n\"”" \
            or not IMPRINT.match(classifier.text, end) \
            or (len(phrase.words) == 1 and gz.common_word(phrase.words[0])):  # "Reference: LVVA, 1822" is a label
        return None
    return [phrase.mention(run, "place", "medium")]


def place_after_cut(phrase: Phrase) -> list[Mention] | None:
    """A gazetteer place once the function word before it is cut off ("In Moscow"); after a title it is a
    person's surname that a town bears too ("Comrade Kapsukas", "Comrade Frunze")."""
    if not phrase.title and place_ok(phrase.surface) and not not_the_place(phrase):
        return [phrase.mention(phrase.run + unit_after(phrase.classifier, phrase.run), "place", "high")]
    return None


def locative_before(classifier: Classifier, k: int) -> bool:
    """Token `k` puts what follows in a place: a preposition of location (lexicon/locative-prepositions:
    "in", "near"), "of" after a person's name, a verb of arriving ("reached": lexicon/arrival-verbs),
    or "to", "from", "into" or "for" after a verb of going (lexicon/motion-verbs: "deported to", "fled
    from", "left for"; lexicon/motion-prepositions), with "back" or "away" between at most
    (lexicon/motion-particles), after a word for a way ("the line to": lexicon/route-nouns) or after
    the other end of the journey ("came to Gavrilovka from")."""
    toks = classifier.toks
    if k < 0:
        return False
    word = toks[k].text.lower()
    if word in lx.words("locative-prepositions") or word in lx.words("arrival-verbs"):
        return True
    person = k - 2 if k >= 2 and toks[k - 1].text == "," else k - 1
    if word == "from" and person >= 0 and described_person_before(toks[person].text):
        return True  # "a lumberjack from Kontupohja", "the tram driver Kiknadze from Nadzaladevi", "Gurvich, from"
    if of_a_person(classifier, k) or of_its_people(classifier, k):
        return True  # "Juhani Kurki of Toksova", "Rakhil Gurvich of Odessa", "peasants of Lykhny"
    if word not in lx.words("motion-prepositions"):
        return False
    verb = word_before_particles(toks, k - 1)
    return verb >= 0 and (toks[verb].text.lower() in lx.words("motion-verbs")
                          or toks[verb].text.lower() in lx.words("route-nouns")
                          or other_end_of_a_journey(classifier, verb))


def word_before_particles(toks: list[Tok], k: int) -> int:
    """Token `k`, or the last token before it that is no particle of motion ("went back to") nor a means of
    going ("brought by rail to", "taken under escort to": lexicon/means-of-travel), or -1."""
    while k >= 0:
        if toks[k].text in lx.words("motion-particles"):
            k -= 1
        elif k >= 1 and f"{toks[k - 1].text} {toks[k].text}".lower() in lx.words("means-of-travel"):
            k -= 2
        else:
            return k
    return k


def name_start(toks: list[Tok], last: int) -> int:
    """The first token of the capitalised words that end at token `last`."""
    first = last
    while first > 0 and toks[first - 1].cap and toks[first - 1].end + 1 >= toks[first].start:
        first -= 1
    return first


def other_end_of_a_journey(classifier: Classifier, last: int) -> bool:
    """The name ending at token `last` is where a journey went or came from, so the next "from" or
    "to" names its other end: "came to Gavrilovka from Saratov", "reached Sosnovka from Saratov"."""
    toks = classifier.toks
    first = name_start(toks, last)
    if not toks[last].cap or first == 0:
        return False
    if toks[first - 1].text.lower() in lx.words("arrival-verbs"):
        return True
    if toks[first - 1].text.lower() not in ("to", "from", "into"):
        return False
    verb = word_before_particles(toks, first - 2)
    return verb >= 0 and toks[verb].text.lower() in lx.words("motion-verbs") | lx.words("route-nouns")


def of_a_person(classifier: Classifier, k: int) -> bool:
    """Token `k` is "of" right after a person's name, a forename and surname or a surname's shape: what
    follows is where the person lives or comes from ("Juhani Kurki of Toksova"). Nobody is "of" a
    person after their own name."""
    toks = classifier.toks
    if k < 1 or toks[k].text != "of" or not toks[k - 1].cap:
        return False
    return gz.surname_shaped(toks[k - 1].text) or (k >= 2 and toks[k - 2].cap and toks[k - 2].text in gz.first_names())


def of_its_people(classifier: Classifier, k: int) -> bool:
    """Token `k` is "of" after a plural for the people who live in a place ("peasants of Lykhny", "the
    elders of Shugnan": lexicon/people-of-a-place)."""
    toks = classifier.toks
    return k >= 1 and toks[k].text == "of" and toks[k - 1].text.lower() in lx.words("people-of-a-place")


def described_person_before(word: str) -> bool:
    """The word before "from" is a person or people, by what they do, by their people or by their
    surname: where they are from is a place ("teachers from Kamyshlov", "Germans from Elisabethtal":
    lexicon/person-descriptions, ethnonyms)."""
    return any(form in lx.words("person-descriptions") or compound_calling(form) for form in gz.singulars(word)) \
        or gz.people(word) or (word[:1].isupper() and gz.surname_shaped(word))


def compound_calling(word: str) -> bool:
    """A calling written as one word with what it works at: "schoolteacher", "steelworker",
    "lorry-driver" end in a calling of lexicon/person-descriptions of five letters or more."""
    return word.islower() and any(word.endswith(calling) and len(word) > len(calling) + 2
                                  for calling in lx.words("person-descriptions") if len(calling) >= 5)


def town_after_locative(phrase: Phrase) -> list[Mention] | None:
    """A town of the gazetteer that is also a surname is the town after a preposition of location:
    "in Kirov", "near Nikolaev" (lexicon/locative-prepositions), or before the level of an institution
    it names: "the Kalinin regional court" (lexicon/unit-adjectives); not the surname of a person the
    shipped authority knows that no list of the genre's towns holds ("the order came from Beria")."""
    classifier, run = phrase.classifier, phrase.run
    end = classifier.toks[run[-1]].end
    if phrase.title or phrase.surface not in gz.places() or classifier.text[end:end + 2] in ("'s", "’s") \
            or leaders_surname(phrase.surface):
        return None  # "in Kirov's speech": a possessive is a person's
    k = before_list(classifier, run[0])
    if not (locative_before(classifier, k) or (k >= 0 and named_alone_after_article(classifier, k, run))
            or unit_level_after(classifier.text, end)):
        return None
    return [phrase.mention(run + unit_after(classifier, run), "place", "medium")]


#: A bracket after a name that holds a unit of territory named by one to three capitalised words:
#: " (Timashevsky raion)", " (Kobryń powiat)"; group 1 is the unit word.
UNIT_IN_BRACKETS = re.compile(r" \((?:[^\W\d_][^\W\d_'’-]* ){1,3}([^\W\d_]+)\)")
#: A comma after a name, then a unit of territory named by one or two capitalised words: ", Adigeni raion";
#: group 1 is the unit word.
UNIT_AFTER_COMMA = re.compile(r", (?:[A-Z][^\W\d_'’-]* ){1,2}([^\W\d_]+)\b")


def place_before_its_unit(phrase: Phrase) -> list[Mention] | None:
    """A name followed by the small unit it lies in, in brackets, is a settlement: "Medvedovskaya
    (Timashevsky raion)", "Dywin (Kobryń powiat)", as reports locate a village or a stanitsa
    (lexicon/settlement-units: not an oblast, by which lists place delegates: "Ivanov (Tula oblast)");
    so is one word after which a comma gives it, as an address does ("Ude, Adigeni raion, Georgian SSR":
    80 places in the work sets' gold against 3 persons), unless shaped like a surname or an English word."""
    classifier, run = phrase.classifier, phrase.run
    end = classifier.toks[run[-1]].end
    unit = UNIT_IN_BRACKETS.match(classifier.text, end)
    word = single(phrase)
    if unit is None and word and not gz.surname_shaped(word) and not gz.common_word(word):
        unit = UNIT_AFTER_COMMA.match(classifier.text, end)
    if phrase.title or unit is None or unit.group(1).lower() not in lx.words("settlement-units") \
            or unit_head(phrase.words[-1]) \
            or not all(w[:1].isupper() and not w.isupper() for w in phrase.words):
        return None
    m = phrase.mention(run, "place", "medium")
    m.reason = f"the {unit.group(1)} it lies in, in brackets after it"
    return [m]


@cache
def other_places_after() -> re.Pattern[str]:
    """The rest of a list after a name, ending in "and other" and a plural noun (group 1): ", Dolinsk,
    Kholmsk and other raions"."""
    name = r"[A-Z][\w'’‐-]*(?:\s+[A-Z][\w'’‐-]*)?"
    return re.compile(rf"(?:\s*,\s*{name})*\s*,?\s+and\s+other\s+([a-z]+)\b")


def listed_before_other_places(phrase: Phrase) -> list[Mention] | None:
    """A name in a list that ends "and other raions" (towns, villages, districts) is a place of that kind,
    whatever its shape: "Makarov, Dolinsk, Kholmsk and other raions" (lexicon/place-nouns,
    settlement-units, unit-heads)."""
    classifier, run = phrase.classifier, phrase.run
    if phrase.title or not all(w[:1].isupper() for w in phrase.words):
        return None
    found = other_places_after().match(classifier.text, classifier.toks[run[-1]].end)
    kinds = lx.words("place-nouns") | lx.words("settlement-units") | lx.words("unit-heads")
    if found is None or not any(form in kinds for form in gz.singulars(found.group(1))):
        return None
    m = phrase.mention(run, "place", "medium")
    m.reason = f"listed before \"and other {found.group(1)}\""
    return [m]


@cache
def town_in_apposition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A town's noun after the name and its comma, then the end of the phrase or a word that goes on
    about the town ("Makharadze, the town that", "Kuibyshev, the town in Novosibirsk Oblast"; not
    "the city procurator" or "the town's mayor"); and the noun before "is called" or "named" with
    only auxiliaries and adverbs between ("our city is called Molotov", "the town Tver is now named
    Kalinin": lexicon/town-nouns, naming-auxiliaries, name-bearing-words)."""
    after = re.compile(rf",\s+the\s+(?:former\s+)?{TOWN_NOUNS}"
                       r"(?=[\s,.;)]+(?:that|which|where|in|of|on|near|whose|,|\.|;|\)))")
    before = re.compile(rf"\b{TOWN_NOUNS}(?:\s+[A-Z][\w‐-]*)?"
                        rf"(?:\s+{lx.alternation(lx.entries('naming-auxiliaries'))})*"
                        rf"\s+{lx.alternation(lx.entries('name-bearing-words'))}\s+$")
    return after, before


def called_a_town(text: str, start: int, end: int) -> bool:
    """Does the text call the name from `start` to `end` a town (`town_in_apposition`)?"""
    after, before = town_in_apposition()
    return after.match(text, end) is not None or before.search(text, max(0, start - 60), start) is not None


#: One or two capitalised words and an opening bracket right before a name: "Vladikavkaz (".
PLACE_THEN_BRACKET = re.compile(r"(?<![\w’'‐-])([A-Z][\w’'‐-]*(?: [A-Z][\w’'‐-]*)?) \($")


def bracketed_after_a_place(text: str, start: int, end: int) -> bool:
    """The name from `start` to `end` fills a bracket right after a place the gazetteers or a place's
    ending know: the place's other name ("Otomari (Korsakov)", "Samara (Kuibyshev)")."""
    before = PLACE_THEN_BRACKET.search(text, max(0, start - 60), start)
    return before is not None and text[end:end + 1] == ")" \
        and any(known_place(name) for name in (before.group(1), before.group(1).split()[-1]))


def town_named_in_apposition(phrase: Phrase) -> list[Mention] | None:
    """A name that the text calls a town, in apposition after it or as what a town is called, is the
    town: "Makharadze, the town that has again been called Ozurgeti", "our city is called Molotov"."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if phrase.title or not all(w[:1].isupper() for w in phrase.words) or not called_a_town(classifier.text, start, end):
        return None
    m = phrase.mention(run, "place", "medium")
    m.reason = "called a town by the text"
    return [m]


def unit_level_after(text: str, end: int) -> bool:
    """A level of territory and a noun in small letters after the name ending at `end`: "Kirov regional
    directorate", "Kalinin city committee" (lexicon/unit-adjectives); or a body of its own, "of" and what
    it belongs to after it or not: "the Saratov obkom", "the Tambov UNKVD", "the Kalinin obkom of the
    Union of Textile Workers" (lexicon/territorial-bodies)."""
    level = UNIT_LEVEL.match(text, end)
    if level is not None and level.group(1) in lx.words("unit-adjectives"):
        return True
    body = BODY_AFTER.match(text, end)
    return body is not None and body.group(1) in lx.words("territorial-bodies")


UNIT_LEVEL = re.compile(r" ([a-z]+) [a-z]")
BODY_AFTER = re.compile(r" (\w+)\b")


def named_alone_after_article(classifier: Classifier, k: int, run: list[int]) -> bool:
    """"the" before the name and no word after it but a function word: a river, a sea or a region
    ("over the Neva,", "along the Ishim.", "down the Lena for seven weeks"); a person takes no
    article, and "the Kirov murder" names the murder."""
    after = run[-1] + 1
    if classifier.toks[k].text != "the":
        return False
    if after >= len(classifier.toks):
        return True
    word = classifier.toks[after].text
    return word in lx.words("list-joiners") or word.islower() and listed("function-words", word.capitalize()) \
        or not word[0].isalnum() and word not in ("'", "’")


def place_after_year_of_birth(phrase: Phrase) -> list[Mention] | None:
    """A name after a verb of birth or death or its abbreviation, its year (or two) and a comma, closed
    by a semicolon, colon, comma, bracket or full stop, is the place: "born 1894, Kashin;", "born 1902 or
    1903, Belaya Tserkov;", "b. 1902, Chazhemto;", as victims' lists and personnel files print a
    person's data (lexicon/birth-and-death-words), or with no such word right after a name's initials,
    as a roll of the arrested gives them ("TSVETKOV A. M., 1878, Myshkin, priest"); not a people's name,
    a common word or a word in capitals, which lists give there as often ("born 1903, German, engineer",
    "b. 1892, Pole")."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if phrase.title or len(run) > 3 or not year_of_birth_before().search(classifier.text, max(0, start - 40), start) \
            or classifier.text[end:end + 1] not in (";", ":", ",", "(", ".", " ") or adjective(phrase.words[0]) \
            or any(gz.people(w) or gz.common_word(w) or w.isupper() for w in phrase.words):
        return None
    return [phrase.mention(run, "place", "medium")]


def place_before_where(phrase: Phrase) -> list[Mention] | None:
    """A name a comma and "where" follow is the place the clause tells of: "to Mogilev-Podolsky, where
    they were detained", "at Lyubinsky, where the homes stood", though it ends as a surname or a list of
    forenames holds it (164 places and 4 persons, each with initials or a title, in the readable gold);
    not after a title, nor with initials, nor in capitals, nor a camp's or an institution's name."""
    classifier, run = phrase.classifier, phrase.run
    end = classifier.toks[run[-1]].end
    if phrase.title or len(run) > 3 or not WHERE_AFTER.match(classifier.text, end) \
            or any(is_initial(classifier.toks, k) for k in run) or any(w.isupper() for w in phrase.words) \
            or any(gz.people(w) or gz.common_word(w) or stemmed_institution(w) or listed("org-words", w)
                   or is_acronym(w) for w in phrase.words):
        return None  # "sent to Ozerlag, where he ran the surgical block": a camp's name, a body
    return [phrase.mention(run, "place", "medium")]


#: A comma and "where" after a name: ", where".
WHERE_AFTER = re.compile(r",[ \t]+where\b")


@cache
def year_of_birth_before() -> re.Pattern[str]:
    return re.compile(rf"(?:(?<!\w){lx.alternation(list(lx.entries('birth-and-death-words')))} (?:in )?"
                      r"|\b[A-Z]\. ?(?:[A-Z][a-z]?\. ?)?, )1[89]\d\d(?: or 1[89]\d\d)?, $")


@cache
def month_word() -> str:
    """A month's name or abbreviation (lexicon/dates.toml), as a regular expression."""
    months = lx.table("dates")["months"]
    return lx.alternation([*months["names"], *months["abbreviations"]])


@cache
def dateline_after() -> re.Pattern[str]:
    """A comma and a date after a name, or the spaces or tab of a letterhead that sets the date to the
    right: a dateline's place ("Dolinka, 12 April 1944", "Kem, Oct. 5", "Chita, 3.IV.42", "Engels,
    20/IX-1941", "Rzhev            3 April 1938"); months from lexicon/dates.toml."""
    month = month_word()
    return re.compile(rf"(?:,[ \t]*|[ \t]{{3,}}|\t[ \t]*)(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{month}\b|{month}\.?[ \t]+\d"
                      r"|\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4}\b|\d{1,2}/[IVX]{1,4}[-.]\d{2,4}\b)")


#: A comma and up to four capitalised words after a name: "FRUNZE, KIRGHIZIA", ", North Ossetian Autonomous Region".
REGION_AFTER = re.compile(r",[ \t]*((?:[A-Z][\w‐'-]*[ \t]+){0,3}[A-Z][\w‐'-]*)")


def region_after(text: str, end: int) -> bool:
    """A comma and the region or country a town lies in follow the name, as a caption's dateline gives
    them: "FRUNZE, KIRGHIZIA —", "ORDZHONIKIDZE, NORTH OSSETIAN AUTONOMOUS REGION —" (a place the
    gazetteers know, or words a unit word ends)."""
    region = REGION_AFTER.match(text, end)
    return region is not None and (region.group(1).title() in gz.places()
                                   or unit_head(region.group(1).split()[-1].lower()))


@cache
def dated_after() -> re.Pattern[str]:
    """A comma and a date that bears its year: "3 May 2009", "9.XI.1935", "III.1925"."""
    month = month_word()
    return re.compile(rf",[ \t]*(?:\d{{1,2}}[ \t]+{month}\.?[ \t]+\d{{4}}|{month}\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
                      r"|\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4}|[IVX]{1,4}\.\d{4})\b")


#: What opens a field inside a line: a semicolon, a comma after a word or a bracket, a quotation mark.
FIELD_OPENS = re.compile(r"(?:;|(?<=[\w)]),)[ \t]+$|[\"“]$")


def dated_field(text: str, start: int, end: int) -> bool:
    """The name from `start` to `end` opens a field inside a line and a dated field follows: where a
    citation, a caption or a signature puts the place before its date ("G. M. Vasilyev, Khochashevo, 14
    August 2008", "signed "A. Rakhimov, Samarkand, III.1925"", "and others; Frunze, 22.I.1937")."""
    return FIELD_OPENS.search(text, max(0, start - 3), start) is not None and dated_after().match(text, end) is not None


def place_in_dateline(phrase: Phrase) -> list[Mention] | None:
    """A name opening a line, then a comma and a date, is the place a document was written: "Dolinka,
    12 April 1944", "Kuibyshev, 3.IV.42". A name with a person's evidence (a surname's ending, a first
    name) that no gazetteer knows as a place signs instead ("Petrov, 5 May"). One word opening a field
    inside a line before a date with its year is the place too, a surname's ending or not (`dated_field`:
    "E. N. Kirillova, Yadrin, 3 May 2009")."""
    classifier, run = phrase.classifier, phrase.run
    words = phrase.words
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if phrase.title or len(run) > 3 or any(listed("org-words", w) for w in words):
        return None
    word = single(phrase)
    if word and word not in gz.first_names() and not gz.common_word(word) and dated_field(classifier.text, start, end):
        return [phrase.mention(run, "place", "medium")]
    if char_before(classifier.text, start, " \t") not in ("", "\n") \
            or not dateline_after().match(classifier.text, end) or (phrase.surface not in gz.places()
                and any(gz.surname_shaped(w) or w in gz.first_names() or gz.common_word(w) for w in words)):
        return None
    return [phrase.mention(run, "place", "medium")]


#: A name inside a sentence, then a comma, right before a word: where an address, a lender's line or a
#: signature puts the town ("Lent by Anna Braun, Bielefeld.", "… (GIANP), Engels."); not a sentence's
#: first word ("Finally, Beria."). A house's number after its word counts as the name ("Sovetskaya
#: Street, house 3, Kalinin."); a year does not ("in 1937, Kalinin").
NAME_THEN_COMMA = re.compile(r"(?<![.!?:\n] )(?<!^)(?<=[\w)] )[A-Z][\w.’'-]*\)?, $|\([A-Z][\w.’'-]*\), $"
                             r"|(?<=[A-Za-z] )\d{1,3}[a-z]?, $")
#: What closes such a line: a full stop and the line's end or a new sentence, or the line's end.
LINE_CLOSES = re.compile(r"\.?[ \t]*(?:\n|$)|\.\s+[A-Z(]")


def town_closing_a_line(phrase: Phrase) -> list[Mention] | None:
    """A town the gazetteers know, after a name and a comma and closing the line or the sentence, is
    where that person or institution is: "Lent by Anna Braun, Bielefeld.", "the Archive of the Volga
    Germans (GIANP), Engels." — even a town named like a surname; not the last of the names a title
    in the plural opens ("Comrades Merkulov, Serov.")."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if not word or phrase.title or word not in gz.places() \
            or not NAME_THEN_COMMA.search(classifier.text, max(0, start - 40), start) \
            or not LINE_CLOSES.match(classifier.text, end) \
            or names_after_plural_title(classifier.text, start):
        return None
    return [phrase.mention(run, "place", "medium")]


#: A capitalised word and the names after it, each closed by a comma, up to a name: "Comrades Merkulov, ".
WORD_THEN_NAMES = re.compile(r"\b([A-Z][a-z]+s)(?: [A-Z][\w.’'-]*,)+ $")


def names_after_plural_title(text: str, start: int) -> bool:
    """A title in the plural opens the names before `start` ("Comrades Merkulov, ": `title_word`)."""
    opening = WORD_THEN_NAMES.search(text, max(0, start - 80), start)
    return opening is not None and title_word(opening.group(1))


#: A numbered institution and the opening bracket after it: "OLP No. 7 (", "Camp No. 3 (".
NUMBERED_THEN_BRACKET = re.compile(r"\b(?:No\.|№)\s?\d+[a-z]?\s?\($")


def place_bracketed_after_number(phrase: Phrase) -> list[Mention] | None:
    """One word alone in brackets right after a numbered camp point, plant or school is where it
    stands, whatever else a dictionary or a list of forenames makes of it: "OLP No. 7 (Sherubai-Nura)",
    "Column No. 5 (Bakal)", "OLP No. 7 (Kai)"; not the camp's own name in brackets ("Osoblag No. 1
    (Minlag)": lexicon/institution-stems, or its acronym and number: "(ITK-4)"), nor a word that says which
    part it is ("(Central)")."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if not word or phrase.title or listed("common-caps", word) or listed("org-words", word) or unit_head(word) \
            or is_acronym(word) or stemmed_institution(word) or numbered_acronym(word) \
            or not NUMBERED_THEN_BRACKET.search(classifier.text, max(0, start - 12), start) \
            or classifier.text[end:end + 1] != ")":
        return None
    return [phrase.mention(run, "place", "medium")]


def place_before_site(phrase: Phrase) -> list[Mention] | None:
    """A name before a lowercase word for a camp's or a mine's site names the place, also each name
    of a list: "the Maldyak lagpunkt", "the Karabas transit point", "In Aktas and Burma sections",
    "the Ostashkov camp" (lexicon/site-heads)."""
    classifier, run = phrase.classifier, phrase.run
    if phrase.title or any(listed("org-words", w) for w in phrase.words) or not site_after(classifier, run) \
            or gz.people(" ".join(phrase.words)) \
            or (len(phrase.words) == 1 and (adjective(phrase.words[0]) or gz.common_word(phrase.words[0])
                                            or ROMAN.fullmatch(phrase.words[0]) or is_acronym(phrase.words[0])
                                            or listed("common-caps", phrase.words[0])
                                            or stemmed_institution(phrase.words[0]))):
        return None  # "the Finnish villages", "the Old Believer villages", "Special settlement No. 3", "in the
        # II quarter" (a date's numeral), "the Sevvostlag camp" (the camp administration's), "Nazi camps"
    joins = [p for p, w in enumerate(phrase.words) if w in lx.words("connectors") and w not in lx.words("list-joiners")]
    if joins:  # "GEBHARDT Adolf of the Mariinsk depot": the place is what follows the last "of"
        rest = [i for i in run[joins[-1] + 1:] if phrase.classifier.toks[i].text not in lx.words("connectors")]
        return phrase.classify(run[:joins[-1]]) + ([phrase.mention(rest, "place", "medium")] if rest else [])
    if (each := each_of_a_list(phrase)) is not None:  # "Aktas and Burma sections": each name a place
        return each
    return [phrase.mention(run, "place", "medium")]


def site_after(classifier: Classifier, run: list[int]) -> bool:
    """A word of lexicon/site-heads right after the run or after the list it opens ("Aktas and Burma
    sections")."""
    return site_pattern().match(classifier.text, classifier.toks[run[-1]].end) is not None


@cache
def site_pattern() -> re.Pattern[str]:
    return re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w‐-]*)*"
                      rf" {lx.alternation(list(lx.entries('site-heads')))}\b")


def place_ending(phrase: Phrase) -> list[Mention] | None:
    """A word that ends as only place names do is a place: "Grodekovo", "Ivanovka", "Tatarsk"
    (lexicon/place-endings); so is a hyphened one whose first part does, the rest telling the place
    from its namesakes: "Novograd-Volynsky" (of Volhynia), "Sergievsk-Posad", or whose first part
    only places open with: "Ust-Kulom" (lexicon/place-prefixes). Not before a word in small letters
    that is no English word: a Russian title's or imprint's adjective ("Khabarovskoe knizhnoe"). A
    capital and a full stop before it abbreviate the settlement's kind, as lists of villagers write
    "V. Pokrovskoe" (village): no initial, for no surname ends so, unless a calling stands before it;
    the word alone is the place. A
    hyphened word with a place's particle inside is one too ("Kala-i-Nau": lexicon/place-particles)."""
    toks, run = phrase.classifier.toks, phrase.run
    if len(run) == 3 and is_initial(toks, run[0]) and len(toks[run[0]].text) == 1 \
            and not phrase.classifier.described_before(run[0]):  # "platoon commander A. Kiisk": an initial
        settlement = place_ending(Phrase(phrase.classifier, run[2:]))
        if settlement:
            return settlement
    word = single(phrase)
    if word and not phrase.title and joined_by_a_particle(word):
        return [phrase.mention(phrase.run, "place", "medium")]  # "Kala-i-Nau", "Kamen-na-Obi"
    if not word or phrase.title or not all(part[1:].islower() for part in word.split("-")) or len(word) < 5 \
            or word in gz.first_names() or gz.common_word(word) and not place_prefixed(word) \
            or not (any(lx.ending("place-endings").search(part) for part in (word, word.split("-")[0]))
                    or place_prefixed(word)):  # "Ust-Maya": Webster's lists "ust" and "maya", not the two
        return None
    following = LOWERCASE_WORD_AFTER.match(phrase.classifier.text, phrase.classifier.toks[phrase.run[-1]].end)
    if following and not gz.common_word(following.group(1)):
        return None  # "Khabarovskoe knizhnoe izd-vo": an adjective of a Russian title or imprint
    return [phrase.mention(phrase.run, "place", "medium")]


def named_by_a_plural_adjective(phrase: Phrase) -> list[Mention] | None:
    """A Russian adjective in the plural and a plural noun, both transliterated, name a place: "Velikie
    Luki", "Krasnye Vorota", "the fields of Neftyanye Kamni" (lexicon/plural-adjective-endings); not a
    forename and a surname ("Emilie Rau", "Lenie Bekirova"), nor words of English or of a body."""
    words = phrase.words
    if len(words) != 2 or phrase.title or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words) \
            or len(words[0]) < 5 or not lx.ending("plural-adjective-endings").search(words[0]) \
            or any(w in gz.first_names() or gz.common_word(w) or listed("org-words", w) for w in words) \
            or gz.surname_shaped(words[1]):
        return None
    return [phrase.mention(phrase.run, "place", "medium")]


def joined_by_a_particle(word: str) -> bool:
    """Capitalised parts joined by a particle of lexicon/place-particles: "Kala-i-Nau", "Rostov-na-Donu"."""
    parts = word.split("-")
    return len(parts) >= 3 and parts[0][:1].isupper() and parts[-1][:1].isupper() \
        and all(part in lx.words("place-particles") for part in parts[1:-1])



def place_people_were_taken_from(phrase: Phrase) -> list[Mention] | None:
    """The names after a count of families or persons and "from" are the places they were taken from,
    each of a list: "317 families from Koporye, Lopukhinka and …", "1,477 families (5,512 persons)
    from Albat, Shuri and Kuchuk-Syuren" (lexicon/counted-people), whatever their shape."""
    classifier, run = phrase.classifier, phrase.run
    start = classifier.toks[run[0]].start
    if not counted_people_from().search(classifier.text, max(0, start - NEAR), start) \
            or any(listed("org-words", w) or is_acronym(w) for w in phrase.words):
        return None
    each = each_of_a_list(phrase)
    return each if each is not None else [phrase.mention(run, "place", "medium")]


@cache
def counted_people_from() -> re.Pattern[str]:
    """A number, a unit of people (a bracket may follow), "from", and the list's names before the one
    at hand (lexicon/counted-people)."""
    return re.compile(rf"\d[\d,.]*\s+{lx.alternation(lx.entries('counted-people'))}(?:\s*\([^()\n]*\))?"
                      r"\s+from\s+(?:[A-Z][\w‐-]*(?:,\s*|,?\s+(?:and|or)\s+))*$")


def place_after_locative(phrase: Phrase) -> list[Mention] | None:
    """A word no list knows, with no sign of a person, is a place after a preposition of location:
    "a teacher in Kingisepp", "in Daugavpils and in Latgale" (lexicon/locative-prepositions). After
    "in" or "at" (lexicon/site-prepositions; of 1,500 single words after "at" or "near" in the gold of
    the readable sets two are persons), not after a word of trust or a verb of looking or calling ("faith
    in Orlovsky", "she shouted at Kalinovsky": lexicon/trust-words, address-verbs), "near" or
    "outside", a verb of residence and a preposition, "of" after a person's name, "to" after a verb of
    exile, or "from" after a person's calling, a surname's ending is no sign of a person: nobody is in,
    at or near a person's name, or of one ("the market in Krichev", "the frontier post at Khudaferin",
    "submarines near Paldiski", "born in Zaborovsky", "exiled to Cherdyn", "a vine grower
    from Annenfeld": lexicon/nearness-prepositions, residence-verbs, exile-verbs,
    person-descriptions), and after a site and "at" neither is a forename ("a convent at Kadnikov", "the
    camp at Ino": lexicon/site-nouns); nor is a stanitsa's feminine ending ("in Fastovetskaya":
    lexicon/settlement-endings), which after "on" is a street's ("queues on Sumskaya"; not "the
    materials on Kosmodemyanskaya": lexicon/topic-nouns). Not before a verb only a person is the
    subject of ("in Mingrelia, Kvirkvelia studied"), nor a forename or a pet name made from one ("at
    Dnepropetrovsk and Ninochka"), nor a leader's surname ("the order came from Beria")."""
    classifier, run = phrase.classifier, phrase.run
    if two_words_nobody_bears(phrase):
        return [phrase.mention(run, "place", "low")]
    word = single(phrase)
    end = classifier.toks[run[-1]].end
    k = before_list(classifier, run[0])
    before = classifier.toks[k].text if k >= 0 else ""
    word_before = classifier.toks[k - 1].text if k >= 1 else ""
    nobody_there = before.lower() in lx.words("nearness-prepositions") \
        or (before.lower() in lx.words("site-prepositions")
            and word_before.lower() not in lx.words("trust-words") | lx.words("address-verbs")) \
        or (before in lx.words("locative-prepositions") and word_before in lx.words("residence-verbs")) \
        or (before in lx.words("motion-prepositions") and word_before.lower() in lx.words("exile-verbs")) \
        or of_a_person(classifier, k) or of_its_people(classifier, k) \
        or (before == "from" and described_person_before(word_before)) \
        or opening_where(classifier, k, run[-1])
    if not word or phrase.title or not all(part[1:].islower() for part in re.split("[-‐]", word)) \
            or (gz.surname_shaped(word) and not nobody_there and not lx.ending("settlement-endings").search(word)) \
            or gz.given_name(word) and not at_a_site(before, word_before) or gz.common_word(word) \
            or classifier.text[end:end + 2] in ("'s", "’s") or persons_verb_after(classifier.text, end) \
            or leaders_surname(word):
        return None  # a word or its hyphened parts ("near Gulyai-Pole") in small letters after the first
    street = before == "on" and lx.ending("settlement-endings").search(word) is not None \
        and not any(form in lx.words("topic-nouns") for form in gz.singulars(word_before.lower()))  # "on Sumskaya"
    if not (locative_before(classifier, k) or street):
        return None
    return [phrase.mention(run, "place", "low")]


def two_words_nobody_bears(phrase: Phrase) -> bool:
    """Two words after a preposition of place ("in", "at", "near", "outside": lexicon/locative-prepositions),
    maybe with "the", of which neither is a forename, shaped like a surname, an English word, an
    adjective or a body's word are a place's name: "landed at Belushya Guba", "outside Bystry Istok", "at
    the Zelyony Teatr" (no person's name of that shape follows these in the gold of the work sets; "in
    Ivan Petrov's hand" has its forename); not a works' name ("at the Krasny Treugolnik plant":
    lexicon/enterprise-adjectives, site-nouns) nor a body's ("through the Crimean Obkom")."""
    toks, text, run = phrase.classifier.toks, phrase.classifier.text, phrase.run
    words = phrase.words
    k = run[0] - 2 if run[0] >= 2 and toks[run[0] - 1].text == "the" else run[0] - 1
    after = toks[run[-1] + 1].text if run[-1] + 1 < len(toks) else ""
    return len(run) == 2 and k >= 1 and not phrase.title and toks[k].text in lx.words("locative-prepositions") \
        and toks[k - 1].text.lower() not in lx.words("trust-words") \
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and not any(gz.given_name(w) or gz.surname_shaped(w) or gz.common_word(w) or listed("titles", w)
                    or listed("org-words", w) or adjective(w) for w in words) \
        and words[0] not in lx.words("enterprise-adjectives") and after not in lx.words("site-nouns") \
        and text[toks[run[-1]].end:toks[run[-1]].end + 2] not in ("'s", "’s")


def at_a_site(preposition: str, word_before: str) -> bool:
    """A site and its preposition before a name: "the convent at" (lexicon/site-nouns, site-prepositions)."""
    return preposition in lx.words("site-prepositions") and word_before.lower() in lx.words("site-nouns")


def opening_where(classifier: Classifier, k: int, last: int) -> bool:
    """Token `k` is a preposition of location opening the sentence and the name ending at `last`, or
    the list it stands in, is followed by a comma or a word that opens the clause ("In Karategin the
    remnants keep to the hills", "At Lauenburg, we were counted", "In Valdgeim, Birofeld and Amurzet
    the settlers …"): the sentence says where, and nobody is in a person there."""
    toks = classifier.toks
    if k < 0 or last + 1 >= len(toks) or toks[k].text.lower() not in lx.words("locative-prepositions") \
            or not toks[k].text[:1].isupper() or (k > 0 and toks[k - 1].text not in ".!?;:"):
        return False
    end = last + 1
    while end + 1 < len(toks) and toks[end].text in (",", "and", "or"):
        member = end + 1
        while member < len(toks) and toks[member].text in (",", "and", "or"):
            member += 1  # "X, Y, and Z"
        if member >= len(toks) or not toks[member].cap:
            break
        end = member + 1  # past the next member of the list, a single word
    if end >= len(toks):
        return False
    after = toks[end].text
    return after == "," or (after.islower() and not content_word(after)
                            and after not in lx.words("list-joiners") and after != "of")


@cache
def renaming_lead() -> re.Pattern[str]:
    """A word right before a town's new or first name (lexicon/renaming-leads); group 1 is the word."""
    return re.compile(rf"\b({lx.alternation(lx.entries('renaming-leads'), either_case=True)})\s+$")


@cache
def name_bearing_before() -> re.Pattern[str]:
    """A word right before a name saying it was borne for some years (lexicon/name-bearing-words) ..."""
    return re.compile(rf"\b({lx.alternation(lx.entries('name-bearing-words'))}) $")


@cache
def years_of_a_name() -> re.Pattern[str]:
    """... and the years the name was borne right after it: "was called Molotov from 1940 to 1957",
    "called Pokrovsk until 1931" (lexicon/name-years)."""
    return re.compile(rf" {lx.alternation(lx.entries('name-years'))} 1[89]\d\d\b")


@cache
def years_then_called() -> re.Pattern[str]:
    """A bracket or comma after a town opening with the years a name was borne, then "called" or
    "named" (lexicon/name-years, name-bearing-words): "Samara (from 1935 to 1991 called"; group 1 is
    the word."""
    return re.compile(rf"[(,]\s*{lx.alternation(lx.entries('name-years'))}\s+1[89]\d\d"
                      rf"(?:\s*(?:to|and|[-–])\s*(?:1[89]|20)?\d\d)?,?\s+"
                      rf"({lx.alternation(lx.entries('name-bearing-words'))})\s+$")


def renaming_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The word that renames the town named from `start` to `end`: one of lexicon/renaming-leads, or
    "called" or "named" (lexicon/name-bearing-words) with the years of the name after it, or before it
    in a bracket ("Samara (from 1935 to 1991 called Kuibyshev)"), when the name is a known place or
    shaped like one (a person too was "called Koba until 1912"); group 1 is the word."""
    if text[start:end] in gz.places() or known_place(text[start:end]):
        called = name_bearing_before().search(text, max(0, start - 20), start) \
            if years_of_a_name().match(text, end) else years_then_called().search(text, max(0, start - 50), start)
        if called:
            return called
    return renaming_lead().search(text, max(0, start - 30), start)


def renamed_town(phrase: Phrase) -> list[Mention] | None:
    """A name right after a word that renames a town is the town: "it was renamed Kalinin", "founded as
    Katharinenstadt", "now called Engels"; after "the former" or "is today" only a place the
    gazetteers know ("the former Skobelev"), as an institution is "the former KhPZ" too
    (lexicon/renaming-leads-of-known-places); after "called" when the years of the name follow ("was
    called Molotov from 1940 to 1957")."""
    classifier, run, words = phrase.classifier, phrase.run, phrase.words
    start = classifier.toks[run[0]].start
    lead = renaming_before(classifier.text, start, classifier.toks[run[-1]].end)
    if lead is None or phrase.title or len(words) > 2 or not all(w[:1].isupper() and w[1:].islower() for w in words) \
            or any(listed("org-words", w) or gz.common_word(w) for w in words):
        return None
    if " ".join(lead.group(1).lower().split()) in lx.words("renaming-leads-of-known-places") \
            and phrase.surface not in gz.places():
        return None
    return [phrase.mention(run, "place", "medium")]


@cache
def river_before() -> re.Pattern[str]:
    """A word of crossing or following water and "the" right before a name (lexicon/river-leads), or
    before a river and "below" or "above" it ("crossed the Pyanj below ")."""
    leads = lx.alternation(lx.entries("river-leads"))
    return re.compile(rf"\b(?i:{leads}) the (?:[A-Z][\w‐-]* (?:below|above) )?$")


def river_and_its_banks(phrase: Phrase) -> list[Mention] | None:
    """A name after a word of crossing or following water and "the" is a river ("crossed the Pyanj",
    "down the Usa", "on the banks of the Oril": lexicon/river-leads), and one "below" or "above" it a
    place on it ("the Pyanj below Sayod"), when nothing makes the word a person or a common word."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    if not word or phrase.title or not all(part[1:].islower() for part in re.split("[-‐]", word)) \
            or adjective(word) or listed("org-words", word) or place_kind(word):
        return None
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    lead = river_before().search(classifier.text, max(0, start - 60), start)
    if classifier.text[end:end + 2] in ("'s", "’s") or not lead \
            or lead.group().lower().startswith("on ") and noun_after(classifier.text, end):
        return None
    # a part of a river before "of the" ("the left bank of the Tom") leaves the name no other reading;
    # after a word of crossing or following, a forename or a common word is more likely what it says
    if lead.group().lower().split()[-2] != "of" and (word in gz.first_names() or gz.common_word(word)):
        return None
    return [phrase.mention(run, "place", "medium")]



def noun_after(text: str, end: int) -> bool:
    """A word in small letters after the name ending at `end` that is no function word nor a verb in
    -ed: the noun the name qualifies ("on the Stakhanov movement"; "on the Vychegda closed" tells of
    the river)."""
    word = LOWERCASE_WORD_AFTER.match(text, end)
    return word is not None and content_word(word.group(1)) and not word.group(1).endswith("ed")


def place_renamed_or_near(phrase: Phrase) -> list[Mention] | None:
    """A word the text sets beside a place is a place: alone in a bracket or after a comma right after
    one, a word of renaming or the language of the name between at most ("Vilkomir (Ukmergė)",
    "Stalino, now Donetsk", "Berdychiv (Yiddish Barditshev)": lexicon/renaming-words, nationalities); or after a preposition and before another name of itself ("in Gaisin,
    now Haisyn") or before "near" and a name ("from Zaborovsky near Kolomna":
    lexicon/nearness-prepositions); or before words saying it was the town's name then ("Proskurov, as
    the city was called": lexicon/renaming-tails) or what it is called today ("Proskurov is today
    Khmelnytskyi"). There a surname's ending does not make a person; alone in a bracket, it does not
    when the bracket closes right after the word and a place the gazetteers or a place's ending know
    stands before it (`bracketed_after_a_place`: "Otomari (Korsakov)", "the Black Irtysh (Kara-Irtysh)"):
    in the readable gold every such surname-shaped word is a place."""
    classifier, run = phrase.classifier, phrase.run
    toks, word = classifier.toks, single(phrase)
    other_name = bool(word) and bracketed_after_a_place(classifier.text, toks[run[0]].start, toks[run[-1]].end)
    if not word or phrase.title or not (word[1:].islower() or other_name and all(
            part[1:].islower() for part in re.split("[-‐]", word))) \
            or word in gz.first_names() or gz.common_word(word) \
            or adjective(word) or any(listed("function-words", form) for form in gz.singulars(word)):
        return None  # "(Tuesdays, by arrangement)": a weekday, in the plural too
    after, k = run[-1] + 1, run[0] - 1
    two_words = k >= 2 and f"{toks[k - 1].text} {toks[k].text}".lower() in lx.words("renaming-words")  # "the former"
    renamed = k >= 1 and (toks[k].text.lower() in lx.words("renaming-words") or two_words or (
        toks[k - 1].text == "(" and gz.people(toks[k].text)  # "Suoyarvi (Finnish Suojärvi)"; "Ivanov (Polish Iwanow)" a person's
        and k >= 2 and not gz.surname_shaped(toks[k - 2].text)))
    k -= renamed + two_words
    closing = after >= len(toks) or toks[after].text in (")", ",", ".", ";")
    if k >= 1 and toks[k].text in ("(", ",") and closing and (renamed or other_name or not gz.surname_shaped(word)) \
            and (toks[k].text == "(" or renamed) and (other_name or placed(classifier, k - 1)):
        return [phrase.mention(run, "place", "medium")]
    near = after + 1 < len(toks) and toks[after].text in lx.words("nearness-prepositions") and toks[after + 1].cap
    renamed_after = after + 2 < len(toks) and toks[after].text in ("(", ",") and toks[after + 2].cap \
        and toks[after + 1].text.lower() in lx.words("renaming-words")
    before = run[0] - 1
    if (near or renamed_after) and before >= 0 \
            and toks[before].text.lower() in lx.words("locative-prepositions") | lx.words("motion-prepositions"):
        return [phrase.mention(run, "place", "medium")]
    present = present_name_after().match(classifier.text, toks[run[-1]].end)
    if other_name_of_a_place_after(classifier.text, toks[run[0]].start, toks[run[-1]].end) \
            or renaming_tail().match(classifier.text, toks[run[-1]].end) \
            or (present is not None and present.group(1) in gz.places()):
        return [phrase.mention(run, "place", "medium")]
    return None


@cache
def present_name_after() -> re.Pattern[str]:
    """After an old name, the words that give its present one, and that name: " is today
    Khmelnytskyi", " is now simply Marks" (lexicon/renaming-leads-of-known-places); group 1 is it."""
    leads = lx.alternation(lx.entries("renaming-leads-of-known-places"))
    return re.compile(rf"\s+{leads}\s+([A-Z][\w'’-]*)")


@cache
def renaming_tail() -> re.Pattern[str]:
    """A comma or dash, then words saying the name before was the town's then (lexicon/renaming-tails)."""
    return re.compile(rf"\s*[,—–]\s*{lx.alternation(lx.entries('renaming-tails'))}\b")


@cache
def other_name_after() -> re.Pattern[str]:
    """Right after a word: a bracket (round or a translator's square one) holding one capitalised name,
    a word of renaming or "until" and a year maybe before it ("Molotov (Perm)", "Kirov (formerly
    Vyatka)", "Kuibyshev [Samara]", "Kuibyshev [until 1935 Kainsk]"), or a comma, a word of renaming
    and the name ("Molotov, formerly Perm"; lexicon/renaming-words)."""
    renaming = lx.alternation(lx.entries("renaming-words"))
    return re.compile(rf" ?[(\[](?:{renaming} )?([A-Z][\w‐-]+)[)\]]|, {renaming} ([A-Z][\w‐-]+)"
                      rf"| ?[(\[](?:until|before|till) \d{{4}} ([A-Z][\w‐-]+)[)\]]"
                      rf"| ?[(\[]([A-Z][\w‐-]+) {lx.alternation(lx.entries('name-years'))} \d{{4}}\b")


@cache
def kind_in_brackets() -> re.Pattern[str]:
    """A bracket holding only a word for a kind of place (lexicon/place-nouns): " (city)", " (river)"."""
    return re.compile(rf" \({lx.alternation(lx.entries('place-nouns'))}\)")


def other_name_of_a_place_after(text: str, start: int, end: int) -> bool:
    """A town's name that is also a surname, with another place the gazetteers know right after it as
    its other name, is the town: "from Molotov (Perm)", "Kirov (formerly Vyatka)", "Molotov, formerly
    Perm". A person's real name there ("Molotov (Skryabin)") is no place; a surname no gazetteer
    knows as a town, with a town in brackets ("Kalnins (Riga)"), is a person and where they live. A name
    the town bore "until" a year, or has borne "since" one ("Kozlov (Michurinsk since 1932)"), needs no
    gazetteer: it is another name of a place. A bracket that gives two later names, with the year of the
    first ("Katharinenfeld (Luxemburg from 1921, now Bolnisi)"), renames a town whatever the gazetteers
    know of the name before it. So does a bracket holding a word for a kind of place ("Kalinin (city)":
    `kind_in_brackets`)."""
    if kind_in_brackets().match(text, end):
        return True  # "Kalinin (city), see Tver": an index tells the town from its namesake
    found = other_name_after().match(text, end)
    if found is not None and found.group(4) is not None and renamed_again().match(text, found.end()):
        return True
    return found is not None and text[start:end] in gz.places() \
        and (found.group(3) is not None or found.group(4) is not None or place_ok(found.group(1) or found.group(2)))


@cache
def renamed_again() -> re.Pattern[str]:
    """The rest of a bracket of names that gives one more, after a word of renaming: ", now Bolnisi)"."""
    return re.compile(rf"[^()\n]{{0,20}},\s*{lx.alternation(lx.entries('renaming-words'))}\s+[A-Z][\w‐-]+[)\]]")


def placed(classifier: Classifier, last: int) -> bool:
    """The name ending at token `last` is a place: the gazetteers know it (even a town named like a
    surname: "Kishinev (Chişinău)"), or it ends as places do, or a preposition of place stands before
    it ("near Vilkomir"), or it ends with a street's or a square's word ("Gorky Street, formerly
    Tverskaya": lexicon/place-heads)."""
    toks = classifier.toks
    first = name_start(toks, last)
    if not toks[last].cap:
        return False
    surface = classifier.surface(list(range(first, last + 1)))
    return surface in gz.places() or known_place(surface) or locative_before(classifier, first - 1) \
        or (last > first and toks[last].text in lx.words("place-heads"))


def known_place(word: str) -> bool:
    """A place by the gazetteers, by a place's ending (-sk, -ovka…: lexicon/place-endings) or by a
    first part only places open with (Ust-: lexicon/place-prefixes)."""
    return place_ok(word) or place_prefixed(word) or (len(word) >= 5 and word[1:].islower() and not gz.common_word(word)
                                                      and lx.ending("place-endings").search(word) is not None)


def place_prefixed(word: str) -> bool:
    """A hyphened word opening with a part only place names open with: "Ust-Kulom", "Verkhne-Udinsk",
    "Kizyl-Arvat", or closing with a Turkic word for a feature of the land: "Kara-Kum", "Kopet-Dag",
    "Orta-Kuyu" (lexicon/place-final-parts); not a camp or an institution named after one
    ("Ust-Vymlag": lexicon/institution-stems)."""
    first, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and not stemmed_institution(word) and (
        first in lx.words("place-prefixes") or word.rsplit("-", 1)[1] in lx.words("place-final-parts"))


def place_word(phrase: Phrase) -> list[Mention] | None:
    """A place word ends or opens the phrase: "Nikitskaya Street", "Lake Baikal", "Trinity Square",
    "Kanatnaya St." (`street_abbreviation`); not after a forename alone where the word is also a
    surname ("Theodore Hall", "Allen Lane": lexicon/surname-heads), unless the gazetteers know the
    forename as a town ("Chita Region")."""
    words, run = phrase.words, phrase.run
    if words[0] in lx.words("place-leads"):
        if (each := each_of_a_list(phrase)) is not None:  # "the Church of the Transfiguration and …": two
            return each
        if "on" in words[2:-1]:  # "the House of Arts on the Moika": the building, then where it stands
            on = words.index("on", 2)
            return [phrase.mention(run[:on], "place", "medium")] \
                + phrase.classify(past_connectors(phrase.classifier.toks, run[on + 1:]))
        return [phrase.mention(run, "place", "medium")]
    if (words[-1] in lx.words("place-heads") or street_abbreviation(phrase)) and not (
            len(words) == 2 and words[0] in gz.first_names() and not place_ok(words[0])
            and words[-1] in lx.words("surname-heads")):
        joins = [p for p, w in enumerate(words) if w in lx.words("connectors")]
        if joins:  # "Tereshchenko on Sumskaya Street": the place is what follows the last connector
            return phrase.classify(run[:joins[-1]]) + phrase.classify(run[joins[-1] + 1:])
        return [phrase.mention(run, "place", "medium")]
    return None


def street_abbreviation(phrase: Phrase) -> bool:
    """The phrase closes with an abbreviation of "street" and its full stop or a comma, after a name, not
    after initials: "Kanatnaya St., No. 17" (lexicon/street-abbreviations); "I. St." signs."""
    toks, run, text = phrase.classifier.toks, phrase.run, phrase.classifier.text
    return len(run) > 1 and phrase.words[-1] in lx.words("street-abbreviations") \
        and text[toks[run[-1]].end:toks[run[-1]].end + 1] in (".", ",") and not is_initial(toks, run[0])


def place_before_name(phrase: Phrase) -> list[Mention] | None:
    """A known place opening a longer phrase stands alone: "Moscow Trials", "Leningrad Opposition";
    not in a phrase that fills quotation marks, a title or a kolkhoz's name ("Krasny Pakhar"). A
    "Red" before a noun in transliteration opens a works' or a kolkhoz's name ("Krasny Treugolnik":
    lexicon/enterprise-adjectives). A compass word before an adjective is the adjective's ("the West
    Siberian Railway", "the West German H.-J. Wendt"), no place of its own."""
    toks, run = phrase.classifier.toks, phrase.run
    if inside_quotes(phrase.classifier.text, phrase.mention(run, "place", "high")):
        return None
    if len(run) == 2 and toks[run[0]].text in lx.words("enterprise-adjectives") and toks[run[1]].text[1:].islower() \
            and not place_ok(toks[run[1]].text) and not place_kind(toks[run[1]].text):
        m = phrase.mention(run, "org", "medium")
        m.reason = "a Soviet works' or kolkhoz's name opened by \"Red\""
        return [m]
    for cut in range(len(run) - 1, 0, -1):
        head = phrase.classifier.surface(run[:cut])
        if place_ok(head) and toks[run[cut]].cap and head not in gz.first_names() \
                and not is_initial(toks, run[cut - 1]) \
                and not (head in lx.words("common-caps") and adjective(toks[run[cut]].text)):
            return [phrase.mention(run[:cut], "place", "high")] + phrase.classify(run[cut:])
    return None


def street_lead_before(classifier: Classifier, first: int) -> int | None:
    """The token of a word for a street written before its name (lexicon/street-leads: "rue",
    "ulitsa", "ul."), with the name's particles between ("rue du Bac"); None if there is none."""
    toks, k = classifier.toks, first - 1
    while k >= 0 and name_particle(toks[k].text):
        k -= 1
    if k >= 1 and toks[k].text == "." and toks[k].start == toks[k - 1].end:
        k -= 1  # "ul. Mokotowska"
    return k if k >= 0 and toks[k].text.lower() in lx.words("street-leads") else None


def street_after_its_word(phrase: Phrase) -> list[Mention] | None:
    """A name after a word for a street is a street, whatever its shape: "rue Bonaparte", "rue
    Lecourbe", "ulitsa Gorkogo"; the word and the particles belong to the name."""
    lead = street_lead_before(phrase.classifier, phrase.run[0])
    if lead is None or any(listed("org-words", w) for w in phrase.words):
        return None
    return [phrase.mention(list(range(lead, phrase.run[-1] + 1)), "place", "medium")]


def address_after_on(phrase: Phrase) -> list[Mention] | None:
    """"on" and a name ending in a word for a street or a square give where what comes before it stands:
    "the Latvian Club on Tverskoy Boulevard", "the church of St. Louis on Malaya Lubyanka Street" (a
    commission "on" a matter names no street)."""
    words, run = phrase.words, phrase.run
    at = max((p for p, w in enumerate(words) if w == "on" and p), default=None)
    if at is None or at + 1 >= len(run) or words[-1] not in lx.words("place-heads") or unit_head(words[-1]):
        return None
    return phrase.classify(run[:at]) + [phrase.mention(run[at + 1:], "place", "medium")]


def opened_by_place_adjective(phrase: Phrase) -> list[Mention] | None:
    """A name of two words or more opened by a Slavic adjective of size, age or position
    (lexicon/place-adjectives) is a street or a settlement, never a person: "Malaya Bronnaya",
    "Staraya Russa"."""
    words, run = phrase.words, phrase.run
    if len(words) < 2 or words[0] not in lx.words("place-adjectives") \
            or any(listed("org-words", w) for w in words):
        return None
    if (each := each_of_a_list(phrase)) is not None:  # "Bolshaya Berezna and Malaya Berezna": two places
        return each
    return [phrase.mention(run, "place", "medium")]


def named_after_a_saint(phrase: Phrase) -> list[Mention] | None:
    """A name opened by a word for a saint ("St. Louis des Français", "Saint Isaac's") names a church,
    a town or a street, not a person of the text (lexicon/saint-words); "St." is no title here. A
    town's body after the town's name is the town and the body: "the St Petersburg City Court"; a
    body named after the saint is a body: "St Antony's College", "St. Mary's Hospital"."""
    toks, run = phrase.classifier.toks, phrase.run
    rest = run[2:] if len(run) > 2 and toks[run[1]].text == "." else run[1:]
    if phrase.words[0] not in lx.words("saint-words") or not rest or not toks[rest[0]].cap:
        return None
    if listed("org-words", toks[run[-1]].text):
        for cut in range(2, len(run)):
            if place_ok(" ".join(toks[i].text for i in run[:cut])):
                return [phrase.mention(run[:cut], "place", "medium"), phrase.mention(run[cut:], "org", "medium")]
        return [phrase.mention(run, "org", "medium")]
    return [phrase.mention(run, "place", "medium")]


#: A list's joint and a capitalised word (two at most) after a name, and the same before one.
NEIGHBOUR_AFTER = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)([A-Z][\w‐-]+(?: [A-Z][\w‐-]+)?)")
NEIGHBOUR_BEFORE = re.compile(r"\b([A-Z][\w‐-]+)(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$")
#: A word for a route and the stages before a name (lexicon/route-nouns): "on the line Novoselytsia – ".
ROUTE_BEFORE = re.compile(rf"\b(?i:{lx.alternation(lx.entries('route-nouns'))})"
                          r"[ \t]+((?:[A-Z][\w‐-]+[ \t]+[–—][ \t]+)*)$")


#: The dash between two stages of a route, a bracket after a stage maybe: "Sverdlovsk – Molotov (formerly
#: Perm) – Kirov – Kotlas".
STAGE = r"(?: \([^()\n]{1,30}\))? [–—] "
#: A stage's name on a route.
STAGE_NAME = r"[A-Z][\w‐-]*"
STAGE_BEFORE = re.compile(rf"({STAGE_NAME}){STAGE}$")
NEXT_STAGE = re.compile(rf"{STAGE}({STAGE_NAME})")
STAGE_AFTER = re.compile(rf"{STAGE}[A-Z]")
#: Two more stages after a route's first one, or two before its last: "Gusyatin – Yarmolintsy – Proskurov".
ROUTE_OPENS = re.compile(rf"{STAGE}{STAGE_NAME}{STAGE}[A-Z]")
ROUTE_CLOSES = re.compile(rf"{STAGE_NAME}{STAGE}{STAGE_NAME}{STAGE}$")


def on_a_route(text: str, start: int, end: int) -> bool:
    """The name at start:end stands between two dashes of a route, a name on either side ("– Kirov –"),
    or opens or closes a route of three stages or more ("Gusyatin – Yarmolintsy – Proskurov"); not at
    a single dash's end, as an addressee line's name is ("MOSCOW – YEZHOV")."""
    before = STAGE_BEFORE.search(text, max(0, start - 60), start) is not None
    after = STAGE_AFTER.match(text, end) is not None
    return before and after or after and ROUTE_OPENS.match(text, end) is not None \
        or before and ROUTE_CLOSES.search(text, max(0, start - 120), start) is not None


def among_places(text: str, start: int, end: int) -> bool:
    """The name stands in a list beside a town no one bears as a name: a place the gazetteers know
    with no surname's ending nor first name ("through Kuibyshev, Ufa and Chelyabinsk", "Omsk and
    Kirov"); or it is a stage of a route its word names ("on the line Novoselytsia – Khotyn") or one of
    three stages or more with no such word ("by rail: Narvik – Kiruna – Boden"); the members of a list
    of leaders beside one another stay persons."""
    route = ROUTE_BEFORE.search(text, max(0, start - 80), start)
    return beside_a_town(text, start, end) \
        or route is not None and (bool(route.group(1)) or STAGE_AFTER.match(text, end) is not None) \
        or on_a_route(text, start, end)


def beside_a_town(text: str, start: int, end: int, stages: bool = False) -> bool:
    """A town no one bears as a name stands next to the name at start:end in a list; with `stages`, also
    at the next stage of a route ("Narvik – Kiruna – Boden"), but a table's heading of common words has
    none ("Vessel — Port — Date taken")."""
    def town(word: str) -> bool:  # "Comrades Beria and Dimitrov": Beria, a village too, is the man
        return word in gz.places() and not gz.surname_shaped(word) and word not in gz.first_names() \
            and word not in shipped_surnames()

    after = NEIGHBOUR_AFTER.match(text, end)
    before = NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    if stages:
        after = after or NEXT_STAGE.match(text, end)
        before = before or STAGE_BEFORE.search(text, max(0, start - 60), start)
    return any(found is not None and town(found.group(1)) for found in (after, before))


def numbered_line(phrase: Phrase) -> list[Mention] | None:
    """A Line numbered by an ordinal is a street, as the streets of Vasilyevsky Island in St Petersburg
    are named: "the 7th Line", "the Eighth Line of Vasilievsky Island" (lexicon/numbered-streets, the
    ordinal words of dates.toml); a line of defence or a railway's line is in small letters or names a
    body after it."""
    words, run, toks = phrase.words, phrase.run, phrase.classifier.toks
    if words[-1] not in lx.words("numbered-streets") or len(words) > 2:
        return None
    if len(words) == 2 and words[0].lower() in lx.table("dates")["days"]["ordinals"]:
        return [phrase.mention(run, "place", "medium")]
    before = run[0] - 1
    if len(words) == 1 and before >= 0 and ORDINAL.fullmatch(toks[before].text) \
            and toks[before].end + 1 == toks[run[0]].start:
        return [phrase.mention([before] + run, "place", "medium")]
    return None


#: "of" and a capitalised word after a name: where its bearer is from ("Orlowski of Buffalo").
OF_A_NAME = re.compile(r" of ([A-Z][\w’'-]*)")


def from_a_town(text: str, end: int) -> bool:
    """"of" and a town the gazetteers know follow the name ending at `end`: a person's origin
    ("Baxter of Pittsburgh and Orlowski of Buffalo"), as a town is seldom written of another."""
    town = OF_A_NAME.match(text, end)
    return town is not None and gz.place_size(town.group(1)) is not None


def place_among_places(phrase: Phrase) -> list[Mention] | None:
    """One word in a list beside towns no one bears as a name is a town too, though it ends as a
    surname or an adjective does: "Nizhny Tagil, Pervouralsk, Berezovsky and Revda", "Severny,
    Komsomolsky and Vorgashor"; not after a title, nor a forename or a pet name made from one ("at
    Dnepropetrovsk and Ninochka in a home for infants"), nor before a verb only a person is the subject
    of ("in Mingrelia, Kvirkvelia studied"), nor before "of" and a town (`from_a_town`)."""
    word = single(phrase)
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if not word or phrase.title or word.isupper() or gz.given_name(word) or from_a_town(classifier.text, end) \
            or persons_verb_after(classifier.text, end) or not among_places(classifier.text, start, end) \
            or gz.common_unplaced_word(word) and not beside_a_town(classifier.text, start, end, stages=True):
        return None
    return [phrase.mention(run, "place", "medium")]
