"""The full-text search index: its size and the time to build it, for the seed and for N copies of it.

The seed is built once (the real `teikit build`); its reading view is then indexed as if the site
held N editions of its size (the same passages under N edition names), which is what the index's
size and build time depend on. Query time is measured with lunr.py on the loaded index (lunr.js
runs the same algorithm in the browser). A site now has one index per edition (size 1 here); the
larger sizes measure one index over many editions, the layout that was given up for it.

    .venv/bin/python benchmarks/bench_search.py [--sizes 1 10 100] [--queries Blumkin Trotsky]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from teikit.build import build
from teikit.search import passages, search_index

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--queries", nargs="+", default=["Blumkin", "Trotsky letter", "Constantinople"])
    args = parser.parse_args()
    from lunr.index import Index

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(ROOT / "seeds", project / "seeds")
        build(project)
        page = (project / "site" / "blumkin-1929" / "reading.html").read_bytes()
    seed = passages(page, "blumkin-1929")
    print(f"seed: {len(seed)} passages, {sum(len(p.text) for p in seed):,} characters of text")
    print("| editions | passages | build (s) | search-index.js (MB) | of which the index (MB) | query (ms, median) |")
    print("|---|---|---|---|---|---|")
    for size in args.sizes:
        documents = [type(p)(f"edition-{n}", f"{n}-{p.id}", p.where, p.text) for n in range(size) for p in seed]
        start = time.perf_counter()
        data = search_index(documents, "seed")
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        built = time.perf_counter() - start
        index_mb = len(json.dumps(data["index"], separators=(",", ":")).encode()) / 1e6
        loaded = Index.load(data["index"])
        times = []
        for query in args.queries * 3:
            start = time.perf_counter()
            loaded.search(query)
            times.append((time.perf_counter() - start) * 1000)
        print(f"| {size} | {len(documents):,} | {built:.2f} | {len(text.encode()) / 1e6:.2f} | {index_mb:.2f} "
              f"| {statistics.median(times):.1f} |", flush=True)


if __name__ == "__main__":
    main()
