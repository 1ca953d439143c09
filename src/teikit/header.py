"""The `teiHeader`, built in one place: what a repository needs to catalogue an edition.

Three sources, in this order of precedence: the edition data's own `teiHeader` (what the editor
knows), the project's `teikit.toml` (publisher, licence, base URI, editors: the same for every
edition), and the text itself (title, authors, credits, sources, date of writing, document types,
extent, element usage). `build_header` makes the header from the text and the project before the
body exists; `merge_header` lays the editor's parts over it; `complete_header` adds what can only be
read off the finished text. docs/edition-data.md has a table of every field and where it comes from.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from datetime import date as calendar_date

from lxml import etree

from teikit import __version__
from teikit.annotate.dates import CONVENTIONS as DATE_CONVENTIONS
from teikit.edition import EditionData
from teikit.model import Block, Division, Document
from teikit.resources import TEI_ALL_VERSION
from teikit.segment import MAX_BLOCK
from teikit.xmlio import TEI_NS, XML_NS, sub, tei

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"
NS = {"t": TEI_NS}

#: Canonical order of the header's parts, so edition data can replace any of them in place.
HEADER_ORDER = {
    "fileDesc": ["titleStmt", "editionStmt", "extent", "publicationStmt", "seriesStmt", "notesStmt",
                 "sourceDesc"],
    "encodingDesc": ["projectDesc", "samplingDecl", "editorialDecl", "tagsDecl", "classDecl",
                     "appInfo"],
    "profileDesc": ["creation", "langUsage", "textClass", "correspDesc", "particDesc", "settingDesc"],
    "teiHeader": ["fileDesc", "encodingDesc", "profileDesc", "revisionDesc"],
}
#: Statements whose parts the editor replaces kind by kind (all `author`s, the `idno type="URI"`…),
#: keeping the generated parts of the kinds the editor does not give.
MERGED_BY_KIND = ("titleStmt", "publicationStmt")
KIND_ORDER = {
    "titleStmt": ["title", "author", "editor", "respStmt"],
    "publicationStmt": ["publisher", "pubPlace", "date", "idno", "availability"],
}

#: What the document types teikit and its editors use mean, for the header's taxonomy.
DOCUMENT_TYPES = {
    "document": "A document of a kind not stated.",
    "letter": "A letter: written to an addressee and sent.",
    "memorandum": "A memorandum: an official report to a superior or an office.",
    "testimony": "A testimony: a statement made under interrogation or in evidence.",
    "report": "A report on events or on a situation.",
    "telegram": "A telegram.",
    "article": "An article written for publication.",
    "speech": "A speech or address delivered orally.",
    "resolution": "A resolution or decision of a body.",
    "protocol": "The minutes (protocol) of a meeting.",
    "statement": "A statement or declaration.",
    "note": "A note or brief message.",
}
TAXONOMY_ID = "document-types"

#: sourceDesc `bibl/@type` of each kind of bibliographic block.
BIBL_TYPE = {"bibl": "collection", "archive": "archive", "published": "publication"}

#: Who a pointer names when the edition header does not say: (what they did, who they are).
RESPONSIBILITIES = {
    "editor": ("Editorial notes, corrections, gaps and repetitions (edition data)", "the editor of this edition"),
    "publisher": ("Publication of the source and its notes", "the publisher of the source"),
    "translator": ("Translation", "the translator"),
}
EDITORIAL_ELEMENTS = ("choice", "gap", "surplus")

CORRECTION = (
    "The source's words are never changed, only wrapped. Errors of the translation are kept in sic "
    "with the editor's reading in corr; spellings and case forms in orig with reg. An ellipsis "
    "standing for an omission is kept in orig, with a gap (reason omitted) in reg. Sentences that "
    "break off are followed by a gap (reason incomplete) and a note; passages the translation repeats "
    "are surplus (reason repeated), followed by a note. Notes of type editorial are the editor's "
    "(numbered in n); notes of type publisher are part of the transmitted text. Markup by teikit's "
    "general rules, not by the editor, has resp #teikit and cert low.")

CHARACTER_CONVENTION = (
    "Characters that XML cannot carry (control characters, U+FFFE, U+FFFF, unpaired surrogates) are "
    "kept where the source has them as empty g elements: @n gives the code point (U+0007), @type its "
    "kind (control, noncharacter, surrogate).")
STAND_IN_KINDS = ("control", "noncharacter", "surrogate")


# ---------------------------------------------------------------- what the text says of itself

def first_line(blocks: list[Block]) -> str:
    return " ".join(blocks[0].text.split()) if blocks else ""


def document_blocks(doc: Document) -> list[Block]:
    """Every block of the text in order: the header describes the source from its publication and
    credit lines wherever they stand (web archives print them under the title, not at the end)."""
    return [*doc.front, *(block for div in doc.divisions for block in div.blocks()), *doc.back]


def credit_of(line: str) -> tuple[str, str]:
    """What a credit line credits, and to whom: "Translated from the Russian by John G. Wright." →
    (Translation, John G. Wright); "Marked up by Alun Morgan for the … Website." → (Transcription,
    Alun Morgan): transcribing and marking up a text for an archive are one job. The name is empty
    when the line gives none ("Translated from the Russian.")."""
    text = " ".join(line.split())
    named = re.search(r"\bby\s+(.+)$", text, re.IGNORECASE) or re.search(r":\s*(.+)$", text)
    name = re.sub(r"\s+for\s+.*$", "", named.group(1) if named else "").rstrip(". ")
    return ("Translation" if re.match(r"Translat", text, re.IGNORECASE) else "Transcription"), name


def byline_of(div: Division) -> Block | None:
    """The author's line over a document's title: a first heading that is a person's name and
    nothing else, with another heading under it ("Pierre Broué" / "The Bolshevik-Leninist Faction",
    as web editions print them). A name heading alone is a title (an article about that person)."""
    if len(div.head) < 2:
        return None
    first = div.head[0]
    text = first.text
    words_start, words_end = len(text) - len(text.lstrip()), len(text.rstrip())
    is_name = any(span.tag == "persName" and span.start <= words_start and words_end <= span.end
                  for span in first.spans)
    return first if is_name else None


def title_and_author(doc: Document) -> tuple[str, str | None]:
    """The edition's title: its first heading, or the heading under a byline, whose name is the
    author's. A text without headings is named after its file."""
    front_headings = [block for block in doc.front if block.kind == "heading"]
    byline = byline_of(doc.divisions[0]) if doc.divisions and not front_headings else None
    if byline:
        return first_line(doc.divisions[0].head[1:]), first_line([byline])
    headings = front_headings + [block for div in doc.divisions for block in div.head]
    return (first_line(headings), None) if headings else (doc.source.name, None)


# ---------------------------------------------------------------- the header before the text

def edition_date(data: EditionData) -> str:
    """The edition's date: the editor's `publicationStmt/date/@when`, else the day the text file was
    last changed (never the clock: converting the same text twice gives the same bytes)."""
    given = data.header.xpath("string(t:fileDesc/t:publicationStmt/t:date/@when)", namespaces=NS) \
        if data.header is not None else ""
    return given or data.text_date


def edition_uri(base: str, name: str) -> str:
    """The edition's persistent identifier: the base URI and the edition's name, with a slash
    between them unless the base ends in one (or in '#', '=' or ':', which take the name as it is)."""
    return base + ("" if base.endswith(("/", "#", "=", ":")) else "/") + name


def spelled_out(iso: str) -> str:
    """2026-12-01 → 1 December 2026 (a year or a month stays as it is written)."""
    try:
        day = calendar_date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def build_header(doc: Document, data: EditionData) -> etree._Element:
    """A complete `teiHeader` from what the text itself says and the project's settings."""
    project, date = data.project, edition_date(data)
    header = tei("teiHeader", {XML_LANG: "en"})
    file_desc = sub(header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    title, author = title_and_author(doc)
    sub(title_stmt, "title", {"type": "main"}, title)
    if author:
        sub(title_stmt, "author", None, author)
    for editor in project.editors:
        sub(title_stmt, "editor", None, editor)
    resp = sub(title_stmt, "respStmt")
    sub(resp, "resp", None, "TEI encoding")
    sub(resp, "name", {"ref": "#teikit"}, "teikit")
    blocks = document_blocks(doc)
    for block in blocks:
        if block.kind == "credit":
            what, who = credit_of(block.text)
            if not who:
                continue
            resp = sub(title_stmt, "respStmt")
            sub(resp, "resp", None, what)
            sub(resp, "name", None, who)
    if date:
        edition = sub(sub(file_desc, "editionStmt"), "edition", None, "TEI edition of ")
        sub(edition, "date", {"when": date}, spelled_out(date))
    pub = sub(file_desc, "publicationStmt")
    sub(pub, "publisher", None, project.publisher)
    if project.pub_place:
        sub(pub, "pubPlace", None, project.pub_place)
    if date:
        sub(pub, "date", {"when": date}, spelled_out(date))
    if data.name:
        sub(pub, "idno", {"type": "teikit"}, data.name)
        if project.base_uri:
            sub(pub, "idno", {"type": "URI"}, edition_uri(project.base_uri, data.name))
    availability = sub(pub, "availability", {"status": "free"})
    sub(availability, "licence", {"target": project.licence_url}, project.licence)
    sub(availability, "p", None, "The licence covers the TEI encoding; no rights are claimed over "
                                 "the source text.")
    if doc.boilerplate:
        notes = sub(file_desc, "notesStmt")
        note = sub(notes, "note", {"type": "webSource"})
        note.text = "Lines of the web page that carried the text, not part of the document: "
        for i, block in enumerate(doc.boilerplate):
            sub(note, "quote", None, " ".join(block.text.split())).tail = "; " if i < len(doc.boilerplate) - 1 else "."
    source_desc = sub(file_desc, "sourceDesc")
    bibls = [b for b in blocks if b.kind in BIBL_TYPE]
    if bibls:
        list_bibl = sub(source_desc, "listBibl")
        for block in bibls:
            sub(list_bibl, "bibl", {"type": BIBL_TYPE[block.kind]}, " ".join(block.text.split()))
    else:
        sub(source_desc, "bibl", None, f"Plain-text file {doc.source.path.name}.")

    encoding = sub(header, "encodingDesc")
    decl = sub(encoding, "editorialDecl")
    norm = sub(decl, "normalization")
    sub(norm, "p", None,
        "The text is kept as transmitted, character for character. Line breaks within a block of the "
        "source are marked with lb; blank lines separate blocks. Web navigation lines are moved to the "
        "header (notesStmt).")
    seg = sub(decl, "segmentation")
    sub(seg, "p", None,
        "Documents, datelines, addressees, signatures, addresses and headings were found by teikit's "
        "general rules; edition data beside the source text supplies what no rule can know.")
    if any(block.attrs.get("part") for block in blocks):
        sub(seg, "p", None,
            f"Passages of more than {MAX_BLOCK:,} characters with no blank line in them were cut at "
            "sentence ends into parts (p with @part I, M, F); the source runs on from each part into "
            "the next without a break.")
    sub(sub(decl, "interpretation", {XML_ID: "interp-dates"}), "p", None, DATE_CONVENTIONS)
    app_info = sub(encoding, "appInfo")
    app = sub(app_info, "application", {"ident": "teikit", "version": __version__, XML_ID: "teikit"})
    sub(app, "label", None, "teikit")
    schema = sub(app_info, "application", {"ident": "tei_all", "version": TEI_ALL_VERSION})
    sub(schema, "label", None, "TEI P5 tei_all, the schema this file is checked against besides teikit's own")

    profile = sub(header, "profileDesc")
    lang_usage = sub(profile, "langUsage")
    sub(lang_usage, "language", {"ident": "en"}, "English")

    revision = sub(header, "revisionDesc")
    change = sub(revision, "change", {"who": "#teikit", **({"when": date} if date else {})})
    change.text = f"Converted from {doc.source.path.name} by teikit {__version__}."
    return header


def kind(el: etree._Element) -> tuple[str, str | None]:
    """What a part of a statement is, for merging: its name, and for an `idno` its type."""
    name = etree.QName(el).localname
    return name, el.get("type") if name == "idno" else None


def merge_by_kind(generated: etree._Element, edited: etree._Element) -> None:
    """Each kind of part the editor gives replaces the generated parts of that kind; the rest stay,
    in the statement's order (`KIND_ORDER`)."""
    given = [part for part in edited if isinstance(part.tag, str)]
    kinds = {kind(part) for part in given}
    kept = [part for part in generated if isinstance(part.tag, str) and kind(part) not in kinds]
    order = KIND_ORDER[etree.QName(generated).localname]
    rank = {name: i for i, name in enumerate(order)}
    parts = kept + [copy.deepcopy(part) for part in given]
    parts.sort(key=lambda part: rank.get(etree.QName(part).localname, len(order)))  # stable: given order kept
    for child in list(generated):
        generated.remove(child)
    generated.extend(parts)
    generated.text = None


def merge_header(generated: etree._Element, edited: etree._Element) -> etree._Element:
    """Lay the parts of the editor's header over the generated one, keeping TEI's order of parts."""
    for part in edited:
        if not isinstance(part.tag, str):
            continue
        name = etree.QName(part).localname
        existing = generated.find(part.tag)
        if name in HEADER_ORDER and existing is not None:
            merge_header(existing, part)
            continue
        if name in MERGED_BY_KIND and existing is not None:
            merge_by_kind(existing, part)
            continue
        replacement = copy.deepcopy(part)
        if existing is not None:
            existing.addnext(replacement)
            generated.remove(existing)
            continue
        order = HEADER_ORDER.get(etree.QName(generated).localname, [])
        later = [generated.find(T + n) for n in order[order.index(name) + 1:]] if name in order else []
        later = [e for e in later if e is not None]
        if later:
            later[0].addprevious(replacement)
        else:
            generated.append(replacement)
    return generated


# ---------------------------------------------------------------- what the finished text shows

def place(parent: etree._Element, part: etree._Element) -> etree._Element:
    """Insert a new part of `parent` at its place in TEI's order (`HEADER_ORDER`); an existing part
    of that name (the editor's) is kept instead."""
    name = etree.QName(part).localname
    existing = parent.find(T + name)
    if existing is not None:
        return existing
    order = HEADER_ORDER[etree.QName(parent).localname]
    later = [e for n in order[order.index(name) + 1:] if (e := parent.find(T + n)) is not None]
    if later:
        later[0].addprevious(part)
    else:
        parent.append(part)
    return part


def reading(el: etree._Element) -> str:
    """An element's words as the edition reads them: the editor's corrections, not the source's
    errors, and no notes."""
    skipped = {T + "sic", T + "orig", T + "note"}
    words = []

    def walk(node: etree._Element) -> None:
        words.append(node.text or "")
        for child in node:
            if child.tag not in skipped:
                walk(child)
            words.append(child.tail or "")
    walk(el)
    return " ".join("".join(words).split())


def register_names(root: etree._Element) -> dict[str, str]:
    """The standard name of each register entry, by its id."""
    names = {}
    for entry in root.iterfind(f"{T}standOff//{T}person"):
        standard = entry.find(f"{T}persName[@type='standard']")
        if standard is None:
            standard = entry.find(f"{T}persName")
        if standard is not None:
            names[entry.get(XML_ID)] = reading(standard)
    return names


def add_authors(root: etree._Element, title_stmt: etree._Element) -> None:
    """The authors of the documents, as their signatures name them, unless the edition data names
    them (or a byline did): `author ref="#id"` with the register's standard name."""
    if title_stmt.find(f"{T}author") is not None:
        return
    names = register_names(root)
    seen = set()
    authors = []
    for name in root.iterfind(f"{T}text/{T}body/{T}div/{T}closer/{T}signed//{T}persName"):
        ref = name.get("ref")
        key = ref or reading(name)
        if not key or key in seen:
            continue
        seen.add(key)
        author = tei("author", {"ref": ref} if ref else None, names.get((ref or "")[1:]) or reading(name))
        authors.append(author)
    anchor = title_stmt.findall(f"{T}title")[-1]
    for author in reversed(authors):
        anchor.addnext(author)


def declare_responsibilities(root: etree._Element, data: EditionData) -> None:
    """Every `@resp` pointer of the text resolves: #editor, #publisher and #translator the header
    does not declare get a `respStmt` (the project's editors by name, else a description)."""
    text, header = root.find(f"{T}text"), root.find(f"{T}teiHeader")
    title_stmt = header.find(f"{T}fileDesc/{T}titleStmt")
    ids = {el.get(XML_ID) for el in root.iter() if isinstance(el.tag, str)}
    pointers = {value[1:] for el in text.iter() if isinstance(el.tag, str)
                for value in (el.get("resp") or "").split() if value.startswith("#")}
    for ident in sorted(pointers - ids):
        if ident in RESPONSIBILITIES:
            resp, name = RESPONSIBILITIES[ident]
            names = data.project.editors if ident == "editor" and data.project.editors else (name,)
            stmt = sub(title_stmt, "respStmt", {XML_ID: ident})
            sub(stmt, "resp", None, resp)
            for who in names:
                sub(stmt, "name", None, who)


def declare_conventions(root: etree._Element) -> None:
    """`editorialDecl` says how the editorial layer and the characters XML cannot carry are encoded,
    when the text has them, so an encoder knows which elements hold the source's words."""
    text = root.find(f"{T}text")
    decl = root.find(f"{T}teiHeader/{T}encodingDesc/{T}editorialDecl")
    if decl is None:
        return
    uses_editorial = any(True for _ in text.iter(*(T + tag for tag in EDITORIAL_ELEMENTS))) or \
        any(n.get("type") == "editorial" for n in text.iter(f"{T}note"))
    if uses_editorial and decl.find(f"{T}correction") is None:
        sub(sub(decl, "correction"), "p", None, CORRECTION)
    if any(g.get("type") in STAND_IN_KINDS for g in root.iter(f"{T}g")):
        target = decl if decl.find(f"{T}p") is not None else decl.find(f"{T}normalization")
        if target is None:
            target = sub(decl, "normalization")
        sub(target, "p", None, CHARACTER_CONVENTION)


def date_the_creation(root: etree._Element) -> None:
    """profileDesc/creation: the date of the first document's dateline (at its head, else at its foot),
    unless the edition data dates it. Repositories file editions by when the text was written."""
    profile = root.find(f"{T}teiHeader/{T}profileDesc")
    valued = "t:dateline//t:date[@when or @notBefore or @notAfter or @from or @to]"
    dated = root.xpath(f"t:text/t:body/t:div[1]/t:opener/{valued} | t:text/t:body/t:div[1]/t:closer/{valued}",
                       namespaces=NS)
    if profile.find(f"{T}creation") is not None or not dated:
        return
    date = copy.deepcopy(dated[0])
    date.attrib.pop(XML_ID, None)
    date.tail = None
    creation = tei("creation")
    creation.append(date)
    place(profile, creation)


def word_count(text: etree._Element) -> int:
    """Words of the text as the edition reads it (notes of the editor are not the text's)."""
    return len(reading(text).split())


def add_extent(root: etree._Element, file_desc: etree._Element) -> None:
    """`extent`: how many documents and words the edition holds."""
    documents = len(root.findall(f"{T}text/{T}body/{T}div"))
    words = word_count(root.find(f"{T}text"))
    extent = tei("extent")
    for unit, quantity in (("documents", documents), ("words", words)):
        label = unit if quantity != 1 else unit[:-1]
        sub(extent, "measure", {"unit": unit, "quantity": str(quantity)}, f"{quantity:,} {label}")
    place(file_desc, extent)


def add_tags_decl(root: etree._Element, encoding: etree._Element) -> None:
    """`tagsDecl`: how often each element occurs in the text, the markup's own table of contents."""
    counts = Counter(etree.QName(el).localname for el in root.find(f"{T}text").iter()
                     if isinstance(el.tag, str) and etree.QName(el).namespace == TEI_NS)
    tags = tei("tagsDecl")
    namespace = sub(tags, "namespace", {"name": TEI_NS})
    for gi in sorted(counts):
        sub(namespace, "tagUsage", {"gi": gi, "occurs": str(counts[gi])})
    place(encoding, tags)


def category_id(doc_type: str) -> str:
    return f"{TAXONOMY_ID}.{doc_type}"


def classify(root: etree._Element, encoding: etree._Element, profile: etree._Element) -> None:
    """`textClass/catRef` to the types of the documents in the body, each a `category` of the
    document-type taxonomy in `classDecl` (unless the edition data classifies the text itself)."""
    types = list(dict.fromkeys(div.get("type") for div in root.iterfind(f"{T}text/{T}body/{T}div")
                               if div.get("type")))
    if not types or profile.find(f"{T}textClass") is not None:
        return
    class_decl = tei("classDecl")
    taxonomy = sub(class_decl, "taxonomy", {XML_ID: TAXONOMY_ID})
    for doc_type in types:
        category = sub(taxonomy, "category", {XML_ID: category_id(doc_type)})
        sub(category, "catDesc", None, DOCUMENT_TYPES.get(doc_type, f"A document of the type “{doc_type}”."))
    place(encoding, class_decl)
    text_class = tei("textClass")
    sub(text_class, "catRef", {"scheme": f"#{TAXONOMY_ID}",
                               "target": " ".join(f"#{category_id(t)}" for t in types)})
    place(profile, text_class)


def complete_header(root: etree._Element, data: EditionData) -> None:
    """Add to the header what the finished text shows: authors, responsibilities, conventions, date
    of writing, extent, element usage and document types."""
    header = root.find(f"{T}teiHeader")
    file_desc = header.find(f"{T}fileDesc")
    encoding = place(header, tei("encodingDesc"))
    profile = place(header, tei("profileDesc"))
    add_authors(root, file_desc.find(f"{T}titleStmt"))
    declare_responsibilities(root, data)
    declare_conventions(root)
    date_the_creation(root)
    add_extent(root, file_desc)
    add_tags_decl(root, encoding)
    classify(root, encoding, profile)
