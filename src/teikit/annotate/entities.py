"""Persons, places and organisations: every mention tagged and linked to a register entry.

With a register (edition data), each mention of an entry's forms is tagged: its variants, and what
its standard name implies (surname alone, forename + surname, forename + patronymic, initials before
the surname when they fit the forename and patronymic). A form shared by two entries goes to the one
mentioned last. Without a register, `teikit.annotate.recognise` finds the entities and drafts a
register, which is then carried into the TEI so every `@ref` resolves.

Mentions are `persName`/`placeName`/`orgName` spans (rank 30) with `@ref`, `@resp="#teikit"` and
`@cert`: high for a form the register lists, medium for one derived from the standard name, low
where context had to choose. Titles ("Comrade", "T.", "com.") stay outside the name; possessive 's
is never part of it; derived words (Trotskyist) never match, as a form must end at a word boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.annotate.recognise import recognise
from teikit.edition import EditionData
from teikit.model import Block, Document, Span
from teikit.register import ENTITY_TAG, Entry, entries, register_element

RANK = 30
RESP = "#teikit"

#: Initials written before a surname: "Ya. G. ", "L.D. ", "L. L. " (Russian digraph initials too).
DOTTED_INITIALS = re.compile(r"(?<![\w.])((?:(?:Ya|Yu|Ye|Yo|Zh|Kh|Ch|Sh|Ts|[A-Z])\.\s?){1,3})$")
#: Initials run together without dots, as careless translations print them: "IV Stalin", "LD Trotsky".
BARE_INITIALS = re.compile(r"(?<![\w.])([A-Z]{2}) $")
#: How far before a surname its initials can begin: three "Ya. " and a line end.
INITIALS_REACH = 16
ABBREVIATED_TITLE = re.compile(r"\s+[A-Z]")
#: "T." before a name is the Russian abbreviation of "comrade" (tovarishch), not an initial.
TITLE_INITIALS = {"T"}


@dataclass
class Form:
    ids: list[str]
    cert: str


def derived_forms(entry: Entry) -> list[str]:
    """Forms a standard name implies: surname, forename (+ patronymic) (+ surname), short names."""
    forms: list[str] = []
    if entry.type == "person":
        surname, fore, pat = entry.surname, entry.forenames[:1], entry.patronymic
        if surname:
            forms.append(surname)
            forms += [f"{f} {surname}" for f in fore]
            if pat:
                forms += [f"{f} {pat}" for f in fore] + [f"{f} {pat} {surname}" for f in fore]
        elif entry.standard and " " not in entry.standard:
            forms.append(entry.standard)
    else:
        for name in [entry.standard, *entry.other_names]:
            inside = re.findall(r"\(([^()]*)\)", name)
            outside = re.sub(r"\s*\([^()]*\)", "", name).split(",")[0]
            forms += [outside, *inside]
    cleaned = [re.sub(r"^the\s+", "", f.strip()) for f in forms]
    return [f for f in cleaned if len(f) >= 3 and f[0].isupper()]


def form_table(register: list[Entry]) -> dict[str, Form]:
    """Every form → the entries it may mean. Listed variants win over derived forms."""
    table: dict[str, Form] = {}
    for entry in register:
        for form in entry.variants:
            table[form] = Form([entry.id], "high")
    for entry in register:
        for form in derived_forms(entry):
            known = table.get(form)
            if known is None:
                table[form] = Form([entry.id], "medium")
            elif known.cert != "high" and entry.id not in known.ids:
                known.ids.append(entry.id)
    return table


def form_pattern(forms: list[str]) -> re.Pattern[str]:
    alternatives = sorted(forms, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w)")


def initials_fit(initials: list[str], entry: Entry) -> bool:
    """Do initials written before a surname belong to this person (forename, then patronymic)?"""
    expected = [n[0] for n in (entry.forenames[:1] + ([entry.patronymic] if entry.patronymic else []))]
    if not expected:
        return not (len(initials) == 1 and initials[0] in TITLE_INITIALS)
    return all(i[0] == e for i, e in zip(initials, expected)) and len(initials) <= len(expected)


def extend_over_initials(text: str, start: int, entry: Entry, form: str) -> int:
    """Start of the mention including initials before a surname ("Ya. G. Blumkin", "IV Stalin")."""
    if entry.type != "person" or form.split()[0] != (entry.surname or form).split()[0]:
        return start
    window = max(0, start - INITIALS_REACH)  # the patterns end at `start`: no need to scan the whole text
    dotted = DOTTED_INITIALS.search(text, window, start)
    if dotted:
        initials = re.findall(r"[A-Z][a-z]?", dotted.group(1))
        if initials_fit(initials, entry):
            return dotted.start(1)
    bare = BARE_INITIALS.search(text, window, start)
    if bare and entry.forenames and initials_fit(list(bare.group(1)), entry):
        return bare.start(1)
    return start


class RegisterFinder:
    """Finds the register's forms in blocks, in reading order, remembering who was mentioned last."""

    def __init__(self, register: list[Entry]) -> None:
        self.entries = {e.id: e for e in register}
        self.table = form_table(register)
        self.pattern = form_pattern(list(self.table)) if self.table else None
        self.last_seen: dict[str, int] = {}
        self.clock = 0

    def choose(self, form: Form) -> tuple[str, str]:
        if len(form.ids) == 1:
            return form.ids[0], form.cert
        recent = max(form.ids, key=lambda i: self.last_seen.get(i, -1))
        return recent, "low"

    def spans(self, block: Block) -> list[Span]:
        if self.pattern is None:
            return []
        text, found = block.text, []
        for match in self.pattern.finditer(text):
            surface = " ".join(match.group().split())
            if re.fullmatch(r"[A-Z]\.", surface) and ABBREVIATED_TITLE.match(text, match.end()):
                continue  # "T. Agranov": an abbreviated title, not a name
            entry_id, cert = self.choose(self.table[surface])
            entry = self.entries[entry_id]
            start = extend_over_initials(text, match.start(), entry, surface)
            self.clock += 1
            self.last_seen[entry_id] = self.clock
            found.append(Span(start, match.end(), ENTITY_TAG[entry.type],
                              {"ref": f"#{entry_id}", "resp": RESP, "cert": cert}, rank=RANK))
        return found


def annotate(doc: Document, data: EditionData) -> None:
    """Tag every mention; without a register, recognise entities and draft the register first."""
    blocks = doc.blocks()
    if data.register is None:
        reserved = {d.type for d in doc.divisions} | {"teikit", "editor", "publisher", "translator",
                                                       "dossier", "colophon", "document"}
        drafts, mentions = recognise([b.text for b in blocks], reserved)
        if drafts:
            data.register = register_element(drafts)
        for block, found in zip(blocks, mentions):
            block.spans.extend(found)
        return
    finder = RegisterFinder(entries(data.register, data.paths[-1] if data.paths else None))
    for block in blocks:
        block.spans.extend(finder.spans(block))
