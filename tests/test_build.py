"""Building a corpus: in parallel (same bytes as serial), incrementally (unchanged editions are
skipped and say so), on a dask cluster, with a progress bar only on a terminal, and a CLI that starts
without loading the heavy libraries."""

from __future__ import annotations

import gc
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit import render, resources, validate
from teikit.batch import LOG_FROM, SPARE_COLLECTOR_EVERY, progress_bar, run_batch
from teikit.cli import cli
from teikit.incremental import MANIFEST_NAME, STAT_NAME

SYNTHETIC = ("minsk-1931", "odessa-1933", "tiflis-1935")


def synthetic_text(seed: str, year: int) -> str:
    """The seed's text, moved to another year so every synthetic edition has content of its own."""
    return seed.replace("1929", str(year))


def make_corpus(folder: Path, root: Path) -> Path:
    """A project with the seed (and its edition data) plus three synthetic seed-sized texts."""
    shutil.copytree(root / "seeds", folder / "seeds")
    seed = (root / "seeds" / "blumkin-1929.txt").read_text(encoding="utf-8")
    for name in SYNTHETIC:
        year = int(name[-4:])
        (folder / "seeds" / f"{name}.txt").write_text(synthetic_text(seed, year), encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path: Path, root: Path) -> Path:
    return make_corpus(tmp_path / "corpus", root)


def build(project: Path, *args: str):
    result = CliRunner().invoke(cli, ["build", "--project", str(project), *args])
    assert result.exit_code == 0, result.output
    return result


def files_of(project: Path) -> dict[str, bytes]:
    """Every file a build wrote under tei/ and site/, by path relative to the project, but the record
    of the files' sizes and times, which no two builds share."""
    return {path.relative_to(project).as_posix(): path.read_bytes()
            for folder in ("tei", "site") for path in sorted((project / folder).rglob("*"))
            if path.is_file() and path.name != STAT_NAME}


def view_times(project: Path) -> dict[str, int]:
    """When each edition's views were last written."""
    return {path.relative_to(project).as_posix(): path.stat().st_mtime_ns
            for path in (project / "site").glob("*/*.html")}


def site_times(project: Path) -> dict[str, int]:
    """When each file of the site was last written, but the record of the files' sizes and times."""
    return {path.relative_to(project).as_posix(): path.stat().st_mtime_ns
            for path in (project / "site").rglob("*") if path.is_file() and path.name != STAT_NAME}


# ---------------------------------------------------------------- parallel = serial

def test_parallel_build_writes_exactly_the_bytes_of_a_serial_build(tmp_path, root):
    serial = make_corpus(tmp_path / "serial", root)
    parallel = make_corpus(tmp_path / "parallel", root)
    build(serial, "--jobs", "1")
    result = build(parallel, "--jobs", "2")
    for name in ("blumkin-1929", *SYNTHETIC):
        assert f"{name}: converted, valid, 3 views" in result.stdout
    serial_files, parallel_files = files_of(serial), files_of(parallel)
    assert f"site/{SYNTHETIC[0]}/reading.html" in serial_files
    assert serial_files.keys() == parallel_files.keys()
    for path, data in serial_files.items():
        assert parallel_files[path] == data, f"{path} differs between --jobs 1 and --jobs 2"


# ---------------------------------------------------------------- incremental

def test_second_build_skips_every_unchanged_edition_and_says_so(corpus):
    build(corpus)
    before = view_times(corpus)
    result = build(corpus)
    for name in ("blumkin-1929", *SYNTHETIC):
        assert f"{name}: up to date" in result.stdout
    assert view_times(corpus) == before, "an up-to-date edition was rendered again"
    assert (corpus / "site" / MANIFEST_NAME).exists()


def test_a_build_with_nothing_to_do_rewrites_nothing_not_even_the_landing_page_or_search_list(corpus):
    """Pages over all editions are rewritten only when an edition changed: with 10,000 editions,
    rewriting them would read every TEI file on every build."""
    build(corpus)
    before = site_times(corpus)
    build(corpus)
    assert site_times(corpus) == before


def test_an_edit_that_keeps_the_size_and_time_of_a_tei_written_as_the_record_was_is_still_seen(corpus):
    """Sizes and times spare a build from hashing every file, but a file written in the same clock
    tick as the record could have changed after it without its time moving: such a file is hashed."""
    build(corpus)
    tei = corpus / "tei" / f"{SYNTHETIC[1]}.xml"
    written = tei.stat()
    tei.write_bytes(tei.read_bytes().replace(b"</text>\n</TEI>", b"</text> </TEI>"))  # the same size
    os.utime(tei, ns=(written.st_atime_ns, written.st_mtime_ns))
    record = corpus / "site" / STAT_NAME
    os.utime(record, ns=(written.st_mtime_ns, written.st_mtime_ns))  # the record made in that same tick

    result = build(corpus)

    assert f"{SYNTHETIC[1]}: valid, 3 views" in result.stdout
    assert f"{SYNTHETIC[0]}: up to date" in result.stdout


def test_an_edited_tei_file_is_rebuilt_and_the_others_are_not(corpus):
    build(corpus)
    tei = corpus / "tei" / f"{SYNTHETIC[1]}.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("</TEI>", "<!-- checked --></TEI>"),
                   encoding="utf-8")
    result = build(corpus)
    assert f"{SYNTHETIC[1]}: valid, 3 views" in result.stdout
    assert f"{SYNTHETIC[0]}: up to date" in result.stdout
    assert "blumkin-1929: up to date" in result.stdout


def test_a_deleted_view_is_rendered_again(corpus):
    build(corpus)
    (corpus / "site" / "blumkin-1929" / "diplomatic.html").unlink()
    result = build(corpus)
    assert "blumkin-1929: valid, 3 views" in result.stdout
    assert (corpus / "site" / "blumkin-1929" / "diplomatic.html").exists()


def test_reconvert_rebuilds_everything(corpus):
    build(corpus)
    result = build(corpus, "--reconvert")
    assert "up to date" not in result.stdout
    assert result.stdout.count("valid, 3 views") == 1 + len(SYNTHETIC)


@pytest.fixture
def own_toolchain(tmp_path, monkeypatch) -> Path:
    """A copy of teikit's stylesheets and schema that a test may change (TEIKIT_HOME points to it)."""
    home = tmp_path / "home"
    for folder in ("schema", "xslt"):
        shutil.copytree(resources.data_dir(folder), home / folder)
    caches = (resources.data_dir, render.compiled, validate.xsd)
    monkeypatch.setenv("TEIKIT_HOME", str(home))
    for cached in caches:
        cached.cache_clear()
    yield home
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


def test_a_changed_stylesheet_rebuilds_every_edition(corpus, own_toolchain):
    build(corpus, "--jobs", "1")
    stylesheet = own_toolchain / "xslt" / "reading.xsl"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "<!-- restyled -->\n", encoding="utf-8")
    result = build(corpus, "--jobs", "1")
    assert "up to date" not in result.stdout
    assert result.stdout.count("valid, 3 views") == 1 + len(SYNTHETIC)


# ---------------------------------------------------------------- progress

def test_a_build_off_a_terminal_prints_no_progress_bar(corpus):
    result = build(corpus, "--jobs", "1")
    assert "doc/s" not in result.stderr and "%|" not in result.stderr
    assert "it/s" not in result.stdout


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_counts_on_a_terminal_only():
    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        with progress_bar(3, stream, delay=0) as bar:
            bar.update(3)
    assert "0/3" in shown.getvalue() and "doc/s" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_a_long_batch_logs_a_line_per_document_off_a_terminal_and_says_how_fast_it_went():
    words = [f"word{number}" for number in range(LOG_FROM)]
    log = io.StringIO()
    lengths = run_batch(len, words, jobs=2, progress=log, label=lambda length: f"{length} letters")
    lines = log.getvalue().splitlines()
    assert lengths == [len(word) for word in words]
    assert sorted(lines[:-1]) == sorted(f"[{done}/{LOG_FROM}] {length} letters"
                                        for done, length in enumerate(lengths, 1))
    assert re.fullmatch(rf"{LOG_FROM} documents in \d+\.\d s \(\d+\.\d docs/s\)", lines[-1])


def test_a_short_batch_and_a_terminal_get_no_log_lines():
    short, terminal = io.StringIO(), Terminal()
    run_batch(len, ["a", "bb"], jobs=1, progress=short)
    run_batch(len, ["a"] * LOG_FROM, jobs=1, progress=terminal)
    assert short.getvalue() == "" and "[1/" not in terminal.getvalue()


class Report:
    """What a batch keeps of one item: an object the cycle collector would otherwise walk."""

    def __init__(self, number: int):
        self.number, self.lines = number, [number]


def test_a_long_batch_keeps_what_earlier_items_left_out_of_the_collectors_passes():
    """A serial build of 10,000 documents slowed as it went: every full collection walked every report
    kept so far. What the batch keeps is frozen as it goes, and given back at its end."""
    assert gc.get_freeze_count() == 0
    walked: list[bool] = []

    def build_one(number: int) -> Report:
        alive = {id(report) for report in gc.get_objects() if isinstance(report, Report)}
        walked.append(bool(kept) and id(kept[0]) in alive)
        return Report(number)

    kept: list[Report] = []
    run_batch(build_one, range(2 * SPARE_COLLECTOR_EVERY), jobs=1, progress=io.StringIO(),
              finish=lambda report: kept.append(report) or report)
    assert walked[1:] == [False] * (len(walked) - 1)  # the first item's report, from the second item on
    assert gc.get_freeze_count() == 0
    assert any(isinstance(o, Report) for o in gc.get_objects())  # given back: collectable again


def test_a_process_that_froze_objects_of_its_own_keeps_them_frozen_through_a_batch():
    own = Report(0)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        run_batch(Report, range(SPARE_COLLECTOR_EVERY + 2), jobs=1, progress=io.StringIO())
        alive = [o for o in gc.get_objects() if isinstance(o, Report)]
        assert own not in alive and gc.get_freeze_count() <= frozen  # not given back, nothing more frozen
    finally:
        gc.unfreeze()


# ---------------------------------------------------------------- beyond one machine

def test_build_on_a_dask_cluster_writes_what_a_local_build_writes(tmp_path, root):
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed "
                                                            "(pip install 'teikit[dask]')")
    local = make_corpus(tmp_path / "local", root)
    remote = make_corpus(tmp_path / "remote", root)
    build(local, "--jobs", "1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = build(remote, "--scheduler", cluster.scheduler_address)
    assert result.stdout.count("converted, valid, 3 views") == 1 + len(SYNTHETIC)
    assert files_of(remote) == files_of(local)


# ---------------------------------------------------------------- start-up

def test_help_loads_no_heavy_library():
    heavy = ("lxml", "xmlschema", "saxonche", "tqdm", "dask", "distributed", "teikit.pipeline", "teikit.build")
    probe = ("import sys\n"
             "from teikit.cli import cli\n"
             "for args in (['--help'], ['build', '--help']):\n"
             "    try:\n"
             "        cli(args, prog_name='teikit')\n"
             "    except SystemExit:\n"
             "        pass\n"
             f"print(' '.join(m for m in {heavy!r} if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "--jobs" in result.stdout
    assert result.stdout.splitlines()[-1] == "", f"imported by --help: {result.stdout.splitlines()[-1]}"


def test_build_indexes_every_edition_for_search_and_a_query_finds_its_passages(corpus):
    """The site lists its editions for search, and each edition's index, beside its views, is lunr's:
    lunr.py (the same algorithm lunr.js runs in the page) finds a word of one edition in that edition
    only, and the TEI is beside the views byte for byte."""
    import json

    from lunr.index import Index

    def script_data(path: Path) -> dict:
        text = path.read_text(encoding="utf-8")  # WHERE = {…};
        return json.loads(text[text.index(" = {") + 3:].rstrip().removesuffix(";"))

    build(corpus, "--jobs", "1")
    listed = script_data(corpus / "site" / "assets" / "search-index.js")["editions"]
    assert listed == sorted(["blumkin-1929", *SYNTHETIC])
    assert (corpus / "site" / "assets" / "lunr.js").read_text(encoding="utf-8").lstrip().startswith("/**")
    found_in = {name for name in listed
                if Index.load(script_data(corpus / "site" / name / "search.js")["index"]).search("1933")}
    assert found_in == {"odessa-1933"}
    for name in ("blumkin-1929", *SYNTHETIC):
        assert (corpus / "site" / name / f"{name}.xml").read_bytes() == (corpus / "tei" / f"{name}.xml").read_bytes()


def test_a_text_converted_by_the_build_is_validated_once_as_it_is_written(tmp_path, seed_text, monkeypatch):
    from teikit.build import build

    (tmp_path / "seeds").mkdir()
    shutil.copy(seed_text, tmp_path / "seeds" / "memo.txt")
    validated = []
    schema_problems = validate.schema_problems
    monkeypatch.setattr(validate, "schema_problems",
                        lambda tree, *args: validated.append(tree) or schema_problems(tree, *args))

    [report] = build(tmp_path)

    assert report.ok and report.converted and len(validated) == 1
    assert validate.validate_file(report.tei) == report.problems  # as if the file had been read back
