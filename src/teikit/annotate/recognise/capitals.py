"""Text in capitals read as prose would write it: the one case mapping of the recogniser and the date finder.

Both finders read words by their case (a name's capital, a month's, an acronym's capitals), and in a
telegram or an order typed in capitals that evidence is gone. `respelled` writes the words of such a
text in other letters, letter for letter, so that every offset stays that of the text: a finder reads
the respelled copy and tags the text itself, which is never changed. Each finder brings its own
spelling, as each knows its own words:

- the recogniser (`recased`): a line wholly in capitals with a sentence's full stop (or every such
  line of a document typed in capitals throughout), every word as prose writes it: common words,
  titles and unit words in small letters, acronyms as they are, any other word with a capital;
- the date finder (`in_small_letters`): every word in capitals, wherever it stands, as the date
  lexicon writes it ("DECEMBER" December, "THE" the), any other word as it is.

The two spellings stay two because they read different words in different places: a date in a
heading in capitals ("DECEMBER 5TH") must be read wherever it stands, while the recogniser needs a
word in capitals outside a line of prose as it is (a surname, an acronym, a letterhead); and a word
the date lexicon writes in small letters ("MAY", "MARCH") can be a name to the recogniser.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.tokens import TOKEN
from teikit.annotate.recognise.words import ROMAN, east_asian_name, is_acronym, listed, place_ok, unit_head


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
    capital (Toktarov, Alma-Ata); acronyms as they are."""
    title = LETTERS.sub(lambda m: m.group()[0] + m.group()[1:].lower(), word)
    if abbreviated and gz.initial().fullmatch(title):
        return title
    if len(word) < 2 or keeps_capitals(word):
        return word
    if east_asian_name([title]):
        return title  # "LI-CHANG-FU" is "Li-Chang-Fu", not the common words li, chang, fu
    if word.title() in gz.not_names() or listed("titles", word) or unit_head(word.lower()) \
            or unit_head(word.lower(), plural=True) or (abbreviated and len(word) <= 2) \
            or (common_inflected(word) and not place_ok(title)):
        return word.lower()
    return title


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


def respelled(text: str, words: re.Pattern[str], spelling: Callable[[re.Match[str]], str]) -> str:
    """`text` with each word `words` finds written as `spelling` writes it, where that keeps the word's
    length: every offset of `text` still holds in what is returned."""
    def respell(found: re.Match[str]) -> str:
        written = spelling(found)
        return written if len(written) == len(found.group()) else found.group()
    return words.sub(respell, text)


def recased(text: str, every_line: bool = False) -> str:
    """The text with its lines in capitals (`in_capitals`, or all of them in a document typed in
    capitals) written as prose, so that the rules read their words by what they are (a common word, a
    title, an acronym, a name) rather than by their capitals; the text itself is unchanged, only what
    the rules see."""
    found = east_asian_names_in_capitals(text)
    names = {at for words, _ in found for at in words}  # offsets in `text`
    families = {family for _, family in found}

    def as_prose(word: re.Match[str], line_start: int) -> str:
        if after_alias_word(word.string, word.start()) and word.group().lower() not in lx.words("alias-words") \
                and word.group().title() not in gz.not_names():
            return word.group().title()  # "AGENT CODE NAME FALCON": a cover name, however common a word
        if line_start + word.start() in names or (len(word.group()) > 2 and word.group().title() in families):
            return word.group().title()  # "KIM EN DIN", and "PAK" alone where "PAK CHEN SU" is named
        return recased_word(word.group(), word.string[word.end():word.end() + 1] == ".")

    return LINE.sub(lambda line: respelled(line.group(), TOKEN, lambda word: as_prose(word, line.start()))
                    if in_capitals(line.group()) or (every_line and not any(c.islower() for c in line.group()))
                    else line.group(), text)


#: A word in capitals and the one or two short ones after it, at every word: a Korean or Chinese name
#: if the first is a family name ("KIM EN DIN", "LI SEN HO", "PAK CHEN SU").
SYLLABLES_AFTER = re.compile(r"\b(?=([A-Z]{2,})((?:[ -][A-Z]{1,3}\b){1,2}))")


def east_asian_names_in_capitals(text: str) -> list[tuple[list[int], str]]:
    """Korean and Chinese names in capitals: the offsets of their words, and their family name. A family
    name of lexicon/east-asian-surnames and one or two syllables of three letters at most, none a
    function word ("KIM EN DIN", not "KIM AND"); read as prose they would be the common words kim, en,
    din. A family name so found is a name wherever the text repeats it alone ("PAK DETAINED") if longer
    than two letters (LI or HO alone is too often a word or an initial)."""
    names = []
    for found in SYLLABLES_AFTER.finditer(text):
        family = found.group(1).title()
        syllables = list(re.finditer(r"[A-Z]+", found.group(2)))
        if family in lx.words("east-asian-surnames") and not any(w.group().title() in gz.not_names() for w in syllables):
            names.append(([found.start(1)] + [found.start(2) + w.start() for w in syllables], family))
    return names


#: The word before a word of a line: group 1.
WORD_BEFORE = re.compile(r"([^\W\d_]+)\s$")


def after_alias_word(line: str, start: int) -> bool:
    """The word at `start` follows a word saying a cover name comes next (lexicon/alias-words: AGENT,
    NAME, SOURCE), as telegrams name an agent without quotation marks."""
    before = WORD_BEFORE.search(line, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in lx.words("alias-words")


def lexicon_words(node: dict | list | str) -> list[str]:
    """Every word of the date lexicon: its entries and the keys of its tables (feasts, abbreviations)."""
    if isinstance(node, dict):
        return [word for key, value in node.items() for word in (*key.split(), *lexicon_words(value))]
    if isinstance(node, list):
        return [word for item in node for word in lexicon_words(item)]
    return node.split() if isinstance(node, str) else []


#: The date lexicon's words as it writes them, by their form in capitals: with a capital ("December",
#: "Oct", "Christmas", "No"), in small letters ("the", "of", "spring", "quarter", "inst"); the Roman
#: months ("XI") are already in capitals. A word written both ways takes its capital ("MAY" is "May").
LEXICON_FORMS = {form.upper(): form
                 for form in sorted((word.strip(".,()") for word in lexicon_words(lx.table("dates"))),
                                    key=lambda form: form[:1].isupper())
                 if form and not form.isupper()}
WORD_IN_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")


def in_small_letters(text: str) -> str:
    """`text` with its words in capitals written as the date lexicon writes them, letter for letter (the
    offsets stay those of `text`): a telegram or a heading in capitals ("ON THE 3RD", "DECEMBER 5TH",
    "SPRING 1935") reads like the same words in small letters. Other words in capitals stay as they are
    ("© 1988 LITUANUS" is no count of things), and so do Roman months ("24/XI")."""
    def small(word: re.Match[str]) -> str:
        if word.start() > 0 and word.string[word.start() - 1].isdigit():
            return word.group().lower()  # an ordinal's ending: "3RD"
        return LEXICON_FORMS.get(word.group(), word.group())
    return respelled(text, WORD_IN_CAPITALS, small)
