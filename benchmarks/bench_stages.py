"""Per-stage timings for one document (the seed by default) against the floor on the same file.

Stages are called directly, in one warm process (stylesheets compiled, schema built), each timed as
the median of --repeat runs. The floor is what any XML pipeline pays for this file: lxml parse +
serialise, and one compiled no-op XSLT 3.0 pass with saxonche (the tree handed over as a string and
parsed by Saxon, exactly as the views are). The views share one Saxon parse per document, of a copy
carrying the mention table (teikit.mentions), as `teikit build` and `teikit render` run them: table
and parse have a row of their own and count once. Prints a table
and the issue-9 ratios:

    validate + three views  ≤ 4 × floor
    convert with register   ≤ 0.5 s

    .venv/bin/python benchmarks/bench_stages.py [TEXT] [--repeat 20] [--cpu]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from lxml import etree

from teikit.annotate import annotate
from teikit.edition import load_edition
from teikit.mentions import with_mention_table
from teikit.pipeline import convert_file, convert_source, tei_bytes
from teikit.read import read_text
from teikit.render import VIEWS, processor, render_views, saxon_document, transform
from teikit.resources import schema_dir
from teikit.segment import segment
from teikit.serialise import to_document, to_tei
from teikit.validate import validate_tree
from teikit.xmlio import safe_parser

ROOT = Path(__file__).resolve().parents[1]
NO_OP = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" html-version="5"/>
  <xsl:template match="/"><html/></xsl:template>
</xsl:stylesheet>"""


#: What a stage's time is measured with: wall time, or with --cpu the process's CPU time (all its
#: threads, Saxon's collector among them), which other jobs on a shared machine do not inflate.
clock = time.perf_counter


def median_seconds(action, repeat: int) -> float:
    action()  # warm-up: compile, build schema, fill caches
    times = []
    for _ in range(repeat):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def conversion_stages(source, data, out_path: Path, repeat: int) -> dict[str, float]:
    """Median time of segment, annotate and serialise, each timed inside one conversion run."""
    times: dict[str, list[float]] = {"segment": [], "annotate": [], "serialise (model → TEI bytes)": []}
    for run in range(repeat + 1):
        start = clock()
        doc = segment(source, data)
        segmented = clock()
        annotate(doc, data)
        annotated = clock()
        tei_bytes(to_document(to_tei(doc, data), out_path, schema_dir()))
        done = clock()
        if run:  # the first run is the warm-up
            for name, seconds in zip(times, (segmented - start, annotated - segmented, done - annotated)):
                times[name].append(seconds)
    return {name: statistics.median(values) for name, values in times.items()}


def no_op_pass():
    """One compiled no-op XSLT 3.0 stylesheet, run the way `render_views` runs a view."""
    proc = processor()
    executable = proc.new_xslt30_processor().compile_stylesheet(stylesheet_text=NO_OP)

    def run(tree: etree._ElementTree) -> str:
        node = proc.parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
        return executable.transform_to_string(xdm_node=node)
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=ROOT / "seeds" / "blumkin-1929.txt")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cpu", action="store_true", help="time CPU seconds of the process, not wall time")
    args = parser.parse_args()
    global clock
    if args.cpu:
        clock = time.process_time
    text, repeat = args.text, args.repeat

    source = read_text(text)
    data = load_edition(text)
    out_path = ROOT / "tei" / f"{text.stem}.xml"
    tree = convert_source(source, data, out_path)
    data_bytes = tei_bytes(tree)
    parsed = etree.fromstring(data_bytes, safe_parser()).getroottree()
    no_op = no_op_pass()

    conversion = conversion_stages(source, data, out_path, repeat)
    rows: list[tuple[str, float]] = [
        ("read", median_seconds(lambda: read_text(text), repeat)),
        ("edition data + register", median_seconds(lambda: load_edition(text), repeat)),
        *conversion.items(),
        ("validate (parse + XSD + rules)", median_seconds(
            lambda: validate_tree(etree.fromstring(data_bytes, safe_parser()).getroottree(), "seed"),
            repeat)),
    ]
    rows.append(("views: mention table + Saxon parse (once per document)",
                 median_seconds(lambda: saxon_document(with_mention_table(parsed)), repeat)))
    document = saxon_document(with_mention_table(parsed))
    for view in VIEWS:
        rows.append((f"view: {view}", median_seconds(lambda: transform(document, view, text.stem), repeat)))
    parse_serialise = median_seconds(
        lambda: etree.tostring(etree.fromstring(data_bytes, safe_parser())), repeat)
    xslt_pass = median_seconds(lambda: no_op(parsed), repeat)
    def validate_and_render():
        tree = etree.fromstring(data_bytes, safe_parser()).getroottree()
        validate_tree(tree, "seed")
        render_views(tree, VIEWS, text.stem)
    together = median_seconds(validate_and_render, repeat)
    convert = median_seconds(lambda: convert_file(text), max(3, repeat // 4))
    rows += [("floor: lxml parse + serialise", parse_serialise),
             ("floor: one compiled no-op XSLT pass", xslt_pass),
             ("convert with register (read → TEI tree)", convert)]

    print(f"{text.name}: {len(data_bytes) / 1024:.0f} KiB of TEI, median of {repeat} runs\n")
    print("| stage | ms |\n| --- | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds * 1000:.1f} |")
    floor = parse_serialise + xslt_pass
    validate_and_views = sum(s for name, s in rows if name.startswith(("validate", "view")))
    print(f"\nvalidate + three views = {validate_and_views * 1000:.1f} ms (sum of the stages) = "
          f"{validate_and_views / floor:.1f} × floor ({floor * 1000:.1f} ms)  [target ≤ 4 × (issue 9), ≤ 5 × (issue 21)]")
    print(f"validate + three views = {together * 1000:.1f} ms (timed together: validate_tree, then "
          f"render_views) = {together / floor:.1f} × floor  [target ≤ 4 × (issue 9), ≤ 5 × (issue 21)]")
    print(f"convert with register = {convert:.3f} s  [target ≤ 0.5 s]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
