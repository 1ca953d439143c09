"""The corpus step alone: `write_corpus_pages` over N synthetic seed-sized editions, its CPU time,
wall time, peak memory and the size of the pages it writes, serially or with its parts rendered by
`--jobs` worker processes.

Building thousands of editions only to time their last step would take hours here, so `--base`
editions (bench_throughput's synthetic seed-sized texts) are built once with `teikit.build.build`
and copied under new names up to each size: the TEI to `tei/NAME.xml`, the extract the build left in
`site/NAME/corpus.xml` with its name changed. Each size is then measured in a fresh process, so its
peak RSS is the corpus step's own, once per value of `--jobs`.

What is reported: `wall`, the step's wall time; `merge_wall` and `merge_cpu`, the part of it that
stays in the client whatever `--jobs` is (reading the extracts and merging the registers,
`CorpusExtracts.read` and `.document`; a build does the reading while its documents build); `cpu`, the client's CPU for the whole step (the merge, cutting and serialising
the parts, writing the pages; serially also Saxon's work); `workers_cpu`, what the pool's processes
used (psutil, sampled every 250 ms as bench_throughput does: up to one interval short each);
`peak_rss_mib` the client's peak, `workers_peak_rss_mib` the largest worker's; `pages_sha256`, one
digest of every page, to see that the pages do not depend on `--jobs`.

    .venv/bin/python benchmarks/bench_corpus_pages.py --sizes 100 1000 [--base 20] [--jobs 1 2] [--scratch DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_throughput import SAMPLE_SECONDS, Sampler, make_project  # noqa: E402


def grow(base: Path, size: int, folder: Path) -> list[str]:
    """A site and tei/ folder of `size` editions, copies of the base project's editions."""
    from teikit.render import CORPUS_EXTRACT

    built = sorted(path.stem for path in (base / "tei").glob("*.xml"))
    (folder / "tei").mkdir(parents=True)
    names = []
    for number in range(size):
        source, name = built[number % len(built)], f"copy-{number:05d}"
        shutil.copy(base / "tei" / f"{source}.xml", folder / "tei" / f"{name}.xml")
        extract = (base / "site" / source / CORPUS_EXTRACT).read_bytes()
        (folder / "site" / name).mkdir(parents=True)
        (folder / "site" / name / CORPUS_EXTRACT).write_bytes(
            extract.replace(f'n="{source}"'.encode(), f'n="{name}"'.encode(), 1))
        names.append(name)
    return names


def measure(folder: Path, jobs: int) -> dict:
    """Run in a child process: the corpus step over every edition of `folder`'s site."""
    import teikit.corpus_build

    spent = {"merge_wall": 0.0, "merge_cpu": 0.0}
    extracts = teikit.corpus_build.CorpusExtracts

    def timed(method):
        def run(*args):
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return method(*args)
            finally:
                spent["merge_wall"] += time.perf_counter() - start
                spent["merge_cpu"] += time.process_time() - cpu
        return run

    # the merge is reading each extract into the store and merging the registers: time both
    extracts.read, extracts.document = timed(extracts.read), timed(extracts.document)
    names = sorted(path.stem for path in (folder / "tei").glob("*.xml"))
    start, cpu = time.perf_counter(), time.process_time()
    with open(os.devnull, "w") as quiet:  # no line per part
        pages = teikit.corpus_build.write_corpus_pages(folder / "site", names, jobs, progress=quiet)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    digest = hashlib.sha256()
    for page in sorted(pages):
        digest.update(page.name.encode() + b"\0" + page.read_bytes())
    merge = {key: round(value, 1) for key, value in spent.items()}
    return {"editions": len(names), "jobs": jobs, "wall": round(wall, 1), **merge, "cpu": round(cpu, 1),
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "pages": len(pages), "largest_page_mib": round(max(p.stat().st_size for p in pages) / 2**20, 2),
            "all_pages_mib": round(sum(p.stat().st_size for p in pages) / 2**20, 2),
            "pages_sha256": digest.hexdigest()[:16]}


def measured(folder: Path, jobs: int) -> dict:
    """`measure` in a fresh process, with the CPU and peak memory of the worker processes below it."""
    process = subprocess.Popen([sys.executable, __file__, "--measure", str(folder), "--jobs", str(jobs)],
                               stdout=subprocess.PIPE, text=True)
    sampler = Sampler({"build": process.pid})
    while process.poll() is None:
        sampler.sample()
        time.sleep(SAMPLE_SECONDS)
    if process.returncode != 0:
        raise SystemExit(f"measuring {folder} with --jobs {jobs} failed ({process.returncode})")
    result = json.loads(process.stdout.read())
    workers = [peak for key, peak in sampler.peak_each.items() if key.startswith("build/")]
    return {**result, "workers_cpu": round(sum(sampler.cpu_below_build.values()), 1),
            "workers_peak_rss_mib": max(workers, default=0) // 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--base", type=int, default=20, help="editions really built, then copied")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1],
                        help="worker processes for the parts (1: serially, as a build with --jobs 1); "
                             "each value measured in turn on the same editions")
    parser.add_argument("--scratch", type=Path, default=None, help="keep the projects here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.jobs[0])))
        return
    from teikit.build import build

    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="teikit-corpus-pages-"))
    base = scratch / "base"
    if not (base / "site").is_dir():
        build(make_project(base, args.base, (ROOT / "seeds" / "blumkin-1929.txt").read_text(encoding="utf-8")))
    for size in args.sizes:
        folder = scratch / f"n{size}"
        shutil.rmtree(folder, ignore_errors=True)
        grow(base, size, folder)
        for jobs in args.jobs:
            print(json.dumps(measured(folder, jobs)), flush=True)
        shutil.rmtree(folder)
    if args.scratch is None:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
