"""Stage 3, annotate: add inline spans to a segmented `Document`.

Each annotator is a function `(Document, EditionData) -> None` that adds `Span`s to blocks. They run
in a fixed order: the editorial layer first (its corrections decide what the entity and date finders
see as a name or a date), then structure, entities and dates.
"""

from __future__ import annotations

from collections.abc import Callable

from teikit.annotate import dates, editorial, entities, structure
from teikit.edition import EditionData
from teikit.model import Document

Annotator = Callable[[Document, EditionData], None]

ANNOTATORS: list[Annotator] = [editorial.annotate, structure.annotate, entities.annotate, dates.annotate]


def annotate(doc: Document, data: EditionData) -> Document:
    """Run every annotator over `doc` (in place) and return it."""
    for annotator in ANNOTATORS:
        annotator(doc, data)
    return doc
