"""The `teikit` command: a thin shell over `teikit.pipeline`, `teikit.build` and the rest of the library.

Exit codes: 0 success; 1 a document is invalid; 2 usage or input error (missing or unreadable file,
bad encoding, malformed XML, inconsistent edition data). User errors print one line, never a
traceback; `--debug` shows the traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from teikit import __version__
from teikit.errors import TeikitError

EXIT_CODES = """\b
Exit codes:
  0  success
  1  a document is invalid
  2  usage or input error (missing file, bad encoding, malformed XML, bad edition data)"""


class TeikitGroup(click.Group):
    """Turns `TeikitError` into one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TeikitError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(one_line(exc), err=True)
            ctx.exit(exc.exit_code)


class WarningEcho(logging.Handler):
    """Warnings the pipeline logs on the `teikit` logger (an impossible date…) as one stderr line each."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"teikit: warning: {record.getMessage()}", err=True)


def one_line(exc: TeikitError) -> str:
    """The error as one line, even when it quotes a multi-line message from Saxon or xmlschema."""
    return "teikit: " + " ".join(str(exc).split())


@click.group(cls=TeikitGroup, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="teikit")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn plain-text translations of historical documents into TEI P5 editions and HTML views.

    The main job is `teikit build`: seeds/*.txt → tei/*.xml → validation → site/.
    """
    ctx.obj = {"debug": debug}
    logger = logging.getLogger("teikit")
    if not any(isinstance(h, WarningEcho) for h in logger.handlers):
        logger.addHandler(WarningEcho(logging.WARNING))


@cli.command(epilog=EXIT_CODES)
@click.argument("text", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the TEI here (default: standard output).")
@click.option("--encoding", help="Encoding of TEXT if it is not UTF-8 (e.g. cp1252).")
@click.option("--register", type=click.Path(path_type=Path),
              help="A register file (listPerson/listPlace/listOrg) to use instead of the one beside TEXT.")
@click.option("--authority", "authorities", multiple=True, type=click.Path(path_type=Path),
              help="A register file of names the genre repeats, consulted when TEXT has no register "
                   "(its entries win over teikit's own; repeatable).")
@click.option("--no-authority", is_flag=True, help="Leave teikit's own genre authority out.")
@click.option("--force", is_flag=True,
              help="Overwrite OUTPUT even if it was edited by hand (keeps a numbered copy, OUTPUT.N.bak).")
@click.option("--explain", is_flag=True,
              help="Also write why each name was tagged (rule, reason, line, column) to OUTPUT.explain.json.")
@click.option("--explain-to", type=click.Path(path_type=Path),
              help="Write the explanation (JSON) to this file instead (implies --explain).")
def convert(text: Path, output: Path | None, encoding: str | None, register: Path | None,
            authorities: tuple[Path, ...], no_authority: bool, force: bool,
            explain: bool, explain_to: Path | None) -> None:
    """Convert the plain text TEXT to TEI.

    Edition data beside TEXT (NAME.edition.xml, NAME.register.xml) is used when present. Without a
    register, names are looked up in the genre authority, then found by rules.
    An OUTPUT that was edited since teikit wrote it is never overwritten without --force.
    """
    from teikit.pipeline import convert as convert_text_file
    from teikit.pipeline import explanation_path, save_explanation, save_tei, tei_bytes

    if explain and explain_to is None and output is None:
        raise click.UsageError("--explain writes OUTPUT.explain.json: give -o OUTPUT, or --explain-to FILE")
    conversion = convert_text_file(text, output, encoding, register, authorities, not no_authority,
                                   explain=explain or explain_to is not None)
    if output is None:
        sys.stdout.buffer.write(tei_bytes(conversion.tree))
    else:
        result = save_tei(conversion.tree, output, force=force)
        if result.backup:
            click.echo(f"{output}: replaced; your edited version is kept in {result.backup}", err=True)
    if explain or explain_to is not None:
        save_explanation(conversion, explain_to or explanation_path(output))


VALIDATE_EPILOG = """\b
Layers (one pass, every problem reported):
  well-formedness  the file is XML (no DTD, no entities); otherwise it cannot be validated
  schema           schema/teikit.xsd: which elements and attributes, in what order, with
                   which values (ISO dates, "#id" pointers, enumerations, unique xml:id)
  rules            schema/teikit.sch (ISO Schematron): pointers resolve, names in the text
                   link to the register, dates are normalised and ordered, unused register
                   entries (warning), required header parts
  tei-all          with --tei-all: the TEI P5 tei_all schema (4.9.0a) and its Schematron

\b
Each problem: FILE:LINE:COL: error|warning: message (at /TEI/path/to/element)
Warnings never make a file invalid.

\b
Exit codes:
  0  success: every file is valid (warnings allowed)
  1  a document is invalid: a file is invalid
  2  usage or input error: a file could not be validated (missing, unreadable,
     malformed XML, DOCTYPE) or a schema could not be loaded"""


@cli.command(epilog=VALIDATE_EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: one JSON document on standard output, for CI systems.")
@click.option("--tei-all", "with_tei_all", is_flag=True,
              help="Also check against the TEI P5 tei_all that teikit ships (P5 4.9.0a; slower).")
def validate(files: tuple[Path, ...], output_format: str, with_tei_all: bool) -> None:
    """Validate TEI FILES: well-formedness, schema/teikit.xsd and schema/teikit.sch in one pass."""
    import json

    from teikit.errors import InputError
    from teikit.validate import validate_file

    debug = click.get_current_context().find_root().obj.get("debug")
    reports, invalid, unreadable = [], False, False
    for path in files:
        try:
            problems = validate_file(path, with_tei_all)
        except InputError as exc:
            if debug:
                raise
            unreadable = True
            reports.append({"file": str(path), "status": "unreadable", "problems": [
                {"path": str(path), "line": exc.line, "column": exc.column, "severity": "error",
                 "message": exc.message, "layer": "well-formedness", "element": ""}]})
            if output_format == "text":
                click.echo(one_line(exc), err=True)
            continue
        failed = any(p.severity == "error" for p in problems)
        invalid |= failed
        reports.append({"file": str(path), "status": "invalid" if failed else "valid",
                        "problems": [p.as_dict() for p in problems]})
        if output_format == "text":
            for problem in problems:
                click.echo(str(problem))
            if not failed:
                click.echo(f"{path}: valid", err=True)
    if output_format == "json":
        click.echo(json.dumps({"valid": not (invalid or unreadable), "files": reports}, ensure_ascii=False, indent=1))
    sys.exit(2 if unreadable else 1 if invalid else 0)


@cli.command(epilog=EXIT_CODES)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "site", type=click.Path(path_type=Path), default=Path("site"),
              show_default=True, help="Folder for the HTML (one subfolder per edition).")
@click.option("--view", "views", multiple=True, type=click.Choice(["reading", "diplomatic", "index"]),
              help="Render only this view (repeatable; default: all three).")
def render(files: tuple[Path, ...], site: Path, views: tuple[str, ...]) -> None:
    """Render HTML views of TEI FILES with the XSLT 3.0 stylesheets.

    Each edition gets OUTPUT/NAME/{reading,diplomatic,index}.html and its registers as
    register.json and register.csv; the shared CSS and JS go to OUTPUT/assets/.
    """
    from teikit.render import VIEWS, render_file

    for path in files:
        for written in render_file(path, site, views or VIEWS):
            click.echo(str(written))


@cli.command(epilog=EXIT_CODES)
@click.option("--project", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Project folder holding seeds/, tei/ and site/.")
@click.option("--reconvert", is_flag=True, help="Convert seeds again even where tei/NAME.xml exists.")
@click.option("--force", is_flag=True, help="With --reconvert, replace TEI files edited by hand (keeps numbered .N.bak copies).")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Worker processes for the documents and the corpus pages [default: all cores].")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the documents and the corpus pages on this dask.distributed scheduler (e.g. "
                   "tcp://host:8786) instead; needs `pip install 'teikit[dask]'` here and on each worker. "
                   "Documents travel as data: a worker needs no access to the project folder.")
def build(project: Path, reconvert: bool, force: bool, jobs: int | None, scheduler: str | None) -> None:
    """The main job: seeds/*.txt → tei/*.xml (if missing) → validation → site/.

    Existing TEI files are never overwritten unless --reconvert (and never an edited one without --force).
    Editions whose TEI, stylesheets and schema are unchanged since their last build are skipped
    ("up to date"); the record is site/.teikit-build.json. An edition that fails is reported and the
    others still build; the exit code is then 2 if one failed on its input (an unreadable file, a
    seed whose name is not a safe edition name), else 1.
    """
    from teikit.batch import default_jobs
    from teikit.build import build as run_build

    debug = click.get_current_context().find_root().obj.get("debug")
    exit_code = 0
    for report in run_build(project, reconvert, force, jobs or default_jobs(), scheduler, sys.stderr):
        if report.backup:
            click.echo(f"{report.tei}: replaced; your edited version is kept in {report.backup}", err=True)
        for problem in report.problems:
            click.echo(str(problem), err=True)
        if report.trace and debug:
            click.echo(report.trace, err=True)
        if report.error:
            click.echo(f"teikit: {report.error}", err=True)
        if report.up_to_date:
            click.echo(f"{report.name}: up to date")
        elif report.ok:
            action = "converted, " if report.converted else ""
            pages = sum(1 for view in report.views if view.suffix == ".html")
            click.echo(f"{report.name}: {action}valid, {pages} views in site/{report.name}/")
        else:
            exit_code = max(exit_code, report.error_exit_code if report.error else 1)
            click.echo(f"{report.name}: FAILED", err=True)
    sys.exit(exit_code)


@cli.command(epilog=EXIT_CODES)
@click.argument("tei", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--project", type=click.Path(path_type=Path, file_okay=False),
              help="Review every tei/*.xml of this project folder [default: the current folder].")
@click.option("--editor", "editor_name", default="the editor", show_default=True,
              help="Your name, for the respStmt the decisions point to (@resp=\"#editor\").")
@click.option("--open", "open_browser", is_flag=True, help="Open the review page in the default browser.")
def review(tei: Path | None, project: Path | None, editor_name: str, open_browser: bool) -> None:
    """Review teikit's markup of TEI (or of a project's tei/*.xml) in the browser.

    Serves a page on 127.0.0.1 at a free port: the text, and the mentions teikit tagged, lowest
    certainty first, to accept, reject, retype, relink or re-span (one, or every identical one).
    Each decision is validated and written to the file itself, changing nothing else. Ctrl-C stops.
    """
    from teikit.review.server import review_files, serve

    if tei is not None and project is not None:
        raise click.UsageError("give a TEI file or --project, not both")
    editions = review_files(tei, project)
    serve(editions, editor_name, open_browser,
          lambda url: click.echo(f"teikit review: {url} (Ctrl-C to stop)"))


@cli.group()
def register() -> None:
    """Registers of persons, places and organisations (listPerson, listPlace, listOrg)."""


@register.command("draft", epilog=EXIT_CODES)
@click.argument("text", type=click.Path(path_type=Path), required=False)
@click.option("--project", type=click.Path(path_type=Path, file_okay=False),
              help="Draft one corpus register for every seeds/*.txt of this project instead of TEXT.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Where to write the draft register (e.g. seeds/NAME.register.xml, seeds/corpus.register.xml).")
@click.option("--encoding", help="Encoding of TEXT if it is not UTF-8 (e.g. cp1252).")
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists (an editor's register is never overwritten otherwise).")
def register_draft(text: Path | None, project: Path | None, output: Path, encoding: str | None,
                   force: bool) -> None:
    """Find the persons, places and organisations of TEXT and write them as a register to review.

    Correct the draft, then run `teikit convert TEXT --register OUTPUT` (or save it beside TEXT as
    NAME.register.xml, where convert finds it). With --project, every text's entries merged into one
    entry per entity, with @cert for each merge and the doubtful ones listed: review it and keep it as
    seeds/corpus.register.xml.
    """
    from teikit.errors import InputError
    from teikit.draft import draft_register
    from teikit.xmlio import serialise_xml, write_atomic

    if (text is None) == (project is None):
        raise click.UsageError("give a TEXT or --project DIR, not both")
    if output.exists() and not force:
        raise InputError("exists; refusing to overwrite a register (use --force)", output)
    if project is not None:
        from teikit.corpus_build import draft_project

        tree = draft_project(project)
    else:
        tree = draft_register(text, encoding)
    write_atomic(output, serialise_xml(tree))
    count = sum(1 for _ in tree.getroot().iter("{*}person", "{*}place", "{*}org"))
    click.echo(f"{output}: {count} entries drafted", err=True)


def main() -> None:
    cli(prog_name="teikit")
