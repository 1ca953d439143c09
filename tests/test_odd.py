"""schema/teikit.odd documents exactly what schema/teikit.xsd allows, and is itself valid TEI.

The ODD describes for encoders what the XSD allows (its grammar, written from the XSD, is checked in
test_odd_schema.py). Both are reduced to the same three sets, compared both ways:

* elements: the XSD's element declarations in the TEI namespace / the ODD's `elementSpec/@ident`;
* (element, attribute): every attribute the XSD allows on the element, through attribute groups and
  xml.xsd included (`xml:id`, `xml:lang`) / the `attDef`s of the element's `elementSpec`, plus the
  attributes of the ODD's `classSpec ident="att.global"`, which apply to every element (as TEI's
  att.global does) unless the element's spec deletes them with `attDef mode="delete"`;
* (element, attribute, value): each value of an attribute whose XSD type is an enumeration / the
  `valItem`s of the attribute's closed `valList`, or, where its `attDef` has none, of the closed
  `valList` of the `classSpec` attDef with the same name (shared values such as `cert` are
  documented once, in the class they come from).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from xmlschema.validators import XsdElement

ROOT = Path(__file__).resolve().parents[1]
XSD = ROOT / "schema" / "teikit.xsd"
ODD = ROOT / "schema" / "teikit.odd"
TEI = "http://www.tei-c.org/ns/1.0"
XML = "http://www.w3.org/XML/1998/namespace"
NS = {"tei": TEI}
#: The class whose attributes every element has (in TEI, every element is a member of att.global).
UNIVERSAL_CLASS = "att.global"


@dataclass
class Allowed:
    """What a schema allows, or a document documents, as comparable sets."""

    elements: set[str] = field(default_factory=set)
    attributes: set[tuple[str, str]] = field(default_factory=set)
    values: set[tuple[str, str, str]] = field(default_factory=set)
    required: set[tuple[str, str]] = field(default_factory=set)


# ---------------------------------------------------------------- the XSD

def attribute_name(qname: str) -> str:
    """`{XML namespace}id` → `xml:id`; unqualified names as they are."""
    if qname.startswith(f"{{{XML}}}"):
        return "xml:" + qname.split("}", 1)[1]
    assert not qname.startswith("{"), f"an attribute in a namespace teikit does not document: {qname}"
    return qname


def closed_values(xsd_type) -> list[str] | None:
    """The values of an enumerated simple type; None if the type admits other values too."""
    if xsd_type.is_union():
        members = [closed_values(member) for member in xsd_type.member_types]
        return None if any(m is None for m in members) else [v for m in members for v in m]
    return list(xsd_type.enumeration) if getattr(xsd_type, "enumeration", None) else None


def from_xsd(path: Path = XSD) -> Allowed:
    schema = xmlschema.XMLSchema(str(path))
    allowed = Allowed()
    for decl in schema.iter_components(XsdElement):
        if decl.target_namespace != TEI:
            continue
        name = decl.local_name
        allowed.elements.add(name)
        for qname, attribute in decl.attributes.items():
            assert qname is not None, f"the XSD allows any attribute on <{name}>: that cannot be documented"
            att = attribute_name(qname)
            allowed.attributes.add((name, att))
            if attribute.use == "required":
                allowed.required.add((name, att))
            for value in closed_values(attribute.type) or []:
                allowed.values.add((name, att, value))
    return allowed


# ---------------------------------------------------------------- the ODD

def closed_list(att_def: etree._Element) -> list[str] | None:
    items = att_def.xpath("tei:valList[@type = 'closed']/tei:valItem/@ident", namespaces=NS)
    return list(items) if att_def.find(f"{{{TEI}}}valList[@type='closed']") is not None else None


def live(att_defs: list[etree._Element]) -> list[etree._Element]:
    return [a for a in att_defs if a.get("mode") != "delete"]


def class_attributes(schema_spec: etree._Element) -> dict[str, dict[str, etree._Element]]:
    """class ident → attribute ident → its attDef, for the ODD's classSpecs."""
    classes: dict[str, dict[str, etree._Element]] = {}
    for spec in schema_spec.iterfind("tei:classSpec", NS):
        defs = live(spec.xpath("tei:attList//tei:attDef", namespaces=NS))
        classes[spec.get("ident")] = {d.get("ident"): d for d in defs}
    return classes


def from_odd(tree: etree._ElementTree) -> Allowed:
    schema_spec = tree.find(".//tei:schemaSpec", NS)
    assert schema_spec is not None, "the ODD has no schemaSpec"
    classes = class_attributes(schema_spec)
    by_name: dict[str, etree._Element] = {}
    for defs in classes.values():
        for ident, att_def in defs.items():
            assert ident not in by_name, f"@{ident} is documented in two classSpecs: which one applies is ambiguous"
            by_name[ident] = att_def
    universal = classes.get(UNIVERSAL_CLASS, {})

    allowed = Allowed()
    for spec in schema_spec.iterfind("tei:elementSpec", NS):
        if spec.get("mode") == "delete":
            continue
        name = spec.get("ident")
        allowed.elements.add(name)
        own = spec.xpath("tei:attList//tei:attDef", namespaces=NS)
        deleted = {d.get("ident") for d in own if d.get("mode") == "delete"}
        defs = {ident: d for ident, d in universal.items() if ident not in deleted}
        defs.update({d.get("ident"): d for d in live(own)})
        for ident, att_def in defs.items():
            allowed.attributes.add((name, ident))
            if att_def.get("usage") == "req":
                allowed.required.add((name, ident))
            values = closed_list(att_def)
            if values is None and ident in by_name:
                values = closed_list(by_name[ident])
            for value in values or []:
                allowed.values.add((name, ident, value))
    return allowed


# ---------------------------------------------------------------- comparison

def format_items(items: set[tuple[str, ...]] | set[str]) -> str:
    def one(item) -> str:
        if isinstance(item, str):
            return f"<{item}>"
        element, attribute, *value = item
        return f"<{element} {attribute}" + (f'="{value[0]}"' if value else "") + ">"
    return ", ".join(one(i) for i in sorted(items))


def differences(xsd: Allowed, odd: Allowed, what: str) -> list[str]:
    ours, theirs = getattr(xsd, what), getattr(odd, what)
    problems = []
    if theirs - ours:
        problems.append(f"documented in the ODD but not allowed by the XSD: {format_items(theirs - ours)}")
    if ours - theirs:
        problems.append(f"allowed by the XSD but not documented in the ODD: {format_items(ours - theirs)}")
    return problems


@pytest.fixture(scope="module")
def xsd() -> Allowed:
    return from_xsd()


@pytest.fixture(scope="module")
def odd_tree() -> etree._ElementTree:
    return etree.parse(str(ODD))  # a parse error here: the ODD is not well-formed


@pytest.fixture(scope="module")
def odd(odd_tree) -> Allowed:
    return from_odd(odd_tree)


@pytest.mark.parametrize("what", ["elements", "attributes", "values"])
def test_odd_documents_exactly_what_the_xsd_allows(xsd, odd, what):
    problems = differences(xsd, odd, what)
    assert not problems, "\n".join(problems)


def test_required_attributes_are_marked_required(xsd, odd):
    """An attribute the XSD requires has usage="req" in the ODD, and only those."""
    problems = []
    extra, missing = odd.required - xsd.required, xsd.required - odd.required
    if extra:
        problems.append(f'usage="req" in the ODD but optional in the XSD: {format_items(extra)}')
    if missing:
        problems.append(f'required by the XSD but not usage="req" in the ODD: {format_items(missing)}')
    assert not problems, "\n".join(problems)


def test_modules_include_exactly_the_specified_elements(odd_tree, odd):
    included = [name for ref in odd_tree.iterfind(".//tei:schemaSpec/tei:moduleRef", NS)
                for name in (ref.get("include") or "").split()]
    duplicates = {name for name in included if included.count(name) > 1}
    assert not duplicates, f"included by more than one moduleRef: {sorted(duplicates)}"
    unspecified, unincluded = set(included) - odd.elements, odd.elements - set(included)
    assert not unspecified, f"in a moduleRef but without an elementSpec: {sorted(unspecified)}"
    assert not unincluded, f"an elementSpec but in no moduleRef/@include: {sorted(unincluded)}"


def test_every_spec_says_what_it_means(odd_tree):
    """Documented means described: each element, attribute and value has a non-empty desc or gloss."""
    undescribed = []
    for spec in odd_tree.xpath(".//tei:schemaSpec//*[self::tei:elementSpec or self::tei:classSpec "
                               "or self::tei:attDef or self::tei:valItem][not(@mode = 'delete')]", namespaces=NS):
        if not any("".join(d.itertext()).strip() for d in spec.xpath("tei:desc | tei:gloss", namespaces=NS)):
            owner = spec.xpath("ancestor::*[self::tei:elementSpec or self::tei:classSpec][1]/@ident", namespaces=NS)
            undescribed.append("/".join(owner + [f"{etree.QName(spec).localname}[@ident='{spec.get('ident')}']"]))
    assert not undescribed, "no desc or gloss: " + ", ".join(undescribed)


def test_every_class_attribute_is_used(odd_tree):
    """A shared attribute documented in a classSpec (other than the universal att.global) is one some element allows."""
    schema_spec = odd_tree.find(".//tei:schemaSpec", NS)
    used = {d.get("ident") for d in live(schema_spec.xpath("tei:elementSpec/tei:attList//tei:attDef", namespaces=NS))}
    unused = [f"{cls}/@{ident}" for cls, defs in class_attributes(schema_spec).items() if cls != UNIVERSAL_CLASS
              for ident in defs if ident not in used]
    assert not unused, f"documented in a classSpec but allowed on no element: {unused}"


def test_the_check_notices_an_undocumented_attribute(xsd, odd_tree):
    """The comparison can fail: without one attDef (and its values), both missing items are named."""
    tree = copy.deepcopy(odd_tree)
    att_def = tree.find(".//tei:elementSpec[@ident='gap']//tei:attDef[@ident='reason']", NS)
    att_def.getparent().remove(att_def)
    problems = "\n".join(differences(xsd, from_odd(tree), "attributes") + differences(xsd, from_odd(tree), "values"))
    assert "allowed by the XSD but not documented in the ODD: <gap reason>" in problems
    assert '<gap reason="illegible">' in problems


def test_the_check_notices_a_value_the_xsd_does_not_allow(xsd, odd_tree):
    tree = copy.deepcopy(odd_tree)
    val_list = tree.find(".//tei:elementSpec[@ident='note']//tei:attDef[@ident='type']/tei:valList", NS)
    etree.SubElement(val_list, f"{{{TEI}}}valItem", ident="gloss")
    problems = differences(xsd, from_odd(tree), "values")
    assert any(p.startswith("documented in the ODD but not allowed by the XSD: ") and '<note type="gloss">' in p
               for p in problems), problems


@pytest.mark.slow
def test_odd_is_valid_against_tei_all(odd_tree, tei_all):
    assert tei_all.validate(odd_tree), "\n".join(f"{e.line}: {e.message}" for e in list(tei_all.error_log)[:10])
