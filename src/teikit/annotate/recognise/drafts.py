"""Mentions grouped into draft register entries: persons by surname, forename and initials; others by text."""

from __future__ import annotations

from dataclasses import dataclass

from teikit.annotate.recognise.tokens import Mention
from teikit.corpus import fold, split_name
from teikit.register import Draft, slug


CERT_ORDER = {"low": 0, "medium": 1, "high": 2}


@dataclass
class Bearer:
    """One person of a surname in a text: their draft and the given names or initials known so far."""

    draft: Draft
    given: list[str]


def group(mentions: list[Mention], reserved: set[str]) -> list[Draft]:
    """One draft entry per entity: persons by surname, then by given names and initials that agree
    (a bearer of the surname with other initials or another forename is another person; a bare
    surname is the bearer named last; a forename alone that no surname is, the one person named in
    full with it, if only one is); others by text."""
    drafts: list[Draft] = []
    by_key: dict[tuple[str, str], Draft] = {}
    bearers: dict[str, list[Bearer]] = {}  # folded surname → its bearers, the one named last at the end
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

    forenames: dict[str, list[Bearer]] = {}  # folded first forename → the bearers named with it
    for m in mentions:
        if m.type == "person":
            surname, given = split_name(m.text)
            holders = [] if given or fold(surname) in bearers else forenames.get(fold(surname), [])
            if len(holders) == 1:  # "Tamara" after "Tamara Khatiashvili", and no other Tamara: she
                entry = holders[0].draft
            else:
                same = bearers.setdefault(fold(surname), [])
                bearer = next((b for b in reversed(same) if given_agree(b.given, given)), None)
                if bearer is None:
                    bearer = Bearer(new("person", m.text, " ".join(m.words)), [])
                else:
                    same.remove(bearer)
                same.append(bearer)
                bearer.given = given_fuller(bearer.given, given)
                if given and not given[0].endswith(".") and bearer not in forenames.get(fold(given[0]), []):
                    forenames.setdefault(fold(given[0]), []).append(bearer)
                entry = bearer.draft
        else:  # an organisation named by its place's words too ("gorkom" of Bukhara) is that place's
            key = (m.type, " ".join(m.words) if m.type == "org" and m.words else m.text)
            entry = by_key.get(key) or new(m.type, m.text, key[1])
            by_key[key] = entry
        if m.text not in entry.forms:
            entry.forms.append(m.text)
        if CERT_ORDER[m.cert] > CERT_ORDER[entry.cert]:
            entry.cert = m.cert
        m.entry = entry
    for draft in drafts:
        draft.forms.sort(key=lambda f: (-len(f.split()), -len(f)))
    return drafts


def given_agree(a: list[str], b: list[str]) -> bool:
    """Given names that may be one person's, compared in order: two names in full are the same name,
    an initial begins the name or initial beside it ("Iv." and "Ivan", "D." and "D."); a name or
    initial that only one of them gives says nothing against it."""
    for x, y in zip(a, b):
        x_, y_ = fold(x).rstrip("."), fold(y).rstrip(".")
        if x_ != y_ and (not (x.endswith(".") or y.endswith(".")) or not (x_.startswith(y_) or y_.startswith(x_))):
            return False
    return True


def given_fuller(a: list[str], b: list[str]) -> list[str]:
    """What two agreeing lists of given names tell together: each name in full where either gives it."""
    both = [y if x.endswith(".") and not y.endswith(".") else x for x, y in zip(a, b)]
    return both + (a[len(b):] if len(a) > len(b) else b[len(a):])
