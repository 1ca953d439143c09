"""How big a text teikit can take: time and peak memory to convert and render a text of N megabytes.

    .venv/bin/python benchmarks/size.py            # 1, 2, 5 and 10 MB
    .venv/bin/python benchmarks/size.py --mb 10    # one size only

The text is the seed repeated until it reaches the size (so it has the seed's structure: many
documents, datelines, signatures, addresses). Each stage runs in a fresh process and reports its
peak resident memory (`ru_maxrss`), so one stage's memory never hides in another's; the numbers
for 1, 2, 5 and 10 MB show whether time and memory grow linearly.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "blumkin-1929.txt"

STAGE = r"""
import json, resource, sys, time
from pathlib import Path
stage, text, tei, site = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
started = time.perf_counter()
if stage == "convert":
    from teikit.pipeline import convert_file, save_tei
    save_tei(convert_file(text, tei), tei, force=True)
elif stage == "validate":
    from teikit.validate import validate_file
    validate_file(tei)
else:
    from teikit.render import render_file
    render_file(tei, site)
seconds = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak_mb)}))
"""


def make_text(path: Path, megabytes: float) -> int:
    """The seed repeated to `megabytes` (whole copies, separated by a blank line); returns its size."""
    seed = SEED.read_bytes()
    copies = max(1, round(megabytes * 1_000_000 / (len(seed) + 2)))
    path.write_bytes(b"\n\n".join([seed] * copies))
    return path.stat().st_size


def measure(megabytes: float, stages: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        text, tei, site = Path(tmp) / "big.txt", Path(tmp) / "tei" / "big.xml", Path(tmp) / "site"
        row = {"text_mb": round(make_text(text, megabytes) / 1e6, 1)}
        for stage in stages:
            done = subprocess.run([sys.executable, "-c", STAGE, stage, str(text), str(tei), str(site)],
                                  capture_output=True, text=True)
            if done.returncode:
                row[stage] = {"error": done.stderr.strip().splitlines()[-1]}
                continue
            row[stage] = json.loads(done.stdout)
        row["tei_mb"] = round(tei.stat().st_size / 1e6, 1) if tei.exists() else None
        return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, action="append", help="text size in MB (repeatable)")
    parser.add_argument("--stages", default="convert,validate,render")
    args = parser.parse_args()
    for megabytes in args.mb or [1, 2, 5, 10]:
        print(json.dumps(measure(megabytes, args.stages.split(","))), flush=True)


if __name__ == "__main__":
    main()
