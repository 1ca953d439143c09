"""Safe XML in and deterministic, atomic XML out: the only place teikit parses or writes files."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from lxml import etree

from teikit.errors import InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def safe_parser(**options) -> etree.XMLParser:
    """A parser that never touches the network, loads no DTD and expands no external entities."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_blank_text=False, **options,
    )


def parse_xml(path: Path | str) -> etree._ElementTree:
    """Parse an XML file safely; a syntax error becomes one line with file, line and column."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not an XML file", path)
    try:
        tree = etree.parse(str(path), safe_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = exc.msg.split(", line ")[0] if exc.msg else "malformed XML"
        raise InputError(f"malformed XML: {message}", path, line, column) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", path) from exc
    if tree.docinfo.doctype:
        raise InputError("DOCTYPE declarations are not accepted (no DTDs, no entities)", path, 1)
    return tree


def serialise_xml(tree: etree._ElementTree | etree._Element) -> bytes:
    """UTF-8 bytes with an XML declaration; the same tree always gives the same bytes.

    Processing instructions before the root element go on lines of their own.
    """
    data = etree.tostring(tree, encoding="UTF-8", xml_declaration=True, pretty_print=False)
    root_start = re.search(rb"<[^?!]", data).start()
    prolog = data[:root_start].replace(b"?><", b"?>\n<")
    if not prolog.endswith(b"\n"):
        prolog += b"\n"
    return prolog + data[root_start:] + b"\n"


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename, so a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
