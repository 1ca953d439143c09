"""Building on a dask cluster whose workers share no folder with the project: the tasks carry the
documents, so `teikit build --project . --scheduler ADDRESS` writes what a serial build writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from teikit.incremental import STAT_NAME
from teikit.build import build
from teikit.tasks import build_document, document_inputs, write_outputs


@pytest.fixture
def distributed():
    return pytest.importorskip("distributed", reason="dask.distributed is not installed "
                                                     "(pip install 'teikit[dask]')")

LETTER = """\
Dear Mr {name},

I write from Riga, where the ice has kept every ship in port since Tuesday. Mrs Halloran asks after
your brother and the books he promised to send to the library in Vilnius.

The committee meets again on the fourth of March; bring the accounts.

Yours sincerely,
Edith Carraway
"""


def project_of_letters(folder: Path, *names: str) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for name in names:
        (folder / "seeds" / f"{name}.txt").write_text(LETTER.format(name=name.title()), encoding="utf-8")
    return folder


def dated_letters(folder: Path) -> Path:
    """Three letters of three years: a corpus with a page per kind, per year and per entry."""
    project = project_of_letters(folder, "ashby", "brandt", "collier")
    for number, seed in enumerate(sorted((project / "seeds").glob("*.txt")), 1):
        seed.write_text(f"Riga, {number} January 193{number}\n\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    return project


def teikit_build(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`teikit build --project .` run inside the project folder, as a user types it there."""
    result = subprocess.run([sys.executable, "-m", "teikit", "build", "--project", ".", *args], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def hand_edit(tei: Path, words: str) -> bytes:
    """An encoder's edit: a comment before the header."""
    data = tei.read_bytes().replace(b"<teiHeader", f"<!-- {words} --><teiHeader".encode(), 1)
    tei.write_bytes(data)
    return data


def test_forcing_over_an_edited_tei_in_worker_processes_keeps_the_edit_in_a_backup(tmp_path):
    project = project_of_letters(tmp_path / "letters", "ashby", "brandt")
    build(project, jobs=2)
    tei = project / "tei" / "ashby.xml"
    edited = hand_edit(tei, "checked against the carbon copy")

    reports = build(project, reconvert=True, force=True, jobs=2)

    assert [(report.name, report.ok, report.backup) for report in reports] == [
        ("ashby", True, tei.with_name("ashby.xml.1.bak")), ("brandt", True, None)]
    assert tei.with_name("ashby.xml.1.bak").read_bytes() == edited
    assert b"checked against the carbon copy" not in tei.read_bytes()


def test_an_edit_made_while_a_worker_builds_is_kept_and_the_edition_says_so(tmp_path):
    project = project_of_letters(tmp_path / "letters", "ashby")
    build(project, jobs=1)
    inputs = document_inputs(project / "seeds" / "ashby.txt", project, reconvert=True, force=False, corpus=False)
    outputs = build_document(inputs)  # on a worker, meanwhile…
    edited = hand_edit(project / "tei" / "ashby.xml", "added while the build ran")

    report = write_outputs(outputs, inputs, project)

    assert report.error == f"{project / 'tei' / 'ashby.xml'}: changed while it was being built; build again"
    assert (project / "tei" / "ashby.xml").read_bytes() == edited


def files_of(project: Path) -> dict[str, bytes]:
    """What a build wrote, but the record of the files' sizes and times, which no two builds share."""
    return {path.relative_to(project).as_posix(): path.read_bytes()
            for folder in ("tei", "site") for path in sorted((project / folder).rglob("*"))
            if path.is_file() and path.name != STAT_NAME}


@pytest.mark.slow
def test_workers_in_another_folder_build_a_relative_project_as_a_serial_build_does(tmp_path, monkeypatch,
                                                                                   distributed):
    serial = project_of_letters(tmp_path / "serial", "ashby", "brandt", "collier")
    spread = tmp_path / "spread"
    shutil.copytree(serial, spread)  # the same texts, with the same dates
    teikit_build(serial, "--jobs", "1")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the workers start here: seeds/ is nowhere they can see
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = teikit_build(spread, "--scheduler", cluster.scheduler_address)

    assert result.stdout.count("converted, valid, 3 views") == 3, result.stdout + result.stderr
    assert files_of(spread) == files_of(serial)
    assert not any(elsewhere.iterdir())


def test_the_help_of_build_tells_a_user_the_workers_need_no_project_folder():
    """Who reads `teikit build --help` before setting up a cluster learns what a worker needs: teikit,
    not the project folder (the documents travel as data, as the test above shows)."""
    from click.testing import CliRunner

    from teikit.cli import cli

    shown = " ".join(CliRunner().invoke(cli, ["build", "--help"]).output.split())
    assert "needs no access to the project folder" in shown
    assert "visible to every worker" not in shown


def first(found, within: float = 120.0):
    """Poll `found()` until it gives something (a bound, not a timing: the build is slower than this)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("nothing happened")


@contextmanager
def workers_without_nannies(folder: Path, count: int = 2):
    """A `dask scheduler` and `count` `dask worker --no-nanny` processes, as docs/scale.md advises
    starting them for teikit: no process watches a worker and restarts it. Yields the address."""
    folder.mkdir()
    address_file = folder / "scheduler.json"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": folder}
    processes = [subprocess.Popen([*dask, "--port", "0", "--no-dashboard", "--scheduler-file", str(address_file)],
                                  **quiet)]
    try:
        first(lambda: address_file.exists() and address_file.stat().st_size)
        time.sleep(0.2)  # written whole, but give it a moment
        address = json.loads(address_file.read_text())["address"]
        processes += [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--no-nanny",
                                        "--nthreads", "1", "--no-dashboard"], **quiet) for _ in range(count)]
        yield address
    finally:  # the workers first: one whose scheduler has gone waits for it
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def two_workers(folder: Path, distributed, nannies: bool):
    """A cluster of two single-threaded worker processes, with a nanny each or without; yields the
    scheduler's address."""
    if nannies:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster:
            yield cluster.scheduler_address
    else:
        with workers_without_nannies(folder) as address:
            yield address


@pytest.mark.slow
@pytest.mark.parametrize("nannies", [True, False], ids=["with nannies", "without nannies"])
def test_a_worker_killed_mid_build_loses_nothing_and_the_output_is_a_serial_builds(tmp_path, monkeypatch,
                                                                                   distributed, nannies):
    serial = project_of_letters(tmp_path / "serial", "ashby", "brandt", "collier", "dunmore")
    spread = tmp_path / "spread"
    shutil.copytree(serial, spread)
    teikit_build(serial, "--jobs", "1")

    monkeypatch.chdir(tmp_path)
    with two_workers(tmp_path / "cluster", distributed, nannies) as address, distributed.Client(address) as client:
        client.wait_for_workers(2, timeout=120)
        process_of = client.run(os.getpid)
        build = subprocess.Popen([sys.executable, "-m", "teikit", "build", "--project", ".", "--scheduler",
                                  address], cwd=spread, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        busy = first(lambda: next((worker for worker, tasks in client.processing().items() if tasks), None))
        os.kill(process_of[busy], signal.SIGKILL)  # its tasks are run again on the other worker
        stdout, stderr = build.communicate(timeout=300)

    assert build.returncode == 0, stderr
    assert stdout.count("converted, valid, 3 views") == 4, stdout + stderr
    assert files_of(spread) == files_of(serial)


def test_a_build_in_worker_processes_holds_a_few_documents_at_a_time_not_the_whole_project(tmp_path,
                                                                                             monkeypatch):
    import teikit.tasks
    from teikit.batch import IN_FLIGHT_PER_WORKER

    project = project_of_letters(tmp_path / "letters", "ashby", "brandt", "collier", "dunmore", "ellery",
                                 "fenwick")
    read, held_at_each_write = [], []

    def read_and_note(text, *args):
        read.append(text.stem)
        return document_inputs(text, *args)

    def write_and_note(outputs, *args):
        held_at_each_write.append(len(read) - len(held_at_each_write))
        return write_outputs(outputs, *args)

    monkeypatch.setattr(teikit.tasks, "document_inputs", read_and_note)
    monkeypatch.setattr(teikit.tasks, "write_outputs", write_and_note)
    reports = build(project, jobs=2)

    assert all(report.ok for report in reports) and len(held_at_each_write) == 6
    assert max(held_at_each_write) <= IN_FLIGHT_PER_WORKER * 2 < 6


def test_a_batch_on_a_dask_cluster_sends_a_few_items_per_worker_at_a_time(distributed):
    from teikit.batch import IN_FLIGHT_PER_WORKER, run_batch

    drawn, held_at_each_result = [], []

    def words():
        for number in range(12):
            drawn.append(number)
            yield f"word{number}"

    def note(length):
        held_at_each_result.append(len(drawn) - len(held_at_each_result))
        return length

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        lengths = run_batch(len, words(), scheduler=cluster.scheduler_address, finish=note, total=12)

    assert lengths == [len(f"word{number}") for number in range(12)]
    assert max(held_at_each_result) <= IN_FLIGHT_PER_WORKER * 2 < 12


def test_a_long_batch_on_a_dask_cluster_sends_its_items_a_few_to_a_task_and_shows_each(distributed, capsys):
    """Every task costs the scheduler and the client the same few milliseconds, however small it is:
    a long batch shares that cost among a few documents; its results and its progress are per item."""
    from teikit.batch import ITEMS_PER_TASK, run_batch

    words = [f"word{number}" for number in range(64)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as observer, distributed.get_task_stream(observer) as tasks:
        lengths = run_batch(len, iter(words), scheduler=cluster.scheduler_address, total=len(words),
                            progress=sys.stderr, label=lambda length: f"length {length}")

    assert lengths == [len(word) for word in words]
    assert len(tasks.data) == len(words) // ITEMS_PER_TASK
    logged = capsys.readouterr().err.splitlines()
    assert logged[:2] == ["[1/64] length 5", "[2/64] length 5"]
    assert logged[-2:-1] == ["[64/64] length 6"]


def test_a_corpus_gets_the_landing_page_and_cmif_its_tei_files_read_in_full_would_give(tmp_path):
    from teikit.build import write_landing_page
    from teikit.correspondence import write_cmif
    from teikit.xmlio import parse_xml

    project = project_of_letters(tmp_path / "letters", "ashby", "brandt", "collier")
    assert all(report.ok for report in build(project))

    tei = sorted((project / "tei").glob("*.xml"))
    whole = tmp_path / "from-the-tei"
    write_landing_page(whole, tei)
    write_cmif(whole, [(path, parse_xml(path).getroot()) for path in tei])
    assert (project / "site" / "index.html").read_bytes() == (whole / "index.html").read_bytes()
    assert (project / "site" / "cmif.xml").read_bytes() == (whole / "cmif.xml").read_bytes()
    assert b"<persName>Brandt</persName>" in (whole / "cmif.xml").read_bytes()


def test_a_rebuild_of_one_edition_reads_no_other_tei_file_for_the_pages_over_all_editions(tmp_path,
                                                                                           monkeypatch):
    import teikit.build
    import teikit.correspondence
    from teikit.xmlio import parse_xml

    project = project_of_letters(tmp_path / "letters", "ashby", "brandt", "collier")
    build(project)
    hand_edit(project / "tei" / "ashby.xml", "checked against the carbon copy")
    read = []

    def parse_and_note(path, *args, **kwargs):
        read.append(Path(path).resolve())
        return parse_xml(path, *args, **kwargs)

    monkeypatch.setattr(teikit.build, "parse_xml", parse_and_note)
    monkeypatch.setattr(teikit.correspondence, "parse_xml", parse_and_note, raising=False)
    reports = build(project)

    assert [report.up_to_date for report in reports] == [False, True, True]
    assert b"checked against the carbon copy" in (project / "site" / "ashby" / "ashby.xml").read_bytes()
    others = {(project / "tei" / f"{name}.xml").resolve() for name in ("brandt", "collier")}
    assert read and not others & set(read)


def test_a_rebuild_reads_each_editions_extract_once_for_the_landing_page_and_cmif(tmp_path, monkeypatch):
    import teikit.build
    from teikit.xmlio import parse_xml

    project = project_of_letters(tmp_path / "letters", "ashby", "brandt", "collier")
    build(project)
    hand_edit(project / "tei" / "ashby.xml", "dated from the postmark")
    read = []

    def parse_and_note(path, *args, **kwargs):
        read.append(Path(path).relative_to(project).as_posix())
        return parse_xml(path, *args, **kwargs)

    monkeypatch.setattr(teikit.build, "parse_xml", parse_and_note)
    build(project)

    assert sorted(read) == [f"site/{name}/corpus.xml" for name in ("ashby", "brandt", "collier")]
    assert b"dated from the postmark" in (project / "site" / "ashby" / "ashby.xml").read_bytes()


def test_the_corpus_step_keeps_the_editions_dates_and_mentions_on_disk_and_the_chronology_its_years(tmp_path):
    """At 10,000 editions their dates and mentions would fill the memory: they wait in a database on
    disk, each page reads the few it shows, and the chronology is given its years, not every date."""
    import sqlite3
    from contextlib import closing

    from teikit.corpus_build import C, corpus_document, page_documents
    from teikit.xmlio import parse_xml

    project = dated_letters(tmp_path / "letters")
    build(project)
    extracts = sorted((project / "site").glob("*/corpus.xml"))
    dated = sum(len(parse_xml(path).getroot().findall(f"{C}date")) for path in extracts)

    with closing(sqlite3.connect("")) as store:
        corpus = corpus_document(extracts, store)
        parts = dict(page_documents(corpus))
        stored = store.execute("SELECT count(*) FROM dates").fetchone()[0]

    chronology = parts[("chronology",)].getroot()
    assert stored == dated > 0
    assert not chronology.findall(f".//{C}date")
    years = {year.get("n"): int(year.get("dates")) for year in chronology.iter(f"{C}year")}
    assert sorted(years) == ["1931", "1932", "1933"] and sum(years.values()) == dated


def test_a_year_dated_by_more_editions_than_saxon_has_prefixes_for_still_gets_its_page(tmp_path):
    """A year of a 10,000-edition corpus holds thousands of editions' dates: its part must not give each
    edition's extract a namespace prefix of its own (Saxon's parser takes 2,047 in one document; the
    first 10,000-document build stopped there)."""
    import sqlite3
    from contextlib import closing
    from dataclasses import replace

    from teikit.corpus_build import corpus_document, part_rows, render_part

    project = dated_letters(tmp_path / "letters")
    build(project)
    with closing(sqlite3.connect("")) as store:
        corpus = corpus_document(sorted((project / "site").glob("*/corpus.xml")), store)
        pages, rows = next(part for part in part_rows(corpus) if part[0][0].startswith("chronology-"))
    attributes, dates = rows.extracts[0]
    many = tuple(({**attributes, "n": f"edition-{n:04d}", "title": f"edition-{n:04d}"}, dates) for n in range(2100))

    page = render_part((pages, replace(rows, extracts=many)))[pages[0]].decode()

    assert page.count("edition-2099") >= 1 and page.count("edition-0000") >= 1


# ---------------------------------------------------------------- the corpus step on the workers

@pytest.fixture(scope="module")
def dated_corpus(tmp_path_factory) -> Path:
    """`dated_letters` built serially, once."""
    project = dated_letters(tmp_path_factory.mktemp("dated") / "letters")
    assert all(report.ok for report in build(project, jobs=1))
    return project


def corpus_pages(site: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((site / "corpus").iterdir())}


def site_without_corpus_pages(project: Path, folder: Path) -> tuple[Path, list[str]]:
    """A copy of a built project's site with no corpus pages, and its editions."""
    site = shutil.copytree(project / "site", folder / "site")
    shutil.rmtree(site / "corpus")
    return site, sorted(path.parent.name for path in site.glob("*/corpus.xml"))


@pytest.mark.parametrize("spread", ["jobs", "dask"])
def test_the_corpus_pages_rendered_on_workers_are_a_serial_builds_byte_for_byte(dated_corpus, tmp_path,
                                                                                 monkeypatch, spread):
    import teikit.batch
    import teikit.corpus_build

    project = dated_letters(tmp_path / "letters")
    batches, run_batch = [], teikit.batch.run_batch

    def run_and_note(function, *args, **kwargs):
        batches.append(function.__name__)
        return run_batch(function, *args, **kwargs)

    monkeypatch.setattr(teikit.batch, "run_batch", run_and_note)
    monkeypatch.setattr(teikit.corpus_build, "WORKERS_FROM_EDITIONS", 1)  # three letters stand for a large corpus
    if spread == "jobs":
        reports = build(project, jobs=2)
    else:
        distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster:
            reports = build(project, scheduler=cluster.scheduler_address)

    assert all(report.ok for report in reports)
    assert batches == ["build_document", "render_part"]
    pages = corpus_pages(project / "site")
    assert len(pages) == 14 and pages == corpus_pages(dated_corpus / "site")


def test_the_corpus_step_on_workers_cuts_each_part_only_as_a_worker_is_about_to_take_it(dated_corpus, tmp_path,
                                                                                         monkeypatch):
    import teikit.corpus_build
    import teikit.xmlio
    from teikit.batch import IN_FLIGHT_PER_WORKER
    from teikit.corpus_build import part_rows, write_corpus_pages

    site, editions = site_without_corpus_pages(dated_corpus, tmp_path)
    drawn, drawn_at_each_write, write_atomic = [], [], teikit.xmlio.write_atomic

    def cut_and_note(corpus):
        for part in part_rows(corpus):
            drawn.append(part[0])
            yield part

    def write_and_note(path, data):
        drawn_at_each_write.append(len(drawn))
        write_atomic(path, data)

    monkeypatch.setattr(teikit.corpus_build, "part_rows", cut_and_note)
    monkeypatch.setattr(teikit.corpus_build, "WORKERS_FROM_EDITIONS", 1)
    monkeypatch.setattr(teikit.xmlio, "write_atomic", write_and_note)
    write_corpus_pages(site, editions, jobs=2)

    assert drawn_at_each_write[0] <= IN_FLIGHT_PER_WORKER * 2 < len(drawn) == 12
    assert corpus_pages(site) == corpus_pages(dated_corpus / "site")


def test_a_part_that_fails_on_a_worker_is_one_error_as_in_a_serial_build(dated_corpus, tmp_path, monkeypatch):
    import teikit.corpus_build
    from teikit.corpus_build import write_corpus_pages
    from teikit.errors import TeikitError

    monkeypatch.setattr(teikit.corpus_build, "WORKERS_FROM_EDITIONS", 1)
    site, editions = site_without_corpus_pages(dated_corpus, tmp_path)
    extract = site / "ashby" / "corpus.xml"  # a date too deep for Saxon: its year's part cannot be read
    deep = "<c:hi>" * 110 + "1 January 1931" + "</c:hi>" * 110
    extract.write_text(extract.read_text(encoding="utf-8").replace(">1 January 1931</c:date>", f">{deep}</c:date>"),
                       encoding="utf-8")

    for jobs in (1, 2):
        with pytest.raises(TeikitError, match="is nested 1[0-9][0-9] elements deep"):
            write_corpus_pages(site, editions, jobs=jobs)


def test_a_worker_that_dies_during_the_corpus_step_is_one_error_not_a_hang(dated_corpus, tmp_path, monkeypatch):
    import multiprocessing

    import teikit.corpus_build
    import teikit.xmlio
    from teikit.corpus_build import write_corpus_pages
    from teikit.errors import TeikitError

    site, editions = site_without_corpus_pages(dated_corpus, tmp_path)
    write_atomic = teikit.xmlio.write_atomic
    monkeypatch.setattr(teikit.corpus_build, "WORKERS_FROM_EDITIONS", 1)

    def kill_a_worker_then_write(path, data):
        for worker in multiprocessing.active_children():
            try:
                os.kill(worker.pid, signal.SIGKILL)
                break
            except ProcessLookupError:
                continue  # a child that had just exited as it was listed: kill the next one
        write_atomic(path, data)

    monkeypatch.setattr(teikit.xmlio, "write_atomic", kill_a_worker_then_write)
    with pytest.raises(TeikitError, match="the corpus pages were not made on the workers: BrokenProcessPool"):
        write_corpus_pages(site, editions, jobs=2)


def test_a_small_corpus_makes_its_pages_in_process_even_with_jobs(dated_corpus, tmp_path, monkeypatch):
    import teikit.batch
    from teikit.corpus_build import write_corpus_pages

    site, editions = site_without_corpus_pages(dated_corpus, tmp_path)
    monkeypatch.setattr(teikit.batch, "run_batch", lambda *args, **kwargs: pytest.fail("no worker pool for 3 letters"))
    write_corpus_pages(site, editions, jobs=2)
    assert corpus_pages(site) == corpus_pages(dated_corpus / "site")



# ---------------------------------------------------------------- the merge while the documents build

def letters_of_one_day(folder: Path) -> Path:
    """Three letters written on one day, named so that their seeds and their extracts sort apart
    ("a-b.txt" before "a.txt", but "site/a/corpus.xml" before "site/a-b/corpus.xml": a serial build
    takes them in the seeds' order): a year's page lists the three dates in the order of the
    extracts, and each copies the same register entries."""
    project = project_of_letters(folder, "a", "a-b", "b")
    for seed in (project / "seeds").glob("*.txt"):
        seed.write_text("Riga, 1 January 1931\n\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def one_day(tmp_path_factory) -> Path:
    """`letters_of_one_day` built serially, once, as the build did before it read extracts early."""
    project = letters_of_one_day(tmp_path_factory.mktemp("one-day") / "letters")
    assert all(report.ok for report in build(project, jobs=1))
    return project


def noting_arrivals_and_reads(monkeypatch) -> list[tuple[str, str]]:
    """The build's events in order: ("arrived", line) as each document's result is taken in, ("read",
    edition) as the corpus step reads an edition's extract."""
    import teikit.batch
    import teikit.xmlio

    events, parse_xml, update = [], teikit.xmlio.parse_xml, teikit.batch.Progress.update

    def parse_and_note(path, *args, **kwargs):
        if Path(path).name == "corpus.xml":
            events.append(("read", Path(path).parent.name))
        return parse_xml(path, *args, **kwargs)

    def update_and_note(self, finished):
        events.append(("arrived", self.label(finished)))
        update(self, finished)

    monkeypatch.setattr(teikit.xmlio, "parse_xml", parse_and_note)
    monkeypatch.setattr(teikit.batch.Progress, "update", update_and_note)
    return events


def arriving_shuffled(monkeypatch, order: list[int]) -> None:
    """A serial build whose results are taken in (written, read into the corpus) in `order`, as a
    cluster's workers may return them, and still reported in input order."""
    import teikit.batch

    def run_and_finish_in_order(function, items, kwargs, finish, bar):
        results = [function(item, **kwargs) for item in items]
        finished = [None] * len(results)
        for index in order:
            finished[index] = finish(results[index])
            bar.update(finished[index])
        return finished

    monkeypatch.setattr(teikit.batch, "run_serial", run_and_finish_in_order)


def test_the_corpus_step_reads_each_extract_as_its_document_arrives_not_after_the_last(one_day, tmp_path,
                                                                                          monkeypatch):
    """With workers, the client waits between results: it reads each edition's extract then, so that
    after the last document only the merge and the pages are left."""
    project = letters_of_one_day(tmp_path / "letters")
    events = noting_arrivals_and_reads(monkeypatch)
    reports = build(project, jobs=2)

    assert all(report.ok for report in reports)
    arrived = [n for n, (event, _) in enumerate(events) if event == "arrived"]
    reads = [n for n, (event, _) in enumerate(events) if event == "read"]
    assert len(arrived) == len(reads) == 3
    assert reads[0] < arrived[1] and reads[1] < arrived[2]  # each read before the next document arrived
    assert corpus_pages(project / "site") == corpus_pages(one_day / "site")


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0], [1, 2, 0]], ids=["seeds' order", "reversed", "a first"])
def test_documents_arriving_in_any_order_give_the_corpus_pages_of_a_serial_build_byte_for_byte(one_day, tmp_path,
                                                                                                monkeypatch, order):
    project = letters_of_one_day(tmp_path / "letters")
    arriving_shuffled(monkeypatch, order)
    events = noting_arrivals_and_reads(monkeypatch)
    reports = build(project, jobs=1)

    seeds = ["a-b", "a", "b"]  # "a-b.txt" before "a.txt", but site/a/ before site/a-b/
    assert [report.name for report in reports] == seeds and all(report.ok for report in reports)
    assert [name for event, name in events if event == "read"] == [seeds[n] for n in order]
    pages = corpus_pages(project / "site")
    assert pages == corpus_pages(one_day / "site")
    assert pages["chronology-1931.html"].count(b"1931-01-01") >= 3  # one year's page, the three letters' dates


@pytest.mark.parametrize("order", [[1, 0, 2], [2, 1, 0]], ids=["a-b first", "reversed"])
def test_extracts_read_in_any_order_are_cut_into_the_parts_reading_them_in_order_gives(one_day, order):
    """Not only the pages: each part the stylesheet reads is the same, a year's dates in the order of
    the extracts (the stylesheet sorts them by day and edition today; a part that kept the arrival
    order would change a page the day it no longer did)."""
    import sqlite3
    from contextlib import closing

    from lxml import etree

    from teikit.corpus_build import CorpusExtracts, corpus_document, page_documents

    extracts = sorted((one_day / "site").glob("*/corpus.xml"))
    assert [path.parent.name for path in extracts] == ["a", "a-b", "b"]

    def parts(corpus) -> list[tuple[tuple[str, ...], bytes]]:
        return [(pages, etree.tostring(part)) for pages, part in page_documents(corpus)]

    with closing(sqlite3.connect("")) as in_order, closing(sqlite3.connect("")) as shuffled:
        expected = parts(corpus_document(extracts, in_order))
        gathered = CorpusExtracts(shuffled)
        for index in order:
            gathered.read(extracts[index])
        got = parts(gathered.document())

    year = dict(expected)[("chronology-1931",)]
    assert year.index(b'n="a"') < year.index(b'n="a-b"') < year.index(b'n="b"')
    assert got == expected


def test_a_document_that_fails_leaves_the_corpus_pages_of_the_last_complete_build(one_day, tmp_path, monkeypatch):
    """Its extract is not produced: the corpus pages keep what the last complete build wrote, with
    workers as serially, and once it builds again the pages are a serial build's."""
    project = letters_of_one_day(tmp_path / "letters")
    assert all(report.ok for report in build(project, jobs=1))
    before = corpus_pages(project / "site")
    tei = project / "tei" / "a-b.xml"
    good = tei.read_bytes()
    tei.write_bytes(good.replace(b"</teiHeader>", b"</teiHeader", 1))  # malformed: the edition fails
    hand_edit(project / "tei" / "a.xml", "read again")
    events = noting_arrivals_and_reads(monkeypatch)

    reports = build(project, jobs=2)

    assert [report.ok for report in reports] == [False, True, True]  # a-b, a, b
    assert ("read", "a-b") not in events
    assert corpus_pages(project / "site") == before
    tei.write_bytes(good)
    assert all(report.ok for report in build(project, jobs=2))
    assert corpus_pages(project / "site") == corpus_pages(one_day / "site")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rebuild_reads_the_unchanged_editions_extracts_while_the_changed_ones_build(one_day, tmp_path,
                                                                                       monkeypatch, jobs):
    """The editions the incremental build skips have their extracts from an earlier build: they are read
    as the rebuilt ones' results arrive, a share with each, and the pages are a full build's."""
    project = letters_of_one_day(tmp_path / "letters")
    assert all(report.ok for report in build(project, jobs=1))
    for name in ("a-b", "b"):
        hand_edit(project / "tei" / f"{name}.xml", "checked against the original")
    events = noting_arrivals_and_reads(monkeypatch)

    reports = build(project, jobs=jobs)

    assert [report.up_to_date for report in reports] == [False, True, False]  # a-b, a, b
    first_arrival = events.index(next(event for event in events if event[0] == "arrived"))
    assert ("read", "a") in events[:first_arrival]
    assert sorted(name for event, name in events if event == "read") == ["a", "a-b", "b"]
    assert b"checked against the original" in (project / "site" / "b" / "b.xml").read_bytes()
    assert corpus_pages(project / "site") == corpus_pages(one_day / "site")
