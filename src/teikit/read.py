"""Stage 1, read: bytes on disk → `SourceText`, or a one-line error saying exactly what is wrong."""

from __future__ import annotations

import codecs
from pathlib import Path

from teikit.errors import InputError
from teikit.model import SourceText

#: Share of C0 control characters above which a file is taken to be binary, not text.
BINARY_CONTROL_SHARE = 0.05


def read_text(path: Path | str, encoding: str | None = None) -> SourceText:
    """Read a plain-text source; UTF-8 unless `encoding` is given. A BOM is dropped."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not a text file", path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from exc
    return decode_text(data, path, encoding)


def decode_text(data: bytes, path: Path, encoding: str | None = None) -> SourceText:
    """Decode bytes to a `SourceText`, refusing empty, binary or wrongly encoded input."""
    if not data.strip():
        raise InputError("file is empty: nothing to convert", path)
    if b"\x00" in data[:65536] and encoding is None:
        raise InputError("looks like a binary file (it contains NUL bytes), not plain text", path)
    name = encoding or "utf-8"
    try:
        codecs.lookup(name)
    except LookupError as exc:
        raise InputError(f"unknown encoding {name!r}", path) from exc
    try:
        text = data.decode("utf-8-sig" if name.replace("_", "-").lower() in ("utf-8", "utf8") else name)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"not valid {name} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "if the file uses another encoding, give it with --encoding (e.g. --encoding cp1252)",
            path, line, column,
        ) from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > BINARY_CONTROL_SHARE * len(text):
        raise InputError("looks like a binary file (mostly control characters), not plain text", path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(path=path, text=text, lines=tuple(text.split("\n")), name=path.stem)
