"""Persons, places and organisations: every mention tagged and linked to a register entry.

With a register (edition data), each mention of an entry's forms is tagged: its variants, and what
its standard name implies (surname alone, forename + surname, forename + patronymic, initials before
the surname when they fit the forename and patronymic). A form shared by two entries goes to the one
mentioned last. Without a register, `teikit.annotate.recognise` finds the entities and drafts a
register, which is then carried into the TEI so every `@ref` resolves.

Mentions are `persName`/`placeName`/`orgName` spans (rank 30) with `@ref`, `@resp="#teikit"` and
`@cert`: high for a form the register lists, medium for one derived from the standard name, low
where context had to choose. Titles ("Comrade", "T.", "com.") stay outside the name; possessive 's
is never part of it; derived words (Trotskyist) never match, as a form must end at a word boundary.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from lxml import etree

from teikit.annotate import gazetteer as gz
from teikit import lexicon as lx
from teikit.authority import entry_elements, load_authority, shipped_surnames
from teikit.annotate.recognise import recognise
from teikit.annotate.recognise.registry import RULES
from teikit.annotate.recognise.cuts import rank_at, vessel_before
from teikit.annotate.recognise.document import on_a_route
from teikit.annotate.recognise.organisations import enterprise_after, farm_before, kind_of_enterprise
from teikit.annotate.recognise.places import LINE_CLOSES, NAME_THEN_COMMA, among_places, \
    bracketed_after_a_place, called_a_town, dated_field, dateline_after, other_name_of_a_place_after, region_after, \
    renaming_before, renaming_tail, site_pattern, unit_level_after, year_of_birth_before
from teikit.annotate.recognise.quotations import decorations, inside, names_a_quoted_institution, titles_of_works
from teikit.annotate.recognise.tokens import WORD_CHAR
from teikit.annotate.recognise.words import LOWERCASE_WORD_AFTER, is_acronym, persons_verb_after
from teikit.corpus import stable_ids
from teikit.edition import EditionData
from teikit.model import Block, Document, Span
from teikit.xmlio import TEI_NS
from teikit.register import ENTITY_TAG, KINDS, XML_ID, Entry, entries, register_element

RANK = 30
RESP = "#teikit"


@cache
def dotted_initials() -> re.Pattern[str]:
    """Initials written before a surname: "Ya. G. ", "L.D. ", "L. L. " (lexicon/initial-digraphs too)."""
    return re.compile(rf"(?<![\w.])((?:{gz.initial().pattern}\.\s?){{1,3}})$")


#: Initials run together without dots, as careless translations print them: "IV Petrov", "LD Orlov".
BARE_INITIALS = re.compile(r"(?<![\w.])([A-Z]{2}) $")
#: How far before a surname its initials can begin: three "Ya. " and a line end.
INITIALS_REACH = 16
#: A forename written in full before a surname: "Anna Zetkin".
FORENAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")
#: A headword's forename after its surname and a comma: "KORNILOV, Boris Petrovich".
FORENAME_AFTER_COMMA = re.compile(r",[ \t]+([A-Z][a-z]+)\b")
FORENAME_REACH = 24
ABBREVIATED_TITLE = re.compile(r"\s+[A-Z]")


@dataclass
class Form:
    ids: list[str]
    cert: str


def derived_forms(entry: Entry) -> list[str]:
    """Forms a standard name implies: surname, forename (+ patronymic) (+ surname), short names."""
    forms: list[str] = []
    if entry.type == "person":
        surname, fore, pat = entry.surname, entry.forenames[:1], entry.patronymic
        if surname:
            forms.append(surname)
            forms += [f"{f} {surname}" for f in fore]
            if pat:
                forms += [f"{f} {pat}" for f in fore] + [f"{f} {pat} {surname}" for f in fore]
        elif entry.standard and " " not in entry.standard:
            forms.append(entry.standard)
    else:
        for name in [entry.standard, *entry.other_names]:
            inside = re.findall(r"\(([^()]*)\)", name)
            outside = re.sub(r"\s*\([^()]*\)", "", name).split(",")[0]
            forms += [outside, *inside]
    cleaned = [re.sub(r"^the\s+", "", f.strip()) for f in forms]
    return [f for f in cleaned if len(f) >= 3 and f[0].isupper()]


def form_table(register: list[Entry]) -> dict[str, Form]:
    """Every form → the entries it may mean. Listed variants win over derived forms."""
    table: dict[str, Form] = {}
    for entry in register:
        for form in entry.variants:
            table[form] = Form([entry.id], "high")
    for entry in register:
        for form in derived_forms(entry):
            known = table.get(form)
            if known is None:
                table[form] = Form([entry.id], "medium")
            elif known.cert != "high" and entry.id not in known.ids:
                known.ids.append(entry.id)
    return table


def form_pattern(forms: list[str]) -> re.Pattern[str]:
    """One pattern of every form, the longest that fits first, ending at a word's end; a space in a
    form matches any white space. The forms share their prefixes as a tree ("Ya(?:kir|goda)"): `re`
    tries the alternatives of a flat list one by one at every capital, which made scanning a 1 MB
    text about 40 times slower with the genre authority's ~2,800 forms. It does not test what comes
    before a form (`form_matches` does): a lookbehind first would stop `re` from skipping ahead to
    the letters forms start with."""
    tree: dict[str, dict] = {}
    for form in forms:
        node = tree
        for token in re.findall(r"\s+|.", form.strip(), re.S):
            node = node.setdefault(" " if token.isspace() else token, {})
        node[""] = {}  # a form ends here
    return re.compile(rf"(?:{branches(tree)})(?!{WORD_CHAR})")  # "compiled by Memorial¹": a footnote's figure


def branches(node: dict[str, dict]) -> str:
    """The pattern of a prefix tree's node: its children (at most one can match, each starts with
    another character), optional where a form ends, so a longer form is tried before a shorter one."""
    paths = [(r"\s+" if key == " " else re.escape(key)) + branches(child) for key, child in node.items() if key]
    if not paths:
        return ""
    body = paths[0] if len(paths) == 1 else "(?:" + "|".join(paths) + ")"
    return f"(?:{body})?" if "" in node else body


#: A form never starts inside a word or straight after a hyphen…
WORD_BEFORE = re.compile(r"[\w-]")
#: …but for an acronym after a name and a hyphen, one body in two of its names: "the Cheka-KGB".
NAME_AND_HYPHEN = re.compile(r"\b[A-Z]\w*-$")


def form_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `form_pattern` that start a word, leftmost first, as a lookbehind would give;
    after a hyphen only an acronym (`NAME_AND_HYPHEN`) or a form right after another whole form: "the
    Tukhachevsky-Yakir case" names two persons."""
    pos, last_end = 0, -1
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        if start and WORD_BEFORE.match(text, start - 1) and not (
                text[start - 1] == "-" and (last_end == start - 1 or match.group().isupper()
                                            and NAME_AND_HYPHEN.search(text, max(0, start - 20), start))):
            pos = start + 1
            continue
        yield match
        last_end = match.end()
        pos = match.end() if match.end() > start else start + 1


def initials_fit(initials: list[str], entry: Entry) -> bool:
    """Do initials written before a surname belong to this person (forename, then patronymic)?"""
    expected = [n[0] for n in (entry.forenames[:1] + ([entry.patronymic] if entry.patronymic else []))]
    if not expected:
        return not (len(initials) == 1 and initials[0] in lx.words("title-initials"))
    return all(i[0] == e for i, e in zip(initials, expected)) and len(initials) <= len(expected)


def forename_fits(forename: str, entry: Entry) -> bool:
    """Can a forename written in full be this person's, in some transliteration ("Lev"/"Leon",
    "Yevgeny"/"Evgeny")? Compared by first letter, as initials are."""
    first = forename[0].translate(gz.same_first_letter())
    return any(name[0].translate(gz.same_first_letter()) == first for name in entry.forenames)


def extend_over_initials(text: str, start: int, entry: Entry, form: str) -> int:
    """Start of the mention including initials before a surname ("Ya. G. Rudin", "IV Petrov")."""
    if entry.type != "person" or form.split()[0].casefold() != (entry.surname or form).split()[0].casefold():
        return start
    window = max(0, start - INITIALS_REACH)  # the patterns end at `start`: no need to scan the whole text
    dotted = dotted_initials().search(text, window, start)
    if dotted:
        initials = re.findall(r"[A-Z][a-z]?", dotted.group(1))
        if initials_fit(initials, entry):
            return dotted.start(1)
    bare = BARE_INITIALS.search(text, window, start)
    if bare and entry.forenames and initials_fit(list(bare.group(1)), entry):
        return bare.start(1)
    return start


@dataclass(frozen=True)
class FormIndex:
    """A register's entries by id, its forms and the one pattern that finds them: what a finder reads
    and never changes, so that one index can serve every text (see `authority_index`)."""

    entries: dict[str, Entry]
    table: dict[str, Form]
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, register: list[Entry], table: dict[str, Form]) -> FormIndex:
        return cls({e.id: e for e in register}, table, form_pattern(list(table)) if table else None)


class RegisterFinder:
    """Finds the register's forms in blocks, in reading order, remembering who was mentioned last."""

    def __init__(self, index: FormIndex) -> None:
        self.entries, self.table, self.pattern = index.entries, index.table, index.pattern
        self.last_seen: dict[str, int] = {}
        self.clock = 0

    def entry_of(self, span: Span) -> Entry:
        """The register's entry a span found by this finder refers to."""
        return self.entries[span.attrs["ref"][1:]]

    def choose(self, form: Form) -> tuple[str, str]:
        if len(form.ids) == 1:
            return form.ids[0], form.cert
        recent = max(form.ids, key=lambda i: self.last_seen.get(i, -1))
        return recent, "low"

    def spans(self, block: Block) -> list[Span]:
        if self.pattern is None:
            return []
        text, found = block.text, []
        for match in form_matches(self.pattern, text):
            surface = " ".join(match.group().split())
            if re.fullmatch(r"[A-Z]\.", surface) and ABBREVIATED_TITLE.match(text, match.end()):
                continue  # "T. Ivanov": an abbreviated title, not a name
            entry_id, cert = self.choose(self.table[surface])
            entry = self.entries[entry_id]
            if found and text[found[-1].end:match.start()] == "-" and found[-1].attrs["ref"] == f"#{entry_id}":
                found[-1].end = match.end()  # "V. M. Skryabin-Molotov": one person in two of his names
                continue
            start = extend_over_initials(text, match.start(), entry, surface)
            self.clock += 1
            self.last_seen[entry_id] = self.clock
            found.append(Span(start, match.end(), ENTITY_TAG[entry.type],
                              {"ref": f"#{entry_id}", "resp": RESP, "cert": cert}, rank=RANK,
                              explanation=("register", f"a form of the register's entry {entry_id}")))
        return found


@cache
def initials_after() -> re.Pattern[str]:
    """Initials written after a surname, as official documents list people: "YEZHOV N.I."."""
    return re.compile(rf"\s((?:{gz.initial().pattern}\.\s?){{1,2}})(?!\w)")


@cache
def initials_after_comma() -> re.Pattern[str]:
    """Initials after a surname and a comma, as indexes and bibliographies print a name: "Kaganovich,
    L. M., 41". Taken only where they fit the authority's person and no name follows them, so "Kirov,
    V. M. Molotov" and "Maxim Gorky, L. L. Averbakh" keep two."""
    initial = gz.initial().pattern
    return re.compile(rf",[ \t]((?:{initial}\.[ \t]?){{0,2}}{initial}\.)(?!\w)(?![ \t]+[A-Z])")


@cache
def place_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A preposition of place before a word or before the list it ends ("in Omsk, Kirov and Tomsk"),
    a verb of going and the preposition of its goal ("left for Kirov", "moved back into Molotov"), a
    kind of place and "of" ("the town of Molotov"), or a word that gives a place's other name ("Perm,
    then Molotov"); and a unit word after it or after the list it opens ("the Kirov and Tobol
    raions"); lexicon files place-prepositions, motion-verbs, motion-particles, motion-prepositions,
    place-nouns, renaming-words and unit-heads."""
    preposition = lx.alternation(lx.entries("place-prepositions"), either_case=True)
    motion = rf"{lx.alternation(lx.entries('motion-verbs'), either_case=True)}\s+" \
        rf"(?:{lx.alternation(lx.entries('motion-particles'))}\s+)?{lx.alternation(lx.entries('motion-prepositions'))}"
    return (re.compile(rf"(?:\b(?:{preposition}|{motion})\s+(?:the\s+)?"
                       rf"|\b{lx.alternation(lx.entries('place-nouns'))}\s+of\s+"
                       rf"|[,(]\s*{lx.alternation(lx.entries('renaming-words'))}\s+)"
                       r"(?:[A-Z][\w‐-]*(?:,\s*|,?\s+(?:and|or)\s+))*$"),
            re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w‐-]*)*"
                       rf"\s+(?i:{lx.alternation(lx.entries('unit-heads'))}s?)\b"))


#: The word right before a name, a comma maybe between ("KOLESNIKOV, Ivan Stepanovich"), and right after it.
SURNAME_BEFORE = re.compile(r"([A-Z][\w'’-]+),? $")
SURNAME_AFTER = re.compile(r" ([A-Z][\w'’-]+)")


@cache
def authority_index(authority: etree._Element) -> FormIndex:
    """The authority's forms, with a person's surname (and its one-word variants) and an organisation's
    name also in capitals, as official documents and telegrams print them. Built once per authority
    (`load_authority` caches the element): the genre authority's ~2,800 forms take longer to index than
    a text to convert."""
    register = entries(authority)
    table = form_table(register)
    by_id = {e.id: e for e in register}
    for entry in register:
        # the surname and its other spellings written alone ("Zhordania", "Jordania")
        one_word = [entry.surname, *(v for v in entry.variants if " " not in v)] if entry.type == "person" else []
        for name in one_word:
            form = table.get(name) if len(name) >= 4 else None
            if form is not None:
                table.setdefault(name.upper(), Form(list(form.ids), form.cert))
    for surface, form in list(table.items()):  # "KAITSELIIT", "LENINGRAD MILITARY DISTRICT"
        if len(surface) >= 5 and not surface.isupper() and all(by_id[i].type == "org" for i in form.ids):
            table.setdefault(surface.upper(), Form(list(form.ids), form.cert))
    return FormIndex.of(register, table)


#: An institution's name, "of the" and the name of the body it belongs to.
OF_THE_BODY = re.compile(r"(.+?)\s+(?:of\s+the|OF\s+THE)\s+(\S.*)", re.DOTALL)


#: A hyphen, then a capitalised word (group 1) as a compound's second part: "-Shakhar".
HYPHEN_AND_WORD = re.compile(r"[-‐]([A-Z][\w‐-]*)")


#: After a name, the capitalised words, three at most, among which a word may say what the name names:
#: " Works", " Aviation Institute", " Street" (group 1).
NAMED_AFTER = re.compile(r"((?: [A-Z][\w‐-]*){1,3})")


class AuthorityFinder(RegisterFinder):
    """The register finder over the authority (`authority_index`, with the genre's capitals) and its
    place-or-person rule."""

    def __init__(self, index: FormIndex) -> None:
        super().__init__(index)
        self.towns: set[str] = set()  # persons' surnames the text names a town of the genre by (not "Beria")
        self.persons: set[str] = set()  # and those it names a person by, something of the person beside them

    def without_towns(self, text: str, spans: list[Span]) -> list[Span]:
        """A person's bare surname that the text names only as the town called after them where anything
        tells (`place_here`: "shot in Frunze", "Kalinin, 3 April 1940") is left to the rules, which read it
        as the town where nothing says otherwise; not where the text names the person too, by initials, a
        possessive or a noun, a bracket or a verb of a person ("M. V. Frunze", "Frunze's successor", "the
        Kirov case", "Molotov (Skryabin)", "Kirov himself")."""
        towns = self.towns - self.persons
        return [span for span in spans if not (span.tag == "persName" and text[span.start:span.end] in towns)]

    def persons_named(self, text: str, spans: list[Span]) -> None:
        """Note the surnames of `spans`, before initials after them are taken in, that the text names a
        person by: with initials or a forename, or with what `person_after` reads."""
        for span in spans:
            surface = text[span.start:span.end]
            surname = surface.split()[-1]
            if self.entry_of(span).type == "person" and (
                    surname != surface or initials_after().match(text, span.end) or person_after(text, span.end)):
                self.persons.add(surname)

    def spans(self, block: Block) -> list[Span]:
        awards = decorations(block.text)
        named = super().spans(block)
        here = [self.place_here(block.text, span) for span in named]
        self.towns |= {surface for span, there in zip(named, here)
                       if there and gz.listed_town(surface := block.text[span.start:span.end])}
        found = [span for span, there in zip(named, here)
                 if not there and not self.namesake(block.text, span)
                 and not self.names_what_bears_it(block.text, span, awards)
                 and not self.part_of_a_longer_name(block.text, span)
                 and not self.opens_a_compound(block.text, span)
                 and not rank_at(block.text, span.start, span.end)]  # "Red Army man KRAVETS": a rank
        found = [part for span in found for part in self.flat(block.text, span)]
        self.persons_named(block.text, found)
        for span in found:
            span.explanation = ("authority", f"a form of the genre authority's entry {span.attrs['ref'][1:]}")
            if self.entry_of(span).type == "person":
                after = initials_after().match(block.text, span.end) \
                    or initials_after_comma().match(block.text, span.end)
                if after and initials_fit(re.findall(r"[A-Z][a-z]?", after.group(1)),
                                          self.entry_of(span)):
                    span.end = after.end(1)
                span.start = self.forename_before(block.text, span)
        return self.inverted_headwords(block.text, found)

    def names_what_bears_it(self, text: str, span: Span, awards: list[tuple[int, int]]) -> bool:
        """The person's or the state's name inside a decoration ("the Order of Suvorov", "Hero of the Soviet
        Union"), a ship's name ("the icebreaker Krasin") or a farm's ("the artel Molotov"): what bears the
        name, not who or what it honours."""
        kind, start = self.entry_of(span).type, span.start
        return kind in ("person", "place") and inside(start, span.end, awards) \
            or vessel_before().search(text, max(0, start - 30), start) is not None \
            or kind == "person" and farm_before().search(text, max(0, start - 40), start) is not None

    def flat(self, text: str, span: Span) -> list[Span]:
        """An institution's form that names its body after "of the", the body another of the
        authority's institutions ("Special Board of the NKVD", "Central Archive of the FSB", a heading's
        "PLENIPOTENTIARY REPRESENTATION OF THE OGPU"), is two
        mentions, as GUIDELINES split "Central Committee of the CPSU (b)": the organ under its own
        entry, the body under the body's, or by the rules when the body is an acronym the authority
        does not hold ("the FSB"). A state after "of the" stays in the name ("the Communist Party of
        the Soviet Union")."""
        if self.entry_of(span).type != "org":
            return [span]
        parts = OF_THE_BODY.fullmatch(text, span.start, span.end)
        if parts is None:
            return [span]
        body = self.table.get(" ".join(parts.group(2).split()))
        head = Span(span.start, parts.end(1), span.tag, dict(span.attrs), rank=span.rank)
        if body is None:  # the rules name "the FSB"; a party's state stays in its name
            return [head] if is_acronym(parts.group(2)) and parts.group(2) not in gz.places() else [span]
        body_id, cert = self.choose(body)
        if self.entries[body_id].type != "org":
            return [span]  # "the Communist Party of the Soviet Union": one name
        return [head, Span(parts.start(2), span.end, "orgName", {**span.attrs, "ref": f"#{body_id}", "cert": cert},
                           rank=span.rank)]

    def inverted_headwords(self, text: str, found: list[Span]) -> list[Span]:
        """A person's surname opening a line, a comma, then the same person's forenames, as
        biographical dictionaries and bibliographies print a headword ("YAGODA, Genrikh Grigoryevich"),
        is one mention, not two."""
        merged: list[Span] = []
        for span in found:
            last = merged[-1] if merged else None
            if last is not None and last.attrs["ref"] == span.attrs["ref"] \
                    and re.fullmatch(r",[ \t]+", text[last.end:span.start]) \
                    and text[max(0, last.start - 1):last.start] in ("", "\n") \
                    and text[last.start:last.end].casefold() == self.entry_of(span).surname.casefold():
                last.end = span.end
                continue
            merged.append(span)
        return merged

    def namesake(self, text: str, span: Span) -> bool:
        """A surname with initials or a forename before or after it that are not the authority person's
        ("Colonel S. LYSENKO" is not Trofim Denisovich, "Anna Zetkin" is not Clara, the headword
        "KORNILOV, Boris Petrovich" is not Lavr): another bearer of the surname, left to the rules."""
        entry = self.entry_of(span)
        if entry.type != "person" or not entry.forenames:
            return False
        before = dotted_initials().search(text, max(0, span.start - INITIALS_REACH), span.start)
        after = initials_after().match(text, span.end)
        if any(found and not initials_fit(re.findall(r"[A-Z][a-z]?", found.group(1)), entry)
               for found in (before, after)):
            return True
        forename = FORENAME_BEFORE.search(text, max(0, span.start - FORENAME_REACH), span.start)
        headword = FORENAME_AFTER_COMMA.match(text, span.end)
        if text[max(0, span.start - 1):span.start] in ("", "\n") and headword \
                and headword.group(1) not in shipped_surnames():  # a known surname after the comma: a list
            forename = headword  # a headword: "KORNILOV, Boris Petrovich"
        return bool(forename) and forename.group(1) in gz.first_names() \
            and not forename_fits(forename.group(1), entry) or self.another_surname_beside(text, span, entry)

    @staticmethod
    def another_surname_beside(text: str, span: Span, entry: Entry) -> bool:
        """A forename and patronymic name the authority person only alone ("Ivan Stepanovich" for Konev):
        beside another surname, in capitals or of a surname's shape ("KOLESNIKOV Ivan Stepanovich",
        "Ivan Stepanovich Petrov"), they are that person's, as lists of the accused print thousands."""
        if entry.surname.casefold() in text[span.start:span.end].casefold():
            return False
        before = SURNAME_BEFORE.search(text, max(0, span.start - FORENAME_REACH), span.start)
        after = SURNAME_AFTER.match(text, span.end)
        return any(found is not None and found.group(1).casefold() != entry.surname.casefold()
                   and (found.group(1).isupper() and len(found.group(1)) > 2 or gz.surname_shaped(found.group(1)))
                   for found in (before, after))

    def forename_before(self, text: str, span: Span) -> int:
        """Where the person's mention starts: at the forename before the surname when it is the
        person's ("Faizulla KHODZHAEV" in a list that prints surnames in capitals), else where the
        form starts. Another forename is another bearer (`namesake`)."""
        forename = FORENAME_BEFORE.search(text, max(0, span.start - FORENAME_REACH), span.start)
        entry = self.entry_of(span)
        if forename and forename.group(1) in gz.first_names() and entry.forenames \
                and forename_fits(forename.group(1), entry):
            return forename.start(1)
        return span.start

    def opens_a_compound(self, text: str, span: Span) -> bool:
        """A person's name before a hyphen and a word that is no form of the authority nor an acronym
        opens a name of its own, a town's named after the person ("Mikoyan-Shakhar"): left to the
        rules. Two forms joined are two persons or one with two names ("the Tukhachevsky-Yakir
        case", "Skryabin-Molotov")."""
        after = HYPHEN_AND_WORD.match(text, span.end)
        return self.entry_of(span).type == "person" and after is not None \
            and not after.group(1).isupper() and self.pattern.match(text, after.start(1)) is None

    def part_of_a_longer_name(self, text: str, span: Span) -> bool:
        """A place that opens a camp's name ("the Karaganda Corrective Labour Camp", "the Solovetsky
        Special Purpose Camp") is part of that name, as Karlag's is, and an institution before a word
        for a place names that place ("the Levashovo Memorial Cemetery", "Comintern Street":
        lexicon/place-heads), as one after a place's word and "of" does ("the Stadium of Young Pioneers":
        lexicon/place-leads): left to the rules."""
        kind = self.entry_of(span).type
        if kind == "org":
            head = re.match(r" ([A-Z][\w‐-]*)", text[span.end:span.end + 40])
            lead = WORD_AND_OF.search(text, max(0, span.start - 40), span.start)
            return head is not None and head.group(1) in lx.words("place-heads") \
                or lead is not None and lead.group(1) in lx.words("place-leads")
        return kind == "place" and CAMP_AFTER.match(text, span.end) is not None

    def place_here(self, text: str, span: Span) -> bool:
        """A person's surname before a unit word ("the Frunze raion"), or one that is also a gazetteer
        place after a preposition of place ("in Kirov"), opening a dateline ("Kuibyshev, 3.IV.42", "FRUNZE,
        KIRGHIZIA —") or a dated field inside a line ("and others; Frunze, 22.I.1937"), on a route's stages
        ("Molotov – Kirov – Kotlas") or after a year of birth ("born 1910, Engels,");
        or one with another name of a place in brackets after it ("Molotov (Perm)"), or in brackets after a
        place itself, a town of the genre's lists ("Samara (Kuibyshev)"), or words saying it was
        the town's name then ("Voroshilovgrad, as it was then") or that the text calls a town ("Kuibyshev,
        the town in Novosibirsk Oblast"), or the name an
        institution, a street or a site bears ("the Kirov Works", "the Kuibyshev Aviation Institute", "Frunze
        Street", "the Kaganovich kolkhoz", "the Yaroslavsky railway station"), or after a word that opens
        a place's name ("Peak Kuibyshev", "Fort Shevchenko": lexicon/place-leads): left to the rules. Not
        before a noun the person's name qualifies ("in the Kirov case")."""
        if self.entry_of(span).type != "person" or text[span.end:span.end + 2] in ("'s", "’s"):
            return False  # "after a visit to Beria's office": a possessive is the person's
        lead = CAPITALISED_WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
        if lead and lead.group(1) in lx.words("place-leads"):
            return True
        named_after = NAMED_AFTER.match(text, span.end)
        if named_after and any(word in lx.words("org-words") or word in lx.words("place-heads")
                               for word in named_after.group(1).split()) \
                or kind_of_enterprise()[1].match(text, span.end) or enterprise_after().match(text, span.end) \
                or kind_of_enterprise()[0].search(text, max(0, span.start - 30), span.start) \
                or site_pattern().match(text, span.end) or names_a_quoted_institution(text, span.start, span.end):
            return True  # "the Kirov Works", "Frunze Street", "the Kaganovich kolkhoz", "the Kirov works",
            # "the kolkhoz imeni Petrovsky", "the Yaroslavsky railway station", the kolkhoz "Chapaev": named
            # after the person
        before, after = place_context()
        if after.match(text, span.end) or other_name_of_a_place_after(text, span.start, span.end):
            return True  # "the Frunze raion", "Kirov oblast", "Molotov (Perm)": named after the person
        if bracketed_after_a_place(text, span.start, span.end) and gz.listed_town(text[span.start:span.end]):
            return True  # "Samara (Kuibyshev)": the town's other name
        if unit_level_after(text, span.end) and text[span.start:span.end].title() in gz.places():
            return True  # "the Kirov regional directorate": the town
        qualified = LOWERCASE_WORD_AFTER.match(text, span.end)
        if qualified and qualified.group(1) in lx.words("person-attribute-nouns"):
            return False  # "in the Kirov case", "the Beria memorandum": the person's (lexicon/person-attribute-nouns)
        dateline = text[max(0, span.start - 1):span.start] in ("", "\n") \
            and (dateline_after().match(text, span.end) or region_after(text, span.end)) \
            or dated_field(text, span.start, span.end)  # "and others; Frunze, 22.I.1937"
        if renaming_before(text, span.start, span.end) or renaming_tail().match(text, span.end) \
                or called_a_town(text, span.start, span.end):
            return True  # "it was renamed Kalinin", "was called Molotov from 1940", "Voroshilovgrad, as it was
            # then", "our city is called Molotov", "Kuibyshev, the town in Novosibirsk Oblast": the town
        stage = on_a_route(text, span.start, span.end)
        born = year_of_birth_before().search(text, max(0, span.start - 40), span.start)  # "born 1910, Engels,"
        closing = NAME_THEN_COMMA.search(text, max(0, span.start - 40), span.start) \
            and LINE_CLOSES.match(text, span.end)  # "Lent by the Archive (GIANP), Engels."
        settlement = SETTLEMENT_BEFORE.search(text, max(0, span.start - 20), span.start)  # "station Engels"
        return text[span.start:span.end].title() in gz.places() \
            and (dateline or stage or born or closing or settlement or among_places(text, span.start, span.end)
                 or before.search(text[max(0, span.start - 80):span.start]) is not None)


def person_after(text: str, end: int) -> bool:
    """What follows a surname ending at `end` makes it a person's: a possessive, a noun it qualifies
    (lexicon/person-attribute-nouns), a bracket (another name of the person), a verb only a person is
    the subject of, or a reflexive pronoun (lexicon/reflexive-pronouns: "Kirov himself")."""
    word = LOWERCASE_WORD_AFTER.match(text, end)
    return text[end:end + 2] in ("'s", "’s", " (") or persons_verb_after(text, end) or word is not None and (
        word.group(1) in lx.words("person-attribute-nouns") or word.group(1) in lx.words("reflexive-pronouns"))


#: A capitalised word and "of" (and "the") right before a name: "the Stadium of Young Pioneers".
WORD_AND_OF = re.compile(r"\b([A-Z][\w‐-]*) of (?:the )?$")
#: The capitalised word right before a name: "Peak" in "Peak Kuibyshev".
CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][\w‐-]*) $")

#: Up to three capitalised words and a camp word after a place: the rest of a camp's name (lexicon/camp-words).
CAMP_AFTER = re.compile(rf"(?: [A-Z][\w‐-]*){{0,3}} {lx.alternation(lx.entries('camp-words'))}\b")

#: A kind of settlement right before a name: "station Engels", "the village Kalinino" (lexicon/settlement-leads).
SETTLEMENT_BEFORE = re.compile(rf"\b{lx.alternation(lx.entries('settlement-leads'))}\s+$")

def annotate(doc: Document, data: EditionData) -> None:
    """Tag every mention; without a register, look names up in the genre authority, recognise the
    rest and draft the register (the authority entries used, then the drafted ones)."""
    blocks = [block for block in doc.blocks() if block.holds_markup]
    if data.register is None:
        annotate_unseen(doc, blocks, data)
        return
    own = entries(data.register, data.paths[-1] if data.paths else None)
    corpus = [e for e in entries(data.corpus)] if data.corpus is not None else []
    overridden = {e.id for e in own}
    register = [e for e in corpus if e.id not in overridden] + own
    finder = RegisterFinder(FormIndex.of(register, form_table(register)))
    for block in blocks:
        block.spans.extend(finder.spans(block))
    if corpus:
        used = {span.attrs["ref"][1:] for block in blocks for span in block.spans if "ref" in span.attrs}
        data.register = with_entries(data.register, entry_elements(data.corpus, (used - overridden) & {e.id for e in corpus}))


def annotate_unseen(doc: Document, blocks: list[Block], data: EditionData) -> None:
    authority = load_authority(data.authorities, data.shipped_authority)
    index = authority_index(authority) if authority is not None else None
    known = list(index.entries.values()) if index is not None else []
    finder = AuthorityFinder(index) if known else None
    claimed = [authority_spans(finder, block) if finder else [] for block in blocks]
    if finder:
        claimed = [finder.without_towns(block.text, spans) for block, spans in zip(blocks, claimed)]
    reserved = {d.type for d in doc.divisions} | {e.id for e in known} | {
        "teikit", "editor", "publisher", "translator", "dossier", "colophon", "document"}
    drafts, mentions = recognise([b.text for b in blocks], reserved, data.rules or RULES, claimed)
    renamed = stable_ids(drafts, known, reserved)
    known_ids = {e.id for e in known}
    used_drafts: set[str] = set()
    for block, taken, found in zip(blocks, claimed, mentions):
        free = [span for span in (body_after_known(block.text, span, taken) for span in found) if span is not None]
        for span in free:
            span.attrs["ref"] = "#" + renamed.get(span.attrs["ref"][1:], span.attrs["ref"][1:])
        joined, named = bodies_with_quoted_names(block.text, sorted(taken + free, key=lambda s: s.start))
        used_drafts |= {span.attrs["ref"][1:] for span in joined}
        block.spans.extend(joined)
        taken[:] = [span for span in taken if span not in named]
        taken += [span for span in free if span.attrs["ref"][1:] in known_ids]  # a draft that is a known entry
    for draft in drafts:
        draft.id = renamed.get(draft.id, draft.id)
    drafts = [d for d in drafts if d.id in used_drafts and d.id not in known_ids]
    used_forms: dict[str, list[str]] = {}
    for block, taken in zip(blocks, claimed):
        for span in taken:
            forms = used_forms.setdefault(span.attrs["ref"][1:], [])
            surface = " ".join(block.text[span.start:span.end].split())
            if surface not in forms:
                forms.append(surface)
    if drafts or used_forms:
        known_used = entry_elements(authority, set(used_forms)) if used_forms else []
        for el in known_used:  # teikit chose a curated entry: the editor reviews it like a drafted one
            el.set("resp", "#teikit")
            el.set("cert", "high")
            add_variants(el, used_forms[el.get(XML_ID)])
        data.register = register_element(drafts, known_used)


def body_after_known(text: str, span: Span, taken: list[Span]) -> Span | None:
    """A span of the rules, unless it overlaps a name the authority found; an institution that
    overlaps a place of the authority only at its start is that place's body and keeps what follows
    it ("the Primorsky Krai Executive Committee": the rules' "Krai Executive Committee" after their
    "Primorsky", the authority's "Primorsky Krai", leave "Executive Committee"); not an institution
    the authority knows by the start of its name ("Hoover Institution Press"). So is a person after
    an institution of the authority, when it is a name of two words or more ("Member of the Saeima Ilze
    Vanaga"; not "Dinamo Tbilisi", the rules' one person)."""
    if not overlaps(span, taken):
        return span
    clash = [t for t in taken if t.start < span.end and span.start < t.end]
    end = max(t.end for t in clash)
    rest = text[end:span.end]
    body_of_a_place = span.tag == "orgName" and all(t.tag == "placeName" for t in clash)
    person_after_a_name = span.tag == "persName" and all(t.tag == "orgName" for t in clash) and len(rest.split()) > 1
    if any(t.start > span.start for t in clash) or not (body_of_a_place or person_after_a_name) \
            or not rest.strip()[:1].isupper():
        return None
    span.start = end + len(rest) - len(rest.lstrip())
    return span


#: What stands between an institution and the name it bears in quotation marks: a space and the mark.
QUOTE_AFTER_BODY = re.compile(r"[ \t]?[\"«“„]")
QUOTE_CLOSES = ("\"", "»", "”", "“")


def bodies_with_quoted_names(text: str, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """An institution and the name in quotation marks right after it are one name, as Soviet documents
    write a directorate and the cover name it works under ('the UKR "SMERSH"', 'OKR «SMERSH» of the
    13th Army', 'the Research Centre "Memorial"'): the spans in `text` order, with the quoted names
    taken into the institution's, and those quoted names."""
    kept: list[Span] = []
    named: list[Span] = []
    for span in spans:
        body = kept[-1] if kept else None
        quoted = QUOTE_AFTER_BODY.fullmatch(text, body.end, span.start) if body is not None else None
        if quoted and body.tag == span.tag == "orgName" and text[span.end:span.end + 1] in QUOTE_CLOSES:
            body.end = span.end + 1
            named.append(span)
            continue
        kept.append(span)
    return kept, named


def authority_spans(finder: AuthorityFinder, block: Block) -> list[Span]:
    """The authority's names in a block, except those inside the title of a work it quotes; a name
    that fills the quotation marks alone is the name quoted ("the work of the "Inner Line"")."""
    found = finder.spans(block)
    titles = titles_of_works(block.text) if found else []
    outside_titles = [span for span in found
                      if not inside(span.start, span.end, titles) or (span.start, span.end) in titles]
    return one_persons_parts(block.text, outside_titles)


#: What stands between two parts of one person's name: a space, or a comma and a space when inverted
#: (group 1).
BETWEEN_PARTS = re.compile(r"(,)?[ \t]+")


def one_persons_parts(text: str, spans: list[Span]) -> list[Span]:
    """The authority's names of one person side by side are one name, as GUIDELINES mark it: a
    surname in capitals and the forename and patronymic after it ("ZAKOVSKY Leonid Mikhailovich"), or
    an index's inverted name ("Yezhov, Nikolai Ivanovich"), not two mentions; not one spelling of a
    surname and another after a comma ("Oleg Khlevniuk, Khlevnyuk in some readings")."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        between = BETWEEN_PARTS.fullmatch(text, last.end, span.start) if last is not None else None
        if between is not None and last.tag == span.tag == "persName" and last.attrs["ref"] == span.attrs["ref"] \
                and (not between.group(1) or gz.forename(text[span.start:span.end].split()[0])):
            last.end = span.end
            continue
        merged.append(span)
    return merged


def with_entries(register: etree._Element, found: list[etree._Element]) -> etree._Element:
    """An edition's register with corpus entries added, each to its list (made if missing)."""
    if etree.QName(register).localname.startswith("list"):  # a file holding one list: give it a standOff
        wrapper = etree.Element(f"{{{TEI_NS}}}standOff", nsmap={None: TEI_NS})
        wrapper.append(register)
        register = wrapper
    for el in found:
        list_tag = KINDS[etree.QName(el).localname][2]
        lst = next(register.iter(f"{{{TEI_NS}}}{list_tag}"), None)
        if lst is None:
            lst = etree.SubElement(register, f"{{{TEI_NS}}}{list_tag}")
        lst.append(el)
    return register


def add_variants(entry: etree._Element, forms: list[str]) -> None:
    """List the forms this text uses, so the register drafted from it finds them all again."""
    name_tag = KINDS[etree.QName(entry).localname][1]
    names = [el for el in entry if isinstance(el.tag, str) and etree.QName(el).localname == name_tag]
    known = {" ".join("".join(n.itertext()).split()) for n in names if n.get("type") == "variant"}
    last = names[-1]
    for form in forms:
        if form not in known:
            variant = etree.Element(names[0].tag, type="variant")
            variant.text = form
            last.addnext(variant)
            last = variant


def overlaps(span: Span, taken: list[Span]) -> bool:
    """Does `span` overlap one of `taken`? `taken` is sorted and its spans do not overlap, so only the
    last one starting before `span` ends can: a binary search keeps long blocks linear."""
    i = bisect.bisect_left(taken, span.end, key=lambda s: s.start)
    return i > 0 and taken[i - 1].end > span.start
