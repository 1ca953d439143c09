"""Batch throughput: `teikit build` over N synthetic seed-sized documents, serial and in parallel.

Each run is a fresh project (every document converted, validated and rendered) built by the real
command in a subprocess, timed from start to exit (start-up and landing page included). Peak memory
is the largest sum of RSS over the command and its workers, sampled every 250 ms (psutil, which
dask.distributed installs; without it, the largest single process from getrusage). Sampling a
process tree every 20 ms took enough CPU to slow a build that keeps both cores busy by ~9 % (a
--jobs 2 speed-up of 1.62 × on 100 documents, 1.77 × timed without sampling). A last run
rebuilds the largest project unchanged, to show what an incremental no-op build costs.

    .venv/bin/python benchmarks/bench_throughput.py [--sizes 10 100] [--large] [--jobs 2]

--large adds the 1,000-document run (a few minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEIKIT = Path(sys.executable).with_name("teikit")
SAMPLE_SECONDS = 0.25


def make_project(folder: Path, count: int, seed: str) -> Path:
    """`count` texts the size of the seed, each moved to its own year and number so none repeats."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for number in range(count):
        year = str(1900 + number % 100)
        text = seed.replace("1929", year).replace("No. 44053", f"No. {10000 + number}")
        (seeds / f"doc-{number:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def tree_rss(pid: int) -> int:
    import psutil

    try:
        parent = psutil.Process(pid)
        processes = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def timed_build(project: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak bytes of memory for one `teikit build --jobs jobs`."""
    command = [str(TEIKIT), "build", "--project", str(project), "--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    try:
        import psutil  # noqa: F401
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(SAMPLE_SECONDS)
    except ImportError:
        pass
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"build failed ({process.returncode}): {stderr.decode()[-2000:]}")
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--large", action="store_true", help="also build 1,000 documents")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    sizes = sorted(set(args.sizes + ([1000] if args.large else [])))
    seed = (ROOT / "seeds" / "blumkin-1929.txt").read_text(encoding="utf-8")
    job_counts = sorted({1, args.jobs})

    print("| documents | jobs | seconds | documents/s | peak memory (MiB) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    seconds_at: dict[tuple[int, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            for jobs in job_counts:
                project = make_project(Path(tmp) / f"n{size}-j{jobs}", size, seed)
                seconds, peak = timed_build(project, jobs)
                seconds_at[size, jobs] = seconds
                print(f"| {size} | {jobs} | {seconds:.2f} | {size / seconds:.1f} | {peak / 2**20:.0f} |",
                      flush=True)
                if (size, jobs) != (sizes[-1], job_counts[-1]):
                    shutil.rmtree(project)
        seconds, peak = timed_build(project, job_counts[-1])
        print(f"| {sizes[-1]} (all up to date) | {job_counts[-1]} | {seconds:.2f} | "
              f"{sizes[-1] / seconds:.1f} | {peak / 2**20:.0f} |")

    print()
    small, large = sizes[0], sizes[-1]
    for jobs in job_counts:
        ratio = seconds_at[large, jobs] / seconds_at[small, jobs]
        print(f"jobs {jobs}: {large} documents take {ratio:.1f} × the time of {small} "
              f"(linear would be {large / small:.0f} ×; target for 1000 vs 10: ≤ 110 ×)")
    if len(job_counts) > 1:
        speedup = seconds_at[large, 1] / seconds_at[large, job_counts[-1]]
        print(f"--jobs {job_counts[-1]} on {large} documents: {speedup:.2f} × the serial throughput "
              "(target with 2 cores: ≥ 1.7 ×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
