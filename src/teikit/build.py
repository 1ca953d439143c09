"""The whole build: every `seeds/*.txt` of a project → `tei/` → validation → `site/`, each edition
through `teikit.publish` (serially, in worker processes or on a dask cluster through `teikit.tasks`),
then what spans the editions: the landing page, the search list, CMIF and the corpus pages."""

from __future__ import annotations

import copy
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from lxml import etree

from teikit.corpus import check_registers
from teikit.corpus_build import CorpusExtracts, corpus_written, extract_path, write_corpus_pages
from teikit.correspondence import write_cmif
from teikit.edition import edition_paths
from teikit.errors import InputError
from teikit.paths import edition_name, output_path
from teikit.publish import EditionReport, build_edition
from teikit.search import SEARCH_INDEX, write_search_index
from teikit.serialise import tei
from teikit.xmlio import TEI_NS, parse_xml, remove_stray_temp_files, write_atomic

if TYPE_CHECKING:
    from teikit.tasks import DocumentInputs


def outside_project(text: Path, project: Path) -> Path | None:
    """The first of an edition's files (its seed, edition data, register, TEI) that is, once its
    links are followed, outside `project`: a project copied from elsewhere must not publish a file
    such as /etc/passwd that one of its links points at."""
    inside = project.resolve()
    for path in (text, *edition_paths(text), project / "tei" / f"{text.stem}.xml"):
        if os.path.lexists(path) and not path.resolve().is_relative_to(inside):
            return path
    return None


def edition_summary(tei_file: Path, site: Path, corpus: bool) -> tuple[etree._Element, str]:
    """What the landing page and cmif.xml read of an edition (its teiHeader and register) and its
    documents' types: in a corpus, from the extract its build left beside its views (a small file,
    so that the pages over all editions never read every TEI file); in a project of one text, which
    has no extract, from its TEI."""
    from teikit.render import CORPUS_EXTRACT

    if corpus:
        root = parse_xml(output_path(site, tei_file.stem, CORPUS_EXTRACT)).getroot()
        return root, root.get("types", "")
    root = parse_xml(tei_file).getroot()
    return root, " ".join(root.xpath("t:text/t:body/t:div/@type", namespaces={"t": TEI_NS}))


def write_pages_over_editions(site: Path, tei_files: list[Path], corpus: bool = False, landing: bool = True,
                              correspondence: bool = True) -> None:
    """`site/index.html` (every edition with its views, rendered from a teiCorpus of their headers)
    and `site/cmif.xml`, either or both, from one reading of each edition's summary: at 10,000
    editions parsing every extract once more for the second page costs as much as the first."""
    from teikit.render import copy_assets, render_tree

    corpus_tree = etree.Element(f"{{{TEI_NS}}}teiCorpus")

    def summaries() -> Iterator[tuple[Path, etree._Element]]:
        for path in sorted(tei_files):
            root, types = edition_summary(path, site, corpus)
            if landing:
                member = tei("TEI", {"n": path.stem, "type": types})
                header = root.find(f"{{{TEI_NS}}}teiHeader")
                if header is not None:
                    member.append(copy.deepcopy(header))
                corpus_tree.append(member)
            yield path, root

    if correspondence:
        write_cmif(site, summaries())
    else:
        for _ in summaries():
            pass
    if landing:
        html = render_tree(etree.ElementTree(corpus_tree), "landing", "index")
        write_atomic(output_path(site, "index.html"), html.encode("utf-8"))
        copy_assets(site)


def write_landing_page(site: Path, tei_files: list[Path], corpus: bool = False) -> Path:
    """`site/index.html` alone (see `write_pages_over_editions`)."""
    write_pages_over_editions(site, tei_files, corpus, correspondence=False)
    return output_path(site, "index.html")


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
    unchanged = [name for text, name in names.items() if text not in stale]
    with closing(sqlite3.connect("")) as store:  # the corpus step's, filled while the editions build
        gathered = CorpusExtracts(store) if corpus else None
        gather = gathering(gathered, site, unchanged, len(stale))
        if scheduler or (jobs > 1 and len(stale) > 1):
            built = build_elsewhere(stale, project, reconvert, force, corpus, jobs, scheduler, progress, gather)
        else:
            built = run_batch(build_edition, stale, 1, None, progress, finish=gather, label=progress_line,
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
        landing = bool(good) and (changed or not (site / "index.html").is_file()
                                  or not (site / "assets" / SEARCH_INDEX).is_file())
        # with an edition failing, the corpus pages and cmif.xml keep what the last complete build wrote
        whole = bool(good) and len(good) == len(reports) and (changed or not corpus_written(site, corpus))
        if landing or whole:
            write_pages_over_editions(site, good, corpus, landing=landing, correspondence=whole)
        if landing:
            write_search_index(site, [r.name for r in reports if r.ok])
        if whole:
            write_corpus_pages(site, [r.name for r in reports if r.ok] if corpus else [], jobs, scheduler, progress,
                               gathered)
    manifest.save()
    return reports


def gathering(gathered: CorpusExtracts | None, site: Path, unchanged: list[str],
              arriving: int) -> Callable[[EditionReport], EditionReport]:
    """What the build does with each edition's report as it arrives: in a corpus, read into `gathered`
    the extract the edition left if it built, and with it an even share of the `unchanged` editions'
    extracts, so that the client reads them all while the workers build (`arriving` reports are to
    come); the ones left, if none arrives, `write_corpus_pages` reads."""
    waiting = iter(unchanged)
    share = -(-len(unchanged) // arriving) if arriving else 0

    def gather(report: EditionReport) -> EditionReport:
        if gathered is not None:
            for name in [*([report.name] if report.ok else []), *islice(waiting, share)]:
                gathered.read(extract_path(site, name))
        return report

    return gather


def build_elsewhere(texts: list[Path], project: Path, reconvert: bool, force: bool, corpus: bool, jobs: int,
                    scheduler: str | None, progress: TextIO | None,
                    gather: Callable[[EditionReport], EditionReport]) -> list[EditionReport]:
    """`build_edition` of each text in worker processes or on a dask cluster, as tasks that carry the
    documents' bytes (see `teikit.tasks`), each document read only as a worker is about to take it
    and dropped once its outputs are written, then its report given to `gather` (as it arrives); an
    edition with an input that is not a plain file is built here instead, so its error reads as in a
    serial build."""
    from teikit.batch import run_batch
    from teikit.tasks import build_document, document_inputs, write_outputs

    in_flight, local = {}, []

    def readable() -> Iterator[DocumentInputs]:
        for text in texts:
            document = document_inputs(text, project, reconvert, force, corpus)
            if document is None:
                local.append(text)
            else:
                in_flight[document.name] = document
                yield document

    built = run_batch(build_document, readable(), jobs, scheduler, progress, total=len(texts),
                      finish=lambda outputs: gather(write_outputs(outputs, in_flight.pop(outputs.report.name), project)),
                      label=progress_line)
    built += [gather(build_edition(text, project / "tei", project / "site", reconvert, force, corpus)) for text in local]
    return built


def progress_line(report: EditionReport) -> str:
    return f"{report.name}: {'built' if report.ok else 'FAILED'}"


def skipped_report(manifest, name: str, tei_dir: Path) -> EditionReport:
    """The report of an edition that was up to date, with the warnings its last build gave."""
    return EditionReport(name, output_path(tei_dir, f"{name}.xml"), problems=manifest.problems(name),
                         views=manifest.views(name), up_to_date=True)
