"""The genre authority: names the genre keeps repeating, known before any rule has to guess.

A text with no register still names the chairman of the OGPU, the OGPU or the Kalmyk ASSR, and no rule can tell from
one sentence that a bare "Frinovsky" opening a sentence is a person. teikit ships a register of the
persons, places and organisations that recur in its genre (`teikit/data/authority.xml`, the same
format as an edition's register); an editor adds files of their own or leaves the shipped one out. On
a text with no register its forms are found first (`teikit.annotate.entities.AuthorityFinder`), and
the recogniser's rules decide only what the authority does not know. The entries a text mentions are
copied into its TEI register, with their dates, notes and authority ids.
"""

from __future__ import annotations

import copy
from functools import cache
from importlib.resources import files
from pathlib import Path

from lxml import etree

from teikit.register import KINDS, entries, load_register
from teikit.xmlio import TEI_NS, XML_NS

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"


def shipped_path() -> Path:
    return Path(str(files("teikit") / "data" / "authority.xml"))


@cache
def load_authority(paths: tuple[Path, ...] = (), shipped: bool = True) -> etree._Element | None:
    """One `standOff` of the shipped authority and the given files; a later entry with an xml:id
    already present replaces the earlier one, and a form a later file's entry lists is taken from an
    earlier file's entry, so an editor's file (a project's corpus register) corrects the shipped one.

    Each file is checked as a register is (one-line errors naming file and line). Callers must not
    change the element: it is cached."""
    sources = ([shipped_path()] if shipped else []) + list(paths)
    if not sources:
        return None
    merged = etree.Element(T + "standOff", nsmap={None: TEI_NS})
    lists = {kind: etree.SubElement(merged, T + list_tag) for kind, (_, _, list_tag) in KINDS.items()}
    by_id: dict[str, etree._Element] = {}
    owners: dict[str, etree._Element] = {}  # a variant form → the entry that claims it
    for path in sources:
        for el in load_register(path).iter(T + "person", T + "place", T + "org"):
            old = by_id.get(el.get(XML_ID))
            if old is not None:
                old.getparent().remove(old)
            fresh = copy.deepcopy(el)
            lists[etree.QName(el).localname].append(fresh)
            by_id[el.get(XML_ID)] = fresh
            for variant in variants(fresh):
                form = " ".join("".join(variant.itertext()).split()).casefold()
                earlier = owners.get(form)
                if earlier is not None and earlier is not fresh and earlier.getparent() is not None:
                    for taken in [v for v in variants(earlier)
                                  if " ".join("".join(v.itertext()).split()).casefold() == form]:
                        earlier.remove(taken)  # a later file's entry takes the form
                owners[form] = fresh
    for lst in lists.values():
        if len(lst) == 0:
            merged.remove(lst)
    entries(merged, sources[-1])
    return merged


@cache
def shipped_surnames() -> frozenset[str]:
    """The surnames of the persons the shipped authority knows: a town named after one of them (Kirov,
    Kaganovich, Zhdanov) is as likely the person as the town, though the authority finds the person only
    by a fuller name."""
    authority = load_authority()
    if authority is None:
        return frozenset()
    return frozenset(el.text for el in authority.iter(f"{{{TEI_NS}}}surname") if el.text)


def variants(entry: etree._Element) -> list[etree._Element]:
    name_tag = KINDS[etree.QName(entry).localname][1]
    return [n for n in entry if n.tag == T + name_tag and n.get("type") == "variant"]


def entry_elements(authority: etree._Element, ids: set[str]) -> list[etree._Element]:
    """Copies of the authority entries with these ids, in the authority's order."""
    return [copy.deepcopy(el) for el in authority.iter(T + "person", T + "place", T + "org")
            if el.get(XML_ID) in ids]
