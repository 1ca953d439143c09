"""The recogniser's word lists, read from `teikit/data/lexicon/KIND.txt`.

Each file holds one entry per line (an entry may contain spaces: "Black Sea"); lines starting with
`#` are comments, and each file opens with a header saying what its words mean and where they came
from. Entries are case-sensitive and kept in file order. Files are read once and cached, and only
when a text without a register is recognised, so `teikit --help` never reads them. An editor changes
what the recogniser knows by editing these files, not the code (see docs/entities.md).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def entries(kind: str) -> tuple[str, ...]:
    """The entries of one lexicon file, in file order, without comments and blank lines."""
    text = files("teikit").joinpath("data", "lexicon", f"{kind}.txt").read_text(encoding="utf-8")
    found = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(line for line in found if line and not line.startswith("#")))


@cache
def words(kind: str) -> frozenset[str]:
    """The entries of one lexicon file as a set, for membership tests."""
    return frozenset(entries(kind))


@cache
def ending(kind: str) -> re.Pattern[str]:
    """A pattern matching a word that ends with one of the file's endings (longest tried first)."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(entries(kind), key=len, reverse=True))) + ")$")


@cache
def shapes(kind: str) -> re.Pattern[str]:
    """The file's regular expressions as one alternation, for `fullmatch`."""
    return re.compile("|".join(f"(?:{shape})" for shape in entries(kind)))
