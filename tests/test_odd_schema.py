"""The ODD is the customisation: what the TEI's own toolchain compiles from schema/teikit.odd accepts
and rejects exactly what teikit's schema does.

An encoder who opens teikit.odd in Roma or oXygen gets the schema teikit enforces. The ODD's grammar
(classes, content models, attributes, datatypes, closed value lists) is written from teikit.xsd by
scripts/odd_rules_from_xsd.py; these tests compile the ODD with ../shared/tei-toolchain (the TEI
Stylesheets through saxonche, about 2 s), validate with jing (lxml cannot build an ODD-made RELAX NG in
reasonable time), and compare the two schemas on every one-step change of every-element.xml. They skip
without the toolchain or jing, except that in CI (CI=true) a missing jing fails.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, SHARED

TOOLCHAIN = SHARED / "tei-toolchain"
ODD = ROOT / "schema" / "teikit.odd"
XSD = ROOT / "schema" / "teikit.xsd"
EVERY_ELEMENT = ROOT / "tests" / "data" / "validate" / "every-element.xml"
TEI = "http://www.tei-c.org/ns/1.0"
XML = "http://www.w3.org/XML/1998/namespace"

#: Attributes tried on every element that lacks them: TEI's commonest, each with a value that is
#: valid wherever TEI allows the attribute at all.
EXTRA_ATTRIBUTES = (("type", "x"), ("n", "1"), ("rend", "x"), (f"{{{XML}}}lang", "en"), ("when", "1929"),
                    ("ref", "#doc"), ("resp", "#doc"), ("cert", "high"))
#: Values every attribute is changed to in turn: two words, and a date with a time.
OTHER_VALUES = ("x y", "1929-10-21T10:00:00")


def jing_or_skip() -> str:
    jing = shutil.which("jing")
    if jing:
        return jing
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail("jing is not installed (scripts/test installs Debian's jing): the ODD cannot be checked")
    pytest.skip("jing is not installed (apt-get install jing)")


@pytest.fixture(scope="session")
def odd_schema(tmp_path_factory) -> Path:
    """schema/teikit.odd compiled to RELAX NG by the TEI's own toolchain, once per session."""
    if not (TOOLCHAIN / "compile_odd.py").exists():
        pytest.skip("the TEI toolchain ../shared/tei-toolchain is not beside the project")
    jing_or_skip()
    prefix = tmp_path_factory.mktemp("odd") / "teikit"
    subprocess.run([sys.executable, str(TOOLCHAIN / "compile_odd.py"), str(ODD), str(prefix)],
                   check=True, capture_output=True)
    return prefix.with_suffix(".rng")


def rejected_by_odd(schema: Path, files: list[Path]) -> set[Path]:
    """The files jing finds invalid against the ODD's schema (one run for all of them)."""
    result = subprocess.run([jing_or_skip(), str(schema), *map(str, files)], capture_output=True, text=True)
    invalid = {line.split(":", 1)[0] for line in result.stdout.splitlines() if ": error: " in line}
    return {path for path in files if str(path) in invalid}


def elements_of(tree: etree._ElementTree) -> list[etree._Element]:
    return [el for el in tree.getroot().iter() if isinstance(el.tag, str)]


def one_step_mutants(tree: etree._ElementTree):
    """(what was changed, the changed document) for each single change of one element or attribute:
    each element deleted, repeated, renamed to the next element name, given text, a seg or a p
    child, or one more attribute; each attribute deleted or given another value."""
    originals = elements_of(tree)
    names = sorted({etree.QName(el).localname for el in originals})

    def without_ids(el):
        for node in el.iter():
            node.attrib.pop(f"{{{XML}}}id", None)
        return el

    def with_text(el):
        el.text = "x" + (el.text or "")

    for index, original in enumerate(originals):
        name = etree.QName(original).localname
        following = names[(names.index(name) + 1) % len(names)]
        changes = [
            (f"rename <{name}> to <{following}>", lambda el, to=following: setattr(el, "tag", f"{{{TEI}}}{to}")),
            (f"text in <{name}>", with_text),
            (f"<seg> in <{name}>", lambda el: el.append(etree.Element(f"{{{TEI}}}seg"))),
            (f"<p> in <{name}>", lambda el: el.append(etree.Element(f"{{{TEI}}}p"))),
        ]
        if index:
            changes += [(f"delete <{name}>", lambda el: el.getparent().remove(el)),
                        (f"repeat <{name}>", lambda el: el.addnext(without_ids(copy.deepcopy(el))))]
        changes += [(f"add @{att} to <{name}>", lambda el, a=att, v=value: el.set(a, v))
                    for att, value in EXTRA_ATTRIBUTES if att not in original.attrib]
        for att in original.attrib:
            if att == f"{{{XML}}}id":
                continue  # the tests of unique ids are the Schematron's and xs:ID's, not a grammar's
            changes.append((f"delete @{att} of <{name}>", lambda el, a=att: el.attrib.pop(a)))
            changes += [(f'@{att} of <{name}> = "{value}"', lambda el, a=att, v=value: el.set(a, v))
                        for value in OTHER_VALUES]
        for label, change in changes:
            mutant = copy.deepcopy(tree)
            change(elements_of(mutant)[index])
            yield label, mutant


def test_the_odd_schema_accepts_the_seed_and_the_every_element_document(odd_schema, root):
    files = [root / "tei" / "blumkin-1929.xml", EVERY_ELEMENT]
    assert rejected_by_odd(odd_schema, files) == set()


@pytest.mark.slow
def test_the_odd_schema_and_teikit_schema_agree_on_every_one_step_mutant(odd_schema, tmp_path):
    xsd = etree.XMLSchema(etree.parse(str(XSD)))
    accepted_by_xsd, labels = {}, {}
    for number, (label, mutant) in enumerate(one_step_mutants(etree.parse(str(EVERY_ELEMENT)))):
        path = tmp_path / f"mutant-{number:05d}.xml"
        mutant.write(str(path), encoding="UTF-8", xml_declaration=True)
        labels[path], accepted_by_xsd[path] = label, xsd.validate(mutant)
    rejected = rejected_by_odd(odd_schema, list(labels))
    disagreements = [f"{labels[path]}: teikit.xsd {'accepts' if accepted_by_xsd[path] else 'rejects'} it, "
                     f"the ODD {'rejects' if path in rejected else 'accepts'} it"
                     for path in labels if accepted_by_xsd[path] == (path in rejected)]
    verdicts = Counter(accepted_by_xsd.values())
    assert len(labels) >= 3000 and verdicts[True] > 100 and verdicts[False] > 1000, (len(labels), verdicts)
    assert disagreements == [], f"{len(disagreements)} of {len(labels)} mutants:\n" + "\n".join(disagreements[:40])


def test_the_comparison_notices_an_odd_that_allows_more(odd_schema, tmp_path):
    """The check can fail: an ODD whose `p` takes any TEI attribute class again accepts `p/@rend`."""
    odd = etree.parse(str(ODD))
    classes = odd.find(f".//{{{TEI}}}elementSpec[@ident='p']/{{{TEI}}}classes")
    etree.SubElement(classes, f"{{{TEI}}}memberOf", key="att.global.rendition")
    (tmp_path / "loose.odd").write_bytes(etree.tostring(odd))
    subprocess.run([sys.executable, str(TOOLCHAIN / "compile_odd.py"), str(tmp_path / "loose.odd"),
                    str(tmp_path / "loose")], check=True, capture_output=True)
    mutant = etree.parse(str(EVERY_ELEMENT))
    mutant.find(f".//{{{TEI}}}body//{{{TEI}}}p").set("rend", "x")
    mutant.write(str(tmp_path / "rend.xml"))
    assert not etree.XMLSchema(etree.parse(str(XSD))).validate(mutant)
    assert rejected_by_odd(tmp_path / "loose.rng", [tmp_path / "rend.xml"]) == set()
    assert rejected_by_odd(odd_schema, [tmp_path / "rend.xml"]) == {tmp_path / "rend.xml"}


def test_the_odd_grammar_is_the_one_written_from_the_xsd():
    """No hand-kept copy: the ODD's grammar is what scripts/odd_rules_from_xsd.py writes from the XSD
    (run it after changing teikit.xsd)."""
    if not (TOOLCHAIN / "p5subset.xml").exists():
        pytest.skip("the TEI toolchain ../shared/tei-toolchain is not beside the project")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from odd_rules_from_xsd import odd_with_rules
    finally:
        sys.path.pop(0)
    assert odd_with_rules(TOOLCHAIN / "p5subset.xml") == ODD.read_bytes(), \
        "schema/teikit.odd is out of date: run .venv/bin/python scripts/odd_rules_from_xsd.py"
