"""Stage 4, serialise: an annotated `Document` → one canonical TEI P5 tree.

Block kinds map to the TEI elements made for them (`opener`/`dateline`/`salute`, `closer`/`signed`,
`address`/`addrLine`, `head`, `p`); line breaks inside a block become `lb`; spans become inline
elements, nested by containment. Ids are derived from content, so adding a paragraph does not
renumber the ones below it.
"""

from __future__ import annotations

import copy
import hashlib
import os
import unicodedata
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from teikit.chars import restore
from teikit.edition import EditionData
from teikit.header import build_header, byline_of, complete_header, credit_of, merge_header
from teikit.model import Block, Division, Document, Span
from teikit.xmlio import TEI_NS, XML_NS, sub, tei

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

#: Block kinds and the TEI element each becomes.
BLOCK_ELEMENT = {
    "p": "p", "heading": "head", "dateline": "dateline", "salute": "salute", "closing": "salute",
    "signed": "signed", "number": "idno", "classification": "seg", "bibl": "bibl", "archive": "bibl",
    "published": "bibl", "credit": "bibl", "byline": "byline",
}
BLOCK_TYPE = {"number": "docNumber", "classification": "classification", "bibl": "collection",
              "archive": "archive", "published": "publication"}
MARGINAL_KINDS = {"dateline", "salute", "closing", "signed", "number", "classification"}
ID_PREFIX = {"p": "p", "heading": "head", "dateline": "date", "salute": "sal", "closing": "sal",
             "signed": "sig", "number": "no", "classification": "cls", "bibl": "bibl",
             "archive": "bibl", "published": "bibl", "credit": "credit", "byline": "byline", "address": "addr",
             "headnote": "hn"}


# ---------------------------------------------------------------- inline markup

def append_text(parent: etree._Element, text: str) -> None:
    """Append text at the end of `parent`'s content, turning each newline into `lb`."""
    last = next(reversed(parent), None)  # not len(parent): lxml counts the children one by one
    for i, part in enumerate(text.split("\n")):
        if i:
            last = tei("lb")
            parent.append(last)
        if not part:
            continue
        if last is not None:
            last.tail = (last.tail or "") + part
        else:
            parent.text = (parent.text or "") + part


def nest(spans: list[Span]) -> list[tuple[Span, list]]:
    """Arrange spans as a forest by containment; a span crossing an open one is dropped."""
    ordered = sorted(spans, key=lambda s: (s.start, 0 if s.is_point else 1, -s.end, s.rank))
    roots: list[tuple[Span, list]] = []
    stack: list[tuple[Span, list]] = []
    for span in ordered:
        while stack and stack[-1][0].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1][0].end:
            continue  # crosses an enclosing span: TEI cannot nest it
        node = (span, [])
        (stack[-1][1] if stack else roots).append(node)
        if not span.is_point:
            stack.append(node)
    return roots


def fill(parent: etree._Element, text: str, nodes: list[tuple[Span, list]], start: int, end: int) -> None:
    """Fill `parent` with text[start:end], wrapping each span's range in its element."""
    pos = start
    for span, children in nodes:
        append_text(parent, text[pos:span.start])
        if span.is_point:
            if span.payload is not None:
                parent.append(copy.deepcopy(span.payload))
        else:
            el = tei(span.tag, span.attrs)
            fill(el, text, children, span.start, span.end)
            for extra in span.tail:
                el.append(copy.deepcopy(extra))
            parent.append(el)
        pos = max(pos, span.end)
    append_text(parent, text[pos:end])


def inline(parent: etree._Element, block: Block) -> etree._Element:
    text = block.text
    fill(parent, text, nest([s for s in block.spans if 0 <= s.start <= s.end <= len(text)]), 0, len(text))
    return parent


# ---------------------------------------------------------------- ids

def content_key(text: str) -> str:
    norm = unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:6]


class IdMaker:
    """Ids from content: `<scope>-<prefix>-<hash>`; repeats of the same content get -2, -3…"""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def __call__(self, scope: str, prefix: str, text: str) -> str:
        base = f"{scope}-{prefix}-{content_key(text)}"
        self.seen[base] += 1
        return base if self.seen[base] == 1 else f"{base}-{self.seen[base]}"


def division_ids(divisions: list[Division]) -> list[str]:
    counts = Counter(d.type for d in divisions)
    seen: Counter[str] = Counter()
    ids = []
    for div in divisions:
        seen[div.type] += 1
        ids.append(div.type if counts[div.type] == 1 else f"{div.type}-{seen[div.type]}")
    return ids


# ---------------------------------------------------------------- blocks

def block_element(block: Block, scope: str, ids: IdMaker) -> etree._Element:
    tag = BLOCK_ELEMENT.get(block.kind, "p")
    attrs = {XML_ID: ids(scope, ID_PREFIX.get(block.kind, "p"), block.text)}
    if block.kind == "credit":
        attrs["type"] = credit_of(block.text)[0].lower()  # translation, transcription
    elif block.kind in BLOCK_TYPE:
        attrs["type"] = BLOCK_TYPE[block.kind]
    if block.attrs.get("part"):
        attrs["part"] = block.attrs["part"]  # a part of a paragraph too long for one block (see segment)
    el = tei(tag, attrs)
    return inline(el, block)


def address_element(block: Block, scope: str, ids: IdMaker) -> etree._Element:
    """An address block: one `addrLine` per source line, inline markup kept within each line."""
    address = tei("address", {XML_ID: ids(scope, "addr", block.text)})
    starts = [0, *accumulate(len(line) + 1 for line in block.lines[:-1])]
    on_line: list[list[Span]] = [[] for _ in block.lines]  # each span on the line it starts on, in order
    for s in block.spans:
        n = bisect_right(starts, s.start) - 1
        if n >= 0 and s.end <= starts[n] + len(block.lines[n]):
            on_line[n].append(s)
    for line, offset, spans in zip(block.lines, starts, on_line):
        part = Block("p", [line], block.line_no, [
            Span(s.start - offset, s.end - offset, s.tag, s.attrs, s.rank, s.payload, s.tail) for s in spans
        ])
        address.append(inline(tei("addrLine"), part))
    return address


def append_blocks(parent: etree._Element, blocks: list[Block], scope: str, ids: IdMaker) -> None:
    """Append body blocks; runs of addresses become one `list type="addresses"`."""
    address_list = None
    for block in blocks:
        if block.kind == "address":
            if address_list is None:
                address_list = sub(parent, "list", {"type": "addresses"})
            sub(address_list, "item").append(address_element(block, scope, ids))
            continue
        address_list = None
        if block.kind in MARGINAL_KINDS:
            # an opener or closer line found amid the text: TEI keeps those at a document's edges, and
            # a TEI p has no @type, so amid the text it is an ordinary paragraph
            parent.append(inline(tei("p", {XML_ID: ids(scope, "p", block.text)}), block))
        elif block.kind == "headnote":
            note = sub(parent, "note", {"type": "publisher", "subtype": "headnote", "resp": "#publisher",
                                         XML_ID: ids(scope, "hn", block.text)})
            note.append(inline(tei("p"), block))
        else:
            parent.append(block_element(block, scope, ids))


def append_sections(parent: etree._Element, blocks: list[Block], scope: str, ids: IdMaker) -> None:
    """Body blocks; a heading inside the body opens a `div type="section"` that runs to the next one."""
    target, run = parent, []
    for block in blocks:
        if block.kind == "heading":
            append_blocks(target, run, scope, ids)
            target, run = sub(parent, "div", {"type": "section", XML_ID: ids(scope, "sec", block.text)}), []
            target.append(block_element(block, scope, ids))
        else:
            run.append(block)
    append_blocks(target, run, scope, ids)


def division_element(div: Division, div_id: str, ids: IdMaker) -> etree._Element:
    el = tei("div", {"type": div.type, XML_ID: div_id})
    byline = byline_of(div)
    for block in div.head:
        el.append(block_element(replace(block, kind="byline") if block is byline else block, div_id, ids))
    if div.opener:
        opener = sub(el, "opener")
        for block in div.opener:
            opener.append(block_element(block, div_id, ids))
    if not div.body:
        # TEI has no closer without a text before it: closing lines alone are the text
        append_sections(el, div.closer, div_id, ids)
        return el
    append_sections(el, div.body, div_id, ids)
    if div.closer:
        closer = sub(el, "closer")
        for block in div.closer:
            if block.attrs.get("join") == "previous" and len(closer):
                append_text(closer[-1], "\n")
                inline(closer[-1], block)
            else:
                closer.append(block_element(block, div_id, ids))
    return el


# ---------------------------------------------------------------- document

#: The schema files an `xml-model` PI names; a `schema/` folder holding them makes its parent a project.
SCHEMA_FILES = ("teikit.xsd", "teikit.sch")


def project_schema(folder: Path) -> Path | None:
    """The `schema/` folder of the nearest teikit project at or above `folder`, if any."""
    for candidate in (folder, *folder.parents):
        schema = candidate / "schema"
        if all((schema / name).is_file() for name in SCHEMA_FILES):
            return schema
    return None


def schema_href(out_path: Path | None, installed: Path) -> str:
    """Where a TEI file's `xml-model` PIs find the schema: always a folder that exists.

    A written file points by a relative path at its project's `schema/` (`tei/NAME.xml` beside
    `schema/`: `../schema`), or, outside a project, at the schema teikit is installed with. Where
    standard output ends up is unknown: in a project it is taken to be `tei/NAME.xml`, as `build`
    writes it; elsewhere the installed schema is named by its absolute `file:` URI.
    """
    if out_path is None:
        return "../schema" if project_schema(Path.cwd().resolve()) else installed.resolve().as_uri()
    base = out_path.parent.resolve()
    target = project_schema(base) or installed.resolve()
    try:
        return quote(Path(os.path.relpath(target, base)).as_posix())
    except ValueError:  # on another drive (Windows): no relative path leads there
        return target.as_uri()


def model_pis(out_path: Path | None, schema_dir: Path, href: str | None = None) -> list[etree._Element]:
    """`xml-model` PIs that editors' tools validate with (see `schema_href`); `schema_dir` is the
    installed schema; `href`, when given, is the schema's address as seen from where the file will
    really be written (a worker converts in a temporary folder: see `teikit.tasks`)."""
    href = href if href is not None else schema_href(out_path, schema_dir)
    return [
        etree.ProcessingInstruction(
            "xml-model", f'href="{href}/teikit.xsd" type="application/xml" '
                         'schematypens="http://www.w3.org/2001/XMLSchema"'),
        etree.ProcessingInstruction(
            "xml-model", f'href="{href}/teikit.sch" type="application/xml" '
                         'schematypens="http://purl.oclc.org/dsdl/schematron"'),
    ]


def to_tei(doc: Document, data: EditionData | None = None) -> etree._Element:
    """The canonical TEI element for an annotated document, its header complete (see `teikit.header`).

    Characters XML cannot carry, which travel through the stages as stand-ins, become `g` here."""
    data = data or EditionData()
    root = tei("TEI", {XML_LANG: "en"})
    header = build_header(doc, data)
    if data.header is not None:
        merge_header(header, data.header)
    root.append(header)
    if data.register is not None:
        root.append(standoff(data.register))
    text = sub(root, "text")
    ids = IdMaker()
    if doc.front:
        front = sub(text, "front")
        div = sub(front, "div", {"type": "dossier", XML_ID: "dossier"})
        for block in doc.front:
            div.append(block_element(block, "dossier", ids))
    body = sub(text, "body")
    for div, div_id in zip(doc.divisions, division_ids(doc.divisions)):
        body.append(division_element(div, div_id, ids))
    if not doc.divisions:
        sub(body, "p")
    if doc.back:
        back = sub(text, "back")
        div = sub(back, "div", {"type": "colophon", XML_ID: "colophon"})
        for block in doc.back:
            div.append(block_element(block, "colophon", ids))
    restore(root)
    complete_header(root, data)
    return root


def standoff(register: etree._Element) -> etree._Element:
    """The registers as a `standOff`, whatever wrapper the register file uses."""
    if etree.QName(register).localname == "standOff":
        return copy.deepcopy(register)
    out = tei("standOff")
    lists = [register] if etree.QName(register).localname.startswith("list") else \
        register.iter(T + "listPerson", T + "listPlace", T + "listOrg")
    for lst in lists:
        out.append(copy.deepcopy(lst))
    return out


#: Element-only containers: indented so encoders can read the file. Nothing else is touched, so no
#: whitespace is ever added inside running text.
CONTAINERS = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "editionStmt", "publicationStmt",
    "availability", "notesStmt", "sourceDesc", "listBibl", "msDesc", "msIdentifier", "altIdentifier",
    "msContents", "physDesc", "objectDesc", "encodingDesc", "editorialDecl", "normalization",
    "segmentation", "correction", "interpretation", "appInfo", "application", "profileDesc",
    "langUsage", "particDesc", "settingDesc", "revisionDesc", "listChange", "standOff", "listPerson",
    "person", "listPlace", "place", "listOrg", "org", "text", "front", "body", "back", "div", "opener",
    "closer", "list", "item", "address", "listAnnotation", "biblStruct", "monogr", "analytic", "imprint",
    "projectDesc", "tagsDecl", "namespace", "classDecl", "taxonomy", "category", "stdVals", "listRelation",
    "extent", "textClass",
}


def indent_containers(el: etree._Element, level: int = 0) -> None:
    """Indent element-only containers (two spaces a level); mixed content is left exactly as it is."""
    children = list(el)
    local = etree.QName(el).localname if isinstance(el.tag, str) else ""
    element_only = (not (el.text or "").strip()) and all(not (c.tail or "").strip() for c in children)
    if local not in CONTAINERS or not element_only or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in children:
        child.tail = pad
        if isinstance(child.tag, str):
            indent_containers(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def to_document(root: etree._Element, out_path: Path | None, schema_dir: Path,
                href: str | None = None) -> etree._ElementTree:
    """Wrap the TEI element in a document with its `xml-model` PIs (see `model_pis`)."""
    etree.cleanup_namespaces(root)
    indent_containers(root)
    tree = etree.ElementTree(root)
    for pi in model_pis(out_path, schema_dir, href):
        root.addprevious(pi)
    return tree
