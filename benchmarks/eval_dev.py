"""Entity and date accuracy on texts teikit has never seen: the dev set in ../shared/eval/dev.

Each dev text is converted with no edition data and scored by ../shared/eval/score.py; prints
per-type lenient precision/recall/F1 (micro-averaged), date normalisation and text preservation.

    .venv/bin/python benchmarks/eval_dev.py [--eval ../shared/eval] [--per-doc]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

from teikit.pipeline import convert_file, tei_bytes

TYPES = ("person", "place", "org", "date")


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "eval")
    parser.add_argument("--per-doc", action="store_true")
    args = parser.parse_args()
    score = load_scorer(args.eval)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(p for p in (args.eval / "dev").iterdir() if p.is_dir()):
            out = Path(tmp) / f"{gold.name}.xml"
            out.write_bytes(tei_bytes(convert_file(gold / "plain.txt", out)))
            results[gold.name] = score(str(gold), str(out))
    if args.per_doc:
        for name, r in results.items():
            cells = " ".join(f"{t[:4]} {r['types'][t]['lenient']['f1']:.2f}" for t in TYPES)
            print(f"{name:24} {cells}  text {r['text_preserved']:.3f}")
    print(f"{'type':7} {'gold':>5} {'cand':>5} {'P':>6} {'R':>6} {'F1':>6}  extra")
    for t in TYPES:
        g = sum(r["types"][t]["gold"] for r in results.values())
        c = sum(r["types"][t]["cand"] for r in results.values())
        m = sum(round(r["types"][t]["lenient"]["r"] * r["types"][t]["gold"]) for r in results.values())
        p, rc = (m / c if c else 0.0), (m / g if g else 0.0)
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        extra = ""
        if t == "date":
            vals = [(r["types"][t].get("date_value"), r["types"][t]["lenient"]["r"] * r["types"][t]["gold"])
                    for r in results.values() if r["types"][t].get("date_value") is not None]
            n = sum(w for _, w in vals)
            extra = f"date_value {sum(v * w for v, w in vals) / n:.3f}" if n else "date_value -"
        print(f"{t:7} {g:5} {c:5} {p:6.3f} {rc:6.3f} {f:6.3f}  {extra}")
    print(f"text preserved (min) {min(r['text_preserved'] for r in results.values()):.4f}; "
          f"{len(results)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
