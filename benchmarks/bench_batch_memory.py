"""Where a serial build's memory grows: resident memory of one `build()` over N synthetic seed-sized
documents (those of `bench_throughput.py`), read after every `--every` documents and at the end.

Issue 21 saw a serial build's peak grow with its batch (517 MiB at 1,000 documents, 2.6 GB at 10,000).
This tells the documents' share from the corpus step's (the pages over all editions, which run after
the last document): if the documents hold their memory flat, the growth is the corpus step's.

    .venv/bin/python benchmarks/bench_batch_memory.py --documents 400 --every 25
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import teikit.build as build_module
from bench_throughput import make_project

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_7b1dc7c04e17bb99.txt"


def resident_mib() -> float:
    """This process's resident memory now (Linux: /proc/self/statm), in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--every", type=int, default=25)
    parser.add_argument("--seed", type=Path, default=SEED, help="the text each synthetic document is made from")
    args = parser.parse_args()
    project = make_project(Path(tempfile.mkdtemp()) / "project", args.documents, args.seed.read_text(encoding="utf-8"))
    built, start = 0, time.process_time()
    build_edition = build_module.build_edition

    def counted(*pos, **kw):  # the build's own function, measured after each document
        nonlocal built
        report = build_edition(*pos, **kw)
        built += 1
        if built % args.every == 0:
            print(f"{built:6d} documents  resident {resident_mib():7.1f} MiB  CPU {time.process_time() - start:7.1f} s",
                  flush=True)
        return report

    build_module.build_edition = counted
    build_module.build(project)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"after the corpus step: resident {resident_mib():.1f} MiB, peak of the whole run {peak:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
