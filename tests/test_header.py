"""The header a repository can ingest: every field, on the seed and on a text nobody has edited.

Each field comes from the edition data, the project's teikit.toml or the text itself (the table in
docs/edition-data.md); a text with no edition data and no project still gets every field teikit can
know, and the result is valid.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from teikit.cli import cli
from teikit.pipeline import convert_file
from teikit.validate import validate_tree

from conftest import ROOT, TEI_NS

NS = {"t": TEI_NS["tei"], "xml": "http://www.w3.org/XML/1998/namespace"}
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


def values(tree, xpath: str) -> list[str]:
    found = tree.xpath(xpath, namespaces=NS)
    return [" ".join(str(v if isinstance(v, str) else v.xpath("string()")).split()) for v in found]


@pytest.fixture
def letter(tmp_path):
    """A signed letter alone in a folder of its own: no edition data, no register, no teikit.toml;
    the file was last changed on 4 March 2025."""
    path = tmp_path / "petrov-1930.txt"
    shutil.copy(ROOT / "tests" / "data" / "letter.txt", path)
    moment = datetime(2025, 3, 4, 12, tzinfo=timezone.utc).timestamp()
    os.utime(path, (moment, moment))
    return path


#: (header field, XPath, what the seed's header says)
SEED_FIELDS = [
    ("teiHeader/@xml:lang", "/t:TEI/t:teiHeader/@xml:lang", ["en"]),
    ("titleStmt/author", "//t:titleStmt/t:author/@ref", ["#agranov", "#yagoda", "#blumkin", "#trotsky"]),
    ("titleStmt/editor", "//t:titleStmt/t:editor", ["teikit project maintainers"]),
    ("no placeholder name", "//t:titleStmt//t:name[contains(., 'the editor of')]", []),
    ("editionStmt", "//t:editionStmt/t:edition/t:date/@when", ["2026-12-01"]),
    ("extent", "//t:extent/t:measure/@unit", ["documents", "words"]),
    ("publisher", "//t:publicationStmt/t:publisher", ["teikit project"]),
    ("date", "//t:publicationStmt/t:date/@when", ["2026-12-01"]),
    ("identifier", "//t:publicationStmt/t:idno[@type='URI']", ["https://teikit.org/editions/blumkin-1929"]),
    ("availability", "//t:publicationStmt/t:availability/@status", ["free"]),
    ("licence", "//t:availability/t:licence/@target", [CC_BY]),
    ("tagsDecl", "//t:tagsDecl/t:namespace/t:tagUsage[@gi='div']/@occurs", ["5"]),
    ("classDecl", "//t:classDecl/t:taxonomy/t:category/@xml:id",
     ["document-types.memorandum", "document-types.testimony", "document-types.letter"]),
    ("textClass", "//t:textClass/t:catRef/@target",
     ["#document-types.memorandum #document-types.testimony #document-types.letter"]),
    ("appInfo", "//t:appInfo/t:application/@ident", ["teikit", "tei_all"]),
    ("change/@when", "//t:revisionDesc/t:change/@when", ["2026-12-01"]),
]


@pytest.mark.parametrize("field, xpath, expected", SEED_FIELDS, ids=[f[0] for f in SEED_FIELDS])
def test_the_seed_header_has_every_field(seed_tree, field, xpath, expected):
    assert values(seed_tree, xpath) == expected


def test_the_seed_extent_counts_its_documents_and_words(seed_tree):
    documents, words = seed_tree.xpath("//t:extent/t:measure/@quantity", namespaces=NS)
    assert documents == "3" and int(words) > 10_000


#: (header field, XPath, what the header of a text with no edition data says)
BARE_FIELDS = [
    ("teiHeader/@xml:lang", "/t:TEI/t:teiHeader/@xml:lang", ["en"]),
    ("title", "//t:titleStmt/t:title", ["Letter of N. I. Petrov to the regional committee"]),
    ("author from the signature", "//t:titleStmt/t:author", ["N. I. Petrov"]),
    ("no editor nobody named", "//t:titleStmt/t:editor", []),
    ("editionStmt", "//t:editionStmt/t:edition", ["TEI edition of 4 March 2025"]),
    ("extent", "//t:extent/t:measure", ["1 document", "74 words"]),
    ("publisher", "//t:publicationStmt/t:publisher", ["teikit"]),
    ("no pubPlace nobody gave", "//t:publicationStmt/t:pubPlace", []),
    ("date: the day the text was last changed", "//t:publicationStmt/t:date/@when", ["2025-03-04"]),
    ("identifier: the edition's name", "//t:publicationStmt/t:idno[@type='teikit']", ["petrov-1930"]),
    ("no URI without a base URI", "//t:publicationStmt/t:idno[@type='URI']", []),
    ("licence", "//t:availability[@status='free']/t:licence/@target", [CC_BY]),
    ("source", "//t:sourceDesc/t:bibl", ["Plain-text file petrov-1930.txt."]),
    ("tagsDecl", "//t:tagsDecl/t:namespace/t:tagUsage[@gi='signed']/@occurs", ["1"]),
    ("textClass", "//t:textClass/t:catRef/@target", ["#document-types.document"]),
    ("classDecl", "//t:classDecl//t:catDesc", ["A document of a kind not stated."]),
    ("creation", "//t:profileDesc/t:creation/t:date/@when", ["1930-03-12"]),
    ("change/@when", "//t:revisionDesc/t:change/@when", ["2025-03-04"]),
]


@pytest.mark.parametrize("field, xpath, expected", BARE_FIELDS, ids=[f[0] for f in BARE_FIELDS])
def test_a_text_with_no_edition_data_gets_every_field_teikit_can_know(letter, field, xpath, expected):
    assert values(convert_file(letter), xpath) == expected


def test_a_text_with_no_edition_data_has_a_valid_header(letter):
    tree = convert_file(letter)
    assert validate_tree(tree, str(letter)) == []


def test_the_project_file_sets_publisher_place_identifier_licence_and_editors(letter):
    (letter.parent / "teikit.toml").write_text(
        '[edition]\npublisher = "Institute of Letters"\npub_place = "Leiden"\n'
        'base_uri = "https://letters.example/ed/"\nlicence = "CC0 1.0"\n'
        'licence_url = "https://creativecommons.org/publicdomain/zero/1.0/"\neditors = ["A. Reader", "B. Writer"]\n',
        encoding="utf-8")
    tree = convert_file(letter)
    assert values(tree, "//t:publicationStmt/*[not(self::t:availability)]") == [
        "Institute of Letters", "Leiden", "4 March 2025", "petrov-1930", "https://letters.example/ed/petrov-1930"]
    assert values(tree, "//t:licence") == ["CC0 1.0"]
    assert values(tree, "//t:licence/@target") == ["https://creativecommons.org/publicdomain/zero/1.0/"]
    assert values(tree, "//t:titleStmt/t:editor") == ["A. Reader", "B. Writer"]
    assert validate_tree(tree, str(letter)) == []


@pytest.mark.parametrize("base, uri", [("https://letters.example/ed/", "https://letters.example/ed/petrov-1930"),
                                       ("https://letters.example/ed", "https://letters.example/ed/petrov-1930"),
                                       ("https://letters.example/?id=", "https://letters.example/?id=petrov-1930")])
def test_each_edition_gets_a_uri_under_the_project_base_uri(letter, base, uri):
    (letter.parent / "teikit.toml").write_text(f'[edition]\nbase_uri = "{base}"\n', encoding="utf-8")
    assert values(convert_file(letter), "//t:publicationStmt/t:idno[@type='URI']") == [uri]


@pytest.mark.parametrize("toml, message", [
    ('[edition]\npublisher = "X\n', "teikit.toml:2: not a valid TOML file: Illegal character '\\n'"),
    ('[edition]\neditors = "A. Reader"\n', "teikit.toml: [edition] editors must be a list of names in quotes"),
    ('[edition]\npub_place = 1929\n', "teikit.toml: [edition] pub_place must be text in quotes"),
])
def test_a_broken_project_file_is_one_line_naming_file_and_line(letter, toml, message):
    (letter.parent / "teikit.toml").write_text(toml, encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(letter)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].endswith(message)


def test_a_mistyped_setting_is_one_line_naming_the_project_file(letter):
    (letter.parent / "teikit.toml").write_text('[edition]\npublsher = "X"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(letter)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].endswith(
        "teikit.toml: [edition] has no setting 'publsher'; the settings are publisher, pub_place, base_uri, "
        "licence, licence_url, editors")


def test_edition_data_replaces_the_generated_parts_kind_by_kind(letter):
    """The editor names the author and dates the edition; the derived author gives way, the
    licence and identifier teikit made stay, and every date of the header follows the editor's."""
    (letter.parent / "petrov-1930.edition.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
        '<titleStmt><title type="main">A letter about paper</title><author>Petrov, Nikolai Ivanovich</author></titleStmt>'
        '<publicationStmt><date when="2025-06-01">June 2025</date></publicationStmt>'
        '</fileDesc></teiHeader></TEI>', encoding="utf-8")
    tree = convert_file(letter)
    assert values(tree, "//t:titleStmt/t:author") == ["Petrov, Nikolai Ivanovich"]
    assert values(tree, "//t:titleStmt/t:respStmt/t:name") == ["teikit"]
    assert values(tree, "//t:publicationStmt/*[not(self::t:availability)]") == [
        "teikit", "June 2025", "petrov-1930"]
    assert values(tree, "//t:availability/t:licence/@target") == [CC_BY]
    assert values(tree, "//@when[ancestor::t:editionStmt or ancestor::t:revisionDesc]") == ["2025-06-01"] * 2
    assert validate_tree(tree, str(letter)) == []
