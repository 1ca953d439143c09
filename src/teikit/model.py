"""The document model that flows between the stages: source lines, blocks, divisions, spans.

Offsets in a `Span` are offsets into `Block.text`, where the block's source lines are joined by
"\\n"; the serialiser turns each "\\n" into `<lb/>`, so the diplomatic view can restore the lines.
"""

from __future__ import annotations

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
