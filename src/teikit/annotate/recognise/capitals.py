"""Text in capitals read as prose: what the rules see of a cipher telegram or an order typed in capitals.

A line wholly in capitals (or every such line of a document typed in capitals throughout) is shown to
the rules with each word written as prose would write it, letter for letter, so that offsets stay
true: common words and titles in small letters, names with a capital, acronyms as they are.
"""

from __future__ import annotations

import re
import unicodedata

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.tokens import TOKEN
from teikit.annotate.recognise.words import ROMAN, is_acronym, listed, place_ok, unit_head


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
