"""The passes over the whole document once every phrase is classified: one sense per document, places
beside places in a list or on a route, lists of persons, verbs of saying."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.capitals import common_inflected
from teikit.annotate.recognise.cuts import vessel_word
from teikit.annotate.recognise.persons import CYRILLIC_WORD, folded, respelled
from teikit.annotate.recognise.places import IMPRINT_YEAR, STAGE, on_a_route
from teikit.annotate.recognise.quotations import WORD
from teikit.annotate.recognise.tokens import NEAR, Mention, after_article, guessed
from teikit.annotate.recognise.words import adjective, content_word, described_after, \
    east_asian_name, is_acronym, listed, persons_verb_after, stemmed_institution, unit_head, verb_after
from teikit.model import Span
from teikit.register import ENTITY_TAG


def speaker(text: str, end: int) -> bool:
    """A verb of saying, writing or thinking (lexicon/speech-verbs), of going or of arriving
    (lexicon/motion-verbs, arrival-verbs) follows the word, in any person: "Werth counted", "Munters
    departed", "Neveu travels", "Sloskans reaches Riga"; places and institutions do none of these."""
    verb = verb_after().match(text, end)
    if verb is None:
        return False
    forms = set(gz.singulars(verb.group(1)))  # "travels", "reaches": the rules of the English -s serve verbs too
    return bool(forms & (lx.words("speech-verbs") | lx.words("motion-verbs") | lx.words("arrival-verbs")))


@cache
def person_contexts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What stands before a person's bare surname (lexicon/person-leads, or a verb of lexicon/person-fates
    whose object it is), what follows it as its fate in the passive ("was shot"), and its kin or role after
    a possessive ("Saar's brother", lexicon/person-descriptions) or its birth in brackets ("(born 1901)")."""
    fates = lx.alternation(lx.entries("person-fates"))
    return (re.compile(rf"(?:\b{lx.alternation(lx.entries('person-leads'), either_case=True)}|\b{fates})\s+$"),
            re.compile(rf"\s+(?:was|were|is|had\s+been|has\s+been|will\s+be)\s+(?:\w+ly\s+)?{fates}\b"),
            re.compile(rf"['’]s\s+{lx.alternation(lx.entries('person-descriptions'))}\b|\s*\((?:born|b\.)\s"))


#: A relative clause English opens only after a person: "Gugel, who runs the job, …".
WHO_AFTER = re.compile(r",\s+who(?:m)?\s")


def after_a_preposition_of_place(text: str, start: int) -> bool:
    """The word before is "of" or a preposition of place or motion: in "born 1907, of Zholkva, who
    confirmed" the clause is the person's named before (lexicon/locative-prepositions, motion-prepositions)."""
    word = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    return word is not None and (word.group(1) == "of" or word.group(1).lower() in
                                 lx.words("locative-prepositions") | lx.words("motion-prepositions"))


def fate_of_a_person(text: str, start: int, end: int) -> bool:
    """What the text says of the word it says only of persons: "according to Tamm", "we questioned
    Ozols", "Ruus was shot", "Kask died", "Saar's brother", "Kruus (born 1901)", "Vaitkus, a teacher",
    "Gugel, who runs the job"."""
    before, fate, relation = person_contexts()
    verb = verb_after().match(text, end)
    return before.search(text[max(0, start - 40):start]) is not None or fate.match(text, end) is not None \
        or relation.match(text, end) is not None or described_after(text[end:end + NEAR]) \
        or WHO_AFTER.match(text, end) is not None and not after_a_preposition_of_place(text, start) \
        or (verb is not None and verb.group(1) in lx.words("person-subject-verbs"))


#: What joins the members of a list of names: "Oshkaln, Vasilevsky and Krol".
LIST_JOIN = re.compile(r",? (?:and|or) |, ")


#: A year after a word as an author-date citation gives it: "Snyder (2010)", "Iwanow 1991, 141–160",
#: "Kuromiya 2007;" — the year in brackets, or bare before a page, a semicolon or a closing bracket.
AUTHOR_DATE = re.compile(r" (?:\((?:1[6-9]|20)\d\d[a-z]?(?:[,:][^()\n]{0,20})?\)|(?:1[6-9]|20)\d\d[a-z]?(?:[,:] ?\d|;|\)))")


def in_list_of_persons(texts: list[str], found: list[Mention], surnames: set[str]) -> set[int]:
    """The pending bare words (ids) that stand in a list beside a person: a list names one kind
    (`surnames` are the document's surnames, as `sense_key`s). A word in capitals that only its shape
    made an acronym is pending too beside a surname in capitals ("GLADKOV (Kaunas), SHUSTIN (Riga) and
    KUMM (Tallinn)"); what each member has in brackets after it is passed over."""
    def person(m: Mention) -> bool:
        return m.type == "person" or (m.type == "person?" and not gz.common_word(m.text) and (
            sense_key(m.text) in surnames or gz.surname_shaped(m.text)
            or not m.sentence_start and m.text not in gz.villages()))

    def pending(m: Mention, beside: Mention) -> bool:
        return m.type == "person?" or (shaped_acronym(m) and beside.text.isupper()
                                       and any(c in "AEIOUY" for c in m.text))  # a surname has a vowel: not TSK

    def joined(prev: Mention, m: Mention) -> bool:
        between = texts[m.block][prev.end:m.start]
        if prev.text.isupper() and m.text.isupper():
            between = BRACKET_AFTER.sub("", between)
        return prev.block == m.block and LIST_JOIN.fullmatch(between) is not None

    found = in_text_order(m for m in found if not in_brackets(texts[m.block], m))
    listed = set()
    for prev, m in zip(found, found[1:]):
        if not joined(prev, m):
            continue
        if pending(prev, m) and person(m):
            listed.add(id(prev))
        if pending(m, prev) and person(prev):
            listed.add(id(m))
    return listed


def in_text_order(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions as the text gives them, block by block, so that neighbours can be read side by side."""
    return sorted(mentions, key=lambda m: (m.block, m.start))


def in_brackets(text: str, m: Mention) -> bool:
    return text[:m.start].endswith("(") and text[m.end:m.end + 1] == ")"


def shaped_acronym(m: Mention) -> bool:
    """An organisation only an acronym's shape made: in capitals, no list of acronyms holds it."""
    return m.type == "org" and m.rule in ("acronym", "acronym-apart") and m.cert == "medium" \
        and m.text.isupper() and m.text not in lx.words("org-acronyms")


#: What follows the name: a word, or punctuation or the end of the block.
NEXT_WORD = re.compile(r"\s*(?:([^\W\d_]+)|[,.;:)]|$)")


#: After the title of a work a note cites: its imprint in brackets, the place and a colon ("(Moscow:").
IMPRINT_AFTER = re.compile(r"\s*\(\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\s*:")


def family_of(word: str) -> bool:
    """A surname in the plural names a family, persons: "the Stepanenkos", "the Tirronens"."""
    return len(word) > 5 and word.endswith("s") and gz.surname_shaped(word[:-1])


def institution_by_article(text: str, start: int, end: int) -> bool:
    """A bare name after "the" and before punctuation, a function word or a verb in -ed: "the
    Kaitseliit has", "the Sûreté questioned", "in the Heimatbund."; not before a noun it qualifies
    ("the Dreyfus affair" is a person's)."""
    if not after_article(text, start):
        return False
    after = NEXT_WORD.match(text, end)
    return after is not None and (after.group(1) is None or after.group(1).title() in lx.words("function-words")
                                  or after.group(1).endswith("ed"))


@cache
def region_lead() -> re.Pattern[str]:
    """A preposition of place, "the", maybe a word in small letters ("along the upper"), and the names of
    a list it opens so far, each after "the" ("between the Alai and the ")."""
    preposition = lx.alternation(list(lx.entries("region-prepositions")), either_case=True)
    item, joint = r"[A-Z][\w’'‐-]*", r"(?:,\s*|,?\s+(?:and|or)\s+)"
    return re.compile(rf"\b{preposition}\s+the\s+(?:[a-z]+\s+)?(?:{item}{joint}the\s+(?:[a-z]+\s+)?)*$")


def region_before(text: str, start: int) -> bool:
    """A preposition of place and "the" before `start`, as a region, a river or a range is named ("in
    the Warthegau", lexicon/region-prepositions); also the later names of a list it opens ("between
    the Alai and the Vanch", "along the upper Usa, the Kolva and the Adzva")."""
    return region_lead().search(text, max(0, start - 120), start) is not None


def list_opened_by_article(text: str, start: int, end: int) -> bool:
    """A bare name after "the" that opens a list, and nothing after the list that the names qualify:
    "from the Rhondda and Merthyr Tydfil who", a place's or a body's names, not persons'; but "the
    Linnas and Kungys matters" are persons' matters."""
    if not institution_by_article(text, start, end):
        return False
    qualified = LIST_THEN_NOUN.match(text, end)
    return qualified is None or not content_word(qualified.group(1))


#: A list's other names after its first, then the word after the list: " and Kungys matters".
LIST_THEN_NOUN = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+\s+([a-z]+)")


def sense_key(name: str) -> str:
    """One key for a name however it is printed: "YEZHOV", "Yezhov" and "Yezhov’s" are one name."""
    return name.replace("’", "'").removesuffix("'s").removesuffix("'S").casefold()


def surname(m: Mention) -> str:
    """The key of a person mention's surname: its last word, or its first where official documents
    put the surname first in capitals ("ROZENBLUM Abram Moiseevich") or an East Asian name its
    family name ("PAK CHEN SU")."""
    first = m.words[0]
    inverted = len(m.words) > 1 and first.isupper() and len(first) > 1 and not m.words[-1].isupper()
    return sense_key(first if inverted or east_asian_name(m.words) else m.words[-1])


def document_senses(found: list[Mention], strong: bool = True) -> dict[str, str]:
    """Names the document types with strong evidence (key → type), the genre authority's among them:
    a person with a title, initials or a forename (its surname), a place or an institution the rules
    are sure of, and the name of a unit the rules are sure of ("Tsalka" of "the Tsalka district"); a
    person named in full gives its forename the person's sense too (`forename_no_place_shares`);
    with `strong` false, any evidence at all (a surname's ending, a preposition). A name typed two
    ways (Kirov the man and Kirov the oblast) is left out: then only each mention's own evidence
    decides."""
    senses: dict[str, set[str]] = {}
    for m in found:
        if m.type == "person" and m.words and (m.cert == "high" or not (strong or unevidenced(m))):
            senses.setdefault(surname(m), set()).add("person")
            if forename_only_the_text_gives(m):
                senses.setdefault(sense_key(m.words[0]), set()).add("person")  # "Manoug" of "Manoug Ohanessian"
        elif (m.type == "place" and (m.cert != "low" or not strong)) or (m.type == "org" and m.cert == "high"):
            senses.setdefault(sense_key(m.text), set()).add(m.type)
            named = m.text.split()
            if m.type == "place" and len(named) == 2 and unit_head(named[1]) and not adjective(named[0]):
                senses.setdefault(sense_key(named[0]), set()).add("place")  # "the Tsalka district": Tsalka
    return {key: types.pop() for key, types in senses.items() if len(types) == 1}


def forename_only_the_text_gives(m: Mention) -> bool:
    """`m` names a person in full on strong evidence, and its first word is a forename only the text
    gives (`forename_no_place_shares`): "Manoug Ohanessian"."""
    return m.type == "person" and m.cert == "high" and len(m.words) > 1 and not m.initials \
        and forename_no_place_shares(m.words[0])


def forename_no_place_shares(word: str) -> bool:
    """A person's first word, in ordinary case, that no list of forenames, dictionary (a verb's -ing form
    too: a book's "Policing Moscow's Streets"), gazetteer, village list or people's name has: where the
    text names "Manoug Ohanessian", "Manoug" alone is he, not a town of a list beside it ("to Manoug,
    Erevan"); "Mari" of a "Mari Kask" may still be the people or the oblast, and a listed forename
    ("Andi") is left to the rules that read forenames."""
    return word[1:].islower() and word not in gz.first_names() and not gz.common_word(word) \
        and not (word.endswith("ing") and any(map(gz.common_word, (word[:-3], word[:-3] + "e")))) \
        and gz.place_size(word) is None and word not in gz.villages() and not gz.people(word)


def authority_mentions(texts: list[str], known: list[list[Span]]) -> list[Mention]:
    """The genre authority's names in each block as mentions, as evidence for the rest of the text."""
    kinds = {tag: kind for kind, tag in ENTITY_TAG.items()}
    found = []
    for b, spans in enumerate(known):
        for span in spans:
            if span.tag in kinds:
                m = Mention(b, span.start, span.end, kinds[span.tag], "high", texts[b][span.start:span.end])
                m.words = m.text.split()
                found.append(m)
    return found


def unevidenced(m: Mention) -> bool:
    """A bare word kept as a person for want of anything else."""
    return m.type == "person?" or guessed(m) and len(m.words) <= 1


#: "from Magadan to Orotukan": the two ends of a route are places alike.
ROUTE = re.compile(r" to (?:the )?")

FROM = re.compile(r"\bfrom (?:the )?$", re.IGNORECASE)


def named_weakly(m: Mention) -> bool:
    """One word kept as a person on the weakest evidence: a forename or a surname's ending alone."""
    return m.type == "person" and m.cert != "high" and len(m.words) <= 1 and not m.initials


#: A preposition of place right before a list: "passes to Lida and Slonim" (lexicon/place-prepositions).
PLACE_BEFORE = re.compile(rf"\b{lx.alternation(lx.entries('place-prepositions'))}\s+(?:the\s+)?$")


#: A bracket opening after a name for another name of it, with the year that name was taken or given
#: up or a word of renaming maybe: "Aregala (Ariogala)", "Katharinenfeld (since 1944 Bolnisi)",
#: "Mariental (now Sovetskoye)" (lexicon/renaming-words).
OTHER_NAME_OPENS = re.compile(rf" \((?:(?:since|before|until|till|from|after) 1[6-9]\d\d,? "
                              rf"|{lx.alternation(lx.entries('renaming-words'))},? )?")


def places_beside_places(texts: list[str], found: list[Mention], known: list[Mention]) -> None:
    """A list names one kind, and so does a route: a bare word with no evidence of its own, in a list
    beside a place ("Magadan, Orotukan and Susuman") or at the other end of a route from or to one
    ("from Magadan to Orotukan"), is a place; so is a word kept as a person only for a forename's or
    a surname's shape, in a list a preposition of place opens ("passes to Lida and Slonim") or between
    two dashes of a route beside a place ("Sverdlovsk – Molotov – Kirov – Kotlas") or at an end of a
    route of three stages ("Gusyatin – Yarmolintsy – Proskurov", where a town the gazetteers know, not
    yet decided, counts as the place beside it), or that the genre's
    lists know as a town, in a list or on a route beside a place ("Pskov, Novgorod and Murmansk",
    "Uralsk – Chkalov": `gz.listed_town`); and a bare word alone
    in brackets after a place, or a place's in brackets after it, is its other name ("Aregala
    (Ariogala)", "Rossieny (Raseiniai)", "Katharinenfeld (since 1944 Bolnisi)"), whatever its shape in
    the square brackets a translator adds ("Pernov [Pärnu]"), even where a surname's ending alone kept it
    a person ("Kaiani [Kajaani]"). Not a word before a verb only a person is
    the subject of ("in Mingrelia, Kvirkvelia studied"), nor a pet name, which no place bears ("at
    Dnepropetrovsk and Ninochka in a home for infants")."""
    every = in_text_order(found + known)
    for _ in range(2):  # a list of three: the middle word decides the last one too
        for a, b in zip(every, every[1:]):
            if a.block != b.block or a.type == b.type != "person?":
                continue
            text, gap = texts[a.block], texts[a.block][a.end:b.start]
            route = ROUTE.fullmatch(gap) and FROM.search(text, max(0, a.start - 10), a.start)
            stage = re.fullmatch(STAGE, gap)
            edited = gap in (" [", "[") and text[b.end:b.end + 1] == "]"  # the translator's "Pernov [Pärnu]"
            other_name = (edited or OTHER_NAME_OPENS.fullmatch(gap) and text[b.end:b.end + 1] == ")") \
                and not (a.text.isupper() or b.text.isupper())  # "Aregala (Ariogala)"; not an acronym "(KRA)"
            if not (route or stage or other_name or LIST_JOIN.fullmatch(gap)):
                continue
            placed = PLACE_BEFORE.search(text, max(0, a.start - 12), a.start) is not None
            for m, other in ((a, b), (b, a)):
                if other_name and not edited and gz.surname_shaped(m.text) and not respelled(a.text, b.text):
                    continue  # "reports from Minsk (Ivanov)": who sent them; "Dywin (Divin)" is spelt again
                inner_stage = stage and on_a_route(text, m.start, m.end)
                listed = gz.listed_town(m.text) and not route and not other_name
                a_place = other.type == "place" or stage and other.type == "person?" and other.text in gz.places() \
                    or village_shaped_as_no_name(other)
                if a_place and not persons_verb_after(text, m.end) and not gz.pet_name(m.text) \
                        and not gz.common_plural(m.text) \
                        and (unevidenced(m) or (placed or inner_stage or listed or edited) and named_weakly(m)):
                    m.type, m.cert, m.words = "place", "low", []
                    m.reason += "; beside a place " + ("on a route" if route or stage else "as its other name" if other_name
                                                       else "in a list")


#: Between a place and the region it lies in: "to Knyazh-Pogost in the Komi ASSR".
IN_REGION = re.compile(r" in (?:the )?")


def places_in_their_regions(texts: list[str], found: list[Mention], known: list[Mention]) -> None:
    """A bare word with no evidence of its own after a preposition of place and before "in" and a region
    (lexicon/unit-heads) is a place inside it: "by barge to Knyazh-Pogost in the Komi ASSR"; not before
    a town ("deposited at the Ossolineum in Wrocław"), and a word with a person's sign stays the person
    ("a letter to Petrov in the Komi ASSR")."""
    every = in_text_order(found + known)
    for a, b in zip(every, every[1:]):
        text = texts[a.block]
        if a.block == b.block and a.type == "person?" and b.type == "place" and a.rule == "single-name" \
                and unit_head(b.text.split()[-1]) and IN_REGION.fullmatch(text[a.end:b.start]) \
                and PLACE_BEFORE.search(text, max(0, a.start - 12), a.start):
            a.type, a.cert, a.words = "place", "low", []
            a.reason += "; before the region it lies in"


def village_shaped_as_no_name(m: Mention) -> bool:
    """A pending word inside its sentence that the genre's villages hold and no person's name is shaped
    like, neither a forename nor a surname's ending: "Toropets" beside "Nevel" in a list is a place
    before the document decides it, while "Popov" and "Lena", villages too, may be persons."""
    return m.type == "person?" and not m.sentence_start and m.text in gz.villages() \
        and not gz.surname_shaped(m.text) and not gz.forename(m.text)


#: A row of a table of figures: a label opening the line (a bracket after it maybe), then dot leaders, a tab
#: or a wide space, then figures to the line's end ("Kharino ....... 26 / 12", "Oktyabrsky   903").
TABLE_ROW = re.compile(r"^[ \t]*(\S[^\n]*?)(?: \([^()\n]{1,40}\))?(?: ?\.{2,} ?|\t+| {2,})\d[\d ,./–-]*$",
                       re.MULTILINE)


def rows_of_one_kind(texts: list[str], found: list[Mention]) -> None:
    """A column of a table lists one kind: in a table of three rows or more, a row's one word kept as a
    person only for a surname's shape is a place when two other rows are places written with the same
    ending ("Oktyabrsky ... 281" between "Leninsky ... 310" and "Frunzensky ... 254", which the text
    names as districts); not when a row is a person on firmer evidence."""
    labels = {(m.block, m.start): m for m in found}
    rows: list[Mention | None] = []
    follows = False  # the last row closed the block before, or the line before
    for b, text in enumerate(texts):
        end = -1
        for row in TABLE_ROW.finditer(text):
            if not (row.start() == end + 1 or row.start() == 0 and follows):
                places_in_a_column(rows)
                rows = []
            end = row.end()
            label = labels.get((b, row.start(1)))
            rows.append(label if label and label.end == row.end(1) else None)
        follows = end == len(text)
    places_in_a_column(rows)


def places_in_a_column(rows: list[Mention | None]) -> None:
    """The weak persons of one table's rows that end as two of its places do are places too."""
    labels = [m for m in rows if m is not None]
    places = [m.text[-3:].lower() for m in labels if m.type == "place"]
    if len(rows) < 3 or any(m.type == "person" and not named_weakly(m) for m in labels):
        return
    for m in labels:
        if named_weakly(m) and places.count(m.text[-3:].lower()) >= 2:
            m.type, m.cert, m.words = "place", "low", []
            m.reason += "; a row of a table whose rows ending so are places"


#: A bracket right after a name and what it holds: "(Dyck)", "(in the transport lists MUELLER)".
BRACKET_AFTER = re.compile(r" ?\(([^()\n]{1,80})\)")
#: A word of a name inside it, with its diacritics, apostrophes and hyphens: "Kryvonis", "Ter-Grigorian".
NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


@cache
def monastic_title_before() -> re.Pattern[str]:
    """A title of lexicon/monastic-titles and a space, right before a name."""
    return re.compile(rf"\b{lx.alternation(lx.entries('monastic-titles'))}[ \t]+$")


#: A surname in brackets right after a name: " (Stragorodsky)", " (BZHEZINSKY)".
SECULAR_SURNAME = re.compile(r" \(([A-Z][\w'’-]+)\)")


def monastic_names(texts: list[str], found: list[Mention]) -> list[Mention]:
    """A monastic name after a churchman's rank and the secular surname in brackets after it are one
    person: "Metropolitan Sergius (Stragorodsky)", "hieromonk Nikodim (BZHEZINSKY)"; the mention of the
    surname, if the rules made one, is taken into the name's."""
    absorbed: set[int] = set()
    by_start = {(m.block, m.start): m for m in found}
    for m in found:
        text = texts[m.block]
        surname = SECULAR_SURNAME.match(text, m.end)
        if m.type != "person" or len(m.text.split()) != 1 or surname is None \
                or monastic_title_before().search(text, max(0, m.start - 30), m.start) is None:
            continue
        inside = by_start.get((m.block, surname.start(1)))
        if inside is not None:
            absorbed.add(id(inside))
        m.end, m.text = surname.end(), text[m.start:surname.end()]
        m.words = [m.words[0] if m.words else m.text.split()[0], surname.group(1)]
        m.reason += "; a monastic name and the secular surname in brackets after it"
    return [m for m in found if id(m) not in absorbed]


def respellings_in_brackets(texts: list[str], found: list[Mention]) -> list[Mention]:
    """Capitalised words opening or closing a bracket right after a person's name, one of which spells
    one of its words otherwise, are the same person, whatever the rest of the bracket says of where
    the form comes from: files, lists and editions give a name's other forms so ("MÜLLER, Hans-Joachim
    (in the transport lists MUELLER)", "KRIVONOS (Kryvonis in the stanitsa's speech)", "Friedrich
    Ohlhaber ("Fridrikh Olgaber" on the card)"). A mention the rules made of those words becomes the
    person; the new mentions are returned."""
    taken = {(m.block, m.start): m for m in found}
    added: list[Mention] = []
    for m in [m for m in found if m.type == "person" and m.cert != "low" and m.words]:
        bracket = BRACKET_AFTER.match(texts[m.block], m.end)
        if bracket is None:
            continue
        words = list(NAME_WORD.finditer(texts[m.block], bracket.start(1), bracket.end(1)))
        for edge in (edge_names(words), edge_names(words[::-1])[::-1]):
            if not edge or not any(respelling(name, w.group()) for w in edge for name in m.words):
                continue
            start, end = edge[0].start(), edge[-1].end()
            there = taken.get((m.block, start))
            if there is not None and (there.type == "person" or there.cert == "high" or there.end != end) \
                    or any(o.block == m.block and o.start < end and start < o.end and o is not there for o in found):
                continue  # "(JĀNIS KRŪMIŅŠ)", "(Polish Helena Zawadzka)": a name the rules found overlaps it
            why = f"another spelling of {m.text} in a bracket after it"
            if there is not None:
                there.type, there.cert, there.words, there.reason = "person", "medium", [w.group() for w in edge], why
                continue
            added.append(Mention(m.block, start, end, "person", "medium", texts[m.block][start:end],
                                 words=[w.group() for w in edge], rule="respelled-in-brackets", reason=why))
            break
    return added


#: A bracket right after an organisation's name (a closing quotation mark aside) holding one name,
#: quoted or not; group 1 is the name: '"Narym Memory" ("Narymskaya pamyat'")', "(Karjalan Tekninen Apu)".
OTHER_NAME_AFTER = re.compile(r"[\"”»]? ?\([\"“«]?([^\W\d_][^()\"“”«»,;:\n]{1,60}?)[\"”»]?\)")


#: The bracket after a quoted name holding another quoted name: '" ("Red Path")'.
QUOTED_TRANSLATION = re.compile(r"[\"”»] ?\([\"“«][^()\n]+[\"”»]\)")


def names_in_other_languages(texts: list[str], found: list[Mention]) -> list[Mention]:
    """A bracket right after an organisation's name that holds a name of words no English dictionary
    knows is the organisation's name in its own language, as histories and translations give it
    ('the society "Narym Memory" ("Narymskaya pamyat'")', 'the Karelian Technical Aid (Karjalan
    Tekninen Apu)'): one organisation, not the person the rules made of its words. One word in Latin
    letters, hyphened or not, is more often where the body sits ("the 4th OLP (Zheshart)", "the artel
    Kyzyl-Taiga (Dzun-Khemchik)"), one in Cyrillic the name as
    the records write it ("Norillag (Норильлаг)"); a place, a title (abbreviated too: "Com.") or a
    forename keeps the bracket what it is ("the NKID (Mr. Levitsky)", "the Government Commission (Com.
    Ryzhkov)", "the commission (Ivan Petrov)"). A quoted name's bracket of
    capitalised words in quotation marks is its translation, English words and all: 'the kolkhoz
    "Kyzyl Yul" ("Red Path")'."""
    out = list(found)
    for m in [m for m in found if m.type == "org"]:
        bracket = OTHER_NAME_AFTER.match(texts[m.block], m.end)
        if bracket is None:
            continue
        words = NAME_WORD.findall(bracket.group(1))
        start, end = bracket.span(1)
        inside = [x for x in out if x.block == m.block and x.start < end and x.end > start]
        cyrillic = len(words) == 1 and CYRILLIC_WORD.fullmatch(words[0]) is not None
        translated = QUOTED_TRANSLATION.fullmatch(bracket.group()) is not None and all(w[:1].isupper() for w in words)
        if not (1 < len(WORD.findall(bracket.group(1))) <= 5 or cyrillic) or not translated and any(
                gz.common_word(w) or w in lx.words("titles") or f"{w}." in lx.words("titles") for w in words) \
                or any(x.start < start or x.end > end or x.type == "place" or x.type == "person" and x.words
                       and x.words[0] in gz.first_names() for x in inside) \
                or any(w in gz.places() for w in words):
            continue
        out = [x for x in out if x not in inside]
        out.append(Mention(m.block, start, end, "org", "medium", texts[m.block][start:end], rule="other-language-name",
                           reason=f"the name of {m.text} {'translated' if translated else 'in its own language'}, "
                                  "in a bracket after it"))
    return out


#: A bracket right after a name holding one or two capitalised words and nothing else: " (Rauschen)",
#: " (Kara-Irtysh)", " (Bolshoi Dom)"; group 1 is the name.
ONE_NAME_BRACKET = re.compile(r" ?\(([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\)")


def places_named_otherwise(texts: list[str], found: list[Mention]) -> list[Mention]:
    """A bracket right after a place that holds only a name no dictionary knows is the place's name in
    another language or spelling, as histories and guides give it: "Svetlogorsk (Rauschen)", "Harbin
    (Kharbin)", "Matrosy (Matrossa)". A name in capitals (a signature: "Tashkent (KAMALOV)"), an acronym
    (an archive's: "the State Archive of Zhytomyr Oblast (DAZhO)", "GIATs"), an institution's stem ("at
    Kengir (Steplag)"), a forename, a surname's ending (who reports from it: "Minsk (Ivanov)") or a
    title keeps the bracket what it is; so does a person the rules found there on strong evidence."""
    out = list(found)
    for m in [m for m in found if m.type == "place"]:
        bracket = ONE_NAME_BRACKET.match(texts[m.block], m.end)
        if bracket is None:
            continue
        words = bracket.group(1).split()
        start, end = bracket.span(1)
        inside = [x for x in out if x.block == m.block and x.start < end and x.end > start]
        if any(not w[:1].isupper() or any(part[1:] != part[1:].lower() for part in w.split("-")) or is_acronym(w)
               or stemmed_institution(w) or gz.common_word(w) or w in gz.first_names() or gz.surname_shaped(w)
               or listed("titles", w) or listed("org-words", w) for w in words) \
                or any(x.start != start or x.end != end or x.type == "place" or x.cert == "high" for x in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(Mention(m.block, start, end, "place", "medium", texts[m.block][start:end],
                           rule="place-named-otherwise", reason=f"another name of {m.text}, in a bracket after it"))
    return out


def edge_names(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised words one space apart that open `words`."""
    run = []
    for w in words:
        if not w.group()[:1].isupper() or (run and w.string[run[-1].end():w.start()] != " "):
            break
        run.append(w)
    return run


def respelling(name: str, word: str) -> bool:
    """`word` spells `name` otherwise and is neither an English word nor a word derived from the name
    ("Aino Lahti (in Latin letters)", "the Putilov ("Red Putilovets") works"); a Baltic name's native
    ending is no derivation ("KALNIN (also Kalninsh)": lexicon/native-name-tails). A word in Cyrillic
    is read in Latin letters first, and may spell the name alike ("NIEMINEN Toivo (НИЕМИНЕН Тойво)")."""
    if CYRILLIC_WORD.fullmatch(word):
        latin = gz.in_latin_letters(word)
        return folded(latin) == folded(name) or respelled(name, latin)
    if gz.common_word(word):
        return False
    tail = folded(word).removeprefix(folded(name))
    if tail != folded(word):
        return tail in lx.words("native-name-tails")
    return respelled(name, word)


#: The imprint that closes a bibliography's entry, after a full stop or in brackets: the place (two
#: joined by a dash maybe; group 1 the first), a colon, the publisher, a comma and the year (".
#: Moscow–Leningrad: Gosizdat, 1927", "(Munich: Deutsche Verlags-Anstalt, 2003)").
CLOSING_IMPRINT = re.compile(r"(?:\.|\()\s*([A-Z][\w.'’-]*(?:\s[A-Z][\w'’-]*)?)(?:\s*[–-]\s*[A-Z][\w'’-]*)?\s*:"
                             r"\s*[^\n():;]{1,80}?" + IMPRINT_YEAR.pattern)


#: An entry's author as bibliographies of Russian books write them, surname first and initials after
#: ("Yasensky B.", "Tretyakov S. M."); what follows on the line is the work's title.
AUTHOR_WITH_INITIALS = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z]\.){1,2}")


def words_of_cited_titles(texts: list[str], found: list[Mention], known: list[Mention]) -> list[Mention]:
    """The mentions of the document less the words of a cited work's title that only looked like a
    person's name: between an entry's author and its imprint ("Postyshev P. P. Speeches and
    Articles. Moscow: Partizdat, 1935") a capitalised word with nothing but its shape, or common
    English words taken for a name ("Man Changes His Skin"), are the title's, and an author
    written surname first ends at the initials ("Yasensky B." of "Yasensky B. Man Changes His
    Skin"); a name with initials, a title or a forename that is no common word ("Nikolai Yezhov and
    the Great Terror") is still a person's. `known` (the genre authority's names) count as authors."""
    def line_end(m: Mention) -> int:
        end = texts[m.block].find("\n", m.end)
        return len(texts[m.block]) if end < 0 else end

    def cited(m: Mention) -> bool:
        imprint = CLOSING_IMPRINT.search(texts[m.block], m.end, line_end(m))
        return imprint is not None and imprint.group(1) in gz.places()  # not ". Reference: LVVA, 1822"

    def after_an_author(m: Mention) -> bool:
        start = texts[m.block].rfind("\n", 0, m.start) + 1
        return any(other.type == "person" and other.block == m.block and start <= other.start
                   and other.end <= m.start for other in [*found, *known] if other is not m)

    def title_word(m: Mention) -> bool:
        if m.type not in ("person", "person?") or m.initials or m.rule == "authority" \
                or "a title before it" in m.reason or not m.words:
            return False
        weak = m.type == "person?" or all(gz.common_word(w) for w in m.words)
        return weak and cited(m) and after_an_author(m)

    for m in found:
        author = AUTHOR_WITH_INITIALS.match(m.text)
        if m.type == "person" and author and author.end() < len(m.text) and cited(m):
            m.end, m.text = m.start + author.end(), author.group()
            m.words, m.reason = m.text.split()[:1], m.reason + "; an author's initials end the name, the title follows"
    return [m for m in found if not title_word(m)]


#: A glossary's entry: an abbreviation and "=" (or a colon, opening a line, before a word in small
#: letters), an article maybe, and the first three words of what it stands for (groups 1 and 2): "SPH =
#: special psychiatric hospital", "IB = Information Bulletin", "OPH: ordinary psychiatric hospital";
#: not a speaker's label ("AILI: The woman …") nor "the OGK: drawings". So is an abbreviation glossed by
#: a dash or a translator's square bracket before at most three words in small letters that close the
#: entry, as a document's notes and its translator write them: "KP – command post; GSM – fuels and
#: lubricants.", "for lack of GSM [fuel and lubricants]" (not "AEG — arrested in 1937").
#: An abbreviation (group 1) and the words in small letters that gloss it (group 2).
TERM, SMALL_WORDS = r"(?<![\w-])([A-Z][A-Za-z]{1,5})", r"([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,2})"
GLOSSARY_ENTRIES = [
    re.compile(rf"{TERM}[ \t]*=[ \t]*(?:(?:[Aa]n?|[Tt]he)[ \t]+)?((?:[^\W\d_][\w'’-]*[ \t]*){{1,3}})"),
    re.compile(r"^[ \t]*([A-Z][A-Za-z]{1,5}):[ \t]*([a-z][\w'’-]*)", re.MULTILINE),
    re.compile(rf"{TERM}[ \t]+[–—][ \t]+{SMALL_WORDS}[ \t]*(?:[;.,)]|$)", re.MULTILINE),
    re.compile(rf"{TERM}[ \t]*\[{SMALL_WORDS}\]"),
    # an editor's note opening a sentence with it: "KPP here means the control and pass point" (lexicon/gloss-verbs)
    re.compile(rf"(?:^|(?<=[.;:][ \t])|(?<=\d\.[ \t]))[\"“]?{TERM}[\"”]?[ \t]+"
               rf"{lx.alternation(lx.entries('gloss-verbs'))}[ \t]+(?:the|an?)[ \t]+([^\W\d_][\w'’-]*)",
               re.MULTILINE),
]


#: An abbreviation in brackets (group 1), and the words in small letters right before it that it may
#: stand for: "the runway (VPP)", "the local air defence (MPVO)"; group 1 of the second the word before
#: them, if any, group 2 the words.
TERM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z]{1,5})\)")
WORDS_FOR_A_TERM = re.compile(r"(?:([^\W\d_][\w'’-]*)[ \t]+)?((?:\b[a-z][\w'’-]*[ \t]+){1,4})$")
#: An abbreviation, a colon and words in small letters after a sentence, as a note glosses one in its
#: run ("… deputy ministers. LTP: labour-therapeutic dispensary for …"); group 1 the abbreviation, group 2
#: the words.
GLOSS_IN_A_NOTE = re.compile(r"(?<=[a-z][.;][ \t])([A-Z][A-Za-z]{1,5}):[ \t]*(?!(?:the|an?)\b)"
                             r"((?:[a-z][\w'’-]*[ \t]*){1,5})")


def terms_the_text_defines(texts: list[str], found: list[Mention]) -> list[Mention]:
    """An abbreviation a glossary or an editor's note defines as a common noun, a periodical or a law ("SPH =
    special psychiatric hospital", "IB = Information Bulletin of the Working Commission", "GSM – fuels and
    lubricants", "LTP: labour-therapeutic dispensary", "ORS is the department of workers' supply", "KZoT is
    the Code of Laws on Labour") names a kind of thing, a title or a text, not an institution, wherever it
    stands ("in the Talgar SPH"); so does one in brackets after words in small letters, or glossed by them
    in a note's run, with no organisation's word among them ("the runway (VPP)", "fuel and lubricants
    (GSM)"; not "the raion land department (RaiZO)", "UGA: territorial administration of civil aviation").
    An acronym the lexicon knows as a body keeps its sense whatever the text says."""
    entries = [(entry.group(1), entry.group(2).split())
               for text in texts for pattern in GLOSSARY_ENTRIES for entry in pattern.finditer(text)]
    bracketed = [(term.group(1), words.group(2).split()) for text in texts for term in TERM_IN_BRACKETS.finditer(text)
                 if (words := WORDS_FOR_A_TERM.search(text, max(0, term.start() - NEAR), term.start()))
                 and not (words.group(1) and words.group(1)[0].isupper() and words.group(1) not in gz.not_names())]
    # not the end of a longer name ("… for the return of the Meskhetian Turks to the homeland (VOK)")
    bracketed += [(entry.group(1), entry.group(2).split())
                  for text in texts for entry in GLOSS_IN_A_NOTE.finditer(text)]
    terms = {term for term, meaning in entries
             if (meaning[0].islower() or any(listed("periodical-words", w) for w in meaning)
                 or listed("document-words", meaning[0]))
             and is_acronym(term) and term not in lx.words("org-acronyms")} \
        | {term for term, words in bracketed
           if not any(listed("org-words", form.title()) for w in words for form in gz.singulars(w))
           and is_acronym(term) and term not in lx.words("org-acronyms")}
    return [m for m in found if not (m.type == "org" and m.text in terms)]


#: Capitals in brackets right after a name: "Olga Weber (OW)"; and capitals opening a paragraph as a
#: speaker's label: "OW: Where did you live?".
LETTERS_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z]{2,4})\)")
SPEAKERS_LETTERS = re.compile(r"\s*([A-Z]{2,4}):")


def persons_initials(texts: list[str], found: list[Mention]) -> list[Mention]:
    """Capitals in brackets after a person's name that spell its initials and open a paragraph as its
    label are a speaker's short name, as a transcript introduces its speakers ("Interviewer: Olga Weber
    (OW)", then "OW: Where did you live?"): no institution's acronym, there or wherever they stand."""
    labels = {label.group(1) for text in texts if (label := SPEAKERS_LETTERS.match(text))}
    initials = {letters.group(1) for m in found if m.type == "person"
                if (letters := LETTERS_IN_BRACKETS.match(texts[m.block], m.end))
                and letters.group(1) == "".join(word[0] for word in m.text.split()) and letters.group(1) in labels}
    return [m for m in found if not (m.type == "org" and m.text in initials)]


def acronyms_the_text_expands(found: list[Mention]) -> None:
    """An acronym the text gives in brackets after an institution's name ("the Department of Material
    and Technical Supply (OMTS)") is that institution's short name wherever it stands, even where a
    list of surnames in capitals comes next ("The chief of the OMTS, GUSEV Nikolai"): only a title
    before it or initials beside it make a person of it."""
    expanded = {sense_key(m.text) for m in found if m.type == "org" and m.rule == "acronym-of-the-name-before"}
    for m in found:
        if m.type == "person" and m.text.isupper() and sense_key(m.text) in expanded and not m.initials \
                and "a title before it" not in m.reason:
            m.type, m.cert = "org", "medium"
            m.reason += "; but the text expands it as an institution's acronym"


def one_sense(texts: list[str], found: list[Mention], senses: dict[str, str], weak_senses: dict[str, str]) -> None:
    """One sense per document: a bare name the rules typed on weak evidence (a surname's ending, a
    preposition, nothing at all at a sentence start) takes the type the same name has where the
    document gives strong evidence: "Lvov" in "the Lvov university" is the town of "in Lvov";
    "Rēzekne" opening a sentence is the town of "the town of Rēzekne"; two capitalised words with no
    sign of a person ("the offices of Sovetsky Pisatel") are the publisher of '"Steel Days" (Sovetsky
    Pisatel, 1940)'; a word read as a compound abbreviation for its stem alone is the village the text
    names it as ("at Tsugol" after "the village of Tsugol"); a code name ('Agent "Irtysh"') stays a
    person; a surname in the plural is the family of the person the surname names ("the STAROSTINS").
    A possessive after a name is a person's evidence of its own ("Kirov's report"). A word with no
    evidence at all takes the type the same word has anywhere on any evidence ("sent to Orotukan" after
    "from Magadan to Orotukan")."""
    for m in found:
        key = sense_key(m.text)
        sense = senses.get(key) or (weak_senses.get(key) if guessed(m) else None)
        if sense is None and m.type == "person?" and key.endswith("s") and senses.get(key[:-1]) == "person":
            m.type, m.cert, m.words = "person", "medium", [m.text]  # "the STAROSTINS" of "STAROSTIN Andrei"
            m.reason += "; the plural of a surname named a person elsewhere in the text"
            continue
        weak = (m.type in ("person", "person?") and m.cert != "high" and (len(m.words) <= 1 or m.cert == "low")
                and not m.initials and m.rule != "quoted-name") or (m.type == "place" and m.cert == "low") \
            or (m.type == "org" and m.rule == "compound-institution" and " " not in m.text)
        if texts[m.block][m.end:m.end + 2] in ("'s", "’s"):
            weak = weak and m.type == "place"
        if sense is None or sense == m.type or not weak:
            continue
        if m.type == "person?" and sense == "person":
            continue  # the second pass keeps it with its surname evidence
        m.type, m.cert = sense, "medium"
        m.words = [m.text] if sense == "person" else []
        m.reason += f"; named a{'n' if sense == 'org' else ''} {sense} elsewhere in the text with evidence"


def towns_named_as_persons(texts: list[str], found: list[Mention]) -> None:
    """A town of the gazetteers in capitals, standing alone with no preposition of place before it, is
    the person whom the text names in capitals with the same word and a forename or initials, as
    official documents print surnames: "the tailor KALISZ", "the NKVD took KALISZ off the train"
    after "the witness Zofia KALISZ"; "born in KALISZ" stays the town, and so does any in small letters."""
    named = {w for m in found if m.type == "person" and m.cert == "high" and (len(m.text.split()) > 1 or m.initials)
             for w in m.text.split() if w.isupper() and w.isalpha() and len(w) > 1}
    for m in found:
        if m.type == "place" and m.rule == "gazetteer-place" and m.text in named \
                and PLACE_BEFORE.search(texts[m.block][max(0, m.start - 20):m.start].lower()) is None:
            m.type, m.cert, m.words = "person", "medium", [m.text]
            m.reason += "; the surname of a person the text names in full"


def names_joined_by_a_dash(texts: list[str], found: list[Mention]) -> list[Mention]:
    """Two places joined by a dash with no space, the second ending in a word for a place's kind, are
    one place's name: "the White Sea–Baltic Canal", "the Moscow–Volga Canal" (lexicon/place-heads), as
    the same names with a hyphen are one phrase already. The second mention takes the whole name."""
    ordered = in_text_order(found)
    widened = []
    for a, b in zip(ordered, ordered[1:]):
        if a.block == b.block and a.type == b.type == "place" and a.start < b.start \
                and texts[a.block][a.end:b.start] in ("–", "—") and b.text.split()[-1] in lx.words("place-heads"):
            b.start, b.text, b.words = a.start, texts[a.block][a.start:b.end], []
            b.reason += "; and the place before the dash that opens its name"
            widened.append(b)
    return [m for m in found if not any(w is not m and w.block == m.block and w.start <= m.start and m.end <= w.end
                                        for w in widened)]


@cache
def ship_names() -> re.Pattern[str]:
    """A word for a ship, in the singular or the plural, and the quoted names after it, joined as a
    list: 'the battleships "Petropavlovsk" and "Sevastopol"' (lexicon/vessel-words); group 1 is the list."""
    quoted = r"[\"“«][^\"“”«»\n]{1,40}[\"”»]"
    return re.compile(rf"{vessel_word()}\s+({quoted}(?:(?:,\s*|,?\s+and\s+){quoted})*)")


#: After a forename, an initial or another capitalised word: it opens a longer name ("Anna M. Kessler").
NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def bodies_after_places(texts: list[str], places: list[Mention]) -> list[Mention]:
    """A town's or a province's body of its own, in small letters after the place's name, is an
    institution, that place's: "the Bukhara gorkom", "the Kuibyshev oblispolkom", "the Leningrad
    obkom of the VKP(b)" (lexicon/territorial-bodies); the name stays the place. So is one the lexicon
    writes with its capital, where no rule has read it as a name's word ("the Tashkent Soviet")."""
    bodies: dict[tuple[int, int], Mention] = {}  # a place both the rules and the authority found: one body
    taken = {(m.block, m.start) for m in places}
    for m in places:
        body = BODY_WORD_AFTER.match(texts[m.block], m.end) if m.type == "place" else None
        if body is not None and body.group(1) in lx.words("territorial-bodies") \
                and (body.group(1).islower() or (m.block, body.start(1)) not in taken):
            bodies[m.block, body.start(1)] = Mention(
                m.block, body.start(1), body.end(1), "org", "medium", body.group(1), words=[m.text, body.group(1)],
                rule="body-after-its-place", reason="a territory's own body after its name")
    return list(bodies.values())


#: The word after a place's name, in small letters or opening with a capital.
BODY_WORD_AFTER = re.compile(r" ([A-Za-z][a-z]+)\b")


def ships(texts: list[str], found: list[Mention]) -> list[Mention]:
    """The mentions of the document less the names of its ships, wherever the document quotes them:
    a ship bears a town's or a person's name ("Petropavlovsk", "Dzhurma") and is neither; once the
    text has called a quoted name a ship, "the clerk of the 'Petropavlovsk'" is the ship too."""
    names = {name for text in texts for listed in ship_names().finditer(text)
             for name in re.findall(r"[\"“«]([^\"“”«»\n]+)[\"”»]", listed.group(1))}
    if not names:
        return found
    return [m for m in found if not (m.text in names and texts[m.block][m.start - 1:m.start] in ('"', "“", "«"))]


#: A user name of a forum or a social network: letters and digits joined by underscores ("liesl_k",
#: "Wolgadeutsch_Archiv"), small letters and then a year of birth ("olegK1961"), or a
#: handle after "@"; not an e-mail address nor a file's name.
USER_NAME = re.compile(r"(?<![\w@./])(?:@[^\W_][\w]{2,}|[^\W\d_][^\W_]*(?:_[^\W_]+)+|[a-z]{3,}[A-Za-z]*(?:19|20)\d\d)"
                       r"(?![\w@]|\.\w)")


def user_names(texts: list[str], found: list[Mention]) -> list[Mention]:
    """The mentions of the document with every user name made a person, in place of what the rules read
    in its parts: a forum's posts and a thread's replies are signed so, and the tokens never join
    across the underscore."""
    names = [(b, m.start(), m.end()) for b, text in enumerate(texts) for m in USER_NAME.finditer(text)]
    if not names:
        return found
    by_block: dict[int, list[tuple[int, int]]] = {}
    for b, start, end in names:
        by_block.setdefault(b, []).append((start, end))  # a long thread has thousands of both
    kept = [m for m in found if not any(m.start < end and start < m.end for start, end in by_block.get(m.block, ()))]
    return kept + [Mention(b, start, end, "person", "medium", texts[b][start:end], words=[texts[b][start:end]],
                           rule="user-name", reason="a user name, as forums and social networks sign posts")
                   for b, start, end in names]


#: A paragraph opening with one word and a colon: a transcript's or a script's speaker ("HANNA: Good evening"),
#: also after the recording's time ("[00:01:02] MAYA:", "00:14 Owen:").
SPEAKER_LABEL = re.compile(r"\s*(?:[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?\s+)?([^\W\d_][^\W\d_'’-]+)\s*:")


def repeated_labels(texts: list[str], label: re.Pattern[str]) -> set[str]:
    """The labels (group 1 of `label`, matched at a paragraph's start, blanks inside dropped) that open
    two paragraphs or more, as a transcript's speakers do."""
    opened = Counter(m.group(1).replace(" ", "") for m in map(label.match, texts) if m is not None)
    return {word for word, times in opened.items() if times > 1}


def speaker_labels(texts: list[str]) -> set[str]:
    """The words that open two paragraphs or more as labels and are shaped like a name, a first name
    or a surname (not a protocol's "HEARD:", "RESOLVED:"): the speakers of a stenogram, an interview
    or a broadcast ("HANNA:", "DAVID:", "Aili:", "GOLOVANOV:"). Once one label is a name, the
    transcript's other labels are its speakers too ("MAYA:" beside "OWEN:") unless the text writes them
    as words in small letters or they are English words ("HEARD:", "QUESTION:")."""
    labels = repeated_labels(texts, SPEAKER_LABEL)
    named = {word for word in labels if word.title() in gz.first_names() or gz.surname_shaped(word.title())}
    if named:
        small = set(re.findall(r"\b[^\W\d_A-Z]+\b", " ".join(texts)))
        named |= {word for word in labels if word.lower() not in small and not common_inflected(word.upper())}
    return {sense_key(word) for word in named}


#: A paragraph opening with two or three initials and a colon: an interview's speaker ("N.B.: Usually it is").
INITIALS_LABEL = re.compile(r"\s*((?:[A-Z]\.\s?){2,3}):")


def speakers_by_initials(texts: list[str], found: list[Mention]) -> list[Mention]:
    """The mentions of the document with every label of initials that opens two paragraphs or more
    made one person, in place of what the rules read in it: interviews and transcripts name their
    speakers so ("T.K.:", "N.B.:"), and "N.B." there is nobody's nota bene."""
    speakers = repeated_labels(texts, INITIALS_LABEL)
    labels = [INITIALS_LABEL.match(text) for text in texts]
    spans = {(b, label.start(1), label.end(1)) for b, label in enumerate(labels)
             if label is not None and label.group(1).replace(" ", "") in speakers}
    if not spans:
        return found
    kept = [m for m in found if not any(b == m.block and start <= m.start and m.end <= end for b, start, end in spans)]
    return kept + [Mention(b, start, end, "person", "medium", texts[b][start:end], words=[texts[b][start:end]],
                           rule="initials-only", reason="initials opening two paragraphs or more as a speaker's label")
                   for b, start, end in sorted(spans)]


def speaking(texts: list[str], m: Mention, speakers: set[str]) -> bool:
    label = SPEAKER_LABEL.match(texts[m.block])
    return label is not None and label.span(1) == (m.start, m.end) and sense_key(m.text) in speakers


#: How often a forename that is also an English word ("Vera", "Nina", "Rosa") must stand capitalised
#: inside sentences before it counts as a person's name without other evidence.
REPEATED_FORENAME = 3


#: How many persons named with a forename or initials and a surname in capitals make a text one that
#: prints its surnames so ("Zofia KALISZ", "A. P. MOSKALENKO").
SURNAMES_IN_CAPITALS = 2


def prints_surnames_in_capitals(found: list[Mention]) -> bool:
    """The text names persons as official documents and testimonies taken down by them do, a forename
    or initials in ordinary case and the surname in capitals, at least `SURNAMES_IN_CAPITALS` times."""
    return sum(1 for m in found if m.type == "person" and m.cert == "high" and (len(m.words) > 1 or m.initials)
               and any(w.isupper() and len(w) > 2 for w in m.words)
               and (m.initials or any(not w.isupper() for w in m.words))) >= SURNAMES_IN_CAPITALS


#: "of" between a name and the word after it, a comma allowed before it.
OF_BEFORE = re.compile(r",?[ \t]+of[ \t]+$")


def origin_after_a_name(text: str, m: Mention, person_ends: set[tuple[int, int]]) -> bool:
    """A bare word right after a person's name and "of" is the place the person is from, as lists of
    clergy, mullahs and correspondents name them: "mullah GADZHIEV Kurban of Rikvani", "J. R. Whitlock
    of Carlisle", "the mingbashi Mirza-Akhmed Khodzhi of Shahrikhan", "Mr. H. R., of Leith"."""
    of = OF_BEFORE.search(text, max(0, m.start - 8), m.start)
    return of is not None and (m.block, of.start()) in person_ends


def decide_pending(texts: list[str], found: list[Mention], authority: list[Mention]) -> list[Mention]:
    """The mentions kept once the document has decided its bare words: one pending (`person?`) is a
    person if named elsewhere with evidence, shaped like a surname (a family if in the plural), in a
    list of persons (not a village of the genre's lands, nor a word after "the" opening the list), the
    subject of a verb of saying or going, or what the text says of it it says of
    persons (`fate_of_a_person`) or an author-date citation gives it a year, or a forename the text
    capitalises inside its sentences three times or more ("Vera", an English word too); an institution right
    after "the" before a verb; else dropped. A word with none of that evidence is left unmarked even when no English word: on the
    held-out sets, fewer than a third of such words were persons (docs/entities.md, "A bare word with
    no evidence"). An acronym or a weak person whose word is a surname named elsewhere is that person,
    by the rules or by the genre authority ("Beria signed" … "the order had come from Beria")."""
    surnames = {surname(m) for m in found + authority if m.type == "person" and m.cert != "low" and m.words}
    last_words = Counter(sense_key(m.words[-1]) for m in found if m.type == "person" and m.words)
    surnames |= {sense_key(m.words[-1]) for m in found if m.type == "person" and len(m.words) == 1
                 and last_words[sense_key(m.words[-1])] > 1}
    speakers = speaker_labels(texts)
    surnames |= speakers  # "I am Maya" in the transcript whose speaker "MAYA:" is
    listed_with = in_list_of_persons(texts, found, surnames)
    # "Tamara Khatiashvili" named in full: "Tamara sang in the evenings" is she; so is "Manoug" of "Manoug
    # Ohanessian", a forename no list has
    named_in_full = {sense_key(m.words[0]) for m in found if m.type == "person" and len(m.words) > 1 and not m.initials
                     and m.words[0] in gz.first_names() or forename_only_the_text_gives(m)}
    undecided: list[Mention] = []  # bare words nothing decided where they stand
    forenames = Counter(m.text for m in found if m.type == "person?" and not m.sentence_start and len(m.text) > 3
                        and m.text in gz.first_names() and texts[m.block][m.end:m.end + 1] != ".")  # not "Art. 58"
    kept: list[Mention] = []
    capitals = prints_surnames_in_capitals(found)
    person_ends = {(p.block, p.end) for p in found + authority if p.type == "person"}
    full_name_ends = {(p.block, p.end) for p in found + authority if p.type == "person" and len(p.text.split()) > 1}
    for m in found:
        if m.type in ("person?", "org") and m.cert != "high" and speaking(texts, m, speakers):
            m.type, m.cert, m.words = "person", "medium", [m.text]
            m.reason += "; a speaker's label, opening paragraphs of a transcript"
        elif m.type == "person?":
            if IMPRINT_AFTER.match(texts[m.block], m.end):
                continue  # "Petrov, Repressii (Moscow: Zvenia, 1997)": the title of a cited work
            shaped = (gz.surname_shaped(m.text) or family_of(m.text)) and not gz.common_word(m.text) and not m.town
            named = sense_key(m.text) in surnames
            if capitals and len(m.text.split()) == 2 and m.text.split()[1].isupper():
                m.type, m.cert, m.words = "person", "medium", m.text.split()
                m.reason += "; the text prints its persons' surnames in capitals"
            elif origin_after_a_name(texts[m.block], m, person_ends):
                m.type, m.cert = "place", "low"
                m.reason += "; after a person's name and \"of\", where the person is from"
            elif named or shaped:
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; named elsewhere with evidence" if named else "; a surname's ending"
            elif sense_key(m.text) in named_in_full and not NAME_GOES_ON.match(texts[m.block], m.end) \
                    and (m.text in gz.first_names() or forename_no_place_shares(m.text)):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; the forename of a person the text names in full"
            elif id(m) in listed_with and not gz.common_word(m.text) and m.text not in gz.villages() \
                    and not list_opened_by_article(texts[m.block], m.start, m.end):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; in a list of persons"
            elif speaker(texts[m.block], m.end) and not gz.common_word(m.text):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; the subject of a verb of saying or going"
            elif AUTHOR_DATE.match(texts[m.block], m.end) and not gz.common_word(m.text):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; an author cited with the year of the work"
            elif fate_of_a_person(texts[m.block], m.start, m.end) and not gz.common_word(m.text):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; what the text says of it it says of persons (arrest, sentence, kin)"
            elif not gz.common_word(m.text) and not m.sentence_start \
                    and institution_by_article(texts[m.block], m.start, m.end):
                if region_before(texts[m.block], m.start):
                    m.type, m.cert = "place", "low"
                    m.reason += "; after a preposition of place and \"the\", as a region's or a river's name is"
                else:
                    m.type, m.cert = "org", "low"
                    m.reason += "; after the article, as an institution's name is and a person's is not"
            elif forenames[m.text] >= REPEATED_FORENAME:
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; a forename the text writes with a capital inside its sentences again and again"
            elif m.town:
                m.type, m.cert = "place", "low"
                m.reason += "; nothing in the text makes it a person"
            elif m.text in gz.villages() and not m.sentence_start:
                m.type, m.cert = "place", "low"
                m.reason += "; a village of the genre's lands (lexicon/genre-villages), and nothing makes it a person"
            else:
                undecided.append(m)
                continue
        elif m.type == "person" and m.rule == "single-name" and not gz.surname_shaped(m.text) \
                and origin_after_a_name(texts[m.block], m, full_name_ends):
            m.type, m.cert, m.words = "place", "low", []  # "Mr. W. P., of Bradford": a town, not the forename
            m.reason += "; but after a person's name and \"of\", where the person is from"
        elif m.type == "org" and m.rule in ("acronym", "acronym-apart") and m.cert == "medium" \
                and sense_key(m.text) in surnames:
            m.type, m.words = "person", [m.text]  # "SCHULTZ" is the SCHULTZ named with his forename
            m.reason += "; but named elsewhere as a person's surname"
        elif id(m) in listed_with and shaped_acronym(m):
            m.type, m.words = "person", [m.text]
            m.reason += "; but in a list of surnames in capitals"
        elif m.type == "person" and m.cert == "low":
            if sense_key(m.words[-1]) in surnames:
                m.cert = "medium"
                m.reason += "; named elsewhere with evidence"
        kept.append(m)
    # what the text says of a bare word in one place decides it everywhere ("Lyonya, who was eight"
    # makes a person of the "found Lyonya in a children's home" after it)
    decided = {sense_key(m.text) for m in kept if m.type == "person" and m.rule != "authority" and m.words == [m.text]}
    for m in undecided:
        if sense_key(m.text) in decided:
            m.type, m.cert, m.words = "person", "medium", [m.text]
            m.reason += "; a person where the text says more of it"
            kept.append(m)
    return kept
