"""Date recognition and values on the held-out date texts (benchmarks/heldout-dates), or any gold folders.

Each text is converted with no edition data and scored by ../shared/eval/score.py, as eval_dev.py
does for the dev set; prints date precision/recall/F1 (lenient, micro-averaged) and the share of
right values per set. `--show` lists each text's gold dates beside what teikit made of them, and the
dates teikit found that the gold does not have: the material for classifying misses.

    .venv/bin/python benchmarks/eval_dates.py [--sets a,b] [--show]
    .venv/bin/python benchmarks/eval_dates.py --sets ../shared/eval/dev
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lxml import etree

from eval_dev import micro, score_all
from teikit.annotate.recognise.registry import RULES

HERE = Path(__file__).resolve().parent
TEI_DATE = "{http://www.tei-c.org/ns/1.0}date"


def value(item) -> str:
    """A date's value as score.py reads it (@from/@to count as notBefore/notAfter): WHEN, LO/HI or '-'."""
    if item.get("when"):
        return item["when"]
    lo, hi = item.get("notBefore") or item.get("from"), item.get("notAfter") or item.get("to")
    return f"{lo}/{hi}" if lo or hi else "-"


def show(gold_dir: Path, tei: Path) -> None:
    """Gold dates in order, each with the candidate date that shares text with it; then the extras."""
    gold = [json.loads(line) for line in (gold_dir / "gold.jsonl").read_text("utf-8").splitlines()]
    gold = [g for g in gold if g["type"] == "date"]
    body = etree.parse(str(tei)).getroot().find("{http://www.tei-c.org/ns/1.0}text")
    cands = [("".join(el.itertext()), value(el.attrib)) for el in body.iter(TEI_DATE)]
    used = set()
    print(f"-- {gold_dir.name}")
    for g in gold:
        hit = next((i for i, (text, _) in enumerate(cands)
                    if i not in used and (text in g["text"] or g["text"] in text)), None)
        if hit is None:
            print(f"   MISS  {g['text']!r} {value(g)}")
            continue
        used.add(hit)
        text, val = cands[hit]
        mark = "ok   " if val == value(g) or value(g) == "-" else "VALUE"
        print(f"   {mark} {g['text']!r} {value(g)}  <- {text!r} {val}")
    for i, (text, val) in enumerate(cands):
        if i not in used:
            print(f"   EXTRA {text!r} {val}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=HERE.parents[1] / "shared" / "eval")
    parser.add_argument("--sets", default="a,b", help="folders of gold folders (names under heldout-dates, or paths)")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for name in args.sets.split(","):
        folder = HERE / "heldout-dates" / name if (HERE / "heldout-dates" / name).is_dir() else Path(name)
        results = score_all(args.eval, RULES, folder, each=show if args.show else None)
        g, c, p, r, f = micro(results, "date")
        dates = [res["types"]["date"] for res in results.values()]
        weights = [(d["date_value"], d["lenient"]["r"] * d["gold"]) for d in dates if d.get("date_value") is not None]
        matched = sum(w for _, w in weights)
        values = sum(v * w for v, w in weights) / matched if matched else float("nan")
        print(f"{name}: dates gold {g} cand {c}  P {p:.3f} R {r:.3f} F1 {f:.3f}  values {values:.3f}  "
              f"({len(results)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
