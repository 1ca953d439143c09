"""`teikit register draft`: the entities teikit finds in a text on its own, as a register file.

It runs the pipeline's first stages (read, segment, annotate) with any register set aside, and
writes what the recogniser drafted for an editor to review. It lives apart from `teikit.register`
(which only loads and checks registers) because it depends on the whole annotate stage, which in
turn reads registers.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit.annotate import annotate
from teikit.edition import load_edition
from teikit.read import read_text
from teikit.register import register_element
from teikit.segment import segment
from teikit.serialise import indent_containers

DRAFT_NOTE = (" Draft register made by teikit: review each entry (merge, split, correct the standard name, "
              "add variants, dates, idno), then convert again with the register option. ")


def draft_register(text_path: Path, encoding: str | None = None) -> etree._ElementTree:
    """The entities teikit finds in a text on its own, as a register file for an editor to review."""
    source = read_text(text_path, encoding)
    data = load_edition(text_path)
    data.register = None
    annotate(segment(source, data), data)
    root = data.register if data.register is not None else register_element([])
    indent_containers(root)
    root.addprevious(etree.Comment(DRAFT_NOTE))
    return etree.ElementTree(root)
