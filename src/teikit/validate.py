"""Stage 5, validate: a TEI file against the project schema, with problems located by line.

The schema is built once per process (xmlschema takes a noticeable time to build it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit.resources import schema_dir
from teikit.xmlio import parse_xml


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, where it is, and how bad."""

    path: str
    line: int | None
    column: int | None
    severity: str
    message: str
    layer: str

    def __str__(self) -> str:
        where = ":".join(str(x) for x in (self.path, self.line, self.column) if x is not None)
        return f"{where}: {self.severity}: {self.message}"


@cache
def xsd():
    import xmlschema

    path = schema_dir() / "teikit.xsd"
    try:
        return xmlschema.XMLSchema(str(path))
    except (xmlschema.XMLSchemaException, OSError) as exc:
        raise TeikitError(f"cannot load the project schema: {exc}", path) from exc


def element_path(el: etree._Element) -> str:
    tree = el.getroottree()
    return tree.getpath(el).replace("{http://www.tei-c.org/ns/1.0}", "tei:") if tree else ""


def schema_problems(tree: etree._ElementTree, path: str) -> list[Problem]:
    problems = []
    for error in xsd().iter_errors(tree):
        el = error.elem if isinstance(error.elem, etree._Element) else None
        line = el.sourceline if el is not None else None
        reason = error.reason or error.message
        where = f" (at {element_path(el)})" if el is not None else ""
        problems.append(Problem(path, line, None, "error", f"{reason}{where}", "schema"))
    return problems


def validate_tree(tree: etree._ElementTree, path: str) -> list[Problem]:
    """Every problem found in a parsed TEI tree."""
    return schema_problems(tree, path)


def validate_file(path: Path) -> list[Problem]:
    """Parse and validate one file; a file that cannot be parsed raises `InputError`."""
    return validate_tree(parse_xml(path), str(path))
