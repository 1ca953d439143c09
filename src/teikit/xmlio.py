"""Safe XML in and deterministic, atomic XML out: the only place teikit parses or writes files."""

from __future__ import annotations

import os
import stat
import re
import tempfile
from functools import cache
from pathlib import Path

from lxml import etree

from teikit.errors import InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei(tag: str, attrs: dict[str, str] | None = None, text: str | None = None, *children) -> etree._Element:
    """A TEI element; `attrs` keys may be local names or Clark names."""
    el = etree.Element(f"{{{TEI_NS}}}{tag}", nsmap={None: TEI_NS})
    for key, value in (attrs or {}).items():
        el.set(key, value)
    if text:
        el.text = text
    el.extend(children)
    return el


def sub(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    el = tei(tag, attrs, text)
    parent.append(el)
    return el


def safe_parser(**options) -> etree.XMLParser:
    """A parser that never touches the network, loads no DTD and expands no external entities."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_blank_text=False, **options,
    )


#: `<!DOCTYPE` before the root element: refused before libxml2 ever reads the internal subset.
DOCTYPE_RE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
ROOT_START_RE = re.compile(rb"<[^?!]")


def read_bytes(path: Path, what: str) -> bytes:
    """The bytes of a file the user named, or a one-line error if there is no such readable file."""
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError(f"is a directory, not {what}", path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from exc


def parse_xml(path: Path | str, collect_ids: bool = True) -> etree._ElementTree:
    """Parse an XML file safely; a syntax error becomes one line with file, line and column.

    `collect_ids=False` lets a file with a duplicate xml:id parse, so a validator can report it.

    A DOCTYPE (the door to external entities and entity bombs) is refused before parsing; libxml2's
    own limits on entity expansion stay on (`huge_tree=False`) as a second line of defence.
    """
    path = Path(path)
    data = read_bytes(path, "an XML file")
    if not data.strip():
        raise InputError("file is empty: not an XML document", path)
    root_start = ROOT_START_RE.search(data)
    doctype = DOCTYPE_RE.search(data, 0, root_start.start() if root_start else len(data))
    if doctype:
        line = data.count(b"\n", 0, doctype.start()) + 1
        raise InputError("DOCTYPE declarations are not accepted (no DTDs, no entities)", path, line)
    try:
        tree = etree.ElementTree(etree.fromstring(data, safe_parser(collect_ids=collect_ids), base_url=str(path)))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = exc.msg.split(", line ")[0] if exc.msg else "malformed XML"
        if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            message = "looks like a binary file (it contains NUL bytes), not XML"
        raise InputError(f"malformed XML: {message}", path, line, column) from exc
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


@cache
def new_file_mode() -> int:
    """What the umask gives a new file (read once: os.umask can only be read by setting it)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def file_mode(path: Path) -> int:
    """The mode a written file gets: the file's own if it exists, else a new file's (mkstemp's
    temporary file is private, 0600, which a web server would refuse to serve)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return new_file_mode()


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename, so a crash never leaves half a file.

    A folder that cannot be made or written to is the user's problem to fix: one line, exit 2.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory; give a file name to write", path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocker} is a file" if blocker else exc.strerror
        raise InputError(f"cannot make the folder {path.parent}: {reason}", path) from exc
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, file_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"cannot write in the folder {path.parent}: {exc.strerror}", path) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
