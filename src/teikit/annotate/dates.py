"""Dates: every calendar expression tagged as `date` and normalised, with the year inferred in context.

Three steps, each a pure function:

* `find_dates(text)` recognises expressions in one block: full dates, month + day, days alone
  ("the 14th"), months, years, seasons, parts ("the end of November", "early 1929"), ranges and
  disjunctions written as one phrase, and "October 15 of this year". It never tags document, page,
  folio, house or unit numbers, ordinals of events ("the 15th Congress"), durations or clock times.
* `Resolver` gives each expression its value. A missing year is inferred from the division's own date
  (a testimony dated 20 Oct 1929 narrates the past) and from the narrative clock: the period last
  mentioned. Mentions far before the clock are flashbacks and leave it alone; a bare month takes the
  year that puts it closest to the clock, a step back costing twice a step forward (narratives move
  on) and a date after the document's own date costing a year more.
* Edition data (`<e:dates>` in NAME.edition.xml) overrides the value where the text itself is wrong.

Attributes follow `CONVENTIONS` (also written into the header). Impossible dates ("February 30")
are tagged without a value and logged as warnings on the `teikit` logger with file and line.
"""

from __future__ import annotations

import calendar
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate

from teikit.edition import EditionData
from teikit.model import Block, Document, Span, SpanIndex

RANK = 30
RESP = "#teikit"
log = logging.getLogger("teikit.dates")

CONVENTIONS = (
    "Dates are normalised by teikit: @when for a day, month or year; @from/@to for a range stated as "
    "one (\"from October 1928 to February 1929\"); @notBefore/@notAfter for seasons, disjunctions "
    "(\"May or June\") and decades, at month precision: spring 03–05, summer 06–08, autumn (fall) 09–11, "
    "winter 12–02 (the winter of 1927 runs from December 1927). A part of a period (\"the end of "
    "November\", \"early 1929\") keeps the value of the period. A year not written in the text is "
    "inferred from the document's date and the narrative (@evidence=\"conjecture\", @cert medium; "
    "high for \"of this year\", which the document's date fixes); \"about\" or \"approximately\" "
    "lowers @cert by one step (explicit high → medium, inferred medium → low). Values "
    "set by the editor, where the text is wrong, carry @resp=\"#editor\". A date that cannot exist "
    "(February 30) has @type=\"impossible\" and no value; one whose year cannot be inferred has "
    "@type=\"relative\".")

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
#: Seasons as (first month, last month); a last month above 12 runs into the next year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}

MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH = rf"(?:{MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
END = r"(?![\w/]|[.,]\d)"
CONTEXT = 40  # characters of context either side that the tests below look at
REL_YEAR = (r"(?:this|the\s+current|that|the\s+same|last|the\s+previous|the\s+preceding|next|"
            r"the\s+following)\s+year")

#: One calendar expression (no range), named groups telling what it holds; longest forms first.
#: The lookahead is every character an expression can start with: without it re tries all fifteen
#: forms at every position of the text (five times slower).
UNIT = re.compile(rf"""
    (?=[\dtJFMASONDSsAaFfWw])
    (?:(?P<dmy>(?:the\s+)?(?P<dmy_d>{DAY})(?:\s+of)?\s+(?P<dmy_m>{MONTH}),?\s+(?P<dmy_y>{YEAR}){END})
  | (?P<mdy>(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{DAY}),?\s+(?P<mdy_y>{YEAR}){END})
  | (?P<num>(?P<num_d>3[01]|[12]\d|0?[1-9])\.(?P<num_m>1[0-2]|0?[1-9])\.(?P<num_y>{YEAR}){END})
  | (?P<iso>(?P<iso_y>{YEAR})-(?P<iso_m>1[0-2]|0[1-9])-(?P<iso_d>3[01]|[12]\d|0[1-9]){END})
  | (?P<mdr>(?P<mdr_m>{MONTH})(?:\s+(?P<mdr_d>{DAY}))?\s+of\s+(?P<mdr_rel>{REL_YEAR})\b)
  | (?P<md>(?P<md_m>{MONTH})\s+(?P<md_d>{DAY})(?![\w:/]|[.,]\d|\s*[-–]\s*\d))
  | (?P<dm>(?:the\s+)?(?P<dm_d>{DAY})(?:\s+of)?\s+(?P<dm_m>{MONTH}))
  | (?P<my>(?P<my_m>{MONTH}),?\s+(?:of\s+)?(?P<my_y>{YEAR}){END})
  | (?P<sy>(?:the\s+)?(?P<sy_s>{SEASON})(?:\s+of|,)?\s+(?P<sy_y>{YEAR}){END})
  | (?P<yr>(?P<yr_a>{YEAR})\s*[-–]\s*(?P<yr_b>{YEAR}|\d\d){END})
  | (?P<dec>(?:the\s+)?(?P<dec_y>1[5-9]\d0|20\d0)[’']?s\b)
  | (?P<y>(?P<y_y>{YEAR}){END})
  | (?P<m>(?P<m_m>{MONTH_FULL})\b)
  | (?P<s>(?:the\s+)?(?P<s_s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b)
  | (?P<d>the\s+(?P<d_d>{ORDINAL_DAY})\b))
""", re.VERBOSE)

PART = re.compile(r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|"
                  r"first\s+days|last\s+days|first\s+week|last\s+week)\s+of\s+|"
                  r"(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\s+in\s+|\s+|-))$")
APPROX = re.compile(r"\b(?:about|approximately|around|circa|ca\.|c\.|roughly|some\s+time\s+in|"
                    r"sometime\s+in)\s+$", re.IGNORECASE)
#: Words joining two expressions into one range ("to", "-") or disjunction ("or").
CONNECTOR = re.compile(r"^(?:\s*[-–—]\s*|\s+(?P<word>to|till|until|through|or|and)\s+)$")
#: A number after these is a document, page, folio, house or volume number, never a year or a day.
NUMBER_BEFORE = re.compile(r"(?:\b(?:No|Nos|Nr|nos?)\.?\s*|\b(?:pp?|ll?|L|F|D|Op|On|[Vv]ol|[Aa]rt|[Ff]ol)\.\s*|"
                           r"\b(?:[Ss]tr|[Pp]ages?|[Nn]umber|[Aa]partment|[Rr]oom|[Hh]ouse|[Ff]lat|[Bb]ox)\.?\s+|"
                           r"[№#]\s*)$")
#: Nouns that make a preceding number a count, not a year ("1500 workers").
COUNT_AFTER = re.compile(r"^\s+(?:people|persons|men|women|workers|peasants|soldiers|members|troops|"
                         r"households|families|votes|roubles|rubles|dollars|francs|marks|pounds|km|"
                         r"kilometres|kilometers|miles|metres|meters|copies|tons|tonnes|poods|hectares|"
                         r"acres|pages|hours|cases|items|strong)\b")
#: Nouns after "the 27th" that make it a unit, an event or a time, not a day of the month.
ORDINAL_NOUNS = re.compile(r"^\s+(?:division|brigade|regiment|battalion|army|corps|company|squadron|"
                           r"fleet|congress|conference|plenum|session|meeting|anniversary|century|"
                           r"floor|storey|district|ward|line|edition|volume|chapter|article|paragraph|"
                           r"time|times|year|years|day|days|place|row|class|grade|party|international|"
                           r"birthday|rifle|cavalry|infantry|guards|section|department|point|item)(?:s|es)?\b",
                           re.IGNORECASE)
#: A plural noun after a number makes it a count ("2000 delegates"); these words end in s but are not nouns.
PLURAL_AFTER = re.compile(r"^\s+(?!(?:was|is|has|as|its|his|this|thus|plus|less|across|towards|upon|afterwards)\b)"
                          r"[a-z]+s\b")
YEAR_PREPOSITION = re.compile(r"\b(?:in|since|until|till|by|during|before|after)\s+$", re.IGNORECASE)
#: "the 7th and 8th divisions": an ordinal in a series takes the noun after the last one.
SERIES = r"^\s*(?:,|and|or|to|-|–)\s*\d+(?:st|nd|rd|th)(?=\s)"
PREPOSITION = re.compile(r"\b(?:in|on|of|until|till|by|since|from|to|during|before|after|between|"
                         r"through|throughout|early|late|mid|or|and|last|next|this|that|the|each|every)"
                         r"[\s-]+$", re.IGNORECASE)
TRUE_PREPOSITION = re.compile(r"\b(?:in|on|until|till|by|since|from|to|during|before|after|between|"
                              r"through|throughout|of)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class Point:
    """One calendar unit: a year, month range (season) and day, any of which may be unknown."""

    year: int | None = None
    month_lo: int | None = None
    month_hi: int | None = None
    day: int | None = None
    decade: bool = False


@dataclass
class Found:
    """A date expression in a block: offsets, its units, how they combine, and what qualifies it."""

    start: int
    end: int
    points: list[Point]
    join: str = "point"  # point | range | or | and
    approx: bool = False
    relative: str | None = None  # "this", "last", "next", "that" year
    impossible: bool = False
    attrs: dict[str, str] = field(default_factory=dict)


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTH_NAMES.index(word) + 1 if word in MONTH_NAMES else MONTH_ABBR[word]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def unit_point(m: re.Match) -> tuple[Point, str | None] | None:
    """The point a UNIT match stands for, and its relative-year word; None if context says it is not a date."""
    kind = m.lastgroup
    g = m.group
    if kind in ("dmy", "mdy", "num", "iso"):
        return Point(int(g(f"{kind}_y")), *(2 * [month_number(g(f"{kind}_m")) if kind in ("dmy", "mdy")
                                                 else int(g(f"{kind}_m"))]), day_number(g(f"{kind}_d"))), None
    if kind == "mdr":
        month = month_number(g("mdr_m"))
        rel = g("mdr_rel").split()[-2]
        return Point(None, month, month, day_number(g("mdr_d")) if g("mdr_d") else None), rel
    if kind in ("md", "dm"):
        month = month_number(g(f"{kind}_m"))
        return Point(None, month, month, day_number(g(f"{kind}_d"))), None
    if kind == "my":
        month = month_number(g("my_m"))
        return Point(int(g("my_y")), month, month), None
    if kind == "sy":
        lo, hi = SEASONS[g("sy_s").lower()]
        return Point(int(g("sy_y")), lo, hi), None
    if kind == "dec":
        return Point(int(g("dec_y")), decade=True), None
    if kind == "yr":
        return Point(int(g("yr_a"))), None
    if kind == "y":
        return Point(int(g("y_y"))), None
    if kind == "m":
        month = month_number(g("m_m"))
        return Point(None, month, month), None
    if kind == "s":
        lo, hi = SEASONS[g("s_s").lower()]
        return Point(None, lo, hi), None
    if kind == "d":
        return Point(None, None, None, day_number(g("d_d"))), None
    return None


def plausible(m: re.Match, text: str) -> bool:
    """Context tests that keep numbers, names and ordinals of things from being taken as dates."""
    kind, before, after = m.lastgroup, text[max(0, m.start() - CONTEXT):m.start()], text[m.end():m.end() + CONTEXT]
    if NUMBER_BEFORE.search(before):
        return False
    if kind in ("y", "yr", "num") and not YEAR_PREPOSITION.search(before) and \
            (COUNT_AFTER.match(after) or kind == "y" and PLURAL_AFTER.match(after)):
        return False  # "1500 workers", "the 2000 delegates"; but "in 1927 workers struck"
    if kind == "yr" and len(m.group("yr_b")) == 4 and int(m.group("yr_b")) <= int(m.group("yr_a")):
        return False
    if kind == "yr" and len(m.group("yr_b")) == 2 and int(m.group("yr_b")) <= int(m.group("yr_a")[2:]):
        return False
    if kind == "d":
        if ORDINAL_NOUNS.match(after) or ORDINAL_NOUNS.match(re.sub(SERIES, " ", after, count=1)):
            return False
        following = re.match(r"\s*(\S)", after)
        if following is None or not following.group(1)[0].isalnum():
            return True  # "On the 15th," "the 14th."
        if following.group(1)[0].isupper() and not re.match(r"\s+I\b", after):
            return False  # "the 15th Congress"
        return bool(re.search(r"\b(?:on|by|until|till|from|since|to|of)\s+$", before, re.IGNORECASE))
    if kind == "m":
        word = m.group("m_m")
        prep = PREPOSITION.search(before)
        if word == "May" and not prep and not re.match(r"\s*(?:[-–]|or\b|and\b|to\b|\d)", after):
            return False  # the modal verb
        if not TRUE_PREPOSITION.search(before) and re.match(r"\s+(?!I\b)[A-Z]", after):
            return False  # a name ("August Bebel", "the October Revolution")
    if kind == "s":
        if not PREPOSITION.search(before) and not m.group().lower().startswith("the"):
            return False
        if re.search(r"\b(?:this|last|next|coming|previous|following)\s+$", before, re.IGNORECASE):
            return False  # relative: "the coming autumn"
        if re.match(r"\s+(?!and\b|or\b|to\b|of\b|till\b|until\b)[a-z]", after):
            return False  # an adjective: "the spring sowing campaign"
    return True


def find_units(text: str) -> list[Found]:
    """Each calendar unit of `text`, with its part/approximation prefix, not yet joined into ranges."""
    found: list[Found] = []
    for m in UNIT.finditer(text):
        glued = text[m.start() - 1:m.start()]
        if glued.isalnum() or (glued and glued in "-–/." and m.group()[0].isdigit()):
            continue  # inside a word or a number ("94-126", "2/15", "6.1929")
        if not plausible(m, text):
            continue
        point, rel = unit_point(m)
        start = m.start()
        part = PART.search(text, max(0, start - CONTEXT), start)
        if part:
            start = part.start()
        approx = bool(APPROX.search(text, max(0, start - CONTEXT), start))
        unit = Found(start, m.end(), [point], relative=rel, approx=approx)
        if m.lastgroup == "yr":
            b = m.group("yr_b")
            second = int(b) if len(b) == 4 else int(m.group("yr_a")[:2] + b)
            unit.points.append(Point(second))
            unit.join = "range"
        elif m.lastgroup == "dec":
            unit.join = "decade"
        found.append(unit)
    return found


def join_units(text: str, units: list[Found]) -> list[Found]:
    """Join "spring to November 1927", "the end of November - December", "May or June" into one phrase."""
    out: list[Found] = []
    for unit in units:
        prev = out[-1] if out else None
        link = CONNECTOR.match(text[prev.end:unit.start]) if prev is not None else None
        if prev is not None and link and prev.join == "point" and unit.join == "point" \
                and not prev.relative and not unit.relative:
            word = link.group("word")
            first, second = prev.points[0], unit.points[0]
            shares_year = first.year is None and second.year is not None
            between = word == "and" and re.search(r"\bbetween\s+$", text[max(0, prev.start - CONTEXT):prev.start])
            if word == "and" and not (shares_year or between):
                out.append(unit)
                continue
            if (first.day is None) != (second.day is None) and second.month_lo is None:
                out.append(unit)
                continue
            prev.end = unit.end
            prev.points.append(second)
            prev.join = "or" if word == "or" else "and" if word == "and" and not between else "range"
            prev.approx = prev.approx or unit.approx
            continue
        out.append(unit)
    return out


def find_dates(text: str) -> list[Found]:
    """Every date expression of a block's text, ranges joined, values not yet resolved."""
    return join_units(text, find_units(text))


# ---------------------------------------------------------------- values

def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 at the precision given; a month above 12 runs into the next year."""
    if month is None:
        return f"{year:04d}"
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


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


@dataclass
class Resolver:
    """The reading state of one division: its date, the narrative clock, recent explicit months."""

    doc_date: Point | None
    clock: tuple[int, int] | None = None
    recent_months: dict[int, tuple[int, int]] = field(default_factory=dict)  # month → (year, block no.)
    last_point: tuple[Point, int] | None = None  # last resolved point with a month, and its block no.

    def doc_index(self) -> int | None:
        if self.doc_date is None or self.doc_date.month_lo is None:
            return None
        return month_index(self.doc_date.year, self.doc_date.month_lo)

    def resolve(self, found: Found, block_no: int, narrative: bool) -> None:
        """Give `found` its years (and month, for a day alone), then its attributes."""
        points = found.points
        if any(not valid_day(p) for p in points):
            found.impossible = True
            return
        explicit = any(p.year is not None for p in points)  # a year written once serves the phrase
        distribute_year(points)
        inferred = not explicit
        if found.relative:
            if self.doc_date is None and found.relative != "that":
                return
            base = self.doc_date.year if found.relative != "that" or self.clock is None \
                else self.clock[1] // 12
            shift = {"last": -1, "previous": -1, "preceding": -1, "next": 1, "following": 1}
            for p in points:
                p.year = base + shift.get(found.relative, 0)
        elif any(p.year is None for p in points):
            if points[0].month_lo is None:
                self.resolve_day(points[0], block_no)
            if any(p.year is None for p in points):
                if not self.infer_year(points, block_no):
                    return
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
            cert = "low" if found.approx else "medium" if not found.relative else "high"
        elif found.approx:
            cert = "medium"
        attrs["cert"] = cert
        attrs["resp"] = RESP
        found.attrs = attrs
        self.advance(found, block_no, explicit, narrative)

    def resolve_day(self, point: Point, block_no: int) -> None:
        """A day alone is in the month last named in its paragraph, else in the document's month."""
        if self.last_point is not None and self.last_point[1] == block_no:
            prior = self.last_point[0]
            point.month_lo = point.month_hi = prior.month_lo
            point.year = prior.year
            if point.day < (prior.day or 0):
                point.month_lo = point.month_hi = prior.month_lo + 1
                if point.month_lo > 12:
                    point.month_lo = point.month_hi = 1
                    point.year += 1
        elif self.doc_date is not None and self.doc_date.month_lo is not None:
            point.year, month = self.doc_date.year, self.doc_date.month_lo
            if self.doc_date.day is not None and point.day > self.doc_date.day:
                month -= 1
                if month == 0:
                    point.year, month = point.year - 1, 12
            point.month_lo = point.month_hi = month

    def infer_year(self, points: list[Point], block_no: int) -> bool:
        """Years for a phrase written without one: recent mention of the month, else the clock."""
        first = points[0]
        if first.month_lo is None:
            return False
        recent = self.recent_months.get(first.month_lo)
        if recent is not None and recent[1] >= block_no - 1 and len(points) == 1:
            first.year = recent[0]
            return True
        anchor = self.clock
        doc = self.doc_index()
        if anchor is None and doc is None:
            return False
        base = (anchor[1] if anchor else doc) // 12
        best = None
        for year in (base - 1, base, base + 1):
            trial = [replace(p) for p in points]
            trial[0].year = year
            distribute_year(trial)
            for p in trial:
                if p.year is None:
                    p.year = year
            lo, hi = span_of(trial)
            if anchor is not None:
                cost = 2 * (anchor[0] - hi) if hi < anchor[0] else lo - anchor[1] if lo > anchor[1] else 0
                if doc is not None and lo > doc:
                    cost += 12
            else:
                cost = doc - hi if hi <= doc else 2 * (lo - doc)
            if best is None or cost < best[0]:
                best = (cost, trial)
        for p, t in zip(points, best[1]):
            p.year = t.year
        return True

    def advance(self, found: Found, block_no: int, explicit: bool, narrative: bool) -> None:
        """Move the narrative clock to what was just mentioned, unless it is a flashback."""
        points = found.points
        for p in points:
            if p.month_lo is not None and p.month_lo == p.month_hi:
                self.last_point = (p, block_no)
                if explicit:
                    self.recent_months[p.month_lo] = (p.year, block_no)
        if not narrative:
            return
        lo, hi = span_of(points)
        if self.clock is not None and hi < self.clock[0] - 12:
            return  # a flashback ("back in 1919") leaves the story where it was
        self.clock = (lo, hi)


# ---------------------------------------------------------------- the document

def division_date(blocks: list[Block]) -> Point | None:
    """The first full date of a division's head or opener (its dateline)."""
    for block in blocks:
        for found in find_dates(block.text):
            p = found.points[0]
            if found.join == "point" and p.year is not None and p.day is not None and valid_day(p):
                return p
    return None


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


def annotate_block(doc: Document, overrides: list[LocatedOverride], block: Block, resolver: Resolver,
                   block_no: int, narrative: bool) -> None:
    text = block.text
    found = find_dates(text)
    for f in found:
        resolver.resolve(f, block_no, narrative)
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
    for div in doc.divisions:
        own = division_date([*div.head, *div.opener])
        resolver = Resolver(own or last_date or dossier_date)
        for part in (div.head, div.opener, div.body, div.closer):
            for block in part:
                annotate_block(doc, overrides, block, resolver, block_no, narrative=part is div.body)
                block_no += 1
        last_date = own or last_date
    back = Resolver(last_date or dossier_date)
    for block in doc.back:
        annotate_block(doc, overrides, block, back, block_no, narrative=False)
        block_no += 1
