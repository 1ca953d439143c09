"""teikit's word lists: the recogniser's, read from `teikit/data/lexicon/KIND.txt`, and the tables of
words the segmenter and the date finder build their patterns from (`KIND.toml`).

Each file holds one entry per line (an entry may contain spaces: "Black Sea"); lines starting with
`#` are comments, and each file opens with a header saying what its words mean and where they came
from. Entries are case-sensitive and kept in file order. Files are read once and cached, and only
when a text without a register is recognised, so `teikit --help` never reads them. An editor changes
what the recogniser knows by editing these files, not the code (see docs/entities.md).
"""

from __future__ import annotations

import re
import tomllib
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


@cache
def table(kind: str) -> dict:
    """The tables of one TOML lexicon file (`dates`, `structure`): lists of words by what they do."""
    return tomllib.loads(files("teikit").joinpath("data", "lexicon", f"{kind}.toml").read_text(encoding="utf-8"))


def alternation(entries: list[str], *, either_case: bool = False) -> str:
    """A regular expression of `entries`, longest first; a space matches any white space, and with
    `either_case` the first letter may be a capital or not ("[Ss]pring")."""
    def one(entry: str) -> str:
        pattern = r"\s+".join(re.escape(part) for part in entry.split())
        return f"[{entry[0].upper()}{entry[0].lower()}]{pattern[1:]}" if either_case else pattern
    return "(?:" + "|".join(one(entry) for entry in sorted(entries, key=len, reverse=True)) + ")"
