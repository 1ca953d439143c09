"""Tokens, the capitalised phrases the rules classify, and the mentions they make of them.

A phrase is a run of tokens that may form a name: capitalised words, initials, the connectors and
particles inside a name, a numbered unit ("3rd department"). Where English grammar ends a name the
run ends; the rules may cut it further.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.words import ROMAN, entry_opening, listed, name_particle
from teikit.register import Draft


#: The superscript figures that mark a footnote ("the Abasha² Raikom", "Memorial¹", "of 11.XII.1937¹").
FOOTNOTE_FIGURES = "¹²³⁰⁴-⁹"
FOOTNOTE_FIGURE = re.compile(f"[{FOOTNOTE_FIGURES}]")
#: A letter or digit of a word; not a superscript figure.
WORD_CHAR = rf"[^\W{FOOTNOTE_FIGURES}]"
TOKEN = re.compile(rf"{WORD_CHAR}+(?:[-‐]{WORD_CHAR}+)*(?:['’](?![sS]\b){WORD_CHAR}+)*|\S")

SENTENCE_END = set(".!?:;\n\"“”‘(«»ʺ")


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
    town: bool = False  # pending: a town of the gazetteers shaped like a surname, a place unless made a person


#: "the" right before a name: a person takes no article, an institution or an acronym does.
ARTICLE_BEFORE = re.compile(r"(?<![\w-])the $")


def after_article(text: str, start: int) -> bool:
    """Does "the" stand right before `start` ("the Heimatbund", "the GUFSIN")?"""
    return ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None


def tokens(text: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def tokens_up_to(toks: list[Tok], first: int, end: int) -> list[int]:
    """The tokens from `first` on that end by the text offset `end`: a mention a rule reads past its
    phrase ("ITK No. 3", a firm's tail, a quotation up to its closing mark)."""
    return list(itertools.takewhile(lambda k: toks[k].end <= end, range(first, len(toks))))


def is_initial(toks: list[Tok], i: int) -> bool:
    """A capital (or Russian digraph) directly followed by a full stop: "L." in "L.D. Orlov"; not the
    letter of a part (`letter_of_a_part`)."""
    return letter_and_stop(toks, i) and not letter_of_a_part(toks, i)


def letter_and_stop(toks: list[Tok], i: int) -> bool:
    """A capital (or a Russian digraph in capitals) and a full stop right after it, no postal district's."""
    return (gz.initial().fullmatch(toks[i].text) is not None or digraph_in_capitals(toks, i)) and i + 1 < len(toks) \
        and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end and not postal_district(toks, i)


def letter_of_a_part(toks: list[Tok], i: int) -> bool:
    """The letter and full stop of a part that the word before names, when an English word, a number or
    nothing follows ("side A. Recorded", "Annex B. Inventory", "Category I. 1. Tlegenov", "ANNEX I."
    alone, "SECTION A. PROJECT DETAILS": lexicon/lettered-parts): no initial, and no word of a name
    ("SECTION A" is no body); but "source V. Kuznetsov", nor before another initial: "the archival
    section M. I. Palamarchuk"."""
    return letter_and_stop(toks, i) and i > 0 and toks[i - 1].text.lower() in lx.words("lettered-parts") \
        and (i + 2 == len(toks) or gz.common_word(toks[i + 2].text) and not is_initial(toks, i + 2)
             or toks[i + 2].text.isdigit())


def postal_district(toks: list[Tok], i: int) -> bool:
    """Token `i` opens the dotted letters of a postal district, which a number closes: "London N.W.6",
    "London, W.1."; no person's initials."""
    k = i
    while k + 2 < len(toks) and toks[k + 1].text == "." and len(toks[k].text) == 1 and toks[k].text in "NSEWC":
        k += 2
    return k > i and toks[k].text.isdigit() and toks[k].start == toks[k - 1].end


def digraph_in_capitals(toks: list[Tok], i: int) -> bool:
    """A Russian digraph of two letters printed in capitals (lexicon/initial-digraphs), as a text that
    prints its names in capitals writes it, before another initial or a surname in capitals: "YU. A.
    KORKIN", "S. YA. LEVIN"; not a Roman numeral ("IV. PROPOSALS")."""
    word = toks[i].text
    return len(word) == 2 and word.isupper() and word.title() in lx.words("initial-digraphs") \
        and not ROMAN.fullmatch(word) and i + 2 < len(toks) and toks[i + 2].text.isupper()


def joiner(word: str) -> bool:
    """A lowercase word inside a name: a connector ("of", "for") or a particle ("von", "de")."""
    return word in lx.words("connectors") or name_particle(word)


def connector(word: str) -> bool:
    """A connector of a name ("of", "for"), also in a heading's capitals ("COMMANDER OF THE REGIMENT")."""
    return (word.islower() or word.isupper()) and word.lower() in lx.words("connectors")


def past_connectors(toks: list[Tok], run: list[int]) -> list[int]:
    """The run without the connectors that open it, in small letters or capitals ("of the", "OF THE")."""
    return list(itertools.dropwhile(lambda k: connector(toks[k].text), run))


def short_of_connectors(toks: list[Tok], run: list[int]) -> list[int]:
    """The run without the connectors that close it: what stands before "of the" and a name after it."""
    end = len(run)
    while end and connector(toks[run[end - 1]].text):
        end -= 1
    return run[:end]


def guessed(m: Mention) -> bool:
    """A name kept as a person for want of anything else: pending, or no sign of a name at all."""
    return m.type == "person?" or (m.type == "person" and m.cert == "low" and not m.initials)


def name_word(tok: Tok) -> bool:
    """A capitalised word with no figure in it: "WP3", "BD1", "T-34" are codes, never a name's words;
    but an institution's acronym and its number are its name ("OKB-1": lexicon/numbered-acronyms)."""
    return tok.cap and tok.text[0].isalpha() \
        and (not any(c.isdigit() for c in tok.text) or numbered_acronym(tok.text) or town_compound(tok.text))


def month_of_a_date(toks: list[Tok], i: int) -> bool:
    """A Roman numeral written right after a day and its stop or slash is the month of a date ("10.X.",
    "on 17/X SCHÄFER left"), no initial nor a name's first word."""
    return i >= 2 and ROMAN.fullmatch(toks[i].text) is not None and toks[i - 1].text in (".", "/") \
        and toks[i - 1].end == toks[i].start and toks[i - 2].end == toks[i - 1].start and toks[i - 2].text.isdigit()


def numbered_acronym(word: str) -> bool:
    """An institution's acronym hyphened to its number ("TsKB-29": lexicon/numbered-acronyms)."""
    letters, _, number = word.partition("-")
    return number.isdigit() and letters in lx.words("numbered-acronyms")


def town_compound(word: str) -> bool:
    """A town of the genre's lists (or a metropolis) hyphened to a number or to the name of its part: a
    closed town's post name ("Chelyabinsk-40", "Arzamas-16"), a town's station or quarter ("Astrakhan-1",
    "Moscow-Tovarnaya", "Berlin-Karlshorst", "Munich-Pasing"); not a double surname ("Orlov-Davydov"),
    nor a route or a line between two places ("the Riga-Orel railway", "the Moscow-Volga canal")."""
    town, _, part = word.partition("-")
    numbered = part.isdigit() and len(part) <= 3
    named = part[:1].isupper() and part[1:].islower() \
        and not gz.surname_shaped(part) and not gz.well_known_place(part)
    return (numbered or named) and gz.well_known_place(town)


def numbered_in_small_letters(text: str, toks: list[Tok], i: int) -> int:
    """How many tokens an institution named by its number in small letters takes from token `i`,
    its number included: "camp section No. 2" (4); 0 if none starts there
    (lexicon/numbered-in-small-letters)."""
    if not toks[i].text.islower():
        return 0
    found = small_numbered().match(text, toks[i].start)
    return sum(1 for tok in toks[i:i + 8] if tok.end <= found.end()) if found else 0


@cache
def small_numbered() -> re.Pattern[str]:
    return re.compile(lx.alternation(lx.entries("numbered-in-small-letters")) + NUMBER_SIGN.pattern)


def republic_abbreviated(toks: list[Tok], name: int, unit: int) -> bool:
    """A short capitalised word, its full stop, then a unit word in capitals: "Az. SSR", "Latv. SSR",
    "Chuv. ASSR" (lexicon/unit-heads), as forms and stamps shorten a republic's name."""
    word = toks[name].text
    return 2 <= len(word) <= 5 and word[:1].isupper() and word[1:].islower() \
        and toks[name].end == toks[name + 1].start and toks[unit].text.isupper() \
        and toks[unit].text in lx.words("unit-heads")


def phrases(text: str, toks: list[Tok]) -> list[list[int]]:
    """Runs of token indexes that may form a name (capitalised words, initials, inner connectors)."""
    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        unit = numbered_unit(text, toks, i) or numbered_in_small_letters(text, toks, i) \
            or int(ordinal_of_a_list_of_units(text, toks, i))  # "the 122nd and 149th regiments": each alone
        if unit:
            j = i + unit
            run = list(range(i, j))  # "3rd department", "camp No. 37": the unit word may be lowercase
        elif not name_word(toks[i]) or month_of_a_date(toks, i):
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
            if (size := numbered_after(text, toks, j)):
                run += list(range(j, j + 1 + size))  # "BOARD 3 OF THE NKGB", "Plant No. 183"
                j += 1 + size
                continue
            if name_word(tok) and not letter_of_a_part(toks, j):
                if run and toks[run[-1]].text == "." and label_word(toks, j):
                    break  # "ISHMUKHAMETOV A. G. Secretary: ...": a label after initials opens the next field
                run.append(j)
                j += 1
                continue
            if tok.text == "." and run and toks[run[-1]].text + "." in lx.words("titles") and j + 1 < len(toks) \
                    and toks[j + 1].cap and tok.start == toks[run[-1]].end:
                run.append(j)  # "St. Petersburg", "Mr. Smith": the title's full stop
                j += 1
                continue
            if tok.text == "." and run and j + 1 < len(toks) and republic_abbreviated(toks, run[-1], j + 1):
                run.append(j)  # "Az. SSR", "Chuv. ASSR": the republic's name cut short before its unit
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
            if run and (size := river_particle(text, toks, run, j)):
                run += list(range(j, j + size))  # "Frankfurt am Main", "Frankfurt an der Oder"
                j += size
                continue
            if tok.text in ("'", "’") and run and j + 2 < len(toks) and toks[j + 1].text in ("s", "S") \
                    and toks[j + 2].cap and toks[j].start == toks[run[-1]].end:
                run += [j, j + 1]  # People's Commissariat: split again later unless an organisation
                j += 2
                continue
            if tok.text in ("'", "’") and run and toks[run[-1]].text.endswith("s") and j + 1 < len(toks) \
                    and toks[j + 1].cap and toks[j].start == toks[run[-1]].end and toks[j + 1].start == tok.end + 1:
                run.append(j)  # the Emigrants' Committee: a plural's possessive, split again later likewise
                j += 1
                continue
            break
        while len(run) > unit and not (toks[run[-1]].cap or toks[run[-1]].text in (")", ".")
                                       or toks[run[-1]].text.isdigit()):
            run.pop()
        if run and j < len(toks) and toks[j].text in lx.words("patronymic-particles") and run[-1] == j - 1 \
                and text[toks[j - 1].end:toks[j].start] == " ":
            run.append(j)  # "ZEINALOV Ali Gusein ogly": "son of" closes a Turkic name
            j += 1
        if run:
            runs.append(run)
        i = max(j, i + 1)
    return runs


def river_particle(text: str, toks: list[Tok], run: list[int], j: int) -> int:
    """How many tokens from `j` are a particle between a town the gazetteers know (the run so far) and
    the river after it, a capital following: 1 for "am" in "Frankfurt am Main", 2 for "an der"
    (lexicon/river-particles); else 0."""
    size = entry_opening("river-particles", [tok.text for tok in toks[j:j + 4]])  # entries of four words at most
    after = j + size
    particle = " ".join(tok.text for tok in toks[j:after])
    return size if size and after < len(toks) and toks[after].cap \
        and text[toks[run[-1]].end:toks[after].start] == f" {particle} " \
        and gz.place_size(text[toks[run[0]].start:toks[run[-1]].end]) is not None else 0


def label_word(toks: list[Tok], j: int) -> bool:
    """A title or common word in ordinary case directly followed by a colon: a field's label
    ("Secretary:"), not part of a name (a surname before a colon is: "head F. F. TIKKANEN:")."""
    word = toks[j].text
    return j + 1 < len(toks) and toks[j + 1].text == ":" and toks[j + 1].start == toks[j].end \
        and not word.isupper() and (listed("titles", word) or gz.common_word(word))


ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)")


def numbered_unit(text: str, toks: list[Tok], i: int) -> int:
    """How many tokens an ordinal and a word for a numbered unit (lexicon/numbered-units) take, with
    up to two words qualifying the unit between them: "3rd department" (2), "1st Border Detachment",
    "27th Rifle Division" (3), and the last of a list in the plural when its words are capitalised: "82nd
    Rifle Divisions" after "the 57th and"; a number in figures and a unit's abbreviation in small
    letters, as army summaries write them: "163 sd" (2, lexicon/unit-abbreviations); 0 where no
    numbered unit starts."""
    if toks[i].text.isdigit():
        after = i + 1
        return 2 if after < len(toks) and text[toks[i].end:toks[after].start] == " " and \
            toks[after].text in lx.words("unit-abbreviations") else 0
    if ORDINAL.fullmatch(toks[i].text) is None:
        return 0
    size, plural = unit_word_after(text, toks, i)
    if plural and not (toks[i + size].text[0].isupper()
                       and ORDINAL_BEFORE.search(text, max(0, toks[i].start - 12), toks[i].start)):
        return 0  # "the 122nd and 149th regiments": the last ordinal alone (ordinal_of_a_list_of_units)
    return size + 1 if size else 0


def unit_word_after(text: str, toks: list[Tok], i: int) -> tuple[int, bool]:
    """How many tokens after token i run to a unit's word (lexicon/numbered-units), up to two words
    qualifying it between ("Rifle Division"), and whether the word is the unit's plural; (0, False) if
    none."""
    for n in range(1, 4):
        k = i + n
        if k >= len(toks) or text[toks[k - 1].end:toks[k].start] != " " or not toks[k].text.isalpha():
            return 0, False
        word = toks[k].text.lower()
        if word in lx.words("numbered-units"):
            return n, False
        if word != word.rstrip("s") and any(form in lx.words("numbered-units") for form in gz.singulars(word)[1:]):
            return n, True
        if listed("function-words", toks[k].text.title()) or joiner(word):
            return 0, False
    return 0, False


#: More ordinals after one, joined by commas or "and": ", 5th and 7th"; and the ordinals before one,
#: down to its list's first.
ORDINALS_AFTER = re.compile(r"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)\d{1,4}(?:st|nd|rd|th))*")
ORDINAL_BEFORE = re.compile(r"\d{1,4}(?:st|nd|rd|th)(?:,[ \t]*|,?[ \t]+and[ \t]+)$")


def ordinal_of_a_list_of_units(text: str, toks: list[Tok], i: int) -> bool:
    """An ordinal in a list of ordinals that a unit word in the plural closes names one unit: each
    of "the 122nd and 149th regiments", "the 3rd, 5th and 7th companies", the first of "the 57th and
    82nd Rifle Divisions" (the last takes the unit's words when they are capitalised)."""
    if ORDINAL.fullmatch(toks[i].text) is None:
        return False
    after = ORDINALS_AFTER.match(text, toks[i].end)
    if not (after.group() or ORDINAL_BEFORE.search(text, max(0, toks[i].start - 12), toks[i].start)):
        return False
    last = next((k for k in range(i, len(toks)) if toks[k].end == after.end()), i)
    size, plural = unit_word_after(text, toks, last)
    return plural and (last > i or not toks[last + size].text[0].isupper())


def numbered_after(text: str, toks: list[Tok], i: int) -> int:
    """How many tokens after a unit word are its number: "BOARD 3", "Division 4" (lexicon/
    units-numbered-after), "Plant No. 183", "School No 17", "Mine No. 29" (lexicon/numbered-institutions,
    numbered-sites); 0 if none."""
    word = toks[i].text
    if word in lx.words("units-numbered-after") and i + 1 < len(toks) \
            and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2 and text[toks[i].end:toks[i + 1].start] == " " \
            and not text.startswith(".", toks[i + 1].end):
        return 1
    number = NUMBER_SIGN.match(text, toks[i].end)
    if number is None or not (word in lx.words("numbered-institutions") or word in lx.words("numbered-sites")
                              or word in lx.words("units-numbered-after")):
        return 0
    return sum(1 for tok in toks[i + 1:i + 5] if tok.end <= number.end())


#: "No." and a number after an institution's word: " No. 183", " No 17", " No.172".
NUMBER_SIGN = re.compile(r" No\.? ?\d{1,4}\b(?![.,]\d)")


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
    if before == "." and i >= 2 and (toks[i - 2].text + "." in lx.words("titles")
                                     or toks[i - 2].text in lx.words("titles") and not toks[i - 2].text.islower()
                                     or gz.initial().fullmatch(toks[i - 2].text)):
        return False  # "Gen. Ivanov", "Mr. Smith"; but "…, treasurer. Arrested Mogoitui": a sentence ends
    return True


def inverted_forenames(toks: list[Tok], comma: int, text: str) -> list[int]:
    """The forenames and initials after a surname and its comma, as bibliographies list authors and
    biographical dictionaries their headwords: "Oleg V.", "J. Arch", "Hiroaki", "Stepan
    Trofimovich"; empty unless they open with a known first name, an initial, a forename and
    patronymic, or a word before a life's years ("KULBAK, Moyshe (1896–1937)"). A full word is taken
    only where the name's part ends after it (`NAME_PART_ENDS`, or its line if no town ends it: "Aija
    Berzina, Riga") or an initial or patronymic follows, so that the title after "David R." is not
    taken; so also before a second forename ("WOLF, Johannes Georg") or "née" ("KELLER, Katharina née
    Gutenberg": lexicon/maiden-name-words)."""
    fore, j = [], comma + 1
    while j < len(toks) and len(fore) < 6:
        word = toks[j].text
        if is_initial(toks, j):
            fore += [j, j + 1]
            j += 2
        elif toks[j].cap and word.isalpha() and not fore and j + 1 < len(toks) \
                and toks[j + 1].cap and gz.patronymic(toks[j + 1].text):
            fore += [j, j + 1]  # a patronymic ends the forenames
            break
        elif toks[j].cap and word.replace("-", "").isalpha() \
                and (fore or gz.forename(word)
                     or LIFE_DATES_AFTER.match(text, toks[j].end) and gz.place_size(word) is None) \
                and not DAY_AFTER.match(text, toks[j].end) \
                and (j + 1 == len(toks) or toks[j + 1].text in NAME_PART_ENDS or is_initial(toks, j + 1)
                     or "\n" in text[toks[j].end:toks[j + 1].start] and gz.place_size(word) is None
                     or toks[j + 1].text.lower() in lx.words("maiden-name-words")
                     or gz.forename(word) and text[toks[j].end:toks[j + 1].start] == " " and toks[j + 1].cap
                     and gz.forename(toks[j + 1].text)):
            fore.append(j)
            j += 1
        else:
            break
        if j < len(toks) and toks[j].start - toks[j - 1].end > 1:
            break
    return fore


#: A life's years in brackets after a word: a dictionary's headword ends there ("KULBAK, Moyshe (1896–1937)"),
#: so the word is a forename whether or not a list knows it.
LIFE_DATES_AFTER = re.compile(r"[ \t]*\((?:b\.[ \t]*|born[ \t]+)?1[6-9]\d\d\b")
#: A day's number after a word: the word is a month's abbreviation ("MINSK, Jan. 21"), not a forename.
DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}\b")

#: The marks that end a field of a catalogue's line ("KH/2011/04 · ŻABIŃSKA, Halina · 1 box").
FIELD_MARKS = ("·", "|", "•")

#: What ends the forenames of an inverted name: a stop, a comma, a bracket, a field mark, or a dash
#: between the columns of a list flattened to lines ("REIMER, Jakob — 4 — Halbstadt").
NAME_PART_ENDS = (".", ",", "(", "—", "–", *FIELD_MARKS)

#: The number, letter or bullet of an item opening a line of a list: "1. ", "12) ", "(3) ", "b) ", "– ".
ITEM_MARK = re.compile(r"(?:^|\n)[ \t]*(?:\(?(?:\d{1,3}|[a-z])[.)]|[-–—•*])[ \t]*$")


#: A catalogue's first field and the mark that ends it, opening a line: "KH/2011/04 · ", "17\t", or a
#: library record's field tag, indicators and the code of its first subfield ("100 1_ $a "); and how
#: far back its line's start is looked for.
FIRST_FIELD = re.compile(r"[^\s·|•\t][^·|•\t]{0,29}(?:\s[·|•]\s+|\t\s*)|\d{3}[ \t]+[\d_#]{0,2}[ \t]*\$a[ \t]+")
FIELD_REACH = 40


def opens_a_line(text: str, start: int) -> bool:
    """Nothing but blanks, the number of a list's item, or a catalogue's first field before `start`
    on its line: lists of the accused and of the arrested number their names ("1. PETRENKO, Ivan
    Stepanovich"), an archive's accessions their headwords ("KH/2011/04 · ŻABIŃSKA, Halina"), a
    library's authority records theirs ("100 1_ $a Lehtinen, Eino, $d 1905-1938")."""
    if char_before(text, start, " \t") in ("", "\n") or ITEM_MARK.search(text, max(0, start - 8), start) is not None:
        return True
    near = max(0, start - FIELD_REACH)  # bounded: a text with no line breaks would make this quadratic
    line = text.rfind("\n", near, start) + 1 or (0 if near == 0 else None)
    return line is not None and FIRST_FIELD.fullmatch(text, line, start) is not None
