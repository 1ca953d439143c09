"""What single XPath operations cost in saxonche, per call, on the seed's TEI.

The views spend their time in many small calls (a snippet, a link target, a label for each of the
seed's 687 mentions), so what one call costs in Saxon's native build bounds how fast a view can be.
Each operation runs N times in a compiled stylesheet; its cost per call is the run's time, less that
of the same loop doing nothing, divided by N (minimum of --repeat runs, the least disturbed).

    .venv/bin/python benchmarks/bench_xpath_calls.py [--calls 1000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from teikit.render import processor

ROOT = Path(__file__).resolve().parents[1]
PHRASE = "'in the course of his testimony Blumkin said that '"

#: name → an expression of $i (1 … N) whose cost is measured; $names are the text's names, $p its paragraphs.
OPERATIONS = {
    "nothing (the loop itself)": "$i",
    "string concatenation": f"{PHRASE} || $i",
    "normalize-space (50 characters)": f"normalize-space({PHRASE} || $i)",
    "tokenize#1 (50 characters)": f"count(tokenize({PHRASE} || $i))",
    "tokenize(…, '\\s+') (50 characters)": f"count(tokenize({PHRASE} || $i, '\\s+'))",
    "matches(…, '^\\s$') on one character": "matches(substring('ab ' || $i, 3, 1), '^\\s$')",
    "character equality instead": "substring('ab ' || $i, 3, 1) = (' ', '&#9;', '&#10;', '&#13;')",
    "string-join of a paragraph's text nodes": "string-length(string-join($p[$i mod count($p) + 1]//text()))",
    "a paragraph's text nodes before a name (<<)": "count($p[$i mod count($p) + 1]//text()[. &lt;&lt; $names[$i]])",
    "nearest block ancestor of a name": "count($names[$i]/ancestor::*[self::t:p or self::t:head][1])",
    "key() lookup of a register entry": "count(key('entry', substring($names[$i]/@ref, 2)))",
    "user function call (identity)": "local:same($i)",
}

STYLESHEET = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:local="urn:local" exclude-result-prefixes="#all">
  <xsl:key name="entry" match="t:standOff//*[@xml:id]" use="@xml:id"/>
  <xsl:function name="local:same" as="item()"><xsl:param name="x" as="item()"/><xsl:sequence select="$x"/></xsl:function>
  <xsl:template match="/">
    <xsl:variable name="names" select="(//t:text//(t:persName | t:placeName | t:orgName)[@ref])"/>
    <xsl:variable name="p" select="//t:text//t:p"/>
    <!-- every result is used, so that no call can be optimised away -->
    <r><xsl:value-of select="sum(for $i in 1 to {calls} return string-length(string(({expression})[1])))"/></r>
  </xsl:template>
</xsl:stylesheet>"""


def best_time(executable, document, repeat: int) -> float:
    executable.transform_to_string(xdm_node=document)  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        executable.transform_to_string(xdm_node=document)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tei", nargs="?", type=Path, default=ROOT / "tei" / "blumkin-1929.xml")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    proc = processor()
    document = proc.parse_xml(xml_file_name=str(args.tei))
    compiler = proc.new_xslt30_processor()
    seconds = {name: best_time(compiler.compile_stylesheet(stylesheet_text=STYLESHEET.format(
        calls=args.calls, expression=expression)), document, args.repeat) for name, expression in OPERATIONS.items()}
    baseline = seconds.pop("nothing (the loop itself)")
    print(f"{args.tei.name}: µs per call, minimum of {args.repeat} runs of {args.calls} calls, less the empty loop "
          f"({baseline * 1000:.2f} ms)\n")
    print("| operation | µs per call |\n| --- | ---: |")
    for name, total in seconds.items():
        print(f"| {name} | {max(total - baseline, 0) / args.calls * 1e6:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
