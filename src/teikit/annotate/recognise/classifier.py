"""The classification machinery: a `Phrase` goes through the rules in priority order, and the first
rule that answers decides what it names (`Classifier.classify`).

The `Classifier` of a block also holds what several rules build on: an institution's name
(`organisation`), an acronym (`acronym`) and a person on evidence (`person`). The rules themselves
are in `persons`, `places`, `organisations`, `cuts` and `quotations`; their order is `registry.RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.tokens import Mention, Tok, connector, is_initial, joiner
from teikit.annotate.recognise.words import CAPITAL_AFTER_SMALL, INDEFINITE_BEFORE, ROMAN, adjective, calling, \
    capital_name_shaped, content_word, east_asian_name, listed, name_like_an_adjective, name_particle, \
    office_or_calling, place_ok, relatives_after, title_word, unit_head, unlisted_forename
from teikit.annotate.rules import Rules
from teikit.authority import shipped_surnames


BOLSHEVIK_SUFFIX = re.compile(r" ?\(b\)(?:[A-Z][a-z]{0,3}\b)?")  # "VKP(b)", and a republic's party: "KP(b)B", "KP(b)Uz"


@dataclass
class Phrase:
    """A capitalised run of one block as the rules see it; a rule may narrow it for the rules after."""

    classifier: Classifier
    run: list[int]
    title: bool = False  # a title stood before the name (Comrade, Mr., T.)

    @property
    def words(self) -> list[str]:
        return [self.classifier.toks[i].text for i in self.run]

    @property
    def surface(self) -> str:
        return self.classifier.surface(self.run)

    def mention(self, idx: list[int], typ: str, cert: str) -> Mention:
        return self.classifier.mention(idx, typ, cert)

    def classify(self, idx: list[int]) -> list[Mention]:
        """Classify a part of the phrase afresh, from the first rule."""
        return self.classifier.classify(idx)


#: A classification rule: a phrase → its mentions (possibly none), or None to leave it to the next rule.
ClassifyRule = Callable[[Phrase], "list[Mention] | None"]


#: Right after capitals, what makes them the letters of a number: a slash and a figure, or a figure.
NUMBER_AFTER = re.compile(r"/\d|\d")
#: A number after a word and a space, ending its line or followed by a stop: "LOT 241", "BOX 4."
LABEL_NUMBER = re.compile(r" \d+\.?[ \t]*(?:\n|$)")
#: A number (or a range of numbers) and a full stop after a word, and a space or the line's end: "VH 1. Plan".
ENTRY_NUMBER = re.compile(r" \d+(?:[–-]\d+)?\.(?: |$)", re.MULTILINE)


def forename_then_capitals(words: list[str]) -> bool:
    """A forename no list knows, then a word in capitals shaped like a surname: "Hryhorij BARAN",
    "Ermek DZHUMABAEV"."""
    return unlisted_forename(words[0]) and capital_name_shaped(words[1])


#: How many words before a comma an office's "of" may stand: "the secretary of the Gudauta raikom,".
OFFICE_REACH = 7
#: Marks that close a clause: an office before one heads nothing after it.
CLAUSE_MARKS = {",", ";", ":", ".", "(", ")", "—", "–", '"', "“", "”"}


class Classifier:
    """Decides what a capitalised phrase of one block names; may cut it into several mentions."""

    def __init__(self, text: str, toks: list[Tok], block: int, rules: Rules[ClassifyRule], above: str = ""):
        self.text, self.toks, self.block, self.rules = text, toks, block, rules
        self.above = above  # the line before the block: a signature's office stands there

    def surface(self, idx: list[int]) -> str:
        return self.text[self.toks[idx[0]].start:self.toks[idx[-1]].end]

    @cached_property
    def transliterated(self) -> dict[int, list[int]]:
        """Each token of a transliterated Russian institution's name → the name's tokens."""
        return {k: run for run in transliterated_institutions(self.toks, self.text) for k in run}

    def mention(self, idx: list[int], typ: str, cert: str) -> Mention:
        """A mention of the tokens `idx`, less the connectors a rule's cut may leave at their end: no name
        ends on "of the" ("TROOPS OF THE" before a number, "Znanie Society and" before a lowercase word)."""
        while len(idx) > 1 and connector(self.toks[idx[-1]].text):
            idx = idx[:-1]
        return Mention(self.block, self.toks[idx[0]].start, self.toks[idx[-1]].end, typ, cert, self.surface(idx))

    def pending(self, run: list[int], reason: str) -> Mention:
        """A name kept as a person only if the document says so (document.decide_pending), and why."""
        m = self.mention(run, "person?", "low")
        m.reason = reason
        return m

    def title_before(self, first: int) -> bool:
        """A title right before the name on its line: an initial that ends the line above ("… A. M.\n
        Meeting of 12 November") is no "M." before the line's first word."""
        k = first - 1
        if k >= 0 and "\n" in self.text[self.toks[k].end:self.toks[first].start]:
            return False
        if k >= 1 and self.toks[k].text == ".":
            return listed("titles", self.toks[k - 1].text + ".")
        return k >= 0 and title_word(self.toks[k].text)

    def described_before(self, first: int) -> bool:
        """A word that describes a person stands right before the name: "the teacher Vaitkus", "the
        engineer Kask" (lexicon/person-descriptions, the evidence a name in capitals also takes), or
        with a word of naming between them: "a prisoner named Hirano" (lexicon/naming-verbs); or it and
        a comma, a lowercase office too: "the prosecutor, Rudzitis, called", also with the body it heads
        between: "the secretary of the Gudauta raikom, SHONIA, left"; or a people's name after "a": "a
        Latvian, BIRZNIEKS,"; or it, "of" and the unit it heads, as translations of Soviet files write
        it: "chief of camp BORISOVETS"."""
        k = first - 1
        if k >= 1 and self.toks[k].text == "," and self.office_of_a_body_before(k) \
                and not ROMAN.fullmatch(self.toks[first].text):  # "the GPU of Georgia, XII.1923": a month
            return True
        if k >= 1 and self.toks[k].text == "," and self.toks[k - 1].text.islower():
            return office_or_calling(self.toks[k - 1].text)
        if k >= 1 and self.toks[k].text == "," and gz.people(self.toks[k - 1].text):
            start = self.toks[k - 1].start
            return INDEFINITE_BEFORE.search(self.text, max(0, start - 3), start) is not None
        if k >= 1 and self.toks[k].text in lx.words("naming-verbs"):
            k -= 1
        of = k - 2 if k >= 2 and self.toks[k - 1].text == "the" else k - 1  # "instructor of the company …"
        if of >= 1 and self.toks[of].text == "of" and content_word(self.toks[k].text) \
                and self.toks[of - 1].text.lower() in lx.words("person-descriptions"):
            # "chief of camp BORISOVETS", "commander of company SIDOROV": an office held over a unit; after
            # a word for a firm only a surname or initials ("engineer of the firm AEG" names the firm; "the manager
            # of the trust B. A. Babayev" its man)
            return self.toks[k].text not in lx.words("institution-leads") or gz.surname_shaped(self.toks[first].text) \
                or is_initial(self.toks, first)
        return k >= 0 and self.toks[k].end < self.toks[first].start \
            and self.toks[k].text.lower() in lx.words("person-descriptions")

    def office_of_a_body_before(self, comma: int) -> bool:
        """A lowercase office, "of" and the body it heads end right before token `comma`, within one
        clause of a few words: "the secretary of the Stalingrad kraikom,", "the commander of the 6th
        Company,"."""
        k = comma - 1
        while k >= 1 and comma - k <= OFFICE_REACH and self.toks[k].text not in CLAUSE_MARKS:
            office = self.toks[k - 1].text
            if self.toks[k].text == "of" and office.islower() and office_or_calling(office):
                return True
            k -= 1
        return False

    def classify(self, run: list[int]) -> list[Mention]:
        """The mentions in a run: the first rule that answers decides; each mention names its rule."""
        if not run:
            return []
        phrase = Phrase(self, run)
        for rule in self.rules:
            found = rule.apply(phrase)
            if found is not None:
                for m in found:
                    if not m.rule:
                        m.rule, m.reason = rule.name, m.reason or rule.why
                    self.close_with_particle(m, run)
                return found
        return []

    def close_with_particle(self, m: Mention, run: list[int]) -> None:
        """A Turkic "son of" or "daughter of" closing the run is the last word of the person's name that
        ends before it: "ZEINALOV Ali Gusein ogly", "Bektur Zhusupbek uulu" (lexicon/patronymic-particles)."""
        last = self.toks[run[-1]]
        if m.type == "person" and len(run) > 1 and last.text in lx.words("patronymic-particles") \
                and m.end == self.toks[run[-2]].end:
            m.end, m.text = last.end, self.text[m.start:last.end]

    def organisation(self, run: list[int]) -> list[Mention]:
        """An institution; "X of the Y" is two when Y is an institution or a place in its own right; a
        name's possessive before it is the name's own ("Budyonny's First Cavalry Army")."""
        toks = self.toks
        owner = next((p for p in range(1, len(run) - 2) if toks[run[p]].text in ("'", "’")
                      and toks[run[p + 1]].text == "s" and not gz.common_word(toks[run[p - 1]].text)), None)
        if owner is not None:
            return self.classify(run[:owner]) + self.organisation(run[owner + 2:])
        for pos, i in enumerate(run):
            w = toks[i].text
            if w not in lx.words("splitters") or not pos:
                continue
            head, rest = run[:pos], run[pos + 1:]
            if w == "for" and len(head) == 1 and listed("org-words", toks[head[0]].text):
                continue  # "the Institute for Physical Problems" of the Academy: "for" names what it is for
            opens_anew = w in lx.words("list-joiners") and bool(rest) and toks[rest[0]].text == "the"
            while rest and toks[rest[0]].text in lx.words("connectors"):
                rest = rest[1:]
            if opens_anew or not any(toks[k].text in lx.words("org-words") for k in head):
                # "Report of the Commission"; "the Moscow Soviet and the Minsk Military District": two names
                return self.classify(head) + self.classify(rest)
            tail = self.classify(rest)
            body_after = len(tail) > 1 and tail[0].type == "place" and tail[1].type == "org" \
                and not self.text[tail[0].end:tail[1].start].strip()  # "the Moscow City Court"
            if tail and tail[0].cert != "low" and (tail[0].type != "place" or body_after) \
                    and (w != "and" or tail[0].type == "org"):
                return (self.organ(head) if w == "of" else self.organisation(head)) + tail
            if w == "of" and self.polity_closes(head, rest, tail) and (named := self.organ(head)):
                return named + tail  # "the Ministry of Justice" of Latvia, "the Legation" of Finland
        if len(run) == 1 and listed("org-words", toks[run[0]].text) \
                and not {toks[run[0]].text, toks[run[0]].text.title()} & lx.words("org-acronyms"):
            return []  # a kind of body alone names none; "Presidium" does, in a heading's capitals too
        if run and place_ok(toks[run[0]].text) and len(run) > 1 and toks[run[1]].cap \
                and not (len(run) == 2 and toks[run[1]].text in lx.words("org-words")) \
                and toks[run[-1]].text not in lx.words("camp-words"):  # "the Karaganda Corrective Labour Camp": whole
            return [self.mention(run[:1], "place", "high")] + self.organisation(run[1:])
        if self.territory_of_body(run):
            return [self.mention(run[:1], "place", "medium")] + self.organisation(run[1:])
        return [self.mention(run, "org", "medium")] if run else []

    def organ(self, head: list[int]) -> list[Mention]:
        """The organ before "of" and its polity or body: a lone organ word is the organ's name there,
        as a state's legation is named by the state it serves ("the Legation" of Finland) and a body's
        commission by the body ("the Commission" of the NKVD): lexicon/state-organs."""
        if len(head) == 1 and listed("state-organs", self.toks[head[0]].text):  # in a letterhead's capitals too
            return [self.mention(head, "org", "medium")]
        return self.organisation(head)

    def polity_closes(self, head: list[int], rest: list[int], tail: list[Mention]) -> bool:
        """An organ of government ("the Ministry of Justice", lexicon/state-organs) and, after its last
        "of", one place the rules are sure of: the polity it serves, a span of its own as GUIDELINES
        split "the Leningrad Communist Party"."""
        organ = next((self.toks[k].text for k in head if listed("org-words", self.toks[k].text)), None)
        return organ in lx.words("state-organs") and len(tail) == 1 and tail[0].type == "place" \
            and tail[0].cert == "high" \
            and (tail[0].start, tail[0].end) == (self.toks[rest[0]].start, self.toks[rest[-1]].end)

    def territory_of_body(self, run: list[int]) -> bool:
        """A name, then the level of the territory a body serves, then the body: "Zhary District
        Committee" (lexicon/body-levels). The name is the territory's; an adjective ("Western Regional
        Committee") or a word of the body's own name is not."""
        toks = self.toks
        if len(run) < 3 or toks[run[1]].text not in lx.words("body-levels"):
            return False
        name = toks[run[0]].text
        return name[1:].islower() and not adjective(name) and not listed("org-words", name) \
            and not listed("common-caps", name) and any(toks[k].text in lx.words("org-words") for k in run[2:])

    def among_capitals(self, i: int) -> bool:
        """Another English word in capitals stands right before or after token `i`, a space between, or
        none stands on its line: a heading or a phrase typed in capitals ("END OF TAPE", "END"), not an
        acronym beside another ("the GO OGPU")."""
        toks, text = self.toks, self.text
        return any(0 <= k < len(toks) and toks[k].text.isalpha() and toks[k].text.isupper()
                   and gz.common_word(toks[k].text)
                   and text[min(toks[k].end, toks[i].end):max(toks[k].start, toks[i].start)] == " "
                   for k in (i - 1, i + 1)) or self.alone_on_its_line(i)

    def alone_on_its_line(self, i: int) -> bool:
        """Token `i` is the only word of its line: "END" under a play, "CONTENTS" over a list."""
        start, end = self.toks[i].start, self.toks[i].end
        before = self.text[self.text.rfind("\n", 0, start) + 1:start]
        after = self.text[end:].partition("\n")[0]
        return not before.strip() and not after.strip(" .")

    def acronym(self, run: list[int], word: str) -> list[Mention]:
        """OGPU, G.P.U., CPSU (b): an organisation unless a gazetteer knows it as a place (USSR), also a
        town in a telegram's capitals that no acronym list holds ("MOSCOW OGPU TO YAGODA")."""
        if place_ok(word) or place_ok(word.replace(".", "")) or (
                word.isupper() and len(word) > 3 and word not in lx.words("org-acronyms") and place_ok(word.title())
                and gz.place_size(word.title())[1]):  # a town of the genre's gazetteer: not "DAKO", an archive
            return [self.mention(run, "place", "high")]
        if len(word.replace(".", "")) > 7 and not CAPITAL_AFTER_SMALL.search(word):
            return []  # a word of a heading in capitals (letters counted: N.K.V.D. is four); not "VKhUTEMAS"
        end = self.toks[run[-1]].end
        known = word in lx.words("org-acronyms")
        if not known and len(run) == 1 and gz.common_word(word) and self.among_capitals(run[0]):
            return []  # "END OF TAPE 1", "WHAT THE DOCUMENTS SAY", "I ASK:": a word of a line in capitals
        if not known and NUMBER_AFTER.match(self.text, end):
            return []  # "KH/2011/04", "BD1": the letters of a number, a catalogue's or a postcode's
        start = self.toks[run[0]].start
        if not known and gz.common_word(word) and self.text[start - 1:start] in ("", "\n") \
                and LABEL_NUMBER.match(self.text, end):
            return []  # "LOT 241", "BOX 4" opening a line: a catalogue's label and its number
        if not known and (self.text[start - 1:start] in ("", "\n") or LABEL_NUMBER.match(self.text, end)) \
                and ENTRY_NUMBER.match(self.text, end):
            return []  # "VH 1. Plan of the town" opening a line, "Compare VH 3.": a catalogue's call number
        after = BOLSHEVIK_SUFFIX.match(self.text, end)
        mention = self.mention(run, "org", "high" if known else "medium")
        mention.reason = "a known acronym (lexicon/org-acronyms)" if known else "shaped like an acronym"
        if after:
            mention.end, mention.text = after.end(), mention.text + after.group()
        return [mention]

    def person(self, run: list[int], title: bool) -> list[Mention]:
        """A person when the phrase shows evidence of one; a bare word waits for the second pass. A
        surname shaped like an adjective is a surname after a first name ("Mykola Kulish"); so is one
        that only ends as adjectives do and is no English word, after initials ("B. K. Lindqvist") or
        after another name with a surname's ending ("Agasi Khanjian")."""
        toks = self.toks
        initials = [toks[i].text for i in run if is_initial(toks, i)]
        words = [toks[i].text for i in run if toks[i].text != "." and not is_initial(toks, i)]
        words = [w for w in words if w[:1].isupper() or name_particle(w)]
        surname_after_forename = len(words) > 1 and words[0] in gz.first_names() and not gz.people(words[-1])
        if words and not gz.people(words[-1]) and not gz.common_word(words[-1]) \
                and (initials or len(words) > 1 and gz.surname_shaped(words[-1])):
            surname_after_forename = True  # "Khanjian", "Lindqvist": -ian, -ist, but no people's name
        if not words or (adjective(words[-1]) and not surname_after_forename
                         and not (title and len(words) == 1 and name_like_an_adjective(words[0]))) \
                or words[-1].lower().endswith(lx.entries("abstract-endings")) \
                or (len(words) == 1 and words[0] in lx.words("not-org-acronyms")) \
                or (len(words) == 1 and place_kind(words[0])) or words[-1] in lx.words("award-words") \
                or (words[-1] in gz.not_names() and not (
                initials and words[-1] in lx.words("east-asian-surnames")) and not east_asian_name(words)
                    and not (title and len(words) > 1 and not gz.common_word(words[0]))):
            # "Ten M." is a name, and so is "Pak Sun Ok": a family name's syllables may spell English words
            return []
        if len(words) > 2 and not (title or initials) and gz.place_size(words[0]) is not None \
                and all(gz.common_word(w) and not gz.given_name(w) for w in words[1:]):
            return self.classify(run[:1])  # "the Odessa Commercial Port": a town (also a forename) and common words
        named = gz.given_name(words[0]) and (len(words) > 1 or not gz.common_word(words[0]))
        calling_alone = len(words) == 1 and office_or_calling(words[0])  # "Prisoner in Ukhtizhemlag": no -ner surname
        evidence = [why for why, found in (
            ("a title before it", title), ("initials", bool(initials)), (f"the first name {words[0]}", named),
            ("a person's description before it", self.described_before(run[0]) and not calling(words[-1])),
            ("a patronymic", any(gz.patronymic(w) for w in words[1:])),
            ("a father's name before it", any(w in lx.words("patronymic-particles") for w in words[1:-1])),
            ("an East Asian family name and its syllables", east_asian_name(words)),
            ("a surname's ending", gz.surname_shaped(words[-1]) and not calling_alone),
            ("a surname before a first name", surname_then_forename(words)),
            ("relatives after it", relatives_after(self.text, toks[run[0]].start, toks[run[-1]].end)),
            ("a signature label before it", after_signature_label(self.text, toks[run[0]].start))) if found]
        # a town of the genre's lists that a first name spells, with no other evidence: "transport to Inta"
        town_shaped = gz.surname_shaped(words[-1]) or named and gz.listed_town(words[0])
        if len(evidence) == 1 and len(words) == 1 and town_shaped and self.town_alone(run):
            pending = self.pending(run, "a town of the gazetteers shaped like a surname or a first name: a place "
                                   "unless the text makes it a person")  # "to Kattowitz"
            pending.town = True
            return [pending]
        if evidence == ["a surname's ending"] and len(words) > 1 \
                and all(gz.common_word(w) and not gz.given_name(w) for w in words):
            return []  # "Forensic Document Examiner": English words all, the last only ending as surnames do
        if not evidence:
            if len(words) == 1 and (not words[0].isupper() or capital_name_shaped(words[0])):
                return [self.pending(run, "a capitalised word with no evidence: kept if named elsewhere")]  # ROZENBLUM
            if len(words) > 1 and " ".join(words) in gz.villages():  # "from Krasnaya Sloboda near Kuba"
                return [self.pending(run, "words no list knows as a person's that a village of the genre's lands "
                                          "spells")]
            if len(words) == 2 and forename_then_capitals(words):  # "Hryhorij BARAN", where other surnames are capitals
                return [self.pending(run, "a word no list knows and a name in capitals: kept if the text prints "
                                          "surnames so")]
            if any(gz.common_word(w) or w.isupper() for w in words):
                return []
            cert = "low"
        else:
            cert = "high" if (title or initials or len(words) > 1) else "medium"
        m = self.mention(run, "person", cert)
        m.words, m.initials = words, initials
        m.reason = "evidence: " + ", ".join(evidence) if evidence else "capitalised words that are not common English"
        return [m]

    def town_alone(self, run: list[int]) -> bool:
        """One word that is a town of the gazetteers, not the surname of a person the genre's authority
        knows (Kirov, Kaganovich), with no word of a role before it ("captain of state security Zhukovsky")
        nor a preposition that leads to persons ("a reply by Ivanov": lexicon/person-prepositions; unless
        the genre's lists hold the town: "read Mahiliou for Mogilev") nor a noun after it ("the Andropov
        years"), unless a city of a hundred thousand or more ("our Lublin branch"): "to Kattowitz", "Lent by
        the family, Bielefeld"."""
        toks, word = self.toks, self.toks[run[0]].text
        size = gz.place_size(word)
        if word.isupper() or size is None or word in shipped_surnames():
            return False
        before = toks[run[0] - 1].text if run[0] > 0 else ""
        after = toks[run[-1] + 1].text if run[-1] + 1 < len(toks) else ""
        return (before.lower() not in lx.words("person-prepositions") or gz.listed_town(word)) and \
            not content_word(before) and (not content_word(after) or size[0] >= gz.CITY)


def after_signature_label(text: str, start: int) -> bool:
    """A name right after a signature's label or a form's field and its colon, as a document's foot
    names who typed it or signed it ("Executor: Kaplan", "Signed: Ivanov"; lexicon/signature-labels);
    not after "To:" or "From:", which an address fills with a place as well ("To: Lit. SSR, Kaunas")."""
    label = re.search(r"(\w+)\s*:[ \t]*$", text[max(0, start - 40):start])
    return bool(label) and label.group(1).lower() in lx.words("signature-labels") \
        and label.group(1).title() not in lx.words("function-words")


def surname_then_forename(words: list[str]) -> bool:
    """A surname's ending, then a first name, as lists of the dead write them ("Laitinen Anna"); not a
    word for a kind of place, body or site that a first name spells ("the Kounradsky Mine":
    lexicon/numbered-sites, org-words)."""
    return len(words) == 2 and gz.surname_shaped(words[0]) and gz.given_name(words[1]) \
        and not (place_kind(words[1]) or listed("org-words", words[1]) or words[1] in lx.words("numbered-sites"))


def place_kind(word: str) -> bool:
    """A word for a kind of place, alone no name: a unit word (Oblast), or a word that opens or ends a
    place's name (Hotel, Street, Cathedral: lexicon/place-leads, place-heads)."""
    return unit_head(word) or word in lx.words("place-leads") or word in lx.words("place-heads")


def single(phrase: Phrase) -> str | None:
    """The phrase's one word, or None when it has several (the single-word rules pass then)."""
    return phrase.words[0] if len(phrase.run) == 1 else None


@cache
def transliterated_noun() -> re.Pattern[str]:
    """Any word of lexicon/transliterated-institution-words, in either case, or a word ending in one of
    lexicon/german-institution-words: a block without one holds no such institution."""
    return re.compile(rf"\b{lx.alternation(lx.entries('transliterated-institution-words'))}(?!\w)"
                      rf"|{lx.alternation(lx.entries('german-institution-words'))}(?!\w)", re.IGNORECASE)


def german_institution(word: str) -> bool:
    """A capitalised German noun that is, or ends in, a word for a body ("Amt", "Arbeitsamt",
    "Einwandererzentralstelle"; lexicon/german-institution-words), with three letters or more
    before the ending of a compound; not in capitals, as a surname is printed ("Erich STELLE")."""
    found = lx.ending("german-institution-words").search(word.lower())
    return word[:1].isupper() and not word.isupper() and found is not None \
        and (found.start() == 0 or found.start() >= 3)


def soft_signed(toks: list[Tok], k: int) -> str:
    """Token `k` in small letters, with the apostrophe glued after it that transliterates a soft sign
    ("lager'")."""
    word = toks[k].text.lower()
    if k + 1 < len(toks) and toks[k + 1].text in ("'", "’") and toks[k + 1].start == toks[k].end:
        return word + "'"
    return word


def transliterated_institutions(toks: list[Tok], text: str) -> list[list[int]]:
    """Runs of words of the USSR's languages in Latin letters that hold an institution noun, as
    historians cite archives: "Gosudarstvennyi arkhiv Rossiiskoi Federatsii", "Latvijas Valsts arhīvs"
    (lexicon/transliterated-institution-words); and German bodies by their noun, alone or closing a
    compound, one word too ("the Einwandererzentralstelle", "the Staatliche Kunstsammlungen Dresden":
    lexicon/german-institution-words), not after a forename ("Hans Stelle").

    A run opens with a capitalised word and takes capitalised words and lowercase words that are no
    English word, one space apart, and the soft sign's apostrophe closing a word ("lager'"); an
    acronym before it (GARF) is a name of its own, and so is an English function word ("The").
    """
    nouns = lx.words("transliterated-institution-words")
    if not transliterated_noun().search(text):
        return []
    runs, i = [], 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and text[toks[j - 1].end:toks[j].start] in ("", " "):
            word = toks[j].text
            hyphen = word in ("-", "‐") and j + 1 < len(toks) and toks[j + 1].start == toks[j].end \
                and toks[j + 1].text[:1].isalpha()
            soft_sign = word in ("'", "’") and toks[j].start == toks[j - 1].end
            if not (hyphen or soft_sign or (word[:1].isalpha() and (
                    toks[j].cap or soft_signed(toks, j) in nouns or not (gz.common_word(word) or joiner(word))))):
                break
            j += 1
        run = list(range(i, j))
        while run and (toks[run[0]].text.isupper() or not toks[run[0]].cap
                       or listed("function-words", toks[run[0]].text)):
            run = run[1:]
        german = any(german_institution(toks[k].text) for k in run) and not gz.given_name(toks[run[0]].text)
        if any(soft_signed(toks, k) in nouns for k in run) and len(run) > 1 or german:
            runs.append(run)
        i = max(j, i + 1)
    return runs
