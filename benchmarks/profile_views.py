"""Where a view's time goes, template by template and function by function: Saxon's timing profile.

saxonche's native build has no timing profile (its trace listener classes cannot be loaded), so this
runs the same stylesheets in Saxon-HE for Java (`-TP`, the TimingTraceListener) on the document the
views really get: the TEI with teikit.mentions' table. Tracing slows every instruction, and Java's
Saxon is another build, so read the counts and the order of the costs, not the milliseconds; confirm
a lead in saxonche with `compare_views.py` (or by taking the part out of a scratch copy of the view).
The shares are of the profiled run's net times (what an instruction spends itself, not in what it
calls); calls are those of one run.

    .venv/bin/python benchmarks/profile_views.py [TEI] [--view reading --view index] [--top 15]
        [--jar /usr/share/java/Saxon-HE.jar]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import html

from teikit.mentions import with_mention_table
from teikit.render import VIEWS
from teikit.resources import xslt_dir
from teikit.xmlio import parse_xml

ROOT = Path(__file__).resolve().parents[1]


def profile(jar: Path, stylesheet: Path, document: Path, edition: str, repeat: int, report: Path) -> None:
    """Saxon's -TP report of `stylesheet` on `document`, after `repeat` runs (Java's JIT warmed)."""
    subprocess.run(["java", "-cp", str(jar), "net.sf.saxon.Transform", f"-repeat:{repeat}",
                    f"-s:{document}", f"-xsl:{stylesheet}", f"-TP:{report}", f"-o:{report.with_suffix('.out')}",
                    f"edition={edition}"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rows(report: Path) -> list[list[str]]:
    """The report's table: module, line, instruction, count, average and total gross and net ms."""
    table = html.parse(str(report)).xpath("//table")[0]
    return [[cell.text_content().strip() for cell in row.xpath("td")] for row in table.xpath(".//tr")[1:]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tei", nargs="?", type=Path, default=ROOT / "tei" / "blumkin-1929.xml")
    parser.add_argument("--view", action="append", choices=VIEWS, help="repeatable; default: all three")
    parser.add_argument("--top", type=int, default=15, help="rows to print, by net time")
    parser.add_argument("--repeat", type=int, default=10, help="runs before the profiled one")
    parser.add_argument("--jar", type=Path, default=Path("/usr/share/java/Saxon-HE.jar"))
    args = parser.parse_args()
    if not args.jar.exists() or shutil.which("java") is None:
        print(f"needs java and Saxon-HE's jar ({args.jar}; --jar names another)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        document = Path(scratch) / args.tei.name
        with_mention_table(parse_xml(args.tei)).write(str(document), encoding="UTF-8")
        for view in args.view or VIEWS:
            report = Path(scratch) / f"{view}.html"
            profile(args.jar, xslt_dir() / f"{view}.xsl", document, args.tei.stem, args.repeat, report)
            found = rows(report)
            total = sum(float(row[7]) for row in found)
            print(f"\n{view} on {args.tei.name}: the {args.top} costliest of {len(found)} instructions, by net time "
                  "(their own, less what they call)\n")
            print("| where | instruction | calls | share of the net time |\n| --- | --- | ---: | ---: |")
            for module, line, instruction, count, *_, net in sorted(found, key=lambda r: -float(r[7]))[:args.top]:
                print(f"| {module}:{line} | {' '.join(instruction.split())[:60]} | {count} | {float(net) / total:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
