"""Characters XML 1.0 cannot carry, kept anyway: as `<g type="control" n="U+0007"/>` in the TEI.

A source may contain C0 control characters (other than tab and newline), the noncharacters U+FFFE and
U+FFFF, or unpaired surrogates (a file name with undecodable bytes). lxml refuses them, and dropping
them would lose part of the source. So `stand_in` swaps each for a stand-in character from the end of
Unicode's plane-16 private use area before any stage sees the text: every stage treats it as an
ordinary letter (it is not whitespace, so no line or block is lost around it). `restore` then turns
each stand-in of the finished tree into an empty `g` whose `@n` names the code point, and says so in
the header. A genuine source character in the stand-in range is kept behind an escape.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from lxml import etree

from teikit.model import SourceText
from teikit.xmlio import TEI_NS

T = f"{{{TEI_NS}}}"

#: Characters XML 1.0 forbids (`Char` production), CR aside: read turns CR into newlines.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Stand-ins live at U+10F000 (controls), U+10F020 (U+FFFE, U+FFFF), U+10F800 (surrogates).
STAND_IN_BASE = 0x10F000
#: Marks that the next character is the source's own, not a stand-in.
ESCAPE = "\U0010efff"
RESERVED = re.compile("[\U0010efff-\U0010ffff]")
STAND_IN_OR_ESCAPE = re.compile("\U0010efff[\U0010efff-\U0010ffff]|[\U0010f000-\U0010ffff]")

def stand_in_for(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(STAND_IN_BASE + code)
    if code in (0xFFFE, 0xFFFF):
        return chr(STAND_IN_BASE + 0x20 + code - 0xFFFE)
    return chr(STAND_IN_BASE + 0x800 + code - 0xD800)


def original_of(stand_in: str) -> int:
    offset = ord(stand_in) - STAND_IN_BASE
    if offset < 0x20:
        return offset
    if offset < 0x800:
        return 0xFFFE + offset - 0x20
    return 0xD800 + offset - 0x800


def kind_of(code: int) -> str:
    return "control" if code < 0x20 else "noncharacter" if code in (0xFFFE, 0xFFFF) else "surrogate"


def stand_in(text: str) -> str:
    """`text` with every character XML cannot carry replaced by its stand-in (reversible)."""
    if RESERVED.search(text):
        text = RESERVED.sub(lambda m: ESCAPE + m.group(), text)
    return NOT_XML.sub(lambda m: stand_in_for(m.group()), text)


def stand_in_source(source: SourceText) -> SourceText:
    """The source, ready for the stages: its text and file name free of characters XML refuses."""
    text = stand_in(source.text)
    path = Path(stand_in(str(source.path)))
    if text == source.text and path == source.path:
        return source
    return replace(source, path=path, text=text, lines=tuple(text.split("\n")), name=stand_in(source.name))


def restored_parts(text: str) -> list[str | etree._Element]:
    """`text` as a list of strings and `g` elements, one per stand-in."""
    parts: list[str | etree._Element] = []
    pos = 0
    for match in STAND_IN_OR_ESCAPE.finditer(text):
        parts.append(text[pos:match.start()])
        if match.group().startswith(ESCAPE) and len(match.group()) == 2:
            parts.append(match.group()[1])
        else:
            code = original_of(match.group())
            g = etree.Element(T + "g", nsmap={None: TEI_NS})
            g.set("type", kind_of(code))
            g.set("n", f"U+{code:04X}")
            parts.append(g)
        pos = match.end()
    parts.append(text[pos:])
    return parts


def restore_text(el: etree._Element, is_tail: bool) -> int:
    """Put `el`'s text (or tail) back with a `g` element where each stand-in was; returns how many."""
    chunks: list[list[str]] = [[]]
    marks = []
    for part in restored_parts(el.tail if is_tail else el.text):
        if isinstance(part, str):
            chunks[-1].append(part)
        else:
            marks.append(part)
            chunks.append([])
    texts = ["".join(chunk) for chunk in chunks]
    if is_tail:
        el.tail = None  # lxml's addnext would carry the old tail past the inserted elements
        anchor = el
        for g in marks:
            anchor.addnext(g)
            anchor = g
        el.tail = texts[0] or None
    else:
        el.text = texts[0] or None
        if marks:
            el.insert(0, marks[0])
        for before, g in zip(marks, marks[1:]):  # not insert(i): it counts i children every time
            before.addnext(g)
    for g, after in zip(marks, texts[1:]):
        g.tail = after or None
    return len(marks)


def restore(root: etree._Element) -> int:
    """Turn every stand-in under `root` into a `g` element; returns how many there were."""
    found = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        for key, value in el.attrib.items():
            if RESERVED.search(value):
                el.set(key, "".join(p if isinstance(p, str) else p.get("n") for p in restored_parts(value)))
        if el.text and RESERVED.search(el.text):
            found += restore_text(el, is_tail=False)
        if el.tail and RESERVED.search(el.tail):
            found += restore_text(el, is_tail=True)
    return found
