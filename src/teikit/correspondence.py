"""Correspondence: who sent a letter or memorandum, from where and when, and to whom.

Each such document of a TEI file gets a `correspDesc` in `profileDesc` (`@ref` pointing at its div):
the editor's, written inside the document's `e:div` in the edition data, or else one read from the
document itself: the addressee line (salute) names the recipient, the signatures the senders, the
dateline the place and date. `teikit build` gathers every edition's into `site/cmif.xml`, in the
Correspondence Metadata Interchange Format that correspSearch harvests (names with authority URIs).
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from teikit.errors import EditionDataError
from teikit.register import text_of
from teikit.xmlio import TEI_NS, XML_NS, serialise_xml, write_atomic

if TYPE_CHECKING:  # teikit.edition imports the annotators, which import it: at run time, not needed
    from teikit.edition import EditionData

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"
NS = {"t": TEI_NS}
DATE_ATTRS = ("when", "notBefore", "notAfter", "from", "to")
#: An authority id → the URI that names the entity in CMIF.
AUTHORITY_URIS = {"wikidata": "http://www.wikidata.org/entity/{}", "viaf": "http://viaf.org/viaf/{}",
                  "gnd": "http://d-nb.info/gnd/{}", "geonames": "http://www.geonames.org/{}"}


# ---------------------------------------------------------------- correspDesc in an edition

def add_correspondence(root: etree._Element, data: EditionData) -> None:
    """A `correspDesc` in `profileDesc` for each document of the body that is a letter or memorandum."""
    profile = root.find(f"{T}teiHeader/{T}profileDesc")
    if profile is None:
        return
    ids = set(root.xpath("//@xml:id"))
    for n, div in enumerate(root.iterfind(f"{T}text/{T}body/{T}div")):
        hint = data.divisions[n] if n < len(data.divisions) else None
        if hint is not None and hint.correspondence is not None:
            desc = from_edition(hint.correspondence, hint.source, ids)
        else:
            desc = from_text(div, root)
        if desc is not None:
            desc.set("ref", f"#{div.get(XML_ID)}")
            profile.append(desc)


def from_edition(given: etree._Element, source: Path | None, ids: set[str]) -> etree._Element:
    """The editor's correspDesc, its pointers checked: a `@ref` to no register entry is an error
    naming the edition file and line."""
    for el in given.iter(T + "persName", T + "orgName", T + "placeName"):
        ref = el.get("ref")
        if ref is None or not ref.startswith("#") or ref[1:] not in ids:
            raise EditionDataError(
                f"<{etree.QName(el).localname}> ref=\"{ref or ''}\" in correspDesc points to nothing: "
                f"give the xml:id of a register entry (\"#id\")", source, el.sourceline)
    desc = copy.deepcopy(given)
    for comment in desc.xpath("//comment()"):
        comment.getparent().remove(comment)
    return desc


def standard_name(root: etree._Element, ref: str) -> str | None:
    entry = root.xpath("t:standOff//*[@xml:id = $id]", namespaces=NS, id=ref[1:])
    if not entry:
        return None
    names = [n for n in entry[0] if isinstance(n.tag, str) and etree.QName(n).localname.endswith("Name")]
    standard = [n for n in names if n.get("type", "standard") == "standard"] or names
    return text_of(standard[0]) if standard else None


def named(root: etree._Element, mentions: list[etree._Element]) -> list[etree._Element]:
    """Each entity mentioned once, as the register names it: `<persName ref="#id">standard</persName>`."""
    out, seen = [], set()
    for mention in mentions:
        ref = mention.get("ref")
        name = standard_name(root, ref) if ref else None
        if name is None or ref in seen:
            continue
        seen.add(ref)
        el = etree.Element(mention.tag, ref=ref)
        el.text = name
        out.append(el)
    return out


#: A letter's greeting run in as the first paragraph ("Dear Comrades:", "My dear friend,").
GREETING = re.compile(r"^(?:(?:my\s+)?dear|to)\b[^.!?]{0,80}[:,!]$", re.IGNORECASE)


def from_text(div: etree._Element, root: etree._Element) -> etree._Element | None:
    """A correspDesc read from a letter-like document: one whose addressee line names someone, or
    that opens with an addressee line or greeting and is signed or bylined by someone named. The
    senders are the signatures' persons (else the byline's, else the organisations signing), the
    recipient the addressee line's; place and date come from the dateline. None for anything else."""
    def persons_or_orgs(path: str) -> list[etree._Element]:
        return named(root, div.xpath(f"({path})//t:persName[@ref]", namespaces=NS)) or \
            named(root, div.xpath(f"({path})//t:orgName[@ref]", namespaces=NS))

    senders = persons_or_orgs("t:closer/t:signed | t:opener/t:signed") or persons_or_orgs("t:byline")
    recipients = persons_or_orgs("t:opener/t:salute")
    first = div.find(f"{T}p")
    addressed = div.find(f"{T}opener/{T}salute") is not None or (
        first is not None and GREETING.match(" ".join("".join(first.itertext()).split())))
    if not recipients and not (addressed and senders):
        return None
    datelines = div.xpath("t:opener/t:dateline | t:closer/t:dateline", namespaces=NS)
    places = named(root, [p for d in datelines for p in d.xpath(".//t:placeName[@ref]", namespaces=NS)])[:1]
    dates = [d for line in datelines for d in line.xpath(".//t:date", namespaces=NS)
             if any(d.get(a) for a in DATE_ATTRS)][:1]
    desc = etree.Element(T + "correspDesc")
    sent = etree.SubElement(desc, T + "correspAction", type="sent")
    sent.extend(senders + places)
    for date in dates:
        value = etree.SubElement(sent, T + "date", {a: date.get(a) for a in DATE_ATTRS if date.get(a)})
        value.text = " ".join("".join(date.itertext()).split())
    if len(sent) == 0:
        desc.remove(sent)
    if recipients:
        etree.SubElement(desc, T + "correspAction", type="received").extend(recipients)
    return desc


# ---------------------------------------------------------------- CMIF for the corpus

def static_uuid(name: str) -> str:
    """A UUID that stays the same for the same site (CMIF asks for one that is not regenerated) and
    is an XML name (it starts with a letter)."""
    salt = 0
    while True:
        value = str(uuid.uuid5(uuid.NAMESPACE_URL, f"teikit:{name}:{salt}"))
        if value[0].isalpha():
            return value
        salt += 1


def authority_uris(tree: etree._ElementTree | etree._Element, ref: str) -> list[str]:
    return [AUTHORITY_URIS[idno.get("type")].format(text_of(idno))
            for idno in tree.xpath("//t:standOff//*[@xml:id = $id]/t:idno", namespaces=NS, id=ref[1:])
            if idno.get("type") in AUTHORITY_URIS and text_of(idno)]


def cmif_action(action: etree._Element, tree: etree._ElementTree | etree._Element) -> etree._Element:
    """An edition's correspAction as CMIF has it: names with authority URIs, ISO dates, no pointers."""
    out = etree.Element(T + "correspAction", type=action.get("type"))
    for el in action:
        if not isinstance(el.tag, str):
            continue
        tag = etree.QName(el).localname
        if tag == "date":
            attrs = {a: el.get(a) for a in DATE_ATTRS if el.get(a)}
            if attrs:
                etree.SubElement(out, T + "date", attrs)
            continue
        name = etree.SubElement(out, el.tag)
        name.text = text_of(el)
        uris = authority_uris(tree, el.get("ref", "#"))
        if uris:
            name.set("ref", " ".join(uris))
        if el.get("cert") == "low":
            name.set("cert", "low")
    if out.find(T + "persName") is None and out.find(T + "orgName") is None:
        etree.SubElement(out, T + "persName").text = "Unknown"
        out.insert(0, out[-1])
    return out


def cmif(editions: Iterable[tuple[Path, etree._Element]], title: str = "teikit editions") -> etree._ElementTree:
    """The correspondence of these editions as one CMIF document: each given by its TEI file and an
    element with its teiHeader and its register (the TEI's root, or its corpus extract's), in order."""
    source_id = static_uuid(title)
    root = etree.Element(T + "TEI", nsmap={None: TEI_NS})
    header = etree.SubElement(root, T + "teiHeader")
    file_desc = etree.SubElement(header, T + "fileDesc")
    title_stmt = etree.SubElement(file_desc, T + "titleStmt")
    etree.SubElement(title_stmt, T + "title").text = f"Correspondence in {title}"
    etree.SubElement(title_stmt, T + "editor").text = "The editors of the site"
    publication = etree.SubElement(file_desc, T + "publicationStmt")
    etree.SubElement(publication, T + "publisher").text = title
    etree.SubElement(publication, T + "idno", type="url").text = "cmif.xml"
    written = etree.SubElement(publication, T + "date")
    availability = etree.SubElement(publication, T + "availability")
    licence = etree.SubElement(availability, T + "licence", target="https://creativecommons.org/licenses/by/4.0/")
    licence.text = "This file is licensed under the terms of the Creative Commons License CC-BY 4.0"
    source_desc = etree.SubElement(file_desc, T + "sourceDesc")
    etree.SubElement(source_desc, T + "bibl", {"type": "online", XML_ID: source_id}).text = title
    profile = etree.SubElement(header, T + "profileDesc")
    newest = 0.0
    for path, tree in editions:
        newest = max(newest, path.stat().st_mtime)
        for desc in tree.iterfind(f"{T}teiHeader/{T}profileDesc/{T}correspDesc"):
            out = etree.SubElement(profile, T + "correspDesc",
                                   ref=f"{path.stem}/reading.html{desc.get('ref', '')}", source=f"#{source_id}")
            for kind in ("sent", "received"):  # both, with "Unknown" for a side the edition does not know
                given = desc.find(f"{T}correspAction[@type='{kind}']")
                out.append(cmif_action(given if given is not None else etree.Element(
                    T + "correspAction", type=kind), tree))
    # the day the newest TEI file was written: the same bytes for the same files, however built
    when = datetime.fromtimestamp(newest, timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    written.set("when", when.isoformat())
    etree.SubElement(etree.SubElement(etree.SubElement(root, T + "text"), T + "body"), T + "p")
    etree.indent(root, space=" ")
    return etree.ElementTree(root)


def write_cmif(site: Path, editions: Iterable[tuple[Path, etree._Element]]) -> Path:
    """`site/cmif.xml` for the built editions (as `cmif` takes them)."""
    target = site / "cmif.xml"
    write_atomic(target, serialise_xml(cmif(editions)))
    return target
