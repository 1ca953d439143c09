"""Edition names and the output paths built from them.

An edition's name is its seed's (or TEI file's) name without the extension: `seeds/NAME.txt` →
`tei/NAME.xml` → `site/NAME/reading.html`. Because a name becomes a folder and part of every link
to it, it is checked once, here, by `edition_name`:

* made of letters (any script: Broué, Троцкий and 毛泽东 are names scholars give their files, and
  links to them are percent-encoded), combining marks, decimal digits, `-`, `_` and `.`;
* starting with a letter or a digit (so never `.`, `..`, a hidden name or something that looks
  like a command-line option), with no `..` inside and no `.` at the end;
* at most `MAX_NAME_BYTES` bytes in UTF-8, so the files and temporary files made from it stay
  within every file system's limit on a name.

Spaces, slashes, `:`, `#`, `?`, `%`, quotes, control and format characters (bidirectional overrides,
zero-width spaces) are refused: a one-line error that names the file and suggests a name that would do.

Behind that check, every file teikit writes under an output folder is named by `output_path`, which
refuses a part that is not one plain path segment and a path that, once resolved (symbolic links
followed), is not inside its folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from teikit.errors import InputError

MAX_NAME_BYTES = 100
#: Unicode categories of the characters a name is made of (besides `-`, `_` and `.`): letters,
#: decimal digits, and combining marks (an accent typed as a separate character, as macOS stores it).
LETTERS_AND_DIGITS = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd"}
MARKS = {"Mn", "Mc"}
PUNCTUATION = "-_."


def allowed(char: str) -> bool:
    return char in PUNCTUATION or unicodedata.category(char) in LETTERS_AND_DIGITS | MARKS


def name_problem(name: str) -> str | None:
    """Why `name` cannot be an edition name, or None when it can."""
    if not name:
        return "it is empty"
    if unicodedata.category(name[0]) not in LETTERS_AND_DIGITS:
        return "it must start with a letter or a digit"
    bad = next((char for char in name if not allowed(char)), None)
    if bad is not None:
        return f"it contains {bad!r} (U+{ord(bad):04X}); use letters, digits, '-', '_' and '.'"
    if ".." in name:
        return "it contains '..'"
    if name.endswith("."):
        return "it ends with '.'"
    size = len(name.encode("utf-8"))
    if size > MAX_NAME_BYTES:
        return f"it is too long ({size} bytes in UTF-8; at most {MAX_NAME_BYTES})"
    return None


def suggested_name(name: str) -> str | None:
    """A safe name close to `name` (each run of other characters becomes one '-'), or None."""
    kept = "".join(char if allowed(char) else "-" for char in name)
    candidate = re.sub(r"\.{2,}", ".", re.sub("-{2,}", "-", kept)).strip("-_.")
    return candidate if name_problem(candidate) is None else None


def edition_name(path: Path | str) -> str:
    """The edition name of a seed or TEI file (its name without the extension), or a one-line
    `InputError` naming the file when that name is not safe as a folder and in links."""
    path = Path(path)
    name = path.stem
    problem = name_problem(name)
    if problem is None:
        return name
    suggestion = suggested_name(name)
    advice = f"rename it, e.g. to {suggestion}{path.suffix}" if suggestion else "rename it"
    raise InputError(f"{name!r} is not a safe edition name: {problem}; {advice}", path)


def plain_path(folder: Path, *parts: str) -> Path:
    """`folder/part/…`, refused (one line, exit 2) unless each part is one plain path segment: what
    the name says, without looking at the disk (see `output_path` for a file to write)."""
    path = Path(folder).joinpath(*parts)
    separators = {"/", "\0", os.sep, os.altsep} - {None}
    if any(part in ("", ".", "..") or any(s in part for s in separators) for part in parts):
        raise InputError(f"refusing to write outside {folder}: {'/'.join(parts)!r} is not a plain file "
                         "or folder name", path)
    return path


def output_path(folder: Path, *parts: str) -> Path:
    """`folder/part/…` for a file teikit writes, refused (one line, exit 2) unless each part is one
    plain path segment and the path resolves to somewhere inside `folder`."""
    path = plain_path(folder, *parts)
    if not path.resolve().is_relative_to(Path(folder).resolve()):
        raise InputError(f"refusing to write outside {folder}: the path leads to {path.resolve()}", path)
    return path
