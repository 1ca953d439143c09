"""A corpus: the editions of one project, with one register across them.

A project's texts share people, places and institutions. Two sources make their ids agree:

* the **corpus register**, `seeds/corpus.register.xml` (the format of an edition's register): every
  edition's mentions resolve into it; an edition's own register adds or overrides entries;
* without it, the **merged draft**: the entries of every edition (the editor's, the genre authority's,
  the recogniser's drafts) merged into one entry per entity, by what the entries themselves say
  (`identity`), never by the order the texts came in.

Drafted ids come from normalised names (`stable_person_id`), so the same person drafted in two texts
gets the same id in both without either knowing of the other, and adding a text changes no id.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lxml import etree

from teikit import lexicon as lx
from teikit.errors import EditionDataError
from teikit.register import KINDS, XML_ID, Draft, Entry, slug, text_of
from teikit.xmlio import TEI_NS

T = f"{{{TEI_NS}}}"
#: The corpus register's file name in `seeds/`.
CORPUS_REGISTER = "corpus.register.xml"
CERTS = ("low", "medium", "high")


def corpus_register(folder: Path) -> Path | None:
    """The corpus register in this folder of texts, if the project has one."""
    path = Path(folder) / CORPUS_REGISTER
    return path if path.is_file() else None


# ---------------------------------------------------------------- what an entry says about itself

def fold(text: str) -> str:
    """A name as compared: accents dropped, case folded, spaces normalised."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace(".", ". ").split())


def kind(el: etree._Element) -> str:
    return etree.QName(el).localname


def names(el: etree._Element) -> list[etree._Element]:
    name_tag = KINDS[kind(el)][1]
    return [child for child in el if isinstance(child.tag, str) and etree.QName(child).localname == name_tag]


def forms(el: etree._Element) -> set[str]:
    """Every name an entry gives, folded."""
    return {fold(text_of(name)) for name in names(el) if text_of(name)}


def standard(el: etree._Element) -> str:
    found = [n for n in names(el) if n.get("type", "standard") == "standard"]
    return text_of(found[0]) if found else (text_of(names(el)[0]) if names(el) else "")


def person_parts(el: etree._Element) -> tuple[str, str]:
    """(surname, initials of forename and patronymic), folded: from the structured standard name, else
    as `split_name` reads a drafted one ("Surname, Forename", "F. Surname", "SURNAME F.")."""
    name = next((n for n in names(el) if n.get("type", "standard") == "standard"), None)
    if name is not None and name.find(T + "surname") is not None:
        surname = " ".join(text_of(s) for s in name.findall(T + "surname"))
        given = [text_of(f) for f in name.findall(T + "forename")] + [
            text_of(a) for a in name.findall(T + "addName") if a.get("type") == "patronymic"]
    else:
        surname, given = split_name(standard(el))
    initials = "".join(g[0] for g in given if g[:1].isalpha())
    return fold(surname), fold(initials).replace(" ", "")


def initials_agree(a: str, b: str) -> bool:
    """Initials that may belong to one person: one is a beginning of the other (none fit any)."""
    return a.startswith(b) or b.startswith(a)


def authority_ids(el: etree._Element) -> set[tuple[str, str]]:
    return {(idno.get("type", ""), text_of(idno)) for idno in el.findall(T + "idno")}


def identity(a: etree._Element, b: etree._Element) -> str | None:
    """How sure it is that two entries name one entity: "high" (an authority id or the standard name
    in common, or a name of two words or more), "medium" (a person's surname with initials that fit,
    a place's or organisation's name in common), or None (nothing says they are one)."""
    if kind(a) != kind(b):
        return None
    if authority_ids(a) & authority_ids(b) or fold(standard(a)) == fold(standard(b)):
        return "high"
    shared = forms(a) & forms(b)
    if kind(a) != "person":
        return "medium" if shared else None
    (surname_a, initials_a), (surname_b, initials_b) = person_parts(a), person_parts(b)
    if not surname_a or surname_a != surname_b or not initials_agree(initials_a, initials_b):
        return None
    return "high" if any(" " in form for form in shared) else "medium"


def drafted(el: etree._Element) -> bool:
    """An entry teikit drafted or took from the genre authority, not one an editor wrote."""
    return el.get("resp") == "#teikit"


def stable_person_id(surname: str, forename: str, taken: set[str]) -> str:
    """A drafted person's id from the name alone: the surname, or surname-forename where the surname is
    already someone else's (as the authority writes `orlov-lev`); never a counter that depends on
    which text came first, unless the name gives nothing else."""
    for candidate in (slug(surname), slug(f"{surname} {forename}") if forename else None):
        if candidate and candidate not in taken:
            return candidate
    base, n = slug(f"{surname} {forename}".strip()), 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def split_name(name: str) -> tuple[str, list[str]]:
    """A drafted person's name as (surname, given names and initials in their order; particles such as
    "von" are neither). The surname is the last word ("Ya. G. Rudin", "Lev Orlov") unless the name
    prints it first, as official documents and lists do: before a comma ("MOROZOVA, Anna
    Fedorovna"), as the one word in capitals ("KOLESNIKOV Ivan Stepanovich"), as the one word that is
    no initial ("Petrenko N. I."), or before a forename and patronymic ("Kolesnikov Ivan
    Stepanovich", as a text typed in capitals reads once recased)."""
    if "," in name:
        surname, rest = name.split(",", 1)
        return surname.strip(), [w for w in rest.replace(".", ". ").split() if w[:1].isupper()]
    words = name.replace(".", ". ").split()
    full = [k for k, w in enumerate(words) if not w.endswith(".")]
    capitals = [k for k in full if words[k].isupper() and len(words[k]) > 1]
    patronymic = lx.ending("patronymic-endings")
    if len(full) == 1:
        at = full[0]
    elif len(capitals) == 1:
        at = capitals[0]
    elif len(full) == len(words) == 3 and patronymic.search(words[2]) and not patronymic.search(words[1]):
        at = 0
    else:
        at = len(words) - 1
    return (words[at] if words else ""), [w for w in words[:at] + words[at + 1:] if w[:1].isupper()]


def stable_ids(drafts: list[Draft], known: list[Entry], reserved: set[str]) -> dict[str, str]:
    """New ids for a text's drafted persons, from their names alone: a person whose surname and
    initials fit exactly one person the authority knows is that person (their id); the others get
    `stable_person_id`, surname and forename where two drafts share the surname."""
    by_surname: dict[str, list[Entry]] = {}
    for entry in known:
        if entry.type == "person" and entry.surname:
            by_surname.setdefault(fold(entry.surname), []).append(entry)
    persons = [d for d in drafts if d.type == "person"]
    shared = Counter(fold(split_name(d.forms[0])[0]) for d in persons)
    taken = set(reserved) | {d.id for d in drafts if d.type != "person"}
    renamed: dict[str, str] = {}
    for draft in persons:
        surname, given = split_name(draft.forms[0])
        initials = "".join(fold(g)[:1] for g in given if g[:1].isalpha())
        fits = [e for e in by_surname.get(fold(surname), [])
                if initials_agree(initials, fold("".join(n[0] for n in e.forenames[:1] + [e.patronymic] if n)))]
        if len(fits) == 1:
            renamed[draft.id] = fits[0].id
            continue
        forename = next((g for g in given if len(g.rstrip(".")) > 1), "")
        blocked = taken | ({slug(surname)} if shared[fold(surname)] > 1 and forename else set())
        renamed[draft.id] = stable_person_id(surname, forename, blocked)
        taken.add(renamed[draft.id])
    return renamed


# ---------------------------------------------------------------- merging the editions' registers

def standing(el: etree._Element) -> tuple:
    """How an entry ranks among the entries merged with it: the editor's first, then a curated one
    (with an authority id, a structured name or a note), then the fullest draft (the longest
    standard name, then the most forms)."""
    curated = el.find(T + "idno") is not None or el.find(T + "note") is not None or \
        any(n.find(T + "surname") is not None for n in names(el))
    return (drafted(el), not curated, -len(standard(el).split()), -len(forms(el)))


@dataclass
class Member:
    """One edition's entry for an entity."""

    edition: str
    element: etree._Element
    path: Path | None = None
    #: `standing(element)`, given by a caller whose members share elements (many editions copying one
    #: entry alike), so that it is worked out once per element rather than once per edition
    element_standing: tuple | None = None

    @cached_property
    def rank(self) -> tuple:
        """Which member's entry (and id) a merged entry keeps: by its entry's `standing`, then by id,
        then edition. Kept: a corpus of N editions asks it of each member many times while merging,
        and an entry does not change meanwhile."""
        given = self.element_standing if self.element_standing is not None else standing(self.element)
        return (*given, self.id, self.edition)

    @property
    def id(self) -> str:
        return self.element.get(XML_ID, "")

    @property
    def origin(self) -> str:
        return f"{self.path.name if self.path else self.edition}:{self.element.sourceline}"


@dataclass
class CorpusEntry:
    """One entity of the corpus: its id, how sure the merge is, and every edition's entry for it.

    The preferred member and the set of editions are kept as members join (`absorb`), not found again
    over all members each time the merge asks: an entity named in 10,000 editions has as many."""

    id: str
    members: list[Member]
    cert: str = "high"
    best: Member = field(init=False)
    edition_set: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.best = preferred(self.members)
        self.edition_set = {m.edition for m in self.members}

    def absorb(self, other: CorpusEntry, cert: str) -> None:
        """Take `other`'s members in: one entity, as sure as the less sure of the two decisions."""
        self.members += other.members
        self.best = min(self.best, other.best, key=lambda member: member.rank)  # on a tie, the first, as before
        self.edition_set |= other.edition_set
        self.cert = lower(self.cert, cert)

    @property
    def element(self) -> etree._Element:
        return self.best.element

    @property
    def editions(self) -> list[str]:
        return sorted(self.edition_set)


@dataclass
class Doubt:
    """Two entries that may name one entity, left apart for the editor to decide."""

    first: str
    second: str
    reason: str


@dataclass
class CorpusRegister:
    entries: list[CorpusEntry] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)



def preferred(members: list[Member]) -> Member:
    return min(members, key=lambda member: member.rank)


def lower(a: str, b: str) -> str:
    return min(a, b, key=CERTS.index)


def members_of(registers: list[tuple[str, etree._Element, Path | None]]) -> list[Member]:
    found = []
    for edition, root, path in registers:
        for el in root.iter(T + "person", T + "place", T + "org"):
            found.append(Member(edition, el, path))
    return found


def match_keys(el: etree._Element) -> set[tuple]:
    """What two entries must share for `identity` to find them one: an authority id, the standard
    name, and a person's surname or another entry's name (so merging compares only those pairs)."""
    keys = {("idno", *pair) for pair in authority_ids(el)} | {(kind(el), "standard", fold(standard(el)))}
    if kind(el) == "person":
        keys.add(("person", "surname", person_parts(el)[0]))
    else:
        keys |= {(kind(el), "form", form) for form in forms(el)}
    return keys


def merge(registers: list[tuple[str, etree._Element, Path | None]]) -> CorpusRegister:
    """One entry per entity across the editions' registers `(edition, register, file)`: see
    `merge_members`."""
    return merge_members(members_of(registers))


def merge_members(members: list[Member]) -> CorpusRegister:
    """One entry per entity across the editions' entries.

    Entries with one id are one entity, unless their names disagree: two editors' entries then are an
    error (one line, naming the file and line), an editor's and a draft, or two drafts, are left apart.
    Entries with different ids are merged when `identity` is sure enough and no edition has both (an
    edition's two ids are two entities by its own decision); a person whose surname fits several
    entries is left apart, and listed as a doubt.
    """
    result = CorpusRegister()
    groups: dict[str, list[Member]] = {}
    apart_ids: set[str] = set()
    for member in sorted(members, key=lambda m: (m.id, m.rank)):
        group = groups.setdefault(member.id, [])
        # editions that copy one entry alike share its element (`corpus_build.corpus_document`): one entity
        if not group or member.element is group[0].element or identity(group[0].element, member.element):
            group.append(member)
            continue
        first = group[0]
        if not drafted(first.element) and not drafted(member.element):
            raise EditionDataError(
                f"xml:id {member.id!r} is {standard(member.element)!r} here but "
                f"{standard(first.element)!r} in {first.origin}", member.path, member.element.sourceline)
        apart = f"{member.id}-{slug(member.edition)}"
        groups[apart] = [member]
        apart_ids.add(apart)
        result.doubts.append(Doubt(first.id, apart, f"one id, names that differ: {standard(first.element)!r} "
                                                    f"({first.edition}), {standard(member.element)!r} ({member.edition})"))
    entries = [CorpusEntry(ident, members) for ident, members in groups.items()]
    merged_into: dict[int, CorpusEntry] = {}
    sharing: dict[tuple, list[CorpusEntry]] = {}
    for entry in entries:
        for key in match_keys(entry.element):
            sharing.setdefault(key, []).append(entry)
    def fits(entry: CorpusEntry) -> list[tuple[CorpusEntry, str]]:
        """The entries not yet merged, of other editions, that may be `entry`'s entity, and how sure."""
        near = {id(o): o for key in match_keys(entry.element) for o in sharing[key]}
        found = []
        for other in sorted(near.values(), key=lambda e: e.best.rank):
            if other is entry or id(other) in merged_into or entry.edition_set & other.edition_set:
                continue
            cert = identity(entry.element, other.element)
            if cert:
                found.append((other, cert))
        return found

    doubted: set[frozenset[str]] = set()
    for entry in sorted(entries, key=lambda e: e.best.rank):
        if id(entry) in merged_into:
            continue
        candidates = fits(entry)
        sure = [(o, c) for o, c in candidates if c == "high"]
        # a merge on a surname alone is sure only when each of the two fits no one else
        if not sure and len(candidates) == 1 and len(fits(candidates[0][0])) == 1:
            sure = candidates
        elif not sure:
            for other, _ in candidates:
                pair = frozenset((entry.id, other.id))
                if pair not in doubted:
                    doubted.add(pair)
                    result.doubts.append(Doubt(entry.id, other.id, f"{standard(other.element)!r} and "
                                               f"{standard(entry.element)!r}: same name, and another fits too"))
        for other, cert in sure:
            if entry.edition_set & other.edition_set:
                continue  # two of these are one edition's: merging both would join its two entities
            entry.absorb(other, cert)
            merged_into[id(other)] = entry
    result.entries = [e for e in entries if id(e) not in merged_into]
    for entry in result.entries:
        if entry.id not in apart_ids:
            entry.id = entry.best.id
        if len(entry.members) == 1 and drafted(entry.element):
            entry.cert = entry.element.get("cert", entry.cert)
    result.entries.sort(key=lambda e: (list(KINDS).index(kind(e.element)), e.id))
    return result


def check_registers(folder: Path) -> None:
    """Two register files of a project that give one id to different entities fail, one line naming
    the file and line (run before anything is built, so nothing already built is lost)."""
    from teikit.register import load_register

    files = sorted(Path(folder).glob("*.register.xml"))
    merge([(path.name.removesuffix(".register.xml"), load_register(path), path) for path in files])
