"""The document model that flows between the stages: source lines, blocks, divisions, spans.

Offsets in a `Span` are offsets into `Block.text`, where the block's source lines are joined by
"\\n"; the serialiser turns each "\\n" into `<lb/>`, so the diplomatic view can restore the lines.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree


@dataclass(frozen=True)
class SourceText:
    """A plain text as read from disk: its path, decoded text and lines (without line ends)."""

    path: Path
    text: str
    lines: tuple[str, ...]
    name: str


@dataclass
class Span:
    """Inline markup over a block's text.

    `tag` and `attrs` make the element wrapped around text[start:end]. Spans nest by containment;
    on identical ranges the lower `rank` is outside. A span with `start == end` inserts `payload`
    (a ready-made element such as `note` or `gap`) at that point. `tail` elements are appended
    inside the element after its text (as `corr` after `sic` inside `choice`).
    """

    start: int
    end: int
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    rank: int = 50
    payload: etree._Element | None = None
    tail: list[etree._Element] = field(default_factory=list)
    #: (rule, reason) of a mention teikit found by rule, for `convert --explain`; never serialised.
    explanation: tuple[str, str] | None = None

    @property
    def is_point(self) -> bool:
        return self.start == self.end


class SpanIndex:
    """Spans sorted by where they start and where they end, so that asking whether a range crosses or
    overlaps one costs a binary search, not a pass over every span of the block: once per date or
    ellipsis, that pass made conversion time grow with the square of a paragraph's length."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        spans = list(spans)
        ranges = [(s.start, s.end) for s in spans if not s.is_point]
        self.by_start = sorted(ranges)
        self.by_end = sorted((end, start) for start, end in ranges)
        self.points = sorted(s.start for s in spans if s.is_point)

    def add(self, span: Span) -> None:
        if span.is_point:
            insort(self.points, span.start)
        else:
            insort(self.by_start, (span.start, span.end))
            insort(self.by_end, (span.end, span.start))

    def crosses(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a span without nesting in it or around it? Only the spans with
        an end strictly inside the range are looked at: one that begins inside and ends after it, or
        one that ends inside and began before it, is a crossing."""
        i = bisect_right(self.by_start, (start, INFINITY))
        while i < len(self.by_start) and self.by_start[i][0] < end:
            if self.by_start[i][1] > end:
                return True
            i += 1
        i = bisect_right(self.by_end, (start, INFINITY))
        while i < len(self.by_end) and self.by_end[i][0] < end:
            if self.by_end[i][1] < start:
                return True
            i += 1
        return False

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span overlap [start, end), or a point span stand within [start, end]? Counted:
        the spans that begin before `end`, less those that are over by `start`."""
        if bisect_left(self.by_start, (end,)) - bisect_right(self.by_end, (start, INFINITY)) > 0:
            return True
        i = bisect_left(self.points, start)
        return i < len(self.points) and self.points[i] <= end


INFINITY = float("inf")


@dataclass
class Block:
    """A run of source lines that becomes one TEI element (p, head, dateline, signed, …)."""

    kind: str
    lines: list[str]
    line_no: int
    spans: list[Span] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def holds_markup(self) -> bool:
        """False for a block whose TEI element takes text only: a document number becomes `idno`, where
        TEI allows no names or dates ("No. 42/TSK/37" holds no organisation, though TSK looks like one)."""
        return self.kind not in TEXT_ONLY_KINDS


#: Block kinds whose TEI element holds text only (serialise.BLOCK_ELEMENT: "number" is `idno`).
TEXT_ONLY_KINDS = frozenset({"number"})


@dataclass
class Division:
    """One document of the dossier (memorandum, testimony, letter…), TEI `div`."""

    type: str
    head: list[Block] = field(default_factory=list)
    opener: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    closer: list[Block] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        return [*self.head, *self.opener, *self.body, *self.closer]


@dataclass
class Document:
    """A segmented source: web boilerplate, front matter, the documents and the back matter."""

    source: SourceText
    boilerplate: list[Block] = field(default_factory=list)
    front: list[Block] = field(default_factory=list)
    divisions: list[Division] = field(default_factory=list)
    back: list[Block] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        """Every block of the text proper (not boilerplate), in source order."""
        out = [*self.front]
        for div in self.divisions:
            out.extend(div.blocks())
        out.extend(self.back)
        return out
