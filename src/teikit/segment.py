"""Stage 2, segment: a `SourceText` → a `Document` of divisions and blocks.

General rules find the structure of a typed dossier: web boilerplate (navigation lines, the page
title repeated), titles and bibliographic lines, datelines, document numbers, classifications,
addressees, signature lines ("Role: Name", "(Name)"), address lines, headings, and the closing formula
of a letter. Edition data adds only what no rule can know: the type of each document, a boundary
the rules miss, or the kind of a passage run into another line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from teikit.edition import EditionData
from teikit.lexicon import alternation, table
from teikit.model import Block, Division, Document, SourceText

#: The months as the date finder knows them (lexicon/dates.toml).
LEXICON = table("dates")
MONTHS = alternation([*LEXICON["months"]["names"], *LEXICON["months"]["abbreviations"]])
ROMAN_MONTHS = alternation(LEXICON["months"]["roman"])
#: A full date: in words, in numbers ("21.10.1929", "22.10.37"), with a Roman month ("22.XI.37").
_DATE = (rf"(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?\s+\d{{4}}"
         rf"|\d{{1,2}}[./-]{ROMAN_MONTHS}[./-](?:\d{{4}}|\d{{2}})|\d{{1,2}}\.\d{{2}}\.\d{{2}}"
         r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}"
         rf"|[\"«„“]\d{{1,2}}[\"»”“]\s*(?:{ROMAN_MONTHS}|(?:{MONTHS})\.?)\s+(?:\d{{4}}|\d{{2}}))")
#: The words of structure (classifications, salutes, closings, roles…): lexicon/structure.toml.
STRUCTURE = table("structure")
#: The outgoing number a dateline may end with: "Novosibirsk, 2 October 1937, No. 5093".
OUTGOING_NUMBER = rf"{alternation(STRUCTURE['number_signs'])}\.?\s*\d[\w/.-]*"
#: A dateline: a full date alone, after a place and a comma ("Moscow, 21.10.1929"), or set off by a
#: wide gap after the place of writing, however worded, as a typed form sets the date flush right
#: ("settlement of Vozhael, Komi ASSR            14 August 1947").
DATELINE = re.compile(rf"^\s*\(?(?:[A-Z][\w.\- ]{{1,30}}[,:]\s*|[^\W\d_][\w.,()\- ]{{0,45}}?[\w.)](?: {{3,}}|\t\s*))?"
                      rf"{_DATE}\)?(?:,?\s*{OUTGOING_NUMBER})?\.?\s*$")
#: The archives' "Written: December 1934." and a line of its own "(1988)" say when, even to the month
#: or the year alone.
WRITTEN = re.compile(rf"^\s*(?:Written\s*:\s*(?:{_DATE}|(?:{MONTHS})\.?,?\s+\d{{4}}|\d{{4}})\.?"
                     rf"|\(\s*(?:(?:{MONTHS})\.?,?\s+)?\d{{4}}\s*\)\.?)\s*$")
_CLOSE = STRUCTURE["closings"]
DOC_NUMBER = re.compile(rf"^\s*{alternation(STRUCTURE['number_signs'])}\.?\s*\d[\w/.-]*\.?\s*$")
CLOSING_NOTE = re.compile(rf"\s*(?:{alternation(STRUCTURE['closing_notes'])}\b|\d+\s+cop(?:y|ies)\b)", re.IGNORECASE)
CLASSIFICATION = re.compile(rf"^\s*{alternation(STRUCTURE['classifications'])}\.?\s*$", re.IGNORECASE)
NAV = re.compile(r"^[^|]{1,40}(?:\|[^|]{1,40}){2,}$")
#: An archive reference: fond and inventory ("F. 17. On. 171"), and a file after them ("D. 136"),
#: in either case, with stops or commas, as Russian and English citations write it ("f. 4p, op. 21,
#: d. 1187"), Ukrainian archives with the file straight after the fond ("f. 6, spr. 41772-FP") and
#: Lithuanian ones with their own words ("f. K-1, ap. 10, b. 41").
ARCHIVE_FOND = re.compile(r"\bF\.\s*[\dA-Z-]+[a-z]?[.,]?\s*(?:(?:On|Op|Ap)\.\s*\d+|(?=Spr\.))", re.IGNORECASE)
ARCHIVE_FILE = re.compile(r"\b(?:D|Spr|B)\.\s*[A-Z]?-?\d+", re.IGNORECASE)
PUBLISHED = re.compile(rf"\bPublished:|^\s*{alternation(STRUCTURE['publication_labels'])}\s*:", re.IGNORECASE)
#: "Translated by …", "Marked up by …", and the archives' "Translation: …", "Transcribed & marked up:
#: by …", "Transcription/Mark-up for …: …" header lines.
CREDIT = re.compile(rf"^\s*{alternation(STRUCTURE['credit_words'])}\b(?:\s+(?:by|from)\b|[^:.,;]{{0,30}}:)", re.IGNORECASE)
PAGES = re.compile(r"\bpp?\.\s*\d+\s*[-–]\s*\d+")
#: A periodical's volume or issue: with page numbers, a citation even where it ends with a full stop.
VOLUME = re.compile(r"\b(?:Vol|No)\.\s*[\dIVXLC]+\b")
SIGNED_PAREN = re.compile(r"^\s*\(\s*[A-Z][\w.’' -]{1,60}\)\.?\s*$")
SIGNED_ROLE = re.compile(r"^\s*(?P<role>[A-Z][^:!?]{1,60}?)\s*:\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*$")
STREET = re.compile(
    rf"\b(?:{alternation(STRUCTURE['street_words'])}|\w+{alternation(STRUCTURE['street_endings'])})\.?\s+\d"
    rf"|\b\d+[,]?\s+{alternation(STRUCTURE['street_words_after'])}\b")
HONORIFIC_ADDRESS = re.compile(rf"^\s*{alternation(STRUCTURE['honorifics'])}\b.*\d")
SALUTE = re.compile(rf"^\s*{alternation(STRUCTURE['salutes'])}\b[^.]{{0,60}}[,!:]\s*$")
CLOSING = re.compile(
    rf"(?:(?<=[.!?])|^)\s*((?:With\s+(?:\w+\s+)?greetings|(?:{alternation(_CLOSE['greeting_adjectives'])}\s+)?[Gg]reetings|"
    rf"Yours(?:\s+{alternation(_CLOSE['yours'])})?|(?:{alternation(_CLOSE['regards_adjectives'])}\s+)?[Rr]egards)[.!,]?)\s*$")
ROLE_WORDS = re.compile(rf"\b{alternation(STRUCTURE['role_words'])}\b")
NAME_LINE = re.compile(r"^\s*(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*$")
ADDRESSEE = re.compile(rf"^\s*{alternation(STRUCTURE['addressee_openings'])}\b|\b{alternation(STRUCTURE['addressee_titles'])}\s+[A-Z]")
#: How a line of prose ends; a closing quotation mark or bracket only after punctuation, since a
#: heading may end on a name in quotation marks (Corrective Labour Camp "Ustvymlag").
TERMINAL = re.compile(r"[.,;:!?…][\"”’»)]*\s*$")
#: The longest block teikit makes, in characters. A text with no paragraph breaks (OCR output, a web
#: page copied as one line, thousands of lines with no blank line between them) is cut into parts of
#: at most this size: after the last sentence end before the bound, else before the last whitespace,
#: else at the bound itself. Each part is a `p` whose `@part` (I, M, F) says that the source runs on
#: without a break; the views join them again. Paragraphs of real texts are far shorter (the longest
#: in the seeds and the development set is under 3,000 characters), so they are never cut.
MAX_BLOCK = 10_000
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)")
WHITESPACE = re.compile(r"\s+")

#: Kinds that open a document (before its first paragraph) and close it (after its last).
OPENER_KINDS = {"dateline", "number", "classification", "salute"}
CLOSER_KINDS = {"signed", "closing"}
FRONT_KINDS = {"bibl", "archive"}
BACK_KINDS = {"archive", "published", "credit"}


#: A line longer than this many words whose archive reference comes after more than CITING_LEAD words
#: is a paragraph that cites its source in passing, not a citation with a note after it.
CITING_WORDS = 50
CITING_LEAD = 12


def archive_reference(text: str) -> bool:
    """A fond and inventory with a file anywhere after them, unless the line is prose that cites them
    in passing. Two searches: one pattern with `.*` between them went back over the rest of the line
    from every fond that had no file after it."""
    fond = ARCHIVE_FOND.search(text)
    if fond is None or ARCHIVE_FILE.search(text, fond.end()) is None:
        return False
    return len(text.split()) <= CITING_WORDS or len(text[:fond.start()].split()) <= CITING_LEAD


def cites_in_passing(line: str) -> bool:
    """A line that goes on with a sentence (its first letter small) and names an archive's fond after
    words of its own, not first: a wrapped paragraph's line, not a citation's."""
    text = line.strip()
    fond = ARCHIVE_FOND.search(text)
    return text[:1].islower() and fond is not None and fond.start() > 0


def classify_line(line: str) -> str:
    """The kind of a single line, judged on its own."""
    text = line.strip()
    words = text.split()
    if NAV.match(text):
        return "nav"
    if archive_reference(text):
        return "archive"
    if PUBLISHED.search(text):
        return "published"
    if CREDIT.match(text):
        return "credit"
    if DATELINE.match(text) or WRITTEN.match(text):
        return "dateline"
    if DOC_NUMBER.match(text):
        return "number"
    if CLASSIFICATION.match(text):
        return "classification"
    if SIGNED_PAREN.match(text):
        return "signed"
    if len(words) <= 10 and SIGNED_ROLE.match(text):
        return "signed"
    if len(words) <= 14 and (STREET.search(text) or HONORIFIC_ADDRESS.match(text)) \
            and not text.endswith("."):
        return "address"
    if SALUTE.match(text):
        return "salute"
    if len(words) <= 6 and CLOSING.fullmatch(text):
        return "closing"
    if PAGES.search(text) and len(words) <= 30 and (not text.endswith(".") or VOLUME.search(text)):
        return "bibl"
    if len(words) <= 25 and text[:1].isupper() | text[:1].isdigit() and not TERMINAL.search(text):
        return "heading"
    return "p"


def raw_blocks(source: SourceText) -> list[Block]:
    """Runs of non-blank lines, each remembering its first line number and source offset."""
    blocks: list[Block] = []
    current: list[str] = []
    start_line = offset = start_offset = 0
    for number, line in enumerate(source.lines, start=1):
        if line.strip():
            if not current:
                start_line, start_offset = number, offset
            current.append(line)
        elif current:
            blocks.append(Block("p", current, start_line, attrs={"offset": str(start_offset)}))
            current = []
        offset += len(line) + 1
    if current:
        blocks.append(Block("p", current, start_line, attrs={"offset": str(start_offset)}))
    return blocks


def offset_of(block: Block) -> int:
    return int(block.attrs["offset"])


def split_lines(block: Block) -> list[Block]:
    """Classify each line; keep prose lines together (they become `lb`), give others their own block."""
    pieces: list[Block] = []
    offset = offset_of(block)
    kinds = [classify_line(line) for line in block.lines]
    letterhead = all(kind == "heading" for kind in kinds)  # "MVD USSR / Corrective Labour Camp"
    for i, (line, kind) in enumerate(zip(block.lines, kinds)):
        if kind == "heading" and 0 < i and not letterhead:
            kind = "p"  # a short line inside a paragraph is a line of the paragraph
        prev = pieces[-1] if pieces else None
        if kind == "archive" and prev is not None and prev.kind == "p" and cites_in_passing(line):
            kind = "p"  # "… found in\nthe regional archive (f. 5, op. 10, d. 114), show …": a line of the paragraph
        if prev is not None and ((kind == prev.kind == "p") or (kind == prev.kind == "address")):
            prev.lines.append(line)
        else:
            pieces.append(Block(kind, [line], block.line_no + i, attrs={"offset": str(offset)}))
        offset += len(line) + 1
    if len(pieces) > 1 and pieces[0].kind == "heading" and all(p.kind == "p" for p in pieces[1:]):
        # one short first line of a prose block is not a heading: keep the paragraph whole
        return [replace(block, kind="p", attrs=dict(block.attrs))]
    return pieces


def prose_if_oversized(block: Block) -> Block:
    """A block too long to be a heading, dateline, citation or address is prose, whatever one of its
    lines looks like (a whole text on one line may contain "Published:" or an archive reference)."""
    if len(block.text) > MAX_BLOCK and block.kind != "p":
        return replace(block, kind="p", attrs=dict(block.attrs))
    return block


def cut_point(text: str, start: int) -> int:
    """Where the part of `text` that begins at `start` ends: after the last sentence end within
    MAX_BLOCK characters, else before the last whitespace, else at MAX_BLOCK."""
    limit = start + MAX_BLOCK
    last = None
    for last in SENTENCE_END.finditer(text, start, limit + 1):
        pass
    if last is not None:
        return last.end()
    for last in WHITESPACE.finditer(text, start + 1, limit + 1):
        pass
    return last.start() if last is not None else limit


def parts_of(block: Block) -> list[Block]:
    """A prose block longer than MAX_BLOCK as parts that join back to it exactly: the whitespace at a
    cut begins the next part (a line end there becomes its first `lb`)."""
    text = block.text
    if block.kind != "p" or len(text) <= MAX_BLOCK or block.attrs.get("hinted"):
        return [block]
    cuts = [0]
    while len(text) - cuts[-1] > MAX_BLOCK:
        cuts.append(cut_point(text, cuts[-1]))
    cuts.append(len(text))
    parts = []
    line_no = block.line_no
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        part = "I" if n == 0 else "F" if b == len(text) else "M"
        attrs = {**block.attrs, "offset": str(offset_of(block) + a), "part": part}
        parts.append(Block("p", text[a:b].split("\n"), line_no, attrs=attrs))
        line_no += text.count("\n", a, b)
    return parts


def bounded(blocks: list[Block]) -> list[Block]:
    return [part for block in blocks for part in parts_of(block)]


def apply_block_hints(blocks: list[Block], source: SourceText, data: EditionData) -> list[Block]:
    """Cut out each hinted passage as a block of its own, of the hinted kind."""
    for hint in data.blocks:
        start, end = hint.anchor.locate(source.text)
        out: list[Block] = []
        for block in blocks:
            b_start = offset_of(block)
            b_end = b_start + len(block.text)
            if not (b_start <= start and end <= b_end):
                out.append(block)
                continue
            out.extend(cut_block(block, start - b_start, end - b_start, hint.kind))
        blocks = out
    return blocks


def cut_block(block: Block, start: int, end: int, kind: str) -> list[Block]:
    """Split `block` into before / [start:end] / after; whitespace at the cuts is dropped."""
    text = block.text
    pieces = []
    for a, b, k in ((0, start, block.kind), (start, end, kind), (end, len(text), block.kind)):
        chunk = text[a:b]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        first = a + lead
        line_no = block.line_no + text.count("\n", 0, first)
        attrs = {"offset": str(offset_of(block) + first), "hinted": "yes" if k == kind and a == start else ""}
        pieces.append(Block(k, stripped.split("\n"), line_no, attrs=attrs))
    return pieces


def split_closing(block: Block) -> list[Block]:
    """Split a letter's closing formula ("… Greetings.") off its last paragraph."""
    match = CLOSING.search(block.text)
    if not match:
        return [block]
    if match.start(1) == 0:
        return [replace(block, kind="closing")]
    return cut_block(block, match.start(1), match.end(1), "closing")


def mark_signature_pairs(blocks: list[Block]) -> None:
    """A role line ("Deputy Chairman of the OGPU") followed by a name line ("Messing") is a signature;
    one opening as an addressee does ("To the Head of the GUKR … / Comrade ABAKUMOV") is not."""
    for role, name in zip(blocks, blocks[1:]):
        if role.kind == "heading" and ROLE_WORDS.search(role.text) and not ADDRESSEE.match(role.text) \
                and name.kind == "heading" \
                and NAME_LINE.match(name.text) and len(role.lines) == len(name.lines) == 1:
            role.kind = name.kind = "signed"
            role.attrs["role"] = "whole"
            name.attrs["join"] = "previous"


def find_boilerplate(blocks: list[Block]) -> int:
    """Number of leading blocks that belong to the web page, not the document: a page's menu stands
    before its text, so a line of cells after a paragraph is a table's header ("No. | Item | Qty"),
    and nothing from the first paragraph on is the page's."""
    first_prose = next((i for i, b in enumerate(blocks[:8]) if b.kind == "p"), 8)
    lead = blocks[:first_prose]
    texts = [b.text.strip() for b in lead]
    if not any(b.kind == "nav" for b in lead):
        return 0
    count = 0
    for i, block in enumerate(lead):
        if block.kind == "nav" or texts.count(block.text.strip()) > 1:
            count = i + 1
    return count


def segment(source: SourceText, data: EditionData | None = None) -> Document:
    """Find the structure of `source`; `data` supplies what only an editor can know."""
    data = data or EditionData()
    blocks: list[Block] = []
    for block in apply_block_hints(raw_blocks(source), source, data):
        if block.attrs.get("hinted"):
            blocks.append(block)
        else:
            blocks.extend(prose_if_oversized(piece) for piece in split_lines(block))
    mark_signature_pairs(blocks)
    doc = Document(source=source)
    skip = find_boilerplate(blocks)
    doc.boilerplate, blocks = blocks[:skip], blocks[skip:]
    for block in doc.boilerplate:
        block.kind = "boilerplate"
    if blocks and blocks[0].kind == "signed" and SIGNED_ROLE.match(blocks[0].text):
        blocks[0].kind = "heading"  # a signature closes a text: "Label: Name" opening it is its title

    # back matter: trailing citation, publication and credit lines
    back_start = len(blocks)
    while back_start > 0 and blocks[back_start - 1].kind in BACK_KINDS:
        back_start -= 1
    blocks, doc.back = blocks[:back_start], blocks[back_start:]

    # front matter: a leading title with bibliographic lines under it
    front_end = 0
    if blocks and blocks[0].kind in ("heading", "bibl", "archive"):
        j = 1 if blocks[0].kind == "heading" else 0
        while j < len(blocks) and blocks[j].kind in FRONT_KINDS:
            j += 1
        if j > 1 or blocks[0].kind in FRONT_KINDS:
            front_end = j
    doc.front, blocks = blocks[:front_end], blocks[front_end:]

    doc.divisions = divide(blocks, source, data)
    doc.front, doc.back = bounded(doc.front), bounded(doc.back)
    for div in doc.divisions:
        div.head, div.opener, div.body, div.closer = (bounded(div.head), bounded(div.opener),
                                                      bounded(div.body), bounded(div.closer))
    return doc


#: A paragraph of at least this many words is a document's text, not a line of its letterhead.
PROSE_WORDS = 40


def division_starts(blocks: list[Block], source: SourceText, data: EditionData) -> list[int]:
    """Indices of the blocks that begin a new document."""
    starts: set[int] = {0} if blocks else set()
    seen_prose = False
    after_closer = False
    last_prose = max((i for i, block in enumerate(blocks) if block.kind in ("p", "address")
                      and not CLOSING_NOTE.match(block.text)), default=-1)
    for i, block in enumerate(blocks):
        if block.kind == "heading" and after_closer and blocks[i - 1].kind == "closing" and NAME_LINE.match(block.text) \
                and i + 1 < len(blocks) and blocks[i + 1].kind == "dateline":
            block.kind = "signed"  # "Yours faithfully, / Petro Savchyn / Toronto, 12 March 1977"
            continue
        if block.kind == "dateline" and after_closer:
            continue  # the date under a signature ends its document: "Signed: FRINOVSKY / 10 February 1938"
        if block.kind in ("p", "address") and after_closer and i >= 2 \
                and (blocks[i - 2].kind, blocks[i - 1].kind) == ("signed", "dateline"):
            starts.add(i)  # a signed and dated close: what follows is another document (an editor's reply)
            after_closer = False
            seen_prose = True
            continue
        if block.kind == "dateline" and seen_prose and i < last_prose:  # with no prose after it, it dates
            # the document it ends ("22 November 1937" under the signature)
            j = i
            while j > 0 and blocks[j - 1].kind in ("heading", "salute") and j - 1 not in starts:
                j -= 1
            starts.add(j)
            seen_prose = after_closer = False
            continue
        if block.kind in ("heading", "number") and after_closer:
            starts.add(i)
            seen_prose = after_closer = False
            continue
        if block.kind in ("p", "address"):
            # a document's text, not a line of its letterhead ("Copy No. 4", a stamp, a source note):
            # only after it does a dateline open another document
            seen_prose = seen_prose or len(block.text.split()) >= PROSE_WORDS
            after_closer = False
        elif block.kind in CLOSER_KINDS:
            after_closer = True
    for hint in data.divisions:
        if hint.start is None:
            continue
        start, _ = hint.start.locate(source.text)
        for i, block in enumerate(blocks):
            if offset_of(block) <= start < offset_of(block) + len(block.text) + 1:
                starts.add(i)
                break
    return sorted(starts)


def divide(blocks: list[Block], source: SourceText, data: EditionData) -> list[Division]:
    starts = division_starts(blocks, source, data)
    divisions = []
    for n, (a, b) in enumerate(zip(starts, [*starts[1:], len(blocks)])):
        hinted = data.divisions[n].type if n < len(data.divisions) else None
        divisions.append(make_division(blocks[a:b], hinted))
    return divisions


def make_division(blocks: list[Block], hinted_type: str | None) -> Division:
    """Sort a document's blocks into head, opener, body and closer."""
    div = Division(type=hinted_type or "document")
    i = 0
    while i < len(blocks) and blocks[i].kind == "heading" and not ADDRESSEE.search(blocks[i].text):
        div.head.append(blocks[i])
        i += 1
    while i < len(blocks) and (blocks[i].kind in OPENER_KINDS or
                               blocks[i].kind == "heading" and ADDRESSEE.search(blocks[i].text)):
        block = blocks[i]
        if block.kind == "heading":
            block.kind = "salute"  # an addressee line ("Deputy head … Comrade Ivanov")
        div.opener.append(block)
        i += 1
        if block.kind == "dateline" and i < len(blocks) and blocks[i].kind == "heading" \
                and len(blocks[i].text.split()) <= 3:
            blocks[i].kind = "dateline"  # the place under a date ("Moscow city")
    end = len(blocks)
    while end > i and blocks[end - 1].kind in CLOSER_KINDS | {"dateline"}:
        end -= 1
    body, closer = blocks[i:end], blocks[end:]
    if body and body[-1].kind == "p" and (closer or div.type == "letter"):
        *rest, last = body
        pieces = split_closing(last)
        body = [*rest, *[p for p in pieces if p.kind != "closing"]]
        closer = [p for p in pieces if p.kind == "closing"] + closer
    if not body and not closer and div.head and not div.opener:
        body = div.head[1:]
        div.head = div.head[:1]
    div.body, div.closer = body, closer
    return div
