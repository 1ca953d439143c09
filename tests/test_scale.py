"""Building on a dask cluster whose workers share no folder with the project: the tasks carry the
documents, so `teikit build --project . --scheduler ADDRESS` writes what a serial build writes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed "
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


def teikit_build(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`teikit build --project .` run inside the project folder, as a user types it there."""
    result = subprocess.run([sys.executable, "-m", "teikit", "build", "--project", ".", *args], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def files_of(project: Path) -> dict[str, bytes]:
    return {path.relative_to(project).as_posix(): path.read_bytes()
            for folder in ("tei", "site") for path in sorted((project / folder).rglob("*")) if path.is_file()}


@pytest.mark.slow
def test_workers_in_another_folder_build_a_relative_project_as_a_serial_build_does(tmp_path, monkeypatch):
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


def first(found, within: float = 120.0):
    """Poll `found()` until it gives something (a bound, not a timing: the build is slower than this)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("nothing happened")


@pytest.mark.slow
def test_a_worker_killed_mid_build_loses_nothing_and_the_output_is_a_serial_builds(tmp_path, monkeypatch):
    serial = project_of_letters(tmp_path / "serial", "ashby", "brandt", "collier", "dunmore")
    spread = tmp_path / "spread"
    shutil.copytree(serial, spread)
    teikit_build(serial, "--jobs", "1")

    monkeypatch.chdir(tmp_path)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        process_of = client.run(os.getpid)
        build = subprocess.Popen([sys.executable, "-m", "teikit", "build", "--project", ".", "--scheduler",
                                  cluster.scheduler_address], cwd=spread, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        busy = first(lambda: next((worker for worker, tasks in client.processing().items() if tasks), None))
        os.kill(process_of[busy], signal.SIGKILL)  # its tasks are run again on the other worker
        stdout, stderr = build.communicate(timeout=300)

    assert build.returncode == 0, stderr
    assert stdout.count("converted, valid, 3 views") == 4, stdout + stderr
    assert files_of(spread) == files_of(serial)
