"""The library API: the stages strung together, for the CLI and for anyone scripting teikit.

    convert_file(text)          read → segment → annotate → serialise
    save_tei(tree, path)        atomic write that never clobbers an encoder's edits
    build(project)              every seed → TEI (if missing) → validate → HTML views + landing page
                                + the full-text search index over every reading text
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from lxml import etree

from teikit.annotate import annotate
from teikit.chars import restore, stand_in_source
from teikit.edition import EditionData, load_edition
from teikit.errors import InputError, TeikitError
from teikit.model import SourceText
from teikit.paths import edition_name, output_path
from teikit.read import read_text
from teikit.resources import schema_dir
from teikit.search import write_search_index
from teikit.segment import segment
from teikit.serialise import tei, to_document, to_tei
from teikit.validate import Problem, validate_file
from teikit.xmlio import TEI_NS, parse_xml, serialise_xml, write_atomic

DIGEST_PI = "teikit-digest"
DIGEST_RE = re.compile(rb"<\?teikit-digest sha256=\"([0-9a-f]{64})\"\?>\n?")


def convert_source(source: SourceText, data: EditionData | None = None,
                   out_path: Path | None = None) -> etree._ElementTree:
    """Plain text → TEI tree (pure: reads nothing but what it is given).

    Characters XML cannot carry travel through the stages as stand-ins and end up as `g` (see chars).
    """
    data = data or EditionData()
    doc = annotate(segment(stand_in_source(source), data), data)
    root = to_tei(doc, data)
    restore(root)
    return to_document(root, out_path, schema_dir())


def convert_file(text_path: Path, out_path: Path | None = None, encoding: str | None = None,
                 register: Path | None = None, authorities: tuple[Path, ...] = (),
                 shipped_authority: bool = True) -> etree._ElementTree:
    """Read a text and its edition data (if any) and convert it; `out_path` is where the TEI will be
    written (None: standard output), which its schema PIs are relative to. `authorities` are register
    files consulted, with teikit's own unless `shipped_authority` is false, when the text has no
    register.

    The edition's name (of `out_path`, else of the text) must be a safe one (`teikit.paths`).
    """
    source = read_text(text_path, encoding)
    edition_name(out_path if out_path is not None else text_path)
    data = load_edition(Path(text_path), register, tuple(authorities), shipped_authority)
    return convert_source(source, data, out_path)


# ---------------------------------------------------------------- writing TEI without clobbering

def tei_bytes(tree: etree._ElementTree) -> bytes:
    """The file's bytes, stamped with a digest of its own content so later edits can be noticed."""
    body = serialise_xml(tree)
    digest = hashlib.sha256(body).hexdigest()
    declaration, rest = body.split(b"\n", 1) if body.startswith(b"<?xml") else (b"", body)
    stamp = f'<?{DIGEST_PI} sha256="{digest}"?>\n'.encode()
    return declaration + b"\n" + stamp + rest


def edited_since_generated(data: bytes) -> bool:
    """True when a file's content no longer matches the digest teikit stamped into it."""
    match = DIGEST_RE.search(data)
    if not match:
        return True
    unstamped = data[:match.start()] + data[match.end():]
    return hashlib.sha256(unstamped).hexdigest() != match.group(1).decode()


@dataclass
class SaveResult:
    path: Path
    written: bool
    backup: Path | None = None
    reason: str = ""


def save_tei(tree: etree._ElementTree, path: Path, force: bool = False) -> SaveResult:
    """Write TEI atomically; refuse to replace a file an encoder changed, unless `force` (then back it up)."""
    new = tei_bytes(tree)
    backup = None
    if path.exists():
        if path.is_dir():
            raise InputError("is a directory, not a TEI file", path)
        old = path.read_bytes()
        if old == new:
            return SaveResult(path, False, reason="unchanged")
        if edited_since_generated(old):
            if not force:
                raise InputError(
                    "was edited since teikit wrote it; refusing to overwrite "
                    "(use --force to replace it, keeping a .bak copy)", path)
            backup = path.with_name(path.name + ".bak")
            write_atomic(backup, old)
    write_atomic(path, new)
    return SaveResult(path, True, backup)


# ---------------------------------------------------------------- the whole build

@dataclass
class EditionReport:
    name: str
    tei: Path | None  # None when the seed's name is refused: no TEI file is made for it
    converted: bool = False
    problems: list[Problem] = field(default_factory=list)
    views: list[Path] = field(default_factory=list)
    error: str | None = None
    error_exit_code: int = 0  # of the error, when there is one: 2 an input error, 1 an invalid document
    up_to_date: bool = False  # skipped: nothing it depends on changed since its last good build

    @property
    def ok(self) -> bool:
        return self.error is None and not any(p.severity == "error" for p in self.problems)


def build_edition(text: Path, tei_dir: Path, site: Path, reconvert: bool = False,
                  force: bool = False) -> EditionReport:
    """One seed through the whole pipeline (the TEI parsed once for validation and views); a seed
    whose name is not a safe edition name fails here, before anything is written for it."""
    from teikit.render import render_edition

    report = EditionReport(text.stem, None)
    try:
        name = edition_name(text)
        report.tei = target = output_path(tei_dir, f"{name}.xml")
        if reconvert or not target.exists():
            result = save_tei(convert_file(text, target), target, force=force)
            report.converted = result.written
        tree = parse_xml(target, collect_ids=False)
        report.problems = validate_file(target, tree=tree)
        if report.ok:
            report.views = render_edition(tree, name, site, tei_file=target)
    except TeikitError as exc:
        report.error, report.error_exit_code = str(exc), exc.exit_code
    return report


def write_landing_page(site: Path, tei_files: list[Path]) -> Path:
    """`site/index.html`: every edition with its views, rendered from a teiCorpus of their headers."""
    from teikit.render import copy_assets, render_tree

    corpus = etree.Element(f"{{{TEI_NS}}}teiCorpus")
    for path in sorted(tei_files):
        root = parse_xml(path).getroot()
        member = tei("TEI", {"n": path.stem})
        header = root.find(f"{{{TEI_NS}}}teiHeader")
        if header is not None:
            member.append(header)
        corpus.append(member)
    html = render_tree(etree.ElementTree(corpus), "landing", "index")
    target = output_path(site, "index.html")
    write_atomic(target, html.encode("utf-8"))
    copy_assets(site)
    return target


def build(project: Path, reconvert: bool = False, force: bool = False, jobs: int = 1,
          scheduler: str | None = None, progress: TextIO | None = None) -> list[EditionReport]:
    """Every `seeds/*.txt` of `project` → `tei/` → validation → `site/`.

    Editions whose TEI, stylesheets and schema are unchanged since their last good build are skipped
    (see `teikit.incremental`); the rest run `build_edition` over `jobs` worker processes, or on the
    dask.distributed cluster at `scheduler`. Reports come back in seed order either way. A seed
    whose name is not a safe edition name fails on its own, up front: it never reaches the record
    of the last build, the workers or the landing page, and the other editions build.
    """
    from teikit.batch import run_batch
    from teikit.incremental import Manifest

    seeds = sorted((project / "seeds").glob("*.txt"))
    if not seeds:
        raise InputError("no seeds/*.txt to build", project / "seeds")
    tei_dir, site = project / "tei", project / "site"
    names, refused = {}, {}
    for text in seeds:
        try:
            names[text] = edition_name(text)
        except InputError as exc:
            refused[text] = EditionReport(text.stem, None, error=str(exc), error_exit_code=exc.exit_code)
    manifest = Manifest.load(site)
    manifest.keep_only(set(names.values()))
    stale = [text for text, name in names.items()
             if reconvert or not manifest.up_to_date(name, output_path(tei_dir, f"{name}.xml"))]
    built = run_batch(build_edition, stale, jobs, scheduler, progress,
                      tei_dir=tei_dir, site=site, reconvert=reconvert, force=force)
    for report in built:
        if report.ok:
            manifest.record(report.name, report.tei, report.views, report.problems)
        else:
            manifest.forget(report.name)
    by_name = {report.name: report for report in built}
    reports = [refused.get(text) or by_name.get(names[text]) or skipped_report(manifest, names[text], tei_dir)
               for text in seeds]
    good = [r.tei for r in reports if r.ok]
    if good:
        write_landing_page(site, good)
        write_search_index(site, [r.name for r in reports if r.ok])
    manifest.save()
    return reports


def skipped_report(manifest, name: str, tei_dir: Path) -> EditionReport:
    """The report of an edition that was up to date, with the warnings its last build gave."""
    return EditionReport(name, output_path(tei_dir, f"{name}.xml"), problems=manifest.problems(name),
                         views=manifest.views(name), up_to_date=True)
