"""The library API: the stages strung together, for the CLI and for anyone scripting teikit.

    convert_file(text)          read → segment → annotate → serialise
    convert(text, explain=True)    the same, and why each name was tagged (`.explanation()`)
    save_tei(tree, path)        atomic write that never clobbers an encoder's edits
    build(project)              every seed → TEI (if missing) → validate → HTML views + landing page
                                + the full-text search index over every reading text
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from lxml import etree

from teikit.annotate import annotate
from teikit.annotate.rules import Rules
from teikit.chars import stand_in_source
from teikit.corpus import check_registers
from teikit.corpus_build import corpus_written, write_corpus_pages
from teikit.correspondence import add_correspondence, write_cmif
from teikit.edition import EditionData, edition_paths, load_edition
from teikit.errors import EditionDataError, InputError, InvalidDocument, TeikitError
from teikit.model import Block, Document, SourceText, Span
from teikit.paths import edition_name, output_path
from teikit.read import read_text
from teikit.register import ENTITY_TAG
from teikit.resources import schema_dir
from teikit.search import SEARCH_INDEX, write_edition_index, write_search_index
from teikit.segment import segment
from teikit.serialise import tei, to_document, to_tei
from teikit.validate import Problem, validate_file, validate_tree
from teikit.xmlio import (TEI_NS, parse_xml, read_bytes, remove_stray_temp_files, serialise_xml, write_atomic,
                          write_backup)

DIGEST_PI = "teikit-digest"
DIGEST_RE = re.compile(rb"<\?teikit-digest sha256=\"([0-9a-f]{64})\"\?>\n?")


ENTITY_TYPE = {tag: kind for kind, tag in ENTITY_TAG.items()}


@dataclass
class Conversion:
    """A converted text: its TEI, and the annotated document it was serialised from (kept only when
    an explanation is asked for: on a long text the document weighs as much as the TEI)."""

    tree: etree._ElementTree
    document: Document | None

    def explanation(self) -> list[dict[str, object]]:
        """Every name teikit tagged, in source order: its text, type, cert and ref, the rule that
        tagged it and why, and where it stands in the source (line and column, from 1)."""
        source = self.document.source.text
        found = []
        for block in self.document.blocks():
            for span in block.spans:
                if span.explanation is None:
                    continue
                rule, reason = span.explanation
                line, column = source_position(source, block, span)
                found.append({"text": block.text[span.start:span.end], "type": ENTITY_TYPE[span.tag],
                              "cert": span.attrs.get("cert"), "ref": span.attrs.get("ref"), "rule": rule,
                              "reason": reason, "line": line, "column": column})
        return found


def source_position(source: str, block: Block, span: Span) -> tuple[int, int]:
    """Line and column (1-based) of a span's first character in the source text."""
    if "offset" in block.attrs:
        at = int(block.attrs["offset"]) + span.start
        return source.count("\n", 0, at) + 1, at - source.rfind("\n", 0, at)
    before = block.text[:span.start]
    return block.line_no + before.count("\n"), len(before) - before.rfind("\n")


def explanation_path(out_path: Path) -> Path:
    """Where `--explain` writes by default: OUT.explain.json beside the TEI (OUT.xml)."""
    return out_path.with_name(out_path.stem + ".explain.json")


def save_explanation(conversion: Conversion, path: Path) -> None:
    """Write the explanation as JSON: one object per tagged name (see `Conversion.explanation`)."""
    body = {"source": str(conversion.document.source.path), "mentions": conversion.explanation()}
    write_atomic(path, (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def convert_text(source: SourceText, data: EditionData | None = None,
                 out_path: Path | None = None, schema: str | None = None) -> Conversion:
    """Plain text → TEI tree and annotated document (pure: reads nothing but what it is given);
    `schema` is the `xml-model` href to write (default: the one `out_path` implies, see `model_pis`).

    Characters XML cannot carry travel through the stages as stand-ins and end up as `g` (see chars).
    """
    data = data or EditionData()
    doc = annotate(segment(stand_in_source(source), data), data)
    root = to_tei(doc, data)
    add_correspondence(root, data)
    return Conversion(to_document(root, out_path, schema_dir(), schema), doc)


def convert_source(source: SourceText, data: EditionData | None = None,
                   out_path: Path | None = None) -> etree._ElementTree:
    """Plain text → TEI tree."""
    return convert_text(source, data, out_path).tree


def convert(text_path: Path, out_path: Path | None = None, encoding: str | None = None,
            register: Path | None = None, authorities: tuple[Path, ...] = (),
            shipped_authority: bool = True, rules: Rules | None = None, schema: str | None = None,
            explain: bool = False) -> Conversion:
    """Read a text and its edition data (if any) and convert it; `out_path` is where the TEI will be
    written (None: standard output), which its schema PIs are relative to. `authorities` are register
    files consulted, with teikit's own unless `shipped_authority` is false, when the text has no
    register; `rules` replaces the recogniser's classification rules (e.g.
    `RULES.without(["person"])`, to measure what a rule adds); `schema` as in `convert_text`.

    The edition's name (of `out_path`, else of the text) must be a safe one (`teikit.paths`).
    """
    source = read_text(text_path, encoding)
    edition_name(out_path if out_path is not None else text_path)
    data = load_edition(Path(text_path), register, tuple(authorities), shipped_authority)
    data.rules = rules
    # which file each part came from, before the entity finder drafts a register of its own
    register_file = data.paths[-1] if data.register is not None else None
    edition_file = next((path for path in data.paths if path != register_file), None)
    conversion = convert_text(source, data, out_path, schema)
    if not explain:
        conversion = Conversion(conversion.tree, None)  # let the document go before validation
    refuse_invalid(conversion.tree, text_path, edition_file, register_file)
    return conversion


def convert_file(text_path: Path, out_path: Path | None = None, encoding: str | None = None,
                 register: Path | None = None, authorities: tuple[Path, ...] = (),
                 shipped_authority: bool = True, rules: Rules | None = None,
                 schema: str | None = None) -> etree._ElementTree:
    """Read a text and its edition data (if any) and convert it to a TEI tree."""
    return convert(text_path, out_path, encoding, register, authorities, shipped_authority, rules, schema).tree


def refuse_invalid(tree: etree._ElementTree, text_path: Path, edition: Path | None, register: Path | None) -> None:
    """Stop a conversion whose TEI the validator would reject, before anything is written.

    Elements copied from the edition data (`edition`, `register`: the files, if any) keep their line
    in it, so a problem there is the editor's to fix: one line naming that file and line (exit 2).
    Any other problem is teikit's own failure (exit 1).
    """
    errors = [problem for problem in validate_tree(tree, str(text_path)) if problem.severity == "error"]
    if not errors:
        return
    for problem in errors:
        source = register if problem.element.startswith("/TEI/standOff") else edition
        if problem.line is not None and source is not None:
            raise EditionDataError(problem.message, source, problem.line)
    first = errors[0]
    raise InvalidDocument(f"the TEI made of it would be invalid, so nothing was written: {first.message} "
                          f"(at {first.element})", text_path)


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
        old = read_bytes(path, "a TEI file")
        if old == new:
            return SaveResult(path, False, reason="unchanged")
        if edited_since_generated(old):
            if not force:
                raise InputError(
                    "was edited since teikit wrote it; refusing to overwrite "
                    "(use --force to replace it, keeping a numbered .bak copy)", path)
            backup = write_backup(path, old)
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
    backup: Path | None = None  # where an edited TEI file replaced with --force was kept
    trace: str | None = None  # the traceback of a failure that is a bug in teikit, for --debug

    @property
    def ok(self) -> bool:
        return self.error is None and not any(p.severity == "error" for p in self.problems)


def build_edition(text: Path, tei_dir: Path, site: Path, reconvert: bool = False,
                  force: bool = False, corpus: bool = False, schema: str | None = None) -> EditionReport:
    """One seed through the whole pipeline (the TEI parsed once for validation and views); a seed
    whose name is not a safe edition name fails here, before anything is written for it; in a
    `corpus`, its index links to the corpus pages; `schema` as in `convert_text`."""
    from teikit.render import render_edition

    report = EditionReport(text.stem, None)
    try:
        name = edition_name(text)
        report.tei = target = output_path(tei_dir, f"{name}.xml")
        if reconvert or not target.exists():
            result = save_tei(convert_file(text, target, schema=schema), target, force=force)
            report.converted, report.backup = result.written, result.backup
        tree = parse_xml(target, collect_ids=False)
        report.problems = validate_file(target, tree=tree)
        if report.ok:
            report.views = render_edition(tree, name, site, corpus=corpus, tei_file=target)
            report.views.append(write_edition_index(site, name))
    except TeikitError as exc:
        report.error, report.error_exit_code = str(exc), exc.exit_code
    except Exception as exc:  # a bug: this edition fails, the others still build (the report is data,
        # so it crosses from a worker process; an exception object might not pickle)
        report.error = (f"{text.stem}: teikit failed on this edition ({type(exc).__name__}: {exc}); "
                        "run teikit --debug build for the traceback")
        report.error_exit_code, report.trace = 1, traceback.format_exc()
    return report


def outside_project(text: Path, project: Path) -> Path | None:
    """The first of an edition's files (its seed, edition data, register, TEI) that is, once its
    links are followed, outside `project`: a project copied from elsewhere must not publish a file
    such as /etc/passwd that one of its links points at."""
    inside = project.resolve()
    for path in (text, *edition_paths(text), project / "tei" / f"{text.stem}.xml"):
        if os.path.lexists(path) and not path.resolve().is_relative_to(inside):
            return path
    return None


def write_landing_page(site: Path, tei_files: list[Path]) -> Path:
    """`site/index.html`: every edition with its views, rendered from a teiCorpus of their headers."""
    from teikit.render import copy_assets, render_tree

    corpus = etree.Element(f"{{{TEI_NS}}}teiCorpus")
    for path in sorted(tei_files):
        root = parse_xml(path).getroot()
        member = tei("TEI", {"n": path.stem, "type": " ".join(  # the types of its documents
            root.xpath("t:text/t:body/t:div/@type", namespaces={"t": TEI_NS}))})
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
    check_registers(project / "seeds")  # two registers that give one id to different people
    tei_dir, site = project / "tei", project / "site"
    for folder in (tei_dir, site, *(site.glob("*/") if site.is_dir() else ())):
        remove_stray_temp_files(folder)
    names, refused = {}, {}
    for text in seeds:
        try:
            names[text] = edition_name(text)
            link = outside_project(text, project)
            if link is not None:
                raise InputError(f"links to {link.resolve()}, outside the project; copy the file into the "
                                 "project instead", link)
        except InputError as exc:
            names.pop(text, None)
            refused[text] = EditionReport(text.stem, None, error=str(exc), error_exit_code=exc.exit_code)
    manifest = Manifest.load(site)
    dropped = set(manifest.entries) - set(names.values())
    manifest.keep_only(set(names.values()))
    corpus = len(seeds) > 1  # a corpus: corpus pages, and every edition's index links to them
    regroup = corpus != (site / "corpus").is_dir()  # became or stopped being one: every index changes
    stale = [text for text, name in names.items()
             if reconvert or regroup or not manifest.up_to_date(name, output_path(tei_dir, f"{name}.xml"))]
    if scheduler or (jobs > 1 and len(stale) > 1):
        built = build_elsewhere(stale, project, reconvert, force, corpus, jobs, scheduler, progress)
    else:
        built = run_batch(build_edition, stale, 1, None, progress, label=progress_line,
                          tei_dir=tei_dir, site=site, reconvert=reconvert, force=force, corpus=corpus)
    for report in built:
        if report.ok:
            manifest.record(report.name, report.tei, report.views, report.problems)
        else:
            manifest.forget(report.name)
    by_name = {report.name: report for report in built}
    reports = [refused.get(text) or by_name.get(names[text]) or skipped_report(manifest, names[text], tei_dir)
               for text in seeds]
    good = [r.tei for r in reports if r.ok]
    # the pages over all editions change with any of them: rewritten only when one was built or
    # dropped, or they are missing, so that a build with nothing to do reads no TEI file
    changed = bool(built or dropped)
    if good and (changed or not (site / "index.html").is_file() or not (site / "assets" / SEARCH_INDEX).is_file()):
        write_landing_page(site, good)
        write_search_index(site, [r.name for r in reports if r.ok])
    # with an edition failing, the corpus pages and cmif.xml keep what the last complete build wrote
    if good and len(good) == len(reports) and (changed or not corpus_written(site, corpus)):
        write_cmif(site, good)
        write_corpus_pages(site, [r.name for r in reports if r.ok] if corpus else [])
    manifest.save()
    return reports


def build_elsewhere(texts: list[Path], project: Path, reconvert: bool, force: bool, corpus: bool, jobs: int,
                    scheduler: str | None, progress: TextIO | None) -> list[EditionReport]:
    """`build_edition` of each text in worker processes or on a dask cluster, as tasks that carry the
    documents' bytes (see `teikit.tasks`); an edition with an input that is not a plain file is built
    here instead, so its error reads as in a serial build."""
    from teikit.batch import run_batch
    from teikit.tasks import build_document, document_inputs, write_outputs

    inputs, local = [], []
    for text in texts:
        document = document_inputs(text, project, reconvert, force, corpus)
        (inputs if document is not None else local).append(document or text)
    by_name = {document.name: document for document in inputs}
    built = run_batch(build_document, inputs, jobs, scheduler, progress,
                      finish=lambda outputs: write_outputs(outputs, by_name[outputs.report.name], project),
                      label=progress_line)
    built += [build_edition(text, project / "tei", project / "site", reconvert, force, corpus) for text in local]
    return built


def progress_line(report: EditionReport) -> str:
    return f"{report.name}: {'built' if report.ok else 'FAILED'}"


def skipped_report(manifest, name: str, tei_dir: Path) -> EditionReport:
    """The report of an edition that was up to date, with the warnings its last build gave."""
    return EditionReport(name, output_path(tei_dir, f"{name}.xml"), problems=manifest.problems(name),
                         views=manifest.views(name), up_to_date=True)
