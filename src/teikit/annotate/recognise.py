"""Automatic recognition of persons, places and organisations in a text with no register.

Capitalised phrases are cut where English grammar ends a name, then each phrase goes through the
classification rules (`RULES`, a `teikit.annotate.rules.Rules` registry) in priority order: the
first rule that answers decides what the phrase names, and may cut it into several mentions. Every
mention records the rule that made it and why (`teikit convert --explain`). The words the rules
consult are data (`teikit.lexicon`, `teikit.annotate.gazetteer`), not code. What each rule
adds on the development set is measured in docs/entities.md (`benchmarks/eval_dev.py --without`).

Once every phrase is classified, the document as a whole decides its weaker mentions: a bare word
with no evidence beside a place in a list or on a route is a place, and a name typed with strong
evidence somewhere (by the rules or the genre authority) is the same kind of name where its evidence
is weak (one sense per document). A bare word still pending (at a sentence start, or with no
evidence) is kept as a person only if it is named elsewhere with evidence, has a surname's shape,
stands in a list of persons or before a verb of saying; mentions of one person are grouped into one
draft entry by surname, forename and initials.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from teikit.annotate import gazetteer as gz
from teikit import lexicon as lx
from teikit.annotate.rules import Rules
from teikit.model import Span
from teikit.register import ENTITY_TAG, Draft, slug

RANK = 30
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*(?:['’](?![sS]\b)\w+)*|\S")
ROMAN = re.compile(r"[IVXLCDM]+")
BOLSHEVIK_SUFFIX = re.compile(r" ?\(b\)")
SENTENCE_END = set(".!?:;\n\"“”‘(«»ʺ")
CERT_ORDER = {"low": 0, "medium": 1, "high": 2}
#: How far around a phrase its context is read (a label, a list): bounded, so recognition stays
#: linear in the length of a block however long its lines.
NEAR = 200


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Mention:
    block: int
    start: int
    end: int
    type: str
    cert: str
    text: str
    words: list[str] = field(default_factory=list)  # person: the name's words without initials
    initials: list[str] = field(default_factory=list)
    entry: Draft | None = None
    sentence_start: bool = False
    rule: str = ""  # the rule that made it, and why: what `--explain` reports
    reason: str = ""


# ---------------------------------------------------------------- phrases

def tokens(text: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def is_initial(toks: list[Tok], i: int) -> bool:
    """A capital (or Russian digraph) directly followed by a full stop: "L." in "L.D. Orlov"."""
    return (gz.initial().fullmatch(toks[i].text) is not None and i + 1 < len(toks)
            and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end)


def name_word(tok: Tok) -> bool:
    return tok.cap and tok.text[0].isalpha() and tok.text not in gz.not_names()


def joiner(word: str) -> bool:
    """A lowercase word inside a name: a connector ("of", "for") or a particle ("von", "de")."""
    return word in lx.words("connectors") or word in lx.words("particles")


def phrases(text: str, toks: list[Tok]) -> list[list[int]]:
    """Runs of token indexes that may form a name (capitalised words, initials, inner connectors)."""
    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        if numbered_unit(text, toks, i):
            j = i + numbered_unit(text, toks, i)
            run = list(range(i, j))  # "3rd department": the unit word may be lowercase
        elif not (toks[i].cap and toks[i].text[0].isalpha()):
            i += 1
            continue
        else:
            run, j = [], i
        while j < len(toks):
            tok = toks[j]
            if run:
                gap = text[toks[run[-1]].end:tok.start]
                if "\n" in gap or len(gap) > 1:
                    break
            if is_initial(toks, j):
                run += [j, j + 1]
                j += 2
                if j < len(toks) and text[toks[j - 1].end:toks[j].start] not in ("", " "):
                    break
                continue
            if numbered_after(text, toks, j):
                run += [j, j + 1]  # "BOARD 3 OF THE NKGB"
                j += 2
                continue
            if tok.cap and tok.text[0].isalpha():
                run.append(j)
                j += 1
                continue
            if tok.text == "." and run and toks[run[-1]].text + "." in lx.words("titles") and j + 1 < len(toks) \
                    and toks[j + 1].cap and tok.start == toks[run[-1]].end:
                run.append(j)  # "St. Petersburg", "Mr. Smith": the title's full stop
                j += 1
                continue
            if tok.text == "(" and run and j + 2 < len(toks) and toks[j + 1].text == "b" and toks[j + 2].text == ")":
                run += [j, j + 1, j + 2]  # CPSU (b), VKP(b)
                j += 3
                break
            if joiner(tok.text) and run:
                k = j
                while k < len(toks) and joiner(toks[k].text):
                    k += 1
                if k < len(toks) and toks[k].cap and text[tok.start:toks[k].start].count(" ") == k - j:
                    run += list(range(j, k))
                    j = k
                    continue
            if tok.text in ("'", "’") and run and j + 2 < len(toks) and toks[j + 1].text in ("s", "S") \
                    and toks[j + 2].cap and toks[j].start == toks[run[-1]].end:
                run += [j, j + 1]  # People's Commissariat: split again later unless an organisation
                j += 2
                continue
            break
        unit = numbered_unit(text, toks, i)
        while len(run) > unit and not (toks[run[-1]].cap or toks[run[-1]].text in (")", ".")
                                       or (len(run) > 1 and numbered_after(text, toks, run[-2]))):
            run.pop()
        if run:
            runs.append(run)
        i = max(j, i + 1)
    return runs


ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)")


def numbered_unit(text: str, toks: list[Tok], i: int) -> int:
    """How many tokens an ordinal and a word for a numbered unit (lexicon/numbered-units) take, with
    up to two words qualifying the unit between them: "3rd department" (2), "1st Border Detachment",
    "27th Rifle Division" (3); 0 where no numbered unit starts."""
    if ORDINAL.fullmatch(toks[i].text) is None:
        return 0
    for n in range(1, 4):
        k = i + n
        if k >= len(toks) or text[toks[k - 1].end:toks[k].start] != " " or not toks[k].text.isalpha():
            return 0
        if toks[k].text.lower() in lx.words("numbered-units"):
            return n + 1
        if listed("function-words", toks[k].text.title()) or joiner(toks[k].text.lower()):
            return 0
    return 0


def numbered_after(text: str, toks: list[Tok], i: int) -> bool:
    """A unit word and its number after it (lexicon/units-numbered-after): "BOARD 3", "Division 4"."""
    return toks[i].text in lx.words("units-numbered-after") and i + 1 < len(toks) \
        and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2 and text[toks[i].end:toks[i + 1].start] == " " \
        and not text.startswith(".", toks[i + 1].end)


def char_before(text: str, pos: int, blanks: str) -> str:
    """The character before `pos` once `blanks` are skipped, "" at the start of the text (found by
    stepping back, not by copying all the text before `pos`: that made a long paragraph quadratic)."""
    while pos and text[pos - 1] in blanks:
        pos -= 1
    return text[pos - 1] if pos else ""


def char_after(text: str, pos: int, blanks: str) -> str:
    """The character at or after `pos` once `blanks` are skipped, "" at the end of the text."""
    while pos < len(text) and text[pos] in blanks:
        pos += 1
    return text[pos] if pos < len(text) else ""


def sentence_initial(text: str, toks: list[Tok], i: int) -> bool:
    before = char_before(text, toks[i].start, " \t")
    if not before:
        return True
    if before not in SENTENCE_END:
        return False
    if before == "." and i >= 2 and (toks[i - 2].text in lx.words("titles")
                                     or gz.initial().fullmatch(toks[i - 2].text)):
        return False
    return True


# ---------------------------------------------------------------- lines in capitals

#: A line set wholly in capitals with at least this many words and a sentence's full stop is a text
#: in capitals (a cipher telegram, an order typed on a capitals-only machine), not a letterhead, a
#: heading or a surname in capitals.
CAPITALS_LINE_WORDS = 6
LINE = re.compile(r"[^\n]+")
LETTERS = re.compile(r"[^\W\d_]+")
SENTENCE_STOP = re.compile(r"[^\W\d_]{3}[.!?](?:\s|$)")


#: A document whose letters are all but this share capitals is typed in capitals throughout (a
#: telegram with its headers, addresses and signatures): every line of it in capitals is prose.
LOWERCASE_SHARE = 0.02


def in_capitals(line: str) -> bool:
    words = [w for w in LETTERS.findall(line) if len(w) > 1]
    return len(words) >= CAPITALS_LINE_WORDS and not any(c.islower() for c in line) \
        and (SENTENCE_STOP.search(line) is not None or "STOP" in words)


def typed_in_capitals(texts: list[str]) -> bool:
    letters = sum(len(w) for t in texts for w in LETTERS.findall(t))
    lower = sum(c.islower() for t in texts for c in t)
    return letters >= 200 and lower < LOWERCASE_SHARE * letters


def keeps_capitals(word: str) -> bool:
    """An acronym stays in capitals when a text in capitals is read as prose: a known one (NKVD, OGPU)
    or one shaped so and hardly pronounceable (UNKVD, KAZSSR), and a Roman numeral (26/IX); not a
    common word (ASK, END), a Korean or Chinese surname (TSOI) or a forename (IVAN)."""
    if word.replace(".", "") in lx.words("org-acronyms") or ROMAN.fullmatch(word):
        return True
    title = word.title()
    if (len(word) > 2 and common_inflected(word)) or title in lx.words("east-asian-surnames") \
            or title in gz.first_names():
        return False
    letters = [unicodedata.normalize("NFD", c)[0] for c in word if c.isalpha()]
    vowels = sum(c in "AEIOUY" for c in letters)
    return vowels < 0.25 * len(letters) or (len(letters) <= 4 and is_acronym(word))


def recased_word(word: str, abbreviated: bool) -> str:
    """A word of a text in capitals as prose would write it: a common English word (ARRESTED, AND),
    a title (comrade, chairman), a unit word (raions) and a short abbreviation before its full stop
    (OP., NO.) in lowercase, unless a place; an initial as an initial (M.YA.); any other word with a
    capital (Toktarov, Alma-Ata); acronyms as they are. Same length, so offsets stay true."""
    title = LETTERS.sub(lambda m: m.group()[0] + m.group()[1:].lower(), word)
    if abbreviated and gz.initial().fullmatch(title):
        return title
    if len(word) < 2 or keeps_capitals(word):
        return word
    if word.title() in gz.not_names() or listed("titles", word) or unit_head(word.lower()) \
            or unit_head(word.lower(), plural=True) or (abbreviated and len(word) <= 2) \
            or (common_inflected(word) and not place_ok(title)):
        recased = word.lower()
    else:
        recased = title
    return recased if len(recased) == len(word) else word


INFLECTION = re.compile(r"(?:IED|IES|ING|ED|ES|S|D)$")


def common_inflected(word: str) -> bool:
    """A common English word, also inflected as a telegram's verbs and plurals are (ARRESTED,
    REFUSE(D), CONDUCTING, SHIPPED, CITIES): the word list holds base forms only."""
    if gz.common_word(word):
        return True
    ending = INFLECTION.search(word)
    if ending is None or len(word) - len(ending.group()) < 3:
        return False
    stem = word[:ending.start()]
    stems = [stem, stem + "E", stem + "Y"] + ([stem[:-1]] if len(stem) > 3 and stem[-1] == stem[-2] else [])
    return any(gz.common_word(s) for s in stems)


def recased(text: str, every_line: bool = False) -> str:
    """The text with its lines in capitals (`in_capitals`, or all of them in a document typed in
    capitals) written as prose, so that the rules read their words by what they are (a common word, a
    title, an acronym, a name) rather than by their capitals; the text itself is unchanged, only what
    the rules see."""
    return LINE.sub(lambda line: TOKEN.sub(lambda m: recased_word(m.group(), m.string[m.end():m.end() + 1] == "."),
                                           line.group())
                    if in_capitals(line.group()) or (every_line and not any(c.islower() for c in line.group()))
                    else line.group(), text)


# ---------------------------------------------------------------- classification

def is_acronym(word: str) -> bool:
    """OGPU, G.P.U., VChK; not a word of a heading set in capitals (VOLUME, THE), not a Roman numeral,
    not a pronounceable word of five letters or more that no list knows (CHEIF, a surname)."""
    return lx.shapes("acronym-shapes").fullmatch(word) is not None and not ROMAN.fullmatch(word) \
        and len(word.replace(".", "")) >= 2 and word.title() not in gz.not_names() \
        and word.replace(".", "") not in lx.words("not-org-acronyms") and not (len(word) > 3 and gz.common_word(word)) \
        and not (len(word) > 3 and unit_head(word)) \
        and (word in lx.words("org-acronyms") or not pronounceable(word))


def pronounceable(word: str) -> bool:
    """Five letters or more, two in five of them vowels: a word or a name, not an acronym (NKVD, SMERSH)."""
    letters = [c for c in word.upper() if c.isalpha()]
    return len(letters) >= 5 and sum(c in "AEIOUY" for c in letters) >= 0.4 * len(letters)


def place_ok(name: str) -> bool:
    """A gazetteer place, unless a single word shaped like a surname or a first name (of the genre's
    places, a common one), or a common word naming a small town (Kirov, Lena, Bug), names only a
    town: then context decides (`town-after-locative`)."""
    known = gz.place_size(name)
    if known is None:
        return False
    size, of_the_genre = known
    if " " in name or size == gz.METROPOLIS:
        return True
    first_name = name in (gz.frequent_first_names_of_places() if of_the_genre else gz.first_names())
    return not (gz.surname_shaped(name) or first_name or (size == gz.TOWN and gz.common_word(name)))


def listed(kind: str, word: str) -> bool:
    """In a lexicon list as written, or in capitals ("COMRADE", "OF THE") as headings print it."""
    return word in lx.words(kind) or (len(word) > 1 and word.isupper() and word.title() in lx.words(kind))


def adjective(word: str) -> bool:
    """A nationality or a people (Russian, Kalmyks), or a derived word (Trotskyist) no place is named."""
    return gz.people(word) or (word.endswith(lx.entries("adjective-endings")) and word not in gz.places())


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

#: The classification rules, highest priority first. Each docstring's first line is the reason
#: recorded on what the rule finds; `RULES.without([...])` is the same engine with rules switched off.
RULES: Rules[ClassifyRule] = Rules()


class Classifier:
    """Decides what a capitalised phrase of one block names; may cut it into several mentions."""

    def __init__(self, text: str, toks: list[Tok], block: int, rules: Rules[ClassifyRule] = RULES):
        self.text, self.toks, self.block, self.rules = text, toks, block, rules

    def surface(self, idx: list[int]) -> str:
        return self.text[self.toks[idx[0]].start:self.toks[idx[-1]].end]

    @cached_property
    def transliterated(self) -> dict[int, list[int]]:
        """Each token of a transliterated Russian institution's name → the name's tokens."""
        return {k: run for run in transliterated_institutions(self.toks, self.text) for k in run}

    def mention(self, idx: list[int], typ: str, cert: str) -> Mention:
        return Mention(self.block, self.toks[idx[0]].start, self.toks[idx[-1]].end, typ, cert, self.surface(idx))

    def title_before(self, first: int) -> bool:
        k = first - 1
        if k >= 1 and self.toks[k].text == ".":
            return listed("titles", self.toks[k - 1].text + ".")
        return k >= 0 and listed("titles", self.toks[k].text)

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
                return found
        return []

    def organisation(self, run: list[int]) -> list[Mention]:
        """An institution; "X of the Y" is two when Y is an institution or a place in its own right."""
        toks = self.toks
        for pos, i in enumerate(run):
            w = toks[i].text
            if w not in lx.words("splitters") or not pos:
                continue
            head, rest = run[:pos], run[pos + 1:]
            while rest and toks[rest[0]].text in lx.words("connectors"):
                rest = rest[1:]
            if not any(toks[k].text in lx.words("org-words") for k in head):
                return self.classify(head) + self.classify(rest)  # "Report of the Commission"
            tail = self.classify(rest)
            if tail and tail[0].cert != "low" and tail[0].type != "place" and (w != "and" or tail[0].type == "org"):
                return self.organisation(head) + tail
        if len(run) == 1 and toks[run[0]].text in lx.words("org-words") \
                and toks[run[0]].text not in lx.words("org-acronyms"):
            return []
        if run and place_ok(toks[run[0]].text) and len(run) > 1 and toks[run[1]].cap:
            return [self.mention(run[:1], "place", "high")] + self.organisation(run[1:])
        return [self.mention(run, "org", "medium")] if run else []

    def acronym(self, run: list[int], word: str) -> list[Mention]:
        """OGPU, G.P.U., CPSU (b): an organisation unless a gazetteer knows it as a place (USSR)."""
        if place_ok(word) or place_ok(word.replace(".", "")):
            return [self.mention(run, "place", "high")]
        if len(word.replace(".", "")) > 7:
            return []  # a word of a heading in capitals (letters counted: N.K.V.D. is four)
        end = self.toks[run[-1]].end
        after = BOLSHEVIK_SUFFIX.match(self.text, end)
        known = word in lx.words("org-acronyms")
        mention = self.mention(run, "org", "high" if known else "medium")
        mention.reason = "a known acronym (lexicon/org-acronyms)" if known else "shaped like an acronym"
        if after:
            mention.end, mention.text = after.end(), mention.text + after.group()
        return [mention]

    def person(self, run: list[int], title: bool) -> list[Mention]:
        """A person when the phrase shows evidence of one; a bare word waits for the second pass."""
        toks = self.toks
        initials = [toks[i].text for i in run if is_initial(toks, i)]
        words = [toks[i].text for i in run if toks[i].text != "." and not is_initial(toks, i)]
        words = [w for w in words if w[:1].isupper() or w in lx.words("particles")]
        if not words or adjective(words[-1]) or words[-1] in gz.not_names():
            return []
        named = words[0] in gz.first_names() and (len(words) > 1 or not gz.common_word(words[0]))
        evidence = [why for why, found in (
            ("a title before it", title), ("initials", bool(initials)), (f"the first name {words[0]}", named),
            ("a patronymic", any(gz.patronymic(w) for w in words[1:])),
            ("an East Asian family name and its syllables", east_asian_name(words)),
            ("a surname's ending", gz.surname_shaped(words[-1]))) if found]
        if not evidence:
            if len(words) == 1 and not words[0].isupper():
                pending = self.mention(run, "person?", "low")  # a person if named so elsewhere
                pending.reason = "a capitalised word with no evidence: kept if named elsewhere"
                return [pending]
            if any(gz.common_word(w) or w.isupper() for w in words):
                return []
            cert = "low"
        else:
            cert = "high" if (title or initials or len(words) > 1) else "medium"
        m = self.mention(run, "person", cert)
        m.words, m.initials = words, initials
        m.reason = "evidence: " + ", ".join(evidence) if evidence else "capitalised words that are not common English"
        return [m]


def east_asian_name(words: list[str]) -> bool:
    """A Korean or Chinese family name and one or two short syllables: "Kim Pen Hwa", "Chou En-lai"."""
    return 2 <= len(words) <= 3 and words[0] in lx.words("east-asian-surnames") \
        and all(len(part) <= 4 for w in words[1:] for part in w.split("-"))


def single(phrase: Phrase) -> str | None:
    """The phrase's one word, or None when it has several (the single-word rules pass then)."""
    return phrase.words[0] if len(phrase.run) == 1 else None


@RULES.register("foreign-script", 99)
def foreign_script(phrase: Phrase) -> list[Mention] | None:
    """Words in another script (a Cyrillic heading quoted in an English translation) show none of the
    evidence these rules read: only a register or the genre authority can name them."""
    if not any("a" <= c.lower() <= "z" for c in phrase.surface if c.isalpha()):
        return []
    return None


@RULES.register("numbered-unit", 96)
def numbered_unit_rule(phrase: Phrase) -> list[Mention] | None:
    """A numbered subdivision is an institution: "the 3rd department of the UGB", "BOARD 3 OF THE NKGB".

    An ordinal and a unit word (lexicon/numbered-units, in any case), or a unit word and its number
    (lexicon/units-numbered-after), are its name; what stands around it is named again by the rules.
    """
    classifier, run = phrase.classifier, phrase.run
    text, toks = classifier.text, classifier.toks
    pos = next((p for p, k in enumerate(run) if (p == 0 and numbered_unit(text, toks, k))
                or (p + 1 < len(run) and numbered_after(text, toks, k))), None)
    if pos is None:
        return None
    size = numbered_unit(text, toks, run[pos]) if pos == 0 else 0
    size = size if size and pos + size <= len(run) else 2
    before, rest = run[:pos], run[pos + size:]
    while before and joiner(toks[before[-1]].text):
        before = before[:-1]
    while rest and joiner(toks[rest[0]].text):
        rest = rest[1:]
    return phrase.classify(before) + [phrase.mention(run[pos:pos + size], "org", "medium")] + phrase.classify(rest)


@RULES.register("transliterated-institution", 98)
def transliterated_institution(phrase: Phrase) -> list[Mention] | None:
    """Russian words in Latin letters holding an institution noun name an institution, not a person:
    "Gosudarstvennyi arkhiv Rossiiskoi Federatsii" (lexicon/transliterated-institution-words). The
    name runs over lowercase words, so the phrase that opens it stands for all of it."""
    names, run = phrase.classifier.transliterated, phrase.run
    pos = next((p for p, k in enumerate(run) if k in names), None)
    if pos is None:
        return None
    name = names[run[pos]]
    found = phrase.classify(run[:pos])
    if run[pos] == name[0]:
        found.append(phrase.mention(name, "org", "medium"))
    return found + phrase.classify([k for k in run[pos:] if k > name[-1]])


@RULES.register("numbered-event", 97)
def numbered_event(phrase: Phrase) -> list[Mention] | None:
    """A numbered meeting is an event, not an institution: "the 17th Party Congress" (lexicon/event-words);
    what follows "of the" is named again by the rules."""
    classifier, run = phrase.classifier, phrase.run
    toks, first = classifier.toks, run[0]
    if not (first and ORDINAL.fullmatch(toks[first - 1].text) and classifier.text[toks[first - 1].end:toks[first].start] == " "):
        return None
    event = next((p for p, w in enumerate(phrase.words) if w in lx.words("event-words")), None)
    if event is None:
        return None
    rest = run[event + 1:]
    while rest and joiner(toks[rest[0]].text):
        rest = rest[1:]
    return phrase.classify(rest)


def inverted_forenames(toks: list[Tok], comma: int) -> list[int]:
    """The forenames and initials after a surname and its comma, as bibliographies list authors:
    "Oleg V.", "J. Arch", "Hiroaki"; empty unless they open with a known first name or an initial. A
    full word is taken only where the author's part ends after it (a full stop or comma) or an
    initial follows, so that the title after "David R." is not taken."""
    fore, j = [], comma + 1
    while j < len(toks) and len(fore) < 6:
        if is_initial(toks, j):
            fore += [j, j + 1]
            j += 2
        elif toks[j].cap and toks[j].text.isalpha() and (fore or toks[j].text in gz.first_names()) \
                and j + 1 < len(toks) and (toks[j + 1].text in (".", ",") or is_initial(toks, j + 1)):
            fore.append(j)
            j += 1
        else:
            break
        if j < len(toks) and toks[j].start - toks[j - 1].end > 1:
            break
    return fore


@RULES.register("inverted-name", 94)
def inverted_name(phrase: Phrase) -> list[Mention] | None:
    """A surname, a comma and forenames or initials opening a line is one person, as bibliographies
    and lists of authors write them: "Khlevniuk, Oleg V.", "Kuromiya, Hiroaki", "CONQUEST, Robert"."""
    classifier, run = phrase.classifier, phrase.run
    toks, text = classifier.toks, classifier.text
    comma = run[-1] + 1
    if len(run) > 2 or char_before(text, toks[run[0]].start, " \t") not in ("", "\n") \
            or comma >= len(toks) or toks[comma].text != "," or toks[comma].start != toks[run[-1]].end \
            or not all(toks[k].cap and toks[k].text[0].isalpha() for k in run) \
            or any(listed("function-words", w) or listed("common-caps", w) for w in phrase.words) \
            or all(is_acronym(w) for w in phrase.words):
        return None  # "AVP RF, F. 0154": an archive and its fond, no author
    fore = inverted_forenames(toks, comma)
    if not fore:
        return None
    m = phrase.mention(run + [comma] + fore, "person", "high")
    m.initials = [toks[k].text for k in fore if is_initial(toks, k)]
    m.words = [toks[k].text for k in fore if toks[k].text != "." and not is_initial(toks, k)] + phrase.words
    return [m]


@RULES.register("periodical", 94)
def periodical(phrase: Phrase) -> list[Mention] | None:
    """The title of a newspaper or journal (lexicon/periodicals) is a work, not a name: "Pravda"."""
    return [] if phrase.surface in lx.words("periodicals") else None


#: The word before an opening quotation mark: what the quoted name is ("agent "Olaf"").
QUOTE_LEAD = re.compile(r"\b([^\W\d_]+)\s?[\"“«]$")


@RULES.register("quoted-name", 96)
def quoted_name(phrase: Phrase) -> list[Mention] | None:
    """A name in quotation marks after a word saying what it names: after an alias word
    (lexicon/alias-words: agent "Olaf", under the name "Gribov") a person, after an organisation word
    (the kolkhoz "Red Dawn", the club "Spartak") an organisation; the whole quotation is the name."""
    classifier, run = phrase.classifier, phrase.run
    toks, text, start = classifier.toks, classifier.text, classifier.toks[run[0]].start
    lead = QUOTE_LEAD.search(text, max(0, start - 40), start)
    if lead is None:
        return None
    word = lead.group(1)
    kind = "person" if word.lower() in lx.words("alias-words") else \
        "org" if word.title() in lx.words("org-words") else None
    close = re.compile(r"[^\"“”«»\n]{1,60}?([\"”»])").match(text, start)
    if kind is None or close is None:
        return None
    idx = [i for i in range(run[0], len(toks)) if toks[i].end <= close.start(1)]
    mention = phrase.mention(idx, kind, "medium")
    if kind == "person":
        mention.words = [toks[i].text for i in idx if toks[i].text[:1].isalpha()]
    return [mention]


@RULES.register("gazetteer-place", 100)
def gazetteer_place(phrase: Phrase) -> list[Mention] | None:
    """A place the gazetteers know, whole ("St. Petersburg", "Moscow"), also in the capitals of a
    heading or a dateline ("RIGA, Dec. 5", "THE LENINGRAD TRIAL"), unless a known acronym."""
    surface = phrase.surface
    if place_ok(surface) or (surface.isupper() and surface not in lx.words("org-acronyms")
                             and any(c.isalpha() for c in surface) and place_ok(surface.title())):
        return [phrase.mention(phrase.run + unit_after(phrase.classifier, phrase.run), "place", "high")]
    return None


def cut_domain(toks: list[Tok], run: list[int]) -> list[int]:
    """After an office ("Commissar for"), its domain in common words ("Internal Affairs", "State
    Security") is cut off too; an institution ("the Central Committee") or a place stays."""
    k = 0
    while k < len(run) and toks[run[k]].text in lx.words("connectors"):
        k += 1
    domain = k
    while domain < len(run) and toks[run[domain]].cap and gz.common_word(toks[run[domain]].text) \
            and not listed("org-words", toks[run[domain]].text) and toks[run[domain]].text not in gz.places():
        domain += 1
    institution = domain < len(run) and listed("org-words", toks[run[domain]].text)  # "State Security Department"
    return run[domain:] if domain > k and not institution else run


@RULES.register("cut-titles", 95)
def cut_titles(phrase: Phrase) -> list[Mention] | None:
    """Titles and function words before a name and connectors after it are not part of it.

    A title (Comrade, Mr., T.) is remembered as evidence of a person for the rules after, unless a
    connector follows it: "Commissar for Internal Affairs" is an office, and what follows names its
    domain, not a person.
    """
    toks, run, title = phrase.classifier.toks, phrase.run, False
    while run:
        word = toks[run[0]].text
        dotted = len(run) > 2 and toks[run[1]].text == "." and listed("titles", word + ".")
        if listed("titles", word) and len(run) >= 2 and listed("org-words", toks[run[1]].text):
            break  # "General Staff", "General Assembly": the title word is part of an institution's name
        if dotted or (listed("titles", word) and not is_initial(toks, run[0])):
            run = run[2:] if dotted else run[1:]
            title = not (run and toks[run[0]].text in lx.words("connectors"))
            if not title:
                run = cut_domain(toks, run)
        elif (listed("function-words", word) and not is_initial(toks, run[0])) \
                or word in lx.words("connectors") or word in ("'", "’", "s", "."):
            run = run[1:]
        else:
            break
    while run and joiner(toks[run[-1]].text):
        run = run[:-1]
    if not run:
        return []
    phrase.run, phrase.title = run, title or phrase.classifier.title_before(run[0])
    return None


def heading_word(word: str) -> bool:
    """A common English word set in capitals (VOLUME, SECRET, REVIEWS), as headings print them."""
    return len(word) > 3 and word.isupper() and word.isalpha() and word not in lx.words("org-acronyms") \
        and gz.common_word(word)


def surname_here(phrase: Phrase, pos: int) -> bool:
    """A common word in capitals is a surname after a title ("comrade WEBER") or next to a first name
    in ordinary case ("Hans WEBER", "WEBER Hans"), as official documents print a name."""
    toks, run = phrase.classifier.toks, phrase.run
    after = toks[run[pos + 1]].text if pos + 1 < len(run) else ""
    if after and not after.isupper() and (after in gz.first_names() or gz.patronymic(after)):
        return True  # "WEBER Hans", as lists of the arrested print a name
    if pos == 0:
        return phrase.title
    before = toks[run[pos - 1]].text
    return not before.isupper() and before in gz.first_names()


@RULES.register("institution-in-capitals", 94)
def institution_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """An institution's name in capitals, as the letterhead of an official document prints it
    ("PEOPLE'S COMMISSARIAT OF INTERNAL AFFAIRS OF THE USSR", "MAIN DIRECTORATE OF STATE SECURITY"):
    an organisation word in capitals (lexicon/org-words) and nothing of a heading's numbering or of
    a document's kind (no Roman numeral, no word of lexicon/document-words or event-words). An
    acronym or a place it names stands apart ("… OF THE USSR")."""
    words = [w for w in phrase.words if w[:1].isalpha()]
    if not (len(words) >= 2 and all(w.isupper() for w in words) and any(listed("org-words", w) for w in words)) \
            or any(ROMAN.fullmatch(w) and len(w) > 1 or listed("document-words", w) or listed("event-words", w)
                   for w in words):
        return None
    toks, run = phrase.classifier.toks, phrase.run
    pos = next((p for p, i in enumerate(run) if p and (is_acronym(toks[i].text) or place_ok(toks[i].text.title())
                                                       or place_ok(toks[i].text))), None)
    if pos is None:
        return phrase.classifier.organisation(run)
    head = run[:pos]
    while head and toks[head[-1]].text.lower() in lx.words("connectors"):
        head = head[:-1]
    return (phrase.classifier.organisation(head) if head else []) + phrase.classify(run[pos:pos + 1]) + \
        phrase.classify(run[pos + 1:])


def east_asian_in_capitals(toks: list[Tok], run: list[int], pos: int) -> bool:
    """A Korean or Chinese surname in capitals before a given name's syllables: "WANG YU-LIN"."""
    return toks[run[pos]].text.title() in lx.words("east-asian-surnames") and pos + 1 < len(run) \
        and transliterated_syllables(toks[run[pos + 1]].text)


@RULES.register("heading-in-capitals", 93)
def heading_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """A heading or archive line in capitals ("Soviet Archives VOLUME XIV SECRET REVIEWS") is no institution.

    Its words in capitals and the Roman numerals after them are cut out; of the rest, only places and
    acronyms are kept: the capitalised words beside them name a publication or series.
    """
    toks, run = phrase.classifier.toks, phrase.run
    cuts = [p for p, i in enumerate(run) if (heading_word(toks[i].text) and not surname_here(phrase, p)
                                             and not east_asian_in_capitals(toks, run, p))
            or (ROMAN.fullmatch(toks[i].text) and p and heading_word(toks[run[p - 1]].text))]
    if not cuts:
        return None
    if len(run) == 1 and not phrase.classifier.text[toks[run[0]].start:toks[run[0]].end + 2].rstrip().endswith(":"):
        pending = phrase.mention(run, "person?", "low")  # "that WEBER passed": a surname named elsewhere
        pending.reason = "a common word in capitals: a person only if named so elsewhere with evidence"
        pending.sentence_start = True
        return [pending]
    found, start = [], 0
    for cut in [*cuts, len(run)]:
        found += [m for m in phrase.classify(run[start:cut])
                  if m.type == "place" or m.rule in ("acronym", "acronym-apart", "known-acronym")]
        start = cut + 1
    return found


@RULES.register("split-at-function-word", 90)
def split_at_function_word(phrase: Phrase) -> list[Mention] | None:
    """Months, days and prepositions inside a run end one name and start another, as does "and"
    before a title ("Lieutenant Galina BAZHENOVA and Captain ZHUK": two persons)."""
    toks, run = phrase.classifier.toks, phrase.run
    for pos, i in enumerate(run):
        if pos and listed("function-words", toks[i].text) and not is_initial(toks, i):
            return phrase.classify(run[:pos]) + phrase.classify(run[pos + 1:])
        if pos and toks[i].text in lx.words("connectors") and pos + 1 < len(run) \
                and listed("titles", toks[run[pos + 1]].text) and toks[run[pos + 1]].text[:1].isupper():
            return phrase.classify(run[:pos]) + phrase.classify(run[pos + 1:])
    return None


def capital_name_shaped(word: str, common: bool = False) -> bool:
    """A word in capitals that could be a surname: letters and a vowel, not a known acronym or word
    (an English word too, with `common`, where other evidence makes it a name: "WEBER Hans")."""
    letters = word.replace("-", "")
    return word.isupper() and letters.isalpha() and len(letters) >= 3 and any(c in "AEIOUY" for c in letters) \
        and word not in lx.words("org-acronyms") and word not in lx.words("not-org-acronyms") \
        and not listed("common-caps", word) and not listed("function-words", word) \
        and (common or not gz.common_word(word)) and not place_ok(word.title())


def transliterated_syllables(word: str) -> bool:
    """A hyphenated name of short syllables, as East Asian names are transliterated: "KIM-SEN-IR"."""
    parts = word.split("-")
    return len(parts) >= 2 and all(1 <= len(p) <= 4 for p in parts)


#: A list of words in capitals: "YAGODA, AGRANOV and PROKOFIEV".
CAPITALS_LIST = re.compile(r"\b[A-Z][A-Z-]+\b(?:(?:,\s*|,?\s+and\s+)[A-Z][A-Z-]+\b)+")


#: An apposition after a name: a comma, an article, and the word that describes what follows.
APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+)?([^\W\d_]+)")


def described_after(after: str) -> bool:
    """A comma and a word describing a person after the name, as lists of the arrested give them:
    "LIPPERT, engineer of the port", "RAUDSEPP, an Estonian" (lexicon/person-descriptions, or a
    nationality)."""
    apposition = APPOSITION.match(after)
    return apposition is not None and (apposition.group(1) in lx.words("person-descriptions")
                                       or gz.people(apposition.group(1)))


def in_list_of_surnames(text: str, start: int, end: int) -> bool:
    """In a list of words in capitals one of which ends like a surname: "YAGODA, AGRANOV and BULANOV"."""
    lo = max(0, start - NEAR, text.rfind("\n", max(0, start - NEAR), start) + 1)
    hi = text.find("\n", end, end + NEAR)
    for found in CAPITALS_LIST.finditer(text, lo, min(len(text), end + NEAR) if hi < 0 else hi):
        if found.start() <= start and end <= found.end():
            members = re.findall(r"[A-Z][A-Z-]+", found.group())
            return any(capital_name_shaped(w) and gz.surname_shaped(w.title()) for w in members)
    return False


def opening_word(classifier: Classifier, run: list[int]) -> bool:
    """A common English word in ordinary case opening a sentence ("Besides", "Then"): capitalised
    because it comes first, not because it names anyone."""
    word = classifier.toks[run[0]].text
    return word[1:].islower() and gz.common_word(word) and word not in gz.first_names() \
        and not place_ok(word) and sentence_initial(classifier.text, classifier.toks, run[0])


@RULES.register("surname-in-capitals", 87)
def surname_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """A surname in capitals, as official documents print them: "comrade YEZHOV", "(BERIA)", "IVANOV I.I.".

    A word in capitals is a person only on evidence: a title or a signature label before it, initials
    beside it, a surname's ending, a first name before it, brackets around it alone, or the short
    syllables of a transliterated name.
    """
    classifier, run = phrase.classifier, phrase.run
    toks, text = classifier.toks, classifier.text
    if len(run) > 1 and opening_word(classifier, run) and toks[run[1]].text.isupper():
        return phrase.classify(run[1:])  # "Besides ZAVADSKY": the sentence's first word is no name
    initials = [toks[i].text for i in run if is_initial(toks, i)]
    names = [toks[i].text for i in run if toks[i].text != "." and not is_initial(toks, i)]
    if 1 < len(names) <= 3 and names[0].isupper() and capital_name_shaped(names[0], common=True) \
            and not any(w.isupper() for w in names[1:]) \
            and (names[1] in gz.first_names() or any(gz.patronymic(w) for w in names[1:])):
        m = phrase.mention(run, "person", "high")  # "SCHULTZ Karl Eduardovich": surname, forename, patronymic
        m.words, m.initials, m.reason = [names[0].title()], initials, "in capitals; evidence: a forename or patronymic after it"
        return [m]
    if 1 < len(names) <= 3 and names[-1].isupper() and capital_name_shaped(names[-1], common=True) \
            and names[0] in gz.first_names() and not any(w.isupper() for w in names[:-1]) \
            and all(gz.patronymic(w) for w in names[1:-1]):
        m = phrase.mention(run, "person", "high")  # "Osip Mendelevich ZALKIND": forename, patronymic, surname
        m.words, m.initials, m.reason = names, initials, \
            "in capitals; evidence: a forename before it"
        return [m]
    if not names or len(names) > 3 or not all(
            capital_name_shaped(w, common=w.title() in lx.words("east-asian-surnames")) for w in names):
        return None  # a common word only as a Korean or Chinese surname: "WANG YU-LIN"
    start, end = toks[run[0]].start, toks[run[-1]].end
    before, after = text[max(0, start - NEAR):start], text[end:end + NEAR]
    label = re.search(r"(\w+)\s*:\s*$", before)
    words = [w.title() for w in names]
    evidence = [why for why, found in (
        ("a title before it", phrase.title), ("initials", bool(initials)),
        ("a signature label before it", bool(label) and label.group(1).lower() in lx.words("signature-labels")),
        ("brackets around it", before.rstrip(" ").endswith("(") and after.lstrip(" ").startswith(")")),
        ("a particle before it", before.rsplit(None, 1)[-1:] != [] and before.rsplit(None, 1)[-1] in lx.words("particles")
         and before.endswith(" ")),
        ("a surname's ending", gz.surname_shaped(words[-1])),
        (f"the first name {words[0]}", len(words) > 1 and words[0] in gz.first_names()),
        ("a transliterated name's syllables", transliterated_syllables(names[-1])),
        ("a list of surnames in capitals", in_list_of_surnames(text, start, end)),
        ("a person's description after it", described_after(after))) if found]
    if not evidence:
        return None
    m = phrase.mention(run, "person", "medium" if evidence == ["a surname's ending"] else "high")
    m.words, m.initials, m.reason = words, initials, "in capitals; evidence: " + ", ".join(evidence)
    return [m]


#: After a unit's name: more names of a list, then the unit word in the plural ("Keles, Saryagach
#: and Bostandyk raions"); group 1 is the unit word.
UNIT_LIST = re.compile(r"(?:,\s*[A-Z][\w‐'’-]*)*(?:,?\s+(?:and|or)\s+[A-Z][\w‐'’-]*)?\s+(\w+)\b")


def unit_head(word: str, plural: bool = False) -> bool:
    """A unit word (lexicon/unit-heads): SSR, Krai, oblast, raion…; with `plural`, only its plural."""
    forms = gz.singulars(word)[1:] if plural else [word]
    return any(listed("unit-heads", form) for form in forms)


@RULES.register("administrative-unit", 86)
def administrative_unit(phrase: Phrase) -> list[Mention] | None:
    """Administrative units are places: "Kalmyk ASSR", "Far Eastern Krai", "Tula oblast", "Posyet raion".

    A capitalised unit word ends the unit's name inside the phrase (after its last "of the", unless
    that leaves the unit word alone: "Union of SSR"); a lowercase one right after the phrase is part
    of it; in the plural after a list, it makes each name of the list a place.
    """
    classifier, run = phrase.classifier, phrase.run
    toks, text = classifier.toks, classifier.text
    words = phrase.words
    fused = next((p for p, w in enumerate(words) if fused_unit(w)), None)
    if fused is not None:  # "KazSSR Tulegenova": the republic, then a name
        return phrase.classify(run[:fused]) + [phrase.mention(run[fused:fused + 1], "place", "high")] + \
            phrase.classify(run[fused + 1:])
    if len(run) > 1 and words[-1][:1].isupper() and unit_head(words[-1]):
        joins = [p for p, w in enumerate(words) if w in lx.words("connectors")]
        cut = joins[-1] + 1 if joins and joins[-1] < len(run) - 2 else 0
        before = run[:cut]
        while before and toks[before[-1]].text in lx.words("connectors"):
            before = before[:-1]
        return phrase.classify(before) + [phrase.mention(run[cut:], "place", "high")]
    if all(listed("common-caps", w) or listed("function-words", w) for w in words):
        return None  # "the Western region": no name
    head = unit_after(classifier, run)
    if head:
        joins = [p for p, w in enumerate(words) if w in lx.words("connectors")]
        if joins and joins[-1] < len(run) - 1:  # "the UNKVD for the Odessa oblast": the unit is what follows
            before = run[:joins[-1]]
            while before and toks[before[-1]].text in lx.words("connectors"):
                before = before[:-1]
            return phrase.classify(before) + [phrase.mention(run[joins[-1] + 1:] + head, "place", "medium")]
        return [phrase.mention(run + head, "place", "medium")]
    listed_units = UNIT_LIST.match(text, toks[run[-1]].end, toks[run[-1]].end + NEAR)
    if listed_units and listed_units.group(1).islower() and unit_head(listed_units.group(1), plural=True):
        joined = next((p for p, w in enumerate(words) if w in lx.words("list-joiners")), None)
        if joined is not None:  # "the Keles and Saryagach raions": each name a place
            return phrase.classify(run[:joined]) + phrase.classify(run[joined + 1:])
        return [phrase.mention(run, "place", "medium")]
    return None


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


@RULES.register("acronym-apart", 85)
def acronym_apart(phrase: Phrase) -> list[Mention] | None:
    """An acronym inside a longer run stands alone: "Central Committee of the CPSU (b)"."""
    toks, run = phrase.classifier.toks, phrase.run
    for pos, i in enumerate(run):
        if len(run) > 1 and is_acronym(toks[i].text) and toks[i].text.isupper():
            rest = run[pos + 1:]
            bracket = rest[:3] if [toks[k].text for k in rest[:3]] == ["(", "b", ")"] else []
            return phrase.classify(run[:pos]) + phrase.classifier.acronym([i], toks[i].text) + \
                phrase.classify(rest[len(bracket):])
    return None


@RULES.register("surnames-in-a-row", 84)
def surnames_in_a_row(phrase: Phrase) -> list[Mention] | None:
    """Three or more surnames in a row with no comma, as a telegram's distribution list gives them
    ("SENT TO: STALIN VOROSHILOV POTEMKIN DEKANOZOV"), are as many persons: every word ends like a
    surname and none is a first name or a common word."""
    toks, run = phrase.classifier.toks, phrase.run
    words = phrase.words
    if len(words) < 3 or not all(w.isalpha() and gz.surname_shaped(w) and w.title() not in gz.first_names()
                                 and not gz.common_word(w) for w in words):
        return None
    found = []
    for i in run:
        m = phrase.mention([i], "person", "medium")
        m.words = [toks[i].text]
        found.append(m)
    return found


@RULES.register("people", 78)
def people(phrase: Phrase) -> list[Mention] | None:
    """The name of a people is no name of a person or institution: "Crimean Tatars", "Soviet Koreans".

    The phrase ends with a people's name (lexicon/ethnonyms, in the singular or plural) and every word
    before it qualifies it: a nationality or other adjective, a common capital (Soviet, Western) or a
    place (Volga Germans).
    """
    words = phrase.words
    if len(words) < 2 or not gz.people(words[-1]):
        return None
    if all(adjective(w) or w in lx.words("common-caps") or w in gz.places() for w in words[:-1]):
        return []
    return None


@RULES.register("initials-only", 80)
def initials_only(phrase: Phrase) -> list[Mention] | None:
    """Initials with no name are no person; four or more letters (N.K.V.D.) are an acronym."""
    toks, run = phrase.classifier.toks, phrase.run
    if not all(is_initial(toks, i) or toks[i].text == "." for i in run):
        return None
    letters = phrase.surface.replace(" ", "")
    if len(run) >= 4 and letters.replace(".", "") not in lx.words("not-org-acronyms"):
        return phrase.classifier.acronym(run, letters)
    return []


def before_list(classifier: Classifier, first: int) -> int:
    """The token before the list of capitalised names whose member starts at `first` ("stations of
    Ishim, Tara and Tatarsk": "of"), or before `first` itself when it is in no list; -1 at the start."""
    toks, k = classifier.toks, first - 1
    floor = toks[first].start - NEAR
    while k >= 1 and toks[k].start >= floor and toks[k].text in (",", "and", "or"):
        back = k - (2 if toks[k - 1].text == "," else 1)
        member = back
        while back >= 0 and (toks[back].cap or toks[back].text in ("-", "‐")):
            back -= 1
        if back == member:
            break
        k = back
    return k


def kind_of_place_before(classifier: Classifier, first: int) -> bool:
    """A word for a kind of place and "of" before the name, or before the list it closes: "the
    village of Lozovka", "the stations of Ishim, Tara and Tatarsk" (lexicon/place-nouns); or the
    word alone after "the": "the villages Voknavolok, Kimasozero and Lusalma"."""
    k = before_list(classifier, first)
    toks = classifier.toks
    return k >= 1 and (toks[k].text == "of" and toks[k - 1].text in lx.words("place-nouns")
                       or toks[k].text in lx.words("place-nouns") and toks[k - 1].text == "the")


@RULES.register("place-by-kind", 76)
def place_by_kind(phrase: Phrase) -> list[Mention] | None:
    """A name after a word for a kind of place is a place: "in the village of Balanda", "the
    stations of Kokchetav and Atbasar"; a village is often named like a surname."""
    words, run = phrase.words, phrase.run
    if any(listed("org-words", w) for w in words) or not kind_of_place_before(phrase.classifier, run[0]):
        return None
    joined = next((p for p, w in enumerate(words) if w in lx.words("list-joiners")), None)
    if joined is not None:  # "the stations of Kokchetav and Atbasar": each name a place
        return phrase.classify(run[:joined]) + phrase.classify(run[joined + 1:])
    return [phrase.mention(run, "place", "medium")]


#: After the place of a bibliography's imprint: a colon, the publisher, a comma and the year
#: ("Ithaca: Cornell University Press, 2001", "Moscow: ROSSPEN, 2004").
IMPRINT = re.compile(r"\s*:\s*[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|and|the|for|de|du|la|di))*,\s*(?:1[5-9]|20)\d\d\b")


@RULES.register("imprint", 77)
def imprint(phrase: Phrase) -> list[Mention] | None:
    """The place of publication of a bibliography's entry: "Ithaca: Cornell University Press, 2001"."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if any(listed("org-words", w) for w in phrase.words) or char_before(classifier.text, start, " ") not in ".\n\"”" \
            or not IMPRINT.match(classifier.text, end):
        return None
    return [phrase.mention(run, "place", "medium")]


@RULES.register("place-after-cut", 75)
def place_after_cut(phrase: Phrase) -> list[Mention] | None:
    """A gazetteer place once the title or function word before it is cut off ("In Moscow")."""
    if place_ok(phrase.surface):
        return [phrase.mention(phrase.run + unit_after(phrase.classifier, phrase.run), "place", "high")]
    return None


@RULES.register("document", 72)
def document(phrase: Phrase) -> list[Mention] | None:
    """A phrase holding a word for a document names a text, not an institution: "the United Nations
    Charter", "the Universal Declaration of Human Rights" (lexicon/document-words). What stands
    before the word is named again by the rules (United Nations); the words after are its subject."""
    toks, run = phrase.classifier.toks, phrase.run
    pos = next((p for p, w in enumerate(phrase.words) if w in lx.words("document-words")), None)
    if pos is None or len(run) == 1:
        return None
    rest = run[pos + 1:]
    while rest and joiner(toks[rest[0]].text):
        rest = rest[1:]
    return phrase.classify(run[:pos]) + phrase.classify(rest)


def locative_before(classifier: Classifier, k: int) -> bool:
    """Token `k` puts what follows in a place: a preposition of location (lexicon/locative-prepositions:
    "in", "near"), or "to", "from" or "into" after a verb of going (lexicon/motion-verbs: "deported
    to", "fled from"; lexicon/motion-prepositions), with "back" or "away" between at most
    (lexicon/motion-particles)."""
    toks = classifier.toks
    if k < 0:
        return False
    word = toks[k].text.lower()
    if word in lx.words("locative-prepositions"):
        return True
    verb = k - 1
    while verb >= 0 and toks[verb].text in lx.words("motion-particles"):
        verb -= 1
    return word in lx.words("motion-prepositions") and verb >= 0 \
        and toks[verb].text.lower() in lx.words("motion-verbs")


@RULES.register("town-after-locative", 74)
def town_after_locative(phrase: Phrase) -> list[Mention] | None:
    """A town of the gazetteer that is also a surname is the town after a preposition of location:
    "in Kirov", "near Nikolaev" (lexicon/locative-prepositions)."""
    classifier, run = phrase.classifier, phrase.run
    end = classifier.toks[run[-1]].end
    if phrase.title or phrase.surface not in gz.places() or classifier.text[end:end + 2] in ("'s", "’s"):
        return None  # "in Kirov's speech": a possessive is a person's
    k = before_list(classifier, run[0])
    if not (locative_before(classifier, k) or (k >= 0 and named_alone_after_article(classifier, k, run))):
        return None
    return [phrase.mention(run + unit_after(classifier, run), "place", "medium")]


def named_alone_after_article(classifier: Classifier, k: int, run: list[int]) -> bool:
    """"the" before the name and no word after it: a river, a sea or a region ("over the Neva,",
    "along the Ishim."); a person takes no article, and "the Kirov murder" names the murder."""
    after = run[-1] + 1
    return classifier.toks[k].text == "the" and (
        after >= len(classifier.toks) or classifier.toks[after].text in lx.words("list-joiners")
        or not classifier.toks[after].text[0].isalnum() and classifier.toks[after].text not in ("'", "’"))


#: The year of birth (or day, month and year) opening a biography's bracket, and places already
#: named after it: "(1899, ", "(4 March 1896, Cesis, "; or the year of death after the dash.
LIFE_DATES_BEFORE = re.compile(r"(?:\(|[–—-] ?)(?:c\. ?)?(?:\d{1,2} \w+\.? )?1[89]\d\d, (?:[\w‐-]+(?: [\w‐-]+)?, )*$")
LIFE_DATES_AFTER = re.compile(r"(?:, [\w‐-]+(?: [\w‐-]+)?)* ?(?:[–—)]| - )")


@RULES.register("place-in-life-dates", 73)
def place_in_life_dates(phrase: Phrase) -> list[Mention] | None:
    """A name between a year and the dash or closing bracket of a biography's life dates is the
    place of birth or death: "(1899, Berdichev – 1941)", "(4 March 1896, Cesis, Livonia – 1974, Riga)"."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if phrase.title or len(run) > 3 or not LIFE_DATES_BEFORE.search(classifier.text, max(0, start - 60), start) \
            or not LIFE_DATES_AFTER.match(classifier.text, end):
        return None
    return [phrase.mention(run, "place", "medium")]


@cache
def dateline_after() -> re.Pattern[str]:
    """A comma and a date after a name: a dateline's place ("Dolinka, 12 April 1944", "Kem, Oct. 5",
    "Chita, 3.IV.42"); months from lexicon/dates.toml."""
    months = lx.table("dates")["months"]
    month = lx.alternation([*months["names"], *months["abbreviations"]])
    return re.compile(rf",[ \t]*(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{month}\b|{month}\.?[ \t]+\d"
                      r"|\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4}\b)")


@RULES.register("place-in-dateline", 73)
def place_in_dateline(phrase: Phrase) -> list[Mention] | None:
    """A name opening a line, then a comma and a date, is the place a document was written: "Dolinka,
    12 April 1944", "Kuibyshev, 3.IV.42". A name with a person's evidence (a surname's ending, a first
    name) that no gazetteer knows as a place signs instead ("Petrov, 5 May")."""
    classifier, run = phrase.classifier, phrase.run
    words = phrase.words
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if phrase.title or len(run) > 3 or char_before(classifier.text, start, " \t") not in ("", "\n") \
            or not dateline_after().match(classifier.text, end) or any(listed("org-words", w) for w in words) \
            or (phrase.surface not in gz.places()
                and any(gz.surname_shaped(w) or w in gz.first_names() or gz.common_word(w) for w in words)):
        return None
    return [phrase.mention(run, "place", "medium")]


@RULES.register("place-before-site", 73)
def place_before_site(phrase: Phrase) -> list[Mention] | None:
    """A name before a lowercase word for a camp's or a mine's site names the place, also each name
    of a list: "the Maldyak lagpunkt", "the Karabas transit point", "In Aktas and Burma sections"
    (lexicon/site-heads)."""
    classifier, run = phrase.classifier, phrase.run
    if phrase.title or any(listed("org-words", w) for w in phrase.words) or not site_after(classifier, run):
        return None
    joined = next((p for p, w in enumerate(phrase.words) if w in lx.words("list-joiners")), None)
    if joined is not None:  # "Aktas and Burma sections": each name a place
        return phrase.classify(run[:joined]) + phrase.classify(run[joined + 1:])
    return [phrase.mention(run, "place", "medium")]


def site_after(classifier: Classifier, run: list[int]) -> bool:
    """A word of lexicon/site-heads right after the run or after the list it opens ("Aktas and Burma
    sections")."""
    return site_pattern().match(classifier.text, classifier.toks[run[-1]].end) is not None


@cache
def site_pattern() -> re.Pattern[str]:
    return re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w‐-]*)*"
                      rf" {lx.alternation(list(lx.entries('site-heads')))}\b")


@RULES.register("office-then-name", 71)
def office_then_name(phrase: Phrase) -> list[Mention] | None:
    """An institution followed by a person's name is two mentions: "the Secret Department I. P. Ivanov".

    The name starts at initials or at a known first name followed by another capitalised word.
    """
    toks, run = phrase.classifier.toks, phrase.run
    for pos in range(1, len(run)):
        i = run[pos]
        starts_name = is_initial(toks, i) or (
            toks[i].text in gz.first_names() and not gz.common_word(toks[i].text) and pos + 1 < len(run)
            and toks[run[pos + 1]].cap)
        if starts_name and any(toks[k].text in lx.words("org-words") for k in run[:pos]):
            return phrase.classify(run[:pos]) + phrase.classify(run[pos:])
    return None


@RULES.register("org-word", 70)
def org_word(phrase: Phrase) -> list[Mention] | None:
    """A phrase holding an organisation word (Committee, Department, Party…) names an institution."""
    if len(phrase.run) > 1 and any(w in lx.words("org-words") for w in phrase.words):
        return phrase.classifier.organisation(phrase.run)
    return None


@RULES.register("split-at-possessive", 65)
def split_at_possessive(phrase: Phrase) -> list[Mention] | None:
    """A possessive ends a name ("Petrov's Secretariat" is not one name unless an institution's)."""
    words, run = phrase.words, phrase.run
    if "'" not in words and "’" not in words:
        return None
    cut = next(p for p, w in enumerate(words) if w in ("'", "’"))
    return phrase.classify(run[:cut]) + phrase.classify(run[cut + 2:])


@RULES.register("acronym", 60)
def acronym(phrase: Phrase) -> list[Mention] | None:
    """A word shaped like an acronym (OGPU, N.K.V.D.) names an organisation, or a place (USSR)."""
    word = single(phrase)
    return phrase.classifier.acronym(phrase.run, word) if word and is_acronym(word) else None


def compound_institution(word: str) -> bool:
    """One word made of the stumps of a Soviet institution's name: Karlag, Zagotzerno, Glavlit."""
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower() or gz.common_word(word) \
            or word in gz.first_names() or word in gz.places() or unit_head(word) or gz.surname_shaped(word):
        return False
    stems = lx.entries("institution-stems")
    return any(word.startswith(s[:-1]) and len(word) >= len(s) + 1 for s in stems if s.endswith("-")) \
        or any(word.endswith(s[1:]) and len(word) >= len(s) + 1 for s in stems if s.startswith("-"))


@RULES.register("compound-institution", 71)
def compound_institution_rule(phrase: Phrase) -> list[Mention] | None:
    """A Soviet compound abbreviation names an institution: "Karlag", "Zagotzerno", "Magnitostroi",
    "Obkom" (lexicon/institution-stems). After a place it is a name of its own ("the Tambov
    Gorkom"); opening a longer phrase it is the
    institution of the name after it ("head of the Raikom Toktarov", "Zagotzerno Mirzoyan"), as is an
    organisation word before a lone surname ("Kolkhoz Bekmuratov")."""
    words, run = phrase.words, phrase.run
    if len(words) > 1 and compound_institution(words[-1]) and all(w[:1].isupper() for w in words):
        if any(adjective(w) for w in words[:-1]):
            return None  # "the Kazakh Kraikom": the rules of nationality words cut the adjective first
        before = [phrase.mention(run[:-1], "place", "medium")] if gz.place_size(" ".join(words[:-1])) \
            else phrase.classify(run[:-1])
        return before + [phrase.mention(run[-1:], "org", "medium")]  # "the Tambov Gorkom"
    opens = words and (compound_institution(words[0]) or (
        words[0] in lx.words("org-words") and len(words) == 2 and gz.surname_shaped(words[1])))
    if opens and len(run) > 1 and phrase.classifier.toks[run[1]].text[:1].isupper():
        return [phrase.mention(run[:1], "org", "medium")] + phrase.classify(run[1:])
    return [phrase.mention(run, "org", "medium")] if len(run) == 1 and compound_institution(words[0]) else None


#: A translator's gloss in square brackets right after a word: "Tautiniki [Nationalists]".
GLOSS = re.compile(r" ?\[([^\]\n]{1,80})\]")


@RULES.register("glossed-word", 63)
def glossed_word(phrase: Phrase) -> list[Mention] | None:
    """A foreign word the translator glosses in brackets: an institution if the gloss names one
    ("Zagotzerno [Grain Procurement Trust]"), else no name if the gloss is common words ("Shaulisty
    [National Guardsmen]")."""
    word = single(phrase)
    if not word or word.isupper():
        return None
    gloss = GLOSS.match(phrase.classifier.text, phrase.classifier.toks[phrase.run[0]].end)
    if not gloss:
        return None
    words = WORD.findall(gloss.group(1))
    if any(w in lx.words("org-words") for w in words):
        return [phrase.mention(phrase.run, "org", "medium")]
    if words and all(gz.common_word(w) or gz.people(w) or listed("function-words", w) for w in words):
        return []
    return None


@RULES.register("name-of-institution", 64)
def name_of_institution(phrase: Phrase) -> list[Mention] | None:
    """A word before a lowercase institution word is the institution's name: "the Memorial society",
    "the Dynamo club". A person's name so used stays a person ("the Rykov group", GUIDELINES:
    attributive uses), and so does a place ("the Leningrad party")."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    after = run[0] + 1
    if not word or after >= len(classifier.toks) or classifier.text[classifier.toks[run[0]].end:classifier.toks[after].start] != " ":
        return None
    follower = classifier.toks[after].text
    if not (follower.islower() and follower.title() in lx.words("org-words")) or phrase.title \
            or gz.surname_shaped(word) or word in gz.first_names() or word in gz.places() or adjective(word) \
            or listed("common-caps", word) or listed("function-words", word) or word.isupper():
        return None
    return [phrase.mention(run, "org", "medium")]


@RULES.register("place-ending", 62)
def place_ending(phrase: Phrase) -> list[Mention] | None:
    """A word that ends as only place names do is a place: "Grodekovo", "Ivanovka", "Tatarsk"
    (lexicon/place-endings)."""
    word = single(phrase)
    if not word or phrase.title or not all(part[1:].islower() for part in word.split("-")) or len(word) < 5 \
            or word in gz.first_names() \
            or gz.common_word(word) or lx.ending("place-endings").search(word) is None:
        return None
    return [phrase.mention(phrase.run, "place", "medium")]


@RULES.register("known-acronym", 59)
def known_acronym(phrase: Phrase) -> list[Mention] | None:
    """A known Soviet-period institution's short name (Cheka, Comintern: lexicon/org-acronyms)."""
    if single(phrase) in lx.words("org-acronyms"):
        return [phrase.mention(phrase.run, "org", "high")]
    return None


@RULES.register("not-a-name", 58)
def not_a_name(phrase: Phrase) -> list[Mention] | None:
    """Adjectives, function words, common capitals, organisation words and Roman numerals alone."""
    word = single(phrase)
    if word and (adjective(word) or listed("function-words", word) or listed("common-caps", word)
                 or word in lx.words("org-words") or ROMAN.fullmatch(word)):
        return []
    return None


@RULES.register("sentence-start", 57)
def sentence_start(phrase: Phrase) -> list[Mention] | None:
    """A bare word opening a sentence may be any word: a person only if named so elsewhere."""
    if single(phrase) and not phrase.title and sentence_initial(phrase.classifier.text, phrase.classifier.toks,
                                                                 phrase.run[0]):
        pending = phrase.mention(phrase.run, "person?", "low")
        pending.sentence_start = True
        return [pending]
    return None


@RULES.register("place-after-locative", 57)
def place_after_locative(phrase: Phrase) -> list[Mention] | None:
    """A word no list knows, with no sign of a person, is a place after a preposition of location:
    "a teacher in Kingisepp", "in Daugavpils and in Latgale" (lexicon/locative-prepositions)."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    end = classifier.toks[run[-1]].end
    if not word or phrase.title or not word[1:].islower() or gz.surname_shaped(word) or word in gz.first_names() \
            or gz.common_word(word) or classifier.text[end:end + 2] in ("'s", "’s"):
        return None
    if not locative_before(classifier, before_list(classifier, run[0])):
        return None
    return [phrase.mention(run, "place", "low")]


#: The members of a list around a word: the words or hyphened names before and after it, joined
#: by a comma or "and"/"or" ("Artinsk, Achit", "Aktas and Burma").
LIST_BEFORE = re.compile(r"([A-Z][\w‐-]*)(?:, |,? (?:and|or) )$")
LIST_AFTER = re.compile(r"(?:, |,? (?:and|or) )([A-Z][\w‐-]*)")


@RULES.register("place-in-list-of-places", 56)
def place_in_list_of_places(phrase: Phrase) -> list[Mention] | None:
    """A word no list knows, with no sign of a person, beside a known place in a list is a place: a
    list names one kind ("Krasnoufimsk (incl. Artinsk, Achit)")."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    if not word or phrase.title or not word[1:].islower() or gz.surname_shaped(word) or word in gz.first_names() \
            or gz.common_word(word):
        return None
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    before = LIST_BEFORE.search(classifier.text, max(0, start - 40), start)
    after = LIST_AFTER.match(classifier.text, end)
    if any(member and known_place(member.group(1)) for member in (before, after)):
        return [phrase.mention(run, "place", "low")]
    return None


def known_place(word: str) -> bool:
    """A place by the gazetteers or by a place's ending (-sk, -ovka…: lexicon/place-endings)."""
    return place_ok(word) or (len(word) >= 5 and word[1:].islower() and not gz.common_word(word)
                              and lx.ending("place-endings").search(word) is not None)


@RULES.register("single-name", 56)
def single_name(phrase: Phrase) -> list[Mention] | None:
    """One capitalised word inside a sentence: a person on evidence, or pending."""
    return phrase.classifier.person(phrase.run, phrase.title) if single(phrase) else None


@RULES.register("place-word", 50)
def place_word(phrase: Phrase) -> list[Mention] | None:
    """A place word ends or opens the phrase: "Nikitskaya Street", "Lake Baikal"."""
    words, run = phrase.words, phrase.run
    if words[0] in lx.words("place-leads"):
        return [phrase.mention(run, "place", "medium")]
    if words[-1] in lx.words("place-heads"):
        joins = [p for p, w in enumerate(words) if w in lx.words("connectors")]
        if joins:  # "Tereshchenko on Sumskaya Street": the place is what follows the last connector
            return phrase.classify(run[:joins[-1]]) + phrase.classify(run[joins[-1] + 1:])
        return [phrase.mention(run, "place", "medium")]
    return None


@RULES.register("place-before-name", 45)
def place_before_name(phrase: Phrase) -> list[Mention] | None:
    """A known place opening a longer phrase stands alone: "Moscow Trials", "Leningrad Opposition";
    not in a phrase that fills quotation marks, a title or a kolkhoz's name ("Krasny Pakhar")."""
    toks, run = phrase.classifier.toks, phrase.run
    if inside_quotes(phrase.classifier.text, phrase.mention(run, "place", "high")):
        return None
    for cut in range(len(run) - 1, 0, -1):
        head = phrase.classifier.surface(run[:cut])
        if place_ok(head) and toks[run[cut]].cap and head not in gz.first_names() \
                and not is_initial(toks, run[cut - 1]):
            return [phrase.mention(run[:cut], "place", "high")] + phrase.classify(run[cut:])
    return None


@RULES.register("common-capital-first", 40)
def common_capital_first(phrase: Phrase) -> list[Mention] | None:
    """A common capitalised word (Comrades, Chairman, Old) or a nationality ("the Korean Kim Pen Hwa")
    opening a phrase is not part of a name."""
    if phrase.words[0] in lx.words("common-caps") or (len(phrase.run) > 1 and gz.people(phrase.words[0])
                                                           and phrase.words[0] not in gz.first_names()):
        return phrase.classify(phrase.run[1:])
    return None


@RULES.register("split-at-connector", 35)
def split_at_connector(phrase: Phrase) -> list[Mention] | None:
    """Outside an institution's name, "of", "for", "and" join two names, not one."""
    words = phrase.words
    cut = next((p for p, w in enumerate(words) if w in lx.words("connectors")), None)
    if cut is None:
        return None
    return phrase.classify(phrase.run[:cut]) + phrase.classify(phrase.run[cut + 1:])


@RULES.register("person", 30)
def person(phrase: Phrase) -> list[Mention] | None:
    """Capitalised words left over name a person when they show evidence of one."""
    return phrase.classifier.person(phrase.run, phrase.title)


# ---------------------------------------------------------------- grouping into entries

def group(mentions: list[Mention], reserved: set[str]) -> list[Draft]:
    """One draft entry per entity: persons by surname, forename and initials; others by text."""
    drafts: list[Draft] = []
    by_key: dict[tuple[str, str], Draft] = {}
    persons: dict[str, list[tuple[str, Draft]]] = {}  # surname → [(forename, entry)], latest last
    used = set(reserved)

    def new(typ: str, form: str, base: str) -> Draft:
        ident = slug(base)
        n = 2
        while ident in used:
            ident, n = f"{slug(base)}-{n}", n + 1
        used.add(ident)
        draft = Draft(typ, [form], "low", ident)
        drafts.append(draft)
        return draft

    for m in mentions:
        if m.type == "person":
            surname, fore = m.words[-1], " ".join(m.words[:-1])
            same = persons.setdefault(surname, [])
            entry = None
            if fore:
                entry = next((d for f, d in same if f == fore), None) or \
                    next((d for f, d in same if not f), None)
                if entry is not None and not any(f == fore for f, d in same):
                    same[:] = [(fore if d is entry else f, d) for f, d in same]
            elif m.initials:
                entry = next((d for f, d in reversed(same) if f[:1] == m.initials[0][:1]), None) or \
                    (same[-1][1] if same else None)
            elif same:
                entry = same[-1][1]
            if entry is None:
                entry = new("person", m.text, " ".join(m.words))
                same.append((fore, entry))
            else:
                same.sort(key=lambda fd: fd[1] is entry)
        else:
            key = (m.type, m.text)
            entry = by_key.get(key) or new(m.type, m.text, m.text)
            by_key[key] = entry
        if m.text not in entry.forms:
            entry.forms.append(m.text)
        if CERT_ORDER[m.cert] > CERT_ORDER[entry.cert]:
            entry.cert = m.cert
        m.entry = entry
    for draft in drafts:
        draft.forms.sort(key=lambda f: (-len(f.split()), -len(f)))
    return drafts


@cache
def transliterated_noun() -> re.Pattern[str]:
    """Any word of lexicon/transliterated-institution-words, in either case: a block without one
    holds no transliterated institution."""
    return re.compile(rf"\b{lx.alternation(lx.entries('transliterated-institution-words'))}\b", re.IGNORECASE)


def transliterated_institutions(toks: list[Tok], text: str) -> list[list[int]]:
    """Runs of Russian words in Latin letters that hold an institution noun, as historians cite
    archives: "Gosudarstvennyi arkhiv Rossiiskoi Federatsii" (lexicon/transliterated-institution-words).

    A run opens with a capitalised word and takes capitalised words and lowercase words that are no
    English word, one space apart; an acronym before it (GARF) is a name of its own.
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
            hyphen = word in ("-", "‐") and j + 1 < len(toks) and toks[j + 1].start == toks[j].end
            if not (hyphen or (word[:1].isalpha() and (toks[j].cap or word.lower() in nouns or not (
                    gz.common_word(word) or joiner(word))))):
                break
            j += 1
        run = list(range(i, j))
        while run and (toks[run[0]].text.isupper() or not toks[run[0]].cap):
            run = run[1:]
        if any(toks[k].text.lower() in nouns for k in run) and len(run) > 1:
            runs.append(run)
        i = max(j, i + 1)
    return runs


@cache
def verb_after() -> re.Pattern[str]:
    """After a subject: an adverb at most (lexicon/subject-adverbs), then the verb ("Getty, by
    contrast, argued" is left alone)."""
    return re.compile(rf" (?:{lx.alternation(lx.entries('subject-adverbs'))} )?([a-z]+)\b")


def speaker(text: str, end: int) -> bool:
    """A verb of saying, writing or thinking follows the word (lexicon/speech-verbs): "Werth counted"."""
    verb = verb_after().match(text, end)
    return verb is not None and verb.group(1) in lx.words("speech-verbs")


#: What joins the members of a list of names: "Oshkaln, Vasilevsky and Krol".
LIST_JOIN = re.compile(r",? (?:and|or) |, ")


def in_list_of_persons(texts: list[str], found: list[Mention], surnames: set[str]) -> set[int]:
    """The pending bare words (ids) that stand in a list beside a person: a list names one kind
    (`surnames` are the document's surnames, as `sense_key`s)."""
    def person(m: Mention) -> bool:
        return m.type == "person" or (m.type == "person?" and not gz.common_word(m.text) and (
            sense_key(m.text) in surnames or gz.surname_shaped(m.text) or not m.sentence_start))

    found = sorted(found, key=lambda m: (m.block, m.start))
    listed = set()
    for prev, m in zip(found, found[1:]):
        if prev.block != m.block or not LIST_JOIN.fullmatch(texts[m.block][prev.end:m.start]):
            continue
        if prev.type == "person?" and person(m):
            listed.add(id(prev))
        if m.type == "person?" and person(prev):
            listed.add(id(m))
    return listed


def sense_key(name: str) -> str:
    """One key for a name however it is printed: "YEZHOV", "Yezhov" and "Yezhov’s" are one name."""
    return name.replace("’", "'").removesuffix("'s").removesuffix("'S").casefold()


def document_senses(found: list[Mention], strong: bool = True) -> dict[str, str]:
    """Names the document types with strong evidence (key → type), the genre authority's among them:
    a person with a title, initials or a forename (its surname), a place or an institution the rules
    are sure of; with `strong` false, any evidence at all (a surname's ending, a preposition). A name
    typed two ways (Kirov the man and Kirov the oblast) is left out: then only each mention's own
    evidence decides."""
    senses: dict[str, set[str]] = {}
    for m in found:
        if m.type == "person" and m.words and (m.cert == "high" or not (strong or unevidenced(m))):
            senses.setdefault(sense_key(m.words[-1]), set()).add("person")
        elif (m.type == "place" and (m.cert != "low" or not strong)) or (m.type == "org" and m.cert == "high"):
            senses.setdefault(sense_key(m.text), set()).add(m.type)
    return {key: types.pop() for key, types in senses.items() if len(types) == 1}


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
    """A bare word kept as a person for want of anything else: pending, or no sign of a name at all."""
    return m.type == "person?" or (m.type == "person" and m.cert == "low" and len(m.words) <= 1
                                   and not m.initials)


#: "from Magadan to Orotukan": the two ends of a route are places alike.
ROUTE = re.compile(r" to (?:the )?")
FROM = re.compile(r"\bfrom (?:the )?$", re.IGNORECASE)


def places_beside_places(texts: list[str], found: list[Mention], known: list[Mention]) -> None:
    """A list names one kind, and so does a route: a bare word with no evidence of its own, in a list
    beside a place ("Magadan, Orotukan and Susuman") or at the other end of a route from or to one
    ("from Magadan to Orotukan"), is a place."""
    every = sorted(found + known, key=lambda m: (m.block, m.start))
    for _ in range(2):  # a list of three: the middle word decides the last one too
        for a, b in zip(every, every[1:]):
            if a.block != b.block or a.type == b.type:
                continue
            text, gap = texts[a.block], texts[a.block][a.end:b.start]
            route = ROUTE.fullmatch(gap) and FROM.search(text, max(0, a.start - 10), a.start)
            if not (route or LIST_JOIN.fullmatch(gap)):
                continue
            for m, other in ((a, b), (b, a)):
                if other.type == "place" and unevidenced(m):
                    m.type, m.cert, m.words = "place", "low", []
                    m.reason += "; beside a place " + ("on a route" if route else "in a list")


def one_sense(texts: list[str], found: list[Mention], senses: dict[str, str], weak_senses: dict[str, str]) -> None:
    """One sense per document: a bare name the rules typed on weak evidence (a surname's ending, a
    preposition, nothing at all at a sentence start) takes the type the same name has where the
    document gives strong evidence: "Lvov" in "the Lvov university" is the town of "in Lvov";
    "Rēzekne" opening a sentence is the town of "the town of Rēzekne". A possessive after a name
    is a person's evidence of its own ("Kirov's report"). A word with no evidence at all takes
    the type the same word has anywhere on any evidence ("sent to Orotukan" after "from Magadan to
    Orotukan")."""
    for m in found:
        sense = senses.get(sense_key(m.text)) or (weak_senses.get(sense_key(m.text)) if unevidenced(m) else None)
        weak = (m.type in ("person", "person?") and m.cert != "high" and len(m.words) <= 1
                and not m.initials) or (m.type == "place" and m.cert == "low")
        if texts[m.block][m.end:m.end + 2] in ("'s", "’s"):
            weak = weak and m.type == "place"
        if sense is None or sense == m.type or not weak:
            continue
        if m.type == "person?" and sense == "person":
            continue  # the second pass keeps it with its surname evidence
        m.type, m.cert = sense, "medium"
        m.words = [m.text] if sense == "person" else []
        m.reason += f"; named a{'n' if sense == 'org' else ''} {sense} elsewhere in the text with evidence"


def recognise(texts: list[str], reserved: set[str], rules: Rules[ClassifyRule] = RULES,
              known: list[list[Span]] | None = None) -> tuple[list[Draft], list[list[Span]]]:
    """Find entities in block texts (in reading order): draft entries and each block's spans.

    `known` are the names already found in each block (by the genre authority): evidence for the
    same names elsewhere and for their neighbours. Each span carries its mention's rule and reason
    (`Span.explanation`) for `--explain`.
    """
    found: list[Mention] = []
    every_line = typed_in_capitals(texts)
    texts = [recased(t, every_line) for t in texts]
    token_lists = [tokens(t) for t in texts]
    for b, (text, toks) in enumerate(zip(texts, token_lists)):
        classifier = Classifier(text, toks, b, rules)
        titles = titles_of_works(text)
        taken = -1  # where the block's last mention ends: a rule may take in the runs after its own
        for run in phrases(text, toks):
            if toks[run[0]].start < taken:
                continue
            mentions = classifier.classify(run)
            taken = max([taken] + [m.end for m in mentions])
            found += [m for m in mentions if (m.rule == "quoted-name" or not inside_quotes(text, m))
                      and not inside(m.start, m.end, titles)]
    authority = authority_mentions(texts, known or [])
    places_beside_places(texts, found, authority)
    one_sense(texts, found, document_senses(found + authority), document_senses(found + authority, strong=False))
    surnames = {sense_key(m.words[-1]) for m in found if m.type == "person" and m.cert != "low"}
    last_words = Counter(sense_key(m.words[-1]) for m in found if m.type == "person" and m.words)
    surnames |= {sense_key(m.words[-1]) for m in found if m.type == "person" and len(m.words) == 1
                 and last_words[sense_key(m.words[-1])] > 1}
    listed_with = in_list_of_persons(texts, found, surnames)
    kept: list[Mention] = []
    for m in found:
        if m.type == "person?":
            shaped = gz.surname_shaped(m.text) and not gz.common_word(m.text)
            named = sense_key(m.text) in surnames
            if named or shaped:
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; named elsewhere with evidence" if named else "; a surname's ending"
            elif id(m) in listed_with and not gz.common_word(m.text):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; in a list of persons"
            elif speaker(texts[m.block], m.end) and not gz.common_word(m.text):
                m.type, m.cert, m.words = "person", "medium", [m.text]
                m.reason += "; the subject of a verb of saying"
            elif not gz.common_word(m.text) and not m.sentence_start:
                m.type, m.cert, m.words = "person", "low", [m.text]
                m.reason += "; not a common English word"
            else:
                continue
        elif m.type == "org" and m.rule in ("acronym", "acronym-apart") and m.cert == "medium" \
                and sense_key(m.text) in surnames:
            m.type, m.words = "person", [m.text]  # "SCHULTZ" is the SCHULTZ named with his forename
            m.reason += "; but named elsewhere as a person's surname"
        elif m.type == "person" and m.cert == "low":
            if sense_key(m.words[-1]) in surnames:
                m.cert = "medium"
                m.reason += "; named elsewhere with evidence"
        kept.append(m)
    kept.sort(key=lambda m: (m.block, m.start))
    drafts = group(kept, reserved)
    spans: list[list[Span]] = [[] for _ in texts]
    for m in kept:
        spans[m.block].append(Span(m.start, m.end, ENTITY_TAG[m.type],
                                   {"ref": f"#{m.entry.id}", "resp": "#teikit", "cert": m.cert}, rank=RANK,
                                   explanation=(m.rule, m.reason)))
    return drafts, spans


#: A quotation on one line: a title of a work, a slogan or words quoted.
QUOTATION = re.compile(r"[\"“«]([^\"“”«»\n]{3,300})[\"”»]")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def titles_of_works(text: str) -> list[tuple[int, int]]:
    """Quotations in title case, as titles of books and decrees are written ("The Voices of the Dead:
    Terror in the Donbas"): every word of four letters or more, function words aside, capitalised, two
    of them common English words. The names inside belong to the title, not to the text."""
    found = []
    for quote in QUOTATION.finditer(text):
        words = [w for w in WORD.findall(quote.group(1)) if len(w) >= 4 and w.title() not in lx.words("function-words")]
        if len(words) >= 2 and all(w[:1].isupper() for w in words) \
                and sum(gz.common_word(w) and not w.isupper() for w in words) >= 2:
            found.append(quote.span(1))
    return found


def inside(span_start: int, span_end: int, titles: list[tuple[int, int]]) -> bool:
    return any(start <= span_start and span_end <= end for start, end in titles)


def inside_quotes(text: str, m: Mention) -> bool:
    """A capitalised phrase that fills a pair of quotation marks is a title of a work, not a name."""
    before, after = char_before(text, m.start, " "), char_after(text, m.end, " ")
    return bool(before) and bool(after) and before in "\"“«" and after in "\"”»"
