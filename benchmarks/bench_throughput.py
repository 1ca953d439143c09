"""Batch throughput: `teikit build` over N synthetic seed-sized documents, serially, with `--jobs N`
and on a local dask cluster whose workers share no folder with the project.

Each run is a fresh project (every document converted, validated and rendered) built by the real
command in a subprocess, timed from start to exit (start-up, landing page, corpus pages and CMIF
included). Modes:

* `serial`: `teikit build --jobs 1`;
* `jobs`: `teikit build --jobs N` (N = `--jobs`, all cores by default);
* `dask`: a `dask scheduler` and N `dask worker --nthreads 1` processes (N = `--workers`), each
  started in a fresh temporary folder of its own, so no worker can see the project, and as
  docs/scale.md advises (`--no-nanny`, no profiler: `LEAN_WORKER`, `LEAN_SETTINGS`); then
  `teikit build --project . --scheduler ADDRESS` from inside the project. The cluster is started
  before the clock and stopped after it, anew for every size;
* `dask-default`: the same with workers as `dask worker` starts them by default (a nanny process
  beside each, dask's statistical profiler on).

Memory: the RSS of every process is sampled every 250 ms (psutil; sampling more often took enough
CPU to slow a build that keeps both cores busy); "peak per worker" is the largest RSS any one worker
process reached (with `--jobs`, a process of the pool; on dask, a worker with its nanny; serially,
the build itself), "peak total" the largest sum over the build and its workers. After the runs, the
largest project built is built again with nothing changed (`--jobs 1`): the no-op rebuild.

CPU: "cpu_seconds" is the CPU time (user + system) of the whole process tree of a run: the build
and the children it waited for (`RUSAGE_CHILDREN`), every other process below it as last sampled
(psutil: a `--jobs` pool's workers, up to one sampling interval short each), plus, on dask, what the
scheduler and the workers (nannies included) used between the build's start and its end (psutil,
read just before and just after). Other programs' load on a shared machine inflates the wall time of a run,
hardly its CPU seconds: CPU per document is the figure to compare on a busy machine.

Every run is appended as one JSON line to `--record FILE` (with the commit and the machine's load at
the start and at the end; with `--jobs` or dask, `documents_seconds`: how long the build said its
documents took, the rest of the run being start-up and the work over all editions after them),
and the summary and the three targets of issue 21 are computed from all the records in that file,
so that sizes and modes can be run at different times:

    .venv/bin/python benchmarks/bench_throughput.py --sizes 1000 --modes serial jobs dask --record runs.jsonl
    .venv/bin/python benchmarks/bench_throughput.py --sizes 10000 --modes dask --record runs.jsonl

Targets: 10,000 documents within 11 × the time of 1,000 (each mode that ran both); dask on 2
workers ≥ 1.8 × the serial throughput (each size both ran); a no-op rebuild of 10,000 under 60 s.
`--large` is short for `--sizes 1000 10000`, added to `--sizes`. `--summary` only prints what the
record holds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SAMPLE_SECONDS = 0.25
MODES = ("serial", "jobs", "dask", "dask-default")
#: How docs/scale.md advises starting a worker for teikit: no nanny process beside each worker (a
#: killed worker's tasks are run again on the others all the same) ...
LEAN_WORKER = ("--no-nanny",)
#: ... and without the statistical profiler, which samples the task thread's stack 100 times a second
LEAN_SETTINGS = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}


def make_project(folder: Path, count: int, seed: str) -> Path:
    """`count` texts the size of the seed, each moved to its own year and number so none repeats."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for number in range(count):
        year = str(1900 + number % 100)
        text = seed.replace("1929", year).replace("No. 44053", f"No. {10000 + number}")
        (seeds / f"doc-{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder


class Sampler:
    """Peak RSS of groups of processes (each with its descendants), sampled while a command runs."""

    def __init__(self, groups: dict[str, int]):
        self.groups = groups  # label → pid of the group's top process
        self.peak_each: dict[str, int] = {label: 0 for label in groups}
        self.peak_total = 0
        #: the CPU seconds of each process below the build, as last sampled: a pool's workers are
        #: children of multiprocessing's fork server, which the build never waits for
        self.cpu_below_build: dict[int, float] = {}

    def sample(self) -> None:
        import psutil

        total = 0
        for label, pid in self.groups.items():
            try:
                top = psutil.Process(pid)
                processes = [top, *top.children(recursive=True)]
            except psutil.NoSuchProcess:
                continue
            rss = {}
            for process in processes:
                try:
                    rss[process.pid] = process.memory_info().rss
                    if label == "build" and process.pid != pid:
                        times = process.cpu_times()
                        self.cpu_below_build[process.pid] = times.user + times.system
                except psutil.NoSuchProcess:
                    pass
            group = sum(rss.values())
            total += group
            if label == "build":  # the build's own pool processes are its workers
                for pid_, value in rss.items():
                    key = "build" if pid_ == pid else f"build/{pid_}"
                    self.peak_each[key] = max(self.peak_each.get(key, 0), value)
            else:
                self.peak_each[label] = max(self.peak_each[label], group)
        self.peak_total = max(self.peak_total, total)


def tree_cpu(pids) -> float:
    """CPU seconds (user + system) of these processes, their live descendants and the children they
    have waited for."""
    import psutil

    total = 0.0
    for pid in pids:
        try:
            top = psutil.Process(pid)
            processes = [top, *top.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for process in processes:
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system + times.children_user + times.children_system
    return total


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], cwd: Path, workers: dict[str, int]) -> dict:
    """Run `command` in `cwd`; seconds, CPU seconds, exit code and peak memory of it and of `workers`."""
    sampler = Sampler(dict(workers))
    with tempfile.TemporaryFile() as stderr:  # a file, not a pipe: a build logs a line per document
        cluster_before, children_before = tree_cpu(workers.values()), children_cpu()
        load_at_start = os.getloadavg()[0]
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr)
        sampler.groups = {"build": process.pid, **workers}
        sampler.peak_each["build"] = 0
        try:
            while process.poll() is None:
                sampler.sample()
                time.sleep(SAMPLE_SECONDS)
        finally:  # interrupted: no build is left running on its own
            if process.poll() is None:
                process.kill()
        seconds = time.perf_counter() - start
        cpu = (children_cpu() - children_before + sum(sampler.cpu_below_build.values())
               + tree_cpu(workers.values()) - cluster_before)
        stderr.seek(0)
        logged = stderr.read().decode("utf-8", "replace")
        tail = logged[-3000:]
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{tail}")
    if workers:
        per_worker = [sampler.peak_each[label] for label in workers if label != "scheduler"]
    else:
        pool = [value for key, value in sampler.peak_each.items() if key.startswith("build/")]
        per_worker = pool or [sampler.peak_each["build"]]
    result = {"seconds": seconds, "cpu_seconds": cpu, "peak_worker_mib": max(per_worker) / 2**20,
              "peak_total_mib": sampler.peak_total / 2**20, "load_at_start": round(load_at_start, 1)}
    batch = re.search(r"(\d+) documents in ([0-9.]+) s", logged)
    if batch:  # a build over workers says how long its documents took: the rest is start-up and the tail
        result["documents_seconds"] = float(batch.group(2))
    return result


@contextmanager
def dask_cluster(workers: int, scratch: Path, lean: bool = False):
    """A dask scheduler and `workers` single-threaded workers, each process in its own new folder;
    yields the scheduler's address, the workers' pids and the scheduler's. `lean`: the workers as
    docs/scale.md advises for teikit (`LEAN_WORKER`, `LEAN_SETTINGS`)."""
    folders = [Path(tempfile.mkdtemp(prefix=f"{role}-", dir=scratch))
               for role in ["scheduler", *(f"worker{n}" for n in range(workers))]]
    address_file = folders[0] / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--port", "0", "--no-dashboard",
                                   "--scheduler-file", str(address_file)], cwd=folders[0], **quiet)]
    try:
        deadline = time.monotonic() + 120
        while not address_file.exists():
            if time.monotonic() > deadline or processes[0].poll() is not None:
                raise SystemExit("the dask scheduler did not start")
            time.sleep(0.2)
        time.sleep(0.2)  # the file is written whole, but give it a moment
        address = json.loads(address_file.read_text())["address"]
        for folder in folders[1:]:
            processes.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                 "--local-directory", str(folder), *(LEAN_WORKER if lean else ())], cwd=folder,
                env={**os.environ, **(LEAN_SETTINGS if lean else {})}, **quiet))
        from distributed import Client

        with Client(address, timeout=120) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, {f"worker{n}": process.pid for n, process in enumerate(processes[1:])}, processes[0].pid
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in reversed(processes):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)


def run_mode(mode: str, project: Path, jobs: int, workers: int, scratch: Path,
             report: Path | None = None) -> dict:
    teikit = str(BIN / "teikit")
    if mode == "serial":
        return {"cores": 1, **timed([teikit, "build", "--project", ".", "--jobs", "1"], project, {})}
    if mode == "jobs":
        return {"cores": jobs, **timed([teikit, "build", "--project", ".", "--jobs", str(jobs)], project, {})}
    with dask_cluster(workers, scratch, lean=mode == "dask") as (address, pids, scheduler), \
            dask_report(address, report):
        result = timed([teikit, "build", "--project", ".", "--scheduler", address], project,
                       {**pids, "scheduler": scheduler})
        return {"cores": workers, **result}


@contextmanager
def dask_report(address: str, report: Path | None):
    """dask's performance report (task stream, workers' and scheduler's profiles, transfers) of
    whatever the cluster at `address` runs meanwhile, written to `report` (HTML) if one is named."""
    if report is None:
        yield
        return
    from distributed import Client, performance_report

    with Client(address, timeout=120), performance_report(filename=str(report)):
        yield


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def append(record_file: Path | None, records: list[dict], record: dict) -> None:
    record = {"at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"), "commit": commit(),
              "load": round(os.getloadavg()[0], 1), **record}
    records.append(record)
    if record_file is not None:
        with record_file.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")


def summary(records: list[dict]) -> str:
    """The table (the latest record of each mode and size) and the three targets."""
    latest: dict[tuple[str, int], dict] = {}
    for record in records:
        latest[record["mode"], record["documents"]] = record
    lines = ["| mode | documents | cores | seconds | documents/s | documents/s per core | CPU s per document "
             "| peak per worker (MiB) | peak total (MiB) | when | commit | load |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |"]
    order = {mode: n for n, mode in enumerate((*MODES, "no-op"))}
    for (mode, size), r in sorted(latest.items(), key=lambda item: (order.get(item[0][0], 9), item[0][1])):
        rate = size / r["seconds"]
        cpu = f"{r['cpu_seconds'] / size:.3f}" if "cpu_seconds" in r else "-"
        lines.append(f"| {mode} | {size:,} | {r['cores']} | {r['seconds']:.1f} | {rate:.2f} | {rate / r['cores']:.2f} "
                     f"| {cpu} | {r['peak_worker_mib']:.0f} | {r['peak_total_mib']:.0f} | {r['at']} | {r['commit']} "
                     f"| {r['load']} |")
    lines.append("")
    seconds = {key: r["seconds"] for key, r in latest.items()}
    for mode in MODES:
        if (mode, 1000) in seconds and (mode, 10000) in seconds:
            ratio = seconds[mode, 10000] / seconds[mode, 1000]
            lines.append(f"{mode}: 10,000 documents take {ratio:.2f} × the time of 1,000 "
                         f"[target ≤ 11 ×: {'met' if ratio <= 11 else 'NOT met'}]")
    for size in sorted({size for mode, size in seconds if mode == "dask"}):
        if ("serial", size) in seconds:
            speedup = seconds["serial", size] / seconds["dask", size]
            lines.append(f"dask on {latest['dask', size]['cores']} workers, {size:,} documents: {speedup:.2f} × "
                         f"the serial throughput [target ≥ 1.8 ×: {'met' if speedup >= 1.8 else 'NOT met'}]")
    for size in sorted({size for mode, size in seconds if mode == "no-op"}):
        verdict = "" if size != 10000 else \
            f" [target < 60 s: {'met' if seconds['no-op', size] < 60 else 'NOT met'}]"
        lines.append(f"no-op rebuild of {size:,} documents: {seconds['no-op', size]:.1f} s "
                     f"({seconds['no-op', size] / size * 1000:.1f} ms per document){verdict}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[])
    parser.add_argument("--large", action="store_true", help="add 1,000 and 10,000 to --sizes")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=["serial", "jobs"])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), help="for the jobs mode")
    parser.add_argument("--workers", type=int, default=2, help="dask workers for the dask mode")
    parser.add_argument("--no-noop", dest="noop", action="store_false",
                        help="skip the no-op rebuild of the largest project")
    parser.add_argument("--record", type=Path, help="JSON lines file: runs are appended, targets read from all")
    parser.add_argument("--scratch", type=Path, default=None,
                        help="where the projects are made (10,000 documents take ~15 GB)")
    parser.add_argument("--dask-report", type=Path, help="write dask's performance report of the dask runs "
                        "to this HTML file (the last dask run's; needs bokeh, as psutil is needed throughout)")
    parser.add_argument("--summary", action="store_true", help="print the summary of --record and stop")
    args = parser.parse_args()
    # a `kill` unwinds like Ctrl-C: the cluster is stopped and the projects are removed
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    records: list[dict] = []
    if args.record is not None and args.record.exists():
        records = [json.loads(line) for line in args.record.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.summary:
        print(summary(records))
        return 0
    sizes = sorted(set(args.sizes + ([1000, 10000] if args.large else []))) or [10, 100]
    seed = (ROOT / "seeds" / "blumkin-1929.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="teikit-throughput-", dir=args.scratch) as tmp:
        scratch = Path(tmp)
        for size in sizes:
            for n, mode in enumerate(args.modes):
                project = make_project(scratch / f"n{size}-{mode}", size, seed)
                result = run_mode(mode, project, args.jobs, args.workers, scratch, args.dask_report)
                append(args.record, records, {"mode": mode, "documents": size, **result})
                print(f"{mode}, {size:,} documents: {result['seconds']:.1f} s, {size / result['seconds']:.2f} docs/s, "
                      f"{result['cpu_seconds'] / size:.3f} CPU s per document, peak per worker {result['peak_worker_mib']:.0f} MiB"
                      + (f", documents {result['documents_seconds']:.1f} s" if "documents_seconds" in result else "")
                      + f", load {result['load_at_start']} at the start", flush=True)
                last = size == sizes[-1] and n == len(args.modes) - 1
                if last and args.noop:
                    result = run_mode("serial", project, 1, 0, scratch)
                    result["peak_worker_mib"] = result["peak_total_mib"]
                    append(args.record, records, {"mode": "no-op", "documents": size, **result})
                    print(f"no-op rebuild, {size:,} documents: {result['seconds']:.1f} s", flush=True)
                shutil.rmtree(project)
    print()
    print(summary(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
