"""Texts with no paragraph breaks: convert time of one long line against the same text in paragraphs.

    .venv/bin/python benchmarks/bench_long_lines.py                 # 5 MB; one line, paragraphs, 200,000 lines
    .venv/bin/python benchmarks/bench_long_lines.py --mb 0.2 --lines 20000

Issue 17 (item 3): conversion time grew with the square of a paragraph's length, so a 5 MB text on one
line never finished. The text here is made of generated sentences dense in names, places,
organisations and dates (the work that used to be quadratic), written three ways:

* `line`: every sentence on one line;
* `paragraphs`: the same sentences, eight to a paragraph, paragraphs separated by a blank line;
* `short lines`: the same words broken into `--lines` lines with no blank line between them.

Each form is converted (read → TEI bytes) in a fresh process after the gazetteers are loaded, so only
the conversion is timed; peak memory is that process's `ru_maxrss`. The forms are taken in turn for
`--rounds` rounds. The script prints the CPU time of each (the process's own: on a machine other jobs
share, wall time moves by 2 × from one run to the next, CPU time by a few per cent) and wall time,
the median of each round's CPU ratio to `paragraphs` (issue 17's target for `line`: at most 2 ×), how
many blocks the text became and the longest, and whether the text survived: the TEI read by the
rules of ../shared/eval/score.py (sic, orig, surplus kept; corrections and editors' notes left out)
must give the source's tokens, every one, in order, which is what score.py counts as text preserved
1.0. score.py itself cannot be run on 5 MB (its reading of the TEI grows with the square of the
text); `--score` runs it too, for small sizes.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
TEI = "http://www.tei-c.org/ns/1.0"
TOKEN = re.compile(r"\w+|[^\w\s]")

CONVERT = r"""
import json, resource, sys, time
from pathlib import Path
from lxml import etree
from teikit.annotate import gazetteer
from teikit.pipeline import convert_file, tei_bytes
gazetteer.places(), gazetteer.first_names(), gazetteer.common_words()
text, tei = Path(sys.argv[1]), Path(sys.argv[2])
started, cpu = time.perf_counter(), time.process_time()
data = tei_bytes(convert_file(text, tei))
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
tei.write_bytes(data)
root = etree.fromstring(data, etree.XMLParser(huge_tree=True))
blocks = root.xpath("//*[local-name() = 'text']//*[local-name() = 'p' or local-name() = 'head']")
said = "descendant::text()[not(ancestor::*[local-name() = 'note' or local-name() = 'corr' or local-name() = 'reg'])]"
print(json.dumps({"seconds": round(seconds, 2), "cpu": round(cpu, 2),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "blocks": len(blocks), "parts": sum(1 for b in blocks if b.get("part")),
                  "longest": max(sum(len(t) for t in b.xpath(said)) for b in blocks)}))
"""

FIRST = ["Ivan", "Pyotr", "Anna", "Maria", "Grigory", "Nikolai", "Yakov", "Olga", "Sergei", "Lev", "Vera", "Boris"]
LAST = ["Petrov", "Sokolov", "Orlovsky", "Markin", "Belenko", "Zaitsev", "Kuznetsov", "Volkov", "Lebedev",
        "Morozov", "Gusev", "Frolov"]
PLACES = ["Moscow", "Leningrad", "Kiev", "Odessa", "Berlin", "Paris", "Constantinople", "Tiflis", "Kharkov",
          "Vienna", "Riga", "Warsaw"]
ORGS = ["the Central Committee", "the OGPU", "the Foreign Department", "the People's Commissariat of Trade",
        "the Comintern", "the Moscow Soviet"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
VERBS = ["wrote to", "met", "visited", "telegraphed", "reported on", "argued with", "travelled with", "questioned"]


def prose(size: int, seed: int = 1929) -> list[str]:
    """Sentences (about `size` characters in all) with a name, a place or an organisation and a date
    in each, drawn at random from the lists above so that no passage repeats another."""
    pick = random.Random(seed)

    def date() -> str:
        month, day, year = pick.choice(MONTHS), pick.randint(1, 28), pick.randint(1917, 1939)
        return pick.choice([f"{month} {day}, {year}", f"the {day}th of {month}", f"{month} {year}",
                            f"early {year}", f"the summer of {year}"])

    def person() -> str:
        return pick.choice([f"{pick.choice(FIRST)} {pick.choice(LAST)}", f"Comrade {pick.choice(LAST)}",
                            f"{pick.choice(FIRST)[0]}. {pick.choice(LAST)}"])

    forms = [
        lambda: f"On {date()} {person()} {pick.choice(VERBS)} {person()} in {pick.choice(PLACES)}.",
        lambda: f"In {date()}, {pick.choice(ORGS)} sent {person()} to {pick.choice(PLACES)}, where he stayed "
                f"until {date()}.",
        lambda: f"{person()} said that {pick.choice(ORGS)} had known of it since {date()}; nobody in "
                f"{pick.choice(PLACES)} believed him.",
        lambda: f"The letter of {date()} was read aloud by {person()} before {pick.choice(ORGS)}.",
    ]
    sentences, total = [], 0
    while total < size:
        sentences.append(pick.choice(forms)())
        total += len(sentences[-1]) + 1
    return sentences


def forms(megabytes: float, lines: int) -> dict[str, str]:
    sentences = prose(int(megabytes * 1_000_000))
    words = " ".join(sentences).split(" ")
    per_line = max(1, len(words) // lines)
    return {
        "paragraphs": "\n\n".join(" ".join(sentences[i:i + 8]) for i in range(0, len(sentences), 8)) + "\n",
        "line": " ".join(sentences) + "\n",
        f"{lines:,} short lines": "\n".join(" ".join(words[i:i + per_line])
                                            for i in range(0, len(words), per_line)) + "\n",
    }


#: What score.py leaves out of a TEI's text (its DROP_TAGS), and the notes it keeps.
NOT_THE_SOURCE = {"corr", "reg", "expan", "ex", "supplied", "del", "teiHeader", "standOff", "facsimile"}
SOURCE_NOTES = {"source", "original", "authorial", "publisher"}


def source_side(el: etree._Element, out: list[str]) -> None:
    """The text under `el` as score.py's `flatten` reads it (sic, orig, surplus kept; corrections and
    editors' notes left out), in linear time: `flatten` sums the text so far at every element, which
    takes hours on a 5 MB text."""
    local = etree.QName(el).localname
    if local in NOT_THE_SOURCE or (local == "note" and (el.get("type") or "") not in SOURCE_NOTES):
        return
    out.append(el.text or "")
    for child in el:
        if isinstance(child.tag, str):
            source_side(child, out)
        out.append(child.tail or "")
    out.append(" ")


def preserved(source: str, tei: Path) -> str:
    """"1.0" when the TEI's text has every token of the source in order, else how far they agree."""
    root = etree.parse(str(tei), etree.XMLParser(huge_tree=True)).getroot()
    out: list[str] = []
    for text in root.iter(f"{{{TEI}}}text"):
        source_side(text, out)
    said, wanted = TOKEN.findall("".join(out)), TOKEN.findall(source)
    if said == wanted:
        return "1.0"
    same = next((i for i, (a, b) in enumerate(zip(said, wanted)) if a != b), min(len(said), len(wanted)))
    return f"{same / len(wanted):.4f} (first difference at token {same})"


def scored(source: str, tei: Path) -> str:
    """score.py's own text_preserved (a gold folder of the source and no mentions), or "-" without it."""
    if not SCORER.exists():
        return "-"
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = tei.parent / "gold"
    gold.mkdir(exist_ok=True)
    (gold / "plain.txt").write_text(source, encoding="utf-8")
    (gold / "gold.jsonl").write_text("", encoding="utf-8")
    return f"{module.score(str(gold), str(tei))['text_preserved']}"


def convert(text: str, tmp: Path) -> dict:
    """One conversion in a fresh process: its figures, and whether the text survived."""
    path, tei = tmp / "long.txt", tmp / "long.xml"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CONVERT, str(path), str(tei)], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"conversion failed: {done.stderr.strip().splitlines()[-1]}")
    return {**json.loads(done.stdout), "size": len(text), "kept": preserved(text, tei)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the text in MB (default 5)")
    parser.add_argument("--lines", type=int, default=200_000, help="lines of the short-lines form (default 200,000)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the three forms, taken in turn (default 2)")
    parser.add_argument("--score", action="store_true",
                        help="also run ../shared/eval/score.py itself (hours at 5 MB: for --mb 0.2 or so)")
    args = parser.parse_args()
    texts = forms(args.mb, args.lines)
    runs: dict[str, list[dict]] = {name: [] for name in texts}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            for name, text in texts.items():
                runs[name].append(convert(text, Path(tmp)))
                if args.score and len(runs[name]) == 1:
                    runs[name][0]["scored"] = scored(text, Path(tmp) / "long.xml")
    base = runs["paragraphs"]
    print(f"{args.mb:g} MB of generated prose; conversion (read → TEI bytes) in a fresh process, gazetteers "
          f"loaded; median of {args.rounds} rounds, the forms taken in turn\n")
    print("| form | characters | CPU s | × paragraphs (CPU) | wall s | peak MiB | blocks | parts | longest block "
          "| text preserved | score.py |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for name, rs in runs.items():
        r = rs[0]
        ratio = median(a["cpu"] / b["cpu"] for a, b in zip(rs, base))
        print(f"| {name} | {r['size']:,} | {median(x['cpu'] for x in rs):.2f} | {ratio:.2f} | "
              f"{median(x['seconds'] for x in rs):.2f} | {max(x['peak_mb'] for x in rs)} | {r['blocks']:,} | "
              f"{r['parts']:,} | {r['longest']:,} | {r['kept']} | {r.get('scored', '-')} |")
    line = median(a["cpu"] / b["cpu"] for a, b in zip(runs["line"], base))
    print(f"\none line = {line:.2f} × paragraphs in CPU time, the median of each round's ratio  [target ≤ 2 ×]")


if __name__ == "__main__":
    main()
