"""A corpus rebuilt after one change: `teikit build` of the seed and three development texts (copied
into a temporary project, never into the repository), then, median of --repeat runs each, the wall
time of a rebuild with nothing changed, after editing one TEI file, and after adding a text; and
which editions each rebuild built again. Needs ../shared/eval/dev.

    .venv/bin/python benchmarks/bench_corpus.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
DEV_TEXTS = ("ogpu-review-1929-10", "trotsky-1929-letter", "trotsky-1930-blumkin")
ADDED = "trotsky-1934-kirov"
TEIKIT = Path(sys.executable).with_name("teikit")


def build(project: Path) -> tuple[float, list[str]]:
    """Wall time of `teikit build --jobs 1` and the editions it did not skip."""
    start = time.perf_counter()
    done = subprocess.run([str(TEIKIT), "build", "--project", str(project), "--jobs", "1"],
                          capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    return elapsed, [line.split(":")[0] for line in done.stdout.splitlines() if "up to date" not in line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not (DEV / ADDED / "plain.txt").exists():
        sys.exit(f"needs the development texts in {DEV}")
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "seeds").mkdir()
        for path in (ROOT / "seeds").glob("blumkin-1929.*"):
            shutil.copy(path, project / "seeds" / path.name)
        for name in DEV_TEXTS:
            shutil.copy(DEV / name / "plain.txt", project / "seeds" / f"{name}.txt")
        first, built = build(project)
        print(f"first build of {len(built)} editions: {first:.2f} s")
        results: dict[str, list[float]] = {"nothing changed": [], "one TEI edited": [], "one text added": []}
        rebuilt: dict[str, list[str]] = {}
        edited = project / "tei" / "trotsky-1929-letter.xml"
        for n in range(args.repeat):
            seconds, rebuilt["nothing changed"] = build(project)
            results["nothing changed"].append(seconds)
            edited.write_text(edited.read_text(encoding="utf-8").replace("</TEI>", f"<!-- edit {n} --></TEI>"),
                              encoding="utf-8")
            seconds, rebuilt["one TEI edited"] = build(project)
            results["one TEI edited"].append(seconds)
            shutil.copy(DEV / ADDED / "plain.txt", project / "seeds" / f"{ADDED}.txt")
            seconds, rebuilt["one text added"] = build(project)
            results["one text added"].append(seconds)
            (project / "seeds" / f"{ADDED}.txt").unlink()
            (project / "tei" / f"{ADDED}.xml").unlink()
            build(project)  # back to four editions (the corpus pages drop the fifth)
        for case, times in results.items():
            print(f"{case:16} median {statistics.median(times):.2f} s  (built again: {', '.join(rebuilt[case]) or 'none'})")


if __name__ == "__main__":
    main()
