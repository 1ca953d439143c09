"""What the schema objects cost to build, to use and to restore from a cache — to decide what teikit
should keep between runs.

Measured (best of --repeat, each in this one process):
  * xmlschema: import, build of schema/teikit.xsd, pickle + unpickle of the built schema, validation
    of the seed's TEI;
  * lxml (libxml2) XMLSchema of the same XSD: build and validation, for comparison;
  * tei_all (the TEI P5 4.9.0a RelaxNG teikit ships) with lxml: build and validation;
    lxml RelaxNG objects cannot be pickled, which this script checks rather than assumes;
  * Schematron (schema/teikit.sch, when it exists) with lxml.isoschematron: build and validation.

    .venv/bin/python benchmarks/bench_schemas.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best_seconds(action, repeat: int):
    """Fastest of `repeat` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def row(what: str, seconds: float | None, note: str = "") -> None:
    shown = "—" if seconds is None else f"{seconds * 1000:.1f}"
    print(f"| {what} | {shown} | {note} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    repeat = args.repeat

    start = time.perf_counter()
    import xmlschema
    import_seconds = time.perf_counter() - start
    from lxml import etree
    from lxml.isoschematron import Schematron

    from teikit.pipeline import convert_file
    from teikit.resources import schema_dir, tei_all_schemas

    seed = convert_file(ROOT / "seeds" / "blumkin-1929.txt")
    xsd_path = schema_dir() / "teikit.xsd"

    print("| schema object | ms | note |\n| --- | ---: | --- |")
    row("import xmlschema", import_seconds, "paid by every command that validates")
    build, schema = best_seconds(lambda: xmlschema.XMLSchema(str(xsd_path)), repeat)
    row("xmlschema: build teikit.xsd", build)
    dump, data = best_seconds(lambda: pickle.dumps(schema), repeat)
    load, _ = best_seconds(lambda: pickle.loads(data), repeat)
    row("xmlschema: pickle the built schema", dump, f"{len(data) / 1024:.0f} KiB")
    row("xmlschema: unpickle it (a cache between runs)", load, f"saves {(build - load) * 1000:.0f} ms per process")
    check, errors = best_seconds(lambda: list(schema.iter_errors(seed)), repeat)
    row("xmlschema: validate the seed", check, f"{len(errors)} problems")

    build, libxml_schema = best_seconds(lambda: etree.XMLSchema(etree.parse(str(xsd_path))), repeat)
    row("libxml2 (lxml.etree.XMLSchema): build teikit.xsd", build)
    check, valid = best_seconds(lambda: libxml_schema.validate(seed), repeat)
    row("libxml2: validate the seed", check, "valid" if valid else "invalid")

    rng_path = tei_all_schemas()[0]
    if rng_path.exists():
        build, tei_all = best_seconds(lambda: etree.RelaxNG(etree.parse(str(rng_path))), 1)
        row("tei_all RelaxNG (lxml): build", build, "built once per process; never per document")
        check, valid = best_seconds(lambda: tei_all.validate(seed), repeat)
        row("tei_all RelaxNG: validate the seed", check, "valid" if valid else "invalid")
        try:
            pickle.dumps(tei_all)
            note = "picklable"
        except (TypeError, pickle.PicklingError) as exc:
            note = f"cannot be pickled ({type(exc).__name__})"
        row("tei_all RelaxNG: cache between runs by pickling", None, note)

    sch_path = schema_dir() / "teikit.sch"
    if sch_path.exists():
        build, schematron = best_seconds(lambda: Schematron(etree.parse(str(sch_path))), repeat)
        row("Schematron (lxml.isoschematron): build teikit.sch", build)
        check, valid = best_seconds(lambda: schematron.validate(seed), repeat)
        row("Schematron: validate the seed", check, "valid" if valid else "invalid")
    else:
        row("Schematron", None, f"no {sch_path.name} yet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
