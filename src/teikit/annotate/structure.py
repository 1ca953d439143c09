"""Markup implied by a block's kind: the role in a signature ("Role: Name", or a role line above a name)."""

from __future__ import annotations

from teikit.edition import EditionData
from teikit.model import Document, Span
from teikit.segment import SIGNED_ROLE


def annotate(doc: Document, data: EditionData) -> None:
    for block in doc.blocks():
        if block.kind != "signed":
            continue
        if block.attrs.get("role") == "whole":
            block.spans.append(Span(0, len(block.text), "roleName", rank=40))
            continue
        match = SIGNED_ROLE.match(block.text)
        if match:
            block.spans.append(Span(match.start("role"), match.end("role"), "roleName", rank=40))
