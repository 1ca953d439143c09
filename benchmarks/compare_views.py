"""Compare two versions of the stylesheets: is the HTML byte-identical, and which is faster?

Saxon's timings on a shared machine drift by up to 2 × between phases of a run (its garbage
collector, the host), so two versions timed one after the other can show a difference that is not
there. This script times them interleaved in one process, A B B A A B …, and reports the median of
the paired ratios B / A, which the drift cancels out of. Output is compared on every TEI file given.

    git archive HEAD xslt | tar -x -C /tmp/before
    .venv/bin/python benchmarks/compare_views.py /tmp/before/xslt xslt --view index tei/*.xml
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from lxml import etree

from teikit.mentions import with_mention_table
from teikit.render import VIEWS, processor, saxon_document
from teikit.xmlio import safe_parser

ROOT = Path(__file__).resolve().parents[1]


def compile_view(folder: Path, view: str):
    return processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(folder / f"{view}.xsl"))


def parsed(path: Path, mention_table: bool = False):
    tree = etree.parse(str(path), safe_parser())
    return saxon_document(with_mention_table(tree) if mention_table else tree)


def render(executable, document, name: str) -> str:
    executable.set_parameter("edition", processor().make_string_value(name))
    return executable.transform_to_string(xdm_node=document)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="folder of the stylesheets as they were (A)")
    parser.add_argument("after", type=Path, nargs="?", default=ROOT / "xslt", help="folder of the changed ones (B)")
    parser.add_argument("tei", type=Path, nargs="*", help="TEI files to compare on (default: tei/*.xml); "
                        "the first is timed")
    parser.add_argument("--view", action="append", choices=VIEWS, help="repeatable; default: all three")
    parser.add_argument("--repeat", type=int, default=60, help="timed runs of each version")
    parser.add_argument("--mention-table", action="store_true",
                        help="B renders a copy carrying teikit.mentions' table, as teikit.render does, and A the "
                        "TEI alone; each timed run is then the document's preparation (table, Saxon parse) and "
                        "every view chosen, in one")
    args = parser.parse_args()
    files = args.tei or sorted((ROOT / "tei").glob("*.xml"))
    if args.mention_table:
        return compare_whole(args.before, args.after, files, tuple(args.view or VIEWS), args.repeat)
    differ = 0
    for view in args.view or VIEWS:
        before, after = compile_view(args.before, view), compile_view(args.after, view)
        for path in files:
            document = parsed(path)
            if render(before, document, path.stem) != render(after, document, path.stem):
                differ += 1
                print(f"{view}: {path.name}: the HTML differs")
        timed, name = parsed(files[0]), files[0].stem
        report_pairs(f"{view} on {files[0].name}", interleaved(args.repeat, {
            "A": lambda: render(before, timed, name), "B": lambda: render(after, timed, name)}))
    print("HTML byte-identical on every file" if not differ else f"{differ} pages differ")
    return 1 if differ else 0


def interleaved(repeat: int, actions: dict) -> dict[str, list[float]]:
    """Seconds of each run of actions "A" and "B", alternating which goes first, so that the drift
    of the machine's speed falls on both alike."""
    times: dict[str, list[float]] = {"A": [], "B": []}
    for run in range(repeat):
        for label in ("AB" if run % 2 else "BA"):
            start = time.perf_counter()
            actions[label]()
            times[label].append(time.perf_counter() - start)
    return times


def report_pairs(what: str, times: dict[str, list[float]]) -> None:
    ratios = [b / a for a, b in zip(times["A"], times["B"])]
    print(f"{what}: A median {statistics.median(times['A']) * 1000:.1f} ms, "
          f"B median {statistics.median(times['B']) * 1000:.1f} ms; "
          f"B / A paired median {statistics.median(ratios):.3f} ({len(ratios)} pairs)")


def compare_whole(before_folder: Path, after_folder: Path, files: list[Path], views: tuple[str, ...],
                  repeat: int) -> int:
    """A: the TEI parsed into Saxon and the views of `before_folder`; B: the mention table, the parse
    of the copy that carries it, and the views of `after_folder`. Pages compared on every file, the
    whole timed interleaved on the first."""
    versions = {"A": ({view: compile_view(before_folder, view) for view in views}, False),
                "B": ({view: compile_view(after_folder, view) for view in views}, True)}

    def pages(label: str, path: Path) -> list[str]:
        executables, table = versions[label]
        document = parsed(path, table)
        return [render(executables[view], document, path.stem) for view in views]

    differ = 0
    for path in files:
        for view, a, b in zip(views, pages("A", path), pages("B", path)):
            if a != b:
                differ += 1
                print(f"{view}: {path.name}: the HTML differs")
    report_pairs(f"document + {', '.join(views)} on {files[0].name}", interleaved(repeat, {
        "A": lambda: pages("A", files[0]), "B": lambda: pages("B", files[0])}))
    print("HTML byte-identical on every file" if not differ else f"{differ} pages differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
