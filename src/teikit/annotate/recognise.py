"""Automatic recognition of persons, places and organisations in a text with no register.

Rules over capitalised phrases, with gazetteers (`teikit.annotate.gazetteer`), chosen by measurement
on the dev set (see docs/entities.md):

* a phrase is cut where English grammar ends a name: lowercase words other than name particles and
  the connectors of institutional names ("of", "for"), punctuation, line ends, months and days;
* organisation: a phrase holding an organisation word (Committee, Commissariat, Party, Department…)
  or an acronym (OGPU, NKVD; any other all-capital word, less surely);
* place: GeoNames (countries, continents, US states, large cities and their former names), the hand
  list of historical names, or a place word (Street, Lane, District, Island…);
* person: initials, a title before it (Comrade, Mr., General), a known first name, a patronymic, or
  a surname shape (-ov, -sky, -enko…); once found, the bare surname is a person everywhere;
* never: derived words and adjectives (Trotskyist, Soviet, Russian), function words, titles of
  works in quotation marks.

Mentions of one person are grouped into one draft entry by surname, forename and initials.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from teikit.annotate import gazetteer as gz
from teikit.model import Span
from teikit.register import ENTITY_TAG, Draft, slug

RANK = 30
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*(?:['’](?![sS]\b)\w+)*|\S")
INITIAL = re.compile(r"(?:Ya|Yu|Ye|Yo|Zh|Kh|Ch|Sh|Ts|[A-Z])")
ACRONYM = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z][A-Z0-9]{1,6}|[A-Z][A-Z]+[a-z][A-Z]+")
ROMAN = re.compile(r"[IVXLCDM]+")
PARTICLES = {"de", "von", "van", "der", "den", "la", "le", "du", "des", "di", "da", "del", "y", "ter"}
CONNECTORS = {"of", "for", "the", "and", "on"}
PLACE_HEADS = {"Street", "street", "Lane", "lane", "Avenue", "Boulevard", "Square", "Road", "Prospect",
               "District", "district", "Region", "region", "regions", "Province", "province", "Oblast",
               "Krai", "Island", "Islands", "Mountains", "River", "Sea", "Ocean", "Gulf", "Bay", "Lake",
               "Station", "station", "Bridge", "Gate", "Quarter", "Canal", "Peninsula", "Valley"}
PLACE_LEADS = {"Boulevard", "Rue", "Lake", "Mount", "Cape", "Gulf", "Port", "Fort", "Avenue", "Place"}
SENTENCE_END = set(".!?:;\n\"“”‘(«")
CERT_ORDER = {"low": 0, "medium": 1, "high": 2}


@dataclass
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


# ---------------------------------------------------------------- phrases

def tokens(text: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def is_initial(toks: list[Tok], i: int) -> bool:
    """A capital (or Russian digraph) directly followed by a full stop: "L." in "L.D. Orlov"."""
    return (INITIAL.fullmatch(toks[i].text) is not None and i + 1 < len(toks)
            and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end)


def name_word(tok: Tok) -> bool:
    return tok.cap and tok.text[0].isalpha() and tok.text not in gz.NOT_NAMES


def phrases(text: str, toks: list[Tok]) -> list[list[int]]:
    """Runs of token indexes that may form a name (capitalised words, initials, inner connectors)."""
    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        if not (toks[i].cap and toks[i].text[0].isalpha()):
            i += 1
            continue
        run = []
        j = i
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
            if tok.cap and tok.text[0].isalpha():
                run.append(j)
                j += 1
                continue
            if tok.text == "." and run and toks[run[-1]].text + "." in gz.TITLES and j + 1 < len(toks) \
                    and toks[j + 1].cap and tok.start == toks[run[-1]].end:
                run.append(j)  # "St. Petersburg", "Mr. Smith": the title's full stop
                j += 1
                continue
            if tok.text == "(" and run and j + 2 < len(toks) and toks[j + 1].text == "b" and toks[j + 2].text == ")":
                run += [j, j + 1, j + 2]  # CPSU (b), VKP(b)
                j += 3
                break
            if (tok.text in CONNECTORS or tok.text in PARTICLES) and run:
                k = j
                while k < len(toks) and (toks[k].text in CONNECTORS or toks[k].text in PARTICLES):
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
        while run and not (toks[run[-1]].cap or toks[run[-1]].text in (")", ".")):
            run.pop()
        if run:
            runs.append(run)
        i = max(j, i + 1)
    return runs


def sentence_initial(text: str, toks: list[Tok], i: int) -> bool:
    before = text[:toks[i].start].rstrip(" \t")
    if not before:
        return True
    if before[-1] not in SENTENCE_END:
        return False
    if before[-1] == "." and i >= 2 and (toks[i - 2].text in gz.TITLES or INITIAL.fullmatch(toks[i - 2].text)):
        return False
    return True


# ---------------------------------------------------------------- classification

def is_acronym(word: str) -> bool:
    """OGPU, G.P.U., VChK; not a word of a heading set in capitals (VOLUME, THE), not a Roman numeral."""
    return ACRONYM.fullmatch(word) is not None and not ROMAN.fullmatch(word) and len(word.replace(".", "")) >= 2 \
        and word.title() not in gz.NOT_NAMES and word.replace(".", "") not in gz.NOT_ORG_ACRONYMS \
        and not (len(word) > 3 and gz.common_word(word))


def place_ok(name: str) -> bool:
    """A gazetteer place, unless a single word shaped like a surname or first name names only a town."""
    pop = gz.places().get(name)
    if pop is None:
        return False
    if " " in name or pop >= 1_000_000:
        return True
    return not (gz.RUSSIAN_SURNAME.search(name) or name in gz.first_names())


def adjective(word: str) -> bool:
    return word in gz.NATIONALITIES or (word.endswith(gz.ADJECTIVE_ENDINGS) and word not in gz.places())


class Classifier:
    """Decides what a capitalised phrase of one block names; may cut it into several mentions."""

    def __init__(self, text: str, toks: list[Tok], block: int):
        self.text, self.toks, self.block = text, toks, block

    def surface(self, idx: list[int]) -> str:
        return self.text[self.toks[idx[0]].start:self.toks[idx[-1]].end]

    def mention(self, idx: list[int], typ: str, cert: str) -> Mention:
        return Mention(self.block, self.toks[idx[0]].start, self.toks[idx[-1]].end, typ, cert, self.surface(idx))

    def title_before(self, first: int) -> bool:
        k = first - 1
        if k >= 1 and self.toks[k].text == ".":
            return self.toks[k - 1].text + "." in gz.TITLES
        return k >= 0 and self.toks[k].text in gz.TITLES

    def classify(self, run: list[int]) -> list[Mention]:
        toks = self.toks
        if not run:
            return []
        if place_ok(self.surface(run)):  # before titles are cut off: "St. Petersburg"
            return [self.mention(run, "place", "high")]
        title = False
        while run:  # leading titles and function words are not part of a name
            word = toks[run[0]].text
            dotted = len(run) > 2 and toks[run[1]].text == "." and word + "." in gz.TITLES
            if dotted or (word in gz.TITLES and not is_initial(toks, run[0])):
                title = True
                run = run[2:] if dotted else run[1:]
            elif (word in gz.FUNCTION_WORDS and not is_initial(toks, run[0])) or word in CONNECTORS \
                    or word in ("'", "’", "s", "."):
                run = run[1:]
            else:
                break
        while run and (toks[run[-1]].text in CONNECTORS or toks[run[-1]].text in PARTICLES):
            run = run[:-1]
        if not run:
            return []
        title = title or self.title_before(run[0])
        for pos, i in enumerate(run):  # months, days, prepositions cut a run in two
            if pos and toks[i].text in gz.FUNCTION_WORDS and not is_initial(toks, i):
                return self.classify(run[:pos]) + self.classify(run[pos + 1:])
        for pos, i in enumerate(run):  # an acronym stands alone: "Central Committee of the CPSU (b)"
            if len(run) > 1 and is_acronym(toks[i].text) and toks[i].text.isupper():
                rest = run[pos + 1:]
                bracket = rest[:3] if [toks[k].text for k in rest[:3]] == ["(", "b", ")"] else []
                return self.classify(run[:pos]) + self.acronym([i], toks[i].text) + \
                    self.classify(rest[len(bracket):])
        words = [toks[i].text for i in run]
        whole = self.surface(run)
        if all(is_initial(toks, i) or toks[i].text == "." for i in run):
            letters = whole.replace(" ", "")
            return self.acronym(run, letters) if len(run) >= 4 and letters.replace(".", "") not in gz.NOT_ORG_ACRONYMS \
                else []
        if place_ok(whole):
            return [self.mention(run, "place", "high")]
        if any(w in gz.ORG_WORDS for w in words) and len(words) > 1:
            return self.organisation(run)
        if "'" in words or "’" in words:
            cut = next(p for p, w in enumerate(words) if w in ("'", "’"))
            return self.classify(run[:cut]) + self.classify(run[cut + 2:])
        if len(run) == 1:
            return self.single(run, title)
        if words[-1] in PLACE_HEADS or words[0] in PLACE_LEADS:
            return [self.mention(run, "place", "medium")]
        for cut in range(len(run) - 1, 0, -1):  # "Moscow Trials", "Leningrad Opposition"
            head = self.surface(run[:cut])
            if place_ok(head) and toks[run[cut]].cap and head not in gz.first_names() \
                    and not is_initial(toks, run[cut - 1]):
                return [self.mention(run[:cut], "place", "high")] + self.classify(run[cut:])
        if words[0] in gz.COMMON_CAPS:
            return self.classify(run[1:])
        if any(w in CONNECTORS for w in words):
            cut = next(p for p, w in enumerate(words) if w in CONNECTORS)
            return self.classify(run[:cut]) + self.classify(run[cut + 1:])
        return self.person(run, title)

    def organisation(self, run: list[int]) -> list[Mention]:
        """An institution; "X of the Y" is two when Y is an institution or a place in its own right."""
        toks = self.toks
        for pos, i in enumerate(run):
            w = toks[i].text
            if w not in ("of", "for", "and") or not pos:
                continue
            head, rest = run[:pos], run[pos + 1:]
            while rest and toks[rest[0]].text in CONNECTORS:
                rest = rest[1:]
            if not any(toks[k].text in gz.ORG_WORDS for k in head):
                return self.classify(head) + self.classify(rest)  # "Report of the Commission"
            tail = self.classify(rest)
            if tail and tail[0].cert != "low" and tail[0].type != "place" and (w != "and" or tail[0].type == "org"):
                return self.organisation(head) + tail
        if len(run) == 1 and toks[run[0]].text in gz.ORG_WORDS and toks[run[0]].text not in gz.ORG_ACRONYMS:
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
        after = re.match(r" ?\(b\)", self.text[end:])
        mention = self.mention(run, "org", "high" if word in gz.ORG_ACRONYMS else "medium")
        if after:
            mention.end, mention.text = end + after.end(), mention.text + after.group()
        return [mention]

    def single(self, run: list[int], title: bool) -> list[Mention]:
        toks = self.toks
        word = toks[run[0]].text
        if is_acronym(word):
            return self.acronym(run, word)
        if word in gz.ORG_ACRONYMS:
            return [self.mention(run, "org", "high")]
        if adjective(word) or word in gz.NOT_NAMES or word in gz.ORG_WORDS or ROMAN.fullmatch(word):
            return []
        if sentence_initial(self.text, toks, run[0]) and not title:
            pending = self.mention(run, "person?", "low")  # decided once all surnames are known
            pending.sentence_start = True
            return [pending]
        return self.person(run, title)

    def person(self, run: list[int], title: bool) -> list[Mention]:
        toks = self.toks
        initials = [toks[i].text for i in run if is_initial(toks, i)]
        words = [toks[i].text for i in run if toks[i].text != "." and not is_initial(toks, i)]
        words = [w for w in words if w[:1].isupper() or w in PARTICLES]
        if not words or adjective(words[-1]) or words[-1] in gz.NOT_NAMES:
            return []
        named = words[0] in gz.first_names() and (len(words) > 1 or not gz.common_word(words[0]))
        evidence = title or bool(initials) or named or \
            any(gz.PATRONYMIC.search(w) for w in words[1:]) or bool(gz.RUSSIAN_SURNAME.search(words[-1]))
        if not evidence:
            if len(words) == 1 and not words[0].isupper():
                return [self.mention(run, "person?", "low")]  # a person if named so elsewhere
            if any(gz.common_word(w) or w.isupper() for w in words):
                return []
            cert = "low"
        else:
            cert = "high" if (title or initials or len(words) > 1) else "medium"
        m = self.mention(run, "person", cert)
        m.words, m.initials = words, initials
        return [m]


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


def recognise(texts: list[str], reserved: set[str]) -> tuple[list[Draft], list[list[Span]]]:
    """Find entities in block texts (in reading order): draft entries and each block's spans."""
    found: list[Mention] = []
    token_lists = [tokens(t) for t in texts]
    for b, (text, toks) in enumerate(zip(texts, token_lists)):
        classifier = Classifier(text, toks, b)
        for run in phrases(text, toks):
            found += [m for m in classifier.classify(run) if not inside_quotes(text, m)]
    surnames = {m.words[-1] for m in found if m.type == "person" and m.cert != "low"}
    last_words = Counter(m.words[-1] for m in found if m.type == "person" and m.words)
    surnames |= {m.words[-1] for m in found if m.type == "person" and len(m.words) == 1
                 and last_words[m.words[-1]] > 1}
    kept: list[Mention] = []
    for m in found:
        if m.type == "person?":
            shaped = gz.RUSSIAN_SURNAME.search(m.text) and not gz.common_word(m.text)
            if m.text in surnames or shaped:
                m.type, m.cert, m.words = "person", "medium", [m.text]
            elif not gz.common_word(m.text) and not m.sentence_start:
                m.type, m.cert, m.words = "person", "low", [m.text]
            else:
                continue
        elif m.type == "person" and m.cert == "low":
            if m.words[-1] in surnames:
                m.cert = "medium"
        kept.append(m)
    kept.sort(key=lambda m: (m.block, m.start))
    drafts = group(kept, reserved)
    spans: list[list[Span]] = [[] for _ in texts]
    for m in kept:
        spans[m.block].append(Span(m.start, m.end, ENTITY_TAG[m.type],
                                   {"ref": f"#{m.entry.id}", "resp": "#teikit", "cert": m.cert}, rank=RANK))
    return drafts, spans


def inside_quotes(text: str, m: Mention) -> bool:
    """A capitalised phrase that fills a pair of quotation marks is a title of a work, not a name."""
    before, after = text[:m.start].rstrip(" "), text[m.end:].lstrip(" ")
    return bool(before) and bool(after) and before[-1] in "\"“«" and after[0] in "\"”»"
