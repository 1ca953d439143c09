"""Fixtures shared by the whole suite: paths of the project, the seed, and converted editions."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from lxml import etree

from teikit.pipeline import convert_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEI_NS = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_text() -> Path:
    return ROOT / "seeds" / "blumkin-1929.txt"


@pytest.fixture(scope="session")
def seed_tree(seed_text) -> etree._ElementTree:
    """The seed converted afresh (not the committed file), as `teikit convert` makes it."""
    return convert_file(seed_text)


@pytest.fixture(scope="session")
def tei_all():
    """The TEI P5 tei_all RelaxNG teikit ships (built once per session: it takes seconds)."""
    from teikit.validate import tei_all as shipped

    return shipped()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's seeds/, tei/ and teikit.toml to build in, so tests never touch the real tree."""
    for folder in ("seeds", "tei"):
        if (ROOT / folder).exists():
            shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy2(ROOT / "teikit.toml", tmp_path / "teikit.toml")
    return tmp_path


@pytest.fixture(scope="session")
def scorer():
    """`score(gold_dir, tei_path)` from ../shared/eval/score.py, the scorer the dev set is measured with."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("the evaluation scorer ../shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.fixture(scope="session")
def tei_all_rules():
    """`failures(tree)`: the fatal assertions of tei_all's Schematron (the constraints of the P5
    Guidelines, shipped as teikit/data/tei_all.sch) that a document fails, as messages.

    The rules are XSLT 2 Schematron, which lxml cannot run and no package here compiles, so each rule
    is evaluated directly as XPath 3.1 by saxonche: its context selected anywhere in the document, its
    `let`s bound with XPath's own `let`, each `assert` that is false and each `report` that is true,
    unless its role says it is not fatal (every tei_all pattern holds exactly one rule, so there is
    no first-matching-rule order to keep). XSLT's current() becomes the context node.
    """
    from saxonche import PySaxonProcessor

    from teikit.resources import tei_all_schemas

    sch = "{http://purl.oclc.org/dsdl/schematron}"
    rules = etree.parse(str(tei_all_schemas()[1]))
    namespaces = {ns.get("prefix"): ns.get("uri") for ns in rules.iter(f"{sch}ns")}
    processor = PySaxonProcessor(license=False)

    def checks():
        for rule in rules.iter(f"{sch}rule"):
            # XSLT's current() is the rule's context node: bound first, as $current
            lets = ["$current := ."] + [f"${let.get('name')} := ({let.get('value')})" for let in rule.iterfind(f"{sch}let")]
            bind = f"let {', '.join(lets)} return "
            for check in rule:
                kind = etree.QName(check).localname
                if kind in ("assert", "report") and check.get("role") not in ("nonfatal", "warning", "information"):
                    test = check.get("test") if kind == "report" else f"not({check.get('test')})"
                    yield (rule.get("context"), (bind + f"boolean({test})").replace("current()", "$current"),
                           " ".join("".join(check.itertext()).split()))

    def failures(tree) -> list[str]:
        xpath = processor.new_xpath_processor()
        for prefix, uri in namespaces.items():
            xpath.declare_namespace(prefix, uri)
        xpath.set_context(xdm_item=processor.parse_xml(xml_text=etree.tostring(tree, encoding="unicode")))
        found = []
        for context, failing, message in checks():
            nodes = xpath.evaluate(f"//({context})")
            for node in nodes or []:
                xpath.set_context(xdm_item=node)
                if xpath.effective_boolean_value(failing):
                    found.append(f"{context}: {message}")
            xpath.set_context(xdm_item=processor.parse_xml(xml_text=etree.tostring(tree, encoding="unicode")))
        return found

    return failures
