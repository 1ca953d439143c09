"""Stage 6, render: canonical TEI → HTML views, by the XSLT 3.0 stylesheets in `xslt/` (saxonche).

One Saxon processor per process; each stylesheet is compiled once and reused for every document,
and each document is parsed into Saxon once for all its views. The TEI is parsed safely by lxml
first and handed to Saxon as a string, so Saxon never resolves an entity or fetches a DTD.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from lxml import etree

from teikit.errors import InputError, InvalidDocument, TeikitError
from teikit.mentions import with_mention_table
from teikit.paths import edition_name, output_path
from teikit.resources import xslt_dir
from teikit.xmlio import TEI_NS, parse_xml, safe_parser, serialise_xml, write_atomic

VIEWS = ("reading", "diplomatic", "index")
#: Every stylesheet of `xslt/` that renders a TEI tree: the views, the landing page (of a teiCorpus),
#: the registers as XML (turned into JSON and CSV here) and, in a corpus, what the corpus pages need
#: of the edition (see `teikit.corpus_build`).
STYLESHEETS = (*VIEWS, "landing", "register", "corpus-extract")
#: The stylesheets that read what teikit.mentions computes (the others have no use for it: the
#: diplomatic view links no names, the landing page renders headers).
READ_THE_MENTION_TABLE = ("reading", "index", "register", "corpus-extract")
#: An edition's extract for the corpus pages, written beside its views in a corpus.
CORPUS_EXTRACT = "corpus.xml"
#: Data files written beside the views: the registers (persons, places, organisations).
REGISTERS = ("register.json", "register.csv")
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


#: One thread at a time in Saxon: a dask worker runs tasks in threads, and a transform sets a
#: parameter on the shared compiled stylesheet and points the process's stderr elsewhere.
SAXON_LOCK = threading.Lock()


#: Saxon's XML parser (Java's `jdk.xml.maxElementDepth`) refuses elements nested deeper than this.
SAXON_MAX_DEPTH = 100
#: The first element nested too deep for Saxon; in an edition's header one level less, because the
#: landing page puts every edition's header into a teiCorpus, one level deeper.
TOO_DEEP = etree.XPath(f"(/{'/'.join(['*'] * (SAXON_MAX_DEPTH + 1))}"
                       f" | /*/tei:teiHeader{'/*' * (SAXON_MAX_DEPTH - 2)})[1]", namespaces={"tei": TEI_NS})


def check_depth(tree: etree._ElementTree, source_name: str) -> None:
    """Refuse, in one line naming the file and line, a document Saxon could not read for its depth
    (a schema-valid TEI may nest notes without end). It cannot be rendered, so to teikit it is an
    invalid document (exit 1): `build` reports it with that edition and goes on."""
    found = TOO_DEEP(tree)
    if found:
        depth = sum(1 for _ in found[0].iterancestors()) + 1
        raise InvalidDocument(
            f"<{etree.QName(found[0]).localname}> is nested {depth} elements deep; the views can be made "
            f"only of documents nested at most {SAXON_MAX_DEPTH} deep ({SAXON_MAX_DEPTH - 1} in the teiHeader), "
            "the limit of Saxon's XML parser", tree.docinfo.URL or source_name, found[0].sourceline)


def saxon_document(tree: etree._ElementTree, source_name: str = ""):
    """The TEI as a Saxon document, parsed once for all the views of an edition (parsing costs as
    much as the diplomatic view itself). Its depth is checked first; any other limit of Saxon's
    parser is one line too, with Saxon's trace kept for --debug."""
    check_depth(tree, source_name)
    text = etree.tostring(tree, encoding="unicode")
    with SAXON_LOCK, tempfile.TemporaryFile() as trace:
        try:
            with stderr_into(trace):
                return processor().parse_xml(xml_text=text)
        except Exception as exc:  # saxonche raises PySaxonApiError, which cannot be pickled
            raise TeikitError(f"Saxon cannot read it: {exc}", tree.docinfo.URL or source_name) \
                from SaxonTrace(printed(trace) or str(exc))


class SaxonTrace(Exception):
    """What Saxon printed about a failure: shown by --debug, kept from the one-line error."""


def printed(trace) -> str:
    """What Saxon's native code printed into the temporary file `trace`."""
    trace.seek(0)
    return trace.read().decode("utf-8", errors="replace").strip()


@contextmanager
def stderr_into(sink) -> Iterator[None]:
    """Point the process's stderr (file descriptor 2, where Saxon's native code prints its
    multi-line trace of a failing stylesheet, out of Python's reach) at `sink` for a while."""
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(sink.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def transform(document, stylesheet: str, source_name: str, corpus: str = "") -> str:
    """Run the stylesheet `xslt/<stylesheet>.xsl` on a Saxon document; the result as a string.
    `corpus`: where the corpus index pages are from the edition's folder, if the site has them."""
    with SAXON_LOCK, tempfile.TemporaryFile() as trace:
        executable = compiled(stylesheet)
        executable.set_parameter("edition", processor().make_string_value(source_name))
        executable.set_parameter("corpus", processor().make_string_value(corpus))
        try:
            with stderr_into(trace):
                return executable.transform_to_string(xdm_node=document)
        except Exception as exc:
            raise TeikitError(f"{stylesheet} view failed: {exc}", source_name) \
                from SaxonTrace(printed(trace) or str(exc))


def render_views(tree: etree._ElementTree, views: tuple[str, ...], source_name: str,
                 corpus: str = "") -> dict[str, str]:
    """Views of a TEI tree (any of STYLESHEETS) as strings, by view name: one Saxon parse for all,
    of a copy that carries what the views need of each mention, computed once (teikit.mentions),
    when one of them reads it."""
    unknown = [view for view in views if view not in STYLESHEETS]
    if unknown:
        raise InputError(f"unknown view {unknown[0]!r}; choose one of {', '.join(VIEWS)}")
    if any(view in READ_THE_MENTION_TABLE for view in views):
        check_depth(tree, source_name)  # before the mention table walks it
        tree = with_mention_table(tree)
    document = saxon_document(tree, source_name)
    return {view: transform(document, view, source_name, corpus) for view in views}


def render_tree(tree: etree._ElementTree, view: str, source_name: str) -> str:
    """One view of a TEI tree as an HTML string."""
    return render_views(tree, (view,), source_name)[view]


# ---------------------------------------------------------------- registers as data

#: Authority files an entry may be identified in (TEI idno/@type), in column order.
AUTHORITIES = ("wikidata", "geonames", "viaf", "gnd")
#: The CSV columns, in order; the JSON objects have the same keys plus "occurrences".
REGISTER_FIELDS = ("kind", "id", "name", "variants", "identification", "birth", "death", "modern_name", "coordinates",
                   *(f"{a}{suffix}" for a in AUTHORITIES for suffix in ("", "_url")), "mentions")


def register_entries(register_xml: str) -> list[dict]:
    """Every person, place and org of the TEI's registers as a dict (keys in REGISTER_FIELDS order,
    then "occurrences": the reading view's fragment ids of its mentions), sorted by id.

    `register_xml` is what xslt/register.xsl made of the TEI, so names and occurrence ids are those
    the views use.
    """
    root = etree.fromstring(register_xml.encode("utf-8"), safe_parser())

    def text(entry: etree._Element, tag: str) -> str | None:
        found = entry.find(tag)
        return found.text or "" if found is not None else None

    entries = []
    for entry in root.iterfind("entry"):
        record = {
            "kind": entry.get("kind"),
            "id": entry.get("id"),
            "name": text(entry, "name") or "",
            "variants": [v.text or "" for v in entry.iterfind("variant")],
            "identification": text(entry, "identification"),
            "birth": text(entry, "birth"),
            "death": text(entry, "death"),
            "modern_name": text(entry, "modern"),
            "coordinates": text(entry, "geo"),
        }
        for authority in AUTHORITIES:
            idno = entry.find(f"idno[@type='{authority}']")
            record[authority] = idno.text if idno is not None else None
            record[f"{authority}_url"] = (idno.get("url") or None) if idno is not None else None
        record["mentions"] = int(entry.get("mentions", "0"))
        record["occurrences"] = [o.get("target") for o in entry.iterfind("occurrence")]
        entries.append(record)
    return sorted(entries, key=lambda record: record["id"])


def register_json(entries: list[dict], source_name: str) -> bytes:
    document = {"edition": source_name, "count": len(entries), "entries": entries}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str | int | None) -> str | int:
    """A CSV cell that a spreadsheet shows as text: one starting like a formula gets a leading `'`,
    as OWASP recommends (a negative date, "-0044", too); numbers teikit counts stay numbers."""
    if cell is None:
        return ""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def register_csv(entries: list[dict]) -> bytes:
    """The registers as CSV: every cell made `spreadsheet_safe`, and every text cell in quotes, so
    that a spreadsheet splitting on ';' or a tab (as some locales do) cannot start a cell mid-text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(REGISTER_FIELDS)
    for record in entries:
        row = {**record, "variants": " | ".join(record["variants"])}
        writer.writerow([spreadsheet_safe(row[key]) for key in REGISTER_FIELDS])
    return buffer.getvalue().encode("utf-8")


def write_registers(register_xml: str, source_name: str, out_dir: Path) -> list[Path]:
    """`register.json` and `register.csv` of one edition in `out_dir`, from its register view;
    returns their paths."""
    entries = register_entries(register_xml)
    targets = [output_path(out_dir, name) for name in REGISTERS]
    write_atomic(targets[0], register_json(entries, source_name))
    write_atomic(targets[1], register_csv(entries))
    return targets


def copy_assets(site: Path) -> None:
    assets = output_path(site, "assets")
    assets.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        src = xslt_dir() / name
        if src.exists():
            write_atomic(output_path(assets, name), src.read_bytes())


def render_edition(tree: etree._ElementTree, name: str, site: Path,
                   views: tuple[str, ...] = VIEWS, corpus: bool = False,
                   tei_file: Path | None = None) -> list[Path]:
    """Render the views of one parsed TEI file to `site/<name>/<view>.html`, its registers as data
    (`register.json`, `register.csv`) and the TEI itself (`<name>.xml`), which every view links to;
    returns the files written. The TEI is `tei_file` byte for byte, what a reader downloads being
    the canonical file; without one (a tree made in memory), the tree as teikit writes it. With
    `corpus`, the index links each entry to the site's corpus pages (`site/corpus/`), and the
    edition's extract for those pages is written too (`corpus.xml`).

    A root that is not a TEI element in the TEI namespace would give empty views: it is refused.
    """
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        namespace = etree.QName(root).namespace
        raise InvalidDocument(
            f"the root element <{etree.QName(root).localname}> is "
            f"{f'in the namespace {namespace}' if namespace else 'in no namespace'}, not a TEI element "
            f"in {TEI_NS}: there is nothing to render (teikit validate says more)",
            tree.docinfo.URL or name, root.sourceline)
    out_dir = output_path(site, name)
    extract = ("corpus-extract",) if corpus else ()
    pages = render_views(tree, (*views, "register", *extract), name, "../corpus/" if corpus else "")
    register_xml = pages.pop("register")
    extract_xml = pages.pop("corpus-extract", None)
    tei_copy = output_path(out_dir, f"{name}.xml")
    write_atomic(tei_copy, tei_file.read_bytes() if tei_file is not None else serialise_xml(tree))
    written = [tei_copy]
    for view, html in pages.items():
        target = output_path(out_dir, f"{view}.html")
        write_atomic(target, html.encode("utf-8"))
        written.append(target)
    written.extend(write_registers(register_xml, name, out_dir))
    if extract_xml is not None:
        target = output_path(out_dir, CORPUS_EXTRACT)
        write_atomic(target, extract_xml.encode("utf-8"))
        written.append(target)
    copy_assets(site)
    return written


def render_file(tei_path: Path, site: Path, views: tuple[str, ...] = VIEWS) -> list[Path]:
    """`render_edition` of the TEI file at `tei_path`, named after its stem (a safe edition name)."""
    name = edition_name(tei_path)
    return render_edition(parse_xml(tei_path), name, site, views, tei_file=tei_path)
