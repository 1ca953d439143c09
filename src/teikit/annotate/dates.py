"""Dates: every calendar expression tagged as `date` and normalised, with the year inferred in context.

Three steps, each a pure function:

* `find_dates(text)` recognises expressions in one block: full dates (in words, in numbers, and with
  the month in Roman numerals, "22.X.29", "12/III-38", as Russian and Soviet documents write it;
  "19.10.37" and "12/3-38" in figures; "15.1.31", with a month of one figure, only when its year is in
  the twenty years up to the document's date, as section numbers are written the same way), month +
  day, days alone ("the 14th", "3.XI", "9/IV", "the 5th inst.", "the 9th of the same month"), months,
  years, seasons ("the spring of last year" too), parts ("the end of November", "early 1929",
  "mid-1935", "the 2nd half of 1936", "the first ten days of April"; "the beginning of this month",
  "the end of this year": the period of the document's date),
  days known by a name ("Christmas", "May Day"; "Easter", "Whitsun": computed for the Orthodox Easter of
  the genre unless the text says "Catholic"), ranges and disjunctions written as one phrase
  ("February and March"; days of one month too: "19-20 October", "5 or 6 November", "2, 9 and 16
  October"), years joined by a slash ("the winter of 1929/30"), a chronology's "1934, 1 December", an
  American "2/19/85" whose middle figure can only be the day, a day in both calendars ("25 October (7
  November) 1917": one date, the Gregorian day), a day of the solar calendar of Iran and Afghanistan
  ("21 Tir 1312": its Gregorian day), a day or month of the Islamic lunar calendar with its year ("5
  Shawwal 1341", "Rajab 1347": the Gregorian day or months, by the tabular calendar), a month or
  festival of the Hebrew calendar with its year ("Elul 5697", "the eve of Yom Kippur 5690", "Chanukah
  1936": the Gregorian months or day, by pyluach), a year as it is said ("it was '38"), "the 28th of the
  following month", and "October 15 of this year"; words in capitals read as the same words in small
  letters (a telegram's "ON THE 3RD", "DECEMBER 5TH"; STOP ends its
  sentences). A full date with its own year before "to", "until" or a dash stands alone ("1 October
  1929 to 27 September 1937"); a quarter of a year is its three months. It never tags document, page,
  folio, house, section or unit numbers ("Section IV.2"), ordinals of events ("the 15th Congress"),
  durations or clock times.
* `Resolver` gives each expression its value. A missing year is inferred from the division's own date
  (its dateline: in the head or opener, else the first dateline further down) and from the narrative
  clock: the period the story is in. Only what the story tells moves the clock: a date in a prose
  paragraph of the body, with a month or a season (a testimony dated 20 Oct 1929 that tells "the
  spring of 1927 … in November" is in 1927). What does not tell the story leaves the clock alone, so a
  bare "19 October" in a report dated 22 November 1937 stays in 1937: headings (a section heading's
  "the 1935 inspection"), the date of another document cited ("our report of 1935", "order No. 00447
  of 30 July 1937"), a year alone when the document is dated ("born in 1898", "since 1935": it says
  when something was, not where the story is; in an undated text it is all there is and does move
  the clock), and flashbacks far before the clock ("back in 1919"). A bare month takes the year that
  puts it closest to the clock, a step back costing twice a step forward (narratives move on) and a
  date after the document's own date costing a year more; with no clock, the year closest to the
  document's date, a step forward costing twice a step back. A heading that is a date and a place
  ("12/III-1938   Moscow" under a protocol's title) dates its division like a dateline. A text
  dated long after what it tells (an article, a memoir) looks back: a year opening a sentence there
  does move the clock. A month told in the future ("will arrive in April") is the first after the
  document's date. A day alone ("the 14th") is in the month of the day last named in its paragraph
  (the month after, when that is nearer), or of a month named there in the document's year, else in
  the document's month or the one before (the same month when it is at most three days ahead and
  its sentence tells no past); after "by" it is a deadline, after the document's date, as is any
  day without a year there ("by 15.II"). A line that is only a full date and a place ("FROM RIGA
  3.X.39") opens a document of its own date in a file of telegrams run together. A
  date of a life ("born 5 March 1899", "since May 1920") does not move the clock; a year alone sets a
  weak one, which the next date with a month moves; "of the following year" counts from the clock. A
  text with no date of its own leans on the month its title names ("Summary for November 1929"), else
  on its first full date, wherever it stands, for what comes before the story's clock starts (its years
  alone still move the clock, and so does a heading that is a date: "1936" over a diary's entries, or
  a year its title names, "Diary …, 1931"); the dates of the documents it cites are its story, each
  paragraph may tell a story of its own (a dictionary's entries), and a sentence tells in order unless
  it says what "had" happened. The year of an author-date reference ("(Getty 1993, 45)") moves no
  clock; a day quoted from a document cited ("his letter of 5 March says: 'on the 2nd …'") is in that
  document's time; a day on a registry line ("Received: the 18th") is after the document's date.
* Edition data (`<e:dates>` in NAME.edition.xml) overrides the value where the text itself is wrong.

The grammar is code; its words (month names and numerals, seasons, hedges, the nouns that make a
number a count or a section number…) are data, in `teikit/data/lexicon/dates.toml`, whose header says
what each list means and where it came from. The patterns are assembled from it once, at import.

Attributes follow `CONVENTIONS` (also written into the header). Impossible dates ("February 30")
are tagged without a value and logged as warnings on the `teikit` logger with file and line.
"""

from __future__ import annotations

import calendar
import logging
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from datetime import date, timedelta
from itertools import accumulate

from pyluach import hebrewcal
from pyluach.dates import HebrewDate

from teikit.annotate.gazetteer import common_word, lunar_months
from teikit.annotate.recognise.capitals import WORD_IN_CAPITALS, in_small_letters
from teikit.annotate.recognise.words import capital_name_shaped
from teikit.annotate.recognise.tokens import FOOTNOTE_FIGURE
from teikit.edition import EditionData
from teikit.lexicon import alternation, table, words
from teikit.model import Block, Document, Span, SpanIndex

#: The words of dates, by what they do (lexicon/dates.toml).
LEXICON = table("dates")

RANK = 30
RESP = "#teikit"
log = logging.getLogger("teikit.dates")

CONVENTIONS = (
    "Dates are normalised by teikit: @when for a day, month or year; @from/@to for a range stated as "
    "one (\"from October 1928 to February 1929\"); @notBefore/@notAfter for seasons, disjunctions "
    "(\"May or June\") and decades, at month precision: spring 03–05, summer 06–08, autumn (fall) 09–11, "
    "winter 12–02 (the winter of 1927 runs from December 1927). A part of a period (\"the end of "
    "November\", \"early 1929\") keeps the value of the period. A month in Roman numerals (22.X.29) is a "
    "month; a two-digit year takes the century of the document's date (the century before when that "
    "would put it more than five years after the document), else the 1900s. A year not written in the text is "
    "inferred from the document's date and from the period the narrative is in; headings, the dates of "
    "documents cited and, in a dated document, years written alone do not move the narrative; a day "
    "alone (\"the 14th\") is in the month of the day last named "
    "nearby, else of the document's date (the next one after \"by\", a deadline) "
    "(@evidence=\"conjecture\", @cert medium; "
    "high for \"of this year\" and \"the 5th inst.\", which the document's date fixes); a day given in "
    "both calendars (\"25 October (7 November) 1917\") or marked as Julian (\"22 October old style\") has the "
    "Gregorian value; \"about\" or \"approximately\" "
    "lowers @cert by one step (explicit high → medium, inferred medium → low). Values "
    "set by the editor, where the text is wrong, carry @resp=\"#editor\". A date that cannot exist "
    "(February 30) has @type=\"impossible\" and no value; one whose year cannot be inferred has "
    "@type=\"relative\".")

MONTH_NAMES = [name.lower() for name in LEXICON["months"]["names"]]
MONTH_ABBR = {abbr.lower(): month for abbr, month in LEXICON["months"]["abbreviations"].items()}
ROMAN_MONTHS = LEXICON["months"]["roman"]
#: Month names that are also words ("May I ask"): a month only after a preposition or before a date.
ALSO_WORDS = frozenset(LEXICON["months"]["also_words"])
#: Seasons as (first month, last month); a last month above 12 runs into the next year.
SEASONS = {season: tuple(months) for season, months in LEXICON["seasons"]["months"].items()}
#: "of this year": the words before "year" → (years from the anchor, anchor: "document", "narrative" or "story").
RELATIVE_YEARS = {phrase: (rule["shift"], rule["anchor"]) for phrase, rule in LEXICON["relative_years"].items()}
#: The century a two-digit year ("22.X.29") takes when the document's own date gives none.
DEFAULT_CENTURY = 1900

MONTH_FULL = alternation(LEXICON["months"]["names"])
MONTH = rf"(?:{MONTH_FULL}|{alternation(list(LEXICON['months']['abbreviations']))}\b\.?)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
SAID = LEXICON["said_years"]
#: The two figures of a year as said: "twenty-seven", "thirteen", "thirty".
SAID_FIGURES = rf"(?:{alternation(SAID['teens'])}|{alternation(SAID['tens'])}(?:-{alternation(SAID['units'])})?)(?![\w-])"
#: A year said with its century: "nineteen twenty-seven".
SAID_YEAR = rf"{alternation(list(SAID['centuries']), either_case=True)}\s+{SAID_FIGURES}"
#: A year in two figures after an apostrophe, as memoirs write it ("the summer of '36", "May '37"), or
#: said, in figures or with its century, as transcripts give it ("the autumn of thirty-seven").
#: A word in small letters after a year said in figures, which makes it a number of things ("in twenty-four
#: hours"), unless a function word ("in thirty-seven and thirty-eight", "in thirty-one with no teeth").
WORD_AFTER_SPOKEN_YEAR = re.compile(rf"\s+(?!{alternation([w.lower() for w in words('function-words')])}\b)[a-z]")
#: A year said in two figures joined by a hyphen, as an interview or a lecture says it after "in",
#: "until" or "after" ("in thirty-seven", "until 'fifty-six", "after ninety-one").
SPOKEN_YEAR = rf"[’']?(?<![\w-]){alternation(SAID['tens'], either_case=True)}-{alternation(SAID['units'])}(?![\w-])"
YEAR_OR_SHORT = rf"(?:{YEAR}|[’']\d\d(?!\d)|{SAID_YEAR}|(?<![\w-]){alternation(SAID['tens'])}(?:-{alternation(SAID['units'])})?(?![\w-]))"
#: A season takes no day, so two bare figures closing a clause after one are its year ("no word until autumn
#: 31."); before a word they may count ("in summer 38 persons").
SEASON_YEAR = rf"(?:{YEAR_OR_SHORT}|\d\d(?=[.,;:!?)\"”»’]|[\x20\t]*(?:\n|\Z)))"
#: A comma between a month or season and its year, unless the year is a tens said alone: in "the middle of
#: October, forty men to a wagon" the number counts men.
COMMA_BEFORE_YEAR = rf"(?:,(?!\s+{alternation(SAID['tens'])}\b))?"
ROMAN_MONTH = alternation(ROMAN_MONTHS)
#: The Roman month in small letters, as British officials date their minutes ("5.xi.32", "G.W.H. 4/xi"):
#: any with a year; without one only those of two letters or more, since "2.i" or "3.v" number clauses.
ROMAN_SMALL = alternation([month.lower() for month in ROMAN_MONTHS])
ROMAN_SMALL_ALONE = alternation([month.lower() for month in ROMAN_MONTHS if len(month) > 1])
SEASON = alternation(list(SEASONS), either_case=True)
SEASON_ALONE = alternation(LEXICON["seasons"]["alone"], either_case=True)
END = r"(?![\w/]|[.,]\d)"
#: The end of a day's figures after its month: no letter, clock time, number or range goes on ("May 5,000",
#: "June 7–9" are none).
DAY_END = r"(?![\w:/]|[.,]\d|\s*[-–]\s*\d)"
#: The quotation marks round the day of a form's date, as Russian forms print it: «"14" II 1938».
QUOTE_OPEN, QUOTE_CLOSE = r"[\"«„“]", r"[\"»”“]"
CONTEXT = 40  # characters of context either side that the tests below look at
REL_YEAR = rf"{alternation(list(RELATIVE_YEARS))}\s+year"
#: "the 5th inst.": words after a day that count its month from the document's date, and by how much.
MONTH_SHIFTS = {words: shift for key, shift in (("this_month", 0), ("last_month", -1))
                for words in LEXICON["days"][key]}
NEXT_MONTH = frozenset(LEXICON["days"]["next_month"])
MONTH_WRITTEN_LAST = frozenset(LEXICON["days"]["month_written_last"])
DAY_OF_MONTH = alternation([*MONTH_SHIFTS, *LEXICON["days"]["same_month"], *NEXT_MONTH])
ORDINAL_WORDS = LEXICON["days"]["ordinals"]
PERIODS = LEXICON["periods"]
#: "the end of this month": the words before the period, and the unit.
PERIOD = rf"(?P<tm_w>{alternation(PERIODS['this'])})\s+" \
         rf"(?P<tm_u>{alternation(PERIODS['units'])})\b(?!\s+(?:of\s+)?(?:{YEAR}\b|{MONTH_FULL}))"  # not "the year 1937"
CONNECTORS = LEXICON["connectors"]
DAY_CONNECTOR = alternation([*CONNECTORS["range"], *CONNECTORS["or"], *CONNECTORS["and"]])


def day_link(kind: str) -> str:
    """What joins two days of one month: a dash, a slash ("the night of 19/20 October") or a word."""
    return rf"(?:\s*[-–/]\s*|\s+(?P<{kind}_c>{DAY_CONNECTOR})\s+)"


#: The weekdays' names and abbreviations → 0 (Monday) to 6; and a weekday right before a date, with a
#: stop and a comma maybe ("Tue. Jan. 15", "Sunday, 5 March", "Wed. 8 May"). Before a span of days the
#: weekdays may be a span too ("Friday–Saturday, May 3–4"): the first is the first day's.
WEEKDAYS = {name: number for number, names in enumerate(LEXICON["weekdays"]["names"]) for name in names}
#: No day of the month: an ordinal before a weekday counts weeks ("on the second Saturday of the month").
NOT_BEFORE_WEEKDAY = rf"(?!\s+{alternation(list(WEEKDAYS))}\b)"
WEEKDAY_BEFORE = re.compile(rf"\b(?:(?P<first>{alternation(list(WEEKDAYS))})\.?{day_link('weekdays')})?"
                            rf"(?P<weekday>{alternation(list(WEEKDAYS))})\.?,?\s+(?:the\s+)?$")
#: A weekday that may stand between a word and its date: "due Friday 22 February", "Recorded Thursday 15 November".
WEEKDAY_BETWEEN = rf"(?:{alternation(list(WEEKDAYS))}\.?,?\s+)?"
#: How many years either side of the year inferred a weekday may move a date: a day and month fall on
#: the same weekday again after five, six or eleven years.
WEEKDAY_YEARS = 6
#: How many months either side of the month inferred a weekday may move a day written alone ("on
#: Sunday the 8th"): a day of the month falls on each weekday within seven months.
WEEKDAY_MONTHS = 6

#: Days known by a name ("Christmas"): their month and day.
FEASTS = {name: tuple(day) for name, day in LEXICON["feasts"].items()}
#: Days that move with Easter ("Whitsun"): days from Easter Sunday; the words that say whose Easter.
EASTER_FEASTS = LEXICON["easter"]["feasts"]
RECKONINGS = LEXICON["easter"]["reckonings"]
FEAST = alternation([*FEASTS, *EASTER_FEASTS])
#: The solar calendar of Iran and Afghanistan (lexicon [solar_hijri]): each month's names → its number.
SOLAR_HIJRI = LEXICON["solar_hijri"]
SOLAR_MONTHS = {name: number for number, names in enumerate(SOLAR_HIJRI["months"], 1) for name in names}
SOLAR_MONTH = alternation(list(SOLAR_MONTHS))
#: The Islamic lunar calendar (lexicon [lunar_hijri]): each month's names → its number.
LUNAR_HIJRI = LEXICON["lunar_hijri"]
LUNAR_MONTHS = lunar_months()
LUNAR_MONTH = alternation(list(LUNAR_MONTHS))
#: The Julian day number of the day before 1 January of the year 1, from which `date.toordinal` counts.
JULIAN_DAY_OF_ORDINAL_ZERO = 1721425
#: The Japanese reign eras (lexicon [japanese_eras]): each era's names → the era.
JAPANESE_ERAS = {name: era for era in LEXICON["japanese_eras"]["eras"] for name in era["names"]}
JAPANESE_ERA = alternation(list(JAPANESE_ERAS))
#: A month or a day counted in an era's year, in words or figures ("eighth", "8th"), and its noun.
ERA_COUNT = rf"(?:{alternation(ORDINAL_WORDS, either_case=True)}|{ORDINAL_DAY})"
ERA_MONTH, ERA_DAY = (rf"{ERA_COUNT}\s+{LEXICON['japanese_eras'][noun]}" for noun in ("month_noun", "day_noun"))
#: The Hebrew calendar (lexicon [hebrew]): each month's names → its number from Nisan; each
#: festival's names → its month, first day and length; the words naming one day of a festival.
HEBREW = LEXICON["hebrew"]
HEBREW_MONTHS = {name: number for number, names in enumerate(HEBREW["months"], 1) for name in names}
HEBREW_MONTH = alternation(list(HEBREW_MONTHS))
HEBREW_FESTIVALS = {name: rule for rule in HEBREW["festivals"] for name in rule["names"]}
HEBREW_FESTIVAL = alternation(list(HEBREW_FESTIVALS))
HEBREW_DAY_OF = alternation([*HEBREW["days_of"], *HEBREW["last_day_of"]], either_case=True)
#: A year of the Hebrew calendar in the genre's centuries: 5600-5799 (1839-2039).
HEBREW_YEAR = r"5[67]\d\d"
#: How a Hebrew month or festival with its year starts, for START: one or two capitalised words and a
#: year ("Elul 5697", "Yom Kippur 5690", "Chanukah 1936"); cheaper at every position of a text than the
#: names themselves ("the eve of" and a day's number start as other dates do).
HEBREW_NAME_AND_YEAR = r"[A-Z][\w'’]+(?:[ -][A-Za-z][\w'’]+)?,?\s+(?:5[67]|1[89]|20)\d\d\b"
PERIOD_STARTS = list(dict.fromkeys(words.split()[0] for words in PERIODS["this"]))

#: A part of a year that names its months ("the first quarter", "the III quarter"), and those months.
PART_MONTHS = {words: tuple(months) for words, months in LEXICON["parts"]["months"].items()}
#: The parts numbered in Roman figures, which a report's table writes with no article ("II quarter – 1,068").
ROMAN_PARTS = [words for words in PART_MONTHS if words.split()[0] in ROMAN_MONTHS]
#: The parts that name their months before the year itself ("the first half of 1975", "THE IV QUARTER OF
#: 1940"), in small letters: a heading in capitals has them too.
YEAR_PART_MONTHS = {words.lower(): tuple(months)
                    for words, months in (LEXICON["parts"]["months"] | LEXICON["parts"]["halves"]).items()}

#: How every calendar expression starts: a digit, "the" ("this", "that"), a month, a season, a Roman
#: month and its dot, slash or dash, a feast's name, a month of the Islamic calendar and its year.
START = rf"(?=\d|[’']\d\d|{QUOTE_OPEN}\d|{alternation(PERIOD_STARTS, either_case=True)}\s|" \
        rf"{LUNAR_MONTH},?\s+\d|" \
        rf"[’']?{alternation(SAID['tens'], either_case=True)}-|" \
        rf"{alternation(list(SAID['centuries']), either_case=True)}\s|" \
        rf"{alternation([*LEXICON['months']['names'], *LEXICON['months']['abbreviations']])}|{SEASON}|" \
        rf"{ROMAN_MONTH}[./–-]|{alternation(ROMAN_PARTS)}|{FEAST}|{alternation(list(RECKONINGS))}\s|" \
        rf"{HEBREW_NAME_AND_YEAR}|{JAPANESE_ERA}\s|" \
        rf"{alternation(ORDINAL_WORDS, either_case=True)}\s+(?:of\s+)?{alternation(LEXICON['months']['names'])})"

#: One calendar expression (no range), named groups telling what it holds; longest forms first.
#: The lookahead (START) is how any of them begins: without it re tries all twenty forms at every
#: position of the text (five times slower), and with only a first letter, every capital A, M or S.
UNIT = re.compile(rf"""
    {START}
    (?:(?P<ydm>(?P<ydm_y>{YEAR}),\s+(?P<ydm_d>{DAY})(?:{day_link("ydm")}(?P<ydm_d2>{DAY}))?\s+(?P<ydm_m>{MONTH})
           (?!\w))
  | (?P<ymd>(?P<ymd_y>{YEAR})\s+(?P<ymd_m>{MONTH})\s+(?P<ymd_d>{DAY_NUMBER}){DAY_END})
  | (?P<oss>(?P<oss_d>{DAY})\s+\((?P<oss_n>{DAY})\)\s+(?P<oss_m>{MONTH})(?:,?\s+(?P<oss_y>{YEAR}))?{END})
  | (?P<wdm>(?:[Tt]he\s+)?(?P<wdm_d>{alternation(ORDINAL_WORDS, either_case=True)})\s+(?:of\s+)?(?P<wdm_m>{MONTH})
           (?:,?\s+(?P<wdm_y>{YEAR_OR_SHORT}){END})?)
  | (?P<dmy>(?:the\s+)?(?P<dmy_d>{DAY})(?:\s+day\s+of|\s+of)?\s+(?P<dmy_m>{MONTH}),?\s+
           (?P<dmy_y>{YEAR_OR_SHORT}){END})
  | (?P<sol>(?:the\s+)?(?P<sol_d>{DAY})(?:\s+of)?\s+(?P<sol_m>{SOLAR_MONTH}),?\s+(?P<sol_y>1[23]\d\d){END})
  | (?P<lun>(?:the\s+)?(?P<lun_d>{DAY})(?:\s+of)?\s+(?P<lun_m>{LUNAR_MONTH}),?\s+(?P<lun_y>1[234]\d\d){END})
  | (?P<lunm>(?P<lunm_m>{LUNAR_MONTH}),?\s+(?P<lunm_y>1[234]\d\d){END})
  | (?P<era>(?P<era_n>{JAPANESE_ERA})\s+(?P<era_y>\d{{1,2}})
           (?:,\s+(?P<era_m>{ERA_MONTH})(?:,\s+(?P<era_d>{ERA_DAY}))?)?{END})
  | (?P<erad>[Tt]he\s+(?P<erad_d>{ERA_DAY})\s+of\s+the\s+(?P<erad_m>{ERA_MONTH}),\s+(?P<erad_n>{JAPANESE_ERA})\s+
           (?P<erad_y>\d{{1,2}}){END})
  | (?P<mdy>(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{DAY}),?\s+(?P<mdy_y>{YEAR_OR_SHORT}){END})
  | (?P<ddm>(?:the\s+)?(?P<ddm_d>{DAY})(?:,\s*{DAY})*{day_link("ddm")}(?P<ddm_d2>{DAY})(?:\s+of)?\s+(?P<ddm_m>{MONTH})
           (?:,?\s+(?P<ddm_y>{YEAR}){END})?)
  | (?P<mdd>(?P<mdd_m>{MONTH})\s+(?P<mdd_d>{DAY})(?:,\s*{DAY})*{day_link("mdd")}(?P<mdd_d2>{DAY})(?:,?\s+(?P<mdd_y>{YEAR}))?
           (?![\w:/]|[.,]\d))
  | (?P<qd>{QUOTE_OPEN}(?P<qd_d>{DAY_NUMBER}){QUOTE_CLOSE}\s*(?:(?P<qd_r>{ROMAN_MONTH})|(?P<qd_m>{MONTH}))\s+
           (?P<qd_y>{YEAR}|\d\d){END})
  | (?P<rom>(?P<rom_d>{DAY_NUMBER})(?:{day_link("rom")}(?P<rom_d2>{DAY_NUMBER}))?(?:[./-]|\s(?={ROMAN_MONTH}\s))
           (?P<rom_m>{ROMAN_MONTH}|{ROMAN_SMALL})(?:[./-]|\s)(?P<rom_y>{YEAR}|\d\d){END}(?![./-]{ROMAN_MONTH}\b))
  | (?P<rdm>(?P<rdm_d>{DAY_NUMBER})(?:{day_link("rdm")}(?P<rdm_d2>{DAY_NUMBER}))?[./-]
           (?P<rdm_m>{ROMAN_MONTH}|{ROMAN_SMALL_ALONE}){END})
  | (?P<romy>(?:(?P<romy_m1>{ROMAN_MONTH})[-–])?(?P<romy_m>{ROMAN_MONTH})[./-](?P<romy_y>{YEAR}|\d\d){END})
  | (?P<nums>(?P<nums_d>{DAY_NUMBER})(?P<nums_s>[/-])(?P<nums_m>1[0-2]|0?[1-9])(?P=nums_s)(?P<nums_y>{YEAR}){END})
  | (?P<usd>(?P<usd_m>1[0-2]|0?[1-9])/(?P<usd_d>1[3-9]|2\d|3[01])/(?P<usd_y>{YEAR}|\d\d){END})
  | (?P<nsd>(?P<nsd_d>{DAY_NUMBER})/(?P<nsd_m>1[0-2]|0?[1-9])-(?P<nsd_y>{YEAR}|\d\d){END})
  | (?P<num>(?P<num_d>3[01]|[12]\d|0?[1-9])(?:{day_link("num")}(?P<num_d2>3[01]|[12]\d|0?[1-9]))?
           \.(?P<num_m>1[0-2]|0?[1-9])\.(?P<num_y>{YEAR}){END})
  | (?P<num2>(?P<num2_d>3[01]|[12]\d|0?[1-9])(?:{day_link("num2")}(?P<num2_d2>3[01]|[12]\d|0?[1-9]))?
           \.(?P<num2_m>1[0-2]|0?[1-9])\.(?P<num2_y>\d\d){END})
  | (?P<iso>(?P<iso_y>{YEAR})-(?P<iso_m>1[0-2]|0[1-9])-(?P<iso_d>3[01]|[12]\d|0[1-9]){END})
  | (?P<isp>(?P<isp_y>{YEAR})\x20(?P<isp_m>1[0-2]|0[1-9])\x20(?P<isp_d>3[01]|[12]\d|0[1-9]){END})
  | (?P<ndm>(?:(?<![^\n])|(?<=;\x20)|(?<=:\x20))(?P<ndm_d>3[01]|[12]\d|0[1-9])\.(?P<ndm_m>1[0-2]|0[1-9])
           (?=,\x20\d{{1,2}}[.:]\d\d\b|\x20[–—-]\x20))
  | (?P<nda>(?P<nda_d>{DAY_NUMBER})(?:{day_link("nda")}(?P<nda_d2>{DAY_NUMBER}))?(?P<nda_s>[./])
           (?P<nda_m>1[0-2]|0?[1-9])(?![\d\w]|[./-]\d))
  | (?P<mdr>(?P<mdr_m>{MONTH})(?:\s+(?P<mdr_d>{DAY}))?\s+(?:of\s+)?(?P<mdr_rel>{REL_YEAR})\b)
  | (?P<dmr>(?:the\s+)?(?P<dmr_d>{DAY})(?:\s+of)?\s+(?P<dmr_m>{MONTH})\s+(?:of\s+)?(?P<dmr_rel>{REL_YEAR})\b)
  | (?P<heb>(?:(?P<heb_q>{HEBREW_DAY_OF})\s+)?(?P<heb_f>{HEBREW_FESTIVAL}),?\s+(?:of\s+)?
           (?P<heb_y>{HEBREW_YEAR}|{YEAR}){END})
  | (?P<hebm>(?:(?P<hebm_d>{DAY_NUMBER})\s+)?(?P<hebm_m>{HEBREW_MONTH}),?\s+(?P<hebm_y>{HEBREW_YEAR}){END})
  | (?P<fe>(?:(?P<fe_r>{alternation(list(RECKONINGS))})\s+(?={alternation(list(EASTER_FEASTS))}))?(?P<fe_n>{FEAST})(?:,?\s+(?:of\s+)?(?P<fe_y>{YEAR}))?(?![\w’']))
  | (?P<md>(?P<md_m>{MONTH})\s+(?P<md_d>{DAY}){DAY_END})
  | (?P<dm>(?:the\s+)?(?P<dm_d>{DAY})(?:\s+of)?\s+(?P<dm_m>{MONTH}))
  | (?P<my>(?P<my_m>{MONTH}){COMMA_BEFORE_YEAR}\s+(?:of\s+)?(?P<my_y>{YEAR_OR_SHORT}){END})
  | (?P<sr>(?:the\s+)?(?P<sr_s>{SEASON})\s+of\s+(?P<sr_rel>{REL_YEAR})\b)
  | (?P<sy>(?:the\s+)?(?P<sy_s>{SEASON})(?:\s+of|{COMMA_BEFORE_YEAR})\s+(?P<sy_y>{SEASON_YEAR})
           (?:[/–-](?P<sy_y2>{YEAR}|\d\d))?{END})
  | (?P<ym>(?<![^\n])(?P<ym_y>{YEAR})\s+(?P<ym_m>{MONTH})(?:\s*[-–]\s*(?P<ym_m2>{MONTH}))?(?!\w))
  | (?P<yr>(?P<yr_a>{YEAR})(?:[-–]|\s*[-–]\s*(?={YEAR})|(?P<yr_slash>/))(?P<yr_b>{YEAR}|\d\d?)(?![-‐]\d){END})
  | (?P<dec>(?:the\s+)?(?P<dec_y>1[5-9]\d0|20\d0)[’']?s(?:\s*[–-]\s*(?P<dec_y2>1[5-9]\d0|20\d0)[’']?s)?\b)
  | (?P<decw>[Tt]he\s+(?:{alternation(SAID['decade_parts'])}[\s-]+)?(?P<decw_t>{alternation(SAID['decades'])})\b)
  | (?P<y>(?P<y_y>{YEAR}|{SAID_YEAR}){END})
  | (?P<ay>[’'](?P<ay_y>\d\d)(?![\w’'/]|[.,]\d))
  | (?P<sp>(?P<sp_y>{SPOKEN_YEAR}))
  | (?P<m>(?P<m_m>{MONTH_FULL}\b|{MONTH}(?=\s*[-–]\s*{MONTH_FULL}\b|\s*[-–]\s*{MONTH}\s*\d)))
  | (?P<qa>(?:[Tt]he\s+(?P<qa_q>{alternation(list(PART_MONTHS))})|(?<![\w-])(?P<qa_r>{alternation(ROMAN_PARTS)}))
           (?![\w-])(?!\s+of\b))
  | (?P<s>(?:the\s+)?(?P<s_s>{SEASON_ALONE})\b)
  | (?P<dim>(?:the\s+)?(?P<dim_d>{ORDINAL_DAY})\s+(?P<dim_rel>{DAY_OF_MONTH})(?!\w))
  | (?P<tm>{PERIOD})
  | (?P<dw>the\s+(?P<dw_d>{alternation(ORDINAL_WORDS)})(?![\w-]){NOT_BEFORE_WEEKDAY})
  | (?P<d>the\s+(?P<d_d>{ORDINAL_DAY})\b{NOT_BEFORE_WEEKDAY})
  | (?P<dd>(?P<dd_d>{ORDINAL_DAY})\b))
""", re.VERBOSE)

PART = re.compile(rf"(?:(?:the\s+)?(?:very\s+)?{alternation(LEXICON['parts']['of'])}\s+of\s+|"
                  rf"{alternation(LEXICON['parts']['before'])}(?:\s+in\s+|\s+|-))$", re.IGNORECASE)
MONTHS_PART = re.compile(rf"\b(?P<part>{alternation(list(YEAR_PART_MONTHS))})\s+of\s+$", re.IGNORECASE)
APPROX = re.compile(rf"\b{alternation(LEXICON['hedges']['approximate'])}\s+$", re.IGNORECASE)
#: Words joining two expressions into one range ("to", "-") or disjunction ("or").
#: Between two dates of one phrase: a dash or a connector ("or in" too: "at the end of August or in the
#: first days of September"), and the article of a part of the second ("the 1930s to the early 1950s").
CONNECTOR = re.compile(rf"^(?:\s*[-–—]\s*|\s+(?P<word>{DAY_CONNECTOR})\s+(?:(?<=\bor\s)(?:in|on)\s+)?(?:the\s+)?)$")
BETWEEN = re.compile(rf"\b{alternation(CONNECTORS['between'])}\s+$", re.IGNORECASE)
NOT_A_DATE = LEXICON["not_a_date"]
#: A number after these is a document, page, folio, house, volume or section number, never a year or a day.
NUMBER_BEFORE = re.compile(rf"(?:\b{alternation(NOT_A_DATE['number_signs'])}\.?\s*|"
                           rf"\b{alternation(NOT_A_DATE['abbreviations'])}\.\s*|"
                           rf"\b{alternation(NOT_A_DATE['nouns'], either_case=True)}\.?\s+|"
                           rf"{alternation(NOT_A_DATE['symbols'])}\s*)$")
#: "d." after an inventory's number in an archival citation: the file's number follows, no year of death.
FILE_NUMBER_BEFORE = re.compile(rf"\b{alternation(NOT_A_DATE['file_after'])}\.\s*[\w-]+,\s*d\.\s*$")
#: A line labelled as an identifier's ("Call number:", "ISBN:"): its numbers are no dates.
IDENTIFIER_LINE = re.compile(rf"[ \t]*{alternation(NOT_A_DATE['identifier_labels'])}\.?[ \t]*:",
                             re.IGNORECASE)
#: A capital and a full stop: an archival "F." (fond) or "L." (leaf), or a signatory's initial.
INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s*$")
#: Two initials written together before a day and month: who signed a resolution ("F.D. 10/VIII"),
#: not an archive's "d." (delo) before a file's number.
INITIALS_TOGETHER_BEFORE = re.compile(r"\b[A-Z]\.[A-Z]\.\s*$")
#: Figures shortly before an initial: an archive's citation ("f. 1, op. 2, d. 3, l. 29"), not a signature.
FIGURES_BEFORE_INITIAL = re.compile(r"\d[^\n]{0,20}\b[A-Z]\.\s*$")


def signing_initial(before: str) -> bool:
    """One initial with no figures shortly before it signs the day after it, as a resolution's writer
    does ("Agreed. L. 29.XI"); after a citation's figures it is the sheet's "l." or the file's "d."."""
    return INITIAL_BEFORE.search(before) is not None and FIGURES_BEFORE_INITIAL.search(before) is None


#: Nouns that make a preceding number a count, not a year ("1500 workers").
COUNT_AFTER = re.compile(rf"^\s+{alternation(NOT_A_DATE['count_nouns'])}\b")
#: A time zone or an hour word after four figures: a clock time ("2158 GMT").
CLOCK_AFTER = re.compile(rf"^\s*{alternation(NOT_A_DATE['clock_words'])}\b")
#: One to three capitalised words and a street's word after four figures: a house number ("1640 Superior Avenue").
STREET_AFTER = re.compile(rf"^\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{alternation(NOT_A_DATE['street_words'])}\b")
#: Nouns after "the 27th" that make it a unit, an event or a time, not a day of the month.
ORDINAL_NOUNS = re.compile(rf"^\s+{alternation(NOT_A_DATE['ordinal_nouns'])}(?:s|es)?\b", re.IGNORECASE)
#: A unit's name after a list of ordinals: "the 11th and 6th Tank Brigades" number two brigades.
UNIT_NAME_AFTER = re.compile(rf"^\s+(?:[A-Z][a-z]+\s+){{1,2}}(?i:{alternation(NOT_A_DATE['ordinal_nouns'])})"
                             r"(?:s|es)?\b")
#: After "on the 22nd": a name and then its clause ("Beria met", "Yezhov, who"), not a name of a unit (an
#: ordinal noun after it: "the 5th Kalinin regiment") nor a longer name ("the 3rd Ukrainian Front").
NAME_THEN_CLAUSE = re.compile(rf"^\s+[A-Z][a-z][\w’'-]*(?:\s*,|\s+(?!(?i:{alternation(NOT_A_DATE['ordinal_nouns'])})"
                              rf"(?:s|es)?\b)[a-z])")
#: An ordinal typed in small letters after an article in capitals: a heading's "OF THE 1st UKRAINIAN FRONT"
#: numbers a unit; a telegram in capitals writes its day "ON THE 3RD".
ORDINAL_IN_HEADING = re.compile(r"THE\s+\d{1,2}(?:st|nd|rd|th)")
#: An acronym's short capitals after an ordinal: "the 24th SAE" (a numbered expedition), "the 1st OLP".
ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,4})\b(?![.’'-])")
#: After "on the 14th", a person's initials and surname: "On the 14th A. I. Uspensky left a note".
INITIALS_THEN_NAME = re.compile(r"^\s+(?:[A-Z]\.\s*){1,3}[A-Z][a-z]")
#: After a season alone, a range to a month or a season with a year: "spring to November 1938" (GUIDELINES'
#: own example) is a date without "in" or "the".
RANGE_TO_DATE = re.compile(rf"\s+{alternation(CONNECTORS['range'])}\s+(?:{MONTH}|{SEASON})\s+(?:of\s+)?{YEAR}\b")
#: "the 20th and 21st": a second day written without its article, after a day alone and "and" or "or".
SECOND_DAY = re.compile(rf"(?:^|\W)the\s+{ORDINAL_DAY}\s+(?:{alternation([*CONNECTORS['and'], *CONNECTORS['or']])})\s+$",
                        re.IGNORECASE)
#: A plural noun after a number makes it a count ("2000 delegates"); these words end in s but are not nouns.
PLURAL_AFTER = re.compile(rf"^\s+(?!{alternation(NOT_A_DATE['not_plurals'])}\b)[a-z]+s\b")
#: An article or a possessive right before a year and a plural: "the 1939 returns", "their 1941 files".
DETERMINER_BEFORE = re.compile(rf"\b{alternation(NOT_A_DATE['determiners'], either_case=True)}\s+$")
CITATIONS = LEXICON["citations"]
#: A date right after these dates another document ("our report of 1935", "order No. 00447 of 30 July
#: 1937", "No. 44/s of 12.III.35"): it is cited, not narrated, so it does not move the narrative clock.
DOCUMENT_NUMBER = rf"{alternation(NOT_A_DATE['number_signs'])}\.?\s*[\w/.-]+"
DOCUMENT_NOUN = rf"\b{alternation(CITATIONS['documents'])}"
#: The word that links a cited document to its date, ending where the date begins: " of ", ", dated the ".
DOCUMENT_LINK = rf",?\s+{alternation(CITATIONS['links'])}\s+(?:the\s+)?[\"“„«]?$"
CITATION = re.compile(rf"(?:{DOCUMENT_NOUN}(?:\s+{DOCUMENT_NUMBER})?|\b{DOCUMENT_NUMBER}|[№#]\s*[\w/.-]+){DOCUMENT_LINK}",
                      re.IGNORECASE)
#: The same with the document's issuer named between ("the resolution of the Bashkir obkom of 20
#: March", "the order of the NKVD of the USSR of 30 July"): a document written already, so no word of
#: the future in the sentence puts its date after the document's own.
ISSUED = re.compile(rf"{DOCUMENT_NOUN}(?:\s+of\s+the(?:\s+[\w()’'-]+){{1,4}}?){{1,2}}(?:\s+{DOCUMENT_NUMBER})?{DOCUMENT_LINK}",
                    re.IGNORECASE)
CITATION_CONTEXT = 90  # characters before a date that CITATION looks at ("the order of the NKVD of the USSR No. 00447 of ")
PREPOSITIONS = LEXICON["prepositions"]
YEAR_PREPOSITION = re.compile(rf"\b{alternation(PREPOSITIONS['year'])}\s+$", re.IGNORECASE)
YEAR_BEFORE_A_VERB = re.compile(rf"\b{alternation(PREPOSITIONS['year_before_a_verb'])}\s+$", re.IGNORECASE)
#: A semicolon right after a date: the date fills a cell of a row flattened to a line ("ZOLOTAREV Mikhail;
#: 1901; Jew; Odessa"), a column such as a year of birth, and opens no clause of a story.
CELL_CLOSED = re.compile(r"[ \t]*;")
#: A date opening its sentence, perhaps after a preposition: "In 1937 the NKVD…", "1937 saw…".
SENTENCE_START = re.compile(rf"(?:^|[.!?;:]\s+)(?:{alternation(PREPOSITIONS['year'], either_case=True)}\s+)?$")
#: A word of the future earlier in the date's sentence, however long ("the transports will arrive in
#: April"; "I ask you to raise … the question … of sending … before 1 October").
FUTURE = re.compile("".join(rf"(?<!\b{re.escape(word)}\s)" for word in LEXICON["future"]["noun_before"]) +
                    rf"\b{alternation(LEXICON['future']['markers'])}\b"
                    rf"(?:(?!\b{alternation(LEXICON['future']['past'])}\b)[^.!?])*$", re.IGNORECASE)
#: "had": a sentence that tells what happened before what it told already.
ANTERIOR = re.compile(rf"\b{alternation(LEXICON['sentences']['anterior'])}\b", re.IGNORECASE)
#: "by the 12th": a day alone after these is a deadline, unless its sentence tells the past.
DEADLINE = re.compile(rf"\b{alternation(LEXICON['future']['deadline'])}\s+$", re.IGNORECASE)
#: "due 18 March", "due Friday 22 February": still to come, whatever story the text tells.
DUE = re.compile(rf"\b{alternation(LEXICON['future']['due'])}\s+{WEEKDAY_BETWEEN}$", re.IGNORECASE)
PAST = re.compile(rf"\b{alternation(LEXICON['future']['past'])}\b", re.IGNORECASE)
#: "told me that the trial would open on the 20th": a future said in the past, before a day alone.
REPORTED_FUTURE = re.compile(rf"\b{alternation(LEXICON['future']['reported'])}\b"
                             rf"(?!\s+{alternation(LEXICON['future']['reported_not_before'])}\b)"
                             rf"(?:(?!\b{alternation(LEXICON['future']['past'])}\b)[^.!?])*$", re.IGNORECASE)
#: A document dated more than this many years after a year it opens a sentence with looks back on
#: that year (a memoir, an article about the 1930s): the year sets the story's clock.
RETROSPECT_YEARS = 10
#: A day alone at most this many days after the document's day is in the document's month, unless its
#: sentence tells the past: a telegram of the 26th asks to come "on the 27th", not a month ago.
DAYS_AHEAD = 3
#: A day alone in a paragraph that names no month, at most this many days after the last day the story
#: told in a paragraph before, goes on from it: "on the night of 18 to 19 January … ¶ In the course of
#: the 19th and 20th" in a report of 3 March is January's, not February's.
DAYS_GOING_ON = 3
#: A span of days written out with its year ("26–27 September 2024") at most this long gives its year to
#: a day of it written later without one.
NAMED_DAYS = 31
#: A day and month at most this many days (two months) before the document's own date are of the
#: document's days, whatever year the story it tells had reached: an inventory of 14 February 1938 that
#: tells of an arrival "in June 1932" was still begun "on 13 February" 1938; minutes of 17 February 2016
#: received a file "on 12 January" 2016 after telling of a petition of April 2015.
DAYS_BEFORE = 62
#: How far either side of a date its sentence is looked for (characters).
SENTENCE_REACH = 400
#: "the 7th and 8th divisions": an ordinal in a series takes the noun after the last one.
SERIES = re.compile(rf"^\s*(?:,|{alternation(NOT_A_DATE['series'])}|-|–)\s*\d+(?:st|nd|rd|th)(?=\s)")
#: "born 5 March 1899", "since May 1920", "b. approx. 1931": a fact of a life, which does not move the story's
#: clock.
BACKGROUND = re.compile(rf"(?<!\w){alternation(PREPOSITIONS['background'])}:?\s+(?:(?:on|in)\s+)?"
                        rf"(?:{alternation(LEXICON['hedges']['approximate'])}\s+)?$", re.IGNORECASE)
#: "found only in April 1939": with its year, a leap ahead of the story, which does not move its clock either
#: (without one, "displaced only in the spring" is as recent as the story).
AHEAD = re.compile(rf"(?<!\w){alternation(PREPOSITIONS['ahead'])}\s+(?:(?:on|in)\s+)?$", re.IGNORECASE)
#: "as against 612 in February 1946": a comparison's term, a quantity maybe between, which moves no clock either.
COMPARED = re.compile(rf"(?<!\w){alternation(PREPOSITIONS['comparison'])}\s+(?:[\d.,]+\s+(?:[^\W\d]+\s+){{0,3}})?$",
                      re.IGNORECASE)
UNTIL_NOW = re.compile(rf"(?<!\w){alternation(PREPOSITIONS['until_now'])}\s+$", re.IGNORECASE)
#: "last" right before a month: "since last December"; not "the last December of the war".
LAST_BEFORE_MONTH = re.compile(rf"(?<![\w-])(?<!the )(?:{alternation(PREPOSITIONS['month_last'])}) $", re.IGNORECASE)
#: "last" or "next" right after a month, not before a noun of its own ("March last", not "March last year").
MONTH_LAST_OR_NEXT = re.compile(rf" (?:(?P<last>{alternation(PREPOSITIONS['month_last'])})|"
                                rf"(?P<next>{alternation(PREPOSITIONS['month_next'])}))\b"
                                rf"(?! {alternation(PREPOSITIONS['month_last_nouns'])}\b)", re.IGNORECASE)
#: "Received: the 18th": a registry line of receipt; its day without a year is after the document's date.
RECEIPT = re.compile(rf"(?:^|\n)[ \t]*{alternation(LEXICON['registry']['receipt'], either_case=True)}\b[:.]?"
                     rf"[ \t]*(?:{alternation(LEXICON['registry']['links'])}[ \t]+)?$")
#: "Resolution: … S. REDENS, 28/XI": a line of a resolution or a note written on the document, whose days
#: without a year are at or after the document's date.
RESOLUTION_LINE = re.compile(rf"(?:^|\n)[ \t]*\[?{alternation(LEXICON['registry']['resolution'], either_case=True)}\b"
                             r"[^\n]*$")
PUBLICATION = LEXICON["publication"]
#: "Posted on March 14, 2019", "Recorded Thursday 15 November 2007": the text's own date, in its opening.
PUBLISHED = re.compile(rf"\b{alternation(PUBLICATION['words'], either_case=True)}\s+"
                       rf"(?:{alternation(PUBLICATION['links'])}\s+)?{WEEKDAY_BETWEEN}$")
#: "Despatch No. 641.   Dated 27th October, 1932.": a docket's or a form's label of the document's own date.
DATED_LABEL = re.compile(rf"(?<![\w-]){alternation(PUBLICATION['labels'])}:?\s+(?:the\s+)?$")
REFERENCES = LEXICON["references"]
#: An author's name in a reference, a capital and letters ("Getty", "O'Brien", "Binner-Junge").
AUTHOR = r"[A-Z][\w’'-]+"
AUTHORS = rf"{AUTHOR}(?:\s+{alternation(REFERENCES['joins'])}\s+{AUTHOR})*(?:\s+{alternation(REFERENCES['after_names'])})?"
#: Before the year of an author-date reference: "(Getty 1993", "; Conquest 1968", "Junge (2003".
#: "(see Jansen and Petrov 2002)", "cf. Binner and Junge 2001: 557" (the latter with no bracket).
POINTER = alternation(REFERENCES["pointers"], either_case=True)
REFERENCE_BEFORE = re.compile(rf"(?:[(;]\s*(?:{POINTER}\s+)?{AUTHORS}\s+|{AUTHORS}\s+\(|(?<!\w){POINTER}\s+{AUTHORS}\s+)$")
PAGES = r"[,:]\s*\d+(?:[–-]\d+)?"
#: After it: perhaps a page or pages ("1993, 45", "1968, 201–3", "2001: 557"), then the bracket's end,
#: another reference or the sentence's end.
REFERENCE_AFTER = re.compile(rf"[a-z]?(?:{PAGES})?\s*[;).]")
#: An imprint's place (and publisher), or a journal and its number, in brackets before its date: "(London, ",
#: "(Cambridge, Mass.: Harvard, ", "(Survey, No. 98, ".
IMPRINT_BEFORE = re.compile(r"\(\s*[A-Z][\w.’'-]*(?:[ -][A-Z][\w.’'-]*)*(?:,\s*[A-Z][a-z]*\.)?(?::\s*[^():;\n]{1,60})?"
                            r"(?:,\s*No\.\s*\d+)?,\s*$")
IMPRINT_AFTER = re.compile(r"\s*\)")
#: "published by Prolog in New York in ": a word of a work's appearance, a few words, "in" (lexicon/dates.toml).
APPEARED_BEFORE = re.compile(rf"\b{alternation(REFERENCES['appeared'])}\b(?:\s+[\w.’'-]+){{0,6}}?\s+in\s+$")
#: A year alone in brackets is a reference only with its pages: "(2003, 559)", not "(1917)".
REFERENCE_PAGES = re.compile(r"\(\s*$")
PAGES_AFTER = re.compile(rf"{PAGES}\s*[;)]")
DAY_PREPOSITION = re.compile(rf"\b{alternation(PREPOSITIONS['day'])}\s+$", re.IGNORECASE)
FIGURES_DAY_PREPOSITION = re.compile(rf"\b{alternation(PREPOSITIONS['figures_day'])}\s+$", re.IGNORECASE)
#: A capitalised word before a day and month closing a line: who wrote "Berman 27/8" under a note.
SIGNER_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
#: What may follow a signed day and month to the line's end: its stop ("Ye. T. 15.7.").
CLOSES_A_LINE = re.compile(r"\.?[ \t]*(?:\n|$)")
DAY_WORD_PREPOSITION = re.compile(rf"\b{alternation(PREPOSITIONS['day_word'])}\s+$", re.IGNORECASE)
PREPOSITION = re.compile(rf"\b{alternation(PREPOSITIONS['month'])}[\s-]+$", re.IGNORECASE)
TRUE_PREPOSITION = re.compile(rf"\b{alternation(PREPOSITIONS['month_before_name'])}\s+$", re.IGNORECASE)
#: "WILL MARCH": a month's name after these is a verb.
VERB_BEFORE = re.compile(rf"\b{alternation(LEXICON['months']['verb_before'])}\s+$", re.IGNORECASE)
#: "MARCH AND APRIL CONFIRMED", "April–May": a month after another month and a connector or a dash is a
#: month, whatever follows.
MONTH_AND = re.compile(rf"\b{MONTH_FULL}(?:\s*[-–—]\s*|\s+(?:{DAY_CONNECTOR})\s+)$", re.IGNORECASE)
MAY_MONTH = re.compile(rf"\s*(?:[-–]|{alternation(PREPOSITIONS['may_followed_by'])}\b|\d)")
#: "each August", "every spring": a time that comes back, not a date.
RECURRING = re.compile(rf"\b{alternation(NOT_A_DATE['recurring'])}\s+$", re.IGNORECASE)
#: "the 15th of each month": a day that recurs, after it.
RECURRING_MONTH_AFTER = re.compile(rf"\s+of\s+{alternation(NOT_A_DATE['recurring'])}\s+month\b", re.IGNORECASE)
#: "the Great October": an event named by its month, not a date.
EVENT_QUALIFIER = re.compile(rf"\b{alternation(NOT_A_DATE['event_qualifiers'])}\s+$")
#: "the eleventh anniversary of October": the revolution again.
EVENT_LEAD = re.compile(rf"\b{alternation(NOT_A_DATE['event_leads'])}\s+$", re.IGNORECASE)
SEASON_RELATIVE = re.compile(rf"\b{alternation(LEXICON['seasons']['relative_before'])}\s+$", re.IGNORECASE)
#: "in winter the road is difficult": a season with no article after these is any year's.
SEASON_HABITUAL = re.compile(rf"\b{alternation(LEXICON['seasons']['habitual_after'])}\s+$", re.IGNORECASE)
#: "left to winter in the Laptev Sea": the season is the verb.
SEASON_VERB_BEFORE = re.compile(rf"\b{alternation(LEXICON['seasons']['verb_before'])}\s+$")
SEASON_VERB_AFTER = re.compile(rf"\s+{alternation(LEXICON['seasons']['verb_followed_by'])}\b")
#: A season or feast before a noun is its adjective: a word in small letters, or in capitals that the
#: date lexicon does not know ("THE SPRING SOWING CAMPAIGN", after in_small_letters).
SEASON_ADJECTIVE = re.compile(rf"\s+(?!{alternation(LEXICON['seasons']['kept_before'])}\b)(?:[a-z]|[A-Z]{{2,}}\b)")


@dataclass
class Point:
    """One calendar unit: a year, month range (season) and day, any of which may be unknown."""

    year: int | None = None
    month_lo: int | None = None
    month_hi: int | None = None
    day: int | None = None
    decade: bool = False
    short_year: bool = False  # `year` holds two digits ("22.X.29"); the century is still to be chosen
    unpadded: bool = False  # "15.1.31": a month without its zero, as section numbers are written too
    easter: tuple[int, str] | None = None  # "Whitsun": days from Easter Sunday and whose Easter (RECKONINGS)


@dataclass
class Found:
    """A date expression in a block: offsets, its units, how they combine, and what qualifies it."""

    start: int
    end: int
    points: list[Point]
    join: str = "point"  # point | range | or | and
    approx: bool = False
    relative: str | None = None  # the words before "year" in "of this year" (a RELATIVE_YEARS key)
    month_shift: int | None = None  # "the 5th inst.": months from the document's month
    next_month: bool = False  # "the 28th of the following month": the month after the one last told
    same_month: bool = False  # "the 18th of the same month": the month written last, told or cited
    cited: bool = False  # the date of another document the text refers to
    background: bool = False  # a fact of a life ("born 5 March 1899", "since May 1920") or a leap ahead
    reference: bool = False  # the year of a work cited by author and date: "(Getty 1993, 45)"
    opens_sentence: bool = False  # "In 1937 the NKVD…": the date sets the scene of what follows
    spoken: bool = False  # "it was '38": a year as a narrator says it, telling a remembered story
    heads_list: bool = False  # "Died in the camp in 1946: January – 102, …": a colon after it
    future: bool = False  # "will arrive in April": after the document's date
    until_now: bool = False  # "has not met since May": the latest such month up to the document's date
    month_last: bool = False  # "March last": the latest such month up to the writer's date
    deadline: bool = False  # future only for "by" before it ("by the 12th"), no word of the future
    told_past: bool = False  # its sentence has a word of the past ("had", "was")
    quoted: bool = False  # inside quotation marks: "he writes: 'on the 2nd we burned the lists'"
    sentence_start: int = 0  # where its sentence opens in the block
    time_passed: bool = False  # its block has said before it that time has passed ("happened since.")
    anterior: bool = False  # its sentence tells what happened before ("had"): the order of telling is no guide
    bracketed: bool = False  # in brackets within its sentence: a reference ("(written the 2nd)"), not the story's order
    weekday: int | None = None  # the weekday written before it ("Tue. Jan. 15"): 0 is Monday
    julian: bool = False  # "22 October old style": a day of the Julian calendar, valued in the Gregorian
    in_month_before: bool = False  # "in October 1929, on the 17th": a day alone right after its month and year
    impossible: bool = False
    dropped: bool = False  # a number that turned out to be no date ("2.1.10" in a text of 1937)
    attrs: dict[str, str] = field(default_factory=dict)


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTH_NAMES.index(word) + 1 if word in MONTH_NAMES else MONTH_ABBR[word]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def counted(words: str | None) -> int | None:
    """The number of a month or a day counted in words or figures: "eighth month" → 8, "19th day" → 19."""
    if words is None:
        return None
    count = words.split()[0]
    return day_number(count) if count[0].isdigit() else ORDINAL_WORDS.index(count.lower()) + 1


#: How many years after its document a two-digit year may fall ("by 1.I.42" in a plan of 1937).
SHORT_YEAR_AHEAD = 5


def full_year(point: Point, doc_date: Point | None) -> None:
    """A two-digit year takes the document's century, the one before if that puts it over five years
    after: a 2016 catalogue's "14/VIII-26" is a letter of 1926, while a plan may look a few years ahead."""
    if not point.short_year:
        return
    doc_year = doc_date.year if doc_date is not None and doc_date.year is not None else None
    year = (doc_year // 100 * 100 if doc_year is not None else DEFAULT_CENTURY) + point.year
    point.year = year - 100 if doc_year is not None and year > doc_year + SHORT_YEAR_AHEAD else year
    point.short_year = False


#: Years between the Hebrew era and the Common Era in the months from Nisan to Elul, and one more
#: from Tishri (the Hebrew year begins in the autumn): 5697 began in September 1936.
HEBREW_ERA = 3760


def hebrew_festival(name: str, year: int, day_of: str | None) -> Point:
    """A festival of the Hebrew calendar in a Hebrew year ("Sukkot 5698") or in the Gregorian year it
    fell in ("Chanukah 1936"): one day (its only day, or the one `day_of` names), else the months
    it spans."""
    rule = HEBREW_FESTIVALS[name]
    days = rule["days"]

    def first_day(hebrew_year: int) -> date:
        leap = hebrewcal.Year(hebrew_year).leap
        return HebrewDate(hebrew_year, rule.get("leap_month", rule["month"]) if leap else rule["month"],
                          rule["day"]).to_pydate()

    if year > 5000:
        start = first_day(year)
    else:  # the Hebrew year of the festival that fell in the Gregorian year written
        start = next((d for d in map(first_day, (year + HEBREW_ERA, year + HEBREW_ERA + 1)) if d.year == year),
                     first_day(year + HEBREW_ERA))
    if day_of is not None:
        words_of = " ".join(day_of.lower().split())
        offset = days - 1 if words_of in HEBREW["last_day_of"] else HEBREW["days_of"][words_of]
        start, days = start + timedelta(days=offset), 1
    if days == 1:
        return Point(start.year, start.month, start.month, start.day)
    end = start + timedelta(days=days - 1)
    return Point(start.year, start.month, end.month + 12 * (end.year - start.year))


def hebrew_month(month: int, year: int, day: int | None) -> Point | None:
    """A month of a Hebrew year as the Gregorian months it overlaps ("Elul 5697": August to September
    1937), or one day of it ("15 Nisan 5689"); None for a day the month does not have."""
    if month == 13 and not hebrewcal.Year(year).leap:
        month = 12
    days = [d.to_pydate() for d in hebrewcal.Month(year, month).iterdates()]
    if day is not None:
        return Point(days[day - 1].year, days[day - 1].month, days[day - 1].month, days[day - 1].day) \
            if day <= len(days) else None
    first, last = days[0], days[-1]
    return Point(first.year, first.month, last.month + 12 * (last.year - first.year))


def solar_hijri_leap(year: int) -> bool:
    return year % SOLAR_HIJRI["cycle"] in SOLAR_HIJRI["leap_remainders"]


def solar_hijri_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the Iranian and Afghan solar calendar, counted from a known New Year
    (lexicon [solar_hijri]); None if its month has no such day."""
    lengths = list(SOLAR_HIJRI["month_days"])
    lengths[-1] += solar_hijri_leap(year)
    if day > lengths[month - 1]:
        return None
    epoch = SOLAR_HIJRI["epoch_year"]
    years = sum(365 + solar_hijri_leap(y) for y in range(min(year, epoch), max(year, epoch)))
    new_year = SOLAR_HIJRI["epoch_day"] + timedelta(days=years if year >= epoch else -years)
    return new_year + timedelta(days=sum(lengths[:month - 1]) + day - 1)


def written_year(text: str) -> tuple[int, bool]:
    """A year as written, and whether it has only two figures ("'36"); a said year in words
    ("nineteen twenty-seven", "thirty-seven") is whole, in the genre's century if said in two figures."""
    digits = text.lstrip("’'")
    if digits[:1].isdigit():
        return int(digits), len(digits) == 2
    words = digits.lower().split()
    century = SAID["centuries"][words[0]] if len(words) > 1 else DEFAULT_CENTURY
    tens, _, unit = words[-1].partition("-")
    if tens in SAID["teens"]:
        return century + 10 + SAID["teens"].index(tens), False
    figures = 20 + 10 * SAID["tens"].index(tens) + (SAID["units"].index(unit) + 1 if unit else 0)
    return century + figures, False


def lunar_hijri_day_number(year: int, month: int, day: int) -> int:
    """The Julian day number of a day of the tabular Islamic calendar, its month's length not checked."""
    return (LUNAR_HIJRI["epoch"] + day + math.ceil(29.5 * (month - 1)) + (year - 1) * LUNAR_HIJRI["common_year"]
            + (3 + 11 * year) // LUNAR_HIJRI["cycle"])


def lunar_hijri_month_days(year: int, month: int) -> int:
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return lunar_hijri_day_number(*following, 1) - lunar_hijri_day_number(year, month, 1)


def lunar_hijri_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the Islamic lunar calendar (lexicon [lunar_hijri]); None if its
    month has no such day."""
    if day > lunar_hijri_month_days(year, month):
        return None
    return date.fromordinal(lunar_hijri_day_number(year, month, day) - JULIAN_DAY_OF_ORDINAL_ZERO)


def lunar_month_number(name: str) -> int:
    return LUNAR_MONTHS[" ".join(name.split())]


def unit_point(m: re.Match) -> tuple[Point, str | None] | None:
    """The point a UNIT match stands for, and its relative-year word; None if context says it is not a date."""
    kind = m.lastgroup
    g = m.group
    if kind == "rom":
        year = g("rom_y")
        month = ROMAN_MONTHS.index(g("rom_m").upper()) + 1
        return Point(int(year), month, month, int(g("rom_d")), short_year=len(year) == 2), None
    if kind == "qd":
        year, short = written_year(g("qd_y"))
        month = ROMAN_MONTHS.index(g("qd_r")) + 1 if g("qd_r") else month_number(g("qd_m"))
        return Point(year, month, month, int(g("qd_d")), short_year=short), None
    if kind in ("ddm", "mdd", "ydm", "ymd"):  # ymd: "1937 May 25", the year first as astronomers write it
        month = month_number(g(f"{kind}_m"))
        year = int(g(f"{kind}_y")) if g(f"{kind}_y") else None
        return Point(year, month, month, day_number(g(f"{kind}_d"))), None
    if kind == "nsd":  # "12/3-38", as "12/III-38" with the month in figures
        month, year = int(g("nsd_m")), g("nsd_y")
        return Point(int(year), month, month, int(g("nsd_d")), short_year=len(year) == 2), None
    if kind == "num2":
        month = int(g("num2_m"))
        return Point(int(g("num2_y")), month, month, int(g("num2_d")), short_year=True,
                     unpadded=len(g("num2_m")) == 1), None
    if kind in ("rdm", "ndm", "nda"):
        month = ROMAN_MONTHS.index(g("rdm_m").upper()) + 1 if kind == "rdm" else int(g(f"{kind}_m"))
        return Point(None, month, month, int(g(f"{kind}_d"))), None
    if kind == "romy":
        month = ROMAN_MONTHS.index(g("romy_m")) + 1
        return Point(int(g("romy_y")), month, month, short_year=len(g("romy_y")) == 2), None
    if kind in ("dmy", "mdy", "num", "nums", "usd", "iso", "isp"):  # usd: "2/19/85", the American month first
        year, short = written_year(g(f"{kind}_y"))
        month = month_number(g(f"{kind}_m")) if kind in ("dmy", "mdy") else int(g(f"{kind}_m"))
        return Point(year, month, month, day_number(g(f"{kind}_d")), short_year=short), None
    if kind in ("era", "erad"):
        year = JAPANESE_ERAS[g(f"{kind}_n")]["first"] + int(g(f"{kind}_y")) - 1
        month, day = (counted(g(f"{kind}_{part}")) for part in "md")
        return Point(year, month, month, day), None
    if kind == "sol":
        day = solar_hijri_day(int(g("sol_y")), SOLAR_MONTHS[g("sol_m")], day_number(g("sol_d")))
        return Point(day.year, day.month, day.month, day.day), None
    if kind == "lun":  # "the 2nd of Ramadan 1334": its Gregorian day
        day = lunar_hijri_day(int(g("lun_y")), lunar_month_number(g("lun_m")), day_number(g("lun_d")))
        return Point(day.year, day.month, day.month, day.day), None
    if kind == "lunm":  # "Rajab 1347": the Gregorian months it spans
        year, month = int(g("lunm_y")), lunar_month_number(g("lunm_m"))
        first, last = lunar_hijri_day(year, month, 1), lunar_hijri_day(year, month, lunar_hijri_month_days(year, month))
        return Point(first.year, first.month, last.month + 12 * (last.year - first.year)), None
    if kind == "heb":
        return hebrew_festival(" ".join(g("heb_f").split()), int(g("heb_y")), g("heb_q")), None
    if kind == "hebm":
        return hebrew_month(HEBREW_MONTHS[" ".join(g("hebm_m").split())], int(g("hebm_y")),
                            int(g("hebm_d")) if g("hebm_d") else None), None
    if kind == "wdm":
        month, year = month_number(g("wdm_m")), written_year(g("wdm_y"))[0] if g("wdm_y") else None
        return Point(year, month, month, ORDINAL_WORDS.index(g("wdm_d").lower()) + 1), None
    if kind == "oss":
        month, year = month_number(g("oss_m")), int(g("oss_y")) if g("oss_y") else None
        return Point(year, month, month, max(day_number(g("oss_d")), day_number(g("oss_n")))), None
    if kind == "sr":
        lo, hi = SEASONS[g("sr_s").lower()]
        return Point(None, lo, hi), " ".join(g("sr_rel").split()[:-1])
    if kind in ("mdr", "dmr"):
        month = month_number(g(f"{kind}_m"))
        rel = " ".join(g(f"{kind}_rel").split()[:-1])  # the words before "year"
        return Point(None, month, month, day_number(g(f"{kind}_d")) if g(f"{kind}_d") else None), rel
    if kind in ("md", "dm"):
        month = month_number(g(f"{kind}_m"))
        return Point(None, month, month, day_number(g(f"{kind}_d"))), None
    if kind == "ym":  # a timeline's line: "1934 Dec", "1937 Jul–Aug"
        first = month_number(g("ym_m"))
        return Point(int(g("ym_y")), first, month_number(g("ym_m2")) if g("ym_m2") else first), None
    if kind == "my":
        month = month_number(g("my_m"))
        year, short = written_year(g("my_y"))
        return Point(year, month, month, short_year=short), None
    if kind == "sy":
        lo, hi = SEASONS[g("sy_s").lower()]
        year, short = written_year(g("sy_y"))
        return Point(year, lo, hi, short_year=short), None
    if kind == "dec":
        return Point(int(g("dec_y")), decade=True), None
    if kind == "decw":  # "the late thirties": the decade, in the genre's century
        return Point(DEFAULT_CENTURY + 20 + 10 * SAID["decades"].index(g("decw_t").lower()), decade=True), None
    if kind == "yr":
        return Point(int(g("yr_a"))), None
    if kind == "y":
        return Point(written_year(g("y_y"))[0]), None
    if kind == "ay":  # "it was '38": a year as it is said, its century from the document's date
        return Point(int(g("ay_y")), short_year=True), None
    if kind == "sp":  # "in thirty-seven": said, in the genre's century
        return Point(written_year(g("sp_y"))[0]), None
    if kind == "m":
        month = month_number(g("m_m"))
        return Point(None, month, month), None
    if kind == "s":
        lo, hi = SEASONS[g("s_s").lower()]
        return Point(None, lo, hi), None
    if kind == "qa":  # "in the third quarter": its months, in the year the text is in, as a season
        lo, hi = PART_MONTHS[" ".join((g("qa_q") or g("qa_r")).split())]
        return Point(None, lo, hi), None
    if kind in ("d", "dd", "dim"):
        return Point(None, None, None, day_number(g(f"{kind}_d"))), None
    if kind == "dw":
        return Point(None, None, None, ORDINAL_WORDS.index(g("dw_d").lower()) + 1), None
    if kind == "fe":
        name, year = " ".join(g("fe_n").split()), int(g("fe_y")) if g("fe_y") else None
        if name in EASTER_FEASTS:  # April until its year is known, then the day (easter_day)
            reckoning = RECKONINGS[g("fe_r")] if g("fe_r") else LEXICON["easter"]["default"]
            return Point(year, 4, 4, easter=(EASTER_FEASTS[name], reckoning)), None
        month, day = FEASTS[name]
        return Point(year, month, month, day), None
    if kind == "tm":  # "the end of this year": a year counted like "of this year"; a month is the document's
        return Point(), ("this" if g("tm_u") == "year" else None)
    return None


def counted_things(number: str, text: str, before: str, after: str) -> bool:
    """Four figures before a plural count its things ("2080 majors", "the 2000 delegates": a round number),
    unless the text dates something else by them or an article or a possessive stands before them: "the
    1939 returns", "their 1941 files" are the year's."""
    return PLURAL_AFTER.match(after) is not None and not a_year_of(text, number) \
        and not (DETERMINER_BEFORE.search(before) and not number.endswith("00"))


def a_year_of(text: str, number: str) -> bool:
    """The text dates something by the number elsewhere, after a month or a preposition of years
    ("in June 1941", "in 1949"): "the 1941 files" then names the year's files, not 1941 of them."""
    return re.search(rf"(?:{MONTH_FULL}|\b{alternation(PREPOSITIONS['year'])})\s+{re.escape(number)}\b", text) is not None


#: The word right before, a space between (group 1).
WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d_'’-]*) $")


def plausible(m: re.Match, text: str) -> bool:
    """Context tests that keep numbers, names and ordinals of things from being taken as dates."""
    kind, before, after = m.lastgroup, text[max(0, m.start() - CONTEXT):m.start()], text[m.end():m.end() + CONTEXT]
    if NUMBER_BEFORE.search(before) and not (kind == "rom" and INITIAL_BEFORE.search(before)) \
            and not (kind == "rdm" and (INITIALS_TOGETHER_BEFORE.search(before) or signing_initial(before))):
        return False  # "f. 19", "No. 1929"; but "F. 19/III-38", "F.D. 10/VIII", "L. 29.XI" are initials signing a date
    if IDENTIFIER_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
        return False  # "Call number: DK268.I33 D45 2017"
    if FILE_NUMBER_BEFORE.search(before):
        return False  # "op. 1, d. 1892": the file, not a death
    if kind == "y" and CLOCK_AFTER.match(after):
        return False  # "MNA ak/pl 2158 GMT": a wire's time of filing
    if kind == "y" and STREET_AFTER.match(after) and not YEAR_PREPOSITION.search(before) \
            and before.rstrip(" \t")[-1:] not in ("", "\n"):
        return False  # "Office: 1640 Superior Avenue": a house number; not "since 1991 Kirochnaya Street"
    if kind in ("y", "yr", "num", "nums", "usd", "num2", "nsd") and not YEAR_PREPOSITION.search(before) and \
            (COUNT_AFTER.match(after) or kind == "y" and not YEAR_BEFORE_A_VERB.search(before)
             and counted_things(m.group(), text, before, after)):
        return False  # "1500 workers", "2080 majors"; but "in 1927 workers struck", "the 1941 files"
    if kind == "sp" and not (YEAR_PREPOSITION.search(before) and not WORD_AFTER_SPOKEN_YEAR.match(after)):
        return False  # "in thirty-seven, everything went wrong", not "in twenty-four hours" nor "aged thirty-one"
    if kind == "yr" and len(m.group("yr_b")) == 4 and int(m.group("yr_b")) <= int(m.group("yr_a")):
        return False
    short = m.group("yr_b") if kind == "yr" and len(m.group("yr_b")) < 4 else None
    if short is not None and int(short) <= int(m.group("yr_a")[4 - len(short):]):
        return False  # "1937–36", "1937–5"; but "1937–8" is 1937 to 1938
    if kind == "yr" and m.group("yr_slash") and not next_year(m.group("yr_a"), m.group("yr_b")):
        return False  # "1929/30" is an economic or school year; "1917/1925" is no date
    if kind == "sy" and m.group("sy_y2") and not next_year(m.group("sy_y").lstrip("’'"), m.group("sy_y2")):
        return False
    if kind == "num2" and len(m.group("num2_m")) == 1 and section_numbers(whole_words(text, m)):
        return False  # "see 2.1.1 and 2.1.10", "items 3.9.37 to 3.9.40": a list of section numbers
    if kind == "nda" and not day_and_month_in_figures(m, before, after):
        return False
    if kind == "oss" and not old_and_new_style(m.group("oss_d"), m.group("oss_n")):
        return False  # "12 (25) March" is one day in the two calendars; other numbers in brackets are not
    if kind == "lun" and lunar_hijri_day(int(m.group("lun_y")), lunar_month_number(m.group("lun_m")),
                                         day_number(m.group("lun_d"))) is None:
        return False  # "30 Safar": the month has twenty-nine days
    if kind == "sol" and solar_hijri_day(int(m.group("sol_y")), SOLAR_MONTHS[m.group("sol_m")],
                                         day_number(m.group("sol_d"))) is None:
        return False  # "31 Mehr": the month has thirty days
    if kind in ("era", "erad"):
        era = JAPANESE_ERAS[m.group(f"{kind}_n")]
        if not 1 <= int(m.group(f"{kind}_y")) <= era["last"] - era["first"] + 1:
            return False  # "Taisho 16": the era had 15 years
        point = unit_point(m)[0]
        return point.month_lo is None or point.month_lo <= 12 and (
            point.day is None or point.day <= calendar.monthrange(point.year, point.month_lo)[1])
    if kind == "hebm" and m.group("hebm_d") and unit_point(m) is None:
        return False  # "30 Heshvan" in a year whose Heshvan has 29 days
    if kind == "dw":  # "on the seventeenth, officially of a heart attack"; not "on the first day", "the second"
        return DAY_WORD_PREPOSITION.search(before) is not None and re.match(r"\s*[a-z]", after) is None \
            and not ORDINAL_NOUNS.match(after)
    if kind == "dd" and not SECOND_DAY.search(before):
        return False  # "21st" alone only after "the 20th and": "the 21st century" has its article
    if kind in ("d", "dd"):
        series_after = SERIES.sub(" ", after, count=1)
        if ORDINAL_NOUNS.match(after) or ORDINAL_NOUNS.match(series_after) \
                or series_after != after and UNIT_NAME_AFTER.match(series_after):
            return False
        if RECURRING_MONTH_AFTER.match(after):
            return False  # "not later than the 15th of each month"
        weekday = WEEKDAY_BEFORE.search(before)
        before = before[:weekday.start()] if weekday else before  # "on Sunday the 8th": "on" leads the day
        following = re.match(r"\s*(\S)", after)
        if following is None or not following.group(1)[0].isalnum():
            return True  # "On the 15th," "the 14th."
        acronym = ACRONYM_AFTER.match(after)
        if acronym and not common_word(acronym.group(1)):
            return False  # "the 24th SAE", "of the 1st OLP" number a body; a telegram's "THE 28TH STOP" is a day
        in_capitals = WORD_IN_CAPITALS.match(after, len(after) - len(after.lstrip()))  # a telegram's "ON THE 3RD TRAIN"
        if following.group(1)[0].isupper() and not in_capitals and not re.match(r"\s+I\b", after) and \
                not (DAY_PREPOSITION.search(before) and (re.match(r"\s*(\S+)", after).group(1) in words("titles") or
                                                       NAME_THEN_CLAUSE.match(after) or
                                                       INITIALS_THEN_NAME.match(after))):
            return False  # "the 15th Congress", but "on the 15th Mr. Litvinov told me", "on the 22nd Beria met"
        return bool(DAY_PREPOSITION.search(before))
    if kind in ("m", "s", "fe") and RECURRING.search(before):
        return False  # "each August", "every spring"
    if kind == "m" and (EVENT_QUALIFIER.search(before) or EVENT_LEAD.search(before)):
        return False  # "in the days of the Great October", "the fifth anniversary of October": the revolution
    if kind == "m":
        word = m.group("m_m")
        surname = WORD_BEFORE.search(before)
        if surname and surname.group(1).isupper() and capital_name_shaped(surname.group(1)) \
                and surname.group(1).title() not in words("function-words"):
            return False  # "RÄTSEP August, owner of the farmstead": a forename after a surname in capitals
        prep = PREPOSITION.search(before)
        if word in ALSO_WORDS and not prep and not MONTH_AND.search(before) and not MAY_MONTH.match(after) \
                or VERB_BEFORE.search(before):
            return False  # the verb
        if not TRUE_PREPOSITION.search(before) and not PART.search(before) and not MONTH_AND.search(before) and \
                re.match(r"\s+(?!I\b)[A-Z]", after):
            return False  # a name ("August Bebel", "the October Revolution"), but "mid-October\nPETROV"
    if kind == "fe" and not m.group("fe_y") and (SEASON_ADJECTIVE.match(after) or
                         not TRUE_PREPOSITION.search(before) and re.match(r"\s+(?!I\b)[A-Z]", after)):
        return False  # an adjective or a name: "the Christmas holidays", "the May Day Manifesto"
    if kind == "s":
        if not PREPOSITION.search(before) and not m.group().lower().startswith("the") and \
                not RANGE_TO_DATE.match(after):
            return False
        if m.group("s_s")[0].isupper() and re.match(r"\s+[A-Z][a-z]", after):
            return False  # a name: "the Winter War", "the Spring Offensive"
        if SEASON_RELATIVE.search(before):
            return False  # relative: "the coming autumn"
        if not m.group().lower().startswith("the") and SEASON_HABITUAL.search(before) \
                and not RANGE_TO_DATE.match(after):
            return False  # a habit: "in winter the road is difficult"
        if SEASON_VERB_BEFORE.search(before) and SEASON_VERB_AFTER.match(after):
            return False  # the verb: "left to winter in the Laptev Sea"
        if SEASON_ADJECTIVE.match(after):
            return False  # an adjective: "the spring sowing campaign"
    return True


def day_and_month_in_figures(m: re.Match, before: str, after: str) -> bool:
    """A day and month in figures with no year is a day only where one is expected, since such pairs
    are more often measures, clock times and section numbers: after "on", "since" or "until", where a
    decimal would not write the month's two figures nor a slash ("since 22.12", "On 22/8"; not "by
    21.4 per cent"), and a clock's hour would lead with a zero ("until 06.12"); or closing a line
    after the initials or the name that sign it ("Yu. B. 27.12", "L.M.R.  17/11", "Berman 27/8")."""
    month, days = int(m.group("nda_m")), [m.group("nda_d"), m.group("nda_d2")]
    if any(day and int(day) > calendar.monthrange(2000, month)[1] for day in days):
        return False  # "31.6": no such day
    slash = m.group("nda_s") == "/"
    if FIGURES_DAY_PREPOSITION.search(before):
        return (slash or len(m.group("nda_m")) == 2) and not m.group("nda_d").startswith("0")
    if not CLOSES_A_LINE.match(after):
        return False
    return signing_initial(before) or slash and SIGNER_BEFORE.search(before) is not None


#: Numbers of three dotted parts near a date whose month lacks its zero ("15.1.31"): if one of them cannot
#: be a date ("2.1.1"), they are section numbers.
DOTTED_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.]\d)")
DOTTED_DATE = re.compile(r"(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:\d\d|\d{4})")
#: A date whose month lacks its zero ("15.1.31") is one only if its year, in the document's century, is
#: at most this many years before the document's (and not after it): else it is a section number.
UNPADDED_YEARS = 20


def quote_marks(text: str) -> dict[str, list[int]]:
    """Where each double quotation mark stands in `text`, found once per block."""
    return {mark: [m.start() for m in re.finditer(mark, text)] for mark in '"“”'}


def inside_quotes(marks: dict[str, list[int]], start: int) -> bool:
    """True if `start` is inside double quotation marks opened before it (`marks` from quote_marks)."""
    def before(mark: str) -> int:
        return bisect_right(marks[mark], start)
    return before('"') % 2 == 1 or before("“") > before("”")


def appeared(m: re.Match, text: str) -> bool:
    """True for the date of a work's appearance: closing an imprint or a journal's issue in brackets,
    "(London, 1954)", "(Survey, No. 98, Winter 1976)", or after "published … in"."""
    return IMPRINT_BEFORE.search(text, max(0, m.start() - 2 * CONTEXT), m.start()) is not None \
        and IMPRINT_AFTER.match(text, m.end()) is not None \
        or APPEARED_BEFORE.search(text, max(0, m.start() - 2 * CONTEXT), m.start()) is not None


def author_date(m: re.Match, text: str) -> bool:
    """True for the year of an author-date reference to a published work: "(Getty 1993, 45)", "Binner
    and Junge (2003, 559)", "(Vatlin 2004)", "(2002, 82)"."""
    before = text[max(0, m.start() - CONTEXT):m.start()]
    if REFERENCE_BEFORE.search(before):
        return bool(REFERENCE_AFTER.match(text, m.end()))
    return bool(REFERENCE_PAGES.search(before)) and bool(PAGES_AFTER.match(text, m.end()))


def section_numbers(context: str) -> bool:
    """True if a dotted number of `context` cannot be a date or follows a word for a section ("item")."""
    return any(not DOTTED_DATE.fullmatch(number.group()) or NUMBER_BEFORE.search(context, 0, number.start())
               for number in DOTTED_NUMBER.finditer(context))


def whole_words(text: str, m: re.Match) -> str:
    """The context of a match cut at white space, so that no number at its edges is cut in two."""
    start, end = text.rfind(" ", 0, max(0, m.start() - CONTEXT)), text.find(" ", m.end() + CONTEXT)
    return text[max(start, 0):end if end >= 0 else len(text)]


def next_year(first: str, second: str) -> bool:
    """True if `second` (four digits or the last two) is the year after `first`: "1929/30"."""
    return int(second) % 100 == (int(first) + 1) % 100 and (len(second) == 2 or int(second) == int(first) + 1)


def old_and_new_style(first: str, second: str) -> bool:
    """True if two days of a month may be one day in the Julian and the Gregorian calendars (10 to 13
    days apart): "12 (25) March 1900"."""
    return 10 <= abs(day_number(second) - day_number(first)) <= 13


def find_units(text: str) -> list[Found]:
    """Each calendar unit of `text`, with its part/approximation prefix, not yet joined into ranges."""
    found: list[Found] = []
    marks = quote_marks(text)
    time_passed = TIME_PASSED.search(text)
    time_passed_at = time_passed.start() if time_passed else len(text)
    pos = 0
    while m := UNIT.search(text, pos):
        pos = m.end()
        part = PART.search(text, max(0, m.start() - CONTEXT), m.start())
        glued = text[m.start() - 1:m.start()]
        after_date = glued in ("-", "–") and found and found[-1].end == m.start() - 1
        if glued.isalnum() or (glued and glued in "-–/." and m.group()[0].isdigit()
                               and not (glued == "-" and part) and not after_date):
            if m.lastgroup == "dm":
                pos = m.start("dm_m")  # "No. 1183 of March 17, 1938": the number's last figure, then the date
            continue  # inside a word or a number ("94-126", "2/15", "6.1929"), but "mid-1935", "1.X–1.XI.37"
        if m.lastgroup == "tm" and not part:
            continue  # "this year", "the month" alone are relative, not dates
        if not plausible(m, text):
            if m.lastgroup == "oss":
                pos = m.start("oss_n")  # no pair of calendars: what follows the bracket may be a date
            elif m.lastgroup == "rdm" and m.group("rdm_d2"):
                pos = m.start("rdm_d2")  # "No. 1 – 22.X – Kaliningrad": the number, then the day
            elif m.lastgroup == "dm":
                pos = m.start("dm_m")  # "despatch No. 1183 of March 17, 1938": the number, then the date
            elif m.lastgroup == "sy":
                pos = m.start("sy_y")  # "The Fall, 1938–1940": a chapter's title, then its years
            continue
        point, rel = unit_point(m)
        start = m.start()
        if part:
            start = part.start()
            months = MONTHS_PART.search(part.group())
            if months and m.lastgroup == "y":  # "the first quarter of 1944": January to March
                point.month_lo, point.month_hi = YEAR_PART_MONTHS[" ".join(months.group("part").lower().split())]
        approx = bool(APPROX.search(text, max(0, start - CONTEXT), start))
        cited = bool(ISSUED.search(text, max(0, start - CITATION_CONTEXT), start)
                     or CITATION.search(text, max(0, start - CITATION_CONTEXT), start))
        unit = Found(start, m.end(), [point], relative=rel, approx=approx, cited=cited,
                     background=bool(BACKGROUND.search(text, max(0, start - CONTEXT), start) or
                                     COMPARED.search(text, max(0, start - CONTEXT), start) or
                                     PUBLISHED.search(text, max(0, start - CONTEXT), start) or
                                     point.year is not None and AHEAD.search(text, max(0, start - CONTEXT), start)),
                     opens_sentence=bool(SENTENCE_START.search(text, max(0, start - CONTEXT), start))
                     and not CELL_CLOSED.match(text, m.end()),
                     future=not cited
                     and (bool(FUTURE.search(text, sentence_opening(text, start), start))
                          or measure_to_take(text, sentence_opening(text, start), start)))
        sentence = sentence_of(text, start, m.end())
        unit.told_past = bool(PAST.search(sentence))
        if point.day is not None and not unit.told_past:
            if point.year is not None:  # "to pass the test by 31 December 1927": a term set, perhaps still to come
                unit.deadline = bool(DEADLINE.search(text, max(0, start - CONTEXT), start))
            elif not unit.future:
                if DUE.search(text, max(0, start - CONTEXT), start):
                    unit.future = True
                elif DEADLINE.search(text, max(0, start - CONTEXT), start):
                    unit.future = unit.deadline = True
        unit.sentence_start = sentence_opening(text, start)
        unit.time_passed = start > time_passed_at
        if point.day is not None and point.month_lo is None and \
                REPORTED_FUTURE.search(text, unit.sentence_start, start):
            unit.future = True  # the next such day after the day it was said on
        if point.year is None and (RECEIPT.search(text, max(0, start - CONTEXT), start)
                                   or RESOLUTION_LINE.search(text, max(0, start - SENTENCE_REACH), start)):
            unit.future = True  # "Received: the 18th", "Resolution: … 28/XI": written after the document
        unit.reference = m.lastgroup == "y" and author_date(m, text) or appeared(m, text)
        unit.until_now = bool(UNTIL_NOW.search(text, max(0, start - CONTEXT), start))
        after = MONTH_LAST_OR_NEXT.match(text, m.end()) if point.month_lo is not None and point.year is None else None
        if after is not None:  # "the 11th–12th of March last", "September next"
            unit.end = after.end()
            unit.month_last, unit.future = bool(after.group("last")), bool(after.group("next")) or unit.future
        before = LAST_BEFORE_MONTH.search(text, max(0, start - 6), start) \
            if point.month_lo is not None and point.year is None and point.day is None else None
        if before is not None:  # "since last December"
            unit.start, unit.month_last = before.start(), True
        unit.spoken = m.lastgroup == "ay"
        unit.heads_list = text[m.end():m.end() + 2].lstrip(" ").startswith(":")
        unit.quoted = inside_quotes(marks, start)
        unit.anterior = bool(ANTERIOR.search(sentence))
        unit.bracketed = in_brackets(text, unit.sentence_start, start)
        named_day = WEEKDAY_BEFORE.search(text, max(0, start - CONTEXT), start)
        unit.weekday = WEEKDAYS[named_day.group("first") or named_day.group("weekday")] if named_day else None
        if m.lastgroup == "tm" and m.group("tm_u") == "month":
            unit.month_shift = 0  # "the end of this month": the document's month
        if m.lastgroup == "dim":
            unit.month_shift = MONTH_SHIFTS.get(" ".join(m.group("dim_rel").split()))  # None: the text's month
            unit.next_month = " ".join(m.group("dim_rel").split()) in NEXT_MONTH
            unit.same_month = " ".join(m.group("dim_rel").split()) in MONTH_WRITTEN_LAST
        if m.lastgroup == "yr":
            b = m.group("yr_b")
            second = int(m.group("yr_a")[:4 - len(b)] + b)
            unit.points.append(Point(second))
            unit.join = "range"
        elif m.lastgroup == "dec" and m.group("dec_y2"):  # "1920s–1950s": from the first to the last
            unit.points.append(Point(int(m.group("dec_y2")), decade=True))
            unit.join = "range"
        elif m.lastgroup in ("dec", "decw"):
            unit.join = "decade"
        elif m.lastgroup == "romy" and m.group("romy_m1"):  # "IX-X.1937": two months of one year
            first = ROMAN_MONTHS.index(m.group("romy_m1")) + 1
            unit.points.insert(0, replace(point, month_lo=first, month_hi=first))
            unit.join = "range"
        elif m.lastgroup == "ddm" and "/" in text[m.end("ddm_d"):m.start("ddm_d2")] and \
                old_and_new_style(m.group("ddm_d"), m.group("ddm_d2")):
            point.day = max(point.day, day_number(m.group("ddm_d2")))  # "12/25 March 1900": both calendars
        elif m.groupdict().get(f"{m.lastgroup}_d2"):  # days of one month: "19–24 August", "2-3.XII.1934"
            unit.points.append(replace(point, day=day_number(m.group(f"{m.lastgroup}_d2"))))
            unit.join = day_join(m.groupdict().get(f"{m.lastgroup}_c"), text[max(0, m.start() - CONTEXT):m.start()])
        found.append(unit)
    return found


#: What ends a sentence: a full stop, ! or ?, and a telegram's STOP; not the stop of a number sign
#: ("its order No. 00485 called the Polish operation").
SENTENCE_END = re.compile("".join(rf"(?<!\b{sign})" for sign in NOT_A_DATE["number_signs"]) +
                          rf"[.!?]|\b{alternation(LEXICON['sentences']['telegram_stops'])}\b")


#: A word saying time has passed, closing its clause: "Many things happened since. On the 15th …".
TIME_PASSED = re.compile(rf"\b{alternation(LEXICON['sentences']['time_passed'])}[.,;]", re.IGNORECASE)


#: A sentence or a list's item opening with "To" and a word (group 1).
TO_OPENING = re.compile(r"\s*To\s+([a-z]+)\b")
#: The word before a date that makes it the term of a measure ("until 1 June").
MEASURE_TERM = re.compile(rf"\b{alternation(LEXICON['future']['measure_terms'])}\s+$", re.IGNORECASE)


def measure_to_take(text: str, opening: int, start: int) -> bool:
    """The date at `start` is the term of a measure to take, as resolutions and proposals list them:
    its sentence opens with "To" and a verb, not a function word ("To the north", "To be sure"), and a
    term's word comes right before it ("3. To keep the units in Botlikh until 1 June", "… before 1
    October": dates.toml [future] measure_terms): still to come."""
    infinitive = TO_OPENING.match(text, opening)
    return infinitive is not None and infinitive.group(1).capitalize() not in words("function-words") \
        and MEASURE_TERM.search(text, max(0, start - CONTEXT), start) is not None


def sentence_opening(text: str, start: int, reach: int = SENTENCE_REACH) -> int:
    """Where the sentence of text[start] opens: after the last full stop, ! or ? (or a telegram's STOP)
    at most `reach` characters before it."""
    return max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - reach), start)),
               default=max(0, start - reach))


def in_brackets(text: str, opening: int, start: int) -> bool:
    """True if a round bracket opened between `opening` (its sentence's start) and `start` is still open."""
    return text.rfind("(", opening, start) > text.rfind(")", opening, start)


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]: from the last full stop, ! or ? (or STOP) before it to the
    next one."""
    opening = sentence_opening(text, start)
    closing = SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    return text[opening:closing.start() if closing else min(len(text), end + SENTENCE_REACH)]


def day_join(word: str | None, before: str) -> str:
    """How two days of one month combine: "19-20", "19 to 20" and "between 1 and 5" are a range,
    "5 or 6" a choice, "5 and 6" two days."""
    if word in CONNECTORS["or"]:
        return "or"
    if word in CONNECTORS["and"] and not BETWEEN.search(before):
        return "and"
    return "range"


#: The bracket that opens a person's life dates, right before the date of birth.
LIFE_DATES_OPEN = re.compile(r"\(\s*$")


def join_units(text: str, units: list[Found]) -> list[Found]:
    """Join "spring to November 1927", "the end of November - December", "May or June" into one phrase."""
    out: list[Found] = []
    for unit in units:
        prev = out[-1] if out else None
        link = CONNECTOR.match(text[prev.end:unit.start]) if prev is not None else None
        first = prev.points[0] if prev is not None else None
        # "May or June of next year": a month alone takes the relative year of the month after it
        # and so does a day before "to" ("from 1 January to 20 March of this year")
        shared_relative = unit.relative and first is not None and first.year is None and \
            (first.day is None or bool(link) and link.group("word") in CONNECTORS["range"])
        decades = prev is not None and link is not None and "decade" in (prev.join, unit.join) \
            and {prev.join, unit.join} <= {"point", "decade"} and link.group("word") in CONNECTORS["range"]
        if prev is not None and link and (prev.join == "point" and unit.join == "point" or decades) \
                and not prev.relative and (not unit.relative or shared_relative):  # "the 1930s to the early 1950s"
            word = link.group("word")
            second = unit.points[0]
            shares_year = first.year is None and second.year is not None
            conjunction = word in CONNECTORS["and"]
            between = conjunction and BETWEEN.search(text[max(0, prev.start - CONTEXT):prev.start])
            months = all(p.year is None and p.day is None and p.month_lo is not None and p.month_lo == p.month_hi
                         for p in (first, second))  # "in February and March", as "February and March 1940"
            if conjunction and not (shares_year or between or months):
                if first.day is not None and first.month_lo is None and first.year is None \
                        and second.day is not None and second.month_lo is not None:
                    # "on the 14th and the 28th of August": two days, both of the month written last
                    first.month_lo, first.month_hi, first.year = second.month_lo, second.month_hi, second.year
                out.append(unit)
                continue
            if first.year is not None and first.day is not None and not between \
                    and (word in CONNECTORS["open_end"] or LIFE_DATES_OPEN.search(text, max(0, prev.start - 2), prev.start)):
                out.append(unit)  # "(16.XII.1888 – 11.III.1938)": a life's two ends; "from 20.4.33 until the end"
                continue
            if (first.day is None) != (second.day is None) and second.month_lo is None:
                out.append(unit)
                continue
            prev.end = unit.end
            prev.points.append(second)
            prev.relative = unit.relative
            if prev.month_shift is None and all(p.month_lo is None for p in prev.points):
                prev.month_shift = unit.month_shift  # "from the 20th to the 27th inst.": both days of the month
            prev.join = "or" if word in CONNECTORS["or"] else "and" if conjunction and not between else "range"
            prev.approx = prev.approx or unit.approx
            continue
        out.append(unit)
    return out


#: "25 October (7 November)": the day of one calendar, the other's in brackets, then perhaps the year.
BRACKET_OPEN, BRACKET_CLOSE = re.compile(r"\s*\(\s*$"), re.compile(r"\s*\)")
YEAR_AFTER = re.compile(r",?\s+$")


def join_styles(text: str, units: list[Found]) -> list[Found]:
    """A date in the Julian calendar with its Gregorian day in brackets (or the other way round) is one
    date, whose value is the Gregorian day: the later of the two ("25 October (7 November) 1917")."""
    out: list[Found] = []
    i = 0
    while i < len(units):
        unit, pair = units[i], units[i + 1] if i + 1 < len(units) else None
        close = BRACKET_CLOSE.match(text, pair.end) if pair is not None else None
        apart = days_apart(unit, pair) if close and BRACKET_OPEN.match(text[unit.end:pair.start]) else None
        if apart is not None and 10 <= abs(apart) <= 13:
            first, second = unit.points[0], pair.points[0]
            later = replace(second if apart > 0 else first, year=first.year)
            if apart > 0 and later.year is not None and second.month_lo < first.month_lo:
                later.year += 1  # "19 December (1 January)": the Gregorian day is in the next year
            joined = replace(unit, end=close.end(), points=[later])
            year = units[i + 2] if i + 2 < len(units) else None
            if year is not None and later.year is None and year.join == "point" and \
                    year.points[0].month_lo is None and YEAR_AFTER.match(text[close.end():year.start]):
                later.year, joined.end = year.points[0].year, year.end
                i += 1
            out.append(joined)
            i += 2
            continue
        out.append(unit)
        i += 1
    return out


def days_apart(first: Found, second: Found) -> int | None:
    """Days from one day of a month to another written without its year (across New Year if nearer),
    or None unless both are single days: how far apart a Julian date and its Gregorian day are."""
    a, b = first.points[0], second.points[0]
    if first.join != "point" or second.join != "point" or b.year is not None or \
            None in (a.day, a.month_lo, b.day, b.month_lo) or a.month_lo != a.month_hi:
        return None
    year = a.year if a.year is not None else 2001  # without a year, February 29 makes it a leap year
    try:
        days = (date(year, b.month_lo, b.day) - date(year, a.month_lo, a.day)).days
    except ValueError:
        if a.year is not None or (a.month_lo, a.day) != (2, 29) and (b.month_lo, b.day) != (2, 29):
            return None
        days = (date(2000, b.month_lo, b.day) - date(2000, a.month_lo, a.day)).days
    return days - 366 if days > 183 else days + 366 if days < -183 else days


COMMA = re.compile(r"\s*,\s*$")


def join_month_lists(text: str, units: list[Found]) -> list[Found]:
    """Months listed with commas and a last "and" or "or" are one phrase: "July, August and September
    1937" is July to September, as "August and September 1937" is."""
    def month_alone(unit: Found) -> bool:
        point = unit.points[0]
        return unit.join == "point" and not unit.relative and point.month_lo is not None and point.day is None

    out: list[Found] = []
    i = 0
    while i < len(units):
        end = i
        while end + 1 < len(units) and month_alone(units[end]) and units[end].points[0].year is None \
                and COMMA.match(text[units[end].end:units[end + 1].start]):
            end += 1
        link = CONNECTOR.match(text[units[end].end:units[end + 1].start]) if end > i and end + 1 < len(units) else None
        word = link.group("word") if link else None
        if word in (*CONNECTORS["and"], *CONNECTORS["or"]) and all(month_alone(u) for u in units[i:end + 2]):
            listed = units[i:end + 2]
            out.append(replace(listed[0], end=listed[-1].end, points=[u.points[0] for u in listed],
                               join="or" if word in CONNECTORS["or"] else "and"))
            i = end + 2
            continue
        out.append(units[i])
        i += 1
    return out


#: The words after a day that give it in the Julian calendar ("by the old style", "(O.S.)").
OLD_STYLE_AFTER = re.compile(rf",?\s*[(\[]?(?:(?:by|in|according to)\s+)?(?:the\s+)?"
                             rf"{alternation(LEXICON['old_style']['after'])}(?!\w)", re.IGNORECASE)


#: Between a month and year and a day alone that dates something in it: "in October 1929, on the 17th".
DAY_AFTER_ITS_MONTH = re.compile(r",\s*(?:on\s+)?")


def find_dates(text: str) -> list[Found]:
    """Every date expression of a block's text, ranges joined, values not yet resolved."""
    small = in_small_letters(text)
    units = [unit for unit in find_units(small) if not ORDINAL_IN_HEADING.fullmatch(text, unit.start, unit.end)]
    text = small
    found = join_units(text, join_month_lists(text, join_styles(text, units)))
    for unit, following in zip(found, [*found[1:], None]):
        if following is not None and DAY_AFTER_ITS_MONTH.fullmatch(text, unit.end, following.start) \
                and len(unit.points) == 1 and unit.points[0].day is None and unit.points[0].month_lo is not None \
                and unit.points[0].month_lo == unit.points[0].month_hi and following.points[0].month_lo is None:
            following.in_month_before = True
        marker = OLD_STYLE_AFTER.match(text, unit.end)
        if marker and following is not None and not text[marker.end():following.start].strip():
            following.julian = True  # "15 March 1898 [O.S. 3 March]": the marker opens the Julian form
            day, julian = unit.points[0], following.points[0]
            if julian.year is None and day.year is not None and not day.short_year \
                    and julian.month_lo is not None and day.month_lo is not None:
                # the same day, of the same year but across New Year ("12 January 1899 [O.S. 31 December]")
                julian.year = day.year - (julian.month_lo > day.month_lo)
        elif marker:
            unit.julian = True
    return found


def gregorian(point: Point) -> None:
    """A day of the Julian calendar as the Gregorian day it was: 13 days later in 1900-2099, 12 in the
    1800s (one more each century not divisible by 400, counted from March of its first year)."""
    if point.year is None or point.month_lo is None or point.day is None or not valid_day(point):
        return
    year = point.year if point.month_lo > 2 else point.year - 1
    day = date(point.year, point.month_lo, point.day) + timedelta(days=year // 100 - year // 400 - 2)
    point.year, point.month_lo, point.month_hi, point.day = day.year, day.month, day.month, day.day


# ---------------------------------------------------------------- values

def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 at the precision given; a month above 12 runs into the next year."""
    if month is None:
        return f"{year:04d}"
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def easter_sunday(year: int, reckoning: str) -> date:
    """Easter Sunday of `year`, as a Gregorian date: the Western Easter by the Gregorian computus (the
    anonymous algorithm in Meeus's form), the Orthodox one by the Julian computus, moved by the days the
    Julian calendar lags behind the Gregorian (13 from 1900 to 2099)."""
    if reckoning == "Western":
        a, (b, c) = year % 19, divmod(year, 100)
        d, e = divmod(b, 4)
        g = (b - (b + 8) // 25 + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        weekday = (32 + 2 * e + 2 * i - h - k) % 7
        month, day = divmod(h + weekday - 7 * ((a + 11 * h + 22 * weekday) // 451) + 114, 31)
        return date(year, month, day + 1)
    d = (19 * (year % 19) + 15) % 30
    month, day = divmod(d + (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7 + 114, 31)
    return date(year, month, day + 1) + timedelta(days=year // 100 - year // 400 - 2)


def easter_day(point: Point) -> None:
    """The month and day of a feast that moves with Easter, once its year is known."""
    offset, reckoning = point.easter
    day = easter_sunday(point.year, reckoning) + timedelta(days=offset)
    point.year, point.month_lo, point.month_hi, point.day = day.year, day.month, day.month, day.day
    point.easter = None


def nearest_on_weekday(months: list[int], day: int, weekday: int, latest: date | None) -> int | None:
    """The first of `months` (month indices, nearest first) that has `day` on `weekday`, never after
    `latest`; None if none has."""
    for index in months:
        year, month = divmod(index, 12)
        if day <= calendar.monthrange(year, month + 1)[1] and date(year, month + 1, day).weekday() == weekday \
                and (latest is None or date(year, month + 1, day) <= latest):
            return index
    return None


def nearest_first(reach: int) -> list[int]:
    """The shifts from -reach to reach, nearest first and the earlier on a tie."""
    return sorted(range(-reach, reach + 1), key=lambda n: (abs(n), n))


def month_on_weekday(point: Point, weekday: int, latest: date | None) -> None:
    """Move a day written without its month to the nearest month (the earlier on a tie, never after
    `latest`) in which it fell on `weekday`: "on Sunday the 8th" in a protocol of 15 September 1918 is
    8 September, a Sunday, whatever month the day alone was first given."""
    if point.year is None or point.month_lo is None or point.day is None:
        return
    base = month_index(point.year, point.month_lo)
    found = nearest_on_weekday([base + shift for shift in nearest_first(WEEKDAY_MONTHS)], point.day, weekday, latest)
    if found is not None:
        point.year, month = divmod(found, 12)
        point.month_lo = point.month_hi = month + 1


def on_weekday(point: Point, weekday: int, latest: date | None) -> None:
    """Move an inferred year to the nearest one (at most WEEKDAY_YEARS away, the earlier on a tie, never
    after `latest`, the document's date, for a day inferred before it) in which the point's day fell on `weekday`:
    "Sunday, 5 March" told in a report of 8 March 1938, when 5 March 1938 was a Saturday, is 1933's."""
    if point.year is None or point.day is None or point.month_lo is None or point.month_lo != point.month_hi \
            or not valid_day(point):
        return
    if latest is not None and date(point.year, point.month_lo, point.day) > latest:
        latest = None  # inferred after the document's date (a programme's sessions): no past to keep to
    years = [month_index(point.year + shift, point.month_lo) for shift in nearest_first(WEEKDAY_YEARS)]
    found = nearest_on_weekday(years, point.day, weekday, latest)
    if found is not None:
        point.year = found // 12


def a_whole_day(point: Point) -> bool:
    """A year, one month and a day that month has: what a dateline or a byline gives."""
    return point.year is not None and point.day is not None and point.month_lo is not None \
        and point.month_lo == point.month_hi and valid_day(point)


def valid_day(point: Point) -> bool:
    if point.day is None or point.month_lo is None:
        return True
    year = point.year if point.year is not None else 2000  # a leap year: February 29 may exist
    return point.day <= calendar.monthrange(year, point.month_lo)[1]


def bounds(point: Point) -> tuple[str, str]:
    """The first and last value a resolved point covers, each at the point's own precision."""
    if point.decade:
        return iso(point.year), iso(point.year + 9)
    if point.month_lo is None:
        return iso(point.year), iso(point.year)
    if point.day is not None:
        value = iso(point.year, point.month_lo, point.day)
        return value, value
    return iso(point.year, point.month_lo), iso(point.year, point.month_hi)


def span_of(points: list[Point]) -> tuple[int, int]:
    """The months a list of resolved points covers, as month indices."""
    lo = min(month_index(p.year, p.month_lo or 1) for p in points)
    hi = max(month_index(p.year, p.month_hi or (12 if p.month_lo is None else p.month_hi))
             + (9 * 12 if p.decade else 0) for p in points)
    return lo, hi


def value_attrs(found: Found) -> dict[str, str]:
    """TEI attributes for a found date whose points all have years."""
    points = found.points
    if found.join == "point" and points[0].month_lo == points[0].month_hi and not points[0].decade:
        return {"when": bounds(points[0])[0]}
    first, last = bounds(points[0])[0], bounds(points[-1])[1]
    if found.join == "range":
        return {"from": first, "to": last}
    return {"notBefore": first, "notAfter": last}


def ordered(attrs: dict[str, str]) -> bool:
    """True unless a range ends before it begins (bounds compared as their first and last days)."""
    for lo, hi in (("from", "to"), ("notBefore", "notAfter")):
        if lo in attrs and attrs[lo] + "-01-01"[len(attrs[lo]) - 4:] > attrs[hi] + "-12-31"[len(attrs[hi]) - 4:]:
            return False
    return True


def with_year(points: list[Point], year: int) -> None:
    """Give the first point `year`, and every point the rest of the phrase leaves without one."""
    points[0].year = year
    distribute_year(points)
    for p in points:
        if p.year is None:
            p.year = year


def latest_up_to(points: list[Point], year: int, month: int, day: int) -> None:
    """Give `points` the latest year that puts the first (its month, its day or the 1st) at or before the
    day `year`-`month`-`day`, and the years after it to the rest."""
    first = points[0]
    first.year = year - 1 if (first.month_lo, first.day or 1) > (month, day) else year
    distribute_year(points)


def distribute_month(points: list[Point]) -> None:
    """Within one phrase, a day written without its month takes the month of the next day written
    with one: "the 14th and the 28th of August"; the month before when it is the later day ("the 28th
    to the 3rd of May"). With no month after it, it takes the month of the day before it: "July 4 to
    the 9th, 1988"; the month after when it is the smaller day ("June 28 to the 3rd")."""
    for i, p in enumerate(points):
        if p.day is None or p.month_lo is not None:
            continue
        later = next((q for q in points[i + 1:] if q.month_lo is not None), None)
        earlier = next((q for q in reversed(points[:i]) if q.month_lo is not None), None)
        if later is not None and later.day is not None:
            p.month_lo = p.month_hi = later.month_lo if p.day <= later.day else (later.month_lo - 2) % 12 + 1
        elif later is None and earlier is not None and earlier.day is not None:
            p.month_lo = p.month_hi = earlier.month_lo if p.day >= earlier.day else earlier.month_lo % 12 + 1


def distribute_year(points: list[Point]) -> None:
    """Within one phrase, a year written once serves its neighbours ("spring to November 1927")."""
    known = [p for p in points if p.year is not None]
    if not known or len(known) == len(points):
        return
    for i, p in enumerate(points):
        if p.year is not None:
            continue
        if i < len(points) - 1 and points[-1].year is not None:
            anchor = points[-1]
            later = p.month_lo is not None and anchor.month_lo is not None and p.month_lo > anchor.month_lo
            p.year = anchor.year - 1 if later else anchor.year
        else:
            anchor = points[0]
            earlier = p.month_lo is not None and anchor.month_lo is not None and p.month_lo < anchor.month_lo
            p.year = anchor.year + 1 if earlier else anchor.year


class DayTold(NamedTuple):
    """The last day a story told: its month (as `month_index` counts), its block, where it ends, its day."""
    month: int
    block: int
    end: int
    day: int


@dataclass
class Resolver:
    """The reading state of one division: its date, the narrative clock, recent explicit months."""

    doc_date: Point | None
    undated: bool = False  # doc_date is only the text's first full date, not a date the document gives itself
    clock: tuple[int, int] | None = None
    clock_by_year: bool = False  # the clock was set by a year alone ("the archive, opened in 1991, …")
    clock_block: int | None = None  # the block (paragraph) whose date set the clock
    # month → (year, block no., clock_moves then)
    recent_months: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    clock_moves: int = 0  # how many times the narrative clock has moved
    last_point: tuple[Point, int] | None = None  # last resolved point with a month, and its block no.
    list_year: tuple[int, int] | None = None  # a year alone that heads a list, and its block no.
    later_note: int | None = None  # the block that wrote out a day after the document's date
    last_cited: tuple[Point, int] | None = None  # the last full date of a document cited, and its block no.
    last_day_told: DayTold | None = None  # the last day told, where
    month_written: int | None = None  # the month (as `month_index` counts) of the last date with one, of any kind
    # the year written last, whatever it dated ("in 1919 … in March of that year"), its block no., its end
    # and whether it dated a fact of a life ("born 5 March 1899")
    year_written: tuple[int, int, int, bool] | None = None
    period: tuple[int, int] | None = None  # the months of the period the title of a text with no date names
    latest_year: int | None = None  # in an undated text, the latest year it writes: its writer's "this year"
    latest_day: date | None = None  # the latest whole day named so far: an undated text's writer's day
    named_days: list[tuple[date, date]] = field(default_factory=list)  # spans of days written with their year

    def near_document(self, year: int) -> bool:
        """True if `year` may be the year of something a document dated `doc_date` tells (in an undated
        text, whose first date is no limit, any year from twenty before that date on: "rehabilitated
        15.1.57" in a dictionary entry that opens with 1937)."""
        return self.doc_date is not None and self.doc_date.year - UNPADDED_YEARS <= year and \
            (self.undated or year <= self.doc_date.year)

    def near_story(self, year: int, block_no: int) -> bool:
        """True if `year` is within a year of the period the story has reached or of the date last named
        in the paragraph: a certificate of 1955 that tells an arrest "on 3.IV.31" may write the sentence
        that followed "of 15.1.32"; "2.1.10" is no date of that story."""
        years = [self.clock[0] // 12, self.clock[1] // 12] if self.clock is not None else []
        if self.last_point is not None and self.last_point[1] == block_no:
            years.append(self.last_point[0].year)
        return any(abs(year - near) <= 1 for near in years)

    def after_document(self, year: int, month: int, day: int | None) -> bool:
        """True if the day is later than the document's own date, which a past told in it cannot be."""
        doc = self.doc_date
        if doc is None or self.undated or doc.month_lo is None or doc.day is None:
            return False
        return (year, month, day or 1) > (doc.year, doc.month_lo, doc.day)

    def before_document(self, year: int, month: int, day: int | None) -> bool:
        """True if the day is earlier than the document's own date, which what is still to come cannot be."""
        doc = self.doc_date
        if doc is None or self.undated or doc.month_lo is None or doc.day is None:
            return False
        return (year, month, day or 31) < (doc.year, doc.month_lo, doc.day)

    def document_day(self) -> date | None:
        """The document's own date as a day, when it gives one."""
        doc = self.doc_date
        if doc is None or self.undated or doc.month_lo is None or doc.day is None or not valid_day(doc):
            return None
        return date(doc.year, doc.month_lo, doc.day)

    def doc_index(self) -> int | None:
        if self.doc_date is None or self.doc_date.month_lo is None:
            return None
        return month_index(self.doc_date.year, self.doc_date.month_lo)

    def resolve(self, found: Found, block_no: int, narrative: bool) -> None:
        """Give `found` its years (and month, for a day alone), then its attributes."""
        points = found.points
        for p in points:
            full_year(p, None if self.undated else self.doc_date)  # a text's first date is no limit
        if any(p.unpadded and not (self.near_document(p.year) or self.near_story(p.year, block_no)) for p in points):
            found.dropped = True
            return
        if any(not valid_day(p) for p in points):
            found.impossible = True
            return
        explicit = any(p.year is not None for p in points)  # a year written once serves the phrase
        distribute_month(points)
        distribute_year(points)
        inferred = not explicit
        if found.month_shift is not None:
            written = self.writers_date(found, block_no)
            if written is None:
                return  # "the 5th inst." in an undated text: no month to count from
            year, month = divmod(written + found.month_shift, 12)
            for p in points:
                p.year, p.month_lo, p.month_hi = year, month + 1, month + 1
        elif found.next_month and self.last_point is not None and self.last_point[0].year is not None:
            told = self.last_point[0]
            points[0].year, month = divmod(month_index(told.year, told.month_lo) + 1, 12)
            points[0].month_lo = points[0].month_hi = month + 1
        elif found.same_month and self.month_written is not None:
            points[0].year, points[0].month_lo = divmod(self.month_written, 12)
            points[0].month_lo += 1
            points[0].month_hi = points[0].month_lo
        elif found.relative:
            shift, anchor = RELATIVE_YEARS[found.relative]
            # "of that year": the year written last, else the story's, else the document's;
            # "of the following year": the story's, else the document's
            base = self.year_written[0] if anchor == "narrative" and self.year_written is not None else None
            if base is None and anchor in ("narrative", "story") and self.clock is not None:
                base = self.clock[1] // 12
            if base is None and anchor == "document" and self.undated:
                base = self.latest_year  # "of this year" in a note with no date: the writer's year
            if base is None and self.doc_date is not None:
                base = self.doc_date.year
            if base is None:
                return  # nothing to count the year from
            for p in points:
                p.year = base + shift
        elif any(p.year is None for p in points):
            to_come = self.still_to_come(found, block_no)
            day_alone = points[0].month_lo is None
            if day_alone:
                if self.resolve_day(points[0], block_no, to_come, found.told_past, found.quoted, found.in_month_before,
                                    not found.time_passed):
                    found.cited = True  # a day of the quoted document's time tells the report's story no more
                if found.weekday is not None:
                    month_on_weekday(points[0], found.weekday, None if to_come else self.document_day())
                for p in points[1:]:  # "from the 15th to the 20th": the month of the first day
                    if p.month_lo is None and p.day is not None and points[0].month_lo is not None:
                        p.year, p.month_lo = points[0].year, points[0].month_lo
                        if p.day < points[0].day:  # "from the 28th to the 3rd": into the next month
                            p.year, p.month_lo = (p.year + 1, 1) if p.month_lo == 12 else (p.year, p.month_lo + 1)
                        p.month_hi = p.month_lo
            if any(p.year is None for p in points) and found.until_now:
                self.up_to_document(points)
            if any(p.year is None for p in points) and found.month_last:
                self.up_to_writers_day(points)
            if any(p.year is None for p in points):
                self.within_named_days(points)
            if any(p.year is None for p in points):
                story = self.paragraph_told(block_no) if found.deadline and not to_come else None
                if not self.infer_year(points, block_no, to_come, self.told_before(found, block_no), story,
                                       self.year_of_story_in_sentence(found, block_no)):
                    return
            if found.weekday is not None and not day_alone and not self.in_period(points[0], found.weekday) and \
                    not self.in_own_time(points[0], found.weekday,
                                         not to_come and (found.told_past or not self.looking_back(block_no))):
                on_weekday(points[0], found.weekday, None if to_come else self.document_day())
        for p in points:
            if p.easter is not None and p.year is not None:
                easter_day(p)
            if found.julian:
                gregorian(p)
        if any(not valid_day(p) for p in points):
            found.impossible = True
            return
        attrs = value_attrs(found)
        if not ordered(attrs):
            found.impossible = True  # a range that ends before it begins: the text is wrong
            return
        cert = "high"
        if inferred:
            attrs["evidence"] = "conjecture"
            anchored = found.relative or found.month_shift is not None  # the document's date fixes it
            cert = "low" if found.approx else "high" if anchored else "medium"
        elif found.approx:
            cert = "medium"
        attrs["cert"] = cert
        attrs["resp"] = RESP
        found.attrs = attrs
        # in a text with no date of its own, the dates of the documents it cites are its story
        # nor does a term set after the document's own date ("by 31 December 1927" in a protocol of March)
        last = points[-1]
        set_ahead = found.deadline and explicit and last.month_lo is not None and \
            self.after_document(last.year, last.month_lo, last.day)
        told = not (found.cited and not self.undated) and not found.background and not found.future and not set_ahead
        if not found.reference:  # a work's year says nothing of the story, not even "of that year"
            self.advance(found, block_no, explicit, narrative and told)

    def within_named_days(self, points: list[Point]) -> None:
        """Give days written without a year the year of a span of days the text wrote out before, when
        they fall in it: "On the evening of 26 September a lecture opens the workshop" under the heading
        "Tartu, 26–27 September 2024", whatever year the call's themes told last."""
        for p in points:
            if p.day is None or p.month_lo is None or p.month_lo != p.month_hi:
                return
        for lo, hi in reversed(self.named_days):
            years = {year for year in range(lo.year, hi.year + 1)
                     if all(valid_day(replace(p, year=year)) and lo <= date(year, p.month_lo, p.day) <= hi
                            for p in points)}
            if len(years) == 1:
                with_year(points, years.pop())
                return

    def in_period(self, point: Point, weekday: int) -> bool:
        """Give a day named with its weekday the year of the title's period in which it falls on that
        weekday, if any: "Thursday, 13 October" in the programme of a conference of 12–13 October 2022,
        whatever year its papers' titles named last. True if it does."""
        if self.period is None or point.day is None or point.month_lo is None:
            return False
        lo, hi = self.period
        for year in range(lo // 12, hi // 12 + 1):
            day = replace(point, year=year)
            if valid_day(day) and lo <= month_index(year, point.month_lo) <= hi and \
                    date(year, point.month_lo, point.day).weekday() == weekday:
                point.year = year
                return True
        return False

    def in_own_time(self, point: Point, weekday: int, past: bool) -> bool:
        """Give a day named with its weekday the year in which it falls on that weekday nearest the
        document's own date, less than a year from it (not after it, for a day told as `past`), or in a
        text with no date of its own the year its title's period names: a weekday is the writer's
        calendar ("On Saturday 12 April the class visits the museum" in a lesson plan of 11 March 2025
        on 1937; "Week 3 · Tue. Jan. 29" in a syllabus for "Spring 2019"). True if it does."""
        if point.day is None or point.month_lo is None or point.month_lo != point.month_hi:
            return False
        if self.period is not None:
            years, written = range(self.period[0] // 12, self.period[1] // 12 + 1), None
        else:
            written = self.document_day()
            if written is None:
                return False
            years = range(written.year - 1, written.year + 2)
        days = [date(year, point.month_lo, point.day) for year in years if valid_day(replace(point, year=year))]
        days = [day for day in days if day.weekday() == weekday and (written is None or
                abs((day - written).days) < 366 and not (past and day > written))]
        if not days:
            return False
        point.year = min(days, key=lambda day: abs((day - written).days) if written else 0).year
        return True

    def writers_date(self, found: Found, block_no: int) -> int | None:
        """The month "inst." and "ult." count from: the document's, or, quoted from a letter or in a text
        with no date of its own (a checklist of documents), the day last named in its paragraph, the
        quoted writer's date ("Magadan, 19.VIII.38: 'your parcel of the 3rd inst.'")."""
        told = self.last_point
        if (found.quoted or self.undated) and told is not None and told[1] == block_no and \
                told[0].day is not None and told[0].year is not None:
            return month_index(told[0].year, told[0].month_lo)
        return self.doc_index()

    def resolve_day(self, point: Point, block_no: int, future: bool = False, told_past: bool = False,
                    quoted: bool = False, in_month_before: bool = False, story_goes_on: bool = False) -> bool:
        """A day alone is in the month last named in its paragraph (in a text with no date of its own, a diary or a
        chronology, in the month of the last day named anywhere before), or the month after when that puts it nearer the
        day named ("on 28 October … on the 3rd") or when it is still to come ("on 25 February … by the 20th"); a month
        named without a day counts only in the year of the document's date ("in September 1939 … on the 17th" in a
        report of November 1940 is November's 17th) or right after it ("in October 1929, on the 17th"), unless that puts
        the past after the document's date or what is still to come before it. Else it is the latest such day up to the
        document's date (the next such day from it, for what is still to come, or for a day at most DAYS_AHEAD after it
        that no word of the past tells); in a text with no date at all, or one looking back more than RETROSPECT_YEARS
        on a story now in one month, the month the story is in. A day quoted after the date of a document cited in its
        paragraph ("his letter of 5 March says: 'on the 2nd …'") is the latest such day up to that document's date: the
        quoted writer's now. True for such a day."""
        cited = self.last_cited[0] if self.last_cited is not None and self.last_cited[1] == block_no else None
        if quoted and cited is not None and point.day is not None:
            year, month = cited.year, cited.month_lo
            if point.day > cited.day:
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            point.year, point.month_lo, point.month_hi = year, month, month
            return True
        in_paragraph = self.last_point is not None and self.last_point[1] == block_no
        prior = self.last_point[0] if in_paragraph or self.last_point is not None and self.undated \
            and self.last_point[0].day is not None else None
        if prior is not None and prior.day is None and self.doc_date is not None and not self.undated \
                and prior.year != self.doc_date.year and not in_month_before:
            prior = None
        if prior is None and not in_paragraph and not future and story_goes_on:
            prior = self.story_going_on(point, block_no)
        if prior is not None:
            year, month = prior.year, prior.month_lo
            if prior.day is not None and point.day is not None and point.day < prior.day and (future or
                    calendar.monthrange(prior.year, prior.month_lo)[1] - prior.day + point.day < prior.day - point.day):
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            # a paragraph that has written out a day after the document's date is a later note ("Received
            # on 9.XI.40; executed on the 14th" under a protocol of 26.X.40): its days are of its own time
            written = self.document_day()
            later_note = self.later_note == block_no or written is not None and prior.day is not None and \
                valid_day(prior) and (date(prior.year, prior.month_lo, prior.day) - written).days > DAYS_AHEAD
            wrong_side = self.before_document(year, month, point.day) if future else \
                self.after_document(year, month, point.day) and not later_note
            if not wrong_side:
                point.year, point.month_lo, point.month_hi = year, month, month
                return False
        clock = self.clock
        if not future and self.doc_date is not None and clock is not None and clock[0] == clock[1] \
                and self.doc_date.year - clock[1] // 12 > RETROSPECT_YEARS:
            point.year, month = divmod(clock[0], 12)  # a lecture of 2013 on June 1937: "shot on the twelfth"
            point.month_lo = point.month_hi = month + 1
            return False
        if self.doc_date is not None and self.doc_date.month_lo is not None:
            point.year, month = self.doc_date.year, self.doc_date.month_lo
            days = None if point.day is None else (point.day, self.doc_date.day)  # no day: "the month"
            just_ahead = days is not None and days[1] is not None and 0 < days[0] - days[1] <= DAYS_AHEAD
            if days is not None and days[1] is not None and not future and days[0] > days[1] and \
                    not (just_ahead and not told_past):
                month -= 1
                if month == 0:
                    point.year, month = point.year - 1, 12
            elif days is not None and days[1] is not None and future and days[0] < days[1]:
                month += 1
                if month == 13:
                    point.year, month = point.year + 1, 1
            point.month_lo = point.month_hi = month
        elif self.doc_date is None and self.clock is not None and self.clock[0] == self.clock[1]:
            point.year, month = divmod(self.clock[0], 12)  # "for March 1930" on a line of its own
            point.month_lo = point.month_hi = month + 1
        return False

    def story_going_on(self, point: Point, block_no: int) -> Point | None:
        """The day a paragraph before told last, as a point, when `point` (a day alone) comes at most
        DAYS_GOING_ON days after it: the story goes on in that month, unless its paragraph has said time
        has passed ("Many things happened since. On the 15th …": lexicon dates, time_passed)."""
        told = self.last_day_told
        if told is None or told.block == block_no or point.day is None \
                or not 0 <= point.day - told.day <= DAYS_GOING_ON:
            return None
        year, month = divmod(told.month, 12)
        return Point(year=year, month_lo=month + 1, month_hi=month + 1, day=told.day)

    def still_to_come(self, found: Found, block_no: int) -> bool:
        """A future or a deadline ("will arrive in April", "by the 12th") is after the document's date;
        but a deadline that no word of the future says, in a document looking back on a story told
        more than RETROSPECT_YEARS before it (where the story's clock is, or the day its paragraph told
        last), is the story's: in a blog of 2019 about 1937, "by the 9th of December he confesses" is
        December 1937 ("papers will be posted by 1 October" stays 2019)."""
        if not found.future:
            return False
        return not (found.deadline and self.looking_back(block_no))

    def looking_back(self, block_no: int) -> bool:
        """True if the document's date is more than RETROSPECT_YEARS after its story: where the clock
        is, or the day paragraph `block_no` told last."""
        doc = self.doc_date
        story = [month // 12 for month in (self.clock[1] if self.clock else None, self.paragraph_told(block_no))
                 if month is not None]
        return doc is not None and any(doc.year - year > RETROSPECT_YEARS for year in story)

    def year_heads_list(self, block_no: int) -> bool:
        """True if a year alone heads a list in paragraph `block_no` ("Died in the camp in 1946:
        January – 102, February – 118 …"): the months after it without a year are of that year,
        whatever month of another year the paragraph before named. A year alone elsewhere says when
        something was, not where the story is."""
        return self.list_year is not None and self.list_year[1] == block_no

    def paragraph_told(self, block_no: int) -> int | None:
        """The month of the last date told in paragraph `block_no`, if it has told one."""
        told = self.last_point
        if told is None or told[1] != block_no or told[0].year is None:
            return None
        return month_index(told[0].year, told[0].month_lo)

    def up_to_document(self, points: list[Point]) -> None:
        """The latest year that puts a month (or a day) without its year at or before the document's
        date: "has not met since May" in a circular of October 1940 is May 1940, in one of March 1940
        May 1939; "had had no letters since 22/VI" in a verdict of March 1942 is June 1941, since what
        had lasted lasted up to a time no later than the writer's. Only in a document that gives its own
        date."""
        doc = self.doc_date
        if self.undated or doc is None or doc.month_lo is None or points[0].month_lo is None:
            return
        latest_up_to(points, doc.year, doc.month_lo, doc.day or 31)

    def up_to_writers_day(self, points: list[Point]) -> None:
        """The latest year that puts a month written with "last" ("the 11th–12th of March last") at or before
        the writer's day: the document's date, or in a text with no date of its own, the latest day it has
        named so far (a chairman's speech "held on Thursday, July 17" of 1930)."""
        now = self.document_day() if not self.undated else self.latest_day
        if now is None or points[0].month_lo is None:
            return
        latest_up_to(points, now.year, now.month, now.day)

    def told_before(self, found: Found, block_no: int) -> int | None:
        """The month of a day told earlier in the sentence of `found`, a day and month without a year,
        which that sentence does not tell as anterior: "arrested 20.VIII.36; tried on 11 June and shot
        the next day" tells in order, so 11 June is not before 20 August 1936. A day in brackets is a
        reference, not the story's order, and neither gives nor takes that bound ("Letters: my brother
        (written the 2nd), the school (January 20)" in a diary's entry of 16 February). Only in a text
        with no date of its own (a dictionary, an article): in a dated one the document's date bounds
        the past."""
        told = self.last_day_told
        if told is None or not self.undated or told.block != block_no or told.end <= found.sentence_start \
                or found.anterior or found.bracketed or found.points[0].day is None:
            return None
        return told.month

    def year_of_story_in_sentence(self, found: Found, block_no: int) -> bool:
        """True if the sentence of `found` has written out, before it, a year more than RETROSPECT_YEARS
        before the document's: in a eulogy of 19 November 2011, "In August 1937 the operation began, and
        on the night of 2 October he was taken" tells the story's October, not one six weeks before."""
        written, doc = self.year_written, self.doc_date
        return written is not None and doc is not None and written[1] == block_no and not written[3] \
            and found.sentence_start <= written[2] <= found.start and doc.year - written[0] > RETROSPECT_YEARS

    def sentence_story(self) -> tuple[int, int] | None:
        """Where a sentence that wrote out its story's year has put the story: the month it told last
        in that year ("the decree of 27 August 1928 reached the okrug in September" in a report of
        2023 whose sections open in its own month)."""
        year, block_no, *_ = self.year_written
        told = self.last_point
        if told is not None and told[1] == block_no and told[0].year == year:
            month = month_index(year, told[0].month_lo)
            return month, month
        return None

    def days_before_document(self, points: list[Point]) -> bool:
        """Give days (with their month) that fall at most DAYS_BEFORE days before the document's own
        date its year; True if they do."""
        doc = self.doc_date
        if self.undated or doc is None or doc.day is None or doc.month_lo is None or \
                any(p.day is None or p.month_lo is None or p.month_lo != p.month_hi for p in points):
            return False
        written = date(doc.year, doc.month_lo, doc.day)
        years = []
        for p in points:
            year = doc.year if (p.month_lo, p.day) <= (doc.month_lo, doc.day) else doc.year - 1
            if not valid_day(replace(p, year=year)) or (written - date(year, p.month_lo, p.day)).days > DAYS_BEFORE:
                return False
            years.append(year)
        for p, year in zip(points, years):
            p.year = year
        return True

    def infer_year(self, points: list[Point], block_no: int, future: bool = False, floor: int | None = None,
                   story: int | None = None, story_sentence: bool = False) -> bool:
        """Years for a phrase written without one: a recent mention of the month (not one the story has
        since moved more than a year past by a date with its month), else the clock, or
        `story`, the month its paragraph has told (the document's date for what is still to come);
        never before `floor`, the month of a day told before it in its sentence; not the weeks before
        the document's date in a `story_sentence` (`year_of_story_in_sentence`)."""
        first = points[0]
        if first.month_lo is None:
            return False
        recent = self.recent_months.get(first.month_lo)
        # a month named more than a year before where the story has moved since was a look back, not the
        # story's ("an open letter of August 1979 … reached the camp on 20 June … on 15 August" in a report
        # of 1983); one the story has not moved on from is ("the warrant is dated 17.XI.1937 … On November
        # 22" in a blog of 2019), and so is one only a year alone has moved past, which says when, not what
        # day the story is at ("… dated 2.XI.1937. In 1939 his daughter wrote … he had been shot on 9 November")
        stale = recent is not None and self.clock is not None and self.clock_moves > recent[2] and \
            not self.clock_by_year and \
            not self.clock[0] - 12 <= month_index(recent[0], first.month_lo) <= self.clock[1] + 12
        if recent is not None and recent[1] >= block_no - 1 and len(points) == 1 and not stale and \
                (recent[1] == block_no or not self.year_heads_list(block_no)):
            first.year = recent[0]
            return True
        if not future and self.year_heads_list(block_no) and not self.after_document(
                self.list_year[0], first.month_lo, first.day):
            with_year(points, self.list_year[0])
            return True
        if not future and not story_sentence and self.days_before_document(points):
            return True
        anchor = self.clock
        told = self.sentence_story() if story_sentence else None
        if story is not None:
            anchor = (story, story)
        elif told is not None:
            anchor = told
        doc = self.doc_index()
        if anchor is None and doc is None:
            return False
        # what is still to come counts from the document's date; in a text with no date of its own whose
        # title names a period, from the story's (a programme of 2023 whose first full date is a paper's
        # "14 June 1941")
        to_come = future and doc is not None and self.period is None
        base = (doc if to_come else anchor[1] if anchor else doc) // 12
        best = None
        candidates = {base - 1, base, base + 1}
        if self.period is not None:  # a diary "…, 1937" whose editor's note moved the clock to 1924–1959
            candidates |= set(range(self.period[0] // 12, self.period[1] // 12 + 1))
        for year in sorted(candidates):
            trial = [replace(p) for p in points]
            with_year(trial, year)
            lo, hi = span_of(trial)
            if to_come:  # the first after the document's date
                cost = lo - doc if hi >= doc else 100 * (doc - hi)
            elif anchor is not None:
                cost = 2 * (anchor[0] - hi) if hi < anchor[0] else lo - anchor[1] if lo > anchor[1] else 0
                if doc is not None and lo > doc and not self.undated:  # a text's first date is no limit
                    cost += 12
            else:
                cost = doc - hi if hi <= doc else 2 * (lo - doc)
            # on a tie, the year nearer the document's date ("appears on April 1st" in a letter of March),
            # or the period its title names in a text with no date of its own ("Period of work: 15 June –
            # 2 October 2020", not the decree of 1923 it cites first)
            if floor is not None and hi < floor:
                cost += 100
            near = self.period[0] if self.period is not None else doc
            rank = (cost, 0 if near is None else min(abs(lo - near), abs(hi - near)))
            if best is None or rank < best[0]:
                best = (rank, trial)
        for p, t in zip(points, best[1]):
            p.year = t.year
        return True

    def advance(self, found: Found, block_no: int, explicit: bool, narrative: bool) -> None:
        """Move the narrative clock to what was just mentioned, unless it is a flashback: a mention more
        than a year before the clock. Three are no flashback: a date with its month when only a year alone
        set the clock (in a historian's "the archive, opened in 1991, shows the pace. In August 1937 …",
        August is the story: a year alone says when, a month tells), the date of a document cited by
        a text with no date of its own, which goes from one document to another ("a letter of 2 March
        1938 … on 27 February"), and, in such a text, a date with its month in a paragraph after the one
        that set the clock: each entry of a biographical dictionary tells a life of its own. Nor is a year
        as a narrator says it ("it was '38"): an interview or a memoir goes back to where its story is;
        nor a date opening a sentence of a new paragraph ("¶ In 1941 his son was called up")."""
        points = found.points
        days = [date(p.year, p.month_lo, p.day) for p in points if a_whole_day(p) and valid_day(p)]
        if days and not found.future:
            self.latest_day = max(days + ([self.latest_day] if self.latest_day else []))
        if explicit and len(points) == 2 and all(a_whole_day(p) and valid_day(p) for p in points):
            first, last = (date(p.year, p.month_lo, p.day) for p in points)
            if 0 < (last - first).days <= NAMED_DAYS:
                self.named_days.append((first, last))
        if explicit and points[-1].year is not None:
            self.year_written = (points[-1].year, block_no, found.end, found.background)
            if points[-1].day is not None and not found.deadline and \
                    self.after_document(points[-1].year, points[-1].month_lo, points[-1].day):
                self.later_note = block_no  # "Received on 9.XI.40" under a protocol of 26.X.40
            if found.heads_list and all(p.month_lo is None and p.year == points[0].year for p in points):
                self.list_year = (points[-1].year, block_no)
        for p in points:
            if p.month_lo is not None and p.month_lo == p.month_hi and p.year is not None:
                self.month_written = month_index(p.year, p.month_lo)
            if p.month_lo is not None and p.month_lo == p.month_hi and not found.future:  # a deadline tells no story
                if not found.cited and not found.background:  # nor the date of a directive answered ("your
                    self.last_point = (p, block_no)  # No. 12 of 21/X"), nor a fact of a life ("b. 22 February 1953")
                elif p.day is not None and not found.quoted:  # but what is quoted from it is in its time
                    self.last_cited = (p, block_no)
                if explicit and not found.background:  # "born 12.III.1899 … exiled 3/III" is no 1899
                    self.recent_months[p.month_lo] = (p.year, block_no, self.clock_moves)
        if not narrative:
            return
        if points[-1].day is not None and points[-1].year is not None and not found.bracketed and not found.cited:
            last = points[-1]
            self.last_day_told = DayTold(month_index(last.year, last.month_lo), block_no, found.end, last.day)
        if self.doc_date is not None and not self.undated and all(p.month_lo is None for p in points) and not \
                ((found.opens_sentence or found.spoken) and points[-1].year < self.doc_date.year - RETROSPECT_YEARS):
            return  # a year alone ("born in 1898", "since 1935") says when something was, not where the story is;
            # but in a text looking back, a year opening a sentence, or said as a narrator says it ("it was
            # '38, in March"), tells where the story is
        lo, hi = span_of(points)
        months = any(p.month_lo is not None for p in points)
        scene = self.clock_by_year and months  # "… opened in 1991, shows the pace. In August 1937 …"
        cited = self.undated and found.cited  # "Document No. 3 is a letter of 2 March 1938"
        entry = self.undated and months and block_no != self.clock_block  # "BERZIN, Karl (1891–1938). … in June 1937"
        # "… rehabilitated in 1956. ¶ In 1941 his son was called up. … in October": a paragraph that opens
        # with its year goes there, back or not
        opening = found.opens_sentence and block_no != self.clock_block
        if self.clock is not None and hi < self.clock[0] - 12 and not (scene or cited or entry or opening or found.spoken):
            return  # a flashback ("back in 1919") leaves the story where it was
        self.clock, self.clock_by_year, self.clock_block = (lo, hi), not months, block_no
        self.clock_moves += 1


# ---------------------------------------------------------------- the document

def division_date(blocks: list[Block], month: bool = False) -> Point | None:
    """The first full date of `blocks` (or, with `month`, a month and year: "Summary for November
    1929"): a division's head or opener, else a dateline further down. A date whose month lacks its
    zero ("15.1.31") counts only on a line of its own with a place, a dateline ("Leningrad, 15.1.31").
    A fact of a life is no date of the division: "Born: 3 May 1934" heads an interview recorded in 2004."""
    for block in blocks:
        for found in find_dates(block.text):
            if found.background:
                continue
            p = found.points[0]
            full_year(p, None)
            if found.join == "point" and p.year is not None and (p.day is not None or month) and \
                    p.month_lo is not None and p.month_lo == p.month_hi and valid_day(p) and \
                    (not p.unpadded or words_beside(block.text, found) <= DATELINE_WORDS):
                return p
    return None


#: A line of at least this many words that ends as a sentence ends is prose: the letterhead is over.
SENTENCE_WORDS = 6


def prose_line(line: str) -> bool:
    """A line of SENTENCE_WORDS words or more that ends as a sentence ends, a question or a word in
    small letters telling it from a letterhead. An editor's title over a document, however long, does
    not end so, and an address in capitals ends on an abbreviation's or a number's stop ("[Letterhead:]
    ALL-UNION COPYRIGHT AGENCY. Moscow, B. Bronnaya Street, 6a."): the number and date under them are
    still the letterhead's."""
    words = line.split()
    end = LINE_ENDS_SENTENCE.search(line)
    return len(words) >= SENTENCE_WORDS and end is not None \
        and (any(word[:1].islower() for word in words) or end.group().strip()[:1] in "?!")


def letterhead(blocks: list[Block]) -> list[Block]:
    """The lines a document opens with before its first sentence, each as a heading of its own."""
    lines = []
    for block in blocks:
        for line in block.lines:
            if prose_line(line):
                return lines
            lines.append(Block("heading", [line], block.line_no))
    return lines


def closing_date(blocks: list[Block]) -> Point | None:
    """The month or day of the text's last line when that line is a place and a date and nothing else,
    as a preface, a chapter or a letter is signed off ("London, March 1934"), or a date alone under the
    line that signs the text ("D. H. R. / March 1947"): written by then."""
    last = next((block for block in reversed(blocks) if block.text.strip()), None)
    dated = line_date(last.lines[-1].strip()) if last is not None and last.lines else None
    if dated is None:
        return None
    p, beside = dated
    if p.year is None or p.month_lo is None or p.month_lo != p.month_hi or not (beside or len(last.lines) > 1):
        return None
    return p


def letterhead_date(blocks: list[Block]) -> Point | None:
    """The first full date of the letterhead, when it was typed as a paragraph ("PROTOCOL No. 7 / of
    the open session of 29.X.1929, Vitebsk"; "Issue No. 6 · Kiev–Moscow · dated 31 March 1976"; "By
    A. Vorobyova, Tomsk · 17 October 2006")."""
    return division_date(letterhead(blocks))


def published_date(blocks: list[Block]) -> Point | None:
    """The day an opening line says the text was published, posted or recorded ("Posted on March 14,
    2019 by …"): a blog, a podcast or a press release dates itself in a byline, not in a dateline; a
    docket or a form, after its label ("Dated 27th October, 1932")."""
    for block in blocks[:PUBLICATION["opening_blocks"]]:
        for found in find_dates(block.text):
            p = found.points[0]
            full_year(p, None)
            before = max(0, found.start - CONTEXT)
            if found.join == "point" and a_whole_day(p) and (PUBLISHED.search(block.text, before, found.start) or
                                                              DATED_LABEL.search(block.text, before, found.start)):
                return p
    return None


#: "this year", "last year", "next year": counted from the writer's year (RELATIVE_YEARS).
WRITERS_YEAR = re.compile(rf"\b(?:{alternation([w for w, (_, base) in RELATIVE_YEARS.items() if base == 'document'])})"
                          r"\s+year\b", re.IGNORECASE)


def latest_year_written(blocks: list[Block]) -> int | None:
    """The latest year an undated text writes out, if it counts a year from its writer's ("of this
    year"): the writer writes in that year or after it. A note verbale that protests "since the end
    of July of this year" against arrests it dates 1937, having cited an agreement of 1925 first, is
    of 1937; the text's first full date, which an undated text otherwise counts from, is 1925."""
    if not any(WRITERS_YEAR.search(block.text) for block in blocks):
        return None
    return latest_year(blocks)


def latest_year(blocks: list[Block]) -> int | None:
    """The latest year `blocks` write out in full."""
    years = [p.year for block in blocks for found in find_dates(block.text) for p in found.points
             if p.year is not None and not p.short_year and not p.decade]
    return max(years, default=None)


#: A newspaper's dispatch opens a paragraph with its city in capitals and its day: "MOSCOW, Aug. 22.—",
#: "OSLO, Aug. 22 (AP).—", "MOSCOW, Dec. 14 —".
DISPATCH_CITY = re.compile(r"[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*,\s+")
DISPATCH_DASH = re.compile(r"\s*(?:\([A-Z]+\))?\s*\.?\s*[—–]")


def dispatch_date(blocks: list[Block]) -> Point | None:
    """The day a newspaper's dispatch is datelined with no year, in the latest year its text writes out:
    a dispatch tells the news of its day, after every year it names ("MOSCOW, Dec. 14 — … the society
    founded in 1989 … registered in 2021")."""
    for block in blocks:
        city = DISPATCH_CITY.match(block.text)
        found = find_dates(block.text)[:1] if city is not None else []
        if not found or not DISPATCH_CITY.fullmatch(block.text, 0, found[0].start) \
                or not DISPATCH_DASH.match(block.text, found[0].end):
            continue
        p = replace(found[0].points[0])
        year = latest_year(blocks)
        if found[0].join != "point" or p.year is not None or p.day is None or p.month_lo is None \
                or p.month_lo != p.month_hi or year is None:
            return None
        p.year = year
        return p if valid_day(p) else None
    return None


def story_opening(blocks: list[Block]) -> int | None:
    """The month a text with no date of its own opens its story in, when its paragraphs name months before
    they name a year ("They took him in July … at the end of August … On the 10th or 11th of January we
    were unloaded … In the spring of 1938"): counted back from the first date with its year, a year
    earlier each time the months, read backwards, go up. None if a year comes first."""
    months = []
    for block in blocks:
        if block.kind != "p":
            continue
        for found in find_dates(block.text):
            first = replace(found.points[0])
            full_year(first, None)
            if first.year is not None:
                if not months or first.month_lo is None:
                    return None
                year, month = first.year, first.month_lo
                for earlier in reversed(months):
                    year -= earlier > month
                    month = earlier
                return month_index(year, month)
            if first.month_lo is not None and found.relative is None and found.month_shift is None:
                months.append(first.month_lo)
    return None


def title_period(blocks: list[Block]) -> tuple[tuple[int, int], bool] | None:
    """The months a title's period covers, and whether it names years only ("Diary of a plenipotentiary,
    1931", "Reports, 1937–1938", "International conference, 14–16 September 2023"): where the story is
    for a text that gives no date of its own, whatever dates it cites later. Of several, the one with
    days, else with months: a workshop's "27–28 October 2022" under its title's "Regional files, 1937–1938"."""
    periods = []
    for block in blocks:
        for found in find_dates(block.text):
            points = [replace(p) for p in found.points]
            distribute_year(points)
            if found.join in ("point", "range") and all(p.year is not None and not p.decade for p in points):
                precision = 2 if all(p.day is not None for p in points) else 1 if points[0].month_lo else 0
                periods.append((-precision, len(periods), span_of(points), all(p.month_lo is None for p in points)))
    return min(periods)[2:] if periods else None


#: At most this many words beside a date make a heading a dateline ("12/III-1938   Moscow").
DATELINE_WORDS = 3


def words_beside(text: str, found: Found) -> int:
    """How many words `text` has besides the date `found`."""
    return len(re.findall(r"\w+", text[:found.start] + text[found.end:]))


def dateline_heading(block: Block) -> bool:
    """True for a heading in a division's body that is a date and a place, as an interrogation protocol
    sets its date under the title: it dates the division like a dateline."""
    if block.kind != "heading":
        return False
    found = find_dates(block.text)
    return bool(found) and words_beside(block.text, found[0]) <= DATELINE_WORDS


def title_sentence_date(block: Block) -> Point | None:
    """The date a text's first paragraph ends on when that paragraph names the document itself, as a
    title would ("Report of 20 November 1937.", "Special communication No. 12 of 3.V.37."): the date
    of a document cited, with nothing after it. A sentence that goes on ("Order No. 00447 of 30 July
    1937 launched the operation.") tells of another document."""
    found = find_dates(block.text)
    if len(found) != 1 or not found[0].cited or found[0].join != "point" or block.text[found[0].end:].strip(" .;:"):
        return None
    p = found[0].points[0]
    full_year(p, None)
    if not a_whole_day(p):
        return None
    return p


#: How a sentence ends, a closing quotation mark or bracket after it.
LINE_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’»)]*\s*$")

#: A line longer than this is no dateline.
DATELINE_LENGTH = 60
#: A line that dates a step of the document ("Effective 1 April 1935.") or its receipt is no dateline.
DATED_STEP = re.compile(
    rf"\s*{alternation([*LEXICON['registry']['step'], *LEXICON['registry']['receipt']], either_case=True)}\b")


def dateline_in(block: Block) -> Point | None:
    """The date of a line of `block` that is a dateline: a full date, at most DATELINE_WORDS words beside
    it, each with a capital ("FROM RIGA 3.X.39 02.15", "Leningrad, 15.1.31"). In a file of telegrams or
    letters run together, each such line opens a document of its own date."""
    for line in block.lines:
        dated = None if DATED_STEP.match(line) else line_date(line)
        if dated is not None and a_whole_day(dated[0]):
            return dated[0]
    return None


def entry_date(line: str, last: date) -> Point | None:
    """The day a line gives that is a day and month and nothing else but a weekday ("Feb. 14.", "Tues.,
    March 8."), as the next entry of a diary or a log after the one of `last` opens: the first such day
    from `last` on, so that the entries go forward through the year and into the next. None for a day at
    most DAYS_BEFORE days before `last`: a report's chronicle of its own weeks, not a year's leap."""
    if len(line) > DATELINE_LENGTH:
        return None
    found = find_dates(line)
    if len(found) != 1 or found[0].join != "point":
        return None
    entry, p = found[0], replace(found[0].points[0])
    words = len(re.findall(r"[^\W\d_]+", line[:entry.start] + line[entry.end:])) - (entry.weekday is not None)
    if words or p.year is not None or p.day is None or p.month_lo is None or p.month_lo != p.month_hi:
        return None
    p.year = last.year
    if not valid_day(p):
        return None
    if date(p.year, p.month_lo, p.day) < last:
        if (last - date(p.year, p.month_lo, p.day)).days <= DAYS_BEFORE:
            return None
        p.year += 1
    return p if valid_day(p) else None


def line_date(line: str) -> tuple[Point, list[str]] | None:
    """The date of a line that holds one date and at most DATELINE_WORDS other words, each with a
    capital (a dateline's place, a sign-off's: "Leningrad, 15.1.31", "London, March 1934"), with
    those words; None for a longer line or any other."""
    if len(line) > DATELINE_LENGTH:
        return None
    found = find_dates(line)
    if len(found) != 1 or found[0].join != "point" or found[0].background:  # "Born: 3 May 1934, Grimm"
        return None
    p = found[0].points[0]
    full_year(p, None)
    beside = re.findall(r"[^\W\d_]+", line[:found[0].start] + line[found[0].end:])
    if len(beside) > DATELINE_WORDS or not all(word[0].isupper() for word in beside):
        return None
    return p, beside


def line_of(block: Block, line_starts: list[int], offset: int) -> int:
    """The source line of an offset in a block, from the offsets its lines start at (not by counting
    newlines from the block's start, once per date)."""
    return block.line_no + bisect_right(line_starts, offset) - 1


def line_starts(block: Block) -> list[int]:
    return [0, *accumulate(len(line) + 1 for line in block.lines[:-1])]


def block_start(block: Block) -> int | None:
    offset = block.attrs.get("offset")
    return int(offset) if offset is not None and offset.isdigit() else None


#: An editor's date value and where its anchor stands in the source text (offsets).
LocatedOverride = tuple[int, int, dict[str, str]]


def located_overrides(doc: Document, data: EditionData) -> list[LocatedOverride]:
    """Each date override's place in the source, found once per document (not once per block)."""
    return [(*override.anchor.locate(doc.source.text), override.attrs) for override in data.dates]


def apply_overrides(overrides: list[LocatedOverride], block: Block, found: list[Found]) -> None:
    """Replace values the editor corrected; an override where nothing was found adds the date."""
    start = block_start(block)
    if start is None:
        return
    end = start + len(block.text)
    for a, b, attrs in overrides:
        if not (start <= a and b <= end):
            continue
        a, b = a - start, b - start
        target = next((f for f in found if f.start < b and a < f.end), None)
        if target is None:
            target = Found(a, b, [])
            found.append(target)
            found.sort(key=lambda f: f.start)
        target.impossible = False
        target.attrs = {**attrs, "resp": "#editor"}


def override_points(found: Found) -> None:
    """Points for an editor's value, so the narrative clock follows the corrected date."""
    attrs = found.attrs
    lo = attrs.get("when") or attrs.get("from") or attrs.get("notBefore")
    hi = attrs.get("when") or attrs.get("to") or attrs.get("notAfter")
    if not lo or not hi:
        return
    (y1, *m1), (y2, *m2) = [[int(x) for x in v.split("-")[:2]] for v in (lo, hi)]
    found.points = [Point(y1, m1[0] if m1 else 1, m1[0] if m1 else 1), Point(y2, m2[0] if m2 else 12,
                                                                             m2[0] if m2 else 12)]


#: What a footnote's superscript figure is read as, one character for one: a mark, not a digit of a date.
FOOTNOTE_STAND_IN = "*"

#: A wire's or a newspaper's dateline before its date: a place in capitals and a comma ("MOSCOW, ").
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'‐-]+,\s+")


def annotate_block(doc: Document, overrides: list[LocatedOverride], block: Block, resolver: Resolver,
                   block_no: int, narrative: bool) -> None:
    if not block.holds_markup:
        return
    text = FOOTNOTE_FIGURE.sub(FOOTNOTE_STAND_IN, block.text)  # "the order of 11.XII.1937¹": a footnote's figure
    found = find_dates(text)
    for f in found:
        if resolver.period is not None and WIRE_DATELINE.fullmatch(text, text.rfind("\n", 0, f.start) + 1, f.start):
            resolver.clock = resolver.period  # "MOSCOW, Aug 24 (AP) –": each item of a file is in the file's days
        resolver.resolve(f, block_no, narrative)
    found = [f for f in found if not f.dropped]
    apply_overrides(overrides, block, found)
    marked, dated = SpanIndex(block.spans), SpanIndex()  # a date must not cross markup, nor another date
    starts = line_starts(block)
    for f in found:
        if f.attrs.get("resp") == "#editor":
            override_points(f)
            if f.points:
                resolver.advance(f, block_no, True, narrative)
        if marked.crosses(f.start, f.end) or dated.crosses(f.start, f.end):
            continue
        attrs = dict(f.attrs)
        if not attrs:
            attrs = {"type": "impossible" if f.impossible else "relative", "resp": RESP}
            if f.impossible:
                log.warning("%s:%d: impossible date %r tagged without a value", doc.source.path,
                            line_of(block, starts, f.start), text[f.start:f.end])
        span = Span(f.start, f.end, "date", attrs, rank=RANK)
        block.spans.append(span)
        dated.add(span)


def annotate(doc: Document, data: EditionData) -> None:
    """Tag and normalise the dates of every block: front, each division (opener first), back."""
    dossier_date = division_date(doc.front)
    overrides = located_overrides(doc, data)
    block_no = 0
    front = Resolver(dossier_date)
    for block in doc.front:
        annotate_block(doc, overrides, block, front, block_no, narrative=False)
        block_no += 1
    last_date = dossier_date
    last_period = None
    for div in doc.divisions:
        own = division_date([*div.head, *div.opener]) or \
            division_date([block for block in div.blocks() if block.kind == "dateline"]) or \
            division_date([block for block in div.body if dateline_heading(block)]) or \
            letterhead_date(div.blocks()) or \
            published_date(div.blocks()) or \
            (title_sentence_date(div.body[0]) if div.body and not div.head else None) or \
            closing_date(div.blocks()) or \
            dispatch_date(div.body)
        dated = own or last_date or dossier_date
        # an undated text leans on the month its title names ("Summary for November 1929"), else on its
        # first full date, wherever it stands ("the report is dated …")
        resolver = Resolver(dated or division_date(div.head, month=True) or division_date(div.body),
                            undated=dated is None)
        period = title_period([*div.head, *letterhead([*div.opener, *div.body])]) if resolver.undated else None
        if resolver.undated:
            resolver.latest_year = latest_year_written(div.blocks())
            # a section with no date of its own ("SERVICES THIS WEEK") is in the period its text's title named
            period = last_period = period or last_period
        opening = story_opening(div.body) if resolver.undated and period is None else None
        if opening is not None:
            resolver.clock = (opening, opening)
        if period is not None:
            # "Diary …, 1931": the year set once, for every entry, as weak as a year alone in the story; a
            # conference's days, for its programme ("registration by 1 September")
            (resolver.clock, resolver.clock_by_year), resolver.period = period, period[0]
        entries = False  # a dateline in the body opened a series: a diary's entries, a file's telegrams
        for part in (div.head, div.opener, div.body, div.closer):
            for block in part:
                dateline = dateline_in(block) if part in (div.opener, div.body) else None
                opens = dateline if part is div.body else None
                entries = entries or dateline is not None
                if opens is None and entries and part is div.body and block.lines and resolver.document_day():
                    opens = entry_date(block.lines[0], resolver.document_day())
                if opens is not None and (opens != resolver.doc_date or resolver.undated):
                    # the next telegram of a file: its own date, its own story; or the dateline of a
                    # document whose letterhead an editor's note hid ("Translated from the Russian. …")
                    resolver = Resolver(opens)
                if part is div.body and block.kind == "heading" and resolver.period is not None:
                    resolver.clock = resolver.period  # each section of a report of its period starts in it
                # in an undated text a heading that is a date ("1936" over a diary's entries) sets the clock
                narrative = part is div.body and block.kind == "p" or \
                    dated is None and part in (div.head, div.body) and dateline_heading(block)
                annotate_block(doc, overrides, block, resolver, block_no, narrative=narrative)
                block_no += 1
        last_date = own or last_date
    back = Resolver(last_date or dossier_date)
    for block in doc.back:
        annotate_block(doc, overrides, block, back, block_no, narrative=False)
        block_no += 1
