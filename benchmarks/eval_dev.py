"""Entity and date accuracy on texts teikit has never seen: the dev set in ../shared/eval/dev.

Each dev text is converted with no edition data and scored by ../shared/eval/score.py; prints
per-type lenient precision/recall/F1 (micro-averaged), date normalisation and text preservation.
`--texts DIR [DIR …]` scores other folders of gold folders instead, pooled into one set, such as the
project's own held-out sets (benchmarks/heldout/X; see the README there for the sets never to read);
`--texts` given again is another set, reported on its own. `--without RULE[,RULE]` switches
recogniser rules off (names as in `--explain`). `--each-rule` tells, for every rule and every set,
what switching the rule off alone costs in F1 and in how many texts it changes anything at all, with
the date and commit measured, then the rules that add nothing anywhere and those that change one
text only; `--markdown` prints the table as docs/entities.md holds it ("What each rule adds").

    .venv/bin/python benchmarks/eval_dev.py [--eval ../shared/eval] [--per-doc] [--without RULE,…]
    .venv/bin/python benchmarks/eval_dev.py --texts benchmarks/heldout/a --per-doc
    nice -n 10 .venv/bin/python benchmarks/eval_dev.py --each-rule --markdown \\
        --texts ../shared/eval/dev --texts benchmarks/heldout/{a,b,c,d,f,h,i}
"""

from __future__ import annotations

import argparse
import datetime
import functools
import importlib.util
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from teikit.annotate.recognise.classifier import ClassifyRule, Phrase
from teikit.annotate.recognise.registry import RULES
from teikit.annotate.rules import Rule, Rules
from teikit.errors import TeikitError
from teikit.pipeline import convert_file, tei_bytes

TYPES = ("person", "place", "org", "date")
ENTITY_TYPES = TYPES[:3]


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def gold_folders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir())


def convert_scored(score, gold: Path, rules: Rules, out: Path) -> tuple[bytes, dict]:
    """The TEI of a gold folder's text converted with these rules, written to `out`, and its score."""
    tei = tei_bytes(convert_file(gold / "plain.txt", out, rules=rules))
    out.write_bytes(tei)
    return tei, score(str(gold), str(out))


def score_all(eval_dir: Path, rules: Rules, texts: Path | None = None,
              each: Callable[[Path, Path], None] | None = None) -> dict[str, dict]:
    """score.py's result for every text of `texts` (the dev set by default) converted with these rules;
    `each(gold folder, TEI file)` is called while the converted file still exists."""
    score = load_scorer(eval_dir)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in gold_folders(texts or eval_dir / "dev"):
            out = Path(tmp) / f"{gold.name}.xml"
            results[gold.name] = convert_scored(score, gold, rules, out)[1]
            if each is not None:
                each(gold, out)
    return results


def score_set(eval_dir: Path, rules: Rules, folders: list[Path]) -> dict[str, dict]:
    """`score_all` over several folders pooled into one set; a text is named folder/text then."""
    if len(folders) == 1:
        return score_all(eval_dir, rules, folders[0])
    return {f"{folder.name}/{name}": result for folder in folders
            for name, result in score_all(eval_dir, rules, folder).items()}


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


# ---------------------------------------------------------------- what each rule adds

def watched(rules: Rules[ClassifyRule], acted: set[str]) -> Rules[ClassifyRule]:
    """The same rules, each adding its name to `acted` when it answers a phrase or narrows it for the
    rules after (as cut-titles does). A rule has no other effect, so on a text where it did neither,
    switching it off changes nothing: `each_rule` converts again only the texts it acted on."""
    def watch(rule: Rule[ClassifyRule]) -> Rule[ClassifyRule]:
        @functools.wraps(rule.apply)  # keeps the docstring, the reason a mention records
        def apply(phrase: Phrase):
            before = (list(phrase.run), phrase.title)
            found = rule.apply(phrase)
            if found is not None or (phrase.run, phrase.title) != before:
                acted.add(rule.name)
            return found
        return Rule(rule.name, rule.priority, apply)
    return Rules(watch(rule) for rule in rules)


@dataclass
class Baseline:
    """A text converted with every rule: its TEI, its score and the rules that acted on it."""

    tei: bytes
    result: dict
    acted: frozenset[str]


@dataclass
class RuleEffect:
    """What switching one rule off does to each set: Δ F1 per type (with it minus without it) and the
    texts whose TEI changes at all."""

    rule: Rule
    delta: dict[str, dict[str, float]]
    changed: dict[str, list[Path]]

    def adds_nothing(self) -> bool:
        return all(d <= 0 for per_type in self.delta.values() for d in per_type.values())

    def texts(self) -> list[Path]:
        return [gold for changed in self.changed.values() for gold in changed]


def f1_per_type(results: dict[Path, dict]) -> dict[str, float]:
    return {t: micro(results, t)[4] for t in ENTITY_TYPES}


def each_rule(eval_dir: Path, sets: dict[str, list[Path]]) -> tuple[dict[str, dict[str, float]], list[RuleEffect]]:
    """F1 per set and type with every rule, and for each rule in priority order what switching it off
    alone does. Each text is converted once with every rule, then once more for each rule that acted
    on it (`watched`); a conversion that comes out byte for byte as with every rule is not scored again."""
    score = load_scorer(eval_dir)
    golds = {label: [g for folder in folders for g in gold_folders(folder)] for label, folders in sets.items()}
    everything = [gold for texts in golds.values() for gold in texts]
    with tempfile.TemporaryDirectory() as tmp:
        outs = {gold: Path(tmp) / str(n) / f"{gold.name}.xml" for n, gold in enumerate(everything)}
        base: dict[Path, Baseline] = {}
        for gold in everything:
            outs[gold].parent.mkdir()
            acted: set[str] = set()
            tei, result = convert_scored(score, gold, watched(RULES, acted), outs[gold])
            base[gold] = Baseline(tei, result, frozenset(acted))
        f1 = {label: f1_per_type({g: base[g].result for g in texts}) for label, texts in golds.items()}
        effects = []
        for n, rule in enumerate(RULES, 1):
            again = [gold for gold in everything if rule.name in base[gold].acted]
            print(f"[{n}/{len(RULES.names())}] {rule.name}: {len(again)} texts to convert again", file=sys.stderr)
            rules = RULES.without([rule.name])
            changed: dict[Path, dict] = {}
            for gold in again:
                tei, result = convert_scored(score, gold, rules, outs[gold])
                if tei != base[gold].tei:
                    changed[gold] = result
            delta = {label: {t: f1[label][t] - off for t, off in f1_per_type(
                {g: changed.get(g, base[g].result) for g in texts}).items()} for label, texts in golds.items()}
            effects.append(RuleEffect(rule, delta, {label: [g for g in texts if g in changed]
                                                    for label, texts in golds.items()}))
    return f1, effects


def measured_on() -> str:
    """Today's date and the commit measured, noting uncommitted changes to the code (src/, benchmarks/):
    taken before measuring, as the tree may move on during a long run."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(Path(__file__).resolve().parents[1]), *args],
                              capture_output=True, text=True).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "an unknown commit"
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src", "benchmarks")
    return f"{datetime.date.today().isoformat()}, commit {commit}{' with uncommitted changes' * bool(dirty)}"


def purpose(rule: Rule) -> str:
    """The first paragraph of the rule's docstring, on one line: what the rule is for."""
    return " ".join((rule.apply.__doc__ or rule.name).strip().split("\n\n")[0].split())


def text_name(gold: Path) -> str:
    return f"{gold.parent.name}/{gold.name}"


def print_each_rule(f1: dict[str, dict[str, float]], effects: list[RuleEffect], sets: dict[str, list[Path]],
                    markdown: bool, measured: str) -> None:
    """The table (Markdown or aligned columns), then the two lists of docs/entities.md."""
    sizes = {label: sum(len(gold_folders(folder)) for folder in folders) for label, folders in sets.items()}
    header = ["rule", "priority"] + [f"{label} {column}" for label in sets
                                     for column in ("Δ person", "Δ place", "Δ org", "texts")]
    rows = [[f"`{e.rule.name}`" if markdown else e.rule.name, str(e.rule.priority)]
            + [cell for label in sets for cell in [f"{e.delta[label][t]:+.3f}" for t in ENTITY_TYPES]
               + [str(len(e.changed[label]))]]
            for e in effects]
    rows.append(["(all rules: F1; texts)", ""] + [cell for label in sets for cell in
                                                 [f"{f1[label][t]:.3f}" for t in ENTITY_TYPES] + [str(sizes[label])]])
    print(f"Measured on {measured}. Δ is lenient micro F1 with every rule minus F1 with the rule "
          "switched off alone (positive: the rule helps); texts is the number of texts whose TEI "
          "switching it off changes at all. Sets: "
          + "; ".join(f"{label} ({sizes[label]} text{'s' * (sizes[label] != 1)})" for label in sets) + ".\n")
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|" + "---:|" * (len(header) - 1))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(row[k]) for row in [header, *rows]) for k in range(len(header))]
        for row in [header, *rows]:
            print("  ".join(cell.ljust(w) if k == 0 else cell.rjust(w) for k, (cell, w) in enumerate(zip(row, widths))))

    def item(effect: RuleEffect) -> str:
        texts = ", ".join(text_name(g) for g in effect.texts()) or "no text"
        return f"- `{effect.rule.name}` ({effect.rule.priority}): {purpose(effect.rule)} Changes: {texts}."
    print("\nRules whose Δ is ≤ 0 for every type on every set:\n")
    print("\n".join(item(e) for e in effects if e.adds_nothing()) or "(none)")
    print("\nRules that change one text only:\n")
    print("\n".join(item(e) for e in effects if len(e.texts()) == 1) or "(none)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "eval")
    parser.add_argument("--texts", type=Path, nargs="+", action="append", metavar="DIR",
                        help="folders of gold folders to score, pooled, instead of the dev set; again: another set")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--without", default="", metavar="RULE[,RULE]",
                        help=f"switch recogniser rules off (rules: {', '.join(RULES.names())})")
    parser.add_argument("--each-rule", action="store_true",
                        help="what each rule adds: Δ F1 and texts changed when it alone is off, per set")
    parser.add_argument("--markdown", action="store_true", help="with --each-rule: the table as Markdown")
    args = parser.parse_args()
    sets = {"+".join(folder.name for folder in folders): folders for folders in args.texts or [[args.eval / "dev"]]}
    if args.markdown and not args.each_rule:
        parser.error("--markdown goes with --each-rule")
    if args.each_rule:
        if args.without:
            parser.error("--each-rule switches each rule off alone: it does not go with --without")
        measured = measured_on()
        print_each_rule(*each_rule(args.eval, sets), sets, args.markdown, measured)
        return 0
    try:
        rules = RULES.without(name.strip() for name in args.without.split(",") if name.strip())
    except TeikitError as exc:
        parser.error(str(exc))
    for label, folders in sets.items():
        if len(sets) > 1:
            print(f"== {label}")
        report(score_set(args.eval, rules, folders), args.per_doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
