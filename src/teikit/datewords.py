"""The vocabulary of dates, read once from `teikit/data/lexicon/dates.toml`.

Shared by the segmenter (which lines are datelines) and `teikit.annotate.dates` (which words are
dates), so both know the same months; it lives outside `teikit.annotate` because the segmenter runs
before annotation and `teikit.annotate` imports the segmenter.
"""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files

#: The lists of the data file by table; its header says what each list means and where it came from.
LEXICON = tomllib.loads(files("teikit").joinpath("data", "lexicon", "dates.toml").read_text(encoding="utf-8"))


def words(entries: list[str], *, either_case: bool = False) -> str:
    """An alternation of `entries`, longest first; a space matches any white space, and with
    `either_case` the first letter may be a capital or not ("[Ss]pring")."""
    def one(entry: str) -> str:
        pattern = r"\s+".join(re.escape(part) for part in entry.split())
        return f"[{entry[0].upper()}{entry[0].lower()}]{pattern[1:]}" if either_case else pattern
    return "(?:" + "|".join(one(entry) for entry in sorted(entries, key=len, reverse=True)) + ")"
