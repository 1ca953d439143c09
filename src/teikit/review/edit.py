"""Decisions on teikit's markup, applied to the TEI file's own bytes.

An editor's file may carry hand edits anywhere: indentation, comments, attribute order, entity
references. Re-serialising the tree would rewrite all of that, so a decision is a list of splices:
byte ranges of the source replaced by new bytes, each range inside the elements the decision
changes (the mention, a register entry, the editor's respStmt, the review's `change`). Every other
byte is copied as it was. lxml does not report byte offsets, so `element_spans` finds each element's
start and end tags in the bytes and checks them, name by name, against lxml's own parse; the
result of a decision is parsed again and its text compared with the original before anyone writes it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from teikit.errors import InputError
from teikit.xmlio import TEI_NS, XML_NS, safe_parser

ID = f"{{{XML_NS}}}id"
KINDS = {"persName": "person", "placeName": "place", "orgName": "org"}
LISTS = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}
DATABLE = ("when", "notBefore", "notAfter", "from", "to")
CERT_ORDER = {"low": 0, "medium": 1, "high": 2}
AUTHORITIES = ("wikidata", "viaf", "geonames")
REVIEW_CHANGE = re.compile(r"Reviewed in teikit review: (\d+) mentions? \((.*)\)\.")
TALLY = re.compile(r"(\d+) ([a-z-]+)")
WORD = r"\w+(?:[-‐'’]\w+)*"

#: Markup the lexer steps over: comments, CDATA, processing instructions; then end and start tags
#: (attribute values are quoted and may hold `>`, never `<`).
TOKEN = re.compile(rb"""<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>
    |</(?P<end>[^\s>]+)\s*>
    |<(?P<start>[^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(?P<empty>/?)>""", re.S | re.X)


class DecisionRefused(Exception):
    """A decision that cannot be applied as asked; the message is for the editor."""


@dataclass(frozen=True)
class Span:
    """Byte offsets of one element: `<start …>` from `start` to `open_end`, `</end>` from `close_start` to `end`."""

    start: int
    open_end: int
    close_start: int
    end: int


@dataclass
class Source:
    """A TEI file's bytes, lxml's parse of them, and each element's byte span (index = document order)."""

    data: bytes
    tree: etree._ElementTree
    elements: list[etree._Element]
    spans: list[Span]
    positions: dict = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.positions = {el: i for i, el in enumerate(self.elements)}

    def span(self, el: etree._Element) -> Span:
        return self.spans[self.positions[el]]

    def index(self, el: etree._Element) -> int:
        return self.positions[el]

    def by_id(self, xml_id: str) -> etree._Element | None:
        found = self.tree.getroot().xpath("//*[@xml:id=$id]", id=xml_id)
        return found[0] if found else None


def parse_bytes(data: bytes, path: str = "") -> etree._ElementTree:
    """The safe parser over bytes already read (so the bytes spliced are the bytes parsed)."""
    try:
        root = etree.fromstring(data, safe_parser(collect_ids=False), base_url=path or None)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = exc.msg.split(", line ")[0] if exc.msg else "malformed XML"  # the position is said once
        raise InputError(f"malformed XML: {message}", path, line, column) from exc
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise InputError("DOCTYPE declarations are not accepted (no DTDs, no entities)", path, 1)
    return tree


def written_name(el: etree._Element) -> str:
    local = etree.QName(el).localname
    return f"{el.prefix}:{local}" if el.prefix else local


def load(data: bytes, path: str = "") -> Source:
    """Parse `data` and find every element's bytes, checked against lxml's document order."""
    tree = parse_bytes(data, path)
    if (tree.docinfo.encoding or "UTF-8").upper().replace("_", "-") not in ("UTF-8", "UTF8"):
        raise InputError(f"teikit review edits UTF-8 files; this one is {tree.docinfo.encoding} "
                         "(convert it to UTF-8 first)", path)
    elements = [el for el in tree.getroot().iter() if isinstance(el.tag, str)]
    spans: list[Span | None] = []
    stack: list[tuple[int, int, int, str]] = []
    for match in TOKEN.finditer(data):
        if match["start"]:
            name = match["start"].decode("utf-8")
            index = len(spans)
            spans.append(None)
            if match["empty"]:
                spans[index] = Span(match.start(), match.end(), match.end(), match.end())
            else:
                stack.append((index, match.start(), match.end(), name))
        elif match["end"]:
            index, start, open_end, name = stack.pop()
            if name != match["end"].decode("utf-8"):
                break
            spans[index] = Span(start, open_end, match.start(), match.end())
    names = [written_name(el) for el in elements]
    if len(spans) != len(elements) or stack or None in spans or any(
            data[s.start + 1:s.start + 1 + len(n.encode())].decode() != n for s, n in zip(spans, names)):
        raise InputError("teikit review cannot map this file's bytes to its elements; edit it by hand", path)
    return Source(data, tree, elements, spans)


# ---------------------------------------------------------------- what the queue shows

def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def text_of(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def is_mention(el: etree._Element) -> bool:
    return (etree.QName(el).namespace == TEI_NS and (local(el) in KINDS or local(el) == "date")
            and next(el.iterancestors(f"{{{TEI_NS}}}text"), None) is not None)


def identity(el: etree._Element) -> tuple:
    """Mentions that are the same decision: same element, same words, same entry or value."""
    value = el.get("ref") if local(el) in KINDS else tuple(el.get(a) for a in DATABLE)
    return local(el), text_of(el), value


def pending(source: Source) -> list[etree._Element]:
    """Mentions teikit made and no editor has decided on, lowest certainty first, then in text order."""
    mentions = [el for el in source.elements if is_mention(el) and el.get("resp") == "#teikit"]
    return sorted(mentions, key=lambda el: (CERT_ORDER.get(el.get("cert", ""), 1), source.index(el)))


def entries(source: Source, kind: str) -> list[etree._Element]:
    return source.tree.getroot().findall(f".//{{{TEI_NS}}}standOff//{{{TEI_NS}}}{kind}")


def entry_label(entry: etree._Element) -> str:
    first = entry.find("*")
    return text_of(first) if first is not None else entry.get(ID, "")


# ---------------------------------------------------------------- the decision

@dataclass
class Decision:
    """What the editor asked, as the page's form sends it."""

    action: str  # accept | reject | retype | link | new | widen | narrow | date
    target: int  # document-order index of the mention
    scope: str = "one"  # one | all (every identical mention teikit made)
    type: str = ""  # retype: persName | placeName | orgName
    ref: str = ""  # link: an entry's xml:id
    name: str = ""  # new entry
    variants: str = ""
    authority_type: str = ""
    authority_id: str = ""
    side: str = ""  # widen / narrow: left | right
    values: dict[str, str] = field(default_factory=dict)  # date: when, notBefore…

    TALLY = {"accept": "accepted", "reject": "rejected", "retype": "retyped", "link": "linked",
             "new": "linked", "widen": "re-spanned", "narrow": "re-spanned", "date": "corrected"}


@dataclass
class Edit:
    """The bytes a decision produces and what it did, for the page and the undo stack."""

    data: bytes
    summary: str


class Splices:
    """Byte ranges to replace; overlapping ranges are a bug, refused. New markup (a `str`) gets the
    file's own line ends; bytes copied from the file are kept as they are."""

    def __init__(self, newline: str = "\n") -> None:
        self.items: list[tuple[int, int, bytes]] = []
        self.newline = newline

    def add(self, start: int, end: int, new: bytes | str) -> None:
        if isinstance(new, str):
            new = new.replace("\n", self.newline).encode("utf-8")
        self.items.append((start, end, new))

    def apply(self, data: bytes) -> bytes:
        ordered = sorted(self.items, key=lambda item: (item[0], item[1]))
        for (_, end_a, _), (start_b, _, _) in zip(ordered, ordered[1:]):
            if start_b < end_a:
                raise DecisionRefused("these changes overlap; decide on one mention at a time")
        out, position = [], 0
        for start, end, new in ordered:
            out += [data[position:start], new]
            position = end
        out.append(data[position:])
        return b"".join(out)


def start_tag(name: str, attributes: list[tuple[str, str]]) -> str:
    return "<" + name + "".join(f" {key}={quoteattr(value)}" for key, value in attributes) + ">"


def attribute_items(el: etree._Element) -> list[tuple[str, str]]:
    """The element's namespace declarations and attributes as written (prefixed names), in order."""
    prefixes = {XML_NS: "xml", **{uri: prefix for prefix, uri in el.nsmap.items() if prefix}}
    inherited = el.getparent().nsmap if el.getparent() is not None else {}
    items = [(f"xmlns:{prefix}" if prefix else "xmlns", uri) for prefix, uri in el.nsmap.items()
             if inherited.get(prefix) != uri]
    for key, value in el.attrib.items():
        qname = etree.QName(key)
        prefix = f"{prefixes[qname.namespace]}:" if qname.namespace else ""
        items.append((prefix + qname.localname, value))
    return items


def decided(el: etree._Element, **changes: str | None) -> list[tuple[str, str]]:
    """The attributes after the editor's decision: @resp="#editor", @cert gone, `changes` applied in
    place (None removes), new ones at the end, so the tag reads as it did."""
    changes = {"resp": "#editor", "cert": None, **changes}
    items = [(key, changes[key] if key in changes else value) for key, value in attribute_items(el)
             if key not in changes or changes[key] is not None]
    present = {key for key, _ in items}
    return items + [(key, value) for key, value in changes.items() if value is not None and key not in present]


def slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode())
    value = "-".join(words)[:40].strip("-") or "entry"
    return value if value[0].isalpha() else f"e-{value}"


class Editor:
    """Turns decisions on one version of a file into splices of its bytes."""

    def __init__(self, source: Source, editor_name: str, today: date) -> None:
        self.source = source
        self.root = source.tree.getroot()
        self.editor_name = editor_name
        self.today = today
        self.splices = Splices("\r\n" if b"\r\n" in source.data else "\n")
        self.ids = {el.get(ID) for el in source.elements if el.get(ID)}
        self.refs = Counter(el.get("ref") for el in source.elements if el.get("ref"))
        self.referenced_before = set(self.refs)
        self.new_entries: dict[str, list[str]] = {}  # list kind → entry markup to insert
        self.replaced: list[etree._Element] = []  # entries whose id a new entry of another kind takes

    # -- the mentions a decision covers

    def targets(self, decision: Decision) -> list[etree._Element]:
        if not 0 <= decision.target < len(self.source.elements):
            raise DecisionRefused("no such mention in this version of the file; reload the page")
        mention = self.source.elements[decision.target]
        if not is_mention(mention):
            raise DecisionRefused("that element is not a name or a date in the text; reload the page")
        if decision.scope != "all":
            return [mention]
        key = identity(mention)
        return [el for el in self.source.elements
                if is_mention(el) and identity(el) == key and (el is mention or el.get("resp") == "#teikit")]

    def apply(self, decision: Decision) -> Edit:
        mentions = self.targets(decision)
        kind_of = local(mentions[0])
        if decision.action in ("retype", "link", "new") and kind_of not in KINDS:
            raise DecisionRefused("a date has no register entry; accept it or correct its value")
        if decision.action == "date" and kind_of != "date":
            raise DecisionRefused("only a date has a value to correct")
        new_ref = None
        if decision.action == "link":
            new_ref = self.existing_entry(decision.ref, KINDS[kind_of])
        elif decision.action == "new":
            new_ref = self.add_entry(KINDS[kind_of], decision.name, decision.variants,
                                     decision.authority_type, decision.authority_id, text_of(mentions[0]))
        elif decision.action == "retype":
            if decision.type not in KINDS or decision.type == kind_of:
                raise DecisionRefused("choose another type: persName, placeName or orgName")
            new_ref = self.entry_for_retype(mentions, KINDS[decision.type])
        for mention in mentions:
            self.decide(mention, decision, new_ref)
        self.drop_orphans()
        self.insert_entries()
        self.ensure_editor()
        words = text_of(mentions[0])
        tally = Decision.TALLY[decision.action]
        self.record_change(tally, len(mentions))
        data = self.splices.apply(self.source.data)
        self.check_text_kept(data)
        plural = "s" if len(mentions) > 1 else ""
        return Edit(data, f"{tally} {len(mentions)} mention{plural} of “{words}”")

    def decide(self, mention: etree._Element, decision: Decision, new_ref: str | None) -> None:
        span = self.source.span(mention)
        name = written_name(mention)
        inner = self.source.data[span.open_end:span.close_start]
        action = decision.action
        if action == "reject":
            self.splices.add(span.start, span.end, inner)
            self.move_ref(mention.get("ref"), None)
        elif action == "accept":
            self.splices.add(span.start, span.open_end, start_tag(name, decided(mention)))
        elif action in ("link", "new"):
            self.splices.add(span.start, span.open_end, start_tag(name, decided(mention, ref=f"#{new_ref}")))
            self.move_ref(mention.get("ref"), new_ref)
        elif action == "retype":
            new_name = (f"{mention.prefix}:" if mention.prefix else "") + decision.type
            self.splices.add(span.start, span.end, start_tag(new_name, decided(mention, ref=f"#{new_ref}"))
                             .encode() + inner + f"</{new_name}>".encode())
            self.move_ref(mention.get("ref"), new_ref)
        elif action == "date":
            values = {key: (decision.values.get(key) or "").strip() or None for key in DATABLE}
            if not any(values.values()):
                raise DecisionRefused("give the date a value: when, or a range (notBefore/notAfter, from/to)")
            self.splices.add(span.start, span.open_end, start_tag(name, decided(mention, evidence=None, **values)))
        elif action in ("widen", "narrow"):
            self.respan(mention, span, name, inner, action, decision.side)
        else:
            raise DecisionRefused(f"unknown decision {action!r}")

    def respan(self, mention, span: Span, name: str, inner: bytes, action: str, side: str) -> None:
        """Move the mention's start or end tag over one whole word of the running text."""
        data = self.source.data
        tag = start_tag(name, decided(mention)).encode()
        close = data[span.close_start:span.end]
        if action == "widen":
            if side == "right":
                after = data[span.end:data.find(b"<", span.end)].decode("utf-8")
                word = re.match(rf"\s*{WORD}", after)
                if not word:
                    raise DecisionRefused("no word follows the mention to take in")
                moved = word.group().encode()
                self.splices.add(span.start, span.end + len(moved), tag + inner + moved + close)
            else:
                begin = data.rfind(b">", 0, span.start) + 1
                before = data[begin:span.start].decode("utf-8")
                word = re.search(rf"{WORD}\.?\s*$", before)  # an initial keeps its full stop
                if not word:
                    raise DecisionRefused("no word precedes the mention to take in")
                moved = word.group().encode()
                self.splices.add(span.start - len(moved), span.end, tag + moved + inner + close)
            return
        if len(mention):
            raise DecisionRefused("this mention holds markup; narrow it by hand")
        text = inner.decode("utf-8")
        pattern = rf"^(.*\w)(\W+{WORD}\W*)$" if side == "right" else rf"^(\W*{WORD}\W+)(\w.*)$"
        parts = re.match(pattern, text, re.S)
        if not parts:
            raise DecisionRefused("the mention is one word; reject it instead")
        keep, moved = (parts[1], parts[2]) if side == "right" else (parts[2], parts[1])
        new = tag + keep.encode() + close
        self.splices.add(span.start, span.end, new + moved.encode() if side == "right" else moved.encode() + new)

    # -- the register

    def move_ref(self, old: str | None, new: str | None) -> None:
        if old:
            self.refs[old] -= 1
        if new:
            self.refs[f"#{new}"] += 1

    def existing_entry(self, xml_id: str, kind: str) -> str:
        entry = self.source.by_id(xml_id)
        if entry is None or local(entry) != kind:
            raise DecisionRefused(f"there is no {kind} “{xml_id}” in the register")
        return xml_id

    def entry_for_retype(self, mentions: list[etree._Element], kind: str) -> str:
        """An entry of the new kind with the mention's name, else a new one with the old entry's names
        (and its id, when the old entry is teikit's and goes with these mentions)."""
        words = text_of(mentions[0])
        for entry in entries(self.source, kind):
            if any(text_of(name) == words for name in entry):
                return entry.get(ID)
        old_ref = mentions[0].get("ref") or ""
        old = self.source.by_id(old_ref.lstrip("#"))
        if old is None:
            return self.add_entry(kind, words, "", "", "", words)
        names = [text_of(n) for n in old if local(n) in KINDS]
        if old.get("resp") == "#teikit" and self.refs[old_ref] == len(mentions):
            self.ids.discard(old.get(ID))
            self.replaced.append(old)
            return self.add_entry(kind, names[0], "; ".join(names[1:]), "", "", words, old.get(ID))
        return self.add_entry(kind, names[0], "; ".join(names[1:]), "", "", words)

    def add_entry(self, kind: str, name: str, variants: str, authority_type: str, authority_id: str,
                  mention_words: str, xml_id: str = "") -> str:
        name = " ".join(name.split())
        if not name:
            raise DecisionRefused("a new register entry needs a name")
        names = [name] + [v for v in (" ".join(v.split()) for v in re.split(r"[;\n]", variants)) if v]
        if mention_words not in names:
            names.append(mention_words)
        xml_id, n = xml_id or slug(name), 2
        while xml_id in self.ids:
            xml_id, n = f"{slug(name)}-{n}", n + 1
        self.ids.add(xml_id)
        element = {"person": "persName", "place": "placeName", "org": "orgName"}[kind]
        lines = [f'<{kind} xml:id="{xml_id}" resp="#editor">']
        lines += [f'  <{element} type="{"standard" if i == 0 else "variant"}">{escape(v)}</{element}>'
                  for i, v in enumerate(dict.fromkeys(names))]
        if authority_id.strip():
            if authority_type not in AUTHORITIES:
                raise DecisionRefused(f"the authority must be one of {', '.join(AUTHORITIES)}")
            lines.append(f'  <idno type="{authority_type}">{escape(authority_id.strip())}</idno>')
        lines.append(f"</{kind}>")
        self.new_entries.setdefault(kind, []).append("\n".join(lines))
        return xml_id

    def drop_orphans(self) -> None:
        """Entries teikit made that no name points to any more go with the last mention that did."""
        for el in self.source.elements:
            xml_id = el.get(ID)
            orphan = (local(el) in LISTS and el.get("resp") == "#teikit" and xml_id
                      and self.refs[f"#{xml_id}"] <= 0 and f"#{xml_id}" in self.referenced_before)
            if orphan or el in self.replaced:
                span = self.source.span(el)
                line_start = self.source.data.rfind(b"\n", 0, span.start)
                line_start -= self.source.data[line_start - 1:line_start] == b"\r"
                gap = self.source.data[line_start:span.start]
                self.splices.add(line_start if gap.strip() == b"" else span.start, span.end, b"")

    def insert_entries(self) -> None:
        stand_off = self.root.find(f"{{{TEI_NS}}}standOff")
        for kind, markups in self.new_entries.items():
            listing = stand_off.find(f"{{{TEI_NS}}}{LISTS[kind]}") if stand_off is not None else None
            if listing is not None and len(listing):
                last = self.source.span(listing[-1])
                indent = self.indent_of(last.start)
                self.splices.add(last.end, last.end, "".join("\n" + indented(m, indent) for m in markups))
            elif listing is not None:
                span = self.source.span(listing)
                indent = self.indent_of(span.start) + "  "
                self.splices.add(span.open_end, span.open_end, "".join("\n" + indented(m, indent) for m in markups))
            else:
                block = f"<{LISTS[kind]}>\n" + "\n".join(indented(m, "  ") for m in markups) + f"\n</{LISTS[kind]}>"
                if stand_off is not None:
                    at = self.source.span(stand_off[-1]).end if len(stand_off) else self.source.span(stand_off).open_end
                    indent = self.indent_of(self.source.span(stand_off[-1]).start) if len(stand_off) else "    "
                    self.splices.add(at, at, "\n" + indented(block, indent))
                else:
                    text = self.source.span(self.root.find(f"{{{TEI_NS}}}text"))
                    indent = self.indent_of(text.start)
                    self.splices.add(text.start, text.start,
                                     indented(f"<standOff>\n{indented(block, '  ')}\n</standOff>", indent).lstrip()
                                     + "\n" + indent)

    def indent_of(self, position: int) -> str:
        line_start = self.source.data.rfind(b"\n", 0, position) + 1
        gap = self.source.data[line_start:position].decode("utf-8")
        return gap if not gap.strip() else ""

    # -- the header: who the editor is, and what the review did

    def ensure_editor(self) -> None:
        if "editor" in self.ids:
            return
        title_stmt = self.root.find(f"{{{TEI_NS}}}teiHeader/{{{TEI_NS}}}fileDesc/{{{TEI_NS}}}titleStmt")
        if title_stmt is None or not len(title_stmt):
            raise DecisionRefused("the header has no titleStmt to name the editor in")
        last = self.source.span(title_stmt[-1])
        indent = self.indent_of(last.start)
        markup = (f'<respStmt xml:id="editor">\n  <resp>Review of teikit\'s markup</resp>\n'
                  f"  <name>{escape(self.editor_name)}</name>\n</respStmt>")
        self.splices.add(last.end, last.end, "\n" + indented(markup, indent))
        self.ids.add("editor")

    def record_change(self, tally: str, count: int) -> None:
        """One `change` a day for the review, its counts brought up to date with each decision."""
        header = self.root.find(f"{{{TEI_NS}}}teiHeader")
        change_id = f"review-{self.today.isoformat()}"
        existing = self.source.by_id(change_id)
        counts: Counter = Counter()
        if existing is not None:
            match = REVIEW_CHANGE.fullmatch(text_of(existing))
            if match is None or len(existing):
                raise DecisionRefused(f"the change “{change_id}” was edited by hand; teikit review leaves it alone")
            counts.update({word: int(n) for n, word in TALLY.findall(match[2])})
        counts[tally] += count
        total = sum(counts.values())
        listed = ", ".join(f"{n} {word}" for word, n in sorted(counts.items()))
        markup = (f'<change xml:id="{change_id}" who="#editor" when="{self.today.isoformat()}">'
                  f"Reviewed in teikit review: {total} mention{'s' if total != 1 else ''} ({listed}).</change>")
        if existing is not None:
            span = self.source.span(existing)
            self.splices.add(span.start, span.end, markup)
            return
        revision = header.find(f"{{{TEI_NS}}}revisionDesc")
        if revision is not None and len(revision):
            last = self.source.span(revision[-1])
            self.splices.add(last.end, last.end, "\n" + indented(markup, self.indent_of(last.start)))
        else:
            if revision is not None:
                raise DecisionRefused("revisionDesc is empty; give it a change by hand first")
            last = self.source.span(header[-1])
            indent = self.indent_of(last.start)
            self.splices.add(last.end, last.end,
                             "\n" + indented(f"<revisionDesc>\n  {markup}\n</revisionDesc>", indent))

    # -- the proof

    def check_text_kept(self, data: bytes) -> None:
        """The new bytes parse, and the words of the text are exactly the words they were."""
        try:
            tree = parse_bytes(data)
        except InputError as exc:
            raise DecisionRefused(f"the edit would break the XML ({exc}); nothing was written") from exc
        before = self.root.find(f"{{{TEI_NS}}}text")
        after = tree.getroot().find(f"{{{TEI_NS}}}text")
        if after is None or "".join(before.itertext()) != "".join(after.itertext()):
            raise DecisionRefused("the edit would change the words of the text; nothing was written")


def indented(markup: str, indent: str) -> str:
    return "\n".join(indent + line if line else line for line in markup.split("\n"))


def decide(data: bytes, decision: Decision, editor_name: str = "the editor", today: date | None = None,
           path: str = "") -> Edit:
    """The file's new bytes after `decision` (pure: nothing is read or written)."""
    return Editor(load(data, path), editor_name, today or date.today()).apply(decision)
