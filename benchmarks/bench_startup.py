"""Start-up: `teikit --help` against `python -c "import click"` (target ≤ 3 ×), median of --repeat runs.

Also lists which heavy modules `teikit --help` imports (there should be none: the commands import
the pipeline, lxml, xmlschema and saxonche only when they run).

    .venv/bin/python benchmarks/bench_startup.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

TEIKIT = Path(sys.executable).with_name("teikit")
HEAVY = ("lxml", "xmlschema", "saxonche", "elementpath", "tqdm", "distributed", "teikit.pipeline", "teikit.build")


def median_seconds(command: list[str], repeat: int) -> float:
    subprocess.run(command, capture_output=True, check=True)  # warm the file cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    click = median_seconds([sys.executable, "-c", "import click"], args.repeat)
    help_ = median_seconds([str(TEIKIT), "--help"], args.repeat)
    probe = ("import sys\nfrom teikit.cli import cli\ntry:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
             f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.splitlines()[-1]
    print(f"python -c 'import click': {click * 1000:.0f} ms")
    print(f"teikit --help:            {help_ * 1000:.0f} ms = {help_ / click:.2f} × [target ≤ 3 ×]")
    print(f"heavy modules imported by --help: {loaded or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
