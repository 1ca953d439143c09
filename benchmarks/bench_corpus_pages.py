"""The corpus step alone: `write_corpus_pages` over N synthetic seed-sized editions, its CPU time,
wall time, peak memory and the size of the pages it writes.

Building thousands of editions only to time their last step would take hours here, so `--base`
editions (bench_throughput's synthetic seed-sized texts) are built once with `teikit.build.build`
and copied under new names up to each size: the TEI to `tei/NAME.xml`, the extract the build left in
`site/NAME/corpus.xml` with its name changed. Each size is then measured in a fresh process, so its
peak RSS is the corpus step's own.

    .venv/bin/python benchmarks/bench_corpus_pages.py --sizes 100 1000 [--base 20] [--scratch DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_throughput import make_project  # noqa: E402


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


def measure(folder: Path) -> dict:
    """Run in a child process: the corpus step over every edition of `folder`'s site."""
    from teikit.corpus_build import write_corpus_pages

    names = sorted(path.stem for path in (folder / "tei").glob("*.xml"))
    start, cpu = time.perf_counter(), time.process_time()
    pages = write_corpus_pages(folder / "site", names)
    return {"editions": len(names), "wall": round(time.perf_counter() - start, 1),
            "cpu": round(time.process_time() - cpu, 1),
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "pages": len(pages), "largest_page_mib": round(max(p.stat().st_size for p in pages) / 2**20, 2),
            "all_pages_mib": round(sum(p.stat().st_size for p in pages) / 2**20, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--base", type=int, default=20, help="editions really built, then copied")
    parser.add_argument("--scratch", type=Path, default=None, help="keep the projects here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
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
        done = subprocess.run([sys.executable, __file__, "--measure", str(folder)], check=True,
                              capture_output=True, text=True)
        print(done.stdout.strip(), flush=True)
        shutil.rmtree(folder)
    if args.scratch is None:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
