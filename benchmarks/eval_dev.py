"""Entity and date accuracy on texts teikit has never seen: the dev set in ../shared/eval/dev.

Each dev text is converted with no edition data and scored by ../shared/eval/score.py; prints
per-type lenient precision/recall/F1 (micro-averaged), date normalisation and text preservation.
`--without RULE[,RULE]` switches recogniser rules off (names as in `--explain`); `--each-rule`
prints, for every rule, what switching it off alone costs (the table in docs/entities.md).
`--texts DIR` scores another folder of gold folders instead of the dev set, such as the project's
own held-out sets (benchmarks/heldout/a and b; see the README there for the rule about set B).

    .venv/bin/python benchmarks/eval_dev.py [--eval ../shared/eval] [--per-doc] [--without RULE,…]
    .venv/bin/python benchmarks/eval_dev.py --texts benchmarks/heldout/a --per-doc
    .venv/bin/python benchmarks/eval_dev.py --each-rule
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from teikit.annotate.recognise.registry import RULES
from teikit.annotate.rules import Rules
from teikit.errors import TeikitError
from teikit.pipeline import convert_file, tei_bytes

TYPES = ("person", "place", "org", "date")
ENTITY_TYPES = TYPES[:3]


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def score_all(eval_dir: Path, rules: Rules, texts: Path | None = None,
              each: Callable[[Path, Path], None] | None = None) -> dict[str, dict]:
    """score.py's result for every text of `texts` (the dev set by default) converted with these rules;
    `each(gold folder, TEI file)` is called while the converted file still exists."""
    score = load_scorer(eval_dir)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(p for p in (texts or eval_dir / "dev").iterdir() if p.is_dir()):
            out = Path(tmp) / f"{gold.name}.xml"
            out.write_bytes(tei_bytes(convert_file(gold / "plain.txt", out, rules=rules)))
            results[gold.name] = score(str(gold), str(out))
            if each is not None:
                each(gold, out)
    return results


def micro(results: dict[str, dict], t: str) -> tuple[int, int, float, float, float]:
    """gold, candidates, precision, recall, F1 of one type, micro-averaged over the documents."""
    g = sum(r["types"][t]["gold"] for r in results.values())
    c = sum(r["types"][t]["cand"] for r in results.values())
    m = sum(round(r["types"][t]["lenient"]["r"] * r["types"][t]["gold"]) for r in results.values())
    p, rc = (m / c if c else 0.0), (m / g if g else 0.0)
    return g, c, p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def report(results: dict[str, dict], per_doc: bool) -> None:
    if per_doc:
        for name, r in results.items():
            cells = " ".join(f"{t[:4]} {r['types'][t]['lenient']['f1']:.2f}" for t in TYPES)
            print(f"{name:24} {cells}  text {r['text_preserved']:.3f}")
    print(f"{'type':7} {'gold':>5} {'cand':>5} {'P':>6} {'R':>6} {'F1':>6}  extra")
    for t in TYPES:
        g, c, p, rc, f = micro(results, t)
        extra = ""
        if t == "date":
            vals = [(r["types"][t].get("date_value"), r["types"][t]["lenient"]["r"] * r["types"][t]["gold"])
                    for r in results.values() if r["types"][t].get("date_value") is not None]
            n = sum(w for _, w in vals)
            extra = f"date_value {sum(v * w for v, w in vals) / n:.3f}" if n else "date_value -"
        print(f"{t:7} {g:5} {c:5} {p:6.3f} {rc:6.3f} {f:6.3f}  {extra}")
    print(f"text preserved (min) {min(r['text_preserved'] for r in results.values()):.4f}; "
          f"{len(results)} documents")


def each_rule(eval_dir: Path, texts: Path | None) -> None:
    """A Markdown table: for each rule, F1 per type with it switched off, minus F1 with all rules."""
    base = score_all(eval_dir, RULES, texts)
    f1 = {t: micro(base, t)[4] for t in ENTITY_TYPES}
    print("| rule | priority | Δ person | Δ place | Δ org |")
    print("|---|---:|---:|---:|---:|")
    for rule in RULES:
        off = score_all(eval_dir, RULES.without([rule.name]), texts)
        cells = " | ".join(f"{f1[t] - micro(off, t)[4]:+.3f}" for t in ENTITY_TYPES)
        print(f"| `{rule.name}` | {rule.priority} | {cells} |")
    print("| (all rules: F1) | | " + " | ".join(f"{f1[t]:.3f}" for t in ENTITY_TYPES) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "eval")
    parser.add_argument("--texts", type=Path, metavar="DIR",
                        help="a folder of gold folders to score instead of the dev set")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--without", default="", metavar="RULE[,RULE]",
                        help=f"switch recogniser rules off (rules: {', '.join(RULES.names())})")
    parser.add_argument("--each-rule", action="store_true", help="what each rule adds (Δ F1 when it is off)")
    args = parser.parse_args()
    if args.each_rule:
        each_rule(args.eval, args.texts)
        return 0
    try:
        rules = RULES.without(name.strip() for name in args.without.split(",") if name.strip())
    except TeikitError as exc:
        parser.error(str(exc))
    report(score_all(args.eval, rules, args.texts), args.per_doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
