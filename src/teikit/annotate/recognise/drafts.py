"""Mentions grouped into draft register entries: persons by surname, forename and initials; others by text."""

from __future__ import annotations

from teikit.annotate.recognise.tokens import Mention
from teikit.register import Draft, slug


CERT_ORDER = {"low": 0, "medium": 1, "high": 2}


def group(mentions: list[Mention], reserved: set[str]) -> list[Draft]:
    """One draft entry per entity: persons by surname, forename and initials; others by text."""
    drafts: list[Draft] = []
    by_key: dict[tuple[str, str], Draft] = {}
    persons: dict[str, list[tuple[str, Draft]]] = {}  # surname → [(forename, entry)], latest last
    used = set(reserved)

    def new(typ: str, form: str, base: str) -> Draft:
        ident = slug(base)
        n = 2
        while ident in used:
            ident, n = f"{slug(base)}-{n}", n + 1
        used.add(ident)
        draft = Draft(typ, [form], "low", ident)
        drafts.append(draft)
        return draft

    for m in mentions:
        if m.type == "person":
            surname, fore = m.words[-1], " ".join(m.words[:-1])
            same = persons.setdefault(surname, [])
            entry = None
            if fore:
                entry = next((d for f, d in same if f == fore), None) or \
                    next((d for f, d in same if not f), None)
                if entry is not None and not any(f == fore for f, d in same):
                    same[:] = [(fore if d is entry else f, d) for f, d in same]
            elif m.initials:
                entry = next((d for f, d in reversed(same) if f[:1] == m.initials[0][:1]), None) or \
                    (same[-1][1] if same else None)
            elif same:
                entry = same[-1][1]
            if entry is None:
                entry = new("person", m.text, " ".join(m.words))
                same.append((fore, entry))
            else:
                same.sort(key=lambda fd: fd[1] is entry)
        else:
            key = (m.type, m.text)
            entry = by_key.get(key) or new(m.type, m.text, m.text)
            by_key[key] = entry
        if m.text not in entry.forms:
            entry.forms.append(m.text)
        if CERT_ORDER[m.cert] > CERT_ORDER[entry.cert]:
            entry.cert = m.cert
        m.entry = entry
    for draft in drafts:
        draft.forms.sort(key=lambda f: (-len(f.split()), -len(f)))
    return drafts
