"""Stage 6, render: canonical TEI → HTML views, by the XSLT 3.0 stylesheets in `xslt/` (saxonche).

One Saxon processor per process; each stylesheet is compiled once and reused for every document.
The TEI is parsed safely by lxml first and handed to Saxon as a string, so Saxon never resolves an
entity or fetches a DTD.
"""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from lxml import etree

from teikit.errors import InputError, TeikitError
from teikit.resources import xslt_dir
from teikit.xmlio import parse_xml, write_atomic

VIEWS = ("reading", "diplomatic", "index")
#: Static files the views link to, copied once into the site's assets folder.
ASSETS = ("teikit.css", "teikit.js")


@cache
def processor():
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


@cache
def compiled(view: str):
    """The compiled stylesheet for `view` (compiled once per process)."""
    path = xslt_dir() / f"{view}.xsl"
    compiler = processor().new_xslt30_processor()
    try:
        return compiler.compile_stylesheet(stylesheet_file=str(path))
    except Exception as exc:  # saxonche raises PySaxonApiError
        raise TeikitError(f"cannot compile stylesheet: {exc}", path) from exc


def render_tree(tree: etree._ElementTree, view: str, source_name: str) -> str:
    """One view of a TEI tree as an HTML string."""
    if view not in (*VIEWS, "landing"):
        raise InputError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    proc = processor()
    node = proc.parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
    executable = compiled(view)
    executable.set_parameter("edition", proc.make_string_value(source_name))
    try:
        return executable.transform_to_string(xdm_node=node)
    except Exception as exc:
        raise TeikitError(f"{view} view failed: {exc}", source_name) from exc


def copy_assets(site: Path) -> None:
    assets = site / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        src = xslt_dir() / name
        if src.exists():
            write_atomic(assets / name, src.read_bytes())


def render_file(tei_path: Path, site: Path, views: tuple[str, ...] = VIEWS) -> list[Path]:
    """Render the views of one TEI file to `site/<name>/<view>.html`; returns the files written."""
    tree = parse_xml(tei_path)
    name = tei_path.stem
    out_dir = site / name
    written = []
    for view in views:
        html = render_tree(tree, view, name)
        target = out_dir / f"{view}.html"
        write_atomic(target, html.encode("utf-8"))
        written.append(target)
    copy_assets(site)
    return written
