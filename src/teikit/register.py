"""Registers of persons, places and organisations: load and check an editor's file, or draft one.

A register is TEI: `listPerson`/`person`, `listPlace`/`place`, `listOrg`/`org` (usually inside a
`standOff`). Each entry has an `xml:id` (what `@ref="#id"` in the text points to), a standard name
(`type="standard"`, structured for persons: `surname`, `forename`, `addName type="patronymic"`) and
the forms this text uses (`type="variant"`). A form may belong to one entry only, so that every
mention of it can be linked without guessing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.errors import EditionDataError, InputError
from teikit.xmlio import TEI_NS, XML_NS, parse_xml

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"

#: Entry element → (entity type, name element, list element).
KINDS = {"person": ("person", "persName", "listPerson"), "place": ("place", "placeName", "listPlace"),
         "org": ("org", "orgName", "listOrg")}
ENTITY_TAG = {kind: name for kind, name, _ in KINDS.values()}


@dataclass
class Entry:
    """One register entry as the entity finder needs it."""

    id: str
    type: str  # person | place | org
    standard: str = ""
    variants: list[str] = field(default_factory=list)
    surname: str = ""
    forenames: list[str] = field(default_factory=list)
    patronymic: str = ""
    other_names: list[str] = field(default_factory=list)  # modern names, acronyms in parentheses
    line: int | None = None


def text_of(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def entry_from(el: etree._Element) -> Entry:
    """An `Entry` from a `person`/`place`/`org` element."""
    kind, name_tag, _ = KINDS[etree.QName(el).localname]
    entry = Entry(el.get(XML_ID, ""), kind, line=el.sourceline)
    for name in el.findall(T + name_tag):
        value = text_of(name)
        if not value:
            continue
        role = name.get("type", "standard")
        if role == "variant":
            entry.variants.append(value)
        elif role == "standard" and not entry.standard:
            entry.standard = value
            entry.surname = " ".join(text_of(s) for s in name.findall(T + "surname"))
            entry.forenames = [text_of(f) for f in name.findall(T + "forename")]
            entry.patronymic = " ".join(text_of(a) for a in name.findall(T + "addName")
                                        if a.get("type") == "patronymic")
        else:
            entry.other_names.append(value)
    return entry


def entries(register: etree._Element, path: Path | str | None = None) -> list[Entry]:
    """Every entry of a register, checked: ids present and unique, no form claimed by two entries.

    An entry outside a `listPerson`/`listPlace`/`listOrg` would not reach the TEI, so it is an error
    too: convert never silently drops an editor's entry.
    """
    found: list[Entry] = []
    ids: dict[str, int | None] = {}
    owner: dict[str, Entry] = {}
    for el in register.iter(T + "person", T + "place", T + "org"):
        kind = etree.QName(el).localname
        parent = el.getparent()
        if parent is None or etree.QName(parent).localname != KINDS[kind][2]:
            raise EditionDataError(f"<{kind}> must sit in a <{KINDS[kind][2]}>", path, el.sourceline)
        entry = entry_from(el)
        if not entry.id:
            raise EditionDataError(f"<{kind}> needs an xml:id", path, el.sourceline)
        if entry.id in ids:
            raise EditionDataError(f"duplicate xml:id {entry.id!r} (first on line {ids[entry.id]})",
                                   path, el.sourceline)
        ids[entry.id] = el.sourceline
        for form in entry.variants:
            key = form.casefold()
            other = owner.get(key)
            if other is not None and other.id != entry.id:
                raise EditionDataError(
                    f"variant {form!r} of {entry.id!r} is also claimed by {other.id!r} "
                    f"(line {other.line})", path, el.sourceline)
            owner[key] = entry
        found.append(entry)
    return found


def load_register(path: Path) -> etree._Element:
    """Parse and check a register file; every problem is one line naming the file and line."""
    try:
        root = parse_xml(path, collect_ids=False).getroot()  # duplicate ids are reported below, by entry
    except InputError as exc:
        raise EditionDataError(exc.message, exc.path, exc.line, exc.column) from exc
    if not any(True for _ in root.iter(T + "listPerson", T + "listPlace", T + "listOrg")):
        raise EditionDataError("no listPerson, listPlace or listOrg in this register", path, root.sourceline)
    entries(root, path)
    return root


# ---------------------------------------------------------------- drafting

def slug(text: str) -> str:
    """An xml:id from a name: ASCII, lowercase, hyphens ("Lev Orlov" → "lev-orlov")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entity"
    return base if base[0].isalpha() else f"n-{base}"


@dataclass
class Draft:
    """An entry found automatically: its forms (most complete first) and how sure the finder is."""

    type: str
    forms: list[str]
    cert: str
    id: str = ""


def register_element(drafts: list[Draft], known: list[etree._Element] = ()) -> etree._Element:
    """A `standOff` with the drafted entries, marked as teikit's work for an editor to review, after
    `known` entries (the genre authority's, already in register form)."""
    nsmap = {None: TEI_NS}
    root = etree.Element(T + "standOff", nsmap=nsmap)
    for kind, name_tag, list_tag in KINDS.values():
        mine = [d for d in drafts if d.type == kind]
        theirs = [el for el in known if etree.QName(el).localname == kind]
        if not mine and not theirs:
            continue
        lst = etree.SubElement(root, T + list_tag)
        lst.extend(theirs)
        for draft in mine:
            el = etree.SubElement(lst, T + kind, {XML_ID: draft.id, "resp": "#teikit", "cert": draft.cert})
            standard = etree.SubElement(el, T + name_tag, {"type": "standard"})
            standard.text = draft.forms[0]
            for form in draft.forms:
                etree.SubElement(el, T + name_tag, {"type": "variant"}).text = form
    return root
