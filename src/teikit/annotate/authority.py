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
    already present replaces the earlier one, so an editor's file corrects the shipped entries.

    Each file is checked as a register is (one-line errors naming file and line). Callers must not
    change the element: it is cached."""
    sources = ([shipped_path()] if shipped else []) + list(paths)
    if not sources:
        return None
    merged = etree.Element(T + "standOff", nsmap={None: TEI_NS})
    lists = {kind: etree.SubElement(merged, T + list_tag) for kind, (_, _, list_tag) in KINDS.items()}
    by_id: dict[str, etree._Element] = {}
    for path in sources:
        for el in load_register(path).iter(T + "person", T + "place", T + "org"):
            old = by_id.get(el.get(XML_ID))
            if old is not None:
                old.getparent().remove(old)
            fresh = copy.deepcopy(el)
            lists[etree.QName(el).localname].append(fresh)
            by_id[el.get(XML_ID)] = fresh
    for lst in lists.values():
        if len(lst) == 0:
            merged.remove(lst)
    entries(merged, sources[-1])  # a form claimed by entries of two files is an error too
    return merged


def entry_elements(authority: etree._Element, ids: set[str]) -> list[etree._Element]:
    """Copies of the authority entries with these ids, in the authority's order."""
    return [copy.deepcopy(el) for el in authority.iter(T + "person", T + "place", T + "org")
            if el.get(XML_ID) in ids]
