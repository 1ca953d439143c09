"""Stage 1, read: bytes on disk → `SourceText`, or a one-line error saying exactly what is wrong."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from teikit.errors import InputError
from teikit.model import SourceText
from teikit.xmlio import read_bytes

#: The largest text teikit converts. Converting takes about 70 times a text's size in memory (a
#: 10 MB text: 717 MiB), so this bounds a conversion at a few GiB and stops a runaway input early.
MAX_TEXT_BYTES = 64 * 2**20

#: A text with at least this many C0 control characters (tab, newline, CR, FF, VT aside), making up
#: more than this share of it, is taken to be binary. Fewer are kept (as `g`, see `teikit.chars`):
#: a stray BEL or ESC in a transcription is part of the source, not a reason to refuse it.
BINARY_CONTROL_COUNT = 16
BINARY_CONTROL_SHARE = 0.10
CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
#: Byte-order marks that name their encoding unambiguously (UTF-32 first: its LE mark starts like UTF-16's).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_text(path: Path | str, encoding: str | None = None) -> SourceText:
    """Read a plain-text source; UTF-8 unless `encoding` is given. A BOM is dropped."""
    path = Path(path)
    return decode_text(read_bytes(path, "a text file", MAX_TEXT_BYTES), path, encoding)


def decode_text(data: bytes, path: Path, encoding: str | None = None) -> SourceText:
    """Decode bytes to a `SourceText`, refusing empty, binary or wrongly encoded input."""
    if not data.strip():
        raise InputError("file is empty: nothing to convert", path)
    bom_encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if b"\x00" in data[:65536] and encoding is None and bom_encoding is None:
        raise InputError("looks like a binary file (it contains NUL bytes), not plain text", path)
    name = encoding or bom_encoding or "utf-8"
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
    controls = len(CONTROL.findall(text))
    if controls >= BINARY_CONTROL_COUNT and controls > BINARY_CONTROL_SHARE * len(text):
        raise InputError("looks like a binary file (mostly control characters), not plain text", path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(path=path, text=text, lines=tuple(text.split("\n")), name=path.stem)
