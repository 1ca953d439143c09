"""The editorial layer: what the source says, what the editor says about it, and the line between.

Two sources of decisions, both ending up as `Span`s on the blocks:

* the editor's, from `e:editorial` in the edition data (see docs/edition-data.md), each anchored by
  quoting the words it attaches to: corrections (`choice` with `sic`/`corr` for errors, `orig`/`reg`
  for spellings), editorial notes, the publisher's inline notes, omissions, broken-off sentences and
  repetitions;
* general detection on any text (`@resp="#teikit"`, `@cert="low"`): ellipses standing for an
  omission, paragraphs that end mid-sentence, verbatim repetitions of 12 words or more.

The source's words are never replaced, only wrapped: `sic`, `orig`, `surplus` and the publisher's
notes keep them, while `corr`, `reg`, `gap` and editorial notes add the editor's reading beside them.
So the diplomatic text (what score.py's flatten reads) is exactly the source. Editorial notes are
numbered (`@n`) in document order here, so every view shows the same numbers.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from teikit.edition import E, EDITION_NS, Anchor, EditionData
from teikit.errors import EditionDataError
from teikit.model import Block, Document, Span, SpanIndex
from teikit.segment import offset_of
from teikit.xmlio import TEI_NS, XML_NS

EDITOR, PUBLISHER, TEIKIT = "#editor", "#publisher", "#teikit"

#: Ranks: a surplus holds everything in the repeated copy; a choice sits inside names and dates
#: (rank 30) on the same words; the sic/orig inside the choice; gaps before notes at one point.
SURPLUS_RANK, SOURCE_NOTE_RANK, CHOICE_RANK, READING_RANK, GAP_RANK, NOTE_RANK = 5, 20, 35, 36, 80, 90
EDITORIAL_TAGS = {"choice", "sic", "orig", "gap", "surplus", "note"}

ELLIPSIS = re.compile(r"\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\)|(?<!\.)\.{3}(?!\.)|…")
WORD = re.compile(r"\w+(?:['’]\w+)*")
PUNCTUATION = re.compile(r"[^\w\s]*")
#: A paragraph whose last character is one of these (or a letter or digit) stops mid-sentence.
OPEN_ENDINGS = ",;-–—“‘(["
REPEAT_MIN_WORDS = 12
REPEAT_WINDOW_WORDS = 250
REPEAT_MERGE_WORDS = 6
INCOMPLETE_MIN_WORDS = 6

XML_ID = f"{{{XML_NS}}}id"

DEFAULT_NOTES = {
    "incomplete": "The sentence breaks off here in the translation; nothing is supplied.",
    "surplus": "The translation repeats this passage verbatim; the repeated copy is not part of the reading text.",
}


# ---------------------------------------------------------------- the editor's decisions

def tei(tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    """A TEI element for a span's payload or tail (the serialiser copies it into place)."""
    el = etree.Element(f"{{{TEI_NS}}}{tag}", attrs or {}, nsmap={None: TEI_NS})
    el.text = text
    return el


def content_key(text: str) -> str:
    """Six hex digits from the words alone (as the serialiser derives block ids)."""
    norm = unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:6]


@dataclass
class Decision:
    """One entry of `e:editorial`: what to do (`kind`) with the words an anchor quotes."""

    kind: str  # correct | note | sourceNote | gap | incomplete | surplus
    anchor: Anchor
    every: bool = False  # occurrence="all"
    attrs: dict[str, str] = field(default_factory=dict)
    notes: list[etree._Element] = field(default_factory=list)


def edition_file(el: etree._Element) -> str:
    return el.getroottree().docinfo.URL or "edition data"


def decision_anchor(el: etree._Element, quote_attr: str, occurrence_attr: str) -> tuple[Anchor, bool]:
    """The anchor of an editorial element; occurrence="all" means every place the words occur."""
    origin = f"{edition_file(el)}:{el.sourceline}"
    name = etree.QName(el).localname
    quote = el.get(quote_attr)
    if not quote:
        raise EditionDataError(f"<{name}> needs a quote=\"…\" anchor (the words it attaches to)", origin)
    occurrence = el.get(occurrence_attr)
    if occurrence in (None, "all"):
        return Anchor(quote, None, origin), occurrence == "all"
    if not occurrence.isdigit() or int(occurrence) < 1:
        raise EditionDataError(f"occurrence must be a whole number from 1, or \"all\", not {occurrence!r}", origin)
    return Anchor(quote, int(occurrence), origin), False


def decisions(editorial: etree._Element | None) -> list[Decision]:
    """Parse `e:editorial`: corrections, notes, source notes, gaps, incomplete sentences, repetitions."""
    if editorial is None:
        return []
    out = []
    for el in editorial:
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el)
        if name.localname == "note" and name.namespace != EDITION_NS:
            anchor, every = decision_anchor(el, f"{E}quote", f"{E}occurrence")
            out.append(Decision("note", anchor, every, notes=[el]))
            continue
        if name.namespace != EDITION_NS or name.localname not in ("correct", "sourceNote", "gap", "incomplete", "surplus"):
            raise EditionDataError(f"unknown editorial decision <{name.localname}>",
                                   f"{edition_file(el)}:{el.sourceline}")
        anchor, every = decision_anchor(el, "quote", "occurrence")
        if name.localname == "correct" and len({"corr", "reg"} & set(el.attrib)) != 1:
            raise EditionDataError(
                "<e:correct> needs corr=\"…\" (an error of the text) or reg=\"…\" (a spelling), not both",
                f"{edition_file(el)}:{el.sourceline}")
        notes = [n for n in el if isinstance(n.tag, str) and etree.QName(n).localname == "note"]
        out.append(Decision(name.localname, anchor, every, dict(el.attrib), notes))
    return out


class BlockLocator:
    """Finds the block that holds a range of source offsets by a binary search over where the blocks
    start (a pass over every block's text, once per decision, grows with the text times the edition)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = sorted(blocks, key=offset_of)
        self.starts = [offset_of(block) for block in self.blocks]
        self.texts = [block.text for block in self.blocks]

    def placed(self, anchor: Anchor, start: int, end: int) -> tuple[Block, str, int, int]:
        """The block holding source offsets [start, end), its text, and the offsets within it."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and end <= self.starts[i] + len(self.texts[i]):
            return self.blocks[i], self.texts[i], start - self.starts[i], end - self.starts[i]
        raise EditionDataError(
            f"anchor {anchor.quote!r} does not lie within one block of the text "
            "(it runs across paragraphs, or quotes the web page's lines)", anchor.origin)


def note_element(source: etree._Element | None, resp: str, text: str = "", cert: str | None = None) -> etree._Element:
    """A TEI `note`, editorial unless the edition says otherwise: the edition's note (its words and
    attributes, anchoring attributes left out) or one with `text`."""
    if source is not None:
        note = retag(source)
        note.tail = None
    else:
        note = tei("note", None, text)
    for key, default in (("type", "editorial"), ("resp", resp)):
        if note.get(key) is None:
            note.set(key, default)
    if cert:
        note.set("cert", cert)
    return note


def retag(el: etree._Element) -> etree._Element:
    """A copy of an element from the edition file with edition-namespace attributes left out."""
    copy = tei(etree.QName(el).localname, {k: v for k, v in el.attrib.items() if not k.startswith(E)}, el.text)
    for child in el:
        if isinstance(child.tag, str):
            copy.append(retag(child))
    copy.tail = el.tail
    return copy


def point(at: int, payload: etree._Element, rank: int) -> Span:
    return Span(at, at, etree.QName(payload).localname, rank=rank, payload=payload)


def gap_element(reason: str, resp: str, cert: str | None = None) -> etree._Element:
    gap = tei("gap", {"reason": reason, "resp": resp})
    if cert:
        gap.set("cert", cert)
    return gap


def ellipsis_choice(start: int, end: int, gap: etree._Element, resp: str) -> list[Span]:
    """An ellipsis mark kept as transmitted (`orig`) with the omission it stands for (`reg/gap`)."""
    reg = tei("reg", {"resp": resp})
    reg.append(gap)
    return [Span(start, end, "choice", rank=CHOICE_RANK, tail=[reg]),
            Span(start, end, "orig", rank=READING_RANK)]


def spans_for(decision: Decision, start: int, end: int, text: str, first: bool) -> list[Span]:
    """The markup one decision puts on the words at [start, end) of a block's `text`."""
    attrs, kind = decision.attrs, decision.kind
    after = end
    spans: list[Span] = []
    if kind == "correct":
        pair = ("sic", "corr") if "corr" in attrs else ("orig", "reg")
        reading = tei(pair[1], {"resp": attrs.get("resp", EDITOR)}, attrs[pair[1]])
        spans += [Span(start, end, "choice", rank=CHOICE_RANK, tail=[reading]),
                  Span(start, end, pair[0], rank=READING_RANK)]
    elif kind == "sourceNote":
        spans.append(Span(start, end, "note", {"type": attrs.get("type", "publisher"),
                                               "resp": attrs.get("resp", PUBLISHER)}, rank=SOURCE_NOTE_RANK))
    elif kind == "gap":
        gap = gap_element(attrs.get("reason", "omitted"), attrs.get("resp", PUBLISHER))
        mark = ELLIPSIS.search(text, start, end)
        if mark:
            spans += ellipsis_choice(mark.start(), mark.end(), gap, EDITOR)
        else:
            spans.append(point(end, gap, GAP_RANK))
    elif kind == "incomplete":
        spans.append(point(end, gap_element("incomplete", attrs.get("resp", EDITOR)), GAP_RANK))
    elif kind == "surplus":
        spans.append(Span(start, end, "surplus", {"reason": attrs.get("reason", "repeated"),
                                                  "resp": attrs.get("resp", EDITOR)}, rank=SURPLUS_RANK))
    if first or kind == "note":
        notes = [note_element(n, EDITOR) for n in decision.notes]
        if not notes and kind in DEFAULT_NOTES:
            notes = [note_element(None, EDITOR, DEFAULT_NOTES[kind])]
        spans += [point(after, n, NOTE_RANK) for n in notes]
    return spans


def apply_decisions(doc: Document, found: list[Decision]) -> None:
    locator = BlockLocator(doc.blocks())
    text = doc.source.text
    for decision in found:
        places = decision.anchor.matches(text) if decision.every else [decision.anchor.locate(text)]
        for i, (start, end) in enumerate(places):
            block, block_text, b_start, b_end = locator.placed(decision.anchor, start, end)
            block.spans.extend(spans_for(decision, b_start, b_end, block_text, first=i == 0))


# ---------------------------------------------------------------- general detection

def editorial_marks(block: Block) -> SpanIndex:
    """Where the editorial markup of a block lies, to tell whether a new mark would meet it."""
    return SpanIndex(span for span in block.spans if span.tag in EDITORIAL_TAGS)


def mark(block: Block, marks: SpanIndex, spans: list[Span]) -> None:
    block.spans.extend(spans)
    for span in spans:
        marks.add(span)


def detect_ellipses(block: Block) -> None:
    marks = editorial_marks(block)
    for found in ELLIPSIS.finditer(block.text):
        if not marks.overlaps(found.start(), found.end()):
            mark(block, marks, ellipsis_choice(found.start(), found.end(),
                                               gap_element("omitted", TEIKIT, "low"), TEIKIT))


def ends_mid_sentence(block: Block) -> bool:
    """A paragraph, or the last part of one cut for length (the others run on in the source)."""
    text = block.text.rstrip()
    return (block.kind == "p" and block.attrs.get("part") in (None, "F") and len(text.split()) >= INCOMPLETE_MIN_WORDS
            and (text[-1].isalnum() or text[-1] in OPEN_ENDINGS))


def detect_incomplete(block: Block) -> None:
    end = len(block.text.rstrip())
    if ends_mid_sentence(block) and not editorial_marks(block).overlaps(end, end):
        block.spans += [
            point(end, gap_element("incomplete", TEIKIT, "low"), GAP_RANK),
            point(end, note_element(None, TEIKIT, "The paragraph ends without closing punctuation: "
                                                  "the sentence may break off here.", "low"), NOTE_RANK),
        ]


def repeated_copies(blocks: list[Block]) -> list[tuple[Block, int, int, int]]:
    """Second copies of word runs (≥ 12 words, case and punctuation ignored) that follow closely on
    the first: (block, start, end, words back to the first copy). Runs a few words apart in one
    block are one copy ("slightly different" repetitions)."""
    tokens = [(block, m.start(), m.end(), m.group().casefold())
              for block in blocks for m in WORD.finditer(block.text)]
    words = [t[3] for t in tokens]
    last_seen: dict[tuple[str, ...], int] = {}
    runs: list[list[int]] = []  # [first token, last token, distance]
    i = 0
    while i + REPEAT_MIN_WORDS <= len(words):
        gram = tuple(words[i:i + REPEAT_MIN_WORDS])
        j = last_seen.get(gram)
        block = tokens[i][0]
        if (j is not None and REPEAT_MIN_WORDS <= i - j <= REPEAT_WINDOW_WORDS
                and tokens[i + REPEAT_MIN_WORDS - 1][0] is block):
            length = REPEAT_MIN_WORDS
            while (i + length < len(words) and j + length < i and words[j + length] == words[i + length]
                   and tokens[i + length][0] is block):
                length += 1
            if runs and tokens[runs[-1][1]][0] is block and i - runs[-1][1] <= REPEAT_MERGE_WORDS:
                runs[-1][1] = i + length - 1
            else:
                runs.append([i, i + length - 1, i - j])
            i += length
            continue
        last_seen[gram] = i
        i += 1
    texts = {id(block): block.text for block in blocks}
    copies = []
    for first, last, distance in runs:
        block, end = tokens[first][0], tokens[last][2]
        end = PUNCTUATION.match(texts[id(block)], end).end()
        copies.append((block, tokens[first][1], end, distance))
    return copies


def detect_repetitions(blocks: list[Block]) -> None:
    marks: dict[int, SpanIndex] = {}
    for block, start, end, distance in repeated_copies(blocks):
        if id(block) not in marks:
            marks[id(block)] = editorial_marks(block)
        if marks[id(block)].overlaps(start, end):
            continue
        mark(block, marks[id(block)], [
            Span(start, end, "surplus", {"reason": "repeated", "resp": TEIKIT, "cert": "low"}, rank=SURPLUS_RANK),
            point(end, note_element(None, TEIKIT, f"These words repeat verbatim a passage {distance} words "
                                                  "earlier; probably a duplication in transmission.", "low"),
                  NOTE_RANK),
        ])


# ---------------------------------------------------------------- numbering

def number_notes(doc: Document) -> None:
    """Editorial notes get @n 1, 2, … in reading order and an @xml:id from their words and place;
    the publisher's notes an @xml:id."""
    seen: dict[str, int] = {}

    def unique(base: str) -> str:
        seen[base] = seen.get(base, 0) + 1
        return base if seen[base] == 1 else f"{base}-{seen[base]}"

    number = 0
    for block in doc.blocks():
        text = block.text
        for span in sorted(block.spans, key=lambda s: (s.start, 0 if s.is_point else 1, -s.end, s.rank)):
            if span.tag != "note":
                continue
            if span.payload is None:
                span.attrs[XML_ID] = unique("pnote-" + content_key(text[span.start:span.end]))
                continue
            words = "".join(span.payload.itertext())
            number += 1
            span.payload.set("n", str(number))
            span.payload.set(XML_ID, unique("note-" + content_key(text[max(0, span.start - 60):span.start]
                                                                  + "|" + words)))


def annotate(doc: Document, data: EditionData) -> None:
    """The editor's decisions first, then what general rules can see, then note numbers."""
    apply_decisions(doc, decisions(data.editorial))
    blocks = doc.blocks()
    for block in blocks:
        detect_ellipses(block)
        detect_incomplete(block)
    detect_repetitions(blocks)
    number_notes(doc)
