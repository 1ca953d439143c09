"""Safe XML in and deterministic, atomic XML out: the only place teikit parses or writes files."""

from __future__ import annotations

import fcntl
import itertools
import os
import re
import stat
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


#: The largest XML file teikit reads (a TEI file is about twice its text; see `teikit.read`).
MAX_XML_BYTES = 256 * 2**20
#: What a file that is not a regular file is, for the error message.
FILE_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
              (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def read_bytes(path: Path, what: str, limit: int = MAX_XML_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or a one-line error saying why not.

    The file is opened without blocking (a named pipe would otherwise wait for a writer for ever) and
    checked with fstat on the open file, so what is read is what was checked; a file that grows
    meanwhile is caught by reading one byte more than the limit.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise InputError("no such file", path) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = next((name for test, name in FILE_KINDS if test(mode)), "a special file")
        raise InputError(f"is {kind}, not {what}", path)
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path) from exc
    if len(data) > limit:
        raise InputError(f"is larger than {limit // 2**20} MiB, the most teikit reads as {what}", path)
    return data


class DoctypeFound(Exception):
    """Raised by `PrologWatch` when libxml2 meets a DOCTYPE: parsing stops before its internal subset."""


class RootReached(Exception):
    """Raised by `PrologWatch` at the root element's start tag: the prolog had no DOCTYPE."""


class PrologWatch:
    """A parser target that stops libxml2 at the DOCTYPE (before it reads a single declaration in
    it) or at the root element, whichever comes first."""

    def doctype(self, *_):
        raise DoctypeFound

    def start(self, *_):
        raise RootReached

    def close(self):
        return None


#: The most of a file fed to libxml2 at a time while looking for a DOCTYPE.
PROLOG_CHUNK = 65536


def doctype_line(data: bytes) -> int | None:
    """The line on which libxml2 recognises a DOCTYPE in the prolog of `data`, or None if it has none.

    libxml2 is fed the file a line at a time (at most 64 KiB), in whatever encoding the file declares,
    and reports the DOCTYPE to `PrologWatch` as soon as it knows one begins (on the line of the
    DOCTYPE's first `>`). Malformed input is left to the real parse, which says where it breaks.
    """
    parser = safe_parser(target=PrologWatch())
    start = 0
    try:
        while start < len(data):
            newline = data.find(b"\n", start, start + PROLOG_CHUNK)
            end = min(len(data), start + PROLOG_CHUNK) if newline < 0 else newline + 1
            parser.feed(data[start:end])
            start = end
        parser.close()
    except DoctypeFound:
        return data.count(b"\n", 0, start) + 1
    except (RootReached, etree.XMLSyntaxError):
        pass
    return None


DOCTYPE_REFUSED = "DOCTYPE declarations are not accepted (no DTDs, no entities)"


def parse_xml(path: Path | str, collect_ids: bool = True) -> etree._ElementTree:
    """Parse an XML file safely; a syntax error becomes one line with file, line and column.

    `collect_ids=False` lets a file with a duplicate xml:id parse, so a validator can report it.

    A DOCTYPE (the door to external entities and entity bombs) is refused when libxml2 meets it,
    before it reads the declarations inside; libxml2's own limits on entity expansion stay on
    (`huge_tree=False`) and the parsed document's DOCTYPE is checked again, as further defences.
    """
    path = Path(path)
    data = read_bytes(path, "an XML file")
    if not data.strip():
        raise InputError("file is empty: not an XML document", path)
    line = doctype_line(data)
    if line is not None:
        raise InputError(DOCTYPE_REFUSED, path, line)
    try:
        tree = etree.ElementTree(etree.fromstring(data, safe_parser(collect_ids=collect_ids), base_url=str(path)))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = exc.msg.split(", line ")[0] if exc.msg else "malformed XML"
        if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            message = "looks like a binary file (it contains NUL bytes), not XML"
        raise InputError(f"malformed XML: {message}", path, line, column) from exc
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(DOCTYPE_REFUSED, path, 1)
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


def locked_temp_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path` (`.NAME.XXXXXXXX.tmp`), locked for as long as it is open.

    The lock is how `remove_stray_temp_files` tells a live temporary file from one that a killed
    process left: the kernel drops a lock when its process dies. Should a cleanup remove the file
    between its creation and the lock, another is made.
    """
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.path.samestat(os.stat(tmp), os.fstat(fd)):
                return fd, tmp
        except FileNotFoundError:
            pass
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename, so a crash never leaves half a file.

    The temporary file stays locked until it has its final name (see `locked_temp_file`).
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
        fd, tmp = locked_temp_file(path)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.chmod(tmp, file_mode(path))
            os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"cannot write in the folder {path.parent}: {exc.strerror}", path) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


#: `write_atomic`'s temporary files: `.NAME.XXXXXXXX.tmp` (mkstemp's eight random characters), where
#: NAME is a kind of file teikit writes.
TEMP_NAME = re.compile(r"\..+\.(xml|html|json|csv|css|js)\.[a-z0-9_]{8}\.tmp")


def remove_stray_temp_files(folder: Path) -> list[Path]:
    """Remove from `folder` the temporary files that a killed teikit left, and nothing else: files
    named like `write_atomic`'s whose lock no process holds (a running teikit's stay). Returns them."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    removed = []
    for name in filter(TEMP_NAME.fullmatch, names):
        path = Path(folder) / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # its writer is alive
            if os.path.samestat(os.lstat(path), os.fstat(fd)):
                os.unlink(path)
                removed.append(path)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def write_backup(path: Path, data: bytes) -> Path:
    """Keep `data` (what `path` held) in a new numbered copy beside it, `NAME.N.bak` with N one more
    than the highest there, and return its path: an earlier backup is never overwritten."""
    numbered = re.compile(re.escape(path.name) + r"\.([1-9][0-9]*)\.bak")
    try:
        highest = max((int(match[1]) for match in map(numbered.fullmatch, os.listdir(path.parent)) if match),
                      default=0)
        for number in itertools.count(highest + 1):
            backup = path.with_name(f"{path.name}.{number}.bak")
            try:
                fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, file_mode(path))
                break
            except FileExistsError:
                continue
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        except OSError:
            backup.unlink()
            raise
    except OSError as exc:
        raise InputError(f"cannot write a backup in the folder {path.parent}: {exc.strerror}", path) from exc
    return backup
