"""One document's build as a task that carries data, not paths, for `build --jobs N` and `--scheduler`.

The client reads everything a document's build reads (its text, edition data, register, the corpus
register, `teikit.toml`, the canonical TEI where it exists) into `DocumentInputs`; a worker, which
needs teikit installed and nothing else (no shared disk, no working directory of the project), lays
them out in a private temporary project, runs `build_edition` there and sends back every file it
wrote as bytes (`DocumentOutputs`); the client writes them under the real project with its atomic
writer, keeping the never-clobber rules. Messages a worker gives name the client's files, as a
build in one process would.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

# the pipeline first: it imports teikit.annotate before teikit.edition, which a worker importing this
# module alone would otherwise reach the other way round (the two import each other)
from teikit.publish import EditionReport, build_edition
from teikit.corpus import CORPUS_REGISTER
from teikit.edition import edition_paths, project_file
from teikit.errors import InputError
from teikit.paths import output_path
from teikit.resources import schema_dir
from teikit.serialise import schema_href
from teikit.xmlio import read_bytes, write_atomic, write_backup

#: Where a worker's temporary project keeps the project file (at its top, above `seeds/`).
SETTINGS = "teikit.toml"


@dataclass(frozen=True)
class DocumentInputs:
    """Everything the build of one edition reads, as bytes keyed by path relative to the project."""

    name: str
    files: dict[str, bytes]
    text_mtime: float  # the text's date is the edition's when its edition data gives none
    schema: str  # the `xml-model` href, as seen from the client's tei/ folder
    project: str  # the client's project folder, as given: messages name its files
    settings_path: str | None = None  # where the client found teikit.toml (at or above seeds/)
    reconvert: bool = False
    force: bool = False
    corpus: bool = False


@dataclass
class DocumentOutputs:
    """What a build wrote: the TEI when it was (re)converted, and the site files by path under site/."""

    report: EditionReport
    tei: bytes | None = None
    site: dict[str, bytes] = field(default_factory=dict)


def document_inputs(text: Path, project: Path, reconvert: bool, force: bool,
                    corpus: bool) -> DocumentInputs | None:
    """Read one seed's inputs; None when one of them is there but is not a regular file this process
    can read (a folder, a pipe, a broken link): that edition is built here, where its error is given."""
    name = text.stem
    edition, register = edition_paths(text)
    target = output_path(project / "tei", f"{name}.xml")
    settings = project_file((project / "seeds").resolve())
    wanted = {f"seeds/{name}.txt": text, f"seeds/{edition.name}": edition, f"seeds/{register.name}": register,
              f"seeds/{CORPUS_REGISTER}": project / "seeds" / CORPUS_REGISTER, f"tei/{name}.xml": target}
    if settings is not None:
        wanted[SETTINGS] = settings
    files = {}
    for relative, path in wanted.items():
        if not os.path.lexists(path) and relative != f"seeds/{name}.txt":
            continue
        if not path.is_file():
            return None
        try:
            files[relative] = path.read_bytes()
        except OSError:
            return None
    return DocumentInputs(name, files, text.stat().st_mtime, schema_href(target, schema_dir()), str(project),
                          str(settings) if settings is not None else None, reconvert, force, corpus)


def build_document(inputs: DocumentInputs) -> DocumentOutputs:
    """`build_edition` of one document in a private temporary project: a pure function of bytes."""
    with tempfile.TemporaryDirectory(prefix="teikit-build-") as folder:
        root = Path(folder).resolve()
        for relative, data in inputs.files.items():
            path = root.joinpath(*PurePosixPath(relative).parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        text = root / "seeds" / f"{inputs.name}.txt"
        os.utime(text, (inputs.text_mtime, inputs.text_mtime))
        site = root / "site"
        report = build_edition(text, root / "tei", site, inputs.reconvert, inputs.force, inputs.corpus,
                               inputs.schema)
        tei = report.tei.read_bytes() if report.converted else None
        written = {view.relative_to(site).as_posix(): view.read_bytes() for view in report.views}
        return DocumentOutputs(relocated(report, root, inputs), tei, written)


def relocated(report: EditionReport, root: Path, inputs: DocumentInputs) -> EditionReport:
    """The report with the temporary project's paths replaced by the client's, in every message."""
    prefix = "" if inputs.project == "." else inputs.project + os.sep

    def client(text: str | None) -> str | None:
        if text is None:
            return None
        if inputs.settings_path is not None:
            text = text.replace(str(root / SETTINGS), inputs.settings_path)
        return text.replace(str(root) + os.sep, prefix)

    return replace(report, tei=None, views=[], error=client(report.error), trace=client(report.trace),
                   problems=[replace(problem, path=client(problem.path), message=client(problem.message))
                             for problem in report.problems])


def write_outputs(outputs: DocumentOutputs, inputs: DocumentInputs, project: Path) -> EditionReport:
    """Write what a worker built under `project`, as `build_edition` would have written it there, if
    the TEI file still holds what the worker was sent: the views were made from those bytes, and an
    encoder's edit made during the build is never lost (the edition fails; the next build takes the
    edit). Where the worker was told to `force` over an edited TEI, a numbered backup is made here."""
    report = outputs.report
    report.tei, backed_up, report.backup = output_path(project / "tei", f"{inputs.name}.xml"), report.backup, None
    try:
        now = read_bytes(report.tei, "a TEI file") if report.tei.exists() else None
    except InputError as exc:
        now = exc
    if now != inputs.files.get(f"tei/{inputs.name}.xml"):
        report.error, report.error_exit_code = (
            str(InputError("changed while it was being built; build again", report.tei)), 2)
        return report
    if outputs.tei is not None:
        if now is not None and backed_up is not None:
            report.backup = write_backup(report.tei, now)
        write_atomic(report.tei, outputs.tei)
    for relative, data in outputs.site.items():
        view = output_path(project / "site", *PurePosixPath(relative).parts)
        write_atomic(view, data)
        report.views.append(view)
    return report
