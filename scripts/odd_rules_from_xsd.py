#!/usr/bin/env python3
"""Write the grammar of schema/teikit.xsd into schema/teikit.odd, so that the schema the TEI's own
toolchain compiles from the ODD (Roma, oXygen, ../shared/tei-toolchain/compile_odd.py) is teikit's.

usage: odd_rules_from_xsd.py [P5SUBSET]     (default ../shared/tei-toolchain/p5subset.xml)

For every elementSpec it writes, from the XSD: `classes` (none: every attribute is the element's
own, so nothing comes in through a TEI class), `content` (pure ODD: sequence, alternate, elementRef,
textNode, empty, with their occurrences), and one attDef per attribute the XSD allows (usage,
datatype, closed value list), deleting the element's own P5 attributes the XSD does not allow.
Named XSD types become dataSpecs `teikit.NAME`. The encoders' descriptions in the ODD are kept:
an attribute an elementSpec does not describe gets the description of the classSpec attDef of the
same name. Run it after changing the XSD; tests/test_odd.py fails while the ODD is out of date.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import xmlschema
from lxml import etree
from xmlschema.validators import XsdElement, XsdGroup

ROOT = Path(__file__).resolve().parents[1]
XSD = ROOT / "schema" / "teikit.xsd"
ODD = ROOT / "schema" / "teikit.odd"
P5SUBSET = ROOT.parent / "shared" / "tei-toolchain" / "p5subset.xml"
TEI = "http://www.tei-c.org/ns/1.0"
XSNS = "http://www.w3.org/2001/XMLSchema"
XML = "http://www.w3.org/XML/1998/namespace"
T = f"{{{TEI}}}"
NS = {"t": TEI}
BUILTINS = {"string", "token", "Name", "NCName", "anyURI", "language", "nonNegativeInteger", "ID",
            "date", "gYearMonth", "gYear"}


def tei(tag: str, **attrs: str) -> etree._Element:
    return etree.Element(T + tag, {k: v for k, v in attrs.items() if v is not None})


def occurs(particle) -> dict[str, str | None]:
    low, high = particle.min_occurs, particle.max_occurs
    return {"minOccurs": None if low == 1 else str(low),
            "maxOccurs": None if high == 1 else ("unbounded" if high is None else str(high))}


def attribute_name(qname: str) -> str:
    return "xml:" + qname.split("}", 1)[1] if qname.startswith(f"{{{XML}}}") else qname


def particle(item) -> etree._Element:
    """One XSD particle as pure ODD content."""
    if isinstance(item, XsdElement):
        return tei("elementRef", key=item.local_name, **occurs(item))
    assert isinstance(item, XsdGroup), item
    group = tei("sequence" if item.model == "sequence" else "alternate", **occurs(item))
    group.extend(particle(child) for child in item)
    return group


def content(decl) -> etree._Element:
    out = tei("content")
    kind = decl.type
    if kind.has_simple_content():
        out.append(tei("textNode"))
    elif kind.is_empty():
        out.append(tei("empty"))
    elif not kind.mixed:
        out.append(particle(kind.content))
    else:
        group = kind.content
        items = list(group)
        # mixed content: the text may stand anywhere among the elements
        if group.model == "choice" or (len(items) == 1 and isinstance(items[0], XsdGroup) and items[0].model == "choice"
                                       and items[0].max_occurs is None):
            choice = group if group.model == "choice" else items[0]
            alternate = tei("alternate", minOccurs="0", maxOccurs="unbounded")
            alternate.append(tei("textNode"))
            alternate.extend(particle(child) for child in flatten_choice(choice))
            out.append(alternate)
        else:
            interleave = tei("sequence", preserveOrder="false")
            interleave.append(tei("textNode"))
            interleave.extend(particle(child) for child in items)
            out.append(interleave)
    return out


def flatten_choice(choice):
    """The alternatives of a choice, nested choices (the XSD's `inline` group) opened up."""
    for item in choice:
        if isinstance(item, XsdGroup) and item.model == "choice" and item.min_occurs == item.max_occurs == 1:
            yield from flatten_choice(item)
        else:
            yield item


def type_name(simple) -> str | None:
    name = simple.name
    if name is None:
        return None
    if name.startswith(f"{{{XSNS}}}"):
        return name.split("}", 1)[1]
    return "teikit." + name.split("}", 1)[1]


def data_ref(simple) -> etree._Element:
    """A dataRef for an XSD simple type: a builtin by name, a named type by its dataSpec, an
    anonymous restriction by its base and pattern."""
    name = type_name(simple)
    if name and not name.startswith("teikit."):
        assert name in BUILTINS, name
        return tei("dataRef", name=name)
    if name:
        return tei("dataRef", key=name)
    return restriction(simple)


def restriction(simple) -> etree._Element:
    base = simple.base_type
    patterns = list(simple.patterns.regexps) if getattr(simple, "patterns", None) is not None else []
    ref = data_ref(base)
    if patterns:
        assert ref.get("name"), f"a pattern on a non-builtin base: {simple}"
        ref.set("restriction", patterns[0])
    return ref


def data_spec(simple) -> etree._Element:
    """The dataSpec of a named XSD simple type."""
    spec = tei("dataSpec", ident=type_name(simple), mode="add")
    docs = simple.annotation.documentation if simple.annotation is not None else []
    if docs:
        desc = tei("desc")
        desc.text = " ".join((docs[0].text or "").split())
        spec.append(desc)
    body = tei("content")
    if simple.is_union():
        alternate = tei("alternate")
        alternate.extend(data_ref(member) for member in simple.member_types)
        body.append(alternate)
    else:
        body.append(restriction(simple))
    spec.append(body)
    return spec


def closed_values(simple) -> list[str] | None:
    enumeration = getattr(simple, "enumeration", None)
    return list(enumeration) if enumeration else None


def p5_local_attributes(p5: etree._ElementTree) -> dict[str, set[str]]:
    """The attributes each P5 element defines itself; an attDef that changes one of its classes'
    attributes does not count (with no classes there is nothing left for it to change)."""
    local = {}
    for spec in p5.iterfind(".//t:elementSpec", NS):
        local[spec.get("ident")] = {a.get("ident") for a in spec.iterfind("t:attList//t:attDef", NS)
                                    if a.get("mode", "add") == "add"}
    return local


def class_descriptions(schema_spec: etree._Element) -> dict[str, etree._Element]:
    """The ODD's description of each class attribute, by name (resp, cert, when, ref, xml:id…)."""
    found = {}
    for att_def in schema_spec.iterfind("t:classSpec/t:attList/t:attDef", NS):
        found.setdefault(att_def.get("ident"), att_def)
    return found


def place_after_descriptions(spec: etree._Element, new: etree._Element) -> None:
    """Put `new` where TEI wants it in an elementSpec: after gloss/desc, before the rest, in order."""
    order = ["classes", "content", "constraintSpec", "attList"]
    existing = spec.find(T + etree.QName(new).localname)
    if existing is not None:
        existing.addprevious(new)
        spec.remove(existing)
        return
    rank = order.index(etree.QName(new).localname)
    later = [child for child in spec if isinstance(child.tag, str)
             and etree.QName(child).localname in order[rank + 1:] + ["exemplum", "remarks", "listRef"]]
    if later:
        later[0].addprevious(new)
    else:
        spec.append(new)


def attribute_definitions(spec, decl, local: set[str], classes: dict[str, etree._Element]) -> None:
    att_list = spec.find("t:attList", NS)
    if att_list is None:
        att_list = tei("attList")
        place_after_descriptions(spec, att_list)
    documented = {a.get("ident"): a for a in att_list.iterfind("t:attDef", NS)}
    allowed = {}
    for qname, attribute in decl.attributes.items():
        allowed[attribute_name(qname)] = attribute
    for name, attribute in allowed.items():
        att_def = documented.get(name)
        if att_def is None:
            source = classes.get(name)
            att_def = tei("attDef", ident=name)
            if source is not None:
                att_def.extend(copy.deepcopy(d) for d in source.iterfind("t:desc", NS))
                values = source.find("t:valList", NS)
                if values is not None and closed_values(attribute.type) is not None:
                    att_def.append(copy.deepcopy(values))
            att_list.append(att_def)
        att_def.set("mode", "change" if name in local else "add")
        att_def.set("usage", "req" if attribute.use == "required" else "opt")
        for old in att_def.findall("t:datatype", NS):
            att_def.remove(old)
        values = closed_values(attribute.type)
        value_list = att_def.find("t:valList", NS)
        if value_list is not None and name not in local:
            value_list.attrib.pop("mode", None)  # a new attribute's list replaces nothing
        if values is None:
            datatype = tei("datatype")
            simple = attribute.type
            if simple.is_list():
                datatype.set("minOccurs", "1")
                datatype.set("maxOccurs", "unbounded")
                datatype.append(data_ref(simple.base_type.item_type if simple.base_type is not None
                                         and simple.base_type.is_list() else simple.item_type))
            elif simple.is_union() and name == "xml:lang":
                datatype.append(tei("dataRef", name="language"))
            else:
                datatype.append(data_ref(simple))
            descs = att_def.findall("t:desc", NS)
            (descs[-1].addnext if descs else (lambda el: att_def.insert(0, el)))(datatype)
        else:
            if value_list is None and classes.get(name) is not None:
                # the values are described once, in the class the attribute comes from in TEI
                value_list = copy.deepcopy(classes[name].find("t:valList", NS))
                att_def.append(value_list)
            assert value_list is not None, f"<{decl.local_name} {name}>: the ODD gives no valList"
            value_list.set("type", "closed")
            if name in local:
                value_list.set("mode", "replace")
    for name in sorted(local - set(allowed)):
        if name not in documented:
            att_list.append(tei("attDef", ident=name, mode="delete"))
        else:
            documented[name].set("mode", "delete")
    if not len(att_list):
        spec.remove(att_list)


def odd_with_rules(p5subset: Path = P5SUBSET) -> bytes:
    """teikit.odd with its grammar rewritten from teikit.xsd (the same bytes when it is up to date)."""
    schema = xmlschema.XMLSchema(str(XSD))
    p5 = etree.parse(str(p5subset))
    local = p5_local_attributes(p5)
    parser = etree.XMLParser(remove_blank_text=False)
    odd = etree.parse(str(ODD), parser)
    schema_spec = odd.find(".//t:schemaSpec", NS)
    classes = class_descriptions(schema_spec)
    for spec in schema_spec.iterfind("t:elementSpec", NS):
        decl = schema.elements[spec.get("ident")]
        place_after_descriptions(spec, tei("classes", mode="replace"))
        place_after_descriptions(spec, content(decl))
        attribute_definitions(spec, decl, local.get(spec.get("ident"), set()), classes)
        etree.indent(spec, space="  ", level=5)
    for old in schema_spec.findall("t:dataSpec", NS):
        schema_spec.remove(old)
    first_element = schema_spec.find("t:elementSpec", NS)
    # a list type is written where it is used, as the occurrences of its item type's datatype
    for simple in sorted((t for t in schema.types.values()
                          if t.is_simple() and t.target_namespace == TEI and not t.is_list()),
                         key=lambda t: t.name):
        spec = data_spec(simple)
        etree.indent(spec, space="  ", level=5)
        spec.tail = "\n\n" + "  " * 5
        first_element.addprevious(spec)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(odd, encoding="UTF-8") + b"\n"


if __name__ == "__main__":
    ODD.write_bytes(odd_with_rules(*(Path(arg) for arg in sys.argv[1:])))
