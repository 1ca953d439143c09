"""Edition data: what an editor knows about one text that no rule can derive.

It lives beside the text under `seeds/` as TEI-shaped XML, so encoders read it like the edition:

* `<name>.edition.xml` — a `TEI` element whose `teiHeader` parts replace the generated ones, with an
  `e:structure` of hints (document boundaries and block kinds) and, later, editorial decisions, all
  anchored by quoting the words they attach to (`quote`, plus `occurrence` where a phrase repeats);
* `<name>.register.xml` — `listPerson` / `listPlace` / `listOrg` registers (the same format that
  `teikit register draft` writes).

Quote anchors survive re-segmentation because they point into the text, not into the tree.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from teikit.errors import EditionDataError, InputError
from teikit.authority import load_authority
from teikit.corpus import corpus_register, merge
from teikit.register import load_register
from teikit.xmlio import TEI_NS, parse_xml

if TYPE_CHECKING:
    from teikit.annotate.rules import Rules

EDITION_NS = "https://teikit.org/ns/edition"
E = f"{{{EDITION_NS}}}"
T = f"{{{TEI_NS}}}"


@dataclass(frozen=True)
class Anchor:
    """Words quoted from the source, and which occurrence of them is meant (1-based)."""

    quote: str
    occurrence: int | None
    origin: str  # "file:line" of the edition element, for error messages

    def matches(self, text: str) -> list[tuple[int, int]]:
        """Every place the quoted words occur in `text`, whole words only (so "Tran" never matches
        inside "Translated"); whitespace in the quote matches any whitespace."""
        words = self.quote.split()
        if not words:
            raise EditionDataError("empty anchor quote", self.origin)
        first, rest = words[0][0], words[0][1:]
        pattern = re.escape(first)
        if re.match(r"\w", first):
            # nothing word-like just before the quote; tested after its first character so that the
            # pattern starts with a literal, which re finds by a fast scan (six times faster)
            pattern += r"(?<!\w[\s\S])"
        pattern += re.escape(rest) + "".join(r"\s+" + re.escape(w) for w in words[1:])
        if re.search(r"\w$", words[-1]):
            pattern += r"(?!\w)"
        found = [m.span() for m in re.finditer(pattern, text)]
        if not found:
            raise EditionDataError(f"anchor {self.quote!r} matches nothing in the text", self.origin)
        return found

    def locate(self, text: str) -> tuple[int, int]:
        """Offsets of the quoted words in `text`: the one match, or the `occurrence`-th."""
        matches = self.matches(text)
        if self.occurrence is None:
            if len(matches) > 1:
                raise EditionDataError(
                    f"anchor {self.quote!r} matches {len(matches)} places; add occurrence=\"N\"",
                    self.origin,
                )
            return matches[0]
        if not 1 <= self.occurrence <= len(matches):
            raise EditionDataError(
                f"anchor {self.quote!r} occurrence {self.occurrence} asked, "
                f"but the text has {len(matches)}",
                self.origin,
            )
        return matches[self.occurrence - 1]


@dataclass(frozen=True)
class DivisionHint:
    type: str
    start: Anchor | None
    #: The editor's TEI `correspDesc` for this document (a letter or memorandum), and its file.
    correspondence: etree._Element | None = None
    source: Path | None = None


@dataclass(frozen=True)
class BlockHint:
    kind: str
    anchor: Anchor


@dataclass(frozen=True)
class DateOverride:
    """The editor's value for a date the text gets wrong ("September 28" meaning September 1928)."""

    anchor: Anchor
    attrs: dict[str, str]


DATE_VALUE_ATTRS = ("when", "notBefore", "notAfter", "from", "to", "cert")
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def date_override_from(el: etree._Element, path: Path) -> DateOverride:
    """An `e:date quote="…" when="…"` element, its values checked as ISO dates."""
    attrs = {k: v for k, v in el.attrib.items() if k in DATE_VALUE_ATTRS}
    for key, value in attrs.items():
        if key != "cert" and not ISO_DATE.match(value):
            raise EditionDataError(f"<e:date {key}=\"{value}\"> is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)",
                                   path, el.sourceline)
    if not set(attrs) - {"cert"}:
        raise EditionDataError("<e:date> needs a value: when, notBefore/notAfter or from/to", path, el.sourceline)
    return DateOverride(anchor_from(el, path), attrs)


#: The project file: settings every edition of a project shares, found at or above the text's folder.
PROJECT_FILE = "teikit.toml"
CC_BY = ("Creative Commons Attribution 4.0 International (CC BY 4.0)",
         "https://creativecommons.org/licenses/by/4.0/")


@dataclass(frozen=True)
class ProjectSettings:
    """The `[edition]` table of `teikit.toml`: what the header says of every edition of a project
    (an edition's own `teiHeader` in its edition data overrides any of it)."""

    publisher: str = "teikit"
    pub_place: str = ""
    #: Each edition's persistent identifier is this plus its name (`https://…/editions/` → …/NAME).
    base_uri: str = ""
    licence: str = CC_BY[0]
    licence_url: str = CC_BY[1]
    editors: tuple[str, ...] = ()


def project_file(folder: Path) -> Path | None:
    """The `teikit.toml` of the nearest project at or above `folder`, if any."""
    for candidate in (folder, *folder.parents):
        if (candidate / PROJECT_FILE).is_file():
            return candidate / PROJECT_FILE
    return None


def load_project(folder: Path) -> ProjectSettings:
    """The settings of the project `folder` belongs to (teikit's defaults outside a project)."""
    path = project_file(folder.resolve())
    if path is None:
        return ProjectSettings()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("edition", {})
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"at line (\d+)", str(exc))
        raise InputError(f"not a valid TOML file: {str(exc).split(' (at line')[0]}", path,
                         int(line.group(1)) if line else None) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the project file: {exc}", path) from exc
    known = {name: type(value) for name, value in vars(ProjectSettings()).items()}
    settings = {}
    for key, value in table.items():
        if key not in known:
            raise InputError(f"[edition] has no setting {key!r}; the settings are {', '.join(known)}", path)
        if known[key] is tuple:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(f"[edition] {key} must be a list of names in quotes", path)
            value = tuple(value)
        elif not isinstance(value, str):
            raise InputError(f"[edition] {key} must be text in quotes", path)
        settings[key] = value
    return ProjectSettings(**settings)


@dataclass
class EditionData:
    """Everything an editor supplied for one text; empty for a text never seen before."""

    header: etree._Element | None = None
    divisions: list[DivisionHint] = field(default_factory=list)
    blocks: list[BlockHint] = field(default_factory=list)
    register: etree._Element | None = None
    editorial: etree._Element | None = None
    dates: list[DateOverride] = field(default_factory=list)
    paths: tuple[Path, ...] = ()
    #: The genre authority consulted when there is no register: the editor's files, and whether
    #: teikit's own is used too (see `teikit.authority`).
    authorities: tuple[Path, ...] = ()
    shipped_authority: bool = True
    #: The recogniser's classification rules for this text (None: all of `recognise.RULES`).
    rules: Rules | None = None
    #: The project's settings, the edition's name and the date the text file was last changed (the
    #: edition's date when the edition data gives none).
    project: ProjectSettings = field(default_factory=ProjectSettings)
    name: str = ""
    text_date: str = ""
    #: The project's corpus register, beside an edition's own register (which overrides its entries):
    #: the entries of it the text mentions are copied into the TEI (see `teikit.corpus`).
    corpus: etree._Element | None = None


def edition_paths(text_path: Path) -> tuple[Path, Path]:
    """Where the edition data and register of a text live: beside it, named after it."""
    stem = text_path.with_suffix("")
    return stem.with_name(stem.name + ".edition.xml"), stem.with_name(stem.name + ".register.xml")


def anchor_from(el: etree._Element, path: Path) -> Anchor:
    quote = el.get("quote")
    origin = f"{path}:{el.sourceline}"
    if quote is None:
        raise EditionDataError(f"<{etree.QName(el).localname}> needs a quote=\"…\" anchor", path, el.sourceline)
    occ = el.get("occurrence")
    if occ is not None and not occ.isdigit():
        raise EditionDataError(f"occurrence must be a whole number, not {occ!r}", path, el.sourceline)
    return Anchor(quote, int(occ) if occ else None, origin)


def load_edition(text_path: Path, register_path: Path | None = None, authorities: tuple[Path, ...] = (),
                 shipped_authority: bool = True) -> EditionData:
    """Load the edition data beside `text_path` (if any), a register (beside it, or given) and the
    authority files to consult when there is no register (checked now, so errors come early)."""
    edition_path, default_register = edition_paths(text_path)
    changed = datetime.fromtimestamp(Path(text_path).stat().st_mtime, timezone.utc).date().isoformat()
    data = EditionData(authorities=tuple(authorities), shipped_authority=shipped_authority,
                       project=load_project(Path(text_path).parent), name=Path(text_path).stem,
                       text_date=changed)
    paths: list[Path] = []
    if edition_path.exists():
        root = parse_xml(edition_path).getroot()
        paths.append(edition_path)
        data.header = root.find(f"{T}teiHeader")
        structure = root.find(f"{E}structure")
        if structure is not None:
            for el in structure:
                if not isinstance(el.tag, str):
                    continue
                if el.tag == f"{E}div":
                    start = anchor_from(el, edition_path) if el.get("quote") else None
                    data.divisions.append(DivisionHint(el.get("type", "document"), start,
                                                       el.find(f"{T}correspDesc"), edition_path))
                elif el.tag == f"{E}block":
                    data.blocks.append(BlockHint(el.get("kind", "p"), anchor_from(el, edition_path)))
                else:
                    raise EditionDataError(
                        f"unknown structure hint <{etree.QName(el).localname}>", edition_path, el.sourceline
                    )
        data.editorial = root.find(f"{E}editorial")
        data.dates = [date_override_from(el, edition_path) for el in root.iterfind(f"{E}dates/{E}date")]
    register_path = register_path or (default_register if default_register.exists() else None)
    corpus_path = corpus_register(Path(text_path).parent)
    if register_path is not None:
        data.register = load_register(register_path)
        paths.append(register_path)
        if corpus_path is not None and corpus_path.resolve() != Path(register_path).resolve():
            data.corpus = load_register(corpus_path)
            merge([("corpus", data.corpus, corpus_path), (Path(text_path).stem, data.register, register_path)])
    elif corpus_path is not None:  # the corpus register is the project's authority, consulted first
        data.authorities = (corpus_path, *data.authorities)
    data.paths = tuple(paths)
    if data.register is None:  # consulted only then: check its files now, so errors come early
        load_authority(data.authorities, shipped_authority)
    return data
