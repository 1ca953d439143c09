"""Stage 5, validate: a TEI file against teikit's schema, integrity rules and (optionally) tei_all.

Layers, in one pass over one parse:
  well-formedness  the file is XML teikit may read (else `InputError`: the file cannot be validated)
  schema           schema/teikit.xsd (xmlschema): elements, attributes, datatypes, unique xml:id
  rules            schema/teikit.sch (ISO Schematron): pointers resolve, names linked, dates sound…
  tei-all          the TEI P5 tei_all teikit ships: its RELAX NG (only when asked: it takes seconds to
                   build) and the Schematron of the Guidelines' constraints
Each problem knows its line, the column of the element's start tag and the element's path, and says
what is wrong in an encoder's words. Schemas are built once per process.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import cache, cached_property
from pathlib import Path

from lxml import etree, isoschematron

from teikit.errors import TeikitError
from teikit.resources import schema_dir, tei_all_schemas
from teikit.xmlio import TEI_NS, XML_NS, parse_xml, read_bytes

LAYERS = ("well-formedness", "schema", "rules", "tei-all")
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
NAMESPACES = {TEI_NS: "", XML_NS: "xml:"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, where it is, and how bad."""

    path: str
    line: int | None
    column: int | None
    severity: str
    message: str
    layer: str
    element: str = ""

    def __str__(self) -> str:
        where = ":".join(str(x) for x in (self.path, self.line, self.column) if x is not None)
        at = f" (at {self.element})" if self.element else ""
        return f"{where}: {self.severity}: {self.message}{at}"

    def as_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------- schemas, built once

@cache
def xsd():
    """schema/teikit.xsd, built once per process (xmlschema takes a moment)."""
    import xmlschema

    path = schema_dir() / "teikit.xsd"
    try:
        return xmlschema.XMLSchema(str(path))
    except (xmlschema.XMLSchemaException, OSError, etree.XMLSyntaxError) as exc:
        raise TeikitError(f"cannot load the project schema: {exc}", path) from exc


#: How lxml's ISO skeleton walks the document. No rule's context is an attribute, a comment or a
#: processing instruction, but contexts that test attributes make the skeleton visit every attribute
#: node just in case; and the report needs failures, not a fired-rule entry for every context met.
WALK_ELEMENTS_ONLY = {"attributes": "'false'", "only-child-elements": "'true'", "generate-fired-rule": "'false'"}


@cache
def compiled_schematron(path: Path) -> isoschematron.Schematron:
    try:
        return isoschematron.Schematron(parse_xml(path), store_report=True, compile_params=WALK_ELEMENTS_ONLY)
    except etree.SchematronParseError as exc:
        raise TeikitError(f"cannot compile the integrity rules: {exc}", path) from exc


def schematron() -> isoschematron.Schematron:
    """schema/teikit.sch compiled to XSLT, once per process and schema folder."""
    return compiled_schematron(schema_dir() / "teikit.sch")


@cache
def tei_all() -> etree.RelaxNG:
    """The TEI P5 tei_all RELAX NG of release `TEI_ALL_VERSION`, compiled from the TEI's own ODD and
    shipped with teikit."""
    path = tei_all_schemas()[0]
    try:
        return etree.RelaxNG(etree.parse(str(path)))
    except (OSError, etree.RelaxNGParseError, etree.XMLSyntaxError) as exc:
        raise TeikitError(f"cannot load tei_all: {exc}", path) from exc


#: The ISO Schematron skeleton lxml ships: tei_all's rules are XSLT 2 Schematron, which lxml's own
#: XSLT 1 engine cannot run, so Saxon runs what the skeleton makes of them.
ISO_SKELETON = Path(isoschematron.__file__).parent / "resources" / "xsl" / "iso-schematron-xslt1"


@cache
def tei_all_rules():
    """tei_all's Schematron (the P5 Guidelines' constraints) compiled for Saxon, once per process."""
    from teikit.render import SAXON_LOCK, processor

    path = tei_all_schemas()[1]
    rules = parse_xml(path)
    rules.getroot().set("queryBinding", "xslt")  # the skeleton's name for it; Saxon evaluates XPath 3.1
    with SAXON_LOCK:
        compiler = processor().new_xslt30_processor()
        text = etree.tostring(rules, encoding="unicode")
        try:
            for step in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
                skeleton = compiler.compile_stylesheet(stylesheet_file=str(ISO_SKELETON / step))
                text = skeleton.transform_to_string(xdm_node=processor().parse_xml(xml_text=text))
            stylesheet = etree.fromstring(text.encode("utf-8"))
            stylesheet.set("version", "3.0")
            return compiler.compile_stylesheet(stylesheet_text=etree.tostring(stylesheet, encoding="unicode"))
        except Exception as exc:  # saxonche raises PySaxonApiError
            raise TeikitError(f"cannot compile tei_all's Schematron: {exc}", path) from exc


# ---------------------------------------------------------------- where an element is

def name_of(tag: str) -> str:
    """`p` for a TEI element, `xml:id` for an XML attribute, `{ns}x` for anything foreign."""
    qname = etree.QName(tag)
    prefix = NAMESPACES.get(qname.namespace or "")
    if qname.namespace is None:
        return qname.localname
    return f"{prefix}{qname.localname}" if prefix is not None else f"{{{qname.namespace}}}{qname.localname}"


def element_path(el: etree._Element) -> str:
    """`/TEI/text/body/div[2]/p[3]`: local names for TEI elements, positions where there are siblings."""
    steps = []
    while el is not None and isinstance(el.tag, str):
        parent = el.getparent()
        same = [s for s in parent if s.tag == el.tag] if parent is not None else [el]
        step = name_of(el.tag)
        steps.append(f"{step}[{same.index(el) + 1}]" if len(same) > 1 else step)
        el = parent
    return "/" + "/".join(reversed(steps))


class Locator:
    """Line and column of each element's start tag, found in the file's own text.

    Its index is built on the first problem: a valid file never pays for it.
    """

    def __init__(self, tree: etree._ElementTree, source: str | None) -> None:
        self.tree = tree
        self.source = source

    @cached_property
    def lines(self) -> list[str]:
        source = self.source if self.source is not None else etree.tostring(self.tree, encoding="unicode")
        return source.splitlines()

    @cached_property
    def order(self) -> dict[tuple[int, str], list[etree._Element]]:
        order: dict[tuple[int, str], list[etree._Element]] = defaultdict(list)
        for el in self.tree.getroot().iter():
            if isinstance(el.tag, str) and el.sourceline:
                order[el.sourceline, self.written_name(el)].append(el)
        return order

    @staticmethod
    def written_name(el: etree._Element) -> str:
        local = etree.QName(el).localname
        return f"{el.prefix}:{local}" if el.prefix else local

    def column(self, el: etree._Element) -> int | None:
        """1-based column of `<name` of `el` on its line (the n-th such tag there if several)."""
        line = el.sourceline
        if not line or line > len(self.lines):
            return None
        name = self.written_name(el)
        same = self.order.get((line, name), [])
        n = same.index(el) if el in same else 0
        starts = [m.start() + 1 for m in re.finditer(rf"<{re.escape(name)}(?=[\s/>]|$)", self.lines[line - 1])]
        return starts[n] if n < len(starts) else None

    def problem(self, path: str, el: etree._Element | None, severity: str, message: str, layer: str) -> Problem:
        if el is None or not isinstance(el.tag, str):
            return Problem(path, None, None, severity, message, layer)
        return Problem(path, el.sourceline, self.column(el), severity, message, layer, element_path(el))


# ---------------------------------------------------------------- layer: schema

def quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f'"{text[:limit]}…"' if len(text) > limit else f'"{text}"'


def declaration(el: etree._Element):
    return xsd().elements.get(name_of(el.tag)) if etree.QName(el).namespace == TEI_NS else None


def allowed_children(el: etree._Element) -> list[str]:
    decl = declaration(el)
    if decl is None or not decl.type.has_complex_content() and not decl.type.mixed:
        return []
    names = dict.fromkeys(name_of(child.name) for child in decl.type.content.iter_elements())
    return list(names)


def describe_type(simple_type) -> str:
    """What a value must look like: the type's own documentation, else its enumeration."""
    def documentation(t) -> str:
        docs = getattr(getattr(t, "annotation", None), "documentation", None) or []
        return " ".join((docs[0].text or "").split()) if docs else ""

    enumeration = getattr(simple_type, "enumeration", None)
    return (documentation(simple_type) or
            ("one of " + ", ".join(str(v) for v in enumeration) if enumeration else "") or
            documentation(getattr(simple_type, "base_type", None)) or
            f"a valid {getattr(simple_type, 'local_name', None) or 'value'}")


ATTRIBUTE_REASON = re.compile(r"attribute (?P<name>\S+)='(?P<value>.*?)': ")


def schema_message(error, el: etree._Element) -> tuple[etree._Element, str]:
    """The element to point at and what is wrong, for one xmlschema error."""
    import xmlschema.validators.exceptions as xe

    reason = error.reason or error.message
    tag = f"<{name_of(el.tag)}>"
    if isinstance(error, xe.XMLSchemaChildrenValidationError):
        child = error.invalid_child if isinstance(error.invalid_child, etree._Element) else None
        if child is None:
            expected = [name_of(p.name) for p in (error.expected or []) if getattr(p, "name", None)]
            missing = " or ".join(f"<{n}>" for n in expected) or "an element"
            return el, f"{tag} is incomplete: {missing} is missing here"
        name = name_of(child.tag)
        if etree.QName(child).namespace != TEI_NS:
            return child, (f"<{Locator.written_name(child)}> is not a TEI element (its namespace is "
                           f"{etree.QName(child).namespace or 'none'}); teikit's TEI has no such element")
        allowed = allowed_children(el)
        if name not in xsd().elements:
            hint = f"; inside {tag} teikit allows: {', '.join(allowed)}" if allowed else ""
            return child, f"<{name}> is not an element of teikit's TEI (check the spelling){hint}"
        expected = [name_of(p.name) for p in (error.expected or []) if getattr(p, "name", None)]
        if expected:
            wanted = ", ".join(f"<{n}>" for n in expected)
            return child, f"<{name}> is not allowed at this point in {tag}: expected {wanted}"
        return child, (f"<{name}> is not allowed here in {tag}"
                       + (f"; {tag} may contain {', '.join(allowed)} (in teikit's order)" if allowed else ""))
    if "not an element of the schema" in reason:
        qname = etree.QName(el)
        if qname.localname == "TEI" and qname.namespace != TEI_NS:
            return el, (f'the root element is in the namespace "{qname.namespace or ""}", not the TEI namespace: '
                        f'write xmlns="{TEI_NS}" exactly')
        return el, f"<{name_of(el.tag)}> is not an element of teikit's TEI; the root must be <TEI xmlns=\"{TEI_NS}\">"
    if "attribute not allowed" in reason:
        attr = reason.split("'")[1] if "'" in reason else "?"
        decl = declaration(el)
        allowed = sorted(name_of(a) for a in decl.attributes) if decl is not None else []
        return el, (f"{tag} may not have the attribute @{name_of(attr)}"
                    + (f"; allowed: {', '.join('@' + a for a in allowed)}" if allowed else "; it takes no attributes"))
    if "missing required attribute" in reason:
        attr = reason.split("'")[1] if "'" in reason else "?"
        return el, f"{tag} needs the attribute @{name_of(attr)}"
    if "character data between child elements not allowed" in reason or "character data is not allowed" in reason:
        stray = el.text if (el.text or "").strip() else next(
            (c.tail for c in el if (c.tail or "").strip()), "")
        return el, (f"text {quoted(stray)} is not allowed directly inside {tag} "
                    "(only elements go here: put the text inside a paragraph or the right element)")
    match = ATTRIBUTE_REASON.match(reason)
    if match:
        name, value = name_of(match["name"]), match["value"]
        decl = declaration(el)
        attr = decl.attributes.get(match["name"]) if decl is not None else None
        wanted = describe_type(attr.type) if attr is not None else reason[match.end():]
        return el, f'{tag} @{name}="{value}" is not valid: it must be {wanted}'
    if "value doesn't match" in reason or "invalid value" in reason or "is not an element" in reason:
        return el, f"the content of {tag} is not valid: {reason}"
    return el, f"{tag}: {reason.replace('{' + TEI_NS + '}', '')}"


@cache
def xsd_gate() -> etree.XMLSchema | None:
    """The same schema in libxml2: forty times faster than xmlschema on a valid file, so xmlschema
    (whose errors name the expected content) only runs on a file libxml2 finds invalid."""
    try:
        return etree.XMLSchema(etree.parse(str(schema_dir() / "teikit.xsd")))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError):
        return None  # xmlschema will say what is wrong with the schema


def schema_problems(tree: etree._ElementTree, path: str, locator: Locator) -> list[Problem]:
    gate = xsd_gate()
    if gate is not None and gate.validate(tree):
        return []  # xml:id is xs:ID, so a file the schema accepts has no repeated id either
    problems = []
    for error in xsd().iter_errors(tree):
        if "duplicated xs:ID" in (error.reason or ""):
            continue  # reported with the line of the first use by duplicate_id_problems
        el = error.elem if isinstance(error.elem, etree._Element) else tree.getroot()
        target, message = schema_message(error, el)
        problems.append(locator.problem(path, target, "error", message, "schema"))
    problems.extend(duplicate_id_problems(tree, path, locator))
    return problems


def duplicate_id_problems(tree: etree._ElementTree, path: str, locator: Locator) -> list[Problem]:
    """Say where each repeated xml:id was first used (the schema only names the repeat)."""
    first: dict[str, etree._Element] = {}
    problems = []
    for el in tree.getroot().iter():
        value = el.get(f"{{{XML_NS}}}id") if isinstance(el.tag, str) else None
        if value is None:
            continue
        if value in first:
            problems.append(locator.problem(
                path, el, "error", f'xml:id="{value}" is used more than once (first on line {first[value].sourceline}): '
                'every xml:id must be unique in the file', "schema"))
        else:
            first[value] = el
    return problems


# ---------------------------------------------------------------- layer: rules

def rule_problems(tree: etree._ElementTree, path: str, locator: Locator) -> list[Problem]:
    rules = schematron()
    rules.validate(tree)
    problems = []
    for failed in rules.validation_report.iter(f"{SVRL}failed-assert", f"{SVRL}successful-report"):
        found = tree.xpath(failed.get("location", "/*"))
        el = found[0] if found and isinstance(found[0], etree._Element) else tree.getroot()
        severity = "warning" if failed.get("role") in ("warning", "warn", "info") else "error"
        message = " ".join((failed.findtext(f"{SVRL}text") or "").split())
        problems.append(locator.problem(path, el, severity, message, "rules"))
    return problems


# ---------------------------------------------------------------- layer: tei-all

def tei_all_problems(tree: etree._ElementTree, path: str, locator: Locator) -> list[Problem]:
    problems = tei_all_rule_problems(tree, path, locator)
    schema = tei_all()
    if schema.validate(tree):
        return problems
    for error in schema.error_log:
        found = tree.xpath(error.path) if error.path else []
        el = found[0] if found and isinstance(found[0], etree._Element) else None
        problem = locator.problem(path, el, "error", f"tei_all: {error.message}", "tei-all")
        problems.append(problem if el is not None else
                        Problem(path, error.line or None, None, "error", problem.message, "tei-all"))
    return problems


def tei_all_rule_problems(tree: etree._ElementTree, path: str, locator: Locator) -> list[Problem]:
    """The P5 Guidelines' constraints a document breaks; a rule whose role says it is not fatal
    gives a warning."""
    from teikit.render import SAXON_LOCK, saxon_document

    rules = tei_all_rules()
    document = saxon_document(tree)
    with SAXON_LOCK:
        report = etree.fromstring(rules.transform_to_string(xdm_node=document).encode("utf-8"))
    problems = []
    for failed in report.iter(f"{SVRL}failed-assert", f"{SVRL}successful-report"):
        found = tree.xpath(failed.get("location", "/*"))
        el = found[0] if found and isinstance(found[0], etree._Element) else tree.getroot()
        severity = "warning" if failed.get("role") in ("nonfatal", "warning", "information") else "error"
        message = " ".join((failed.findtext(f"{SVRL}text") or "").split())
        problems.append(locator.problem(path, el, severity, f"tei_all: {message}", "tei-all"))
    return problems


# ---------------------------------------------------------------- entry points

def order(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0, LAYERS.index(p.layer)))


def validate_tree(tree: etree._ElementTree, path: str, source: str | None = None,
                  with_tei_all: bool = False) -> list[Problem]:
    """Every problem in a parsed TEI tree; `source` (the file's text) gives columns."""
    locator = Locator(tree, source)
    problems = schema_problems(tree, path, locator)
    if etree.QName(tree.getroot()).namespace == TEI_NS:
        problems += rule_problems(tree, path, locator)
    if with_tei_all:
        problems += tei_all_problems(tree, path, locator)
    return order(problems)


def validate_file(path: Path, with_tei_all: bool = False,
                  tree: etree._ElementTree | None = None) -> list[Problem]:
    """Parse and validate one file; a file that cannot be read as XML raises `InputError`.

    `tree` is the file already parsed (with `parse_xml(path, collect_ids=False)`), for a caller that
    goes on to render it.
    """
    if tree is None:
        tree = parse_xml(path, collect_ids=False)
    source = read_bytes(Path(path), "an XML file").decode(tree.docinfo.encoding or "utf-8", errors="replace")
    return validate_tree(tree, str(path), source, with_tei_all)
