"""Markup implied by a block's kind: the role in a "Role: Name" signature line."""

from __future__ import annotations

from teikit.edition import EditionData
from teikit.model import Document, Span
from teikit.segment import SIGNED_ROLE


def annotate(doc: Document, data: EditionData) -> None:
    for block in doc.blocks():
        if block.kind != "signed":
            continue
        match = SIGNED_ROLE.match(block.text)
        if match:
            block.spans.append(Span(match.start("role"), match.end("role"), "roleName", rank=40))
