"""One edition from its seed to its pages: convert where needed, validate, render the views and its
search index. What a serial build runs per seed, and what a worker runs (`teikit.tasks`) on the
bytes a client sent it; `teikit.build` runs it over a project."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import TeikitError
from teikit.paths import edition_name, output_path
from teikit.pipeline import convert_checked, save_tei_bytes
from teikit.search import write_edition_index
from teikit.validate import Problem, validate_file
from teikit.xmlio import parse_xml


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
    """One seed through the whole pipeline (the TEI validated once, parsed once for validation and
    views: a text converted here is validated as the bytes it is written as, never read back); a seed
    whose name is not a safe edition name fails here, before anything is written for it; in a
    `corpus`, its index links to the corpus pages; `schema` as in `convert_text`."""
    from teikit.render import render_edition

    report = EditionReport(text.stem, None)
    try:
        name = edition_name(text)
        report.tei = target = output_path(tei_dir, f"{name}.xml")
        if reconvert or not target.exists():
            checked = convert_checked(text, target, schema)
            tree, report.problems = checked.tree, checked.problems
            result = save_tei_bytes(checked.data, target, force=force)
            report.converted, report.backup = result.written, result.backup
        else:
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
